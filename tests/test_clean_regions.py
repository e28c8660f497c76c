"""Page chrome spanning many lines: comment threads and cookie notices."""

from __future__ import annotations

from sitegen.clean import clean, regions, rules
from sitegen.clean.lines import segment
from tests.test_clean_rules import PARAGRAPH, article, rule_of

REPLY = ("I know what you mean, and I think the council should have asked the people who live on those "
         "roads before it drew up the plan, because they are the ones who will pay for it in the end.")
COMMENTS = [
    "Emma", "December 18, 2025, 9:59 pm", REPLY,
    "Chris S", "December 18, 2025, 10:00 pm", REPLY.replace("council", "mayor"),
    "Max B", "2 days ago at 07:52 am", REPLY.replace("council", "board") + " A double feature of bad ideas.",
]


def test_a_comment_thread_under_the_article_is_dropped() -> None:
    text = article().replace("Share\n\n", "\n\n".join(COMMENTS) + "\n\nShare\n\n")
    result = clean(text)
    kept = " ".join(b.text for b in result.blocks)
    assert "committee 5" in kept
    assert "double feature" not in kept and "Emma" not in kept
    assert rule_of(text, "Emma")[0] == rules.BOILERPLATE


def test_two_dated_entries_are_not_a_thread() -> None:
    lines = segment("\n".join([PARAGRAPH] * 3 + COMMENTS[:6]))
    assert regions.comment_thread_start(lines, 0, len(lines)) is None
    lines = segment("\n".join([PARAGRAPH] * 3 + COMMENTS))
    assert regions.comment_thread_start(lines, 0, len(lines)) == 3


def test_a_thread_needs_article_text_before_it() -> None:
    lines = segment("\n".join(COMMENTS + [PARAGRAPH] * 3))
    assert regions.comment_thread_start(lines, 0, len(lines)) is None


def test_stamps_are_dates_with_a_time_or_relative_times() -> None:
    def stamp(text: str) -> bool:
        return regions.is_stamp(segment(text)[0])

    assert stamp("December 18, 2025, 9:46 pm")
    assert stamp("3 hours ago")
    assert stamp("vor 2 Stunden")
    assert not stamp("December 18, 2025")
    assert not stamp("The meeting ran until 9:46 pm on a Thursday, and then the members went home to sleep.")


def test_cookie_notices_are_dropped_but_cookies_in_text_are_not() -> None:
    notice = "We use cookies to improve your experience on this site. You can learn more here."
    text = article(notice)
    assert rule_of(text, notice) == (rules.BOILERPLATE, "cookie_notice")
    for line, expected in [
        (notice, True),
        ("This website uses cookies to improve your experience while you navigate through the website.", True),
        ("Diese Webseite verwendet Cookies, um die Nutzung zu verbessern.", True),
        ("Accept all cookies", True),
        ("Bake the cookies for twelve minutes, until the edges are golden.", False),
        ("Just as you keep tabs on the cookies disappearing from the jar, track your expenses.", False),
    ]:
        assert regions.is_consent_notice(segment(line)[0]) is expected, line


MORE = ("The council said the new tax would also cover the cost of repairing the bridges, which engineers "
        "have warned are in poor shape after years of heavy lorries crossing them every day.")
TABLE = [f"{item}\n{n},000\n{n + 2},500" for n, item in enumerate(
    ["Venue", "Catering", "Flowers", "Music", "Attire", "Rings", "Cake", "Photos"], 1)]
FOOTER = ["About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy Policy",
          "© 2025 City News. All rights reserved."]


def later_section_page(gap: list[str], later: list[str]) -> str:
    """Text, a table that breaks the run, a later stretch, page chrome."""
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    return "\n\n".join(["Menu", "Search", "Sign in", "City plans new road tax", *body, "Costs by item",
                        *gap, *later, "Share", *FOOTER])


SECTION = ["Hidden costs to plan for", *[MORE.replace("bridges", f"bridges {n}") for n in range(4)]]


