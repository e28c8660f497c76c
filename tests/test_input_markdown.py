"""Markdown crafted to make the parser slow or recurse: deep nesting and
bracket floods finish without RecursionError, with a warning naming the line."""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import html as lxml_html

from sitegen.read.markdown import read_markdown
from sitegen.read.mdguard import MAX_INLINE_WORK, MAX_NESTING, Guarded, guard, inline_work
from tests.conftest import documents, run_sitegen, write_files

FIXTURES = Path(__file__).parent / "fixtures" / "input"


def depth(html: str, tag: str) -> int:
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    return max((len(el.xpath(f"ancestor-or-self::{tag}")) for el in tree.iter(tag)), default=0)


def test_thousands_of_quote_markers_are_flattened() -> None:
    doc = read_markdown("q.md", (FIXTURES / "nested-quotes.md").read_text(encoding="utf-8"))
    assert doc.meta.title == "Deep quotes"
    assert depth(doc.blocks[0].text, "blockquote") == MAX_NESTING
    assert "the bottom" in doc.blocks[0].text
    assert doc.warnings == ("lines 3, 21, 22, 23, 24 and 379 more: nested more than 16 levels deep; flattened",)


def test_deeply_nested_lists_are_flattened() -> None:
    text = "\n".join("    " * i + "- item" for i in range(1500))
    doc = read_markdown("l.md", "# Lists\n\n" + text)
    assert depth(doc.blocks[0].text, "ul") <= MAX_NESTING + 1
    assert doc.blocks[0].text.count("<li>") == 1500
    (warning,) = doc.warnings
    assert warning.startswith("lines ") and warning.endswith("nested more than 16 levels deep; flattened")


def test_mixed_quote_and_list_markers_on_one_line() -> None:
    text = "\n".join("> " * i + "- " * i + "x" for i in range(300))
    doc = read_markdown("m.md", text)
    assert doc.blocks and any("nested more than" in w for w in doc.warnings)


def test_nesting_within_the_limit_is_untouched() -> None:
    text = "\n".join(">" * i + " x" for i in range(1, MAX_NESTING + 1))
    assert guard(text) == Guarded(text, [], {})


def test_code_blocks_are_left_alone() -> None:
    text = "```\n" + ">" * 100 + " not a quote\n" + "[" * 10_000 + "\n```\n"
    assert guard(text) == Guarded(text, [], {})


def test_bracket_floods_become_plain_text_and_links_elsewhere_survive() -> None:
    doc = read_markdown("b.md", (FIXTURES / "brackets.md").read_text(encoding="utf-8"))
    html = doc.blocks[0].text
    assert html.count("[") == 20_000 and html.count("&lt;a") == 10_000
    assert '<a href="https://example.org" rel="noopener noreferrer">link</a>' in html
    assert doc.warnings == ("lines 3, 5: too many `[` or `<` for the parser; paragraph shown as plain text",)


def test_inline_work_counts_what_the_parser_rescans() -> None:
    assert inline_work("no brackets at all") == 0
    assert inline_work("[a](b) and [c](d)") == 4
    assert inline_work("[" * 100) == sum(range(1, 101))
    assert inline_work("a <b> c") == 2
    normal = "A [link](https://example.org) and <em>emphasis</em>. " * 2000
    assert inline_work(normal) < MAX_INLINE_WORK  # ordinary link-heavy text is never degraded


def test_runaway_emphasis_degrades_to_text() -> None:
    doc = read_markdown("e.md", (FIXTURES / "emphasis.md").read_text(encoding="utf-8"))
    assert "a" in doc.blocks[0].text
    assert doc.warnings == ("too deeply nested for the Markdown parser; shown as plain text",)


def test_hostile_markdown_builds_beside_good_pages(tmp_path: Path) -> None:
    content = write_files(tmp_path / "content", {"good.md": "# Good\n\nFine.\n"})
    for name in ("nested-quotes.md", "brackets.md", "emphasis.md"):
        shutil.copy(FIXTURES / name, content / name)
    (content / "lists.md").write_text("\n".join("  " * i + "- x" for i in range(3000)), encoding="utf-8")
    proc = run_sitegen("build", "--content", content, "--out", tmp_path / "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "RecursionError" not in proc.stderr
    for name in ("nested-quotes.md", "brackets.md", "emphasis.md", "lists.md"):
        assert f"warning: {name}: " in proc.stderr
    built = {e["source"] for e in documents(tmp_path / "out")}
    assert built == {"good.md", "nested-quotes.md", "brackets.md", "emphasis.md", "lists.md"}
    assert run_sitegen("build", "--strict", "--content", content, "--out", tmp_path / "out",
                       cwd=tmp_path).returncode == 1


def test_placeholders_cannot_be_forged_by_the_text() -> None:
    forged = "sitegenplain0123456789abn0"
    doc = read_markdown("f.md", f"# F\n\n{forged}\n\n" + "[" * 5000 + "\n")
    html = doc.blocks[0].text
    assert f"<p>{forged}</p>" in html and html.count("[") == 5000
