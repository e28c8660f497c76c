"""The cleaner's reading of a dump, line by line, as text or JSON rows:
what `sitegen inspect` prints and `sitegen build --report` writes. A line the
title model may score but a rule of `not_headlines.passed_over` never lets be
the title shows that rule's name too ("passed_over=menu_row")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sitegen.clean import features, not_headlines, rules, titles
from sitegen.clean.lines import segment
from sitegen.model import LineLabel

TEXT_WIDTH = 100  # characters of each line shown in the text report


def report_text(labels: Iterable[LineLabel], width: int = TEXT_WIDTH) -> str:
    """One row per input line: number, label, rule (and the rule that passed it over as a headline), text."""
    rows = list(labels)
    passed = passed_over_rules(rows)
    return "".join(f"{ln.number:5d}  {ln.label:<11} {_rule(ln.rule, passed.get(ln.number)):<28} {ln.text[:width]}\n"
                   for ln in rows)


def report_rows(labels: Iterable[LineLabel]) -> list[dict[str, Any]]:
    """One row per input line; "passed_over" names the rule that kept a headline-shaped line from the title."""
    rows = list(labels)
    passed = passed_over_rules(rows)
    return [{"line": ln.number, "label": ln.label, "rule": ln.rule, "text": ln.text}
            | ({"passed_over": passed[ln.number]} if ln.number in passed else {}) for ln in rows]


def passed_over_rules(labels: Sequence[LineLabel]) -> dict[int, str]:
    """By line number, the name of the `not_headlines.passed_over` rule that knows a line the title model
    may score (`features.title_candidates` that `titles.headline_candidate` lets pass) for no headline;
    the lines read again from the labels' texts, each on its line number (blank lines between kept)."""
    text = [""] * max((ln.number for ln in labels), default=0)
    for ln in labels:
        text[ln.number - 1] = ln.text
    lines = segment("\n".join(text))
    if len(lines) != len(labels):  # a text the reading split or dropped: no line to name
        return {}
    alone: dict[str, str] = {}
    return {labels[i].number: name for i in features.title_candidates(lines)
            if labels[i].label != rules.TITLE and titles.headline_candidate(lines, i)
            and (name := not_headlines.passed_over(lines, i, alone))}


def _rule(rule: str, passed: str | None) -> str:
    return f"{rule} passed_over={passed}" if passed else rule
