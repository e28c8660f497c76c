"""Site-level outputs rendered from the (already filtered) list of pages: tag
and section listings, the 404 page, the Atom feed, the sitemap, robots.txt,
and the search index.

`site_outputs` is the pure function: every output from the pages. The build
keeps a `SiteOutputs` between rebuilds instead: each output remembers what
it was made from (a key of the pages it shows) and is made again only when
that changed, and the search index is updated in place. Both give the same
bytes. Drafts and future-dated documents were left out before either sees
the pages.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

from sitegen import feeds, listing, search, taxonomy, urls
from sitegen.config import Config
from sitegen.model import Page
from sitegen.render import Renderer
from sitegen.sources import source_kind
from sitegen.stages import LightDocument
from sitegen.write import Writer


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
    return source_kind(rel) == "asset" and path.is_file()


def _ident(page: Page) -> Hashable:
    """What a page shows, as a comparable value: its URL and its reading's key."""
    doc = page.doc
    return (page.url, doc.key if isinstance(doc, LightDocument) and doc.key else doc)


def _dates(page: Page) -> tuple[str, str]:
    """A page's dates as written (equal instants in other time zones differ)."""
    meta = page.doc.meta
    return (meta.published.isoformat() if meta.published else "", meta.updated.isoformat() if meta.updated else "")


