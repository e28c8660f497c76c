"""Bylines: looks_like_byline, parse_byline, is_credit_line, find_byline and their pieces."""

from __future__ import annotations

import pytest

from sitegen.clean.byline import (
    author_box,
    date_then_names,
    find_byline,
    is_author_role,
    is_byline_lead,
    is_credit_line,
    looks_like_byline,
    looks_like_name,
    parse_byline,
)


@pytest.mark.parametrize(("text", "names"), [
    ("By Jane Doe", "Jane Doe"),
    ("by Jane Doe", "Jane Doe"),
    ("BY JANE DOE", "Jane Doe"),
    ("By JANE DOE and JOHN ROE, Associated Press", "Jane Doe and John Roe"),
    ("Jane Doe | Staff Writer", "Jane Doe"),
    ("Jane Doe, Senior Reporter", "Jane Doe"),
    ("Von Max Mustermann", "Max Mustermann"),
    ("Por João Silva", "João Silva"),
    ("di Mario Rossi", "Mario Rossi"),
    ("Oleh Budi Santoso", "Budi Santoso"),
    ("Written by Jane Doe", "Jane Doe"),
    ("Words by Jane Doe", "Jane Doe"),
    ("Autor: Max Mustermann", "Max Mustermann"),
    ("Текст: Лида Буслаева·11 октября 2018", "Лида Буслаева"),
    ("By JANE DOE | Special to the Example Press", "Jane Doe"),
    ("November 12, 2018 | BY: Example", "Example"),
    ("Recipe by PJ Doe", "PJ Doe"),
    ("Escrito por Juan Pérez", "Juan Pérez"),
    ("Rédigé par Jean Dupont", "Jean Dupont"),
    ("Scritto da Mario Rossi", "Mario Rossi"),
    ("Veröffentlicht von Hans Müller am 3. März 2021", "Hans Müller"),
    ("Ditulis oleh Budi Santoso", "Budi Santoso"),
    ("Publicado por Ana el 3 de marzo de 2021", "Ana"),
    ("Por: Juan Pérez", "Juan Pérez"),
    ("Автор Иван Петров", "Иван Петров"),
    ("Words: Jane Doe", "Jane Doe"),
    ("Jane Doe / Staff Writer", "Jane Doe"),
    ("Medically reviewed by John Roe, MD — Written by Jane Doe, MS, RD — Updated on March 3, 2025", "Jane Doe, MS, RD"),
    ("Reviewed by John Roe | Written by Jane Doe", "Jane Doe"),
    ("ByJane Doe", "Jane Doe"),
    ("Written byby Jane Doe", "Jane Doe"),
    ("Written by Ana Pérez, Bo Li, and Cy Young", "Ana Pérez, Bo Li, and Cy Young"),
    ("By Jane Doe & John Roe", "Jane Doe & John Roe"),
    ("By Dr. Jane Doe - Mar 27, 2024", "Dr. Jane Doe"),
    ("Written by Jane Doe, CFP®", "Jane Doe, CFP®"),
    ("By Jane Doe, MD", "Jane Doe, MD"),
    ("By The Currency editors", "The Currency editors"),  # a group, its word in lower case
    ("By Maria de la Cruz", "Maria de la Cruz"),
    ("by Sam O'Brien", "Sam O'Brien"),
    ("By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by John Roe", "Jane Doe"),
    ("By THE EXAMPLE TEAM Updated September 28, 2025", "The Example Team"),
    ("BY JANE DOEPUBLISHED: JAN 29, 2025", "Jane Doe"),
    ("by JANE DOE August 25, 2025August 29, 2025", "Jane Doe"),
    ("Posted by JaneDoe on Tuesday, August 29, 2023", "JaneDoe"),
    ("By JaneDoe in Woodworking", "JaneDoe"),
    ("by Jane Doe | SEO | 8 min Read", "Jane Doe"),
    ("Jane Doe | Senior Writer | July 2, 2025", "Jane Doe"),
    ("Jane Doe · March 3, 2021", "Jane Doe"),
    ("Jane Doe October 14, 2025", "Jane Doe"),
    ("Jane DoeMar 3, 2025", "Jane Doe"),
    ("Von Max Mustermann publiziert am 25. September 2018", "Max Mustermann"),
    ("Written by Kristin", "Kristin"),
    ("By Jane DoeUpdated: Feb 5, 2026", "Jane Doe"),
    ("ByJane Doe UpdatedJanuary 25, 2026", "Jane Doe"),
    ("By Jane Doe.  Last Updated on December 11, 2025", "Jane Doe"),
    ("By Jane Doe Jr.", "Jane Doe Jr."),
    ("Guide by Jane Doe Former Deputy Tech Editor", "Jane Doe"),
    ("By Jane Doe Executive Digital Editor and Master Gardener", "Jane Doe"),
    ("Written by Dr Jane Doe, Dr John Roe, Ann van Poe", "Dr Jane Doe, Dr John Roe, Ann van Poe"),
    ("By Jane Doe , John Roe , Ann Poe on March 12, 2026 | Comments", "Jane Doe, John Roe, Ann Poe"),
    ("By Jane Doe, Associated Press", "Jane Doe"),
    ("By Jane Doe, Executive Editor, Harbor Health Watch", "Jane Doe"),
    ("Written By Jane Doe, MD*", "Jane Doe, MD"),
    ("Written By: Jane Doe Gardener & Astrologer", "Jane Doe"),
    ("JANE DOELAST UPDATED NOV 6, 2025", "Jane Doe"),
    ("Contributors: Jane Doe", "Jane Doe"),
    ("By Jane Doe, CFP – Updated Mar 5, 2026 at 4:28 PM EST", "Jane Doe, CFP"),  # a credential before a dash
    ("Written By Jane and John", "Jane and John"),  # first names only
    ("Recipe by Jane Doe", "Jane Doe"),
    ("By the Example Team 2–3 minutes", "the Example Team"),
])
def test_bylines(text: str, names: str) -> None:
    assert looks_like_byline(text)
    assert parse_byline(text) == names


