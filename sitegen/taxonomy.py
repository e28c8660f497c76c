"""Tag and section listing pages, the tags and sections indexes, and the 404
page: pure data from the (already filtered) list of pages, rendered to HTML
strings with the theme's templates.

- a tag `Python` lists its documents at `tags/python/` (`tags/python/page/2/`...);
  spellings that share a slug are one tag;
- a section path `News › World` gives `sections/news/` and `sections/news/world/`;
  a document is listed in its section and every section above it;
- `tags/` and `sections/` list every tag and section with its count.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sitegen import listing, urls
from sitegen.model import Page
from sitegen.render import Renderer

TAGS_URL = "tags/"
SECTIONS_URL = "sections/"
NOT_FOUND_FILE = "404.html"
TEMPLATE = "taxonomy.html"
NOT_FOUND_TEMPLATE = "404.html"
PER_PAGE = listing.PER_PAGE
NOT_FOUND_RECENT = 5  # the 404 page suggests this many recent documents


@dataclass(frozen=True)
class Term:
    """A tag or a section: its name, the names above it (sections), its URL and
    its documents, newest first."""

    kind: str  # "tag" or "section"
    name: str
    url: str
    pages: tuple[Page, ...]
    trail: tuple[str, ...] = ()

    @property
    def depth(self) -> int:
        return len(self.trail)


def sort_key(name: str) -> tuple[str, str]:
    """Alphabetical order that ignores case and accents (é sorts with e), the same
    in every locale."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    return (plain, name)


def _spelling(counts: Counter[str]) -> str:
    """The most used spelling of a name; ties go to the first in sort order."""
    return min(counts, key=lambda name: (-counts[name], name))


def tag_terms(pages: Iterable[Page], newest_first: bool = False) -> list[Term]:
    """Every tag with its documents, in name order (`newest_first`: the pages
    are in that order already)."""
    ordered = list(pages) if newest_first else listing.newest_first(list(pages))
    spellings: dict[str, Counter[str]] = {}
    members: dict[str, list[Page]] = {}
    for page in ordered:
        seen: set[str] = set()
        for tag in page.doc.meta.tags:
            name = " ".join(tag.split())
            if not name:
                continue
            slug = urls.slugify(name)
            spellings.setdefault(slug, Counter())[name] += 1
            if slug not in seen:
                seen.add(slug)
                members.setdefault(slug, []).append(page)
    terms = [Term("tag", _spelling(spellings[slug]), f"{TAGS_URL}{slug}/", tuple(members[slug])) for slug in members]
    return sorted(terms, key=lambda t: (sort_key(t.name), t.url))


def section_terms(pages: Iterable[Page], newest_first: bool = False) -> list[Term]:
    """Every section (and every section above one) with its documents, in tree
    order (`newest_first`: the pages are in that order already)."""
    ordered = list(pages) if newest_first else listing.newest_first(list(pages))
    spellings: dict[tuple[str, ...], Counter[str]] = {}
    members: dict[tuple[str, ...], list[Page]] = {}
    for page in ordered:
        names = [" ".join(part.split()) for part in page.doc.meta.section_path]
        names = [n for n in names if n]
        for depth in range(1, len(names) + 1):
            key = tuple(urls.slugify(n) for n in names[:depth])
            spellings.setdefault(key, Counter())[names[depth - 1]] += 1
            if not members.get(key) or members[key][-1] is not page:
                members.setdefault(key, []).append(page)
    terms = []
    for key in sorted(members):
        trail = tuple(_spelling(spellings[key[:n]]) for n in range(1, len(key)))
        url = SECTIONS_URL + "/".join(key) + "/"
        terms.append(Term("section", _spelling(spellings[key]), url, tuple(members[key]), trail))
    return terms


def term_pages(term: Term, per_page: int = PER_PAGE) -> list[listing.IndexPage]:
    """A term's listing split into pages at `url`, `url/page/2/`..."""
    def at(sub: str | None) -> str | None:
        return None if sub is None else term.url + sub

    return [
        replace(index, url=term.url + index.url, prev_url=at(index.prev_url), next_url=at(index.next_url))
        for index in listing.paginate(list(term.pages), per_page)
    ]


def listing_urls(pages: list[Page], per_page: int = PER_PAGE) -> list[str]:
    """The URLs of every tag and section listing page (for the sitemap)."""
    tags, sections = tag_terms(pages), section_terms(pages)
    out = [TAGS_URL] if tags else []
    out += [SECTIONS_URL] if sections else []
    out += [index.url for term in tags + sections for index in term_pages(term, per_page)]
    return out


def render_listings(renderer: Renderer, pages: list[Page], per_page: int = PER_PAGE) -> dict[str, str]:
    """Output file -> HTML for the tags and sections indexes and every term's pages."""
    out: dict[str, str] = {}
    for kind, root, terms in (("tag", TAGS_URL, tag_terms(pages)), ("section", SECTIONS_URL, section_terms(pages))):
        if not terms:
            continue
        out[urls.url_to_file(root)] = renderer.render(TEMPLATE, root, kind=kind, term=None, terms=terms,
                                              index=None)
        for term in terms:
            for index in term_pages(term, per_page):
                out[urls.url_to_file(index.url)] = renderer.render(TEMPLATE, index.url, kind=kind, term=term,
                                                           terms=[], index=index)
    return out


def render_not_found(renderer: Renderer, pages: list[Page]) -> str:
    """The 404 page. A server shows it at any missing path, so its links are
    absolute: under `base_url` when set, else from the domain's root."""
    return render_not_found_from(renderer, listing.newest_first(pages)[:NOT_FOUND_RECENT], bool(tag_terms(pages)),
                                 bool(section_terms(pages)))


def render_not_found_from(renderer: Renderer, recent: list[Page], has_tags: bool, has_sections: bool) -> str:
    """The 404 page suggesting the `recent` documents (newest first), and
    the tags and sections indexes when there are any."""
    base = renderer.config.base_url.rstrip("/") + "/" if renderer.config.base_url else "/"

    def link(target: str) -> str:
        return base + target

    return renderer.render(NOT_FOUND_TEMPLATE, NOT_FOUND_FILE, root=base, link=link, not_found=True,
                   tags_url=TAGS_URL if has_tags else None,
                   sections_url=SECTIONS_URL if has_sections else None,
                   recent=recent)
