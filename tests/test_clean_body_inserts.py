"""Blocks set in the middle of a text ("Related" and its headlines, a newsletter's sign-up): the text goes on
past them."""

from __future__ import annotations

from sitegen.clean import rules, vocab
from sitegen.clean.lines import Line, segment
from tests.test_clean_rules import PARAGRAPH

COUNCIL = ("The council will vote on the road tax proposal next month, and members of the committee said the city "
           "could start collecting it in the spring.")
MAYOR = ("The mayor said the road tax would pay for repairs the city has put off for years, and the committee "
         "agreed to hear from residents first.")
ELSEWHERE = ("Fans queued for hours outside the stadium on Sunday as the club unveiled its new kit and signed "
             "two young players from abroad.")
HEADLINES = ["Ten things to do in October", "White teen accused of plotting attack on church",
             "Safety officials urge airline to redesign part"]


def _page(header: str, items: list[str], after: list[str]) -> list[Line]:
    return segment("\n".join([PARAGRAPH, header, *items, *after, "Share"]))


def test_the_text_resumes_past_a_related_block_when_its_own_paragraphs_follow() -> None:
    lines = _page("You may also like", HEADLINES, [COUNCIL, MAYOR])
    probs = [0.9, 0.1, 0.2, 0.2, 0.2, 0.8, 0.8, 0.05]
    assert rules._mid_insert(lines, probs, 1) == 5
    assert rules._extend_run(lines, probs, 1) == 7
    assert [ln.rule for ln in lines[1:5]] == ["mid_insert"] * 4


def test_the_run_is_not_cut_at_a_related_block_in_its_text() -> None:
    lines = _page("Related", HEADLINES, [COUNCIL, MAYOR])
    probs = [0.9, 0.1, 0.6, 0.6, 0.6, 0.8, 0.8, 0.05]
    assert rules._cut_at_end_marker(lines, 0, 7, probs) == 7
    assert lines[1].rule == "mid_insert"


def test_the_text_resumes_past_a_newsletter_sign_up() -> None:
    lines = _page("Sign up for our newsletter", ["Enter your email address", "Subscribe"], [COUNCIL, MAYOR])
    lines[3].mark(rules.BOILERPLATE, "ui_control")
    probs = [0.9, 0.1, 0.3, 0.1, 0.8, 0.8, 0.05]
    assert rules._mid_insert(lines, probs, 1) == 4


def test_other_stories_or_a_lone_heading_after_a_related_line_are_no_resumed_text() -> None:
    probs = [0.9, 0.1, 0.2, 0.2, 0.2, 0.8, 0.8, 0.05]
    assert rules._mid_insert(_page("Related", HEADLINES, [ELSEWHERE, ELSEWHERE]), probs, 1) == 1  # no shared words
    assert rules._mid_insert(_page("Related", HEADLINES, [COUNCIL, "Share this"]), probs, 1) == 1  # one paragraph
    low = [0.9, 0.1, 0.2, 0.2, 0.2, 0.8, 0.3, 0.05]
    assert rules._mid_insert(_page("Related", HEADLINES, [COUNCIL, MAYOR]), low, 1) == 1  # a teaser scoring low
    lone = segment("\n".join([PARAGRAPH, "Read more", "How the tax would work", COUNCIL, MAYOR]))
    assert rules._mid_insert(lone, [0.9, 0.1, 0.3, 0.8, 0.8], 1) == 1  # a heading of the text's next section
    tags = _page("Tags", HEADLINES, [COUNCIL, MAYOR])
    assert rules._mid_insert(tags, probs, 1) == 1  # a marker that only ends articles


def test_a_block_in_the_run_needs_one_paragraph_after_it_whose_lines_share_the_texts_words() -> None:
    lines = _page("Read more", HEADLINES, [COUNCIL, "Share this"])
    probs = [0.9, 0.1, 0.8, 0.8, 0.8, 0.8, 0.1, 0.05]
    assert rules._mid_insert(lines, probs, 1, end=7) == 5  # in the run: the paragraph after it carries it on
    assert rules._mid_insert(lines, probs, 1) == 1  # past the run's end: one paragraph is no text going on


