"""The name of the site a page comes from, where the page states it.

`find_site_name(lines, title)` reads two signs, in order:

1. the headline repeated with the site's name glued on ("Title | Site",
   "Title - Site") near the top of the page, the bare title being known;
2. a copyright line ("© 2022 Site Name", "Copyright 2010-2025 Site Name. All
   rights reserved.", "Site Name © 2025").

It gives "" when neither says it plainly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from sitegen.clean.vocab import ascii_lower

SITE_MAX_WORDS = 6
SITE_MAX_CHARS = 60
COPYRIGHT_LINE_MAX_CHARS = 300
TITLE_LINE_MAX_CHARS = 400
TITLE_LINE_SEARCH_SHARE = 0.3  # the title with the site's name is looked for in the top part of the page
TITLE_LINE_SEARCH_MIN = 20

# "Title | Site", "Title - Site", "Title — Site" (a colon starts a subtitle; slashes and chevrons make breadcrumbs).
_SEPARATOR = re.compile(r"^\s+(?:\||[-–—]{1,2})\s+|^\s*\|\s*")
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|\bcopr\.", re.IGNORECASE)
_COPYRIGHT_LEAD = re.compile(
    r"(?:\s|©|\(c\)|copyright|copr\.|[0-9]{4}(?:\s*[-–—]\s*[0-9]{4})?|,|&copy;)+(?:by\s+)?", re.IGNORECASE)
# "Site © 2025", "Site © 2025. All content...": the name before the mark.
_COPYRIGHT_TAIL = re.compile(r"(?:©|\(c\)|copyright)\s*(?:[0-9]{4}(?:\s*[-–—]\s*[0-9]{4})?)?\s*(?:[.,|]|$)",
                             re.IGNORECASE)
_TRAILING_YEARS = re.compile(r"[\s,]+[0-9]{4}(?:\s*[-–—]\s*[0-9]{4})?$")
_NAME_END = re.compile(
    r"\s*(?:[|.,;:•·/()]\s|[|;•·()]|\ball\s+rights\b|\bsome\s+rights\b|\balle\s+rechte\b|\btous\s+droits\b"
    r"|\btodos\s+los\s+derechos\b|\btodos\s+os\s+direitos\b|\btutti\s+i\s+diritti\b|\bhak\s+cipta\b"
    r"|\bpowered\s+by\b|\bprivacy\b|\bterms\b|\s[-–—]\s|$)",
    re.IGNORECASE,
)
_LEGAL_SUFFIX = re.compile(r"[\s,]+(?:inc\.?|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|s\.?a\.?|plc|corp\.?|co\.)$",
                           re.IGNORECASE)
# "Download the Site App", "Get the Site app": a capitalised name of at most APP_NAME_MAX_WORDS words.
APP_NAME_MAX_WORDS = 4
_APP_PROMO = re.compile(r"\b(?:download|get|install)\s+the\s+(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,"
                        + str(APP_NAME_MAX_WORDS) + r"}?)(?:mobile\s+)?app\b", re.IGNORECASE)
_YEAR = re.compile(r"[0-9]{4}")
_LOWER_LINKS = frozenset(["of", "and", "the", "for", "de", "du", "des", "la", "le", "di", "del", "da", "do", "von",
                          "und", "&", "on", "in", "y", "e", "et"])
_NOT_SITE = re.compile(
    r"\b(?:rights|reserved|cookies?|privacy|terms|policy|the\s+author|all|information|agreement|licen[cs]e|violation"
    r"|notice|trademarks?|disclosure|disclaimer|photos?|images?|getty|shutterstock|istock|depositphotos)\b|/",
    re.IGNORECASE,
)
# Section words that, alone, name a part of the page rather than the site.
_GENERIC = frozenset(["introduction", "overview", "summary", "conclusion", "blog", "news", "home", "article",
                      "articles", "resources", "part", "chapter", "in", "faq", "contents", "the"])


def find_site_name(lines: Sequence[str], title: str) -> str:
    """The site's name as the page states it, or "".

    `lines` are the page's lines (any text; blank ones are skipped); `title` is
    the article's headline as found on the page ("" when unknown, and then only
    the copyright line is read).
    """
    if title.strip():
        name = _from_title_lines(lines, title)
        if name:
            return name
    return copyright_name(lines)


def find_app_name(lines: Sequence[str]) -> str:
    """The site named by its own app promotion ("Download The Mint News App" -> "Mint News"),
    read from `lines` the caller knows for page chrome (never article text, where
    any app may be named). The first promotion wins; "" when none names one."""
    for raw in lines:
        match = _APP_PROMO.search(" ".join(raw.split()))
        if match:
            name = _clean(match.group("name"))
            if name and all(word[:1].isupper() for word in name.split()):
                return name
    return ""


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _from_title_lines(lines: Sequence[str], title: str) -> str:
    """The site's name glued on a copy of the title, in the top part of the page: "Title | Site"."""
    key = _fold(title)
    for raw in lines[: max(TITLE_LINE_SEARCH_MIN, int(len(lines) * TITLE_LINE_SEARCH_SHARE))]:
        if len(raw) > TITLE_LINE_MAX_CHARS or len(raw) <= len(title):
            continue
        start = raw.lstrip()  # an ASCII line's fold starts with its first character in lower case
        if key and start.isascii() and start[:1].lower() != key[:1]:
            continue
        text = " ".join(raw.split())
        folded = text.lower() if text.isascii() else _fold(text)  # folding single-spaced ASCII only lowers it
        if folded.startswith(key) and len(folded) == len(text):
            rest = text[len(key):]
            sep = _SEPARATOR.match(rest)
            if sep:
                name = _clean(rest[sep.end():])
                if name:
                    return name
    return ""


