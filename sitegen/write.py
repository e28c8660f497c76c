"""The only writer: atomic files, nothing outside the output folder, write
only what changed, prune what is no longer produced.

A manifest (`.sitegen-manifest.json`) in the output folder lists what the
last build produced; it is how sitegen knows a folder is its own.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from sitegen.errors import OutputError

MANIFEST = ".sitegen-manifest.json"


def check_output_dir(out: Path, content: Path, force: bool = False) -> None:
    """Refuse output folders that would destroy sources or other data."""
    out_r, content_r = out.resolve(), content.resolve()
    forbidden = {Path("/").resolve(), Path.home().resolve(), Path.cwd().resolve()}
    if out_r in forbidden:
        raise OutputError(f"refusing to use {out} as the output folder", str(out))
    if out_r == content_r or out_r in content_r.parents or content_r in out_r.parents:
        raise OutputError("the output folder must not contain, or lie inside, the content folder", str(out))
    if out_r.is_dir() and not (out_r / MANIFEST).is_file() and any(out_r.iterdir()) and not force:
        raise OutputError("folder is not empty and was not made by sitegen (use --force to build into it)",
                          str(out))


class Writer:
    """Writes files under `out`, each atomically and only when its bytes change."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.produced: set[str] = set()
        self.written = 0
        self.unchanged = 0
        self.previous = self._read_manifest()

    def _read_manifest(self) -> set[str]:
        try:
            data = json.loads((self.out / MANIFEST).read_text(encoding="utf-8"))
            return {str(p) for p in data.get("files", [])}
        except (OSError, ValueError, AttributeError):
            return set()

    def target(self, rel: str) -> Path:
        """The path for output file `rel`, refusing anything outside the output folder."""
        parts = rel.split("/")
        if not rel or rel.startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in rel:
            raise OutputError(f"unsafe output path {rel!r}")
        if rel in self.produced:
            raise OutputError(f"two outputs want the same file {rel!r}")
        return self.out.joinpath(*parts)

    def write(self, rel: str, data: str | bytes) -> None:
        path = self.target(rel)
        self.produced.add(rel)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        try:
            if path.stat().st_size == len(payload) and path.read_bytes() == payload:
                self.unchanged += 1
                return
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.written += 1

    def copy(self, rel: str, source: Path) -> None:
        """Copy a file (an asset) unless the target already has the same size and mtime."""
        path = self.target(rel)
        self.produced.add(rel)
        src = source.stat()
        try:
            dst = path.stat()
            if dst.st_size == src.st_size and int(dst.st_mtime) == int(src.st_mtime):
                self.unchanged += 1
                return
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        os.close(fd)
        try:
            shutil.copy2(source, tmp)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.written += 1

    def finish(self) -> int:
        """Remove files the last build made that this one did not; save the manifest.
        Returns how many files were removed."""
        removed = 0
        for rel in sorted(self.previous - self.produced):
            path = self.out.joinpath(*rel.split("/"))
            if path.is_file() and self.out.resolve() in path.resolve().parents:
                path.unlink()
                removed += 1
                self._remove_empty_parents(path.parent)
        manifest = json.dumps({"files": sorted(self.produced)}, indent=0)
        self.out.mkdir(parents=True, exist_ok=True)
        tmp = self.out / (MANIFEST + ".tmp")
        tmp.write_text(manifest, encoding="utf-8")
        os.replace(tmp, self.out / MANIFEST)
        return removed

    def _remove_empty_parents(self, folder: Path) -> None:
        out = self.out.resolve()
        while folder.resolve() != out and out in folder.resolve().parents:
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent
