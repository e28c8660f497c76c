"""Render plain Markdown (paragraphs and ATX headings of plain text) directly.

Much prose is written without any markup but headings: no links, emphasis,
lists, quotes, code, tables or HTML. For such a body Python-Markdown's
output (with the extensions sitegen uses) is known in advance: each run of
lines is a `<p>`, each `## Heading` line an `<h2>` with the `toc`
extension's id, joined by newlines. `plain_html(body)` gives that output
and its headings without running the parser, or None when the body
holds anything that might be markup: a character some construct needs, a
line that starts like a block construct or ends in spaces, or a `#` line of
another shape. Then Python-Markdown renders it. `tests/test_mdplain.py`
checks the output equals Python-Markdown's on generated bodies.
"""

from __future__ import annotations

import re

from markdown.extensions.toc import slugify, unique

# Characters some Markdown construct (inline, block, or an extension's) needs.
MARKUP_CHARS = "`*_[]<>&\\|{}~"
# A line starting like a list, quote, definition, setext underline or indented block.
_BLOCK_START = re.compile(r"\n(?:[-+=:]|\d+[.)]| )")
_ASCII_PLAIN = bytes(range(0x20, 0x7F)) + b"\n"  # printable ASCII and newlines
_HEADING = re.compile(r"(#{1,6}) (?=\S)([^#\n]*)")  # "## Text" with no other "#" and no trailing space
TOC_SEPARATOR = "-"


Heading = tuple[int, str, str]  # level, text, id


def plain_html(body: str) -> tuple[str, list[Heading]] | None:
    """Python-Markdown's HTML and headings (in order, as its `toc` lists
    them) for a plain `body`, or None."""
    if maybe_markup(body):
        return None
    out: list[str] = []
    headings: list[Heading] = []
    ids: set[str] = set()
    counters: dict[str, int] = {}
    para: list[str] = []

    def end_paragraph() -> None:
        if para:
            out.append(f"<p>{chr(10).join(para)}</p>")
            para.clear()

    for line in body.split("\n"):
        if not line:
            end_paragraph()
        elif line[0] == "#":
            heading = _HEADING.fullmatch(line)
            if heading is None:
                return None
            end_paragraph()
            level, text = len(heading.group(1)), heading.group(2)
            name = " ".join(text.split())  # as `toc` names it
            anchor = unique(slugify(name, TOC_SEPARATOR), ids, counters)
            out.append(f'<h{level} id="{anchor}">{text}</h{level}>')
            headings.append((level, name, anchor))
        else:
            para.append(line)
    end_paragraph()
    return "\n".join(out), headings


def maybe_markup(body: str) -> bool:
    """Whether `body` holds anything that might be markup: a markup character,
    a block construct's line start, a line ending in a space, or any
    whitespace but spaces and newlines, control or format character (the
    parser's placeholders are control characters)."""
    if any(char in body for char in MARKUP_CHARS):
        return True
    if body.isascii():
        if body.encode("ascii").translate(None, _ASCII_PLAIN):  # what is left is a control character
            return True
    elif not body.replace("\n", "").isprintable():  # also false for non-ASCII spaces and format characters
        return True
    return " \n" in body or body.endswith(" ") or _BLOCK_START.search("\n" + body) is not None
