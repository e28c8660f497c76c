"""A box of facts ("At a glance" / "Cost: £40m" / ...) set in the text: the run goes on across it."""

from __future__ import annotations

from sitegen.clean import rules
from sitegen.clean.lines import segment

LEAD = "The county council has approved a plan to rebuild the centre of the town, three years after the floods."
NEXT = "Work will begin in June with the demolition of the old market hall, which has stood empty since then."
ROWS = ["Cost: £40m", "Homes rebuilt: 120", "Start date: June 2019"]


def _page(rows: list[str], header: str | None = "At a glance") -> str:
    box = "\n".join(([header] if header else []) + rows)
    return f"{LEAD}\n\n{box}\n\n{NEXT}\n\nShare this article"


def test_the_run_goes_on_across_a_box_of_facts_to_the_paragraph_under_it() -> None:
    lines = segment(_page(ROWS))
    probs = [0.9, 0.2, 0.3, 0.3, 0.3, 0.4, 0.05]
    end = rules._extend_run(lines, probs, 1)
    assert end == 6
    assert [ln.rule for ln in lines[2:5]] == ["field_box_row"] * 3
    lines = segment(_page(ROWS, header=None))
    assert rules._extend_run(lines, [0.9, 0.3, 0.3, 0.3, 0.4, 0.05], 1) == 5


def test_no_box_of_two_rows_or_of_sentences_nor_over_a_low_scored_line() -> None:
    assert rules._field_box(segment(_page(ROWS[:2])), 1) == 1  # (the run goes over so short an insert already)
    assert rules._field_box(segment(_page(ROWS)), 1) == 5
    lines = segment(_page(ROWS))
    assert rules._extend_run(lines, [0.9, 0.2, 0.3, 0.3, 0.3, 0.1, 0.05], 1) == 1  # the paragraph scores too low
    lines = segment(_page(["Q: Where did it start?", "A: In the old town.", "Q: And then?"]))
    assert rules._extend_run(lines, [0.9, 0.2, 0.3, 0.3, 0.3, 0.4, 0.05], 1) == 1
    assert not rules._field_row(segment("Note: the council met on Monday and agreed to it.")[0])


def test_the_run_starts_over_a_box_of_facts_at_the_paragraph_above_it() -> None:
    lines = segment(_page(ROWS))
    probs = [0.45, 0.2, 0.3, 0.3, 0.6, 0.9, 0.05]
    assert rules._field_box_lead(lines, probs, 4, None) == 0  # the run starts at the box's last row
    assert lines[0].rule.startswith("field_box_lead:")
    assert [ln.rule for ln in lines[2:4]] == ["field_box_row"] * 2
    lines = segment(_page(ROWS))
    assert rules._field_box_lead(lines, probs, 5, None) == 0  # right under the box
    lines = segment(_page(ROWS))
    assert rules._field_box_lead(lines, [0.1, *probs[1:]], 5, None) == 5  # the paragraph above scores too low
    lines = segment(_page(ROWS[:2]))
    assert rules._field_box_lead(lines, [0.45, 0.2, 0.3, 0.3, 0.9, 0.05], 4, None) == 4
