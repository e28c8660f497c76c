"""Tag and section listings, the 404 page and the head meta tags, from pure data and real builds."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from posixpath import normpath

from lxml import html as lxml_html

from sitegen import taxonomy
from sitegen.model import Block, BlockKind, Document, Meta, Page
from tests.conftest import SEED, run_sitegen, write_files


def page(url: str, day: int, tags: tuple[str, ...] = (), section: tuple[str, ...] = ()) -> Page:
    meta = Meta(title=url.strip("/").upper(), published=datetime(2024, 1, day), tags=tags, section_path=section)
    return Page(Document(url.strip("/") + ".md", meta, (Block(BlockKind.PARAGRAPH, "Text."),)), url, url + "index.html")


def test_tags_share_a_slug_and_take_the_most_used_spelling() -> None:
    pages = [page("a/", 1, ("Python", "web")), page("b/", 2, ("python",)), page("c/", 3, ("python ", "PYTHON")),
             page("d/", 4, ("  ",))]
    terms = taxonomy.tag_terms(pages)
    assert [(t.name, t.url, [p.url for p in t.pages]) for t in terms] == [
        ("python", "tags/python/", ["c/", "b/", "a/"]),  # newest first, each page once
        ("web", "tags/web/", ["a/"]),
    ]


def test_sections_list_documents_in_every_section_above() -> None:
    pages = [page("a/", 1, section=("News", "World")), page("b/", 2, section=("News",)),
             page("c/", 3, section=("news", "Europe"))]
    terms = taxonomy.section_terms(pages)
    assert [(t.url, t.name, t.trail, [p.url for p in t.pages]) for t in terms] == [
        ("sections/news/", "News", (), ["c/", "b/", "a/"]),
        ("sections/news/europe/", "Europe", ("News",), ["c/"]),
        ("sections/news/world/", "World", ("News",), ["a/"]),
    ]


def test_term_pages_paginate_under_the_term_url() -> None:
    pages = [page(f"p{n}/", n, ("t",)) for n in range(1, 6)]
    (term,) = taxonomy.tag_terms(pages)
    indexes = taxonomy.term_pages(term, per_page=2)
    assert [(i.url, i.prev_url, i.next_url, len(i.pages)) for i in indexes] == [
        ("tags/t/", None, "tags/t/page/2/", 2),
        ("tags/t/page/2/", "tags/t/", "tags/t/page/3/", 2),
        ("tags/t/page/3/", "tags/t/page/2/", None, 1),
    ]
    assert taxonomy.listing_urls(pages, per_page=2) == ["tags/", "tags/t/", "tags/t/page/2/", "tags/t/page/3/"]


def local_links(site: Path, file: Path) -> list[str]:
    """Every relative href/src in `file`, as a path relative to `site`."""
    tree = lxml_html.document_fromstring(file.read_text(encoding="utf-8"))
    base = file.parent.relative_to(site).as_posix()
    out = []
    for value in tree.xpath("//@href | //@src"):
        if value.startswith(("http:", "https:", "#", "mailto:", "data:", "/")):
            continue
        out.append(normpath(f"{base}/{value}".lstrip("./")) if base != "." else normpath(value))
    return out


def test_built_listings_link_to_pages_that_exist(tmp_path: Path) -> None:
    notes = {f"content/n{n}.md": f"---\ntitle: Note {n}\ndate: 2024-01-{n + 1:02d}\ntags: [Reading List, émigré]\n"
                                 f"section: [Essays, Long reads]\n---\nText {n}.\n" for n in range(7)}
    write_files(tmp_path, notes)
    shutil.copy(SEED, tmp_path / "content" / SEED.name)
    proc = run_sitegen("build", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    site = tmp_path / "site"
    tags = lxml_html.document_fromstring((site / "tags" / "index.html").read_text(encoding="utf-8"))
    assert [li.text_content().strip() for li in tags.xpath("//ul[@class='terms']/li")] == [
        "émigré (7)", "Reading List (7)"]
    essay = site / "sections" / "essays" / "long-reads" / "index.html"
    assert essay.is_file() and "Note 6" in essay.read_text(encoding="utf-8")
    # the scraped seed's breadcrumb (News › World) gives its sections
    world = (site / "sections" / "news" / "world" / "index.html").read_text(encoding="utf-8")
    assert "Xi, Putin" in world
    checked = 0
    for file in sorted(site.rglob("*.html")):
        if file.name == "404.html":
            continue
        for target in local_links(site, file):
            assert (site / target).is_file(), f"{file.relative_to(site)} links to missing {target}"
            checked += 1
    assert checked > 50
    doc = lxml_html.document_fromstring((site / "n0" / "index.html").read_text(encoding="utf-8"))
    assert doc.xpath("//nav[@class='tags']//a[@rel='tag']/@href") == [
        "../tags/reading-list/index.html", "../tags/émigré/index.html"]
    assert not doc.xpath("//article//nav[@class='tags']"), "tag links stay outside the article"


def test_tag_listing_paginates_in_a_real_build(tmp_path: Path) -> None:
    count = taxonomy.PER_PAGE + 3
    write_files(tmp_path, {f"content/d{n:03d}.md": f"---\ntitle: D{n}\ndate: 2020-01-01T00:{n // 60:02d}:{n % 60:02d}"
                                                   f"\ntags: [many]\n---\nText.\n" for n in range(count)})
    assert run_sitegen("build", cwd=tmp_path).returncode == 0
    second = lxml_html.document_fromstring(
        (tmp_path / "site" / "tags" / "many" / "page" / "2" / "index.html").read_text(encoding="utf-8"))
    assert len(second.xpath("//ol[@class='listing']/li")) == 3
    assert second.xpath("//a[@rel='prev']/@href") == ["../../index.html"]


def test_head_meta_and_404_with_base_url(tmp_path: Path) -> None:
    write_files(tmp_path, {
        "sitegen.toml": 'title = "Site & co"\nbase_url = "https://example.org/r/"\n',
        "content/deep/note.md": '---\ntitle: A "quoted" <note>\ndate: 2024-05-01\nsummary: Short & sweet.\n'
                                "tags: [x]\n---\nText.\n",
    })
    assert run_sitegen("build", cwd=tmp_path).returncode == 0
    site = tmp_path / "site"
    doc = lxml_html.document_fromstring((site / "deep" / "note" / "index.html").read_text(encoding="utf-8"))
    assert doc.xpath("//link[@rel='canonical']/@href") == ["https://example.org/r/deep/note/"]
    assert doc.xpath("//link[@type='application/atom+xml']/@href") == ["https://example.org/r/feed.xml"]
    og = {m.get("property"): m.get("content") for m in doc.xpath("//meta[@property]")}
    assert og["og:title"] == 'A "quoted" <note>' and og["og:description"] == "Short & sweet."
    assert og["og:url"] == "https://example.org/r/deep/note/" and og["og:type"] == "article"
    assert og["og:site_name"] == "Site & co" and og["article:published_time"].startswith("2024-05-01")
    assert doc.xpath("//meta[@name='twitter:card']/@content") == ["summary"]
    # relative links everywhere else
    assert doc.xpath("//link[@rel='stylesheet']/@href") == ["../../static/style.css"]
    index = lxml_html.document_fromstring((site / "index.html").read_text(encoding="utf-8"))
    assert index.xpath("//link[@rel='canonical']/@href") == ["https://example.org/r/"]
    assert index.xpath("//meta[@property='og:type']/@content") == ["website"]
    missing = lxml_html.document_fromstring((site / "404.html").read_text(encoding="utf-8"))
    assert not missing.xpath("//link[@rel='canonical']")
    assert missing.xpath("//meta[@name='robots']/@content") == ["noindex"]
    hrefs = missing.xpath("//main//a/@href") + missing.xpath("//link[@rel='stylesheet']/@href")
    assert hrefs and all(h.startswith("https://example.org/r/") for h in hrefs)
    assert "https://example.org/r/deep/note/" in hrefs


def test_no_absolute_urls_without_base_url(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a/b.md": "---\ntitle: B\ntags: [x]\n---\nText.\n"})
    assert run_sitegen("build", cwd=tmp_path).returncode == 0
    site = tmp_path / "site"
    doc = lxml_html.document_fromstring((site / "a" / "b" / "index.html").read_text(encoding="utf-8"))
    assert not doc.xpath("//link[@rel='canonical']") and not doc.xpath("//meta[@property='og:url']")
    assert doc.xpath("//link[@type='application/atom+xml']/@href") == ["../../feed.xml"]
    missing = lxml_html.document_fromstring((site / "404.html").read_text(encoding="utf-8"))
    assert missing.xpath("//link[@rel='stylesheet']/@href") == ["/static/style.css"]
