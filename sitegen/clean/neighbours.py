"""What stands next to a candidate headline: a headline stands alone, over
its article's date or byline (or under them, when no headline stands over
them: `_meta_over_headline`, and then a line over them does not read them: `meta_claimed`); a teaser stands
in a list of other teasers."""

from __future__ import annotations

from itertools import accumulate, islice

from sitegen.clean import features
from sitegen.clean.byline import looks_like_name
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
    claimed: list[tuple[int, int]] = []  # the meta blocks set over a headline: (first line, the headline)
    for i in candidates:
        lo = i - LIST_WINDOW if i > LIST_WINDOW else 0
        hi = i + LIST_WINDOW + 1 if i + LIST_WINDOW + 1 < n else n
        below = i + 1 + META_WINDOW if i + 1 + META_WINDOW < n else n
        above = i - META_WINDOW if i > META_WINDOW else 0
        around = shaped[hi] - shaped[lo] - (shaped[i + 1] - shaped[i])  # the window's, less the candidate's own
        met_below, met_above = meta[below] > meta[i + 1], meta[i] > meta[above]
        if met_above and not met_below and (meta[i] > meta[i - 1] or _stamp(lines[i - 1])) \
                and _meta_over_headline(lines, ctx, meta, i):
            met_below, met_above = True, False  # its own date and byline, set over it
            top = _meta_top(lines, meta, i)
            if not top or not looks_like_name(lines[top - 1].text):  # a name over them: a byline, the meta go on
                claimed.append((top, i))
        out.append([around / size, flag[met_below], flag[met_above]])
    for k, i in enumerate(candidates):  # `meta_claimed`: a line over a headline's own meta does not read it
        below = i + 1 + META_WINDOW if i + 1 + META_WINDOW < n else n
        if out[k][1] and any(i < top and _claimed_only(meta, i, below, top, end) for top, end in claimed):
            out[k][1] = 0.0
    return out


def _claimed_only(meta: list[int], i: int, below: int, top: int, end: int) -> bool:
    """The date and byline lines from line `i + 1` to `below - 1` all stand in the block `top`..`end - 1` of a
    headline's own meta (the headline at `end`) set over it: none between `i` and `top`, nor under the headline."""
    return meta[i + 1] == meta[top] and (below <= end or meta[below] == meta[end])


META_HEADLINE_MAX_WORDS = 20  # a headline under its own byline and date is at most this long
NO_HEADLINE_ENDS = (".", "…", ":", ";", ",")  # a sentence, a cut teaser, a label, a list item
_ALL_CAPS, _WEB, _ELLIPSIS = (features.BASE_NAMES.index(k) for k in ("all_caps", "web", "ends_ellipsis"))


def meta_over_headline(lines: list[Line], ctx: features.PageContext, i: int) -> bool:
    """Line `i` reads the date and byline lines right over it as its own (`_meta_over_headline`), none under it."""
    if not i or i >= len(lines):
        return False
    flags = list(map(bool, map(max, ctx.column(_DATE)[:i + 1 + META_WINDOW], ctx.column(_BYLINE))))
    meta = list(accumulate(flags, initial=0))
    return (bool(flags[i - 1]) or _stamp(lines[i - 1])) and not any(flags[i + 1:]) \
        and _meta_over_headline(lines, ctx, meta, i)


def _stamp(line: Line) -> bool:
    """A line of date stamps the page context may not flag (a long one: "PUBLISHED: ... | UPDATED: ..."): a
    date line that holds a date ("Another Headline Here Today" names none)."""
    return line.date_line and line.date() is not None


def _meta_top(lines: list[Line], meta: list[int], i: int) -> int:
    """The first of the date and byline lines right over line `i` (line `i - 1` is one)."""
    top = i - 1
    while top > 0 and (meta[top] > meta[top - 1] or _stamp(lines[top - 1])):  # line top - 1 is a date or byline too
        top -= 1
    return top


def _meta_over_headline(lines: list[Line], ctx: features.PageContext, meta: list[int], i: int) -> bool:
    """`meta_over_headline`: the date and byline lines right over line `i` (a headline's length, no sentence,
    label or list item) are its own, set over it, when the line over them is no headline: none, a label of
    fewer than SHAPE_MIN_WORDS words ("News"), a line in capitals ("OPINION"), a cut teaser ("..."), an address.
    Such a headline reads them as a headline reads its date and byline under it (`meta_below`, not
    `meta_above`, which marks a teaser under another's date); a kicker over the meta does not take them.
    `meta`: the running count of date or byline lines (at j: those before j); line `i - 1` is one. A date line
    the context does not flag (a long line of stamps, "PUBLISHED: ... | UPDATED: ...": `_stamp`) is one too."""
    line = lines[i]
    if not SHAPE_MIN_WORDS <= line.words <= META_HEADLINE_MAX_WORDS or line.text.rstrip().endswith(NO_HEADLINE_ENDS):
        return False
    top = _meta_top(lines, meta, i)
    if top == 0:
        return True
    over, b = lines[top - 1], ctx.base[top - 1]
    return over.words < SHAPE_MIN_WORDS or bool(b[_ALL_CAPS] or b[_WEB] or b[_ELLIPSIS])
