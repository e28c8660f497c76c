"""The Markdown reader's shortcuts change nothing: Python-Markdown with the
prefilters (`sitegen.read.mdquick`) gives the HTML and outline it gives
without them, and `guard`'s early exit returns what the full guard does."""

from __future__ import annotations

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitegen.read import mdguard
from sitegen.read.markdown import EXTENSION_CONFIGS, EXTENSIONS
from sitegen.read.mdquick import (
    BLOCK_NEEDS,
    INLINE_NEEDS,
    PRE_NEEDS,
    QuickInlineProcessor,
    QuickNormalizeWhitespace,
    quicken,
)

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Pieces of Markdown syntax that every pattern and block processor reacts to.
PIECES = ["word", "two words", " ", "  ", "\n", "\n\n", "*", "**", "_", "__", "`", "``", "[", "]", "(", ")",
          "![", "<", ">", "&", "&amp;", "#", "## ", "\n# ", "-", "---", "\n---\n", "===", "\n===", "|", " | ",
          ":", "\n: ", "[^1]", "\n[^1]: note", "\n*[HTML]: Hyper Text", "HTML", "\\", "\\*", "1. ", "\n1. ",
          "\n- ", "\n* ", "    ", "\t", "{: #id }", '<div markdown="1">', "</div>", "<b>", "</b>",
          "http://x.org", "<http://x.org>", "<a@b.c>", "\n[a]: http://y", "[a]", "[a][]", "[x](http://z)",
          "```", "\n```\n", "~~~", "'", '"', "  \n", "<!-- c -->", "&#65;", "[TOC]", "\n> ", "é", "東"]
MARKDOWN = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def plain() -> markdown.Markdown:
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


PLAIN, QUICK = plain(), quicken(plain())


def convert(md: markdown.Markdown, text: str) -> tuple[str, object]:
    html = md.reset().convert(text)
    return html, getattr(md, "toc_tokens", None)


@SETTINGS
@given(MARKDOWN)
@example("A [link](http://a.org) and `code` and *em* and a_b and &amp; and <b>x</b>  \nbr")
@example("*[HTML]: Hyper Text\n\nHTML in a sentence, and *HTML* again.")
@example("Term\n: its definition\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[TOC]\n\n# Head {: #x }")
@example("Text[^1].\n\n[^1]: The note, with a [ref].\n\n[ref]: http://r.org 'Title'")
@example('<div markdown="1">\n*inside*\n</div>\n\nSetext\n---\n\n***\n\n> quote\n> # in it')
def test_prefilters_give_the_same_html(text: str) -> None:
    assert convert(QUICK, text) == convert(PLAIN, text)


def test_the_prefilters_are_in_place() -> None:
    md = quicken(plain())
    assert isinstance(md.treeprocessors["inline"], QuickInlineProcessor)
    assert list(md.treeprocessors).index(md.treeprocessors["inline"]) == list(PLAIN.treeprocessors).index(
        PLAIN.treeprocessors["inline"])
    # Every pattern and processor our extensions bring has a prefilter, or is
    # known to need none (tried always): a new one is noticed here.
    always = {"markdown_block", "empty", "indent", "defindent", "code", "olist", "ulist", "paragraph"}
    assert {item.name for item in md.inlinePatterns._priority} <= INLINE_NEEDS.keys()
    assert {item.name for item in md.parser.blockprocessors._priority} <= BLOCK_NEEDS.keys() | always
    assert isinstance(md.preprocessors["normalize_whitespace"], QuickNormalizeWhitespace)
    assert {item.name for item in md.preprocessors._priority} == PRE_NEEDS.keys() | {"normalize_whitespace"}
    assert md.treeprocessors["toc"].run.__name__ == "quick_run"


def test_a_prefiltered_pattern_still_matches_when_its_text_is_there() -> None:
    html, _ = convert(QUICK, "a `b` [c](http://d) *e* <f@g.h> &copy;")
    assert "<code>b</code>" in html and 'href="http://d"' in html and "<em>e</em>" in html
    assert "&#109;&#97;&#105;&#108;" in html and "&copy;" in html  # mailto:, obfuscated


GUARD_PIECES = ["x", " ", "  ", "\t", "\n", "\n\n", ">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "[", "]", "<", ">",
                "```\n", "~~~\n", "    "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GUARD_PIECES), max_size=120).map("".join), st.integers(0, 40))
@example(" " * 70 + "x", 0)
@example("> " * 20 + "x", 0)
@example("\t" * 17 + "- x", 0)
def test_guard_early_exit_matches_the_full_guard(body: str, repeat: int) -> None:
    body = body + ("[" * 800 + "\n\n") * (repeat // 20)
    assert mdguard.guard(body, 3) == mdguard.full_guard(body, 3)


def test_a_tree_too_deep_for_the_toc_extension_fails_as_it_did() -> None:
    text = "# Stars\n\n" + "*" * 3000 + "a" + "*" * 3000 + "\n"
    failed = []
    for name, md in (("plain", plain()), ("quick", quicken(plain()))):  # fresh: a failure spoils a parser
        try:
            convert(md, text)
        except RecursionError:
            failed.append(name)
    assert failed == ["plain", "quick"]  # the reader shows such a document as plain text, with a warning
