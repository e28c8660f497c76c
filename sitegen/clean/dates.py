"""Dates written the ways web pages write them, parsed to `datetime`.

`find_date(text)` finds a date (and time, and zone where named) in a short
line such as "Updated: 15 Sep 2022, 06:26 PM IST", "Published March 3, 2021
at 5:10 p.m. ET", "2021-03-03" or "3 hours ago" (with a reference date).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

# Zone abbreviations with a fixed offset in hours. Daylight names are listed
# separately (EDT, BST...); "ET"/"PT" are read as their standard offsets.
ZONES = {
    "UTC": 0.0, "GMT": 0.0, "Z": 0.0, "BST": 1.0, "CET": 1.0, "CEST": 2.0, "EET": 2.0, "EEST": 3.0,
    "MSK": 3.0, "IST": 5.5, "PKT": 5.0, "ICT": 7.0, "WIB": 7.0, "SGT": 8.0, "HKT": 8.0, "JST": 9.0,
    "KST": 9.0, "AEST": 10.0, "AEDT": 11.0, "NZST": 12.0, "EST": -5.0, "EDT": -4.0, "ET": -5.0,
    "CST": -6.0, "CDT": -5.0, "CT": -6.0, "MST": -7.0, "MDT": -6.0, "PST": -8.0, "PDT": -7.0,
    "PT": -8.0,
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (r"(?:(?:at|,|-|\||·)?\s*(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
         r"\s*(?P<ampm>[ap]\.?\s?m\.?)?)?")
_ZONE = r"(?:\s*\(?(?P<zone>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\)?\b)?"
_OFFSET = r"(?P<offset>[+-][01]\d:?[0-5]\d)?"

DATE_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<month_num>[01]\d)-(?P<day>[0-3]\d)"
               r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:\.\d+)?)?"
               + _OFFSET + _ZONE, re.IGNORECASE),
    re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r",?\s*" + _TIME + _ZONE, re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r",?\s*" + _TIME + _ZONE, re.IGNORECASE),
]
_RELATIVE = re.compile(r"\b(?P<n>\d+|an?|one)\s+(?P<unit>minute|min|hour|hr|day|week)s?\s+ago\b", re.I)
_UNITS = {"minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400, "week": 604800}


def find_date(text: str, reference: datetime | None = None) -> datetime | None:
    """The first date in `text`, or None."""
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            parsed = _from_match(match)
            if parsed is not None:
                return parsed
    if reference is not None:
        match = _RELATIVE.search(text)
        if match:
            n = match.group("n").lower()
            count = 1 if n in ("a", "an", "one") else int(n)
            return reference - timedelta(seconds=count * _UNITS[match.group("unit").lower()])
    return None


def _from_match(m: re.Match[str]) -> datetime | None:
    groups = m.groupdict()
    month = int(groups["month_num"]) if groups.get("month_num") else MONTHS[groups["month"].lower().rstrip(".")]
    hour = int(groups["hour"]) if groups.get("hour") else 0
    minute = int(groups["minute"]) if groups.get("minute") else 0
    second = int(groups["second"]) if groups.get("second") else 0
    ampm = (groups.get("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    tz = _zone(groups.get("offset"), groups.get("zone"))
    try:
        return datetime(int(groups["year"]), month, int(groups["day"]), hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def _zone(offset: str | None, name: str | None) -> timezone | None:
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    if name:
        hours = ZONES[name.upper()]
        return timezone(timedelta(minutes=round(hours * 60)))
    return None
