"""The cleaner's named rules, each on a small string."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitegen.clean import NO_ARTICLE_WARNING, _take_metadata_lines, clean, features, rules, titles, vocab
from sitegen.clean.learned import models
from sitegen.clean.lines import segment
from sitegen.clean.report import report_rows, report_text
from sitegen.clean.structure import heading_level
from sitegen.model import BlockKind

PARAGRAPH = ("The committee met on Thursday to discuss the proposal, which would change how the city "
             "plans to pay for its roads with a new road tax, and members said they expected a vote "
             "before the end of the year.")


def article(*middle: str) -> str:
    """A page: chrome, a headline, the given lines, text, chrome."""
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    return "\n\n".join(["Menu", "Search", "Sign in", "City plans new road tax", *middle, *body,
                        "Share", "Privacy Policy", "Recommended for you"])


def rule_of(text: str, line: str) -> tuple[str, str]:
    for ln in clean(text).labels:
        if ln.text == line:
            return ln.label, ln.rule
    raise AssertionError(f"line not reported: {line!r}")


def assert_chrome(texts: Iterable[str], predicate: Callable[[str], bool], rule: str) -> None:
    """Each of `texts` is what `predicate` knows, and, alone in a page's text, page chrome by `rule`."""
    for text in texts:
        assert predicate(text), text
        assert rule_of(article(text), text) == (rules.BOILERPLATE, rule), text


def test_a_notice_about_what_the_browser_lacks_is_boilerplate() -> None:
    for notice in ("This slideshow requires JavaScript.", "Media playback is unsupported on your device",
                   "Please enable JavaScript to view the comments powered by Disqus."):
        assert rule_of(article(PARAGRAPH, notice), notice) == (rules.BOILERPLATE, "browser_notice")
    assert not vocab.browser_notice("JavaScript is a language that runs in the browser.")
    assert not vocab.browser_notice("Node supports JavaScript modules.")
    long = ("The new course requires JavaScript, and the students said they were glad to learn it, though "
            "several of them had hoped to spend the first weeks of the term on design and the history of the web.")
    assert rule_of(article(PARAGRAPH, long), long)[1] != "browser_notice"  # a paragraph this long is text


def test_a_page_disclosing_what_it_earns_from_its_links_is_boilerplate() -> None:
    for notice in ("We may earn commission from links on this page, but we only recommend products we back.",
                   "Purchases made through our links may earn us a commission.",
                   "As an Amazon Associate I earn from qualifying purchases.",
                   "Pack Hacker is reader-supported. When you buy through links on our site, we may earn a fee."):
        assert rule_of(article(PARAGRAPH, notice), notice) == (rules.BOILERPLATE, "affiliate_notice")
    assert not vocab.affiliate_notice("Streamers earn a commission when viewers buy games through affiliate links.")
    assert not vocab.affiliate_notice("We met the sales team to talk about the new affiliate program.")
    long = ("We earn a commission on every house we sell, and the agents said that this year the market had been "
            "slow, with fewer buyers in the spring and prices that fell in most of the towns along the coast, "
            "though the city itself held up better than anyone had expected when the year began, and the "
            "larger firms in the region now plan to hire again before the summer.")
    assert rule_of(article(PARAGRAPH, long), long)[1] != "affiliate_notice"  # a paragraph this long is text


def test_a_line_filing_the_article_under_labels_is_boilerplate() -> None:
    for tags in ("Labels: customer development, lean startup", "Tags: Apple, iPhone, Review", "Filed under: Science"):
        assert rule_of(article(PARAGRAPH, tags), tags) == (rules.BOILERPLATE, "tag_line")
    assert not vocab.tag_line("Tagged with love: a family recipe")
    assert not vocab.tag_line("Topics covered in this course include statistics and design.")


def test_a_credit_names_someone_and_a_heading_with_a_bar_or_slash_is_none() -> None:
    for credit in ("Michael Hession/NYT Wirecutter", "Jane Doe | Getty Images", "By Amy Lee | NJ Advance Media",
                   "NASA/JPL-Caltech", "Jane Doe/Getty Images for Netflix", "Jane Doe/Reuters file photo"):
        assert vocab.credit_like(credit), credit
    for heading in ("Best For | Denim", "Size Range | Up to 24", "AI's Passport Problem | Davis Wright Tremaine",
                    "Some Things Last A Long Time / Cherry Bomb", "Pick-Up/Drop-Off Catering", "Shorts/Skirts",
                    "AI/ML infrastructure", "IgnoreRequestHeaders/IgnoreResponseHeaders - exclude specific headers"):
        assert not vocab.credit_like(heading), heading
        assert rule_of(article(PARAGRAPH, heading), heading)[1] != "photo_credit"


def test_the_sites_footer_line_is_boilerplate() -> None:
    for footer in ("Powered by Verbosa & WordPress.", "© 2025 Example Media. Some rights reserved",
                   "Copyright © 2002-2019 - Designed by Gray Digital Media"):
        assert rule_of(article(PARAGRAPH, footer), footer) == (rules.BOILERPLATE, "footer_line")
    assert not vocab.footer_line("Powered by a small V8, the car reached the coast in under four hours.")
    assert not vocab.footer_line("Copyright law protects the work of artists.")


def test_an_advertisements_label_is_boilerplate() -> None:
    for label in ("Advertisement - Continue Reading Below", "ADVERTISEMENT – STAR TOURS",
                  "Advertisement: New AI Book!"):
        assert rule_of(article(PARAGRAPH, label, PARAGRAPH), label) == (rules.BOILERPLATE, "ad_label")
    assert not vocab.ad_label("Advertisements shaped how the town saw itself.")
    assert not vocab.ad_label("Advertisement")  # alone, a control the UI vocabulary knows


def test_link_buttons_alone_on_their_line_are_ui_controls() -> None:
    for control in ("View All", "See all", "LEARN MORE", "Read"):
        assert rule_of(article(PARAGRAPH, control, PARAGRAPH), control) == (rules.BOILERPLATE, "ui_control")
    assert not vocab.ui_line("Read the full report")
    assert not vocab.ui_line("Learn more about the tax")


def test_ui_controls_and_calls_to_action_are_boilerplate() -> None:
    text = article()
    assert rule_of(text, "Share") == (rules.BOILERPLATE, "ui_control")
    assert rule_of(text, "Privacy Policy") == (rules.BOILERPLATE, "call_to_action")


def test_headline_is_found_once_and_its_copy_dropped() -> None:
    text = article() + "\n\nCity plans new road tax\n"
    result = clean(text)
    assert result.title == "City plans new road tax"
    assert rule_of(text, "City plans new road tax")[0] == rules.TITLE
    assert all(b.text != result.title for b in result.blocks)


def test_body_paragraphs_are_kept_in_order_and_chrome_dropped() -> None:
    result = clean(article())
    numbers = [int(b.text.split()[2]) for b in result.blocks]
    # The first paragraph under the headline may be read as its standfirst.
    assert numbers in ([0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5])
    assert all(b.kind is BlockKind.PARAGRAPH for b in result.blocks)


def test_date_line_is_metadata_with_its_zone() -> None:
    text = article("Updated: 15 Sep 2022, 06:26 PM IST")
    assert rule_of(text, "Updated: 15 Sep 2022, 06:26 PM IST") == (rules.META, "date_line")
    result = clean(text)
    assert result.updated == datetime(2022, 9, 15, 18, 26, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert result.published is None


def test_a_sentence_with_a_date_stays_text() -> None:
    line = "The vote was held on March 3, 2021 in the old hall."
    assert rule_of(article(PARAGRAPH, line), line)[1] != "date_line"


def test_byline_is_metadata() -> None:
    text = article("By Jane Doe")
    assert rule_of(text, "By Jane Doe") == (rules.BYLINE, "byline_by")
    assert clean(text).byline == "Jane Doe"


def test_caption_with_a_badge_glued_on_becomes_one_caption() -> None:
    caption = "The mayor speaks at the city hall on Monday"
    text = article(caption + "Premium", caption)
    assert rule_of(text, caption + "Premium") == (rules.BOILERPLATE, "caption_badge_copy")
    assert rule_of(text, caption) == (rules.CAPTION, "caption_repeated")
    figures = [b for b in clean(text).blocks if b.kind is BlockKind.FIGURE]
    assert [f.text for f in figures] == [caption]


def test_breadcrumb_above_the_title_gives_the_section_path() -> None:
    text = "Home / News / World\n\n" + article()
    result = clean(text)
    assert result.section_path == ("News", "World")


def test_short_clean_text_comes_through_whole() -> None:
    result = clean("A note on reading\n\nI read two books this week.\n\nBoth were short.")
    assert result.title == "A note on reading"
    assert [b.text for b in result.blocks] == ["I read two books this week.", "Both were short."]
    assert not result.warnings


def test_a_text_in_clean_form_is_read_as_it_is() -> None:
    # Paragraphs one line each, a blank line between, no page chrome: a text
    # written (or cleaned) as such. However long, every line stays; the date
    # and byline are read, and kept as text.
    paras = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(8)]
    text = "\n\n".join(["Notes on the road tax", "By Jane Doe", "March 3, 2021", "Short line", *paras])
    result = clean(text)
    assert result.title == "Notes on the road tax"
    assert [b.text for b in result.blocks] == ["By Jane Doe", "March 3, 2021", "Short line", *paras]
    assert result.byline == "Jane Doe" and result.published == datetime(2021, 3, 3)
    assert {ln.rule for ln in result.labels} == {"short_text_first_line", "short_text_whole"}
    # With page chrome in it, or with its lines run on, it is read as a page.
    assert "Share" not in [b.text for b in clean(text + "\n\nShare").blocks]
    assert clean(text.replace("\n\nShort line", "\nShort line")).labels[1].rule != "short_text_whole"


def test_clean_form_allows_code_blocks_whose_lines_run_on() -> None:
    # The cleaner's own output: a code block's lines stand one under the
    # other; any other run of lines makes the text a page's copy.
    paras = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(8)]
    snippet = "total = sum(items)\nprint(total)"
    text = "\n\n".join(["Notes on sums", paras[0], snippet, *paras[1:]])
    result = clean(text)
    assert {ln.rule for ln in result.labels} == {"short_text_first_line", "short_text_whole"}
    assert [b.text for b in result.blocks if b.kind is BlockKind.CODE] == []  # two lines are no block
    prose = text.replace(snippet, "Two short lines\nof plain words")
    assert {ln.rule for ln in clean(prose).labels} != {"short_text_first_line", "short_text_whole"}


