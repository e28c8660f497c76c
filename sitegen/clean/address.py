"""The page's address, when its copy shows it (a share or print line): the
slug of an article's address spells its headline ("/sports/article/Nelson-s-
OT-goal-lifts-Isles-14848099.php"), and names the headline among lines that
look alike."""

from __future__ import annotations

import re
from collections.abc import Iterable

SLUG_MIN_WORDS = 3  # words in a path part that make it a slug ("2019/11/19" or "article" are none)
SLUG_MIN_MATCH = 0.7  # share of the words of a headline and a slug, together, that both have
MIN_WORD_CHARS = 2

_URL = re.compile(r"https?://[^\s/]+/(\S+)", re.IGNORECASE)
_PART = re.compile(r"[/?#&=]")
_SLUG_WORD = re.compile(r"[^\W_]+")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)


def slugs(texts: Iterable[str]) -> list[frozenset[str]]:
    """The words of each slug in the addresses shown as lines of their own,
    in order (an address within a line of text links elsewhere)."""
    out: list[frozenset[str]] = []
    for text in texts:
        if "://" not in text:
            continue
        match = _URL.fullmatch(text.strip())
        if match is not None:
            for part in _PART.split(match.group(1)):
                words = _words(_EXTENSION.sub("", part))
                if len(words) >= SLUG_MIN_WORDS and ("-" in part or "_" in part):
                    out.append(words)
    return out


def slug_match(text: str, found: list[frozenset[str]]) -> float:
    """How well a line's words match the best slug of `found` (Jaccard: shared words over all words)."""
    if "://" in text or not found:
        return 0.0
    words = _words(text)
    if len(words) < SLUG_MIN_WORDS:
        return 0.0
    return max(len(words & slug) / len(words | slug) for slug in found)


def _words(text: str) -> frozenset[str]:
    """Lower-case runs of letters and digits, digits alone left out (an address's numbers are ids)."""
    return frozenset(w for w in _SLUG_WORD.findall(text.lower()) if len(w) >= MIN_WORD_CHARS and not w.isdigit())
