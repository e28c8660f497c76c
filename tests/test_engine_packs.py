"""A build that keeps no cache puts its documents in a few pack files (one
per process that read), not a file each, and finds them again by place."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from sitegen.build import Builder
from sitegen.cache import PACK_DIR, close_packs, encode, pack_get, pack_put
from sitegen.config import Config, load_config
from sitegen.parallel import run_chunks
from tests.engine_helpers import fresh_build, md_doc, small_site, text_doc, tree


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    content = tmp_path / "content"
    content.mkdir()
    small_site(content)
    for i in range(60):  # enough for the pool
        (content / f"many/m{i:02d}.md").parent.mkdir(exist_ok=True)
        (content / f"many/m{i:02d}.md").write_text(md_doc(f"Many {i}", f"2023-03-{1 + i % 28:02d}"), encoding="utf-8")
    return load_config(folder=tmp_path).replace(output_dir=tmp_path / "out")


def test_values_come_back_from_where_they_were_put(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    values = [("doc", i, "x" * i) for i in range(50)]
    places = [pack_put(folder, v) for v in values]
    assert [pack_get(folder, w) for w in places] == values
    assert len(list(folder.iterdir())) == 1  # one file for this process
    close_packs(folder)


ITEM_SECONDS = 0.005  # each item takes this long: on a busy machine, one worker never does all of them


def _pack_in_worker(items: list[int]) -> list[tuple[int, tuple[str, int, int]]]:
    folder = Path(os.environ["PACK_TEST_FOLDER"])
    out = []
    for i in items:
        time.sleep(ITEM_SECONDS)
        out.append((os.getpid(), pack_put(folder, ("item", i))))
    return out


def test_each_worker_process_writes_its_own_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "packs"
    monkeypatch.setenv("PACK_TEST_FOLDER", str(folder))
    pack_put(folder, "the parent's")  # forked workers must not write into the parent's file
    results = run_chunks(_pack_in_worker, list(range(200)), lambda i: (0, ("", 0, 0)), workers=2)
    pids = {pid for pid, _ in results}
    assert os.getpid() not in pids and len(pids) >= 2
    assert len(list(folder.iterdir())) == 1 + len(pids)
    assert [pack_get(folder, where) for _, where in results] == [("item", i) for i in range(200)]
    close_packs(folder)


def test_a_damaged_or_missing_place_is_a_miss(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    name, offset, length = pack_put(folder, {"a": 1})
    assert pack_get(folder, (name, offset, length + 5)) is None  # past the end
    assert pack_get(folder, ("no-such-pack", 0, length)) is None
    with open(folder / name, "r+b") as fh:
        fh.seek(offset + length - 1)
        fh.write(b"\xff")
    assert pack_get(folder, (name, offset, length)) is None  # checksum
    assert len(encode({"a": 1})) == length
    close_packs(folder)


def test_a_build_without_cache_packs_its_documents(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, use_cache=False, workers=2)
    result = builder.build()
    assert result.ok and result.read == 64 + 4
    scratch = builder._scratch
    assert scratch is not None
    packs = sorted((scratch / PACK_DIR).iterdir())
    assert 1 <= len(packs) <= 3  # the reading processes' packs, not a file per document
    assert not (scratch / "docs").exists() or not any((scratch / "docs").rglob("*"))
    built = tree(site.output_dir)
    builder.close()
    assert not scratch.exists()
    cached = Builder(site.replace(output_dir=tmp_path / "cached"), cache_dir=tmp_path / "cache").build()
    assert cached.ok and tree(tmp_path / "cached") == built


def test_a_builder_without_cache_rebuilds_from_its_packs(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, use_cache=False, workers=2)
    try:
        builder.build()
        note = site.content_dir / "notes/n3.md"
        note.write_text(md_doc("Note 3", "2024-01-04", "A new body for this note."), encoding="utf-8")
        builder.rebuild([note])
        dump = site.content_dir / "t0.txt"
        dump.write_text(text_doc("Story number 0 about other things", day=2), encoding="utf-8")
        builder.rebuild([dump])
        assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh1")
        # A template change renders every page again: each body from its pack.
        templates = site.content_dir.parent / "templates"
        templates.mkdir(exist_ok=True)
        base = (Path(__file__).parent.parent / "templates" / "base.html").read_text(encoding="utf-8")
        (templates / "base.html").write_text(base.replace("</body>", "<!-- changed -->\n</body>"), encoding="utf-8")
        builder.config = site.replace(templates_dir=templates)
        result = builder.rebuild([templates / "base.html"])
        assert result.ok and result.read == 0
        scratch = builder._scratch
        assert scratch is not None and not any(p.is_file() for p in scratch.rglob("docs/*/*/*"))  # none read again
        assert tree(site.output_dir) == fresh_build(builder.config, tmp_path / "fresh2")
        assert "<!-- changed -->" in (site.output_dir / "notes/n3/index.html").read_text(encoding="utf-8")
    finally:
        builder.close()