def test_when_no_article_is_found_the_chrome_still_goes() -> None:
    result = clean("\n".join(["Menu", "Search", "Sign in", "Home", "Contact us", "Share", "Login"]))
    assert NO_ARTICLE_WARNING in result.warnings
    assert (result.title, [b.text for b in result.blocks]) == ("", ["Contact us"])


def test_a_date_line_never_takes_the_last_text() -> None:
    result = clean("the cat 2024 Today\nthe\nthe\nthe\nthe\nthe\ncat\n")
    assert [b.text for b in result.blocks] == ["the cat 2024 Today"]


def test_a_bulleted_line_is_a_list_item_never_a_heading_or_caption() -> None:
    result = clean(article("• First point of the plan", "Photo: Jane Doe", "• Second point of the plan"))
    (items,) = [b.items for b in result.blocks if b.kind is BlockKind.LIST]
    assert items == ("First point of the plan", "Second point of the plan")
    assert not [b for b in result.blocks if b.kind is not BlockKind.LIST and b.text.startswith("•")]


def test_a_document_is_never_emptied() -> None:
    text = "\n".join(["Menu", "Search", "Sign in", "Share", "Home", "Next", "Share", "Login"])
    result = clean(text)
    assert NO_ARTICLE_WARNING in result.warnings
    assert result.blocks


def test_empty_text_gives_an_empty_article() -> None:
    result = clean("")
    assert result.title == "" and result.blocks == () and result.labels == ()


def test_bulleted_lines_become_a_list() -> None:
    items = ["• " + PARAGRAPH.replace("committee", f"panel {n}") for n in range(3)]
    result = clean(article(PARAGRAPH, *items, PARAGRAPH))
    lists = [b for b in result.blocks if b.kind is BlockKind.LIST]
    assert len(lists) == 1 and len(lists[0].items) == 3
    assert lists[0].items[0].startswith("The panel 0")


def test_best_run_finds_the_contiguous_stretch_of_text() -> None:
    probs = [0.1, 0.2, 0.9, 0.8, 0.3, 0.9, 0.1, 0.1, 0.95, 0.0]
    assert features.best_run(probs, [20] * len(probs)) == (2, 6)


def test_best_run_of_nothing_is_empty() -> None:
    assert features.best_run([0.1, 0.2], [5, 5]) == (0, 0)


def test_every_input_line_is_reported_with_a_rule() -> None:
    text = article("By Jane Doe")
    result = clean(text)
    assert len(result.labels) == len(segment(text))
    assert all(ln.label and ln.rule for ln in result.labels)
    assert any(ln.rule.startswith("model:p=") for ln in result.labels)
    rows = report_rows(result.labels)
    assert [r["line"] for r in rows] == [ln.number for ln in result.labels]
    assert report_text(result.labels).count("\n") == len(result.labels)


def test_title_loses_its_site_suffix_when_the_bare_title_is_there() -> None:
    lines = segment("Road tax plan passes | City News\n\nRoad tax plan passes\n\nSome text here.")
    assert titles.title_text(lines, lines[0]) == "Road tax plan passes"


def test_title_loses_the_site_name_its_copyright_line_gives() -> None:
    text = "Best Art Shows of 2025 – Artlyst\n\nSome text here.\n\n© Artlyst 2025"
    assert titles.title_text(segment(text), segment(text)[0]) == "Best Art Shows of 2025"
    other = "Road tax plan – Part 1\n\nSome text here.\n\n© Artlyst 2025"
    assert titles.title_text(segment(other), segment(other)[0]) == "Road tax plan – Part 1"


def test_title_keeps_a_dash_that_is_part_of_it() -> None:
    lines = segment("Budget - what changes for you\n\nSome text here.")
    assert titles.title_text(lines, lines[0]) == "Budget - what changes for you"


def test_uppercase_title_takes_the_case_of_a_copy() -> None:
    lines = segment("ROAD TAX PLAN PASSES\n\nHome > Road tax plan passes\n\nRoad tax plan passes")
    assert titles.title_text(lines, lines[0]) == "Road tax plan passes"


def test_numbered_subsections_get_deeper_heading_levels() -> None:
    assert heading_level("Results") == 2
    assert heading_level("2. Results") == 2
    assert heading_level("2.1 Method") == 3
    assert heading_level("2.1.3. Samples") == 4


def test_related_lines_and_photo_credits_are_boilerplate() -> None:
    text = article("Read more: Council votes on bus lanes", "Photo: Jane Doe/Agency")
    assert rule_of(text, "Read more: Council votes on bus lanes") == (rules.BOILERPLATE, "related_link")
    assert rule_of(text, "Photo: Jane Doe/Agency") == (rules.BOILERPLATE, "photo_credit")


def test_courtesy_and_image_credit_lines_are_credits() -> None:
    for credit in ("Photo Courtesy of Jane Doe", "Courtesy of the brand", "Photo Credit: Screenshot from the website",
                   "(Image credit: City Agency)"):
        assert rule_of(article(PARAGRAPH, credit), credit) == (rules.BOILERPLATE, "photo_credit"), credit
    caption = "The mayor at the opening of the new bridge on Monday"
    figures = [b for b in clean(article(PARAGRAPH, caption, "(Image credit: City Agency)")).blocks
               if b.kind is BlockKind.FIGURE]
    assert [(f.text, f.credit) for f in figures] == [(caption, "City Agency")]


def test_caption_above_a_credit_carries_the_credit() -> None:
    caption = "The mayor at the opening of the new bridge on Monday"
    text = article(PARAGRAPH, caption, "Jane Doe/City Agency")
    assert rule_of(text, caption) == (rules.CAPTION, "caption_before_credit")
    figures = [b for b in clean(text).blocks if b.kind is BlockKind.FIGURE]
    assert [(f.text, f.credit) for f in figures] == [(caption, "Jane Doe/City Agency")]


def test_a_comments_header_closes_the_article() -> None:
    comments = [f"Reader {n} wrote that the plan was a good one and that the city should have done it "
                "years ago, before the roads got this bad." for n in range(2)]
    text = article().replace("\n\nShare", "\n\n12 comments\n\n" + "\n\n".join(comments) + "\n\nShare")
    assert rule_of(text, "12 comments") == (rules.BOILERPLATE, "end_marker")


def test_tags_close_the_article_early_but_related_needs_most_of_it_read() -> None:
    teasers = [PARAGRAPH.replace("committee", f"panel {n}") for n in range(6)]
    for marker, closes in (("Tags:", True), ("Related stories", False)):
        lines = segment("\n".join([PARAGRAPH, PARAGRAPH, PARAGRAPH, marker, *teasers]))
        end = rules._cut_at_end_marker(lines, 0, len(lines))
        assert (end == 3) is closes
        assert (lines[4].rule == "after_final_marker") is closes


def test_a_run_of_one_word_lines_is_a_menu() -> None:
    menu = ["News", "Sport", "Weather", "Culture", "Travel", "Money"]
    text = article(*menu)
    assert {rule_of(text, m) for m in menu} == {(rules.BOILERPLATE, "menu_run")}


SHORT_PAGE = [
    "Home / Travel / Rivers",
    "Share",
    "Why Slow Rivers Carve Wide Valleys",
    "A standfirst that says in one long sentence what this piece is about, at some length.",
    "By Lee Author",
    "Published June 9, 2022",
    "The opening paragraph is long enough to be read as text by anyone, and it ends with a period.",
    "The second paragraph goes on with more detail about the rivers and why their valleys grow wide.",
    "What the survey showed",
    "A closing paragraph sits under a short heading, and it is long and well formed, ending with a period.",
]


def test_last_section_of_a_short_page_is_kept_before_page_chrome() -> None:
    text = "\n".join([*SHORT_PAGE, "Advertisement", "Subscribe to our newsletter for more stories like this one."])
    labels = {ln.text: ln.label for ln in clean(text).labels}
    assert labels["What the survey showed"] == rules.HEADING
    assert labels[SHORT_PAGE[-1]] == rules.PARAGRAPH
    assert labels[SHORT_PAGE[7]] == rules.PARAGRAPH
    assert labels["Advertisement"] == rules.BOILERPLATE


def test_closing_sections_need_page_chrome_or_the_page_end_after_them() -> None:
    section = ["What the survey showed", SHORT_PAGE[-1]]
    teaser = "Another story that people on this site read, told in one long sentence with a period."
    at_end = segment("\n".join(section))
    assert rules._closing_sections(at_end, [0.1] * len(at_end), 0) == 2
    before_chrome = segment("\n".join([*section, "Advertisement"]))
    before_chrome[2].mark(rules.BOILERPLATE, "ui_control")
    assert rules._closing_sections(before_chrome, [0.1] * 3, 0) == 2
    assert before_chrome[0].label == rules.HEADING
    before_more = segment("\n".join([*section, teaser]))
    assert rules._closing_sections(before_more, [0.1] * 3, 0) == 0
    assert not before_more[0].label
    short_paragraph = segment("\n".join(["What the survey showed", "It ended there, with a period."]))
    assert rules._closing_sections(short_paragraph, [0.1] * 2, 0) == 0
    last = "The parks department will hold three public meetings this summer on the design."  # 14 words
    assert rules._closing_sections(segment("\n".join(["What happens next", last])), [0.1] * 2, 0) == 2


SCHOOL_CARE = """Home
News
Sign in
Bees in cities eat better than bees in fields
Nov 19, 2019

The city's education office said on Tuesday it would extend after-school care at primary schools until 8 p.m. \
from next March, answering years of requests from working parents.

The office will first run the scheme at 120 schools that applied, and widen it to half of all schools by 2021. \
Staff hired for the purpose will look after the children.

Teachers are divided. One primary teacher said that if an accident happened the school would still carry the \
blame, and that the classrooms were already crowded.

An official said the office would work with district councils so that head teachers did not take on extra \
work, and has set money aside in next year's budget.

{heading}
The district official said the points rules would be refined after the trial and the scheme rolled out across \
the district next year.

Most read
Exam results out on Dec. 4
About us
"""


