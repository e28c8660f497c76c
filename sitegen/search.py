"""The prebuilt full-text search index, as small script files (pure).

The index page's search script loads these files only when the reader
searches, with <script> elements (so search also works from file://, where
fetch() is refused). Each file calls `SITEGEN_SEARCH(key, data)`:

- `search/meta.js` (key "meta"): format version, a content hash for cache
  busting, the term-prefix length the shards are keyed by, the shard keys, the
  document count and the number of documents per chunk.
- `search/docs-N.js` (key "docs-N"): documents N*chunk.. as
  [file, title, date text, reading time, summary], in listing order.
- `search/terms-K.js` (key "terms-K"): the terms whose first `prefix`
  characters are the shard key, K being that key as a file name
  (`shard_name`: a-z and 0-9 kept, any other character as `_` and its code
  point in hex and `_`, the empty key as `_`), each with the documents holding it:
  the numbers id * 2 + (1 if the term is in the title), as base-36
  differences ("0,5,a" = 0, 5, 15: document 0; 2, in its title; 7, in its title).

Titles, summaries and bodies are indexed. Terms are lower-cased words with
accents removed; characters of scripts written without spaces (CJK) are
terms of their own. The script in static/search.js tokenises queries the same
way. A site of 10,000 documents gets a few hundred shards, and one query
loads the meta file, the shards of its words and the document chunks of the
results it shows. Shard files are named by their key, not by their place
among the keys, so a shard that appears or disappears leaves the others'
files as they are.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import operator
import re
import unicodedata
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable
from typing import Any

from sitegen import urls
from sitegen.model import Document, Page

FORMAT = 1
FOLDER = "search/"
DOCS_PER_CHUNK = 500
SHARD_TARGET_BYTES = 64_000
MAX_PREFIX = 3
MAX_TERM_CHARS = 24
SUMMARY_CHARS = 200

_WORD = re.compile(r"[^\W_]+")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")  # a letter alone is no term (a digit is)
# For ASCII text, _WORD's runs are what is left after every byte but [a-z0-9] becomes a space.
_ASCII_SEPARATORS = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 0x20 for c in range(256))
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def terms(text: str) -> set[str]:
    """The index terms of `text` (the same rule as `tokens()` in search.js)."""
    folded = text.lower()
    if folded.isascii():
        words = set(folded.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii").split()) - _LETTERS
        if words and len(max(words, key=len)) > MAX_TERM_CHARS:
            words = {w[:MAX_TERM_CHARS] for w in words}
        return words
    words = set(_WORD.findall(unicodedata.normalize("NFKD", folded).translate(_marks())))
    out = {w[:MAX_TERM_CHARS] for w in words if (len(w) > 1 or w.isdigit()) and (w.isascii() or not _WIDE.search(w))}
    for word in words:
        if not word.isascii() and _WIDE.search(word):
            out.update(_split_wide(word))
    return out


class _MarkTable(dict[int, int | None]):
    """A str.translate table that deletes every combining mark (category M)
    and keeps every other character, each looked up the first time it is
    seen (a table of all 1.1 million code points takes a second to make)."""

    def __missing__(self, cp: int) -> int | None:
        kept = None if unicodedata.category(chr(cp))[0] == "M" else cp
        self[cp] = kept
        return kept


@functools.cache
def _marks() -> _MarkTable:
    return _MarkTable()


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


_NAME_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def shard_name(key: str) -> str:
    """The script key (and file name, without `.js`) of the shard of term
    prefix `key`: "terms-" and the key with a-z and 0-9 kept and any other
    character as `_<hex code point>_` (the empty key: "_"). The same rule
    as `shardName()` in search.js."""
    name = "".join(c if c in _NAME_SAFE else f"_{ord(c):x}_" for c in key)
    return f"terms-{name or '_'}"


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
# `_base36(n)` for every n below 36 ** 3, in order (made without 46,656 calls).
_SMALL = [*_DIGITS36, *(a + b for a in _DIGITS36[1:] for b in _DIGITS36),
          *(a + b + c for a in _DIGITS36[1:] for b in _DIGITS36 for c in _DIGITS36)]


class _Parsed(dict[str, int]):
    """Base-36 text -> its number: a table of every number below 36 ** 3
    (faster than `int(text, 36)`), computed for longer ones."""

    def __missing__(self, text: str) -> int:
        return int(text, 36)


_VALUE = _Parsed((text, n) for n, text in enumerate(_SMALL))


def _sums(parts: list[str]) -> list[int]:
    """The numbers a list of base-36 differences stands for."""
    return list(itertools.accumulate(map(_VALUE.__getitem__, parts)))


class _Encoded(dict[int, str]):
    """Number -> its base-36 text: a table of every number below 36 ** 3,
    computed for larger ones."""

    def __missing__(self, n: int) -> str:
        return _base36(n)


_TEXT = _Encoded(enumerate(_SMALL))
_b36 = _TEXT.__getitem__  # `_base36(n)`, from the table when it is there


def _postings(values: list[int]) -> str:
    """Increasing numbers as base-36 differences: [0, 5, 15] -> "0,5,a"."""
    return ",".join(map(_TEXT.__getitem__, map(operator.sub, values, [0, *values])))


def _drain(items: Iterable[Any]) -> None:
    """Run an iterator to its end, keeping nothing."""
    deque(items, maxlen=0)


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
    from sitegen.render import human_date, reading_time  # jinja2: not for the workers that only read

    meta = page.doc.meta
    summary = meta.summary
    if len(summary) > SUMMARY_CHARS:
        summary = summary[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"
    return [urls.url_to_file(page.url), meta.title, human_date(meta.date), reading_time(page.doc.words), summary]


def document_terms(doc: Document) -> str:
    """A document's index terms, compactly: its title's terms, a newline, then
    the terms only its summary and body hold; each sorted, space-separated
    (terms hold no white space)."""
    in_title = terms(doc.meta.title)
    rest = terms(f"{doc.meta.summary}\n{doc.plain_text}") - in_title
    return " ".join(sorted(in_title)) + "\n" + " ".join(sorted(rest))


def _flags(text: str) -> dict[str, int]:
    """`document_terms` text -> term: 1 if in the title, else 0."""
    title, _, rest = text.partition("\n")
    flags = dict.fromkeys(rest.split(), 0)
    flags.update(dict.fromkeys(title.split(), 1))
    return flags


def index_files(pages: list[Page]) -> dict[str, str]:
    """The search index for `pages` (in listing order, with their bodies): output path -> text."""
    index = SearchIndex()
    index.update(pages, lambda page: document_terms(page.doc))
    return dict(index.files)


def _fragment(term: str, post: str) -> str:
    """A term's entry in its shard, as `json.dumps` writes it."""
    return f'{json.dumps(term, ensure_ascii=False)}:"{post}"'


