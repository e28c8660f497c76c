"""Messy folders: binary files named .txt/.md, macOS `._*` forks, empty and
whitespace-only files, a file over the size limit, one giant line, unreadable
entries. Each is handled the same way every time, with a message naming the
file, and the other pages still build."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from sitegen.build import RACY_WINDOW_NS
from sitegen.sources import MAX_LINE_CHARS, MAX_SOURCE_BYTES, Source, classify, read_source_text
from tests.conftest import documents, run_sitegen, write_files

FIXTURES = Path(__file__).parent / "fixtures" / "input"
GOOD = {"good.md": "---\ntitle: Good\n---\nFine.\n"}


def build(tmp_path: Path, *extra: str) -> tuple[int, str, Path]:
    out = tmp_path / "out"
    proc = run_sitegen("build", "--content", tmp_path / "content", "--out", out, *extra, cwd=tmp_path)
    return proc.returncode, proc.stderr, out


def content_with(tmp_path: Path, *fixtures: str) -> Path:
    content = write_files(tmp_path / "content", GOOD)
    for name in fixtures:
        shutil.copy(FIXTURES / name, content / name)
    return content


@pytest.mark.parametrize(("name", "message"), [
    ("binary.txt", "binary.txt: binary data (a PNG image), not text; skipped"),
    ("binary-noise.md", "binary-noise.md: binary data (NUL and control bytes), not text; skipped"),
])
def test_unusable_file_is_skipped_with_an_error_and_the_rest_builds(tmp_path: Path, name: str,
                                                                    message: str) -> None:
    content_with(tmp_path, name)
    code, err, out = build(tmp_path)
    assert code == 1
    assert f"error: {message}" in err.splitlines()
    assert [e["source"] for e in documents(out)] == ["good.md"]


@pytest.mark.parametrize("name", ["empty.md", "whitespace.txt"])
def test_empty_file_is_skipped_with_a_warning_and_the_rest_builds(tmp_path: Path, name: str) -> None:
    content_with(tmp_path, name)
    code, err, out = build(tmp_path)
    assert code == 0
    assert err.splitlines() == [f"warning: {name}: empty (or only whitespace); skipped"]
    assert [e["source"] for e in documents(out)] == ["good.md"]
    code, err, _ = build(tmp_path, "--strict")
    assert code == 1 and f"warning: {name}: empty (or only whitespace); skipped" in err


def test_empty_file_given_text_later_is_built(tmp_path: Path) -> None:
    content = content_with(tmp_path, "empty.md")
    time.sleep(RACY_WINDOW_NS / 1e9 * 2)  # old enough for the build that checks stats only
    assert build(tmp_path)[0] == 0
    assert build(tmp_path)[1] == "warning: empty.md: empty (or only whitespace); skipped\n"  # from the kept state
    (content / "empty.md").write_text("# Filled\n\nNow it has text.\n", encoding="utf-8")
    code, err, out = build(tmp_path)
    assert code == 0 and err == ""
    assert [e["source"] for e in documents(out)] == ["empty.md", "good.md"]


def test_macos_resource_forks_are_ignored(tmp_path: Path) -> None:
    content_with(tmp_path, "._resource-fork.md")
    code, err, out = build(tmp_path)
    assert code == 0 and err == ""
    assert [e["source"] for e in documents(out)] == ["good.md"]
    assert not any("resource-fork" in p.name for p in out.rglob("*"))


def test_file_over_the_size_limit_is_skipped_unread(tmp_path: Path) -> None:
    content = content_with(tmp_path)
    with (content / "huge.txt").open("wb") as fh:  # 100 MB, sparse: never read
        fh.truncate(100 * 1024 * 1024)
    code, err, out = build(tmp_path)
    assert code == 1
    assert f"error: huge.txt: larger than the limit of {MAX_SOURCE_BYTES} bytes; skipped" in err
    assert [e["source"] for e in documents(out)] == ["good.md"]


def test_one_giant_line_is_wrapped_and_kept_whole(tmp_path: Path) -> None:
    content = content_with(tmp_path)
    words = [f"w{i}" for i in range(700_000)]  # one line of about 5 MB
    line = " ".join(words)
    assert len(line) > 5_000_000
    (content / "giant.txt").write_text("A giant line\n\n" + line + ".\n", encoding="utf-8")
    (content / "giant-md.md").write_text("# Giant Markdown line\n\n" + line + ".\n", encoding="utf-8")
    code, err, out = build(tmp_path)
    assert code == 0, err
    assert f"warning: giant.txt: line 3: longer than {MAX_LINE_CHARS} characters; wrapped" in err
    assert f"warning: giant-md.md: line 3: longer than {MAX_LINE_CHARS} characters; wrapped" in err
    entries = {e["source"]: e for e in documents(out)}
    assert set(entries) == {"good.md", "giant.txt", "giant-md.md"}
    assert entries["giant.txt"]["words"] >= 700_000 and entries["giant-md.md"]["words"] >= 700_000
    page = (out / "giant-md" / "index.html").read_text(encoding="utf-8")
    assert "w0 w1 w2" in page and "w699999." in page


def test_sources_that_cannot_be_read_are_errors_not_crashes(tmp_path: Path) -> None:
    content = content_with(tmp_path)
    os.mkfifo(content / "pipe.md")  # opening it would block forever
    (content / "dangling.md").symlink_to(tmp_path / "missing.md")
    (content / "dangling.png").symlink_to(tmp_path / "missing.png")
    code, err, out = build(tmp_path)
    assert code == 1
    assert "error: pipe.md: not a regular file (a device, socket or pipe); skipped" in err
    assert "error: dangling.md: cannot read: No such file or directory; skipped" in err
    assert "error: dangling.png: cannot read: No such file or directory; skipped" in err
    assert [e["source"] for e in documents(out)] == ["good.md"]


def test_file_name_that_is_not_utf8_is_reported_not_crashing(tmp_path: Path) -> None:
    content = content_with(tmp_path)
    with open(os.path.join(os.fsencode(content), b"caf\xe9.md"), "wb") as fh:
        fh.write(b"# Caf\xc3\xa9\n\nText.\n")
    code, err, out = build(tmp_path)
    assert code == 1
    assert "error: caf\\xe9.md: file name is not valid UTF-8; skipped (rename it)" in err
    assert [e["source"] for e in documents(out)] == ["good.md"]


def test_classify_and_read_agree(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Title\n\nText.\n")
    source = classify(tmp_path / "a.txt", "a.txt")
    assert source == Source(tmp_path / "a.txt", "a.txt", "text")
    assert read_source_text(source) == ("Title\n\nText.\n", [])
