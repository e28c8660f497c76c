"""Tables of contents: lines a page shows again lower down, in the same order.

A page's own list of its sections (or of the questions it answers) repeats
each heading before the section starts. The title is never one of those
lines, and a heading in such a list heads nothing where it stands.
"""

from __future__ import annotations

import itertools
import re

from sitegen.clean.lines import Line

CONTENTS_MIN_ENTRIES = 3  # lines in a row that come back later, in order: a table of contents
CONTENTS_MIN_GAP = 2  # lines from one entry's copy to the next (a section's text between them)
_ENTRY_NUMBER = re.compile(r"^\d{1,2}[.):]?\s+")  # an entry's number ("2. Remove old programs"), its section's none


def contents_lines(lines: list[Line], min_gap: int = CONTENTS_MIN_GAP) -> set[int]:
    """Indexes of the lines of a table of contents: CONTENTS_MIN_ENTRIES
    different lines or more, one under the other, that each come back later
    in the same order (numbered or not: "2. Remove old programs" comes back
    as "Remove old programs"), each copy CONTENTS_MIN_GAP lines or more after the one
    before (a section heading with its text under it; a header block
    repeated comes back whole, no table of contents)."""
    n = len(lines)
    keys = [entry_key(ln) for ln in lines]
    seen: dict[str, int] = {}
    later = [n] * n  # the next line with the same key (n when none comes)
    for j in range(n - 1, -1, -1):
        later[j] = seen.get(keys[j], n)
        seen[keys[j]] = j
    entries: set[int] = set()
    # the cheap test first (most lines come back never): the starts of CONTENTS_MIN_ENTRIES lines that all come back
    again = [j < n for j in later]
    runs = map(all, zip(*(again[k:] for k in range(CONTENTS_MIN_ENTRIES)), strict=False))  # the shortest ends it
    for start in itertools.compress(itertools.count(), runs):
        block = lines[start:start + CONTENTS_MIN_ENTRIES]
        if _copies_in_order(later, start, start + CONTENTS_MIN_ENTRIES, min_gap) \
                and len({ln.key for ln in block}) == len(block) and all(_has_letter(ln.key) for ln in block):
            entries.update(ln.index for ln in block)
    return entries


def _copies_in_order(later: list[int], start: int, stop: int, min_gap: int) -> bool:
    """Each of the lines [start, stop) comes back after line `stop - 1`, each copy `min_gap` lines or more
    after the one before (`later`: each line's next copy, `len(later)` when none comes)."""
    n = len(later)
    copy = -min_gap
    for j in range(start, stop):
        found = later[j]
        while found < stop:  # a copy within the block: the next one
            found = later[found]
        if found == n or found - copy < min_gap:
            return False
        copy = found
    return True


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def entry_key(line: Line) -> str:
    """The line's key without an entry's number: how a table of contents' entry and its section's heading
    read alike ("2. Remove old programs", "Remove old programs")."""
    return _ENTRY_NUMBER.sub("", line.key, count=1) if line.key[:1].isdigit() else line.key
