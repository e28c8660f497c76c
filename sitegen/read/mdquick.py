"""Let Python-Markdown skip the patterns that cannot match a piece of text.

Python-Markdown tries every inline pattern on every run of text, and every
block processor on every block, each a regular expression search (some of
them slow: the backtick pattern tries a look-behind at every character).
Most prose holds none of the characters those patterns need: a link needs a
`[`, code a backtick, emphasis a `*` or `_`. `quicken(md)` gives each known
pattern and processor a prefilter: the substrings one of which must be in
the text for it to match. Without any, the pattern is not tried, which is
what trying it and failing would have done: the HTML is the same, only
sooner (`tests/test_mdquick.py` checks that on generated Markdown).

Patterns and processors not named here (a later extension, a new version)
are always tried.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from typing import Any

import markdown
from markdown import util
from markdown.preprocessors import NormalizeWhitespace
from markdown.treeprocessors import InlineProcessor

# Inline pattern -> substrings one of which its expression needs.
INLINE_NEEDS: dict[str, tuple[str, ...]] = {
    "backtick": ("`",),
    "escape": ("\\",),
    "footnote": ("[^",),
    "reference": ("[",),
    "link": ("[",),
    "image_link": ("![",),
    "image_reference": ("![",),
    "short_reference": ("[",),
    "short_image_ref": ("![",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n",),
    "html": ("<",),
    "entity": ("&",),
    "em_strong": ("*", "_"),
    "em_strong2": ("_",),
    "not_strong": ("*", "_"),
    "strong_em": ("*",),
    "em": ("*",),
    "strong": ("*",),
}

# Block processor -> substrings one of which a block needs for the
# processor to take it (its `test`, or for those whose `test` always says
# yes, its `run` that hands the block back untouched when its expression
# finds nothing).
BLOCK_NEEDS: dict[str, tuple[str, ...]] = {
    "quote": (">",),
    "hashheader": ("#",),
    "setextheader": ("\n=", "\n-"),
    "hr": ("-", "_", "*"),
    "deflist": (":",),
    "table": ("|",),
    "reference": ("[",),
    "footnote": ("[^",),
    "abbr": ("*[",),
    "markdown_block": ("\x02",),  # md_in_html: a stashed HTML block's placeholder
}

# Preprocessor -> substrings one of which the text needs for it to change anything.
PRE_NEEDS: dict[str, tuple[str, ...]] = {
    "fenced_code_block": ("```", "~~~"),
    "html_block": ("<", "&"),  # tags and character references; other text passes as it is
}

# Fewer elements than this cannot nest deep enough to exhaust Python's
# recursion limit (1000 frames) in the toc extension's marker search.
SHALLOW_TREE = 300
_HANDLE_INLINE = "_InlineProcessor__handleInline"
_SPACES_LINE = re.compile(r"(?<=\n) +\n")


class QuickInlineProcessor(InlineProcessor):
    """Python-Markdown's inline processor, skipping the patterns whose
    needed substrings are not in the text."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self._patterns: list[tuple[Any, tuple[str, ...]]] = []

    def run(self, tree: Any, ancestors: list[str] | None = None) -> Any:
        # The patterns, with their prefilters, in the registry's order, taken
        # afresh for each document (an extension may add some as it parses).
        registry = self.inlinePatterns
        patterns: list[tuple[Any, tuple[str, ...]]] = [(pattern, ()) for pattern in registry]
        for name, needs in INLINE_NEEDS.items():
            if name in registry:
                at = registry.get_index_for_name(name)
                patterns[at] = (patterns[at][0], needs)
        self._patterns = patterns
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        """`InlineProcessor.__handleInline`, with the prefilter."""
        if isinstance(data, util.AtomicString):
            return data
        apply: Callable[..., tuple[str, bool, int]] = self._InlineProcessor__applyPattern  # type: ignore[attr-defined]
        patterns = self._patterns
        count = len(patterns)
        start = 0
        while patternIndex < count:
            pattern, needs = patterns[patternIndex]
            if needs and not any(s in data for s in needs):
                patternIndex += 1
                start = 0
                continue
            data, matched, start = apply(pattern, data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data


class QuickNormalizeWhitespace(NormalizeWhitespace):
    """`NormalizeWhitespace`, its slow pattern (a look-behind at every
    character) run only on text with a line of spaces."""

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines)
        source = source.replace(util.STX, "").replace(util.ETX, "")
        source = source.replace("\r\n", "\n").replace("\r", "\n") + "\n\n"
        source = source.expandtabs(self.md.tab_length)
        if " \n" in source:
            source = _SPACES_LINE.sub("\n", source)
        return source.split("\n")


def _quick_toc(toc: Any) -> None:
    """Without its marker (`[TOC]`) in a small document, the toc extension's
    own HTML (`md.toc`, unused here) is not made; ids and `toc_tokens` are.
    A document of SHALLOW_TREE elements or more goes the whole way: the
    marker search recurses once per level of nesting, and a deep enough
    tree makes it fail (the reader then shows the text plain), as before."""
    run = toc.run

    def quick_run(doc: Any) -> Any:
        marker = toc.marker
        if not marker:
            return run(doc)
        for count, el in enumerate(doc.iter()):
            if count >= SHALLOW_TREE or (el.text and marker in el.text):
                return run(doc)
        toc.marker = ""
        toc.build_toc_div = _empty_div
        try:
            return run(doc)
        finally:
            toc.marker = marker
            del toc.build_toc_div

    toc.run = quick_run


def _empty_div(toc_list: Any) -> Any:
    return etree.Element("div")


def _skipped(run: Callable[[list[str]], list[str]], needs: tuple[str, ...]) -> Callable[[list[str]], list[str]]:
    def quick_run(lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        return run(lines) if any(s in text for s in needs) else text.split("\n")

    return quick_run


def _guarded(test: Callable[[Any, str], bool], needs: tuple[str, ...]) -> Callable[[Any, str], bool]:
    def quick_test(parent: Any, block: str) -> bool:
        return any(s in block for s in needs) and test(parent, block)

    return quick_test


def quicken(md: markdown.Markdown) -> markdown.Markdown:
    """Give `md` (its extensions loaded) the prefilters; returns it. Left
    as it is when this Python-Markdown lacks the hook it needs."""
    priority = _priority_of(md.treeprocessors, "inline")
    if priority is None or not callable(getattr(InlineProcessor, _HANDLE_INLINE, None)):
        return md
    md.treeprocessors.register(QuickInlineProcessor(md), "inline", priority)
    blocks = md.parser.blockprocessors
    for name, needs in BLOCK_NEEDS.items():
        if name in blocks:
            processor = blocks[name]
            processor.test = _guarded(processor.test, needs)  # type: ignore[method-assign,assignment]
    pre = md.preprocessors
    for name, needs in PRE_NEEDS.items():
        if name in pre:
            pre[name].run = _skipped(pre[name].run, needs)  # type: ignore[method-assign,assignment]
    priority = _priority_of(pre, "normalize_whitespace")
    if priority is not None and type(pre["normalize_whitespace"]) is NormalizeWhitespace:
        pre.register(QuickNormalizeWhitespace(md), "normalize_whitespace", priority)
    if "toc" in md.treeprocessors:
        _quick_toc(md.treeprocessors["toc"])
    return md


def _priority_of(registry: Any, name: str) -> float | None:
    """The priority `name` was registered with (None: not there, or a
    registry without the attribute this reads)."""
    return next((item.priority for item in getattr(registry, "_priority", ()) if item.name == name), None)
