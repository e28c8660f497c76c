"""Live reload in real headless Chromium: an edit shows up without a manual
reload, at the same scroll position; a broken template shows the overlay."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, write_files
from tests.test_serve_cli import LiveProcess, serve

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
WAIT_MS = 30_000  # for a change to reach the page

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (installed by .ci/run)")
sync_api = pytest.importorskip("playwright.sync_api")

LONG_NOTE = "---\ntitle: Long note\n---\n\n" + "\n\n".join(
    f"Paragraph {n} of a long note, with enough words to fill a line or two of the page." for n in range(120)
) + "\n"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveProcess]:
    write_files(tmp_path, {"content/long.md": LONG_NOTE, "templates/.keep": ""})
    proc = serve(tmp_path)
    yield proc
    proc.stop()


@pytest.fixture
def page(tmp_path: Path) -> Iterator[sync_api.Page]:
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 800, "height": 600})
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()


def test_edit_appears_without_manual_reload(live: LiveProcess, page: sync_api.Page, tmp_path: Path) -> None:
    evaluate, wait_for_function = page.evaluate, page.wait_for_function
    page.goto(live.url + "long/")
    assert "Paragraph 0 of a long note" in page.content()
    evaluate("history.scrollRestoration = 'manual'")  # only sitegen's code may restore it
    evaluate("window.scrollTo(0, 1500)")
    wait_for_function("window.scrollY === 1500")
    source = tmp_path / "content" / "long.md"
    source.write_text(LONG_NOTE + "\nA brand new closing paragraph.\n", encoding="utf-8")
    wait_for_function("document.body.innerText.includes('A brand new closing paragraph.')", timeout=WAIT_MS)
    wait_for_function("window.scrollY === 1500", timeout=WAIT_MS)  # the reader stays in place
    assert "sitegen-live" not in (tmp_path / "site" / "long" / "index.html").read_text(encoding="utf-8")

    template = tmp_path / "templates" / "page.html"
    good = (REPO / "templates" / "page.html").read_text(encoding="utf-8")
    template.write_text(good.replace("{{ meta.title }}</h1>", "{{ meta.title }</h1>", 1), encoding="utf-8")
    wait_for_function("!!document.getElementById('sitegen-overlay')", timeout=WAIT_MS)
    overlay = evaluate("document.getElementById('sitegen-overlay').innerText")
    assert "page.html:" in overlay
    assert "A brand new closing paragraph." in evaluate("document.body.innerText")  # last good page stays

    template.write_text(good.replace("<article", '<article data-fixed="yes"', 1), encoding="utf-8")
    wait_for_function("!!document.querySelector('article[data-fixed]')", timeout=WAIT_MS)
    assert evaluate("document.getElementById('sitegen-overlay')") is None
    os.rename(source, tmp_path / "content" / "renamed.md")
    # the page is gone: the open tab reloads into the 404 page
    wait_for_function("!document.body.innerText.includes('Paragraph 0 of a long note')", timeout=WAIT_MS)
    assert live.get("/long/")[0] == 404 and live.get("/renamed/")[0] == 200
