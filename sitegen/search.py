"""The prebuilt full-text search index, as small script files (pure).

The index page's search script loads these files only when the reader
searches, with <script> elements (so search also works from file://, where
fetch() is refused). Each file calls `SITEGEN_SEARCH(key, data)`:

- `search/meta.js` (key "meta"): format version, a content hash for cache
  busting, the term-prefix length the shards are keyed by, the shard keys, the
  document count and the number of documents per chunk.
- `search/docs-N.js` (key "docs-N"): documents N*chunk.. as
  [file, title, date text, reading time, summary], in listing order.
- `search/terms-N.js` (key "terms-N"): the terms whose first `prefix`
  characters are the N-th shard key, each with the documents holding it:
  the numbers id * 2 + (1 if the term is in the title), as base-36
  differences ("0,5,a" = 0, 5, 15: document 0; 2, in its title; 7, in its title).

Titles, summaries and bodies are indexed. Terms are lower-cased words with
accents removed; characters of scripts written without spaces (CJK) are
terms of their own. The script in static/search.js tokenises queries the same
way. A site of 10,000 documents gets a few hundred shards, and one query
loads the meta file, the shards of its words and the document chunks of the
results it shows.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sitegen import urls
from sitegen.model import Page
from sitegen.render import human_date, reading_time

FORMAT = 1
FOLDER = "search/"
DOCS_PER_CHUNK = 500
SHARD_TARGET_BYTES = 64_000
MAX_PREFIX = 3
MAX_TERM_CHARS = 24
SUMMARY_CHARS = 200

_WORD = re.compile(r"[^\W_]+")
_ASCII_TERM = re.compile(r"[a-z0-9]{2,}|[0-9]")  # _WORD's terms, for ASCII text
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def terms(text: str) -> set[str]:
    """The index terms of `text` (the same rule as `tokens()` in search.js)."""
    folded = text.lower()
    if folded.isascii():
        words = set(_ASCII_TERM.findall(folded))
        if words and len(max(words, key=len)) > MAX_TERM_CHARS:
            words = {w[:MAX_TERM_CHARS] for w in words}
        return words
    words = set(_WORD.findall(unicodedata.normalize("NFKD", folded).translate(_marks())))
    out = {w[:MAX_TERM_CHARS] for w in words if (len(w) > 1 or w.isdigit()) and (w.isascii() or not _WIDE.search(w))}
    for word in words:
        if not word.isascii() and _WIDE.search(word):
            out.update(_split_wide(word))
    return out


@functools.cache
def _marks() -> dict[int, None]:
    """A str.translate table that deletes every combining mark (category M)."""
    return {cp: None for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp))[0] == "M"}


def _split_wide(word: str) -> Iterable[str]:
    """Each CJK character alone; runs of other letters stay words."""
    run = ""
    for char in word:
        if _WIDE.match(char):
            if run:
                yield run[:MAX_TERM_CHARS]
                run = ""
            yield char
        else:
            run += char
    if run:
        yield run[:MAX_TERM_CHARS]


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


_SMALL = [_base36(n) for n in range(36 ** 3)]


def _postings(values: list[int]) -> str:
    """Increasing numbers as base-36 differences: [0, 5, 15] -> "0,5,a"."""
    small = _SMALL
    limit = len(small)
    deltas = [b - a for a, b in zip([0, *values], values, strict=False)]
    return ",".join([small[d] if d < limit else _base36(d) for d in deltas])


def _script(key: str, data: Any) -> str:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"SITEGEN_SEARCH({json.dumps(key)},{body});\n"


def _shard_sizes(encoded: dict[str, str], prefix: int) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for term, post in encoded.items():
        key = term[:prefix]
        sizes[key] = sizes.get(key, 0) + len(term.encode()) + len(post) + 6
    return sizes


def _choose_prefix(encoded: dict[str, str]) -> int:
    """The shortest term prefix that keeps every shard near the target size."""
    for prefix in range(MAX_PREFIX):
        if max(_shard_sizes(encoded, prefix).values(), default=0) <= SHARD_TARGET_BYTES:
            return prefix
    return MAX_PREFIX


def _document_row(page: Page) -> list[str]:
    meta = page.doc.meta
    summary = meta.summary
    if len(summary) > SUMMARY_CHARS:
        summary = summary[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"
    return [urls.url_to_file(page.url), meta.title, human_date(meta.date), reading_time(page.doc.words), summary]


def index_files(pages: list[Page]) -> dict[str, str]:
    """The search index for `pages` (in listing order): output path -> text."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for doc_id, page in enumerate(pages):
        meta = page.doc.meta
        in_title = terms(meta.title)
        value = doc_id * 2
        for term in terms(f"{meta.summary}\n{page.doc.plain_text}") - in_title:
            postings[term].append(value)
        for term in in_title:
            postings[term].append(value + 1)
    encoded = {term: _postings(ids) for term, ids in sorted(postings.items())}
    prefix = _choose_prefix(encoded)
    shards: dict[str, dict[str, str]] = {}
    for term, post in encoded.items():
        shards.setdefault(term[:prefix], {})[term] = post
    keys = sorted(shards)
    files: dict[str, str] = {}
    for n, key in enumerate(keys):
        files[f"{FOLDER}terms-{n}.js"] = _script(f"terms-{n}", shards[key])
    rows = [_document_row(p) for p in pages]
    for n in range(0, max(len(rows), 1), DOCS_PER_CHUNK):
        chunk = n // DOCS_PER_CHUNK
        files[f"{FOLDER}docs-{chunk}.js"] = _script(f"docs-{chunk}", rows[n:n + DOCS_PER_CHUNK])
    digest = hashlib.sha256("".join(files[k] for k in sorted(files)).encode()).hexdigest()[:12]
    meta_data = {"format": FORMAT, "version": digest, "prefix": prefix, "shards": keys,
                 "documents": len(rows), "chunk": DOCS_PER_CHUNK}
    files[f"{FOLDER}meta.js"] = _script("meta", meta_data)
    return files
