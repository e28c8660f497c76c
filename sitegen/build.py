"""build(config) -> BuildResult: read every source, then render, then write.

The engine is incremental at every step and gives the same bytes as a
build from nothing:

1. read: a source whose size and mtime are those of the last build keeps
   its metadata; others are read in a process pool, through the cache
   (keyed by the source's text, its name and sitegen's code);
2. place and list: URLs, order, neighbours, pagination, from metadata only;
3. render: each output has a key (a hash of everything it is rendered
   from); outputs whose key and file are those of the last build are kept,
   the rest rendered (pages in the pool) and written when their bytes
   differ;
4. commit: the changes go into a staging generation that is swapped in
   atomically (`sitegen.generations`).
"""

from __future__ import annotations

import _thread
import bisect
import contextlib
import gc
import os
import posixpath
import shutil
import threading
import time
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen import listing, urls
from sitegen.cache import DEFAULT_CACHE_DIR, PACK_DIR, Cache, Where, close_packs, code_key, digest, keep_out_of_git
from sitegen.config import Config
from sitegen.errors import OutputError, SitegenError, SourceError
from sitegen.generations import Generations, Manifest
from sitegen.model import Document, Page
from sitegen.sources import (
    CLEANED_KINDS,
    EMPTY_SOURCE,
    UNREADABLE,
    Source,
    classify,
    find_sources,
    is_ignored_name,
    source_kind,
)
from sitegen.stages import (
    DocInfo,
    ErrorTuple,
    LightDocument,
    ReadTask,
    RenderJob,
    RenderTask,
    body_of,
    for_render,
    light,
    read_chunk,
    read_crashed,
    render_chunk,
    render_crashed,
    renderer_for,
    values_text,
    warm_renderer,
)
from sitegen.stages import read_one as read_one
from sitegen.stages import with_anchors as with_anchors
from sitegen.theme import theme_dir
from sitegen.write import Writer, check_output_dir, same_file_contents

if TYPE_CHECKING:
    from sitegen.siteoutputs import SiteOutputs

Progress = Callable[[int, int], None]
StatSig = tuple[int, int]
Key = tuple[str, ...]  # what an output is rendered from
Output = tuple[Key, int, int]  # an output's key, and its file's size and mtime
STATE_FORMAT = 1
WARM_UP_URL = "warm-up/"
# What `Builder._warm_up` reads and renders, per kind of source: small, valid documents.
WARM_UP_SOURCES = (
    ("markdown", "warm-up.md", "---\ntitle: Warm up\ndate: 2024-01-01\ntags: [a]\n---\n\nSome *text*.\n\n"
                               "## A part\n\nMore text, [a link](https://example.org/).\n"),
    ("text", "warm-up.txt", "Home > Notes\n\nA title for warming up\n\nUpdated: 01 Mar 2022\n\n"
                            "A first paragraph of the article, long enough to be read as its text.\n\nShare\n"),
    ("html", "warm-up.html", "<title>Warm up</title><article><h1>Warm up</h1><h2>A part</h2>"
                             "<p>A first paragraph of the article, long enough to be read as its text.</p></article>"),
)
DOCUMENTS_JSON = "documents.json"
# A `serve` or `watch` that starts on an unchanged site renders up to this many index pages
# in advance (the links they hold are remembered), so the first edit's index page is quick.
WARM_INDEX_PAGES = 1000
# A source modified this close to the build's start may change again within
# the same mtime tick: its stat is not trusted next time (as git's "racy" check).
RACY_WINDOW_NS = 50_000_000
# A rebuild that adds, removes or changes more documents than this takes the general path.
QUICK_MAX_CHANGES = 64
DOCUMENT_KINDS = ("text", "markdown", "html")
_UNTRUSTED: StatSig = (-2, -2)


