"""Labelled lines -> body blocks: paragraphs, headings, lists, captions, code."""

from __future__ import annotations

import itertools
import re

from sitegen.clean import code, rules, vocab
from sitegen.clean.lines import Line
from sitegen.model import Block, BlockKind

LIST_MIN_ITEMS = 2
# Lines of a list the dump shows without markers: at least this many, one
# straight under the other (a page's paragraphs have a blank line between
# them), each short and no sentence.
UNMARKED_LIST_MIN_ITEMS = 3
UNMARKED_ITEM_MAX_WORDS = 25
_INNER_SENTENCE_END = re.compile(r"[.!?] +[A-Z]")
_SENTENCE_END = (".", "!", "?", ":", ";", ",", '"', "\u201d", "\u3002")
TOP_HEADING_LEVEL = 2
MAX_HEADING_LEVEL = 6
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)+\.?\s")
_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def blocks(lines: list[Line], source: list[str] | None = None) -> list[Block]:
    """The body's blocks from the labelled `lines`; `source`: the text's lines as
    they were (`text.split("\n")`), from which a block of code keeps its
    indentation and the lines of brackets alone between its lines."""
    out: list[Block] = []
    run: list[Line] = []
    unmarked = _unmarked_items(lines)
    code_blocks = _code_blocks(lines, source)
    in_code = {ln.index for block in code_blocks.values() for ln in block}
    for line in lines:
        if line.index in in_code:
            if line.index in code_blocks:
                _flush_list(run, out)
                run = []
                out.append(Block(BlockKind.CODE, code.code_text(code_blocks[line.index], source)))
            continue
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


def _code_blocks(lines: list[Line], source: list[str] | None) -> dict[int, list[Line]]:
    """Blocks of program code among the text's paragraphs, by the index of
    their first line (`code.code_spans` over each stretch of paragraph lines
    that no heading or caption breaks; `source` as for `blocks`)."""
    found: dict[int, list[Line]] = {}
    content = [ln for ln in lines if ln.label in rules.CONTENT]
    for is_text, group in itertools.groupby(content, key=lambda ln: ln.label == rules.PARAGRAPH):
        stretch = list(group)
        if not is_text or len(stretch) < code.CODE_BLOCK_MIN_LINES:
            continue
        numbers = code.bracket_free_numbers([ln.number for ln in stretch], source)
        for start, end in code.code_spans([ln.text for ln in stretch], numbers, [ln.code for ln in stretch]):
            found[stretch[start].index] = stretch[start:end]
    return found


def _unmarked_items(lines: list[Line]) -> set[int]:
    """Indexes of paragraph lines that are items of a list without markers: a
    block of `UNMARKED_LIST_MIN_ITEMS` or more paragraph lines, each right
    under the one before, all of them short and none a sentence or holding
    the end of one (wrapped prose does)."""
    items: set[int] = set()
    if not _spaces_paragraphs(lines):  # lines one under the other tell nothing here
        return items
    block: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.label == rules.PARAGRAPH and (not block or line.number == block[-1].number + 1):
            block.append(line)
            continue
        if len(block) >= UNMARKED_LIST_MIN_ITEMS and all(map(_item_like, block)):
            items.update(ln.index for ln in block)
        block = [line] if line is not None and line.label == rules.PARAGRAPH else []
    return items


def _item_like(line: Line) -> bool:
    text = line.text
    return (line.words <= UNMARKED_ITEM_MAX_WORDS and not text.endswith(_SENTENCE_END)
            and not _INNER_SENTENCE_END.search(text) and not vocab.BULLET.match(text))


def _spaces_paragraphs(lines: list[Line]) -> bool:
    """Most of the page's long paragraphs have a blank line above them (or it has none)."""
    spaced = tight = 0
    for before, line in itertools.pairwise(lines):
        if line.label == rules.PARAGRAPH and line.words > UNMARKED_ITEM_MAX_WORDS:
            if line.number > before.number + 1:
                spaced += 1
            else:
                tight += 1
    return spaced >= tight


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
