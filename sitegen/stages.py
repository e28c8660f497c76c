"""The per-document work of a build, run in worker processes: read a source
(or find it in the cache), and render a page and write it.

Workers return small, picklable values: a `DocInfo` (the metadata the
parent keeps for listings) or an error as (message, path, line). Document
bodies go through the cache, never back to the parent.
"""

from __future__ import annotations

import operator
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sitegen import urls
from sitegen.cache import PACK_DIR, Cache, Where, digest, pack_get, pack_put
from sitegen.config import Config
from sitegen.errors import SitegenError
from sitegen.model import Block, BlockKind, Document, Meta, Page
from sitegen.sources import Source, read_source_text
from sitegen.write import FILE_MODE, safe_parts, write_if_changed

ErrorTuple = tuple[str, str | None, int | None]
_T = TypeVar("_T")


@dataclass(frozen=True)
class DocInfo:
    """What the build keeps of a document between builds: its metadata, not its body."""

    source: str
    kind: str
    key: str  # the cache entry (source text + code) that holds the body
    url: str
    meta: Meta
    headings: tuple[Block, ...]
    words: int
    warnings: tuple[str, ...]
    reference: datetime | None  # the "now" the reader used, when it used one
    terms: str = ""  # its search terms (`search.document_terms`)
    lead: str = ""  # the start of its text (`Document.lead`)

    def __reduce__(self) -> tuple[Any, ...]:
        # Plain tuples pickle many times faster than nested dataclasses.
        return (_restore_info, (self.source, self.kind, self.key, self.url, _values(self.meta),
                                tuple(_values(b) for b in self.headings), self.words, self.warnings,
                                self.reference, self.terms, self.lead))

    @property
    def ident(self) -> str:
        """What this reading is: the source's text and code, and any "now" it used."""
        return self.key if self.reference is None else digest(self.key, self.reference.isoformat())


_FIELDS: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    if cls not in _FIELDS:
        _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return _FIELDS[cls]


_GETTERS: dict[type, Callable[[dict[str, Any]], tuple[Any, ...]]] = {}


def _values(obj: Any) -> tuple[Any, ...]:
    """A dataclass's field values, in order (one C call per object)."""
    getter = _GETTERS.get(type(obj))
    if getter is None:
        names = _names(type(obj))
        if len(names) == 1:
            def getter(values: dict[str, Any], name: str = names[0]) -> tuple[Any, ...]:
                return (values[name],)
        else:
            getter = operator.itemgetter(*names)
        _GETTERS[type(obj)] = getter
    return getter(obj.__dict__)


def values_text(obj: Any) -> str:
    """A dataclass's field values as text (its repr without the names, a
    few times sooner): equal for equal objects, different otherwise."""
    return repr(_values(obj))


def _make(cls: type[_T], values: Iterable[Any]) -> _T:
    """A frozen dataclass from its field values, without the cost of __init__."""
    obj = cls.__new__(cls)
    if not hasattr(obj, "__dict__"):  # a dataclass with slots
        return cls(*values)
    obj.__dict__.update(zip(_names(cls), values, strict=True))
    return obj


def _restore_info(source: str, kind: str, key: str, url: str, meta: tuple[Any, ...],
                  headings: tuple[tuple[Any, ...], ...], words: int, warnings: tuple[str, ...],
                  reference: datetime | None, terms: str, lead: str) -> DocInfo:
    return _make(DocInfo, (source, kind, key, url, _make(Meta, meta), tuple(_make(Block, h) for h in headings),
                           words, warnings, reference, terms, lead))


@dataclass(frozen=True)
class LightDocument(Document):
    """A document without its body, for listings, indexes and feeds: the
    metadata, headings (as `outline`) and word count are all there."""

    word_count: int = 0
    key: str = ""  # what the document was read from (`DocInfo.ident`)
    lead_text: str = ""

    @property
    def words(self) -> int:
        return self.word_count

    @property
    def lead(self) -> str:
        return self.lead_text


def for_render(info: DocInfo) -> DocInfo:
    """`info` without its search terms, which no page shows: most of what
    would be sent to the worker that renders it."""
    return _make(DocInfo, (*_values(info)[:-2], "", info.lead)) if info.terms else info


