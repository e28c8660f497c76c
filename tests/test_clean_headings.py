"""Section headings: the candidates the heading models read, and how each is read against its page."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from sitegen.clean import clean, features, rules
from sitegen.clean.contents import contents_lines
from sitegen.clean.learned import models
from sitegen.clean.lines import Line, segment
from sitegen.model import BlockKind

SENTENCES = [
    "The committee met on Thursday to discuss the proposal, which would change how the city plans to pay "
    "for its roads, and members said they expected a vote before the end of the year.",
    "Officials said the tax would raise enough money to repair the bridges on the east side of town within "
    "five years, though some council members doubted the figures they were shown.",
    "Residents who spoke at the meeting were divided, with shop owners worried about the cost and parents "
    "hoping that safer crossings near the schools would finally be built.",
]


def page_named(*sections: str) -> str:
    """A page with a headline, chrome around it, and each section heading over two paragraphs."""
    body: list[str] = [SENTENCES[0]]
    for n, heading in enumerate(sections):
        body += [heading, SENTENCES[(n + 1) % 3].replace("town", f"town {n}"), SENTENCES[(n + 2) % 3]]
    return "\n\n".join(["Menu", "Search", "Sign in", "City plans new road tax for its bridges", *body,
                        "Share", "Privacy Policy", "Recommended for you"])


def test_a_heading_shape_is_its_case_question_number_colon_and_title_case() -> None:
    assert features.heading_shape("WHO IS THE FRONT-RUNNER?") == (True, True, False, False, True)
    assert features.heading_shape("2. Getting the permits") == (False, False, True, False, False)
    assert features.heading_shape("What To Pack:") == (False, False, False, True, True)
    assert features.heading_shape("Ingredients")[4] is None  # one word says nothing of title case


def test_a_candidate_is_read_against_the_pages_other_likely_headings() -> None:
    texts = ["How the tax works", "Who pays for the roads", "Where the money goes", "PHOTO GALLERY", "See more"]
    rows = features.heading_page_vectors(texts, [4, 5, 4, 2, 2], [0.9, 0.6, 0.5, 0.4, 0.1],
                                         [4.0, 4.0, 3.0, 1.0, 0.0], [3, 8, 12, 13, 20])
    got = [dict(zip(features.HEADING_PAGE_NAMES, row, strict=True)) for row in rows]
    assert [g["p_line"] for g in got] == [0.9, 0.6, 0.5, 0.4, 0.1]
    assert got[0]["strong_peers"] == pytest.approx(math.log1p(3))  # three others
    assert got[0]["shape_share"] == pytest.approx(2 / 3)  # two of its three peers share its shape
    assert got[0]["peer_max"] == 0.6  # the best of its own shape, itself left out
    assert got[1]["peer_max"] == 0.9
    assert got[3]["lone_shape"] == 1.0 and got[3]["shape_share"] == 0.0  # capitals among sentence-case headings
    assert got[0]["lone_shape"] == 0.0
    assert got[4]["strong_peers"] == pytest.approx(math.log1p(4))  # a weak candidate: all four count
    assert got[4]["length_gap"] > got[0]["length_gap"]  # shorter than the page's likely headings
    assert got[0]["section"] == 4.0 and got[0]["section_gap"] == pytest.approx(1.0)  # sections average 3
    assert got[2]["p_next_candidate"] == 0.4 and got[3]["p_prev_candidate"] == 0.5  # two candidates in a row
    assert got[0]["p_next_candidate"] == 0.0 and got[0]["p_prev_candidate"] == 0.0


def test_a_page_with_no_likely_heading_gives_each_candidate_no_peers() -> None:
    rows = features.heading_page_vectors(["Reading list", "Notes"], [2, 1], [0.2, 0.1], [3.0, 2.0], [4, 9])
    for row in rows:
        got = dict(zip(features.HEADING_PAGE_NAMES, row, strict=True))
        assert got["strong_peers"] == 0.0 and got["shape_share"] == 0.0 and got["lone_shape"] == 0.0
        assert got["length_gap"] == 0.0 and got["peer_max"] == 0.0 and got["section_gap"] == 0.0


def test_candidates_are_short_text_lines_that_may_be_headings() -> None:
    lines = segment("\n\n".join([SENTENCES[0], "Why the committee voted no", "- Diapers", "Get the Recipe",
                                 "(With inputs from agencies)", "Reading list", SENTENCES[1]]))
    for line in lines:
        line.mark(rules.PARAGRAPH, "test")
    lines[5].mark(rules.BOILERPLATE, "test")
    assert rules.heading_candidates(lines) == [1]  # a list item, a button, a note and chrome are not read


@pytest.mark.parametrize("text", ["Catherine Shu @catherineshu / 2 days", "Follow us @citydesk", "0 Comments",
                                  "1.2k shares", "12 replies"])
def test_a_social_handle_or_a_counter_is_never_a_heading(text: str) -> None:
    lines = segment("\n\n".join([SENTENCES[0], text, SENTENCES[1]]))
    for line in lines:
        line.mark(rules.PARAGRAPH, "test")
    assert rules.heading_candidates(lines) == []


@pytest.mark.parametrize("text", ["Write to us at desk@example.com", "Comments on the draft", "3 views of the bridge"])
def test_an_address_or_a_heading_about_comments_stays_a_candidate(text: str) -> None:
    lines = segment("\n\n".join([SENTENCES[0], text, SENTENCES[1]]))
    for line in lines:
        line.mark(rules.PARAGRAPH, "test")
    assert rules.heading_candidates(lines) == [1]


def test_the_heading_models_are_trained_on_the_features_the_cleaner_computes() -> None:
    assert models()["heading"].names == rules.HEADING_ROW_NAMES
    assert models()["heading_page"].names == rules.HEADING_PAGE_ROW_NAMES
    assert rules.HEADING_PAGE_ROW_NAMES[len(rules.HEADING_ROW_NAMES):] == \
        features.HEADING_PAGE_NAMES + rules.SPACING_NAMES


def test_a_candidate_set_apart_otherwise_than_the_pages_likely_headings_is_off_its_style() -> None:
    """Three likely headings with two blank lines above and one below; a caption with three above is off the
    style above, one set close over its text off the style below; with too few peers no style shows."""
    def page(gaps: list[tuple[int, int]]) -> list[Line]:
        text = SENTENCES[0]
        for n, (above, below) in enumerate(gaps):
            text += "\n" * (above + 1) + f"Heading {n}" + "\n" * (below + 1) + SENTENCES[n % 3]
        return segment(text)
    gaps = [(2, 1), (2, 1), (2, 1), (3, 1), (2, 0)]
    lines = page(gaps)
    idx = [1, 3, 5, 7, 9]
    got = rules.spacing_vectors(lines, idx, [0.9, 0.8, 0.7, 0.6, 0.5])
    assert got == [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]
    assert rules.spacing_vectors(lines, idx, [0.9, 0.1, 0.1, 0.6, 0.1])[3] == [0.0, 0.0]  # one peer: no style


def test_a_candidate_is_read_with_what_stands_under_it() -> None:
    page = [SENTENCES[0], "Reading list", "Tools we like", "- A hammer", "- A saw", "What it costs", SENTENCES[1],
            SENTENCES[2], "Where to buy", "Galleries"]
    lines = segment("\n\n".join(page))
    text_words = [0 if ln.text.startswith("-") else ln.words for ln in lines]
    rows = features.heading_section_vectors(lines, features.page_context(lines, -1), text_words, [1, 2, 5, 8])
    got = [dict(zip(features.HEADING_SECTION_NAMES, row, strict=True)) for row in rows]
    assert [g["next_bullet"] for g in got] == [0.0, 1.0, 0.0, 0.0]  # "Tools we like" stands over a list
    assert [g["prev_short"] for g in got] == [0.0, 1.0, 1.0, 0.0]  # after "Reading list", after an item
    words = lines[6].words + lines[7].words
    assert [g["section_words"] for g in got] == pytest.approx(
        [0.0, 0.0, math.log1p(words), math.log1p(lines[9].words)])  # up to the next candidate; list items aside
    assert got[2]["next_echo"] == 0.0  # "What it costs": the text under it does not say "costs"
    assert [g["opens_quote"] for g in got] == [0.0, 0.0, 0.0, 0.0]
    quoted = segment("\n\n".join([SENTENCES[0], "“We will not pay for it”", SENTENCES[1]]))
    row = features.heading_section_vectors(quoted, features.page_context(quoted, -1), [ln.words for ln in quoted], [1])
    assert dict(zip(features.HEADING_SECTION_NAMES, row[0], strict=True))["opens_quote"] == 1.0


def test_the_text_under_a_heading_echoes_its_words_and_the_text_beside_a_caption_does_not() -> None:
    lines = segment("\n\n".join(["Battery life", "The battery life is longer: eleven hours of video.",
                                  "The slimmer bezels of the new laptop", "Editors will like the brighter screen.",
                                  "The Of", "Said so."]))
    assert features.echo_share(lines[0], lines[1:3]) == 1.0  # "battery", "life"
    assert features.echo_share(lines[2], lines[3:5]) == 0.0  # "slimmer", "bezels", "new", "laptop": none again
    assert features.echo_share(lines[4], lines[5:]) == 0.0  # stop words only: nothing to echo
    assert features.echo_share(lines[0], []) == 0.0
    batteries = segment("Batteries compared\n\nEach battery was compared twice.")
    assert features.echo_share(batteries[0], batteries[1:]) == 1.0  # "batteries", "battery"; "compared"


def test_section_headings_over_paragraphs_are_marked_and_the_paragraphs_are_not() -> None:
    sections = ("How the tax would work", "Who would pay for it", "What the council decides next")
    article = clean(page_named(*sections))
    headings = [b.text for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == list(sections)
    assert all(b.text not in sections for b in article.blocks if b.kind is BlockKind.PARAGRAPH)


def test_a_table_of_contents_entry_is_no_heading_when_its_section_comes_later() -> None:
    page = [SENTENCES[0], "How the tax works", "Who pays", "Who pays for schools", "Who pays", SENTENCES[1],
            "How the tax works", SENTENCES[2], "Who pays for schools"]  # sections in another order than listed
    lines = segment("\n\n".join(page))
    for line in lines:
        line.mark(rules.PARAGRAPH, "test")
    chosen = [1, 2, 3, 4, 6, 8]
    # the first two entries list sections below; the third names one with no text under it
    assert rules._contents_entries(lines, chosen, chosen, _listed(lines)) == {1, 2}
    # the section's own is unchosen
    assert rules._contents_entries(lines, [1, 2, 3, 6, 8], [1, 2, 3, 4, 6, 8], _listed(lines)) == {1}


@pytest.mark.parametrize("sections", [
    ["1. Getting there", "2. Where to stay", "3. What to eat"],
    ["Getting there", "Where to stay", "What to eat"],  # the entries' numbers left out below
])
def test_a_list_of_sections_shown_again_below_in_order_is_a_table_of_contents(sections: list[str]) -> None:
    listed = ["1. Getting there", "2) Where to stay", "3 What to eat"]
    page = [SENTENCES[0], *listed, SENTENCES[1]]
    for entry in sections:
        page += [entry, SENTENCES[2]]
    lines = segment("\n\n".join(page))
    assert contents_lines(lines, min_gap=1) == {1, 2, 3}
    for line in lines:
        line.mark(rules.PARAGRAPH, "test")
    chosen = [1, 2, 3, 5, 7, 9]
    # the entries have a section heading's text under them (the next line is text), yet they list the ones below
    assert rules._contents_entries(lines, chosen, [1, 2, 3, 4, 5, 7, 9], _listed(lines)) == {1, 2, 3}
    # one left unchosen below
    assert rules._contents_entries(lines, [1, 2, 3, 5, 9], [1, 2, 3, 4, 5, 7, 9], _listed(lines)) == {1, 3}


def test_lines_shown_again_out_of_order_or_two_in_a_row_are_no_table_of_contents() -> None:
    shuffled = segment("\n\n".join(["Alpha", "Beta", "Gamma", SENTENCES[0], "Beta", "Alpha", "Gamma"]))
    assert contents_lines(shuffled, min_gap=1) == set()
    two = segment("\n\n".join(["Alpha", "Beta", SENTENCES[0], "Alpha", "Beta"]))
    assert contents_lines(two, min_gap=1) == set()


def test_a_heading_over_nothing_or_repeating_the_title_heads_no_section() -> None:
    lines = segment("\n\n".join(["City plans new road tax", SENTENCES[0], "How the tax works", SENTENCES[1],
                                 "City plans new road tax", SENTENCES[2], "Read next", "Privacy Policy"]))
    for line in lines[1:6]:
        line.mark(rules.PARAGRAPH, "test")
    lines[0].mark(rules.TITLE, "test")
    lines[7].mark(rules.BOILERPLATE, "test")
    lines[6].mark(rules.PARAGRAPH, "test")
    # "Read next" is the text's last line (only chrome under it); line 4 is the title again
    assert rules._heads_nothing(lines, [2, 4, 6], 0) == {4, 6}
    assert rules._heads_nothing(lines, [2, 4, 6], -1) == {6}  # no title found



def test_headings_in_a_row_written_alike_are_a_lists_items_but_the_last_two() -> None:
    texts = ["Intro text", "1. Pick a room", "2. Choose the furniture", "3. Paint the walls", SENTENCES[0],
             "How to start", "Tools", "Paint"]
    lines = segment("\n\n".join(texts))
    # 1 is an item (over two more headings, written like the next one); the last two may head the text
    assert rules._list_items(lines, [1, 2, 3]) == {1}
    assert rules._list_items(lines, [1, 2, 3, 5, 6, 7]) == {1}  # "How to start" is unlike "Tools"
    assert rules._list_items(lines, [1, 3]) == set()
    assert rules._list_items(lines, [6, 7]) == set()


def test_a_block_shown_again_whole_is_no_table_of_contents_for_the_title_but_may_list_sections() -> None:
    # a sticky header repeats the headline block, its lines together again; sections listed come back apart
    block = ["City plans new road tax", "By Jane Doe", "March 3, 2021"]
    lines = segment("\n\n".join([*block, SENTENCES[0], *block, SENTENCES[1]]))
    assert contents_lines(lines) == set()  # the title's rule: copies set apart by a section's text
    assert contents_lines(lines, min_gap=1) == {0, 1, 2}  # the headings' rule: a section may be a heading alone


def _captioned_page() -> str:
    """Four sections; the third's heading stands over a picture's credit, and a picture's caption (over
    its credit) stands over the second's heading."""
    text = page_named("How the tax works", "Who pays for the roads", "Where the money goes", "What happens next")
    text = text.replace("Where the money goes\n\n", "Where the money goes\n\nPhoto courtesy of City Desk\n\n")
    return text.replace("Who pays for the roads\n\n", "Drivers wait at the bridge on Monday\n\n"
                        "Photo courtesy of City Desk\n\nWho pays for the roads\n\n")


