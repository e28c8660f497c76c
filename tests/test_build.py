"""`sitegen build` end to end: the output contract, errors, config, theme overrides."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from tests.conftest import documents, run_sitegen, write_files

NOTE = """---
title: A note <with> "markup"
date: 2024-05-01T10:00:00+02:00
summary: The summary.
tags: [one, two]
slug: custom-slug
---

First paragraph with {{ 7*7 }} and <script>alert(1)</script>.

## Part one

Text.

### Detail

More text.
"""


def build(content: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    proc = run_sitegen("build", "--content", content, "--out", out, *extra, cwd=content.parent)
    return proc.returncode, proc.stdout, proc.stderr


def test_documents_json_contract(site_dirs: tuple[Path, Path]) -> None:
    content, out = site_dirs
    write_files(content, {"notes/a.md": NOTE, "b.md": "# Plain title\n\nOne paragraph here.\n"})
    code, _, err = build(content, out)
    assert code == 0, err
    entries = {e["source"]: e for e in documents(out)}
    assert set(entries) == {"notes/a.md", "b.md"}
    a = entries["notes/a.md"]
    assert a["url"] == "notes/custom-slug/" and a["file"] == "notes/custom-slug/index.html"
    assert a["title"] == 'A note <with> "markup"'
    assert a["date"] == "2024-05-01T10:00:00+02:00"
    assert a["summary"] == "The summary."
    assert a["headings"] == ["Part one", "Detail"]
    assert isinstance(a["words"], int) and a["words"] > 5
    b = entries["b.md"]
    assert b["url"] == "b/" and b["title"] == "Plain title" and b["date"] is None and b["headings"] == []
    for entry in entries.values():
        assert (out / entry["file"]).is_file()


def test_page_structure_and_escaping(site_dirs: tuple[Path, Path]) -> None:
    content, out = site_dirs
    write_files(content, {"a.md": NOTE})
    assert build(content, out)[0] == 0
    raw = (out / "custom-slug" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in raw and "{{ 7*7 }}" in raw and "49" not in raw
    page = lxml_html.document_fromstring(raw)
    (art,) = page.xpath("//article")
    assert [h.text_content() for h in art.xpath(".//h1")] == ['A note <with> "markup"']
    assert art.xpath("./header//time/@datetime") == ["2024-05-01T10:00:00+02:00"]
    assert [h.text_content() for h in art.xpath(".//h2")] == ["Part one"]
    assert [h.text_content() for h in art.xpath(".//h3")] == ["Detail"]
    assert not art.xpath(".//nav"), "navigation stays outside the article"


def test_index_lists_newest_first_with_relative_links(site_dirs: tuple[Path, Path]) -> None:
    content, out = site_dirs
    write_files(content, {
        "old.md": "---\ntitle: Old\ndate: 2020-01-01\nsummary: Old one.\n---\nText.\n",
        "new.md": "---\ntitle: New\ndate: 2023-01-01\n---\nText.\n",
        "deep/er/doc.md": "---\ntitle: Deep\ndate: 2021-06-01\n---\nText.\n",
    })
    assert build(content, out)[0] == 0
    index = lxml_html.document_fromstring((out / "index.html").read_text(encoding="utf-8"))
    titles = [a.text_content() for a in index.xpath("//ol[@class='listing']//h2/a")]
    assert titles == ["New", "Deep", "Old"]
    hrefs = index.xpath("//ol[@class='listing']//h2/a/@href")
    assert hrefs == ["new/index.html", "deep/er/doc/index.html", "old/index.html"]
    deep = (out / "deep" / "er" / "doc" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../static/style.css"' in deep
    assert "Old one." in (out / "index.html").read_text(encoding="utf-8")


def test_bad_source_fails_alone(site_dirs: tuple[Path, Path]) -> None:
    content, out = site_dirs
    write_files(content, {
        "good.md": "---\ntitle: Good\n---\nFine.\n",
        "bad.md": "---\ntitle: [unclosed\n---\nBody.\n",
        "worse.md": "---\ntitle: x\ndate: not a date\n---\nBody.\n",
        "also-good.txt": "A title line here\n\nA paragraph that is long enough to be kept as article text.\n",
    })
    code, _, err = build(content, out)
    assert code == 1
    assert "bad.md:2:" in err  # file and line of the YAML problem
    assert "worse.md:" in err and "date" in err
    built = {e["source"] for e in documents(out)}
    assert built == {"good.md", "also-good.txt"}


def test_assets_copied_hidden_and_temp_files_ignored(site_dirs: tuple[Path, Path]) -> None:
    content, out = site_dirs
    write_files(content, {
        "post.md": "# Post\n\n![a picture](pic.png)\n",
        "pic.png": b"\x89PNG\r\n\x1a\nfake",
        ".hidden.md": "# Hidden\n",
        "post.md.swp": b"swap",
        "notes~": "backup",
        ".#lock": "lock",
    })
    assert build(content, out)[0] == 0
    assert (out / "pic.png").read_bytes().startswith(b"\x89PNG")
    assert [e["source"] for e in documents(out)] == ["post.md"]
    produced = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert not any("swp" in p or "hidden" in p or p.endswith("~") or "lock" in p for p in produced)


def test_drafts_left_out_unless_asked(site_dirs: tuple[Path, Path]) -> None:
    content, out = site_dirs
    write_files(content, {"d.md": "---\ntitle: Draft\ndraft: true\n---\nText.\n", "p.md": "# Public\n\nText.\n"})
    assert build(content, out)[0] == 0
    assert [e["source"] for e in documents(out)] == ["p.md"]
    assert build(content, out, "--drafts")[0] == 0
    assert sorted(e["source"] for e in documents(out)) == ["d.md", "p.md"]


def test_removed_source_removes_its_page(site_dirs: tuple[Path, Path]) -> None:
    content, out = site_dirs
    write_files(content, {"a.md": "# A\n\nText.\n", "b.md": "# B\n\nText.\n"})
    assert build(content, out)[0] == 0
    assert (out / "b" / "index.html").exists()
    (content / "b.md").unlink()
    assert build(content, out)[0] == 0
    assert not (out / "b").exists()
    assert (out / "a" / "index.html").exists()


def test_site_templates_and_static_override_theme(tmp_path: Path) -> None:
    write_files(tmp_path, {
        "content/a.md": "# A\n\nText.\n",
        "templates/page.html": "<!doctype html><title>{{ meta.title }}</title><article><h1>{{ meta.title }}</h1>"
                               "<p>custom page</p></article>\n",
        "static/style.css": "body{color:red}\n",
    })
    proc = run_sitegen("build", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "custom page" in (tmp_path / "site" / "a" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "site" / "static" / "style.css").read_text(encoding="utf-8") == "body{color:red}\n"
    assert "Skip to content" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_config_file_and_flags(tmp_path: Path) -> None:
    write_files(tmp_path, {
        "sitegen.toml": 'title = "My Reading List"\ncontent_dir = "docs"\noutput_dir = "public"\n',
        "docs/a.md": "# A\n\nText.\n",
    })
    proc = run_sitegen("build", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "My Reading List" in (tmp_path / "public" / "index.html").read_text(encoding="utf-8")
    proc = run_sitegen("build", "--out", "other", cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "other" / "a" / "index.html").exists()


def test_unknown_config_key_is_an_error_naming_key_and_file(tmp_path: Path) -> None:
    write_files(tmp_path, {"sitegen.toml": 'titel = "typo"\n', "content/a.md": "# A\n"})
    proc = run_sitegen("build", cwd=tmp_path)
    assert proc.returncode == 2
    assert "sitegen.toml" in proc.stderr and "'titel'" in proc.stderr


def test_pyproject_tool_table(tmp_path: Path) -> None:
    write_files(tmp_path, {"pyproject.toml": '[tool.sitegen]\ntitle = "From pyproject"\n', "content/a.md": "# A\n"})
    assert run_sitegen("build", cwd=tmp_path).returncode == 0
    assert "From pyproject" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_refuses_output_inside_content(site_dirs: tuple[Path, Path]) -> None:
    content, _ = site_dirs
    write_files(content, {"a.md": "# A\n"})
    code, _, err = build(content, content / "site")
    assert code == 2 and "content folder" in err


def test_strict_turns_warnings_into_failure(site_dirs: tuple[Path, Path]) -> None:
    content, out = site_dirs
    write_files(content, {"a.txt": b"Caf\xe9 title line\n\nSome text in Latin-1 that is long enough to be kept.\n"})
    code, _, err = build(content, out)
    assert code == 0 and "a.txt" in err and "warning" in err
    code, _, _ = build(content, out, "--strict")
    assert code == 1


def test_version_and_help() -> None:
    assert run_sitegen("--version").stdout.startswith("sitegen ")
    assert "build" in run_sitegen("--help").stdout
