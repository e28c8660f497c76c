"""Names: colliding URLs are errors naming every source; any name (CJK,
emoji, `..`, CON, very long) gives a safe, unique path inside the output."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from sitegen.urls import MAX_PART_BYTES, document_url, slugify
from tests.conftest import documents, run_sitegen, write_files

BODY = "---\ntitle: T\n---\nText.\n"


def build(tmp_path: Path, files: dict[str, str | bytes]) -> tuple[int, str, Path]:
    content = write_files(tmp_path / "content", files)
    out = tmp_path / "out"
    proc = run_sitegen("build", "--content", content, "--out", out, cwd=tmp_path)
    return proc.returncode, proc.stderr, out


@pytest.mark.parametrize("names", [
    ["Notes.md", "notes.md"],  # case
    ["my notes.md", "my-notes.md", "my  notes.txt"],  # spaces versus hyphens
    [unicodedata.normalize("NFC", "café.md"), unicodedata.normalize("NFD", "café.md")],  # Unicode forms
    ["STRASSE.md", "straße.md"],  # case folding beyond lower()
])
def test_colliding_urls_name_every_source_and_none_wins(tmp_path: Path, names: list[str]) -> None:
    code, err, out = build(tmp_path, {"other.md": BODY, **{n: BODY for n in names}})
    assert code == 1
    listed = ", ".join(sorted(names))
    for name in names:
        assert f"error: {name}: its URL " in err and f"collides with other sources ({listed})" in err
    assert [e["source"] for e in documents(out)] == ["other.md"]


def test_a_slug_can_collide_with_a_file_name(tmp_path: Path) -> None:
    code, err, _ = build(tmp_path, {"a.md": BODY, "b.md": "---\ntitle: B\nslug: A\n---\nText.\n"})
    assert code == 1 and "collides with other sources (a.md, b.md)" in err


def test_index_page_urls_are_reserved(tmp_path: Path) -> None:
    code, err, out = build(tmp_path, {"page/2.md": BODY, "page/notes.md": BODY})
    assert code == 1 and "error: page/2.md: its URL 'page/2/' is reserved for the index pages" in err
    assert [e["source"] for e in documents(out)] == ["page/notes.md"]


HOSTILE_NAMES = ["東京ニュース.md", "🎉 party 🎉.md", "CON.md", "nul.txt", "com1.backup.md", "dots...md", "a..b.md",
                 "x" * 240 + ".md", "é" * 120 + ".md", "evil\u202egnp.md", "tab\tname.md", "???.md", "!!!.md"]


def test_hostile_names_give_safe_unique_paths_inside_the_output(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {name: BODY for name in HOSTILE_NAMES}
    files["slugs.md"] = "---\ntitle: S\nslug: ../../../etc/passwd\n---\nText.\n"
    files["deep/sub dir/Ünïcode Ñame.md"] = BODY
    code, err, out = build(tmp_path, files)
    assert code == 0, err
    entries = documents(out)
    assert len(entries) == len(files)
    assert len({e["url"] for e in entries}) == len(entries)
    root = out.resolve()
    for entry in entries:
        path = (out / entry["file"]).resolve()
        assert path.is_file() and root in path.parents
        for part in entry["file"].split("/"):
            assert 0 < len(part.encode("utf-8")) <= MAX_PART_BYTES and part not in (".", "..")
            assert part.split(".")[0].lower() not in ("con", "nul", "com1")
            assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in part)
    urls = {e["source"]: e["url"] for e in entries}
    assert urls["東京ニュース.md"] == "東京ニュース/" and urls["🎉 party 🎉.md"] == "🎉-party-🎉/"
    assert urls["CON.md"] == "con-/" and urls["slugs.md"] == "etc-passwd/"
    assert urls["deep/sub dir/Ünïcode Ñame.md"] == "deep/sub-dir/ünïcode-ñame/"


def test_long_names_stay_unique_after_cutting() -> None:
    a, b = slugify("x" * 300 + "a"), slugify("x" * 300 + "b")
    assert a != b and len(a.encode()) <= MAX_PART_BYTES and len(b.encode()) <= MAX_PART_BYTES
    assert slugify("X" * 300 + "A") == a  # but case still collides, as it must


def test_names_with_nothing_sluggable_do_not_collide() -> None:
    assert document_url("???.md") != document_url("!!!.md")
    assert document_url("???.md").startswith("untitled-")
