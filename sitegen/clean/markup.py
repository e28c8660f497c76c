"""What a saved page's markup tells the cleaner: which lines its article holds."""

from __future__ import annotations

from collections.abc import Collection

from sitegen.clean import rules
from sitegen.clean.lines import Line

IN_ARTICLE_RULE = "in_article_markup"
# A line a model dropped after the article's last kept text is kept only up to
# the last sentence of at least this many words (what follows is the page's).
TAIL_SENTENCE_MIN_WORDS = 6


def keep_article_lines(lines: list[Line], in_article: Collection[int]) -> None:
    """Lines of the page's article (by number) that a model dropped (or the
    run's end left out) are text: all of them up to the last line kept as
    text, and after it up to the last full sentence before a line a named
    rule dropped (share bars, tags, comments: the article has ended)."""
    inside = [line for line in lines if line.number in in_article]
    kept = [i for i, line in enumerate(inside) if line.label in rules.CONTENT]
    end = kept[-1] if kept else -1
    for i in range(end + 1, len(inside)):
        line = inside[i]
        if line.label == rules.BOILERPLATE and not line.rule.startswith(rules.MODEL_RULE):
            break
        if _doubted(line) and line.words >= TAIL_SENTENCE_MIN_WORDS and rules.is_sentence(line):
            end = i
    for line in inside[:end + 1]:
        if _doubted(line):
            line.mark(rules.PARAGRAPH, IN_ARTICLE_RULE)


def _doubted(line: Line) -> bool:
    """Dropped by a model's score (or the run's end), not by a named rule."""
    return line.label == rules.BOILERPLATE and line.rule.startswith(rules.MODEL_RULE)
