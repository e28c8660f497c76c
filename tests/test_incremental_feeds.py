"""The sitemap joined from entries serialised one at a time equals the one
ElementTree writes for the whole set."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from sitegen import feeds
from sitegen.config import Config
from sitegen.model import Document, Meta, Page


def whole(config: Config, pages: list[Page], listing_urls: list[str]) -> str:
    """The sitemap made the plain way: one ElementTree for every URL."""
    urlset = ET.Element("urlset", {"xmlns": feeds.SITEMAP_NS})
    rows: dict[str, datetime | None] = {url: None for url in listing_urls}
    for page in pages:
        rows[page.url] = page.doc.meta.updated or page.doc.meta.published
    for url in sorted(rows):
        node = feeds._sub(urlset, "url")
        feeds._sub(node, "loc", feeds.absolute_url(config, url))
        lastmod = rows[url]
        if lastmod is not None:
            feeds._sub(node, "lastmod", feeds.rfc3339(lastmod))
    return feeds._serialise(urlset)


NAMES = ["a", "b&c", "<x>", "über", "東京", "q\"uote", "sp ace", "tab\tbed", "nul\x00l", "emoji-🙂"]


def test_sitemap_from_kept_entries_equals_the_whole_tree() -> None:
    rng = random.Random(7)
    zones = [UTC, timezone(timedelta(hours=1)), None]
    for base_url in ("", "https://example.org/sub/"):
        config = Config(base_url=base_url, content_dir=Path("c"), output_dir=Path("o"))
        assert feeds.sitemap_xml(config, [], []) == whole(config, [], [])
        for _ in range(40):
            pages = []
            for n in range(rng.randint(0, 12)):
                zone = rng.choice(zones)
                when = datetime(2024, 1, 1 + n, 12, tzinfo=zone) if rng.random() < 0.8 else None
                meta = Meta(title=f"T{n}", published=when,
                            updated=when + timedelta(days=1) if when and rng.random() < 0.3 else None)
                url = f"{rng.choice(NAMES)}-{n}/"
                pages.append(Page(Document(source=f"{n}.md", meta=meta, blocks=()), url, url + "index.html"))
            listing_urls = ["", "tags/", *rng.sample([f"tags/{name}/" for name in NAMES], 3)]
            assert feeds.sitemap_xml(config, pages, listing_urls) == whole(config, pages, listing_urls)
