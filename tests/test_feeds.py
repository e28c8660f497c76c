"""Atom feed, sitemap and robots.txt: parsed as XML, from pure functions and from real builds."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sitegen import feeds
from sitegen.config import Config
from sitegen.model import Block, BlockKind, Document, Meta, Page
from tests.conftest import run_sitegen, write_files

A = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SITE = Config(title="Reading <list> & co", base_url="https://example.org/blog/", author="Ann")


def page(url: str, title: str, date: datetime | None = None, summary: str = "", text: str = "Body text.",
         **meta: Any) -> Page:
    doc = Document(url.strip("/") + ".md", Meta(title=title, summary=summary, published=date, **meta),
                   (Block(BlockKind.PARAGRAPH, text),))
    return Page(doc, url, url + "index.html")


def parse(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def test_feed_holds_newest_entries_with_absolute_links_and_summaries() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    pages = [page(f"p{n}/", f"Post {n}", start + timedelta(days=n), summary=f"About {n}.")
             for n in range(feeds.FEED_ENTRIES + 5)]
    root = parse(feeds.feed_xml(SITE, pages))
    assert root.tag == A + "feed"
    entries = root.findall(A + "entry")
    assert len(entries) == feeds.FEED_ENTRIES
    newest = feeds.FEED_ENTRIES + 4
    assert [e.findtext(A + "title") for e in entries[:2]] == [f"Post {newest}", f"Post {newest - 1}"]
    first = entries[0]
    assert first.find(A + "link").get("href") == f"https://example.org/blog/p{newest}/"  # type: ignore[union-attr]
    assert first.findtext(A + "id") == f"https://example.org/blog/p{newest}/"
    assert first.findtext(A + "summary") == f"About {newest}."
    assert first.findtext(A + "updated") == (start + timedelta(days=newest)).strftime("%Y-%m-%dT%H:%M:%SZ")
    self_link = [lk for lk in root.findall(A + "link") if lk.get("rel") == "self"]
    assert self_link[0].get("href") == "https://example.org/blog/feed.xml"
    assert root.findtext(A + "author/" + A + "name") == "Ann"


def test_feed_updated_is_newest_document_date_never_the_clock() -> None:
    plus2 = timezone(timedelta(hours=2))
    pages = [page("a/", "A", datetime(2020, 5, 1, 12, 0, tzinfo=plus2)),
             page("b/", "B", datetime(2019, 1, 1), updated=datetime(2021, 3, 4, 5, 6, 7)),
             page("c/", "C")]
    root = parse(feeds.feed_xml(SITE, pages))
    assert root.findtext(A + "updated") == "2021-03-04T05:06:07Z"  # naive times are UTC
    by_title = {e.findtext(A + "title"): e for e in root.findall(A + "entry")}
    assert by_title["A"].findtext(A + "updated") == "2020-05-01T12:00:00+02:00"
    assert by_title["C"].findtext(A + "updated") == "2021-03-04T05:06:07Z"  # undated: the feed's date
    assert by_title["C"].find(A + "published") is None
    undated = parse(feeds.feed_xml(SITE, [page("c/", "C")]))
    assert undated.findtext(A + "updated") == "1970-01-01T00:00:00Z"


def test_feed_escapes_everything_and_drops_characters_xml_cannot_hold() -> None:
    evil = 'Tom & "Jerry" <script>alert(1)</script> ]]> \x0b\x01end'
    pages = [page("x/", evil, datetime(2024, 1, 1), summary=evil, byline=evil, tags=(evil,))]
    text = feeds.feed_xml(SITE, pages)
    assert "<script>" not in text
    root = parse(text)
    assert root.findtext(A + "title") == "Reading <list> & co"
    entry = root.find(A + "entry")
    assert entry is not None
    clean = 'Tom & "Jerry" <script>alert(1)</script> ]]> end'
    assert entry.findtext(A + "title") == clean
    assert entry.findtext(A + "summary") == clean
    assert entry.findtext(A + "author/" + A + "name") == clean
    assert entry.find(A + "category").get("term") == clean  # type: ignore[union-attr]


def test_summary_falls_back_to_the_text_cut_at_a_word() -> None:
    long = " ".join(["word"] * 200)
    root = parse(feeds.feed_xml(SITE, [page("x/", "X", text=long)]))
    summary = root.findtext(A + "entry/" + A + "summary") or ""
    assert summary.endswith("…") and len(summary) <= feeds.SUMMARY_CHARS + 1
    assert summary[:-1].split() == ["word"] * len(summary[:-1].split())


def test_without_base_url_links_are_relative_to_the_site_root() -> None:
    bare = Config()
    root = parse(feeds.feed_xml(bare, [page("notes/ä/", "Ä", datetime(2024, 1, 1))]))
    assert root.find(A + "entry/" + A + "link").get("href") == "notes/%C3%A4/"  # type: ignore[union-attr]
    assert root.findtext(A + "entry/" + A + "id", "").startswith("urn:sitegen:")
    assert feeds.robots_txt(bare) == "User-agent: *\nAllow: /\n"
    locs = [e.text for e in parse(feeds.sitemap_xml(bare, [], [""])).iter(SM + "loc")]
    assert locs == ["./"]


def test_sitemap_lists_documents_and_listings_with_lastmod() -> None:
    pages = [page("b/", "B", datetime(2024, 2, 1, 8, 0, tzinfo=UTC)), page("a/", "A")]
    root = parse(feeds.sitemap_xml(SITE, pages, ["", "tags/", "tags/x/"]))
    rows = {u.findtext(SM + "loc"): u.findtext(SM + "lastmod") for u in root.findall(SM + "url")}
    assert rows == {
        "https://example.org/blog/": None,
        "https://example.org/blog/a/": None,
        "https://example.org/blog/b/": "2024-02-01T08:00:00Z",
        "https://example.org/blog/tags/": None,
        "https://example.org/blog/tags/x/": None,
    }
    assert feeds.robots_txt(SITE).splitlines()[-1] == "Sitemap: https://example.org/blog/sitemap.xml"


@given(st.lists(st.tuples(st.text(max_size=12), st.none() | st.datetimes(timezones=st.none() | st.just(UTC))),
                max_size=6), st.sampled_from(["", "https://example.org/a&b/"]))
def test_the_sitemap_is_what_elementtree_writes(rows: list[tuple[str, datetime | None]], base: str) -> None:
    config = Config(base_url=base)
    pages = [page(url, "T", when) for url, when in rows]
    expected = ET.Element("urlset", {"xmlns": feeds.SITEMAP_NS})
    latest = {p.url: p.doc.meta.published for p in pages}
    for url in sorted(latest):
        node = ET.SubElement(expected, "url")
        ET.SubElement(node, "loc").text = feeds.xml_text(feeds.absolute_url(config, url))
        if latest[url] is not None:
            ET.SubElement(node, "lastmod").text = feeds.rfc3339(latest[url])
    ET.indent(expected)
    reference = '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(expected, encoding="unicode") + "\n"
    assert feeds.sitemap_xml(config, pages) == reference


def test_build_writes_feed_sitemap_robots_404_from_visible_documents_only(tmp_path: Path) -> None:
    write_files(tmp_path, {
        "sitegen.toml": 'title = "T"\nbase_url = "https://example.org"\n',
        "content/pub.md": "---\ntitle: Public\ndate: 2024-01-02\ntags: [t]\nsection: [s]\n---\nText.\n",
        "content/draft.md": "---\ntitle: Draft\ndate: 2024-01-03\ndraft: true\ntags: [t, d]\n"
                            "section: [s, ds]\n---\nx\n",
        "content/future.md": "---\ntitle: Future\ndate: 2030-01-01\ntags: [t, f]\nsection: [s]\n---\nText.\n",
    })
    env = {"SOURCE_DATE_EPOCH": str(int(datetime(2025, 1, 1, tzinfo=UTC).timestamp()))}
    proc = run_sitegen("build", cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    site = tmp_path / "site"
    feed = parse((site / "feed.xml").read_text(encoding="utf-8"))
    assert [e.findtext(A + "title") for e in feed.findall(A + "entry")] == ["Public"]
    assert feed.findtext(A + "updated") == "2024-01-02T00:00:00Z"
    locs = {e.text for e in parse((site / "sitemap.xml").read_text(encoding="utf-8")).iter(SM + "loc")}
    assert "https://example.org/pub/" in locs
    assert not any("draft" in (loc or "") or "future" in (loc or "") for loc in locs)
    assert "Sitemap: https://example.org/sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    assert (site / "404.html").is_file()
    tag_page = (site / "tags" / "t" / "index.html").read_text(encoding="utf-8")
    assert "Public" in tag_page and "Draft" not in tag_page and "Future" not in tag_page
    for rel in ("sections/s/index.html", "tags/index.html", "sections/index.html", "404.html"):
        text = (site / rel).read_text(encoding="utf-8")
        assert "Draft" not in text and "Future" not in text, rel
    assert not (site / "tags" / "d").exists() and not (site / "tags" / "f").exists()
    assert not (site / "sections" / "s" / "ds").exists()

    proc = run_sitegen("build", "--drafts", cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    feed = parse((site / "feed.xml").read_text(encoding="utf-8"))
    assert [e.findtext(A + "title") for e in feed.findall(A + "entry")] == ["Future", "Draft", "Public"]
    assert "Draft" in (site / "tags" / "t" / "index.html").read_text(encoding="utf-8")
    assert (site / "tags" / "d" / "index.html").is_file() and (site / "sections" / "s" / "ds" / "index.html").is_file()


def test_bad_base_url_and_max_deletes_name_the_config_file(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n", "sitegen.toml": 'base_url = "example.org"\n'})
    proc = run_sitegen("build", cwd=tmp_path)
    assert proc.returncode == 2 and "sitegen.toml" in proc.stderr and "base_url" in proc.stderr
    (tmp_path / "sitegen.toml").write_text('max_deletes = "many"\n', encoding="utf-8")
    proc = run_sitegen("build", cwd=tmp_path)
    assert proc.returncode == 2 and "sitegen.toml" in proc.stderr and "max_deletes" in proc.stderr


def test_content_file_of_the_same_name_wins(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n\nText.\n", "content/404.html": "<p>my own</p>\n",
                           "content/tags/a.md": "---\ntitle: Mine\ntags: [a]\n---\nText.\n"})
    proc = run_sitegen("build", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "site" / "404.html").read_text(encoding="utf-8") == "<p>my own</p>\n"
    # the document tags/a.md keeps its URL; the tag listing for `a` gives way
    assert "<h1>Mine</h1>" in (tmp_path / "site" / "tags" / "a" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "site" / "robots.txt").is_file() and (tmp_path / "site" / "tags" / "index.html").is_file()
