"""The title's literal guards and page-at-a-time code give the same answers
as the plain definitions they stand for."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitegen.clean import not_headlines
from sitegen.clean.lines import segment

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Pieces of the lines the rules of `not_headlines.passed_over` know, and letters a case-blind pattern
# takes for ASCII ones.
PIECES = st.sampled_from(
    list("aAbByYsS019 #-:,.)(!?\t®™│½²٣ſıİKé") + [
        "Search ", "search the ", "Learn about ", "Get started", " for free", "Try it free", "View all ", "Sign up",
        "ſearch the ", " by ", "By ", "Photos by ", "Jane Doe", "PJ Hamel", "Stars 107 ", "Forks 9", "Code 4 ",
        "privacy (62)", " (2025)", "#git ", "Privacy Policy", "Our ", "Terms of Use", ". Photo by Ben Hon",
        "Mackenzie, ", "Night Nurse, ", "4.7 out of 5 stars", "67 Reviews", "2 days ago", "5 min read",
        "2023-06-12 ", "Price: 34,95", "Sound 8.5", "Hunt Valley, MD 21031", "11311 McCormick Rd.",
        "AllServicesStock", "AdvisorEpic ", "Posts Music Reading Links Search", " Contact", " Menu", "k", "m",
    ])
TEXTS = st.lists(PIECES, max_size=14).map("".join)


@settings(SETTINGS)
@given(st.lists(TEXTS, min_size=1, max_size=6).map("\n".join))
@example("Search the site\nprivacy (62)\nCode Revisions 4 Stars 107 Forks 9\nſearch the site\n"
         "Recipe by PJ Hamel\nGeForce® GTX 1080 Ti\n#git #dev\nHunt Valley, MD 21031\n3 hours ago")
def test_guarded_alone_rules_are_the_rules_in_turn(text: str) -> None:
    """`_passed_over_alone` tries each rule only past a guard; it names the rule that trying them all in turn does."""
    for line in segment(text):
        assert not_headlines._passed_over_alone(line) == not_headlines._rules_alone(line), line.text