def test_a_caption_over_a_credit_with_text_under_it_is_read_as_a_heading() -> None:
    lines = segment(_captioned_page())
    rules.label_lines(lines, None)
    by_text = {ln.text: ln for ln in lines}
    assert by_text["Where the money goes"].label == rules.HEADING
    assert by_text["Where the money goes"].rule.startswith("captioned_heading:")
    assert by_text["Drivers wait at the bridge on Monday"].label == rules.CAPTION  # over a heading, not text
    blocks = [(b.kind, b.text) for b in clean(_captioned_page()).blocks]
    assert (BlockKind.HEADING, "Where the money goes") in blocks
    assert (BlockKind.FIGURE, "Drivers wait at the bridge on Monday") in blocks


def test_captioned_candidates_stand_over_a_credit_and_a_paragraph() -> None:
    lines = segment("\n\n".join([SENTENCES[0], "Where the money goes", "Photo: Jane Doe", SENTENCES[1],
                                 "Drivers at the bridge", "Photo: Jane Doe", "Who pays", SENTENCES[2],
                                 "The bridge at night", "Photo: Jane Doe"]))
    for line in lines:
        line.mark(rules.PARAGRAPH, "test")
    for i in (1, 4, 8):
        lines[i].mark(rules.CAPTION, "caption_before_credit")
    for i in (2, 5, 9):
        lines[i].mark(rules.BOILERPLATE, "photo_credit")
    assert rules.captioned_candidates(lines) == [1]  # over a heading, or over nothing, a caption stays one
    assert rules.heading_candidates(lines) == [6]  # the text's own candidates are read apart
    assert rules.heading_next(lines, 1) == 3  # past the credit


