"""Bylines: "By Jane Doe", "Jane Doe, Staff Writer", "Words by ..."."""

from __future__ import annotations

import re

BYLINE_MAX_WORDS = 12
_LEAD = re.compile(r"^(?:by|written\s+by|words\s+by|reported\s+by)\s+(?=\S)", re.IGNORECASE)


def looks_like_byline(text: str) -> bool:
    """True when the whole line reads as a byline."""
    return len(text.split()) <= BYLINE_MAX_WORDS and bool(_LEAD.match(text))


def parse_byline(text: str) -> str:
    """The names in a byline line, without the lead-in ("By ")."""
    return _LEAD.sub("", text).strip()