def light(info: DocInfo) -> LightDocument:
    return _make(LightDocument, (info.source, info.meta, (), info.warnings, info.headings, (), info.words,
                                 info.ident, info.lead))


@dataclass(frozen=True)
class ReadTask:
    source: Source
    code: str
    cache_root: Path
    reference: datetime | None
    packed: bool = False  # a build that keeps no cache: the document goes to a pack (`cache.pack_put`)


@dataclass(frozen=True)
class RenderTask:
    file: str
    url: str
    info: DocInfo
    source: Source
    newer: tuple[str, Meta] | None
    older: tuple[str, Meta] | None
    body_at: Where | None = None  # where the reading put the document, when in a pack


@dataclass(frozen=True)
class RenderJob:
    """What every render task of a build shares."""

    config: Config
    code: str
    cache_root: Path
    live: Path
    stage: Path
    reference: datetime | None
    theme: str = ""  # the theme key: templates that changed make a new renderer


# ---- reading ----------------------------------------------------------------

_USED: list[bool] = [False]


class _TracedNow(datetime):
    """The build's "now", noting when a reader looks at it: a document read
    without looking can be cached across builds at different times."""

    def __getattribute__(self, name: str) -> Any:
        _USED[0] = True
        return super().__getattribute__(name)

    def _plain(self) -> datetime:
        get = super().__getattribute__
        return datetime(get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second"),
                        get("microsecond"), get("tzinfo"))

    def __sub__(self, other: Any) -> Any:
        _USED[0] = True
        return self._plain() - other

    def __rsub__(self, other: Any) -> Any:
        _USED[0] = True
        return other - self._plain()

    def __add__(self, other: Any) -> Any:
        _USED[0] = True
        return self._plain() + other

    __radd__ = __add__

    def __lt__(self, other: Any) -> bool:
        _USED[0] = True
        return bool(self._plain() < other)

    def __le__(self, other: Any) -> bool:
        _USED[0] = True
        return bool(self._plain() <= other)

    def __gt__(self, other: Any) -> bool:
        _USED[0] = True
        return bool(self._plain() > other)

    def __ge__(self, other: Any) -> bool:
        _USED[0] = True
        return bool(self._plain() >= other)

    def __eq__(self, other: object) -> bool:
        _USED[0] = True
        return self._plain() == other

    def __hash__(self) -> int:
        _USED[0] = True
        return hash(self._plain())


def traced(when: datetime) -> datetime:
    return _TracedNow(when.year, when.month, when.day, when.hour, when.minute, when.second, when.microsecond,
                      when.tzinfo)


def read_one(source: Source, reference: datetime | None = None) -> Document:
    """Read, decode and parse (or clean) one source."""
    from sitegen.read import read_document

    text, warnings = read_source_text(source)
    doc = read_document(source.rel, source.kind, text, reference)
    doc = with_anchors(doc)
    if warnings:
        doc = replace(doc, warnings=tuple(warnings) + doc.warnings)
    return doc


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


def entry_key(code: str, source: Source, text: str) -> str:
    return digest(code, source.kind, source.rel, text)


def read_cached(task: ReadTask) -> tuple[DocInfo, Document, bool]:
    """The source's document and its metadata, from the cache when its text,
    name and sitegen's code are the same (and any "now" it used too); and
    whether it was read afresh."""
    info, doc, fresh, _ = read_stored(task)
    return info, doc, fresh


