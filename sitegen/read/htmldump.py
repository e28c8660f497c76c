"""A saved web page -> the text a reader sees, and what its markup states.

`page_dump(html)` lays the page out as a browser's text copy would (one
line per block, a blank line around paragraphs and headings, list items
marked, table cells split by tabs), leaving out what no reader sees
(scripts, styles, hidden elements, forms' controls) and the page's own
navigation (`<nav>`, `<aside>`, and the site's header and footer when an
`<article>` or `<main>` holds the text). Beside the text it keeps what the
markup says outright: the `<h1>`..`<h6>` texts, figure captions, the
`<title>`, `<meta>` tags, JSON-LD article data and the page's language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

# Elements whose content no reader sees (or which are controls, not text).
_UNSEEN = frozenset({"script", "style", "template", "noscript", "svg", "math", "canvas", "iframe", "object",
                     "video", "audio", "select", "datalist", "textarea", "button", "dialog"})
# The page's own navigation and asides.
_CHROME = frozenset({"nav", "aside"})
# The site's header and footer, when they stand outside the article.
_FRAME = frozenset({"header", "footer"})
_CHROME_ROLES = frozenset({"navigation", "complementary", "search", "dialog", "alertdialog"})
_FRAME_ROLES = frozenset({"banner", "contentinfo"})
_ARTICLE = frozenset({"article", "main"})
# Elements whose end tag may be left out: never skipped as hidden (an unclosed
# one would hide the rest of the page).
_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody", "tfoot",
                           "colgroup", "rb", "rt", "rp", "optgroup", "html", "body"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
                    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup",
                    "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
                    "table", "tr", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "hr"})
# Blocks set off by a blank line above and below.
_SPACED = frozenset({"p", "blockquote", "pre", "figure", "ul", "ol", "dl", "table", "hr",
                     "h1", "h2", "h3", "h4", "h5", "h6"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CELLS = frozenset({"td", "th"})
# Class names that the usual stylesheets (Bootstrap, WordPress) hide, or keep for screen readers only.
_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "sr-only", "screen-reader-text", "visually-hidden",
                             "visuallyhidden"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HAS_ARTICLE = re.compile(r"<(?:article|main)\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
LIST_MARKER = "\u2022 "  # how a list item's line starts in the text
# JSON-LD types that describe the page's article.
_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|BlogPosting|WebPage", re.IGNORECASE)


@dataclass
class PageDump:
    """A saved page's text (`lines`) and what its markup states."""

    lines: list[str] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)  # (level 1-6, text), in page order
    captions: list[str] = field(default_factory=list)
    title_tag: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # a <meta>'s name, property or itemprop -> content
    linked_data: dict[str, Any] = field(default_factory=dict)  # the first JSON-LD article object
    lang: str = ""
    article: range = range(0)  # the indexes in `lines` of the page's article (its largest <article>, or <main>)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n" if self.lines else ""


def page_dump(html: str) -> PageDump:
    """Lay out the saved page `html` as text, keeping what its markup states."""
    opened = html.rfind("<!--")
    if opened >= 0 and html.find("-->", opened) < 0:  # a comment left open hides the rest, as in a browser
        html = html[:opened]
    parser = _DumpParser(frame_is_chrome=bool(_HAS_ARTICLE.search(html)))
    parser.feed(html)
    parser.close()
    return parser.finish()


def collapse(text: str) -> str:
    """Whitespace runs as one space, ends trimmed."""
    return _SPACES.sub(" ", text).strip()


