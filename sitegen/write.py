"""The only writer: atomic files, nothing outside the output folder, write
only what changed, prune what is no longer produced.

A manifest (`.sitegen-manifest.json`) in the output folder lists what the
last build produced; it is how sitegen knows a folder is its own. Builds
write into a staging generation (see `sitegen.generations`) and the writer
never changes a file in place: every write is a new file renamed over the
old one, so a file shared (hard-linked) with the live output stays intact.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Collection
from pathlib import Path

from sitegen.errors import OutputError

MANIFEST = ".sitegen-manifest.json"


def check_output_dir(out: Path, content: Path, force: bool = False) -> None:
    """Refuse output folders that would destroy sources or other data: `/`,
    the home folder, the current folder, the content folder, a folder that
    contains it or lies inside it, and (without `force`) a non-empty folder
    sitegen did not make."""
    out_r, content_r = out.resolve(), content.resolve()
    forbidden = {Path("/").resolve(), Path.home().resolve(), Path.cwd().resolve()}
    if out_r in forbidden or out_r.parent == out_r:
        raise OutputError(f"refusing to use {out} as the output folder", str(out))
    if out_r == content_r or out_r in content_r.parents or content_r in out_r.parents:
        raise OutputError("the output folder must not contain, or lie inside, the content folder", str(out))
    if out_r.exists() and not out_r.is_dir():
        raise OutputError("the output path exists and is not a folder", str(out))
    if out_r.is_dir() and not (out_r / MANIFEST).is_file() and any(out_r.iterdir()) and not force:
        raise OutputError("folder is not empty and was not made by sitegen (use --force to build into it)",
                          str(out))


def safe_parts(rel: str) -> list[str]:
    """The parts of output path `rel`, refusing anything that could leave the output folder."""
    parts = rel.split("/")
    if not rel or rel.startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in rel or "\0" in rel:
        raise OutputError(f"unsafe output path {rel!r}")
    return parts


FILE_MODE = 0o666  # before the umask: a built file is readable by all (0644 with the usual umask)
_UMASK: list[int] = []


def current_umask() -> int:
    """The process's umask (read once: reading it means setting it)."""
    if not _UMASK:
        mask = os.umask(0o022)
        os.umask(mask)
        _UMASK.append(mask)
    return _UMASK[0]


def write_if_changed(path: Path, payload: bytes, differs: bool = False) -> bool:
    """Write `payload` to `path` atomically unless it already holds those
    bytes (not looked at when the caller knows it `differs`). Returns True
    when the file was (re)written."""
    try:
        if not differs and path.stat().st_size == len(payload) and path.read_bytes() == payload:
            return False
    except OSError:
        pass
    write_atomic(path, payload)
    return True


