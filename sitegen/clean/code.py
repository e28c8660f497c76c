"""Blocks of program code in an article: lines that read as code, not prose.
Line scores read them as chrome (short, no sentence); their shape tells them
from it, since page chrome holds no code."""

from __future__ import annotations

import itertools
import re
import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitegen.clean.lines import Line

CODE_BLOCK_MIN_LINES = 3  # code-shaped lines a block must hold
CODE_BLOCK_MIN_SHARE = 0.4  # of a block's lines that read as code (a command under each comment)
CODE_MAX_PLAIN_RUN = 2  # lines in a row that do not read as code, inside a block ("git status")
CODE_PLAIN_MAX_WORDS = 8  # such a line is short: a longer one is prose
CODE_MAX_GAP = 2  # line numbers between two lines of one block (one blank line at most)
CODE_MAX_LINES = 400  # the farthest a block reaches

_CODE = re.compile(
    r"[{};]\s*$"  # a statement's or a block's end: "int x = 1;", "if (a) {", "}"
    r"|^\s*(?://|/\*|#\s|--\s|\$\s|>>>\s|</?[a-zA-Z][\w-]*[\s>/])"  # a comment, a prompt, a markup tag
    r"|[\w\])]\.[a-zA-Z_]\w*\("  # a method's call: "client.get(", "x.ToString("
    r"|\b[a-zA-Z_]\w*\(\)"  # a call with no arguments: "main()"
    r"|\s(?:==|!=|:=|=>|->|\+=|-=|&&|\|\|)\s|\s=>$"  # operators
    r"|\w\s=\s(?![A-Z][a-z]+(?:\s[A-Z][a-z]+)*$)[\w\"'\[({-]"  # "name = value", not "T = Time Bound"
    r"|::\w|\S\s+//\s"  # a path, a comment after code: "db *sql.DB // the connection"
    r"|^[\])}]+[;,)]*$"  # a closing bracket: "})", "]"
    r"|^\s*(?:\"[^\"]*\"|'[^']*'),?$")  # a string literal, an argument on its own line: '"X-Api-Key",'


# The matches of `_CODE` that start with the line (`^`): a comment, a prompt or a tag; a closing bracket;
# a string literal.
_CODE_EDGE = re.compile(r"\s*(?://|/\*|#\s|--\s|\$\s|>>>\s|</?[a-zA-Z][\w-]*[\s>/])|[\])}]+[;,)]*$"
                        r"|\s*(?:\"[^\"]*\"|'[^']*'),?$")

_OPENS, _CLOSES = "{([", "})]"

# A Python statement that opens a line, which none of `_CODE` knows: "import pandas as pd",
# "from os import path", "def export_csv(rows):", "class Parser(Base):" (lower case: prose capitalises).
_STATEMENT = re.compile(r"(?:import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*$|from\s+[\w.]+\s+import\s+\S"
                        r"|(?:async\s+)?def\s+\w+\(.*\):$|class\s+\w+(?:\(.*\))?:$)")
_STATEMENT_FIRST = frozenset("ifdca")


# Characters one of which every match of `_CODE` at the line's start or its end needs.
_CODE_START = frozenset("/#-$><])}\"'")
_CODE_END = frozenset("{};")


def is_code_line(text: str) -> bool:
    """A line shaped as program code: an assignment, a call, a statement's
    end, a comment or a markup tag, a Python statement (`_STATEMENT`)."""
    stripped = text.strip()
    if not stripped:
        return False
    if stripped[-1] in _CODE_END:  # what `[{};]\s*$` matches (`strip` and `\s` know the same spaces)
        return True
    if _code_inside(stripped):
        return _CODE.search(text) is not None
    # Else only a match at the line's start (`_CODE_EDGE`) or a call (`_calls`) may be found.
    if stripped[0] in _CODE_START and _CODE_EDGE.match(text):
        return True
    if stripped[0] in _STATEMENT_FIRST and _STATEMENT.match(stripped):
        return True
    return "(" in stripped and ("." in stripped or "()" in stripped) and _calls(text)  # the cheap tests
    # first: most lines of prose end here