def _filed(page: Page) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Where a page is listed besides the index: its tags and section."""
    return (page.doc.meta.tags, page.doc.meta.section_path)


Render = Callable[[], str]
_UNFILED: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


class SiteOutputs:
    """The site-level outputs of one builder, kept between its builds.

    `write` is given the pages newest first (as the index lists them);
    pages that are the same objects as last time are taken as unchanged.
    Each output is rendered again only when its key (what it shows)
    changed, and written when its bytes did; the rest are kept as the last
    build left them (or, with `verify`, compared with the output folder)."""

    def __init__(self) -> None:
        self.search = search.SearchIndex()
        self._setup: tuple[Config, str] | None = None
        self._pages: list[Page] = []
        self._keys: dict[str, Hashable] = {}  # output -> the key it was rendered from
        self._texts: dict[str, str] = {}
        self._listings: dict[str, tuple[Hashable, Render]] | None = None  # taxonomy outputs, when known
        self._updated: datetime | None = None  # the feed's date
        self._dated = 0  # counts the builds whose pages moved or changed dates

    def write(self, config: Config, theme: str, renderer: Callable[[], Renderer], ordered: list[Page],
              terms_of: Callable[[Page], str], writer: Writer, verify: bool,
              since: tuple[list[Page], list[int]] | None = None) -> None:
        """Write (or keep) every site-level output for `ordered` (newest first);
        `terms_of(page)` gives a page's `search.document_terms`. `since`, when
        known: a list of pages and the only positions where `ordered` holds
        other objects (it saves comparing every position when that list is
        the one the last call was given). `ordered` must not change later."""
        if self._setup != (config, theme):
            self._setup, self._keys, self._texts, self._listings = (config, theme), {}, {}, None
        old = self._pages
        if since is not None and since[0] is old and len(old) == len(ordered):
            changed: list[int] | None = since[1]
        else:
            changed = None if len(old) != len(ordered) else [
                i for i, (a, b) in enumerate(zip(old, ordered, strict=True)) if a is not b]
        outputs = self._outputs(config, renderer, ordered, old, changed)
        self._pages = ordered
        for rel, (key, make) in sorted(outputs.items()):
            if rel in writer.produced or _is_asset(config, rel):  # a document or a file of the same path wins
                self._keys.pop(rel, None)
                continue
            if self._keys.get(rel) != key or rel not in self._texts:
                self._texts[rel] = make()
                self._keys[rel] = key
            elif not verify:
                writer.keep(rel)
                continue
            writer.write(rel, self._texts[rel])
        for rel in set(self._texts) - set(outputs):
            del self._texts[rel]
            self._keys.pop(rel, None)
        was_empty = not self.search.files
        fresh = self.search.update(ordered, terms_of, changed)
        for rel, text in sorted(self.search.files.items()):
            if verify or was_empty:
                writer.write(rel, text)
            elif rel in fresh:  # other than the text the last build wrote: no need to read the file to compare
                writer.write(rel, text, differs=True)
            else:
                writer.keep(rel)

    def _outputs(self, config: Config, renderer: Callable[[], Renderer], ordered: list[Page], old: list[Page],
                 changed: list[int] | None) -> dict[str, tuple[Hashable, Render]]:
        """Every output but the search index: path -> (key, how to render it)."""
        moved = [(old[i], ordered[i]) for i in changed] if changed is not None else None
        went, came = _spliced(old, ordered) if moved is None else ([a for a, _ in moved], [b for _, b in moved])
        if went is None or came is None or self._listings is None or any(
                _filed(p) != _UNFILED for p in (*went, *came)):
            self._listings = _listings(renderer, ordered)
        listings = self._listings
        listing_urls = sorted(_file_url(rel) for rel in listings)
        has_tags, has_sections = taxonomy.TAGS_URL in listing_urls, taxonomy.SECTIONS_URL in listing_urls
        if moved is None or self._updated is None or any(a.url != b.url or _dates(a) != _dates(b) for a, b in moved):
            # Pages at other URLs or with other dates: the feed's date and the sitemap may change.
            self._updated = _updated(self._updated, ordered, went, came)
            self._dated += 1
        updated = self._updated
        recent = ordered[:taxonomy.NOT_FOUND_RECENT]
        newest = ordered[:feeds.FEED_ENTRIES]
        sitemap_urls = [*_index_urls(len(ordered)), *listing_urls]
        out = dict(listings)
        out[taxonomy.NOT_FOUND_FILE] = (
            ("404", tuple(_ident(p) for p in recent), has_tags, has_sections),
            lambda: taxonomy.render_not_found_from(renderer(), recent, has_tags, has_sections))
        out[feeds.FEED_FILE] = (("feed", tuple(_ident(p) for p in newest), updated.isoformat()),
                                lambda: feeds.feed_entries_xml(config, newest, updated))
        # The sitemap shows each page's URL and dates, and the listings' URLs.
        out[feeds.SITEMAP_FILE] = (("sitemap", self._dated, tuple(sitemap_urls)),
                                   lambda: feeds.sitemap_xml(config, ordered, sitemap_urls))
        out[feeds.ROBOTS_FILE] = (("robots",), lambda: feeds.robots_txt(config))
        return out


SPLICE_MAX = 64  # more pages than this came and went: the outputs are looked at as if all changed


def _spliced(old: list[Page], new: list[Page]) -> tuple[list[Page] | None, list[Page] | None]:
    """The pages that went from `old` and came into `new` (compared by
    identity, as one replaced run), or (None, None) when there are many."""
    if not old or not new:
        return None, None
    start, removed, inserted = search.splice_span(old, new)
    if removed + inserted > SPLICE_MAX:
        return None, None
    return old[start:start + removed], new[start:start + inserted]


def _updated(before: datetime | None, ordered: list[Page], went: list[Page] | None,
             came: list[Page] | None) -> datetime:
    """`feeds.feed_updated(ordered)`, from its value `before` the pages
    `went` went and the pages `came` came (None: unknown) when that settles it."""
    if before is None or went is None or came is None or before == feeds.NO_DATE:
        return feeds.feed_updated(ordered)
    last = listing.instant(before)
    if any(listing.instant(d) >= last for p in went for d in feeds.stamps(p)):
        return feeds.feed_updated(ordered)  # the newest date may have gone
    newest = feeds.feed_updated(came)
    if newest == feeds.NO_DATE or listing.instant(newest) < last:
        return before
    if listing.instant(newest) > last:
        return newest
    return feeds.feed_updated(ordered)  # the same instant: the first of them in the listing wins


def _file_url(rel: str) -> str:
    """The URL of an output file `a/b/index.html` (`urls.url_to_file` undone)."""
    return rel[:-len("index.html")] if rel.endswith("index.html") else rel


def _index_urls(count: int) -> Iterable[str]:
    pages = max(-(-count // listing.PER_PAGE), 1)
    return (listing.index_url(n) for n in range(1, pages + 1))


def _listings(renderer: Callable[[], Renderer], ordered: list[Page]) -> dict[str, tuple[Hashable, Render]]:
    """The tag and section listing pages: path -> (key, how to render it).
    `ordered` is newest first."""
    out: dict[str, tuple[Hashable, Render]] = {}
    filed = [page for page in ordered if _filed(page) != _UNFILED]  # only these are listed (still newest first)
    for kind, root, terms in (("tag", taxonomy.TAGS_URL, taxonomy.tag_terms(filed, newest_first=True)),
                              ("section", taxonomy.SECTIONS_URL, taxonomy.section_terms(filed, newest_first=True))):
        if not terms:
            continue
        root_key = (kind, tuple((t.name, t.url, t.trail, tuple(_ident(p) for p in t.pages)) for t in terms))
        out[urls.url_to_file(root)] = (root_key, _render_root(renderer, kind, root, terms))
        for term in terms:
            for index in taxonomy.term_pages(term):
                key = (kind, term.name, term.url, term.trail, len(term.pages), index.url, index.number, index.total,
                       index.prev_url, index.next_url, tuple(_ident(p) for p in index.pages))
                out[urls.url_to_file(index.url)] = (key, _render_term(renderer, kind, term, index))
    return out


def _render_root(renderer: Callable[[], Renderer], kind: str, root: str, terms: list[taxonomy.Term]) -> Render:
    return lambda: renderer().render(taxonomy.TEMPLATE, root, kind=kind, term=None, terms=terms, index=None)


def _render_term(renderer: Callable[[], Renderer], kind: str, term: taxonomy.Term,
                 index: listing.IndexPage) -> Render:
    return lambda: renderer().render(taxonomy.TEMPLATE, index.url, kind=kind, term=term, terms=[], index=index)
