"""Photo credits in the forms pages write them: glued to a caption's end or alone under it."""

from __future__ import annotations

import pytest

from sitegen.clean import clean, rules, vocab
from tests.test_clean_rules import PARAGRAPH, article, rule_of

CAPTION = "Residents walk past a damaged building in the old town on Tuesday."


@pytest.mark.parametrize("credit", [
    "Jane Roe/Harbor Daily",  # a name and an outlet joined by a slash, after the last sentence
    "JANE ROE/HARBOR DAILY",
    "Jane Roe | Harbor Daily",  # ... or by a bar
    "(Jane Roe/Harbor Daily Photo)",
])
def test_a_name_and_an_outlet_glued_after_a_caption(credit: str) -> None:
    assert vocab.trailing_credit(f"{CAPTION} {credit}") == credit
    assert vocab.trailing_credit(f"{CAPTION[:-1]} — {credit}") == f"— {credit}"  # after a dash, with it


@pytest.mark.parametrize("credit", [
    "Photo courtesy of Jane Roe", "Courtesy of Jane Roe", "Courtesy Harbor Daily", "Image credit: Harbor Daily",
    "(Photo credit: Jane Roe)", "Copyright Harbor Daily", "Crédit photo : Jane Roe", "File photo: Harbor Daily",
    "Photo Jane Roe", "Foto Harbor Daily", "PHOTO: HARBOR DAILY", "Imagen: Harbor Daily", "(写真：Harbor Daily)",
])
def test_a_credit_word_glued_after_a_caption(credit: str) -> None:
    assert vocab.trailing_credit(f"{CAPTION} {credit}") == credit


@pytest.mark.parametrize("credit", [
    "Jane Roe for Harbor Daily", "Jane Roe for The Harbor Daily", "Jane Roe via Harbor Wire", "Handout via Harbor Wire",
    "Harbor Wire file photo", "Harbor Images", "Harbor Stock Photo", "[Reuters]",
])
def test_a_credit_joined_by_a_word_or_an_agency_alone_after_a_caption(credit: str) -> None:
    assert vocab.trailing_credit(f"{CAPTION} {credit}") == credit


@pytest.mark.parametrize("credit", ["Harbor Daily", "The Harbor Daily", "Reuters"])
def test_an_outlet_after_a_caption_and_a_bar(credit: str) -> None:
    assert vocab.trailing_credit(f"{CAPTION} | {credit}") == f"| {credit}"
    assert vocab.trailing_credit(f"Harbor Cove Cleanup Day Draws Volunteers | {credit}") is None  # a headline's site


@pytest.mark.parametrize("credit", ["Source: Reuters", "Source: Harbor Images", "Fuente: Jane Roe/Harbor Daily"])
def test_a_source_that_names_an_agency_after_a_caption(credit: str) -> None:
    assert vocab.trailing_credit(f"{CAPTION} {credit}") == credit


def test_a_short_caption_with_an_agency_after_a_bar_is_no_credit_alone() -> None:
    line = "A view of the harbor at dawn. | Reuters"
    assert not vocab.credit_like(line)
    assert rule_of(article(PARAGRAPH, line), line) == (rules.CAPTION, "caption_with_credit")


@pytest.mark.parametrize("text", ["Alamy Stock Photo", "EPA-EFE", "Handout", "Jane Roe | Harbor Daily | Reuters"])
def test_an_agency_alone_is_a_credit(text: str) -> None:
    assert vocab.credit_like(text)


@pytest.mark.parametrize("text", [
    "Smith B, Roe S. Exercise based interventions for mental illness. London, Academic Press; 2018. [Google Scholar]",
    "3. Functional Foods for Focus and Energy",  # a numbered heading: no caption before the "credit"
    "8. Seamless UX/UI Design",
    "The Open Community License – A Shield for Your Creations",  # a subtitle after a dash
    "10 Essential IT Security (Cybersecurity) Best Practices for Businesses",
    "“Growth is due to many factors, such as lack of time.” – Source: Survey Group",  # a quote's source
    "Source: Harbor analysis of county data | Image Credit: Harbor",  # a source line, itself a credit
    "More Rankings: Best Electric Trucks | Best Electric SUVs | Best Sports Cars",  # a row of links
    "The storm hit the coast on Monday, officials said. — Reuters",  # a report's sign-off
    f"{CAPTION}",
])
def test_no_glued_credit(text: str) -> None:
    assert vocab.trailing_credit(text) is None


