"""What stands next to a candidate headline: a headline stands alone, over
its article's date or byline; a teaser stands in a list of other teasers."""

from __future__ import annotations

from itertools import accumulate, islice

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
    # The counts run only as far as the last candidate's windows reach (the candidates stand high on a page).
    reach = min(n, max(candidates, default=-1) + 1 + max(LIST_WINDOW, META_WINDOW))
    shaped = list(accumulate(map(headline_shaped, islice(lines, reach)), initial=0))  # at j: the shaped lines before j
    meta = list(accumulate(map(bool, map(max, islice(ctx.column(_DATE), reach), ctx.column(_BYLINE))),
                           initial=0))  # flags: 0 or 1
    out: list[list[float]] = []
    flag, size = (0.0, 1.0), 2 * LIST_WINDOW  # a flag's float; each window clipped by a comparison
    for i in candidates:
        lo = i - LIST_WINDOW if i > LIST_WINDOW else 0
        hi = i + LIST_WINDOW + 1 if i + LIST_WINDOW + 1 < n else n
        below = i + 1 + META_WINDOW if i + 1 + META_WINDOW < n else n
        above = i - META_WINDOW if i > META_WINDOW else 0
        around = shaped[hi] - shaped[lo] - (shaped[i + 1] - shaped[i])  # the window's, less the candidate's own
        out.append([around / size, flag[meta[below] > meta[i + 1]], flag[meta[i] > meta[above]]])
    return out