def test_a_numbered_or_asking_last_line_of_a_block_heads_the_text_after_it() -> None:
    probs = [0.9, 0.1, 0.2, 0.2, 0.2, 0.3, 0.8, 0.8, 0.05]
    for heading in ("9. How the tax would work", "Step 2: How the tax would work", "Trend 5: Roads first",
                    "How would the tax work?"):
        lines = _page("Related", [*HEADLINES, heading], [COUNCIL, MAYOR])
        assert rules._mid_insert(lines, probs, 1) == 5, heading
    lines = _page("Related", [*HEADLINES, "9. How the tax would work"], [COUNCIL, MAYOR])
    assert rules._extend_run(lines, probs, 1) == 8  # over the heading, with the text under it
    assert [ln.rule for ln in lines[1:6]] == [*["mid_insert"] * 4, ""]
    lines = _page("Related", [HEADLINES[0], "9. How the tax would work"], [COUNCIL, MAYOR])
    assert rules._mid_insert(lines, [0.9, 0.1, 0.2, 0.3, 0.8, 0.8, 0.05], 1) == 1  # one headline: no block


def test_links_under_a_marker_in_a_run_with_no_blank_line_are_an_insert() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") for n in range(6)]
    lines = segment("\n".join([*body[:3], "Related stories", *HEADLINES, *body[3:]]))
    rules._mark_tight_inserts(lines, 0, len(lines))
    assert [ln.rule for ln in lines] == [*[""] * 3, *["insert_block"] * 4, *[""] * 3]
    item = "Remote control. Manage the heating from the app."  # a short line of the text's above: a list's item
    under = segment("\n".join([*body[:3], item, "Related stories", *HEADLINES, *body[3:]]))
    rules._mark_tight_inserts(under, 0, len(under))
    assert {ln.rule for ln in under} == {""}
    some = segment("\n".join([*body[:3], "Related stories", *HEADLINES, body[3] + "\n", *body[4:]]))
    rules._mark_tight_inserts(some, 0, len(some))  # a blank line or two, none between paragraphs: no style
    assert {ln.rule for ln in some} == {""}


SIGNUP_BOX = ["Like what you're reading?", "Get our free newsletter", "Your email", "Submit",
              "You can unsubscribe at any time."]


def test_email_fields_and_form_buttons_in_the_languages_pages_use() -> None:
    for field in ("Email address", "Enter your email address", "Your email*", "Ihre E-Mail-Adresse",
                  "Digite seu e-mail", "Tu correo electrónico", "Inserisci la tua email", "Votre adresse e-mail",
                  "Adresse électronique", "Введите e-mail", "Masukkan alamat email Anda", "이메일 주소를 입력하세요",
                  "メールアドレスを入力してください"):
        assert vocab.email_field(field), field
    for text in ("Email me", "Email the editor", "Share via Email", "Emails show the plan was dropped."):
        assert not vocab.email_field(text), text
    for button in ("Submit", "Sign me up", "Count me in", "Absenden", "Cadastre-se", "Iscriviti", "Je m'inscris",
                   "Подписаться", "Daftar", "구독하기", "登録する"):
        assert vocab.form_button(button), button
    assert vocab.form_small_print("You can unsubscribe at any time.")
    assert not vocab.form_button("Go home")


def test_a_sign_up_form_between_two_paragraphs_is_chrome_that_costs_the_run_nothing() -> None:
    lines = segment("\n".join([PARAGRAPH, *SIGNUP_BOX, COUNCIL]))
    rules._mark_signup_boxes(lines)
    assert [ln.rule for ln in lines] == ["", *[rules.SIGNUP_RULE] * 5, ""]
    share = segment("\n".join([PARAGRAPH, "Share", "Facebook", "Email", "Print", COUNCIL]))
    rules._mark_signup_boxes(share)  # an email field without a button or a call to act: a share bar
    assert not any(ln.rule == rules.SIGNUP_RULE for ln in share)
    spaced = segment("\n\n".join([PARAGRAPH, *SIGNUP_BOX, COUNCIL]))
    rules._mark_signup_boxes(spaced)  # lines set apart are no one form
    assert not any(ln.rule == rules.SIGNUP_RULE for ln in spaced)
    form = ["Get our free newsletter", "Email", "Subscribe"]
    under = segment("\n".join([PARAGRAPH, *form, "12. Wire strippers", MAYOR]))
    rules._mark_signup_boxes(under)  # the heading of the text's next section under the form is no part of it
    assert [ln.rule for ln in under] == ["", *[rules.SIGNUP_RULE] * 3, "", ""]


