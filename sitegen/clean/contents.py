"""Tables of contents: lines a page shows again lower down, in the same order.

A page's own list of its sections (or of the questions it answers) repeats
each heading before the section starts. The title is never one of those
lines, and a heading in such a list heads nothing where it stands.
"""

from __future__ import annotations

import bisect
import itertools

from sitegen.clean.lines import Line

CONTENTS_MIN_ENTRIES = 3  # lines in a row that come back later, in order: a table of contents
CONTENTS_MIN_GAP = 2  # lines from one entry's copy to the next (a section's text between them)


def contents_lines(lines: list[Line], min_gap: int = CONTENTS_MIN_GAP) -> set[int]:
    """Indexes of the lines of a table of contents: CONTENTS_MIN_ENTRIES
    different lines or more, one under the other, that each come back later
    in the same order, each copy CONTENTS_MIN_GAP lines or more after the one
    before (a section heading with its text under it; a header block
    repeated comes back whole, no table of contents)."""
    at: dict[str, list[int]] = {}
    for line in lines:
        at.setdefault(line.key, []).append(line.index)
    again = [at[ln.key][-1] > ln.index for ln in lines]  # the line comes back later
    entries: set[int] = set()
    # the cheap test first (most lines come back never): the starts of CONTENTS_MIN_ENTRIES lines that all come back
    runs = map(all, zip(*(again[k:] for k in range(CONTENTS_MIN_ENTRIES)), strict=False))  # the shortest ends it
    for start in itertools.compress(itertools.count(), runs):
        block = lines[start:start + CONTENTS_MIN_ENTRIES]
        copies = [_copy_after(at[ln.key], start + CONTENTS_MIN_ENTRIES - 1) for ln in block]
        if all(copies) and all(b - a >= min_gap for a, b in itertools.pairwise(copies)) \
                and len({ln.key for ln in block}) == len(block) and all(_has_letter(ln.key) for ln in block):
            entries.update(ln.index for ln in block)
    return entries


def _copy_after(found: list[int], after: int) -> int:
    """The first of the sorted positions `found` after `after` (0 when none is: no copy comes after line 0)."""
    k = bisect.bisect_right(found, after)
    return found[k] if k < len(found) else 0


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)
