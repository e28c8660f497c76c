"""The founding example's page against its hand-made reading."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

from lxml import html as lxml_html

from tests.conftest import SEED, SEED_EXPECTED, documents, run_sitegen

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(QUOTES).split()).casefold()


def text_of(el: lxml_html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def build_seed(tmp_path: Path) -> lxml_html.HtmlElement:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(SEED, content / SEED.name)
    proc = run_sitegen("build", "--content", content, "--out", tmp_path / "site", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    entry = documents(tmp_path / "site")[0]
    page = tmp_path / "site" / entry["file"]
    return lxml_html.document_fromstring(page.read_text(encoding="utf-8"))


def test_seed_page_matches_expected_reading(tmp_path: Path) -> None:
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    doc = build_seed(tmp_path)
    articles = doc.xpath("//article")
    assert len(articles) == 1
    art = articles[0]

    h1s = art.xpath(".//h1")
    assert [fold(text_of(h)) for h in h1s] == [fold(expected["title"])]
    assert fold(text_of(art)).count(fold(expected["title"])) == 1

    header = fold(" ".join(text_of(h) for h in art.xpath(".//header")))
    assert fold(expected["summary"]) in header

    times = [t.get("datetime") for t in art.xpath(".//time")]
    assert expected["updated"] in times

    captions = [fold(text_of(c)) for c in art.xpath(".//figure/figcaption")]
    assert captions == [fold(expected["figure_caption"])]

    headings = [text_of(h) for h in art.xpath("./h2|./h3")]
    assert [fold(h) for h in headings] == [fold(h) for h in expected["headings"]]

    body = [(el.tag, fold(text_of(el))) for el in art if el.tag in ("p", "h2", "h3", "ul", "ol", "blockquote")]
    want = [(tag, fold(prefix)) for tag, prefix in expected["blocks"]]
    assert len(body) == len(want)
    for (tag, got), (want_tag, prefix) in zip(body, want, strict=True):
        assert tag == want_tag and got.startswith(prefix), (tag, got[:60], prefix)

    body_text = " ".join(t for _, t in body) + " " + " ".join(captions)
    for line in expected["boilerplate"]:
        folded = fold(line)
        if len(folded) > 12:
            assert folded not in body_text
        else:
            assert all(t != folded for _, t in body)
    assert "premium" not in fold(text_of(art))


def test_seed_section_path_is_shown(tmp_path: Path) -> None:
    doc = build_seed(tmp_path)
    shown = fold(text_of(doc.xpath("//article/header")[0]))
    assert "news" in shown and "world" in shown
