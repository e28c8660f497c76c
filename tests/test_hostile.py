"""Hostile content: markup, event handlers and template code in sources are
shown literally; raw HTML in Markdown passes an allowlist; dangerous link
schemes are never clickable; titles and summaries are escaped everywhere."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from sitegen.read.markdown import read_markdown, sanitize
from tests.conftest import documents, run_sitegen

FIXTURES = Path(__file__).parent / "fixtures" / "input"
DANGEROUS = re.compile(r"^(?:javascript|vbscript|data):")
FORBIDDEN_TAGS = ("script", "iframe", "style", "svg", "form", "input", "object", "embed", "link", "meta", "base")


def is_dangerous(href: str) -> bool:
    """What a browser would make of the href: entities decoded by the parser,
    ASCII whitespace and controls stripped or ignored, any case."""
    cleaned = re.sub(r"[\x00-\x20]", "", href).lower()
    return bool(DANGEROUS.match(cleaned))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    content.mkdir()
    for name in ("hostile-text.txt", "hostile-markdown.md"):
        shutil.copy(FIXTURES / name, content / name)
    proc = run_sitegen("build", "--content", content, "--out", root / "out", cwd=root)
    assert proc.returncode == 0, proc.stderr
    return root / "out"


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_active_content_anywhere(site: Path) -> None:
    for path in pages(site):
        tree = lxml_html.document_fromstring(path.read_text(encoding="utf-8"))
        for article in tree.xpath("//article"):
            assert not article.xpath(" | ".join(f".//{t}" for t in FORBIDDEN_TAGS)), path
        for el in tree.iter():
            assert not [a for a in el.attrib if a.lower().startswith("on")], (path, el.tag, dict(el.attrib))
            if el.tag == "link" and el.get("rel") == "icon" and el.get("href") == "data:,":
                continue  # the theme's empty icon: it keeps browsers from asking for /favicon.ico
            for attr in ("href", "src", "action", "formaction"):
                assert not is_dangerous(el.get(attr, "")), (path, el.tag, el.get(attr))
        assert not tree.xpath("//script[contains(., 'alert')]")


def test_text_source_shows_markup_and_template_code_literally(site: Path) -> None:
    tree = lxml_html.document_fromstring((site / "hostile-text" / "index.html").read_text(encoding="utf-8"))
    (article,) = tree.xpath("//article")
    assert [h.text_content() for h in article.xpath(".//h1")] == ["A title with <script>alert(1)</script> in it"]
    text = article.text_content()
    assert "<img src=x onerror=alert(1)>" in text and "{{ 7*7 }}" in text and "{% if true %}yes{% endif %}" in text
    assert "</article><h1>fake</h1>" in text and "49" not in text
    assert len(tree.xpath("//h1")) == 1 and len(tree.xpath("//article")) == 1


def test_markdown_source_template_code_is_literal_and_html_sanitised(site: Path) -> None:
    raw = (site / "hostile-markdown" / "index.html").read_text(encoding="utf-8")
    tree = lxml_html.document_fromstring(raw)
    (article,) = tree.xpath("//article")
    assert "Text {{ 7*7 }} and {% for x in y %}loop{% endfor %}." in article.text_content()
    assert "49" not in article.text_content()
    links = {a.text_content(): a for a in article.xpath(".//a")}
    for label in "abcdefg":  # javascript:, vbscript:, data:, in any casing, with entities or spaces
        assert links[label].get("href") is None, label
    assert links["ext"].get("href") == "https://example.org"
    assert links["rel"].get("href") == "rel/page/"
    for a in links.values():
        assert a.get("rel") == "noopener noreferrer" and a.get("target") is None and a.get("onclick") is None


def test_titles_and_summaries_are_escaped_where_they_go(site: Path) -> None:
    title = "Title <script>alert(1)</script> & {{ 7*7 }}"
    summary = 'Summary "quoted" <b>bold</b> {% raw %}'
    tree = lxml_html.document_fromstring((site / "hostile-markdown" / "index.html").read_text(encoding="utf-8"))
    assert tree.xpath("//title")[0].text_content().startswith(title + " · ")
    assert tree.xpath("//meta[@name='description']/@content") == [summary]
    assert [h.text_content() for h in tree.xpath("//article//h1")] == [title]
    assert tree.xpath("//article//p[@class='dek']")[0].text_content() == summary
    index = lxml_html.document_fromstring((site / "index.html").read_text(encoding="utf-8"))
    assert title in [a.text_content() for a in index.xpath("//ol[@class='listing']//h2/a")]
    assert summary in [p.text_content() for p in index.xpath("//p[@class='summary']")]
    entry = next(e for e in documents(site) if e["source"] == "hostile-markdown.md")
    assert entry["title"] == title and entry["summary"] == summary
    raw_json = (site / "documents.json").read_text(encoding="utf-8")
    assert json.loads(raw_json) == documents(site)


@pytest.mark.parametrize("link", [
    "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x]( javascript:alert(1))",
    "[x](<javascript:alert(1)>)", "[x](&#106;avascript:alert(1))", "[x](&#x6A;avascript:alert(1))",
    "[x](java&#09;script:alert(1))", "[x](vbscript:msgbox(1))", "[x](VBScript:msgbox(1))",
    "[x](data:text/html,<script>alert(1)</script>)", "[x](DATA:text/html;base64,PHNjcmlwdD4=)",
    '<a href="javascript&colon;alert(1)">x</a>', '<a href="&#x20;javascript:alert(1)">x</a>',
    '<a href="\tjavascript:alert(1)">x</a>', '<a href="jav\nascript:alert(1)">x</a>',
    "<javascript:alert(1)>", "![x](javascript:alert(1))", '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
])
def test_dangerous_schemes_are_never_clickable(link: str) -> None:
    html = read_markdown("x.md", f"# T\n\n{link}\n").blocks[0].text
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    for el in tree.iter():
        for attr in ("href", "src"):
            assert not is_dangerous(el.get(attr, "")), (link, html)
        assert not [a for a in el.attrib if a.startswith("on")]


def test_allowlist_keeps_reading_markup_and_drops_the_rest() -> None:
    html = sanitize('<p class="x" style="color:red" onclick="y()">a <em>b</em> <abbr title="t">c</abbr></p>'
                    '<table><tr><td colspan="2">d</td></tr></table><figure><img src="p.png" alt="e">'
                    '<figcaption>f</figcaption></figure><video src="v.mp4"></video><object data="o"></object>')
    assert html == ('<p>a <em>b</em> <abbr title="t">c</abbr></p><table><tbody><tr><td colspan="2">d</td></tr>'
                    '</tbody></table><figure><img src="p.png" alt="e"><figcaption>f</figcaption></figure>')


def test_feed_carries_titles_and_summaries_as_text(site: Path) -> None:
    feed = site / "feed.xml"
    if not feed.is_file():
        pytest.skip("this build writes no feed")
    from lxml import etree

    tree = etree.parse(str(feed), etree.XMLParser(resolve_entities=False, no_network=True))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [t.text for t in tree.xpath("//a:entry/a:title", namespaces=ns)]
    assert "Title <script>alert(1)</script> & {{ 7*7 }}" in titles
    assert not tree.xpath("//a:entry//*[local-name()='script']", namespaces=ns)
    summaries = [s.text for s in tree.xpath("//a:entry/a:summary", namespaces=ns)]
    assert 'Summary "quoted" <b>bold</b> {% raw %}' in summaries
