"""Saved web pages (`.html`): the page laid out as text and cleaned like a
text dump, then corrected by what its markup states outright.

The cleaner reads the text a reader sees (`htmldump.page_dump`); where the
markup says more, the markup wins: the `<h1>` that matches the page's own
title (`og:title`, JSON-LD `headline`, `<title>`) is the title, `<h2>`..`<h6>`
are the section headings (with their levels) and nothing else is,
`<figcaption>`s are captions, and the publication date, author, summary,
site name and language come from `<meta>` tags and JSON-LD when the page
gives them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from sitegen.clean import Article, clean
from sitegen.errors import SourceError
from sitegen.model import Block, BlockKind, Document, Meta
from sitegen.read.htmldump import PageDump, collapse, page_dump

NO_TEXT = "no visible text in the page; skipped"
# An <h1> (or <h2>) is the page's title when its words and the page's own
# title's overlap this much (shared words over all words of both).
TITLE_MIN_OVERLAP = 0.5
TOP_LEVEL = 2
_WORD = re.compile(r"\w+")
# The last separator of "Title | Site" (none after it).
_TITLE_SUFFIX = re.compile(r"\s[|\u2013\u2014-]\s(?!.*\s[|\u2013\u2014-]\s)")
_TITLE_KEYS = ("og:title", "twitter:title")
_PUBLISHED_KEYS = ("article:published_time", "datepublished", "og:published_time", "date", "dc.date",
                   "dcterms.created", "pubdate")
_UPDATED_KEYS = ("article:modified_time", "datemodified", "og:updated_time", "dcterms.modified")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator")
_SUMMARY_KEYS = ("description", "og:description", "twitter:description")


def read_html(rel: str, text: str, reference_date: datetime | None = None) -> Document:
    """Read the saved page `text` (source `rel`)."""
    dump, article = clean_page(rel, text, reference_date)
    title = page_title(dump) or article.title or rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    ld = dump.linked_data
    published = _date(dump, _PUBLISHED_KEYS, ld.get("datePublished")) or article.published
    updated = _date(dump, _UPDATED_KEYS, ld.get("dateModified")) or article.updated
    meta = Meta(
        title=title,
        summary=article.summary or _first(dump, _SUMMARY_KEYS, ld.get("description")),
        byline=article.byline or _author(dump),
        published=published,
        updated=None if updated == published else updated,
        section_path=article.section_path,
        site_name=dump.meta.get("og:site_name", "") or article.site_name,
        lang=dump.lang.strip() or None,
    )
    blocks = with_markup(article.blocks, title, dump)
    return Document(rel, meta, blocks, warnings=article.warnings, report=article.labels)


def clean_page(rel: str, text: str, reference_date: datetime | None = None) -> tuple[PageDump, Article]:
    """The saved page `text` laid out, and the cleaner's reading of that layout."""
    dump = page_dump(text)
    if not dump.lines:
        raise SourceError(NO_TEXT, rel)
    return dump, clean(dump.text, reference_date, in_article=range(dump.article.start + 1, dump.article.stop + 1))


def page_title(dump: PageDump) -> str:
    """The page's headline: the `<h1>` (else `<h2>`) closest to the title the
    page gives itself, else that title without its site's name."""
    own = [t for t in (*(dump.meta.get(k, "") for k in _TITLE_KEYS), _text(dump.linked_data.get("headline")),
                       dump.title_tag) if t]
    if not own:
        return next((text for level, text in dump.headings if level == 1), "")
    for wanted in (1, 2):
        shown = [text for level, text in dump.headings if level == wanted]
        best = max(shown, key=lambda t: _likeness(t, own), default="")
        if best and _likeness(best, own) >= TITLE_MIN_OVERLAP:
            return best
    return _without_site(own[0], dump.meta.get("og:site_name", ""))


def _without_site(title: str, site: str) -> str:
    """"Title | Site" -> "Title": the last part goes when it is the site's
    name, or (no name given) when a pipe sets it off."""
    match = _TITLE_SUFFIX.search(title)
    if match is None:
        return title
    suffix = title[match.end():]
    if (site and _key(suffix) == _key(site)) or (not site and match.group(0).strip() == "|"):
        return title[:match.start()].rstrip()
    return title


def with_markup(blocks: tuple[Block, ...], title: str, dump: PageDump) -> tuple[Block, ...]:
    """The cleaner's blocks, corrected by the markup: the title not repeated,
    headings exactly the `<h2>`..`<h6>` (levels kept, the shallowest as 2,
    an `<h1>` other than the title as the shallowest), captions as figures."""
    shown = [(level, text) for level, text in dump.headings if _key(text) != _key(title)]
    top = min((level for level, _ in shown), default=TOP_LEVEL)
    levels: dict[str, int] = {}
    for level, text in shown:
        levels.setdefault(_key(text), min(6, TOP_LEVEL + level - top))
    captions = {_key(text) for text in dump.captions}
    out: list[Block] = []
    for block in blocks:
        key = _key(block.text)
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.FIGURE) and key == _key(title):
            continue
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and key in levels:
            block = replace(block, kind=BlockKind.HEADING, level=levels[key])
        elif block.kind is BlockKind.HEADING:
            block = replace(block, kind=BlockKind.PARAGRAPH, level=0)
        elif block.kind is BlockKind.PARAGRAPH and key in captions:
            block = replace(block, kind=BlockKind.FIGURE)
        out.append(block)
    return tuple(out)


def _key(text: str) -> str:
    return collapse(text).casefold()


def _likeness(text: str, titles: list[str]) -> float:
    """The best share of words `text` and one of `titles` have in common."""
    words = set(_WORD.findall(text.casefold()))
    best = 0.0
    for title in titles:
        other = set(_WORD.findall(title.casefold()))
        if words and other:
            best = max(best, len(words & other) / len(words | other))
    return best


def _text(value: Any) -> str:
    return collapse(value) if isinstance(value, str) else ""


def _first(dump: PageDump, keys: tuple[str, ...], linked: Any = None) -> str:
    return next((dump.meta[k] for k in keys if dump.meta.get(k)), "") or _text(linked)


def _author(dump: PageDump) -> str:
    """The author the page names (not a link to a profile)."""
    names = [dump.meta[k] for k in _AUTHOR_KEYS if dump.meta.get(k)]
    author = dump.linked_data.get("author")
    for person in author if isinstance(author, list) else [author]:
        name = person.get("name") if isinstance(person, dict) else person
        if isinstance(name, str):
            names.append(collapse(name))
    return next((n for n in names if n and "://" not in n and not n.startswith("@")), "")


def _date(dump: PageDump, keys: tuple[str, ...], linked: Any) -> datetime | None:
    for value in (*(dump.meta.get(k, "") for k in keys), _text(linked)):
        if value:
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
    return None
