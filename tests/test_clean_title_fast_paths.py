"""The title's literal guards and page-at-a-time code give the same answers
as the plain definitions they stand for."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitegen.clean import features, neighbours, not_headlines, rules, titles, vocab
from sitegen.clean.lines import Line, joined_keys, segment
from sitegen.clean.stopwords import STOPWORDS

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
        "AllServicesStock", "AdvisorEpic ", "PlusFool",
        "Latest Video Random Video All Videos Browse Videos ", "Posts Music Reading Links Search", " Contact", " Menu",
        "k", "m", "*", "* Click the link", "ThreatWA™Insights",
    ])
TEXTS = st.lists(PIECES, max_size=14).map("".join)


@settings(SETTINGS)
@given(st.lists(TEXTS, min_size=1, max_size=6).map("\n".join))
@example("Search the site\nprivacy (62)\nCode Revisions 4 Stars 107 Forks 9\nſearch the site\n"
         "Recipe by PJ Hamel\nGeForce® GTX 1080 Ti\n#git #dev\nHunt Valley, MD 21031\n3 hours ago\n"
         "All ServicesStock AdvisorEpic PlusFool Portfolios\nJeff Kaufman Posts RSS Contact")
def test_each_guard_lets_pass_every_line_its_rule_knows(text: str) -> None:
    """`_passed_over_alone` tries each rule only past its guard: no line the rule knows fails the guard."""
    for line in segment(text):
        for name, guard, rule in not_headlines._ALONE_RULES + not_headlines._FIGURE_RULES:
            assert guard(line) or not rule(line), (name, line.text)


def not_a_headline_by_definition(lines: list[Line], i: int) -> bool:
    """`titles._not_a_headline` with every rule tried on every line."""
    line, nxt = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    return ((line.call_to_action and not vocab.newsletter_only(line.text)) or line.credit_like
            or (nxt is not None and nxt.credit_like and not nxt.byline and not neighbours.headline_shaped(line))
            or (line.words <= rules.META_MAX_WORDS and line.date() is not None and not titles._dated_headline(line))
            or rules.date_pair(line) or vocab.related_lead(line.text, inline=False) or vocab.share_line(line.text)
            or (line.text.endswith(")") and titles._captioned_by_agency(line.text)) or titles._row_of_figures(line)
            or titles._dated_ticker(line) or titles._schedule_entry(line) or titles._instruction(line))


HEADLINE_PIECES = st.sampled_from(
    list("aAcCdDsStTjJ019 [];:,.>»›!?\t½²٣ſıİKé") + [
        "Click here to ", "Double-click to ", "tap ", "Press enter or click to view", "ſwipe to ", "swipe left to",
        "September 10 12pm- 1pm Room 217", "Mon. 3, 10 a.m.", "ſat 4 at 9pm", "[ December 8, 2025 ] ", "Top 10 ",
        "46.3 lbs 38.8 lbs 36.8 lbs 48.5 lbs", "1 2 3 4", "Home > News > ", "Blog » Tips » ", "Related: ",
        "Share on Facebook", "Photo: Jane Doe", "Jane Doe/Getty Images", "January 22, 2018",
    ])


@settings(SETTINGS)
@given(st.lists(st.lists(HEADLINE_PIECES, max_size=10).map("".join), min_size=1, max_size=6).map("\n".join))
@example("Click here to subscribe\nSeptember 10 12pm- 1pm Room 217 Jane Doe\n46.3 lbs 38.8 lbs 36.8 lbs 48.5 lbs\n"
         "[ December 8, 2025 ] Top 10 Stories\nHome > News > Science Today")
def test_guarded_headline_tests_are_the_rules(text: str) -> None:
    """`titles._not_a_headline` and `titles._breadcrumb_trail` try their rules only past a guard; they say
    what trying every rule says."""
    lines = segment(text)
    for i, line in enumerate(lines):
        assert titles._not_a_headline(lines, i) == not_a_headline_by_definition(lines, i), line.text
        trail = [p for p in rules.TRAIL_SPLIT.split(line.text) if p.strip()]
        assert titles._breadcrumb_trail(line) == (len(trail) >= rules.BREADCRUMB_TRAIL_MIN_PARTS and all(
            len(p.split()) <= rules.BREADCRUMB_PART_MAX_WORDS for p in trail)), line.text


@settings(SETTINGS)
@given(st.lists(st.sampled_from(["blog", "Blog", "BLOG", "bLoG", "blogs", "The ", "the ", "Data ", "a ", "'s ",
                                 " ", "-", "\n", "İ", "ı", "ſ", "é", "›", "»", ">", "Home "]), max_size=8).map("".join))
def test_guarded_blog_name_and_trail_mark_are_the_patterns(text: str) -> None:
    """`titles._blog_name` reads its pattern only past a guard on the line's last letters, and
    `_breadcrumbs_end` its trail's separator only outside ASCII: both say what the patterns say."""
    line = Line(0, 1, text, len(text.split()))
    words = line.lower_tokens[1:] if line.lower_tokens[:1] == ["the"] else line.lower_tokens
    assert titles._blog_name(line) == (line.words <= titles.BLOG_NAME_MAX_WORDS
                                       and titles._BLOG_NAME.search(text) is not None
                                       and not any(w in STOPWORDS for w in words))
    assert (">" in text or (not text.isascii() and titles._TRAIL_MARK.search(text) is not None)) == (
        titles._TRAIL_MARK.search(text) is not None)


