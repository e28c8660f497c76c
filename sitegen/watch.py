"""Watch the site's folders with watchdog and hand over debounced batches.

Each changed path is classified by one pure function (`classify`): content,
template, static, config, or ignored (editors' temp files, hidden files, the
output folder, anything outside the site). Changes that arrive close together
become one `Batch`; batches are delivered one at a time on the watcher's own
thread, so a rebuild never overlaps another. The watcher survives any
exception raised while handling a batch.
"""

from __future__ import annotations

import contextlib
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from watchdog.events import (
    EVENT_TYPE_CLOSED,
    EVENT_TYPE_CLOSED_NO_WRITE,
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_MOVED,
    EVENT_TYPE_OPENED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from sitegen.config import CONFIG_FILE, PYPROJECT_FILE, Config
from sitegen.errors import ConfigError
from sitegen.sources import is_ignored_name

# A batch closes once no change has arrived for this long. Editors' saves
# (temp file, rename, backup removal) arrive within a few milliseconds.
QUIET_SECONDS = 0.025
# A batch never waits longer than this for a stream of changes to stop.
MAX_BATCH_SECONDS = 0.5
# A batch that starts while the watcher is idle and so far holds one file
# written and closed (an editor's save) closes after this much quiet instead:
# the save is built at once. Changes that come during that build are gathered
# with the usual quiet and the time the build took on top of `MAX_BATCH_SECONDS`
# (so a burst makes at most two builds: its first file, then the rest).
SAVED_QUIET_SECONDS = 0.002
# How often the polling observer (`--poll`) scans the folders.
POLL_INTERVAL_SECONDS = 0.5
# How long `stop()` waits for a batch in progress to finish.
STOP_TIMEOUT_SECONDS = 30.0

_SKIPPED_EVENTS = {EVENT_TYPE_OPENED, EVENT_TYPE_CLOSED_NO_WRITE}
# What writing a file (a new one or over an old one) gives.
_WRITE_EVENTS = {EVENT_TYPE_CREATED, EVENT_TYPE_MODIFIED, EVENT_TYPE_CLOSED}


class ChangeKind(Enum):
    """What a changed path is to the site."""

    CONTENT = "content"
    TEMPLATE = "template"
    STATIC = "static"
    CONFIG = "config"
    IGNORED = "ignored"


@dataclass(frozen=True)
class WatchRoots:
    """The folders and file a site is built from, and its output, as absolute paths."""

    content: Path
    templates: Path
    static: Path
    output: Path
    configs: tuple[Path, ...] = ()

    @classmethod
    def from_config(cls, config: Config) -> WatchRoots:
        """The config's folders; its config file, or (with none) the files that
        would become it when created here."""
        configs: tuple[Path, ...]
        if config.config_file is not None:
            configs = (_absolute(config.config_file),)
        else:
            configs = (_absolute(Path(CONFIG_FILE)), _absolute(Path(PYPROJECT_FILE)))
        return cls(content=_absolute(config.content_dir), templates=_absolute(config.templates_dir),
                   static=_absolute(config.static_dir), output=_absolute(config.output_dir), configs=configs)

    def folders(self) -> list[tuple[Path, bool]]:
        """(folder, recursive) pairs to watch: the source folders that exist,
        and the config file's folder (not recursively)."""
        found = [(p, True) for p in (self.content, self.templates, self.static) if p.is_dir()]
        for folder in sorted({c.parent for c in self.configs}):
            if folder.is_dir() and not any(_within(folder, f) for f, _ in found):
                found.append((folder, False))
        return found


@dataclass(frozen=True)
class Batch:
    """Paths that changed together, sorted, with their kinds."""

    paths: tuple[Path, ...]
    kinds: frozenset[ChangeKind]

    @classmethod
    def of(cls, changes: Iterable[tuple[Path, ChangeKind]]) -> Batch:
        items = dict(changes)
        return cls(tuple(sorted(items)), frozenset(items.values()))


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path.expanduser()))


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def classify(path: Path, roots: WatchRoots) -> ChangeKind:
    """The kind of change a path is (pure: looks only at the path).

    The output folder is ignored first, then the config file; otherwise the
    innermost source folder holding the path decides, and any hidden or
    editor's temp name in the path below that folder makes it ignored.
    """
    path = _absolute(path)
    if _within(path, roots.output):
        return ChangeKind.IGNORED
    if path in roots.configs:
        return ChangeKind.CONFIG
    candidates = [(root, kind) for root, kind in ((roots.content, ChangeKind.CONTENT),
                                                  (roots.templates, ChangeKind.TEMPLATE),
                                                  (roots.static, ChangeKind.STATIC)) if _within(path, root)]
    if not candidates:
        return ChangeKind.IGNORED
    root, kind = max(candidates, key=lambda c: len(c[0].parts))
    if any(is_ignored_name(part) for part in path.relative_to(root).parts):
        return ChangeKind.IGNORED
    return kind


def check_layout(roots: WatchRoots) -> None:
    """Refuse an output folder that would be watched (a rebuild loop): inside,
    or containing, the content, templates or static folder."""
    where = str(roots.configs[0]) if len(roots.configs) == 1 else None
    for name, folder in (("content", roots.content), ("templates", roots.templates), ("static", roots.static)):
        if _within(roots.output, folder) or _within(folder, roots.output):
            raise ConfigError(f"the output folder {roots.output} must not lie inside, or contain, the {name} "
                              f"folder {folder}: its changes would trigger endless rebuilds", where)


