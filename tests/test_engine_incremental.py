"""Incremental builds equal full builds, byte for byte, after every kind of change."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sitegen.build import RACY_WINDOW_NS, Builder
from sitegen.cache import Cache
from sitegen.config import Config, load_config
from sitegen.write import MANIFEST
from tests.engine_helpers import fresh_build, md_doc, small_site, text_doc, tree


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01
    content = tmp_path / "content"
    content.mkdir()
    small_site(content)
    return load_config(folder=tmp_path).replace(output_dir=tmp_path / "out")


def edit(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


Step = Callable[[Config], list[Path]]


def _edit_body(c: Config) -> list[Path]:
    return [edit(c.content_dir / "notes/n3.md", md_doc("Note 3", "2024-01-04", "A new body for this note."))]


def _retitle(c: Config) -> list[Path]:  # changes the neighbours' pages and the index
    return [edit(c.content_dir / "t2.txt", text_doc("A quite different headline now"))]


def _add(c: Config) -> list[Path]:
    return [edit(c.content_dir / "deep/new.md", md_doc("Brand new", "2024-06-01"))]


def _delete(c: Config) -> list[Path]:
    path = c.content_dir / "notes/n5.md"
    path.unlink()
    return [path]


def _rename(c: Config) -> list[Path]:
    old, new = c.content_dir / "t4.txt", c.content_dir / "renamed.txt"
    old.rename(new)
    return [old, new]


def _break(c: Config) -> list[Path]:
    return [edit(c.content_dir / "notes/n1.md", "---\ntitle: [unclosed\n---\nText.\n")]


def _mend(c: Config) -> list[Path]:
    return [edit(c.content_dir / "notes/n1.md", md_doc("Note 1 mended", "2023-05-05"))]


def _draft(c: Config) -> list[Path]:
    return [edit(c.content_dir / "notes/n7.md", "---\ntitle: Hidden\ndraft: true\n---\nText.\n")]


def _template(c: Config) -> list[Path]:
    page = (Path(__file__).parent.parent / "templates" / "page.html").read_text(encoding="utf-8")
    return [edit(c.templates_dir / "page.html", page.replace("<article", "<article class=\"custom\"", 1))]


def _static(c: Config) -> list[Path]:
    return [edit(c.static_dir / "extra.css", "body { color: #222 }\n")]


def _asset(c: Config) -> list[Path]:
    path = c.content_dir / "pic.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(80)))
    return [path]


SEQUENCE: list[tuple[str, Step]] = [
    ("edit body", _edit_body), ("retitle", _retitle), ("add", _add), ("delete", _delete), ("rename", _rename),
    ("break", _break), ("mend", _mend), ("draft", _draft), ("template", _template), ("static", _static),
    ("asset", _asset),
]


def test_rebuild_after_each_change_equals_a_full_build(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, cache_dir=tmp_path / "cache")
    first = builder.build()
    assert first.ok and first.read == 8
    assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh-0")
    before = tree(site.output_dir)
    for n, (name, step) in enumerate(SEQUENCE, start=1):
        changed = step(site)
        result = builder.rebuild(changed)
        expected = fresh_build(site, tmp_path / f"fresh-{n}")
        after = tree(site.output_dir)
        assert after == expected, f"after {name!r}"
        if name == "edit body":
            assert result.read == 1
            # its own page, documents.json, the index page listing it, the feed
            # and the search files holding its text: nothing more
            differ = {rel for rel in after if before.get(rel) != after[rel] and rel != MANIFEST}
            assert "notes/n3/index.html" in differ
            assert differ <= {"notes/n3/index.html", "documents.json", "index.html", "feed.xml"} | {
                rel for rel in differ if rel.startswith("search/")}, differ
            assert result.written == len(differ), (result.written, differ)
        before = after
        if name in ("template", "static"):
            assert result.read == 0, name
        if name == "break":
            assert [e.path for e in result.errors] == ["notes/n1.md"]


def test_a_new_builder_picks_up_from_the_cache(site: Config, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert Builder(site, cache_dir=cache).build().read == 8
    again = Builder(site, cache_dir=cache).build()
    assert again.read == 0 and again.written == 0
    for n, (name, step) in enumerate(SEQUENCE, start=1):
        step(site)
        Builder(site, cache_dir=cache).build()
        assert tree(site.output_dir) == fresh_build(site, tmp_path / f"fresh-{n}"), f"after {name!r}"


def test_no_change_rebuild_writes_nothing_and_repairs_a_damaged_output(site: Config, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    time.sleep(RACY_WINDOW_NS / 1e9 * 2)  # sources old enough for the quickest path
    Builder(site, cache_dir=cache).build()
    before = tree(site.output_dir)
    result = Builder(site, cache_dir=cache).build()
    assert (result.read, result.written, result.removed) == (0, 0, 0)
    assert result.page_count == 8 and not result.pages, "nothing changed: nothing was even listed"
    page = site.output_dir / "notes" / "n3" / "index.html"
    page.write_text("damaged", encoding="utf-8")
    (site.output_dir / "documents.json").unlink()
    (site.output_dir / "pic.png").write_bytes(b"not the picture")
    result = Builder(site, cache_dir=cache).build()
    assert result.read == 0 and tree(site.output_dir) == before
    time.sleep(RACY_WINDOW_NS / 1e9 * 2)
    edit(site.content_dir / "t0.txt", text_doc("An edited story, a little longer"))
    edit(site.static_dir / "style.css", "body { margin: 0 }\n")
    result = Builder(site, cache_dir=cache).build()
    assert result.read == 1 and tree(site.output_dir) == fresh_build(site, tmp_path / "fresh")


def test_corrupt_or_partial_cache_is_ignored_and_rebuilt(site: Config, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Builder(site, cache_dir=cache).build()
    expected = tree(site.output_dir)
    files = sorted(p for p in cache.rglob("*") if p.is_file())
    assert files
    for i, path in enumerate(files):  # truncate some, flip bytes in others
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if i % 2 else data[:-1] + bytes([data[-1] ^ 0xFF]))
    (site.output_dir / "t0" / "index.html").unlink()  # something must be rendered from the cache
    result = Builder(site, cache_dir=cache).build()
    assert result.ok and result.read == 8
    assert tree(site.output_dir) == expected
    assert Cache(cache).load_state(site.output_dir, site.content_dir) is not None


def test_config_change_invalidates_rendered_output(site: Config, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Builder(site, cache_dir=cache).build()
    retitled = site.replace(title="Another Name")
    result = Builder(retitled, cache_dir=cache).build()
    assert result.read == 0
    assert "Another Name" in (site.output_dir / "index.html").read_text(encoding="utf-8")
    assert tree(site.output_dir) == fresh_build(retitled, tmp_path / "fresh")


def test_relative_dates_are_not_cached_across_different_nows(site: Config, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    edit(site.content_dir / "t0.txt", text_doc("A story dated relative to now").replace(
        "Updated: 01 Mar 2022, 01:07 AM IST", "3 hours ago"))
    cache = tmp_path / "cache"
    Builder(site, cache_dir=cache).build()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    result = Builder(site, cache_dir=cache).build()
    assert result.read == 1  # only the document that looked at "now"
    assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh")
    assert "2025-12-31T21:00:00+00:00" in (site.output_dir / "documents.json").read_text(encoding="utf-8")


def test_many_documents_through_the_pool_one_bad_one_fails_alone(site: Config, tmp_path: Path) -> None:
    for i in range(70):
        edit(site.content_dir / f"bulk/b{i:02d}.md", md_doc(f"Bulk {i}", f"2023-02-{1 + i % 28:02d}"))
    edit(site.content_dir / "bulk/bad.md", "---\ntitle: x\n  bad: [\n---\n")
    result = Builder(site, cache_dir=tmp_path / "cache", workers=2).build()
    assert [e.path for e in result.errors] == ["bulk/bad.md"]
    assert len(result.pages) == 78
    assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh")


def test_builder_without_cache_keeps_no_files_behind(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, use_cache=False)
    builder.build()
    scratch = builder._scratch
    assert scratch is not None and scratch.is_dir()
    builder.close()
    assert not scratch.exists()


def test_files_added_or_removed_in_any_folder_are_seen_by_the_next_build(site: Config, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (site.content_dir / "notes" / "deeper").mkdir()
    time.sleep(RACY_WINDOW_NS / 1e9 * 2)  # folders old enough for their mtimes to be trusted
    Builder(site, cache_dir=cache).build()
    assert Builder(site, cache_dir=cache).build().written == 0
    for n, change in enumerate([
        lambda: edit(site.content_dir / "notes" / "deeper" / "x.md", md_doc("Deep", "2024-03-03")),
        lambda: (site.content_dir / "notes" / "n1.md").unlink(),
        lambda: (site.content_dir / "notes" / "n3.md").rename(site.content_dir / "notes" / "deeper" / "n3.md"),
    ]):
        time.sleep(RACY_WINDOW_NS / 1e9 * 2)
        change()
        Builder(site, cache_dir=cache).build()
        assert tree(site.output_dir) == fresh_build(site, tmp_path / f"fresh-{n}"), n


def test_a_build_that_finds_nothing_changed_still_sees_the_clock(site: Config, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    edit(site.content_dir / "future.md", md_doc("From the future", "2025-06-01"))
    time.sleep(RACY_WINDOW_NS / 1e9 * 2)
    cache = tmp_path / "cache"
    first = Builder(site, cache_dir=cache).build()
    assert "future.md" not in {p.doc.source for p in first.pages}
    same = Builder(site, cache_dir=cache).build()
    assert same.page_count == first.page_count and same.written == 0
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01: it is due
    later = Builder(site, cache_dir=cache).build()
    assert later.page_count == first.page_count + 1
    assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh-later")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704067200")  # 2024-01-01: back in time
    Builder(site, cache_dir=cache).build()
    assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh-earlier")


def test_body_edits_anywhere_in_the_order_rebuild_like_a_full_build(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, cache_dir=tmp_path / "cache")
    builder.build()
    for n, rel in enumerate(sorted(p.relative_to(site.content_dir).as_posix()
                                   for p in site.content_dir.rglob("*.*") if p.suffix in (".md", ".txt"))):
        path = site.content_dir / rel
        text = path.read_text(encoding="utf-8")
        # same title and date (so the order holds); a longer body changes the word count
        path.write_text(text + "\nAn added closing paragraph for this document, long enough to keep.\n",
                        encoding="utf-8")
        result = builder.rebuild([path])
        assert result.read == 1
        assert tree(site.output_dir) == fresh_build(site, tmp_path / f"fresh-{n}"), rel


def test_template_edits_in_one_builder_show_at_once(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, cache_dir=tmp_path / "cache")
    builder.build()
    page = (Path(__file__).parent.parent / "templates" / "page.html").read_text(encoding="utf-8")
    for mark in ("first-mark", "second-mark"):
        path = edit(site.templates_dir / "page.html", page.replace("<article", f'<article class="{mark}"', 1))
        assert builder.rebuild([path]).read == 0
        assert f'class="{mark}"' in (site.output_dir / "t0" / "index.html").read_text(encoding="utf-8")