def test_a_tables_row_is_never_a_heading() -> None:
    """A dump sets a table's cells apart by tabs: such a row reads like a short heading but never is one."""
    lines = segment("Plan\tPrice\tSpeed\nPlan A Price\n  Basic $10\t\n")
    assert [ln.cells for ln in lines] == [True, False, False]  # a tab at a line's end sets nothing apart
    page = page_named("How the tax works", "Who Pays\tHow Much", "Where the money goes")
    headings = [b.text for b in clean(page).blocks if b.kind is BlockKind.HEADING]
    assert "How the tax works" in headings and "Where the money goes" in headings
    assert "Who Pays How Much" not in headings


def test_a_numbered_series_mostly_chosen_as_headings_is_chosen_whole() -> None:
    """"Step 1: ...", "Step 2: ...", each over text of its own: the steps the model left out are headings too;
    a series mostly left out stays so, and a numbered line over no text of its own is no step."""
    texts = ["Step 1: Plan the room", SENTENCES[0], "Step 2: Pick the furniture.", SENTENCES[1],
             "Step 3: Paint", SENTENCES[2], "Step 4: Move in", "1. Tip", SENTENCES[0]]
    lines = segment("\n".join(texts))
    for ln in lines:
        ln.label = rules.PARAGRAPH
    idx = [0, 2, 4, 6, 7]
    assert rules._numbered_series(lines, [0, 4], idx) == {2}  # step 4 heads no text of its own
    assert rules._numbered_series(lines, [0], idx) == set()  # one of three chosen: no series


def test_headings_each_over_nothing_but_a_bare_link_are_a_list_of_links() -> None:
    """"2) Acme Drill", "http://amzn.to/abc": three or more such lines are items of a list of links, not
    headings; one alone may head a section quoting its source, and a link among text heads a section."""
    texts = ["1) Acme Cordless Drill", "http://amzn.to/2hZfWFJ", "2) Bolt Impact Driver", "https://amzn.to/2hWw372",
             "3) Zap Circular Saw", "www.example.com/saw", "How it works", "http://example.com/x", SENTENCES[0]]
    lines = segment("\n".join(texts))
    for ln in lines:
        ln.label = rules.PARAGRAPH
    idx = [0, 2, 4, 6]
    assert rules._link_items(lines, [0, 2, 4, 6], idx) == {0, 2, 4}  # "How it works" heads text too
    assert rules._link_items(lines, [0, 2], idx) == set()  # two: no list


def test_a_heading_over_a_bare_social_handle_is_an_embedded_posts_label() -> None:
    texts = ["Photo", "@paulinaporizkov", SENTENCES[0], "How it works", SENTENCES[1], "Say hi to @acme", SENTENCES[2]]
    lines = segment("\n".join(texts))
    assert rules._embed_labels(lines, [0, 3, 5]) == {0}  # a handle within a sentence is text


def test_a_title_case_line_counting_a_chosen_numbered_series_over_its_first_item_is_its_heading() -> None:
    """"5 Tips to Enjoy Game Day Parties:" over "1. ...", "2. ...", "3. ..." chosen as headings heads them;
    a sentence announcing them does not, nor a line over a series too short."""
    def page(over: str) -> list[Line]:
        texts = [SENTENCES[0], over, "1. Prioritize your plate", SENTENCES[1], "2. Drink water", SENTENCES[2],
                 "3. Make a plate", SENTENCES[0]]
        lines = segment("\n".join(texts))
        for ln in lines:
            ln.label = rules.PARAGRAPH
        return lines
    idx = [1, 2, 4, 6]
    assert rules._series_titles(page("5 Tips to Enjoy Game Day Parties:"), [2, 4, 6], idx) == {1}
    assert rules._series_titles(page("The 3 Best Ways To Eat Well"), [2, 4, 6], idx) == {1}
    assert rules._series_titles(page("Here are 3 things to know:"), [2, 4, 6], idx) == set()
    assert rules._series_titles(page("Tips to Enjoy Game Day Parties:"), [2, 4, 6], idx) == set()  # no count
    assert rules._series_titles(page("5 Tips to Enjoy Game Day Parties:"), [2, 4], idx) == set()  # two items


def test_a_pages_headings_all_typed_in_capitals_under_a_title_that_is_not_are_its_texts_subheads() -> None:
    """A wire's subheads in capitals ("WHO IS THE FRONT-RUNNER?") are text; one-word names in capitals
    ("HISTORY"), a numbered series, a page mixing cases or one whose title is in capitals keep their headings."""
    def marked(title: str, heads: list[str]) -> list[str]:
        texts = [title]
        for h in heads:
            texts += [h, SENTENCES[0]]
        lines = segment("\n".join(texts))
        lines[0].mark(rules.TITLE, "test")
        for ln in lines[1:]:
            ln.mark(rules.HEADING if ln.text in heads else rules.PARAGRAPH, "test")
        rules._unmark_typed_capitals(lines, 0)
        return [ln.label for ln in lines if ln.text in heads]
    wire = ["WHO IS THE FRONT-RUNNER?", "HOW WILL OBAMA PLAY?", "US FALLS"]
    assert marked("Seven key questions for the debate", wire) == [rules.PARAGRAPH] * 3
    assert marked("Seven key questions for the debate", wire[:2]) == [rules.HEADING] * 2  # two: too few
    assert marked("SEVEN KEY QUESTIONS FOR THE DEBATE", wire) == [rules.HEADING] * 3
    assert marked("Seven key questions", [*wire[:2], "HISTORY"]) == [rules.HEADING] * 3
    assert marked("Seven key questions", [*wire, "How it works"]) == [rules.HEADING] * 4
    assert marked("Top picks", ["1. ACME DRILL", "2. BOLT DRIVER", "3. ZAP SAW"]) == [rules.HEADING] * 3


def test_a_pages_one_or_two_headings_the_model_doubts_are_text() -> None:
    """A page's only heading or two, chosen by the heading model under LONE_HEADING_MIN_P (a name, a caption
    between paragraphs), are text; one scored higher, more headings on the page, or a rule's choice keep them."""
    def marked(rules_of_heads: list[str], long: bool = True) -> list[str]:
        texts = [SENTENCES[0], SENTENCES[2]] if long else ["It began here, with a period."]
        for n, _ in enumerate(rules_of_heads):
            texts += [f"Heading {n}", SENTENCES[1] if long else "It ended there."]
        lines = segment("\n".join(texts))
        for ln in lines:
            ln.mark(rules.PARAGRAPH, "test")
        heads = [ln for ln in lines if ln.text.startswith("Heading")]
        for ln, rule in zip(heads, rules_of_heads, strict=True):
            ln.mark(rules.HEADING, rule)
        rules._unmark_lone_heading(lines)
        return [ln.label for ln in lines if ln.text.startswith("Heading")]
    low = f"heading_model:p={rules.LONE_HEADING_MIN_P - 0.1:.2f}"
    assert marked([low]) == [rules.PARAGRAPH]
    assert marked([f"heading_model:p={rules.LONE_HEADING_MIN_P + 0.1:.2f}"]) == [rules.HEADING]
    assert marked([low, low]) == [rules.PARAGRAPH] * 2  # two, both doubted
    assert marked([low, f"heading_model:p={rules.LONE_HEADING_MIN_P + 0.1:.2f}"]) == [rules.HEADING] * 2
    assert marked([low] * (rules.LONE_MAX_HEADINGS + 1)) == [rules.HEADING] * (rules.LONE_MAX_HEADINGS + 1)
    assert marked(["named_section:p=0.10"]) == [rules.HEADING]
    assert marked([low], long=False) == [rules.HEADING]  # a short text's one section break
    lines = segment("\n".join([SENTENCES[0], "A turning point?", SENTENCES[1], "Who pays for it", SENTENCES[2],
                               "What comes next", SENTENCES[0]]))
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "test")
    lines[1].mark(rules.PARAGRAPH, f"teaser_question:{low}")  # taken back before: the page had three headings
    lines[3].mark(rules.HEADING, low)
    lines[5].mark(rules.HEADING, low)
    rules._unmark_lone_heading(lines)
    assert [lines[3].label, lines[5].label] == [rules.HEADING] * 2


