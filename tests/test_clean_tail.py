"""The text's last lines past its last long paragraph: a closing list, a transcript's last turn, the
paragraph under two pictures in a row."""

from __future__ import annotations

from sitegen.clean import rules
from sitegen.clean.lines import Line, segment
from tests.test_clean_rules import PARAGRAPH

NEWS = ("The City Council approved a plan Tuesday to add protected bike lanes to Main, Oak and Fifth streets, "
        "and to lower the speed limit on the downtown loop.")
RESUME = ("The new asphalt road, completed last year, cuts the journey to the highlands to a few hours, and "
          "traders say the caravans will not last another decade.")


def _figures(count: int) -> list[Line]:
    """A paragraph, `count` pictures (a caption over its credit, set apart), then the paragraph under them."""
    parts = [PARAGRAPH]
    for k in range(count):
        parts += [f"A worker pries up slab {k + 1} of salt with a wooden pole at dawn.", "Jane Doe/The Atlas"]
    lines = segment("\n\n".join(parts + [RESUME, "Related"]))
    for k in range(count):
        lines[1 + 2 * k].mark(rules.CAPTION, "caption_before_credit")
        lines[2 + 2 * k].mark(rules.BOILERPLATE, "photo_credit")
    lines[-1].mark(rules.BOILERPLATE, "ui_control")
    return lines


def test_the_text_resumes_under_two_pictures_in_a_row_as_under_one() -> None:
    for count in (1, 2, 3):
        lines = _figures(count)
        probs = [0.9] + [0.1] * (2 * count) + [0.47, 0.02]
        assert rules._after_insert(lines, probs, 1) == 1 + 2 * count, count
    lines = _figures(5)  # a gallery longer than a picture viewer's slide is no insert
    assert rules._after_insert(lines, [0.9] + [0.1] * 10 + [0.47, 0.02], 1) == 1


def _transcript(last: str) -> list[Line]:
    return segment("\n\n".join([
        "SIMON: What are you seeing this fall?",
        "VOS: Honestly, the hives are quiet, and the clusters are smaller than I have seen in years.",
        "SIMON: What can people do, if they want to help?",
        "VOS: Plant something that blooms late, and don't mow the ditch in September.",
        "SIMON: Rachel Vos, a beekeeper in Iowa, thanks so much.",
        last,
        "Copyright 2019. All rights reserved."]))


def test_a_transcript_goes_on_to_its_last_short_turn() -> None:
    lines = _transcript("VOS: Thank you.")
    assert rules._interview_end(lines, 0, 5) == 6
    assert lines[5].rule == "speaker_turn"
    lines = _transcript("NOTE: Thank you.")  # no speaker of the transcript's
    assert rules._interview_end(lines, 0, 5) == 5


def test_one_speakers_labelled_lines_are_no_transcript() -> None:
    lines = segment("\n\n".join(["UPDATE: The road reopened on Tuesday after the storm passed."] * 5
                                + ["UPDATE: Closed."]))
    assert rules._interview_end(lines, 0, 5) == 5


def _closing(heading: str, items: list[str], tail: str = "Related Stories") -> list[Line]:
    return segment(f"{NEWS}\n\n{heading}\n\n" + "\n".join(items) + f"\n\n{tail}")


ITEMS = ["Parking removed on one side of Oak Street", "New signals at Main and Fifth",
         "Loading zones moved to side streets", "Speed limit lowered to 20 mph"]


def test_a_headed_list_of_the_texts_words_closes_the_text() -> None:
    lines = _closing("What changes", ITEMS)
    probs = [0.9, 0.15, 0.21, 0.14, 0.1, 0.05, 0.02]
    assert rules._closing_list(lines, 1) == 6
    assert rules._extend_run(lines, probs, 1) == 6
    assert [ln.rule for ln in lines[2:6]] == ["closing_list_item"] * 4


