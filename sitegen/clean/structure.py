"""Labelled lines -> body blocks: paragraphs, headings, lists, captions."""

from __future__ import annotations

import re

from sitegen.clean import rules, vocab
from sitegen.clean.lines import Line
from sitegen.model import Block, BlockKind

LIST_MIN_ITEMS = 2
# Lines of a list the dump shows without markers: at least this many, one
# straight under the other (a page's paragraphs have a blank line between
# them), each short and no sentence.
UNMARKED_LIST_MIN_ITEMS = 3
UNMARKED_ITEM_MAX_WORDS = 12
_SENTENCE_END = (".", "!", "?", ":", ";", ",", '"', "\u201d", "\u3002")
TOP_HEADING_LEVEL = 2
MAX_HEADING_LEVEL = 6
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)+\.?\s")
_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def blocks(lines: list[Line]) -> list[Block]:
    out: list[Block] = []
    run: list[Line] = []
    unmarked = _unmarked_items(lines)
    for line in lines:
        if line.label in rules.CONTENT and (vocab.BULLET.match(line.text) or line.index in unmarked):
            # an item, never a heading or caption
            run.append(line)
            continue
        if line.label not in rules.CONTENT:  # a list goes on past the chrome between its items
            continue
        _flush_list(run, out)
        run = []
        if line.label == rules.PARAGRAPH:
            out.append(Block(BlockKind.PARAGRAPH, line.text))
        elif line.label == rules.HEADING:
            out.append(Block(BlockKind.HEADING, line.text, level=heading_level(line.text)))
        elif line.label == rules.CAPTION:
            text = line.text.removesuffix(line.credit).rstrip() if line.credit else line.text
            if not text or vocab.ui_line(text) or vocab.call_to_action(text):  # what is left is no caption
                text = line.text
            text = vocab.CAPTION_LEAD.sub("", text)
            out.append(Block(BlockKind.FIGURE, text, credit=line.credit))
    _flush_list(run, out)
    return out


def _unmarked_items(lines: list[Line]) -> set[int]:
    """Indexes of paragraph lines that are items of a list without markers:
    `UNMARKED_LIST_MIN_ITEMS` or more short lines, no sentences, each on the
    line right under the one before."""
    items: set[int] = set()
    run: list[Line] = []
    for line in [*lines, None]:
        if (line is not None and line.label == rules.PARAGRAPH and line.words <= UNMARKED_ITEM_MAX_WORDS
                and not line.text.endswith(_SENTENCE_END) and not vocab.BULLET.match(line.text)):
            if run and line.number != run[-1].number + 1:
                run = []
            run.append(line)
            if len(run) >= UNMARKED_LIST_MIN_ITEMS:
                items.update(ln.index for ln in run)
            continue
        run = []
    return items


def heading_level(text: str) -> int:
    """2 for a section heading; deeper for numbered subsections ("2.1", "2.1.3")."""
    match = _SECTION_NUMBER.match(text)
    depth = match.group(0).strip().rstrip(".").count(".") if match else 0
    return min(TOP_HEADING_LEVEL + depth, MAX_HEADING_LEVEL)


def _flush_list(run: list[Line], out: list[Block]) -> None:
    if len(run) >= LIST_MIN_ITEMS:
        out.append(Block(BlockKind.LIST, items=tuple(vocab.BULLET.sub("", ln.text) for ln in run)))
    else:
        out.extend(Block(BlockKind.PARAGRAPH, ln.text) for ln in run)
