"""Listings: order pages, paginate indexes, prev/next neighbours (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sitegen.model import Page

PER_PAGE = 50


@dataclass(frozen=True)
class IndexPage:
    """One page of the index: its URL, its pages, and its neighbours' URLs."""

    url: str
    number: int
    total: int
    pages: tuple[Page, ...]
    prev_url: str | None
    next_url: str | None


def instant(when: datetime) -> datetime:
    """`when` comparable with any other: a naive time is taken as UTC."""
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _sort_key(page: Page) -> tuple[float, str, str]:
    when = page.doc.meta.date
    stamp = 0.0 if when is None else instant(when).timestamp()
    return (-stamp, page.doc.meta.title.casefold(), page.url)


def newest_first(pages: list[Page]) -> list[Page]:
    """Dated pages newest first, then undated ones; ties by title then URL."""
    dated = sorted((p for p in pages if p.doc.meta.date is not None), key=_sort_key)
    undated = sorted((p for p in pages if p.doc.meta.date is None), key=_sort_key)
    return dated + undated


def index_url(number: int) -> str:
    return "" if number == 1 else f"page/{number}/"


def paginate(pages: list[Page], per_page: int = PER_PAGE) -> list[IndexPage]:
    """Split `pages` into index pages of `per_page` each (at least one page)."""
    return [index_page(pages, n, per_page) for n in range(1, index_count(len(pages), per_page) + 1)]


def index_count(count: int, per_page: int = PER_PAGE) -> int:
    """How many index pages list `count` pages (at least one)."""
    return max(-(-count // per_page), 1)


def index_page(pages: list[Page], number: int, per_page: int = PER_PAGE) -> IndexPage:
    """Index page `number` (from 1) of `paginate(pages, per_page)`, alone."""
    total = index_count(len(pages), per_page)
    return IndexPage(
        url=index_url(number),
        number=number,
        total=total,
        pages=tuple(pages[(number - 1) * per_page:number * per_page]),
        prev_url=index_url(number - 1) if number > 1 else None,
        next_url=index_url(number + 1) if number < total else None,
    )


def neighbours(ordered: list[Page]) -> dict[str, tuple[Page | None, Page | None]]:
    """For each page URL: (newer page, older page) in listing order."""
    out: dict[str, tuple[Page | None, Page | None]] = {}
    for i, page in enumerate(ordered):
        newer = ordered[i - 1] if i > 0 else None
        older = ordered[i + 1] if i + 1 < len(ordered) else None
        out[page.url] = (newer, older)
    return out


def is_published(when: datetime | None, now: datetime | None) -> bool:
    """False for documents dated after `now` (future posts)."""
    if when is None or now is None:
        return True
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when <= now