def test_headlines_tags_and_related_blocks_close_no_text() -> None:
    assert rules._closing_list(_closing("Related", ITEMS), 1) == 1  # a related block's header
    assert rules._closing_list(_closing("What changes", ITEMS[:2]), 1) == 1  # too few items
    headlines = ["Parking Fight Returns To Oak Street Council", "Main Street Shops Brace For Winter",
                 "Fifth Street Bakery Closes After Forty Years"]
    assert rules._closing_list(_closing("Top stories", headlines), 1) == 1  # written as headlines
    others = ["Local team wins the regional final", "Weather turns cold over the weekend",
              "School board elects a new chair"]
    assert rules._closing_list(_closing("Top stories", others), 1) == 1  # none of the text's words
    tags = ["Budget friendly", "Gender inclusive", "Woman owned"]
    assert rules._closing_list(_closing("Features", tags), 1) == 1  # tags, no phrases
    assert rules._closing_list(_closing("1. Main Street", ITEMS), 1) == 1  # a numbered entry's heading
    for header in ("Latest from the city", "More in Transport", "Also in News", "Most read"):  # other stories'
        assert rules._closing_list(_closing(header, ITEMS), 1) == 1, header


SERIES = ["Wholesale Distribution",
          "Features like inventory management, order history and supply chain tools matter most to distributors.",
          "Hospitality",
          "CRMs should focus on guest experience, booking systems and personal service.",  # 12 words: no long line
          "Construction",
          "CRMs that offer strong project management features suit the building trades.",
          "Related Stories"]


def test_a_series_of_headed_sections_the_run_ends_in_goes_on_over_short_paragraphs() -> None:
    lines = segment("\n\n".join([PARAGRAPH, *SERIES]))
    probs = [0.9, 0.3, 0.46, 0.22, 0.39, 0.14, 0.27, 0.02]
    assert rules._extend_run(lines, probs, 3) == 7
    assert lines[4].rule.startswith("headed_section:")  # then "Construction" closes the text over chrome


def test_a_short_paragraph_under_a_heading_alone_or_a_bid_goes_on_no_series() -> None:
    lines = segment("\n\n".join([PARAGRAPH, *SERIES[2:]]))  # no section of the same shape ends the run
    assert rules._extend_run(lines, [0.9, 0.22, 0.39, 0.14, 0.27, 0.02], 1) == 1
    bid = [*SERIES[:2], "Start Here", "Start your journey to your new career with these resources today.",
           "Related Stories"]
    lines = segment("\n\n".join([PARAGRAPH, *bid]))
    assert rules._extend_run(lines, [0.9, 0.3, 0.46, 0.4, 0.2, 0.02], 3) == 3
    named = [*SERIES[:2], "Jane Doe", "Jane covers retail and hospitality for the business desk.", "Share"]
    lines = segment("\n\n".join([PARAGRAPH, *named]))
    assert rules._extend_run(lines, [0.9, 0.3, 0.46, 0.4, 0.2, 0.02], 3) == 3


OBITUARY = ("Margaret Ellen Donnelly, 88, of Millbrook, passed away peacefully on Tuesday at St. Anne's Hospice, "
            "surrounded by her family.")
DETAILS = "Visitation\nFriday, November 15, 2019\n4:00 PM - 7:00 PM\nGreene Funeral Home\n\n" \
          "Funeral Mass\nSaturday, November 16, 2019\n10:00 AM\nSt. Bridget's Church"
FLOWERS = "In lieu of flowers, memorial contributions may be made to St. Anne's Hospice, 40 Orchard Road, Millbrook."


def test_the_text_resumes_after_blocks_of_an_events_details() -> None:
    lines = segment(f"{OBITUARY}\n\n{DETAILS}\n\n{FLOWERS}\n\nShare a memory")
    lines[2].mark(rules.META, "date_line")
    lines[6].mark(rules.META, "date_line")
    probs = [0.9, 0.29, 0.1, 0.26, 0.24, 0.15, 0.1, 0.14, 0.35, 0.31, 0.04]
    assert rules._details_blocks(lines, probs, 1) == 9
    assert rules._extend_run(lines, probs, 1) == 10
    low = [*probs[:9], 0.1, 0.04]  # a related story's teaser under its date and headline
    assert rules._details_blocks(lines, low, 1) == 1
    plain = segment(f"{OBITUARY}\n\nVisitation\nGreene Funeral Home\nElm Street\n\n{FLOWERS}")
    assert rules._details_blocks(plain, [0.9, 0.3, 0.3, 0.3, 0.5], 1) == 1  # no date nor time: no event's


CYBER = ("Now that you know how serious cyberattacks are, you are ready to protect your business with a few "
         "simple security habits:")
HABITS = ["Increase awareness of cybersecurity among the staff", "Keep an eye on your social media accounts",
          "Create a culture of cybersecurity at work", "Secure the software your staff uses",
          "Protect your payment gateways and business accounts"]