def _code_inside(text: str) -> bool:
    """`text` holds what every match of `_CODE` inside a line needs, but a call's: an "=" (an assignment,
    most operators), "//", "::", "->", "&&" or "||" (one test each, scans in C: a colon alone, common in
    prose, is no code)."""
    return "=" in text or "//" in text or "::" in text or "->" in text or "&&" in text or "||" in text


_METHOD_CALL = re.compile(r"[\w\])]\.[a-zA-Z_]\w*\(")  # `_CODE`'s calls: "client.get(", "x.ToString("
_BARE_CALL = re.compile(r"\b[a-zA-Z_]\w*\(\)")  # ... and "main()"


def _calls(text: str) -> bool:
    """`_CODE` matches a line that holds nothing else it needs (no statement's end, no comment or prompt
    at its start, no operator) only at a call: a method's (tried at each "." in turn, the one
    character before it where a match starts: prose holds few full stops) or one with no arguments."""
    if "()" in text and _BARE_CALL.search(text):
        return True
    dot = text.find(".", 1)
    while dot >= 0:
        if _METHOD_CALL.match(text, dot - 1):
            return True
        dot = text.find(".", dot + 1)
    return False


def code_block_end(texts: list[str], numbers: list[int], free: list[bool], start: int,
                   shaped: Callable[[int], bool] | None = None) -> int:
    """Where a block of code that starts at `start` ends: lines set close
    (CODE_MAX_GAP), each free (`free`: no rule took it), CODE_BLOCK_MIN_SHARE
    of them shaped as code (or within brackets a code line opened) and at most CODE_MAX_PLAIN_RUN short plain lines
    in a row, up to its last code line. `start` when no block of
    CODE_BLOCK_MIN_LINES code lines starts there. `shaped(k)`, when given,
    stands for `is_code_line(texts[k])` (a value kept per line)."""
    if shaped is None:
        shaped = lambda k: is_code_line(texts[k])  # noqa: E731
    last, code, plain_run, depth = start, 0, 0, 0
    k = start
    while k < len(texts) and k - start < CODE_MAX_LINES and free[k] \
            and (k == start or numbers[k] - numbers[k - 1] <= CODE_MAX_GAP):
        inside = depth > 0  # a line within brackets a code line opened: a struct's field, an argument
        depth = max(0, depth + sum(map(texts[k].count, _OPENS)) - sum(map(texts[k].count, _CLOSES)))
        if inside or shaped(k):
            code, plain_run, last = code + 1, 0, k + 1
        else:
            plain_run += 1
            if plain_run > CODE_MAX_PLAIN_RUN or len(texts[k].split()) > CODE_PLAIN_MAX_WORDS:
                break
        k += 1
    if code < CODE_BLOCK_MIN_LINES or code < CODE_BLOCK_MIN_SHARE * (last - start):
        return start
    return last


CODE_SHOWN_MIN_SHARE = 0.6  # of a block's lines shaped as code, for the block to be shown as code
CODE_SHOWN_MIN_STRONG = 2  # lines with a sign only code has (a call, a brace, an operator, a comment)
PROSE_MIN_SHARE = 0.6  # of a long line's words that are plain words, in prose (with code named in it)

# Signs only code has: a call "name(", a brace, an operator, an assignment, a comment or prompt, a markup tag.
_STRONG = re.compile(r"[A-Za-z_]\w*\(|[{}]|\s(?:==|!=|:=|=>|->|\+=|-=|&&|\|\|)\s|\w\s=\s|::\w"
                     r"|^\s*(?://|/\*|#|--|\$|>>>)\s|</?[a-zA-Z]")
_PLAIN_WORD = re.compile(r"^\(?[A-Za-z][a-z'’]*[,.;:!?)]*$")
_COMMENT = re.compile(r"^\s*(?://|#|/\*|\*|--)")


def _wordy(text: str) -> bool:
    """A long line mostly of plain words, no comment: prose, though it may name
    code ("... defined by Response.model_json_schema().") or read "a = b"."""
    words = text.split()
    return (len(words) >= CODE_PLAIN_MAX_WORDS and _COMMENT.match(text) is None
            and sum(1 for w in words if _PLAIN_WORD.match(w)) >= PROSE_MIN_SHARE * len(words))