def test_a_later_section_past_a_table_is_kept() -> None:
    text = later_section_page(TABLE, SECTION)
    kept = " ".join(b.text for b in clean(text).blocks)
    assert "Hidden costs to plan for" in kept and "bridges 0" in kept and "bridges 1" in kept
    assert rule_of(text, SECTION[2]) == (rules.PARAGRAPH, "later_run:p=0.57")
    # the section's last paragraphs score low, as a page's last lines do: the run carries on over them
    assert rule_of(text, SECTION[4]) == (rules.PARAGRAPH, "later_extension:p=0.18")
    assert "Privacy Policy" not in kept and "All rights reserved" not in kept


def test_a_later_stretch_needs_a_heading_and_nothing_between_that_closes_the_text() -> None:
    no_heading = later_section_page(TABLE, SECTION[1:])  # paragraphs alone past the table: no section
    assert rule_of(no_heading, SECTION[1])[0] == rules.BOILERPLATE
    for between in ("Related stories", "Subscribe"):  # an end marker; a control: page chrome, no table's cell
        text = later_section_page([*TABLE, between], SECTION)
        assert rule_of(text, SECTION[2])[0] == rules.BOILERPLATE


def test_a_later_run_starts_within_reach_and_ends_at_a_break() -> None:
    gains = [1.0, 1.0, -0.5, -0.5, 0.8, -0.1, 0.6, -0.2, -0.2, -0.2, 0.9]
    assert regions.later_run(gains, 2, max_gap=5, max_break=2) == (4, 7, 0.8 - 0.1 + 0.6)
    assert regions.later_run(gains, 2, max_gap=1, max_break=2) is None  # the first gain is 2 lines past the end
    assert regions.later_run(gains, 2, max_gap=5, max_break=4) == (4, 11, 0.8 - 0.1 + 0.6 - 0.6 + 0.9)
    assert regions.later_run([1.0, -1.0, -1.0], 1, max_gap=5, max_break=2) is None


def test_the_table_between_two_sections_of_text_is_kept() -> None:
    text = later_section_page([*TABLE, "Total 36,000", "62,000"], SECTION)
    kept = " ".join(b.text for b in clean(text).blocks)
    assert "Total 36,000" in kept and "bridges 1" in kept
    assert rule_of(text, "62,000")[1].startswith("later_gap:")
    assert rule_of(text, "Venue")[1] == "menu_run"  # a list read as a menu stays out


def test_a_heading_over_the_paragraph_after_an_insert_stays_text() -> None:
    after = PARAGRAPH.replace("committee", "council")
    for heading, kept in [("Conclusion", True), ("What happens next?", True),
                          ("Thanks for watching!Visit Website", False)]:
        lines = segment("\n".join([PARAGRAPH, "Advertisement", heading, after, "Related stories"]))
        lines[1].mark(rules.BOILERPLATE, "ui_control")
        assert rules._extend_run(lines, [0.9, 0.1, 0.1, 0.5, 0.1], 1) == 4
        assert (lines[2].rule != "insert_in_text") is kept, heading
    lines = segment("\n".join([PARAGRAPH, "Advertisement", "Take the next step", after, "Related stories"]))
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._extend_run(lines, [0.9, 0.1, 0.1, 0.35, 0.1], 1) == 4  # a promotion's text scores low
    assert lines[2].rule == "insert_in_text"


def test_a_question_heading_after_an_insert_carries_the_run_on() -> None:
    after = PARAGRAPH.replace("committee", "council")
    lines = segment("\n".join([PARAGRAPH, "___", "CAN THE COUNCIL SAVE ITSELF?", after, "Related stories"]))
    assert rules._extend_run(lines, [0.9, 0.2, 0.4, 0.45, 0.1], 1) == 4
    assert lines[1].rule == "insert_in_text" and not lines[2].label  # the question stays text, for its score
    lines = segment("\n".join([PARAGRAPH, "___", "CAN THE COUNCIL SAVE ITSELF?", after, "Related stories"]))
    assert rules._extend_run(lines, [0.9, 0.2, 0.4, 0.3, 0.1], 1) == 1  # the paragraph under it scores too low


