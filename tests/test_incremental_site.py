"""Site-level outputs (search index, feed, sitemap, tag and section listings,
404) kept between rebuilds equal a full build after every kind of change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sitegen.build import Builder
from sitegen.config import Config, load_config
from sitegen.write import MANIFEST
from tests.engine_helpers import fresh_build, tree

COUNT = 30  # more than the feed's 20 entries


def note(title: str, date: str, tags: str = "", section: str = "", body: str = "Plain words here.",
         summary: str = "") -> str:
    lines = ["---", f"title: {title}", f"date: {date}"]
    if summary:
        lines.append(f"summary: {summary}")
    if tags:
        lines.append(f"tags: [{tags}]")
    if section:
        lines.append(f"section: {section}")
    return "\n".join([*lines, "---", "", body, "", "## Part", "", "More words.", ""])


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01
    content = tmp_path / "content"
    content.mkdir()
    for i in range(COUNT):
        tags = "Alpha, Beta" if i % 3 == 0 else ("Gamma" if i % 5 == 0 else "")
        section = "News/World" if i % 4 == 0 else ""
        (content / f"n{i:02d}.md").write_text(
            note(f"Note {i}", f"2024-{1 + i % 12:02d}-{1 + i:02d}", tags, section, f"Words of note {i}."),
            encoding="utf-8")
    return load_config(folder=tmp_path).replace(output_dir=tmp_path / "out")


def write(c: Config, rel: str, text: str) -> list[Path]:
    path = c.content_dir / rel
    path.write_text(text, encoding="utf-8")
    return [path]


def old_body(c: Config) -> list[Path]:  # an untagged document far from the newest
    return write(c, "n01.md", note("Note 1", "2024-02-02", body="A new body with a quokka in it."))


def tagged_body(c: Config) -> list[Path]:  # a summary: shown in its listings
    return write(c, "n03.md", note("Note 3", "2024-04-04", "Alpha, Beta", body="Now about a narwhal.",
                                   summary="On narwhals."))


def new_tag(c: Config) -> list[Path]:
    return write(c, "n07.md", note("Note 7", "2024-08-08", "Delta", body="Words of note 7."))


def drop_tags(c: Config) -> list[Path]:
    return write(c, "n03.md", note("Note 3", "2024-04-04", body="Now about a narwhal."))


def new_section(c: Config) -> list[Path]:
    return write(c, "n02.md", note("Note 2", "2024-03-03", section="Sport/Chess", body="Words of note 2."))


def redate(c: Config) -> list[Path]:  # moves to the top: feed, index order, neighbours
    return write(c, "n05.md", note("Note 5", "2024-12-30", "Gamma", body="Words of note 5."))


def retitle(c: Config) -> list[Path]:
    return write(c, "n09.md", note("A new title for nine", "2024-10-10", "Alpha, Beta", body="Words of note 9."))


def same_instant_other_zone(c: Config) -> list[Path]:
    return write(c, "n05.md", note("Note 5", "2024-12-30T01:00:00+01:00", "Gamma", body="Words of note 5."))


def add(c: Config) -> list[Path]:
    return write(c, "added.md", note("Added", "2024-07-15", "Alpha", "News/Local", "An added note."))


def delete(c: Config) -> list[Path]:
    path = c.content_dir / "n06.md"
    path.unlink()
    return [path]


def rename(c: Config) -> list[Path]:
    old, new = c.content_dir / "n08.md", c.content_dir / "eight.md"
    old.rename(new)
    return [old, new]


def add_newest(c: Config) -> list[Path]:  # every document after it moves one place down
    return write(c, "newest.md", note("Newest", "2024-12-31", "Alpha", body="The newest note of all."))


def add_oldest(c: Config) -> list[Path]:
    return write(c, "oldest.md", note("Oldest", "2023-01-01", body="The oldest note of all."))


def same_words_other_body(c: Config) -> list[Path]:  # its listings show nothing new: the index page stays
    return write(c, "n01.md", note("Note 1", "2024-02-02", body="A new body with a wombat in it."))


def delete_newest(c: Config) -> list[Path]:
    path = c.content_dir / "newest.md"
    path.unlink()
    return [path]


def draft(c: Config) -> list[Path]:
    return write(c, "n12.md", "---\ntitle: Hidden\ndraft: true\ntags: [Alpha]\n---\nText.\n")


STEPS: list[tuple[str, Callable[[Config], list[Path]]]] = [
    ("old body", old_body), ("tagged body", tagged_body), ("new tag", new_tag), ("drop tags", drop_tags),
    ("new section", new_section), ("redate", redate), ("retitle", retitle),
    ("same instant, other zone", same_instant_other_zone), ("add", add), ("delete", delete),
    ("rename", rename), ("draft", draft), ("old body again", old_body), ("add the newest", add_newest),
    ("same words, other body", same_words_other_body), ("add the oldest", add_oldest),
    ("delete the newest", delete_newest),
]


def changed_files(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel) and rel != MANIFEST}


def test_every_change_rebuilds_like_a_full_build(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, cache_dir=tmp_path / "cache")
    assert builder.build().ok
    before = tree(site.output_dir)
    assert before == fresh_build(site, tmp_path / "fresh")
    for n, (name, step) in enumerate(STEPS):
        result = builder.rebuild(step(site))
        assert result.ok, (name, result.errors)
        after = tree(site.output_dir)
        assert after == fresh_build(site, tmp_path / f"fresh-{n}"), name
        differ = changed_files(before, after)
        if name == "old body":
            # not among the feed's newest, in no listing but the index: its
            # page, documents.json, its index page and the search files
            assert differ - {"n01/index.html", "documents.json", "page/2/index.html"} <= {
                rel for rel in differ if rel.startswith("search/")}, differ
        if name == "tagged body":
            assert {"tags/alpha/index.html", "tags/beta/index.html"} <= differ
            assert "tags/gamma/index.html" not in differ and "sitemap.xml" not in differ
        if name == "redate":
            assert {"feed.xml", "sitemap.xml", "tags/gamma/index.html"} <= differ
        if name == "same words, other body":
            assert "n01/index.html" in differ and not any(rel.endswith("index.html") and rel != "n01/index.html"
                                                          for rel in differ), differ
        if name == "same instant, other zone":
            assert {"feed.xml", "sitemap.xml"} <= differ
        before = after


def test_a_full_build_after_rebuilds_repairs_damaged_site_outputs(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, cache_dir=tmp_path / "cache")
    builder.build()
    builder.rebuild(tagged_body(site))
    for rel in ("feed.xml", "tags/alpha/index.html", "search/meta.js", "search/terms-_.js"):
        (site.output_dir / rel).write_text("damaged", encoding="utf-8")
    builder.build()
    assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh")


def test_a_content_file_replaces_a_site_output_and_gives_it_back(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, cache_dir=tmp_path / "cache")
    builder.build()
    own = site.content_dir / "404.html"
    own.write_text("<p>my own</p>\n", encoding="utf-8")
    builder.rebuild([own])
    assert (site.output_dir / "404.html").read_text(encoding="utf-8") == "<p>my own</p>\n"
    assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh-1")
    own.unlink()
    builder.rebuild([own])
    assert tree(site.output_dir) == fresh_build(site, tmp_path / "fresh-2")


def test_a_builder_started_on_a_built_site_rebuilds_edits_like_a_full_build(site: Config, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = Builder(site, cache_dir=cache, warm=False)
    first.build()
    first.close()
    builder = Builder(site, cache_dir=cache)  # as `watch` and `serve` make it: it finds nothing to do
    result = builder.build()
    assert result.written == 0 and result.page_count == COUNT
    for n, (name, step) in enumerate(STEPS[:3]):
        result = builder.rebuild(step(site))
        assert result.read == 1 and result.ok, name
        assert tree(site.output_dir) == fresh_build(site, tmp_path / f"fresh-{n}"), name


def test_edits_adds_and_deletes_over_several_index_pages_rebuild_like_a_full_build(
        site: Config, tmp_path: Path) -> None:
    """120 more documents (three index pages): a body edit on the second
    page touches only that index page; adds and deletes move the rest."""
    for i in range(120):
        write(site, f"m{i:03d}.md", note(f"More {i}", f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00",
                                         body=f"Words of more {i}."))
    builder = Builder(site, cache_dir=tmp_path / "cache")
    assert builder.build().ok
    before = tree(site.output_dir)
    steps: list[tuple[str, Callable[[Config], list[Path]]]] = [
        ("longer body", lambda c: write(c, "m060.md", note("More 60", "2022-01-05T12:00:00",
                                                           body="Words of more 60. " * 150))),
        ("add the newest", add_newest), ("add", add), ("delete", delete), ("delete the newest", delete_newest),
        ("rename", rename)]
    for n, (name, step) in enumerate(steps):
        result = builder.rebuild(step(site))
        assert result.ok, (name, result.errors)
        after = tree(site.output_dir)
        assert after == fresh_build(site, tmp_path / f"fresh-{n}"), name
        if name == "longer body":
            pages = {rel for rel in changed_files(before, after) if rel == "index.html" or rel.startswith("page/")}
            assert len(pages) == 1, pages
        before = after
