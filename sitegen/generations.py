"""Atomic builds: write into a staging copy of the output, then swap it in.

The staging folder is a hidden sibling of the output (`.site.sitegen-next`
for `site/`). It holds hard links to the live files, so preparing it costs
one link per file the last build changed; the writer replaces files there
(never edits in place), then one `renameat2(RENAME_EXCHANGE)` swaps staging
and output. A build killed at any moment leaves the previous output whole;
the swapped-out generation becomes the next build's staging folder.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen.errors import OutputError
from sitegen.write import MANIFEST, remove_empty_parents, safe_parts

STAGE_SUFFIX = ".sitegen-next"
DIRTY_MARKER = ".sitegen-staging"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@dataclass
class Manifest:
    """What one generation of the output holds, and what it changed."""

    files: list[str] = field(default_factory=list)
    generation: int = 0
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def dumps(self, files_text: str | None = None) -> str:
        """The manifest as JSON, one file per line (as `json.dumps(..., indent=0)`
        writes it, through the C encoder). `files_text`: `_lines(self.files)`, when known."""
        files = _lines(self.files) if files_text is None else files_text
        return (f'{{\n"files": {files},\n"generation": {json.dumps(self.generation)},\n'
                f'"changed": {_lines(self.changed)},\n"removed": {_lines(self.removed)}\n}}\n')


def _lines(items: list[str]) -> str:
    return "[\n" + json.dumps(items, separators=(",\n", ": "))[1:-1] + "\n]" if items else "[]"


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest of an output folder, or None when missing or unreadable."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return Manifest(files=[str(p) for p in data["files"]], generation=int(data.get("generation", 0)),
                        changed=[str(p) for p in data.get("changed", [])],
                        removed=[str(p) for p in data.get("removed", [])])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def stage_path(out: Path) -> Path:
    return out.parent / f".{out.name}{STAGE_SUFFIX}"


class Generations:
    """The live output folder and its staging sibling."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.stage = stage_path(out)
        self.live = read_manifest(out)
        self.live_stat = _stat_key(out / MANIFEST)
        self.opened = False
        self._live_set: tuple[Manifest, frozenset[str]] | None = None
        self._staged: tuple[tuple[int, int, int, int] | None, int] | None = None  # its manifest's stat, generation
        self._files_text: tuple[list[str], str] | None = None  # a files list and its `_lines`

    def is_current(self) -> bool:
        """True while the live output is the generation this object knows
        (its manifest is the same file)."""
        return _stat_key(self.out / MANIFEST) == self.live_stat

    def holds(self, files: set[str]) -> bool:
        """True when the live output's files are exactly `files`."""
        live = self.live
        if live is None or len(live.files) != len(files):
            return False
        return self.live_set() == files

    def live_set(self) -> frozenset[str]:
        """The live output's files, as a set (made once per generation)."""
        live = self.live
        if live is None:
            return frozenset()
        if self._live_set is None or self._live_set[0] is not live:
            self._live_set = (live, frozenset(live.files))
        return self._live_set[1]

    @property
    def previous_files(self) -> list[str]:
        return self.live.files if self.live else []

    def open(self) -> Path:
        """Make the staging folder equal to the live output (idempotent) and return it."""
        if self.opened:
            return self.stage
        self._check_stage_is_ours()
        if self._staged is not None and self._staged[0] == _stat_key(self.stage / MANIFEST):
            generation: int | None = self._staged[1]  # this object swapped it out
        else:
            staged = read_manifest(self.stage) if self.stage.is_dir() else None
            generation = staged.generation if staged is not None else None
        fast = (self.live is not None and generation is not None and generation == self.live.generation - 1
                and not (self.stage / DIRTY_MARKER).exists())
        if fast and self.live is not None:
            self._mark_dirty()
            self._apply(self.live)
        else:
            self._full_sync()
        self.opened = True
        return self.stage

    def commit(self, manifest: Manifest) -> None:
        """Write the manifest and swap the staging folder in as the output."""
        manifest.generation = (self.live.generation if self.live else 0) + 1
        self._staged = None
        tmp = self.stage / (MANIFEST + ".tmp")
        known = self._files_text
        if known is None or known[0] is not manifest.files:  # a build that adds or removes none keeps the list
            known = self._files_text = (manifest.files, _lines(manifest.files))
        tmp.write_text(manifest.dumps(known[1]), encoding="utf-8")
        os.replace(tmp, self.stage / MANIFEST)
        (self.stage / DIRTY_MARKER).unlink(missing_ok=True)
        if self.out.exists():
            exchange(self.stage, self.out)
            staged = _stat_key(self.stage / MANIFEST)
            if staged is None:
                # The swapped-out folder was not sitegen's (a --force build):
                # the live output holds its files too; it is staging now.
                (self.stage / DIRTY_MARKER).touch()
            elif self.live is not None:
                self._staged = (staged, self.live.generation)
        else:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            os.rename(self.stage, self.out)
        if self._live_set is not None and self.live is not None and manifest.files is self.live.files:
            self._live_set = (manifest, self._live_set[1])  # the same files: the same set
        self.live = manifest
        self.live_stat = _stat_key(self.out / MANIFEST)
        self.opened = False

    def _check_stage_is_ours(self) -> None:
        if not self.stage.exists():
            return
        ours = self.stage.is_dir() and not self.stage.is_symlink() and (
            (self.stage / MANIFEST).is_file() or (self.stage / DIRTY_MARKER).is_file()
            or not any(self.stage.iterdir()))
        if not ours:
            raise OutputError("the staging folder exists and was not made by sitegen; move it away",
                              str(self.stage))

    def _mark_dirty(self) -> None:
        self.stage.mkdir(parents=True, exist_ok=True)
        (self.stage / DIRTY_MARKER).touch()
        (self.stage / MANIFEST).unlink(missing_ok=True)

    def _apply(self, live: Manifest) -> None:
        """Bring a staging folder one generation behind up to date."""
        root = self.stage.resolve()
        for rel in live.removed:
            path = self.stage.joinpath(*safe_parts(rel))
            if path.is_file() or path.is_symlink():
                path.unlink()
                remove_empty_parents(path.parent, root)
        for rel in live.changed:
            parts = safe_parts(rel)
            link_or_copy(self.out.joinpath(*parts), self.stage.joinpath(*parts))

    def _full_sync(self) -> None:
        """Rebuild the staging folder as hard links to every live file."""
        if self.stage.exists():
            shutil.rmtree(self.stage)
        self._mark_dirty()
        if not self.out.is_dir():
            return
        for root, dirs, files in os.walk(self.out):
            base = Path(root)
            rel = base.relative_to(self.out)
            for name in list(dirs):
                if (base / name).is_symlink():  # kept as a link, never followed
                    dirs.remove(name)
                    os.symlink(os.readlink(base / name), self.stage / rel / name)
                else:
                    (self.stage / rel / name).mkdir(exist_ok=True)
            for name in files:
                if rel == Path(".") and name in (MANIFEST, DIRTY_MARKER):
                    continue
                if (base / name).is_symlink():
                    os.symlink(os.readlink(base / name), self.stage / rel / name)
                else:
                    link_or_copy(base / name, self.stage / rel / name)


def _stat_key(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def link_or_copy(src: Path, dst: Path) -> None:
    """Make `dst` the same file as `src`: a hard link, else a copy; replaces `dst`."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".sitegen-link")
    tmp.unlink(missing_ok=True)
    try:
        os.link(src, tmp)
    except OSError:
        shutil.copy2(src, tmp)
    os.replace(tmp, dst)


def exchange(a: Path, b: Path) -> None:
    """Swap two folders atomically (Linux renameat2); elsewhere, three renames."""
    libc = _libc()
    if libc is not None:
        rc = libc.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
        if rc == 0:
            return
    aside = b.with_name(b.name + ".sitegen-old")
    os.rename(b, aside)
    os.rename(a, b)
    os.rename(aside, a)


_LIBC: list[Any] = []


def _libc() -> Any:
    """The C library, when it has renameat2 (glibc 2.28+)."""
    import ctypes

    if not _LIBC:
        try:
            lib: ctypes.CDLL | None = ctypes.CDLL(None, use_errno=True)
            if lib is not None and not hasattr(lib, "renameat2"):
                lib = None
        except OSError:
            lib = None
        _LIBC.append(lib)
    return _LIBC[0]
