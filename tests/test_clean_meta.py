"""What the cleaner reads about a page besides its text: site name, byline, dates."""

from __future__ import annotations

from datetime import datetime

from sitegen.clean import clean
from sitegen.clean.byline import looks_like_byline, looks_like_name
from sitegen.clean.site import find_app_name

PARAGRAPH = ("The committee met on Thursday to discuss the proposal, which would change how the city "
             "pays for its roads, and members said they expected a vote before the end of the year.")


def page(*extra: str, head: tuple[str, ...] = ()) -> str:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    return "\n\n".join(["Menu", "Search", *head, "City plans new road tax", *body, *extra,
                        "Share", "Privacy Policy"])


def test_app_name_read_from_a_promotion_line() -> None:
    assert find_app_name(["Download The Daily Ledger App to get market news"]) == "Daily Ledger"
    assert find_app_name(["Get the Harbor Times mobile app"]) == "Harbor Times"


def test_app_name_needs_a_capitalised_name() -> None:
    assert find_app_name(["Download the app today", "download the whole city map"]) == ""


def test_site_name_from_the_pages_own_app_promotion() -> None:
    art = clean(page("Download The Daily Ledger App to get Daily Market Updates & Live Business News."))
    assert art.site_name == "Daily Ledger"


def test_an_app_named_in_the_article_text_is_not_the_site() -> None:
    named = PARAGRAPH.replace("The committee", "To follow the vote, download the City Hall app; the committee")
    art = clean(page().replace("The committee 3", f"{named}\n\nThe committee 3"))
    assert any(ln.text == named for ln in art.labels)
    assert art.site_name == ""


def test_site_name_from_a_copyright_line_wins() -> None:
    art = clean(page("© 2024 Harbor Times. All rights reserved.", "Download The Daily Ledger App now"))
    assert art.site_name == "Harbor Times"


def test_byline_read_from_a_name_and_a_role_near_the_title() -> None:
    art = clean(page().replace("City plans new road tax", "City plans new road tax\n\nJane Roe\n\nSenior Reporter"))
    assert art.byline == "Jane Roe"
    assert all("Jane Roe" not in (b.text or "") for b in art.blocks)


def test_published_date_read_near_the_title() -> None:
    art = clean(page().replace("City plans new road tax", "City plans new road tax\n\nPublished March 3, 2021"))
    assert art.published == datetime(2021, 3, 3)


def test_a_date_in_the_byline_s_line_is_the_page_s_date() -> None:
    text = ("How to replace brake pads\n\nby Daniel Gibson | Mar 11, 2023 | All About Brakes and Brake Repair, "
            "Learn About Brakes | 0 comments\n\n" + "Brake pads wear down with every stop you make on the road. " * 4)
    article = clean(text)
    assert article.byline == "Daniel Gibson"
    assert article.published == datetime(2023, 3, 11)
    assert article.updated is None


def test_byline_from_an_author_box_keeps_the_box_in_the_text() -> None:
    bio = "Jane Roe is a reporter who covers the city council, and she has written about roads for ten years."
    art = clean(page("Jane Roe", bio))
    assert art.byline == "Jane Roe"
    kept = [ln for ln in art.labels if ln.text == "Jane Roe"]
    assert kept and kept[0].label != "byline"


def test_no_byline_from_a_list_of_other_articles_or_a_testimonial() -> None:
    more = ("More Stories", "A First Other Story About Roads", "May 3, 2021 by Jane Roe | Community",
            "The council met again to talk about the bridge and its cost to the town.",
            "A Second Other Story About Parks", "May 1, 2021 by John Doe | Science",
            "The parks department planted trees along the river this spring.")
    text = tuple(PARAGRAPH.replace("committee", f"board {n}") for n in range(8))  # far from the title
    assert clean(page(*text, *more)).byline == ""
    quote = ("“The new tax will fix the roads we drive on every single day.”", "Jane Roe, Managing Partner, Acme Law")
    assert clean(page(*text, *quote)).byline == ""
    assert clean(page(*text, *more[:4])).byline == "Jane Roe"  # a byline alone after the text: the author's


def test_the_line_the_byline_is_read_from_is_labelled_byline_though_a_rule_had_dropped_it() -> None:
    body = " ".join(["The council voted on Tuesday to close the old library and build a new one by the river."] * 3)
    result = clean("\n\n".join(["Menu", "Library to move to the river", "Kev", "January 1, 2026", body, body]))
    assert result.byline == "Kev"
    assert [(ln.label, ln.rule) for ln in result.labels if ln.text == "Kev"] == [("byline", "byline_finder")]


def test_a_line_of_two_date_stamps_is_the_articles_dates() -> None:
    for stamps in ("Veröffentlicht am 19. November 2019 um 09:12 Uhr, aktualisiert am 19. November 2019 um 11:30 Uhr",
                   "Publié le 19 novembre 2019 à 10h30 - Mis à jour le 19 novembre 2019 à 12h04"):
        art = clean(page().replace("City plans new road tax", f"City plans new road tax\n\n{stamps}"))
        assert [(ln.label, ln.rule) for ln in art.labels if ln.text == stamps] == [("meta", "date_pair_line")]
        assert art.published is not None and art.published.date().isoformat() == "2019-11-19"
    said = "Published on 19 November 2019, the report said the city would need a new road tax within years."
    assert [ln.rule for ln in clean(page(said)).labels if ln.text == said] != ["date_pair_line"]