def test_the_text_resumes_past_a_sign_up_form_as_past_one_line_of_chrome() -> None:
    lines = segment("\n".join([PARAGRAPH, *SIGNUP_BOX, COUNCIL, MAYOR]))
    rules._mark_signup_boxes(lines)
    probs = [0.9, 0.3, 0.3, 0.3, 0.3, 0.3, 0.15, 0.9]
    assert rules._after_insert(lines, probs, 1) == 6  # five lines, a low score after: the form is one insert
    short = segment("\n".join([PARAGRAPH, *SIGNUP_BOX, "Over 7,500 firms use the app.", MAYOR]))
    rules._mark_signup_boxes(short)
    assert rules._after_insert(short, probs, 1) == 1  # a short line scoring low after it: a promotion, no text


def test_a_block_set_in_the_texts_list_takes_none_of_its_items() -> None:
    body = [PARAGRAPH.replace("committee", f"committee {n}") + "\n" for n in range(6)]
    items = ["sugar in any form", "white bread and pastries", "fruit juice from the shop", "starchy vegetables"]
    lines = segment("\n".join([*body[:3], "Foods to avoid:", *items[:2], "Related stories", *HEADLINES,
                               *items[2:], "", *body[3:]]))
    rules._mark_tight_inserts(lines, 0, len(lines))
    assert [ln.text for ln in lines if ln.rule == "insert_block"] == ["Related stories", *HEADLINES]
    numbered = ["4a etapa: 06 de maio – Londrina", "5a etapa: 20 de maio – Santa Cruz"]
    lines = segment("\n".join([*body[:3], numbered[0], "Related stories", *HEADLINES, numbered[1], "", *body[3:]]))
    rules._mark_tight_inserts(lines, 0, len(lines))
    assert [ln.text for ln in lines if ln.rule == "insert_block"] == ["Related stories", *HEADLINES]


def test_a_sign_up_form_in_the_texts_list_takes_none_of_its_items() -> None:
    items = ["7a etapa: 19 de agosto – Curitiba", "8a etapa: 09 de setembro – Cascavel", "9a etapa: 23 de setembro"]
    form = ["Receba as principais notícias no seu e-mail", "Seu e-mail", "Cadastrar"]
    lines = segment("\n".join([PARAGRAPH, *items[:2], *form, items[2], COUNCIL]))
    rules._mark_signup_boxes(lines)
    assert [ln.text for ln in lines if ln.rule == rules.SIGNUP_RULE] == form


def test_a_forms_pitch_no_vocabulary_knows_is_part_of_it_between_its_parts() -> None:
    form = ["Sign up for our newsletter", "A roundup of our best stories", "Every Friday morning",
            "name@example.com", "Yes, sign me up"]
    lines = segment("\n".join([PARAGRAPH, *form, COUNCIL]))
    rules._mark_signup_boxes(lines)
    assert [ln.text for ln in lines if ln.rule == rules.SIGNUP_RULE] == form
    assert vocab.email_field("name@example.com") and vocab.form_small_print("We'll never share your email.")


def test_a_button_and_a_call_to_act_with_no_field_are_a_form_only_between_two_paragraphs() -> None:
    form = ["Join our newsletter", "Subscribe now"]
    lines = segment("\n".join([PARAGRAPH, *form, COUNCIL]))
    rules._mark_signup_boxes(lines)
    assert [ln.text for ln in lines if ln.rule == rules.SIGNUP_RULE] == form
    closing = segment("\n".join([PARAGRAPH, *form, "Previous: Paying for the rides", "Share"]))
    rules._mark_signup_boxes(closing)  # a promotion closing the text, teasers under it
    assert not any(ln.rule == rules.SIGNUP_RULE for ln in closing)


def test_a_forms_header_and_pitch_no_vocabulary_knows_are_part_of_its_block_set_apart() -> None:
    form = ["The Weekly Dispatch", "Our best reporting from the week, delivered every Friday morning to you.",
            "Your email address", "Subscribe",
            "This site is protected by reCAPTCHA and the Google Privacy Policy applies."]
    lines = segment("\n\n".join([PARAGRAPH, "\n".join(form), COUNCIL]))
    rules._mark_signup_boxes(lines)
    assert [ln.text for ln in lines if ln.rule == rules.SIGNUP_RULE] == form
    packed = segment("\n".join([PARAGRAPH, "Short line of the text", *form, COUNCIL]))
    rules._mark_signup_boxes(packed)  # on a page with no blank line: only the form's own lines
    assert [ln.text for ln in packed if ln.rule == rules.SIGNUP_RULE] == form[2:]


def test_a_forms_header_ends_no_run() -> None:
    form = ["Join the conversation", "Get our opinion pieces first.", "Type your email", "Submit"]
    lines = segment("\n\n".join([PARAGRAPH, COUNCIL, "\n".join(form), MAYOR]))
    rules._mark_signup_boxes(lines)
    assert rules._cut_at_end_marker(lines, 0, len(lines)) == len(lines)


