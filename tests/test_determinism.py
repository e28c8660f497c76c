"""The same sources give byte-identical output, whatever the hash seed, time
zone, locale, folder path or directory order, and no page carries the clock."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import SEED, run_sitegen, write_files

SOURCES: dict[str, str | bytes] = {
    "sitegen.toml": 'title = "Determinism"\nbase_url = "https://example.org/d/"\nauthor = "Ann"\n',
    **{f"content/notes/n{n:02d}.md": f"---\ntitle: Note {n}\ndate: 2023-0{n % 9 + 1}-1{n % 10}T1{n % 10}:00:00"
                                     f"{'+02:00' if n % 2 else ''}\ntags: [t{n % 4}, Ä{n % 3}, shared]\n"
                                     f"section: [S{n % 2}, Sub {n % 3}]\n---\nBody of note {n}.\n\n## Part\n\nMore.\n"
       for n in range(24)},
    "content/undated.md": "# Undated\n\nNo date here.\n",
    "content/same-date-b.md": "---\ntitle: Same\ndate: 2022-02-02\n---\nB.\n",
    "content/same-date-a.md": "---\ntitle: Same\ndate: 2022-02-02\n---\nA.\n",
    "content/img/pic.png": b"\x89PNG\r\n\x1a\nnot really",
}


def make_site(root: Path, reverse: bool) -> Path:
    items = sorted(SOURCES.items(), reverse=reverse)
    write_files(root, dict(items))
    shutil.copy(SEED, root / "content" / SEED.name)
    return root


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    one = make_site(tmp_path / "one", reverse=False)
    two = make_site(tmp_path / "second-copy" / "deeper", reverse=True)
    envs = [
        {"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C", "LANG": "C"},
        {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
    ]
    for root, env in zip((one, two), envs, strict=True):
        proc = run_sitegen("build", cwd=root, env=env)
        assert proc.returncode == 0, proc.stderr
    first, second = snapshot(one / "site"), snapshot(two / "site")
    assert sorted(first) == sorted(second)
    differing = [rel for rel in first if first[rel] != second[rel]]
    assert differing == []
    for rel in ("feed.xml", "sitemap.xml", "robots.txt", "404.html", "tags/index.html", "sections/s0/index.html"):
        assert rel in first
    today = datetime.now(tz=UTC).date().isoformat()
    assert not [rel for rel, data in first.items() if today.encode() in data], "no wall-clock dates in the output"
    assert not [rel for rel, data in first.items() if str(tmp_path).encode() in data], "no build paths in the output"


def test_rebuilding_in_place_changes_nothing(tmp_path: Path) -> None:
    root = make_site(tmp_path, reverse=False)
    assert run_sitegen("build", cwd=root, env={"PYTHONHASHSEED": "7"}).returncode == 0
    before = snapshot(root / "site")
    proc = run_sitegen("build", cwd=root, env={"PYTHONHASHSEED": "8"})
    assert proc.returncode == 0, proc.stderr
    assert "0 written" in proc.stdout
    assert snapshot(root / "site") == before
