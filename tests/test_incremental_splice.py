"""Documents added, removed, renamed, re-dated or re-slugged in a site of a
few index pages: each rebuild splices the listing in place and still gives
the bytes of a build from nothing."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from sitegen import listing
from sitegen.build import Builder
from sitegen.config import Config, load_config
from sitegen.write import MANIFEST
from tests.engine_helpers import fresh_build, text_doc, tree

COUNT = 2 * listing.PER_PAGE + 12  # three index pages


def note(n: int, date: str | None, extra: str = "") -> str:
    dated = f"date: {date}\n" if date else ""
    return f"---\ntitle: Note number {n}\n{dated}{extra}---\n\nBody of note {n}, words zq{n}x.\n"


def day(rng: random.Random) -> str:
    return f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01
    rng = random.Random(11)
    content = tmp_path / "content"
    (content / "notes").mkdir(parents=True)
    for n in range(COUNT):
        folder = content / ("notes" if n % 3 else "")
        (folder / f"n{n:03d}.md").write_text(note(n, day(rng) if n % 17 else None), encoding="utf-8")
    (content / "dump.txt").write_text(text_doc("A text dump among the notes"), encoding="utf-8")
    return load_config(folder=tmp_path).replace(output_dir=tmp_path / "out")


def differ(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {rel for rel in after.keys() | before.keys() if before.get(rel) != after.get(rel) and rel != MANIFEST}


def test_adds_deletes_renames_and_moves_equal_a_full_build(site: Config, tmp_path: Path) -> None:
    content = site.content_dir
    builder = Builder(site, cache_dir=tmp_path / "cache")
    assert builder.build().ok
    rng = random.Random(5)
    serial = 900

    def add(date: str | None, extra: str = "") -> list[Path]:
        nonlocal serial
        serial += 1
        path = content / rng.choice(["", "notes/", "new/"]) / f"a{serial}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(note(serial, date, extra), encoding="utf-8")
        return [path]

    def existing() -> Path:
        return rng.choice(sorted(content.rglob("n*.md")))

    def delete() -> list[Path]:
        path = existing()
        path.unlink()
        return [path]

    def rename() -> list[Path]:
        old = existing()
        new = old.with_name("r" + old.name)
        old.rename(new)
        return [old, new]

    def redate() -> list[Path]:
        path = existing()
        n = int(path.stem.lstrip("r")[1:])
        path.write_text(note(n, day(rng)), encoding="utf-8")
        return [path]

    def reslug() -> list[Path]:
        path = existing()
        path.write_text(note(0, "2020-02-02", f"slug: moved-{path.stem}\n"), encoding="utf-8")
        return [path]

    def delete_newest() -> list[Path]:
        path = max(content.rglob("a*.md"), key=lambda p: "2024-12-31" in p.read_text(encoding="utf-8"))
        path.unlink()
        return [path]

    def several() -> list[Path]:
        return [*add("2030-01-01"), *delete(), *add(None), *redate()]  # one in the future: hidden

    steps = [
        ("add newest", lambda: add("2024-12-31")), ("add oldest", lambda: add("2001-01-01")),
        ("add middle", lambda: add("2018-06-15")), ("add undated", lambda: add(None)),
        ("add tagged", lambda: add("2019-01-01", "tags: [alpha, beta]\nsection: World\n")),
        ("delete", delete), ("delete", delete), ("rename", rename), ("redate", redate), ("reslug", reslug),
        ("add draft", lambda: add("2019-03-03", "draft: true\n")), ("several", several),
        ("clash", lambda: add("2019-04-04", "slug: n001\n")),
        ("same instant, other zone", lambda: add("2024-12-31T01:00:00+01:00")),
        ("delete newest", delete_newest), ("updated", lambda: add("2016-01-01", "updated: 2026-01-01\n")),
    ]
    for _ in range(3):
        steps.append(rng.choice(steps[:10]))
    before = tree(site.output_dir)
    for n, (name, step) in enumerate(steps, start=1):
        result = builder.rebuild(step())
        after = tree(site.output_dir)
        assert after == fresh_build(site, tmp_path / f"fresh-{n}"), f"after {name!r} (step {n})"
        listed = json.loads((site.output_dir / MANIFEST).read_text(encoding="utf-8"))["files"]
        assert listed == sorted(rel for rel in after if rel != MANIFEST), name
        assert result.written == len(differ(before, after) - result_removed(before, after)), name
        before = after


def result_removed(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return set(before) - set(after)


def test_an_added_newest_document_rewrites_only_what_shows_it(site: Config, tmp_path: Path) -> None:
    builder = Builder(site, cache_dir=tmp_path / "cache")
    builder.build()
    before = tree(site.output_dir)
    path = site.content_dir / "fresh.md"
    path.write_text(note(999, "2024-12-30"), encoding="utf-8")
    result = builder.rebuild([path])
    after = tree(site.output_dir)
    assert after == fresh_build(site, tmp_path / "fresh")
    changed = differ(before, after)
    # its page, its older neighbour's, every index page (each moves up one), the site-level files
    assert "fresh/index.html" in changed and result.read == 1
    pages = {rel for rel in changed if rel.endswith("index.html") and not rel.startswith(("page/", "fresh/"))}
    assert len(pages - {"index.html"}) == 1, pages
    path.unlink()
    builder.rebuild([path])
    assert tree(site.output_dir) == before
