"""The default theme in real headless Chromium: layout, reader settings,
search, accessibility (axe-core), print, budget and console errors."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

from tests.conftest import REPO, SEED, documents, run_sitegen, write_files

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = Path(__file__).parent / "screenshots"
WIDTHS = (320, 375, 1280)
MEASURE_MIN, MEASURE_MAX = 60, 75
CSS_JS_BUDGET = 30_000
FIRST_VISIT_BUDGET = 40 * 1024
BODY_ONLY_WORD = "Turkmenistan"

LINK_NOTE = """---
title: A note with links
date: 2021-03-04
summary: Links, a table and a long word, to check print and overflow.
---

See [the reference page](https://example.org/reference) for more, with a crème brûlée.

A longwordwithoutanyplacetobreakitthatgoesonandonandonandonandonandonandonandon.

| one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| alpha | beta | gamma | delta | epsilon | zeta | eta | theta | iota | kappa | lambda | mu |

## First part

Text.

## Second part

```
a_code_line_that_is_much_longer_than_any_phone_screen_is_wide_and_would_overflow_it = True
```
"""

# Scanning lines for the characters per line of the article's paragraphs
# (the last line of each paragraph, usually short, is left out).
CHARS_PER_LINE_JS = """() => {
  const counts = [];
  for (const p of document.querySelectorAll('article > p')) {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const lines = new Map();
    const range = document.createRange();
    let node;
    while ((node = walker.nextNode())) {
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i); range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) lines.set(Math.round(rect.top), (lines.get(Math.round(rect.top)) || 0) + 1);
      }
    }
    const values = [...lines.values()];
    values.pop();
    counts.push(...values);
  }
  return counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0;
}"""


class Site:
    """A built sample site served over HTTP on 127.0.0.1."""

    def __init__(self, root: Path, base: str) -> None:
        self.root = root
        self.base = base
        self.seed = next(e["file"] for e in documents(root) if e["source"] == SEED.name)
        self.note = next(e["file"] for e in documents(root) if e["source"] == "links.md")

    def url(self, file: str = "index.html") -> str:
        return self.base + file


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    tmp = tmp_path_factory.mktemp("theme")
    content = tmp / "content"
    content.mkdir()
    shutil.copy(SEED, content / SEED.name)
    for name in ("welcome.md", "reading-notes.md"):
        shutil.copy(REPO / "content" / name, content / name)
    write_files(content, {"links.md": LINK_NOTE})
    proc = run_sitegen("build", "--content", content, "--out", tmp / "site", "-q", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    handler = functools.partial(QuietHandler, directory=str(tmp / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(tmp / "site", f"http://127.0.0.1:{server.server_address[1]}/")
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (bash .ci/run does)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Tab:
    """A page in a fresh context that records console errors and page errors."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")


@pytest.fixture
def open_tab(browser: Browser) -> Iterator[Any]:
    tabs: list[Tab] = []
    contexts = []

    def opener(width: int = 1280, scheme: str = "light", javascript: bool = True) -> Tab:
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme,  # type: ignore[arg-type]
                                      java_script_enabled=javascript)
        contexts.append(context)
        tab = Tab(context.new_page())
        tabs.append(tab)
        return tab

    yield opener
    for context in contexts:
        context.close()
    errors = [e for tab in tabs for e in tab.errors]
    assert not errors, errors


def background(page: Page) -> str:
    return str(page.evaluate("getComputedStyle(document.body).backgroundColor"))


def luminance(css_rgb: str) -> float:
    parts = [float(x) for x in css_rgb[css_rgb.index("(") + 1:css_rgb.index(")")].split(",")[:3]]
    return sum(parts) / (3 * 255)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_page_screenshots_fit_the_screen(site: Site, open_tab: Any, width: int, scheme: str) -> None:
    for file in (site.seed, site.note, "index.html"):
        tab = open_tab(width, scheme)
        tab.page.goto(site.url(file))
        SHOTS.mkdir(exist_ok=True)
        name = "index" if file == "index.html" else ("seed" if file == site.seed else "note")
        shot = tab.page.screenshot(path=str(SHOTS / f"{name}-{width}-{scheme}.png"), full_page=True)
        assert len(shot) > 10_000
        scroll_width = tab.page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{file} overflows at {width}px: {scroll_width}px"
        dark = luminance(background(tab.page)) < 0.5
        assert dark == (scheme == "dark"), (file, scheme, background(tab.page))