def test_two_doubted_headings_each_between_paragraphs_set_apart_stay() -> None:
    """Two headings the model doubts, each under a paragraph a blank line above it and over another: a short
    text's sections ("Where to keep it", "What if you have to use it?"), not set-apart lines of a text
    without sections. One opening the text (no paragraph above) or none set apart from the text above: text."""
    low = f"heading_model:p={rules.LONE_HEADING_MIN_P - 0.2:.2f}"

    def marked(texts: list[str], sep: str = "\n\n") -> list[str]:
        lines = segment(sep.join(texts))
        for ln in lines:
            ln.mark(rules.PARAGRAPH, "test")
        for ln in lines:
            if ln.text == "Publicidad":
                ln.mark(rules.BOILERPLATE, "ad_marker")
        heads = [ln for ln in lines if ln.text in ("Where to keep it", "What if you have to use it?")]
        for ln in heads:
            ln.mark(rules.HEADING, low)
        rules._unmark_lone_heading(lines)
        return [ln.label for ln in heads]
    texts = [SENTENCES[0], "Where to keep it", SENTENCES[1], SENTENCES[2], "What if you have to use it?",
             SENTENCES[0]]
    assert marked(texts) == [rules.HEADING] * 2
    assert marked(texts, sep="\n") == [rules.PARAGRAPH] * 2  # lines of a run, none set apart
    assert marked(texts[1:]) == [rules.PARAGRAPH] * 2  # the first opens the text: a teaser, a caption
    with_ad = [SENTENCES[0], "Publicidad", *texts[1:]]  # an advertisement's marker between is read past
    assert marked(with_ad) == [rules.HEADING] * 2


def test_heading_models_read_chrome_known_by_its_words_as_no_text_in_any_language() -> None:
    """The text score of a line of chrome a rule knows by its words (an advertisement's marker, a button),
    however its words scored ("Publicidad" as high as a paragraph), reaches the heading models as
    MARKER_TEXT_P at most; a line the line model took for chrome, and text lines, keep theirs."""
    lines = segment("\n\n".join([SENTENCES[0], "Publicidad", "¿Qué dicen los empresarios?", SENTENCES[1],
                                   "Suscríbete", "Más noticias"]))
    probs = [0.9, 0.8, 0.7, 0.9, 0.6, 0.5]
    assert rules._chrome_probs(lines, probs) == probs  # not taken as chrome
    lines[1].mark(rules.BOILERPLATE, "ad_marker")
    lines[4].mark(rules.BOILERPLATE, "button")
    lines[5].mark(rules.BOILERPLATE, "model:p=0.50")
    assert rules._chrome_probs(lines, probs) == [0.9, rules.MARKER_TEXT_P, 0.7, 0.9, rules.MARKER_TEXT_P, 0.5]


def test_a_deal_lists_item_titles_most_of_which_were_chosen_are_headings() -> None:
    """Lines naming a price or a discount in title case, each over text, most chosen as headings: the rest are
    too ("30% Off LEGO Star Wars Set"); not a sentence about a price, nor when few of them were chosen."""
    texts = ["PS4 Controller in Crystal for $39.99", SENTENCES[0], "$15 Off Apple AirPods Pro", SENTENCES[1],
             "30% Off LEGO Star Wars Set", SENTENCES[2], "Clip the $10 off coupon on the product page", SENTENCES[0],
             "Netgear Nighthawk Router for $67.77", SENTENCES[1]]
    lines = segment("\n".join(texts))
    for ln in lines:
        ln.label = rules.PARAGRAPH
    idx = [0, 2, 4, 6, 8]
    assert rules._priced_series(lines, [0, 2, 8], idx) == {4}
    assert rules._priced_series(lines, [0], idx) == set()  # one of four chosen: no deal list
    assert rules._priced_series(lines, [0, 2], idx) == {4, 8}  # two of four


def test_a_products_name_over_its_pictures_credit_and_its_prices_heads_its_card() -> None:
    """A caption over a credit is a heading when the product's price at a store (or a link to it there)
    follows the credit; over text or over nothing but the credit it stays a caption."""
    def marked(after: str) -> str:
        lines = segment("\n".join(["Cosori Electric Gooseneck Kettle", "Credit: Amazon", after]))
        lines[0].mark(rules.CAPTION, "caption_before_credit")
        lines[1].mark(rules.BOILERPLATE, "photo_credit")
        lines[2].mark(rules.PARAGRAPH, "test")
        rules._mark_product_cards(lines)
        return lines[0].label
    assert marked("$58 at Amazon $78 at Wayfair") == rules.HEADING
    assert marked("View on Walmart") == rules.HEADING
    assert marked(SENTENCES[0]) == rules.CAPTION
    assert marked("It costs $58 at Amazon.") == rules.CAPTION


def with_chosen_heading(text: str, at: int) -> list[Line]:
    """The lines of `text`, all paragraphs but line `at`, a heading the heading model chose."""
    lines = segment(text)
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "test")
    lines[at].mark(rules.HEADING, "heading_model:p=0.50")
    return lines


def chosen_heading_after(unmark: Callable[[list[Line]], None], text: str) -> str:
    """The label of `text`, a heading the heading model chose between two paragraphs, after the pass `unmark`."""
    lines = with_chosen_heading("\n".join([SENTENCES[0], text, SENTENCES[1]]), 1)
    unmark(lines)
    return lines[1].label


@pytest.mark.parametrize(("text", "label"), [
    ("The good news?", "paragraph"), ("But guess what?", "paragraph"), ("The result?", "paragraph"),
    ("Why?", "paragraph"), ("Surprised?", "paragraph"), ("Why Bother?", "heading"),
    ("But what is torque?", "heading"), ("So what is a trash audit?", "heading"), ("Is it worth it?", "heading"),
    ("The BIG benefit of knowing your business-building stage?", "paragraph"), ("The Verdict: Worth It?", "heading"),
    ("A Turning Point?", "heading"), ("But exactly how fast do electric skateboards go?", "heading"),
    ("The detective phase: Is it sleep or something else?", "heading"),
    ("The one thing every new manager forgets in their first week at a new job?", "heading"),
])
def test_a_short_teaser_question_the_model_chose_is_text(text: str, label: str) -> None:
    """"The good news?" over the paragraph that answers it leads the text on, and so does a longer phrase with a
    question mark that asks nothing ("The BIG benefit of ...?"); a question word asks one."""
    assert chosen_heading_after(rules._unmark_text_shapes, text) == label


@pytest.mark.parametrize(("text", "label"), [
    ("That might look like this:", "paragraph"), ("As Joel writes:", "paragraph"),
    ("Examples of certifications include:", "paragraph"), ("There are three subcategories of learning:", "paragraph"),
    ("Tips for Proper Monitor Placement:", "heading"), ("Makeup:", "heading"), ("What Not to Pack:", "heading"),
    ("What the law says:", "heading"),
])
def test_a_clause_announcing_what_follows_is_text(text: str, label: str) -> None:
    """A sentence ending in a colon that leads on to a quote or a list is text; a section's name is a heading."""
    assert chosen_heading_after(rules._unmark_text_shapes, text) == label


@pytest.mark.parametrize(("text", "label"), [
    ("Then React arrived.", "paragraph"), ("Fix the problem.", "paragraph"),
    ("Full Nike Pegasus Trail 5 review.", "paragraph"), ("3. Read it aloud.", "heading"),
    ("Step 2: Choose a lookback period.", "heading"), ("Kensington Publishing Corp.", "heading"),
    ("Flavors.", "heading"), ("Then React arrived", "heading"),
])
def test_a_statement_ended_by_a_full_stop_is_text(text: str, label: str) -> None:
    """"Then React arrived." set apart leads the text on; a numbered tip, an abbreviation or one word may head."""
    assert chosen_heading_after(rules._unmark_text_shapes, text) == label


