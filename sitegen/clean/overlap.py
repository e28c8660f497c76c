"""How much a line shares its words with the article's text: a headline
speaks of what its article says, a teaser for another article does not.

Words are lowercased runs of letters and digits, stop words and very short
words left out; scripts written without spaces give character pairs instead."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from sitegen.clean.lines import Line
from sitegen.clean.stopwords import STOPWORDS

NAMES = ("shared_run", "shared_lead")  # the features `shared_words` gives, in order
MIN_WORD_CHARS = 3
LEAD_LINES = 5  # the lines a headline's words are most likely to come back in

_WORD = re.compile(r"\w+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_LOWER_SPLITS = "İ"  # the one character whose lower case ("i̇") is not all word characters, or all not


def words(text: str) -> set[str]:
    """The distinct content words of `text` (character pairs for wide scripts)."""
    return _words(text.lower())


def _words(low: str) -> set[str]:
    """`words` of a text already in lower case (`low`)."""
    out = {w for w in _WORD.findall(low) if len(w) >= MIN_WORD_CHARS and w not in STOPWORDS and not w.isdigit()}
    if not low.isascii():
        for run in _WIDE.findall(low):
            out.discard(run)
            out.update(run[k:k + 2] for k in range(max(1, len(run) - 1)))
    return out


def shared_words(lines: list[Line], candidates: list[int], start: int, end: int) -> list[tuple[float, float]]:
    """For each candidate line: the share of its words found in the run
    [start, end) of text lines, and in the first LEAD_LINES of text at or
    after it. Lines with the very same words as the candidate (itself, its
    copies) do not count.

    Only the candidates' words are looked for: each run line gives the ones
    it holds (`_wanted_words`), and its own words in full only where those
    are all of a candidate's (it may be a copy)."""
    run = lines[start:end]
    owns = [_line_words(lines[i]) for i in candidates]
    wanted = frozenset().union(*owns)
    full = {i - start: own for i, own in zip(candidates, owns, strict=True) if start <= i < end}  # all wanted
    hits = [full[j] if j in full else _wanted_words(line, wanted) for j, line in enumerate(run)]  # line j's at j
    counts = Counter(chain.from_iterable(hits))
    holding: dict[frozenset[str], list[int]] = {}  # the run lines by the wanted words they hold
    for j, found in enumerate(hits):
        holding.setdefault(found, []).append(j)

    def same(j: int, own: frozenset[str]) -> bool:
        """Run line j (`start` + j), whose wanted words are `own`, has no other words (`full`: the words
        of the run lines known in full, a candidate's all wanted)."""
        if j not in full:
            full[j] = _line_words(run[j])
        return full[j] == own

    counted = frozenset(counts)  # the wanted words of the run: each on one line at least
    # The lead lines of every candidate over the run: the first LEAD_LINES of the run, the words they hold.
    first_lead = [found for found in hits[:LEAD_LINES] if found]
    first_words, first_found = frozenset().union(*first_lead), frozenset(first_lead)
    out: list[tuple[float, float]] = []
    for i, own in zip(candidates, owns, strict=True):
        if not own:
            out.append((0.0, 0.0))
            continue
        alike = holding.get(own)  # the run lines whose wanted words are its words: its copies, maybe
        copies = sum(1 for j in alike if same(j, own)) if alike else 0
        # its words found on other lines than copies (with none, on any line: a count is 1 at least)
        in_run = sum(map(copies.__lt__, map(counts.__getitem__, own))) if copies else len(own & counted)
        if i < start and own not in first_found:  # no lead line's wanted words are its words: none is a copy
            out.append((in_run / len(own), len(own & first_words) / len(own)))
            continue
        lead_from = max(start, i + 1)
        unseen = own  # its words in none of the lead lines: each difference runs over the smaller set
        for j in range(lead_from - start, min(end, lead_from + LEAD_LINES) - start):
            found = hits[j]
            if found and (found != own or not same(j, own)):  # a line without its words takes none from it
                unseen = unseen - found
        out.append((in_run / len(own), (len(own) - len(unseen)) / len(own)))
    return out


def _wanted_words(line: Line, wanted: frozenset[str]) -> frozenset[str]:
    """`_line_words(line) & wanted`, for `wanted` made of `_line_words` sets: a
    line's words in lower case that are wanted are all among its words (no wanted
    word is a stop word, a run of one or two characters, a number; none but a wide
    script's pairs holds a character of one), where those are its words filtered
    (`_line_words`: every line but those of a wide script or with a letter whose lower case reads apart)."""
    text = line.text
    if text.isascii() or not (line.wide or _LOWER_SPLITS in text or "Σ" in text):
        return wanted.intersection(line.lower_tokens)
    return wanted & _line_words(line)


# What an ASCII line's lower-case words may be that `words` leaves out, but for numbers: the stop words and
# every run of one or two word characters (letters, digits, "_").
_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_LEFT_OUT = STOPWORDS | frozenset(_WORD_CHARS) | frozenset(a + b for a in _WORD_CHARS for b in _WORD_CHARS)


def _line_words(line: Line) -> frozenset[str]:
    """`words` of a line; an ASCII line's from its words in lower case
    (`Line.lower_tokens`, the same runs as in its lower case) with set
    operations, no pattern run over its text again."""
    text = line.text
    if not text.isascii():
        if line.wide or _LOWER_SPLITS in text or "Σ" in text:  # a capital sigma's lower case reads its context
            return frozenset(_words(text.lower()))
        # Its lower case has the same words as its words in lower case.
        return frozenset(w for w in line.lower_tokens
                         if len(w) >= MIN_WORD_CHARS and w not in STOPWORDS and not w.isdigit())
    found = frozenset(line.lower_tokens).difference(_LEFT_OUT)  # the set operation runs over the line's words
    if any(map(str.isdigit, found)):
        return frozenset(w for w in found if not w.isdigit())
    return found
