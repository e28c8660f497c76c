"""The run's text resuming after an insert: short paragraphs under page chrome."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sitegen.clean import rules, vocab
from sitegen.clean.lines import segment
from tests.test_clean_fast_paths import SETTINGS
from tests.test_clean_rules import PARAGRAPH, assert_chrome

QUOTE = "“Can I give it to James?” she asked before turning to the judges."  # 13 words
NEXT = "The host chimed in, calling the offer a lovely gesture for a friend."  # 13 words


def _extend(insert: str, short: str, probs: list[float], chrome: bool = True) -> tuple[int, list[str]]:
    lines = segment("\n".join([PARAGRAPH, insert, short, NEXT, "Related stories"]))
    if chrome:
        lines[1].mark(rules.BOILERPLATE, "call_to_action")
    end = rules._extend_run(lines, probs, 1)
    return end, [ln.rule for ln in lines]


def test_a_short_paragraph_after_chrome_resumes_the_text_when_the_next_carries_on() -> None:
    end, rule = _extend("CLICK HERE TO GET THE NEWS APP", QUOTE, [0.9, 0.1, 0.5, 0.25, 0.05])
    assert end == 4
    assert rule[2].startswith("short_resume:")
    end, _ = _extend("CLICK HERE TO GET THE NEWS APP", QUOTE, [0.9, 0.1, 0.2, 0.25, 0.05])
    assert end == 1  # the short paragraph scores too low


def test_a_short_line_alone_a_question_or_a_name_over_a_bio_resumes_nothing() -> None:
    lines = segment("\n".join([PARAGRAPH, "Advertisement", QUOTE, "Related stories"]))
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._extend_run(lines, [0.9, 0.1, 0.5, 0.05], 1) == 1  # nothing under it carries on
    end, _ = _extend("CLICK HERE TO GET THE NEWS APP", "What is the best way to apply for the grant?",
                     [0.9, 0.1, 0.5, 0.25, 0.05])
    assert end == 1  # an FAQ's question
    end, _ = _extend("Jane Doe", "Jane Doe is the founder and lead writer of this site.",
                     [0.9, 0.1, 0.5, 0.25, 0.05], chrome=False)
    assert end == 1  # a name over a bio: an author's box


def test_the_text_after_a_list_past_the_run_carries_the_run_on() -> None:
    items = ["Corporate event planners who run large conferences for big companies",
             "Wedding planners who look after the whole day for the couple",
             "Trade show coordinators who book the halls and the stands for firms"]
    after = "The field grows every year, and the pay is good."
    lines = segment("\n".join([PARAGRAPH, *items, after, "Related stories"]))
    probs = [0.9, 0.55, 0.55, 0.55, 0.1, 0.05]
    assert rules._carry_run(lines, probs, rules._extend_run(lines, probs, 1), 1) == 4  # the list alone
    assert rules._extend_and_carry(lines, probs, 1) == 5


def test_the_text_after_an_announced_list_carries_the_run_on() -> None:
    text = (PARAGRAPH + "\n\nThe council will rebuild these roads first:\n\nMain Street\nHigh Street\nMill Lane"
            "\n\nWork on them starts in the spring, the council said.\n\nRelated stories")
    lines = segment(text)
    probs = [0.9, 0.6, 0.1, 0.1, 0.1, 0.1, 0.05]
    assert rules._introduced_block(lines, 2) == 5  # the list alone
    assert rules._continue_blocks(lines, probs, 0, 2) == 6


def test_a_later_run_goes_on_over_the_list_it_announces_and_the_text_after_it() -> None:
    more = PARAGRAPH.replace("committee", "council")
    parts = [PARAGRAPH, PARAGRAPH.replace("committee", "board"), "Item\nCost\nRoads\n10,000\nBridges\n26,000",
             "Hidden costs to plan for", more, more.replace("council", "mayor"),
             "The council will rebuild these roads in the first year of the plan:",
             "Main Street\nHigh Street\nMill Lane", "Work on them starts in the spring, the council said.",
             "Related stories"]
    lines = segment("\n\n".join(parts))
    probs = [0.9, 0.9, *[0.1] * 6, 0.45, 0.9, 0.9, 0.6, 0.1, 0.1, 0.1, 0.1, 0.05]
    rules._take_later_runs(lines, probs, 0, 2)
    assert [ln.rule for ln in lines[12:16]] == ["later_extension:p=0.10"] * 4  # the list and the text after it
    assert lines[16].rule == "end_marker"


def test_a_later_run_takes_a_list_whose_item_is_a_name_tag_between() -> None:
    more = PARAGRAPH.replace("committee", "council")
    parts = [PARAGRAPH, PARAGRAPH.replace("committee", "board"), "Glasses\nGlasses case\nContact solution",
             "Hidden costs to plan for", more, more.replace("council", "mayor"), "Related stories"]
    probs = [0.9, 0.9, 0.1, 0.2, 0.2, 0.45, 0.9, 0.9, 0.05]
    for rule, taken in [("name_tag", True), ("ui_control", False)]:  # past a control no text goes on
        lines = segment("\n\n".join(parts))
        lines[2].mark(rules.BOILERPLATE, rule)  # "Glasses" over "Glasses case": a list's item as often
        rules._take_later_runs(lines, probs, 0, 2)
        assert (lines[6].rule == "later_run:p=0.90") is taken, rule
        assert ([ln.rule for ln in lines[3:5]] == ["later_gap:p=0.20"] * 2) is taken, rule


def test_a_short_heading_over_paragraphs_past_the_run_carries_it_on() -> None:
    council = PARAGRAPH.replace("committee", "council")
    closing = ["Conclusion", council, "The vote is due in the spring, officials said.", "Related stories"]
    lines = segment("\n\n".join([PARAGRAPH, *closing]))
    assert rules._extend_run(lines, [0.9, 0.1, 0.2, 0.1, 0.05], 1) == 4
    assert lines[2].rule == "headed_section:p=0.20"
    for heading, end in (("Conclusion", 3), ("What the vote means", 3), ("Meet the council", 1)):
        lines = segment("\n\n".join([PARAGRAPH, heading, council, "Related stories"]))
        assert rules._extend_run(lines, [0.9, 0.1, 0.2, 0.05], 1) == end, heading  # one paragraph is a section
        # too, unless its heading bids the reader act (a promotion's)
    bio = ["Jane Doe", "Jane Doe is a reporter who has covered the city council and its budget for ten years now.",
           "She lives in the city with her family.", "Related stories"]
    lines = segment("\n\n".join([PARAGRAPH, *bio]))
    assert rules._extend_run(lines, [0.9, 0.1, 0.2, 0.1, 0.05], 1) == 1  # a name over a bio: an author's box
    for joined, carries in (("\n\n", True), ("\n", False)):  # set close under the line above: a list's last item
        lines = segment(joined.join([PARAGRAPH, *closing]))
        assert rules._headed_section(lines, [0.9, 0.1, 0.2, 0.1, 0.05], 1) is carries


def test_a_series_of_named_steps_past_the_run_carries_it_on() -> None:
    text = (PARAGRAPH + "\n\nStep 1 - Plan the route\nPick the roads first.\n\nStep 2 - Book the crews\n"
            "Call the firms a month ahead.\n\nRelated stories")
    lines = segment(text)
    assert rules._continue_numbering(lines, 0, 3) == 5  # step 2 and its line
    assert [ln.rule for ln in lines[3:5]] == ["numbered_list"] * 2
    assert rules._series_number("Tip #9: Back up your files") == 9
    assert rules._series_number("2019 was a good year") is None


def test_the_text_resumes_after_a_picture_viewers_slide() -> None:
    slide = ["1 / 14", "Dudu celebrates the equaliser at the stadium. Photo: Cesar Greco/Club", "Previous", "Next"]
    lines = segment("\n".join([PARAGRAPH, *slide, PARAGRAPH.replace("committee", "council")]))
    lines[1].mark(rules.BOILERPLATE, "photo_control")
    lines[2].mark(rules.CAPTION, "caption_with_credit")
    for line in lines[3:5]:
        line.mark(rules.BOILERPLATE, "ui_control")
    assert rules._after_insert(lines, [0.9, 0.1, 0.1, 0.1, 0.1, 0.1], 1) == 5  # four lines, a low score after
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._after_insert(lines, [0.9, 0.1, 0.1, 0.1, 0.1, 0.1], 1) == 1  # no viewer: four lines are too many


def test_the_text_resumes_under_an_advertisements_marker_however_low_it_scores() -> None:
    council = PARAGRAPH.replace("committee", "council")
    for marker, rule in (("Advertisement", "ui_control"), ("Anzeige", "ad_marker")):
        lines = segment("\n".join([PARAGRAPH, marker, council]))
        lines[1].mark(rules.BOILERPLATE, rule)
        assert rules._after_insert(lines, [0.9, 0.1, 0.1], 1) == 2, marker
    lines = segment("\n".join([PARAGRAPH, "Share", council]))
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._after_insert(lines, [0.9, 0.1, 0.1], 1) == 1  # other chrome: the text must score to resume


def test_a_question_heading_under_an_advertisements_marker_resumes_with_its_paragraph() -> None:
    """"Advertisement", then a question over its answer scoring low (an interview's last exchange): the text
    resumes at the question, which heads the answer; under other chrome the answer must score to resume."""
    council = PARAGRAPH.replace("committee", "council")
    lines = segment("\n".join([PARAGRAPH, "Advertisement", "What comes next for the council?", council]))
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._after_insert(lines, [0.9, 0.1, 0.1, 0.1], 1) == 3
    assert rules._extend_run(lines, [0.9, 0.1, 0.1, 0.1], 1) == 4 and not lines[2].label  # left to the headings
    lines = segment("\n".join([PARAGRAPH, "Share", "What comes next for the council?", council]))
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._after_insert(lines, [0.9, 0.1, 0.1, 0.1], 1) == 1


def test_a_short_heading_over_the_paragraph_the_text_resumes_with_is_kept_with_it() -> None:
    """A short line no rule took over a paragraph the text resumes with (scoring INSERT_RESUME_MIN_P, under
    HEADED_RESUME_MIN_P) and nothing else between: the paragraph's heading, not an insert; with chrome between,
    the paragraph must score HEADED_RESUME_MIN_P for the line to be its heading."""
    council = PARAGRAPH.replace("committee", "council")
    board = PARAGRAPH.replace("committee", "board")
    lines = segment("\n".join([PARAGRAPH, "Where to stay", council, board]))
    assert rules._extend_run(lines, [0.9, 0.2, 0.35, 0.1], 1) == 4 and not lines[1].label
    lines = segment("\n".join([PARAGRAPH, "Share", "Where to stay", council, board]))
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._extend_run(lines, [0.9, 0.1, 0.2, 0.35, 0.1], 1) == 5 and lines[2].rule == "insert_in_text"


def test_a_box_under_the_text_is_no_closing_section() -> None:
    bio = "She covers schools and city hall for the paper, and before that she reported on courts for ten years."
    promo = "Volunteers plant trees in every district each spring, and the council pays for the saplings and tools."
    for heading, under in (("Jane Doe", bio), ("Get Involved", promo), ("Meet our volunteers", promo),
                           ("Use the calculator", promo)):
        lines = segment("\n\n".join([PARAGRAPH, heading, under, "Related stories"]))
        assert rules._extend_run(lines, [0.9, 0.1, 0.2, 0.05], 1) == 1, heading
    for heading in ("Use of force rules", "Start of the school year", "What comes next"):
        lines = segment("\n\n".join([PARAGRAPH, heading, promo, "Related stories"]))
        assert rules._extend_run(lines, [0.9, 0.1, 0.2, 0.05], 1) == 3, heading


def test_a_reviewers_own_voice_under_a_closing_heading_is_no_bio() -> None:
    verdict = "I would buy the mid-priced model: it is quiet enough for a bedroom and costs far less than the top one."
    lines = segment("\n\n".join([PARAGRAPH, "Noise Levels", verdict, "Related stories"]))
    assert rules._extend_run(lines, [0.9, 0.1, 0.2, 0.05], 1) == 3


AD_NOTES = ("Continue reading below", "Continue reading after the ad", "Content continues below",
            "Weiterlesen nach der Anzeige", "Fortsetzung nach der Werbung", "Continua depois da publicidade",
            "La suite après cette publicité", "L'articolo continua dopo la pubblicità", "Продолжение после рекламы",
            "Scroll untuk melanjutkan membaca", "[광고]", "[PR]", "Reklam")
SPONSOR_LABELS = ("Sponsored content", "Promoted stories", "Paid post", "Partner content", "Sponsored by Acme Bank",
                  "Gesponsert", "Conteúdo patrocinado", "Contenuto sponsorizzato", "Contenu sponsorisé",
                  "Партнёрский материал", "Konten bersponsor", "スポンサーリンク", "PR")


def test_the_family_of_ad_notes_and_sponsor_labels_is_chrome() -> None:
    assert_chrome([n for n in AD_NOTES if n != "Continue reading below"], vocab.ad_marker, "ad_marker")
    assert_chrome(SPONSOR_LABELS, vocab.sponsor_label, "sponsor_label")
    for text in ("Continue reading the report", "Paid leave for parents", "Sponsored by the council, the fair",
                 "Promoted to captain", "Weiter nach Berlin"):
        assert not (vocab.ad_marker(text) or vocab.sponsor_label(text)), text


def test_the_text_resumes_under_an_ad_note_any_rule_took_however_low_it_scores() -> None:
    council = PARAGRAPH.replace("committee", "council")
    lines = segment("\n".join([PARAGRAPH, "Continue reading below", council]))
    lines[1].mark(rules.BOILERPLATE, "ui_control")
    assert rules._after_insert(lines, [0.9, 0.1, 0.1], 1) == 2
    lines = segment("\n".join([PARAGRAPH, "Sponsored content", council]))
    lines[1].mark(rules.BOILERPLATE, "sponsor_label")
    assert rules._after_insert(lines, [0.9, 0.1, 0.1], 1) == 1  # a sponsor's label heads its teaser as often


@SETTINGS
@given(st.from_regex(vocab.AD_MARKER, fullmatch=True))
def test_every_ad_marker_passes_the_guard(text: str) -> None:
    """`ad_marker` tries the pattern only on a text holding one of `_AD_NOTE_WORDS` (or short, or bracketed)."""
    assert vocab.ad_marker(text)


@SETTINGS
@given(st.from_regex(vocab.SPONSOR_LABEL, fullmatch=True))
def test_every_sponsor_label_passes_the_guard(text: str) -> None:
    """`sponsor_label` tries ASCII text only when its first two letters (a line's, stripped) can start a match."""
    assume(text == text.strip())
    assert vocab.sponsor_label(text)


@SETTINGS
@given(st.from_regex(vocab.FORM_BUTTON, fullmatch=True))
def test_every_form_button_passes_the_guard(text: str) -> None:
    """`form_button` tries the pattern only on a text whose first two letters can start a match (or are not both
    ASCII)."""
    assert vocab.form_button(text)


@SETTINGS
@given(st.from_regex(vocab.FORM_BUTTON, fullmatch=True).map(str.upper))
def test_every_form_button_in_capitals_passes_the_guard(text: str) -> None:
    assert vocab.form_button(text) == (vocab.FORM_BUTTON.match(text) is not None)


@SETTINGS
@given(st.text(alphabet="AaBbGgOoSsYyJjZzſıK ,!.'’подтк구登", max_size=12))
def test_form_button_is_the_pattern(text: str) -> None:
    """The guard lets by every text the pattern matches: case-blind first letters, "ſ" and the Kelvin sign too."""
    assert vocab.form_button(text) == (vocab.FORM_BUTTON.match(text) is not None)


def test_the_short_chrome_rows_are_the_bounds() -> None:
    """A line of `n` words is tried by the `_SHORT_CHROME` tests its length is within, in their order."""
    for words in range(max(bound for bound, _, _ in rules._SHORT_CHROME) + 5):
        row = rules._SHORT_CHROME_BY_WORDS[min(words, len(rules._SHORT_CHROME_BY_WORDS) - 1)]
        assert list(row) == [(test, name) for bound, test, name in rules._SHORT_CHROME if words <= bound]


def test_the_written_out_guards_are_their_word_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """`email_field` and `ad_marker` test each of `_MAIL_WORDS` and `_AD_NOTE_WORDS` one by one: with a pattern that
    matches anything behind them, a text passes exactly when it holds one."""
    monkeypatch.setattr(vocab, "EMAIL_FIELD", re.compile(""))
    monkeypatch.setattr(vocab, "AD_MARKER", re.compile(""))
    for word in vocab._MAIL_WORDS:
        assert vocab.email_field(f"Xx {word} yy"), word
    assert not vocab.email_field("Xx yy zz")
    for word in vocab._AD_NOTE_WORDS:
        assert vocab.ad_marker(f"Xx yy zz {word} ww"), word
    assert not vocab.ad_marker("Xx yy zz vv ww")


@SETTINGS
@given(st.text(alphabet=" \t.!?”\"’。—–|-aB©", max_size=12))
def test_every_credit_cut_is_next_to_a_cut_mark(text: str) -> None:
    """`_glued_credit` looks for a cut only in a text holding one of the marks each cut is next to (`_CUT_MARK`)."""
    if vocab._CREDIT_CUT.search(text):
        assert vocab._CUT_MARK.search(text)


def test_each_ascii_form_button_passes_the_guard() -> None:
    """One button for each of `FORM_BUTTON`'s alternatives that opens in ASCII, in each case."""
    for button in ("submit", "send", "go", "ok", "yes, sign up", "sign me up", "subscribe", "join", "register",
                   "join us", "count me in", "i'm in", "i’m in", "keep me posted", "send me the newsletter",
                   "get the newsletter", "absenden", "senden", "anmelden", "abonnieren", "registrieren",
                   "jetzt anmelden", "enviar", "cadastrar", "cadastre-se", "inscrever", "inscreva-se", "assinar",
                   "quero receber", "suscribirse", "suscríbete", "suscribirme", "invia", "iscriviti", "iscrivimi",
                   "registrati", "s'inscrire", "s’inscrire", "je m'inscris", "valider", "envoyer", "s'abonner",
                   "je m'abonne", "daftar", "kirim", "berlangganan", "langganan"):
        for text in (button, button.capitalize(), button.upper()):
            assert vocab.FORM_BUTTON.match(text) and vocab.form_button(text), text


def test_a_repeated_line_reads_its_twin_s_chrome_rule() -> None:
    """`_short_chrome` finds a line's rule once: a later line with the same text takes its twin's."""
    lines = segment("\n".join(["Anzeige", PARAGRAPH, "Anzeige", "Sponsored content", PARAGRAPH, "Sponsored content"]))
    assert lines[2]._twin is lines[0] and lines[5]._twin is lines[3]
    assert [rules._short_chrome(ln) for ln in lines] == ["ad_marker", "", "ad_marker", "sponsor_label", "",
                                                         "sponsor_label"]
    assert [ln.chrome for ln in lines] == ["ad_marker", "", "ad_marker", "sponsor_label", "", "sponsor_label"]
    lines = segment("\n".join(["Anzeige", PARAGRAPH, "Anzeige"]))
    assert rules._short_chrome(lines[2]) == "ad_marker" and lines[0].chrome is None  # the twin not asked: found


def test_a_repeated_caption_reads_its_twin_s_credit() -> None:
    """`_line_caption_credit` finds a caption's glued credit once: a later line with the same text takes its twin's."""
    caption = "Crowds gather outside the stadium on Sunday. Photo: Jane Doe"
    lines = segment("\n".join([caption, PARAGRAPH, caption]))
    assert lines[2]._twin is lines[0]
    found = rules._caption_credit(caption, lines[0].words)
    assert found is not None
    assert rules._line_caption_credit(lines[0]) == found and lines[0].caption == (found,)
    assert rules._line_caption_credit(lines[2]) == found and lines[2].caption is lines[0].caption


@SETTINGS
@given(st.from_regex(rules._SPEAKER))
def test_every_speaker_turn_holds_a_colon(text: str) -> None:
    """`_transcript_end` tries `_SPEAKER` only on a line holding a colon."""
    assert ":" in text


LEAD = ("Plumbing engineering is a vital part of building design, making sure that water reaches every floor "
        "safely and that waste leaves the building without trouble.")
SECTIONS = ["Water supply systems", "Drainage and wastewater", "Plumbing building codes"]


def test_the_texts_first_paragraph_stands_over_its_table_of_contents() -> None:
    parts = ["Mastering Plumbing Engineering", LEAD, "Table of Contents", "\n".join(SECTIONS)]
    for k, section in enumerate(SECTIONS):
        parts += [section, PARAGRAPH.replace("committee", f"committee {k}")]
    lines = segment("\n\n".join(parts))
    probs = [0.9, 0.41, 0.2, 0.3, 0.3, 0.3, 0.6, 0.9, 0.6, 0.9, 0.6, 0.9]
    assert rules._lead_paragraph(lines, probs, 7, lines[0]) == ({1}, 6)  # past the contents, and the first heading
    others = ["Pipes and valves explained", "Sewer lines in detail", "Rules you must follow"]
    lines = segment("\n\n".join([*parts[:3], "\n".join(others), *parts[4:]]))
    assert rules._lead_paragraph(lines, probs, 7, lines[0]) is None  # lines no section heading names again


PITCHES = ("Grow your business and send quick quotes with our home service software.",
           "Use MASV to quickly ingest large files from external teams into your review and approve tool.",
           "Join over 1M others in getting regular emails from the lab and its newsletter.",
           "Découvrez notre offre pour les petites entreprises dès aujourd'hui.",
           "Testen Sie unser Werkzeug für Ihre Rechnungen kostenlos und ohne Vertrag.")


def test_a_products_pitch_over_the_text_opens_no_text() -> None:
    for pitch in PITCHES:
        assert vocab.pitch(pitch, len(pitch.split())), pitch
        lines = segment("\n\n".join(["Mastering Plumbing Pricing", pitch, PARAGRAPH, NEXT]))
        probs = [0.9, 0.45, 0.9, 0.9]
        assert rules._lead_in(lines, probs, 2, lines[0]) == 2, pitch
        assert rules._lead_paragraph(lines, probs, 2, lines[0]) is None, pitch
    lines = segment("\n\n".join(["Mastering Plumbing Pricing", NEXT, PARAGRAPH]))
    assert rules._lead_in(lines, [0.9, 0.45, 0.9], 2, lines[0]) == 1  # a sentence of the text


def test_a_how_tos_first_step_is_no_pitch() -> None:
    for text in ("Use a sharp knife to cut the onions into thin slices before you heat the pan.",
                 "Start by understanding what plumbers in your area charge for the same job, then call them up "
                 "one by one and write each of their prices down in a table you keep next to your desk all week. "
                 "Then set your own rates a little under theirs.",
                 "Use of force by police officers in the city rose sharply today, officials said."):  # a news lead
        assert not vocab.pitch(text, len(text.split())), text