def test_a_later_run_is_looked_for_past_a_slight_stretch() -> None:
    gains = [1.0, 1.0, -0.5, -0.5, 0.8, -0.1, 0.6, -0.2, -0.2, -0.2, 0.9]
    assert regions.later_run(gains, 2, max_gap=9, max_break=2, after=7) == (10, 11, 0.9)
    assert regions.later_run(gains, 2, max_gap=7, max_break=2, after=7) is None  # reach counts from the run's end


def test_a_section_past_a_slight_stretch_of_text_is_kept() -> None:
    slight = ["Note:", MORE.replace("bridges", "tunnels")]  # a paragraph with no heading over it: no section
    text = later_section_page([*TABLE, *slight, *TABLE[:3]], SECTION)
    label, rule = rule_of(text, SECTION[2])
    assert label == rules.PARAGRAPH and rule.startswith("later_run:")
    code_gap = [f"x{n} = load(path{n});" for n in range(8)]  # code past the slight stretch: left as it was
    text = later_section_page([*TABLE, *slight, "\n".join(code_gap)], SECTION)
    assert rule_of(text, SECTION[2])[0] == rules.BOILERPLATE


def test_the_run_starts_over_an_opening_list_and_the_middling_prose_around_it() -> None:
    """Above the run, a text's opening sentences and the lines announcing its
    lists score middling (the position features): they count as its prose, so
    the run carries back over them and the list between; after the run they
    do not, and a list with only short items above the run stays out."""
    intro = ("Diet is one of the pillars of a thriving life, and a whole food diet has every benefit that makes it"
             " the best choice. Research shows that it may prevent many diseases such as:")
    items = ["Type 2 diabetes", "Hypertension", "Obesity"]
    more = "They also improve many other aspects of health, including:"
    lines = segment("\n".join([intro, *items, more, "Digestion", "Sleep", PARAGRAPH]))
    probs = [0.46, 0.31, 0.36, 0.36, 0.53, 0.45, 0.4, 0.9]
    assert rules._carry_run(lines, probs, 7, -1) == 0
    assert rules._carry_run(lines, [0.3, *probs[1:]], 7, -1) == 7  # the opening sentence scores as chrome
    short = segment("\n".join(["Tools needed", *items, "Parts", "Pads", "Rotor", PARAGRAPH]))
    assert rules._carry_run(short, probs, 7, -1) == 7  # no sentence among them
    after = segment("\n".join([PARAGRAPH, intro, *items, more, "Digestion", "Sleep"]))
    assert rules._carry_run(after, [0.9, *probs[:-1]], 1, 1) == 1  # past the run's end, the pivot holds


def test_a_bare_more_label_over_links_set_close_is_an_insert() -> None:
    """"More:" alone, with headlines set close under it in a run of spaced
    paragraphs, is a box of links; "More: <headline>" on one line is not
    such a label, nor is a list under a line that only ends in "more:"."""
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    links = ["The New Space Race", "Spacewalking into her story", "China completes landing test for its first mission"]
    lines = segment("\n\n".join([*body[:3], "\n".join(["More:", *links]), *body[3:]]))
    rules._mark_tight_inserts(lines, 0, len(lines))
    assert [ln.rule for ln in lines] == [*[""] * 3, *["insert_block"] * 4, *[""] * 3]
    for label in ("More: The New Space Race", "Then add two more:"):
        lines = segment("\n\n".join([*body[:3], "\n".join([label, *links]), *body[3:]]))
        rules._mark_tight_inserts(lines, 0, len(lines))
        assert {ln.rule for ln in lines} == {""}, label