def test_closing_sections_may_open_under_a_heading_of_one_or_two_words() -> None:
    last = "The district official said the rules would be refined after the trial next year."
    for heading, end in (("Conclusion", 3), ("Final Thoughts", 3), ("Get Involved", 1), ("conclusion", 1)):
        lines = segment("\n\n".join(["The second paragraph.", heading, last, "Most read"]))
        lines[3].mark(rules.BOILERPLATE, "end_marker")
        assert rules._closing_sections(lines, [0.9, 0.1, 0.1, 0.0], 1) == end, heading
    tight = segment("\n".join(["The second paragraph.", "Conclusion", last, "Most read"]))
    tight[3].mark(rules.BOILERPLATE, "end_marker")
    assert rules._closing_sections(tight, [0.9, 0.1, 0.1, 0.0], 1) == 1  # no blank line sets it apart


def test_a_closing_section_may_open_under_a_heading_of_one_or_two_words() -> None:
    for heading in ("Conclusion", "Final Thoughts"):
        labels = {ln.text: ln.label for ln in clean(SCHOOL_CARE.format(heading=heading)).labels}
        assert labels[heading] == rules.HEADING, heading
        assert labels["The district official said the points rules would be refined after the trial and the "
                      "scheme rolled out across the district next year."] == rules.PARAGRAPH
    bio = "Lee Author is a writer who covers rivers, valleys and the science of how landscapes change over time."
    named = segment("\n\n".join(["The second paragraph.", "Lee Author", bio]))
    assert rules._closing_sections(named, [0.1] * 3, 1) == 1  # a name over a bio heads no section
    tight = segment("\n".join(["The second paragraph.", "Conclusion", SHORT_PAGE[-1]]))
    assert rules._closing_sections(tight, [0.1] * 3, 1) == 1  # no blank line sets it apart


def test_shared_words_favour_the_headline_of_the_text_below() -> None:
    from sitegen.clean import overlap

    lines = segment("\n".join([
        "Warriors end skid with a win over the Grizzlies",
        "City plans new road tax",
        "The city plans a new road tax that would pay for repairs to every road in the county.",
        "Members said the tax would start next year.",
    ]))
    (teaser_run, teaser_lead), (title_run, title_lead) = overlap.shared_words(lines, [0, 1], 2, 4)
    assert title_run == title_lead == 1.0  # "city", "plans", "road", "tax"
    assert teaser_run == teaser_lead == 0.0
    assert overlap.words("東京都の新しい道路") >= {"東京", "道路"}


def test_the_first_paragraph_under_the_headline_and_its_date_is_text() -> None:
    lead = ("Photos released online on Sunday show the city's new road tax office, which opened "
            "its doors to the public this week after a year of work.")
    text = article("October 06, 2018", lead, "Kate Doe")
    assert lead in [b.text for b in clean(text).blocks]
    lines = segment("\n".join(["City plans new road tax", "October 06, 2018", lead, "Kate Doe", PARAGRAPH]))
    lines[0].mark(rules.TITLE, "test")
    lines[1].mark(rules.META, "test")
    low = [0.3] * len(lines)
    assert rules._lead_paragraph(lines, low, 4, lines[0]) == ({2}, None)  # over the short caption, not past the date
    assert rules._lead_paragraph(lines, low, 2, lines[0]) is None  # the run starts with it
    lines[3] = segment("Kate Doe, who took the photos, says the office is open every day of the week")[0]
    assert rules._lead_paragraph(lines, low, 4, lines[0]) is None  # a longer line stands between
    unfinished = segment("\n".join(["City plans new road tax", "October 06, 2018", lead.rstrip("."), PARAGRAPH]))
    unfinished[0].mark(rules.TITLE, "test")
    unfinished[1].mark(rules.META, "test")
    assert rules._lead_paragraph(unfinished, [0.3] * 4, 3, unfinished[0]) is None
    assert rules._lead_paragraph(unfinished, [0.5] * 4, 3, unfinished[0]) == ({2}, None)  # no full stop, but it scores
    repeated = segment("\n".join(["City plans new road tax", "October 06, 2018", lead, PARAGRAPH, lead]))
    repeated[0].mark(rules.TITLE, "test")
    repeated[1].mark(rules.META, "test")
    assert rules._lead_paragraph(repeated, [0.5] * 5, 3, repeated[0]) is None  # a caption the page repeats
    # The text's first section heading stands between the lead and the run: both are text.
    headed = segment("\n".join(["City plans new road tax", "October 06, 2018", lead, "Where the money goes",
                                PARAGRAPH]))
    headed[0].mark(rules.TITLE, "test")
    headed[1].mark(rules.META, "test")
    assert rules._lead_paragraph(headed, [0.3] * 5, 4, headed[0]) == ({2}, 3)
    assert rules._lead_paragraph(headed, [0.3] * 5, 3, headed[0]) == ({2}, None)
    # Two paragraphs open the text above the run: both are text when the upper one scores as text too.
    second = lead.replace("Photos released", "Pictures shown")
    two = segment("\n".join(["City plans new road tax", "October 06, 2018", second, lead, PARAGRAPH]))
    two[0].mark(rules.TITLE, "test")
    two[1].mark(rules.META, "test")
    assert rules._lead_paragraph(two, [0.9, 0.1, 0.45, 0.3, 0.9], 4, two[0]) == ({2, 3}, None)
    assert rules._lead_paragraph(two, [0.9, 0.1, 0.3, 0.3, 0.9], 4, two[0]) == ({3}, None)  # the upper one scores low


def test_a_headline_wins_over_its_standfirst_when_they_score_alike() -> None:
    lines = segment("\n".join(["Menu", "City plans new road tax",
                               "The city said on Monday it plans a road tax to pay for repairs.", PARAGRAPH]))
    candidates = [1, 2]
    assert titles._headline_over_standfirst(lines, candidates, [5.0, 6.0], 1) == 0
    assert titles._headline_over_standfirst(lines, candidates, [3.0, 6.0], 1) == 1  # clearly worse: kept
    assert titles._headline_over_standfirst(lines, candidates, [6.0, 5.0], 0) == 0


def test_a_headline_wins_over_a_long_standfirst_that_is_no_sentence() -> None:
    standfirst = "A guide to the taxes Americans pay, how they work, and why understanding them matters"
    lines = segment("\n".join(["Menu", "Tax 101: Understanding the basics", "By The Editors", standfirst, PARAGRAPH]))
    assert titles._headline_over_standfirst(lines, [1, 3], [9.4, 10.3], 1) == 0
    assert titles._headline_over_standfirst(lines, [1, 3], [8.9, 10.3], 1) == 1  # the closer margin: kept
    short = segment("\n".join(["Menu", "Tax 101: the basics", "A guide to the taxes Americans pay", PARAGRAPH]))
    assert titles._headline_over_standfirst(short, [1, 2], [9.4, 10.0], 1) == 1  # too short for a standfirst
    for upper in ("Try it free", "Code Revisions 4 Stars 107 Forks 9"):  # a button, a row of counters
        other = segment("\n".join(["Menu", upper, standfirst, PARAGRAPH]))
        assert titles._headline_over_standfirst(other, [1, 2], [9.8, 10.3], 1) == 1


def test_a_longer_unpunctuated_headline_wins_over_a_standfirst_that_states() -> None:
    headline = "Model at 53: 'Look at the beauty who turned into an old woman'"
    for standfirst, wins in (("She explained why ageing scares her.", True), ("Why does ageing scare her?", False)):
        lines = segment("\n".join(["Menu", headline, standfirst, PARAGRAPH]))
        assert titles._headline_over_standfirst(lines, [1, 2], [5.5, 6.5], 1) == (0 if wins else 1)
    ended = segment("\n".join(["Menu", headline + "!", "She explained why ageing scares her.", PARAGRAPH]))
    assert titles._headline_over_standfirst(ended, [1, 2], [5.5, 6.5], 1) == 1  # a longer sentence: kept


def test_a_headline_wins_over_the_kicker_that_names_its_subject() -> None:
    lines = segment("\n".join(["Menu", "Road Tax", "Published 2 hours ago",
                               "City council votes for a new 'road tax' to pay for repairs", PARAGRAPH]))
    candidates = [1, 3]
    assert titles._headline_under_kicker(lines, candidates, [6.0, 5.5], 0) == 1
    assert titles._headline_under_kicker(lines, candidates, [6.0, 4.0], 0) == 0  # clearly worse: kept
    other = segment("\n".join(["Menu", "Bus Lanes", "City council votes for a new road tax", PARAGRAPH]))
    assert titles._headline_under_kicker(other, [1, 2], [6.0, 5.5], 0) == 0  # another subject


def test_a_headline_repeated_lower_down_as_a_label_keeps_its_place() -> None:
    lines = segment("\n".join(["Menu", "Car Maintenance Schedule", "Share", "VEHICLE MAINTENANCE SCHEDULE",
                               PARAGRAPH]))
    assert titles._earlier_headline(lines, [1, 3], [9.7, 10.2], 1) == 0
    assert titles._earlier_headline(lines, [1, 3], [9.0, 10.2], 1) == 1  # clearly worse: kept
    other = segment("\n".join(["Menu", "Tips for Online Success", "Canvas Student Help Desk", PARAGRAPH]))
    assert titles._earlier_headline(other, [1, 2], [6.0, 6.3], 1) == 1  # no words in common


def test_a_headline_may_ask_but_not_state() -> None:
    standfirst = "Lawsuits have followed before. But a charge would be hard to prove in court."
    for headline, wins in (("Is this road tax fair?", True), ("The city plans a new road tax.", False)):
        lines = segment("\n".join(["Menu", headline, standfirst, PARAGRAPH]))
        assert titles._headline_over_standfirst(lines, [1, 2], [5.0, 6.0], 1) == (0 if wins else 1)


def test_the_text_carries_on_after_an_advertisement_insert() -> None:
    lines = segment("\n".join([PARAGRAPH, "Advertisement", "Thanks for watching!Visit Website",
                               PARAGRAPH.replace("committee", "council"), "Related stories", PARAGRAPH]))
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    probs = [0.9, 0.1, 0.1, 0.5, 0.1, 0.9]
    assert rules._after_insert(lines, probs, 1) == 3
    assert rules._after_insert(lines, [0.9, 0.1, 0.1, 0.1, 0.1, 0.9], 1) == 1  # the paragraph after scores too low
    assert rules._after_insert(lines, probs, 4) == 4  # an end marker is not an insert


