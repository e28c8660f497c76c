"""Slugs, output paths and relative links (pure functions)."""

from __future__ import annotations

import re
import unicodedata
from posixpath import relpath

_UNSAFE = re.compile(r"[\x00-\x1f\x7f<>:\"\\|?*#%&{}^~\[\]`'!$()+,;=@]+")
_DASHES = re.compile(r"[\s\-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
MAX_PART_BYTES = 200


def slugify(text: str) -> str:
    """A URL-safe, lower-case path part that keeps letters of any script."""
    text = unicodedata.normalize("NFC", text).strip().lower()
    text = _UNSAFE.sub("", text)
    text = _DASHES.sub("-", text).strip("-.")
    if text in _RESERVED:
        text += "-"
    while len(text.encode("utf-8")) > MAX_PART_BYTES:
        text = text[:-1]
    return text.strip("-.") or "untitled"


def document_url(rel: str, slug: str | None = None) -> str:
    """The URL (relative to the site root, ending in '/') of the page for
    content file `rel`; a front-matter slug replaces the last part."""
    parts = rel.split("/")
    parts[-1] = slug if slug else parts[-1].rsplit(".", 1)[0]
    return "/".join(slugify(p) for p in parts) + "/"


def url_to_file(url: str) -> str:
    """The output file (relative to the output folder) that serves `url`."""
    return url + "index.html" if url.endswith("/") or not url else url


def relative(from_url: str, to_url: str) -> str:
    """A link from page `from_url` to `to_url` (both relative to the root).
    Links to folders name their index.html, so the site also works from file://."""
    target = url_to_file(to_url)
    base = from_url if from_url.endswith("/") else from_url.rsplit("/", 1)[0] + "/"
    return relpath("/" + target, "/" + base.rstrip("/") if base != "/" else "/")


def root_prefix(url: str) -> str:
    """The relative path from page `url` back to the site root ('' or '../..../')."""
    return "../" * url.count("/")


def anchor_ids(texts: list[str]) -> list[str]:
    """Unique, readable ids for headings."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for text in texts:
        base = slugify(text)[:60].strip("-") or "section"
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.append(base if n == 0 else f"{base}-{n + 1}")
    return out
