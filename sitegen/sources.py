"""Find the sources in the content folder and decode their bytes.

Hidden files and editors' temp files are skipped. `.txt` files are scraped
text dumps, `.md`/`.markdown` files Markdown; everything else is an asset,
copied as it is.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitegen.errors import SourceError

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}

# Names editors and operating systems leave behind: vim swap and backup
# files, vim's write test `4913`, emacs lock and autosave files, macOS
# resource forks, and partial downloads.
_TEMP_NAME = re.compile(
    r"""^(?:
        \..*                # hidden files, .#emacs locks, ._macOS forks, .swp
      | .*~                 # backups
      | \#.*\#              # emacs autosave
      | 4913                # vim's write test
      | .*\.(?:swp|swx|swo|tmp|temp|bak|part|crdownload)
    )$""",
    re.VERBOSE | re.IGNORECASE,
)

MAX_SOURCE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """A file in the content folder. `rel` is its POSIX path relative to the
    content folder; `kind` is 'text', 'markdown' or 'asset'."""

    path: Path
    rel: str
    kind: str

    @property
    def is_document(self) -> bool:
        return self.kind != "asset"


def is_ignored_name(name: str) -> bool:
    """True for hidden files and editors' temp/swap files."""
    return bool(_TEMP_NAME.match(name))


def find_sources(content_dir: Path) -> Iterator[Source]:
    """Every source and asset under `content_dir`, in a stable (sorted) order."""
    for root, dirs, files in os.walk(content_dir):
        dirs[:] = sorted(d for d in dirs if not is_ignored_name(d))
        base = Path(root)
        for name in sorted(files):
            if is_ignored_name(name):
                continue
            path = base / name
            rel = path.relative_to(content_dir).as_posix()
            kind = TEXT_SUFFIXES.get(path.suffix.lower(), "asset")
            yield Source(path, rel, kind)


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a source's bytes to text. Returns the text and any warnings.

    A byte-order mark decides the encoding; otherwise UTF-8, falling back to
    Windows-1252 with a warning. NUL bytes and binary data are refused.
    """
    warnings: list[str] = []
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), warnings
            except UnicodeDecodeError as exc:
                raise SourceError(f"invalid {encoding} at byte {exc.start}", name) from exc
    if b"\x00" in data[:8192]:
        raise SourceError("looks like a binary file (NUL bytes), skipped", name)
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        warnings.append(f"line {line}: not valid UTF-8; decoded as Windows-1252")
        return data.decode("cp1252", errors="replace"), warnings


def read_source_text(source: Source) -> tuple[str, list[str]]:
    """Read and decode one source file."""
    try:
        size = source.path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(f"too large ({size} bytes, limit {MAX_SOURCE_BYTES}), skipped", source.rel)
        data = source.path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", source.rel) from exc
    text, warnings = decode(data, source.rel)
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings
