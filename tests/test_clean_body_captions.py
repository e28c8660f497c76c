"""Captions set over their picture's credit."""

from __future__ import annotations

from sitegen.clean import rules
from tests.test_clean_rules import PARAGRAPH, article, rule_of

LONG_CAPTION = ("Sheikh Mohammed bin Rashid Al Maktoum, vice president and prime minister, center, passes a model "
                "of a jet as he tours the exhibition floor during the opening day of the air show in Dubai, "
                "United Arab Emirates, on Sunday, Nov. 17, 2019.")  # 40 words
CREDIT = "Jane Doe | Bloomberg | Getty Images"


def test_a_long_caption_set_close_on_its_credit_is_a_caption() -> None:
    assert rules.CREDITED_CAPTION_MAX_WORDS < len(LONG_CAPTION.split()) <= rules.CAPTION_MAX_WORDS
    text = article(PARAGRAPH, LONG_CAPTION + "\n" + CREDIT)  # no blank line between them
    assert rule_of(text, LONG_CAPTION) == (rules.CAPTION, "long_caption_on_credit")


def test_a_long_line_a_blank_line_over_a_credit_stays_text() -> None:
    text = article(PARAGRAPH, LONG_CAPTION, CREDIT)
    assert rule_of(text, LONG_CAPTION)[0] == rules.PARAGRAPH
