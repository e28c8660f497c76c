"""Markdown sources: front matter (title, date, summary, tags, draft, slug,
...) and a Markdown body, rendered to sanitised HTML."""

from __future__ import annotations

import html as htmllib
import re
import threading
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

import markdown
import nh3

from sitegen.errors import SourceError
from sitegen.model import Block, BlockKind, Document, Meta
from sitegen.read.frontmatter import FrontMatter, read_front_matter
from sitegen.read.mdguard import guard
from sitegen.read.mdplain import plain_html
from sitegen.read.mdquick import quicken

EXTENSIONS = ["extra", "sane_lists", "toc"]
EXTENSION_CONFIGS = {"toc": {"permalink": False, "toc_depth": "1-6"}}

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "dfn",
    "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}
_ALLOWED_ATTRIBUTES = {
    "*": {"id", "title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "time": {"datetime"},
    "ol": {"start", "type"},
    "code": {"class"},
}
_URL_SCHEMES = {"http", "https", "mailto"}

_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$")
_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")
MAX_SHOWN = 60  # characters of a bad value quoted in an error
_STRING_FIELDS = ("title", "summary", "description", "author", "byline", "slug", "lang", "site_name")


def read_markdown(rel: str, text: str, reference_date: datetime | None = None) -> Document:
    """Read a Markdown source with optional front matter."""
    front = read_front_matter(text, rel)
    warnings: list[str] = []
    fields = _string_fields(front, rel, warnings)
    body = front.body
    title = fields.get("title", "")
    if not title:
        title, body = _take_h1(body)
    if not title:
        title = _title_from_name(rel)
    plain = plain_html(body)
    if plain is not None:
        # Plain Markdown: nothing in it nests or makes the parser scan (the guard leaves it as it is),
        # and its HTML holds nothing to sanitise (tests/test_read_shortcuts.py checks both).
        html, headings = _shifted(*plain)
    else:
        guarded = guard(body, front.lines_taken + 1)
        warnings.extend(guarded.warnings)
        html, headings = _render(guarded.body, warnings)
        html = sanitize(guarded.restore(html))
    meta = Meta(
        title=title,
        summary=fields.get("summary") or fields.get("description", ""),
        byline=fields.get("author") or fields.get("byline", ""),
        published=_datetime(front, rel, "date"),
        updated=_datetime(front, rel, "updated"),
        section_path=tuple(_string_list(front, rel, "section")),
        site_name=fields.get("site_name", ""),
        tags=tuple(_string_list(front, rel, "tags")),
        draft=_bool(front, rel),
        slug=fields.get("slug") or None,
        lang=fields.get("lang") or None,
    )
    blocks = [Block(BlockKind.HTML, html)] if html.strip() else []
    # Headings stay inside the HTML; these entries give the outline (TOC,
    # documents.json) and carry the ids the HTML already has.
    outline = tuple(Block(BlockKind.HEADING, h_text, level, anchor=anchor) for level, h_text, anchor in headings)
    return Document(rel, meta, tuple(blocks), warnings=tuple(warnings), outline=outline)


_PARSERS = threading.local()


def _parser() -> markdown.Markdown:
    """This thread's Markdown parser, reset (making one costs more than most documents' parsing)."""
    md: markdown.Markdown | None = getattr(_PARSERS, "md", None)
    if md is None:
        md = _PARSERS.md = quicken(markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS))
    return md.reset()


def _render(body: str, warnings: list[str]) -> tuple[str, list[tuple[int, str, str]]]:
    """The body's HTML, its section levels shifted so the top one is <h2>,
    and its headings as (level, text, id)."""
    rendered = plain_html(body) or _parse(body, warnings)
    if rendered is None:
        paragraphs = (p.strip() for p in body.split("\n\n"))
        return "".join(f"<p>{htmllib.escape(p)}</p>\n" for p in paragraphs if p), []
    return _shifted(*rendered)


def _shifted(html: str, found: list[tuple[int, str, str]]) -> tuple[str, list[tuple[int, str, str]]]:
    """The HTML and headings with section levels shifted so the top one is <h2>."""
    shift = 2 - min((level for level, _, _ in found), default=2)
    if shift or "<h1" in html or "</h1" in html:  # else every level stays as it is
        html = _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(6, max(2, int(m.group(2)) + shift))}", html)
    return html, [(min(6, max(2, level + shift)), text, anchor) for level, text, anchor in found]


