"""Segment a text dump into lines and measure each one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
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

    def __post_init__(self) -> None:
        if not self.key:
            self.key = fold(self.text)

    @property
    def terminal(self) -> bool:
        return self.text.endswith(TERMINAL)

    def mark(self, label: str, rule: str) -> None:
        self.label, self.rule = label, rule


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split())


def word_count(text: str) -> int:
    """Words, counting each character of scripts written without spaces."""
    wide = len(_WIDE.findall(text))
    return len(_WORD.findall(text)) + (wide // 2 if wide else 0)


def segment(text: str) -> list[Line]:
    lines: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        clean = " ".join(raw.replace("\u00a0", " ").split())
        if clean:
            lines.append(Line(len(lines), number, clean, word_count(clean)))
    return lines
