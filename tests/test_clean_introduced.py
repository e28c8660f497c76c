"""A run that ends on a line announcing what follows ("... include:") goes on over that block."""

from __future__ import annotations

from sitegen.clean import rules
from sitegen.clean.lines import segment
from tests.test_clean_rules import PARAGRAPH

INTRO = "Key topics discussed in the guide include:"
ITEMS = ["General procedures at the rental counter", "Rental practices for international drivers",
         "Renting vehicles with hand controls"]


def end_after(text: str, run_lines: int) -> list[str]:
    """The texts the run holds once it goes on over an announced block, from a run of `run_lines` lines."""
    lines = segment(text)
    return [ln.text for ln in lines[:rules._introduced_block(lines, run_lines)]]


def test_the_block_under_an_announcing_line_is_taken() -> None:
    text = "\n\n".join([PARAGRAPH, INTRO, "\n".join(ITEMS), "Privacy Policy"])
    assert end_after(text, 2) == [PARAGRAPH, INTRO, *ITEMS]


def test_the_block_ends_at_a_blank_line_or_a_menu_item() -> None:
    label = "Key topics:"  # a label, no sentence: the block it heads is set close under it
    text = "\n\n".join([PARAGRAPH, label, ITEMS[0], ITEMS[1]])
    assert end_after(text, 2) == [PARAGRAPH, label, ITEMS[0]]
    text = "\n\n".join([PARAGRAPH, label, "\n".join([ITEMS[0], "Fraud detection", ITEMS[1]])])
    assert end_after(text, 2) == [PARAGRAPH, label, ITEMS[0]]  # short items: a menu as often as a list


def test_under_an_announcing_sentence_a_list_may_be_set_one_item_a_paragraph() -> None:
    text = "\n\n".join([PARAGRAPH, INTRO, *ITEMS, "Renting a car is easy when you know these rules in advance."])
    assert end_after(text, 2) == [PARAGRAPH, INTRO, *ITEMS]  # phrases set apart alike, up to a sentence
    text = "\n\n".join([PARAGRAPH, INTRO, "\n".join([ITEMS[0], "Startups", ITEMS[1]])])
    assert end_after(text, 2) == [PARAGRAPH, INTRO, ITEMS[0], "Startups", ITEMS[1]]  # a sentence's list: short items


def test_a_block_that_announces_another_is_followed_too() -> None:
    text = "\n\n".join([PARAGRAPH, "Before you start:", "Other apps that you may find helpful:",
                        "\n".join(ITEMS), "Share"])
    assert end_after(text, 2)[-1] == ITEMS[-1]


def test_a_run_that_ends_on_a_statement_or_a_far_block_stays() -> None:
    text = "\n\n".join([PARAGRAPH, "\n".join(ITEMS)])
    assert end_after(text, 1) == [PARAGRAPH]
    text = "\n\n\n\n".join([INTRO, "\n".join(ITEMS)])  # three blank lines: not what it announces
    assert end_after(text, 1) == [INTRO]


def test_a_line_after_the_run_that_announces_a_block_carries_it_on() -> None:
    assert rules._announces(segment("The Black Friday campaign offers these deals:")[0], 0.45)
    assert not rules._announces(segment("The Black Friday campaign offers these deals:")[0], 0.2)  # scored as chrome
    assert not rules._announces(segment("Related articles from the blog:")[0], 0.45)  # a list of links
    assert not rules._announces(segment("Follow us:")[0], 0.9)  # a label
    assert not rules._announces(segment("Become a paid subscriber to unlock this piece and learn about:")[0], 0.45)
    assert not rules._announces(segment("The Black Friday campaign offers these deals.")[0], 0.45)
    lines = segment("\n\n".join([PARAGRAPH, "The Black Friday campaign offers these deals:",
                                 "\n".join(ITEMS), "Share"]))
    end = rules._introduced_block(lines, rules._extend_run(lines, [0.9, 0.45, 0.2, 0.2, 0.2, 0.1], 1))
    assert [ln.text for ln in lines[:end]] == [PARAGRAPH, "The Black Friday campaign offers these deals:", *ITEMS]
