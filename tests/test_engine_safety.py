"""Output folder safety: sitegen refuses folders it could destroy, and never
deletes anything outside its output folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import run_sitegen, write_files

DOC = "---\ntitle: A page\ndate: 2024-01-01\n---\n\nSome text.\n"


def build(cwd: Path, *args: str | Path) -> tuple[int, str]:
    proc = run_sitegen("build", *args, "--cache-dir", cwd / ".cache-for-test", cwd=cwd)
    return proc.returncode, proc.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write_files(tmp_path / "content", {"a.md": DOC, "sub/b.md": DOC.replace("A page", "B page")})
    return tmp_path


@pytest.mark.parametrize("out", ["/", "~", ".", "content", "content/sub", "content/site"])
def test_refuses_dangerous_output_folders(project: Path, out: str) -> None:
    target = str(Path.home()) if out == "~" else out
    before = sorted(p.relative_to(project).as_posix() for p in project.rglob("*"))
    code, err = build(project, "--content", "content", "--out", target)
    assert code == 2, err
    assert "output folder" in err
    after = sorted(p.relative_to(project).as_posix() for p in project.rglob("*"))
    assert after == before, "a refused build must not touch anything"


def test_refuses_a_folder_that_contains_the_content(tmp_path: Path) -> None:
    write_files(tmp_path / "proj" / "content", {"a.md": DOC})
    code, err = build(tmp_path, "--content", tmp_path / "proj" / "content", "--out", tmp_path / "proj")
    assert code == 2 and "content folder" in err


def test_refuses_a_foreign_non_empty_folder_unless_forced(project: Path) -> None:
    write_files(project / "public", {"precious.txt": "mine", "index.html": "my own page"})
    code, err = build(project, "--content", "content", "--out", "public")
    assert code == 2 and "--force" in err
    assert (project / "public" / "index.html").read_text() == "my own page"
    code, err = build(project, "--content", "content", "--out", "public", "--force")
    assert code == 0, err
    assert (project / "public" / "precious.txt").read_text() == "mine", "a forced build keeps what it did not make"
    assert (project / "public" / "a" / "index.html").is_file()
    # later builds know the folder as sitegen's own and still keep the foreign file
    (project / "content" / "a.md").unlink()
    code, err = build(project, "--content", "content", "--out", "public")
    assert code == 0, err
    assert (project / "public" / "precious.txt").read_text() == "mine"
    assert not (project / "public" / "a").exists()


def test_an_empty_folder_and_a_missing_one_are_fine(project: Path) -> None:
    (project / "empty").mkdir()
    assert build(project, "--content", "content", "--out", "empty")[0] == 0
    assert build(project, "--content", "content", "--out", "new/deeper")[0] == 0
    assert (project / "new" / "deeper" / "index.html").is_file()


def test_refuses_an_output_path_that_is_a_file(project: Path) -> None:
    (project / "site").write_text("a file")
    code, err = build(project, "--content", "content", "--out", "site")
    assert code == 2 and (project / "site").read_text() == "a file"


def test_a_tampered_manifest_cannot_delete_outside_the_output(project: Path) -> None:
    assert build(project, "--content", "content", "--out", "site")[0] == 0
    victim = project / "victim.txt"
    victim.write_text("keep me")
    manifest = project / "site" / ".sitegen-manifest.json"
    data = json.loads(manifest.read_text())
    data["files"] += ["../victim.txt", str(victim), "a/../../victim.txt"]
    data["changed"] = data["files"]
    manifest.write_text(json.dumps(data))
    os.symlink(project / "content", project / "site" / "link")
    data["files"].append("link/a.md")
    manifest.write_text(json.dumps(data))
    code, err = build(project, "--content", "content", "--out", "site")
    assert code == 0, err
    assert victim.read_text() == "keep me"
    assert (project / "content" / "a.md").read_text() == DOC


def test_cache_inside_the_output_is_refused(project: Path) -> None:
    proc = run_sitegen("build", "--content", "content", "--out", "site", "--cache-dir", "site/.cache", cwd=project)
    assert proc.returncode == 2 and "cache" in proc.stderr


def test_built_files_are_readable_by_everyone(project: Path) -> None:
    """A web server (another user) must read the site: 0666 less the umask,
    not the 0600 of a private temporary file."""
    mask = os.umask(0o022)
    os.umask(mask)
    assert build(project, "--content", "content", "--out", "site")[0] == 0
    (project / "content" / "a.md").write_text(DOC.replace("Some text.", "Other text."), encoding="utf-8")
    assert build(project, "--content", "content", "--out", "site")[0] == 0  # a rebuild, into staging
    files = [p for p in (project / "site").rglob("*") if p.is_file()]
    assert len(files) > 5
    modes = {p.relative_to(project).as_posix(): oct(p.stat().st_mode & 0o777) for p in files}
    assert set(modes.values()) == {oct(0o666 & ~mask)}, modes