def test_the_text_carries_on_after_a_picture_in_it() -> None:
    lines = segment("\n".join([PARAGRAPH, "Image copyright Reuters", "Image caption The mayor at the vote",
                               PARAGRAPH.replace("committee", "council"), "Related stories"]))
    lines[1].mark(rules.BOILERPLATE, "photo_credit")
    lines[2].mark(rules.CAPTION, "caption_lead")
    probs = [0.9, 0.1, 0.1, 0.4, 0.1]
    assert rules._after_insert(lines, probs, 1) == 3
    lines[2].mark(rules.META, "date_line")  # a date line is no picture: the text does not carry on over it
    assert rules._after_insert(lines, probs, 1) == 1


def test_a_short_sentence_after_the_run_carries_it_on() -> None:
    lines = segment("\n".join([PARAGRAPH, '"I almost died there," she said.', "Home", "About"]))
    assert rules._extend_run(lines, [0.9, 0.3, 0.1, 0.1], 1) == 2
    assert rules._extend_run(lines, [0.9, 0.01, 0.1, 0.1], 1) == 1  # scored as chrome
    menu = segment("\n".join([PARAGRAPH, "Thanks for reading, everyone.", "Home"]))  # four words: too short
    assert rules._extend_run(menu, [0.9, 0.3, 0.1], 1) == 1


def test_lines_after_a_final_marker_past_the_run_are_chrome() -> None:
    teaser = "Chip makers expect sales of new handsets to double next year, and analysts agree with them."
    lines = segment("\n".join([PARAGRAPH, "Related Topics:", "Show Comments", teaser, "Another story", teaser]))
    lines[1].mark(rules.BOILERPLATE, "end_marker")
    lines[2].mark(rules.BOILERPLATE, "insert_block")  # another rule took the marker: it still ends the text
    rules._close_after_final_marker(lines, 1)
    assert [ln.rule for ln in lines[3:]] == ["after_final_marker"] * 3
    kept = segment("\n".join([PARAGRAPH, "Related Topics:", teaser]))  # a marker that may stand inside a text
    rules._close_after_final_marker(kept, 1)
    assert kept[2].label == ""


def test_a_breadcrumb_trail_is_never_the_headline() -> None:
    assert titles._breadcrumb_trail(segment("BLOG > Weight Loss > Weight Loss Tips")[0])
    assert titles._breadcrumb_trail(segment("Home » News » World")[0])
    assert not titles._breadcrumb_trail(segment("Prices rise > 5% in May")[0])
    assert not titles._breadcrumb_trail(segment("City plans new road tax")[0])
    text = article().replace("City plans new road tax", "News > City > Roads\n\nCity plans new road tax")
    assert clean(text).title == "City plans new road tax"


def test_a_name_tag_over_the_heading_it_starts_is_chrome() -> None:
    lines = segment("\n".join(["Nintendo", "Nintendo Switch Lite for $200", "Nintendo",
                               "Nintendo makes consoles for the living room, and this one fits a pocket."]))
    assert rules._name_tag(lines[0], lines[1])
    assert not rules._name_tag(lines[2], lines[3])  # a heading over a sentence that starts with it
    assert not rules._name_tag(lines[1], lines[2])


def test_a_run_that_starts_inside_a_list_takes_in_the_items_above() -> None:
    lines = segment("\n".join(["Menu", "1st stage: 10 March - Lisbon", "2nd stage: 8 April - Porto",
                               "3rd stage: 22 April - Braga", PARAGRAPH]))
    assert rules._list_start(lines, 3) == 1
    assert rules._list_start(lines, 4) == 4  # a paragraph has no item shape
    assert rules._item_shape("12a etapa: 9 de dezembro") == rules._item_shape("4a etapa: 06 de maio")
    assert rules._item_shape("Note: this is not an item") is None


def test_a_playlist_of_headlines_where_the_text_starts_is_chrome() -> None:
    playlist = ["Mayor says the protests hurt trade", "Phone maker launches its own system",
                "What the new chips mean for buyers", "How one founder changed online shopping",
                "Why fast food chains want this market", "This is the answer to the electric car"]
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(4)]
    lines = segment("\n".join(playlist) + "\n\n" + "\n\n".join(body))
    assert rules._skip_headline_list(lines, 1, len(lines)) == len(playlist)
    assert {ln.rule for ln in lines[1:len(playlist)]} == {"headline_list"}
    # Introduced by a sentence, the same lines are the article's own list.
    intro = "The report covers these topics:"
    lines = segment(intro + "\n\n" + "\n".join(playlist[1:]) + "\n\n" + "\n\n".join(body))
    assert rules._skip_headline_list(lines, 1, len(lines)) == 1


def test_a_caption_with_its_credit_glued_on_is_a_figure() -> None:
    caption = "The new road seen from the hill above the town. Credit: City Agency"
    text = article(PARAGRAPH, caption)
    assert rule_of(text, caption) == (rules.CAPTION, "caption_with_credit")
    figures = [b for b in clean(text).blocks if b.kind is BlockKind.FIGURE]
    assert [(f.text, f.credit) for f in figures] == [("The new road seen from the hill above the town.",
                                                      "Credit: City Agency")]
    assert vocab.trailing_credit("He kept the photo: it showed the old road.") is None
    assert vocab.trailing_credit("Workers at the site. Photo by Jane Doe") == "Photo by Jane Doe"
    assert vocab.trailing_credit("The plague doctor of the old town (Image: GETTY)") == "(Image: GETTY)"
    # Glued on where the page set the credit apart only by its style.
    assert vocab.trailing_credit("A hunter ate a rabbitCredit: Getty - Contributor") == "Credit: Getty - Contributor"
    assert vocab.trailing_credit("The mayor speaks on July 25, 2019.J. Scott Applewhite / AP file") \
        == "J. Scott Applewhite / AP file"
    assert vocab.trailing_credit("The vote was split 50 / 50.") is None
    assert vocab.trailing_credit("A worker loads trims at a store in Hialeah, Fla. (AP Photo/Alan Diaz)") \
        == "(AP Photo/Alan Diaz)"
    assert vocab.trailing_credit("The split was fair (photo/video rights aside)") is None
    assert vocab.trailing_credit("He met the new Credit: a bank's name") is None  # a space before: no glue


def test_a_credit_in_brackets_is_a_credit_but_a_source_in_brackets_is_text() -> None:
    assert vocab.credit_like("(Image: © NASA/ESA/K. Retherford/SWRI)")
    assert vocab.credit_like("(Photo by Jane Doe)")
    assert not vocab.credit_like("(Source: Power BI Dashboard Templates, AnyInstructor)")


def test_headlines_the_page_also_links_elsewhere_are_link_copies_in_the_text() -> None:
    links = ["Safety officials urge a redesign of the bridge", "Teen accused of plotting an attack downtown"]
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(3)]
    page = [*links, "City plans new road tax", body[0], "Trending", *links, body[1], "Contents",
            "What the survey showed", body[2].replace("committee", "survey"), "What the survey showed", body[2]]
    lines = segment("\n".join(page))
    rules._mark_link_copies(lines, 2, len(lines) - 2)
    assert [ln.rule for ln in lines[5:7]] == ["link_copy", "link_copy"]
    assert lines[9].rule == ""  # a lone heading listed again elsewhere stays


def test_share_links_that_open_a_new_window_are_share_prompts() -> None:
    assert vocab.share_line("Click to share on Facebook (Opens in new window)")
    assert vocab.share_line("Click to email this to a friend")
    assert not vocab.share_line("Shares rose on Monday (as expected)")


def test_a_picture_agency_ending_a_short_line_makes_it_a_credit() -> None:
    for credit in ("Getty Images", "GETTY", "Image copyright EPA", "Jane Doe Submitted photo",
                   "State Registry via AP", "Jane Doe/City Sun via AP"):
        assert vocab.credit_like(credit), credit
    for text in ("About Thomson Reuters", "The apple of my eye", "Markets rise on trade hopes"):
        assert not vocab.credit_like(text), text


def test_a_gallery_of_credits_costs_the_run_one_line_of_chrome() -> None:
    lines = segment("\n".join([PARAGRAPH, "1 of 3", "Jane Doe Submitted photo", "John Roe Submitted photo", PARAGRAPH]))
    for line in lines[2:4]:
        line.mark(rules.BOILERPLATE, "photo_credit")
    assert [rules._gallery_credit(lines, ln) for ln in lines] == [False, False, False, True, False]


def test_headlines_cut_short_in_a_row_are_teasers() -> None:
    lines = segment("\n".join([PARAGRAPH, "Microsoft removes the hold for users with Bluetooth...",
                               "‘스탠딩 업’, 고루했던 KBS 예능국의 아..", PARAGRAPH,
                               "But here is the thing …", PARAGRAPH]))
    rules._mark_teaser_lists(lines)
    assert [ln.rule for ln in lines] == ["", "teaser_list", "teaser_list", "", "", ""]


def test_a_run_of_short_lines_in_a_wide_script_is_a_menu() -> None:
    menu = ["연예일반", "공연/전시", "문화일반", "도서", "정석희칼럼"]
    lines = segment("\n".join([PARAGRAPH, *menu, PARAGRAPH]))
    rules._mark_link_lists(lines)
    assert {ln.rule for ln in lines[1:6]} == {"menu_run"}


def test_short_lines_under_a_line_announcing_them_are_the_list_it_announces() -> None:
    items = ["Roads", "Bridges", "Tunnels", "Sidewalks", "Bike lanes"]
    intro = "The committee said the new tax would pay for the following works:"
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    for over, rule in ((intro, (rules.PARAGRAPH, "announced_list")), (PARAGRAPH, (rules.PARAGRAPH, "announced_list")),
                       ("What the city will build", (rules.BOILERPLATE, "menu_run"))):
        text = "\n\n".join(["Menu", "Search", "City plans new road tax", *body[:3], over, "\n".join(items),
                             *body[3:], "Share", "Privacy Policy"])
        assert {rule_of(text, item) for item in items} == {rule}, over  # under a short line, a menu


