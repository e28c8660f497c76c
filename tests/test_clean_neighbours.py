"""The title model's neighbour features: a headline over its date, a teaser among teasers."""

from __future__ import annotations

from sitegen.clean import features, neighbours
from sitegen.clean.lines import segment

PARAGRAPH = ("The committee met on Monday to discuss the new road tax, and after a long debate it voted "
             "to send the plan back to the council for a second reading next month.")


def rows(text: str) -> list[list[float]]:
    lines = segment(text)
    return neighbours.neighbour_rows(lines, features.page_context(lines, -1), list(range(len(lines))))


def test_a_headline_over_its_date_has_meta_below_and_none_above() -> None:
    got = rows("\n".join(["City plans new road tax", "October 6, 2018", PARAGRAPH]))
    names = dict(zip(neighbours.NAMES, got[0], strict=True))
    assert names["meta_below"] == 1.0 and names["meta_above"] == 0.0
    assert dict(zip(neighbours.NAMES, got[2], strict=True))["meta_above"] == 1.0  # the text under the date
    far = rows("\n".join(["City plans new road tax", PARAGRAPH, PARAGRAPH, PARAGRAPH, "October 6, 2018"]))
    assert far[0][neighbours.NAMES.index("meta_below")] == 0.0  # more than META_WINDOW lines down


def test_a_teaser_among_teasers_has_headline_neighbours() -> None:
    teasers = ["Mayor opens the new bridge", "Storm closes the coast road", "City plans new road tax",
               "Schools reopen after the floods", "Council votes on the budget"]
    got = rows("\n".join([*teasers, PARAGRAPH]))
    k = neighbours.NAMES.index("headline_neighbours")
    assert got[2][k] == 1.0  # four headlines around it
    alone = rows("\n".join(["Menu", "City plans new road tax", PARAGRAPH, PARAGRAPH]))
    assert alone[1][k] == 0.0


def test_headline_shape() -> None:
    assert neighbours.headline_shaped(segment("City plans new road tax")[0])
    assert neighbours.headline_shaped(segment("10 tips for a better garden")[0])
    for text in ("Menu", "the city plans a tax", "The city plans a new road tax.", "Read more:"):
        assert not neighbours.headline_shaped(segment(text)[0]), text


def test_heading_features_read_the_page_around_the_line() -> None:
    lines = segment("\n".join([PARAGRAPH, PARAGRAPH, "Meal 2", PARAGRAPH, "Meal 3", PARAGRAPH]))
    ctx = features.page_context(lines, -1)
    rows = features.heading_vectors(ctx, [0.9] * len(lines), [2, 4], [ln.text for ln in lines], 0.25, [3, 5])
    got = [dict(zip(features.HEADING_NAMES, row, strict=True)) for row in rows]
    assert all(row["short_share"] == 0.25 and row["ends_digit"] == 1.0 for row in got)
    assert got[0]["prev2_long"] == 1.0 and got[0]["shape_repeats"] > 0.0  # "Meal 0" twice on the page


def meta_flags(page: list[str], line: str) -> tuple[float, float]:
    """`line`'s (meta_below, meta_above) on the page."""
    got = dict(zip(neighbours.NAMES, rows("\n".join(page))[page.index(line)], strict=True))
    return got["meta_below"], got["meta_above"]


def test_a_byline_and_date_set_over_the_headline_under_a_label_are_its_own() -> None:
    headline = "Council sends road tax plan back for a second reading"
    for label in ("News", "OPINION COMMENTARY", "Five bridges to close for repairs in spring ..."):
        page = [label, "By Jane Smith", "October 6, 2018", headline, PARAGRAPH]
        assert meta_flags(page, headline) == (1.0, 0.0), label
        assert meta_flags(page[1:], headline) == (1.0, 0.0)  # nothing over them


def test_meta_under_a_headline_stays_above_the_line_under_it() -> None:
    headline = "Council sends road tax plan back for a second reading"
    page = ["City plans new road tax", "October 6, 2018", headline, PARAGRAPH]  # a headline over the date
    assert meta_flags(page, headline) == (0.0, 1.0)
    for line in ("Members could not agree on how the money would be spent.", "Read more:"):  # no headline
        assert meta_flags(["News", "October 6, 2018", line, PARAGRAPH], line) == (0.0, 1.0), line
    spaced = ["News", "October 6, 2018", PARAGRAPH, headline, PARAGRAPH]  # the date not right over it
    assert meta_flags(spaced, headline) == (0.0, 1.0)


def test_a_long_date_line_set_over_the_headline_is_read_as_its_own() -> None:
    headline = "Council sends road tax plan back for a second reading"
    stamps = "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm"
    page = ["News", "By Jane Smith | Special to the Courier", stamps, headline, PARAGRAPH]
    assert meta_flags(page, headline) == (1.0, 0.0)
    assert meta_flags(["City plans new road tax", *page[1:]], headline) == (0.0, 1.0)  # a headline over them


def test_a_line_over_the_meta_a_headline_under_them_reads_as_its_own_does_not_read_them() -> None:
    headline = "Council sends road tax plan back for a second reading"
    promo = "Download our free guide to home schooling today"
    page = [promo, "Home", "News", "By Jane Smith", headline, PARAGRAPH]
    assert meta_flags(page, headline) == (1.0, 0.0)
    assert meta_flags(page, promo) == (0.0, 0.0)
    assert meta_flags([promo, "By Jane Smith", "News", "October 6, 2018", headline, PARAGRAPH], promo)[0] == 1.0
    named = [headline, "Jane Smith", "October 6, 2018", "Politics, Local News", PARAGRAPH]  # a name over the date
    assert meta_flags(named, headline) == (1.0, 0.0)
