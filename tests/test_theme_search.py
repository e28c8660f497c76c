"""The prebuilt search index (sitegen/search.py): terms, encoding, sharding."""

from __future__ import annotations

import json
import random
import re
from datetime import datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sitegen import search
from sitegen.model import Block, BlockKind, Document, Meta, Page

CALL = re.compile(r'^SITEGEN_SEARCH\("([\w-]+)",(.*)\);\n$', re.DOTALL)


def page(n: int, title: str, body: str, summary: str = "", when: datetime | None = None) -> Page:
    doc = Document(source=f"d{n}.md", meta=Meta(title=title, summary=summary, published=when),
                   blocks=(Block(BlockKind.PARAGRAPH, text=body),))
    return Page(doc, f"d{n}/", f"d{n}/index.html")


def load(files: dict[str, str], name: str) -> Any:
    match = CALL.match(files[search.FOLDER + name + ".js"])
    assert match and match.group(1) == name
    return json.loads(match.group(2))


def decode(postings: str) -> dict[int, bool]:
    value, out = 0, {}
    for part in postings.split(","):
        value += int(part, 36)
        out[value >> 1] = bool(value & 1)
    return out


def lookup(files: dict[str, str], term: str) -> dict[int, bool]:
    meta = load(files, "meta")
    key = term[:meta["prefix"]]
    if key not in meta["shards"]:
        return {}
    shard = load(files, search.shard_name(key))
    return decode(shard[term]) if term in shard else {}


def test_terms_fold_case_and_accents_and_split_cjk() -> None:
    assert search.terms("Crème Brûlée, CAFÉ!") == {"creme", "brulee", "cafe"}
    assert search.terms("a I 7 x2 under_score") == {"7", "x2", "under", "score"}
    assert search.terms("東京タワー tower") == {"東", "京", "タ", "ワ", "ー", "tower"}
    assert search.terms("x" * 40) == {"x" * search.MAX_TERM_CHARS}


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_ascii_fast_path_agrees_with_the_general_rule(text: str) -> None:
    # " é" folds to a lone "e", which is no term, but sends the text down the general path.
    assert search.terms(text) == search.terms(text + " \u00e9")


def test_index_maps_terms_to_documents_with_title_hits() -> None:
    pages = [
        page(0, "Samarkand talks", "Leaders met.", "Summit news", datetime(2022, 9, 15)),
        page(1, "Garden notes", "Tomatoes grew beside the samarkand melons."),
    ]
    files = search.index_files(pages)
    assert lookup(files, "samarkand") == {0: True, 1: False}
    assert lookup(files, "tomatoes") == {1: False}
    assert lookup(files, "summit") == {0: False}
    assert lookup(files, "absent") == {}
    docs = load(files, "docs-0")
    assert docs[0] == ["d0/index.html", "Samarkand talks", "15 September 2022", "1 min read", "Summit news"]
    assert docs[1][2] == ""
    meta = load(files, "meta")
    assert meta["documents"] == 2 and meta["prefix"] == 0 and meta["chunk"] == search.DOCS_PER_CHUNK


def test_index_of_many_documents_is_sharded_and_chunked() -> None:
    rng = random.Random(7)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
                  for _ in range(6000)]
    count = 1200
    pages = [page(n, f"Title {n}", " ".join(rng.choices(vocabulary, k=300))) for n in range(count)]
    files = search.index_files(pages)
    meta = load(files, "meta")
    assert meta["prefix"] >= 1 and len(meta["shards"]) > 10
    assert meta["shards"] == sorted(meta["shards"])
    shard_sizes = [len(files[f"{search.FOLDER}{search.shard_name(k)}.js"]) for k in meta["shards"]]
    assert max(shard_sizes) <= search.SHARD_TARGET_BYTES * 1.1 or meta["prefix"] == search.MAX_PREFIX
    chunks = -(-count // search.DOCS_PER_CHUNK)
    assert sorted(k for k in files if "/docs-" in k) == sorted(f"{search.FOLDER}docs-{n}.js" for n in range(chunks))
    assert sum(len(load(files, f"docs-{n}")) for n in range(chunks)) == count
    word = pages[777].doc.blocks[0].text.split()[0]
    assert 777 in lookup(files, word)
    assert lookup(files, "777") == {777: True}


def test_index_is_deterministic_and_changes_version_with_content() -> None:
    pages = [page(0, "One", "alpha beta"), page(1, "Two", "gamma")]
    first = search.index_files(pages)
    assert first == search.index_files(list(pages))
    changed = search.index_files([pages[0], page(1, "Two", "delta")])
    assert load(first, "meta")["version"] != load(changed, "meta")["version"]


def test_index_text_cannot_break_out_of_its_script() -> None:
    evil = 'Title "); alert(1); ("'
    files = search.index_files([page(0, evil, "</script><script>alert(2)</script>", "\u2028line")])
    docs = load(files, "docs-0")
    assert docs[0][1] == evil and docs[0][4] == "\u2028line"
    for text in files.values():
        assert CALL.match(text)
