"""Search in real headless Chromium over an index of many shards: search.js
finds each shard file by its key (ASCII, accented and CJK prefixes)."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitegen import search
from sitegen.build import Builder
from sitegen.config import load_config
from tests.conftest import write_files
from tests.test_theme_browser import QuietHandler, browser, open_tab  # noqa: F401 (fixtures)
from tests.test_theme_browser import search as run_query

SMALL_SHARDS = 300  # bytes: every few terms get a shard of their own

NOTES: dict[str, str | bytes] = {
    "zebra.md": "---\ntitle: Zebra crossings\ndate: 2024-03-01\n---\n\nStripes on roads, and a zebrafish.\n",
    "uber.md": "---\ntitle: Über alles\ndate: 2024-03-02\n---\n\nÜberall liest man über Bücher.\n",
    "tokyo.md": "---\ntitle: 東京の本\ndate: 2024-03-03\n---\n\n東京 tower and books.\n",
    "year.md": "---\ntitle: A year\ndate: 2024-03-04\n---\n\nIn 1999 the zebra came.\n",
    "bridge.md": "---\ntitle: A bridge\ndate: 2024-03-05\n---\n\nThe Øresund bridge, and москва.\n",
    **{f"filler{n}.md": f"---\ntitle: Filler {n}\ndate: 2023-01-{n + 1:02d}\n---\n\n"
       + " ".join(f"{chr(97 + (n + k) % 26)}{chr(97 + k % 26)}word{k}" for k in range(40)) + "\n"
       for n in range(20)},
}


@pytest.fixture(scope="module")
def sharded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("sharded")
    write_files(tmp / "content", NOTES)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "SHARD_TARGET_BYTES", SMALL_SHARDS)
        config = load_config(folder=tmp).replace(content_dir=tmp / "content", output_dir=tmp / "site")
        builder = Builder(config, use_cache=False, warm=False)
        try:
            assert builder.build().ok
        finally:
            builder.close()
    handler = functools.partial(QuietHandler, directory=str(tmp / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", tmp / "site"
    server.shutdown()
    server.server_close()


def test_the_index_has_many_shards_named_by_key(sharded: tuple[str, Path]) -> None:
    _, site = sharded
    text = (site / "search" / "meta.js").read_text(encoding="utf-8")
    meta = json.loads(text[text.index(",") + 1:-3])
    assert meta["prefix"] == 2 and len(meta["shards"]) > 20
    names = {p.stem for p in (site / "search").glob("terms-*.js")}
    assert names == {search.shard_name(key) for key in meta["shards"]}
    keys = {word[:meta["prefix"]] for word in ("\u00f8resund", "\u043c\u043e\u0441\u043a\u0432\u0430", "\u6771")}
    assert keys <= set(meta["shards"])  # ø, Cyrillic, CJK: keys that are no file names as they are
    assert {"terms-_f8_r", "terms-_43c__43e_", "terms-_6771_"} <= names


@pytest.mark.parametrize(("query", "found"), [
    ("zebra", {"zebra/index.html", "year/index.html"}),
    ("über", {"uber/index.html"}),
    ("uber", {"uber/index.html"}),  # accents folded
    ("東京", {"tokyo/index.html"}),
    ("Øresund", {"bridge/index.html"}),
    ("Москва", {"bridge/index.html"}),
    ("1999", {"year/index.html"}),
    ("zebr", {"zebra/index.html", "year/index.html"}),  # a word being typed: a prefix
    ("qqqnothing", set()),
])
def test_queries_find_their_documents_in_their_shards(sharded: tuple[str, Path], open_tab: Any,  # noqa: F811
                                                      query: str, found: set[str]) -> None:
    base, _ = sharded
    tab = open_tab(1280)
    tab.page.goto(base + "index.html")
    assert set(run_query(tab, query)) == found