def inside_longer_by_definition(keys: list[str], i: int) -> bool:
    """A longer line within FAR_WINDOW * 3 lines of line `i` (less than that after it) holds its key."""
    window = range(max(0, i - features.FAR_WINDOW * 3), min(len(keys), i + features.FAR_WINDOW * 3))
    return any(len(keys[j]) > len(keys[i]) and keys[i] in keys[j] for j in window if j != i)


@settings(SETTINGS)
@given(st.lists(st.sampled_from(["water on mars", "water on mars water on mars", "on mars", "water on marsh",
                                 "news", "home » water on mars", "mars water on", "a"]), min_size=1, max_size=90))
def test_inside_longer_is_the_window_s(keys: list[str]) -> None:
    """`features._inside_longer` counts the key's matches in the window against its copies; it says what
    reading each line of the window says."""
    lines = [Line(j, j + 1, key, len(key.split()), key=key) for j, key in enumerate(keys)]
    joined, offsets = joined_keys(lines)
    for i, key in enumerate(keys):
        assert features._inside_longer(key, joined, offsets, keys, i) == inside_longer_by_definition(keys, i), i


def counter_row_by_definition(text: str) -> bool:
    """`not_headlines._counter_row` without its guards: the line is counters and nothing else."""
    parts = not_headlines._COUNTER.findall(text)
    return len(parts) >= not_headlines.COUNTER_ROW_MIN and " ".join(parts) == " ".join(text.split()) \
        and all(w[0].isupper() for part in parts for w in part.split()[:-1])


@settings(SETTINGS)
@given(st.lists(st.sampled_from(["Code", "Revisions", "Stars", "forks", "Ünï", "²x", " ", "\u00a0", "\t", "4", "107",
                                 "1.5k", "9,000", "٣", "²", ".", ",", "M", "and", "the"]), max_size=16).map("".join))
@example("Code Revisions 4 Stars 107 Forks 9")
@example("Code Revisions Here 4 Stars 107 Forks 9")
def test_counter_row_guard_is_the_pattern_s(text: str) -> None:
    """`not_headlines._counter_row` reads its pattern only on a line with enough words opening with a digit."""
    line = Line(0, 1, text, len(text.split()))
    assert not_headlines._counter_row(line) == counter_row_by_definition(text)
