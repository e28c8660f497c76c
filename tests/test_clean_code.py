"""A block of program code after the run carries it on: page chrome holds no code."""

from __future__ import annotations

from sitegen.clean import clean, code, rules
from sitegen.clean.lines import segment
from sitegen.model import BlockKind
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


def test_python_statements_that_open_a_line_are_code() -> None:
    for text in ("import pandas as pd", "from os import path", "def export_csv(rows):", "class Parser(Base):",
                 "    import os, sys"):
        assert code.is_code_line(text), text
    for text in ("import is what they do", "from here to there", "define the terms:", "classic rock:",
                 "Import duties rose", "From Paris import wines:"):
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


GO_FUNCTION = """func CopyFile(dst, src string) error {
    in, err := os.Open(src)
    if err != nil {
        return err
    }

    defer in.Close()
    return copyTo(dst, in)
}"""


def test_a_block_of_code_in_the_text_is_shown_as_code_with_its_indentation() -> None:
    text = "\n\n".join([
        "Copying a file in Go", PARAGRAPH, "Here is a function that copies one file into another one:",
        GO_FUNCTION, "The deferred call closes the file however the function returns, which is the point.",
        PARAGRAPH])
    article = clean(text)
    kinds = [b.kind for b in article.blocks]
    assert kinds.count(BlockKind.CODE) == 1
    (block,) = [b for b in article.blocks if b.kind is BlockKind.CODE]
    assert block.text == GO_FUNCTION  # "}" and "return err" that no rule kept, and the indentation, come back
    after = kinds.index(BlockKind.CODE) + 1
    assert article.blocks[after].text.startswith("The deferred call")  # prose after it stays prose


def test_code_spans_open_on_code_stop_before_prose_and_join_blocks_set_close() -> None:
    texts = ["Run these:", "x = load(a)", "y = load(b)", "z = join(x, y)", "return z",
             "The function above reads two files and joins them into one result for you.", "print(z)"]
    assert code.code_spans(texts, list(range(1, len(texts) + 1))) == [(1, 4)]  # to its last code line
    texts = ["a = f(1)", "b = f(2)", "c = f(3)", "d = f(4)", "e = f(5)", "g = f(6)"]
    assert code.code_spans(texts, [1, 2, 3, 5, 6, 7]) == [(0, 6)]  # one blank line between: one block
    assert code.code_spans(["a = f(1)", "b = f(2)", "Menu", "Home", "About", "Contact"], [1, 2, 3, 4, 5, 6]) == []


def test_lines_of_brackets_alone_or_single_words_do_not_part_a_block() -> None:
    source = ["x = f(1) {", "}", "", "y = g(2)"]
    assert code.bracket_free_numbers([1, 4], source) == [1, 3]  # "}" skipped: the blank line alone is between
    source = ["if (ready) {", "    return", "  }", "", "y = g(2)", "Share this post", "", "z = h(3)"]
    assert code.bracket_free_numbers([1, 5, 8], source) == [1, 3, 6]  # a button's words part it
    assert code.bracket_free_numbers([1, 4], None) == [1, 4]


def test_prose_naming_code_and_lists_ending_in_semicolons_are_no_code_blocks() -> None:
    legend = ["s = slow pace (your normal jogging pace and breathing)",
              "m = medium pace (slightly faster than slow pace)",
              "f = fast pace, as fast as you can hold for the whole run",
              "s-m = increase your speed during one session"]
    assert code.code_spans(legend, [1, 2, 3, 4]) == []  # a key: each line mostly plain words
    items = ["UPC (in North America; 12-digit number);", "EAN (in Europe; 13-digit number);",
             "JAN (in Japan; 8 or 13-digit number);", "ISBN (for books; 10 or 13-digit number);"]
    assert code.code_spans(items, [1, 2, 3, 4]) == []  # no sign only code has
    block = ["response = client.generate(", "model='reader',", "format=Response.schema(),", ")",
             "The prompt is the text of the article I want to read, formatted by Response.schema()."]
    assert code.code_spans(block, [1, 2, 3, 4, 6]) == [(0, 4)]  # the prose after it stays out


def test_python_code_inside_the_text_is_no_insert_to_skip() -> None:
    function = "\n".join(["def export_csv(rows):", "    import pandas as pd", "    frame = pd.DataFrame(rows)",
                          '    frame.to_csv("out.csv")'])
    text = "\n\n".join([
        "Speeding up startup with lazy imports", PARAGRAPH,
        "The simplest fix is to import heavy modules only inside the functions that need them:", function,
        "This looks odd at first, but Python caches modules in sys.modules, so the second call costs almost "
        "nothing.", PARAGRAPH.replace("committee", "council"), "Leave a comment\nName\nEmail"])
    blocks = clean(text).blocks
    assert [b.text for b in blocks if b.kind is BlockKind.CODE] == [function]


def test_lines_of_code_in_the_text_are_no_insert() -> None:
    code_lines = ["import pandas as pd", "frame = pd.DataFrame(rows)"]
    lines = segment("\n".join([PARAGRAPH, *code_lines, PARAGRAPH.replace("committee", "council")]))
    assert rules._after_insert(lines, [0.9, 0.1, 0.1, 0.9], 1) == 1  # the run stops there: a block of code follows
    lines = segment("\n".join([PARAGRAPH, "Photo gallery", "Share", PARAGRAPH.replace("committee", "council")]))
    assert rules._after_insert(lines, [0.9, 0.1, 0.1, 0.9], 1) == 3  # short fragments: an insert
