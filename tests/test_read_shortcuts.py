"""The reading path's shortcuts give what the long way gives: word counts
and leads counted without making every word, search terms found in one
pass, simple front matter read without the YAML loader, and plain Markdown
bodies that need no sanitising."""

from __future__ import annotations

import json
import os
import posixpath
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitegen import urls
from sitegen.model import LEAD_CHARS, Block, BlockKind, Meta, Page, count_words, lead_of
from sitegen.read.frontmatter import _simple_yaml
from sitegen.read.markdown import _shifted, read_markdown, sanitize
from sitegen.read.mdguard import guard
from sitegen.read.mdplain import plain_html
from sitegen.render import documents_json
from sitegen.search import MAX_TERM_CHARS, terms
from sitegen.sources import Source, classify, find_sources, is_ignored_name
from sitegen.stages import LightDocument

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Every ASCII character str.split() splits at (the separators \x1c-\x1f too), and words.
ASCII_TEXT = st.lists(st.sampled_from([" ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f",
                                      "\x00", "a", "Bc", "word", "9", ".", "-", "x" * 30]), max_size=200).map("".join)


@SETTINGS
@given(ASCII_TEXT)
@example("")
@example("  ")
@example("a")
@example(" a b\x1fc\x85 ")
def test_ascii_word_count_is_the_split_count(text: str) -> None:
    assert count_words(text) == len(text.split())


def reference_lead(text: str) -> str:
    return " ".join(text.split())[:LEAD_CHARS + 1]


@SETTINGS
@given(st.lists(st.sampled_from(["word", " ", "  " * 50, "\n", "x" * 90, "東京", " " * 900]), max_size=120)
       .map("".join))
@example("a" * 799 + " b")
@example(" " * 799 + "word " * 100)
@example("w " * 200 + " " * 3000 + "tail")
def test_the_lead_is_the_start_of_the_whole_folded_text(text: str) -> None:
    assert lead_of(text) == reference_lead(text)


# Plain pieces (many bodies take the plain path, headings of every level, so
# the levels are shifted), and pieces at its edges.
PLAIN = ["Word", "two words", "Über café", "東京", "?!", ".", ",", "'", '"', "2021", "=", "-", " ", "\n", "\n\n",
         "# ", "## ", "###### ", "\n# ", "\n## ", "\n#### ", "\n###### ", "a/b", "x;y", "(p)", "%", "$", "@", "^"]
EDGES = ["\u00a0", "\u200b", "\u2028", "\x85", "\x02", "\ufeff", "&", "<", ">", "&amp;", "\u0301", "ﬁ", "\U0001f600"]
WORDS = st.lists(st.sampled_from([p for p in PLAIN if p.strip(" \n#")] * 4 + EDGES), min_size=1,
                 max_size=8).map(" ".join)
# Documents of headings (of any levels) and paragraphs, most of them plain.
STRUCTURED = st.lists(st.tuples(st.integers(0, 6), WORDS), max_size=12).map(
    lambda parts: "\n\n".join(f"{'#' * level} {text}" if level else text for level, text in parts))
BODIES = st.one_of(st.lists(st.sampled_from(PLAIN * 5 + EDGES), max_size=40).map("".join), STRUCTURED)


@SETTINGS
@given(BODIES)
@example("# Top\n\ntext\n\n## Under\n\n###### Deepest")
@example('## "Quoted" \'heading\'\n\nA "quote" and it\'s =-')
@example("### Only h3\n\n#### and h4")
def test_plain_bodies_are_left_as_they_are_by_the_sanitiser(body: str) -> None:
    plain = plain_html(body)
    if plain is not None:
        html, _ = _shifted(*plain)
        assert sanitize(html) == html


def test_a_plain_body_takes_the_plain_path_and_one_with_markup_does_not() -> None:
    assert plain_html("# A\n\nText.") is not None
    assert plain_html("Text with <b>html</b>.") is None
    doc = read_markdown("a.md", "---\ntitle: T\n---\n\n# Top\n\nText\n\n## Under")
    assert doc.blocks[0].text == '<h2 id="top">Top</h2>\n<p>Text</p>\n<h3 id="under">Under</h3>'


