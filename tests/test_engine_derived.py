"""What the engine keeps instead of bodies gives what the bodies give: the
feed's summary from a document's lead, the manifest through the C encoder."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sitegen import feeds
from sitegen.generations import Manifest, read_manifest
from sitegen.model import LEAD_CHARS, Block, BlockKind, Document, Meta, Page, count_words
from sitegen.stages import LightDocument
from sitegen.write import MANIFEST

TEXT = st.text(alphabet=st.sampled_from("ab c,.;:\n\t  東é"), max_size=3 * LEAD_CHARS)


def summary_from_body(text: str, limit: int) -> str:
    """`feeds.summary_of` as it reads a whole body."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(",;:.") + "…"


@given(TEXT, st.integers(min_value=1, max_value=LEAD_CHARS))
def test_summary_from_the_lead_equals_the_summary_from_the_body(text: str, limit: int) -> None:
    doc = Document("a.md", Meta(title="A"), (Block(BlockKind.PARAGRAPH, text=text),))
    light = LightDocument("a.md", doc.meta, (), lead_text=doc.lead)
    expected = summary_from_body(doc.plain_text, limit)
    assert feeds.summary_of(Page(doc, "a/", "a/index.html"), limit) == expected
    assert feeds.summary_of(Page(light, "a/", "a/index.html"), limit) == expected


@given(TEXT)
def test_word_counts_agree_with_the_per_word_rule(text: str) -> None:
    # each word counts once, or once per CJK character when it holds more than one
    assert count_words(text) == sum(max(1, token.count("東")) for token in text.split())


def test_manifest_is_json_one_file_a_line() -> None:
    for manifest in (Manifest(["a/index.html", 'b/"ü".html'], 7, ["a/index.html"], []), Manifest()):
        text = manifest.dumps()
        assert text == json.dumps({"files": manifest.files, "generation": manifest.generation,
                                   "changed": manifest.changed, "removed": manifest.removed}, indent=0) + "\n"


def test_manifest_reads_back(tmp_path: Path) -> None:
    manifest = Manifest(["x.html", "y/z.html"], 3, ["x.html"], ["old.html"])
    (tmp_path / MANIFEST).write_text(manifest.dumps(), encoding="utf-8")
    assert read_manifest(tmp_path) == manifest