@pytest.mark.parametrize("text", [
    "BYD", "BYOB", "BYD Auto",  # a brand in capitals, no "By" glued on a name ("ByJane Doe")
    "By the end of the year, prices had doubled.",
    "By entering your email, you agree to our terms",
    "By familiarizing oneself with different types of equipment",
    "By Role",
    "BY COMPANY TYPE",
    "By Style",
    "Reviewed by Jane Doe",
    "Fact Checked by: Jane Doe",
    "Photos by Jane Doe",
    "Sort by Date",
    "Reporting by Jane Doe; Editing by John Roe",
    "Jane Doe",  # a name alone: a byline only with its neighbours (find_byline)
    "Best Moving Companies | Top 19",
    "San Diego, CA,",  # a line cut inside an address or a list
    "The company said on Monday, March 3, 2021 that it would cut jobs",
    "Photos by John Roe — by Jane Doe",  # after another's credit, only a lead-in that leaves no doubt
    "This post was written by Jane Doe, Head of Marketing.",  # a closing note: the article's text keeps it
    "Da non perdere",  # a preposition that may lead in a byline, starting a phrase
    "Par exemple, Jean",
    "Von Anfang an",
    "Home / News / Politics",
    "",
])
def test_not_bylines(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Reporting by Jane Doe; Editing by John Roe", True),
    ("(Reporting by Jane Doe in Paris; Writing by John Roe)", True),
    ("(Additional reporting by Jane Doe)", True),
    ("Reporting by Jane Doe and John Roe; Editing by Ann Poe", True),
    ("By Jane Doe", False),
    ("Reporting by the team has been thorough and this sentence goes on", False),
])
def test_credit_lines(text: str, expected: bool) -> None:
    assert is_credit_line(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Senior Reporter", True),
    ("Staff Writer", True),
    ("CONTRIBUTING WRITER", True),
    ("AI Writer, Example Corp", True),
    ("Chief Product Officer at Example", True),
    ("Redakteurin", True),
    ("Partner Portal", False),
    ("Guest Blog Writer Submission", False),
    ("Gardener & Astrologer", True),  # two trades
    ("Writer and Herbalist", True),
    ("Baker & Jones", False),
    ("The writer says so.", False),
    ("", False),
])
def test_author_roles(text: str, expected: bool) -> None:
    assert is_author_role(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Doe", True),
    ("JANE DOE", True),
    ("Dr. Jane van der Doe", True),
    ("Jane Doe, MD, RD", True),
    ("Jane Doe and John Roe", True),
    ("Jane", False),
    ("The Best Laptops", False),
    ("Contact Us", False),
    ("Digital OrganizationOfficePapers", False),
    ("Exploring USB Commands", False),
    ("jane doe", False),
    ("Jane D. Doe", True),
    ("Web Designer Business", False),
    ("Current Master Gardener Volunteers", False),  # a role, in the plural: a menu item
])
def test_names(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("By", True), ("Written by", True), ("Written By:", True), ("Author", True), ("Von", True),
    ("About the author", True), ("By Jane Doe", False), ("Bypass", False),
])
def test_byline_leads(text: str, expected: bool) -> None:
    assert is_byline_lead(text) is expected


def test_find_byline_reads_neighbours() -> None:
    page = ["Menu", "A Headline About Things", "By", "Jane Doe", "Body text starts here and goes on."]
    assert find_byline(page, 1) == (3, "Jane Doe")
    page = ["Menu", "A Headline About Things", "Jane Doe", "Senior Reporter", "Body text."]
    assert find_byline(page, 1) == (2, "Jane Doe")
    page = ["Menu", "A Headline About Things", "Jane Doe", "March 3, 2021", "Body text."]
    assert find_byline(page, 1) == (2, "Jane Doe")
    page = ["A Headline About Things", "JANE DOE", "5 min read"]
    assert find_byline(page, 0) == (1, "Jane Doe")