# Front matter lines: keys and values near the simple shape and past it.
KEYS = st.sampled_from(["title", "date", "slug", "a_b", "yes", "No", "on", "null", "Title", "k1", "_k", "x"])
VALUE_PIECES = st.sampled_from(["a", "Word", "b2", " ", "  ", ",", ".", "'", "!", "?", "-", "_", ":", "#", " #",
                                "yes", "No", "TRUE", "off", "Null", "null", "~", "2022-03-09", "2024-13-45",
                                "2022-3-9", "1", ".5", "0x1f", "1e3", "é", "\"", "[", "{", "&", "*", "|", ">",
                                "%", "@", "`", "\t"])
YAML_LINES = st.one_of(
    st.tuples(KEYS, st.sampled_from([": ", ":  ", ":", " : ", ": \t"]), st.lists(VALUE_PIECES, max_size=6)
              .map("".join)).map("".join),
    st.sampled_from(["", " ", "# comment", "- item", "tags: [a, b]", "date: 2021-02-03", "title: Yes"]))


@SETTINGS
@given(st.lists(YAML_LINES, max_size=6).map("\n".join))
@example("title: Study Behaviour Share Farm on Old Return\ndate: 2022-03-09\nslug: doc-000001")
@example("title: It's done, isn't it?\n\ndate: 2024-02-29\ntitle: Again!")
@example("date: 2023-02-29")
def test_simple_front_matter_reads_as_the_yaml_loader_reads_it(raw: str) -> None:
    simple = _simple_yaml(raw)
    try:
        loaded = yaml.safe_load(raw)
    except (yaml.YAMLError, ValueError):
        assert simple is None
        return
    if simple is not None:
        expected = {str(k).lower(): v for k, v in (loaded or {}).items()}
        assert simple == expected
        assert [type(v) for v in simple.values()] == [type(v) for v in expected.values()]


def test_the_corpus_shape_of_front_matter_takes_the_short_way() -> None:
    assert _simple_yaml("title: A Title, Plain\ndate: 2022-03-09\nslug: doc-000001") == {
        "title": "A Title, Plain", "date": date(2022, 3, 9), "slug": "doc-000001"}
    assert _simple_yaml("title: Yes") is None
    assert _simple_yaml("tags: [a, b]") is None


def reference_terms(text: str) -> set[str]:
    """The index terms the long way: the lower-cased text's words (of ASCII
    text: runs of a-z and 0-9), accents dropped, single letters left out, CJK
    characters alone, each cut to MAX_TERM_CHARS."""
    folded = text.lower()
    if folded.isascii():
        words = set(re.findall(r"[a-z0-9]+", folded)) - set("abcdefghijklmnopqrstuvwxyz")
        return {w[:MAX_TERM_CHARS] for w in words}
    stripped = "".join(c for c in unicodedata.normalize("NFKD", folded) if unicodedata.category(c)[0] != "M")
    found = set(re.findall(r"[^\W_]+", stripped))
    wide = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
    out = {w[:MAX_TERM_CHARS] for w in found if (len(w) > 1 or w.isdigit()) and not wide.search(w)}
    for word in found:
        if wide.search(word):
            out.update(w[:MAX_TERM_CHARS] for w in re.findall(wide.pattern + r"|[^" + wide.pattern[1:-1] + "]+", word))
    return out


TERM_PIECES = st.sampled_from(["Word", "WORD", "a", "B", "x1", "9", " ", "\n", "-", "_", "'", "é", "É", "Über",
                               "東京", "x" * 24, "Y" * 25, "z" * 40, "\u212a", "İ", "ﬁ", "\u0301", "\x1f", "ß"])


@SETTINGS
@given(st.lists(TERM_PIECES, max_size=20).map("".join))
@example("Kelvin \u212a and K")
@example("A " + "b" * 30)
def test_search_terms_follow_the_rule(text: str) -> None:
    assert terms(text) == reference_terms(text)


STRINGS = st.text(alphabet=st.sampled_from(["a", " ", '"', "\\", "\n", "\t", "\x00", "\x1f", "é", "東", "\u2028",
                                            "\ud800", "😀", "/", "<"]), max_size=12)


@SETTINGS
@given(st.lists(st.tuples(STRINGS, STRINGS, STRINGS, st.lists(STRINGS, max_size=3), st.integers(0, 10**6),
                          st.booleans()), max_size=4))
