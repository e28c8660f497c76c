"""Front matter: malformed YAML/TOML (file and line), object-constructing
YAML tags rejected, and loose values in text fields."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from sitegen.errors import SourceError
from sitegen.read.markdown import read_markdown
from tests.conftest import documents, run_sitegen, write_files

FIXTURES = Path(__file__).parent / "fixtures" / "input"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "message"), [
    ("bad-yaml.md", "bad-yaml.md:4: invalid YAML front matter: while parsing a flow sequence (from line 3): "
                    "expected ',' or ']', but got ':'"),
    ("bad-toml.md", "bad-toml.md:4: invalid TOML front matter: Invalid value"),
    ("bad-date.md", "bad-date.md:3: invalid front matter: month must be in 1..12"),
    ("title-dict.md", "title-dict.md:2: front matter 'title' must be text, not a dict"),
])
def test_malformed_front_matter_names_file_and_line(name: str, message: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_markdown(name, fixture(name))
    assert str(caught.value) == message


def test_yaml_tags_that_construct_objects_are_rejected(tmp_path: Path) -> None:
    marker = Path("/tmp/sitegen-pwned")
    marker.unlink(missing_ok=True)
    with pytest.raises(SourceError) as caught:
        read_markdown("yaml-tag.md", fixture("yaml-tag.md"))
    assert str(caught.value).startswith("yaml-tag.md:3: invalid YAML front matter: could not determine a "
                                        "constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'")
    assert not marker.exists()


def test_loose_values_in_text_fields() -> None:
    doc = read_markdown("fields.md", fixture("fields.md"))
    assert doc.meta.title == "no"  # YAML's boolean `no` stays the word written
    assert doc.meta.summary == "2024-05-01"  # a date where text is wanted keeps its written form
    assert doc.meta.byline == "Ann, Bob"
    assert doc.meta.slug is None  # `~` is null: no slug
    assert doc.meta.tags == ("one", "2", "3.5")
    assert doc.meta.published == datetime(2024, 5, 1)
    assert doc.warnings == ("front matter 'author' is a list; its items were joined with commas",)


@pytest.mark.parametrize(("front", "message"), [
    ("tags: {a: 1}", "x.md:3: front matter 'tags' must be a list of strings"),
    ("draft: maybe", "x.md:3: front matter 'draft' must be true or false"),
    ("date: [1, 2]", "x.md:3: front matter 'date' is not a date: a list"),
    ("date: tomorrow", "x.md:3: front matter 'date' is not a date: 'tomorrow'"),
    ("title: [[nested]]", "x.md:3: front matter 'title' must be text, not a list"),
])
def test_wrong_types_name_the_key_and_line(front: str, message: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_markdown("x.md", f"---\nsummary: fine\n{front}\n---\nBody.\n")
    assert str(caught.value) == message


def test_alias_bombs_are_refused_without_expanding() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    with pytest.raises(SourceError, match="'title' must be text, not a list"):
        read_markdown("x.md", f"---\n{bomb}title: *i\n---\nBody.\n")


def test_unclosed_and_absurd_front_matter() -> None:
    with pytest.raises(SourceError, match=r"^x\.md:1: front matter opened with '---' is never closed$"):
        read_markdown("x.md", "---\ntitle: x\n\nBody.\n")
    with pytest.raises(SourceError, match=r"^x\.md:1: invalid front matter: nested too deeply$"):
        read_markdown("x.md", "---\ntitle: " + "[" * 5000 + "\n---\n")
    with pytest.raises(SourceError, match=r"^x\.md:2: front matter must be a mapping"):
        read_markdown("x.md", "---\n- a list\n---\n")


def test_toml_front_matter_values() -> None:
    doc = read_markdown("t.md", '+++\ntitle = "TOML"\ndate = 2024-02-03T04:05:06Z\ntags = ["a"]\n+++\nBody.\n')
    assert doc.meta.title == "TOML" and doc.meta.tags == ("a",) and doc.meta.published is not None


def test_bad_front_matter_fails_alone_in_a_build(tmp_path: Path) -> None:
    content = write_files(tmp_path / "content", {"good.md": "---\ntitle: Good\n---\nFine.\n"})
    names = ["bad-yaml.md", "bad-toml.md", "yaml-tag.md", "bad-date.md", "title-dict.md", "fields.md"]
    for name in names:
        shutil.copy(FIXTURES / name, content / name)
    proc = run_sitegen("build", "--content", content, "--out", tmp_path / "out", cwd=tmp_path)
    assert proc.returncode == 1
    for prefix in ("bad-yaml.md:4:", "bad-toml.md:4:", "yaml-tag.md:3:", "bad-date.md:3:", "title-dict.md:2:"):
        assert f"error: {prefix}" in proc.stderr
    assert {e["source"] for e in documents(tmp_path / "out")} == {"good.md", "fields.md"}