def test_links_under_a_marker_set_close_above_the_runs_start_are_an_insert() -> None:
    """A "Most popular" box right above the article, its headlines set close
    and running into where the run starts, is an insert (its headlines may be
    short sentences, a paragraph is not one of them); a marker set apart
    from the run by a blank line, or a box too short, leaves the run alone."""
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(5)]
    links = ["Most popular", "Police chief sought funding for a new system", "The county fair will be free next summer",
             "Taxes are on the rise. These maps show where."]  # a headline may be a sentence or two
    lines = segment("\n".join(["City plans new road tax", *links]) + "\n\n" + "\n\n".join(body))
    lines[0].mark(rules.TITLE, "title_model")
    start = 3  # the run starts on the box's second headline
    rules._mark_tight_inserts(lines, start, len(lines))
    assert [ln.rule for ln in lines] == ["title_model", *["insert_block"] * 4, *[""] * 5]
    para = segment("\n".join(["City plans new road tax", *links, PARAGRAPH]) + "\n\n" + "\n\n".join(body))
    para[0].mark(rules.TITLE, "title_model")
    rules._mark_tight_inserts(para, start, len(para))  # a paragraph set close under the box: the text
    assert [ln.rule for ln in para] == ["title_model", *["insert_block"] * 4, *[""] * 6]
    apart = segment("\n".join(["City plans new road tax", links[0]]) + "\n\n"
                    + "\n".join(links[1:]) + "\n\n" + "\n\n".join(body))
    rules._mark_tight_inserts(apart, start, len(apart))
    assert {ln.rule for ln in apart} == {""}
    short = segment("City plans new road tax\n\n" + "\n".join(links[:2]) + "\n\n" + "\n\n".join(body))
    rules._mark_tight_inserts(short, 2, len(short))
    assert {ln.rule for ln in short} == {""}


def test_an_end_marker_trailing_off_in_an_ellipsis_still_ends_the_run() -> None:
    """"You may also like..." closes the text as "You may also like:" does:
    the teasers under it, however well they score, are not the article."""
    for marker in ("You may also like...", "You might also like…", "Related stories:"):
        assert rules._end_marker(segment(marker)[0]), marker
        teaser = "Who will make the Rock Hall in 2020? Fans cast their votes."
        text = article().replace("\n\nShare", f"\n\n{marker}\n\n{teaser}\n\nShare")
        assert rule_of(text, marker)[0] == rules.BOILERPLATE
        assert teaser not in " ".join(b.text for b in clean(text).blocks)
    for text in ("Related to the vote...", "More to come…"):
        assert not rules._end_marker(segment(text)[0]), text


def test_an_authors_greeting_past_the_text_is_their_bio() -> None:
    """"Hi, I'm Chris!" once the text is mostly read is the author's bio;
    a text that opens with a greeting keeps it."""
    greeting = "Hey, I'm Jessica! Welcome to the blog where organizing is made simple."
    text = article().replace("\n\nShare", f"\n\n{greeting}\n\nShare")
    assert rule_of(text, greeting) == (rules.BOILERPLATE, "author_greeting")
    opening = "Hi, I'm Daniel. I'm a high school senior, and in my free time I write about the city's roads."
    text = article(opening)
    assert rule_of(text, opening)[0] == rules.PARAGRAPH
    for line in ("Hiking is fun, I'm told.", "Hey there, this tax is new."):
        assert not rules._AUTHOR_GREETING.match(line), line


def test_an_author_box_past_the_text_is_their_bio() -> None:
    """A name over a bio that starts with it ("Jane Doe is a reporter ...")
    once the text is mostly read is the author's box: it goes, and so does
    the rest of its bio; a section after it stays."""
    bio = "Jane Doe is a reporter who covers the city's roads and budget for the paper, and she lives nearby."
    more = "She holds a degree in planning from the state university and has written about cities since 2010."
    text = article().replace("\n\nShare", f"\n\nJane Doe\n\n{bio}\n\n{more}\n\nShare")
    for line in ("Jane Doe", bio, more):
        assert rule_of(text, line) == (rules.BOILERPLATE, "author_box"), line
    after = "\n\n".join(PARAGRAPH.replace("committee", f"panel {n}") for n in range(2))
    text = article().replace("\n\nShare", f"\n\nJane Doe\n\n{bio}\n\nWhat comes next\n\n{after}\n\nShare")
    assert rule_of(text, bio) == (rules.BOILERPLATE, "author_box")
    assert rule_of(text, after.split("\n\n")[1])[0] == rules.PARAGRAPH
    early = article(f"Jane Doe\n\n{bio}")  # above the text: a byline's box, not the run's end
    assert rule_of(early, bio)[1] != "author_box"