def read_stored(task: ReadTask) -> tuple[DocInfo, Document, bool, Where | None]:
    """`read_cached`, and where in a pack the document went (a packed task:
    read afresh, since a pack is found by place, not by key)."""
    from sitegen.read import read_document
    from sitegen.search import document_terms

    cache = None if task.packed else Cache(task.cache_root, task.code)
    text, decode_warnings = read_source_text(task.source)
    key = entry_key(task.code, task.source, text)
    hit = None if cache is None else cache.get(key)
    if (isinstance(hit, tuple) and len(hit) == 2 and isinstance(hit[0], DocInfo)
            and (hit[0].reference is None or hit[0].reference == task.reference)):
        return hit[0], hit[1], False, None
    _USED[0] = False
    reference = traced(task.reference) if task.reference is not None else None
    doc = read_document(task.source.rel, task.source.kind, text, reference)
    used = _USED[0]
    doc = with_anchors(doc)
    if doc.report:
        doc = replace(doc, report=())
    if decode_warnings:
        doc = replace(doc, warnings=tuple(decode_warnings) + doc.warnings)
    info = DocInfo(doc.source, task.source.kind, key, urls.document_url(doc.source, doc.meta.slug), doc.meta,
                   tuple(doc.headings), doc.words, doc.warnings, task.reference if used else None,
                   document_terms(doc), doc.lead)
    if cache is None:
        # Only the renderer reads it back, knowing the metadata: the body and what it was read from.
        return info, doc, True, pack_put(task.cache_root / PACK_DIR, (info.ident, doc))
    cache.put(key, (info, doc))
    return info, doc, True, None


ReadResult = tuple[DocInfo, bool, Where | None] | ErrorTuple


def read_chunk(tasks: list[ReadTask]) -> list[ReadResult]:
    """Worker: read each source: (its metadata, whether it was read afresh,
    where its document was packed), or its error."""
    out: list[ReadResult] = []
    for task in tasks:
        try:
            info, _, fresh, where = read_stored(task)
            out.append((info, fresh, where))
        except SitegenError as exc:
            out.append((exc.message, exc.path or task.source.rel, exc.line))
        except Exception as exc:  # a bug must not lose the other documents
            out.append((f"internal error: {type(exc).__name__}: {exc}", task.source.rel, None))
    return out


def read_crashed(task: ReadTask) -> ErrorTuple:
    return ("the reader crashed (worker process died)", task.source.rel, None)


# ---- rendering ----------------------------------------------------------------

_RENDERERS: dict[tuple[Config, str], Any] = {}


def renderer_for(config: Config, theme: str) -> Any:
    """One renderer per config and theme key in this process (templates load
    once; a change to them changes the theme key)."""
    from sitegen.render import Renderer

    if (config, theme) not in _RENDERERS:
        _RENDERERS.clear()
        renderer = _RENDERERS[config, theme] = Renderer(config)
        renderer.env.auto_reload = False  # the theme key says when templates change
    return _RENDERERS[config, theme]


def warm_renderer(config: Config, theme: str) -> None:
    """This process's renderer with every template compiled: called before
    the pool that renders pages starts, its workers inherit them (each
    would compile them again). A template that fails to compile is left to
    the rendering, which reports it."""
    env = renderer_for(config, theme).env
    for name in env.list_templates(filter_func=lambda name: name.endswith(TEMPLATE_SUFFIXES)):
        try:
            env.get_template(name)
        except Exception:  # noqa: S112 (reported where a page uses it)
            continue


def neighbour(item: tuple[str, Meta] | None) -> Page | None:
    if item is None:
        return None
    url, meta = item
    return Page(LightDocument("", meta, ()), url, urls.url_to_file(url))


def load_body(job: RenderJob, task: RenderTask) -> Document:
    """The page's full document: from its pack or the cache, else read again."""
    if task.body_at is not None:
        hit = pack_get(job.cache_root / PACK_DIR, task.body_at)
        if (isinstance(hit, tuple) and len(hit) == 2 and hit[0] == task.info.ident
                and isinstance(hit[1], Document)):
            return hit[1]
    return body_of(job, task.info, task.source)


def body_of(job: RenderJob, info: DocInfo, source: Source) -> Document:
    """A document's full reading (its body too): from the cache, else read again."""
    hit = Cache(job.cache_root, job.code).get(info.key)
    if (isinstance(hit, tuple) and len(hit) == 2 and isinstance(hit[0], DocInfo) and isinstance(hit[1], Document)
            and hit[0].ident == info.ident):
        return hit[1]
    return read_cached(ReadTask(source, job.code, job.cache_root, job.reference))[1]


def with_body(body: Document, info: DocInfo) -> LightDocument:
    """The full document, with the word count already known (not counted again)."""
    return _make(LightDocument, (*_values(body), info.words, info.ident, info.lead))


RenderResult = tuple[str, bool, int, int] | ErrorTuple