def test_find_byline_prefers_a_byline_near_the_title() -> None:
    page = ["Other Story Title", "John Roe", "May 1, 2021"] + ["filler line"] * 30 + [
        "The Headline", "By Jane Doe", "Body text."]
    assert find_byline(page, 33) == (34, "Jane Doe")


def test_find_byline_ignores_name_and_date_pairs_far_from_the_title() -> None:
    page = ["The Headline", "Body text."] + ["filler line"] * 30 + ["Photo Booths Guide", "John Roe", "May 1, 2021"]
    assert find_byline(page, 0) is None
    assert find_byline(page) == (33, "John Roe")  # without a title, anywhere


def test_find_byline_skips_filter_menus() -> None:
    page = ["Wines", "By Grape Variety", "By Growing Area", "The Headline", "Body text.", "By Jane Doe"]
    assert looks_like_byline("By Grape Variety")
    assert find_byline(page, 3) == (5, "Jane Doe")


def test_find_byline_none() -> None:
    assert find_byline([]) is None
    assert find_byline(["The Headline", "Some text of the article that is long enough."], 0) is None


def test_find_byline_name_and_date_under_a_headline_count_anywhere() -> None:
    page = ["Menu", "Some Section"] + ["filler line"] * 30 + [
        "How We Tested Ten Rice Cookers", "Jane Doe", "March 3, 2021", "Body text."]
    assert find_byline(page, 0) == (33, "Jane Doe")


def test_find_byline_skips_lists_of_links() -> None:
    page = ["The Headline", "Careers", "Graphic Designer", "Office Manager", "Sales Manager", "Body text."]
    assert find_byline(page, 0) is None
    page = ["The Headline", "Jane Doe", "Senior Reporter", "March 3, 2021", "Body text."]
    assert find_byline(page, 0) == (1, "Jane Doe")


def test_find_byline_after_a_bare_lead_reads_the_next_line_as_a_byline() -> None:
    page = ["A Headline About Things", "By", "Jane Doe on Dec. 13, 2025", "Body text."]
    assert find_byline(page, 0) == (2, "Jane Doe")
    page = ["A Headline About Things", "Author", "CP", "Body text."]
    assert find_byline(page, 0) is None  # a single word after a bare lead-in is a label more often than a name
    page = ["A Headline About Things", "Written by", "Jane - Product marketer", "Body text."]
    assert find_byline(page, 0) == (2, "Jane")  # ... but not after "Written by"
    page = ["A Headline About Things", "Posted by:", "Jane / House Plant House", "Body text."]
    assert find_byline(page, 0) is None  # a single word needs a role beside it, or nothing
    page = ["A Headline About Things", "About the author", "Jane (Smith) Doe", "Body text."]
    assert find_byline(page, 0) is None
    page = ["A Headline About Things", "The Example Team", "Published", "Body text."]
    assert find_byline(page, 0) == (1, "The Example Team")


@pytest.mark.parametrize(("text", "names"), [
    ("December 15, 2025 · 30 min · 6279 words · Jane Doe", "Jane Doe"),
    ("Dec. 19, 2025 · Jane Doe on behalf of the Docs team", "Jane Doe"),
    ("May 3, 2021 | News", ""),
    ("May 3, 2021 · Jane Doe wrote a long sentence here", ""),
    ("Jane Doe · May 3, 2021", ""),
    ("Dec 17, 2025Jane K. Doe", "Jane K. Doe"),  # a name glued on the year
    ("September 1, 2016September 8, 2016Jane Doe", "Jane Doe"),
    ("Dec 26, 2025 • Jane Doe in Project Management", "Jane Doe"),  # the post's section
    ("Dec 26, 2025 • Jane Doe in the park.", ""),
])
def test_date_then_names(text: str, names: str) -> None:
    assert date_then_names(text) == names


def test_find_byline_date_then_names_near_the_title() -> None:
    page = ["A Headline About Things", "Dec 3, 2025 · 30 min · Jane Doe", "Body text."]
    assert find_byline(page, 0) == (1, "Jane Doe")


def test_find_byline_bare_name_under_a_date_line() -> None:
    page = ["A Headline About Things", "2025-12-17·", "Jane Doe", "The text of the article begins here and runs on."]
    assert find_byline(page, 0) == (2, "Jane Doe")
    page = ["A Headline About Things", "2025-12-17·", "Show Caption", "A caption."]
    assert find_byline(page, 0) is None
    page = ["A Headline About Things", "2025-12-17", "Vibe Coding", "A sentence of text."]
    assert find_byline(page, 0) is None  # a gerund: no name
    page = ["A Headline About Things", "Body text.", "A White Paper on Sensors", "08/12/2021", "Startup Studio",
            "A driving coach for cars", "08/04/2025", "Telecoms"]
    assert find_byline(page, 0) is None  # date, label, title, date: a list of dated items
    page = ["A Headline About Things", "July 5, 2025", "Jane Doe", "A Headline About Things", "July 5, 2025",
            "Jane Doe", "Body text."]
    assert find_byline(page, 0) == (2, "Jane Doe")  # the header repeated
    page = ["A Headline About Things", "2025-12-17", "Jane Doe", "Body text."] + ["filler line"] * 30 + [
        "By John Roe"]
    assert find_byline(page, 0) == (34, "John Roe")  # a byline anywhere comes before a bare name


