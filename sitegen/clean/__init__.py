"""The cleaner: a scraped text dump in, the article's structure out.

`clean(text)` runs small pure stages: segment the text into lines, label each
line with named rules (title, meta, heading, paragraph, caption,
boilerplate...), then assemble the article. It touches no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sitegen.clean import rules
from sitegen.clean.byline import parse_byline
from sitegen.clean.dates import find_date
from sitegen.clean.lines import Line, segment
from sitegen.model import Block, BlockKind, LineLabel

NO_ARTICLE_WARNING = "no article text recognised; kept every line"


@dataclass(frozen=True)
class Article:
    """What the cleaner recovered from one text dump."""

    title: str
    summary: str
    byline: str
    published: datetime | None
    updated: datetime | None
    section_path: tuple[str, ...]
    blocks: tuple[Block, ...]
    labels: tuple[LineLabel, ...]
    warnings: tuple[str, ...]


def clean(text: str, reference_date: datetime | None = None) -> Article:
    """Recover the article in `text`."""
    lines = segment(text)
    title = rules.find_title(lines)
    section = rules.mark_before_title(lines, title)
    rules.mark_title_copies(lines, title)
    rules.mark_by_line(lines, reference_date)
    rules.mark_in_context(lines)
    rules.mark_dek(lines, title)
    warnings: list[str] = []
    if lines and not any(ln.label in rules.CONTENT for ln in lines):
        warnings.append(NO_ARTICLE_WARNING)
        for line in lines:
            if line is not title:
                line.mark(rules.PARAGRAPH, "fallback_keep_all")
    published, updated = _dates(lines, reference_date)
    return Article(
        title=title.text if title else "",
        summary=" ".join(ln.text for ln in lines if ln.label == rules.DEK),
        byline=next((parse_byline(ln.text) for ln in lines if ln.label == rules.BYLINE), ""),
        published=published,
        updated=updated,
        section_path=tuple(section),
        blocks=tuple(_blocks(lines)),
        labels=tuple(LineLabel(ln.number, ln.text, ln.label, ln.rule) for ln in lines),
        warnings=tuple(warnings),
    )


def _dates(lines: list[Line], reference: datetime | None) -> tuple[datetime | None, datetime | None]:
    published = updated = None
    for line in lines:
        if line.label != rules.META:
            continue
        when = find_date(line.text, reference)
        if when is None:
            continue
        if line.text.lower().startswith(("updated", "last updated", "modified")):
            updated = updated or when
        else:
            published = published or when
    return published, updated


def _blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    for line in lines:
        if line.label == rules.PARAGRAPH:
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))
        elif line.label == rules.HEADING:
            blocks.append(Block(BlockKind.HEADING, line.text, level=2))
        elif line.label == rules.CAPTION:
            blocks.append(Block(BlockKind.FIGURE, line.text))
    return blocks
