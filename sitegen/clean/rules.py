"""Label each line of a text dump: named rules, named thresholds.

Passes run in order; each gives a line a label and the name of the rule that
decided it. `sitegen inspect` prints both.
"""

from __future__ import annotations

from datetime import datetime

from sitegen.clean import vocab
from sitegen.clean.byline import looks_like_byline
from sitegen.clean.dates import find_date
from sitegen.clean.lines import Line, fold

# Labels.
TITLE = "title"
BREADCRUMB = "breadcrumb"
DEK = "dek"
META = "meta"
BYLINE = "byline"
HEADING = "heading"
PARAGRAPH = "paragraph"
CAPTION = "caption"
BOILERPLATE = "boilerplate"
CONTENT = {PARAGRAPH, HEADING, CAPTION}

# Thresholds.
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
TITLE_SEARCH_SHARE = 0.5  # the title is in the first half of the lines
PARAGRAPH_MIN_WORDS = 12  # a line this long is text whatever its ending
SENTENCE_MIN_WORDS = 3  # a shorter line ending a sentence is text only in context
HEADING_MAX_WORDS = 14
META_MAX_WORDS = 14
BADGE_MAX_WORDS = 3


def find_title(lines: list[Line]) -> Line | None:
    """The headline: a line the page repeats (in a breadcrumb, a second copy),
    else the first line that reads like a headline."""
    limit = max(3, int(len(lines) * TITLE_SEARCH_SHARE))
    candidates = [ln for ln in lines[:limit] if _headline_like(ln)]
    for line in candidates:
        key = line.key
        if any(o is not line and o.key.endswith(key) and len(o.key) > len(key) for o in lines[: line.index]):
            line.mark(TITLE, "title_repeated_in_breadcrumb")
            return line
    for line in candidates:
        if any(o is not line and o.key == line.key for o in lines):
            line.mark(TITLE, "title_repeated")
            return line
    for line in candidates:
        line.mark(TITLE, "title_first_headline")
        return line
    return None


def _headline_like(line: Line) -> bool:
    return (TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS and not line.text.endswith(".")
            and not vocab.UI_LINE.match(line.text) and not vocab.CALL_TO_ACTION.search(line.text)
            and find_date(line.text) is None)


def mark_before_title(lines: list[Line], title: Line | None) -> list[str]:
    """Lines above the title are page chrome; a breadcrumb among them gives the section path."""
    section: list[str] = []
    if title is None:
        return section
    for line in lines[: title.index]:
        parts = [p for p in vocab.BREADCRUMB_SEPARATORS.split(line.text) if p.strip()]
        if len(parts) >= 2 and all(len(p.split()) <= TITLE_MAX_WORDS for p in parts):
            line.mark(BREADCRUMB, "breadcrumb_separators")
            section = [p.strip() for p in parts if fold(p) not in ("home", title.key)]
        else:
            line.mark(BOILERPLATE, "above_title")
    return section


def mark_by_line(lines: list[Line], reference: datetime | None) -> None:
    """Rules that read one line alone."""
    for i, line in enumerate(lines):
        if line.label:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        rule = _single_line_rule(line, nxt, reference)
        if rule:
            label, name = rule
            line.mark(label, name)


def _single_line_rule(line: Line, nxt: Line | None, reference: datetime | None) -> tuple[str, str] | None:
    if vocab.UI_LINE.match(line.text):
        return BOILERPLATE, "ui_control"
    if vocab.CALL_TO_ACTION.search(line.text):
        return BOILERPLATE, "call_to_action"
    if line.words <= META_MAX_WORDS and find_date(line.text, reference) is not None:
        return META, "date_line"
    if looks_like_byline(line.text):
        return BYLINE, "byline_by"
    if nxt is not None and _is_badged_copy(line, nxt):
        nxt.mark(CAPTION, "caption_repeated")
        return BOILERPLATE, "caption_badge_copy"
    if line.words >= PARAGRAPH_MIN_WORDS:
        return PARAGRAPH, "long_text"
    if line.words >= SENTENCE_MIN_WORDS and line.text.endswith((".", "!", "。", "！")):
        return PARAGRAPH, "sentence"
    return None


def _is_badged_copy(line: Line, nxt: Line) -> bool:
    """`line` is `nxt` with a badge ("Premium", "Video"...) glued on, or the same line twice."""
    if line.key == nxt.key:
        return True
    if not line.key.startswith(nxt.key):
        return False
    rest = line.text[len(nxt.text):].strip()
    return 0 < len(rest.split()) <= BADGE_MAX_WORDS and bool(vocab.BADGE.fullmatch(rest))


def mark_in_context(lines: list[Line]) -> None:
    """Rules for the lines left: short lines read by their neighbours."""
    for i, line in enumerate(lines):
        if line.label:
            continue
        prev = _neighbour(lines, i, -1)
        nxt = _neighbour(lines, i, +1)
        prev_text = prev is not None and prev.label in (PARAGRAPH, TITLE, DEK, CAPTION, META, BYLINE)
        next_text = nxt is not None and nxt.label == PARAGRAPH
        if line.words <= HEADING_MAX_WORDS and not line.text.endswith(".") and prev_text and next_text:
            line.mark(HEADING, "short_between_paragraphs")
        elif line.terminal and prev is not None and prev.label == PARAGRAPH:
            line.mark(PARAGRAPH, "short_sentence_after_text")
        else:
            line.mark(BOILERPLATE, "short_orphan")


def _neighbour(lines: list[Line], i: int, step: int) -> Line | None:
    """The nearest line in direction `step` that is not page chrome."""
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].label != BOILERPLATE or lines[j].rule not in ("ui_control",):
            return lines[j]
        j += step
    return None


def mark_dek(lines: list[Line], title: Line | None) -> None:
    """The paragraph right under the title, when a caption, byline or date
    follows it before the text starts, is the standfirst."""
    if title is None:
        return
    after = [ln for ln in lines[title.index + 1:] if ln.label != BOILERPLATE]
    if len(after) >= 2 and after[0].label == PARAGRAPH and after[1].label in (CAPTION, META, BYLINE):
        after[0].mark(DEK, "dek_before_figure_or_meta")


def mark_title_copies(lines: list[Line], title: Line | None) -> None:
    if title is None:
        return
    for line in lines:
        if line is not title and line.key == title.key:
            line.mark(BOILERPLATE, "title_copy")