def test_a_pages_navigation_labels_and_shop_links_among_its_text_are_chrome() -> None:
    for label in ("Table of Contents", "TABLE OF CONTENTS", "Back to top", "Previous Next", "On this page:"):
        assert vocab.nav_label(label), label
        body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
        text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], label, *body[3:], "Share"])
        assert rule_of(text, label) == (rules.BOILERPLATE, "nav_label"), label
    for text in ("Contents of the new bill", "Contact us for a quote", "Table", "Get Started", "Contact us"):
        assert not vocab.nav_label(text), text  # a section of a guide may be called so
    for link in ("Buy on Amazon", "$129.99 at Walmart", "Check price at Best Buy"):
        body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
        text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], link, *body[3:], "Share"])
        assert rule_of(text, link) == (rules.BOILERPLATE, "shop_link"), link
    for text in ("Buy on a budget and save on the rest of the year", "$5 at the door", "View on GitHub",
                 "$1,000 at stake"):
        assert not vocab.SHOP_LINK.match(text), text


def test_a_short_link_the_page_shows_by_each_item_is_chrome() -> None:
    items = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(8)]
    link = "See the full rating."
    text = "\n\n".join(["Menu", "City plans new road tax", *(x for item in items for x in (item, link)), "Share"])
    labels = [ln for ln in clean(text).labels if ln.text == link]
    assert len(labels) == 8 and all(ln.label == rules.BOILERPLATE for ln in labels)
    assert any(ln.rule == "repeated_link" for ln in labels)
    few = "\n\n".join(["Menu", "City plans new road tax", *(x for item in items[:3] for x in (item, link)), "Share"])
    assert not any(ln.rule == "repeated_link" for ln in clean(few).labels)  # shown once or twice: may be the text's
    field = "See it now: Amazon"  # a field's name and its value: kept as the text's
    text = "\n\n".join(["Menu", "City plans new road tax", *(x for item in items for x in (item, field)), "Share"])
    assert not any(ln.rule == "repeated_link" for ln in clean(text).labels)


def test_a_story_headline_over_read_more_in_the_text_is_chrome() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    headline = "Why Cities Across the Country Are Suddenly Rethinking How They Tax Their Roads"
    teaser = "In recent months, dozens of councils have looked again at the way they pay for"
    text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], headline, teaser, "Read more", *body[3:],
                        "Share"])
    assert rule_of(text, headline) == (rules.BOILERPLATE, "read_more_teaser")
    assert rule_of(text, teaser) == (rules.BOILERPLATE, "read_more_teaser")
    listing = "\n\n".join(["Menu", "Latest stories", *(x for n in range(4) for x in (
        f"Why Cities Are Rethinking How They Tax Roads, Part {n}", body[n], "Read more"))])
    assert not any(ln.rule == "read_more_teaser" for ln in clean(listing).labels)  # a list of stories: no text above


def test_a_fragment_set_right_under_a_photo_credit_is_the_pictures_control() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    block = "Image copyright Jane Doe\nReport post"
    text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], block, *body[3:], "Share"])
    assert rule_of(text, "Report post") == (rules.BOILERPLATE, "credit_fragment")
    label = "\n\n".join(["Menu", "City plans new road tax", *body[:3], block + "\nThe Town Hall", *body[3:], "Share"])
    assert rule_of(label, "Report post")[1] != "credit_fragment"  # set right over the next line: its label


def test_a_control_that_counts_what_it_opens_is_chrome() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    for control in ("0 Comments", "197 Shares", "Comments (12)", "View all (4)"):
        assert vocab.COUNTED_CONTROL.match(control), control
        text = "\n\n".join(["Menu", "City plans new road tax", body[0], control, *body[1:], "Share"])
        assert rule_of(text, control) == (rules.BOILERPLATE, "counted_control"), control
    text = "\n\n".join(["Menu", "City plans new road tax", body[0], "Back to Gallery", *body[1:], "Share"])
    assert rule_of(text, "Back to Gallery") == (rules.BOILERPLATE, "nav_label")
    for line in ("12 comments were read out", "Comments", "3 shares of stock"):
        assert not vocab.COUNTED_CONTROL.match(line), line


def test_a_note_naming_who_else_reported_the_story_closes_its_text() -> None:
    for note in ("Contributing: Jane Doe", "With Post wires", "Additional reporting by Jane Doe in Paris"):
        assert rules._closing_note(segment(note)[0]), note
    for line in ("Contributing Writer", "With wires hanging from the ceiling, the hall looked unfinished."):
        assert not rules._closing_note(segment(line)[0]), line


def test_a_post_quoted_right_under_the_text_is_text() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    post = "The vote is set for Friday, and we will be there https://t.co/abc123"
    by = "— Jane Doe (@janedoe) November 18, 2019"
    text = "\n\n".join(["Menu", "City plans new road tax", *body, post, by, "Subscribe to our newsletter", "Share"])
    assert rule_of(text, by) == (rules.PARAGRAPH, "embedded_post")
    assert rule_of(text, post)[0] == rules.PARAGRAPH
    apart = "\n\n".join(["Menu", "City plans new road tax", *body, "Share", post, by, "Share"])
    assert rule_of(apart, by)[1] != "embedded_post"  # under page chrome: no post of the text


def test_a_list_set_tight_between_the_texts_lines_over_a_sentence_is_text() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    block = ("Foods the plan limits in each meal of the day\nbread\nrice\npasta\ncake\nsugar\n"
             "and a few other foods that are rich in starch, the doctors said.")
    text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], block, *body[3:], "Share"])
    assert rule_of(text, "pasta") == (rules.PARAGRAPH, "announced_list")
    apart = block.replace("sugar\n", "sugar\n\n")  # a blank line under the short lines: a menu as often
    text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], apart, *body[3:], "Share"])
    assert rule_of(text, "pasta")[1] != "announced_list"


def test_a_line_shown_twice_in_a_row_is_kept_once() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    caption = "The mayor speaks to reporters outside the town hall on Monday evening in the rain."
    text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], caption, caption, *body[3:], "Share"])
    labels = [ln for ln in clean(text).labels if ln.text == caption]
    assert [ln.rule for ln in labels].count("line_copy") == 1
    lines = segment("\n".join([caption, caption]))
    lines[0].mark(rules.PARAGRAPH, "model:p=0.90")
    lines[1].mark(rules.HEADING, "heading_model:p=0.60")
    rules._mark_line_copies(lines)
    assert lines[0].rule == "line_copy" and lines[1].label == rules.HEADING  # the one heading what follows stays


def test_a_line_ending_in_a_news_agency_in_brackets_is_a_caption() -> None:
    caption = "The border check point near the port of entry in Nogales, Ariz. (AP)"
    assert rule_of(article(caption), caption) == (rules.CAPTION, "caption_agency")
    dateline = "NOGALES, Ariz. (AP) — The border check point near the port of entry reopened on Monday."
    assert rule_of(article(dateline), dateline)[1] != "caption_agency"


def test_a_related_link_in_brackets_is_a_related_link() -> None:
    assert_chrome(("[Related: City Council Keynote: Roads, Taxes And Protesters]",
                   "[Read more: A Guide to Road Taxes]"), vocab.related_lead, "related_link")
    assert not vocab.related_lead("[Related costs were not disclosed.]")


def test_a_headline_in_capitals_quoting_a_phrase_between_the_texts_lines_is_a_link() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    link = "MAYOR ELIMINATED FROM 'DANCING WITH THE STARS' AFTER A TOUGH WEEK"
    text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], link, *body[3:], "Share"])
    assert rule_of(text, link) == (rules.BOILERPLATE, "capital_headline")
    heading = "CALIFORNIA'S PUSH FOR NEW ROAD TAXES IN EVERY CITY"  # an apostrophe, no quote: a section's heading
    text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], heading, *body[3:], "Share"])
    assert rule_of(text, heading)[1] != "capital_headline"


def test_a_sites_legal_disclaimer_is_chrome() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    for note in ("*These statements have not been evaluated by the Food and Drug Administration. These products are "
                 "not intended to diagnose, treat, cure, or prevent any disease.",
                 "This article is for informational purposes only and does not constitute legal advice.",
                 "+Results vary depending on starting point, goals and effort."):
        text = "\n\n".join(["Menu", "City plans new road tax", *body, note, "Share"])
        assert rule_of(text, note) == (rules.BOILERPLATE, "disclaimer"), note
    assert not vocab.DISCLAIMER.search("The results vary from town to town, the committee said.")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(vocab.DISCLAIMER))
def test_every_disclaimer_holds_a_literal(text: str) -> None:
    if text.isascii() and not text.startswith(("*", "+")):
        assert vocab.disclaimer(text)


def test_an_authors_bio_opening_with_a_name_and_an_address_is_chrome() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    bio = ("Jane Doe (jane@example.com) is the editor and publisher of The City Review, and a senior staff writer "
           "with the paper.")
    text = "\n\n".join(["Menu", "City plans new road tax", *body, bio, "Share"])
    assert rule_of(text, bio) == (rules.BOILERPLATE, "contact_bio")
    quote = "Jane Doe (@janedoe) wrote on Monday that the road tax would pass, and the committee agreed with her."
    text = "\n\n".join(["Menu", "City plans new road tax", *body[:3], quote, *body[3:], "Share"])
    assert rule_of(text, quote)[1] != "contact_bio"


def test_what_a_form_says_once_used_is_chrome() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    for notice in ("Thank you! Your submission has been received!", "How useful was this post?",
                   "Oops! Something went wrong while submitting the form."):
        text = "\n\n".join(["Menu", "City plans new road tax", body[0], notice, *body[1:], "Share"])
        assert rule_of(text, notice) == (rules.BOILERPLATE, "form_notice"), notice
    assert not vocab.FORM_NOTICE.match("How useful was this post to the committee, the mayor asked?")


def test_a_text_the_page_shows_twice_is_kept_once() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(5)]
    text = "\n\n".join(["Menu", "City plans new road tax", *body, "Share", "Section heading", *body, "Share"])
    labels = [ln for ln in clean(text).labels if ln.text in body]
    assert [ln.rule for ln in labels[:5]] == ["repeated_text"] * 5
    assert all(ln.label == rules.PARAGRAPH for ln in labels[5:])
    quoted = "\n\n".join(["Menu", "City plans new road tax", *body, body[2], "Share"])  # a pulled quote
    assert not any(ln.rule == "repeated_text" for ln in clean(quoted).labels)