def test_a_list_the_run_ends_in_goes_on_past_it_without_prose() -> None:
    lines = segment(CYBER + "\n\n" + "\n".join(HABITS) + "\n\nShare")
    lines[-1].mark(rules.BOILERPLATE, "ui_control")
    probs = [0.9, 0.54, 0.5, 0.43, 0.42, 0.41, 0.05]
    assert rules._carry_run(lines, probs, 3, 1) == 6  # over the list's next items, none scoring as text
    assert rules._carry_run(lines, probs, 1, 1) == 1  # from a paragraph, not a list: prose needed


def test_a_long_lists_later_items_past_the_run_carry_it_on_from_a_lower_pivot() -> None:
    lines = segment(CYBER + "\n\n" + "\n".join(HABITS) + "\n\nShare")
    lines[-1].mark(rules.BOILERPLATE, "ui_control")
    probs = [0.9, 0.54, 0.5, 0.31, 0.28, 0.27, 0.05]  # the items past the run's end score below CONTINUE_PIVOT_P
    assert rules._carry_run(lines, probs, 3, 1) == 6
    assert rules._carry_run(lines, [*probs[:3], 0.2, 0.15, 0.1, 0.05], 3, 1) == 3  # below the lower pivot: chrome
    apart = segment(CYBER + "\n\n" + "\n".join(HABITS[:2]) + "\n\n" + "\n".join(HABITS[2:]) + "\n\nShare")
    apart[-1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._carry_run(apart, probs, 3, 1) == 3  # set apart from the run's last lines: no list it ends in


def test_a_long_lists_items_past_the_run_stop_before_a_teaser_under_them() -> None:
    lines = segment(CYBER + "\n\n" + "\n".join([*HABITS, "More cybersecurity habits for your staff…"]) + "\n\nShare")
    lines[-1].mark(rules.BOILERPLATE, "ui_control")
    probs = [0.9, 0.54, 0.5, 0.31, 0.28, 0.27, 0.3, 0.05]
    assert rules._carry_run(lines, probs, 3, 1) == 6  # the list's items, not the teaser cut short under them


def test_headlines_links_and_other_words_under_a_list_go_on_no_block() -> None:
    for tail in (["15 Best Balcony Plants For Small Spaces", "How To Grow Air Plants Indoors",
                  "Forgiving Houseplants That Need Little Care"],
                 ["Free course on cybersecurity for staff…", "Keep your social media accounts safe…",
                  "Secure your payment gateways today…"],
                 ["Weather turns cold over the weekend", "Local team wins the regional final",
                  "School board elects a new chair"]):
        lines = segment(CYBER + "\n\n" + "\n".join([*HABITS[:2], *tail]) + "\n\nShare")
        lines[-1].mark(rules.BOILERPLATE, "ui_control")
        assert rules._carry_run(lines, [0.9, 0.54, 0.5, 0.43, 0.42, 0.41, 0.05], 3, 1) == 3, tail


def test_the_run_goes_on_over_a_separator_into_the_texts_closing_note() -> None:
    text = "\n\n".join([PARAGRAPH, PARAGRAPH, "___", "Associated Press writer Jane Doe in Omaha contributed to this "
                        "report from the scene of the flood.", "Most Read"])
    lines = segment(text)
    probs = [0.9, 0.9, 0.3, 0.4, 0.05]
    assert rules._extend_run(lines, probs, 2) == 4
    lines = segment(text.replace("___", "Comments"))
    assert rules._extend_run(lines, probs, 2) == 2


WINDOWS = ("Window direction plays an important role in light quality and strength. For best results, place "
           "low-light plants within these distances of your windows:")
DISTANCES = ["2-3 feet of a north-facing window", "3-5 feet of an east-facing window",
             "4-10 feet of a west-facing window", "10-18 feet of a south-facing window"]


def test_a_run_ending_in_an_announced_list_goes_on_over_its_other_items() -> None:
    lines = segment("\n\n".join([PARAGRAPH, WINDOWS, "\n".join(DISTANCES), "Share"]))
    assert rules._introduced_block(lines, 3) == 6  # the run ends at the list's first item: its next three
    assert rules._introduced_block(lines, 4) == 6
    plain = segment("\n\n".join([PARAGRAPH, WINDOWS.rstrip(":") + ".", "\n".join(DISTANCES), "Share"]))
    assert rules._introduced_block(plain, 3) == 3  # no line announces them


def test_a_short_last_section_of_two_statements_closes_the_text() -> None:
    last = ["Funeral arrangements", "A private funeral will be held. A memorial service is planned for the spring.",
            "Sign our guestbook"]
    lines = segment("\n\n".join([NEWS, *last]))
    assert rules._extend_run(lines, [0.9, 0.2, 0.26, 0.04], 1) == 3
    assert lines[2].rule.startswith("headed_section:")


def test_a_short_pitch_under_a_heading_asking_greeting_or_of_one_sentence_closes_nothing() -> None:
    for under in ("Got a minute? Your feedback will help us build a better experience for you.",
                  "Hello, and welcome! I'm the editor and founder of this site.",
                  "A private funeral will be held at the family's church in the spring.",
                  "Subscribe today. Get every story delivered to your inbox each morning."):
        lines = segment("\n\n".join([NEWS, "A last word", under, "Sign our guestbook"]))
        assert rules._extend_run(lines, [0.9, 0.2, 0.26, 0.04], 1) == 1, under


FILM = ("The coming-of-age comedy stars a young actor as a high-maintenance playwright who falls for the older "
        "handyman his mother hired for the summer.")


def _entries(count: int, shape: tuple[str, ...]) -> list[Line]:
    parts = [part.format(k=k) for k in range(count) for part in shape]
    return segment("\n\n".join([*parts, "Share this article"]))


def test_a_listing_of_entries_the_run_ends_in_goes_on_entry_after_entry() -> None:
    lines = _entries(5, ("'Film number {k}'", FILM, "Where to watch: Channel {k}"))
    probs = [0.2] * len(lines)
    lines[-1].mark(rules.BOILERPLATE, "end_marker")
    assert rules._continue_entries(lines, probs, 0, 9) == 15
    assert lines[12].rule.startswith("entry_series:")
    lines = _entries(5, ("'Film number {k}'", FILM, "Where to watch: Channel {k}"))
    assert rules._continue_entries(lines, probs, 0, 13) == 13  # no whole entry past the run's end


def test_sections_of_a_heading_over_paragraphs_make_no_listing() -> None:
    lines = _entries(5, ("A section {k}", FILM, "In part {k}, " + FILM))
    assert rules._continue_entries(lines, [0.2] * len(lines), 0, 9) == 9
    lines = _entries(6, ("A section {k}", FILM))  # a heading and its paragraph, twice over: no entry
    assert rules._continue_entries(lines, [0.2] * len(lines), 0, 8) == 8


def test_quotes_signed_by_a_first_name_and_initials_are_a_testimonials_box() -> None:
    quotes = ["Great doctors and staff. They genuinely care about you and the clinic is kept clean!",
              "Everyone at the office has been great. It has been easy to set up appointments.",
              "Every time we go I am so impressed with the doctor's bedside manner and his staff."]
    names = ["Mallory R.", "A. Rae V. B.", "— Dawn H."]
    lines = segment("\n\n".join([NEWS, *[part for pair in zip(quotes, names, strict=True) for part in pair]]))
    for line in lines:
        line.mark(rules.PARAGRAPH, "model:p=0.80")
    rules._mark_testimonials(lines)
    assert [ln.rule for ln in lines] == ["model:p=0.80"] + ["testimonial"] * 6
    lines = segment("\n\n".join([NEWS, *[part for pair in zip(quotes[:2], names, strict=False) for part in pair]]))
    rules._mark_testimonials(lines)
    assert not any(ln.rule == "testimonial" for ln in lines)  # two quotes: a story's sources as often
    lines = segment("\n\n".join([NEWS, *[part for pair in zip(quotes, ["Mallory Rhodes"] * 3, strict=True)
                                         for part in pair]]))
    rules._mark_testimonials(lines)
    assert not any(ln.rule == "testimonial" for ln in lines)  # named in full
    lines = segment("\n\n".join([NEWS, *[part for pair in zip(quotes, names, strict=True) for part in pair], NEWS]))
    for line in lines:
        line.mark(rules.PARAGRAPH, "model:p=0.80")
    rules._mark_testimonials(lines)
    assert not any(ln.rule == "testimonial" for ln in lines)  # the story goes on under them: a vox pop
