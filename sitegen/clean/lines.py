"""Segment a text dump into lines and measure each one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from sitegen.clean import vocab
from sitegen.clean.byline import looks_like_byline
from sitegen.clean.dates import find_date

_WORD = re.compile(r"\w+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CREDIT_MAX_WORDS = 10  # a photo credit is a short line
TERMINAL = (".", "!", "?", "…", "。", "！", "？", '"', "”", "’", "»", ")", ":")


@dataclass
class Line:
    """One non-blank input line with the features the rules read."""

    index: int  # position among non-blank lines
    number: int  # 1-based line number in the source
    text: str
    words: int
    label: str = ""
    rule: str = ""
    key: str = ""  # the line folded for comparisons (case, quotes, spacing)
    credit: str = ""  # a caption's photo credit, read from the lines after it
    _memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.key:
            self.key = fold(self.text)

    def date(self, reference: datetime | None = None) -> datetime | None:
        """`find_date` of the line, computed once (a reference only adds relative dates)."""
        if "date" not in self._memo:
            self._memo["date"] = find_date(self.text)
        found = self._memo["date"]
        assert found is None or isinstance(found, datetime)
        if found is None and reference is not None:
            return find_date(self.text, reference)
        return found

    @property
    def ui(self) -> bool:
        """The line is a UI control ("Share", "Menu"...): `vocab.UI_LINE`, computed once."""
        if "ui" not in self._memo:
            self._memo["ui"] = bool(vocab.UI_LINE.match(self.text))
        return bool(self._memo["ui"])

    @property
    def call_to_action(self) -> bool:
        """The line asks the reader to act: `vocab.CALL_TO_ACTION`, computed once."""
        if "cta" not in self._memo:
            self._memo["cta"] = vocab.call_to_action(self.text)
        return bool(self._memo["cta"])

    @property
    def credit_like(self) -> bool:
        """The line reads as a photo credit ("Photo: Jane Doe", "Jane Doe/Agency"), computed once."""
        if "credit" not in self._memo:
            self._memo["credit"] = self.words <= CREDIT_MAX_WORDS and (
                bool(vocab.CREDIT_LEAD.match(self.text)) or bool(vocab.CREDIT_SHAPE.match(self.text)))
        return bool(self._memo["credit"])

    @property
    def byline(self) -> bool:
        """`looks_like_byline` of the line, computed once."""
        if "byline" not in self._memo:
            self._memo["byline"] = looks_like_byline(self.text)
        return bool(self._memo["byline"])

    @property
    def terminal(self) -> bool:
        return self.text.endswith(TERMINAL)

    def mark(self, label: str, rule: str) -> None:
        self.label, self.rule = label, rule


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def fold(text: str) -> str:
    """The line's comparison key: NFKC, case-folded, straight quotes, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.casefold().split())


def word_count(text: str) -> int:
    """Words, counting each character of scripts written without spaces."""
    if text.isascii():
        return len(_WORD.findall(text))
    wide = len(_WIDE.findall(text))
    return len(_WORD.findall(text)) + (wide // 2 if wide else 0)


def segment(text: str) -> list[Line]:
    lines: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        clean = " ".join(raw.replace("\u00a0", " ").split())
        if clean:
            key = clean.lower() if clean.isascii() else fold(clean)  # `clean` is already spaced once
            lines.append(Line(len(lines), number, clean, word_count(clean), key=key))
    return lines