def test_a_numbered_heading_right_above_the_text_opens_it() -> None:
    assert rule_of(article("1. Introduction"), "1. Introduction")[0] == rules.HEADING
    lines = segment("\n\n".join(["City plans new road tax", "1. Introduction", PARAGRAPH]))
    probs = [0.9, 0.25, 0.9]
    title = lines[0]
    assert rules._opening_heading(lines, probs, 2, title) == 1 and lines[1].rule == "opening_heading:p=0.25"
    lines = segment("\n\n".join(["City plans new road tax", "Why this matters", PARAGRAPH]))
    assert rules._opening_heading(lines, probs, 2, title) == 2  # neither numbered nor a question
    lines = segment("\n\n".join(["City plans new road tax", "1. Introduction", "2. The vote"]))
    assert rules._opening_heading(lines, probs, 2, title) == 2  # over a short line: a list of sections


def test_a_heading_right_above_a_text_that_opens_with_a_list_heads_it() -> None:
    items = "\n".join(["1st round: 10 March, Interlagos", "2nd round: 8 April, Curitiba",
                       "3rd round: 22 April, Velopark"])
    title_line = "Stock Car calendar 2018"
    probs = [0.9, 0.25, 0.5, 0.5, 0.5]
    lines = segment("\n\n".join([title_line, "The Stock Car calendar for 2018", items]))
    assert rules._opening_heading(lines, probs, 2, lines[0]) == 1
    assert (lines[1].label, lines[1].rule) == (rules.HEADING, "opening_list_heading:p=0.25")
    for lead_in in ("The Stock Car calendar for 2018:", "**The calendar for 2018:**"):  # a list's lead-in
        lines = segment("\n\n".join([title_line, lead_in, items]))
        assert rules._opening_heading(lines, probs, 2, lines[0]) == 2, lead_in
    lines = segment("\n\n".join([title_line, "The Stock Car calendar for 2018", items.replace("\n", "\n\n")]))
    assert rules._opening_heading(lines, probs, 2, lines[0]) == 2  # paragraphs, no list: no heading of it


def test_a_sentence_naming_a_newsletter_on_a_page_about_them_is_text() -> None:
    about = [f"Editors {n} said the newsletter they started last spring now reaches more readers than the site "
             "itself, and that the letters readers send back have changed how the paper covers the city, its schools "
             "and its roads." for n in range(5)]  # longer than a call to action
    fact = "The paper added thousands of newsletter subscribers in a single year, its editors said on Monday."
    offer = "Our free weekly newsletter brings the city's news to your inbox every Monday morning, with no ads."
    text = "\n\n".join(["Menu", "Why newsletters are back", *about[:3], fact, offer, *about[3:], "Share"])
    assert rule_of(text, fact) == (rules.PARAGRAPH, "newsletter_topic")
    assert rule_of(text, offer) == (rules.BOILERPLATE, "call_to_action")
    single = "\n\n".join(["Menu", "City plans new road tax", PARAGRAPH, fact, PARAGRAPH.replace("committee", "board")])
    assert rule_of(single, fact) == (rules.BOILERPLATE, "call_to_action")  # a page not about newsletters


def test_a_numbered_list_the_run_ends_in_goes_on_to_its_last_item() -> None:
    items = [f"{n}) Board game number {n}\nhttp://example.com/{n}" for n in range(1, 6)]
    lines = segment("\n\n".join([PARAGRAPH, *items, "Leave a comment", "Search"]))
    end = 5  # the run ends after item 2 and its link
    assert lines[3].text.startswith("2)")
    assert rules._continue_numbering(lines, 0, end) == 11  # items 3 to 5, each with its link
    assert {ln.rule for ln in lines[5:11]} == {"numbered_list"} and not lines[11].rule
    close = segment("\n".join([PARAGRAPH, "1. Octoverse GitHub", "2. Technology Stack Overflow", "3. TIOBE Index",
                                "4. Kotlin Releases"]))
    assert rules._continue_numbering(close, 0, 3) == 3  # items line under line: a list of links or sources


def test_short_lines_of_program_code_are_no_menu() -> None:
    code_lines = ["int t(int *a) {", "if (!a) {", "return -1;", "}", "return *a;", "}"]
    lines = segment("\n".join([PARAGRAPH, *code_lines, PARAGRAPH]))
    rules._mark_link_lists(lines)
    assert {ln.rule for ln in lines} == {""}
    query = ["SELECT", "schemaname,", "relname,", "last_analyze,", "last_autoanalyze"]
    lines = segment("\n".join([PARAGRAPH, *query, PARAGRAPH]))
    rules._mark_link_lists(lines)
    assert {ln.rule for ln in lines} == {""}
    menu = ["Home", "News", "Sport", "Weather", "Travel"]
    lines = segment("\n".join([PARAGRAPH, *menu, PARAGRAPH]))
    rules._mark_link_lists(lines)
    assert {ln.rule for ln in lines[1:6]} == {"menu_run"}


def test_about_and_a_name_opens_the_authors_bio_and_closes_the_article() -> None:
    for text in ("About Jane Doe", "Sobre Carlos Nadalim", "Über Moritz Bachmann"):
        assert vocab.about_the_author(text), text
    for text in ("About Us", "About The Devils", "About time we left"):
        assert not vocab.about_the_author(text), text
    bio = "Jane Doe writes about cities, roads and the money that pays for them, and lives by the river."
    lines = segment("\n".join([PARAGRAPH, PARAGRAPH, PARAGRAPH, "About Jane Doe", bio]))
    assert rules._cut_at_end_marker(lines, 0, len(lines)) == 3
    assert lines[4].rule == "after_final_marker"


def test_a_short_line_behind_an_arrow_is_a_link() -> None:
    text = article(PARAGRAPH, "» Power Ranking of the season")
    assert rule_of(text, "» Power Ranking of the season") == (rules.BOILERPLATE, "arrow_link")


KOREAN_PAGE = (Path(__file__).parent / "fixtures" / "input" / "korean_article.txt").read_text(encoding="utf-8")


def test_a_korean_article_is_read_like_any_other() -> None:
    result = clean(KOREAN_PAGE)
    paragraphs = [b.text for b in result.blocks if b.kind is BlockKind.PARAGRAPH]
    assert result.title == "서울시, 내년부터 도심 도로 통행료 도입 추진"
    assert len(paragraphs) == 4 and paragraphs[0].startswith("서울시는") and paragraphs[-1].startswith("시는")
    # The first reading already takes Korean prose for text: its script is the page's own.
    lines = segment(KOREAN_PAGE)
    ctx = features.page_context(lines, -1)
    first = [models()["line"].probability(v) for v in features.line_vectors(ctx)]
    assert all(first[ln.index] > 0.5 for ln in lines if ln.text.startswith(("서울시는", "통행료는", "전문가들은")))


def test_an_interview_goes_on_to_its_last_short_answer() -> None:
    qa = ["Q: How do you plan your day?", "A: With a list, written the night before, and kept short.",
          "Q: Favourite books?", "A: Anything about rivers.", "Q: Favourite athlete?", "A: Nobody in particular."]
    lines = segment("\n".join([PARAGRAPH, *qa, "Share"]))
    assert rules._interview_end(lines, 0, 5) == 7
    assert rules._interview_end(lines, 0, 3) == 3  # too few questions in the run to tell


def test_an_interviews_questions_are_headings_and_its_answers_never() -> None:
    qa = [PARAGRAPH]
    for n in range(4):
        qa += [f"Q: What did the committee {n} decide about the road tax?", f"A: Trip to the coast {n}", PARAGRAPH]
    headings = [b.text for b in clean(article(*qa)).blocks if b.kind is BlockKind.HEADING]
    assert headings == [line for line in qa if line.startswith("Q:")]


def test_list_items_attributions_bylines_credits_and_barred_lines_are_never_headings() -> None:
    for text in ("- Diapers", "— Neil Gaiman", "• Faster connection speeds", "By Anmol", "Source",
                 "Image 2: A simple AI workflow", "★ | Upper East Side", "Guests pick pastries. | Photo by Lisa"):
        assert rules._never_heading(text), text
    for text in ("Why the committee voted no", "Sourcing the parts", "Byways of the north", "Q&A with the mayor",
                 "1. Sustainability and green cleaning", "Getting the permits", "Should you buy or lease?",
                 "Step 1: Plan the route", "Reading list"):
        assert not rules._never_heading(text), text


def test_buttons_fields_and_links_to_more_are_never_headings() -> None:
    for text in ("Get the Recipe", "Visit Website", "Read our full Sling TV review", "Check out the deals",
                 "Pricing: 15%", "Organization: IREM", "More: Hammock Full Review", "Related: Road tax"):
        assert rules._never_heading(text), text


def test_a_line_led_by_image_caption_is_a_figure_caption() -> None:
    caption = "Image caption The mayor said the tax would pay for the repairs"
    text = article(PARAGRAPH, caption)
    assert rule_of(text, caption) == (rules.CAPTION, "caption_lead")
    figures = [b.text for b in clean(text).blocks if b.kind is BlockKind.FIGURE]
    assert figures == ["The mayor said the tax would pay for the repairs"]


def test_a_block_of_links_set_close_under_most_read_is_an_insert() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(10)]
    links = ["Most read in world news", "ROYAL NEWS", "Prince parties in old pictures", "TIME TRAVELLER",
             "Old photo shows a young activist"]
    item = "Remote control. Manage the heating from the app."  # a list item set close above: a sentence
    text = "\n\n".join([*body[:5], "\n".join([item, *links]), *body[5:]])
    lines = segment(text)
    rules._mark_tight_inserts(lines, 0, len(lines))
    assert [ln.rule for ln in lines] == [*[""] * 6, *["insert_block"] * 5, *[""] * 5]
    packed = segment(text.replace("\n\n", "\n"))  # a page that does not space its paragraphs
    rules._mark_tight_inserts(packed, 0, len(packed))
    assert {ln.rule for ln in packed} == {""}


def test_two_links_set_close_under_related_articles_are_an_insert_even_when_cut_short() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    links = ["Related articles", "Weather alert: storms to hit the coast as Hurri...",
             "Old photo shows a young activist"]
    text = "\n\n".join([*body[:3], "\n".join(links), *body[3:]])
    lines = segment(text)
    rules._mark_tight_inserts(lines, 0, len(lines))
    assert [ln.rule for ln in lines] == [*[""] * 3, *["insert_block"] * 3, *[""] * 3]
    one = segment("\n\n".join([*body[:3], "\n".join(links[:2]), *body[3:]]))  # a marker and one line: no block
    rules._mark_tight_inserts(one, 0, len(one))
    assert {ln.rule for ln in one} == {""}
    assert rules._full_sentence(segment("The vote was split down the middle.")[0])
    assert not rules._full_sentence(segment("Weather alert: storms to hit the coast as Hurri...")[0])


