"""A block of program code after the run carries it on: page chrome holds no code."""

from __future__ import annotations

from sitegen.clean import code, rules
from sitegen.clean.lines import segment
from tests.test_clean_rules import PARAGRAPH

SNIPPET = ["# initialize a repository", "git init", "", "# stage every change", "git add -A", "",
           "config = load(path)", "client.get(url, timeout=5);", "}"]


def block_end(text: str, start: int) -> list[str]:
    lines = segment(text)
    end = code.code_block_end([ln.text for ln in lines], [ln.number for ln in lines], [True] * len(lines), start)
    return [ln.text for ln in lines[start:end]]


def test_code_lines_are_told_from_prose_and_chrome() -> None:
    for text in ("x = compute(a, b)", "if (ready) {", "});", "# check the cache first", "client.get(url)",
                 '"Authorization",', "<div class=\"box\">", "// trim the name", "main()", "a == b",
                 "db *sql.DB // the connection"):
        assert code.is_code_line(text), text
    for text in (PARAGRAPH, "Brand name(s)", "First Name(Required)", "Read more ->", "Share on Facebook",
                 "Privacy Policy", "Price: $25", "Menu", "T = Time Bound"):
        assert not code.is_code_line(text), text


def test_a_block_runs_over_short_plain_lines_to_its_last_code_line() -> None:
    text = "\n".join([*SNIPPET, "", "Each of these commands has many options worth learning about."])
    assert block_end(text, 0) == [ln for ln in SNIPPET if ln]
    text = "\n".join(["Bad: coupled dependencies", *SNIPPET])  # a block's label over it
    assert block_end(text, 0)[-1] == "}"


def test_no_block_in_prose_a_menu_or_one_code_line() -> None:
    assert block_end("\n".join(["Home", "News", "Sport", "Weather", "Contact"]), 0) == []
    assert block_end("\n".join([PARAGRAPH, *SNIPPET]), 0) == []  # prose first: no block starts here
    assert block_end("\n".join(["x = 1;", "Home", "News", "Sport", "y = 2;"]), 0) == []  # 3 plain in a row
    assert block_end("\n\n\n".join(SNIPPET[:2] + SNIPPET[3:5] + SNIPPET[6:]), 0) == []  # far apart


def test_the_run_goes_on_over_code_and_the_text_after_it() -> None:
    text = "\n\n".join([PARAGRAPH, "\n".join(SNIPPET), "Global Configuration",
                        "Apply the same settings to every client in the application:",
                        "\n".join(["defaults.apply(options);", "options.level = 2;", "});"]),
                        "Privacy Policy"])
    lines = segment(text)
    probs = [0.9] + [0.1] * (len(lines) - 1)
    end = rules._over_code(lines, probs, 0, 1)
    assert lines[end - 1].text == "});"
    assert lines[end].text == "Privacy Policy"


def test_the_run_stays_when_no_code_follows() -> None:
    lines = segment("\n\n".join([PARAGRAPH, "Home\nNews\nSport", "Privacy Policy"]))
    assert rules._over_code(lines, [0.9, 0.1, 0.1, 0.1, 0.1], 0, 1) == 1


def test_lines_within_brackets_a_code_line_opened_are_code() -> None:
    struct = ["type Runner struct {", "calendar CalendarClient", "crm CRMClient", "slack SlackNotifier", "}"]
    assert block_end("\n".join([*struct, "", "The runner holds its three clients and nothing else."]), 0) == struct
    plain = ["Our team", "Alice Brown", "Carol Smith", "Dave Jones", "Eve Stone"]  # no bracket opened them
    assert block_end("\n".join(["x = 1;", *plain, "y = 2;", "z = 3;"]), 0) == []
