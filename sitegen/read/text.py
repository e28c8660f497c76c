"""Scraped text dumps: run the cleaner and wrap its result as a Document."""

from __future__ import annotations

from datetime import datetime

from sitegen.clean import clean
from sitegen.model import Document, Meta


def read_text(rel: str, text: str, reference_date: datetime | None = None) -> Document:
    article = clean(text, reference_date)
    title = article.title or rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    meta = Meta(
        title=title,
        summary=article.summary,
        byline=article.byline,
        published=article.published,
        updated=article.updated,
        section_path=article.section_path,
        site_name=article.site_name,
    )
    return Document(rel, meta, article.blocks, warnings=article.warnings, report=article.labels)