def test_a_breadcrumb_glued_to_the_headline_gives_way_to_its_line_but_a_count_stays() -> None:
    lines = segment("\n".join(["Home News Hiking the Flat Irons", "Hiking the Flat Irons", PARAGRAPH]))
    assert titles._bare_title(lines, lines[0]) is lines[1]
    counted = segment("\n".join(["7 Healthy Air Fryer Recipes", "Healthy Air Fryer Recipes", PARAGRAPH]))
    assert titles._bare_title(counted, counted[0]) is None


def test_skip_links_are_interface_controls() -> None:
    for text in ("Skip to the article", "Skip navigation", "Skip to content"):
        assert segment(text)[0].ui, text
    assert not segment("Skip the article and read the book")[0].ui


def test_a_headline_that_speaks_of_a_newsletter_stays_a_candidate() -> None:
    lines = segment("\n".join(["How to write a good newsletter with AI", PARAGRAPH]))
    assert lines[0].call_to_action and not titles._not_a_headline(lines, 0)
    for prompt in ("Sign up for our newsletter", "Subscribe to the newsletter"):
        assert titles._not_a_headline(segment("\n".join([prompt, PARAGRAPH])), 0), prompt


def test_a_headline_over_a_byline_with_its_agency_stays_a_candidate() -> None:
    lines = segment("\n".join(["City plans new road tax", "By Jane Doe | City News", PARAGRAPH]))
    assert not titles._not_a_headline(lines, 0)
    lines = segment("\n".join(["The new road, seen from the hill.", "Jane Doe | City News", PARAGRAPH]))
    assert titles._not_a_headline(lines, 0)  # over a photo credit: a caption
    lines = segment("\n".join(["The New Road Seen From the Hill", "Jane Doe | City News", PARAGRAPH]))
    assert not titles._not_a_headline(lines, 0)  # shaped as a headline: the lead picture's credit may follow it


def test_a_quoted_posts_attribution_is_not_the_articles_date() -> None:
    line = "— Jane Doe (@janedoe) November 18, 2019"
    assert rule_of(article(PARAGRAPH, line), line)[1] != "date_line"
    assert rule_of(article("November 18, 2019"), "November 18, 2019") == (rules.META, "date_line")
    lines = segment("\n".join([PARAGRAPH, line, "November 18, 2019", PARAGRAPH]))
    for ln in lines:
        ln.mark(rules.PARAGRAPH, "model")
    _take_metadata_lines(lines, None)  # the date lines of the text, once it is labelled
    assert [ln.rule for ln in lines] == ["model", "model", "date_line_finder", "model"]


def test_a_line_of_invisible_characters_is_blank() -> None:
    """Zero-width joiners a page editor left between paragraphs are not lines:
    they neither show in the report nor break the text's run."""
    joiner_lines = "\n\n\u200d\n\n".join([PARAGRAPH.replace("committee", f"committee {n}") for n in range(4)])
    lines = segment(f"Title\n\n\u200b\u200d\n\n{joiner_lines}\n\ufeff")
    assert [ln.text[:13] for ln in lines] == ["Title", *(["The committee"] * 4)]
    assert lines[1].number == 5  # line numbers still count the blank ones


def test_shop_and_booking_buttons_are_boilerplate() -> None:
    for button in ("Book now", "Read Full Review", "View Deal", "See Details & Buying Options", "Open in a new tab"):
        text = article(button)
        assert rule_of(text, button) == (rules.BOILERPLATE, "button"), button
    for text in ("Book selections skew toward older readers", "Now get prepping!", "Read our full review here."):
        assert not vocab.button(text), text


def test_sales_buttons_are_boilerplate_and_bare_section_names_are_not() -> None:
    for button in ("Request A Free Consultation for Accounting Services", "Start free trial", "Book a demo",
                   "Contact Sales →", "Get started for free", "Sign-Up for Free", "Talk to an expert"):
        text = article(PARAGRAPH, button)
        assert rule_of(text, button) == (rules.BOILERPLATE, "button"), button
    for text in ("Get Started", "Contact us", "Start the call with a question", "Book a flight early"):
        assert not vocab.button(text), text


def test_the_run_carries_on_over_a_list_after_it_and_before_it() -> None:
    """A list of short, middling lines after the run, with text after it, is
    still the article; a stretch with no text scoring as such is not. The
    same holds before the run."""
    lines = segment("\n".join([PARAGRAPH, "Pros:", "Lower monthly fee", "Clean app", "Flexible credits", PARAGRAPH,
                               "Share", PARAGRAPH]))
    probs = [0.9, 0.4, 0.38, 0.4, 0.37, 0.6, 0.1, 0.9]
    lines[6].mark(rules.BOILERPLATE, "ui_control")
    assert rules._carry_run(lines, probs, 1, 1) == 6  # up to the line a rule took
    assert rules._carry_run(lines, [*probs[:5], 0.45, *probs[6:]], 1, 1) == 1  # no line scores as text
    assert rules._carry_run(lines, [0.9, 0.05, 0.05, 0.05, 0.05, 0.6, 0.1, 0.9], 1, 1) == 1  # the list scores as chrome
    assert rules._carry_run(lines, probs, 5, -1) == 0  # back over the list and the text above it


def test_the_run_starts_earlier_over_the_sentences_right_above_it() -> None:
    """The text's first sentences score low; over a middling score they are
    text, up to the headline, a line a rule took, or a line that is no sentence."""
    lines = segment("\n".join(["City plans new road tax", "Menu", "Roads will cost more next year, the city said.",
                               "The tax starts in May.", PARAGRAPH, PARAGRAPH]))
    title = lines[0]
    probs = [0.1, 0.1, 0.32, 0.45, 0.9, 0.9]
    assert rules._lead_in(lines, probs, 4, title) == 2
    assert [ln.rule for ln in lines[2:4]] == ["run_lead_in:p=0.32", "run_lead_in:p=0.45"]
    lines = segment("\n".join(["City plans new road tax", "Roads will cost more next year, the city said.",
                               "Most read", PARAGRAPH]))
    assert rules._lead_in(lines, [0.1, 0.5, 0.5, 0.9], 3, lines[0]) == 3  # "Most read" is no sentence
    assert rules._lead_in(lines, [0.1, 0.2, 0.9, 0.9], 2, lines[0]) == 2  # a sentence scoring low stays out
    assert rules._lead_in(lines, [0.9, 0.6, 0.9, 0.9], 2, lines[0]) == 1  # the headline bounds it


def test_a_line_asking_to_follow_someone_on_a_social_network_is_a_call_to_action() -> None:
    assert_chrome(("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
                   "Follow me on Twitter or LinkedIn. Check out my website.", "Follow us on Twitter"),
                  vocab.call_to_action, "call_to_action")
    assert not vocab.call_to_action("Follow the signs on the road to the old mill.")


def test_an_offer_of_news_to_the_readers_inbox_or_of_alerts_is_a_call_to_action() -> None:
    for promo in ("Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.",
                  "Get breaking news alerts and special reports.", "Get the latest news delivered to your inbox!",
                  "GET THE NEWS ON THE GO BY CLICKING HERE"):
        assert vocab.call_to_action(promo), promo
    assert not vocab.call_to_action("The alerts reached the town before the river rose.")
    assert not vocab.call_to_action("He read the summaries in his inbox every morning.")


def test_a_long_paragraph_about_newsletters_is_not_a_call_to_action() -> None:
    promo = "Sign up for our newsletter"
    prose = ("Each week the editors send out a newsletter on Sunday mornings, and readers who sign up for it "
             "get the week's reporting in one place, with notes on how the stories were made and what comes next.")
    text = article(promo, prose)
    assert rule_of(text, promo) == (rules.BOILERPLATE, "call_to_action")
    assert rule_of(text, prose)[1] != "call_to_action"


def test_a_long_paragraph_over_a_credit_is_not_its_caption() -> None:
    long_text = ("The bridge opened on Monday after three years of work, and the mayor said the city would now "
                 "turn to the older crossings further up the river, which have been closed to lorries since spring.")
    text = article(PARAGRAPH, long_text, "Jane Doe/City Agency")
    assert rule_of(text, "Jane Doe/City Agency") == (rules.BOILERPLATE, "photo_credit")
    assert rule_of(text, long_text)[0] == rules.PARAGRAPH


def test_sign_up_buttons_share_prompts_and_related_headers_are_chrome() -> None:
    assert vocab.ui_line("Sign Up")
    assert vocab.share_line("Share it With Friends")
    assert not vocab.share_line("Share it and see")
    for header in ("More Great Science Stories", "More stories", "Материалы по теме"):
        assert vocab.END_MARKER.match(header), header
    assert not vocab.END_MARKER.match("More people read stories now")


def test_lists_of_other_posts_the_authors_section_and_feedback_prompts_open_what_follows_an_article() -> None:
    for header in ("Recent Posts", "Latest Articles", "Similar posts", "What to Read Next", "Watch Next",
                   "Recommended Stories", "Explore more", "Previous Post", "Next article", "Keep Reading",
                   "Back to Blog", "Discussion about this post", "Popular Articles", "More Videos", "Written by:",
                   "Medically reviewed by", "About Our Expert", "Was this page helpful?",
                   "Did you find the article helpful?", "Rate this article", "How Was This Issue?"):
        assert vocab.end_marker(header), header
        teaser = "Who will make the Rock Hall in 2020? Fans cast their votes."
        text = article().replace("\n\nShare", f"\n\n{header}\n\n{teaser}\n\nShare")
        assert teaser not in " ".join(b.text for b in clean(text).blocks), header
    for text in ("Recent studies show", "Next, the council voted", "Explore more than 40 trails", "Written by hand",
                 "Was this page helpful to the council", "How was this possible?"):
        assert not vocab.end_marker(text), text


