"""Saved web pages (`.html` sources): laid out as the text a reader sees,
cleaned, then corrected by what the markup states outright."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from sitegen.errors import SourceError
from sitegen.model import BlockKind
from sitegen.read.html import page_title, read_html
from sitegen.read.htmldump import page_dump
from sitegen.sources import MAX_LINE_CHARS, Source, read_source_text, source_kind
from tests.conftest import REPO, documents, run_sitegen, write_files

SAVED = REPO / "content" / "how-rivers-carve-canyons.html"  # the sample site's saved page
FIXTURES = Path(__file__).parent / "fixtures" / "html"
PARAGRAPH = ("<p>A paragraph of the article that is long enough to read as its text, with a few more words "
             "in it so that no model doubts it.</p>")


def test_layout_leaves_out_what_no_reader_sees_and_the_sites_own_navigation() -> None:
    dump = page_dump(
        "<html><head><title>T</title><style>p{}</style><script>var x = '<p>no</p>';</script></head><body>"
        "<header>Site logo<nav>Home News</nav></header>"
        "<div hidden>Cookie notice</div><div style='display: none'>Popup</div><span aria-hidden='true'>Icon</span>"
        "<article><header><h1>Headline</h1></header><p>First line<br>second line</p>"
        "<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>"
        "<pre>keep\n  this</pre><button>Share</button><noscript>Enable JavaScript</noscript></article>"
        "<aside>Related</aside><footer>Copyright</footer></body></html>")
    assert dump.lines == ["Headline", "", "First line", "second line", "", "\u2022 one", "\u2022 two", "",
                          "a\tb", "", "keep", "  this"]
    assert dump.title_tag == "T"


def test_a_comment_left_open_hides_the_rest() -> None:
    assert page_dump("<p>Text.</p><!-- old <p>hidden</p>").lines == ["Text."]
    assert page_dump("<p>Text.</p><!-- a -->x<!-- b --><p>More</p>").lines == ["Text.", "", "x", "", "More"]


def test_without_an_article_element_the_sites_header_stays_for_the_cleaner() -> None:
    dump = page_dump("<body><header><h1>Headline</h1></header><p>Text.</p><footer>Footer</footer></body>")
    assert dump.lines == ["Headline", "", "Text.", "", "Footer"]
    assert dump.article == range(0)


def test_the_article_region_is_the_largest_article_element() -> None:
    dump = page_dump("<main><article><p>Teaser</p></article><article><p>The long story text.</p>"
                     "<p>More of it.</p></article></main>")
    assert [dump.lines[i] for i in dump.article if dump.lines[i]] == ["The long story text.", "More of it."]


@pytest.mark.parametrize(("html", "title"), [
    # the <h1> that matches the page's own title, not the logo's
    ("<meta property='og:title' content='Rivers carve canyons'><h1>The Journal</h1><h1>Rivers carve canyons</h1>",
     "Rivers carve canyons"),
    # the logo is the <h1>, the headline an <h2>
    ("<title>Rivers carve canyons | The Journal</title><h1>The Journal</h1><h2>Rivers carve canyons</h2>",
     "Rivers carve canyons"),
    # no heading: the <title> without the site's name
    ("<title>Rivers carve canyons | The Journal</title><p>x</p>", "Rivers carve canyons"),
    ("<title>Rivers - a history - The Journal</title><meta property='og:site_name' content='The Journal'>",
     "Rivers - a history"),
    # a dash that does not set off the site's name stays
    ("<title>Covid - what we know</title><meta property='og:site_name' content='The Journal'>",
     "Covid - what we know"),
    # JSON-LD's headline counts as the page's own title
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rivers carve canyons"}</script>'
     "<h1>Menu</h1><h1>Rivers carve canyons</h1>", "Rivers carve canyons"),
    ("<h1>Only heading</h1>", "Only heading"),
])
def test_page_title(html: str, title: str) -> None:
    assert page_title(page_dump(html)) == title


def test_a_saved_article_reads_with_its_markups_title_headings_captions_and_dates() -> None:
    doc = read_html("saved.html", SAVED.read_text(encoding="utf-8"))
    assert doc.meta.title == "How rivers carve canyons"
    assert doc.meta.byline == "Ana Lima"
    assert doc.meta.published == datetime(2023, 5, 4, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    assert doc.meta.site_name == "The River Journal"
    assert doc.meta.lang == "en-GB"
    kinds = [(b.kind, b.level, b.text or b.items) for b in doc.blocks]
    assert (BlockKind.FIGURE, 0, "The Colorado River at dawn.") in kinds
    assert [(b.level, b.text) for b in doc.blocks if b.kind is BlockKind.HEADING] == [
        (2, "Sand is the tool"), (3, "Floods do most of the work")]
    assert (BlockKind.LIST, 0, ("Sand", "Gravel", "Boulders")) in kinds
    # a bold paragraph is a paragraph; the short closing paragraph of the <article> is kept
    assert (BlockKind.PARAGRAPH, 0, "Why it matters") in kinds
    assert doc.blocks[-1].text.startswith("Dams trap the sand")
    text = " ".join(b.text for b in doc.blocks)
    assert "How rivers carve canyons" not in text  # the title once, as the title
    assert "Related" not in text and "Ten lakes" not in text and "Privacy" not in text


def test_headings_are_the_markups_only_and_the_shallowest_is_level_two() -> None:
    html = (f"<article><h1>Title here</h1>{PARAGRAPH}<h3>Part one</h3>{PARAGRAPH}<h4>Detail</h4>{PARAGRAPH}"
            f"<p>A short line</p>{PARAGRAPH}</article>")
    doc = read_html("a.html", html)
    assert [(b.level, b.text) for b in doc.blocks if b.kind is BlockKind.HEADING] == [(2, "Part one"), (3, "Detail")]


def test_meta_and_json_ld_dates_and_author() -> None:
    html = ('<script type="application/ld+json">[{"@type": "WebSite"}, {"@graph": [{"@type": "BlogPosting", '
            '"headline": "Title here", "datePublished": "2021-03-03T17:10:00Z", "dateModified": "2021-03-04", '
            '"author": [{"@type": "Person", "name": "Jo Park"}]}]}]</script>'
            f"<article><h1>Title here</h1>{PARAGRAPH}</article>")
    doc = read_html("a.html", html)
    assert doc.meta.published == datetime(2021, 3, 3, 17, 10, tzinfo=UTC)
    assert doc.meta.updated == datetime(2021, 3, 4)
    assert doc.meta.byline == "Jo Park"


def test_broken_json_ld_and_a_profile_link_as_author_say_nothing() -> None:
    html = ('<meta name="author" content="https://example.org/jo"><script type="application/ld+json">{"@type": '
            f'</script><article><h1>Title here</h1>{PARAGRAPH}</article>')
    doc = read_html("a.html", html)
    assert doc.meta.byline == ""
    assert doc.meta.published is None
    assert doc.meta.title == "Title here"


def test_a_page_with_no_visible_text_is_an_error_naming_it() -> None:
    with pytest.raises(SourceError) as err:
        read_html("notes/empty.html", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")
    assert str(err.value) == "notes/empty.html: no visible text in the page; skipped"


def test_kinds_by_name() -> None:
    names = ("a/b.html", "c.HTM", "404.html", "a/404.html", "x.html.gz", "d.txt", "Page_files/frame.html",
             "a/Page_files/x/ad.htm", "my_files.html", "Page_files/notes.txt")
    assert [source_kind(n) for n in names] == [
        "html", "html", "asset", "html", "asset", "text", "asset", "asset", "html", "text"]


def test_build_reads_saved_pages_lists_them_and_keeps_the_sites_own_404(tmp_path: Path) -> None:
    content = write_files(tmp_path / "content", {
        "notes/a.md": "---\ntitle: A note\ndate: 2020-01-01\n---\n\nText.\n",
        "404.html": "<p>my own not-found page</p>\n",
        "empty.html": "<html><body><script>render()</script></body></html>",
    })
    (content / "saved.html").write_text(SAVED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "site"
    proc = run_sitegen("build", "--content", content, "--out", out, cwd=tmp_path)
    assert proc.returncode == 1
    assert "empty.html: no visible text in the page; skipped" in proc.stderr
    page = (out / "saved" / "index.html").read_text(encoding="utf-8")
    assert "<h1>How rivers carve canyons</h1>" in page
    assert '<h2 id="sand-is-the-tool">Sand is the tool</h2>' in page
    assert "<figcaption>The Colorado River at dawn.</figcaption>" in page
    assert 'lang="en-GB"' in page
    assert (out / "404.html").read_text(encoding="utf-8") == "<p>my own not-found page</p>\n"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.index("How rivers carve canyons") < index.index("A note")  # newest first
    assert {d["title"] for d in documents(out)} == {"How rivers carve canyons", "A note"}


def test_inspect_reads_a_saved_page_as_its_layout(tmp_path: Path) -> None:
    proc = run_sitegen("inspect", SAVED, cwd=tmp_path)
    assert proc.returncode == 0
    rows = proc.stdout.splitlines()
    assert rows[0].split()[1] == "title"
    assert any("in_article_markup" in row and "Why it matters" in row for row in rows)


def test_a_declared_charset_decodes_the_page_and_a_long_minified_line_is_no_warning(tmp_path: Path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            "<body><article><h1>Привет, мир</h1>" + "<p>Это текст статьи.</p>" * 6000 + "</article></body></html>")
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    assert len(path.read_bytes()) > MAX_LINE_CHARS
    text, warnings = read_source_text(Source(path, "ru.html", "html"))
    assert warnings == []
    assert read_html("ru.html", text).meta.title == "Привет, мир"


def test_text_kept_for_screen_readers_only_is_left_out() -> None:
    dump = page_dump('<p>Share <span class="sr-only">on Facebook</span></p><div class="a d-none b">Menu</div>'
                     '<p class="hidden-xs">Shown</p>')
    assert dump.lines == ["Share", "", "Shown"]


def test_the_article_element_keeps_text_a_model_doubted_but_not_past_a_named_end() -> None:
    # the saved article: a list and a short closing paragraph after the last line the models kept
    doc = read_html("saved.html", SAVED.read_text(encoding="utf-8"))
    assert doc.blocks[-1].text.startswith("Dams trap the sand")
    # a share line and tags end the article: the teaser after them stays out, though inside <article>
    teasers = (FIXTURES / "article-then-teasers.html").read_text(encoding="utf-8")
    texts = [b.text for b in read_html("t.html", teasers).blocks]
    assert texts[-1].startswith("Most of the cutting happens")
    assert not any("lakes" in t for t in texts)


def test_a_modified_time_equal_to_the_published_one_is_no_update() -> None:
    html = ('<meta property="article:published_time" content="2022-09-15T18:26:00+05:30">'
            '<meta property="article:modified_time" content="2022-09-15T18:26:00+05:30">'
            f"<article><h1>Title here</h1>{PARAGRAPH}</article>")
    doc = read_html("a.html", html)
    assert doc.meta.published == datetime(2022, 9, 15, 18, 26, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert doc.meta.updated is None
