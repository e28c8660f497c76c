"""Appeals to pay for the journalism after the text."""

from __future__ import annotations

from sitegen.clean import vocab
from tests.test_clean_rules import assert_chrome

APPEALS = ("Since you're here…", "… we have a small favour to ask. More people are reading us than ever.",
           "Local journalism matters. Support our reporting by subscribing",
           "We rely on readers like you. Please consider making a donation",
           "Have a news tip? Email us at tips@example.com")


def test_an_appeal_to_support_the_journalism_is_boilerplate() -> None:
    assert_chrome(APPEALS, vocab.support_appeal, "support_appeal")


def test_text_about_giving_or_the_press_is_no_appeal() -> None:
    for text in ("In other cases, you may want to donate shelf-stable foods through a food bank program.",
                 "The food donation app will let restaurants call nearby charities to donate excess food.",
                 "The senator said she would support the bill, which funds local journalism programs.",
                 "Readers wrote in to say they had a tip for the council."):
        assert not vocab.support_appeal(text), text
