"""Page chrome that spans many lines and reads like prose line by line: a
comment thread under the article, a cookie consent notice. Line scores
cannot tell these from the article; their shape across lines can."""

from __future__ import annotations

import re

from sitegen.clean.features import TIME_AGO
from sitegen.clean.lines import Line

STAMP_MAX_WORDS = 14  # "December 18, 2025, 9:46 pm", "2 days ago at 07:52 am"
NAME_MAX_WORDS = 4  # a commenter's name line
THREAD_MIN_ENTRIES = 3  # comments found before a run of them counts as a thread
THREAD_MAX_GAP = 30  # lines from one comment's start to the next one's stamp
THREAD_MIN_LEAD_WORDS = 60  # article words before a thread may start
CONSENT_MAX_WORDS = 150

_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SENTENCE_END = (".", "!", "?", "。", "！", "？")
_CONSENT_WORDS = ("cookie", "쿠키", "クッキー")  # every match of _CONSENT holds one
_CONSENT = re.compile(  # a site's own words about the cookies it sets
    r"\b(?:we|site|website|page|this)\s+(?:\w+\s+)?(?:uses?|sets?|stores?)\s+cookies"
    r"|\buse\s+of\s+cookies|\bcookies?[\s-]+(?:policy|settings|preferences|consent|notice|statement|banner"
    r"|richtlinie|einstellungen|hinweis)|\baccept(?:\s+all)?\s+cookies|\bcookies?\b.{0,80}\b(?:consent|gdpr)\b"
    r"|\b(?:utilizamos|usamos|utiliza|utilizza(?:mo)?|verwendet|verwenden|nutzt|nutzen|menggunakan|utilisons"
    r"|utilise)\s+(?:\w+\s+)?cookies?|\bиспольз\w+\s+(?:файлы\s+)?cookie|쿠키를?\s*사용|クッキーを使用",
    re.IGNORECASE)


def is_stamp(line: Line) -> bool:
    """A short line that dates a post: a date with a time of day, or "N hours ago"."""
    if line.words > STAMP_MAX_WORDS or not _DIGIT.search(line.text):
        return False
    return bool(TIME_AGO.search(line.text)) or (
        line.date() is not None and bool(_TIME_OF_DAY.search(line.text)))


def _name_like(line: Line) -> bool:
    return 0 < line.words <= NAME_MAX_WORDS and not line.text.endswith(_SENTENCE_END)


def comment_thread_start(lines: list[Line], start: int, end: int) -> int | None:
    """Where a comment thread begins within the run [start, end): the first
    of THREAD_MIN_ENTRIES or more comments in a row, each a stamp line under
    a short name line, once the article has had its words. None when there is
    no thread."""
    seen = 0
    entries: list[int] = []  # name lines of the comments in the current row
    for i in range(start, end):
        line = lines[i]
        if i > start and is_stamp(line) and _name_like(lines[i - 1]) and seen >= THREAD_MIN_LEAD_WORDS:
            if entries and i - entries[-1] > THREAD_MAX_GAP:
                entries = []
            entries.append(i - 1)
            if len(entries) >= THREAD_MIN_ENTRIES:
                return entries[0]
        elif not line.label:
            seen += line.words
    return None


def is_consent_notice(line: Line) -> bool:
    """A line of a cookie consent notice: the site speaks of the cookies it sets."""
    if line.words > CONSENT_MAX_WORDS:
        return False
    low = line.text.lower()
    return any(word in low for word in _CONSENT_WORDS) and bool(_CONSENT.search(line.text))
