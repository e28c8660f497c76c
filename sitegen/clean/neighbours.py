"""What stands next to a candidate headline: a headline stands alone, over
its article's date or byline; a teaser stands in a list of other teasers."""

from __future__ import annotations

from sitegen.clean import features
from sitegen.clean.lines import Line

NAMES = ("headline_neighbours", "meta_below", "meta_above")  # the features `neighbour_rows` gives, in order
LIST_WINDOW = 2  # lines either side of a candidate read for other headlines
META_WINDOW = 3  # lines below (or above) a candidate read for a date or byline
SHAPE_MIN_WORDS = 3  # a headline's length, in words
SHAPE_MAX_WORDS = 15
_SENTENCE_END = (".", "!", "?", "。")
_DATE, _BYLINE = features.BASE_NAMES.index("date"), features.BASE_NAMES.index("byline")


def headline_shaped(line: Line) -> bool:
    """A few words that open with a capital or a digit and end neither a sentence nor a label."""
    first = line.text[:1]
    return (SHAPE_MIN_WORDS <= line.words <= SHAPE_MAX_WORDS and (first.isupper() or first.isdigit())
            and not line.text.endswith(_SENTENCE_END + (":", ",", ";")))


def neighbour_rows(lines: list[Line], ctx: features.PageContext, candidates: list[int]) -> list[list[float]]:
    """Each candidate's neighbour features (order: NAMES)."""
    n = len(lines)
    meta = [bool(row[_DATE] or row[_BYLINE]) for row in ctx.base]
    shaped: dict[int, bool] = {}

    def shaped_at(j: int) -> bool:
        found = shaped.get(j)
        if found is None:
            found = shaped[j] = headline_shaped(lines[j])
        return found

    out: list[list[float]] = []
    for i in candidates:
        around = [j for j in range(max(0, i - LIST_WINDOW), min(n, i + LIST_WINDOW + 1)) if j != i]
        out.append([
            sum(map(shaped_at, around)) / (2 * LIST_WINDOW),
            float(any(meta[i + 1: i + 1 + META_WINDOW])),
            float(any(meta[max(0, i - META_WINDOW): i])),
        ])
    return out
