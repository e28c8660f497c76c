"""A caption whose credit, a name and an outlet, ends it in brackets."""

from __future__ import annotations

from sitegen.clean import rules, vocab
from tests.test_clean_rules import article, rule_of

SQUARE = "Volunteers clear debris from a yard on Mill Street on Sunday. [Photo by Sam Ortiz/The Valley Times]"
ROUND = "A pickup truck sits in standing water near the boat ramp. (Sam Ortiz/The Valley Times)"


def test_a_caption_ending_in_a_bracketed_credit_is_a_caption() -> None:
    for caption in (SQUARE, ROUND):
        assert rule_of(article(caption), caption) == (rules.CAPTION, "caption_bracketed_credit")
    assert vocab.bracketed_credit(SQUARE) == "[Photo by Sam Ortiz/The Valley Times]"


def test_a_bracketed_credit_alone_is_a_credit_and_makes_a_caption() -> None:
    caption = "A pickup truck sits in standing water near the boat ramp."
    text = article(caption + "\n(Sam Ortiz / Staff photographer)")
    assert rule_of(text, "(Sam Ortiz / Staff photographer)") == (rules.BOILERPLATE, "photo_credit")
    assert rule_of(text, caption)[0] == rules.CAPTION


def test_brackets_in_text_are_no_credit() -> None:
    for text in ("LONDON (Reuters) - The bank raised its rates on Thursday.", "The storm hit the coast. (AP)",
                 "He said the plan was fine (and/or good).", "They met on Sunday (in Paris/London time)."):
        assert vocab.bracketed_credit(text) is None, text