def event_paths(event: FileSystemEvent) -> list[tuple[Path, str]]:
    """(path, what happened to it) for an event: nothing for opens and
    folder-modified notices; a move is its source gone and its target written."""
    if event.event_type in _SKIPPED_EVENTS:
        return []
    if event.is_directory and event.event_type == EVENT_TYPE_MODIFIED:
        return []
    if event.event_type == EVENT_TYPE_MOVED and event.dest_path:
        return [(Path(os.fsdecode(event.src_path)), EVENT_TYPE_DELETED),
                (Path(os.fsdecode(event.dest_path)), EVENT_TYPE_CLOSED)]
    return [(Path(os.fsdecode(event.src_path)), event.event_type)]


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: Watcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        for path, what in event_paths(event):
            self.watcher.notice(path, what)


_STOP = object()


@dataclass(frozen=True)
class _Change:
    path: Path
    kind: ChangeKind
    writing: bool  # modified, not yet closed
    what: str = EVENT_TYPE_CLOSED  # the watchdog event type
    at: float = 0.0  # when it was noticed (`_now()`)


class Watcher:
    """Watches a site's folders and calls `on_batch` with debounced batches.

    `on_batch` runs on the watcher's thread, one batch at a time; an exception
    from it goes to `on_error` and the watcher carries on.
    """

    def __init__(self, roots: WatchRoots, on_batch: Callable[[Batch], object],
                 on_error: Callable[[BaseException], None] | None = None, poll: bool = False,
                 quiet: float = QUIET_SECONDS, max_wait: float = MAX_BATCH_SECONDS) -> None:
        self.roots = roots
        self.on_batch = on_batch
        self.on_error = on_error
        self.poll = poll
        self.quiet = quiet
        self.max_wait = max_wait
        self._queue: queue.Queue[object] = queue.Queue()
        self._observer: BaseObserver | None = None
        self._thread: threading.Thread | None = None
        self._handler = _Handler(self)
        self._watched: list[tuple[Path, bool]] = []
        self._idle_since = 0.0  # when the last batch was delivered (`_now()`)
        self._save_took = 0.0  # how long the last batch took to handle, when it was a save
        # inotify reports when a file written to is closed; polling does not
        self.closes_reported = not poll and sys.platform.startswith("linux")

    def notice(self, path: Path, what: str = EVENT_TYPE_CLOSED) -> None:
        """Queue one changed path (ignored paths are dropped here). `what` is
        the watchdog event type: a file modified but not yet closed is still
        being written."""
        kind = classify(path, self.roots)
        if kind is not ChangeKind.IGNORED:
            self._queue.put(_Change(_absolute(path), kind, what == EVENT_TYPE_MODIFIED, what, _now()))

    def start(self) -> None:
        self._observer = self._schedule(self.roots)
        self._observer.start()
        self._thread = threading.Thread(target=self._run, name="sitegen-watch", daemon=True)
        self._thread.start()

    def set_roots(self, roots: WatchRoots) -> None:
        """Watch other folders (after a config change, or when a folder
        that did not exist appears)."""
        if roots == self.roots and roots.folders() == self._watched:
            return
        self.roots = roots
        if self._observer is not None:
            old = self._observer
            self._observer = self._schedule(roots)
            self._observer.start()
            old.stop()

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        """Stop watching; wait up to `timeout` seconds for a batch in progress."""
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout)
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _schedule(self, roots: WatchRoots) -> BaseObserver:
        observer: BaseObserver = PollingObserver(timeout=POLL_INTERVAL_SECONDS) if self.poll else Observer()
        self._watched = roots.folders()
        for folder, recursive in self._watched:
            observer.schedule(self._handler, str(folder), recursive=recursive)
        return observer

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            changes, saved, stopping = self._collect(item)
            if changes:
                started = _now()
                self._deliver(Batch.of(changes))
                self._idle_since = _now()
                self._save_took = self._idle_since - started if saved else 0.0
            if stopping:
                return

    def _collect(self, first: object) -> tuple[list[tuple[Path, ChangeKind]], bool, bool]:
        """Gather changes until none arrives for `quiet` seconds and no file
        is still open for writing (inotify reports the close), or until
        `max_wait` passes. A save noticed while idle closes sooner (see
        `SAVED_QUIET_SECONDS`). Returns the changes, whether they were such a
        save, and whether the watcher is stopping."""
        assert isinstance(first, _Change)
        changes: list[_Change] = [first]
        writing = {first.path} if first.writing and self.closes_reported else set()
        idle = first.at >= self._idle_since
        # Writes to one file so far, the watcher idle when the first came: a save.
        saving = self.closes_reported and idle and first.what in _WRITE_EVENTS
        # Changes that came while a save was built: they get the time a batch
        # would have had to gather them had the save not been built at once.
        deadline = _now() + self.max_wait + (0.0 if idle else self._save_took)
        stopping = False
        while not stopping:
            left = deadline - _now()
            if left <= 0:
                break
            if writing:
                wait = left
            else:
                saved = saving and changes[-1].what == EVENT_TYPE_CLOSED
                wait = min(SAVED_QUIET_SECONDS if saved else self.quiet, left)
            try:
                item = self._queue.get(timeout=wait)
            except queue.Empty:
                break
            if item is _STOP:
                stopping = True
                continue
            assert isinstance(item, _Change)
            changes.append(item)
            saving = saving and item.what in _WRITE_EVENTS and item.path == first.path
            if item.writing and self.closes_reported:
                writing.add(item.path)
            else:
                writing.discard(item.path)
        return [(c.path, c.kind) for c in changes], saving, stopping

    def _deliver(self, batch: Batch) -> None:
        try:
            self.set_roots(self.roots)  # a templates or static folder may have appeared
            self.on_batch(batch)
        except Exception as exc:  # the watcher must outlive any failure
            if self.on_error is not None:
                with contextlib.suppress(Exception):
                    self.on_error(exc)


def _now() -> float:
    return time.monotonic()