def test_a_heading_candidate_is_read_with_the_line_past_its_button() -> None:
    page = ["Some intro text that runs long enough to be a paragraph of the page, with words.",
            "Sonos Move for $400", "See it now: Amazon",
            "Sonos speakers have long been considered some of the best home speakers around, and this one too.",
            "Battery life", "The battery lasts a long day of use and charges quickly from any wall plug you own."]
    lines = segment("\n\n".join(page))
    assert rules.heading_next(lines, 1) == 3  # past the button
    assert rules.heading_next(lines, 4) == 5


def test_short_lines_one_under_the_other_become_a_list() -> None:
    kit = "\n".join(["two bottles of water", "healthy snack bars", "a small camera"])
    result = clean(article(PARAGRAPH.replace("year.", "year. They packed:"), kit, PARAGRAPH))
    lists = [b.items for b in result.blocks if b.kind is BlockKind.LIST]
    assert lists == [("two bottles of water", "healthy snack bars", "a small camera")]


def test_unmarked_lines_stay_paragraphs_when_spaced_apart_short_in_number_or_sentences() -> None:
    spaced = article(PARAGRAPH, "two bottles of water", "healthy snack bars", "a small camera", PARAGRAPH)
    two = article(PARAGRAPH, "two bottles of water\nhealthy snack bars", PARAGRAPH)
    sentences = article(PARAGRAPH, "We left at six.\nIt rained all day.\nNobody minded.", PARAGRAPH)
    for text in (spaced, two, sentences):
        assert not [b for b in clean(text).blocks if b.kind is BlockKind.LIST]


def test_a_page_without_blank_lines_between_paragraphs_makes_no_unmarked_lists() -> None:
    kit = "\n".join(["two bottles of water", "healthy snack bars", "a small camera"])
    text = article(PARAGRAPH.replace("year.", "year. They packed:"), kit, PARAGRAPH).replace("\n\n", "\n")
    assert not [b for b in clean(text).blocks if b.kind is BlockKind.LIST]


def test_chrome_phrases_inside_the_texts_own_sentences_stay_text() -> None:
    """Calls to action, disclaimers, contact bios and agency captions as running text says them."""
    for text in ("Investigators began to follow the suspect on Facebook in March, and tracked him to a motel.",
                 "Clicking here and there, he found the bug.", "Residents can get emergency alerts from the county."):
        assert not vocab.call_to_action(text), text
    for text in ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Get breaking news alerts",
                 "The best stories, delivered to your inbox.", "Subscribe by clicking here."):
        assert vocab.call_to_action(text), text
    assert vocab.disclaimer("This article is for informational purposes only and does not constitute legal advice.")
    assert vocab.disclaimer("+Results vary depending on starting point, goals and effort.")
    for text in ("Critics say the chatbot does not provide medical advice, yet millions treat it as a doctor.",
                 "Results vary widely across the states, the survey found."):
        assert not vocab.disclaimer(text), text
    assert rules._CONTACT_BIO.match("Jane Doe (@janedoe) is a senior reporter at the Daily Planet.")
    assert not rules._CONTACT_BIO.match("Elon Musk (@elonmusk) is the richest man in the world, and he said so.")
    assert not vocab.AGENCY_TAIL.search("The rule was drafted by the Environmental Protection Agency (EPA)")


def test_a_line_announcing_the_next_code_block_is_text_not_a_heading_over_it() -> None:
    lines = segment("\n".join(["dotnet add package Example.Logging", "", "Minimal setup requires just one line:", "",
                               "builder.Services.AddHttpClient<IApi, Api>()", PARAGRAPH]))
    assert rules._code_section(lines, [0.1] * len(lines), 1) == 2  # the line and the block it announces
    assert rules._code_section(lines, [0.1] * len(lines), len(lines)) == len(lines)


def test_a_sentence_announcing_a_list_takes_its_short_items_a_menu_would_not() -> None:
    items = ["Startups", "SaaS platforms", "DevOps teams", "Data pipelines"]
    lines = segment("\n".join([PARAGRAPH, "", "n8n is commonly used in:", "", *items, "", PARAGRAPH]))
    assert rules._introduced_block(lines, 2) == 6  # the four items, up to the next sentence
    lines = segment("\n".join([PARAGRAPH, "", "Follow us on:", "", *items]))
    assert rules._introduced_block(lines, 2) == 2  # a short label over a menu
    code_lines = ["builder.Services", ".AddHttpClient(client =>", "{", "client.Timeout = 5;", "});"]
    lines = segment("\n".join([PARAGRAPH, "", "Target specific clients for detailed logging:", "", *code_lines]))
    assert rules._introduced_block(lines, 2) == 2  # a code block: read as one past the run


def test_the_short_items_a_sentence_of_the_run_announces_are_text_though_they_score_low() -> None:
    lines = segment("\n".join([PARAGRAPH, "", "Discounts offered by the company include:", "", "Military",
                               "Seniors", "Students", "", "Share"]))
    lines[0].mark(rules.PARAGRAPH, "model:p=0.90")
    lines[1].mark(rules.PARAGRAPH, "model:p=0.60")
    for line in lines[2:5]:
        line.mark(rules.BOILERPLATE, "model:p=0.30")
    lines[5].mark(rules.BOILERPLATE, "model:p=0.02,outside_run")
    rules._mark_announced_items(lines)
    assert [ln.rule for ln in lines[2:]] == ["announced_item:p=0.30"] * 3 + ["model:p=0.02,outside_run"]
    assert {ln.label for ln in lines[2:5]} == {rules.PARAGRAPH}
    lines = segment("\n".join(["Follow us on:", "Facebook", "Twitter"]))
    lines[0].mark(rules.PARAGRAPH, "model:p=0.60")
    for line in lines[1:]:
        line.mark(rules.BOILERPLATE, "model:p=0.30")
    rules._mark_announced_items(lines)
    assert {ln.label for ln in lines[1:]} == {rules.BOILERPLATE}  # a short label over a menu


def test_the_items_of_a_list_most_of_which_the_run_keeps_are_all_text() -> None:
    lines = segment("\n".join(["Zucchini", "Peppers", "Beets", "Carrots", "", "Share"]))
    for line, rule in zip(lines[:4], ["model:p=0.37", "model:p=0.50", "model:p=0.31", "model:p=0.40"], strict=True):
        line.mark(rules.PARAGRAPH if rule.endswith(("37", "50", "40")) else rules.BOILERPLATE, rule)
    lines[4].mark(rules.BOILERPLATE, "model:p=0.02,outside_run")
    rules._mark_list_rest(lines)
    assert lines[2].label == rules.PARAGRAPH and lines[2].rule == "list_rest:p=0.31"
    assert lines[4].label == rules.BOILERPLATE  # past a blank line: no item
    lines = segment("\n".join(["Zucchini", "Beets", "Carrots", "Peppers"]))
    lines[0].mark(rules.PARAGRAPH, "model:p=0.40")
    for line in lines[1:]:
        line.mark(rules.BOILERPLATE, "model:p=0.30")
    rules._mark_list_rest(lines)
    assert {ln.label for ln in lines[1:]} == {rules.BOILERPLATE}  # most of the block left out: no list of the text


def test_a_list_set_one_item_a_paragraph_under_a_sentence_announcing_it_goes_on_with_the_run() -> None:
    items = ["Industrial Pipe Bookshelf", "", "Reclaimed Wood Arrows", "", "DIY Lanterns", ""]
    lines = segment("\n".join([PARAGRAPH, "", "I can't wait to see what my friends' favorite projects are:", "",
                               *items, PARAGRAPH]))
    assert rules._introduced_block(lines, 2) == 5  # the three items; a sentence ends the list
    lines = segment("\n".join([PARAGRAPH, "", "Follow us on:", "", *items]))
    assert rules._introduced_block(lines, 2) == 3  # no sentence announces them: the first line alone


def test_the_items_a_sentence_of_the_run_announces_may_stand_one_a_paragraph() -> None:
    lines = segment("\n".join(["Ward off diseases such as the following ones:", "", "Type 2 diabetes", "",
                               "Heart disease", "", "Some cancers", "", "The study followed them for years and more."]))
    lines[0].mark(rules.PARAGRAPH, "model:p=0.60")
    for line in lines[1:]:
        line.mark(rules.BOILERPLATE, "model:p=0.30")
    rules._mark_announced_items(lines)
    assert [ln.label for ln in lines[1:]] == [rules.PARAGRAPH] * 3 + [rules.BOILERPLATE]


def test_the_standfirst_said_again_over_the_text_is_dropped() -> None:
    dek = "Officials say the new charge would raise enough money to repair every road within five years."
    text = article(dek, "By Jane Doe", "March 3, 2021", dek)
    result = clean(text)
    copies = [(ln.label, ln.rule) for ln in result.labels if ln.text == dek]
    assert copies == [(rules.DEK, "dek_before_figure_or_meta"), (rules.BOILERPLATE, "dek_copy")]
    assert result.summary == dek
    assert all(dek not in b.text for b in result.blocks)


def test_a_gallery_whose_only_text_is_its_captions_reads_them_as_paragraphs() -> None:
    captions = ["A mural of a giant octopus covers the side of a warehouse near the harbor.",
                "Children walk past a painted wall celebrating the neighborhood's history as a fishing village.",
                "Local artists repainted this underpass after the city approved a free-wall program."]
    parts = ["Home", "Photos", "In photos: The city's best street art", "May 10, 2019"]
    for n, caption in enumerate(captions, 1):
        parts += [f"{n} / {len(captions)}", caption, "Chris Lee / Staff"]
    result = clean("\n".join([*parts, "Share", "Privacy Policy"]))
    assert [(b.kind, b.text) for b in result.blocks] == [(BlockKind.PARAGRAPH, c) for c in captions]
    assert {ln.rule for ln in result.labels if ln.text in captions} == {"captions_as_text:caption_before_credit"}


def test_two_sentences_on_a_line_are_never_a_heading() -> None:
    for text in ("I have sensitive teeth. What kind of products should I use?", "That's all. Just sayin'",
                 "It has been four years since your first book. Why so long?"):
        assert rules._never_heading(text), text
    for text in ("Online College vs. On-Campus", "Fox News Flash top entertainment headlines for Nov. 19",
                 "Q: You were named the best. How did that feel?", "What comes next for the No. 1 seed?",
                 "1. Old Town Road (feat. Billy Ray Cyrus)", "Tips, tools, etc. For beginners"):
        assert not rules._never_heading(text), text