def test_documents_json_is_the_json_module_s_text(rows: list[tuple[str, str, str, list[str], int, bool]]) -> None:
    pages = []
    for n, (title, summary, source, heads, words, dated) in enumerate(rows):
        meta = Meta(title=title, summary=summary, published=datetime(2024, 5, n + 1, 9, 30) if dated else None)
        outline = tuple(Block(BlockKind.HEADING, h, 2) for h in heads)
        doc = LightDocument(f"{source}{n}.md", meta, (), outline=outline, word_count=words)
        pages.append(Page(doc, f"{source}{n}/", f"{source}{n}/index.html"))
    entries = [{"source": p.doc.source, "url": p.url, "file": p.file, "title": p.doc.meta.title,
                "date": p.doc.meta.date.isoformat() if p.doc.meta.date else None, "summary": p.doc.meta.summary,
                "headings": [h.text for h in p.doc.headings], "words": p.doc.words}
               for p in sorted(pages, key=lambda p: p.doc.source)]
    assert documents_json(pages) == json.dumps(entries, ensure_ascii=False, indent=1) + "\n"


def walked_sources(content: Path) -> list[Source]:
    """The sources as `os.walk` finds them, each file looked at (`classify`)."""
    found = []
    for root, dirs, files in os.walk(content):
        dirs[:] = sorted(d for d in dirs if not is_ignored_name(d))
        for name in sorted(files):
            if not is_ignored_name(name):
                path = Path(root) / name
                found.append(classify(path, path.relative_to(content).as_posix()))
    return found


def test_the_sources_found_are_those_a_walk_finds(tmp_path: Path) -> None:
    content = tmp_path / "content"
    for rel in ["b.md", "a.txt", "A.md", "img.png", ".hidden.md", "notes.md~", "z/deep/x.markdown", "z/y.md",
                "m/n.txt", ".git/config.md", "z/deep/.swp.md", "10.md", "9.md"]:
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text("# Hi\n", encoding="utf-8")
    (content / "link-to-file.md").symlink_to(content / "b.md")
    (content / "broken.md").symlink_to(content / "gone.md")
    (content / "link-to-folder").symlink_to(content / "z", target_is_directory=True)
    os.mkfifo(content / "pipe.md")
    (content / os.fsdecode(b"bad-\xff.md")).write_text("x", encoding="utf-8")
    found = list(find_sources(content))
    assert found == walked_sources(content)
    kinds = {s.rel: s.kind for s in found}
    assert kinds["z/deep/x.markdown"] == "markdown" and kinds["pipe.md"] == "unreadable"
    assert kinds["broken.md"] == "unreadable" and kinds["link-to-file.md"] == "markdown"
    assert "link-to-folder/y.md" not in kinds and ".git/config.md" not in kinds


URL_PARTS = st.sampled_from(["a", "b", "doc-1", "", "/", "/", ".", "..", "index.html", "é", "#x", "?q=1", "page", "2"])


@SETTINGS
@given(st.lists(URL_PARTS, max_size=7).map("".join), st.lists(URL_PARTS, max_size=7).map("".join))
@example("doc-1/", "doc-2/")
@example("page/2/", "")
@example("feed.xml", "a/b/")
@example("", "tags/x/")
def test_relative_links_are_those_relpath_gives(from_url: str, to_url: str) -> None:
    target = urls.url_to_file(to_url)
    base = from_url if from_url.endswith("/") else from_url.rsplit("/", 1)[0] + "/"
    by_relpath = posixpath.relpath("/" + target, "/" + base.rstrip("/") if base != "/" else "/")
    assert urls.relative(from_url, to_url) == by_relpath


@SETTINGS
@given(st.one_of(BODIES, st.lists(st.sampled_from(PLAIN + ["1" * 20, "9" * 17 + " x", "\n" + "7" * 18]), max_size=30)
                 .map("".join)))
@example("12345678901234567890 is a number\n\n## 2024\n\n" + "word " * 2000 + "end")
def test_the_guard_leaves_a_plain_body_as_it_is(body: str) -> None:
    if plain_html(body) is not None:
        guarded = guard(body)
        assert (guarded.body, guarded.warnings, guarded.plain) == (body, [], {})