def render_chunk(job: RenderJob, tasks: list[RenderTask]) -> list[RenderResult]:
    """Worker: render and write pages. Result per page: (file, written,
    size, mtime_ns), or an error."""
    out: list[RenderResult] = []
    live = job.live if os.path.isdir(job.live) else None  # none yet (a first build): no page to compare with
    for task in tasks:
        try:
            out.append(render_one(job, task, live))
        except SitegenError as exc:
            out.append((exc.message, exc.path or task.source.rel, exc.line))
        except Exception as exc:
            out.append(template_error(exc) or (f"internal error while rendering: {type(exc).__name__}: {exc}",
                                               task.source.rel, None))
    return out


TEMPLATE_SUFFIXES = (".html", ".xml", ".j2", ".jinja")


def template_error(exc: Exception) -> ErrorTuple | None:
    """An error raised by a template, naming the template file and line: a
    syntax error's own, or the innermost template frame of the traceback
    (jinja2 rewrites tracebacks to name templates). None when no template
    is to blame."""
    import traceback

    import jinja2

    if isinstance(exc, jinja2.TemplateSyntaxError):
        return (f"{type(exc).__name__}: {exc.message}", exc.filename or exc.name, exc.lineno)
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(TEMPLATE_SUFFIXES):
            return (f"{type(exc).__name__}: {exc}", frame.filename, frame.lineno)
    return None


def render_one(job: RenderJob, task: RenderTask, live: Path | None) -> tuple[str, bool, int, int]:
    body = load_body(job, task)
    # The word count is known: the page need not count again.
    doc = with_body(body, task.info)
    html = renderer_for(job.config, job.theme).page(Page(doc, task.url, task.file), neighbour(task.newer),
                                          neighbour(task.older))
    return put_file(live, job.stage, task.file, html.encode("utf-8"))


def put_file(live: Path | None, stage: Path, rel: str, payload: bytes) -> tuple[str, bool, int, int]:
    """Write `rel` into the staging folder unless the live output (None:
    there is none) already has these bytes. Returns (rel, written, size,
    mtime_ns) of the resulting file."""
    safe_parts(rel)
    if live is not None:
        current = f"{os.fspath(live)}{os.sep}{rel}"
        try:
            st = os.stat(current)
            if st.st_size == len(payload):
                with open(current, "rb") as fh:
                    if fh.read() == payload:
                        return rel, False, st.st_size, st.st_mtime_ns
        except OSError:
            pass
    target = f"{os.fspath(stage)}{os.sep}{rel}"
    made = create_new(target, payload)
    if made is None:  # a file is there (maybe a hard link to a live one): replaced, never edited
        write_if_changed(Path(target), payload)
        made = os.stat(target)
    return rel, True, made.st_size, made.st_mtime_ns


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def create_new(path: str, payload: bytes) -> os.stat_result | None:
    """Write a file that does not exist yet, making its folders; its stat,
    or None when a file is already there. It is written in place: only ever
    in the staging folder, which is marked unfinished until the build
    commits (a build killed meanwhile leaves a staging folder the next one
    makes again from the live output)."""
    if _FOLDER_MADE[0]:  # the last page's folder had to be made: this one's likely too (a first build)
        _FOLDER_MADE[0] = _make_folder(os.path.dirname(path))
    try:
        fd = os.open(path, _NEW_FILE, FILE_MODE)
    except FileExistsError:
        return None
    except FileNotFoundError:
        _FOLDER_MADE[0] = _make_folder(os.path.dirname(path))
        try:
            fd = os.open(path, _NEW_FILE, FILE_MODE)
        except FileExistsError:
            return None
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
        return os.fstat(fd)
    except BaseException:
        os.unlink(path)
        raise
    finally:
        os.close(fd)


_FOLDER_MADE = [False]  # whether `create_new` last had to make a page's folder


def _make_folder(folder: str) -> bool:
    """Make `folder` (and what it lies in) unless it is there; whether it was made."""
    try:
        os.mkdir(folder)
    except FileExistsError:
        return False
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    return True


def render_crashed(task: RenderTask) -> ErrorTuple:
    return ("rendering crashed (worker process died)", task.source.rel, None)
