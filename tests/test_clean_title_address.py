"""The page's own address names its headline: the slug rule of the title."""

from __future__ import annotations

from sitegen.clean import address, rules
from sitegen.clean.lines import segment

PARAGRAPH = ("Brock Nelson's second goal of the game came 2:55 into overtime and capped a frantic comeback "
             "that lifted the New York Islanders to a 5-4 win over the Pittsburgh Penguins on Tuesday night.")
ADDRESS = "https://www.example.com/sports/article/Nelson-s-OT-goal-lifts-Isles-14848099.php"


def test_slugs_are_read_from_address_lines_alone() -> None:
    assert address.slugs([ADDRESS]) == [frozenset({"nelson", "ot", "goal", "lifts", "isles"})]
    assert address.slugs([f"Read it at {ADDRESS} today"]) == []  # a link inside a line points elsewhere
    assert address.slugs(["https://www.example.com/2019/11/19/article.html"]) == []  # no words to read
    assert address.slugs(["Nelson-s-OT-goal-lifts-Isles"]) == []  # no address


def test_slug_match_is_the_share_of_words_both_have() -> None:
    found = address.slugs([ADDRESS])
    assert address.slug_match("Nelson's OT goal lifts Isles", found) == 1.0
    assert address.slug_match("Isles win in overtime", found) < address.SLUG_MIN_MATCH
    assert address.slug_match(ADDRESS, found) == 0.0  # the address itself is no headline
    assert address.slug_match("Goal", found) == 0.0  # too few words to tell
    assert address.slug_match("Nelson's OT goal lifts Isles", []) == 0.0


def headline(lines_text: list[str]) -> str:
    lines = segment("\n".join(lines_text))
    title = rules.label_lines(lines, None)
    return title.text if title is not None else ""


def test_the_headline_the_address_spells_is_the_title() -> None:
    page = ["NHL", "Golf", ADDRESS, "Nelson's OT goal lifts Isles",
            "Islanders Complete Frantic Comeback To Extend Unbeaten Streak",
            "Associated Press", "November 19, 2019", PARAGRAPH, PARAGRAPH]
    assert headline(page) == "Nelson's OT goal lifts Isles"
    without = [line for line in page if line != ADDRESS]  # the model alone takes the longer line
    assert headline(without) == "Islanders Complete Frantic Comeback To Extend Unbeaten Streak"
    elsewhere = ["https://www.example.com/hockey/islanders-complete-frantic-comeback", *without[2:]]
    assert headline(["NHL", "Golf", *elsewhere]) == "Islanders Complete Frantic Comeback To Extend Unbeaten Streak"
