"""The Atom feed, the sitemap and robots.txt: pure functions from the config
and the (already filtered) list of pages to strings.

XML is built with ElementTree, never by string formatting, so every text is
escaped. URLs are absolute when `base_url` is set; without it they are
relative to the site root (where feed.xml and sitemap.xml live).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime, tzinfo
from urllib.parse import quote

from sitegen import listing
from sitegen.config import Config
from sitegen.model import LEAD_CHARS, Page

FEED_FILE = "feed.xml"
SITEMAP_FILE = "sitemap.xml"
ROBOTS_FILE = "robots.txt"
FEED_ENTRIES = 20  # the feed holds the newest this many documents
SUMMARY_CHARS = 300  # an entry without a summary gets this much of its text
ATOM_NS = "http://www.w3.org/2005/Atom"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
# The feed's date when no document has one: a fixed instant, never "now".
NO_DATE = datetime(1970, 1, 1, tzinfo=UTC)

# Characters XML 1.0 cannot carry at all (ElementTree would write them as they are).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def absolute_url(config: Config, url: str) -> str:
    """`url` (relative to the site root) as published: absolute under
    `base_url` when it is set, else unchanged. Non-ASCII is percent-encoded."""
    path = quote(url, safe="/")
    if not config.base_url:
        return path or "./"
    return config.base_url.rstrip("/") + "/" + path


def xml_text(text: str) -> str:
    """`text` without the characters XML cannot hold."""
    return _NOT_XML.sub("", text)


def rfc3339(when: datetime) -> str:
    """An Atom/sitemap timestamp; naive times are taken as UTC."""
    text = listing.instant(when).isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def summary_of(page: Page, limit: int = SUMMARY_CHARS) -> str:
    """The document's summary, or the start of its text cut at a word boundary."""
    if page.doc.meta.summary:
        return page.doc.meta.summary
    # The lead holds the text's start (and says whether it goes on): no need
    # for the whole body, which documents kept for listings do not carry.
    text = page.doc.lead if limit <= LEAD_CHARS else " ".join(page.doc.plain_text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:.") + "…"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _serialise(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _entry_id(config: Config, url: str) -> str:
    """A stable, absolute id: the page's URL, or a URN made from it without base_url."""
    return absolute_url(config, url) if config.base_url else "urn:sitegen:" + quote(url or "/", safe="/")


def stamps(page: Page) -> list[datetime]:
    """A page's published and updated dates, those it has."""
    meta = page.doc.meta
    return [d for d in (meta.published, meta.updated) if d is not None]


def feed_updated(pages: Iterable[Page]) -> datetime:
    """The newest date among the pages' published and updated dates (never the clock)."""
    return max((d for p in pages for d in stamps(p)), key=listing.instant, default=NO_DATE)


def feed_xml(config: Config, pages: list[Page], entries: int = FEED_ENTRIES) -> str:
    """The Atom feed of the newest `entries` documents, with summaries."""
    return feed_entries_xml(config, listing.newest_first(pages)[:entries], feed_updated(pages))


def feed_entries_xml(config: Config, newest: list[Page], updated: datetime) -> str:
    """The Atom feed of `newest` (the newest documents, newest first), dated `updated` (`feed_updated`)."""
    feed = ET.Element("feed", {"xmlns": ATOM_NS, "xml:lang": xml_text(config.language)})
    _sub(feed, "title", config.title)
    if config.description:
        _sub(feed, "subtitle", config.description)
    _sub(feed, "link", rel="alternate", type="text/html", href=absolute_url(config, ""))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=absolute_url(config, FEED_FILE))
    _sub(feed, "id", _entry_id(config, ""))
    _sub(feed, "updated", rfc3339(updated))
    author = _sub(feed, "author")
    _sub(author, "name", config.author or config.title)
    _sub(feed, "generator", "sitegen")
    for page in newest:
        meta = page.doc.meta
        entry = _sub(feed, "entry")
        _sub(entry, "title", meta.title)
        _sub(entry, "link", rel="alternate", type="text/html", href=absolute_url(config, page.url))
        _sub(entry, "id", _entry_id(config, page.url))
        if meta.published is not None:
            _sub(entry, "published", rfc3339(meta.published))
        _sub(entry, "updated", rfc3339(meta.updated or meta.published or updated))
        if meta.byline:
            _sub(_sub(entry, "author"), "name", meta.byline)
        for tag in meta.tags:
            _sub(entry, "category", term=tag)
        summary = summary_of(page)
        if summary:
            _sub(entry, "summary", summary, type="text")
    return _serialise(feed)


def sitemap_xml(config: Config, pages: list[Page], listing_urls: Iterable[str] = ()) -> str:
    """Every document's URL (with its last change) and the listing pages' URLs."""
    rows: dict[str, datetime | None] = {url: None for url in listing_urls}
    for page in pages:
        rows[page.url] = page.doc.meta.updated or page.doc.meta.published
    if not rows:
        return _serialise(ET.Element("urlset", {"xmlns": SITEMAP_NS}))
    # Each URL's entry is made once and kept: a sitemap made again after a change joins them.
    base = config.base_url
    entries = _ENTRIES
    parts = []
    for url in sorted(rows):
        lastmod = rows[url]
        entry = entries.get((base, url, lastmod, lastmod.tzinfo if lastmod is not None else None))
        parts.append(entry if entry is not None else _sitemap_entry(config, url, lastmod))
    return _SITEMAP_HEAD + "".join(parts) + _SITEMAP_TAIL


_SITEMAP_HEAD = f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n'
_SITEMAP_TAIL = "</urlset>\n"
# (base URL, URL, lastmod and its time zone) -> the URL's entry in a sitemap. The zone is part of
# the key: equal instants in other zones are equal datetimes, but are written otherwise.
_ENTRIES: dict[tuple[str, str, datetime | None, tzinfo | None], str] = {}
ENTRIES_MEMO_MAX = 200_000


def _sitemap_entry(config: Config, url: str, lastmod: datetime | None) -> str:
    """One URL's entry, as it is in a whole sitemap's text."""
    key = (config.base_url, url, lastmod, lastmod.tzinfo if lastmod is not None else None)
    entry = _ENTRIES.get(key)
    if entry is None:
        # As ElementTree writes it (indented, text escaped as its `_escape_cdata` does), many times faster.
        loc = html.escape(xml_text(absolute_url(config, url)), quote=False)
        stamp = f"    <lastmod>{rfc3339(lastmod)}</lastmod>\n" if lastmod is not None else ""
        entry = f"  <url>\n    <loc>{loc}</loc>\n{stamp}  </url>\n"
        if len(_ENTRIES) >= ENTRIES_MEMO_MAX:
            _ENTRIES.clear()
        _ENTRIES[key] = entry
    return entry


def robots_txt(config: Config) -> str:
    """Allow everything; name the sitemap when its absolute URL is known."""
    lines = ["User-agent: *", "Allow: /"]
    if config.base_url:
        lines += ["", f"Sitemap: {absolute_url(config, SITEMAP_FILE)}"]
    return "\n".join(lines) + "\n"