def test_find_byline_name_with_a_role_glued_on() -> None:
    page = ["A Headline About Things", "By Jane Doe Senior Staff Writer", "Body text."]
    assert find_byline(page, 0) == (1, "Jane Doe")


@pytest.mark.parametrize(("page", "expected"), [
    (["Body text.", "Jane Doe", "Jane Doe is a freelance writer who covers health."], (1, "Jane Doe")),
    (["Body text.", "Jane Doe", "Senior Editor", "Jane has edited the magazine since 2019; she lives in Ohio."],
     (1, "Jane Doe")),
    (["Body text.", "Apache Spark", "Apache Spark is an engine that helps teams with their data."], None),
    (["Body text.", "Jane Doe", "John Roe is a writer."], None),  # the bio is someone else's
    (["Body text.", "Jane Doe", "Jane Doe"], None),
])
def test_author_box(page: list[str], expected: tuple[int, str] | None) -> None:
    assert author_box(page) == expected


def test_find_byline_falls_back_on_the_author_box() -> None:
    page = ["A Headline About Things", "Body text of the article, long enough to read."] + ["filler line"] * 30 + [
        "Jane Doe", "Jane Doe is a reporter who writes about science."]
    assert find_byline(page, 0) == (32, "Jane Doe")


@pytest.mark.parametrize("page", [
    ["Menu", "Understanding Web Design", "Understanding Web Design", "by Jane DoeNovember 20, 2007", "Body."],
    ["Menu", "A Headline About Things", "Cook Time", "5 min read", "Body."],
    ["Menu", "A Headline About Things", "Hi Tim", "March 3, 2021", "Body."],
    ["Menu", "A Headline About Things", "PRESS RELEASE", "December 19, 2025", "Body."],
    ["Menu", "A Headline About Things", "Facebook LinkedIn Email", "March 3, 2021", "Body."],
    ["Menu", "A Headline About Things", "Released Wednesday, March 2, 2022", "Body."],
])
def test_find_byline_takes_no_title_and_no_ui_words_for_names(page: list[str]) -> None:
    found = find_byline(page, 1)
    assert found is None or found[1] == "Jane Doe"


@pytest.mark.parametrize("after", ["reviewed by John Roe", "Updated:", "Last Updated:", "Jun 9"])
def test_find_byline_name_then_a_reviewer_a_date_lead_or_a_day(after: str) -> None:
    page = ["A Headline About Things", "Jane Doe", after, "Body text."]
    assert find_byline(page, 0) == (1, "Jane Doe")


def test_a_role_after_the_names_ends_them() -> None:
    line = "by Jane Doe, Senior Director, Content & Marketing, Example Institute"
    assert looks_like_byline(line)
    assert parse_byline(line) == "Jane Doe"


@pytest.mark.parametrize("text", [
    "Power Coaching",  # a gerund
    "Online Fitness Coaching",
    "STRATEGY & LEADERSHIP",  # an abstract noun
    "Climate Adaptation",
    "Climate Change",  # a topic noun
    "Backup Strategy",
    "CategoryBy Manufacturer",  # menu words glued together
    "Wedding ChecklistsJust EngagedWedding Planning",
    "Metasploit Wrap-Up",  # a noun made of a verb and a particle
])
def test_topics_and_menus_are_not_names(text: str) -> None:
    assert not looks_like_name(text)


@pytest.mark.parametrize("text", [
    "Andrew King", "Jean-Luc Picard", "Ann Haslam-Coates", "Sam McAllister", "Illinois Admissions",
    "West Bell Dental Care", "Team SimplyThrilled",
])
def test_names_that_resemble_topics_stay_names(text: str) -> None:
    assert looks_like_name(text)