def test_a_label_the_next_line_opens_with_is_text() -> None:
    """"Pro Tip:" over "Pro Tip: Some plans cover ...": a box's label shown again; over other text it may head."""
    def marked(under: str) -> str:
        lines = with_chosen_heading("\n".join([SENTENCES[0], "Pro Tip:", under]), 1)
        rules._unmark_text_shapes(lines)
        return lines[1].label
    assert marked("Pro tip: Some travel insurance plans cover emergency dental care abroad.") == rules.PARAGRAPH
    assert marked("Some travel insurance plans cover emergency dental care abroad.") == rules.HEADING


@pytest.mark.parametrize(("text", "label"), [
    ("Also Check: Best Project Management Software To Increase Productivity", "paragraph"),
    ("You may also be interested: Best Course Creation Software", "paragraph"),
    ("Take a look if you haven't read it yet: Why Some People Triumph Online", "paragraph"),
    ("Learn more about these solutions here: Top-rated booking software", "paragraph"),
    ("Pro Tip: Book Early", "heading"), ("Step 3: Read the Contract", "heading"), ("Also Worth Reading", "heading"),
    ("How to read: the new tax bill", "heading"), ("Also known as: the quiet budget", "heading"),
    ("Here: the numbers", "heading"),
])
def test_a_link_under_a_lead_in_is_text(text: str, label: str) -> None:
    """"Also Check: <a story's title>" between paragraphs promotes a link; a label over its section's name heads it."""
    assert chosen_heading_after(rules._unmark_text_shapes, text) == label


@pytest.mark.parametrize(("above", "under", "label"), [
    ("Explore the unique desert landscapes with the", "package. You'll start your trip in Las Vegas.", "paragraph"),
    (SENTENCES[0], ", the largest American national park. You'll then drive on.", "paragraph"),
    (SENTENCES[0], "and Grand Canyon. You'll have an adventure in Lake Powell.", "paragraph"),
    (SENTENCES[0], SENTENCES[1], "heading"),
    (SENTENCES[0], "package. You'll start your trip in Las Vegas.", "heading"),  # the line above ends its sentence
    ("Explore the unique desert landscapes with the", SENTENCES[1], "heading"),
    (SENTENCES[0], ".NET developers will find the new runtime faster than the last.", "heading"),
    (SENTENCES[0], "... and so the story of the park began, long before the roads.", "heading"),
])
def test_a_heading_carried_on_by_the_sentence_around_it_is_text(above: str, under: str, label: str) -> None:
    """A link the page broke out of a sentence ("... with the" / "Death Valley" / ", the largest ...") is no heading."""
    lines = with_chosen_heading("\n".join([above, "Death Valley National Park", under]), 1)
    rules._unmark_text_shapes(lines)
    assert lines[1].label == label


@pytest.mark.parametrize(("text", "label"), [
    ("But you will always wonder, what would have happened?", "paragraph"), ("But it doesn't hurt to try", "paragraph"),
    ("So it's playing with her naivety?", "paragraph"), ("And", "paragraph"), ("OR", "paragraph"),
    ("But Here's Where It Gets Complicated", "heading"), ("But the balance is crucial", "heading"),
    ("So what makes a great programmer?", "heading"), ("Andorra", "heading"),
    ("So You Want to Start a Podcast", "heading"),
])
def test_a_clause_joined_to_the_sentence_above_is_text(text: str, label: str) -> None:
    """"But it doesn't hurt to try" carries the paragraph above on; a conjunction before a name may head a section."""
    assert chosen_heading_after(rules._unmark_text_shapes, text) == label


@pytest.mark.parametrize(("text", "label"), [
    ("A favor: would you take a moment to share this information?", "paragraph"),
    ("Think fast: what's in your trash can right now?", "paragraph"),
    ("FAQ: How Do I Design a Website?", "heading"), ("Coming next: how to make the plan work for you", "heading"),
    ("Would you take a moment to share this information?", "heading"), ("Step 2: do you need a permit?", "heading"),
])
def test_a_question_put_to_the_reader_after_a_label_is_text(text: str, label: str) -> None:
    """"Think fast: what's in your trash can?" leads on to its answer; a section's question is set in capitals."""
    assert chosen_heading_after(rules._unmark_text_shapes, text) == label


@pytest.mark.parametrize(("under", "label"), [
    ("Get a Quote from BLVD Moving", "paragraph"), ("Contact us today to discuss your strategy.", "paragraph"),
    ("If you've been sitting on an idea for a business, now is the time to act on it.", "heading"),
])
def test_a_question_offering_a_service_over_a_call_to_act_is_text(under: str, label: str) -> None:
    """"Ready to book your move?" over "Get a Quote" promotes; over prose it heads the text's last section."""
    lines = with_chosen_heading("\n".join([SENTENCES[0], "Ready to book a long-distance move?", under]), 1)
    rules._unmark_text_shapes(lines)
    assert lines[1].label == label


def test_a_field_of_the_pages_records_is_text() -> None:
    """"Format: Open Textbook" over "Language: English", the label on three lines of the page: a record's field,
    not its heading; a label used once, or no other field beside it, and it may head a section."""
    def marked(records: int, beside: str) -> list[str]:
        texts: list[str] = []
        for n in range(records):
            texts += [f"Format: Open Textbook {n}", beside, SENTENCES[n % 3]]
        lines = segment("\n".join(texts))
        for ln in lines:
            ln.mark(rules.HEADING if ln.text.startswith("Format") else rules.PARAGRAPH,
                    "heading_model:p=0.50" if ln.text.startswith("Format") else "test")
        rules._unmark_record_fields(lines)
        return [ln.label for ln in lines if ln.text.startswith("Format")]
    assert marked(3, "Language: English") == [rules.PARAGRAPH] * 3
    assert marked(2, "Language: English") == [rules.HEADING] * 2  # two records: too few
    assert marked(3, "The textbook covers the basics.") == [rules.HEADING] * 3  # no other field beside
    # beside a sentence that opens with a label, no record's field: "Pro: Thin and light" heads its section
    assert marked(3, "Insights from a reviewer: the book is clear, short and kind to those new to it.") \
        == [rules.HEADING] * 3


@pytest.mark.parametrize(("above", "under", "label"), [
    ("Processor: AMD Ryzen 7 7735HS", "Memory: 16GB DDR5", "paragraph"),
    ("Processor: AMD Ryzen 7 7735HS", SENTENCES[0], "heading"),
    (SENTENCES[0], "Memory: 16GB DDR5", "heading"),
    ("A: The breath is the most effective tool.", "A: Attend our free session.", "heading"),
])
def test_a_field_between_two_fields_is_text(above: str, under: str, label: str) -> None:
    """"Graphics: Nvidia RTX 4050" between two other fields is a row of a list of specifications; a field over
    text may head its section ("Step 1: Plan"), and an interview's lines are read by their own rule."""
    text = "Q: Graphics: which card?" if above.startswith("A:") else "Graphics: Nvidia RTX 4050"
    lines = with_chosen_heading("\n".join([above, text, under]), 1)
    rules._unmark_field_rows(lines)
    assert lines[1].label == label


def test_a_field_set_apart_between_blocks_of_fields_heads_them() -> None:
    """"Day 2: The Vatican" set apart by blank lines between blocks of close-set fields heads its day; a field set
    as the rows around it are is one of them."""
    rows = ["Evening: Dinner in Monti", "Stay: Hotel Artemide", "", "Day 2: The Vatican", "",
            "Morning: Vatican Museums", "Afternoon: St Peter's Basilica"]
    for text, label in (("\n".join(rows), rules.HEADING), ("\n\n".join(r for r in rows if r), rules.PARAGRAPH)):
        lines = with_chosen_heading(text, 2)
        rules._unmark_field_rows(lines)
        assert lines[2].label == label