def test_two_dates_in_the_text_are_an_events() -> None:
    dates = "Opening night: Tuesday 19 November 2019 at 19:00 - Closing night: Sunday 5 January 2020 at 18:00"
    text = page(*[PARAGRAPH.replace("committee", f"board {n}") for n in range(4)], dates)  # far from the title
    assert [ln.rule for ln in clean(text).labels if ln.text == dates] != ["date_pair_line"]


def test_name_under_title_signs_the_piece() -> None:
    art = clean(page().replace("City plans new road tax", "City plans new road tax\n\nJane Roe"))
    assert art.byline == "Jane Roe"
    assert any(ln.text == "Jane Roe" and ln.label == "byline" for ln in art.labels)


def test_name_under_title_after_a_dek() -> None:
    dek = "The council wants drivers to pay for the repairs their cars make necessary, it said."
    art = clean(page().replace("City plans new road tax", f"City plans new road tax\n\n{dek}\n\nJane Roe"))
    assert art.byline == "Jane Roe"


def test_name_under_title_is_no_common_words() -> None:
    for line in ("Safety Alert", "Road Tax", "Memorial Park\n\nMemorial Park is where the council met."):
        text = page().replace("City plans new road tax", f"City plans new road tax\n\n{line}")
        text = text.replace("Share", "Read the safety notes")
        assert clean(text).byline == "", line


def test_a_label_lead_alone_then_a_single_name() -> None:
    art = clean(page().replace("City plans new road tax", "City plans new road tax\n\nMay 3, 2021\n\nAuthor\n\nHarbor"))
    assert art.byline == "Harbor"


def test_name_after_the_date_on_the_line_above_the_title() -> None:
    art = clean(page(head=("October 8, 2024 Harbor Works",)))
    assert art.byline == "Harbor Works"
    assert art.published == datetime(2024, 10, 8)


def test_name_under_title_before_a_button() -> None:
    art = clean(page().replace("City plans new road tax", "City plans new road tax\n\nJane Roe\n\nStart Trial"))
    assert art.byline == "Jane Roe"


def test_group_name_under_title() -> None:
    text = page().replace("City plans new road tax", "City plans new road tax\n\nHarbor Staff").replace(
        "Share", "Ask our staff")
    assert clean(text).byline == "Harbor Staff"


def test_a_middle_initial_is_no_article() -> None:
    assert looks_like_name("Jeffrey A. Slotnick")
    assert looks_like_name("Mary I. Roe")
    assert not looks_like_name("Build A Home")


def test_credentials_after_a_name_without_a_comma() -> None:
    assert looks_like_name("Jane Doe MW")
    assert looks_like_name("Jane A. Doe CPP, PSP")
    assert not looks_like_name("Jane Doe CEO")  # a role, no credential
    dek = "The council wants drivers to pay for the repairs their cars make necessary, it said."
    art = clean(page().replace("City plans new road tax",
                               f"City plans new road tax\n\n{dek}\n\nJane A. Doe CPP, PSP\n\nDec. 17, 2025"))
    assert art.byline == "Jane A. Doe CPP, PSP"


def test_a_name_over_a_date_s_lead_in_alone_and_its_date() -> None:
    art = clean(page().replace("City plans new road tax",
                               "City plans new road tax\n\nHarbor\n\nLast update:\n\nMay 3, 2021"))
    assert art.byline == "Harbor"


def test_a_lead_in_names_and_on_a_date_whatever_follows() -> None:
    assert looks_like_byline("Posted by Jane Roe on 2021-05-03 in transit. Tags: roads, budget, council.")
    assert not looks_like_byline("Posted by Jane Roe in transit. Tags: roads, budget, council.")


def test_a_date_s_lead_in_then_the_date_then_by_names() -> None:
    assert looks_like_byline("Last updated March 3, 2025 by Jane Roe. — Accessibility")
    assert looks_like_byline("Updated March 3, 2025 by Jane Roe")


def test_a_name_alone_on_the_first_line_signs_nothing() -> None:
    """A name on a page's first line heads a publication as often as a person's site ("Daily Mail", "Vanity
    Fair"): no byline."""
    for name in ("Jane Roe", "Daily Mail", "Vanity Fair", "Jane Roe //"):
        text = f"{name}\n\nPosts\n\nAbout\n\n" + page().replace("Menu\n\nSearch\n\n", "")
        assert clean(text).byline == "", name


def test_a_site_named_as_a_person_s() -> None:
    text = "Skip to content\n\nJane Roe's Tech Blog\n\n" + page()
    assert clean(text).byline == "Jane Roe"


def test_a_name_over_a_date_under_the_text_is_no_byline() -> None:
    """A short obituary, then its guest book: "Linda Marsh" over "November 14, 2019" signs a comment under the
    text, no byline; the same two lines under the headline are its byline and date."""
    body = ["Margaret Ellen Donnelly, 88, of Millbrook, passed away peacefully on Tuesday surrounded by her family "
            "after a long life of service to her community and her church.",
            "She worked as a surgical nurse at Millbrook General Hospital for 34 years and was known for her kindness "
            "to patients, her garden and her Sunday pies."]
    comment = "Linda Marsh\nNovember 14, 2019\nMrs. Donnelly was my first charge nurse. She taught me everything."
    assert clean("\n\n".join(["Margaret Ellen Donnelly", *body, "Guest Book", comment])).byline == ""
    signed = "\n\n".join(["Margaret Ellen Donnelly", "Linda Marsh\nNovember 14, 2019", *body, "Guest Book"])
    assert clean(signed).byline == "Linda Marsh"
