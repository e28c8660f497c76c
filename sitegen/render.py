"""Rendering: one jinja2 environment (autoescape on, StrictUndefined) that
turns pages into HTML strings. It writes nothing."""

from __future__ import annotations

import functools
import json
from datetime import datetime
from typing import Any

import jinja2

from sitegen import __version__, urls
from sitegen.config import Config
from sitegen.listing import IndexPage
from sitegen.model import BlockKind, Page
from sitegen.theme import theme_dir

WORDS_PER_MINUTE = 230
LINKS_REMEMBERED = 1 << 16


# Listings link the same pages build after build: relative links are remembered.
_relative = functools.lru_cache(maxsize=LINKS_REMEMBERED)(urls.relative)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


class Renderer:
    """Renders pages with the site's own templates first, then the theme's."""

    def __init__(self, config: Config) -> None:
        self.config = config
        loaders: list[jinja2.BaseLoader] = []
        if config.templates_dir.is_dir():
            loaders.append(jinja2.FileSystemLoader(config.templates_dir))
        loaders.append(jinja2.FileSystemLoader(theme_dir("templates")))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["iso"] = _iso
        self.env.filters["human_date"] = human_date
        self.env.filters["reading_time"] = reading_time
        self.env.filters["slugify"] = urls.slugify
        self.env.globals.update(BlockKind=BlockKind, version=__version__, site=config)

    def render(self, template: str, url: str, **extra: Any) -> str:
        """Render `template` for the page at `url`; `link(target)` in it gives
        relative links from that page."""

        def link(target: str) -> str:
            return _relative(url, target)

        context = {"url": url, "root": urls.root_prefix(url), "link": link, **extra}
        return self.env.get_template(template).render(context)

    def page(self, page: Page, newer: Page | None, older: Page | None) -> str:
        return self.render("page.html", page.url, page=page, doc=page.doc, meta=page.doc.meta,
                           newer=newer, older=older)

    def index(self, index: IndexPage) -> str:
        return self.render("index.html", index.url, index=index)


def documents_json(pages: list[Page]) -> str:
    """The machine-readable list of documents (the output contract): the
    text `json.dumps(entries, ensure_ascii=False, indent=1)` gives for the
    pages' entries (source, url, file, title, date, summary, headings,
    words), each string encoded by json's own encoder in C (with an indent,
    `json.dumps` runs its encoder in Python, a few times slower;
    tests/test_read_shortcuts.py checks the two agree)."""
    ordered = sorted(pages, key=lambda p: p.doc.source)
    if not ordered:
        return "[]\n"
    return "[\n" + ",\n".join(map(_document_entry, ordered)) + "\n]\n"


_text = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) encodes a string with


def _document_entry(p: Page) -> str:
    """One entry of `documents_json`, as `json.dumps(indent=1)` lays it out at depth 1."""
    meta = p.doc.meta
    heads = [h.text for h in p.doc.headings]
    headings = "[\n   " + ",\n   ".join(map(_text, heads)) + "\n  ]" if heads else "[]"
    when = _iso(meta.date)
    return (f' {{\n  "source": {_text(p.doc.source)},\n  "url": {_text(p.url)},\n  "file": {_text(p.file)},'
            f'\n  "title": {_text(meta.title)},\n  "date": {_text(when) if when else "null"},'
            f'\n  "summary": {_text(meta.summary)},\n  "headings": {headings},'
            f'\n  "words": {int.__repr__(p.doc.words)}\n }}')


def _iso(when: datetime | None) -> str:
    return when.isoformat() if when is not None else ""


def human_date(when: datetime | None) -> str:
    if when is None:
        return ""
    text = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
    if when.hour or when.minute:
        text += f", {when.hour:02d}:{when.minute:02d}"
        offset = when.utcoffset()
        if offset is not None:
            minutes = int(offset.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "-"
            text += f" UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}" if minutes else " UTC"
    return text


def reading_time(words: int) -> str:
    return f"{max(1, round(words / WORDS_PER_MINUTE))} min read"