@pytest.mark.parametrize("text", [
    "By CategoryBy Manufacturer",
    "Metasploit Wrap-Up 12/19/2025",
    "Head Winemaker, Co-Founder",  # a role line read as names then a role
    "Jane Doe, CEO of Acme, Highlights the Convergence of AI and Blockchain at International Panel",  # a headline
    "Introducing Jane Doe, New CEO at Acme",  # a headline that presents a person
])
def test_not_bylines_menus_roles_headlines(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize(("page", "title"), [
    (["Power Coaching", "7 min read", "A Headline About Things", "Body text."], 2),
    (["A Headline About Things", "Climate Change", "Climate Change", "Updated: June 2, 2025", "Body text."], 0),
    (["Menu", "A Headline About Things", "Online Fitness Coaching", "Find Your Coach", "Body."], 1),
])
def test_find_byline_takes_no_topic_beside_a_date_role_or_reading_time(page: list[str], title: int) -> None:
    assert find_byline(page, title) is None


def test_find_byline_skips_a_testimonial_s_author() -> None:
    page = ["A Headline About Things", "Body text of the article goes on here."] + ["filler line"] * 20 + [
        "“We use it every day and recommend it to everyone.”", "Jane Doe, Managing Partner, Acme Law"]
    assert find_byline(page, 0) is None
    page[-2] = "We use it every day and recommend it to everyone."
    assert find_byline(page, 0) == (23, "Jane Doe")  # without quotation marks: a byline


def test_find_byline_skips_the_bylines_of_a_list_of_other_articles() -> None:
    body = ["A Headline About Things", "Body text of the article goes on here."] + ["filler line"] * 20
    more = ["More Stories", "A First Other Story Title", "May 3, 2021 by Jane Doe | Community", "Its excerpt runs on.",
            "A Second Other Story Title", "May 1, 2021 by John Roe | Science", "Its excerpt runs on."]
    assert find_byline(body + more, 0) is None
    named = ["More Stories", "A First Other Story Title Here", "Jane Doe", "May 3, 2021",
             "A Second Other Story Title", "John Roe", "May 1, 2021"]
    assert find_byline(body + named, 0) is None
    assert find_byline(body + more[:4], 0) == (24, "Jane Doe")  # a byline alone at the end: the author's


def test_roles_in_the_plural() -> None:
    line = "Jane Doe and John Roe | Guest Columnists"
    assert looks_like_byline(line)
    assert parse_byline(line) == "Jane Doe and John Roe"
    assert not is_author_role("Nutra Marketers")  # alone on a line, a plural is a group or a menu item
    assert not looks_like_byline("Business Analysts/Associates – Conduct market research and analyze data")
    assert not looks_like_byline("By the end of the year, the team had grown.")
    assert not looks_like_byline("Artificial Intelligence En Yu 21 Nov 2025")  # a credential follows a comma
    assert not looks_like_byline("By Style and Colour")  # first names alone only after "Written by"


def test_find_byline_name_over_a_date_between_short_capitalised_lines() -> None:
    page = ["A Headline About Things", "MOBILE APP DEVELOPMENT", "JANE DOE", "OCTOBER 11, 2024", "Share With", "Body."]
    assert find_byline(page, 0) == (2, "Jane Doe")
    page = ["Blog", "Docs", "Get Started", "December 17, 2025 • 8 minutes", "A Headline About Things", "Body."]
    assert find_byline(page, 4) is None  # a button


def test_author_box_after_lines_that_are_no_names() -> None:
    lines = ["Some headline here", "Text of the article goes on.", "Jane Doe",
             "Jane Doe is a freelance writer who covers gardens."]
    assert author_box(lines) == (2, "Jane Doe")
    assert author_box(["jane doe", "jane doe is a writer"]) is None


@pytest.mark.parametrize(("page", "expected"), [
    (["Menu", "A Headline About Things", "By Clay", "Mar 14, 2024", "Body."], (2, "Clay")),
    (["Menu", "A Headline About Things", "Feb 6, 2025", "By 3i Global", "Body."], (3, "3i Global")),
    (["Menu", "A Headline About Things", "by BBK Web", "on February 11, 2025", "Body."], (2, "BBK Web")),
    (["Menu", "A Headline About Things", "By Ask the Doctors", "Dec 7, 2020", "Body."], (2, "Ask the Doctors")),
    (["Menu", "A Headline About Things", "Kev", "January 1, 2026", "Body."], (2, "Kev")),
    (["Menu", "A Headline About Things", "A dek that sums the story up.", "Sarah Knowles MW", "22 June 2020", "Body."],
     (3, "Sarah Knowles MW")),
    (["Menu", "A Headline About Things", "Posted on July 1, 2024 by infuy", "Body."], (2, "infuy")),
    (["Menu", "A Headline About Things", "Susan December 9, 2024 0 Comments", "Body."], (2, "Susan")),
    (["Menu", "A Headline About Things", "Jane (Roe) Doe Published: January 3, 2024", "Body."], (2, "Jane (Roe) Doe")),
    (["Menu", "A Headline About Things", "Example- 2025/4/29", "Body."], (2, "Example")),
    (["Menu", "A Headline About Things", "Jane Doe Founder & Lead Reviewer", "Body."], (2, "Jane Doe")),
    (["Menu", "A Headline About Things", "Jane Doe Contributing Writer | Strategy games", "Body."], (2, "Jane Doe")),
    (["By: Example EMEA on 04-ago-2021 5:11:10", "A Headline About Things", "Body."], (0, "Example EMEA")),
    (["Menu", "A Headline About Things", "May 21, 2025April 24, 2025 by The Example", "Body."], (2, "The Example")),
    (["Menu", "A Headline About Things", "By", "Lauren", "Updated", "October 17, 2025", "Body."], (3, "Lauren")),
    (["Menu", "A Headline About Things", "By Jane DoeStaff Writer", "Nov. 19, 2019", "Body."], (2, "Jane Doe")),
    (["Menu", "A Headline About Things", "Posted on Maret 30, 2015 by Admin", "Body."], (2, "Admin")),
    (["Menu", "A Headline About Things", "Jane Doe", "Jane Doe", "Share", "Body."], (2, "Jane Doe")),
    (["Menu", "A Headline About Things", "Jane Doe", "@JANEDOE", "KEY POINTS", "Body."], (2, "Jane Doe")),
    (["109 Comments | Jane Doe | Last Updated: March 11, 2019", "A Headline About Things", "Body."], (0, "Jane Doe")),
    (["Journal", "A Headline About Things", "Jane Doe 1,✉, John Roe 2, Ann Poe 1,*", "Abstract"],
     (2, "Jane Doe, John Roe, Ann Poe")),
])
def test_find_byline_reads_a_signature_under_the_title_loosely(page: list[str], expected: tuple[int, str]) -> None:
    assert find_byline(page, 1) == expected


@pytest.mark.parametrize("page", [
    ["Menu", "A Headline About Things", "May 26, 2025", "Vegan", "Body."],  # a name alone under the date: a tag
    ["Menu", "A Headline About Things", "HR Strategy", "June 9, 2025", "Body."],
    ["Menu", "A Headline About Things", "Example.com", "June 9, 2025", "Body."],
    ["Menu", "A Headline About Things", "Digital OrganizationOfficePapers", "June 9, 2025", "Body."],
    ["Menu", "A Headline About Things", "Kev", "Body.", "January 1, 2026"],
    ["Menu", "A Headline About Things", "Essay May 3, 2021", "Body."],  # a kind of piece, no name
    ["Menu", "A Headline About Things", "Science | May 3, 2021", "Body."],
    ["Menu", "By Example EMEA", "A Headline About Things", "Body."],  # above the title: only with the date on its line
    ["Menu", "A Headline About Things", "By", "Lauren", "Body."],
    ["Menu", "A Headline About Things", "segunda-feira, 22 de janeiro de 2018 às 0:13", "Body."],  # a weekday
    ["Menu", "A Headline About Things", "기사입력 :[ 2018-08-25 15:24 ]", "Body."],  # a date's label
    ["Menu", "A Headline About Things", "Example OrganizationOffice", "June 9, 2025", "Body."],
    ["Menu", "A Headline About Things", "Paris 1, London 2, Berlin 3", "Body."],  # places, ranked: no authors
    ["Kev", "January 1, 2026", "Menu", "A Headline About Things", "Body."],
    ["Menu", "A Headline About Things", "Markets", "March 3, 2024", "Body."],  # a section, no name
    ["Menu", "A Headline About Things", "By Ellen Price", "Staff Writer", "Jun 3, 2019", "Body."],  # a role, no one
    ["Menu", "A Headline About Things", "Sponsored", "March 3, 2024", "Body."],
    ["Menu", "A Headline About Things", "Europe 03.03.2024", "Body."],
    ["Menu", "A Headline About Things", "UK Politics | 5 min read", "Body."],  # two capitals: a country, no initials
    ["Menu", "A Headline About Things", "EV Charging | March 3, 2024", "Body."],
])
def test_find_byline_loose_signature_needs_the_title_and_the_date(page: list[str]) -> None:
    assert find_byline(page, 3 if page[0] == "Kev" else 2 if page[1].startswith("By ") else 1) is None


def test_find_byline_prefers_a_loose_signature_under_the_title_to_a_byline_far_away() -> None:
    page = ["Menu", "A Headline About Things", "03/10/2023", "by ABC Web", "Body text."] + ["filler"] * 20 + [
        "By Jane Doe", "Another story's summary."]
    assert find_byline(page, 1) == (3, "ABC Web")


def test_find_byline_near_the_title_reads_the_closest_line_first() -> None:
    page = ["A teaser's summary, in a sentence.", "by John Roe", "Advertisement", "Home / Guides",
            "A Headline About Things", "A dek that sums it up.", "Jane Doe", "30 January 2025", "Body text."]
    assert find_byline(page, 4) == (6, "Jane Doe")


def test_the_weekday_before_a_date_signs_nothing() -> None:
    for stamp in ("Tue 19 Nov 2019 00.01 GMT", "Thu, 21 Nov 2019 10:30", "Sun 24 Nov 2019 18.00 GMT", "Di. 19.11.2019"):
        page = ["Hedgehog numbers in rural Britain have halved since 2000", "@hcarwick", stamp,
                "The number of hedgehogs living in the British countryside has fallen by about half."]
        assert find_byline(page, 0) is None, stamp
    page = ["Hedgehog numbers in rural Britain have halved since 2000", "Jane Doe Published: Jan 3, 2024",
            "The number of hedgehogs living in the British countryside has fallen by about half."]
    assert find_byline(page, 0) == (1, "Jane Doe")


@pytest.mark.parametrize(("text", "names"), [
    ("김지수 기자", "김지수"),
    ("김지수·이민호 기자", "김지수, 이민호"),
    ("김지수 기자 jisu@example.kr", "김지수"),
    ("记者 王磊", "王磊"),
    ("本报记者 王磊", "王磊"),
    ("记者：王磊 李明", "王磊, 李明"),
    ("王磊 記者", "王磊"),
    ("(서울=연합뉴스) 김지수 기자 =", "김지수"),
    ("김지수 기자 (jisu@example.kr)", "김지수"),
    ("记者 王磊 通讯员 李明", "王磊, 李明"),
    ("记者｜王磊", "王磊"),
    ("本报记者 王磊 | 2019年11月25日", "王磊"),
    ("بقلم: سارة محمود", "سارة محمود"),
    ("كتبت - سارة محمود", "سارة محمود"),
])
def test_cjk_and_arabic_bylines_without_capitals(text: str, names: str) -> None:
    assert looks_like_byline(text)
    assert parse_byline(text) == names


@pytest.mark.parametrize("text", ["기자", "기자 정보", "记者会", "我们是记者", "记者 王磊说了很多话", "بقلم",
                                  "القاهرة - سارة محمود", "记者调查", "首相記者会見", "워싱턴 특파원",
                                  "كتب ننصح بقراءتها", "Writer: Greta Gerwig", "Jair Bolsonaro, em Brasília",
                                  "Newsroom"])
def test_cjk_and_arabic_lines_that_sign_nothing(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize(("text", "names"), [
    ("Dimas Pratama - detikNews", "Dimas Pratama"),
])
def test_names_then_the_outlet_in_a_brand_shape(text: str, names: str) -> None:
    assert looks_like_byline(text)
    assert parse_byline(text) == names


@pytest.mark.parametrize("text", ["Jane Doe - Home", "Jane Doe - the news", "Apple Watch - iPhone",
                                  "Greta Thunberg - Forbes.com"])
def test_names_then_a_plain_word_need_more(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize(("page", "expected"), [
    (["Menu", "A Headline About Things", "Rafael Menezes", "Do Rio", "29/11/2019 09h15", "Body."],
     (2, "Rafael Menezes")),
    (["Menu", "A Headline About Things", "Jane Doe", "In London", "May 3, 2021", "Body."], (2, "Jane Doe")),
    (["Menu", "A Headline About Things", "Associated Press", "Published 6:41 a.m. CT Nov. 14, 2019", "Body."],
     (2, "Associated Press")),
    (["Menu", "A Headline About Things", "Agence France-Presse", "Nov. 14, 2019", "Body."],
     (2, "Agence France-Presse")),
    (["Menu", "A Headline About Things", "The Canadian Press", "Nov. 14, 2019", "Body."], (2, "The Canadian Press")),
    (["Menu", "A Headline About Things", "By The Associated Press", "Nov. 14, 2019", "Body."],
     (2, "The Associated Press")),
    (["Menu", "A Headline About Things", "AFP", "Nov. 14, 2019", "Body."], (2, "AFP")),
    (["Menu", "ارتفاع أسعار الذهب في الأسواق المحلية اليوم", "القاهرة - سارة محمود", "25 نوفمبر 2019", "Body."],
     (2, "سارة محمود")),
])
def test_find_byline_under_the_title_by_the_date(page: list[str], expected: tuple[int, str]) -> None:
    assert find_byline(page, 1) == expected


@pytest.mark.parametrize("page", [
    ["Menu", "A Headline About Things", "Press Release", "Nov. 14, 2019", "Body."],
    ["Menu", "A Headline About Things", "World Press", "Nov. 14, 2019", "Body."],  # a section's word first
    ["Menu", "A Headline About Things", "القاهرة - سارة محمود", "Body.", "More body."],  # no date beside it
])
def test_find_byline_press_words_and_places_alone_sign_nothing(page: list[str]) -> None:
    assert find_byline(page, 1) is None


@pytest.mark.parametrize(("page", "expected"), [
    (["Menu", "A Headline About Things", "By", "Jane Doe", ",", "John Roe", ", and", "Example Team", "May 3, 2021",
      "Body."], (3, "Jane Doe, John Roe, and Example Team")),
    (["Menu", "A Headline About Things", "By", "Jane Doe", "and", "John Roe", "Body."], (3, "Jane Doe and John Roe")),
    (["Menu", "A Headline About Things", "Author(s)", "John A. Doe", "Ann B. Roe", "Download pdf", "Body."],
     (3, "John A. Doe, Ann B. Roe")),
])
def test_find_byline_reads_names_set_over_lines(page: list[str], expected: tuple[int, str]) -> None:
    assert find_byline(page, 1) == expected


def test_names_over_lines_need_a_joiner_after_a_lead_in_in_the_singular() -> None:
    page = ["Menu", "A Headline About Things", "By", "Jane Doe", "John Roe", "Body."]
    assert find_byline(page, 1) == (3, "Jane Doe")


@pytest.mark.parametrize(("page", "expected"), [
    (["Menu", "A Headline About Things", "Staff", "April 18, 2025", "Body."], (2, "Staff")),
    (["Menu", "A Headline About Things", "19 Dec, 2025", "Newsdesk", "Body text that runs on."], (3, "Newsdesk")),
])
def test_find_byline_a_newsroom_alone_by_the_date(page: list[str], expected: tuple[int, str]) -> None:
    assert find_byline(page, 1) == expected


def test_find_byline_a_section_alone_by_the_date_signs_nothing() -> None:
    assert find_byline(["Menu", "A Headline About Things", "19 Dec, 2025", "Editorial", "Body text."], 1) is None


def test_find_byline_cuts_a_name_to_the_one_its_bio_gives() -> None:
    bio = "Jane Doe is a writer who covers the climate, energy and the cities of the world for the site."
    page = ["Menu", "A Headline About Things", "by Jane Doe Global Commons May 2nd 2025", "Body.", "Jane Doe", bio]
    assert find_byline(page, 1) == (2, "Jane Doe")
    whole = "Jane Doe Global Commons is a writer who covers the climate and the cities of the world for the site."
    assert find_byline([*page, whole], 1) == (2, "Jane Doe Global Commons")


@pytest.mark.parametrize(("text", "names"), [
    ("Geplaatst door Jan Jansen", "Jan Jansen"),
    ("Skrevet av Ola Nordmann", "Ola Nordmann"),
    ("Skrivet av Anna Svensson", "Anna Svensson"),
    ("Escrit per Joan Puig", "Joan Puig"),
    ("Napisała Anna Nowak", "Anna Nowak"),
    ("Kirjoittanut Matti Virtanen", "Matti Virtanen"),
    ("Írta Kovács János | 2021. május 3.", "Kovács János"),
    ("Yazar: Ahmet Yılmaz | 3 Mayıs 2021", "Ahmet Yılmaz"),
    ("Ahmet Yılmaz tarafından", "Ahmet Yılmaz"),
    ("Författare: Anna Svensson", "Anna Svensson"),
    ("Tác giả: Nguyễn Văn Minh", "Nguyễn Văn Minh"),
    ("Viết bởi Nguyễn Văn Minh", "Nguyễn Văn Minh"),
    ("作者：王磊", "王磊"),
    ("文/王磊", "王磊"),
    ("著者：山田太郎", "山田太郎"),
    ("글: 김지수", "김지수"),
    ("글·사진 김지수", "김지수"),
    ("Reporter: Dimas Pratama | Editor: Rina Sari", "Dimas Pratama"),
    ("Wartawan: Dimas Pratama", "Dimas Pratama"),
    ("Periodista: Ana Ruiz", "Ana Ruiz"),
    ("Korrespondent: Max Mustermann", "Max Mustermann"),
])
def test_lead_ins_in_more_languages(text: str, names: str) -> None:
    assert looks_like_byline(text)
    assert parse_byline(text) == names


@pytest.mark.parametrize("text", ["Bởi vì trời mưa", "Yazar hakkında", "Kirjoittanut on hyvä", "Bu kitap tarafından",
                                  "글 목록", "文章", "Editor: Jane Doe", "Writer: the best one"])
def test_lead_in_words_in_more_languages_alone_sign_nothing(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize(("text", "names"), [
    ("Por Rafael Menezes, do Rio", "Rafael Menezes"),
    ("Rafael Menezes, de São Paulo | 29/11/2019", "Rafael Menezes"),
    ("Von Max Mustermann, aus Berlin", "Max Mustermann"),
    ("By Jane Doe, in London, Staff Writer", "Jane Doe"),
])
def test_a_place_after_the_names(text: str, names: str) -> None:
    assert looks_like_byline(text)
    assert parse_byline(text) == names


@pytest.mark.parametrize("text", ["Grand Hotel, in Paris", "Ultimate Hands-free, from Setup to Mow",
                                  "Jane Doe, in the city", "Jane Doe, in London where she lives with her cat"])
def test_a_place_after_names_without_a_lead_in_needs_more(text: str) -> None:
    assert not looks_like_byline(text)


def test_a_bios_given_names_leave_the_bylines_family_name() -> None:
    lines = ["A Post About Soup", "By Mary Beth Smith", "Jan. 5, 2020", "Text of the post, long enough to be "
             "a paragraph of it.", "Mary Beth is a food writer who lives in Ohio with her two dogs and a garden."]
    assert find_byline(lines, 0) == (1, "Mary Beth Smith")


def test_a_place_after_names_with_no_lead_in_needs_a_date() -> None:
    assert looks_like_byline("Rafael Menezes, de São Paulo | 29/11/2019")
    assert not looks_like_byline("Rafael Menezes, de São Paulo")
