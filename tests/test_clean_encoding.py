"""UTF-8 misread as Latin-1 or Windows-1252 is read back."""

from __future__ import annotations

from sitegen.clean import clean
from sitegen.clean.encoding import repair_misread_utf8
from tests.test_clean_rules import article


def test_utf8_misread_byte_by_byte_is_read_back() -> None:
    assert repair_misread_utf8("don\u00e2\u0080\u0099t") == "don\u2019t"  # as Latin-1: C1 controls
    assert repair_misread_utf8("\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d") == "\u201cquoted\u201d"  # Windows-1252
    assert repair_misread_utf8("caf\u00c3\u00a9 \u00f0\u009d\u0095\u008f") == "caf\u00e9 \U0001d54f"
    for text in ("São Paulo, naïve, élan", "Ã o", "plain text", "Â", "BEYONCÉ’S NEW ALBUM", "“Touché”… she said",
                 "“Olé”—the crowd roared", "Gruß°", "EMPLOYÉ·E"):
        assert repair_misread_utf8(text) == text, text


def test_a_page_misread_as_latin_1_reads_as_written() -> None:
    line = "The mayor said the plan wouldn\u00e2\u0080\u0099t pass before the summer, and the council agreed."
    kept = " ".join(b.text for b in clean(article(line)).blocks)
    assert "wouldn\u2019t pass" in kept and "\u00e2" not in kept
