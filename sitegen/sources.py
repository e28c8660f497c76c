"""Find the sources in the content folder and decode their bytes.

Hidden files and editors' temp files are skipped. `.txt` files are scraped
text dumps, `.md`/`.markdown` files Markdown; everything else is an asset,
copied as it is. Files that cannot be read as they are (not regular files,
broken links, names that are not UTF-8) are sources of kind 'unreadable':
reading one raises an error naming it.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitegen.errors import SourceError

DOCUMENT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
CLEANED_KINDS = ("text", "html")  # the kinds the cleaner reads (line by line, with a report)
# The site's own 404 page: copied as it is (it replaces the theme's), never read as a saved page.
OWN_NOT_FOUND_PAGE = "404.html"
SAVED_RESOURCES_SUFFIX = "_files"  # "Page.html" saved with its images, scripts and frames in "Page_files/"
UNREADABLE = "unreadable"

# Names editors and operating systems leave behind: vim swap and backup
# files, vim's write test `4913`, emacs lock and autosave files, macOS
# resource forks (`._name`), and partial downloads.
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

EMPTY_SOURCE = "empty (or only whitespace); skipped"  # a warning: nothing to build
MAX_SOURCE_BYTES = 10 * 1024 * 1024  # larger sources are skipped unread
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
MAX_LINE_CHARS = 100_000  # longer lines are wrapped, so no stage sees a giant line
SNIFF_BYTES = 8192  # how much of a file decides whether it is binary
MIN_BINARY_CONTROLS = 8  # fewer control bytes than this never make a file binary
MAX_CONTROL_SHARE = 0.05  # more control bytes than this (in the sniffed part) means binary
UTF16_NUL_SHARE = 0.30  # NULs (all on one side of each byte pair) above this mean BOM-less UTF-16
MIN_UTF16_PAIRS = 8  # too little text to tell UTF-16 below this
MAX_LINES_NAMED = 5  # warnings name at most this many line numbers

_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF"), (b"PK\x03\x04", "a ZIP archive"), (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "gzip data"), (b"RIFF", "a RIFF (WebP/WAV/AVI) file"), (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3", "an SQLite database"), (b"\xd0\xcf\x11\xe0", "an Office document"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Characters no page may carry: C0 controls but tab, newline and CR, and the
# non-characters U+FFFE/U+FFFF (invalid in HTML and XML).
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The control characters of _BAD_CHARS, as bytes: in UTF-8 each is one byte,
# and no other character's encoding holds a byte below 0x80.
_BAD_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))


@dataclass(frozen=True)
class Source:
    """A file in the content folder. `rel` is its POSIX path relative to the
    content folder; `kind` is 'text', 'markdown', 'asset' or 'unreadable'
    (with `problem` saying why)."""

    path: Path
    rel: str
    kind: str
    problem: str = ""

    @property
    def is_document(self) -> bool:
        return self.kind != "asset"


def is_ignored_name(name: str) -> bool:
    """True for hidden files and editors' temp/swap files."""
    return bool(_TEMP_NAME.match(name))


def find_sources(content_dir: Path) -> Iterator[Source]:
    """Every source and asset under `content_dir`, in a stable (sorted)
    order: a folder's files, then its folders' (as `os.walk` goes, links
    to folders not followed). A plain file is known as one from its folder
    listing; only links and other kinds of file are looked at again."""
    yield from _walk(os.fspath(content_dir), content_dir, "")


def _walk(folder: str, base: Path, prefix: str) -> Iterator[Source]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:  # as os.walk: a folder that cannot be listed is left out
        return
    dirs: list[os.DirEntry[str]] = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not is_ignored_name(entry.name):
                dirs.append(entry)
            continue
        if is_ignored_name(entry.name):
            continue
        path = base / entry.name
        rel = prefix + entry.name
        try:
            plain = not entry.is_symlink() and entry.is_file(follow_symlinks=False)
        except OSError:
            plain = False
        yield _plain_source(path, rel) if plain else classify(path, rel)
    for entry in dirs:
        if not entry.is_symlink():
            yield from _walk(entry.path, base / entry.name, f"{prefix}{entry.name}/")


