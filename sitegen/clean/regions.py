"""Page chrome that spans many lines and reads like prose line by line: a
comment thread under the article, a cookie consent notice. Line scores
cannot tell these from the article; their shape across lines can."""

from __future__ import annotations

import math
import re
from collections import Counter

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
_CONSENT_WORDS = ("cookie", "쿠키", "クッキー")  # every match of _CONSENT holds one (`is_consent_notice` reads three)
_CONSENT = re.compile(  # a site's own words about the cookies it sets
    r"\b(?:we|site|website|page|this)\s+(?:\w+\s+)?(?:uses?|sets?|stores?)\s+cookies"
    r"|\buse\s+of\s+cookies|\bcookies?[\s-]+(?:policy|settings|preferences|consent|notice|statement|banner"
    r"|richtlinie|einstellungen|hinweis)|\baccept(?:\s+all)?\s+cookies|\bcookies?\b.{0,80}\b(?:consent|gdpr)\b"
    r"|\b(?:utilizamos|usamos|utiliza|utilizza(?:mo)?|verwendet|verwenden|nutzt|nutzen|menggunakan|utilisons"
    r"|utilise)\s+(?:\w+\s+)?cookies?|\bиспольз\w+\s+(?:файлы\s+)?cookie|쿠키를?\s*사용|クッキーを使用"
    # a cookie table's rows: "_ga 1 year Google Analytics sets this cookie to ...", its header, its categories
    # (a row opens with the cookie's name: "_ga", "test_cookie", "cookielawinfo-checkbox-ads", "NID", "YSC")
    r"|\b(?:sets?|installs?|places?)\s+this\s+cookie\b|\bthis\s+cookie,?\s+(?:is\s+)?(?:set|installed)\s+by\b"
    r"|^(?:[\w.*:-]*[_\d-][\w.*:-]*|(?-i:[A-Z][A-Z\d]+))\s+"
    r"(?:\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)|session|persistent)\s"
    r".{0,200}\bcookies?\b|^cookie\s+duration\b"
    r"|^(?:strictly\s+)?(?:necessary|essential|functional|performance|analytics?|analytical|advertisement|advertising"
    r"|marketing|targeting|statistics?|preference)\s+cookies\s+(?:are|help|allow|enable|ensure|collect|track)\b",
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
    if line.text.isascii():  # its key is its lower case, spaced single: no space in "cookie"
        return _CONSENT_WORDS[0] in line.key and bool(_CONSENT.search(line.text))
    low = line.text.lower()
    return (_CONSENT_WORDS[0] in low or _CONSENT_WORDS[1] in low or _CONSENT_WORDS[2] in low) \
        and bool(_CONSENT.search(line.text))  # `_CONSENT_WORDS` one by one: no generator on each line


def run_gains(probs: list[float], words: list[int], pivot: float, fixed: list[float | None]) -> list[float]:
    """Each line's gain to a run (as `features.best_run` counts it): its score
    above `pivot` weighted by its length, or the set gain in `fixed`."""
    log1p = math.log1p
    return [(p - pivot) * log1p(w) if f is None else f for p, w, f in zip(probs, words, fixed, strict=True)]


def later_run(gains: list[float], end: int, max_gap: int, max_break: int,
              after: int | None = None) -> tuple[int, int, float] | None:
    """A second run of text after a run that ends at `end` (a later section
    of the article past a code block, a table or a list): from the first line
    with a gain within `max_gap` lines of `end` (from `after` on, when given),
    to the last line with a gain before `max_break` lines in a row with none;
    with the sum of its gains. None when no line gains within reach."""
    first = next((i for i in range(max(end, after or end), min(len(gains), end + max_gap + 1)) if gains[i] > 0), None)
    if first is None:
        return None
    last = first
    for i in range(first, len(gains)):
        if i - last > max_break:
            break
        if gains[i] > 0:
            last = i
    return first, last + 1, sum(gains[first:last + 1])


FIELD_LEAD_MIN_CHARS = 3  # a field's name is a word: "Re:", "Q:", "A:" open replies and answers
FIELD_LEAD_MAX_WORDS = 4  # "Office Location: Atlanta": the field's name before its value
FIELDS_MAX_REACH = 60  # lines past the run's end in which its fields may come again
FIELDS_MIN_DISTINCT = 2  # distinct fields that must come again: one alone is as often a list of links ("Re: ...")
FIELD_COPY_MAX_WORDS = 4  # a field this short may give the same value again ("Rated: Good"): no copy
FIELD_MIN_REPEATS = 3  # ... unless it comes this often, and the run names it as often ("Rated: Good")

_FIELD_LEAD = re.compile(r"([^\W\d_][\w '’&-]{0,40}?)\s*[:|]\s+\S")  # "Name: value", "Name | value"
_NUMBER = re.compile(r"\d+")


def field_lead(text: str) -> str | None:
    """The name of the field a line gives a value to ("Year Founded: 2016",
    "Best For | Denim", "Week 2: Build Endurance"), numbers blanked and
    case folded; None when the line opens with no such name."""
    if ":" not in text and "|" not in text:  # every match holds one: most lines end here
        return None
    m = _FIELD_LEAD.match(text)
    if m is None or len(m.group(1)) < FIELD_LEAD_MIN_CHARS or len(m.group(1).split()) > FIELD_LEAD_MAX_WORDS:
        return None
    return _NUMBER.sub("#", m.group(1).casefold())


def fields_end(texts: list[str], leads_from: list[int], end: int, stops: list[bool]) -> int:
    """Where a listing of entries goes on past the run's end at `end` (a
    list of agencies, brands or plans, each giving the same fields): the line
    after the last one, within FIELDS_MAX_REACH lines and before the first
    line in `stops`, that names a field the run's lines (`leads_from`) name
    and is none of those lines again (unless short), when FIELDS_MIN_DISTINCT
    or more distinct fields come again, or FIELD_MIN_REPEATS times one field
    that the run names as often. `end` when they do not."""
    known = Counter(lead for i in leads_from if (lead := field_lead(texts[i])) is not None)
    seen = {texts[i] for i in leads_from  # a line the run holds, again: a contents list, a link to a section
            if len(texts[i].split()) > FIELD_COPY_MAX_WORDS}
    if not known:
        return end
    found: Counter[str] = Counter()
    last = end
    for i in range(end, min(len(texts), end + FIELDS_MAX_REACH)):
        if stops[i]:
            break
        lead = field_lead(texts[i])
        if lead is not None and lead in known and texts[i] not in seen:
            found[lead] += 1
            last = i + 1
    repeated = any(n >= FIELD_MIN_REPEATS and known[lead] >= FIELD_MIN_REPEATS for lead, n in found.items())
    return last if len(found) >= FIELDS_MIN_DISTINCT or repeated else end


LABEL_MAX_WORDS = 3  # "Pros", "Best fit", "Key features": a label over an entry's part
LABEL_MIN_REPEATS = 2  # times the run gives a label for it to be its entries' own
LABELS_MIN_DISTINCT = 2  # distinct such labels that must come again past the run

_LABEL = re.compile(r"[^\W\d_][\w '’&/-]*:?")


def entry_label(text: str) -> str | None:
    """A short line that labels a part of an entry ("Pros", "Best fit:",
    "Key features"), case folded; None for any other line."""
    if len(text.split()) > LABEL_MAX_WORDS or not _LABEL.fullmatch(text):
        return None
    return text.rstrip(":").casefold()


def labels_end(texts: list[str], leads_from: list[int], end: int, free: list[bool]) -> int:
    """Where a listing of entries goes on past the run's end at `end` when
    each entry has the same labelled parts as the run's ("Features", "Pros",
    "Cons", "Best fit"): the line after the last line, within FIELDS_MAX_REACH
    lines and over free lines only (`free`), that gives a label the run gives
    LABEL_MIN_REPEATS times or more, when LABELS_MIN_DISTINCT or more such
    labels come again. `end` when they do not."""
    given = Counter(label for i in leads_from if (label := entry_label(texts[i])) is not None)
    known = {label for label, n in given.items() if n >= LABEL_MIN_REPEATS}
    if len(known) < LABELS_MIN_DISTINCT:
        return end
    found: set[str] = set()
    last = end
    for i in range(end, min(len(texts), end + FIELDS_MAX_REACH)):
        if not free[i]:
            break
        label = entry_label(texts[i])
        if label in known:
            found.add(label)
            last = i + 1
    return last if len(found) >= LABELS_MIN_DISTINCT else end