def _wrap(key: str, body: str) -> str:
    """`_script(key, data)` for data already serialised as `body`."""
    return f"SITEGEN_SEARCH({json.dumps(key)},{body});\n"


INCREMENTAL_MAX_CHANGES = 16  # more changed positions than this: the index is made again whole


class SearchIndex:
    """The search index, kept between builds and updated in place.

    `update(pages, terms_of)` gives the pages in listing order; a page that
    is the same object as at its position last time is taken as unchanged.
    Only the changed documents' terms are looked at, and only the term
    shards and document chunks they touch are serialised again. The
    result always equals the index made from nothing (`files`)."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}  # every file of the index: path -> text
        self._pages: list[Page] = []
        self._terms: list[str] = []  # per position: `document_terms`
        self._rows: list[list[str]] = []
        self._postings: dict[str, str] = {}  # term -> encoded postings
        self._fragments: dict[str, str] = {}  # term -> its shard entry
        self._sizes: list[dict[str, int]] = []  # per prefix length: shard key -> bytes
        self._prefix = 0
        self._shards: dict[str, list[str]] = {}  # shard key -> its terms, sorted
        self._bodies: dict[str, str] = {}  # shard key -> its serialised terms
        self._digests: dict[str, str] = {}  # path -> sha256 of its text

    def update(self, pages: list[Page], terms_of: Callable[[Page], str],
               changed: list[int] | None = None) -> dict[str, str]:
        """Bring the index up to `pages`; returns the files whose text changed
        (path -> text). Files no longer in `files` are gone. `changed`, when
        given, are the positions whose page is not the same object as in the
        last call (found here otherwise)."""
        old = self._pages
        if changed is None or len(old) != len(pages):
            changed = [] if len(old) != len(pages) else [
                i for i, (a, b) in enumerate(zip(old, pages, strict=True)) if a is not b]
        if self.files and old and pages and len(old) != len(pages):
            start, removed, inserted = splice_span(old, pages)
            if removed + inserted <= INCREMENTAL_MAX_CHANGES:
                return self._splice(pages, terms_of, start, removed, inserted)
        if not self.files or len(old) != len(pages) or len(changed) > INCREMENTAL_MAX_CHANGES:
            return self._full(pages, terms_of)
        if not changed:
            return {}
        return self._patch(pages, terms_of, changed)

    # ---- from nothing ----

    def _full(self, pages: list[Page], terms_of: Callable[[Page], str]) -> dict[str, str]:
        self._pages = list(pages)
        self._terms = [terms_of(page) for page in pages]
        self._rows = [_document_row(page) for page in pages]
        lists: defaultdict[str, list[int]] = defaultdict(list)
        add = list.append
        for doc_id, text in enumerate(self._terms):
            title, _, rest = text.partition("\n")
            # lists[term].append(value) for each term, the loop run in C (map), a few times faster.
            _drain(map(add, map(lists.__getitem__, rest.split()), itertools.repeat(doc_id * 2)))
            _drain(map(add, map(lists.__getitem__, title.split()), itertools.repeat(doc_id * 2 + 1)))
        self._postings = {term: _postings(ids) for term, ids in sorted(lists.items())}
        self._fragments = {term: _fragment(term, post) for term, post in self._postings.items()}
        self._sizes = [_shard_sizes(self._postings, prefix) for prefix in range(MAX_PREFIX)]
        self._regroup(_choose_prefix(self._postings))
        before = self.files
        files: dict[str, str] = {}
        for key in sorted(self._shards):
            name = shard_name(key)
            files[f"{FOLDER}{name}.js"] = _wrap(name, self._bodies[key])
        for chunk in range(max(-(-len(self._rows) // DOCS_PER_CHUNK), 1)):
            files[f"{FOLDER}docs-{chunk}.js"] = self._chunk(chunk)
        self._digests = {}
        return self._finish(files, before, set(files))

    def _regroup(self, prefix: int) -> None:
        self._prefix = prefix
        self._shards = {}
        for term in sorted(self._postings):
            self._shards.setdefault(term[:prefix], []).append(term)
        self._bodies = {key: self._body(key) for key in self._shards}

    def _body(self, key: str) -> str:
        fragments = self._fragments
        return "{" + ",".join([fragments[t] for t in self._shards[key]]) + "}"

    def _chunk(self, chunk: int) -> str:
        start = chunk * DOCS_PER_CHUNK
        return _script(f"docs-{chunk}", self._rows[start:start + DOCS_PER_CHUNK])

    def _finish(self, files: dict[str, str], before: dict[str, str], touched: set[str]) -> dict[str, str]:
        """Add meta.js to `files` (every file but it), hash the `touched`
        ones, and return those whose text differs from `before`."""
        digests = self._digests
        for name in list(digests):
            if name not in files:
                del digests[name]
        for name in touched:
            digests[name] = hashlib.sha256(files[name].encode("utf-8", "surrogatepass")).hexdigest()
        # The version hashes every file through its own digest (only changed files are hashed again).
        version = hashlib.sha256("".join(f"{name}\0{digests[name]}\n" for name in sorted(files)).encode())
        keys = sorted(self._shards)
        meta_data = {"format": FORMAT, "version": version.hexdigest()[:12], "prefix": self._prefix,
                     "shards": keys, "documents": len(self._rows), "chunk": DOCS_PER_CHUNK}
        files[f"{FOLDER}meta.js"] = _script("meta", meta_data)
        self.files = files
        return {name: text for name, text in files.items() if before.get(name) != text}

    # ---- in place ----

    def _patch(self, pages: list[Page], terms_of: Callable[[Page], str], changed: list[int]) -> dict[str, str]:
        chunks: set[int] = set()
        terms_touched: set[str] = set()
        for i in changed:
            page = pages[i]
            self._pages[i] = page
            row = _document_row(page)
            if row != self._rows[i]:
                self._rows[i] = row
                chunks.add(i // DOCS_PER_CHUNK)
            text = terms_of(page)
            if text == self._terms[i]:
                continue
            before, after = _flags(self._terms[i]), _flags(text)
            self._terms[i] = text
            for term in before.keys() | after.keys():
                if before.get(term) != after.get(term):
                    self._move(term, 2 * i + before[term] if term in before else None,
                               2 * i + after[term] if term in after else None)
                    terms_touched.add(term)
        return self._emit(chunks, terms_touched, len(self._rows))

    def _splice(self, pages: list[Page], terms_of: Callable[[Page], str], start: int, removed: int,
                inserted: int) -> dict[str, str]:
        """The documents at positions `start`.. (`removed` of them) replaced by
        `inserted` pages from `pages`: the ones after them move, and a list of
        differences changes in one place when its numbers move (the first
        that moved). A term's postings before `start` are counted from the
        documents' terms (on the shorter side of the change), so a list is
        only split where it changes, never decoded whole."""
        rows_before = len(self._rows)
        old = self._terms
        tail = start + removed
        fresh = pages[start:start + inserted]
        texts = [terms_of(page) for page in fresh]
        if start <= len(old) - tail:  # postings before `start`: counted directly
            before = Counter(itertools.chain.from_iterable(text.split() for text in old[:start]))
            after: Counter[str] | None = None
        else:  # counted as all of them less those after the change and those it takes or puts
            before, after = Counter(), Counter(itertools.chain.from_iterable(text.split() for text in old[tail:]))
        pending = Counter(itertools.chain.from_iterable(text.split() for text in old[start:tail]))
        postings = self._postings

        def at_start(term: str) -> int:
            """How many of `term`'s postings come from documents before `start`."""
            if after is None:
                return before[term]
            post = postings.get(term)
            return (post.count(",") + 1 if post is not None else 0) - after[term] - pending[term]

        touched: set[str] = set()
        for i in range(start, tail):
            for term in old[i].split():
                self._take(term, at_start(term))
                pending[term] -= 1
                touched.add(term)
        shift = 2 * (inserted - removed)
        if shift:
            touched.update(self._shift(shift, at_start))
        last: dict[str, int] = {}  # term -> its posting in the last document put in (they come in order)
        put: Counter[str] = Counter()
        for j, text in enumerate(texts, start):
            for term, flag in _flags(text).items():
                value = 2 * j + flag
                self._put(term, at_start(term) + put[term], value, last.get(term))
                last[term] = value
                pending[term] += 1
                put[term] += 1
                touched.add(term)
        self._pages = list(pages)
        self._terms[start:tail] = texts
        self._rows[start:tail] = [_document_row(page) for page in fresh]
        first = start // DOCS_PER_CHUNK
        end = max(len(self._rows), rows_before) if shift else start + max(removed, inserted)
        return self._emit(range(first, -(-end // DOCS_PER_CHUNK)), touched, rows_before)

    def _store(self, term: str, post: str | None, encoded: str) -> None:
        """`term`'s postings are `encoded` now (were `post`; "": none)."""
        weight = len(term.encode()) + 6
        delta = -(weight + len(post)) if post is not None else 0
        if encoded:
            self._postings[term] = encoded
            self._fragments[term] = _fragment(term, encoded)
            delta += weight + len(encoded)
        else:
            del self._postings[term]
            del self._fragments[term]
        self._resize(term, delta)

    def _take(self, term: str, at: int) -> None:
        """Remove `term`'s posting number `at` (from 0)."""
        post = self._postings[term]
        head, part, rest = _split_at(post, at)
        if rest:
            nxt, comma, rest = rest.partition(",")
            rest = _b36(_VALUE[nxt] + _VALUE[part]) + comma + rest
        self._store(term, post, _joined(head, rest))

    def _put(self, term: str, at: int, value: int, previous: int | None) -> None:
        """Put `value` into `term`'s postings as number `at` (from 0);
        `previous`, when known, is the posting before it."""
        post = self._postings.get(term)
        if post is None:
            self._store(term, None, _b36(value))
            return
        head, part, rest = _split_at(post, at) if at < post.count(",") + 1 else (post, "", "")
        if previous is None:
            previous = sum(map(_VALUE.__getitem__, head.split(","))) if head else 0
        step = value - previous
        following = _b36(_VALUE[part] - step) if part else ""
        self._store(term, post, _joined(head, _joined(_b36(step), _joined(following, rest))))

    def _shift(self, shift: int, at_start: Callable[[str], int]) -> list[str]:
        """Add `shift` to the postings of the documents after the change
        (every posting from number `at_start(term)` on); the terms that changed."""
        moved: list[str] = []
        postings, fragments = self._postings, self._fragments
        for term, post in postings.items():
            at = at_start(term)
            if at == 0:  # every posting moves: only the first number changes
                head, comma, rest = post.partition(",")
                encoded = _b36(_VALUE[head] + shift) + comma + rest
            elif at > post.count(","):
                continue  # none moves
            else:
                head, part, rest = _split_at(post, at)
                encoded = _joined(head, _joined(_b36(_VALUE[part] + shift), rest))
            postings[term] = encoded
            fragments[term] = fragments[term][:-len(post) - 1] + encoded + '"'  # the quoted term kept
            moved.append(term)
            if len(encoded) != len(post):
                self._resize(term, len(encoded) - len(post))
        return moved

    def _resize(self, term: str, delta: int) -> None:
        """A term's entry grew by `delta` bytes: its shards' sizes too."""
        for prefix, sizes in enumerate(self._sizes):
            key = term[:prefix]
            size = sizes.get(key, 0) + delta
            if size:
                sizes[key] = size
            else:
                del sizes[key]

    def _emit(self, chunks: Iterable[int], terms_touched: set[str], rows_before: int) -> dict[str, str]:
        """The files after changes to the document chunks `chunks` and to the
        terms `terms_touched` (`rows_before`: the documents before them)."""
        files = dict(self.files)
        del files[f"{FOLDER}meta.js"]
        touched: set[str] = set()
        count = max(-(-len(self._rows) // DOCS_PER_CHUNK), 1)
        for chunk in range(count, max(-(-rows_before // DOCS_PER_CHUNK), 1)):
            del files[f"{FOLDER}docs-{chunk}.js"]
        for chunk in chunks:
            if chunk >= count:
                continue
            name = f"{FOLDER}docs-{chunk}.js"
            files[name] = self._chunk(chunk)
            touched.add(name)
        prefix = _prefix_of(self._sizes)
        keys_before = set(self._shards)
        if prefix != self._prefix:
            self._regroup(prefix)
            dirty = set(self._shards)
        else:
            dirty = self._place_terms(terms_touched)
        for key in keys_before - self._shards.keys():
            del files[f"{FOLDER}{shard_name(key)}.js"]
        for key in dirty:
            if key in self._shards:
                name = shard_name(key)
                files[f"{FOLDER}{name}.js"] = _wrap(name, self._bodies[key])
                touched.add(f"{FOLDER}{name}.js")
        return self._finish(files, self.files, touched)

    def _move(self, term: str, old: int | None, new: int | None) -> None:
        """Replace posting `old` of `term` by `new` (None: none). Only the
        differences around them change (the list is split, not decoded)."""
        post = self._postings.get(term)
        parts = post.split(",") if post is not None else []
        values = _sums(parts)
        if old is not None:
            at = bisect.bisect_left(values, old)
            if at + 1 < len(values):
                parts[at + 1] = _b36(values[at + 1] - (values[at - 1] if at else 0))
            del parts[at], values[at]
        if new is not None:
            at = bisect.bisect_left(values, new)
            if at < len(values):
                parts[at] = _b36(values[at] - new)
            parts.insert(at, _b36(new - (values[at - 1] if at else 0)))
        self._store(term, post, ",".join(parts))

    def _place_terms(self, touched: set[str]) -> set[str]:
        """Put new terms into their shards and take gone ones out; the shard
        keys whose text changed."""
        dirty: set[str] = set()
        prefix = self._prefix
        for term in touched:
            key = term[:prefix]
            shard = self._shards.get(key)
            if term in self._postings:
                if shard is None:
                    shard = self._shards[key] = []
                at = bisect.bisect_left(shard, term)
                if at == len(shard) or shard[at] != term:
                    shard.insert(at, term)
            elif shard is not None:
                at = bisect.bisect_left(shard, term)
                if at < len(shard) and shard[at] == term:
                    del shard[at]
                if not shard:
                    del self._shards[key]
                    self._bodies.pop(key, None)
                    continue
            dirty.add(key)
        for key in dirty:
            self._bodies[key] = self._body(key)
        return dirty


def _split_at(post: str, at: int) -> tuple[str, str, str]:
    """Postings text -> (the parts before part number `at`, that part, the
    parts after it), each without its commas. Splits only on the side of
    `at` that has fewer parts."""
    length = post.count(",") + 1
    if at < length - at:
        pieces = post.split(",", at)
        part, _, rest = pieces.pop().partition(",")
        return ",".join(pieces), part, rest
    pieces = post.rsplit(",", length - 1 - at)
    head, _, part = pieces[0].rpartition(",")
    return head, part, ",".join(pieces[1:])


def _joined(head: str, rest: str) -> str:
    """Two runs of postings text as one (either may be empty)."""
    return f"{head},{rest}" if head and rest else head or rest


def splice_span(old: list[Page], new: list[Page]) -> tuple[int, int, int]:
    """Where `new` differs from `old` (pages compared by identity), as one
    replaced run: (its start, how many pages of `old` it replaced, how many
    pages of `new` it holds)."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] is new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] is new[-1 - end]:
        end += 1
    return start, len(old) - start - end, len(new) - start - end


def _prefix_of(sizes: list[dict[str, int]]) -> int:
    """`_choose_prefix` from shard sizes kept per prefix length."""
    for prefix, by_key in enumerate(sizes):
        if max(by_key.values(), default=0) <= SHARD_TARGET_BYTES:
            return prefix
    return MAX_PREFIX
