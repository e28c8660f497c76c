"""Keep hostile Markdown from making the parser slow or recurse too deeply.

Python-Markdown recurses once per level of blockquote or list nesting, and
its link and inline-HTML patterns rescan the rest of a paragraph for every
unmatched `[` or `<`: work that grows with (brackets x paragraph length).
Before parsing, `guard()` makes two deterministic, explainable changes, each
reported as a warning naming the line:

- nesting deeper than MAX_NESTING levels (`>` markers, indentation) is
  flattened to that depth;
- when a document's inline work (the characters those patterns would scan,
  see `inline_work`) is over MAX_INLINE_WORK, the paragraphs with the most
  work are taken out before parsing (a placeholder stands in) and put back
  after it as escaped plain text, until the work is under the limit.

Fenced code is left alone.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass

MAX_NESTING = 16  # blockquote/list levels kept
INDENT = 4  # columns per nesting level of indentation
MAX_INLINE_WORK = 500_000  # characters rescanned (see inline_work), summed: about a second at worst

_PLACEHOLDER = re.compile(r"<p>(sitegenplain[0-9a-f]{12}n\d+)</p>")
_OPENERS = re.compile(r"[\[<]")
_MARKS = re.compile(r"[\[\]<>]")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CONTAINER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
# Each nesting level takes at least one character of a line's run of
# markers and indentation (a tab is at most one level of indentation): a
# line whose run is shorter than this cannot be nested too deeply.
_DEEP_RUN = rf"[ \t>*+\-0-9.)]{{{MAX_NESTING + 1}}}"
_DEEP_FIRST, _DEEP_LATER = re.compile(_DEEP_RUN), re.compile("\n" + _DEEP_RUN)  # "\n" first: a fast search


@dataclass
class _Para:
    first: int  # index of its first line
    last: int  # index after its last line
    work: int


@dataclass(frozen=True)
class Guarded:
    """A Markdown body made safe to parse. `plain` maps each placeholder line
    left in `body` to the (escaped) HTML paragraph that replaces it after
    parsing; `restore()` puts them in."""

    body: str
    warnings: list[str]
    plain: dict[str, str]

    def restore(self, html: str) -> str:
        if not self.plain:
            return html
        return _PLACEHOLDER.sub(lambda m: self.plain.get(m.group(1), m.group()), html)


def guard(body: str, first_line: int = 1) -> Guarded:
    """Make `body` safe to parse. `first_line` is the file line number of
    the body's first line (for the warnings)."""
    deep = _DEEP_FIRST.match(body) or _DEEP_LATER.search(body)
    if not deep and len(body) * (body.count("[") + body.count("<")) <= MAX_INLINE_WORK:
        return Guarded(body, [], {})  # no line deep enough to flatten, too little work to limit (see inline_work)
    return full_guard(body, first_line)


def full_guard(body: str, first_line: int = 1) -> Guarded:
    """`guard` without its early exit (for documents that may need it)."""
    lines = body.split("\n")
    code = _code_lines(lines)
    warnings: list[str] = []
    flattened = [i for i, line in enumerate(lines) if not code[i] and _flatten(lines, i)]
    if flattened:
        warnings.append(f"{_where(flattened, first_line)}: nested more than {MAX_NESTING} levels deep; "
                        "flattened")
    plain = _limit_inline_work(lines, code, hashlib.sha1(body.encode("utf-8", "replace")).hexdigest()[:12])
    if plain:
        warnings.append(f"{_where(sorted(plain.values()), first_line)}: too many `[` or `<` for the parser; "
                        "paragraph shown as plain text")
    paragraphs: dict[str, str] = {}
    for token, i in plain.items():
        paragraphs[token] = f"<p>{html.escape(lines[i], quote=False)}</p>"
        lines[i] = token
    return Guarded("\n".join(lines), warnings, paragraphs)


def _code_lines(lines: list[str]) -> list[bool]:
    """Which lines are inside fenced code blocks (fences included)."""
    out: list[bool] = []
    fence = ""
    for line in lines:
        match = _FENCE.match(line)
        if fence:
            out.append(True)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = ""
        else:
            out.append(bool(match))
            fence = match.group(1) if match else ""
    return out


def _flatten(lines: list[str], i: int) -> bool:
    """Cut line `i`'s container markers (`>`, list bullets and numbers) and
    indentation to MAX_NESTING levels in all. True when it changed."""
    line = lines[i]
    pos, markers = 0, []
    while match := _CONTAINER.match(line, pos):
        markers.append(match.group().strip())
        pos = match.end()
    rest = line[pos:]
    lead = len(line) - len(line.lstrip(" \t"))
    lead_columns = len(line[:lead].expandtabs(INDENT)) if markers else 0
    rest_columns = len(rest[:len(rest) - len(rest.lstrip(" \t"))].expandtabs(INDENT))
    if len(markers) + (lead_columns + rest_columns) // INDENT <= MAX_NESTING:
        return False
    kept = markers[:MAX_NESTING]
    room = INDENT * (MAX_NESTING - len(kept))
    indent = " " * min(lead_columns if markers else rest_columns, room)
    lines[i] = indent + " ".join(kept) + (" " if kept else "") + rest.lstrip(" \t")
    return True


def _paragraphs(lines: list[str], code: list[bool]) -> list[_Para]:
    paras: list[_Para] = []
    start = None
    for i, line in enumerate([*lines, ""]):
        inside = i < len(lines) and not code[i] and line.strip() != ""
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            paras.append(_Para(start, i, inline_work("\n".join(lines[start:i]))))
            start = None
    return paras


def inline_work(text: str) -> int:
    """How many characters the parser's link and inline-HTML patterns will
    scan in paragraph `text`: each `[` scans to its `]` (or the end), each
    `<` to the next `>` (or the end)."""
    end = len(text)
    if "]" not in text and ">" not in text:  # nothing closes: every opener scans to the end
        openers = [m.start() for m in _OPENERS.finditer(text)]
        return end * len(openers) - sum(openers)
    brackets: list[int] = []
    angles: list[int] = []
    work = 0
    for match in _MARKS.finditer(text):
        char, pos = match.group(), match.start()
        if char == "[":
            brackets.append(pos)
        elif char == "]" and brackets:
            work += pos - brackets.pop()
        elif char == "<":
            angles.append(pos)
        elif char == ">" and angles:
            work += pos * len(angles) - sum(angles)
            angles.clear()
    return work + end * (len(brackets) + len(angles)) - sum(brackets) - sum(angles)


def _limit_inline_work(lines: list[str], code: list[bool], nonce: str) -> dict[str, int]:
    """Take the costliest paragraphs out of `lines` until the total work is
    within MAX_INLINE_WORK: each becomes one line holding its text (joined),
    to be swapped for a placeholder. Returns placeholder -> line index."""
    paras = _paragraphs(lines, code)
    total = sum(p.work for p in paras)
    taken: dict[str, int] = {}
    for para in sorted(paras, key=lambda p: (-p.work, p.first)):
        if total <= MAX_INLINE_WORK:
            break
        lines[para.first] = " ".join(line.strip() for line in lines[para.first:para.last])
        for i in range(para.first + 1, para.last):
            lines[i] = ""
        total -= para.work
        taken[f"sitegenplain{nonce}n{len(taken)}"] = para.first
    return taken


def _where(indexes: list[int], first_line: int) -> str:
    numbers = [first_line + i for i in indexes]
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    more = len(numbers) - 5
    return "lines " + ", ".join(map(str, numbers[:5])) + (f" and {more} more" if more > 0 else "")
