"""Property tests: any text in gives a valid page out; the cleaner is
idempotent on its own output; escaping holds for any string."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from sitegen import urls
from sitegen.build import BuildResult, place, read_one
from sitegen.clean import Article, clean
from sitegen.config import Config
from sitegen.errors import SourceError
from sitegen.listing import paginate
from sitegen.model import BlockKind, Document, Meta, Page
from sitegen.render import Renderer, documents_json
from sitegen.sources import classify
from sitegen.stages import DocInfo

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PLAIN = st.characters(blacklist_categories=("Cs", "Cc", "Cn"), whitelist_characters="\n\t")
MARKDOWN_ISH = st.text(alphabet=st.sampled_from(list("#>*-_[]()<>`!|:~=+1. \n\tabcXYZé東🎉&;\"'{}%/\\")),
                       max_size=400)
NAMES = {"text": "doc.txt", "markdown": "doc.md"}


def parse(raw: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(raw.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))


def renderer(root: Path) -> Renderer:
    return Renderer(Config(templates_dir=root / "no-templates", static_dir=root / "no-static"))


def build_one(data: bytes, kind: str) -> None:
    """Write `data` as a one-file site's source and run it through the real
    pipeline: classify, read and decode, read/clean, place, render, parse."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / NAMES[kind]
        path.write_bytes(data)
        source = classify(path, path.name)
        try:
            doc = read_one(source)
        except SourceError as exc:  # skipped (empty, binary, bad front matter): always names the file
            assert str(exc).startswith(path.name + ":")
            return
        result = BuildResult()
        info = DocInfo(doc.source, source.kind, "", urls.document_url(doc.source, doc.meta.slug), doc.meta,
                       tuple(doc.headings), doc.words, doc.warnings, None)
        (placed,) = place([info], result)
        page = Page(doc, placed.url, placed.file)
        assert result.errors == []
        tree = parse(renderer(root).page(page, None, None))
        (article,) = tree.xpath("//article")
        (h1,) = tree.xpath("//h1")
        assert h1.getparent().getparent() is article  # article > header > h1
        assert h1.text_content() == doc.meta.title and doc.meta.title.strip()


@SETTINGS
@given(st.text(alphabet=PLAIN, max_size=600))
def test_any_text_dump_gives_a_valid_page(text: str) -> None:
    build_one(text.encode("utf-8"), "text")


@SETTINGS
@given(st.one_of(st.text(alphabet=PLAIN, max_size=600), MARKDOWN_ISH))
def test_any_markdown_gives_a_valid_page(text: str) -> None:
    build_one(text.encode("utf-8"), "markdown")


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_give_a_page_or_a_message(data: bytes) -> None:
    build_one(data, "text")
    build_one(data, "markdown")


WORDS = st.sampled_from(["the", "cat", "sat", "on", "a", "mat", "Share", "Subscribe", "Photo:", "By", "Jane",
                         "2024", "Updated", "read", "more", "news", "—", ".", "!", "Menu", "Home", "Advertisement",
                         "•", "-", "Today", "March 3, 2021", "Q:", "A:", "|"])
LINES = st.lists(st.lists(WORDS, min_size=1, max_size=25).map(" ".join), min_size=1, max_size=14)


@st.composite
def run_on(draw: st.DrawFn) -> str:
    """A page's copy: its lines run on, with blank lines here and there."""
    lines = draw(LINES)
    breaks = draw(st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n"]), min_size=len(lines), max_size=len(lines)))
    return "".join(line + end for line, end in zip(lines, breaks, strict=True))


ARTICLE_TEXT = st.one_of(LINES.map("\n\n".join), run_on())  # in clean form, and as a page's copy


def body(article: Article) -> list[str]:
    """The article's text, a line per paragraph, heading, caption or list item."""
    return [line for b in article.blocks for line in (b.items if b.kind is BlockKind.LIST else (b.text,))]


def own_output(article: Article) -> str:
    """The article as a text: its title, then its blocks, a blank line between."""
    blocks = [line for b in article.blocks
              for line in ([f"• {item}" for item in b.items] if b.kind is BlockKind.LIST else [b.text])]
    return "\n\n".join([article.title, *blocks])


@settings(max_examples=300, deadline=None)
@example("the the\n\nthe\n\nthe\n\nthe\n\nthe the the\n\nthe\n\nthe")
@example("the — the | the\n\nthe")  # a title with two suffixes loses both at once
@example("the the | the — March 3, 2021\n\nthe")  # and a date after them
@example("Share\nShare\nShare\nShare\n")  # page chrome alone: read again, its list items are chrome too
@example("Title here\n\nBy Jane Doe\n\nUpdated 2024\n\nBy Jane Doe and Bob Smith\n\nThe cat sat on the mat.")
@example("Menu\nHome\nA title for it\nBy Jane Doe\nThe cat sat on the mat, and the cat sat on it again today.\n"
         "• one thing\nShare\n• another thing\nSubscribe to our newsletter\n© 2024 News")
@given(ARTICLE_TEXT)
def test_cleaning_its_own_output_changes_nothing(text: str) -> None:
    first = clean(text)
    again = clean(own_output(first))
    assert (again.title, body(again)) == (first.title, body(first))


ANY_STRING = st.text(alphabet=PLAIN, min_size=1, max_size=80).filter(lambda s: s.strip() != "")


@SETTINGS
@given(ANY_STRING)
def test_escaping_holds_for_any_title_and_summary(value: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        r = renderer(root)

        def render(title: str, summary: str) -> tuple[lxml_html.HtmlElement, lxml_html.HtmlElement, str]:
            meta = Meta(title=title, summary=summary, byline=title, section_path=(title,), site_name=title)
            page = Page(Document("a.md", meta, ()), "a/", "a/index.html")
            (index,) = paginate([page])
            return parse(r.page(page, None, None)), parse(r.index(index)), documents_json([page])

        tree, index, data = render(value, value)
        plain_tree, plain_index, _ = render("x", "y")
        assert [el.tag for el in tree.iter()] == [el.tag for el in plain_tree.iter()]  # no markup got in
        assert [el.tag for el in index.iter()] == [el.tag for el in plain_index.iter()]
        assert tree.xpath("//article//h1")[0].text_content() == value
        assert tree.xpath("//title")[0].text_content() == f"{value} · sitegen"
        assert tree.xpath("//meta[@name='description']/@content") == [value]
        assert tree.xpath("//p[@class='dek']")[0].text_content() == value
        assert index.xpath("//ol[@class='listing']//h2/a")[0].text_content() == value
        entry = json.loads(data)[0]
        assert entry["title"] == value and entry["summary"] == value