def _plain_source(path: Path, rel: str) -> Source:
    """`classify` of a regular file (no need to look at it again)."""
    shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if shown != rel:
        return Source(path, shown, UNREADABLE, "file name is not valid UTF-8; skipped (rename it)")
    return Source(path, rel, source_kind(rel))


def source_kind(rel: str) -> str:
    """A source's kind from its path (relative to the content folder): its
    suffix's ('text', 'markdown', 'html'), else 'asset'. HTML files in a
    saved page's folder of resources (`Page_files/`, as browsers save them)
    are assets."""
    if rel == OWN_NOT_FOUND_PAGE:
        return "asset"
    slash, dot = rel.rfind("/"), rel.rfind(".")
    kind = DOCUMENT_SUFFIXES.get(rel[dot:].lower(), "asset") if dot > slash else "asset"
    if kind == "html" and any(part.endswith(SAVED_RESOURCES_SUFFIX) for part in rel[:max(slash, 0)].split("/")):
        return "asset"
    return kind


def classify(path: Path, rel: str) -> Source:
    """The Source for `path`: its kind from the suffix, unless it cannot be read as it is."""
    shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if shown != rel:
        return Source(path, shown, UNREADABLE, "file name is not valid UTF-8; skipped (rename it)")
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return Source(path, rel, UNREADABLE, f"cannot read: {exc.strerror or exc}; skipped")
    if not stat.S_ISREG(mode):
        return Source(path, rel, UNREADABLE, "not a regular file (a device, socket or pipe); skipped")
    return Source(path, rel, source_kind(rel))


def read_source_text(source: Source) -> tuple[str, list[str]]:
    """Read and decode one source file: newlines normalised, giant lines
    wrapped. Raises SourceError for files that are skipped."""
    if source.kind == UNREADABLE:
        raise SourceError(source.problem, source.rel)
    try:
        data = _read_bounded(os.fspath(source.path), MAX_SOURCE_BYTES)
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}; skipped", source.rel) from exc
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(f"larger than the limit of {MAX_SOURCE_BYTES} bytes; skipped", source.rel)
    text, warnings = decode(data, source.rel, declared_charset(data) if source.kind == "html" else "")
    if not text or text.isspace():
        raise SourceError(EMPTY_SOURCE, source.rel)
    if source.kind == "html":  # markup: its lines are not what is read (and a minified page is one line)
        return text, warnings
    text, wrapped = wrap_long_lines(text)
    if wrapped:
        warnings.append(f"{_lines(wrapped)}: longer than {MAX_LINE_CHARS} characters; wrapped")
    return text, warnings


def _read_bounded(path: str, limit: int) -> bytes:
    """The file's bytes, at most one more than it held when opened and than
    `limit` (so a file over the limit shows as one), with no buffered file
    object: an open, a stat and the reads."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        # Read what the file holds (bounded): asked for n bytes, read first allocates all n.
        want = min(os.fstat(fd).st_size, limit) + 1
        chunks: list[bytes] = []
        got = 0
        while got < want:
            chunk = os.read(fd, want - got)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def declared_charset(data: bytes) -> str:
    """The encoding a saved page declares (`<meta charset>` or its
    http-equiv form) in its first bytes, when Python knows it; else ''."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    if match is None:
        return ""
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return ""


