"""build(config) -> BuildResult: read every source, then render, then write."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sitegen import listing, search, urls
from sitegen.clean.report import report_text
from sitegen.config import Config
from sitegen.errors import SitegenError, SourceError
from sitegen.model import Block, BlockKind, Document, Page
from sitegen.read import read_document
from sitegen.render import Renderer, documents_json, theme_dir
from sitegen.siteoutputs import site_outputs
from sitegen.sources import Source, find_sources, is_ignored_name, read_source_text
from sitegen.write import Writer, check_output_dir

Progress = Callable[[int, int], None]


@dataclass
class BuildResult:
    """What a build did: its pages, and every error and warning by source."""

    pages: list[Page] = field(default_factory=list)
    errors: list[SitegenError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    removed: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class Builder:
    """Builds a site and rebuilds it after changes (the watcher's entry point).

    `rebuild(paths)` takes the paths that changed (sources, templates, static
    files, the config) and must leave the output equal, byte for byte, to a
    full build of the current sources.
    """

    def __init__(self, config: Config, force: bool = False) -> None:
        self.config = config
        self.force = force

    def build(self, progress: Progress | None = None) -> BuildResult:
        return build(self.config, self.force, progress)

    def rebuild(self, changed: Collection[Path]) -> BuildResult:
        # Writes only files whose bytes changed and prunes what is gone.
        return build(self.config, force=True)


def build(config: Config, force: bool = False, progress: Progress | None = None,
          report: bool = False) -> BuildResult:
    """Build the site described by `config` into its output folder; with
    `report`, each cleaned text dump's line-by-line reading goes to
    `report.txt` beside its page."""
    if not config.content_dir.is_dir():
        raise SitegenError("content folder not found", str(config.content_dir))
    check_output_dir(config.output_dir, config.content_dir, force)
    result = BuildResult()
    sources = list(find_sources(config.content_dir))
    documents = read_all([s for s in sources if s.is_document], result, progress, now(config))
    documents = [d for d in documents if config.drafts or visible(d, now(config))]
    pages = place(documents, result)
    result.pages = pages
    writer = Writer(config.output_dir)
    render_all(config, pages, writer)
    if report:
        for page in pages:
            if page.doc.report:
                writer.write(posixpath.join(posixpath.dirname(page.file), "report.txt"), report_text(page.doc.report))
    for source in sources:
        if not source.is_document:
            writer.copy(source.rel, source.path)
    copy_static(config, writer)
    result.removed = writer.finish()
    result.written, result.unchanged = writer.written, writer.unchanged
    return result


def now(config: Config) -> datetime:
    """The build's notion of the present: SOURCE_DATE_EPOCH when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)


def visible(doc: Document, when: datetime) -> bool:
    """Drafts and future-dated documents are left out of a normal build."""
    return not doc.meta.draft and listing.is_published(doc.meta.date, when)


def read_one(source: Source, reference: datetime | None = None) -> Document:
    """Read, decode and parse (or clean) one source."""
    text, warnings = read_source_text(source)
    doc = read_document(source.rel, source.kind, text, reference)
    doc = with_anchors(doc)
    if warnings:
        doc = replace(doc, warnings=tuple(warnings) + doc.warnings)
    return doc


def read_all(sources: list[Source], result: BuildResult, progress: Progress | None,
             reference: datetime | None) -> list[Document]:
    documents: list[Document] = []
    for n, source in enumerate(sources, start=1):
        try:
            doc = read_one(source, reference)
        except SitegenError as exc:
            result.errors.append(exc)
            continue
        except Exception as exc:  # a bug must not lose the other documents
            result.errors.append(SourceError(f"internal error: {type(exc).__name__}: {exc}", source.rel))
            continue
        result.warnings.extend(f"{source.rel}: {w}" for w in doc.warnings)
        documents.append(doc)
        if progress:
            progress(n, len(sources))
    return documents


def with_anchors(doc: Document) -> Document:
    """Give heading blocks unique ids (Markdown headings already have theirs)."""
    heads = [b for b in doc.blocks if b.kind is BlockKind.HEADING and not b.anchor]
    if not heads:
        return doc
    ids = iter(urls.anchor_ids([b.text for b in heads]))
    blocks: list[Block] = [
        replace(b, anchor=next(ids)) if b.kind is BlockKind.HEADING and not b.anchor else b for b in doc.blocks
    ]
    return replace(doc, blocks=tuple(blocks))


def place(documents: list[Document], result: BuildResult) -> list[Page]:
    """Give each document its URL. Sources whose URLs collide (also when they
    differ only in case or Unicode form, which some filesystems conflate) are
    all errors, each naming every source involved: no one of them wins.
    URLs of the index pages (`page/N/`) are refused."""
    by_key: dict[str, list[tuple[Document, str]]] = {}
    for doc in documents:
        url = urls.document_url(doc.source, doc.meta.slug)
        by_key.setdefault(url.casefold(), []).append((doc, url))  # slugs are NFC already
    pages: list[Page] = []
    for group in by_key.values():
        if len(group) > 1:
            names = ", ".join(sorted(d.source for d, _ in group))
            for doc, url in group:
                result.errors.append(SourceError(f"its URL {url!r} collides with other sources ({names}); "
                                                 "none of them was built", doc.source))
            continue
        doc, url = group[0]
        if url.startswith("page/") and url[5:-1].isdigit() and url.count("/") == 2:
            result.errors.append(SourceError(f"its URL {url!r} is reserved for the index pages; "
                                             "rename it or set a slug", doc.source))
            continue
        pages.append(Page(doc, url, urls.url_to_file(url)))
    return pages


def render_all(config: Config, pages: list[Page], writer: Writer) -> None:
    renderer = Renderer(config)
    ordered = listing.newest_first(pages)
    around = listing.neighbours(ordered)
    for page in ordered:
        newer, older = around[page.url]
        writer.write(page.file, renderer.page(page, newer, older))
    for index in listing.paginate(ordered):
        writer.write(urls.url_to_file(index.url), renderer.index(index))
    writer.write("documents.json", documents_json(pages))
    # Site-level outputs (tags/sections listings, 404, feed, sitemap, robots.txt) from the same
    # filtered pages; a document at the same path wins.
    for rel, text in sorted(site_outputs(config, renderer, ordered).items()):
        if rel not in writer.produced:
            writer.write(rel, text)
    for name, text in search.index_files(ordered).items():
        writer.write(name, text)


def copy_static(config: Config, writer: Writer) -> None:
    """The theme's static files, overridden by the site's own of the same name."""
    files: dict[str, Path] = {}
    for folder in (theme_dir("static"), config.static_dir):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not any(is_ignored_name(p) for p in path.relative_to(folder).parts):
                files[path.relative_to(folder).as_posix()] = path
    for rel, path in sorted(files.items()):
        writer.copy("static/" + rel, path)
