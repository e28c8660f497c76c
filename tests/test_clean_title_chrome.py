"""A share bar under the headline: the title model reads the headline's context past it."""

from __future__ import annotations

from sitegen.clean import features, titles
from sitegen.clean.lines import segment

PARAGRAPH = ("The committee met on Monday to discuss the new road tax, and after a long debate it voted "
             "to send the plan back to the council for a second reading next month.")
HEADLINE = "Council sends road tax plan back for a second reading"
STANDFIRST = "Members could not agree on how the money would be spent."
BAR = ["Share", "Facebook", "Twitter", "Email"]


def rows(page: list[str]) -> dict[str, list[float]]:
    """Each candidate's title features, by its text (first-pass scores by length: the same with the bar or without)."""
    lines = segment("\n".join(page))
    ctx = features.page_context(lines, -1)
    probs = [0.9 if ln.words > 15 else 0.1 for ln in lines]
    candidates = [ln.index for ln in lines if not ln.ui]
    got = titles.title_rows(lines, ctx, probs, candidates)
    return {lines[i].text: row for i, row in zip(candidates, got, strict=True)}


def page(*middle: str) -> list[str]:
    return ["Menu", "News", "Sport", HEADLINE, *middle, STANDFIRST, "By Jane Smith", PARAGRAPH, PARAGRAPH, PARAGRAPH]


def test_a_share_bar_under_the_headline_is_read_past() -> None:
    bare, barred = rows(page()), rows(page(*BAR))
    assert barred[HEADLINE] == bare[HEADLINE]
    assert barred[STANDFIRST] == bare[STANDFIRST]
    assert titles.chrome_under_headline(segment("\n".join(page(*BAR)))) == {4, 5, 6, 7}


def test_what_is_no_share_bar_under_a_headline_stays() -> None:
    for lines in (page("Learn More"),  # one button: no bar
                  ["Menu", "Dec 16, 2025", *BAR, PARAGRAPH, PARAGRAPH],  # under a date
                  ["Menu", "Read the full story below:", *BAR, PARAGRAPH],  # under a label
                  [PARAGRAPH, HEADLINE, *BAR]):  # nothing after the bar
        assert titles.chrome_under_headline(segment("\n".join(lines))) == set(), lines


def test_a_pin_button_ends_a_share_bar() -> None:
    bar = ["SHARE THIS", "Tweet", "Pin it"]
    assert titles.chrome_under_headline(segment("\n".join(page(*bar)))) == {4, 5, 6}