@dataclass
class BuildResult:
    """What a build did: its pages, and every error and warning by source."""

    pages: list[Page] = field(default_factory=list)  # empty when nothing changed: see page_count
    page_count: int = 0
    errors: list[SitegenError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    read: int = 0  # sources read and cleaned (not taken from the last build or the cache)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class BuildState:
    """What a build remembers for the next: per-source metadata, and the key
    and file stat of each output it rendered."""

    code: str
    generation: int = -1
    sources: dict[str, tuple[StatSig, DocInfo]] = field(default_factory=dict)
    outputs: dict[str, Output] = field(default_factory=dict)
    site_key: str = ""
    site_files: dict[str, tuple[int, int]] = field(default_factory=dict)
    listing: dict[str, str] = field(default_factory=dict)  # every source: path -> kind, in walk order
    folders: dict[str, int] = field(default_factory=dict)  # every folder walked: path -> mtime
    format: int = STATE_FORMAT
    # What a build that finds nothing changed needs, without `sources`:
    theme: str = ""
    sigs: dict[str, StatSig] = field(default_factory=dict)  # document sources
    page_count: int = -1
    warnings: list[str] = field(default_factory=list)
    next_publish: float | None = None  # when the first future-dated document comes due
    last_published: float | None = None  # the latest date shown (a "now" before it hides pages)
    uses_now: bool = False  # a document was read relative to the build's "now"
    clean: bool = False  # the build had no errors
    docs_loaded: bool = True  # False: `sources` is still on disk (`Cache.load_state(part="docs")`)


# What a rebuild that changes a few documents finds: (infos, shown, visible
# infos, pages, the pages replaced in place or None when pages came or went,
# the pages' hash).
Quick = tuple[list[DocInfo], list[bool], list[DocInfo], list[Page], list[Page] | None, int]


@dataclass
class RunMemo:
    """What the last build derived from its documents' metadata, kept so a
    rebuild after a few edits can change only those documents' entries.
    Made only when every document was read and placed without trouble."""

    sources: dict[str, str]  # the listing it was made for
    infos: list[DocInfo]  # every document, in walk order
    position: dict[str, int]  # source -> its place in `infos`
    shown: list[bool]  # per document: listed (not a draft, not in the future)
    visible: list[DocInfo]
    placed: dict[str, int]  # source of a listed document -> its place in `visible` and `pages`
    pages: list[Page]
    assets: list[str]
    warnings: list[str]
    pages_hash: int  # `pages_hash(pages)`
    by_source: dict[str, DocInfo]  # the listed documents by source
    urls: dict[str, str] = field(default_factory=dict)  # a listed page's URL, case-folded -> its source


class Builder:
    """Builds a site and rebuilds it after changes (the watcher's entry point).

    It keeps per-document metadata (not bodies) between builds. `rebuild(paths)`
    takes the paths that changed (sources, templates, static files, the
    config) and leaves the output equal, byte for byte, to a full build of
    the current sources.
    """

    def __init__(self, config: Config, force: bool = False, cache_dir: Path | None = None,
                 use_cache: bool = True, workers: int | None = None, warm: bool = True,
                 report: bool = False) -> None:
        self.config = config
        self.force = force
        self.report = report  # each text dump's cleaner reading as report.txt beside its page
        self.use_cache = use_cache
        self.cache_dir = (cache_dir or Path.cwd() / DEFAULT_CACHE_DIR) if use_cache else None
        self.workers = workers
        self.warm = warm  # after a build, get the staging folder ready for the next
        self.state: BuildState | None = None
        self.sources: dict[str, str] | None = None  # the last build's: path -> kind, in walk order
        self._scratch: Path | None = None
        self._gens: Generations | None = None
        self._json = DocumentsJson()
        self._site: SiteOutputs | None = None  # made on first use (it imports the renderer)
        self._pages: dict[str, Page] = {}
        self._ordered: list[Page] | None = None  # the last build's pages, newest first
        self._stamps: dict[str, tuple[bool, float | None]] = {}  # per reading: (draft, date)
        self._positions: dict[str, int] = {}
        self._page_files: set[str] = set()  # the files of `_ordered`
        self._saved = True
        self._empty: dict[str, tuple[StatSig, str]] = {}  # empty sources: their stat and warning
        self._memo: RunMemo | None = None
        self._latest: float | None = None  # after a quick rebuild: the latest date shown
        # The theme key and static files, kept while no template or static file changes (see `rebuild`).
        self._theme: tuple[str, str] | None = None
        self._static: dict[str, Path] | None = None
        self._spliced: tuple[int, int] | None = None  # after `_order` spliced pages in or out: the span it changed
        self._stager = Stager()  # gets the staging folder ready after a rebuild
        self._moved: tuple[list[Page], list[int]] | None = None  # the last order, and the positions `_order` replaced
        self._packed: dict[str, tuple[str, Where]] = {}  # without a cache: source -> (reading, its pack place)

    def build(self, progress: Progress | None = None) -> BuildResult:
        """A full build: every source and output file is checked."""
        self._theme, self._static = None, None
        result = self._run(progress, forced=set(), verify=True, sources=None)
        primed = False
        if self.warm and self._memo is None and self.state is not None and not self.state.docs_loaded:
            # Nothing had changed, so nothing was loaded: load it now (what
            # the outputs were made from), so the first rebuild after an edit
            # is as quick as the next ones. It finds nothing to write.
            self._run(None, forced=set(), verify=False, sources=None, prime=True)
            primed = True
        if self.warm:
            self._warm_up(indexes=primed)
        self.save()
        if self.cache_dir is not None:
            Cache(self.cache_dir, code_key()).prune_other_versions()
        if self.warm and self._gens is not None and self._gens.live is not None:
            self._gens.open()
        return result

    def _warm_up(self, indexes: bool = False) -> None:
        """Load into this process what a rebuild after an edit uses: a full
        build reads and renders in worker processes, so the readers, the
        page template and the search tokeniser's tables would otherwise be
        loaded by the first edit. With `indexes` (a build that rendered
        nothing), the index pages are rendered and thrown away, so the links
        they hold are known to the renderer before an edit changes one."""
        from sitegen.read import read_document
        from sitegen.search import terms

        kinds = set((self.sources or {}).values())
        docs: list[Document] = []
        for kind, rel, text in WARM_UP_SOURCES:
            if kind in kinds:
                with contextlib.suppress(SitegenError):
                    docs.append(with_anchors(read_document(rel, kind, text, None)))
        terms("\u00e9")  # non-ASCII text: the table of accents to drop
        if self.state is not None and self.state.theme:
            renderer = renderer_for(self.config, self.state.theme)
            for doc in docs:  # every page, rendered and thrown away: every template is compiled
                with contextlib.suppress(Exception):  # a broken template is reported by the builds
                    page = Page(doc, WARM_UP_URL, urls.url_to_file(WARM_UP_URL))
                    renderer.page(page, None, None)
                    renderer.index(listing.paginate([page])[0])
                    from sitegen.siteoutputs import site_outputs

                    site_outputs(self.config, renderer, [page])
            ordered = self._ordered or []
            if indexes and len(ordered) <= WARM_INDEX_PAGES * listing.PER_PAGE:
                with contextlib.suppress(Exception):
                    for index in listing.paginate(ordered):
                        renderer.index(index)
        # What the build left is collected now, and what it keeps is set
        # aside from the collector: a rebuild never walks the whole site's
        # objects to find its garbage (a later full build looks at all again).
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def rebuild(self, changed: Collection[Path]) -> BuildResult:
        """Rebuild after `changed` paths changed: the changed sources are read
        again, everything else comes from memory; a config change rebuilds all."""
        config_file = self.config.config_file
        content = self.config.content_dir.resolve()
        forced: set[str] = set()
        themes = [folder.resolve() for folder in (self.config.templates_dir, self.config.static_dir,
                                                  theme_dir("templates"), theme_dir("static"))]
        for path in changed:
            resolved = Path(path).resolve()
            if config_file is not None and resolved == config_file.resolve():
                self.state = None
                return self.build()
            if content in resolved.parents:
                forced.add(resolved.relative_to(content).as_posix())
            elif any(folder == resolved or folder in resolved.parents for folder in themes):
                self._theme, self._static = None, None
        sources = self._updated_sources(forced)
        result = self._run(None, forced=forced, verify=sources is None, sources=sources)
        self._saved = False
        gens = self._gens
        if self.warm and gens is not None and gens.live is not None and not gens.opened:
            # The staging folder is made equal to the new output while the
            # site is served and no change comes, not at the next rebuild.
            self._stager.start(gens)
        return result

    def _theme_key(self, code: str) -> str:
        """`theme_key` of the config, kept between rebuilds that change no template."""
        if self._theme is None or self._theme[0] != code:
            self._theme = (code, theme_key(self.config, code, self.report))
        return self._theme[1]

    def _copy(self, assets: list[str], writer: Writer) -> None:
        """Copy the content's assets and the static files (those that changed)."""
        for rel in assets:
            writer.copy(rel, self.config.content_dir / rel)
        for rel, path in self._static_files().items():
            writer.copy("static/" + rel, path)

    def _static_files(self) -> dict[str, Path]:
        """`static_files` of the config, kept between rebuilds that change no static file."""
        if self._static is None:
            self._static = static_files(self.config)
        return self._static

    def _prepared(self) -> None:
        """Wait for the staging folder to be ready (see `rebuild`)."""
        self._stager.wait()

    def save(self) -> None:
        """Keep the build state in the cache folder, for the next process."""
        state = self.state
        if self.cache_dir is not None and state is not None and not self._saved:
            cache, out, content = Cache(self.cache_dir), self.config.output_dir, self.config.content_dir
            if state.docs_loaded:
                cache.save_state(out, content, state.sources, part="docs")
            cache.save_state(out, content, replace(state, sources={}, docs_loaded=False))
        self._saved = True

    def close(self) -> None:
        """Save the state; remove the scratch cache of a build without a cache folder."""
        self._prepared()
        self.save()
        if self._scratch is not None:
            close_packs(self._scratch / PACK_DIR)
            self._packed.clear()
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def _note_packed(self, info: DocInfo, where: Where | None) -> None:
        """Remember where a reading without a cache packed its document."""
        if where is not None:
            self._packed[info.source] = (info.ident, where)

    def _updated_sources(self, changed: set[str]) -> dict[str, str] | None:
        """The last build's sources with `changed` applied (the same dict when
        that changes nothing), or None when a full walk is needed (no last
        build, or a folder changed)."""
        sources = self.sources
        if sources is None:
            return None
        content = self.config.content_dir
        copied = False
        added: list[str] = []
        for rel in changed:
            path = content / rel
            if path.is_dir() or (not path.exists() and rel not in sources
                                 and any(r.startswith(rel + "/") for r in sources)):
                return None
            kind = (listed_kind(classify(path, rel)) if os.path.lexists(path)
                    and not any(is_ignored_name(part) for part in rel.split("/")) else None)
            if sources.get(rel) == kind:
                continue
            if not copied:
                sources, copied = dict(sources), True
            if kind is None:
                del sources[rel]
            else:
                if rel not in sources:
                    added.append(rel)
                sources[rel] = kind
        if added:  # put in walk order (the rest is in it already)
            keys = [rel for rel in sources if rel not in added]
            for rel in added:
                bisect.insort(keys, rel, key=walk_order)
            sources = {rel: sources[rel] for rel in keys}
        return sources

    # ---- the pipeline ----

    def _cache_root(self) -> Path:
        if self.cache_dir is not None:
            return self.cache_dir
        if self._scratch is None:
            import tempfile

            remove_stale_scratch()
            self._scratch = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-"))
            weakref.finalize(self, shutil.rmtree, self._scratch, True)
        return self._scratch

    def _facts(self, info: DocInfo) -> tuple[bool, float | None]:
        """(draft, date as a timestamp) of a document, kept per reading."""
        got = self._stamps.get(info.ident)
        if got is None:
            date = info.meta.date
            got = self._stamps[info.ident] = (info.meta.draft, None if date is None else _stamp(date))
        return got

    def _visible(self, info: DocInfo, when: float) -> bool:
        """`visible(info, when)`, from the kept facts."""
        draft, date = self._facts(info)
        return not draft and (date is None or date <= when)

    def _place(self, infos: list[DocInfo], result: BuildResult) -> list[Page]:
        pages = place(infos, result, self._pages)
        if len(self._pages) > len(pages) * 2:  # forget pages of removed documents
            self._pages = {p.doc.source: p for p in pages}
        return pages

    def _generations(self) -> Generations:
        """The output's generations; kept between builds while no one else
        builds into the same folder (the staging folder stays ready)."""
        gens = self._gens
        if gens is None or gens.out != self.config.output_dir or not gens.is_current():
            gens = self._gens = Generations(self.config.output_dir)
        return gens

    def _run(self, progress: Progress | None, forced: set[str], verify: bool,
             sources: dict[str, str] | None, prime: bool = False) -> BuildResult:
        self._prepared()
        try:
            return self._run_once(progress, forced, verify, sources, prime)
        except BaseException:
            # What the outputs were made from is no longer known: start afresh.
            self._site, self._json, self._ordered, self._memo = None, DocumentsJson(), None, None
            raise

    def _run_once(self, progress: Progress | None, forced: set[str], verify: bool,
                  sources: dict[str, str] | None, prime: bool = False) -> BuildResult:
        config = self.config
        if not config.content_dir.is_dir():
            raise SitegenError("content folder not found", str(config.content_dir))
        check_output_dir(config.output_dir, config.content_dir, self.force)
        root = self._cache_root()
        check_cache_dir(root, config)
        if self.cache_dir is not None:
            keep_out_of_git(root)
        code = code_key()
        cache = Cache(root, code)
        state = self._state(cache, code)
        gens = self._generations()
        if state.generation != (gens.live.generation if gens.live else -1):
            verify = True
        result = BuildResult()
        when = now(config)
        walked = sources is None
        folders = state.folders
        if sources is None:
            sources, folders = list_sources(config.content_dir, state)
        self.sources = sources
        theme = self._theme_key(code)
        if walked and not forced and not prime and self._unchanged(state, theme, when, sources, gens):
            result.page_count, result.unchanged = state.page_count, len(gens.previous_files)
            result.warnings = list(state.warnings)
            self.state = state
            return result
        self._load_docs(state, cache)
        self._empty = {rel: v for rel, v in self._empty.items() if rel in sources and rel not in forced}
        memo, self._memo = self._memo, None
        quick = None if walked or memo is None else self._quick(memo, sources, state, forced, cache, code, when,
                                                                 result)
        if quick is not None and memo is not None:
            infos, shown, visible_infos, pages, changed_pages, pages_hash = quick
            result.warnings = list(memo.warnings)
        else:
            # While the pool reads, this process compiles the templates (the pool that renders inherits them).
            infos = self._read_all(sources, state, forced, cache, code, when, result, progress, stat_all=walked,
                                   meanwhile=partial(warm_renderer, config, theme))
            when_ts = when.timestamp()
            shown = [config.drafts or self._visible(i, when_ts) for i in infos]
            visible_infos = [i for i, show in zip(infos, shown, strict=True) if show]
            pages = self._place(visible_infos, result)
            changed_pages, pages_hash = None, page_hashes(pages)
        result.pages = pages
        ordered, dirty = self._order(pages, state, theme, verify, changed_pages)
        writer = Writer(config.output_dir, gens.open, gens.live_set())
        job = RenderJob(config, code, root, config.output_dir, gens.stage, when, theme)
        by_source = memo.by_source if quick is not None and memo is not None else {
            i.source: i for i in visible_infos}
        spliced = self._spliced
        assets = memo.assets if quick is not None and memo is not None else [
            rel for rel, kind in sources.items() if kind == "asset"]
        # An asset at a site output's path replaces it: the assets are part of the key.
        site_key = digest(theme, f"{len(pages)}:{pages_hash:x}", "\0assets", *assets)
        changed = None if dirty is None or spliced is not None else [ordered[i] for i in sorted(dirty) if i >= 0]
        index_outputs: dict[str, Output] = {}
        site_files: dict[str, tuple[int, int]] = {}

        def indexes_and_site() -> None:
            """The index pages and site outputs: made here while the pool renders pages."""
            index_outputs.update(render_indexes(config, theme, ordered, state, writer, verify,
                                                _listed(dirty, spliced, len(ordered), state.page_count)))
            site_files.update(self._render_site(job, pages, ordered, by_source, site_key, state, writer, verify,
                                                changed))

        new_outputs = self._render_pages(job, theme, ordered, by_source, state, gens, writer, verify, result, dirty,
                                         meanwhile=indexes_and_site)
        new_outputs.update(index_outputs)
        if spliced is not None:  # the pages that went, and index pages no longer made
            new_outputs = {rel: out for rel, out in new_outputs.items() if rel in writer.produced}
        self._copy(assets, writer)
        removed = writer.prune()
        if gens.opened or gens.live is None or not gens.holds(writer.produced):
            gens.open()
            files = manifest_files(gens, writer.produced)
            gens.commit(Manifest(files, changed=sorted(writer.changed), removed=removed))
        result.removed = len(removed)
        result.written, result.unchanged = writer.written, writer.unchanged
        result.errors.sort(key=lambda e: (e.path or "", e.line or 0, e.message))
        if quick is not None:
            # Every source read; the ones added, removed or changed are listed (none hidden, none new in
            # the future): the times a document comes due are as they were, the latest date shown may move.
            kept, sigs = state.sources, dict(state.sigs)
            sigs.update((rel, state.sources[rel][0]) for rel in forced if rel in state.sources)
            for rel in forced - state.sources.keys():
                sigs.pop(rel, None)
            next_publish, last_published, uses_now = state.next_publish, self._latest, state.uses_now
        else:
            kept = {rel: v for rel, v in state.sources.items() if rel in sources}
            sigs = {rel: v[0] for rel, v in (kept | self._empty).items()}
            hidden = [self._facts(i)[1] for i, show in zip(infos, shown, strict=True)
                      if not show and not i.meta.draft]
            next_publish = min((d for d in hidden if d is not None), default=None)
            last_published = max((d for i in visible_infos if (d := self._facts(i)[1]) is not None), default=None)
            uses_now = any(i.reference is not None for i in infos)
        new_state = BuildState(code, gens.live.generation if gens.live else -1, kept, new_outputs, site_key,
                               site_files, sources, folders, theme=theme, sigs=sigs, page_count=len(pages),
                               warnings=list(result.warnings), next_publish=next_publish,
                               last_published=last_published, uses_now=uses_now, clean=not result.errors)
        if (not result.errors and len(pages) == len(visible_infos)
                and len(infos) + len(assets) + len(self._empty) == len(sources)):
            self._memo = memo if quick is not None else RunMemo(
                sources, infos, {i.source: n for n, i in enumerate(infos)}, shown, visible_infos,
                {i.source: n for n, i in enumerate(visible_infos)}, pages, assets, list(result.warnings), pages_hash,
                by_source, {p.url.casefold(): p.doc.source for p in pages})
        result.page_count = len(pages)
        if new_state != state:
            self._saved = False
        self.state = new_state
        return result

    def _state(self, cache: Cache, code: str) -> BuildState:
        state = self.state
        if state is None and self.cache_dir is not None:
            loaded = cache.load_state(self.config.output_dir, self.config.content_dir)
            state = loaded if isinstance(loaded, BuildState) else None
        if state is None or state.code != code or state.format != STATE_FORMAT:
            state = BuildState(code)
        return state

    def _load_docs(self, state: BuildState, cache: Cache) -> None:
        """Bring the per-document part of a saved state into memory."""
        if state.docs_loaded:
            return
        docs = cache.load_state(self.config.output_dir, self.config.content_dir, part="docs")
        state.sources = docs if isinstance(docs, dict) else {}
        state.docs_loaded = True

    def _unchanged(self, state: BuildState, theme: str, when: datetime, sources: dict[str, str],
                   gens: Generations) -> bool:
        """True when a build would find nothing to do: the same sources (list
        and stats), theme, config and code, no document due to appear, and
        every output file as the last build left it."""
        config = self.config
        if not (state.clean and state.page_count >= 0 and state.theme == theme and not state.uses_now
                and (state.next_publish is None or when.timestamp() < state.next_publish)
                and (state.last_published is None or when.timestamp() >= state.last_published)
                and gens.live is not None and gens.live.generation == state.generation
                and sources is state.listing):
            return False
        base = os.fspath(config.content_dir) + os.sep
        live = os.fspath(config.output_dir) + os.sep
        stat = os.stat  # tens of thousands of files: the loops stay plain
        try:
            for rel, (size, mtime) in state.sigs.items():
                st = stat(base + rel)
                if mtime < 0 or st.st_mtime_ns != mtime or st.st_size != size:
                    return False
            for rel, (_, size, mtime) in state.outputs.items():
                st = stat(live + rel)
                if st.st_mtime_ns != mtime or st.st_size != size:
                    return False
            for rel, (size, mtime) in state.site_files.items():
                st = stat(live + rel)
                if st.st_mtime_ns != mtime or st.st_size != size:
                    return False
        except OSError:  # a file gone
            return False
        assets = [(config.content_dir / rel, rel) for rel, kind in sources.items() if kind == "asset"]
        assets += [(path, "static/" + rel) for rel, path in static_files(config).items()]
        return all(same_file_contents(src, config.output_dir / rel) for src, rel in assets)

    def _quick(self, memo: RunMemo, sources: dict[str, str], state: BuildState, forced: set[str], cache: Cache,
               code: str, when: datetime, result: BuildResult) -> Quick | None:
        """After documents were edited, added or removed, when every document
        they touch is (and stays) listed without warnings, error or clash of
        URLs: (infos, shown, visible infos, pages, the pages replaced in
        place or None when documents came, went or moved, pages' hash), the
        memo brought up to date. None when the general path is needed
        (nothing is changed then)."""
        when_ts = when.timestamp()
        if (state.uses_now
                or (not self.config.drafts and not ((state.next_publish is None or when_ts < state.next_publish)
                                                    and (state.last_published is None
                                                         or when_ts >= state.last_published)))):
            return None
        found = _quick_changes(memo, sources, forced)
        if found is None:
            return None
        edited, gone = found
        content = self.config.content_dir
        started = time.time_ns()
        tasks, sigs = [], []
        for rel in edited:
            sig = stat_sig(content / rel)
            sigs.append(sig if sig[1] < started - RACY_WINDOW_NS else _UNTRUSTED)
            tasks.append(ReadTask(source_of(content, rel, sources[rel]), code, cache.root, when,
                                  self.cache_dir is None))
        from sitegen.parallel import run_chunks

        results = run_chunks(read_chunk, tasks, read_crashed, self.workers)
        fresh: list[DocInfo] = []
        in_place = not gone  # every changed document keeps its URL and dates: no page moves
        for rel, out in zip(edited, results, strict=True):
            info = out[0]
            at = memo.position.get(rel)
            old = memo.infos[at] if at is not None else None
            if not (isinstance(info, DocInfo) and info.reference is None and info.kind == sources[rel]
                    and info.warnings == (old.warnings if old is not None else ())
                    and (self.config.drafts or self._visible(info, when_ts)) and not _reserved(info.url)):
                return None
            in_place = in_place and old is not None and info.url == old.url and self._facts(info) == self._facts(old)
            fresh.append(info)
        leaving: set[str] = set()
        if not in_place:
            leaving = {memo.infos[memo.position[rel]].url.casefold() for rel in (*edited, *gone)
                       if rel in memo.position}
            if _clash(memo, leaving, fresh):
                return None  # URLs that clash: the general path names every source involved
        changed: list[Page] = []
        pages_hash = memo.pages_hash
        latest = state.last_published
        for rel, info, sig, out in zip(edited, fresh, sigs, results, strict=True):
            result.read += bool(out[1])
            self._note_packed(info, out[2])  # type: ignore[arg-type]
            state.sources[rel] = (sig, info)
            date = self._facts(info)[1]
            if date is not None and (latest is None or date > latest):
                latest = date
            at = memo.placed.get(rel)
            if at is None:
                continue  # added: placed below
            memo.infos[memo.position[rel]] = info
            memo.visible[at] = memo.by_source[rel] = info
            old_page = memo.pages[at]
            file = old_page.file if info.url == old_page.url else urls.url_to_file(info.url)
            page = memo.pages[at] = self._pages[rel] = Page(light(info), info.url, file)
            pages_hash ^= page_hash(old_page) ^ page_hash(page)
            changed.append(page)
        memo.pages_hash = pages_hash
        if not in_place:
            latest = self._splice_memo(memo, sources, state, edited, fresh, gone, leaving, latest)
        self._latest = latest
        return (list(memo.infos), list(memo.shown), list(memo.visible), list(memo.pages),
                changed if in_place else None, memo.pages_hash)

    def _splice_memo(self, memo: RunMemo, sources: dict[str, str], state: BuildState, edited: list[str],
                     fresh: list[DocInfo], gone: list[str], leaving: set[str], latest: float | None) -> float | None:
        """`_quick`'s memo after documents came or went: those of `gone` taken
        out, the added ones of `edited` (read as `fresh`) put in, URLs moved
        from `leaving` to the new ones. Returns the latest date shown."""
        pages_hash = memo.pages_hash
        for rel in sorted(gone, key=lambda r: memo.position[r], reverse=True):
            state.sources.pop(rel, None)
            at = memo.placed[rel]
            old_page = memo.pages[at]
            pages_hash ^= page_hash(old_page)
            date = self._facts(memo.visible[at])[1]
            del memo.infos[memo.position[rel]], memo.shown[memo.position[rel]], memo.visible[at], memo.pages[at]
            del memo.by_source[rel]
            if date is not None and latest is not None and date >= latest:
                latest = None  # the latest date shown left: found again below
        for rel, info in zip(edited, fresh, strict=True):
            if rel in memo.placed:
                continue
            key = walk_order(rel)
            at = bisect.bisect_left(memo.infos, key, key=lambda i: walk_order(i.source))
            memo.infos.insert(at, info)
            memo.shown.insert(at, True)
            at = bisect.bisect_left(memo.visible, key, key=lambda i: walk_order(i.source))
            memo.visible.insert(at, info)
            page = self._pages[rel] = Page(light(info), info.url, urls.url_to_file(info.url))
            memo.pages.insert(at, page)
            memo.by_source[rel] = info
            pages_hash ^= page_hash(page)
        for url in leaving:
            del memo.urls[url]
        memo.urls.update((info.url.casefold(), rel) for rel, info in zip(edited, fresh, strict=True))
        memo.position = {i.source: n for n, i in enumerate(memo.infos)}
        memo.placed = {i.source: n for n, i in enumerate(memo.visible)}
        memo.sources = sources
        memo.pages_hash = pages_hash
        if latest is None and memo.visible:
            latest = max((d for i in memo.visible if (d := self._facts(i)[1]) is not None), default=None)
        return latest

    def _read_all(self, sources: dict[str, str], state: BuildState, forced: set[str], cache: Cache, code: str,
                  when: datetime, result: BuildResult, progress: Progress | None,
                  stat_all: bool = True, meanwhile: Callable[[], None] | None = None) -> list[DocInfo]:
        """Every document's metadata: from the last build when its source is
        unchanged, else read (through the cache) in the pool. Without
        `stat_all`, only the `forced` sources are looked at on disk.
        `meanwhile` runs once here while a pool reads (not for fewer sources than make one)."""
        infos: dict[str, DocInfo] = {}
        tasks: list[ReadTask] = []
        sigs: dict[str, StatSig] = {}
        started = time.time_ns()
        content = self.config.content_dir
        base = os.fspath(content) + os.sep
        for rel, kind in sources.items():
            if kind == "asset":
                continue
            prev = state.sources.get(rel)
            if not stat_all and prev is not None and rel not in forced:
                infos[rel] = prev[1]
                continue
            sig = stat_sig(base + rel)
            sigs[rel] = sig if sig[1] < started - RACY_WINDOW_NS else _UNTRUSTED
            if (prev is not None and prev[0] == sig and rel not in forced and prev[1].kind == kind
                    and (prev[1].reference is None or prev[1].reference == when)):
                infos[rel] = prev[1]
            else:
                state.sources.pop(rel, None)
                self._empty.pop(rel, None)
                tasks.append(ReadTask(source_of(content, rel, kind), code, cache.root, when, self.cache_dir is None))
        from sitegen.parallel import PARALLEL_MIN_ITEMS, run_chunks  # multiprocessing: only when there is work

        results = run_chunks(read_chunk, tasks, read_crashed, self.workers, progress,
                             meanwhile=meanwhile if len(tasks) >= PARALLEL_MIN_ITEMS else None)
        for task, out in zip(tasks, results, strict=True):
            if isinstance(out[0], DocInfo):
                info, fresh, where = out
                self._note_packed(info, where)
                infos[task.source.rel] = info
                state.sources[task.source.rel] = (sigs[task.source.rel], info)
                result.read += fresh
            elif out[0] == EMPTY_SOURCE:  # nothing to build: a warning, not an error
                self._empty[task.source.rel] = (sigs[task.source.rel], f"{task.source.rel}: {out[0]}")
            else:
                result.errors.append(source_error(out))
        ordered = [infos[rel] for rel in sources if rel in infos]
        for rel in sources:
            if rel in infos:
                result.warnings.extend(f"{rel}: {w}" for w in infos[rel].warnings)
            elif rel in self._empty:
                result.warnings.append(self._empty[rel][1])
        return ordered

    def _order(self, pages: list[Page], state: BuildState, theme: str, verify: bool,
               changed: list[Page] | None = None) -> tuple[list[Page], set[int] | None]:
        """The pages newest first, and (after a rebuild that moved no page)
        the positions whose page changed (negative: a neighbour of one), or
        None when every position must be looked at. `changed`, when known,
        are the only pages that are not the last build's."""
        prev, self._ordered = self._ordered, None
        local = (prev is not None and not verify and len(prev) == len(pages) and state.theme == theme
                 and len(state.outputs) >= len(pages))
        dirty: set[int] = set()
        replaced: dict[int, Page] = {}
        if prev is not None and local:
            position = self._positions
            for page in (pages if changed is None else changed):
                i = position.get(page.doc.source, -1)
                if i < 0:
                    local = False
                    break
                old = prev[i]
                if old is page:
                    continue
                if (listing._sort_key(old) != listing._sort_key(page)
                        or (old.doc.meta.date is None) != (page.doc.meta.date is None)):
                    local = False
                    break
                dirty.add(i)
                replaced[i] = page
        self._moved = None
        self._spliced = None
        spliced = None
        if prev is not None and local:
            ordered = list(prev)
            for i, page in replaced.items():
                ordered[i] = page
            self._moved = (prev, sorted(replaced))
            marks: set[int] | None = dirty | {-(i - 1) - 1 for i in dirty if i > 0} | {
                -(i + 1) - 1 for i in dirty if i + 1 < len(prev)}
        elif (prev is not None and not verify and state.theme == theme and len(state.outputs) >= len(prev)
              and (spliced := splice_order(prev, pages)) is not None):
            ordered, marks, gone = spliced
            self._page_files.difference_update(p.file for p in gone)
            self._page_files.update(ordered[i].file for i in marks if i >= 0)
            self._positions = {p.doc.source: i for i, p in enumerate(ordered)}
            near = [i if i >= 0 else -i - 1 for i in marks]
            self._spliced = (min(near, default=len(ordered)),
                             len(ordered) - 1 if len(ordered) != len(prev) else max(near, default=-1))
        else:
            ordered = listing.newest_first(pages)
            marks = None
        self._ordered = ordered
        if marks is None:
            self._positions = {p.doc.source: i for i, p in enumerate(ordered)}
            self._page_files = {p.file for p in ordered}
        return ordered, marks

    def _render_pages(self, job: RenderJob, theme: str, ordered: list[Page], infos: dict[str, DocInfo],
                      state: BuildState, gens: Generations, writer: Writer, verify: bool,
                      result: BuildResult, dirty: set[int] | None, meanwhile: Callable[[], None]) -> dict[str, Output]:
        """Render the pages whose key changed (in the pool); keep the others.
        `ordered` is newest first; `dirty` (from `_order`) limits the look.
        `meanwhile` runs once, in this process, while the pool works."""
        around = listing.neighbours(ordered) if dirty is None else {}
        outputs: dict[str, Output] = {}
        tasks: list[RenderTask] = []
        keys: dict[str, Key] = {}
        live = os.fspath(job.live) + os.sep
        look: Iterable[int] = range(len(ordered))
        if dirty is not None:
            # The pages kept as they are, in bulk (the same files as last
            # time); only the changed ones and their neighbours are looked at.
            near = {i if i >= 0 else -i - 1 for i in dirty}
            kept = self._page_files - {ordered[i].file for i in near}
            if kept - state.outputs.keys():
                near.update(i for i, page in enumerate(ordered) if page.file not in state.outputs)
                kept = self._page_files - {ordered[i].file for i in near}
            writer.keep_many(kept)
            outputs = dict(state.outputs)  # the index pages' entries are made again by `render_indexes`
            for i in near:
                outputs.pop(ordered[i].file, None)
            look = sorted(near)
        for i in look:
            page = ordered[i]
            if dirty is not None:
                around[page.url] = (ordered[i - 1] if i > 0 else None,
                                    ordered[i + 1] if i + 1 < len(ordered) else None)
            newer, older = around[page.url]
            key = (theme, page.url, _key(page), *_nkey(newer), *_nkey(older))
            if is_current(state, page.file, key, live, verify):
                writer.keep(page.file)
                outputs[page.file] = state.outputs[page.file]
                continue
            writer.target(page.file)
            keys[page.file] = key
            info = infos[page.doc.source]
            source = Source(self.config.content_dir / info.source, info.source, info.kind)
            packed = self._packed.get(info.source)
            tasks.append(RenderTask(page.file, page.url, for_render(info), source,
                                    (newer.url, newer.doc.meta) if newer else None,
                                    (older.url, older.doc.meta) if older else None,
                                    packed[1] if packed is not None and packed[0] == info.ident else None))
        if not tasks:
            meanwhile()
            return outputs
        gens.open()
        from sitegen.parallel import run_chunks

        results = run_chunks(partial(render_chunk, job), tasks, render_crashed, self.workers, meanwhile=meanwhile,
                             prepare=partial(warm_renderer, job.config, job.theme))
        failed: set[ErrorTuple] = set()
        for task, out in zip(tasks, results, strict=True):
            if len(out) == 4 and isinstance(out[1], bool):
                rel, wrote, size, mtime = out
                writer.record(task.file, wrote, size, mtime)
                outputs[task.file] = (keys[task.file], size, mtime)
            else:
                writer.produced.discard(task.file)
                if task.file in writer.previous:  # the last good page stays until this one renders
                    writer.keep(task.file)
                    if task.file in state.outputs:
                        outputs[task.file] = state.outputs[task.file]
                if out not in failed:  # a template's error, once (not once per page)
                    failed.add(out)
                    result.errors.append(source_error(out))
        return outputs

    def _render_site(self, job: RenderJob, pages: list[Page], ordered: list[Page], infos: dict[str, DocInfo],
                     site_key: str, state: BuildState, writer: Writer, verify: bool,
                     changed: list[Page] | None = None) -> dict[str, tuple[int, int]]:
        """Site-level outputs (documents.json, and `render_site`'s), kept as
        they are when no page's metadata or text changed."""
        config = job.config
        # A long-lived builder makes its site outputs once (it keeps what they
        # were made from); after that, the same pages leave them as they are.
        if (not self.warm or self._site is not None) and state.site_key == site_key and state.site_files and all(
                not verify or stat_sig(config.output_dir / rel) == sig for rel, sig in state.site_files.items()):
            for rel in state.site_files:
                writer.keep(rel)
            return dict(state.site_files)
        before = set(writer.produced)
        self._json.write(pages, writer, changed)

        from sitegen.search import document_terms
        from sitegen.siteoutputs import SiteOutputs

        def terms_of(page: Page) -> str:
            info = infos[page.doc.source]
            if info.terms:
                return info.terms
            body = body_of(job, info, Source(config.content_dir / info.source, info.source, info.kind))
            return document_terms(body)

        if self._site is None:
            self._site = SiteOutputs()
        self._site.write(config, job.theme, partial(renderer_for, config, job.theme), ordered, terms_of, writer,
                         verify, self._moved)
        if self.report:
            write_reports(config, pages, writer)
        live = os.fspath(config.output_dir) + os.sep
        return {rel: writer.stats.get(rel) or state.site_files.get(rel) or stat_sig(live + rel)
                for rel in sorted(writer.produced - before)}


class Stager:
    """Opens a build's staging folder (`Generations.open`) on a thread of its
    own; a failure leaves the work to the next build. The thread ends with
    its work (a process with one thread forks its workers, see
    `sitegen.parallel`), and starting it does not wait for it to run."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._busy = False

    def start(self, gens: Generations) -> None:
        self.wait()
        with self._cond:
            self._busy = True
        _thread.start_new_thread(self._run, (gens,))

    def wait(self) -> None:
        """Until no staging folder is being opened."""
        with self._cond:
            self._cond.wait_for(lambda: not self._busy)

    def _run(self, gens: Generations) -> None:
        try:
            with contextlib.suppress(Exception):
                gens.open()
        finally:
            with self._cond:
                self._busy = False
                self._cond.notify_all()


REPORT_FILE = "report.txt"


def write_reports(config: Config, pages: list[Page], writer: Writer) -> None:
    """`build --report`: each text dump's line-by-line reading, as
    report.txt beside its page (read again: the cache keeps no reports)."""
    from sitegen.clean.report import report_text

    for page in pages:
        if source_kind(page.doc.source) not in CLEANED_KINDS:
            continue
        doc = load_document(config, page)
        if doc.report:
            writer.write(posixpath.join(posixpath.dirname(page.file), REPORT_FILE), report_text(doc.report))


class DocumentsJson:
    """documents.json, joined from per-document entries kept between builds.

    The entries come from `render.documents_json` itself (one page at a
    time); the first build checks that joining them gives the bytes of the
    whole, else (a format that is not a plain list) it renders the whole."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.joinable: bool | None = None
        self.texts: list[str] = []  # the last file's entries, by source
        self.blobs: list[bytes] = []  # the same, encoded (the file is joined from these: no text encoded whole)
        self.index: dict[str, int] = {}  # source -> position in `texts`

    def write(self, pages: list[Page], writer: Writer, changed: list[Page] | None = None) -> None:
        """Write documents.json for `pages`; `changed`, when given, are the
        only pages that differ from the last call (none added or removed)."""
        from sitegen.render import documents_json

        if self.joinable is False:
            writer.write(DOCUMENTS_JSON, documents_json(pages))
            return
        if not self.entries:
            self._first(pages, writer)
            return
        if changed is not None and len(self.texts) == len(pages) and all(
                p.doc.source in self.index for p in changed):
            differ = False
            for page in changed:
                at, entry = self.index[page.doc.source], self._entry(page)
                if entry != self.texts[at]:
                    differ = True
                    self.texts[at], self.blobs[at] = entry, entry.encode()
            if differ:  # the file changed: no need to read it to compare
                writer.write(DOCUMENTS_JSON, join_blobs(self.blobs), differs=True)
            else:
                writer.keep(DOCUMENTS_JSON)
            return
        entries: dict[tuple[str, str], str] = {}
        for page in pages:
            key = (page.url, _key(page))
            entries[key] = self.entries.get(key) or self._entry(page)
        self.entries = entries
        ordered = sorted(pages, key=lambda p: p.doc.source)
        self.texts = [entries[(p.url, _key(p))] for p in ordered]
        self.blobs = [text.encode() for text in self.texts]
        self.index = {p.doc.source: i for i, p in enumerate(ordered)}
        writer.write(DOCUMENTS_JSON, join_blobs(self.blobs))

    def _entry(self, page: Page) -> str:
        from sitegen.render import documents_json

        key = (page.url, _key(page))
        entry = self.entries.get(key)
        if entry is None:
            one = documents_json([page])
            entry = one[len("[\n"):-len("\n]\n")] if one.startswith("[\n") and one.endswith("\n]\n") else ""
            self.entries[key] = entry
        return entry

    def _first(self, pages: list[Page], writer: Writer) -> None:
        """Render the whole once, and split it into entries when joining them gives it back."""
        from sitegen.render import documents_json

        text = documents_json(pages)
        writer.write(DOCUMENTS_JSON, text)
        ordered = sorted(pages, key=lambda p: p.doc.source)
        parts = text[len("[\n"):-len("\n]\n")].split(ENTRY_SEPARATOR) if len(ordered) > 0 else []
        self.joinable = (len(parts) == len(ordered) and join_entries(
            p if i == len(parts) - 1 else p + "\n }" for i, p in enumerate(parts)) == text)
        if not self.joinable:
            return
        self.entries = {(page.url, _key(page)): part if i == len(parts) - 1 else part + "\n }"
                        for i, (page, part) in enumerate(zip(ordered, parts, strict=True))}
        self.texts = [self.entries[(p.url, _key(p))] for p in ordered]
        self.blobs = [text.encode() for text in self.texts]
        self.index = {p.doc.source: i for i, p in enumerate(ordered)}


# Between two entries of documents.json: JSON text holds no raw newline, so
# a line that is exactly " }," then " {" only ever joins two entries.
ENTRY_SEPARATOR = "\n },\n"


def join_entries(entries: Iterable[str]) -> str:
    body = ",\n".join(entries)
    return "[\n" + body + "\n]\n" if body else "[]\n"


def join_blobs(entries: list[bytes]) -> bytes:
    """`join_entries`, encoded, from encoded entries."""
    return b"".join([b"[\n", b",\n".join(entries), b"\n]\n"]) if entries else b"[]\n"


def render_indexes(config: Config, theme: str, ordered: list[Page], state: BuildState, writer: Writer,
                   verify: bool, dirty: set[int] | None = None) -> dict[str, Output]:
    """The paginated index (of `ordered`, newest first), each page
    re-rendered only when its listing changed. With `dirty` (positions of
    changed pages in an unchanged order), only their index pages are looked at."""
    renderer = None
    outputs: dict[str, Output] = {}
    numbers = range(1, listing.index_count(len(ordered)) + 1)
    look: Iterable[int] = numbers
    if dirty is not None:
        files = [urls.url_to_file(listing.index_url(n)) for n in numbers]
        if all(file in state.outputs for file in files):
            look = sorted({i // listing.PER_PAGE + 1 for i in dirty})
            kept = set(files) - {files[n - 1] for n in look}
            writer.keep_many(kept)
            outputs = {file: state.outputs[file] for file in kept}
    for number in look:
        index = listing.index_page(ordered, number)
        file = urls.url_to_file(index.url)
        key = (digest(theme, "index", index.url, str(index.number), str(index.total),
                      *(f"{p.url}\0{shown(p)}" for p in index.pages)),)
        if is_current(state, file, key, os.fspath(config.output_dir) + os.sep, verify):
            writer.keep(file)
            outputs[file] = state.outputs[file]
            continue
        if renderer is None:
            renderer = renderer_for(config, theme)
        writer.write(file, renderer.index(index))
        size, mtime = writer.stats[file]
        outputs[file] = (key, size, mtime)
    return outputs


_SHOWN: dict[str, str] = {}  # a reading's key -> `shown` of it
SHOWN_MEMO_MAX = 100_000


def shown(page: Page) -> str:
    """What a listing can show of a page's document: every field of its light
    document (no body) but the key of the reading. An edit to the body that
    leaves these as they were leaves the index pages as they were."""
    doc = page.doc
    if not isinstance(doc, LightDocument) or not doc.key:
        return _key(page)
    text = _SHOWN.get(doc.key)
    if text is None:
        if len(_SHOWN) >= SHOWN_MEMO_MAX:
            _SHOWN.clear()
        text = _SHOWN[doc.key] = repr((doc.source, values_text(doc.meta), doc.warnings,
                                       [values_text(b) for b in doc.outline], doc.word_count, doc.lead_text))
    return text


def load_document(config: Config, page: Page) -> Document:
    """A page's full document (its body too), read again from its source."""
    return read_one(Source(config.content_dir / page.doc.source, page.doc.source,
                           source_kind(page.doc.source)))


def build(config: Config, force: bool = False, progress: Progress | None = None, cache_dir: Path | None = None,
          use_cache: bool = True, workers: int | None = None, report: bool = False) -> BuildResult:
    """Build the site described by `config` into its output folder; with
    `report`, each cleaned text dump's line-by-line reading goes to
    `report.txt` beside its page."""
    builder = Builder(config, force, cache_dir=cache_dir, use_cache=use_cache, workers=workers, warm=False,
                      report=report)
    try:
        return builder.build(progress)
    finally:
        builder.close()


SCRATCH_PREFIX = "sitegen-scratch-"


def remove_stale_scratch() -> None:
    """Remove scratch caches left by builds that were killed (their process is gone)."""
    import tempfile

    for folder in Path(tempfile.gettempdir()).glob(SCRATCH_PREFIX + "*"):
        pid = folder.name[len(SCRATCH_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists() and Path("/proc/self").exists():
            shutil.rmtree(folder, ignore_errors=True)


def now(config: Config) -> datetime:
    """The build's notion of the present: SOURCE_DATE_EPOCH when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)


def visible(doc: Document | DocInfo, when: datetime) -> bool:
    """Drafts and future-dated documents are left out of a normal build."""
    return not doc.meta.draft and listing.is_published(doc.meta.date, when)


def place(infos: list[DocInfo], result: BuildResult, memo: dict[str, Page] | None = None) -> list[Page]:
    """Give each document its URL. Sources whose URLs collide (also when they
    differ only in case or Unicode form, which some filesystems conflate) are
    all errors, each naming every source involved: no one of them wins.
    URLs of the index pages (`page/N/`) are refused. `memo` holds the pages
    of the last build, reused when their document is the same reading."""
    memo = {} if memo is None else memo
    by_url: dict[str, list[DocInfo]] = {}
    for info in infos:
        by_url.setdefault(info.url.casefold(), []).append(info)  # slugs are NFC already
    pages: list[Page] = []
    for group in by_url.values():
        if len(group) > 1:
            names = ", ".join(sorted(i.source for i in group))
            for info in group:
                result.errors.append(SourceError(f"its URL {info.url!r} collides with other sources ({names}); "
                                                 "none of them was built", info.source))
            continue
        info = group[0]
        url = info.url
        if _reserved(url):
            result.errors.append(SourceError(f"its URL {url!r} is reserved for the index pages; "
                                             "rename it or set a slug", info.source))
            continue
        page = memo.get(info.source)
        if page is None or page.url != url or _key(page) != info.ident or page.doc.meta is not info.meta:
            page = memo[info.source] = Page(light(info), url, urls.url_to_file(url))
        pages.append(page)
    return pages


MERGE_MAX = 256  # more files than this came: the manifest's list is sorted again whole


def manifest_files(gens: Generations, produced: set[str]) -> list[str]:
    """`sorted(produced)`, from the live generation's list when few files came or went."""
    live = gens.live
    if live is None:
        return sorted(produced)
    if gens.holds(produced):
        return live.files
    came, gone = produced - gens.live_set(), gens.live_set() - produced
    if len(came) + len(gone) > MERGE_MAX:
        return sorted(produced)
    files = [rel for rel in live.files if rel not in gone] if gone else list(live.files)
    for rel in came:
        bisect.insort(files, rel)
    return files


def _quick_changes(memo: RunMemo, sources: dict[str, str], forced: set[str]) -> tuple[list[str], list[str]] | None:
    """The documents to read again (edited or added) and the documents gone
    among the `forced` paths, when the listing `sources` differs from the
    memo's in them only, and only in listed documents; else None."""
    edited: list[str] = []
    gone: list[str] = []
    for rel in sorted(forced):
        kind, before = sources.get(rel), memo.sources.get(rel)
        if kind == before and kind in (None, "asset"):
            continue  # an ignored path, or an asset changed (copied again as it is)
        if (kind is not None and kind not in DOCUMENT_KINDS) or (before is not None and before not in DOCUMENT_KINDS):
            return None  # an asset or an unreadable file came or went
        if before is not None and rel not in memo.placed:
            return None  # a document that was not listed (a draft, or dated in the future)
        (gone if kind is None else edited).append(rel)
    if len(edited) + len(gone) > QUICK_MAX_CHANGES:
        return None
    expected = memo.sources
    if gone or any(rel not in memo.position for rel in edited):  # a document came or went
        expected = dict(memo.sources)
        for rel in forced:
            if rel in sources:
                expected[rel] = sources[rel]
            else:
                expected.pop(rel, None)
    return (edited, gone) if sources is expected or sources == expected else None


def _clash(memo: RunMemo, leaving: set[str], fresh: list[DocInfo]) -> bool:
    """True when the URLs of `fresh` documents clash (case-folded) with each
    other or with a listed page's that stays (not `leaving`)."""
    coming = [info.url.casefold() for info in fresh]
    return len(set(coming)) != len(coming) or any(url in memo.urls and url not in leaving for url in coming)


def _order_key(page: Page) -> tuple[bool, tuple[float, str, str]]:
    """Where `listing.newest_first` puts a page: dated ones first, then by `listing._sort_key`."""
    return (page.doc.meta.date is None, listing._sort_key(page))


def splice_order(prev: list[Page], pages: list[Page]) -> tuple[list[Page], set[int], list[Page]] | None:
    """`listing.newest_first(pages)`, made from `prev` (the same for the last
    pages) when few pages came or went (compared by identity): (the order,
    the positions of the pages that came and, negative as -i - 1, of their
    neighbours and of the pages next to those that went; the pages that
    went). None when too many changed."""
    ids = set(map(id, pages))
    gone_at = [i for i, page in enumerate(prev) if id(page) not in ids]
    if len(gone_at) > QUICK_MAX_CHANGES or len(pages) - (len(prev) - len(gone_at)) > QUICK_MAX_CHANGES:
        return None
    gone = [prev[i] for i in gone_at]
    ordered = list(prev)
    for i in reversed(gone_at):
        del ordered[i]
    kept = set(map(id, ordered))
    came = [page for page in pages if id(page) not in kept]
    for page in came:
        bisect.insort(ordered, page, key=_order_key)

    def at(page: Page) -> int:
        return bisect.bisect_left(ordered, _order_key(page), key=_order_key)

    marks = {at(page) for page in came}
    around = [prev[j] for i in gone_at for j in (i - 1, i + 1) if 0 <= j < len(prev) and id(prev[j]) in ids]
    marks |= {-at(page) - 1 for page in around}
    marks |= {-(i - 1) - 1 for i in list(marks) if i > 0} | {-(i + 1) - 1 for i in list(marks)
                                                            if 0 <= i < len(ordered) - 1}
    return ordered, marks, gone


def _listed(dirty: set[int] | None, spliced: tuple[int, int] | None, count: int, count_before: int) -> set[int] | None:
    """The positions whose index entry may have changed (for `render_indexes`),
    from `Builder._order`'s marks or the span it spliced (the last build
    listed `count_before` pages, this one `count`); None: all."""
    if spliced is None:
        return None if dirty is None else {i for i in dirty if i >= 0}
    if listing.index_count(count) != listing.index_count(count_before):
        return None  # every index page shows the number of index pages
    return set(range(spliced[0], spliced[1] + 1, listing.PER_PAGE)) | {spliced[1]}


def _reserved(url: str) -> bool:
    """True for the URL of an index page (`page/N/`), which no document may take."""
    return url.startswith("page/") and url[5:-1].isdigit() and url.count("/") == 2


def page_hash(page: Page) -> int:
    """A page's URL, source and reading, as a number (see `page_hashes`)."""
    return int(digest(page.url, page.doc.source, _key(page)), 16)


def page_hashes(pages: Iterable[Page]) -> int:
    """The set of `pages` as one number: their `page_hash`es combined with
    xor, so a few changed pages change it without hashing the others."""
    total = 0
    for page in pages:
        total ^= page_hash(page)
    return total


def walk_order(rel: str) -> tuple[tuple[int, str], ...]:
    """The order `find_sources` walks in: a folder's files, then its sub-folders."""
    *folders, name = rel.split("/")
    return (*((1, f) for f in folders), (0, name))


def _key(page: Page) -> str:
    """The cache key (content + code) of a page's document."""
    return page.doc.key if isinstance(page.doc, LightDocument) else ""


_METAS: dict[str, str] = {}  # a reading's key -> a digest of its metadata


def _nkey(page: Page | None) -> tuple[str, str]:
    """What a page shows of a neighbour: its URL and metadata (a page is
    rendered with no more of them, see `stages.neighbour`), so an edit to a
    body leaves its neighbours' pages as they are."""
    if page is None:
        return ("", "")
    key = _key(page)
    if not key:
        return (page.url, digest(repr(page.doc.meta)))
    meta = _METAS.get(key)
    if meta is None:
        if len(_METAS) >= SHOWN_MEMO_MAX:
            _METAS.clear()
        meta = _METAS[key] = digest(values_text(page.doc.meta))
    return (page.url, meta)


def is_current(state: BuildState, file: str, key: Key, live: str, verify: bool) -> bool:
    """True when the last build rendered `file` from the same key and the file
    is still as it left it. `live` is the output folder's path and a separator."""
    prev = state.outputs.get(file)
    if prev is None or prev[0] != key:
        return False
    return not verify or stat_sig(live + file) == (prev[1], prev[2])


def stat_sig(path: str | Path) -> StatSig:
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def list_sources(content: Path, state: BuildState) -> tuple[dict[str, str], dict[str, int]]:
    """Every source (path -> kind, in walk order) and every folder walked
    (path -> mtime). When no folder's mtime moved since the last build, no
    file was added, removed or renamed: the last build's list holds."""
    started = time.time_ns()
    folders: dict[str, int] = {}
    for root, dirs, _files in os.walk(content):
        dirs[:] = sorted(d for d in dirs if not is_ignored_name(d))
        mtime = stat_sig(root)[1]
        folders[os.path.relpath(root, content)] = mtime if mtime < started - RACY_WINDOW_NS else -2
    if state.listing and folders == state.folders:
        return state.listing, folders
    return {s.rel: listed_kind(s) for s in find_sources(content)}, folders


def listed_kind(source: Source) -> str:
    """A source's kind as the listing keeps it: an unreadable one's with its problem."""
    return f"{UNREADABLE}:{source.problem}" if source.kind == UNREADABLE else source.kind


def source_of(content: Path, rel: str, kind: str) -> Source:
    """The Source for a listed path and kind (`listed_kind`)."""
    if kind.startswith(UNREADABLE + ":"):
        return Source(content / rel, rel, UNREADABLE, kind[len(UNREADABLE) + 1:])
    return Source(content / rel, rel, kind)


def source_error(err: ErrorTuple) -> SourceError:
    message, path, line = err
    return SourceError(message, path, line)


def check_cache_dir(cache: Path, config: Config) -> None:
    """The cache must live outside the output folder (a build swaps that folder)."""
    cache_r, out_r = cache.resolve(), config.output_dir.resolve()
    if cache_r == out_r or out_r in cache_r.parents:
        raise OutputError("the cache folder must not be inside the output folder", str(cache))


def theme_key(config: Config, code: str, report: bool = False) -> str:
    """A hash of what every rendered file depends on: code, config, templates
    (and whether reports are written)."""
    # Where the folders are does not change a page (what is in them does).
    plain = config.replace(content_dir=Path(), output_dir=Path(), templates_dir=Path(), static_dir=Path(),
                           config_file=None)
    parts: list[str | bytes] = [code, repr(plain), f"report={report}"]
    for folder in (theme_dir("templates"), config.templates_dir):
        for path in _files(folder):
            parts += [str(path), path.read_bytes()]
    return digest(*parts)


def _files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name


def static_files(config: Config) -> dict[str, Path]:
    """The theme's static files, overridden by the site's own of the same name."""
    files: dict[str, Path] = {}
    for folder in (theme_dir("static"), config.static_dir):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not any(is_ignored_name(p) for p in path.relative_to(folder).parts):
                files[path.relative_to(folder).as_posix()] = path
    return dict(sorted(files.items()))




def _stamp(when: datetime) -> float:
    return listing.instant(when).timestamp()
