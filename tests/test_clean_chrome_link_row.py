"""A footer's row of links set apart by bars is no photo credit."""

from __future__ import annotations

from sitegen.clean import rules, vocab
from tests.test_clean_rules import article, rule_of


def test_a_row_of_links_is_no_credit() -> None:
    for row in ("Privacy | Cookies | Terms", "NFL Scores | Expert Picks | Odds"):
        assert vocab.link_row(row)
        assert not vocab.credit_like(row), row


def test_a_credit_with_bars_ending_in_an_agency_stays_one() -> None:
    for credit in ("Natalie Naccache | Bloomberg | Getty Images", "Jane Doe | Bloomberg", "Doug Mills/The Agency"):
        assert not vocab.link_row(credit)
        assert vocab.credit_like(credit), credit


def test_the_line_over_a_row_of_links_is_no_caption() -> None:
    text = article("Daily Courier, 22 Wharf Road, Springfield\nPrivacy | Cookies | Terms")
    assert rule_of(text, "Daily Courier, 22 Wharf Road, Springfield")[0] != rules.CAPTION
