"""The document model: the contract between reading/cleaning and rendering.

A `Document` is what a reader returns from a source's text: metadata plus a
sequence of `Block`s of a closed set of kinds. Templates render blocks; text is
escaped by jinja2; only `HTML` blocks carry markup, and those were sanitised by
the reader that made them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cache, cached_property


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST = "list"
    ORDERED_LIST = "ordered_list"
    QUOTE = "quote"
    FIGURE = "figure"
    CODE = "code"
    HTML = "html"


@dataclass(frozen=True)
class Block:
    """One block of a document body.

    `text` holds the paragraph, heading, quote or code text, the figure's
    caption, or (for HTML) sanitised markup. `items` holds list items;
    `level` a heading's level (2..6); `credit` a figure's photo credit;
    `anchor` a heading's id.
    """

    kind: BlockKind
    text: str = ""
    level: int = 0
    items: tuple[str, ...] = ()
    credit: str = ""
    anchor: str = ""


@dataclass(frozen=True)
class Meta:
    """What a document says about itself (front matter or recovered by the cleaner)."""

    title: str
    summary: str = ""
    byline: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    section_path: tuple[str, ...] = ()
    site_name: str = ""
    tags: tuple[str, ...] = ()
    draft: bool = False
    slug: str | None = None
    lang: str | None = None

    @property
    def date(self) -> datetime | None:
        """The date a reader sees first: published, else updated."""
        return self.published or self.updated


@dataclass(frozen=True)
class LineLabel:
    """How the cleaner read one input line, and which rule decided it."""

    number: int
    text: str
    label: str
    rule: str


@dataclass(frozen=True)
class Document:
    """A read (and, for scraped text, cleaned) source."""

    source: str
    meta: Meta
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    outline: tuple[Block, ...] = ()
    report: tuple[LineLabel, ...] = field(default=(), compare=False)

    def __getstate__(self) -> dict[str, object]:
        # Values cached by `cached_property` are made again, never pickled.
        return {k: v for k, v in self.__dict__.items() if k not in _CACHED}

    @property
    def headings(self) -> list[Block]:
        """Section headings in order: the outline when the body is HTML,
        else the heading blocks."""
        return list(self.outline) or [b for b in self.blocks if b.kind is BlockKind.HEADING]

    @cached_property
    def plain_text(self) -> str:
        """The body as plain text (for word counts and search), made once per document."""
        parts: list[str] = []
        for b in self.blocks:
            if b.kind is BlockKind.HTML:
                parts.append(strip_tags(b.text))
            elif b.items:
                parts.extend(b.items)
            else:
                parts.append(b.text)
        return "\n".join(p for p in parts if p)

    @cached_property
    def words(self) -> int:
        return count_words(self.plain_text)

    @property
    def lead(self) -> str:
        """The start of the body text, whitespace collapsed: its first
        `LEAD_CHARS` characters and one more when the text goes on (enough for
        any summary cut at `LEAD_CHARS` or fewer)."""
        return lead_of(self.plain_text)


@dataclass(frozen=True)
class Page:
    """A document placed in the site: its URL (relative to the root, ending in
    '/') and output file (relative to the output folder)."""

    doc: Document
    url: str
    file: str


LEAD_CHARS = 400
_CACHED = ("plain_text", "words")
_TAG = re.compile(r"<[^>]*>")
_WIDE_CHARS = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"


@cache
def _wide() -> re.Pattern[str]:
    """Characters of scripts written without spaces (compiled on first use: it takes milliseconds)."""
    return re.compile(_WIDE_CHARS)


def strip_tags(html: str) -> str:
    return _TAG.sub(" ", html)


# ASCII byte -> b" " for what `str.split()` splits at, else b"x": a word of
# ASCII text starts at each b"x" that follows a b" " (or starts the text).
_WORD_SHAPE = bytes(0x20 if chr(c).isspace() else 0x78 for c in range(128)) + b"x" * 128


def count_words(text: str) -> int:
    """Words in `text`; in scripts written without spaces (CJK) each character
    counts as a word, so reading time stays meaningful."""
    if text.isascii():  # `len(text.split())`, counted in C without making the words
        shape = text.encode("ascii").translate(_WORD_SHAPE)
        return shape.count(b" x") + shape.startswith(b"x")
    if not _wide().search(text):
        return len(text.split())
    words = 0
    wide_chars = _wide()
    for token in text.split():
        wide = len(wide_chars.findall(token))
        words += wide if wide > 1 else 1
    return words


def lead_of(text: str) -> str:
    """`text` with whitespace collapsed, cut to `LEAD_CHARS` + 1 characters.
    A head of the text folds to a start of the whole folded text (only its
    last word may be cut short), so a head whose folding is long enough
    gives the same lead."""
    for size in (LEAD_CHARS * 2, LEAD_CHARS * 8):  # enough text for the lead unless it is mostly whitespace
        folded = " ".join(text[:size].split())
        if len(folded) > LEAD_CHARS or size >= len(text):
            return folded[:LEAD_CHARS + 1]
    return " ".join(text.split())[:LEAD_CHARS + 1]
