"""Encodings: BOMs, UTF-16, Windows-1252, Latin-1, invalid bytes, NULs.
Every fallback is reported with the file and line; nothing turns silently into mojibake."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitegen.errors import SourceError
from sitegen.sources import _BAD_CHARS, _has_bad_chars, decode, wrap_long_lines
from tests.conftest import documents, run_sitegen

FIXTURES = Path(__file__).parent / "fixtures" / "input"
ENCODED = ["utf8-bom.md", "utf16-le.txt", "utf16-be.txt", "cp1252.txt", "latin1.txt", "invalid-utf8.txt",
           "nul-bytes.txt"]


def test_utf8_bom_is_dropped_and_front_matter_still_parsed() -> None:
    text, warnings = decode((FIXTURES / "utf8-bom.md").read_bytes(), "utf8-bom.md")
    assert text.startswith("---\ntitle: Café with a BOM") and warnings == []


@pytest.mark.parametrize("name", ["utf16-le.txt", "utf16-be.txt"])
def test_utf16_with_bom(name: str) -> None:
    text, warnings = decode((FIXTURES / name).read_bytes(), name)
    assert text.startswith("Grüße from UTF-16") and "Ünïcödé." in text and warnings == []


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_and_reported(encoding: str) -> None:
    text, warnings = decode("A title\n\nSome text, long enough.\n".encode(encoding), "x.txt")
    assert text == "A title\n\nSome text, long enough.\n"
    assert warnings == [f"no byte-order mark; decoded as {encoding.upper()}"]


def test_windows_1252_smart_quotes_and_dashes_with_a_warning_naming_the_line() -> None:
    text, warnings = decode((FIXTURES / "cp1252.txt").read_bytes(), "cp1252.txt")
    assert "It’s a “quoted” phrase – with a dash." in text
    assert warnings == ["line 3: not valid UTF-8; decoded as Windows-1252"]


def test_latin1_reads_as_windows_1252() -> None:
    text, warnings = decode((FIXTURES / "latin1.txt").read_bytes(), "latin1.txt")
    assert "Café crème brûlée, © 2024." in text
    assert warnings == ["line 3: not valid UTF-8; decoded as Windows-1252"]


def test_invalid_byte_in_utf8_keeps_the_real_utf8_and_names_the_line() -> None:
    text, warnings = decode((FIXTURES / "invalid-utf8.txt").read_bytes(), "invalid-utf8.txt")
    assert text.startswith("Valid UTF-8 title — naïve") and "Ünïcödé." in text
    assert "A bad \ufffd byte on line 4 beside café." in text  # no mojibake like 'cafÃ©'
    assert warnings == ["line 4: invalid UTF-8 bytes replaced by U+FFFD"]


def test_mixed_file_decodes_each_line_by_itself() -> None:
    data = "naïve UTF-8 line\n".encode() + b"caf\xe9 in Windows-1252\n" * 7
    text, warnings = decode(data, "mixed.txt")
    assert text.split("\n")[:2] == ["naïve UTF-8 line", "café in Windows-1252"]
    assert warnings == ["lines 2, 3, 4, 5, 6 and 2 more: not valid UTF-8; decoded as Windows-1252"]


def test_stray_nul_bytes_are_removed_with_a_warning() -> None:
    text, warnings = decode((FIXTURES / "nul-bytes.txt").read_bytes(), "nul-bytes.txt")
    assert "A line with a NUL in it." in text and "\x00" not in text
    assert warnings == ["line 4: NUL or control characters removed"]


@pytest.mark.parametrize("data", [
    (FIXTURES / "binary.txt").read_bytes(),
    (FIXTURES / "binary-noise.md").read_bytes(),
    b"%PDF-1.7\n" + bytes(200),
])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(SourceError, match=r"^x\.txt: binary data \(.+\), not text; skipped$"):
        decode(data, "x.txt")


def test_invalid_utf16_names_the_byte() -> None:
    with pytest.raises(SourceError, match="invalid utf-16-le at byte 6; skipped"):
        decode(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xdc", "x.txt")


def test_long_lines_are_wrapped_at_a_space() -> None:
    text, wrapped = wrap_long_lines("short\n" + "word " * 50 + "\nend", limit=60)
    lines = text.split("\n")
    assert wrapped == [2] and all(len(line) <= 60 for line in lines)
    assert " ".join(lines[1:-1]).split() == ["word"] * 50 and lines[-1] == "end"


def test_build_reads_every_encoding_and_reports_each_fallback(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "out"
    content.mkdir()
    for name in ENCODED:
        shutil.copy(FIXTURES / name, content / name)
    proc = run_sitegen("build", "--content", content, "--out", out, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr  # fallbacks are warnings
    assert "warning: cp1252.txt: line 3: not valid UTF-8; decoded as Windows-1252" in proc.stderr
    assert "warning: invalid-utf8.txt: line 4: invalid UTF-8 bytes replaced by U+FFFD" in proc.stderr
    assert "warning: nul-bytes.txt: line 4: NUL or control characters removed" in proc.stderr
    titles = {e["source"]: e["title"] for e in documents(out)}
    assert titles["utf8-bom.md"] == "Café with a BOM"
    assert titles["utf16-le.txt"] == "Grüße from UTF-16 LE" and titles["utf16-be.txt"] == "Grüße from UTF-16 BE"
    page = (out / "cp1252" / "index.html").read_text(encoding="utf-8")
    assert "It’s a “quoted” phrase – with a dash." in page
    strict = run_sitegen("build", "--strict", "--content", content, "--out", out, cwd=tmp_path)
    assert strict.returncode == 1 and "cp1252.txt: line 3" in strict.stderr


@given(st.text(alphabet=st.sampled_from([chr(c) for c in range(0x28)] + list("aé東\ufffd\ufffe\uffff\x7f\x85\u2028")),
               max_size=30))
def test_the_quick_bad_character_check_agrees_with_the_pattern(text: str) -> None:
    assert _has_bad_chars(text) == bool(_BAD_CHARS.search(text))
