"""`sitegen publish --dir` against real folders: sync, dry run, guards, symlinks."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sitegen.publish import Plan, plan_dir, publish_dir, site_files
from tests.conftest import run_sitegen, write_files

SOURCES = {
    "content/a.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\n---\nText A.\n",
    "content/b.md": "---\ntitle: B\ndate: 2024-01-02\n---\nText B.\n",
    "content/img/pic.png": b"\x89PNG\r\n\x1a\nbytes",
}


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry under `folder` (symlinks as their target, never followed)."""
    out: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[rel] = "-> " + os.readlink(path)
        elif path.is_file():
            out[rel] = path.read_bytes()
    return out


def publish(cwd: Path, *args: str | Path) -> tuple[int, str, str]:
    proc = run_sitegen("publish", *args, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_files(tmp_path / "project", dict(SOURCES))


def test_target_becomes_equal_to_the_site(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "www"
    code, out, err = publish(project, "--dir", target)
    assert code == 0, err
    site = snapshot(project / "site")
    del site[".sitegen-manifest.json"]
    assert snapshot(target) == site
    assert "index.html" in site and "feed.xml" in site and "img/pic.png" in site
    mode = stat.S_IMODE((target / "index.html").stat().st_mode)
    assert mode & 0o044 == 0o044, "published files are readable by the web server"

    code, out, _ = publish(project, "--dir", target)
    assert code == 0 and "up to date" in out

    (project / "content" / "b.md").unlink()
    (project / "content" / "a.md").write_text("---\ntitle: A2\ndate: 2024-01-01\n---\nChanged.\n", encoding="utf-8")
    code, out, err = publish(project, "--dir", target)
    assert code == 0, err
    assert not (target / "b").exists(), "emptied folders go too"
    assert not (target / "tags").exists()
    assert "Changed." in (target / "a" / "index.html").read_text(encoding="utf-8")
    site = snapshot(project / "site")
    del site[".sitegen-manifest.json"]
    assert snapshot(target) == site


def test_dry_run_lists_and_changes_nothing(project: Path, tmp_path: Path) -> None:
    target = write_files(tmp_path / "www", {"stale.html": "old\n", "index.html": "old index\n"})
    before = snapshot(target)
    code, out, err = publish(project, "--dir", target, "--dry-run")
    assert code == 0, err
    lines = out.splitlines()
    assert "delete  stale.html" in lines and "change  index.html" in lines and "add     a/index.html" in lines
    assert lines[-1].startswith("dry run: would publish to") and "1 changed, 1 deleted" in lines[-1]
    assert snapshot(target) == before


def test_symlinks_in_the_target_are_never_followed(project: Path, tmp_path: Path) -> None:
    outside = write_files(tmp_path / "outside", {"secret.txt": "keep me\n", "a/index.html": "outside page\n",
                                                 "tags/x/index.html": "outside tag\n"})
    before = snapshot(outside)
    target = tmp_path / "www"
    target.mkdir()
    (target / "a").symlink_to(outside / "a", target_is_directory=True)  # where a page must go
    (target / "tags").symlink_to(outside / "tags", target_is_directory=True)
    (target / "index.html").symlink_to(outside / "secret.txt")  # a file the site replaces
    (target / "gone").symlink_to(outside, target_is_directory=True)  # not produced: to delete
    code, _, err = publish(project, "--dir", target)
    assert code == 0, err
    assert snapshot(outside) == before
    assert not (target / "gone").exists() and not (target / "gone").is_symlink()
    for rel in ("a", "tags", "tags/x"):
        assert not (target / rel).is_symlink() and (target / rel).is_dir()
    assert not (target / "index.html").is_symlink()
    assert "Text A." in (target / "a" / "index.html").read_text(encoding="utf-8")


def test_file_and_folder_swap_places(tmp_path: Path) -> None:
    site = write_files(tmp_path / "site", {"a": "now a file\n", "b/index.html": "now in a folder\n"})
    target = write_files(tmp_path / "www", {"a/index.html": "was in a folder\n", "a/deep/x.css": "x",
                                            "b": "was a file"})
    content = tmp_path / "content"
    content.mkdir()
    plan = plan_dir(site_files(site), target)
    assert plan == Plan(added=("a", "b/index.html"), deleted=("a/deep/x.css", "a/index.html", "b"))
    publish_dir(site, target, content)
    assert snapshot(target) == {"a": b"now a file\n", "b/index.html": b"now in a folder\n"}


@pytest.mark.parametrize("where", ["root", "home", "content", "parent of content", "output", "inside output"])
def test_refused_targets(project: Path, tmp_path: Path, where: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    target = {"root": Path("/"), "home": home, "content": project / "content", "parent of content": project,
              "output": project / "site", "inside output": project / "site" / "sub"}[where]
    before = snapshot(project / "content")
    proc = run_sitegen("publish", "--dir", target, cwd=project, env={"HOME": str(home)})
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "refusing" in proc.stderr or "must not" in proc.stderr
    assert snapshot(project / "content") == before


def test_max_deletes_guard_and_override(project: Path, tmp_path: Path) -> None:
    target = write_files(tmp_path / "www", {f"old/{n}.html": "old\n" for n in range(8)})
    before = snapshot(target)
    code, _, err = publish(project, "--dir", target, "--max-deletes", "3")
    assert code == 1 and "would delete 8 files" in err
    assert snapshot(target) == before, "nothing is copied or deleted when the guard trips"
    (project / "sitegen.toml").write_text("max_deletes = 2\n", encoding="utf-8")
    code, _, err = publish(project, "--dir", target)
    assert code == 1 and "limit of 2" in err
    code, _, err = publish(project, "--dir", target, "--max-deletes", "8")
    assert code == 0, err
    assert not (target / "old").exists()


def test_failed_build_publishes_nothing(project: Path, tmp_path: Path) -> None:
    target = write_files(tmp_path / "www", {"index.html": "live site\n"})
    (project / "content" / "bad.md").write_text("---\ndate: never\n---\nx\n", encoding="utf-8")
    code, _, err = publish(project, "--dir", target)
    assert code == 1 and "bad.md" in err and "nothing was published" in err
    assert snapshot(target) == {"index.html": b"live site\n"}


def test_target_that_is_a_file_is_refused(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    code, _, err = publish(project, "--dir", target)
    assert code == 2 and "not a folder" in err
