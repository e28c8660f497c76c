"""Site-level outputs rendered from the (already filtered) list of pages: tag
and section listings, the 404 page, the Atom feed, the sitemap, robots.txt.

One pure function, so the build calls it in one place and every output sees
the same pages: drafts and future-dated documents were left out before.
"""

from __future__ import annotations

from sitegen import feeds, listing, taxonomy
from sitegen.config import Config
from sitegen.model import Page
from sitegen.render import Renderer
from sitegen.sources import TEXT_SUFFIXES


def site_outputs(config: Config, renderer: Renderer, pages: list[Page]) -> dict[str, str]:
    """Output file (relative to the output folder) -> its text. A content file
    copied to the same path (the site's own robots.txt or 404.html) wins."""
    out = taxonomy.render_listings(renderer, pages)
    out[taxonomy.NOT_FOUND_FILE] = taxonomy.render_not_found(renderer, pages)
    index_urls = [index.url for index in listing.paginate(listing.newest_first(pages))]
    out[feeds.FEED_FILE] = feeds.feed_xml(config, pages)
    out[feeds.SITEMAP_FILE] = feeds.sitemap_xml(config, pages, index_urls + taxonomy.listing_urls(pages))
    out[feeds.ROBOTS_FILE] = feeds.robots_txt(config)
    return {rel: text for rel, text in out.items() if not _is_asset(config, rel)}


def _is_asset(config: Config, rel: str) -> bool:
    path = config.content_dir.joinpath(*rel.split("/"))
    return path.suffix.lower() not in TEXT_SUFFIXES and path.is_file()