class _DumpParser(HTMLParser):
    def __init__(self, frame_is_chrome: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.dump = PageDump()
        self._frame_is_chrome = frame_is_chrome
        self._line: list[str] = []
        self._skip_tag: str | None = None
        self._skip_depth = 0
        self._article_depth = 0
        self._pre_depth = 0
        self._cell = False  # a cell was written on this line
        self._heading: tuple[int, list[str]] | None = None
        self._caption: list[str] | None = None
        self._title: list[str] | None = None
        self._json: list[str] | None = None
        self._opened: list[tuple[str, int]] = []  # open <article>/<main> elements: (tag, first line)
        self._regions: list[tuple[str, range]] = []

    # -- tags --

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "html":
            self.dump.lang = self.dump.lang or _attr(attrs, "lang")
        if tag == "title" and self._title is None and not self.dump.title_tag:
            self._title = []
            return
        if tag not in _VOID and self._skipped(tag, attrs):
            self._skip_tag, self._skip_depth = tag, 1
            if tag == "script" and _attr(attrs, "type") == "application/ld+json":
                self._json = []
            return
        self._open(tag)
        if tag in _ARTICLE:
            self._opened.append((tag, len(self.dump.lines)))

    def _open(self, tag: str) -> None:
        """Lay out the start of a shown element."""
        if tag in _ARTICLE:
            self._article_depth += 1
        if tag == "br":
            self._flush()
        elif tag in _CELLS:
            if self._cell:
                self._line.append("\t")
            self._cell = True
        elif tag in _BLOCK:
            self._break(tag in _SPACED)
        if tag == "pre":
            self._pre_depth += 1
        elif tag == "li":
            self._line.append(LIST_MARKER)
        elif tag in _HEADINGS:
            self._heading = (_HEADINGS[tag], [])
        elif tag == "figcaption":
            self._caption = []

    def handle_endtag(self, tag: str) -> None:
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
                    self._end_json()
            return
        if tag == "title" and self._title is not None:
            self.dump.title_tag = collapse("".join(self._title))
            self._title = None
            return
        if tag in _ARTICLE:
            self._article_depth = max(0, self._article_depth - 1)
        if tag == "pre":
            self._flush(keep_spaces=True)
            self._pre_depth = max(0, self._pre_depth - 1)
        elif tag in _HEADINGS and self._heading is not None:
            text = collapse("".join(self._heading[1]))
            if text:
                self.dump.headings.append((self._heading[0], text))
            self._heading = None
        elif tag == "figcaption" and self._caption is not None:
            text = collapse("".join(self._caption))
            if text:
                self.dump.captions.append(text)
            self._caption = None
        if tag in _BLOCK:
            self._break(tag in _SPACED)
        if tag in _ARTICLE and self._opened:
            opened, first = self._opened.pop()
            self._regions.append((opened, range(first, len(self.dump.lines))))

    def handle_data(self, data: str) -> None:
        if self._skip_tag is not None:
            if self._json is not None:
                self._json.append(data)
            return
        if self._title is not None:
            self._title.append(data)
            return
        if self._pre_depth:
            first, *rest = data.split("\n")
            self._line.append(first)
            for part in rest:
                self._flush(keep_spaces=True)
                self._line.append(part)
        else:
            self._line.append(_SPACES.sub(" ", data))
        for capture in (self._heading[1] if self._heading else None, self._caption):
            if capture is not None:
                capture.append(data)

    # -- what is left out --

    def _skipped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _UNSEEN or tag in _CHROME:
            return True
        role = _attr(attrs, "role").lower()
        if role in _CHROME_ROLES:
            return True
        outside = self._frame_is_chrome and self._article_depth == 0
        if outside and (tag in _FRAME or role in _FRAME_ROLES):
            return True
        if tag in _OPTIONAL_END:
            return False
        return (any(name == "hidden" for name, _ in attrs) or _attr(attrs, "aria-hidden").lower() == "true"
                or bool(_HIDDEN_STYLE.search(_attr(attrs, "style")))
                or not _HIDDEN_CLASSES.isdisjoint(_attr(attrs, "class").split()))

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        key = (_attr(attrs, "property") or _attr(attrs, "name") or _attr(attrs, "itemprop")).strip().lower()
        content = collapse(_attr(attrs, "content"))
        if key and content and key not in self.dump.meta:
            self.dump.meta[key] = content

    def _end_json(self) -> None:
        if self._json is None:
            return
        raw, self._json = "".join(self._json), None
        if self.dump.linked_data:
            return
        try:
            data = json.loads(raw)
        except ValueError:
            return  # a page's broken JSON-LD says nothing
        self.dump.linked_data = next(_article_objects(data), {})

    # -- lines --

    def _flush(self, keep_spaces: bool = False) -> None:
        if not self._line:
            self._cell = False
            return
        text = "".join(self._line)
        text = text.rstrip() if keep_spaces else "\t".join(collapse(cell) for cell in text.split("\t")).strip()
        if text.strip() and text.strip() != LIST_MARKER.strip():
            self.dump.lines.append(text)
        self._line = []
        self._cell = False

    def _break(self, blank: bool) -> None:
        self._flush()
        if blank and self.dump.lines and self.dump.lines[-1] != "":
            self.dump.lines.append("")

    def finish(self) -> PageDump:
        self._flush()
        while self.dump.lines and self.dump.lines[-1] == "":
            self.dump.lines.pop()
        end = len(self.dump.lines)
        self._regions = [(tag, range(min(span.start, end), min(span.stop, end))) for tag, span in self._regions]
        self._regions += [(tag, range(min(first, end), end)) for tag, first in self._opened]  # never closed
        self.dump.article = self._main_region()
        return self.dump

    def _main_region(self) -> range:
        """The largest <article> by its text, else the largest <main>."""
        lines = self.dump.lines
        for wanted in ("article", "main"):
            spans = [span for tag, span in self._regions if tag == wanted]
            if spans:
                return max(spans, key=lambda span: sum(len(lines[i]) for i in span))
        return range(0)


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str:
    for key, value in attrs:
        if key == name:
            return value or ""
    return ""


def _article_objects(data: Any) -> Iterator[dict[str, Any]]:
    """JSON-LD objects that describe an article, outermost first."""
    if isinstance(data, list):
        for item in data:
            yield from _article_objects(item)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds) and (
                "headline" in data or "datePublished" in data):
            yield data
        yield from _article_objects(data.get("@graph"))
