"""The default theme's pages as HTML: landmarks, headings, table of contents,
reading time, previous/next, relative links, and what each page loads."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import REPO, SEED, documents, run_sitegen, write_files

CSS_JS_BUDGET = 30_000
NOTE = """---
title: Deep outline
date: 2024-02-02
summary: A summary.
author: Ada Writer
---

Intro paragraph with a [link](https://example.org/).

## One

Text.

### One point one

Text.

## Two

Text.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pages")
    content = tmp / "content"
    content.mkdir()
    shutil.copy(SEED, content / SEED.name)
    shutil.copy(REPO / "content" / "welcome.md", content / "welcome.md")
    write_files(content, {"deep/outline.md": NOTE})
    proc = run_sitegen("build", "--content", content, "--out", tmp / "site", "-q", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    return tmp / "site"


def parse(path: Path) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(path.read_text(encoding="utf-8"))


def pages(site: Path) -> dict[str, lxml_html.HtmlElement]:
    return {e["source"]: parse(site / e["file"]) for e in documents(site)}


def heading_levels(doc: lxml_html.HtmlElement) -> list[int]:
    return [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]


def test_every_page_has_lang_landmarks_and_one_h1(site: Path) -> None:
    for name, doc in [*pages(site).items(), ("index", parse(site / "index.html"))]:
        assert doc.get("lang") == "en", name
        for landmark in ("header", "main", "footer"):
            assert len(doc.xpath(f"/html/body/{landmark}")) == 1, (name, landmark)
        assert len(doc.xpath("//h1")) == 1, name
        levels = heading_levels(doc)
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), (name, levels)
        skip = doc.xpath("//a[@class='skip']")[0]
        assert doc.xpath(f"//*[@id='{skip.get('href')[1:]}']"), name


def test_toc_sits_outside_the_article_and_links_to_each_heading(site: Path) -> None:
    doc = pages(site)["deep/outline.md"]
    (toc,) = doc.xpath("//nav[contains(@class, 'toc')]")
    assert not toc.xpath("ancestor::article")
    targets = [a.get("href") for a in toc.xpath(".//a")]
    ids = [h.get("id") for h in doc.xpath("//article//h2 | //article//h3")]
    assert targets == ["#" + i for i in ids] and len(ids) == 3
    assert [a.text_content() for a in toc.xpath(".//a")] == ["One", "One point one", "Two"]


def test_header_holds_title_summary_byline_date_reading_time_and_source(site: Path) -> None:
    doc = pages(site)["deep/outline.md"]
    (header,) = doc.xpath("//article/header")
    text = " ".join(header.text_content().split())
    assert header.xpath("./h1")[0].text_content() == "Deep outline"
    for part in ("A summary.", "By Ada Writer", "2 February 2024", "1 min read", "deep/outline.md"):
        assert part in text, part
    assert header.xpath(".//time/@datetime") == ["2024-02-02T00:00:00"]
    seed = pages(site)[SEED.name]
    assert re.search(r"\b\d+ min read\b", seed.xpath("//article/header")[0].text_content())


def test_previous_and_next_links_are_relative_and_outside_the_article(site: Path) -> None:
    docs = {e["source"]: e for e in documents(site)}
    doc = pages(site)["deep/outline.md"]
    (pager,) = doc.xpath("//nav[contains(@class, 'pager')]")
    assert not pager.xpath("ancestor::article")
    links = {a.get("rel"): a.get("href") for a in pager.xpath(".//a")}
    assert links == {"prev": "../../welcome/index.html", "next": "../../" + docs[SEED.name]["file"]}
    for a in doc.xpath("//a[@href]"):
        href = a.get("href")
        assert not href.startswith("/"), href


def test_document_pages_load_no_search_index_and_stay_small(site: Path) -> None:
    for file in [e["file"] for e in documents(site)] + ["index.html"]:
        doc = parse(site / file)
        assets = doc.xpath("//link[@rel='stylesheet']/@href | //script/@src")
        assert not [a for a in assets if "search/" in a], file
        total = sum((site / file).parent.joinpath(a).resolve().stat().st_size for a in assets)
        inline = sum(len(s.text_content().encode()) for s in doc.xpath("//script[not(@src)] | //style"))
        assert total + inline < CSS_JS_BUDGET, (file, total, inline)
        assert all(not a.startswith(("http:", "https:", "//")) for a in assets), file
    index = parse(site / "index.html")
    assert index.xpath("//script[contains(@src, 'static/search.js')]")
    assert not parse(site / "welcome/index.html").xpath("//script[contains(@src, 'search.js')]")
    form = index.xpath("//form[@role='search']")[0]
    assert form.get("data-index") == "search/"
    assert ".search" in index.xpath("//head/noscript")[0].text_content(), "no search box without JavaScript"
    assert index.xpath("//label[@for='search-q']")


def test_index_lists_title_date_summary_and_reading_time(site: Path) -> None:
    index = parse(site / "index.html")
    items = index.xpath("//ol[@class='listing']/li")
    assert len(items) == 3
    first = items[0]
    assert first.xpath(".//h2/a")[0].text_content() == "Welcome to sitegen"
    assert first.xpath(".//time/@datetime") == ["2026-11-20T00:00:00"]
    assert "min read" in first.xpath(".//*[@class='reading-time']")[0].text_content()
    assert first.xpath(".//p[@class='summary']")[0].text_content().startswith("What this sample site shows")


def test_reader_settings_default_to_the_system(site: Path) -> None:
    doc = parse(site / "welcome/index.html")
    (settings,) = doc.xpath("//details[contains(@class, 'settings')]")
    assert ".settings" in doc.xpath("//head/noscript")[0].text_content(), "no settings without JavaScript"
    assert not settings.xpath("ancestor::main")
    names = settings.xpath(".//select/@name")
    assert names == ["theme", "size", "width"]
    for select in settings.xpath(".//select"):
        assert select.xpath("ancestor::label"), "every setting has a label"
