"""What stands next to a candidate headline: a headline stands alone, over
its article's date or byline; a teaser stands in a list of other teasers."""

from __future__ import annotations

from itertools import accumulate

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
    """Each candidate's neighbour features (order: NAMES), counted from running
    counts of the page's headline-shaped lines and date or byline lines."""
    n = len(lines)
    shaped = list(accumulate(map(headline_shaped, lines), initial=0))  # at j: the shaped lines before line j
    meta = list(accumulate(map(bool, map(max, ctx.column(_DATE), ctx.column(_BYLINE))), initial=0))  # flags: 0 or 1
    out: list[list[float]] = []
    for i in candidates:
        lo, hi = max(0, i - LIST_WINDOW), min(n, i + LIST_WINDOW + 1)
        around = shaped[hi] - shaped[lo] - (shaped[i + 1] - shaped[i])  # the window's, less the candidate's own
        out.append([
            around / (2 * LIST_WINDOW),
            float(meta[min(n, i + 1 + META_WINDOW)] > meta[i + 1]),
            float(meta[i] > meta[max(0, i - META_WINDOW)]),
        ])
    return out
