"""The cleaner's reading of a dump, line by line, as text or JSON rows:
what `sitegen inspect` prints and `sitegen build --report` writes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sitegen.model import LineLabel

TEXT_WIDTH = 100  # characters of each line shown in the text report


def report_text(labels: Iterable[LineLabel], width: int = TEXT_WIDTH) -> str:
    """One row per input line: number, label, rule, text."""
    return "".join(f"{ln.number:5d}  {ln.label:<11} {ln.rule:<28} {ln.text[:width]}\n" for ln in labels)


def report_rows(labels: Iterable[LineLabel]) -> list[dict[str, Any]]:
    return [{"line": ln.number, "label": ln.label, "rule": ln.rule, "text": ln.text} for ln in labels]
