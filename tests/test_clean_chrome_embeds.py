"""Embedded posts' frames, promotions left in the text, "Related ..." headers naming the kind of links, and the one link
under a "Read also:" lead-in."""

from __future__ import annotations

from sitegen.clean import clean, rules, vocab
from sitegen.model import BlockKind
from tests.test_clean_rules import PARAGRAPH, article, rule_of

EMBED = ("View this post on Instagram", "Three months to go and this little one is already kicking #babymoon",
         "A post shared by Maya Fairbanks (@mayafairbanks) on Nov 19, 2019 at 11:02am PST")


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in clean(text).blocks if b.kind is BlockKind.PARAGRAPH]


def test_an_embedded_post_and_its_frame_are_chrome() -> None:
    page = article(PARAGRAPH, *EMBED)
    for line in EMBED:
        assert rule_of(page, line) == (rules.BOILERPLATE, "embed_chrome"), line
    assert PARAGRAPH in _paragraphs(page)


def test_a_post_shared_without_its_opening_line_keeps_the_text_above() -> None:
    page = article(PARAGRAPH, EMBED[1], EMBED[2])
    assert rule_of(page, EMBED[2]) == (rules.BOILERPLATE, "embed_chrome")
    assert rule_of(page, EMBED[1])[1] != "embed_chrome"  # no opening frame: nothing says it was the post


def test_promotions_in_the_text_are_chrome() -> None:
    for promo in ("Forwarded this email? Sign up here.", "Sign up here!",
                  "This episode is sponsored by GreenRow Seeds. Use code SOIL15 for 15% off your first order."):
        assert rule_of(article(PARAGRAPH, promo), promo) == (rules.BOILERPLATE, "promo_line"), promo


def test_news_of_a_sign_up_or_a_sponsor_is_text() -> None:
    for text in ("Parents who want a place for their child can sign up here at the school office before Friday.",
                 "This podcast is sponsored by the city, which paid for the first season, the producers said in a "
                 "statement on Tuesday."):
        assert rule_of(article(PARAGRAPH, text), text)[1] != "promo_line", text


def test_news_about_an_embedded_post_is_text() -> None:
    news = ("A post shared by Jane Roe (@janeroe) on Tuesday showed the flooded street, and it was shared 20,000 "
            "times by evening.")
    assert rule_of(article(PARAGRAPH, news), news)[1] != "embed_chrome"


def test_related_and_the_kind_of_links_is_an_end_marker() -> None:
    for header in ("Related Fact Checks", "Related Videos", "Related Links", "Related Questions"):
        assert vocab.END_MARKER.match(header), header
    for text in ("Related Story", "Related Conditions", "Related Risks", "Related costs rose again this year"):
        assert not vocab.END_MARKER.match(text), text  # a link inside the text; a section of it


FACT_CHECK = """Did a Senator Say Teachers Should Carry Rifles in Class?

Dan Ewald
Published 19 November 2019

In mid-November 2019, a meme began circulating on Facebook that showed a photograph of Sen. Randall Pike \
alongside a quote attributed to him about arming teachers.

We found no record of the statement. We searched news databases, transcripts of Pike's floor speeches, his \
official website and his social media accounts and turned up nothing.

Because there is no evidence Pike made the statement, and his office denies it, we rate this claim "False."

Dan Ewald is a staff writer at FactFinder.

Related Fact Checks
Did a Governor Ban Thanksgiving Gatherings?
Is This Photo of a Flooded Airport Real?

Most Popular
1. Did a Restaurant Charge Customers a 'Millennial Fee'?
2. Are Bananas Going Extinct?
3. Was a Famous Actor Arrested in Florida?

© 2019 by FactFinder Media, LLC
"""


def test_the_related_titles_under_the_header_are_dropped() -> None:
    kept = _paragraphs(FACT_CHECK)
    assert "Did a Governor Ban Thanksgiving Gatherings?" not in kept
    assert kept[0].startswith("In mid-November") and kept[2].startswith("Because there is no evidence")


def test_the_headline_under_a_read_also_lead_in_is_its_link() -> None:
    link = "Moscow launches an app to find lost pets"
    for lead in ("Read also:", "Baca juga:"):
        page = article(PARAGRAPH, f"{lead}\n{link}")
        assert rule_of(page, link) == (rules.BOILERPLATE, "related_link_target"), lead
    assert rule_of(article(PARAGRAPH, f"Read also:\n{link}\nTeachers are divided."), link)[1] != "related_link_target"
    sentence = "Teachers are divided, and one said the classrooms were already crowded."
    assert rule_of(article(PARAGRAPH, f"Read also:\n{sentence}"), sentence)[1] != "related_link_target"
