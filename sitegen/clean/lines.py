"""Segment a text dump into lines and measure each one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from itertools import accumulate, compress

from sitegen.clean import code, vocab
from sitegen.clean.byline import looks_like_byline
from sitegen.clean.dates import YEAR_GATE, could_be_date_line, find_date, is_date_line, relative_date

_WORD = re.compile(r"\w+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CREDIT_MAX_WORDS = 10  # a photo credit is a short line
TERMINAL = (".", "!", "?", "…", "。", "！", "？", '"', "”", "’", "»", ")", ":")
_UNSET: object = object()
_ASCII_NOT_WORD = str.maketrans(dict.fromkeys(
    (c for c in range(128) if not (chr(c).isalnum() or chr(c) in "_\n")), " "))  # `\w` in ASCII: letters, digits, "_"
YEAR_LITERALS = ("19", "20", "/")  # every `YEAR_GATE` match holds one (`_settle` tests them in turn)


@dataclass(slots=True, init=False)
class Line:
    """One non-blank input line with the features the rules read.

    The tests that several stages read (`date()`, `byline`...) are computed
    once, on first use; `segment` settles some of them for a whole page at
    once. What every page asks of every line (its base features, and the
    chrome rules, read them) are plain attributes, set as the line is made:
    `ui`, `call_to_action` and the words in lower case, `lower_tokens`."""

    index: int  # position among non-blank lines
    number: int  # 1-based line number in the source
    text: str
    words: int
    label: str
    rule: str
    key: str  # the line folded for comparisons (case, quotes, spacing)
    credit: str  # a caption's photo credit, read from the lines after it
    cells: bool  # the source line sets words apart by a tab: a table's row (a dump sets its cells apart so)
    ui: bool  # the line is a UI control ("Share", "Menu"...): `vocab.UI_LINE`
    call_to_action: bool  # the line asks the reader to act: `vocab.CALL_TO_ACTION`
    lower_tokens: list[str]  # each of the line's words (`tokens`) in lower case
    _tokens: list[str] | None = field(repr=False, compare=False)
    _wide: int = field(repr=False, compare=False)
    _date: object = field(repr=False, compare=False)
    _credit: bool | None = field(repr=False, compare=False)
    _byline: bool | None = field(repr=False, compare=False)
    _date_line: bool | None = field(repr=False, compare=False)
    _marker: bool | None = field(repr=False, compare=False)
    _code: bool | None = field(repr=False, compare=False)
    _twin: Line | None = field(repr=False, compare=False)  # an earlier line of the page with the same text
    # the rule of chrome `rules` knows the line by its words alone ("" none), and a caption's glued credit and its
    # rule, once asked (None before)
    chrome: str | None = field(repr=False, compare=False)
    caption: tuple[tuple[str, str] | None] | None = field(repr=False, compare=False)

    def __init__(self, index: int, number: int, text: str, words: int, label: str = "", rule: str = "",
                 key: str = "", credit: str = "", *, tokens: list[str] | None = None,
                 lower_tokens: list[str] | None = None, wide: int = -1, cells: bool = False,
                 twin: Line | None = None, ui: bool | None = None, call_to_action: bool | None = None) -> None:
        """`ui` and `call_to_action`, when given, are what `vocab.ui_line` and `vocab.call_to_action`
        say of `text`, and `lower_tokens` its words in lower case (`segment` settles them for a page at
        once); else they are found here."""
        self.index, self.number, self.text, self.words = index, number, text, words
        self.label, self.rule, self.credit, self.cells = label, rule, credit, cells
        self.key = key or fold(text)
        self._tokens, self._wide = tokens, wide
        self.lower_tokens = list(map(str.lower, self.tokens)) if lower_tokens is None else lower_tokens
        self._date = _UNSET
        self._credit = self._byline = self._date_line = self._marker = self._code = self.chrome = self.caption = None
        self._twin = twin if twin is not None and twin.text == text and twin.words == words else None
        self.ui = vocab.ui_line(text) if ui is None else ui
        self.call_to_action = vocab.call_to_action(text) if call_to_action is None else call_to_action

    @property
    def tokens(self) -> list[str]:
        """The line's words (`\\w+` runs), computed once."""
        if self._tokens is None:
            self._tokens = _WORD.findall(self.text)
        return self._tokens

    @property
    def wide(self) -> int:
        """Characters of scripts written without spaces (CJK, kana, hangul), counted once."""
        if self._wide < 0:
            self._wide = len(_WIDE.findall(self.text)) if not self.text.isascii() else 0
        return self._wide

    def date(self, reference: datetime | None = None) -> datetime | None:
        """`find_date` of the line, computed once (a reference only adds relative dates)."""
        found = self._date
        if found is _UNSET:
            found = self._date = self._twin._found_date() if self._twin is not None else find_date(self.text)
        if found is None:
            return relative_date(self.text, reference) if reference is not None else None
        assert isinstance(found, datetime)
        return found

    def _found_date(self) -> object:
        """`find_date` of the line, computed once (None when it holds no date)."""
        if self._date is _UNSET:
            self._date = self._twin._found_date() if self._twin is not None else find_date(self.text)
        return self._date

    @property
    def credit_like(self) -> bool:
        """The line reads as a photo credit ("Photo: Jane Doe", "Jane Doe/Agency"), computed once."""
        if self._credit is None:
            self._credit = self._twin.credit_like if self._twin is not None else \
                self.words <= CREDIT_MAX_WORDS and vocab.credit_like(self.text)
        return self._credit

    @property
    def byline(self) -> bool:
        """`looks_like_byline` of the line, computed once."""
        if self._byline is None:
            self._byline = self._twin.byline if self._twin is not None else looks_like_byline(self.text)
        return self._byline

    @property
    def date_line(self) -> bool:
        """`is_date_line` of the line, computed once."""
        if self._date_line is None:
            self._date_line = self._twin.date_line if self._twin is not None else \
                could_be_date_line(self.text) and is_date_line(self.text)
        return self._date_line

    @property
    def marker(self) -> bool:
        """The line is a marker that opens what follows an article ("Related", "Comments", "About Jane
        Doe"): `vocab.end_marker`, computed once (the run's rules ask often)."""
        if self._marker is None:
            self._marker = self._twin.marker if self._twin is not None else vocab.end_marker(self.text)
        return self._marker

    @property
    def code(self) -> bool:
        """The line is shaped as program code: `code.is_code_line`, computed once (the run's rules and
        the blocks of code ask again of the same lines)."""
        if self._code is None:
            self._code = self._twin.code if self._twin is not None else code.is_code_line(self.text)
        return self._code

    @property
    def terminal(self) -> bool:
        return self.text.endswith(TERMINAL)

    def mark(self, label: str, rule: str) -> None:
        self.label, self.rule = label, rule


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def fold(text: str) -> str:
    """The line's comparison key: NFKC, case-folded, straight quotes, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = _straight_quotes(text)
    return " ".join(text.casefold().split())


def _straight_quotes(text: str) -> str:
    """`text.translate(_QUOTES)`, by `str.replace`: a dict translation reads a text outside ASCII one character at
    a time in Python objects, a replacement of a character absent scans for it in C."""
    if "‘" in text or "’" in text:
        text = text.replace("‘", "'").replace("’", "'")
    if "“" in text or "”" in text:
        text = text.replace("“", '"').replace("”", '"')
    return text


def word_count(text: str) -> int:
    """Words, counting each character of scripts written without spaces."""
    if text.isascii():
        return len(_WORD.findall(text))
    wide = len(_WIDE.findall(text))
    return len(_WORD.findall(text)) + (wide // 2 if wide else 0)


# Characters that show nothing: a line of only these (a zero-width joiner a page editor left) is blank.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"


# Whitespace that `str.split` splits on, but for the space and the newline; and those of them in ASCII.
_OTHER_SPACES = re.compile(r"[^\S \n]")
_ASCII_OTHER_SPACES = ("\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


def single_spaced(text: str) -> bool:
    """Every line of `text` is already `" ".join(line.split())`: no space at
    either end, no two in a row, no whitespace but the space."""
    if "  " in text or "\n " in text or " \n" in text or text[:1] == " " or text[-1:] == " ":
        return False
    if text.isascii():
        return not any(map(text.__contains__, _ASCII_OTHER_SPACES))
    return _OTHER_SPACES.search(text) is None


def segment(text: str) -> list[Line]:
    """The non-blank lines of `text`, each with its spacing made single."""
    lines_in = text.split("\n")
    # Every space (NBSP too) counts as one; in the common case, the spacing is single already.
    cleaned = lines_in if single_spaced(text) else list(map(" ".join, map(str.split, lines_in)))
    if not text.isascii():
        cleaned = [c if c.isascii() or c.strip(INVISIBLE) else "" for c in cleaned]
    texts = list(filter(None, cleaned))
    numbers = compress(range(1, len(cleaned) + 1), cleaned)
    ascii_lines = list(map(str.isascii, texts))
    # The words of the ASCII lines in lower case, in one pass: there `\w` is [A-Za-z0-9_], and the rest made
    # spaces splits them (the words as written are found when asked: little reads them).
    ascii_lower = "\n".join(compress(texts, ascii_lines)).lower()
    plain_lower_words = map(str.split, ascii_lower.translate(_ASCII_NOT_WORD).split("\n"))
    plain_keys = iter(ascii_lower.split("\n"))
    lines: list[Line] = []
    # A line said again (a menu's item, a repeated heading) takes the tests its first saying settles (`Line._twin`).
    first_said: dict[str, Line] = {}
    ui_line, call_to_action, no_cta = vocab.ui_line, vocab.call_to_action, vocab.CTA_FIRST_WORDS.isdisjoint
    ui_words, ui_max = vocab.UI_WORDS, vocab.UI_MAX_CHARS
    for i, (number, clean, plain) in enumerate(zip(numbers, texts, ascii_lines, strict=True)):
        twin = first_said.get(clean)
        # What `vocab.ui_line` and `vocab.call_to_action` say, but that a line fails `ui_line` for want of a length
        # (`segment` made the spacing single) and `call_to_action` for want of a word every match needs
        # (`vocab.CTA_FIRST_WORDS`: a case-blind pattern of ASCII words matches a text free of `vocab.odd_case`
        # letters only where its words in lower case hold them); a line said again says what its first saying did.
        if plain:
            low = next(plain_lower_words)
            key = next(plain_keys)  # the line in lower case: what `ui_line` looks up where it prints
            if twin is not None:
                ui, cta = twin.ui, twin.call_to_action
            else:
                ui = len(clean) <= ui_max and (key in ui_words if key.isprintable() else ui_line(clean))
                cta = not no_cta(low) and call_to_action(clean)
            line = _made(i, number, clean, len(low), key, None, low, -1, twin, ui, cta)
        elif twin is not None:  # its words, key and wide characters as its twin's (found the same way)
            line = _made(i, number, clean, twin.words, twin.key, twin._tokens, twin.lower_tokens, twin._wide, twin,
                         twin.ui, twin.call_to_action)
        else:
            toks = _WORD.findall(clean)
            wide = len(_WIDE.findall(clean))
            low = list(map(str.lower, toks))
            ui = len(clean) <= ui_max and ui_line(clean)
            cta = (not no_cta(low) or vocab.odd_case(clean)) and call_to_action(clean)
            line = _made(i, number, clean, len(toks) + (wide // 2 if wide else 0), fold(clean), toks, low, wide, None,
                         ui, cta)
        if twin is None:
            first_said[clean] = line
        lines.append(line)
    if "\t" in text:
        for line in lines:
            line.cells = "\t" in lines_in[line.number - 1].strip()
    _settle(lines, ascii_lines)
    return lines


def _made(index: int, number: int, text: str, words: int, key: str, tokens: list[str] | None,
          lower_tokens: list[str], wide: int, twin: Line | None, ui: bool, call_to_action: bool) -> Line:
    """`Line(index, number, text, words, key=key, tokens=tokens, lower_tokens=lower_tokens, wide=wide, twin=twin,
    ui=ui, call_to_action=call_to_action)` for a line `segment` made (`twin`, when given, has its text and its
    words), each field set as it is: no keyword read, no default tested."""
    line = _new_line(Line)
    line.index, line.number, line.text, line.words, line.key = index, number, text, words, key
    line.label = line.rule = line.credit = ""
    line.cells = False
    line._tokens, line.lower_tokens, line._wide, line._twin = tokens, lower_tokens, wide, twin
    line._date = _UNSET
    line._credit = line._byline = line._date_line = line._marker = line._code = line.chrome = line.caption = None
    line.ui, line.call_to_action = ui, call_to_action
    return line


_new_line = Line.__new__


def _settle(lines: list[Line], ascii_lines: list[bool]) -> None:
    """Settle, for a whole page at once, the date of the ASCII lines that
    fail it for want of a year's digits or a slash (`YEAR_GATE` in the
    line's key); the other lines are tested when asked."""
    for line, plain in zip(lines, ascii_lines, strict=True):
        if plain:
            key = line.key
            if not (("19" in key or "20" in key or "/" in key) and YEAR_GATE.search(key)):  # YEAR_LITERALS
                line._date = None


def joined_keys(lines: list[Line]) -> tuple[str, list[int]]:
    """The lines' keys joined by newlines, and where each starts in that text
    (keys hold no newline: a match of a pattern free of newlines lies in one line)."""
    keys = [ln.key for ln in lines]
    return "\n".join(keys), list(accumulate(map(len, keys), _after_newline, initial=0))


def _after_newline(start: int, size: int) -> int:
    """Where the line after one of `size` characters starting at `start` starts (a newline between)."""
    return start + size + 1