def _shown_as_code(text: str) -> bool:
    return is_code_line(text) and not _wordy(text)


def code_spans(texts: list[str], numbers: list[int], shaped: Sequence[bool] | None = None) -> list[tuple[int, int]]:
    """The blocks of code among lines of text one after the other (`texts`,
    with their line `numbers`), as [start, end) spans: each opens on a code
    line and stops before a line of prose (longer than CODE_PLAIN_MAX_WORDS,
    not shaped as code, or mostly plain words: `_wordy`), CODE_SHOWN_MIN_SHARE
    of its lines are shaped as code and CODE_SHOWN_MIN_STRONG show a sign only
    code has (items of a list that end in ";" are no code), and blocks set
    close one after the other are one. `shaped`, when given, holds
    `is_code_line` of each text (kept per line)."""
    code = [is_code_line(t) for t in texts] if shaped is None else shaped
    if sum(code) < CODE_BLOCK_MIN_LINES:  # too few lines shaped as code for a block, even all of them shown
        return []
    wordy = [c and _wordy(t) for c, t in zip(code, texts, strict=True)]  # read only where the line is code-shaped
    shown = [c and not w for c, w in zip(code, wordy, strict=True)]  # `_shown_as_code`
    spans: list[tuple[int, int]] = []
    if sum(shown) < CODE_BLOCK_MIN_LINES:  # no span holds a block's worth of lines shown as code
        return spans
    free = [True] * len(texts)
    k = 0
    while k < len(texts):
        if not shown[k]:  # no block opens here: its span would be empty
            k += 1
            continue
        end = code_block_end(texts, numbers, free, k, code.__getitem__)
        end = next((j for j in range(k, end) if _prose(texts[j])), end)
        shaped_lines = sum(shown[k:end])
        strong = sum(1 for t in texts[k:end] if _STRONG.search(t))
        if end > k and shaped_lines >= CODE_BLOCK_MIN_LINES and shaped_lines >= CODE_SHOWN_MIN_SHARE * (end - k) \
                and strong >= CODE_SHOWN_MIN_STRONG:
            if spans and spans[-1][1] == k and numbers[k] - numbers[k - 1] <= CODE_MAX_GAP:
                k = spans.pop()[0]
            spans.append((k, end))
            k = end
        else:
            k += 1
    return spans


def _prose(text: str) -> bool:
    return _wordy(text) or (len(text.split()) > CODE_PLAIN_MAX_WORDS and not is_code_line(text))


_BRACKETS_ALONE = re.compile(r"^[\])}]+[;,)]*$")  # "}", "});", "]": a block's end, alone on its line


def code_text(block: Sequence[Line], source: list[str] | None) -> str:
    """The text of a block of code (its `block` of lines) as the source has it,
    from its first line to its last: the indentation kept, and the lines
    within it that other rules leave out ("}", "return", blank lines) put
    back, with the lines of brackets alone right after it. Without `source`,
    its lines one under the other."""
    if source is None:
        return "\n".join(ln.text for ln in block)
    last = block[-1].number
    while last < len(source) and _BRACKETS_ALONE.match(source[last].strip()):
        last += 1  # source[last] is line number last + 1
    kept = [line.rstrip() for line in source[block[0].number - 1:last]]
    return textwrap.dedent("\n".join(kept).expandtabs(4)).strip("\n")


def bracket_free_numbers(numbers: list[int], source: list[str] | None) -> list[int]:
    """Line `numbers` renumbered as if the source's lines between them that
    read as code were not there: brackets alone, a single word ("return",
    "else"), a code-shaped line (other rules leave those out of the text: a
    block of code goes on over them)."""
    if source is None or not numbers:
        return numbers
    out = [numbers[0]]
    for before, number in itertools.pairwise(numbers):
        skipped = sum(1 for n in range(before + 1, number) if _code_between(source[n - 1].strip()))
        out.append(out[-1] + number - before - skipped)
    return out


def _code_between(text: str) -> bool:
    return bool(text) and (_BRACKETS_ALONE.match(text) is not None or " " not in text or _shown_as_code(text))