def test_a_caption_with_a_glued_credit_is_a_caption() -> None:
    line = f"{CAPTION} Jane Roe/Harbor Daily"
    assert rule_of(article(PARAGRAPH, line), line) == (rules.CAPTION, "caption_with_credit")


def test_the_caption_is_left_whole_when_its_credit_is_split_off() -> None:
    figures = [b for b in clean(article(PARAGRAPH, f"{CAPTION[:-1]} — Jane Roe/Harbor Daily")).blocks if b.credit]
    assert [(b.text, b.credit) for b in figures] == [(CAPTION[:-1], "— Jane Roe/Harbor Daily")]


@pytest.mark.parametrize("credit", ["© Harbor Daily", "©Jane Roe", "Jane Roe via Harbor Wire",
                                    "Handout via Harbor Wire"])
def test_a_credit_alone_under_a_caption(credit: str) -> None:
    assert vocab.credit_like(credit)
    text = article(PARAGRAPH, f"{CAPTION}\n{credit}")
    assert rule_of(text, credit) == (rules.BOILERPLATE, "photo_credit")
    assert rule_of(text, CAPTION) == (rules.CAPTION, "caption_before_credit")


@pytest.mark.parametrize("text", [
    "© 2026 Harbor Daily", "© Harbor Daily. All rights reserved.", "Google Ads Video Certification via Google",
    "Learn Images", "Tips for Beginners",
])
def test_no_credit_line(text: str) -> None:
    assert not vocab.credit_like(text)


def test_a_line_a_colon_ends_is_no_caption_over_a_credit() -> None:
    text = article(PARAGRAPH, "Here are a few examples of the plan:\nPhoto: Jane Roe")
    assert rule_of(text, "Here are a few examples of the plan:")[0] != rules.CAPTION


def test_a_dateline_paragraph_over_a_caption_is_no_standfirst() -> None:
    first = "HARBOR CITY (Harbor Wire) - Prices fell sharply on Tuesday on supply concerns, traders said."
    text = article(first, f"{CAPTION} Photo: Jane Roe")
    assert rule_of(text, first)[0] != rules.DEK
    other = "Prices fell sharply on Tuesday on supply concerns, traders said in the harbor city."
    assert rule_of(article(other, f"{CAPTION} Photo: Jane Roe"), other)[0] == rules.DEK


@pytest.mark.parametrize(("caption", "credit"), [
    ("Жители проходят мимо поврежденного здания в центре города.", "Иван Петров/ТАСС"),
    ("Жители проходят мимо поврежденного здания в центре города.", "Фото Ивана Петрова"),
    ("Moradores caminham em frente a um prédio danificado.", "Élodie Durand/Agência Brasil"),
])
def test_credits_in_other_alphabets(caption: str, credit: str) -> None:
    assert vocab.trailing_credit(f"{caption} {credit}") == credit


def test_a_name_and_an_outlet_in_cyrillic_alone_is_a_credit() -> None:
    assert vocab.credit_like("Иван Петров/ТАСС")


@pytest.mark.parametrize("credit", ["Foto de Ana López", "Photo par Jean Dupont", "Foto von Lena Vogt",
                                    "Crédito: Ana López", "Credito foto: Ana López"])
def test_credit_words_of_other_languages_after_a_caption(credit: str) -> None:
    assert vocab.trailing_credit(f"{CAPTION} {credit}") == credit
    assert vocab.trailing_credit(f"{CAPTION} Photo de famille") is None  # no name after "de"


@pytest.mark.parametrize("text", ["© dpa", "(foto Harbor)", "Crédito: Ana López"])
def test_more_credits_alone(text: str) -> None:
    assert vocab.credit_like(text)


def test_a_site_notice_under_links_makes_no_caption() -> None:
    text = article(PARAGRAPH, "Careers\n© Harbor Daily Ltd")
    assert rule_of(text, "Careers")[0] != rules.CAPTION


def test_a_headline_and_its_site_after_a_bar_are_no_caption() -> None:
    for text in ("What are harbor fees? | Harbor Daily", "Part 3: Harbor Dredging Plans – U.S. Copyright Office",
                 "Page 35 (Hard Copy page 1894) - Credit Application",
                 "Harbor Views Through the Years – Photo Gallery"):
        assert vocab.trailing_credit(text) is None, text
