"""A listing whose entries have the run's labelled parts ("Pros", "Cons") goes on past the run's end."""

from __future__ import annotations

from sitegen.clean import regions, rules
from sitegen.clean.lines import segment
from tests.test_clean_rules import PARAGRAPH


def entry(n: int) -> list[str]:
    return [f"#{n}. Provider {n}", "Features", f"Storage: {n} TB of fast disks", "Pros",
            f"Provider {n} gives steady speed", "Cons", "Support can be slow", "Best fit",
            f"Growing shops that need room to scale can choose provider {n} for it."]


def end_of(text: str, run_lines: int) -> list[str]:
    lines = segment(text)
    end = rules._continue_labels(lines, [0.9] * run_lines + [0.1] * (len(lines) - run_lines), 0, run_lines)
    return [ln.text for ln in lines[:end]]


def test_an_entry_label_is_a_short_line_of_words() -> None:
    assert regions.entry_label("Best fit") == "best fit"
    assert regions.entry_label("Pros:") == "pros"
    assert regions.entry_label("Growing shops can choose it.") is None  # a sentence
    assert regions.entry_label("#3. OVHcloud") is None
    assert regions.entry_label("2024") is None


def test_the_listing_goes_on_over_entries_with_the_same_labels() -> None:
    run = [PARAGRAPH, *entry(1), *entry(2)]
    text = "\n\n".join([*run, *entry(3), *entry(4), "Privacy Policy"])
    assert end_of(text, len(run)) == [*run, *entry(3), *entry(4)]


def test_labels_given_once_in_the_run_or_alone_carry_nothing() -> None:
    run = [PARAGRAPH, *entry(1)]  # each label given once: not yet the entries' own
    assert end_of("\n\n".join([*run, *entry(2)]), len(run)) == run
    run = [PARAGRAPH, "Pros", "Fast", "Pros", "Cheap"]  # one label only: a list of links as often
    assert end_of("\n\n".join([*run, "Pros", "Home", "Contact"]), len(run)) == run


def test_the_listing_stops_at_a_line_a_rule_took() -> None:
    run = [PARAGRAPH, *entry(1), *entry(2)]
    lines = segment("\n\n".join([*run, "Leave a Reply", *entry(3)]))
    end = rules._continue_labels(lines, [0.9] * len(lines), 0, len(run))
    assert end == len(run)
