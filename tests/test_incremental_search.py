"""The search index updated in place equals the index made from nothing, and
both equal a plain, independent reading of the index format."""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitegen import search
from sitegen.model import Block, BlockKind, Document, Meta, Page
from sitegen.render import human_date, reading_time

WORDS = [f"{a}{b}{c}" for a in "abcz" for b in "aeio" for c in "lmnrst"] + ["x", "7", "über", "東京"]


def page(n: int, title: str, body: str) -> Page:
    doc = Document(source=f"d{n}.md", meta=Meta(title=title), blocks=(Block(BlockKind.PARAGRAPH, text=body),))
    return Page(doc, f"d{n}/", f"d{n}/index.html")


def reference(pages: list[Page]) -> dict[str, str]:
    """The index format, made the plain way (independent of `SearchIndex`)."""
    lists: defaultdict[str, list[int]] = defaultdict(list)
    for doc_id, p in enumerate(pages):
        title = search.terms(p.doc.meta.title)
        for term in search.terms(f"{p.doc.meta.summary}\n{p.doc.plain_text}") - title:
            lists[term].append(doc_id * 2)
        for term in title:
            lists[term].append(doc_id * 2 + 1)

    def encode(values: list[int]) -> str:
        out, last = [], 0
        for v in sorted(values):
            out.append(search._base36(v - last))
            last = v
        return ",".join(out)

    encoded = {t: encode(v) for t, v in sorted(lists.items())}
    prefix = search.MAX_PREFIX
    for n in range(search.MAX_PREFIX):
        sizes: dict[str, int] = defaultdict(int)
        for t, post in encoded.items():
            sizes[t[:n]] += len(t.encode()) + len(post) + 6
        if max(sizes.values(), default=0) <= search.SHARD_TARGET_BYTES:
            prefix = n
            break
    shards: dict[str, dict[str, str]] = {}
    for t, post in encoded.items():
        shards.setdefault(t[:prefix], {})[t] = post
    files = {f"search/{search.shard_name(k)}.js": search._script(search.shard_name(k), shards[k]) for k in shards}
    rows = [[p.file, p.doc.meta.title, human_date(p.doc.meta.date), reading_time(p.doc.words), p.doc.meta.summary]
            for p in pages]
    for n in range(0, max(len(rows), 1), search.DOCS_PER_CHUNK):
        files[f"search/docs-{n // search.DOCS_PER_CHUNK}.js"] = search._script(
            f"docs-{n // search.DOCS_PER_CHUNK}", rows[n:n + search.DOCS_PER_CHUNK])
    digests = "".join(f"{name}\0{hashlib.sha256(files[name].encode()).hexdigest()}\n" for name in sorted(files))
    files["search/meta.js"] = search._script("meta", {
        "format": search.FORMAT, "version": hashlib.sha256(digests.encode()).hexdigest()[:12], "prefix": prefix,
        "shards": sorted(shards), "documents": len(rows), "chunk": search.DOCS_PER_CHUNK})
    return files


def text(rng: random.Random, k: int) -> str:
    return " ".join(rng.choices(WORDS, k=k))


def terms_of(p: Page) -> str:
    return search.document_terms(p.doc)


def test_index_from_nothing_equals_the_plain_reading() -> None:
    rng = random.Random(1)
    pages = [page(n, text(rng, 3), text(rng, 40)) for n in range(30)]
    assert search.index_files(pages) == reference(pages)
    assert search.index_files([]) == reference([])


@pytest.mark.parametrize("target", [search.SHARD_TARGET_BYTES, 400, 300, 40])
def test_edits_in_place_equal_the_index_from_nothing(monkeypatch: pytest.MonkeyPatch, target: int) -> None:
    # Small shard targets make edits add and drop shards (and, at 400, change the prefix length).
    monkeypatch.setattr(search, "SHARD_TARGET_BYTES", target)
    monkeypatch.setattr(search, "DOCS_PER_CHUNK", 7)
    rng = random.Random(target)
    pages = [page(n, text(rng, 3), text(rng, 20)) for n in range(25)]
    index = search.SearchIndex()
    assert index.update(pages, terms_of) == reference(pages)
    for step in range(60):
        pages = list(pages)
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            i = rng.randrange(len(pages))
            kind = rng.choice(["body", "title", "token", "empty", "same"])
            old = pages[i]
            title, body = old.doc.meta.title, old.doc.plain_text
            if kind == "body":
                body = text(rng, rng.randint(1, 30))
            elif kind == "title":
                title = text(rng, rng.randint(1, 4))
            elif kind == "token":
                body = f"{body} zz{step}q"  # a new term, often a new shard
            elif kind == "empty":
                body = ""
            pages[i] = page(i, title, body)
        before = dict(index.files)
        changed = index.update(pages, terms_of)
        expected = reference(pages)
        assert index.files == expected, step
        assert changed == {k: v for k, v in expected.items() if before.get(k) != v}, step


