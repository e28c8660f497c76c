"""How much a line shares its words with the article's text: a headline
speaks of what its article says, a teaser for another article does not.

Words are lowercased runs of letters and digits, stop words and very short
words left out; scripts written without spaces give character pairs instead."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain, compress, repeat
from operator import not_

from sitegen.clean.lines import Line
from sitegen.clean.stopwords import STOPWORDS

NAMES = ("shared_run", "shared_lead")  # the features `shared_words` gives, in order
MIN_WORD_CHARS = 3
LEAD_LINES = 5  # the lines a headline's words are most likely to come back in

_WORD = re.compile(r"\w+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_LONG_WORD = re.compile(rf"\w{{{MIN_WORD_CHARS},}}")
_ASCII_DIGIT = re.compile(r"[0-9]")


def words(text: str) -> set[str]:
    """The distinct content words of `text` (character pairs for wide scripts)."""
    return _words(text.lower())


def _words(low: str) -> set[str]:
    """`words` of a text already in lower case (`low`). The words of at least
    MIN_WORD_CHARS characters are the matches of `_LONG_WORD` (a shorter run of
    word characters matches nowhere); a line without a digit has no word of digits."""
    out = set(_LONG_WORD.findall(low))
    out -= STOPWORDS
    if not low.isascii() or _ASCII_DIGIT.search(low):
        out = {w for w in out if not w.isdigit()}
    if not low.isascii():
        for run in _WIDE.findall(low):
            out.discard(run)
            out.update(run[k:k + 2] for k in range(max(1, len(run) - 1)))
    return out


def shared_words(lines: list[Line], candidates: list[int], start: int, end: int) -> list[tuple[float, float]]:
    """For each candidate line: the share of its words found in the run
    [start, end) of text lines, and in the first LEAD_LINES of text at or
    after it. Lines with the very same words as the candidate (itself, its
    copies) do not count."""
    sets = _run_words(lines[start:end])  # line j's at j - start
    counts = Counter(chain.from_iterable(sets))
    copies = Counter(sets)
    out: list[tuple[float, float]] = []
    for i in candidates:
        own = sets[i - start] if start <= i < end else frozenset(_line_words(lines[i]))
        if not own:
            out.append((0.0, 0.0))
            continue
        same = copies[own]
        in_run = sum(1 for w in own if counts[w] > same)
        lead_from = max(start, i + 1)
        lead: set[str] = set()
        for found in sets[lead_from - start:min(end, lead_from + LEAD_LINES) - start]:
            if found != own:
                lead |= found
        out.append((in_run / len(own), len(own & lead) / len(own)))
    return out


def _run_words(run: list[Line]) -> list[frozenset[str]]:
    """`words` of each line of `run`: the ASCII lines' a step at a time for all
    of them (their keys are their texts in lower case), the others' one by one."""
    keys = [ln.key for ln in run]
    found = list(map(set.difference, map(set, map(_LONG_WORD.findall, keys)), repeat(STOPWORDS)))
    for k in compress(range(len(run)), map(_ASCII_DIGIT.search, keys)):
        found[k] = {w for w in found[k] if not w.isdigit()}
    for k in compress(range(len(run)), map(not_, map(str.isascii, [ln.text for ln in run]))):
        found[k] = _words(run[k].text.lower())
    return list(map(frozenset, found))


def _line_words(line: Line) -> set[str]:
    """`words` of a line: an ASCII line's key is its text in lower case."""
    text = line.text
    return _words(line.key if text.isascii() else text.lower())
