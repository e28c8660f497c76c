"""The standfirst (dek) under the headline, wherever the byline and date stand."""

from __future__ import annotations

from sitegen.clean import clean, rules

HEADLINE = "City plans new road tax"
DEK = "Officials say the new charge would repair every road in the county within five years."
TEXT = ("The city council on Tuesday voted to put a tax on every car parked within the city limits, "
        "after a long debate in which members of the public spoke for and against the plan, and the "
        "committee {n} said it would publish its full report on the roads before the end of the month.")
CHROME = ["Menu", "Search", "Sign in"]
FOOTER = ["Share", "Privacy Policy", "Recommended for you"]


def page(*top: str) -> str:
    """Chrome, the given lines from the headline down, six paragraphs of text, chrome."""
    return "\n\n".join([*CHROME, *top, *(TEXT.format(n=n) for n in range(6)), *FOOTER])


def labels_of(text: str, line: str) -> list[tuple[str, str]]:
    return [(ln.label, ln.rule) for ln in clean(text).labels if ln.text == line]


def test_a_standfirst_under_a_headline_with_its_byline_and_date_over_it_is_the_dek() -> None:
    result = clean(page("By Jane Doe", "March 3, 2021", HEADLINE, DEK))
    assert [(ln.label, ln.rule) for ln in result.labels if ln.text == DEK] == [(rules.DEK, "dek_under_meta_headline")]
    assert result.summary == DEK
    assert all(DEK not in b.text for b in result.blocks)


def test_a_first_paragraph_under_such_a_headline_is_no_dek_when_as_long_as_the_next_or_no_meta_is_over_it() -> None:
    assert labels_of(page(HEADLINE, DEK), DEK)[0][0] == rules.PARAGRAPH  # nothing says it is a news layout
    short = "The council met on Tuesday."  # a first sentence, too short for a standfirst
    assert labels_of(page("By Jane Doe", "March 3, 2021", HEADLINE, short), short)[0][0] != rules.DEK
    long = DEK + " " + DEK  # as long as a paragraph of the text
    assert labels_of(page("By Jane Doe", "March 3, 2021", HEADLINE, long), long)[0][0] == rules.PARAGRAPH


def test_a_datelines_paragraph_under_such_a_headline_is_the_texts_first() -> None:
    lede = "LONDON (Reuters) - The Bank of England kept interest rates unchanged on Thursday, as expected."
    assert labels_of(page("By Jane Doe", "March 3, 2021", HEADLINE, lede), lede)[0][0] == rules.PARAGRAPH


def test_the_line_under_the_headline_read_as_a_caption_and_said_again_over_the_text_is_the_dek() -> None:
    text = page("By Jane Doe", "March 3, 2021", HEADLINE, DEK, "Photo: Jane Doe/Getty Images", DEK)
    assert labels_of(text, DEK) == [(rules.DEK, "dek_copied"), (rules.BOILERPLATE, "dek_copy")]


def test_a_headline_said_again_over_the_text_takes_no_dek_under_it() -> None:
    text = page(HEADLINE, "Breaking news", "By Jane Doe", "March 3, 2021", HEADLINE, DEK)
    assert labels_of(text, DEK)[0][0] == rules.PARAGRAPH


def test_a_standfirst_over_a_line_as_long_as_itself_then_the_text_is_the_dek() -> None:
    lead = "The old bridge over the river, which the council says will be the first of the roads repaired."
    result = clean(page("By Jane Doe", "March 3, 2021", HEADLINE, DEK, lead))
    assert [(ln.label, ln.rule) for ln in result.labels if ln.text == DEK] == [(rules.DEK, "dek_under_meta_headline")]
