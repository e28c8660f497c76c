"""A listing whose entries give the same fields goes on past the run's end."""

from __future__ import annotations

from sitegen.clean import clean, regions, rules
from sitegen.clean.lines import segment
from tests.test_clean_rules import PARAGRAPH

AGENCY = ("{name} helps brands grow with search, paid social and content, and its team works closely "
          "with each client to find the audience that buys.")


def entry(n: int) -> list[str]:
    return [f"{n}. Agency {n}", AGENCY.format(name=f"Agency {n}"), f"Office Location: Town {n}",
            f"Year Founded: {2000 + n}", f"Team Size: {n} – 50 employees"]


def page(entries: int, tail: list[str]) -> str:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    items = [line for n in range(1, entries + 1) for line in entry(n)]
    return "\n\n".join(["Menu", "Search", "Sign in", "The best marketing agencies in town", *body, *items, *tail,
                        "Share", "Privacy Policy", "Recommended for you"])


def test_a_field_lead_is_the_name_before_a_colon_or_bar() -> None:
    assert regions.field_lead("Office Location: Atlanta, Georgia") == "office location"
    assert regions.field_lead("Best For | Denim") == "best for"
    assert regions.field_lead("Week 2: Build Endurance") == "week #"
    assert regions.field_lead("The members of the committee said: we vote") is None  # more than a name
    assert regions.field_lead("http://example.com/page") is None
    assert regions.field_lead("2019;7(6): e14273") is None
    assert regions.field_lead("A sentence with no field at all.") is None


def test_two_fields_that_come_again_carry_the_run_on() -> None:
    texts = ["Office Location: A", "Year Founded: 2001", "Some text.", "Chrome", "Office Location: B",
             "Year Founded: 2002", "Footer"]
    stops = [False] * len(texts)
    assert regions.fields_end(texts, [0, 1, 2], 3, stops) == 6
    stops[4] = True  # an end marker before them
    assert regions.fields_end(texts, [0, 1, 2], 3, stops) == 3


def test_one_field_alone_or_copies_of_the_run_do_not() -> None:
    texts = ["Plus: the plan", "Some text.", "Plus: the vote", "Plus: the tax"]  # teasers of other stories
    assert regions.fields_end(texts, [0, 1], 2, [False] * 4) == 2
    texts = ["Europe: Clarity on the rules", "Asia: Approaches to the rules", "Some text.",
             "Europe: Clarity on the rules", "Asia: Approaches to the rules"]  # the contents again
    assert regions.fields_end(texts, [0, 1, 2], 3, [False] * 5) == 3
    assert regions.field_lead("Re: the plan") is None  # a reply's title
    assert regions.field_lead("Q: Why now?") is None


def test_one_field_the_run_gives_as_often_does() -> None:
    run = ["Brand A", "Rated: Good", "Text about A.", "Brand B", "Rated: Great", "Text about B.",
           "Brand C", "Rated: Good", "Text about C."]
    after = ["Brand D", "Rated: Good", "Brand E", "Rated: Great", "Brand F", "Rated: Good", "Footer"]
    texts = run + after
    assert regions.fields_end(texts, list(range(len(run))), len(run), [False] * len(texts)) == len(texts) - 1
    assert regions.fields_end(texts, list(range(3)), len(run), [False] * len(texts)) == len(run)  # named once


def test_the_entries_past_the_run_are_kept() -> None:
    text = page(8, [])
    kept = " ".join(t for b in clean(text).blocks for t in (b.items or (b.text,)))
    assert "Office Location: Town 8" in kept and "Team Size: 8 – 50 employees" in kept
    assert "Privacy Policy" not in kept and "Recommended for you" not in kept


def test_a_long_listing_is_followed_entry_after_entry() -> None:
    entries = [line for n in range(1, 31) for line in entry(n)]  # 150 lines, more than one reach
    lines = segment("\n".join([PARAGRAPH, *entries[:10], *entries[10:], "Privacy Policy", "Terms"]))
    end = rules._continue_fields(lines, 0, 11)
    assert lines[end - 1].text == "Team Size: 30 – 50 employees"
    assert regions.fields_end([ln.text for ln in lines], list(range(11)), 11, [False] * len(lines)) < end
