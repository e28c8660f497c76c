"""The line model's neighbour features read past chrome set in running text (`chrome_between_text`)."""

from __future__ import annotations

from sitegen.clean import features
from sitegen.clean.lines import segment

FIRST = ("The committee met on Monday to discuss the new road tax, and after a long debate it voted "
         "to send the plan back to the council for a second reading next month.")
SECOND = ("Members said the plan would cost the city far more than it had hoped, and they asked the "
          "treasurer for a new estimate before the vote.")
THIRD = "The mayor said she would present the estimate at the next meeting of the council in the spring."
SHARE_BAR = ["Share", "Facebook", "Twitter", "Email"]


def neighbours(text: str) -> list[dict[str, float]]:
    """Each line's neighbour features (`log_words@1`...) by name."""
    vectors = features.line_vectors(features.page_context(segment(text), -1))
    start = len(features.BASE_NAMES) + 5  # after the line's own features and its five page-context features
    return [dict(zip(features.LINE_NAMES[start:], row[start:], strict=True)) for row in vectors]


def inserts(text: str) -> set[int]:
    return features.chrome_between_text(features.page_context(segment(text), -1))


def test_an_advertisement_between_two_paragraphs_is_neither_ones_neighbour() -> None:
    with_ad = neighbours("\n\n".join([FIRST, "Advertisement", SECOND, THIRD]))
    without = neighbours("\n\n".join([FIRST, SECOND, THIRD]))
    assert with_ad[0] == without[0]  # the paragraph above reads the one below it, and the one after
    assert with_ad[2] == without[1]
    assert with_ad[3] == without[2]
    assert with_ad[0]["ui@1"] == 0.0 and with_ad[0]["long@1"] == 1.0


def test_a_share_bar_between_two_paragraphs_is_no_neighbour_and_its_lines_see_each_other() -> None:
    text = "\n".join([FIRST, *SHARE_BAR, SECOND, THIRD])
    assert inserts(text) == {1, 2, 3, 4}
    got = neighbours(text)
    assert got[0] == neighbours("\n".join([FIRST, SECOND, THIRD]))[0]
    assert got[2]["ui@-1"] == 1.0 and got[2]["ui@1"] == 1.0  # "Facebook" reads "Share" and "Twitter"


def test_chrome_at_a_boundary_stays_a_neighbour() -> None:
    assert not inserts("\n".join(["City votes on the road tax", *SHARE_BAR, FIRST, SECOND]))  # under a headline
    assert not inserts("\n".join([FIRST, "Read more", "Council votes on the budget", SECOND]))  # over a teaser
    assert not inserts("\n".join([FIRST, "Advertisement"]))  # closing the page
    short = "The vote is next week, the mayor said."  # prose, but too short to be running text for sure
    assert not inserts("\n".join([FIRST, "Advertisement", short]))
    got = neighbours("\n".join(["City votes on the road tax", *SHARE_BAR, FIRST]))
    assert got[5]["ui@-1"] == 1.0 and got[5]["ui@-2"] == 1.0  # the text under the bar reads it
