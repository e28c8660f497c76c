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