def write_atomic(path: Path, payload: bytes) -> None:
    """Write `payload` to `path` (its folder made if missing) through a
    temporary file beside it: a reader sees the old file or the new one, never a part."""
    fd, tmp = _temp_file(path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_TEMPS = itertools.count()
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def _temp_file(folder: Path) -> tuple[int, str]:
    """A new hidden file in `folder` (made if missing), open for writing,
    readable by all (`FILE_MODE` less the umask): its descriptor and path.
    Named by process and a counter (cheaper than `tempfile.mkstemp`)."""
    base = f"{os.fspath(folder)}{os.sep}.tmp-{os.getpid()}-"
    while True:
        tmp = f"{base}{next(_TEMPS)}"
        try:
            return os.open(tmp, _OPEN_FLAGS, FILE_MODE), tmp
        except FileExistsError:  # left by a killed build of a process with the same id
            continue
        except FileNotFoundError:
            folder.mkdir(parents=True, exist_ok=True)
            return os.open(tmp, _OPEN_FLAGS, FILE_MODE), tmp


def same_file_contents(source: Path, target: Path) -> bool:
    """True when `target` is a copy of `source`: same size and mtime (to the
    nanosecond, as copies keep it)."""
    try:
        src, dst = source.stat(), target.stat()
    except OSError:
        return False
    return dst.st_size == src.st_size and dst.st_mtime_ns == src.st_mtime_ns


def copy_if_changed(path: Path, source: Path) -> bool:
    """Copy `source` to `path` (atomically) unless it is already a copy of it."""
    if same_file_contents(source, path):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    os.close(fd)
    try:
        shutil.copy2(source, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


class Writer:
    """Writes output files atomically and only when their bytes change.

    It compares with the live output folder and writes into the staging
    generation (opened by `stage()` on the first real change), and remembers
    what it produced, wrote and left alone.
    """

    def __init__(self, live: Path, stage: Callable[[], Path] | None = None, previous: Collection[str] = ()) -> None:
        self.live = live
        self._stage = stage or (lambda: live)
        # A frozenset is taken as it is (a live output's files, kept by `Generations`).
        self.previous = previous if isinstance(previous, frozenset) else frozenset(previous)
        self.produced: set[str] = set()
        self.changed: set[str] = set()
        self.stats: dict[str, tuple[int, int]] = {}
        self.written = 0
        self.unchanged = 0

    def target(self, rel: str) -> list[str]:
        """The parts of output file `rel`, refusing anything outside the output
        folder and a second writer for the same file."""
        parts = safe_parts(rel)
        if rel in self.produced:
            raise OutputError(f"two outputs want the same file {rel!r}")
        self.produced.add(rel)
        return parts

    def record(self, rel: str, wrote: bool, size: int = -1, mtime_ns: int = -1) -> None:
        """Count a file written (or found unchanged) here or by a worker."""
        if wrote:
            self.written += 1
            self.changed.add(rel)
        else:
            self.unchanged += 1
        if size >= 0:
            self.stats[rel] = (size, mtime_ns)

    def keep(self, rel: str) -> None:
        """Claim a file the previous build made (so checked then) and this one
        would make the same."""
        if rel in self.produced:
            raise OutputError(f"two outputs want the same file {rel!r}")
        self.produced.add(rel)
        self.unchanged += 1

    def keep_many(self, rels: Collection[str]) -> None:
        """`keep` each of `rels` (distinct paths)."""
        if not self.produced.isdisjoint(rels):
            taken = sorted(self.produced.intersection(rels))[0]
            raise OutputError(f"two outputs want the same file {taken!r}")
        self.produced.update(rels)
        self.unchanged += len(rels)

    def write(self, rel: str, data: str | bytes, differs: bool = False) -> None:
        """Write output file `rel` unless the live one holds the same bytes;
        `differs`: the caller knows it does not (it is not read to compare)."""
        parts = self.target(rel)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        current = self.live.joinpath(*parts)
        if not differs:
            try:
                st = current.stat()
                if st.st_size == len(payload) and current.read_bytes() == payload:
                    self.record(rel, False, st.st_size, st.st_mtime_ns)
                    return
            except OSError:
                pass
        target = self._stage().joinpath(*parts)
        write_if_changed(target, payload, differs)
        st = target.stat()
        self.record(rel, True, st.st_size, st.st_mtime_ns)

    def copy(self, rel: str, source: Path) -> None:
        """Copy a file (an asset) unless the output already has one of the same size and mtime."""
        parts = self.target(rel)
        if same_file_contents(source, self.live.joinpath(*parts)):
            self.record(rel, False)
            return
        copy_if_changed(self._stage().joinpath(*parts), source)
        self.record(rel, True)

    def prune(self) -> list[str]:
        """Remove from the staging generation the files the last build made
        and this one did not. Returns them."""
        gone = sorted(self.previous - self.produced)
        if not gone:
            return []
        stage = self._stage()
        root = stage.resolve()
        removed: list[str] = []
        for rel in gone:
            try:
                path = stage.joinpath(*safe_parts(rel))
            except OutputError:
                continue
            parent = path.parent.resolve()
            if (path.is_file() or path.is_symlink()) and (parent == root or root in parent.parents):
                path.unlink()
                removed.append(rel)
                remove_empty_parents(path.parent, root)
        return removed


def remove_empty_parents(folder: Path, root: Path) -> None:
    """Remove `folder` and its parents while they are empty, stopping at `root`."""
    while folder.resolve() != root and root in folder.resolve().parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