def _parse(body: str, warnings: list[str]) -> tuple[str, list[tuple[int, str, str]]] | None:
    """Python-Markdown's HTML and headings (level, text, id), in order; None
    (with a warning) when the body is nested too deeply to parse."""
    md = _parser()
    try:
        html = md.convert(body)
    except RecursionError:  # a construct nested deeper than the guard knows (e.g. `*` runs)
        _PARSERS.md = None  # its state is not to be trusted
        warnings.append("too deeply nested for the Markdown parser; shown as plain text")
        return None
    found: list[tuple[int, str, str]] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            found.append((int(item["level"]), htmllib.unescape(str(item["name"])), str(item["id"])))
            walk(item.get("children", []))

    walk(getattr(md, "toc_tokens", []))
    return html, found


_CLEANERS = threading.local()


def sanitize(html: str) -> str:
    """Keep only allowlisted tags, attributes and URL schemes (http, https,
    mailto, and relative links); every link gets rel="noopener noreferrer"."""
    cleaner: Callable[[str], str] | None = getattr(_CLEANERS, "clean", None)
    if cleaner is None:
        options: dict[str, Any] = {"tags": _ALLOWED_TAGS, "attributes": _ALLOWED_ATTRIBUTES,
                                   "url_schemes": _URL_SCHEMES, "link_rel": "noopener noreferrer"}
        # One sanitiser for the thread, its allowlists made once (nh3 >= 0.3).
        made = getattr(nh3, "Cleaner", None)
        if made is not None:
            cleaner = made(**options).clean
        else:
            def cleaner(text: str) -> str:
                return nh3.clean(text, **options)
        _CLEANERS.clean = cleaner
    return cleaner(html)


def _take_h1(body: str) -> tuple[str, str]:
    """A leading `# Title` line is the title when front matter gives none."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _H1.match(line.strip())
        if match:
            return match.group(1).strip(), "\n".join(lines[:i] + [""] + lines[i + 1:])  # keeps line numbers
        break
    return "", body


def _title_from_name(rel: str) -> str:
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[-_]+", " ", stem).strip().capitalize() or stem


def _string_fields(front: FrontMatter, rel: str, warnings: list[str]) -> dict[str, str]:
    """Text fields as text: YAML's `no`/`yes` stay words, dates and numbers
    their written form, nulls are absent, lists of plain values are joined."""
    out: dict[str, str] = {}
    for key in _STRING_FIELDS:
        value = front.data.get(key)
        if value is None:
            continue
        if isinstance(value, list) and all(_is_plain(v) for v in value):
            warnings.append(f"front matter {key!r} is a list; its items were joined with commas")
            value = ", ".join(_plain_text(v) for v in value if v is not None)
        elif not _is_plain(value):
            raise SourceError(f"front matter {key!r} must be text, not a {type(value).__name__}", rel,
                              front.line_of(key))
        out[key] = " ".join(_plain_text(value).split())
    return out


def _is_plain(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, date, time))


def _plain_text(value: Any) -> str:
    if isinstance(value, bool):  # YAML reads `title: no` as false: keep what was written
        return "yes" if value else "no"
    return "" if value is None else str(value)


def _string_list(front: FrontMatter, rel: str, key: str) -> list[str]:
    value = front.data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [p.strip() for p in value.split(",") if p.strip()]
    if isinstance(value, list) and all(_is_plain(v) for v in value):
        return [_plain_text(v).strip() for v in value if _plain_text(v).strip()]
    raise SourceError(f"front matter {key!r} must be a list of strings", rel, front.line_of(key))


def _bool(front: FrontMatter, rel: str) -> bool:
    value = front.data.get("draft")
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "yes", "false", "no"):
        return value.lower() in ("true", "yes")
    raise SourceError("front matter 'draft' must be true or false", rel, front.line_of("draft"))


def _datetime(front: FrontMatter, rel: str, key: str) -> datetime | None:
    value = front.data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            pass
    shown = repr(value)[:MAX_SHOWN] if _is_plain(value) else f"a {type(value).__name__}"
    raise SourceError(f"front matter {key!r} is not a date: {shown}", rel, front.line_of(key))
