"""Slugs, output paths and relative links (pure functions)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from posixpath import relpath

_UNSAFE = re.compile(r"[\x00-\x1f\x7f<>:\"\\|?*#%&{}^~\[\]`'!$()+,;=@]+")
_DASHES = re.compile(r"[\s\-/]+")
# Windows refuses these names, with or without an extension (`con.txt` too).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
# Invisible and unsafe code points: controls, format characters (bidi
# overrides, zero-width joiners), surrogates, private use, unassigned.
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
MAX_PART_BYTES = 200  # a path part's limit (filesystems allow 255 bytes)
HASH_CHARS = 8  # hex digits of the hash that keeps a shortened or empty part unique


def slugify(text: str, fallback: str = "untitled") -> str:
    """A URL-safe, lower-case path part that keeps letters of any script.

    Never empty (`fallback` when nothing is left), never `.` or `..`, never
    a reserved Windows name, at most MAX_PART_BYTES bytes of UTF-8: a longer
    part is cut and ends in a hash of the whole, so it stays unique.
    """
    text = unicodedata.normalize("NFC", text).strip().lower()
    text = "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE)
    text = _UNSAFE.sub("", text)
    text = _DASHES.sub("-", text).strip("-.")
    if text.split(".", 1)[0] in _RESERVED:
        text = text.replace(".", "-.", 1) if "." in text else text + "-"
    if len(text.encode("utf-8")) > MAX_PART_BYTES:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:HASH_CHARS]
        cut = text.encode("utf-8")[:MAX_PART_BYTES - HASH_CHARS - 1].decode("utf-8", "ignore")
        text = cut.rstrip("-.") + "-" + digest
    return text or fallback


def document_url(rel: str, slug: str | None = None) -> str:
    """The URL (relative to the site root, ending in '/') of the page for
    content file `rel`; a front-matter slug replaces the last part."""
    parts = rel.split("/")
    parts[-1] = slug if slug else parts[-1].rsplit(".", 1)[0]
    return "/".join(_path_part(p) for p in parts) + "/"


def _path_part(raw: str) -> str:
    """A part's slug; a name with nothing sluggable in it (`???`, `..`) gets a
    hash of itself, so two such names do not collide."""
    slug = slugify(raw, fallback="")
    return slug or "untitled-" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]


def url_to_file(url: str) -> str:
    """The output file (relative to the output folder) that serves `url`."""
    return url + "index.html" if url.endswith("/") or not url else url


def relative(from_url: str, to_url: str) -> str:
    """A link from page `from_url` to `to_url` (both relative to the root).
    Links to folders name their index.html, so the site also works from file://.
    The paths' parts are compared as `posixpath.relpath` compares them; it is
    called only to normalise a `.` or `..` part."""
    target = url_to_file(to_url)
    base = from_url if from_url.endswith("/") else from_url.rsplit("/", 1)[0] + "/"
    start = [part for part in base.split("/") if part]
    path = [part for part in target.split("/") if part]
    if any(part in _DOT_PARTS for part in start) or any(part in _DOT_PARTS for part in path):
        return relpath("/" + target, "/" + base.rstrip("/") if base != "/" else "/")
    common = 0
    for a, b in zip(start, path, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + path[common:]) or "."


_DOT_PARTS = (".", "..")


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
