"""Text whose UTF-8 was read as Latin-1 or Windows-1252 on its way into the
dump ("donâ\x80\x99t", "cafÃ©", "â€œquotedâ€\x9d"): each such sequence is
read back as the character it encodes ("don’t", "café")."""

from __future__ import annotations

import re

# Each character a byte 0x80-0xFF reads as, in Latin-1 (all of them) and in Windows-1252 ("€" for 0x80).
# (The five bytes Windows-1252 leaves undefined decode to nothing there.)
_BYTE = {chr(b): b for b in range(0x80, 0x100)} | {
    c: b for b in range(0x80, 0xA0) if (c := bytes([b]).decode("cp1252", errors="ignore"))}
_CONTINUATION = "".join(re.escape(c) for c, b in _BYTE.items() if 0x80 <= b <= 0xBF)
# A UTF-8 lead byte read as a character ("Â".."ô"), then one to three continuation bytes read as characters.
_MISREAD = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")


# What misread text encodes: Latin letters and signs ("é", "£"), punctuation, currency and letterlike signs
# ("’", "—", "€", "™"), and characters beyond the 16-bit plane (emoji). Other characters a "misread" sequence would
# decode to are what correct text holds there ("BEYONCÉ’S" is no "BEYONCɒS", "Touché”…" no "Touch锅").
_LIKELY = ((0x80, 0x17F), (0x2000, 0x20CF), (0x2100, 0x214F), (0x10000, 0x10FFFF))


def _decoded(match: re.Match[str]) -> str:
    """The character the bytes `match` was read from encode, when they encode one of `_LIKELY`; else the match."""
    misread = match.group()
    try:
        char = bytes(_BYTE[c] for c in misread).decode("utf-8")
    except UnicodeDecodeError:
        return misread
    return char if any(low <= ord(char) <= high for low, high in _LIKELY) else misread


def repair_misread_utf8(text: str) -> str:
    """`text` with each UTF-8 sequence read byte by byte as Latin-1 or
    Windows-1252 characters read back as what it encodes; ASCII text and
    text free of such sequences come back as they are."""
    if text.isascii():
        return text
    return _MISREAD.sub(_decoded, text)