def test_a_header_over_other_stories_headlines_in_a_spaced_text_is_an_insert() -> None:
    body = [PARAGRAPH, COUNCIL, MAYOR]
    for header in ("Keep exploring", "Also on our site", "Mehr zum Thema", "Похожие новости"):
        lines = segment("\n\n".join([*body, "\n".join([header, *HEADLINES]), ELSEWHERE, PARAGRAPH]))
        rules._mark_headline_blocks(lines, 0, len(lines))
        assert [ln.text for ln in lines if ln.rule == "headline_block"] == [header, *HEADLINES], header
    shared = ["The road tax proposal explained", "Committee members and the council", "Repairs to city roads"]
    lines = segment("\n\n".join([*body, "\n".join(["What it means", *shared]), ELSEWHERE, PARAGRAPH]))
    rules._mark_headline_blocks(lines, 0, len(lines))  # a list of the text's own: its words are the text's
    assert not any(ln.rule == "headline_block" for ln in lines)
    lead = segment("\n\n".join([*body, COUNCIL + " Here is how:", "\n".join(["Keep exploring", *HEADLINES]),
                                ELSEWHERE]))
    rules._mark_headline_blocks(lead, 0, len(lead))  # announced by the paragraph above: the text's list
    assert not any(ln.rule == "headline_block" for ln in lead)
    table = segment("\n\n".join([*body, "\n".join(["Level Hourly rate", "Apprentice $45–$70", "Master $120–$200"]),
                                 ELSEWHERE]))
    rules._mark_headline_blocks(table, 0, len(table))  # a table's rows: too few words of letters
    assert not any(ln.rule == "headline_block" for ln in table)
    asked = segment("\n\n".join([*body, "\n".join(["Calculate your project", "Frequently asked questions",
                                                   "How much does it cost to build an app?"]), ELSEWHERE]))
    rules._mark_headline_blocks(asked, 0, len(asked))  # a question last heads the text's next section
    assert not any(ln.rule == "headline_block" for ln in asked)


def test_a_headline_block_takes_the_headlines_a_tight_insert_left() -> None:
    body = [PARAGRAPH, COUNCIL, MAYOR]
    items = [*HEADLINES, "Things to know before travelling to Japan for the first time."]
    lines = segment("\n\n".join([*body, "\n".join(["Read next", *items]), ELSEWHERE, PARAGRAPH]))
    for ln in lines[3:7]:
        ln.mark(rules.BOILERPLATE, "insert_block")  # the header and the headlines up to the one ending a sentence
    rules._mark_headline_blocks(lines, 0, len(lines))
    assert lines[7].rule == "headline_block"
    credit = segment("\n\n".join([*body, "\n".join(["Jane Doe/Agency", *HEADLINES]), ELSEWHERE, PARAGRAPH]))
    credit[3].mark(rules.BOILERPLATE, "photo_credit")
    rules._mark_headline_blocks(credit, 0, len(credit))  # a line another rule took heads no block
    assert not any(ln.rule == "headline_block" for ln in credit)


def test_a_block_ending_in_a_note_that_the_text_continues_resumes_with_one_paragraph() -> None:
    # one paragraph after the block, scored low and sharing no word with the text above: resumed only for the note
    for note, resumed in (("Story continues below advertisement", 5), ("Most popular", 1)):
        lines = _page("See also", HEADLINES[:2], [note, ELSEWHERE])
        probs = [0.9, 0.1, 0.2, 0.2, 0.1, 0.2, 0.05]
        assert rules._mid_insert(lines, probs, 1) == resumed, note


def test_notes_that_the_text_continues_in_the_languages_pages_use() -> None:
    for text in ("Story continues below advertisement", "Continua após a publicidade",
                 "La suite après cette publicité", "Продолжение после рекламы"):
        assert vocab.continues_note(text), text
    for text in ("Advertisement", "Anzeige", "[AD]", "Continue reading", "The story continues to unfold."):
        assert not vocab.continues_note(text), text


def test_a_cue_to_read_another_story_set_inline_before_its_headline_is_a_related_link() -> None:
    for text in ("Read more Pension reform: what we know about the plan", "Lire aussi Réforme des retraites",
                 "Leia também «Governo revisa previsão do PIB»", "See also Fed holds rates steady"):
        assert vocab.related_lead(text), text
    for text in ("Read more about the plan on the council's site.", "Related Party Transactions",
                 "See also the report from March.", "Read more", "Lire aussi"):
        assert not vocab.related_lead(text), text