def test_a_section_most_articles_have_is_a_heading_over_its_text() -> None:
    """"Conclusion", "FAQs", "Key takeaways" over text are headings however low the models score such words
    (chrome uses them too); not when the page repeats the line, nor over no text."""
    texts = ["Key takeaways", SENTENCES[0], "Overview", SENTENCES[1], "Overview", SENTENCES[2],
             "Summary of the plan", SENTENCES[0], "Conclusion", "Share"]
    lines = segment("\n".join(texts))
    for ln in lines[:-1]:
        ln.label = rules.PARAGRAPH
    lines[-1].label = rules.BOILERPLATE
    assert rules._named_sections(lines, [], [0, 2, 4, 6, 8]) == {0}
    assert rules._named_sections(lines, [0], [0, 2, 4, 6, 8]) == set()  # chosen already


def test_the_first_item_of_a_list_a_line_announces_is_no_heading() -> None:
    """Under "Top picks:", a short line over another short line is the list's first item; over text, a heading."""
    texts = ["Our testers liked these the most:", "Acme Cordless Drill", "Bolt Impact Driver", "Here is why:",
             "Battery life", SENTENCES[0]]
    lines = segment("\n".join(texts))
    assert rules._announced_first_items(lines, [1, 2, 4]) == {1}


def test_a_section_a_table_of_contents_lists_is_a_heading_over_its_text() -> None:
    """A page's own list of its sections names each twice: the lower copy, over its text, is the heading,
    scored low or not (from LISTED_MIN_P); the list's entries and a line over no text are not."""
    texts = ["Contents", "Why it matters", "How it works", "What it costs", SENTENCES[0], "Why it matters",
             SENTENCES[1], "How it works", SENTENCES[2], "What it costs", "Share"]
    lines = segment("\n".join(texts))
    for ln in lines[:-1]:
        ln.label = rules.PARAGRAPH
    lines[-1].label = rules.BOILERPLATE
    listed = contents_lines(lines, min_gap=1)
    assert listed == {1, 2, 3}
    assert rules._listed_sections(lines, listed, [1, 2, 3, 5, 7, 9], [5]) == {7}
    assert rules._listed_sections(lines, set(), [7], []) == set()  # no table of contents


def test_a_short_line_the_run_left_out_by_its_score_is_read_for_a_heading_too() -> None:
    """Within the run, a short line its score left out of the text, right over text, is a heading candidate
    (taken from CHROME_HEADING_MIN_P); away from the run, or over no text, or left out by a rule, it is not."""
    texts = ["Getting there", SENTENCES[0], "Where to stay", SENTENCES[1], "Share this", "Newsletter", SENTENCES[2],
             "Related"]
    lines = segment("\n".join(texts))
    for ln in lines:
        ln.label, ln.rule = rules.PARAGRAPH, "model:p=0.90"
    for i, rule in ((0, "model:p=0.20"), (2, "model:p=0.20,outside_run"), (4, "model:p=0.10"), (5, "ui_control"),
                    (7, "model:p=0.10")):
        lines[i].label, lines[i].rule = rules.BOILERPLATE, rule
    assert rules.chrome_candidates(lines) == [0]


def test_a_link_to_a_site_or_to_more_is_never_a_heading() -> None:
    for text in ("Website: Acme Official Store", "Official website: Soneva", "Learn more: our guide to tents"):
        assert rules._never_heading(text), text
    for text in ("Site selection matters", "Websites that convert", "Learn more about tents"):
        assert not rules._never_heading(text), text


def test_a_link_set_off_by_arrows_or_a_trail_of_pages_is_never_a_heading() -> None:
    for text in (">> Read More: The Fastest VPNs", "» Related: 15 Things To Know", "Investing>",
                 "These 10 Stocks Could Mint Millionaires ›", "Home » LLC Formation » New York LLC"):
        assert rules._never_heading(text), text
    for text in ("Why 5 > 3 in this test", "Rock » Roll", "A <b> tag", "»Wir schaffen das«", "›Der Spiegel‹",
                 "»Det är inte rätt», säger hon", "Hon sa: »Vi vinner»"):
        assert not rules._never_heading(text), text


def test_a_table_of_contents_title_or_a_sliders_controls_are_never_headings() -> None:
    for text in ("Table of Contents", "TABLE OF CONTENTS", "Table of Contents[Hide][Show]", "Contents",
                 "Previous Next"):
        assert rules._never_heading(text), text
    for text in ("Contents of a good first-aid kit", "Next steps", "Previous versions compared"):
        assert not rules._never_heading(text), text


def _listed(lines: list[Line]) -> set[int]:
    """The page's table of contents lines, as `rules._mark_headings` finds them for `_contents_entries`."""
    return contents_lines(lines, min_gap=1)


def test_a_deal_lists_long_or_acting_titles_are_headings_too() -> None:
    """A deal list's titles no heading candidate (over HEADING_MAX_WORDS words, or leading with "Get") are its
    headings too, over text right under them or past one short line naming no price; not a store's link under
    a deal ("Get Pokemon Shield for $58.56" right over the next deal's title)."""
    long_title = ("King of Monitors: 35% Off Dell Alienware AW3418DW 34 Inch 3440x1440 Curved 4ms 120Hz GSYNC IPS "
                  "Panel Gaming Monitor With Free Shipping Now $649.99")
    texts = ["PS4 Controller in Crystal for $39.99", SENTENCES[0], "$15 Off Apple AirPods Pro", SENTENCES[1],
             long_title, SENTENCES[2], "Get Dashlane Password Manager for Free ($4.99/mo)", "Use code SAVE50",
             SENTENCES[0], "Get Pokemon Shield for $58.56", "Netgear Nighthawk Router for $67.77", SENTENCES[1]]
    lines = segment("\n".join(texts))
    for ln in lines:
        ln.label = rules.PARAGRAPH
    assert lines[4].words > rules.HEADING_MAX_WORDS
    assert rules._priced_series(lines, [0, 2, 10], [0, 2, 7, 10]) == {4, 6}


def test_a_deals_link_to_another_store_or_a_recommended_story_is_never_a_heading() -> None:
    """"Also at Walmart" under a deal's store link links to another store, "Must read: ..." to another story; a
    heading that goes on stays one."""
    for text in ("Also at Walmart", "Also available at Best Buy", "Also on Amazon"):
        assert rules._never_heading(text), text
    for text in ("Must read: Kitchen Display Systems", "Don’t Miss: Program Management Software",
                 "You might also like: The Challenges of Palm Oil"):  # a story the page recommends
        assert rules._never_heading(text), text
    for text in ("Also at stake in the election", "Also on the menu this week", "Also on the ballot", "Also at stake"):
        assert not rules._never_heading(text), text


def test_the_line_right_over_the_texts_first_line_away_from_the_run_is_read_for_a_heading_too() -> None:
    """A short line the run left out right over the text's first line is a heading candidate, taken from
    OPENING_CHROME_MIN_P (the first section's heading: "Key Points"); a line away from the run lower down is not."""
    texts = ["Key Points", SENTENCES[0], "Where to stay", SENTENCES[1]]
    lines = segment("\n".join(texts))
    for ln in lines:
        ln.label, ln.rule = rules.PARAGRAPH, "model:p=0.90"
    for i in (0, 2):
        lines[i].label, lines[i].rule = rules.BOILERPLATE, "model:p=0.20,outside_run"
    assert rules.chrome_candidates(lines) == [0]
    assert rules._heading_min_p(lines[0]) == rules.OPENING_CHROME_MIN_P
    lines[0].rule = "model:p=0.20"
    assert rules._heading_min_p(lines[0]) == rules.CHROME_HEADING_MIN_P


def test_no_comments_is_a_counter_never_a_heading() -> None:
    assert rules._never_heading("No Comments")
    assert rules._never_heading("0 Comments")
    assert not rules._never_heading("No Comment on the Record")