def decode(data: bytes, name: str, declared: str = "") -> tuple[str, list[str]]:
    """Decode a source's bytes to text with `\n` newlines. Returns the text and any warnings.

    A byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE). Otherwise
    the `declared` encoding, when the bytes are not UTF-8 and decode in it.
    Otherwise each line is UTF-8; a line that is not is read as Windows-1252 (a superset
    of Latin-1's printable range), or, when it also holds real UTF-8, as UTF-8
    with the bad bytes replaced by U+FFFD. Every fallback is a warning naming
    the lines. Binary data is refused; stray NULs and control characters are
    removed with a warning.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return _drop_bad_chars(data[len(bom):].decode(encoding), [])
            except UnicodeDecodeError as exc:
                raise SourceError(f"invalid {encoding} at byte {exc.start + len(bom)}; skipped", name) from exc
    utf16 = _bomless_utf16(data[:SNIFF_BYTES])
    if utf16:
        try:
            return _drop_bad_chars(data.decode(utf16), [f"no byte-order mark; decoded as {utf16.upper()}"])
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: sniffed as binary below
    what = sniff_binary(data[:SNIFF_BYTES])
    if what:
        raise SourceError(f"binary data ({what}), not text; skipped", name)
    return _drop_bad_chars(*_decode_lines(data, declared))


def sniff_binary(head: bytes) -> str:
    """What binary data `head` looks like ('' for text)."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(MAX_CONTROL_SHARE * len(head), MIN_BINARY_CONTROLS):
        return "NUL and control bytes"
    return ""


def _bomless_utf16(head: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' when `head` looks like UTF-16 text without a BOM:
    many NULs, all on the same side of each byte pair."""
    if 0 not in head:  # no NULs at all (the usual case)
        return ""
    pairs = len(head) // 2
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if pairs >= MIN_UTF16_PAIRS and odd >= UTF16_NUL_SHARE * pairs and even == 0:
        return "utf-16-le"
    if pairs >= MIN_UTF16_PAIRS and even >= UTF16_NUL_SHARE * pairs and odd == 0:
        return "utf-16-be"
    return ""


def _decode_lines(data: bytes, declared: str = "") -> tuple[str, list[str]]:
    for encoding in ("utf-8", declared) if declared else ("utf-8",):
        try:
            return data.decode(encoding), []
        except UnicodeDecodeError:
            pass  # a page not in the encoding it declares: read line by line below
    out: list[str] = []
    legacy: list[int] = []
    replaced: list[int] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            if _UTF8_MULTIBYTE.search(raw):
                out.append(raw.decode("utf-8", "replace"))
                replaced.append(number)
            else:
                out.append(raw.decode("cp1252", "replace"))
                legacy.append(number)
    warnings = []
    if legacy:
        warnings.append(f"{_lines(legacy)}: not valid UTF-8; decoded as Windows-1252")
    if replaced:
        warnings.append(f"{_lines(replaced)}: invalid UTF-8 bytes replaced by U+FFFD")
    return "\n".join(out), warnings


def _drop_bad_chars(text: str, warnings: list[str]) -> tuple[str, list[str]]:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _has_bad_chars(text):
        return text, warnings
    numbers = [n for n, line in enumerate(text.split("\n"), start=1) if _BAD_CHARS.search(line)]
    warnings.append(f"{_lines(numbers)}: NUL or control characters removed")
    return _BAD_CHARS.sub("", text), warnings


def _has_bad_chars(text: str) -> bool:
    """`_BAD_CHARS.search(text)`, sooner: the control bytes looked for in
    the text's UTF-8 (one pass in C), the two noncharacters by `in`."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw.translate(None, _BAD_CONTROL_BYTES)) != len(raw) or "\ufffe" in text or "\uffff" in text


def wrap_long_lines(text: str, limit: int = MAX_LINE_CHARS) -> tuple[str, list[int]]:
    """Break lines longer than `limit` at the last space before it (or at
    the limit). Returns the text and the numbers of the lines wrapped."""
    if len(text) <= limit:  # no line can be longer
        return text, []
    lines = text.split("\n")
    wrapped = [n for n, line in enumerate(lines, start=1) if len(line) > limit]
    if not wrapped:
        return text, []
    out: list[str] = []
    for line in lines:
        while len(line) > limit:
            cut = line.rfind(" ", limit // 2, limit)
            cut = cut if cut > 0 else limit
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return "\n".join(out), wrapped


def _lines(numbers: list[int]) -> str:
    """'line 3' or 'lines 3, 7, 9 and 4 more'."""
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    shown = ", ".join(str(n) for n in numbers[:MAX_LINES_NAMED])
    more = len(numbers) - MAX_LINES_NAMED
    return f"lines {shown}" + (f" and {more} more" if more > 0 else "")