def test_measure_at_1280_px(site: Site, open_tab: Any) -> None:
    tab = open_tab(1280)
    tab.page.goto(site.url(site.seed))
    per_line = tab.page.evaluate(CHARS_PER_LINE_JS)
    assert MEASURE_MIN <= per_line <= MEASURE_MAX, per_line


def test_images_scale_to_the_column(site: Site, open_tab: Any) -> None:
    tab = open_tab(375)
    tab.page.goto(site.url(site.seed))
    width = tab.page.evaluate("""() => {
      const img = document.createElement('img');
      img.width = 2000; img.height = 1000; img.alt = '';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('article figure').prepend(img);
      return img.getBoundingClientRect().width;
    }""")
    assert 0 < width <= 375


def select(tab: Tab, name: str, value: str) -> None:
    if not tab.page.evaluate("document.querySelector('.settings').open"):
        tab.page.click(".settings summary")
    tab.page.select_option(f"#reader-settings select[name={name}]", value)


def test_reader_settings_change_the_page_and_persist(site: Site, open_tab: Any) -> None:
    tab = open_tab(1280)
    page = tab.page
    page.goto(site.url(site.seed))
    assert page.is_visible(".settings summary")
    light = background(page)
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('article > p')).fontSize)")
    width = page.evaluate("document.querySelector('article').getBoundingClientRect().width")

    select(tab, "theme", "dark")
    select(tab, "size", "l")
    select(tab, "width", "narrow")
    assert page.get_attribute("html", "data-theme") == "dark"
    assert luminance(background(page)) < 0.5 < luminance(light)
    bigger = page.evaluate("parseFloat(getComputedStyle(document.querySelector('article > p')).fontSize)")
    narrower = page.evaluate("document.querySelector('article').getBoundingClientRect().width")
    assert bigger > size
    assert narrower / bigger < width / size, "a narrow line holds fewer characters"

    page.goto(site.url("index.html"))
    page.reload()
    assert page.get_attribute("html", "data-theme") == "dark"
    assert page.get_attribute("html", "data-size") == "l"
    assert page.input_value("#reader-settings select[name=theme]") == "dark"
    page.goto(site.url(site.seed))
    assert luminance(background(page)) < 0.5
    again = page.evaluate("parseFloat(getComputedStyle(document.querySelector('article > p')).fontSize)")
    assert again == bigger

    select(tab, "theme", "sepia")
    page.reload()
    assert page.get_attribute("html", "data-theme") == "sepia"
    assert background(page) == "rgb(245, 236, 217)"


def test_dark_follows_the_system_until_the_reader_chooses(site: Site, open_tab: Any) -> None:
    tab = open_tab(1280, "dark")
    tab.page.goto(site.url(site.seed))
    assert luminance(background(tab.page)) < 0.5
    select(tab, "theme", "light")
    tab.page.reload()
    assert luminance(background(tab.page)) > 0.5


def test_page_reads_without_javascript(site: Site, open_tab: Any) -> None:
    tab = open_tab(375, javascript=False)
    tab.page.goto(site.url(site.seed))
    assert tab.page.is_visible("article h1")
    assert tab.page.is_visible("nav.toc")
    assert not tab.page.is_visible(".settings")
    tab.page.goto(site.url("index.html"))
    assert not tab.page.is_visible("#search")
    assert tab.page.locator(".listing > li").count() == 4