# `rights_line`: a notice without a mark, a year and the name before its reservation of rights ("2025 Site Inc. All
# rights reserved.", "2010-2025 Site, all rights reserved"); the reservation in English only
_RIGHTS_LINE = re.compile(r"\s*[0-9]{4}(?:\s*[-–—]\s*[0-9]{4})?\s+(?P<name>[^.,|]+?(?:\s+(?:inc|ltd|co|corp)\.)?)"
                          r"[\s.,|]*\ball\s+rights\s+reserved\b", re.IGNORECASE)


def copyright_name(lines: Sequence[str]) -> str:
    """The site's name in the page's last copyright line ("© 2022 Site", "Site © 2022", or without a mark:
    "2025 Site Inc. All rights reserved.", `_RIGHTS_LINE`), or ""."""
    for raw in reversed(lines):
        if len(raw) > COPYRIGHT_LINE_MAX_CHARS or not _YEAR.search(raw):
            continue  # a notice has a year; a photo credit ("© Agency/Name") has none
        if not _copyright_mark(raw):
            rights = _RIGHTS_LINE.match(raw) if raw.lstrip()[:1].isdigit() else None
            if rights is not None and (name := _clean(rights.group("name"))):
                return name
            continue
        text = " ".join(raw.split())
        mark = _COPYRIGHT.search(text)
        if mark is None:
            continue
        lead = _COPYRIGHT_LEAD.match(text, mark.start())
        after = text[lead.end():] if lead else text[mark.end():]
        if after and not _YEAR.match(after):
            name = _clean(_NAME_END.split(after, maxsplit=1)[0])
            if name:
                return name
        before = text[: mark.start()]
        if _COPYRIGHT_TAIL.match(text, mark.start()) and before.strip():
            name = _clean(before)
            if name:
                return name
    return ""


def _copyright_mark(text: str) -> bool:
    """`_COPYRIGHT` matches in `text`, tried only when a literal every match holds is there."""
    if "©" not in text:
        low = ascii_lower(text)
        if "(c)" not in low and "copyright" not in low and "copr." not in low:
            return False
    return _COPYRIGHT.search(text) is not None


def _clean(name: str) -> str:
    """`name` if it reads as a site's name (a few capitalised words or a domain), else ""."""
    name = name.strip(" .,;:-–—|·•")
    name = _TRAILING_YEARS.sub("", name)
    name = _LEGAL_SUFFIX.sub("", name).strip(" .,")
    words = name.split()
    if not words or len(words) > SITE_MAX_WORDS or len(name) > SITE_MAX_CHARS or _NOT_SITE.search(name):
        return ""
    for i, word in enumerate(words):
        if word[:1].islower() and word not in _LOWER_LINKS and "." not in word:
            if i == 0:
                return ""
            name = " ".join(words[:i])
            break
    if not any(ch.isalpha() for ch in name) or name.casefold() in _GENERIC:
        return ""
    return name.strip(" .,")
