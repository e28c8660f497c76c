"""The cleaner: a scraped text dump in, the article's structure out.

`clean(text)` runs small pure stages: segment the text into lines, measure
each line (`features`), score the lines with small learned models (title,
line, revision with neighbours, heading: `learned`), apply the named rules
that read metadata (dates, bylines, captions, breadcrumbs: `rules`), then
assemble the article (`structure`). It touches no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sitegen.clean import rules, structure
from sitegen.clean.byline import parse_byline
from sitegen.clean.dates import find_date
from sitegen.clean.lines import Line, segment
from sitegen.model import Block, LineLabel

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
    title = rules.label_lines(lines, reference_date)
    section = rules.section_path(lines, title)
    warnings: list[str] = []
    if lines and not any(ln.label in rules.CONTENT for ln in lines):
        warnings.append(NO_ARTICLE_WARNING)
        for line in lines:
            if line is not title:
                line.mark(rules.PARAGRAPH, "fallback_keep_all")
    published, updated = _dates(lines, reference_date)
    return Article(
        title=rules.title_text(lines, title),
        summary=" ".join(ln.text for ln in lines if ln.label == rules.DEK),
        byline=next((parse_byline(ln.text) for ln in lines if ln.label == rules.BYLINE), ""),
        published=published,
        updated=updated,
        section_path=tuple(section),
        blocks=tuple(structure.blocks(lines)),
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
        if rules.is_update_line(line.text):
            updated = updated or when
        else:
            published = published or when
    return published, updated
