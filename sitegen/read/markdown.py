"""Markdown sources: front matter (title, date, summary, tags, draft, slug,
...) and a Markdown body, rendered to sanitised HTML."""

from __future__ import annotations

import html as htmllib
import re
from datetime import date, datetime, time
from typing import Any

import markdown
import nh3

from sitegen.errors import SourceError
from sitegen.model import Block, BlockKind, Document, Meta
from sitegen.read.frontmatter import split_front_matter

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
_STRING_FIELDS = ("title", "summary", "description", "author", "byline", "slug", "lang", "site_name")


def read_markdown(rel: str, text: str, reference_date: datetime | None = None) -> Document:
    """Read a Markdown source with optional front matter."""
    front, body, _ = split_front_matter(text, rel)
    fields = _string_fields(front, rel)
    title = fields.get("title", "")
    if not title:
        title, body = _take_h1(body)
    if not title:
        title = _title_from_name(rel)
    html, headings = _render(body)
    meta = Meta(
        title=title,
        summary=fields.get("summary") or fields.get("description", ""),
        byline=fields.get("author") or fields.get("byline", ""),
        published=_datetime(front.get("date"), rel, "date"),
        updated=_datetime(front.get("updated"), rel, "updated"),
        section_path=tuple(_string_list(front.get("section"), rel, "section")),
        site_name=fields.get("site_name", ""),
        tags=tuple(_string_list(front.get("tags"), rel, "tags")),
        draft=_bool(front.get("draft"), rel),
        slug=fields.get("slug") or None,
        lang=fields.get("lang") or None,
    )
    blocks = [Block(BlockKind.HTML, html)] if html.strip() else []
    # Headings stay inside the HTML; these entries give the outline (TOC,
    # documents.json) and carry the ids the HTML already has.
    outline = tuple(Block(BlockKind.HEADING, h_text, level, anchor=anchor) for level, h_text, anchor in headings)
    return Document(rel, meta, tuple(blocks), outline=outline)


def _render(body: str) -> tuple[str, list[tuple[int, str, str]]]:
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
    html = md.convert(body)
    tokens: list[dict[str, Any]] = getattr(md, "toc_tokens", [])
    top = _top_level(tokens)
    shift = 2 - top  # the document's top section level becomes <h2>
    html = _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(6, max(2, int(m.group(2)) + shift))}", html)
    html = nh3.clean(html, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, url_schemes=_URL_SCHEMES,
                     link_rel="noopener noreferrer")
    headings: list[tuple[int, str, str]] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            level = min(6, max(2, int(item["level"]) + shift))
            headings.append((level, htmllib.unescape(str(item["name"])), str(item["id"])))
            walk(item.get("children", []))

    walk(tokens)
    return html, headings


def _top_level(tokens: list[dict[str, Any]]) -> int:
    return min((int(t["level"]) for t in tokens), default=2)


def _take_h1(body: str) -> tuple[str, str]:
    """A leading `# Title` line is the title when front matter gives none."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _H1.match(line.strip())
        if match:
            return match.group(1).strip(), "\n".join(lines[:i] + lines[i + 1:])
        break
    return "", body


def _title_from_name(rel: str) -> str:
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[-_]+", " ", stem).strip().capitalize() or stem


def _string_fields(front: dict[str, Any], rel: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in _STRING_FIELDS:
        value = front.get(key)
        if value is None:
            continue
        if isinstance(value, (list, dict)):
            raise SourceError(f"front matter {key!r} must be text, not a {type(value).__name__}", rel)
        if isinstance(value, bool):  # YAML reads `title: no` as false: keep what was written
            value = "yes" if value else "no"
        out[key] = " ".join(str(value).split())
    return out


def _string_list(value: Any, rel: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [p.strip() for p in value.split(",") if p.strip()]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    raise SourceError(f"front matter {key!r} must be a list of strings", rel)


def _bool(value: Any, rel: str) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "yes", "false", "no"):
        return value.lower() in ("true", "yes")
    raise SourceError("front matter 'draft' must be true or false", rel)


def _datetime(value: Any, rel: str, key: str) -> datetime | None:
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
    raise SourceError(f"front matter {key!r} is not a date: {value!r}", rel)