def test_a_fact_checks_labels_over_the_text_are_headings_and_their_values_text() -> None:
    """"Claim" / the claim / "Rating" / "False" / "Origin" right over the text: the labels and the rating's short
    value are headings, the claim is text; the run starts at the first label. Two labels make such a block; one
    "Rating" line alone does not."""
    body = [SENTENCES[(n + k) % 3].replace("town", f"town {n}") for n in range(3) for k in range(3)]
    page = "\n\n".join(["Menu", "Search", "Sign in", "Did the Mayor Ban Bicycles From the Old Town?", "By Ann Lee",
                        "Claim", "The mayor banned bicycles from the old town in October 2019.", "Rating", "False",
                        "Origin", *body, "Share", "Privacy Policy", "Recommended for you"])
    art = clean(page)
    assert [b.text for b in art.blocks if b.kind is BlockKind.HEADING] == ["Claim", "Rating", "False", "Origin"]
    assert any(b.text.startswith("The mayor banned") for b in art.blocks if b.kind is BlockKind.PARAGRAPH)
    lines = segment("\n\n".join(["A headline for the page", "Claim", "A claim.", "Rating", "False", "Origin",
                                 SENTENCES[0]]))
    assert rules._fact_check_block(lines, 6, lines[0]) == 1
    assert lines[2].rule == "fact_check_value" and lines[4].rule == "fact_check_rating"
    lines = segment("\n\n".join(["A headline for the page", "Rating", "4.5 out of 5", SENTENCES[0]]))
    assert rules._fact_check_block(lines, 3, lines[0]) == 3 and not lines[1].label
    lines = segment("\n\n".join(["A headline for the page", "Our verdict", "Excellent battery, dull screen", "Rating",
                                 "4 out of 5", SENTENCES[0]]))  # a review's box: no claim checked
    assert rules._fact_check_block(lines, 5, lines[0]) == 5 and not lines[1].label


def test_heading_shape_reads_questions_and_colons_of_other_scripts() -> None:
    """A question ends in a full-width or an Arabic question mark too, a label in a full-width colon: a page's
    headings in Chinese, Japanese or Arabic share the shape of English ones ("¿...?" ends as an English one)."""
    shape = features.heading_shape
    assert shape("¿Qué dicen los empresarios?")[1]
    assert shape("为什么要这样做？")[1] and shape("ما هي الخطوات التالية؟")[1]
    assert not shape("Próximos pasos")[1]
    assert shape("注意事项：")[3] and shape("Key points:")[3]


def _group_list(*groups: tuple[str, list[str]]) -> list[Line]:
    """A text's paragraph over a list set line after line, each group's label over its items, all text lines."""
    block = [line for label, items in groups for line in (label, *items)]
    lines = segment("\n\n".join([SENTENCES[0], "\n".join(block), SENTENCES[1]]))
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "model:p=0.50")
    return lines


def test_labels_in_capitals_splitting_a_list_into_groups_are_its_headings() -> None:
    """"NOT SCARY", "KIND OF SCARY", "INTIMIDATING", each over two items or more in one list set line after
    line: each heads its group; two labels (a product box's "PROS", "CONS"), a label over one item, or a block
    opening with an item, are no such list."""
    easy, hard = ("NOT SCARY", ["Writing a blog post", "Sending an email"]), ("KIND OF SCARY", ["Going live", "A call"])
    worst = ("TERROR LEVEL 100", ["Giving a keynote", "Publishing a book", "Hosting a webinar"])
    lines = _group_list(easy, hard, worst)
    assert rules._group_labels(lines) == [1, 4, 7]
    assert rules._group_labels(_group_list(easy, hard)) == []  # two labels
    assert rules._group_labels(_group_list(easy, ("KIND OF SCARY", ["Going live"]), worst)) == []  # one item
    assert rules._group_labels(_group_list(("Intro", ["Some words"]), easy, hard, worst)) == []  # opens with an item
    song = [("VERSE 1", ["The river rose", "We held the line"]), ("CHORUS", ["Hold on", "Hold on tonight"]),
            ("VERSE 2", ["The morning came", "The water fell"])]
    assert rules._group_labels(_group_list(*song)) == []  # quoted lyrics: a song's parts
    lines[4].mark(rules.BOILERPLATE, "menu_run")  # a line a rule took out of the text: no list of the text
    assert rules._group_labels(lines) == []


def test_groups_each_set_apart_under_its_label_in_capitals_are_one_list_too() -> None:
    """"BEGINNER:" over its lines, a blank line, "INTERMEDIATE:" over its own, ...: the same list, its groups set
    apart; the groups must follow one another (a paragraph between ends the list)."""
    groups = [["BEGINNER:", "This is for anyone starting out.", "Short sessions work best."],
              ["INTERMEDIATE:", "This is for you if you train.", "Add a longer session."],
              ["EXPERT:", "This is for seasoned athletes.", "Push the pace."]]
    lines = segment("\n\n".join([SENTENCES[0], *("\n".join(g) for g in groups), SENTENCES[1]]))
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "model:p=0.50")
    assert rules._group_labels(lines) == [1, 4, 7]
    lines = segment("\n\n".join([SENTENCES[0], "\n".join(groups[0]), "\n".join(groups[1]), SENTENCES[2],
                                  "\n".join(groups[2])]))
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "model:p=0.50")
    assert rules._group_labels(lines) == []


@pytest.mark.parametrize(("signature", "label"), [
    ("Caroline Hawley, BBC diplomatic correspondent", rules.HEADING), ("Jane Doe, senior reporter", rules.HEADING),
    ("Jane Doe, who lives in Leeds", rules.PARAGRAPH), ("Paris, France", rules.PARAGRAPH),
    ("Caroline Hawley", rules.PARAGRAPH), ("Maria Lopez, emergency manager", rules.PARAGRAPH),
    ("Sarah Kim, family physician", rules.PARAGRAPH)])
@pytest.mark.parametrize("box", ["One chapter over, another barely begun", "“One chapter is over”"])
def test_a_short_line_over_a_name_and_a_role_signing_a_box_in_a_story_heads_the_box(signature: str, label: str,
                                                                                   box: str) -> None:
    """An analysis box: "One chapter over, another barely begun" over "Caroline Hawley, BBC diplomatic
    correspondent" and the box's paragraph heads the box; over a line signing nothing or naming a speaker's or a
    pictured person's role (a pull quote, a caption), it is text, and so is a quote over its speaker."""
    if box.startswith("“"):
        label = rules.PARAGRAPH
    lines = segment("\n\n".join([SENTENCES[0], box, signature, SENTENCES[1]]))
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "model:p=0.90")
    rules._mark_signed_boxes(lines)
    assert lines[1].label == label and lines[2].label == rules.PARAGRAPH


@pytest.mark.parametrize(("label", "copies", "marked"), [
    ("Pre-Workout Meal", 3, True), ("Pre-Workout Meal", 2, False), ("San Jose, United States", 3, False),
    ("Ingredients:", 3, False), ("Amazon", 3, False)])
def test_a_short_line_right_under_each_of_a_pages_headings_is_the_templates_first_label(label: str, copies: int,
                                                                                        marked: bool) -> None:
    """"Meal Plan A" / "Pre-Workout Meal" / text, "Meal Plan B" / "Pre-Workout Meal" / text, ...: the line each
    sibling section opens with heads its part of the template (its first copy); twice is no template, and a line
    with a comma is a value ("San Jose, United States"), one ending in a colon a field's label."""
    texts = [SENTENCES[0]]
    for n in range(copies):
        texts += [f"Meal Plan {n + 1}", label, SENTENCES[n % 3]]
    lines = segment("\n".join(texts))
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "model:p=0.90")
    for n in range(copies):
        lines[1 + 3 * n].mark(rules.HEADING, "heading_model:p=0.60")
    rules._mark_template_labels(lines)
    assert [ln.index for ln in lines if ln.rule == "template_label"] == ([2] if marked else [])


@pytest.mark.parametrize(("under", "rule", "p", "label"), [
    ("Subscribe now for unlimited access", "call_to_action", "0.40", rules.PARAGRAPH),
    ("Get a homeowners insurance quote", "insert_in_text", "0.40", rules.PARAGRAPH),
    ("Subscribe now for unlimited access", "call_to_action", "0.60", rules.HEADING),
    ("Advertisement", "ad_label", "0.40", rules.HEADING), ("$49 at Etsy", "shop_link", "0.40", rules.HEADING)])
def test_a_doubted_heading_over_a_line_bidding_the_reader_elsewhere_heads_a_promotion(under: str, rule: str, p: str,
                                                                                     label: str) -> None:
    """A heading the model doubts right over a call to act, a link elsewhere or a notice heads a promotion: text; a
    heading it is sure of, or one over an advertisement's marker or a shop's link (they stand in sections), stays."""
    lines = with_chosen_heading("\n".join([SENTENCES[0], "How often is it published?", under, SENTENCES[1]]), 1)
    lines[1].mark(rules.HEADING, f"heading_model:p={p}")
    lines[2].mark(rules.BOILERPLATE, rule)
    rules._unmark_over_promotion(lines)
    assert lines[1].label == label