def test_a_moved_or_added_document_rebuilds_the_index() -> None:
    rng = random.Random(5)
    pages = [page(n, text(rng, 3), text(rng, 20)) for n in range(40)]
    index = search.SearchIndex()
    index.update(pages, terms_of)
    moved = pages[1:] + pages[:1]
    index.update(moved, terms_of)
    assert index.files == reference(moved)
    grown = [*moved, page(99, "New one", "fresh words")]
    index.update(grown, terms_of)
    assert index.files == reference(grown)
    assert index.update(grown, terms_of) == {}


@pytest.mark.parametrize("target", [search.SHARD_TARGET_BYTES, 400, 40])
def test_added_and_removed_documents_equal_the_index_from_nothing(monkeypatch: pytest.MonkeyPatch,
                                                                  target: int) -> None:
    """Documents added, removed or replaced anywhere in the list (the ones
    after them move) give the index made from nothing, and report exactly
    the files that changed."""
    monkeypatch.setattr(search, "SHARD_TARGET_BYTES", target)
    monkeypatch.setattr(search, "DOCS_PER_CHUNK", 7)
    rng = random.Random(target + 1)
    pages = [page(n, text(rng, 3), text(rng, 20)) for n in range(30)]
    index = search.SearchIndex()
    index.update(pages, terms_of)
    serial = 100
    for step in range(80):
        pages = list(pages)
        at = rng.choice([0, len(pages), rng.randrange(len(pages) + 1)])
        kind = rng.choice(["add", "add", "remove", "remove", "replace", "many"])
        removed = {"add": 0, "remove": 1, "replace": 1, "many": rng.randint(0, 5)}[kind]
        added = {"add": 1, "remove": 0, "replace": rng.randint(2, 3), "many": rng.randint(0, 5)}[kind]
        removed = min(removed, len(pages) - at, len(pages) - 1)
        fresh = []
        for _ in range(added):
            serial += 1
            body = text(rng, rng.randint(0, 25)) + (f" zz{serial}q" if rng.random() < 0.5 else "")
            fresh.append(page(serial, text(rng, rng.randint(1, 4)), body))
        pages[at:at + removed] = fresh
        before = dict(index.files)
        changed = index.update(pages, terms_of)
        expected = reference(pages)
        assert index.files == expected, (step, kind, at)
        assert changed == {k: v for k, v in expected.items() if before.get(k) != v}, (step, kind, at)


def test_shard_entries_are_the_json_of_their_terms() -> None:
    for term, post in (("abc", "0,1"), ("über", "5"), ("東", "a,b")):
        assert search._fragment(term, post) == json.dumps({term: post}, ensure_ascii=False, separators=(",", ":"))[1:-1]


def test_shard_files_are_named_by_their_key() -> None:
    assert search.shard_name("") == "terms-_"
    assert search.shard_name("abc") == "terms-abc"
    assert search.shard_name("üb") == "terms-_fc_b"
    assert search.shard_name("東") == "terms-_6771_"
    assert search.shard_name("a\U00020000") == "terms-a_20000_"


@given(st.text(min_size=0, max_size=3), st.text(min_size=0, max_size=3))
def test_shard_names_of_distinct_keys_differ(a: str, b: str) -> None:
    assert (search.shard_name(a) == search.shard_name(b)) == (a == b)
    assert re.fullmatch(r"terms-[a-z0-9_]+", search.shard_name(a))


def test_a_shard_that_appears_or_disappears_leaves_the_other_shard_files_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "SHARD_TARGET_BYTES", 300)  # several shards, keyed by one or more letters
    rng = random.Random(3)
    pages = [page(n, text(rng, 3), text(rng, 20)) for n in range(20)]
    index = search.SearchIndex()
    index.update(pages, terms_of)
    meta = json.loads(index.files["search/meta.js"].split(",", 1)[1][:-3])
    assert meta["prefix"] >= 1 and len(meta["shards"]) > 3
    assert "q" not in {k[:1] for k in meta["shards"]}  # no term starts with q yet
    edited = [*pages[:5], page(5, pages[5].doc.meta.title, pages[5].doc.plain_text + " qqqword"), *pages[6:]]
    changed = index.update(edited, terms_of)
    new_shard = f"search/{search.shard_name('qqqword'[:meta['prefix']])}.js"
    assert new_shard in changed and index.files == reference(edited)
    assert {name for name in changed if "/terms-" in name} == {new_shard}, changed
    changed = index.update(pages, terms_of)
    assert new_shard not in index.files and index.files == reference(pages)
    assert not {name for name in changed if "/terms-" in name}, changed
