"""Plain Markdown rendered without the parser (`sitegen.read.mdplain`) gives
exactly Python-Markdown's HTML and headings; anything else is left to it."""

from __future__ import annotations

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitegen.read.markdown import EXTENSION_CONFIGS, EXTENSIONS, read_markdown
from sitegen.read.mdplain import plain_html

SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Plain pieces, and (less often) pieces that make a body not plain or nearly
# so, so that many bodies are plain and the edges are tried too.
PLAIN = ["Word", "two words", "Über café", "東京", "?!", ".", ",", "'", '"', "2021", " ", "\n", "\n\n", "\n\n\n",
         "# ", "## ", "###### ", "\n## ", "\n# ", "\n### "]
EDGES = ["  ", "\t", "\u00a0", "\u2028", "\x85", "\x02", "####### ", "#", " #", "## A ##", "1. ", "\n1. ", "1) ",
         "-", "\n- ", "\n-", "+", "=", "\n===", "\n---", ":", "\n: ", ">", "*", "_", "`", "[", "]", "<", "&", "\\",
         "|", "{", "}", "~", "    ", "A_1", "a_1", "\u3000", "ß", "x\u0301"]
BODIES = st.lists(st.sampled_from(PLAIN * 6 + EDGES), max_size=40).map("".join)
PARSER = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


def parsed(body: str) -> tuple[str, list[tuple[int, str, str]]]:
    html = PARSER.reset().convert(body)
    found: list[tuple[int, str, str]] = []

    def walk(items: list[dict[str, object]]) -> None:
        for item in items:
            found.append((int(str(item["level"])), str(item["name"]), str(item["id"])))
            walk(item["children"])  # type: ignore[arg-type]

    walk(PARSER.toc_tokens)  # type: ignore[attr-defined]
    return html, found


@SETTINGS
@given(BODIES)
@example("Para one\nline two\n\n## Head\n\nPara three")
@example("## A\n## A\ntext\n# A\n\n\n\nx\n## A_1")
@example("a\n## H\nb\n\n### ?!\n\n##  Two  spaces")
@example("## Tab\there\n\n\n\nend\n")
def test_plain_bodies_render_as_python_markdown_renders_them(body: str) -> None:
    plain = plain_html(body)
    if plain is not None:
        assert plain == parsed(body)


@given(st.lists(st.sampled_from(["Word", "two words", "Über café", "東京", "?!", ".", ",", "'", '"', "2021"]),
                min_size=1, max_size=30).map(" ".join), st.integers(1, 6))
def test_prose_and_headings_take_the_plain_path(text: str, level: int) -> None:
    body = f"{text}\n{text}\n\n{'#' * level} {text}\n\n{text}"
    assert plain_html(body) == parsed(body)


def test_markup_is_left_to_the_parser() -> None:
    for body in ["a *b*", "a [b](c)", "- item", "1. item", "> quote", "    code", "a  \nb", "#No space",
                 "Setext\n===", "a | b", "Term\n: def", "a &amp; b", "<b>x</b>", "####### seven"]:
        assert plain_html(body) is None, body


def test_a_markdown_document_reads_the_same_either_way() -> None:
    text = "---\ntitle: T\n---\n\nIntro line.\n\n### Part one\n\nBody.\n\n#### Detail\n\nMore.\n\n### Part one\n"
    doc = read_markdown("a.md", text)
    assert doc.blocks[0].text == ('<p>Intro line.</p>\n<h2 id="part-one">Part one</h2>\n<p>Body.</p>\n'
                                  '<h3 id="detail">Detail</h3>\n<p>More.</p>\n<h2 id="part-one_1">Part one</h2>')
    assert [(b.level, b.text, b.anchor) for b in doc.outline] == [
        (2, "Part one", "part-one"), (3, "Detail", "detail"), (2, "Part one", "part-one_1")]
    assert read_markdown("b.md", text.replace("Body.", "Body *em*.")).outline == doc.outline