@pytest.mark.parametrize(("after", "p", "label"), [
    (["heading"], "0.50", rules.PARAGRAPH), (["boilerplate", "heading"], "0.50", rules.PARAGRAPH),
    ([], "0.50", rules.PARAGRAPH), (["paragraph"], "0.50", rules.HEADING),
    (["boilerplate", "paragraph"], "0.50", rules.HEADING), (["heading"], "0.70", rules.HEADING)])
def test_a_doubted_heading_over_nothing_but_chrome_heads_no_text(after: list[str], p: str, label: str) -> None:
    """A heading the model doubts over nothing but chrome down to the next heading or the page's end
    ("ZOTAC GeForce GTX 1080 Ti AMP Extreme", "BUY NOW", the next product's name) heads a card, none of the text:
    text. One over an advertisement's lines and then a paragraph, or one the model is sure of, stays."""
    texts = [SENTENCES[0], "ZOTAC GeForce GTX 1080 Ti AMP Extreme", "BUY NOW"]
    texts += [SENTENCES[1] if kind == "paragraph" else "ZOTAC GeForce GTX 1080 Ti AMP Edition" if kind == "heading"
              else "Continue reading below" for kind in after]
    lines = with_chosen_heading("\n".join(texts), 1)
    lines[1].mark(rules.HEADING, f"heading_model:p={p}")
    lines[2].mark(rules.BOILERPLATE, "ui_control")
    for ln, kind in zip(lines[3:], after, strict=True):
        ln.mark({"heading": rules.HEADING, "boilerplate": rules.BOILERPLATE}.get(kind, rules.PARAGRAPH),
                "heading_model:p=0.90" if kind == "heading" else "model:p=0.10")
    rules._unmark_over_chrome(lines)
    assert lines[1].label == label


@pytest.mark.parametrize(("above", "heading", "below", "label"), [
    ("Tai chi", "Walking", "Yoga", rules.PARAGRAPH), ("Kindness", "Patience", "Empathy", rules.PARAGRAPH),
    ("Tai chi", "8. Walking", "Yoga", rules.HEADING), ("Try these:", "Walking", "Yoga", rules.HEADING),
    ("Tai chi", "Walking", SENTENCES[1], rules.HEADING), ("Tai chi", "Walking in the hills", "Yoga", rules.HEADING)])
def test_a_short_heading_between_two_short_lines_is_a_list_item(above: str, heading: str, below: str,
                                                                 label: str) -> None:
    """A heading the model chose of two words or fewer between two lines as short, none ending a sentence or a
    lead-in ("Tai chi", "Walking", "Yoga"), is an item of a list of names: text. A numbered one, one under a
    lead-in, one over a paragraph or a longer one stays."""
    lines = with_chosen_heading("\n".join([SENTENCES[0], above, heading, below, SENTENCES[2]]), 2)
    rules._unmark_short_list_items(lines)
    assert lines[2].label == label


def _counted(*numbers: str, note: str = SENTENCES[1]) -> list[Line]:
    """A text's paragraph, then each numbered line over a paragraph of its own (`note`), all text lines."""
    texts = [SENTENCES[0]]
    for n in numbers:
        texts += [f"{n} Assess your career goals.", note]
    lines = segment("\n\n".join(texts))
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "model:p=0.90")
    return lines


def test_short_numbered_lines_counting_from_one_each_over_its_paragraph_are_sections() -> None:
    """"1. Assess your career goals." over its paragraph, "2. ..." over its own, "3. ...": the text's sections,
    however low the models score them; two, a count taken up midway, or items over short notes are a list's."""
    lines = _counted("1.", "2.", "3.")
    assert rules._counted_sections(lines, [1, 3, 5]) == {1, 3, 5}
    assert rules._counted_sections(_counted("1.", "2."), [1, 3]) == set()
    assert rules._counted_sections(_counted("16.", "17.", "18."), [1, 3, 5]) == set()
    assert rules._counted_sections(_counted("1.", "2.", "3.", note="Cheap and quick."), [1, 3, 5]) == set()
    assert rules._counted_sections(_counted("1.", "3.", "4."), [1, 3, 5]) == set()  # no count
    assert rules._counted_sections(_counted("Step 1:", "Step 2:", "Step 3:"), [1, 3, 5]) == {1, 3, 5}
    assert rules._counted_sections(_counted("Prompt #1:", "Prompt #2:", "Prompt #3:"), [1, 3, 5]) == {1, 3, 5}
    assert rules._counted_sections(_counted("Figure 1.", "Figure 2.", "Figure 3."), [1, 3, 5]) == set()  # pictures


_KOREAN_TEXT = [
    "전북 정읍의 내장산 국립공원이 올가을 단풍 절정기를 맞았다. 국립공원공단은 이번 주말부터 다음 달 초까지 단풍이 "
    "가장 아름다울 것으로 내다봤다. 올해는 일교차가 커서 색이 유난히 선명하다는 평가다.",
    "서울에서 KTX를 타면 정읍역까지 약 1시간 40분이 걸린다. 정읍역에서 내장산까지는 시내버스가 20분 간격으로 운행한다. "
    "자가용을 이용할 경우 호남고속도로 내장산 나들목에서 10분 거리다.",
    "주말에는 주차장이 오전 일찍 가득 차므로 대중교통을 이용하는 것이 좋다. 공원 측은 탐방로를 벗어나지 말 것을 "
    "당부했다. 산불 예방을 위해 화기 반입도 금지된다.",
    "내장사 일주문에서 우화정까지 이어지는 단풍 터널이 가장 인기 있는 구간이다. 케이블카를 타면 전망대에서 내장산 "
    "전체를 한눈에 내려다볼 수 있다. 가족 단위 방문객에게는 평탄한 순환로가 알맞다."]


def test_subheads_of_a_caseless_script_between_paragraphs_are_headings() -> None:
    """A short line of a script without case between two paragraphs ("어떻게 가나", "주의할 점") is read by its
    place and shape, as a cased script's ("How to get there"): a section's heading, not a sentence's piece."""
    texts = ["홈", "뉴스", "", "가을 단풍 절정… 내장산 가는 길", "", "입력 2019.10.25 17:30", "", _KOREAN_TEXT[0], ""]
    for heading, text in zip(["어떻게 가나", "주의할 점", "어디를 볼까"], _KOREAN_TEXT[1:], strict=True):
        texts += [heading, "", text, ""]
    article = clean("\n".join([*texts, "공유", "© 2019 한빛일보"]))
    headings = [b.text for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["어떻게 가나", "주의할 점", "어디를 볼까"]


def test_a_caseless_line_under_the_lead_of_a_story_without_sections_stays_text() -> None:
    """A picture's caption in a caseless script between the paragraphs of a story with no other short line
    ("내장산 우화정 일대의 단풍") is no heading: the page's one doubted heading goes back to the text."""
    texts = ["홈", "뉴스", "", "가을 단풍 절정… 내장산 가는 길", "", "입력 2019.10.25 17:30", "", _KOREAN_TEXT[0], "",
             "내장산 우화정 일대의 단풍", "", *"\n\n".join(_KOREAN_TEXT[1:]).split("\n"), "", "© 2019 한빛일보"]
    article = clean("\n".join(texts))
    assert not [b.text for b in article.blocks if b.kind is BlockKind.HEADING]


def test_a_short_heading_set_apart_between_two_lists_set_line_under_line_heads_the_second() -> None:
    """"Equipment" set apart by blank lines between "Salt" and "Whisk", each list's items set line under line,
    heads the second list: it stays a heading; the same three lines set alike are a list's items."""
    for text, label in [("Butter\nSalt\n\nEquipment\n\nWhisk\nBowl", rules.HEADING),
                        ("Butter\nSalt\nEquipment\nWhisk\nBowl", rules.PARAGRAPH)]:
        lines = with_chosen_heading(text, 2)
        rules._unmark_short_list_items(lines)
        assert lines[2].label == label
