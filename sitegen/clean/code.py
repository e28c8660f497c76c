"""Blocks of program code in an article: lines that read as code, not prose.
Line scores read them as chrome (short, no sentence); their shape tells them
from it, since page chrome holds no code."""

from __future__ import annotations

import re

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


_OPENS, _CLOSES = "{([", "})]"


def is_code_line(text: str) -> bool:
    """A line shaped as program code: an assignment, a call, a statement's
    end, a comment or a markup tag."""
    return bool(_CODE.search(text))


def code_block_end(texts: list[str], numbers: list[int], free: list[bool], start: int) -> int:
    """Where a block of code that starts at `start` ends: lines set close
    (CODE_MAX_GAP), each free (`free`: no rule took it), CODE_BLOCK_MIN_SHARE
    of them shaped as code (or within brackets a code line opened) and at most CODE_MAX_PLAIN_RUN short plain lines
    in a row, up to its last code line. `start` when no block of
    CODE_BLOCK_MIN_LINES code lines starts there."""
    last, code, plain_run, depth = start, 0, 0, 0
    k = start
    while k < len(texts) and k - start < CODE_MAX_LINES and free[k] \
            and (k == start or numbers[k] - numbers[k - 1] <= CODE_MAX_GAP):
        inside = depth > 0  # a line within brackets a code line opened: a struct's field, an argument
        depth = max(0, depth + sum(map(texts[k].count, _OPENS)) - sum(map(texts[k].count, _CLOSES)))
        if inside or is_code_line(texts[k]):
            code, plain_run, last = code + 1, 0, k + 1
        else:
            plain_run += 1
            if plain_run > CODE_MAX_PLAIN_RUN or len(texts[k].split()) > CODE_PLAIN_MAX_WORDS:
                break
        k += 1
    if code < CODE_BLOCK_MIN_LINES or code < CODE_BLOCK_MIN_SHARE * (last - start):
        return start
    return last
