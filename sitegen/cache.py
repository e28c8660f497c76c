"""The build cache: read-and-cleaned documents by content hash, and the state
of the last build of each output folder.

Everything is keyed by a hash of sitegen's own source files (the code that
reads and renders), so any code or version change starts afresh. Each file
carries a checksum: a corrupt or partial file is detected, ignored and
rebuilt. The cache lives outside the output folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from sitegen.write import write_atomic

DEFAULT_CACHE_DIR = ".sitegen-cache"
CODE_PREFIX = 16
FORMAT = b"SGC1"
_DIGEST = 32
# Libraries whose version changes what a document reads or renders as.
_LIBRARIES = ("markdown", "nh3", "yaml", "jinja2")


@cache
def code_key() -> str:
    """A hash of sitegen's source and model files, the Python version and the installed
    files of the libraries that read and render (found without importing them)."""
    h = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.json")]):  # code and the cleaner's models
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    h.update(sys.version.encode())
    for name in _LIBRARIES:
        spec = find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin and os.path.exists(origin):
            st = os.stat(origin)
            h.update(f"{name}={origin}:{st.st_size}:{st.st_mtime_ns}".encode())
        else:
            h.update(f"{name}=none".encode())
    return h.hexdigest()


def digest(*parts: str | bytes) -> str:
    """A hex sha256 over `parts` (each length-prefixed, so boundaries count)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def encode(value: Any) -> bytes:
    """`value` pickled, behind a format tag and checksum."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return FORMAT + hashlib.sha256(payload).digest() + payload


def decode(data: bytes) -> Any | None:
    """The value `encode` made into `data`; None when partial or corrupt."""
    head = len(FORMAT) + _DIGEST
    if len(data) < head or not data.startswith(FORMAT):
        return None
    payload = data[head:]
    if hashlib.sha256(payload).digest() != data[len(FORMAT):head]:
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # a checksum collision or a class that moved: treat as a miss
        return None


def dump_file(path: Path, value: Any) -> None:
    """Write `value` encoded (see `encode`), atomically."""
    write_atomic(path, encode(value))


def load_file(path: Path) -> Any | None:
    """The value in a file made by `dump_file`; None when missing, partial or corrupt."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return decode(data)


# ---- packs: the cache of a build that keeps none ------------------------------

PACK_DIR = "packs"  # in the cache folder
Where = tuple[str, int, int]  # a packed value: its pack file's name, offset and length
_PACK_OUT: dict[str, tuple[int, int, str, int]] = {}  # folder -> this process's (pid, fd, name, size)
_PACK_IN: dict[str, int] = {}  # pack file -> a read-only fd


def pack_put(folder: Path, value: Any) -> Where:
    """Append `value` (encoded) to this process's pack file in `folder`, and
    say where it is. A build that keeps no cache puts its documents there:
    a file each would cost a creation, and at the end a removal, each."""
    data = encode(value)
    key = os.fspath(folder)
    out = _PACK_OUT.get(key)
    if out is None or out[0] != os.getpid():  # none yet, or inherited from the parent of a fork
        os.makedirs(key, exist_ok=True)
        name = f"pack-{os.getpid()}"
        # Appended to, never truncated: a process with a reused pid adds to the file.
        fd = os.open(os.path.join(key, name), os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
        out = (os.getpid(), fd, name, os.fstat(fd).st_size)
    pid, fd, name, size = out
    _PACK_OUT.pop(key, None)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:  # a failed write leaves a tail nothing points to; the next put opens afresh
        os.close(fd)
        raise
    _PACK_OUT[key] = (pid, fd, name, size + len(data))
    return name, size, len(data)


def pack_get(folder: Path, where: Where) -> Any | None:
    """The value `pack_put` put at `where`; None when it is not there whole."""
    name, offset, length = where
    path = os.path.join(folder, name)
    fd = _PACK_IN.get(path)
    try:
        if fd is None:
            fd = _PACK_IN[path] = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        data = os.pread(fd, length, offset)
    except OSError:
        return None
    return decode(data) if len(data) == length else None


def close_packs(folder: Path) -> None:
    """Close this process's files of the packs in `folder`."""
    key = os.fspath(folder)
    out = _PACK_OUT.pop(key, None)
    if out is not None and out[0] == os.getpid():
        os.close(out[1])
    for path in [p for p in _PACK_IN if os.path.dirname(p) == key]:
        os.close(_PACK_IN.pop(path))


GITIGNORE = "# sitegen's cache: never to be committed\n*\n"


def keep_out_of_git(root: Path) -> None:
    """A `.gitignore` in the cache folder that ignores all of it (the folder
    defaults to the current one, often the site's own repository)."""
    path = root / ".gitignore"
    if not path.exists():
        root.mkdir(parents=True, exist_ok=True)
        path.write_text(GITIGNORE, encoding="utf-8")


class Cache:
    """Content-addressed entries (in a folder per code version) and
    per-output build states under `root`."""

    def __init__(self, root: Path, code: str = "") -> None:
        self.root = root
        self.docs = root / "docs" / (code[:CODE_PREFIX] or "any")

    def _entry(self, key: str) -> Path:
        return self.docs / key[:2] / key[2:]

    def prune_other_versions(self) -> None:
        """Remove the entries of other code versions (they can never be used
        by this one; another version sharing the folder reads them again)."""
        try:
            folders = list((self.root / "docs").iterdir())
        except OSError:
            return
        for folder in folders:
            if folder != self.docs and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)

    def get(self, key: str) -> Any | None:
        return load_file(self._entry(key))

    def put(self, key: str, value: Any) -> None:
        dump_file(self._entry(key), value)

    def state_path(self, out: Path, content: Path, part: str = "") -> Path:
        name = digest(str(out.resolve()), str(content.resolve()))
        return self.root / "state" / (f"{name}.{part}" if part else name)

    def load_state(self, out: Path, content: Path, part: str = "") -> Any | None:
        return load_file(self.state_path(out, content, part))

    def save_state(self, out: Path, content: Path, state: Any, part: str = "") -> None:
        dump_file(self.state_path(out, content, part), state)