def test_contents_fold_above_the_title_and_unfold_beside_the_text(site: Site, open_tab: Any) -> None:
    narrow = open_tab(375)
    narrow.page.goto(site.url(site.seed))
    assert narrow.page.is_visible("nav.toc summary")
    assert not narrow.page.is_visible("nav.toc ol")  # the title comes first on a phone
    narrow.page.click("nav.toc summary")
    assert narrow.page.is_visible("nav.toc ol")
    wide = open_tab(1280)
    wide.page.goto(site.url(site.seed))
    wide.page.wait_for_function("document.querySelector('nav.toc details').open")
    toc, text = (wide.page.locator(sel).bounding_box() for sel in ("nav.toc ol", "article"))
    assert toc is not None and text is not None
    assert toc["x"] >= text["x"] + text["width"]  # a column beside the text
    wide.page.set_viewport_size({"width": 800, "height": 900})
    wide.page.wait_for_function("!document.querySelector('nav.toc details').open")


def search(tab: Tab, query: str) -> list[str]:
    tab.page.fill("#search-q", query)
    phrase = "\u201c" + query.strip() + "\u201d"
    tab.page.wait_for_function("p => document.getElementById('search-status').textContent.includes(p)", arg=phrase)
    return [str(a.get_attribute("href")) for a in tab.page.locator(".search-results a").all()]


def test_search_finds_a_word_only_the_body_holds(site: Site, open_tab: Any) -> None:
    index_html = (site.root / "index.html").read_text(encoding="utf-8")
    assert BODY_ONLY_WORD.casefold() not in index_html.casefold()
    tab = open_tab(1280)
    tab.page.goto(site.url("index.html"))
    assert tab.page.is_visible("#search-q")
    assert search(tab, BODY_ONLY_WORD.lower()) == [site.seed]
    assert "1 document matches" in tab.page.inner_text("#search-status")
    assert not tab.page.is_visible(".listing")
    assert search(tab, "turkmen") == [site.seed], "the word being typed matches as a prefix"
    assert search(tab, "samarkand putin") == [site.seed]
    assert search(tab, "CREME Brûlée") == [site.note], "case and accents fold the same way as in the index"
    assert search(tab, "samarkand zzzunknown ") == []
    assert "No document matches" in tab.page.inner_text("#search-status")
    tab.page.fill("#search-q", "")
    tab.page.wait_for_selector(".listing", state="visible")
    search(tab, BODY_ONLY_WORD)
    tab.page.click(".search-results a")
    tab.page.wait_for_url("**/" + site.seed)


def test_search_loads_its_index_only_when_used(site: Site, open_tab: Any) -> None:
    tab = open_tab(1280)
    requested: list[str] = []
    tab.page.on("request", lambda r: requested.append(r.url))
    tab.page.goto(site.url("index.html"))
    tab.page.wait_for_load_state("networkidle")
    assert not [u for u in requested if "/search/" in u]
    search(tab, "reading")
    assert [u for u in requested if "/search/meta.js" in u]


def test_search_works_from_file_urls(site: Site, open_tab: Any) -> None:
    tab = open_tab(1280)
    tab.page.goto((site.root / "index.html").as_uri())
    hrefs = search(tab, BODY_ONLY_WORD)
    assert hrefs == [site.seed]
    tab.page.click(".search-results a")
    assert tab.page.is_visible("article h1")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci --prefix tests` (bash .ci/run does)")
    page.add_script_tag(path=str(AXE))
    result: dict[str, Any] = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "nodes": [n["html"][:120] for n in v["nodes"]]} for v in result["violations"]]


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_axe_finds_no_violations(site: Site, open_tab: Any, theme: str) -> None:
    tab = open_tab(1280)
    tab.page.goto(site.url("index.html"))
    tab.page.evaluate(f"localStorage.setItem('sitegen-reader', JSON.stringify({{theme: '{theme}'}}))")
    for file in ("index.html", site.seed, site.note):
        tab.page.goto(site.url(file))
        assert tab.page.get_attribute("html", "data-theme") == theme
        assert axe_violations(tab.page) == [], (file, theme)
    tab.page.goto(site.url("index.html"))
    search(tab, "reading")
    assert axe_violations(tab.page) == [], ("search results", theme)


def test_print_shows_the_text_and_link_targets_only(site: Site, open_tab: Any) -> None:
    tab = open_tab(1280)
    tab.page.goto(site.url(site.note))
    tab.page.emulate_media(media="print")
    for chrome in (".site-header", ".site-footer", "nav.toc", "nav.pager"):
        assert not tab.page.is_visible(chrome), chrome
    assert tab.page.is_visible("article h1")
    after = tab.page.evaluate("getComputedStyle(document.querySelector('article a'), '::after').content")
    assert "https://example.org/reference" in after
    assert luminance(background(tab.page)) == 1.0


def test_first_visit_stays_within_budget(site: Site, open_tab: Any) -> None:
    for file in ("index.html", site.seed):
        tab = open_tab(1280)
        sizes: dict[str, int] = {}
        tab.page.on("response", lambda r, sizes=sizes: sizes.__setitem__(r.url, len(r.body())))
        tab.page.goto(site.url(file))
        tab.page.wait_for_load_state("networkidle")
        assets = {u: n for u, n in sizes.items() if u.endswith((".css", ".js"))}
        assert sum(assets.values()) < CSS_JS_BUDGET, assets
        others = {u: n for u, n in sizes.items() if u != site.url(file)}
        assert sum(others.values()) < FIRST_VISIT_BUDGET, others
        assert all(u.startswith(site.base) for u in sizes), "no request leaves the site"


def test_skip_link_moves_focus_to_the_text(site: Site, open_tab: Any) -> None:
    tab = open_tab(1280)
    tab.page.goto(site.url(site.seed))
    tab.page.keyboard.press("Tab")
    assert tab.page.evaluate("document.activeElement.className") == "skip"
    assert tab.page.is_visible(".skip")
    outline = tab.page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "focus is visible"
    tab.page.keyboard.press("Enter")
    assert tab.page.evaluate("document.activeElement.tagName") == "ARTICLE"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A site of 55 documents (two index pages) that all hold one word, on 127.0.0.1."""
    tmp = tmp_path_factory.mktemp("many")
    notes = {f"n{n:02d}.md": f"---\ntitle: Note {n}\ndate: 2020-01-{n % 28 + 1:02d}\n---\n\nA shared lighthouse "
             f"word, and w{n}x alone.\n" for n in range(55)}
    notes["n07.md"] = "---\ntitle: The lighthouse keeper\ndate: 2019-01-01\n---\n\nA shared word.\n"
    write_files(tmp / "content", notes)
    proc = run_sitegen("build", "--content", tmp / "content", "--out", tmp / "site", "-q", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    handler = functools.partial(QuietHandler, directory=str(tmp / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_search_ranks_title_hits_first_and_pages_its_results(many: str, open_tab: Any) -> None:
    tab = open_tab(1280)
    tab.page.goto(many + "index.html")
    hrefs = search(tab, "lighthouse")
    assert "55 documents match" in tab.page.inner_text("#search-status")
    assert len(hrefs) == 20
    assert hrefs[0] == "n07/index.html", "a title hit comes first, though it is the oldest"
    tab.page.click("#search-out button")
    tab.page.wait_for_function("document.querySelectorAll('.search-results li').length === 40")
    assert tab.page.evaluate("document.activeElement.textContent") == tab.page.locator(".search-results a").nth(20) \
        .inner_text()
    tab.page.click("#search-out button")
    tab.page.wait_for_function("document.querySelectorAll('.search-results li').length === 55")
    assert tab.page.locator("#search-out button").count() == 0
    assert search(tab, "w33x") == ["n33/index.html"]
    tab.page.goto(many + "page/2/index.html")
    assert search(tab, "w33x") == ["../../n33/index.html"], "links work from deeper index pages"
