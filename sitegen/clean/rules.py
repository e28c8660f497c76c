"""Label each line of a text dump: named rules, named thresholds.

The learned models (`learned`) give every line a score; the rules here read
what a score cannot: metadata lines (dates, bylines), captions repeated with a
badge, copies of the title, breadcrumbs. Each line gets a label and the name
of the rule that decided it; `sitegen inspect` prints both. Which line is the
headline is `titles`' part.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime

from sitegen.clean import code, contents, features, overlap, regions, titles, vocab
from sitegen.clean.byline import is_author_box, is_author_role, looks_like_name
from sitegen.clean.dates import is_date_line
from sitegen.clean.learned import models
from sitegen.clean.lines import CREDIT_MAX_WORDS, Line, fold

# Labels.
TITLE = "title"
BREADCRUMB = "breadcrumb"
DEK = "dek"
META = "meta"
BYLINE = "byline"
HEADING = "heading"
PARAGRAPH = "paragraph"
CAPTION = "caption"
BOILERPLATE = "boilerplate"
MODEL_RULE = "model:"  # how the rule of a line a model's score (not a named rule) decided starts
CONTENT = {PARAGRAPH, HEADING, CAPTION}

REVISIONS = ("revision", "revision2")  # the models that re-read each line with its neighbours' scores, in turn

# Thresholds.
INSIDE_MIN_P = 0.35  # within the main run
OUTSIDE_MIN_P = 0.75  # away from the main run
RUN_PIVOT_P = 0.5  # a line scoring above this lengthens the main run, below it shortens it
CHROME_RUN_PENALTY = 0.5  # what a line of page chrome (a rule's boilerplate) costs the main run
EXTEND_MIN_P = 0.02  # a sentence after the main run carries it on above this score
EXTEND_MIN_WORDS = 5  # a sentence this long ("Colombia had lost on Monday.") may carry the run on
CONTINUE_PIVOT_P = 0.35  # the lower pivot over which a list or table past an end of the run carries it on
CONTINUE_MAX_LINES = 60  # the farthest such a stretch reaches past the run
BLOCK_ITEM_PIVOT_P = 0.2  # the pivot over which a long list's later items past the run's end carry it on
ANNOUNCE_MIN_P = 0.4  # a line after the run that announces a block ("... include:") carries it on from this score
ANNOUNCE_MARKER_WORDS = 3  # the first words of such a line that may be an end marker ("Related articles from ...")
INTRO_MAX_GAP = 2  # line numbers from a line that announces a block (ends in ":") down to the block
ANNOUNCED_TOP_MAX_LINES = 3  # the run's last lines, set close under such a line, that the block it announces holds
SPACED_ITEM_MAX_WORDS = 15  # an item of a list set one item a paragraph under a sentence announcing it
LIST_REST_MIN_LINES = 3  # lines set line after line in the run, most of them text: one list
LIST_REST_MIN_SHARE = 0.5
LIST_INTRO_MIN_WORDS = 24  # a paragraph this long over short lines set between two lines of text: they are its list
NEWSLETTER_TOPIC_MIN_LINES = 4  # lines naming newsletters on a page that is about them
TOPIC_SENTENCE_MIN_WORDS = 12  # a statement this long that names one there is its text, no promotion
NUMBERED_LOOKBACK = 4  # the run's last lines in which a numbered list's item may stand
NUMBERED_MAX_GAP = 4  # lines from one numbered item down to the next
REPEATED_LINK_MIN_COUNT = 6  # times a page shows the same short link ("See the rating.") by each of its items
REPEATED_LINK_MAX_WORDS = 6
TEASER_MAX_WORDS = 40  # a story's teaser between its headline and a "Read more" under them
TEASER_HEADLINE_MAX_WORDS = 20  # that story's headline
CREDIT_FRAGMENT_MAX_WORDS = 2  # a picture's control under its credit ("Report")
LINE_COPY_MIN_WORDS = 8  # a line this long shown twice in a row is shown once
CONTACT_BIO_MAX_WORDS = 80  # an author's bio under the text: "Jane Doe (@janedoe) is a reporter at ..."
REPEAT_MIN_LINES = 4  # long paragraphs in a row the text holds already, in its order: a copy of the text
REPEAT_MIN_WORDS = 10  # a paragraph this long, twice on a page, is the same paragraph
CONTINUE_MIN_PROSE = 30  # words of lines scoring as text that such a stretch must hold
BLOCK_TAIL_LINES = 2  # the run's last lines set line under line that a stretch set under them goes on, prose or not
SPACED_PAGE_MIN_SHARE = 0.6  # of the run's paragraphs followed by a blank line, on a page that spaces them
LATER_RUN_MAX_GAP = 100  # lines from the main run's end to a later run of the article's text
LATER_RUN_MIN_SHARE = 0.03  # of the main run's worth that such a later run must have
LATER_RUN_MAX_BREAK = 5  # lines in a row that add nothing, that end such a later run
INSERT_BLOCK_MIN_LINES = 3  # a marker and the links set close under it
INSERT_LOOKBACK_LINES = 8  # lines set close above the run's start in which such a marker may stand
PACKED_BOUND_MIN_WORDS = 12  # the lines around such a block on a page with no blank line: prose, no list's items
MID_INSERT_MIN_ITEMS = 2  # one line under a "Read more" over the text is as often the heading of its next section
MID_INSERT_MAX_ITEMS = 5  # lines under a "Related" or sign-up line in the text: headlines, an email field, a button
MID_INSERT_RESUME_LINES = 2  # long paragraphs in a row after such a block that show the text goes on
MID_INSERT_RESUME_MIN_P = 0.5  # the score of each of them
MID_INSERT_SHARED_WORDS = 3  # words (MID_INSERT_WORD_MIN_CHARS or longer) they share with the text above the block
MID_INSERT_WORD_MIN_CHARS = 5
MID_INSERT_ABOVE_LINES = 20  # lines above such a block read for those words
INTERVIEW_MIN_LINES = 4  # questions and answers ("Q: ...", "A: ...") in the run that make it an interview
TRANSCRIPT_MIN_SPEAKERS = 2  # speakers whose turns ("SIMON: ...") make a run a transcript
FACT_CHECK_WINDOW = 10  # lines over the run a fact-check's labels and their values stand in (`_fact_check_block`)
FACT_CHECK_MIN_LABELS = 2  # labels ("Claim", "Rating") that make such a block
FACT_CHECK_VALUE_MAX_WORDS = 3  # a rating's value ("Unproven", "Mostly false"), a heading like its label
OPENING_HEADING_MIN_P = 0.2  # a numbered or asking heading right above the run opens its text from this score
OPENING_LIST_MIN_ITEMS = 3  # lines set line under line that open the run: a list a heading right above it heads
LEAD_IN_MIN_P = 0.3  # a line right above the run that scores this is where the text starts
LEAD_MIN_P = 0.4  # a long line under the headline scoring this is its first paragraph, sentence or not
INSERT_MAX_LINES = 3  # an insert the run may carry on over: chrome lines and short fragments
INSERT_MAX_WORDS = 5
ENTRY_MIN_BLOCKS = 3  # blocks (lines set close, a blank line around) of one entry of a listing: its name, text, credit
ENTRY_MAX_BLOCKS = 6
ENTRY_MIN_SHORT_BLOCKS = 2  # blocks of short lines in each such entry
ENTRY_MIN_REPEATS = 3  # entries of the same shape, one after another, that end the run: a listing that goes on
ENTRY_MAX_REACH = 200  # lines past the run's end such a listing may go on over
TESTIMONIAL_MIN_PAIRS = 3  # quotes in a row, each signed under it by a first name and an initial: a testimonials box
TESTIMONIAL_WALL_MIN_PAIRS = 5  # signed quotes in a row that make a wall of them, whatever follows (fewer: a vox pop)
TESTIMONIAL_NAME_MAX_WORDS = 5  # "Mallory R.", "A. Rae V. B.", "— Jane D."
FIELD_BOX_MIN_ROWS = 3  # "Label: value" rows set line under line that make a box of facts set in the text
FIELD_BOX_ROW_MAX_WORDS = 12  # each of them ("Cost: £40m", "Start date: June 2019")
FIELD_BOX_HEADER_MAX_WORDS = 5  # the short line heading such a box ("At a glance", "Key facts")
FIELD_BOX_RESUME_MIN_P = 0.3  # the score of the paragraph on the far side of the box that the run goes on to
INSERT_RESUME_MIN_P = 0.3  # the score of the paragraph after an insert that carries the run on
SIGNUP_BOX_MAX_LINES = 7  # a sign-up form's lines: its pitch, an email field, a button, the small print under them
SIGNUP_LINE_MAX_WORDS = 14  # each of them ("Get the best stories delivered to your inbox every morning.")
SIGNUP_HEADER_MAX_WORDS = 6  # one of them that no form's vocabulary knows: a line heading it ("Stay informed")
SIGNUP_BRIDGE_LINES = 2  # lines of its pitch in a row that no vocabulary knows, between two parts of a form
SIGNUP_RULE = "signup_box"
SIGNUP_BLOCK_LINE_MAX_WORDS = 20  # a line of the block set around a form: its pitch, its small print
VIEWER_INSERT_MAX_LINES = 8  # lines of a picture viewer's slide (counter, caption, credit, "Previous", "Next"): one
# insert, after which the text resumes from EXTEND_MIN_P
DETAILS_MAX_BLOCKS = 3  # blocks of an event's details (a heading over its date, hours, place) the text resumes after
DETAIL_LINE_MAX_WORDS = 8  # each of their lines ("112 Elm Street, Millbrook")
CLOSING_LIST_MIN_ITEMS = 3  # items set line under line under a short heading past the run: the text's closing list
CLOSING_LIST_MAX_ITEMS = 12
CLOSING_ITEM_MIN_WORDS = 3  # each a phrase ("Parking removed on one side of Oak Street"), no tag ("Budget friendly")
CLOSING_ITEM_MAX_WORDS = 12
CLOSING_HEADING_MAX_WORDS = 4  # "What changes", "Features", "Key facts"
CLOSING_LIST_MIN_SHARE = 0.5  # of its items that share a word with the text above (`overlap.words`)
CLOSING_TITLED_MAX_SHARE = 0.5  # of its items written in title case ("The Nomads Who Follow the Rains"): headlines
CLOSING_MIN_WORDS = 10  # words of the paragraph under each of the text's closing sections (`_closing_sections`)
SHORT_SECTION_MIN_SENTENCES = 2  # sentences of a paragraph shorter than a long line under the text's last heading
SERIES_MIN_WORDS = 8  # a paragraph shorter than a long line under a heading that goes on a series of sections
SECTION_MIN_PARAGRAPHS = 1  # paragraphs under a short heading past the run that carry the run on (a heading that
# bids the reader act heads a promotion's: `_OFFER_HEADING`)
RESUME_MIN_WORDS = 20  # words of a short paragraph after an insert and the one under it that carry the run on
HEADED_RESUME_MIN_P = 0.4  # that paragraph's score from which the short line over it is its heading (whatever it
# scores when nothing but that line stands between it and the text above, or when it is a question under
# advertisements' markers alone: a promotion's bid under them heads a promotion's text)
EXTEND_HEADING_MAX_WORDS = 10  # a heading the run may carry on over, with the paragraph under it
HEADING_MIN_P = 0.3  # heading score from which a content line is a section heading (the model learns a heading
# once per page, as the gold lists it: its scores run low)
HEADING_MAX_WORDS = 20
HEADING_CASELESS_CAPITALISED = 0.5  # share of capitalised words a heading model reads in a line of a caseless script
HEADING_CASELESS_STOP = 0.5  # and its share of stop words: halfway, as its script shows neither
CHROME_HEADING_MIN_P = 0.4  # heading score from which a line within the run its score left out is a heading
OPENING_CHROME_MIN_P = 0.75  # the same for the line right over the text's first line, away from the run
LIST_RUN_LINES = 2  # chosen headings right under one, in a row, that make it a list's item when written alike
NUMBERED_MIN_HEADINGS = 3  # numbered lines written alike ("1. Pick a room", "Step 2: ...") that make a series
COUNTED_MAX_WORDS = 12  # a short numbered line ("1. Assess your career goals.") over a paragraph of its own...
COUNTED_TEXT_MIN_WORDS = 8  # ... this long: a sentence, no item's short note ("Cheap and quick.")
NUMBERED_MIN_SHARE = 0.5  # of such a series chosen as headings, from which its other lines over text are too
PRICED_MIN_HEADINGS = 3  # lines naming a price or a discount, each over text, that make a deal list
PRICED_MIN_SHARE = 0.5  # of such a list chosen as headings, from which its other lines are too
PRICED_MAX_WORDS = 30  # a deal's title, longer than a heading candidate ("King of Monitors: 35% Off Dell ...")
SPACING_MIN_PEERS = 2  # a page's likely headings, others than a candidate, that may show how it sets them apart
SPACING_MIN_SHARE = 0.7  # of those set apart alike, that make that the page's style
LISTED_MIN_P = 0.1  # heading score from which a line a table of contents lists is a heading over text
TYPED_CAPITALS_MIN = 3  # headings, all of a page's, typed in capitals under a title that is not: its text's subheads
TYPED_CAPITALS_MIN_WORDS = 2  # each a phrase or a sentence ("US FALLS"); "HISTORY", "THEOREM": a style's section names
LONE_HEADING_MIN_P = 0.7  # heading score under which a page's few headings (LONE_MAX_HEADINGS or fewer) are text
LONE_MAX_HEADINGS = 2
MARKER_TEXT_P = 0.05  # text score the heading models read a line of chrome known by its words with, at most
LONE_SECTIONS_MIN = 2  # such headings that stay when each stands between paragraphs set apart: a text's sections
FIELD_LABEL_MAX_WORDS = 4  # "Accreditation body: ...": a field's label
FIELD_SERIES_MIN = 3  # lines of a page with the same label that make it a field of the page's records
TEASER_QUESTION_MAX_WORDS = 4  # "The good news?": longer, an article or a conjunction may open a section's question
TEASER_PHRASE_MAX_WORDS = 10  # "The big benefit of knowing your stage?": a longer teaser asks nothing (`_ASKS`)
LONE_MIN_TEXT_WORDS = 80  # words of text under which a page's lone heading stays (a short page's one section break)
LINK_ITEMS_MIN = 3  # chosen headings, each over nothing but a bare link, that make a page's list of links
GROUP_LABELS_MIN = 3  # labels typed in capitals, each over its items, that split one list set line after line
GROUP_ITEMS_MIN = 2  # items under each of them ("NOT SCARY", "Writing a blog post", "Sending an email", "KIND OF ...")
GROUP_LABEL_MAX_WORDS = 5
PROMOTED_HEADING_MAX_P = 0.45  # heading score under which a heading over a promotion's line heads none of the text
LIST_LINE_MAX_WORDS = 2  # a heading this short between two lines as short is an item of their list ("Walking")
CHROME_LED_MAX_P = 0.6  # heading score under which a heading over nothing but chrome heads none of the text
TEMPLATE_LABEL_MAX_WORDS = 4  # a label a template repeats under each of its sibling headings ("Pre-Workout Meal")
TEMPLATE_LABEL_MIN_WORDS = 2  # one word under each heading is a value as often: a store's name, "Yes", "Pros"
TEMPLATE_MIN_COPIES = 3  # copies of it, each right under a heading
BOX_HEADING_MAX_WORDS = 10  # the heading of an analysis box in a story ("One chapter over, another barely begun")
BOX_SIGNATURE_MAX_WORDS = 10  # the line under it signing the box: "Caroline Hawley, BBC diplomatic correspondent"
BOX_TEXT_MIN_WORDS = 20  # the paragraph under that line: the box's text
ANNOUNCED_ITEM_MAX_WORDS = 10  # a line this short, no sentence, under a chosen heading right under a line that
# announces a list ("Top picks:"): the list's next item, and that heading its first
BUTTON_LINE_MAX_WORDS = 6  # a button or field line under a heading, read past for what follows it
END_MARKER_MAX_WORDS = 6
END_MARKER_MIN_SHARE = 0.6  # of the run's words read before an end marker may close it
FINAL_MARKER_MIN_SHARE = 0.25  # the same for a marker that only ends articles: tags, comments
AUTHOR_BOX_MIN_SHARE = 0.6  # of the run's words read before an author box in it may close it
AUTHOR_BOX_NAME_MAX_WORDS = 5  # "Mary Marlowe Leverette": the name line heading an author box
LINK_LINE_MAX_WORDS = 30  # "Read more: <a headline>"
BROWSER_NOTICE_MAX_WORDS = 30  # "This slideshow requires JavaScript.": longer, it is text about browsers
AFFILIATE_NOTICE_MAX_WORDS = 60  # "We may earn a commission from links on this page": longer, it is text about them
TAG_LINE_MAX_WORDS = 20  # "Tags: Apple, iPhone, Review": longer, it is text that starts with a label
FOOTER_LINE_MAX_WORDS = 25  # "© 2025 Site Name. All rights reserved.": longer, it is a notice with text in it
AD_LABEL_MAX_WORDS = 10  # "Advertisement - Continue Reading Below": longer, it is a sentence about advertising
CTA_MAX_WORDS = 30  # a call to action this long or shorter is a promotion
CAPTION_MAX_WORDS = 60
CREDITED_CAPTION_MAX_WORDS = 30  # a line over a credit, when longer, is as often the text beside a picture
MENU_ITEM_MAX_WORDS = 2  # lines this short, MENU_MIN_ITEMS or more in a row, are a menu
MENU_MIN_ITEMS = 5
MENU_ITEM_MAX_WIDE_CHARS = 8  # the same in Korean, Chinese or Japanese text: "정석희칼럼"
META_MAX_WORDS = 14
BADGE_MAX_WORDS = 3
NAME_TAG_MAX_WORDS = 2
ARROW_LINK_MAX_WORDS = 8  # "» Power Ranking": a link to another page
HEADLINE_LIST_MIN_ITEMS = 5  # headlines in a row, line after line, that make a list of links
HEADLINE_LIST_MIN_PROSE = 100  # words of sentences in the run after such a list
HEADLINE_MIN_WORDS = 3
HEADLINE_BLOCK_HEADER_MAX_WORDS = 6  # the header of other stories' headlines set in the text ("Keep exploring")
HEADLINE_BLOCK_AROUND_LINES = 20  # lines each side of such a block whose words its headlines share none of
HEADLINE_MAX_WORDS = 15
ITEM_LABEL_MAX_WORDS = 4  # "4a etapa:" opening a list item
BREADCRUMB_PART_MAX_WORDS = 6
DEK_MAX_GAP = 3  # lines between the title and the standfirst
DEK_MIN_WORDS = 8  # a line the scores left out is a standfirst only when this long
DEK_COPY_MAX_GAP = 12  # lines from the standfirst down to its copy over the text
DEK_META_ABOVE_GAP = 2  # byline or date lines this close over the headline set it in a news article's layout
DEK_LONE_MIN_WORDS = 12  # a standfirst with nothing after it but the text: from this long...
DEK_LONE_MAX_WORDS = 30  # ...to this long
DEK_LONE_TEXT_RATIO = 2.0  # ...over a paragraph this many times as long...
DEK_LONE_TEXT_LINES = 3  # ...among the lines under it (a picture's caption may stand between)
# A report's dateline: a place in capitals, maybe an agency in brackets, then a dash ("NEW YORK (Reuters) - ...",
# "PARIS — ..."): the story's first paragraph, never a standfirst.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}(?:\s\([^()]{1,30}\))?\s[-—–]\s")
SITE_NAME_MAX_WORDS = 4  # "Title | Site": the part after the last separator, when it is this short
SHORT_TEXT_MAX_LINES = 5  # a text this short, free of chrome, is kept whole

BREADCRUMB_TRAIL_MIN_PARTS = 3
TRAIL_SEPARATORS = (">", "»", "›")
TRAIL_SPLIT = re.compile(r"\s*[>»›]\s*")
SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?=[^|–—-]+$)")  # "Title | Site": the last separator
_UPDATE = re.compile(r"^(?:updated|last\s+updated|modified|last\s+modified)\b", re.IGNORECASE)


def label_lines(lines: list[Line], reference: datetime | None) -> Line | None:
    """Label every line of a page's copy; return the title line (or None)."""
    if not lines:
        return None
    m = models()
    ctx = features.page_context(lines, -1)
    first = m["line"].probabilities(features.line_vectors(ctx))
    title = titles.find_title(lines, ctx, first)
    ctx.title_index = title.index if title else -1
    second = first
    for stage in REVISIONS:
        second = m[stage].probabilities(features.revision_vectors(ctx, second))
    for i, line in enumerate(lines):
        if line.label:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        rule = _single_line_rule(line, nxt, title, reference)
        if rule:
            line.mark(*rule)
        elif regions.is_consent_notice(line):
            line.mark(BOILERPLATE, "cookie_notice")
    _mark_related_targets(lines)
    _mark_captions(lines)
    _mark_link_lists(lines)
    _mark_teaser_lists(lines)
    _mark_signup_boxes(lines)
    fixed = [(-CHROME_RUN_PENALTY if ln.label == BOILERPLATE and not _gallery_credit(lines, ln)
              and ln.rule != SIGNUP_RULE else 0.0) if ln.label else None for ln in lines]
    start, end = features.best_run(second, [ln.words for ln in lines], RUN_PIVOT_P, fixed)
    _mark_tight_inserts(lines, start, end)
    _mark_headline_blocks(lines, start, end)
    end = _cut_at_comment_thread(lines, start, end)
    end = _cut_at_author_box(lines, start, _cut_at_end_marker(lines, start, end, second))
    _mark_author_greetings(lines, start, end)
    start = _skip_headline_list(lines, _list_start(lines, start), end)
    _mark_link_copies(lines, min(start, title.index if title else start), end)
    extended = _extend_and_carry(lines, second, _interview_end(lines, start, end))
    start = _field_box_lead(lines, second, _carry_run(lines, second, start, -1), title)
    start = _opening_heading(lines, second, _lead_in(lines, second, start, title), title)
    start = _fact_check_block(lines, start, title)
    extended = _continue_blocks(lines, second, start, extended)
    numbered_from, extended = extended, _continue_numbering(lines, start, extended)
    extended = _continue_entries(lines, second, start, extended)
    extended = _cut_at_author_box(lines, start, extended)
    _close_after_final_marker(lines, extended)
    _take_later_runs(lines, second, start, extended)
    _mark_by_score(lines, second, (start, end, extended),
                   _lead_paragraph(lines, second, start, title))
    _mark_headings(lines, ctx, second)
    _mark_announced_items(lines)  # after the headings: a list's items head nothing
    _mark_list_rest(lines)
    for line in lines[numbered_from:extended]:  # a list's items past the run's end: text, no headings
        if line.rule.startswith("heading_model") and _ITEM_NUMBER.match(line.text):
            line.mark(PARAGRAPH, "numbered_list")
    _mark_announced_lists(lines)  # after the headings: a list's items head nothing
    _mark_inline_chrome(lines)
    _mark_repeated_links(lines)
    _mark_read_more_teasers(lines)
    _mark_credit_fragments(lines)
    _mark_embedded_posts(lines)
    _mark_line_copies(lines)
    _mark_capital_headlines(lines)
    _mark_contact_bios(lines)
    _mark_embed_chrome(lines)
    _mark_promo_lines(lines)
    _mark_testimonials(lines)
    _mark_repeated_text(lines)
    _mark_newsletter_topic(lines)
    mark_dek(lines, title)
    return title


_IN_TEXT_CHROME = ("menu_run", "photo_credit", "name_tag")  # rules taking lines a text may hold: list items, a credit
_QA_LINE = re.compile(r"^[QAPRFВО]\s?[:：]\s")  # "Q: ...", "A: ..."; P/R, F/A, В/О in other languages
_ANSWER = re.compile(r"^[ARО]\s?[:：]\s")  # an interview's answer: text, never a heading
_QUESTION = re.compile(r"^[QPFВ]\s?[:：]\s")  # an interview's question: a heading over its answer


def _interview_end(lines: list[Line], start: int, end: int) -> int:
    """An interview in questions and answers goes on to its last answer,
    however short and low-scored its last lines ("Q: Favorite books?")."""
    if sum(1 for ln in lines[start:end] if _QA_LINE.match(ln.text)) >= INTERVIEW_MIN_LINES:
        while end < len(lines) and not lines[end].label and _QA_LINE.match(lines[end].text):
            end += 1
        return end
    return _transcript_end(lines, start, end)


# A transcript's turn, opening with its speaker's name in capitals ("SIMON: ...", "DR. VOS: ..."): the name.
_SPEAKER = re.compile(r"^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2}):\s+\S")


def _transcript_end(lines: list[Line], start: int, end: int) -> int:
    """A transcript whose run holds INTERVIEW_MIN_LINES turns or more (`_SPEAKER`: "SIMON: ...") by
    TRANSCRIPT_MIN_SPEAKERS speakers or more goes on over the next turns by the same speakers, however
    short and low-scored ("VOS: Thank you."), up to a line a rule took (speaker_turn)."""
    speakers = Counter(m.group(1) for ln in lines[start:end]
                       if ":" in ln.text and (m := _SPEAKER.match(ln.text)))  # (every turn holds its colon)
    if sum(speakers.values()) < INTERVIEW_MIN_LINES or len(speakers) < TRANSCRIPT_MIN_SPEAKERS:
        return end
    while end < len(lines) and not lines[end].label and (m := _SPEAKER.match(lines[end].text)) \
            and m.group(1) in speakers:
        lines[end].mark(PARAGRAPH, "speaker_turn")
        end += 1
    return end


def _gallery_credit(lines: list[Line], line: Line) -> bool:
    """A photo credit after another: a gallery's credits cost the run as one line of chrome."""
    return line.rule == "photo_credit" and line.index > 0 and lines[line.index - 1].rule == "photo_credit"


def _mark_signup_boxes(lines: list[Line]) -> None:
    """A sign-up form set in a page: an email field ("Your email", "Ihre E-Mail-Adresse", `vocab.email_field`) and
    the lines set close around it (no blank between, up to SIGNUP_BOX_MAX_LINES, `_form_edge`), among them a
    button ("Submit", "Cadastrar", `vocab.form_button`) or a call to act ("Get our free newsletter"), is chrome
    (signup_box). So is a button and a call to act with no field, when they stand between two paragraphs of prose
    (`_prose`): elsewhere they are as often a promotion closing the text. A form costs the run nothing
    (`label_lines`) and counts as one line of an insert the text goes on past (`_after_insert`): a form between
    two paragraphs splits no text."""
    for i, line in enumerate(lines):
        if line.words > vocab.EMAIL_FIELD_MAX_WORDS or line.rule == SIGNUP_RULE \
                or not (vocab.email_field(line.text) or _form_button(line)):
            continue  # (pure tests: their order changes nothing, the cheapest first)
        first = _form_edge(lines, i, -1, SIGNUP_BOX_MAX_LINES)
        last = _form_edge(lines, i, 1, SIGNUP_BOX_MAX_LINES - (i - first))
        if first > 0 and last - first + 1 < SIGNUP_BOX_MAX_LINES and _set_close(lines, first - 1) \
                and _signup_header(lines[first - 1]):
            first -= 1
        box = lines[first:last + 1]
        parts = {_form_part(ln) for ln in box}
        if ("field" in parts and ("button" in parts or "call" in parts)) or (
                {"button", "call"} <= parts and first > 0 and last + 1 < len(lines)
                and _prose(lines[first - 1]) and _prose(lines[last + 1])):
            first, last = _signup_block(lines, first, last)
            for ln in lines[first:last + 1]:
                ln.mark(BOILERPLATE, SIGNUP_RULE)


def _signup_block(lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """A sign-up form's whole block: the lines set close around its lines `first` to `last` (its header, its pitch,
    its small print, whatever they say), when the block stands apart, a blank line (or the page's edge) on each
    side, and holds SIGNUP_BOX_MAX_LINES lines or fewer, each no rule's but chrome's (`_block_line`). `first` and
    `last` as they are when it does not: on a page that sets no blank line, the lines around are the text's."""
    lo, hi = first, last
    while lo > 0 and _set_close(lines, lo - 1) and _block_line(lines[lo - 1]) and hi - lo + 1 < SIGNUP_BOX_MAX_LINES:
        lo -= 1
    while hi + 1 < len(lines) and _set_close(lines, hi) and _block_line(lines[hi + 1]) \
            and hi - lo + 1 < SIGNUP_BOX_MAX_LINES:
        hi += 1
    apart_above = lo == 0 or not _set_close(lines, lo - 1)
    apart_below = hi + 1 == len(lines) or not _set_close(lines, hi)
    return (lo, hi) if apart_above and apart_below else (first, last)


def _block_line(line: Line) -> bool:
    """A line a sign-up form's block may hold: SIGNUP_BLOCK_LINE_MAX_WORDS or shorter, no rule's but chrome's, no
    code, no item of the text's list nor numbered heading of its next section ("12. Wire Strippers")."""
    return line.label in ("", BOILERPLATE) and line.words <= SIGNUP_BLOCK_LINE_MAX_WORDS and not line.code \
        and not _text_item(line) and _series_number(line.text) is None


def _form_edge(lines: list[Line], i: int, step: int, room: int) -> int:
    """The farthest line of a form from line `i` in direction `step`, within `room` lines of it, set close: a line
    of the form (`_signup_line`), with up to SIGNUP_BRIDGE_LINES lines of its pitch before it that no
    vocabulary knows ("A roundup of our best stories, every Friday", `_bridge_line`)."""
    edge, k, bridged = i, i, 0
    while 0 <= k + step < len(lines) and abs(k + step - i) < room and _set_close(lines, min(k, k + step)):
        k += step
        if _signup_line(lines[k]):
            edge, bridged = k, 0
        elif bridged < SIGNUP_BRIDGE_LINES and _bridge_line(lines[k]):
            bridged += 1
        else:
            break
    return edge


def _form_part(line: Line) -> str:
    """What part of a sign-up form `line` is: "field", "button", "call" (a call to act), or ""."""
    if line.words <= vocab.EMAIL_FIELD_MAX_WORDS and vocab.email_field(line.text):
        return "field"
    if _form_button(line):
        return "button"
    return "call" if line.call_to_action and line.words <= CTA_MAX_WORDS else ""


def _prose(line: Line) -> bool:
    """A long sentence no rule took: a paragraph of prose."""
    return not line.label and line.words >= features.LONG_LINE_WORDS and is_sentence(line)


def _bridge_line(line: Line) -> bool:
    """A short line no rule took, no code nor item of the text's list: a form's pitch, set between its parts."""
    return not line.label and line.words <= SIGNUP_LINE_MAX_WORDS and not line.code and not _text_item(line)


def _set_close(lines: list[Line], i: int) -> bool:
    """Lines `i` and `i + 1` are set with no blank between."""
    return lines[i + 1].number - lines[i].number == 1


def _form_button(line: Line) -> bool:
    return line.words <= vocab.FORM_BUTTON_MAX_WORDS and vocab.form_button(line.text)


def _signup_line(line: Line) -> bool:
    """A line of a sign-up form: no rule's but chrome's, SIGNUP_LINE_MAX_WORDS or shorter, and an email field,
    a button, a call to act, a control or the form's small print ("You can unsubscribe at any time.")."""
    if line.label not in ("", BOILERPLATE) or line.words > SIGNUP_LINE_MAX_WORDS or line.code:
        return False
    return line.ui or line.call_to_action or _form_button(line) or vocab.form_small_print(line.text) \
        or (line.words <= vocab.EMAIL_FIELD_MAX_WORDS and vocab.email_field(line.text))


def _signup_header(line: Line) -> bool:
    """A short line over a sign-up form that states nothing: its header ("Like what you're reading?", "Stay
    informed"), SIGNUP_HEADER_MAX_WORDS or shorter, no rule's, no item of the text's list (`_text_item`)."""
    return not line.label and line.words <= SIGNUP_HEADER_MAX_WORDS and not is_statement(line) and not line.code \
        and not _text_item(line)


def _mark_by_score(lines: list[Line], probs: list[float], run: tuple[int, int, int],
                   lead: tuple[frozenset[int], int | None] | None) -> None:
    """Label the lines no rule took by their scores: `run` is the main run's
    start, its end, and its end once carried on over the prose after it."""
    start, end_before, end = run
    for i, line in enumerate(lines):
        if line.label:
            continue
        inside = start <= i < end
        if lead is not None and i in lead[0]:
            line.mark(PARAGRAPH, f"lead_paragraph:p={probs[i]:.2f}")
        elif lead is not None and i == lead[1]:
            line.mark(PARAGRAPH, f"lead_heading:p={probs[i]:.2f}")
        elif inside and i >= end_before and probs[i] < INSIDE_MIN_P:
            line.mark(PARAGRAPH, f"run_extension:p={probs[i]:.2f}")
        elif probs[i] >= (INSIDE_MIN_P if inside else OUTSIDE_MIN_P):
            line.mark(PARAGRAPH, f"{MODEL_RULE}p={probs[i]:.2f}" + ("" if inside else ",outside_run"))
        else:
            line.mark(BOILERPLATE, f"{MODEL_RULE}p={probs[i]:.2f}" + ("" if inside else ",outside_run"))


RELATED_LEAD_MAX_WORDS = 4  # "Read also:", "Читайте также:": a lead-in alone on its line, over the one link it names
LEAD_IN_ENDS = ":：»>"  # how such a lead-in ends, pointing at its link


def _mark_related_targets(lines: list[Line]) -> None:
    """The headline set right under a lead-in alone on its line ("Read also:", "Baca juga:"), and alone there
    (a blank line under it), is the link the lead-in names: chrome, like its lead-in (`related_link`)."""
    for k, line in enumerate(lines[:-1]):
        nxt = lines[k + 1]
        if line.rule == "related_link" and line.words <= RELATED_LEAD_MAX_WORDS \
                and line.text.rstrip()[-1:] in LEAD_IN_ENDS and not nxt.label and nxt.number == line.number + 1 \
                and nxt.words <= HEADLINE_MAX_WORDS and not nxt.text.rstrip().endswith((".", "!", "。")) \
                and (k + 2 >= len(lines) or lines[k + 2].number > nxt.number + 1):
            nxt.mark(BOILERPLATE, "related_link_target")


def _mark_repeated_text(lines: list[Line]) -> None:
    """The text shown twice (a page that renders its article again, whole or
    in part): REPEAT_MIN_LINES or more long paragraphs in a row that the text
    holds already, in the same order, show it again: one showing goes, the
    first. A quotation pulled out of the text repeats one paragraph, a
    recipe's or a plan's entries repeat in another order, never a stretch of
    them."""
    long_lines = [ln for ln in lines if ln.label in CONTENT and ln.words >= REPEAT_MIN_WORDS]
    first: dict[str, int] = {}
    for k, long_line in enumerate(long_lines):
        first.setdefault(long_line.key, k)
    shown: dict[str, int] = {}  # where each line of the text is first shown
    for text_line in lines:
        if text_line.label in CONTENT:
            shown.setdefault(text_line.key, text_line.index)
    stretch: list[Line] = []
    for k, line in enumerate([*long_lines, None]):
        at = first.get(line.key, k) if line is not None else k
        if line is not None and at < k and (not stretch or at == first[stretch[-1].key] + 1):
            stretch.append(line)
            continue
        if len(stretch) >= REPEAT_MIN_LINES:  # the first showing goes, with its headings (the page's headings
            # are read as such where it shows them again: the first showing is taken for a table of contents)
            again = {ln.key for ln in lines[stretch[0].index:stretch[-1].index + 1] if ln.label in CONTENT}
            top, bottom = shown[stretch[0].key], shown[stretch[-1].key]
            for copy in lines[top:bottom + 1]:
                if copy.label in CONTENT and copy.key in again:
                    copy.mark(BOILERPLATE, "repeated_text")
        stretch = [line] if line is not None and at < k else []


# A page's offer of its own newsletter ("Our free weekly newsletter ...", "... to your inbox every Monday").
_NEWSLETTER_OFFER = re.compile(r"\b(?:our|free|inbox|related)\b", re.IGNORECASE)


def _mark_newsletter_topic(lines: list[Line]) -> None:
    """On a page about newsletters (NEWSLETTER_TOPIC_MIN_LINES lines name
    them), a sentence the call-to-action rule took for naming one
    (`vocab.newsletter_only`: it asks nothing of the reader), a statement of
    TOPIC_SENTENCE_MIN_WORDS or more set between lines of the text that
    offers nothing (`_NEWSLETTER_OFFER`), is text."""
    named = [ln for ln in lines if ln.rule == "call_to_action" and vocab.newsletter_only(ln.text)]
    if not named or sum(1 for ln in lines if "newsletter" in ln.text.lower()) < NEWSLETTER_TOPIC_MIN_LINES:
        return
    for line in named:
        i = line.index
        if line.words >= TOPIC_SENTENCE_MIN_WORDS and is_statement(line) and not _NEWSLETTER_OFFER.search(line.text) \
                and any(ln.label in CONTENT for ln in lines[max(0, i - 2):i]) \
                and any(ln.label in CONTENT for ln in lines[i + 1:i + 3]):
            line.mark(PARAGRAPH, "newsletter_topic")


def _mark_inline_chrome(lines: list[Line]) -> None:
    """A page's navigation label kept as text ("Table of Contents", "Back to
    top", "Previous Next", `vocab.nav_label`), a link to a shop ("Buy on
    Amazon", "$129 at Walmart", `vocab.SHOP_LINK`), a control that counts
    what it opens ("0 Comments", `vocab.COUNTED_CONTROL`), a site's
    disclaimer (`vocab.disclaimer`) and a form's notice ("Thank you! Your
    submission has been received!", `vocab.FORM_NOTICE`) are chrome. They are
    dropped once the text is found, not before: as chrome they would break
    the run (a buying guide's links stand between its items)."""
    for line in lines:
        if line.label not in CONTENT:
            continue
        if vocab.nav_label(line.text):
            line.mark(BOILERPLATE, "nav_label")
        elif line.words <= vocab.SHOP_LINK_MAX_WORDS and vocab.SHOP_LINK.match(line.text):
            line.mark(BOILERPLATE, "shop_link")
        elif line.words <= vocab.COUNTED_CONTROL_MAX_WORDS and vocab.COUNTED_CONTROL.match(line.text):
            line.mark(BOILERPLATE, "counted_control")
        elif line.words <= vocab.DISCLAIMER_MAX_WORDS and vocab.disclaimer(line.text):
            line.mark(BOILERPLATE, "disclaimer")
        elif line.words <= vocab.FORM_NOTICE_MAX_WORDS and vocab.FORM_NOTICE.match(line.text):
            line.mark(BOILERPLATE, "form_notice")


# A link's label that sends the reader elsewhere: "See the rating.", "Jump to Review", "View on Amazon", "Learn more".
_LINK_VERB = re.compile(r"^(?:see|view|check|get|start|jump|watch|track|learn|compare|go)\b", re.IGNORECASE)


def _mark_repeated_links(lines: list[Line]) -> None:
    """A short line opening with a link's verb (`_LINK_VERB`) that the text
    as kept says REPEATED_LINK_MIN_COUNT times or more is a link set by each
    item of a list ("See the rating.", "Jump to Review", "Watch review on
    YouTube"): chrome. Said once or twice, it may be a step of the text."""
    links = [ln for ln in lines if ln.label in CONTENT and ln.words <= REPEATED_LINK_MAX_WORDS
             and _LINK_VERB.match(ln.text) and ":" not in ln.text]  # "See it now: Amazon", a field, is as often text
    if len(links) < REPEATED_LINK_MIN_COUNT:
        return
    said = Counter(ln.key for ln in links)
    for line in links:
        if said[line.key] >= REPEATED_LINK_MIN_COUNT:
            line.mark(BOILERPLATE, "repeated_link")


_READ_MORE = frozenset(("read more", "read more:", "read also", "see also"))  # a control under a link


def _mark_read_more_teasers(lines: list[Line]) -> None:
    """A headline set in the text right over a "Read more" control (with its
    teaser between them, if any) is a link to another story set between two
    of the text's lines: chrome, with its teaser. A list of stories, each over
    its own control, has no text right above its headline."""
    for i in range(2, len(lines) - 1):
        if lines[i].label != BOILERPLATE or lines[i].key not in _READ_MORE:
            continue
        top = i - 1
        if lines[top].words <= TEASER_MAX_WORDS and _headline_shaped(lines[top - 1], TEASER_HEADLINE_MAX_WORDS):
            top -= 1  # the teaser under the headline, often cut short ("... have even died due to")
        if _headline_shaped(lines[top], TEASER_HEADLINE_MAX_WORDS) and top > 0 \
                and all(ln.label in CONTENT for ln in lines[top - 1:i]) and lines[i + 1].label in CONTENT:
            for line in lines[top:i]:
                line.mark(BOILERPLATE, "read_more_teaser")


def _mark_credit_fragments(lines: list[Line]) -> None:
    """A fragment of CREDIT_FRAGMENT_MAX_WORDS words or fewer, no sentence
    nor label, set right under a photo credit and apart from what follows it
    (a blank line, or the next picture's credit) is the picture's control
    ("Report", "Embed" under an embedded post's credit): chrome. A line set
    right over the next one labels it ("Best Dishwasher"); one the headings
    took opens a section ("Final Verdict")."""
    for i in range(1, len(lines) - 1):
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        if line.label == PARAGRAPH and line.words <= CREDIT_FRAGMENT_MAX_WORDS and above.rule == "photo_credit" \
                and line.number == above.number + 1 and not is_sentence(line) and not line.text.endswith(":") \
                and (below.number > line.number + 1 or below.rule == "photo_credit") and not below.text[:1].islower():
            line.mark(BOILERPLATE, "credit_fragment")


def _mark_embedded_posts(lines: list[Line]) -> None:
    """A post quoted in the text ends in its attribution ("— Jane Doe
    (@janedoe) November 18, 2019", `vocab.TWEET_ATTRIBUTION`): set right
    under the text, the post (its one line of text, then that line) is text."""
    for i in range(2, len(lines)):
        line = lines[i]
        if line.label in CONTENT or line.words > LINK_LINE_MAX_WORDS or not vocab.TWEET_ATTRIBUTION.match(line.text):
            continue
        post = lines[i - 1]
        if post.label in CONTENT or (lines[i - 2].label in CONTENT and not is_chrome(post) and post.label != META):
            for quoted in (line,) if post.label in CONTENT else (post, line):
                quoted.mark(PARAGRAPH, "embedded_post")


def _mark_line_copies(lines: list[Line]) -> None:
    """A line of LINE_COPY_MIN_WORDS words or more shown again on the very
    next line (a caption, a headline printed twice for two layouts) is shown
    once: the copy goes (the first showing, when only the second heads what
    follows); a text does not say a sentence twice in a row."""
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if line.label in CONTENT and above.label in CONTENT and line.words >= LINE_COPY_MIN_WORDS \
                and line.key == above.key:
            copy = above if line.label == HEADING and above.label != HEADING else line
            copy.mark(BOILERPLATE, "line_copy")


# A phrase quoted in a headline's single quotes: "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'".
_HEADLINE_QUOTE = re.compile(r"(?:^|[\s(])'[^'\s][^']*'(?=[\s:,.!?]|$)")


def _mark_capital_headlines(lines: list[Line]) -> None:
    """A line in capitals set between two lines of the text, shaped as a
    story's headline with a phrase in a headline's single quotes
    (`_HEADLINE_QUOTE`), is a link to another story: chrome. A section's
    heading in capitals rarely quotes."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.label not in CONTENT or not line.text.isupper() or "'" not in line.text \
                or not _headline_shaped(line, TEASER_HEADLINE_MAX_WORDS) or not _HEADLINE_QUOTE.search(line.text):
            continue
        if lines[i - 1].label in CONTENT and lines[i + 1].label in CONTENT:
            line.mark(BOILERPLATE, "capital_headline")


# An author's bio opening with the name and a handle or address, then what the author does: "Jane Doe (@janedoe)
# is a reporter at ...", "... writes about ..." (not "Elon Musk (@elonmusk) is the richest man ...").
_CONTACT_BIO = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} \([^()]*@[^()]*\),? (?:(?:writes|covers)\b"
                          r"|(?:is|was) (?:an? |the )?(?:[\w-]+ ){0,3}(?:reporter|writer|editor|correspondent|columnist"
                          r"|contributor|journalist|producer|critic|author|blogger)s?\b)")


# An embedded post's frame: "View this post on Instagram" over the post, "A post shared by Jane (@jane) on
# Nov 19, 2019 at 11:02am PST" under it (a line of EMBED_CLOSING_MAX_WORDS or fewer, no sentence: a sentence that
# opens so is news about the post).
_EMBED_OPENING = re.compile(r"^view\s+this\s+(?:post|profile|video)\s+on\s+(?:instagram|facebook|tiktok|twitter|x)$",
                            re.IGNORECASE)
_EMBED_CLOSING = re.compile(r"^an?\s+(?:post|video|photo)\s+shared\s+by\s.{1,80}\(@[\w.]{1,30}\)", re.IGNORECASE)
EMBED_CLOSING_MAX_WORDS = 18


def _mark_embed_chrome(lines: list[Line]) -> None:
    """An embedded post's frame ("View this post on Instagram", "A post shared by Jane (@jane) on ...") is chrome,
    and so is the post's own text: the one text line between the two."""
    for i, line in enumerate(lines):
        if line.label not in CONTENT:
            continue
        if _EMBED_OPENING.match(line.text):
            line.mark(BOILERPLATE, "embed_chrome")
        elif line.words <= EMBED_CLOSING_MAX_WORDS and not line.text.endswith(".") and _EMBED_CLOSING.match(line.text):
            line.mark(BOILERPLATE, "embed_chrome")
            if i >= 2 and _EMBED_OPENING.match(lines[i - 2].text) and lines[i - 1].label in CONTENT:
                lines[i - 1].mark(BOILERPLATE, "embed_chrome")


# A promotion left in the text: "Forwarded this email? Sign up here.", "This episode is sponsored by GreenRow Seeds.
# Use code SOIL15 for 15% off." (a line of PROMO_MAX_WORDS or fewer: a longer one reports on a sponsor).
_PROMO_LINE = re.compile(r"(?:^|[.?!]\s+)sign\s+up\s+here\s*[.!]*$"
                         r"|^this\s+(?:episode|post|newsletter|podcast|video)\s+is\s+(?:brought\s+to\s+you|sponsored)\s+by\b",
                         re.IGNORECASE)
PROMO_MAX_WORDS = 16


def _mark_promo_lines(lines: list[Line]) -> None:
    """A short promotion among the text's lines (`_PROMO_LINE`) is chrome. Read once the run is set: the
    run's scores take it in with the text around it."""
    for line in lines:
        if line.label in CONTENT and line.words <= PROMO_MAX_WORDS and _PROMO_LINE.search(line.text):
            line.mark(BOILERPLATE, "promo_line")


# A customer's signature under a testimonial: a first name (maybe a first initial) and the initials of the rest
# ("Mallory R.", "A. Rae V. B.", "— Dawn H."): a reporter's source is named in full.
_SIGNED_INITIALS = re.compile(r"(?:[-–—~]\s*)?(?:[A-Z]\.\s?)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:[A-Z]\.\s?){1,2}")


def _mark_testimonials(lines: list[Line]) -> None:
    """A box of testimonials: TESTIMONIAL_MIN_PAIRS quotes or more in a row (sentences the text would keep), each
    signed on the line under it by a customer's first name and initials (`_SIGNED_INITIALS`), is chrome
    (testimonial), the quotes and their signatures; not when a paragraph of the text goes on under fewer than
    TESTIMONIAL_WALL_MIN_PAIRS of them (a story's vox pop: "Maria G.", "Tom R.", "Aisha K.")."""
    names = {ln.index for ln in lines if ln.words <= TESTIMONIAL_NAME_MAX_WORDS and ln.text.endswith(".")
             and _SIGNED_INITIALS.fullmatch(ln.text) is not None}  # (every signature ends in an initial's stop)
    if len(names) < TESTIMONIAL_MIN_PAIRS:
        return

    def signed(k: int) -> bool:
        quote = lines[k]
        return k + 1 in names and quote.label in ("", *CONTENT) and quote.words >= EXTEND_MIN_WORDS
    k = 0
    while k + 1 < len(lines):
        j = k
        while j + 1 < len(lines) and signed(j):
            j += 2
        pairs = (j - k) // 2
        goes_on = j < len(lines) and lines[j].label in CONTENT and lines[j].words >= features.LONG_LINE_WORDS
        if pairs >= TESTIMONIAL_MIN_PAIRS and (pairs >= TESTIMONIAL_WALL_MIN_PAIRS or not goes_on):
            for line in lines[k:j]:
                line.mark(BOILERPLATE, "testimonial")
        k = max(j, k + 1)


def _mark_contact_bios(lines: list[Line]) -> None:
    """A paragraph of CONTACT_BIO_MAX_WORDS words or fewer that opens with a
    name and its handle or address in brackets, then says who that is
    (`_CONTACT_BIO`), is the author's bio: chrome."""
    for line in lines:
        if line.label in CONTENT and line.words <= CONTACT_BIO_MAX_WORDS and "@" in line.text \
                and _CONTACT_BIO.match(line.text):
            line.mark(BOILERPLATE, "contact_bio")


def _mark_announced_items(lines: list[Line]) -> None:
    """Within the main run, the lines set close under a sentence of its text
    that announces them (`_announcing_sentence`: "Discounts offered by Mayzlin
    include:"), no code, the first at most INTRO_MAX_GAP line numbers under it, the
    others line after line or, phrases (`_spaced_item`), one a paragraph,
    are the list it announces: text, though each
    scores low (a list's short items: "Military", "Seniors"); up to a line
    a rule or the outside of the run took."""
    for i, above in enumerate(lines[:-1]):
        if above.label not in CONTENT or not _announcing_sentence(above):
            continue
        j = i + 1
        while j < len(lines) and _low_in_run(lines[j]) and not lines[j].code \
                and lines[j].number - lines[j - 1].number <= (INTRO_MAX_GAP if j == i + 1 or _spaced_item(lines[j])
                                                              else 1):
            lines[j].mark(PARAGRAPH, "announced_item" + lines[j].rule.removeprefix(MODEL_RULE.rstrip(":")))
            j += 1


def _mark_list_rest(lines: list[Line]) -> None:
    """A block of LIST_REST_MIN_LINES or more lines set line after line (no
    blank line between) within the main run, of which LIST_REST_MIN_SHARE or
    more are its text, no code: the others, that their scores alone left
    out, are items of the same list."""
    for i, j in _close_set_blocks(lines):
        if j - i < LIST_REST_MIN_LINES:  # a block too short (most lines: a blank line follows)
            continue
        block = lines[i:j]
        kept = sum(ln.label == PARAGRAPH for ln in block)
        low = [ln for ln in block if _low_in_run(ln)]
        if low and kept + len(low) == len(block) \
                and kept >= LIST_REST_MIN_SHARE * len(block) and not any(ln.code for ln in block):
            for line in low:
                line.mark(PARAGRAPH, "list_rest" + line.rule.removeprefix(MODEL_RULE.rstrip(":")))


def _close_set_blocks(lines: list[Line], start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The blocks of lines set line after line (no blank line between) among lines `start` to `end` (the whole
    page by default), as (first, past the last)."""
    end = len(lines) if end is None else end
    i = start
    while i < end:
        j = i + 1
        while j < end and _set_close(lines, j - 1):
            j += 1
        yield i, j
        i = j


def _spaced_item(line: Line) -> bool:
    """A line that may be an item of a list set one item a paragraph: a
    phrase of SPACED_ITEM_MAX_WORDS or fewer words, no sentence."""
    return line.words <= SPACED_ITEM_MAX_WORDS and not is_sentence(line)


def _low_in_run(line: Line) -> bool:
    """A line of the main run its score alone left out (`_mark_by_score`)."""
    return line.label == BOILERPLATE and line.rule.startswith(MODEL_RULE) and not line.rule.endswith(",outside_run")


def _mark_announced_lists(lines: list[Line]) -> None:
    """A run of short lines taken for a menu (`_mark_link_lists`) right under
    a line of the text that announces it ("The metadata layer includes:") is
    the list it announces: its items are text; and so is one set between two
    lines of the text, right under a long paragraph (LIST_INTRO_MIN_WORDS: a
    menu stands under a heading or a short line, a list in a text's flow) or
    with no blank line above it nor below it, over a sentence (the items of
    one list with the text's own)."""
    i = 0
    while i < len(lines):
        if lines[i].rule != "menu_run" or i == 0 or lines[i - 1].label not in CONTENT:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].rule == "menu_run":
            j += 1
        above = lines[i - 1]
        below_text = j < len(lines) and lines[j].label in CONTENT
        tight = below_text and above.number + 1 == lines[i].number and lines[j - 1].number + 1 == lines[j].number \
            and is_sentence(lines[j])
        if above.text.endswith(":") or (below_text and (above.words >= LIST_INTRO_MIN_WORDS or tight)):
            for item in lines[i:j]:
                item.mark(PARAGRAPH, "announced_list")
        i = j


def _mark_link_copies(lines: list[Line], top: int, end: int) -> None:
    """Headlines inside the run, two or more in a row, that the page also
    shows above the article or after it are links to other stories
    ("Trending" inserts). A section heading listed again in a table of
    contents stands alone, with its text under it."""
    outside = {ln.key for ln in lines[:top]} | {ln.key for ln in lines[end:]}
    copies = {i for i in range(top, end)
              if not lines[i].label and lines[i].key in outside and _headline_shaped(lines[i])}
    for i in sorted(copies):
        if i - 1 in copies or i + 1 in copies:
            lines[i].mark(BOILERPLATE, "link_copy")


def _skip_headline_list(lines: list[Line], start: int, end: int) -> int:
    """A list of headlines where the run starts (a playlist, "more stories"),
    line after line with no blank between, with more of them above it and
    prose after it: chrome."""
    j = start
    while j < end and not lines[j].label and _headline_shaped(lines[j]) \
            and (j == start or lines[j].number == lines[j - 1].number + 1):
        j += 1
    items = lines[start:j]
    if (len(items) < HEADLINE_LIST_MIN_ITEMS or start == 0 or not _headline_shaped(lines[start - 1])
            or 2 * sum(any(c.isdigit() for c in ln.text) for ln in items) > len(items)  # a table, a schedule
            or sum(ln.words for ln in lines[j:end] if is_sentence(ln)) < HEADLINE_LIST_MIN_PROSE):
        return start
    for line in items:
        line.mark(BOILERPLATE, "headline_list")
    return j


def _headline_shaped(line: Line, max_words: int = HEADLINE_MAX_WORDS) -> bool:
    """A line shaped as a headline: a capital first, no sentence, HEADLINE_MIN_WORDS to `max_words` words."""
    return (HEADLINE_MIN_WORDS <= line.words <= max_words and line.text[:1].isalpha()
            and not line.text[:1].islower() and not is_sentence(line) and not line.text.endswith((":", ",", ";")))


def _list_start(lines: list[Line], start: int) -> int:
    """When the run starts inside a list whose items open alike ("4a etapa:",
    "5a etapa:"), it takes in the items above it too."""
    shape = _item_shape(lines[start].text) if start < len(lines) else None
    while shape and start > 0 and not lines[start - 1].label and _item_shape(lines[start - 1].text) == shape:
        start -= 1
    return start


def _item_shape(text: str) -> str | None:
    """A list item's opening, numbers blanked ("4a etapa: 06 de maio" -> "# etapa:"),
    when it opens with a number and a label."""
    head, colon, _ = text.partition(":")
    words = head.split()
    if not colon or not head[:1].isdigit() or len(words) > ITEM_LABEL_MAX_WORDS:
        return None
    return " ".join("#" if w[0].isdigit() else w.casefold() for w in words) + ":"


def _cut_at_comment_thread(lines: list[Line], start: int, end: int) -> int:
    """The run ends where a comment thread starts; the thread is chrome to the end of the page."""
    thread = regions.comment_thread_start(lines, start, end)
    if thread is None:
        return end
    for line in lines[thread:]:
        if not line.label:
            line.mark(BOILERPLATE, "comment_thread")
    return thread


def _lead_paragraph(lines: list[Line], probs: list[float], start: int,
                    title: Line | None) -> tuple[frozenset[int], int | None] | None:
    """The text's first paragraph when the main run starts just after it: a
    well-formed paragraph under the headline, with only metadata, page
    chrome, a short caption or the text's first section heading (right
    where the run starts) between them (the position features score the
    first lines after a headline low: standfirsts are not text). The
    paragraph may stand over the text's table of contents (`contents.contents_lines`, with the lines set close
    to its entries and its label, `vocab.nav_label`). The paragraph, and that heading if any."""
    if title is None or start <= title.index + 1:
        return None
    heading = None
    listed: set[int] | None = None  # the page's table of contents, read when first needed
    i = start
    while (i := i - 1) > title.index:
        line = lines[i]
        if line.label:
            continue
        if vocab.pitch(line.text, line.words):  # a product's pitch over the text: no lead
            continue
        if line.words >= features.LONG_LINE_WORDS and (_carries_on(line, probs[i]) or probs[i] >= LEAD_MIN_P) \
                and sum(ln.key == line.key for ln in lines) == 1:  # a caption the page repeats is no lead
            return _leads(lines, probs, i, title.index), heading
        if vocab.nav_label(line.text):
            continue
        if listed is None:
            listed = contents.contents_lines(lines)
        if i in listed:  # the table of contents between the text's first paragraph and its first section
            while i - 1 > title.index and _set_close(lines, i - 1):
                i -= 1
            continue
        if heading is None and i == start - 1 and _section_heading_shape(line):
            heading = i
            continue
        if line.words > MENU_ITEM_MAX_WORDS or is_sentence(line):
            return None
    return None


def _leads(lines: list[Line], probs: list[float], lead: int, title: int) -> frozenset[int]:
    """`lead` and the paragraphs above it that open the text with it: each
    long, well-formed and scoring LEAD_MIN_P, with only lines a rule took between."""
    found = {lead}
    for i in range(lead - 1, title, -1):
        line = lines[i]
        if line.label:
            continue
        if line.words >= features.LONG_LINE_WORDS and _carries_on(line, probs[i]) and probs[i] >= LEAD_MIN_P \
                and not vocab.pitch(line.text, line.words):
            found.add(i)
            continue
        break
    return frozenset(found)


_MORE_LABEL = re.compile(r"more\s*[:：]", re.IGNORECASE)  # "More:" alone over links ("More: <headline>" is a link line)


def _mark_tight_inserts(lines: list[Line], start: int, end: int) -> None:
    """On a page that sets its paragraphs apart with blank lines, or whose run
    holds no blank line at all (then the block stands under a line a rule took
    or a paragraph of PACKED_BOUND_MIN_WORDS or more), a "Most
    read", "Related", "See also" or bare "More:" line inside the run, with links set close
    around it (no blank between, no sentence), is an insert: the text goes
    on after it. So is such a line set close above the run's start, with the
    links it heads running into the run (`_close_above`); there a headline
    may be a short sentence or two (up to HEADLINE_MAX_WORDS). The block takes no item of the text's own list
    around it (`_text_item`)."""
    spaced = [lines[i + 1].number - lines[i].number > 1 for i in range(start, end - 1)]
    after_paragraphs = [gap for i, gap in enumerate(spaced, start) if lines[i].words >= features.LONG_LINE_WORDS]
    packed = not any(spaced)
    if not after_paragraphs or (not packed and sum(after_paragraphs) < SPACED_PAGE_MIN_SHARE * len(after_paragraphs)):
        return
    top = _close_above(lines, start)
    spaced = [lines[i + 1].number - lines[i].number > 1 for i in range(top, end - 1)]
    for i in range(top, end):
        if not ((_end_marker(lines[i]) and not _final_marker(lines[i])) or vocab.related_lead(lines[i].text)
                or _MORE_LABEL.fullmatch(lines[i].text)):
            continue
        first, last = i, i
        while first > top and not spaced[first - 1 - top] and not _full_sentence(lines[first - 1]) \
                and not _text_item(lines[first - 1]):
            first -= 1
        in_list = first > 0 and _text_item(lines[first - 1])  # set in the text's list, that goes on after it
        while last + 1 < end and not spaced[last - top] and (not _full_sentence(lines[last + 1]) or (
                i < start and lines[last + 1].words <= HEADLINE_MAX_WORDS)) \
                and not (in_list and _text_item(lines[last + 1])):
            last += 1
        if packed and first > 0 and not (lines[first - 1].label or lines[first - 1].words >= PACKED_BOUND_MIN_WORDS):
            continue  # a list's items under a short line of the text, as often
        if last - first + 1 >= INSERT_BLOCK_MIN_LINES and last >= start:
            for line in lines[first:last + 1]:
                if not line.label:
                    line.mark(BOILERPLATE, "insert_block")


def _mark_headline_blocks(lines: list[Line], start: int, end: int) -> None:
    """On a page that sets its paragraphs apart with blank lines, a block set apart inside the run, between two long
    paragraphs no rule took, of a short header that states nothing (HEADLINE_BLOCK_HEADER_MAX_WORDS or fewer, no
    lead-in to a list: "Keep exploring", "Other stories", in any language) over MID_INSERT_MIN_ITEMS to
    MID_INSERT_MAX_ITEMS headlines set close (HEADLINE_MIN_WORDS to HEADLINE_MAX_WORDS words, none opening in lower
    case, HEADLINE_MIN_WORDS words of letters or more, at most one ending in a full stop; a question last heads the
    text's next section) that share fewer words than they are with the text around
    (HEADLINE_BLOCK_AROUND_LINES lines each side, `_content_words`), is an insert: other stories' headlines
    (headline_block). The header ends in no colon nor full stop, the paragraph above in no colon: no list of the
    text's own. A block `_mark_tight_inserts` took in part (insert_block) takes the rest of its headlines."""
    spaced = [lines[i + 1].number - lines[i].number > 1 for i in range(start, end - 1)]
    after_paragraphs = [gap for i, gap in enumerate(spaced, start) if lines[i].words >= features.LONG_LINE_WORDS]
    if not after_paragraphs or sum(after_paragraphs) < SPACED_PAGE_MIN_SHARE * len(after_paragraphs):
        return
    i = start + 1
    while i < end - 1:
        j = i + 1
        while j < end and lines[j].number - lines[j - 1].number == 1:
            j += 1
        last = j - 1 if lines[j - 1].text.rstrip().endswith("?") else j  # a question heads the text's next section
        if lines[i].number - lines[i - 1].number > 1 and j < end and _headline_block(lines, i, last, j):
            for line in lines[i:last]:
                if not line.label:
                    line.mark(BOILERPLATE, "headline_block")
        i = j


def _headline_block(lines: list[Line], i: int, j: int, after: int) -> bool:
    """Lines `i` to `j` are a header over other stories' headlines, set close, apart from the lines around, between
    two long paragraphs (the one above announcing no list), the one below at `after` (`_mark_headline_blocks`)."""
    if not MID_INSERT_MIN_ITEMS <= j - i - 1 <= MID_INSERT_MAX_ITEMS or not (_long_text(lines[i - 1])
                                                                              and _long_text(lines[after])) \
            or lines[i - 1].text.rstrip().endswith(":"):
        return False
    head, items = lines[i], lines[i + 1:j]
    if not _open_or_inserted(head) or head.words > HEADLINE_BLOCK_HEADER_MAX_WORDS or is_sentence(head) or head.code \
            or head.text.rstrip().endswith((":", ".")) or _text_item(head):
        return False
    if not all(_open_or_inserted(ln) and ln.words <= HEADLINE_MAX_WORDS and not ln.code and not ln.text[:1].islower()
               and sum(any(map(str.isalpha, w)) for w in ln.text.split()) >= HEADLINE_MIN_WORDS for ln in items) \
            or sum(ln.text.rstrip().endswith(".") for ln in items) > 1 or all(ln.label for ln in lines[i:j]):
        return False
    around = [ln for ln in lines[max(0, i - HEADLINE_BLOCK_AROUND_LINES):i]
              + lines[after:after + HEADLINE_BLOCK_AROUND_LINES] if not ln.label]
    return len(_content_words(around) & _content_words(items)) < len(items)


def _open_or_inserted(line: Line) -> bool:
    """No rule took the line, or `_mark_tight_inserts` took it as a block set in the text."""
    return not line.label or line.rule == "insert_block"


def _long_text(line: Line) -> bool:
    """A long paragraph no rule took."""
    return not line.label and line.words >= features.LONG_LINE_WORDS


def _text_item(line: Line) -> bool:
    """An item of the text's own list, no headline: it opens in lower case ("sugar in any form") or with a
    numbered label ("4a etapa: 06 de maio")."""
    return line.text[:1].islower() or _item_shape(line.text) is not None


def _close_above(lines: list[Line], start: int) -> int:
    """The first of the lines set close (no blank between) right above the
    run's start, none of them a full sentence, up to INSERT_LOOKBACK_LINES."""
    top = start
    while top > 0 and start - top < INSERT_LOOKBACK_LINES and lines[top].number - lines[top - 1].number == 1 \
            and not _full_sentence(lines[top - 1]):
        top -= 1
    return top


_WORD = re.compile(r"\w+")
_NUMBERED_LABEL = re.compile(r"^\w+\s+#?\d{1,3}\s*[:.)–-]\s")  # "Trend 5: ...", "Chapter 3. ...": a section's heading


def _insert_header(line: Line) -> bool:
    """A line that heads a block set in a text: "Related", "You may also like", "Read more", "More:" (an end
    marker that only ends articles, "Tags", "Comments", never), or a bid to sign up ("Sign up for our newsletter")."""
    if line.words > END_MARKER_MAX_WORDS:
        return False
    return (line.marker and not _final_marker(line)) or vocab.related_lead(line.text) \
        or bool(_MORE_LABEL.fullmatch(line.text)) or line.text.strip().lower() in _READ_MORE or line.call_to_action


def _content_words(lines: list[Line]) -> set[str]:
    """The words of `lines` (lower case) of MID_INSERT_WORD_MIN_CHARS or more characters."""
    return {w for ln in lines for w in _WORD.findall(ln.text.lower()) if len(w) >= MID_INSERT_WORD_MIN_CHARS}


def _mid_insert(lines: list[Line], probs: list[float], i: int, end: int = 0) -> int:
    """Where the text resumes after a block set in it at line `i` (`_insert_items`): MID_INSERT_RESUME_LINES
    long paragraphs in a row (`_resumes_text`; one when it stands in the run, before `end`), each scoring
    MID_INSERT_RESUME_MIN_P, whose MID_INSERT_RESUME_LINES lines share MID_INSERT_SHARED_WORDS words with the
    text above the block (its MID_INSERT_ABOVE_LINES lines no rule took): the page goes on with its own text,
    not with the teasers a "Related" line mostly heads. A block that ends in a note that the text continues
    ("Continua após a publicidade", `vocab.continues_note`) needs one such paragraph, whatever it scores and
    says. The block's last line, numbered or asking, heads that text. `i` when it does not."""
    j = _insert_items(lines, i)
    noted = j > i and vocab.continues_note(lines[j - 1].text)  # the block ends saying the text goes on under it
    count = 1 if j < end or noted else MID_INSERT_RESUME_LINES
    resume = lines[j:j + MID_INSERT_RESUME_LINES]
    min_p = 0.0 if noted else MID_INSERT_RESUME_MIN_P
    if j == i or len(resume) < count or not all(
            _resumes_text(ln, p, min_p) for ln, p in zip(resume[:count], probs[j:], strict=False)):
        return i
    above = _content_words([ln for ln in lines[max(0, i - MID_INSERT_ABOVE_LINES):i] if not ln.label])
    if not noted and len(above & _content_words([ln for ln in resume if not ln.label])) < MID_INSERT_SHARED_WORDS:
        return i
    last = lines[j - 1]
    if not last.label and (_series_number(last.text) is not None or _NUMBERED_LABEL.match(last.text)
                           or last.text.endswith("?")):
        # the text's next section's heading ("9. Google Data Studio", "Trend 5: ..."), a question over its answer
        items_left = j - 1 - (i + 1)  # the block's lines under its header, less that heading
        return j - 1 if items_left >= MID_INSERT_MIN_ITEMS else i
    return j


def _insert_items(lines: list[Line], i: int) -> int:
    """The end of a block set in a text at line `i`: a header (`_insert_header`), MID_INSERT_MIN_ITEMS to
    MID_INSERT_MAX_ITEMS short lines under it (headlines, an email field, a button: lines a rule took as chrome,
    or lines of HEADLINE_MAX_WORDS or fewer that state nothing). `i` when there is none."""
    if not _insert_header(lines[i]):
        return i
    j = i + 1
    while j < len(lines) and j - i <= MID_INSERT_MAX_ITEMS and (
            lines[j].label == BOILERPLATE or (not lines[j].label and lines[j].words <= HEADLINE_MAX_WORDS
                                               and not is_statement(lines[j]) and not lines[j].code)):
        j += 1
    return j if j - i - 1 >= MID_INSERT_MIN_ITEMS else i


def _resumes_text(line: Line, p: float, min_p: float = MID_INSERT_RESUME_MIN_P) -> bool:
    """A long paragraph no rule took, a sentence or a line announcing a list, scoring `min_p`."""
    return not line.label and line.words >= features.LONG_LINE_WORDS and p >= min_p \
        and (is_sentence(line) or line.text.endswith(":"))


def _mark_mid_insert(lines: list[Line], i: int, j: int) -> None:
    """Lines `i` to `j` are a block set in the text (`_mid_insert`): chrome."""
    for line in lines[i:j]:
        if line.label != BOILERPLATE or line.rule == "end_marker":
            line.mark(BOILERPLATE, "mid_insert")


def _cut_at_end_marker(lines: list[Line], start: int, end: int, probs: list[float] | None = None) -> int:
    """The run ends at a "Related" line once most of its text is behind it,
    at a "Comments" or "Tags" line once some of it is: the rest of the page
    after such a final marker is chrome. Given the scores `probs`, a block set
    in the text that the text goes on after (`_mid_insert`) ends nothing, nor
    does a line of a sign-up form's block (its header, "Join the conversation")."""
    total = sum(ln.words for ln in lines[start:end] if not ln.label)
    seen = 0
    resume = start
    for i in range(start, end):
        line = lines[i]
        if line.rule in ("insert_block", SIGNUP_RULE) or i < resume:  # a sign-up form's header ends nothing
            continue
        if probs is not None and (resume := _mid_insert(lines, probs, i, end)) > i:
            _mark_mid_insert(lines, i, resume)
            continue
        marker = _end_marker(line)
        final = marker and _final_marker(line)
        if marker and seen >= total * (FINAL_MARKER_MIN_SHARE if final else END_MARKER_MIN_SHARE):
            line.mark(BOILERPLATE, "end_marker")
            for after in lines[i + 1:] if final else ():
                if not after.label:
                    after.mark(BOILERPLATE, "after_final_marker")
            return i
        if not line.label:
            seen += line.words
    return end


def _cut_at_author_box(lines: list[Line], start: int, end: int) -> int:
    """An author box in the run ("Jane Doe" / "Jane Doe is a writer who
    covers ...", `byline.is_author_box`) once AUTHOR_BOX_MIN_SHARE of its
    words are behind it is the author's bio, however well it scores: its
    name, role and the sentences of its bio go; the text may go on after it
    (a FAQ under a heading). The run's end, or the box's start when the box
    closes it."""
    total = sum(ln.words for ln in lines[start:end] if not ln.label)
    texts: list[str] | None = None  # made when first needed: most runs hold no name line
    seen = 0
    i = start
    while i < end:
        line = lines[i]
        if line.rule in ("", "insert_in_text") and line.words <= AUTHOR_BOX_NAME_MAX_WORDS \
                and seen >= total * AUTHOR_BOX_MIN_SHARE:  # a name the run carried on over, as over an insert
            texts = texts or [ln.text for ln in lines]
            if is_author_box(texts, i):
                j = i + 3 if is_author_role(texts[i + 1]) else i + 2  # past the name, its role and the bio
                while j < end and not lines[j].label and is_sentence(lines[j]):
                    j += 1
                for box in lines[i:j]:
                    if box.rule in ("", "insert_in_text"):
                        box.mark(BOILERPLATE, "author_box")
                if j >= end:
                    return i
                i = j
                continue
        if not line.label:
            seen += line.words
        i += 1
    return end


# An author greeting the reader in their bio ("Hi, I'm Chris!", "Hey, I’m Jessica! Welcome to ...").
_AUTHOR_GREETING = re.compile(r"(?:hi|hey|hello)\b[\s,!.]*(?:there\b[\s,!.]*)?(?:i['’]m|i\s+am|my\s+name\s+is)\s+\w",
                              re.IGNORECASE)


def _mark_author_greetings(lines: list[Line], start: int, end: int) -> None:
    """An author's greeting ("Hi, I'm Chris!") once FINAL_MARKER_MIN_SHARE of
    the run's words are behind it is their bio, not the text (a text may open
    with one: "Hi, I'm Daniel. I'm a high school senior ...")."""
    total = sum(ln.words for ln in lines[start:end] if not ln.label)
    seen = 0
    for line in lines[start:]:
        if not line.label and seen >= total * FINAL_MARKER_MIN_SHARE and _AUTHOR_GREETING.match(line.text):
            line.mark(BOILERPLATE, "author_greeting")
        elif not line.label:
            seen += line.words


def _close_after_final_marker(lines: list[Line], end: int) -> None:
    """After the run, a line that only closes articles ("Show Comments",
    "Tags") ends the text for good, whatever rule took it: the lines after it
    are chrome, however well they score (teasers of other stories)."""
    for i in range(end, len(lines)):
        if _end_marker(lines[i]) and _final_marker(lines[i]):
            for after in lines[i + 1:]:
                if not after.label:
                    after.mark(BOILERPLATE, "after_final_marker")
            return


def _take_later_runs(lines: list[Line], probs: list[float], start: int, end: int) -> None:
    """The article's later sections past a stretch that breaks the main run
    (a code block, a table, a list a rule took for a menu): a run of text
    starting within LATER_RUN_MAX_GAP lines after the run's end, worth
    LATER_RUN_MIN_SHARE of the main run, holding a section's heading over a
    sentence, with only lines a text may hold between (`_within_text`), is
    text too; its lines are read as the run's (`INSIDE_MIN_P`), the lines
    between that no rule took are text (a table's cells, a code block), and
    it carries on as the main run does (`_extend_and_carry`, `_continue_blocks`)."""
    fixed = [(-CHROME_RUN_PENALTY if ln.label == BOILERPLATE and not _gallery_credit(lines, ln) else 0.0)
             if ln.label else None for ln in lines]
    gains = regions.run_gains(probs, [ln.words for ln in lines], RUN_PIVOT_P, fixed)
    main = sum(gains[start:end])
    probe = end
    while (later := regions.later_run(gains, end, LATER_RUN_MAX_GAP, LATER_RUN_MAX_BREAK, probe)) is not None:
        first, last, worth = later
        if first > end and _heads_section(lines, probs, first - 1):
            first -= 1  # its heading, scored low on a short line
        past_code = probe > end and sum(ln.code for ln in lines[end:first]) >= code.CODE_BLOCK_MIN_LINES
        if not all(_within_text(ln) for ln in lines[end:first]) or past_code:
            return  # past a slight stretch, a code block: as often left out of the text as in it
        if worth < LATER_RUN_MIN_SHARE * main or not any(_heads_section(lines, probs, i) for i in range(first, last)):
            probe = last  # a stretch too slight to be a section: a later one may be
            continue
        for i in range(end, first):
            if not lines[i].label:
                lines[i].mark(PARAGRAPH, f"later_gap:p={probs[i]:.2f}")
        for i in range(first, last):
            if not lines[i].label:
                kept = probs[i] >= INSIDE_MIN_P
                lines[i].mark(PARAGRAPH if kept else BOILERPLATE, f"later_run:p={probs[i]:.2f}")
        end = probe = _continue_blocks(lines, probs, start, _extend_and_carry(lines, probs, last))
        for i in range(last, end):
            if not lines[i].label:
                lines[i].mark(PARAGRAPH, f"later_extension:p={probs[i]:.2f}")


def _within_text(line: Line) -> bool:
    """A line that may stand between two sections of a text: one no rule took
    (a table's cell, a code line) but an end marker, a caption or credit, an
    item of a list read as a menu; never a control, a notice, a promotion."""
    return not _end_marker(line) and (not line.label or line.label == CAPTION or line.rule in _IN_TEXT_CHROME)


def _heads_section(lines: list[Line], probs: list[float], i: int) -> bool:
    """Line `i` reads as a section's heading: short, no sentence, no rule's,
    right over a sentence that could carry a run on."""
    line = lines[i]
    return (i + 1 < len(lines) and not line.label and line.words <= EXTEND_HEADING_MAX_WORDS and not is_sentence(line)
            and not line.text.endswith((",", ";", ":")) and not _end_marker(line)
            and _carries_on(lines[i + 1], probs[i + 1]))


def _continue_blocks(lines: list[Line], probs: list[float], start: int, end: int) -> int:
    """Carry the run's end on over the blocks past it that its own lines
    call for (an announced block, a listing's next entries, program code,
    labelled entries) and, past each such block, over the prose and lists
    after it (`_extend_and_carry`): the text goes on after the list it
    announced, block after block."""
    while True:
        blocks = _over_code(lines, probs, start, _continue_fields(lines, start, _introduced_block(lines, end)))
        blocks = _continue_labels(lines, probs, start, blocks)
        if blocks == end:
            return end
        end = _extend_and_carry(lines, probs, blocks)


def _extend_and_carry(lines: list[Line], probs: list[float], end: int) -> int:
    """Carry the run's end on over the prose after it (`_extend_run`) and
    over a list or table past it (`_carry_run`), in turn, for as long as
    either goes further: a text goes on after its list."""
    end = _extend_run(lines, probs, end)
    while (carried := _carry_run(lines, probs, end, 1)) > end:
        end = _extend_run(lines, probs, carried)
    return end


def _extend_run(lines: list[Line], probs: list[float], end: int) -> int:
    """Carry the main run on over the prose that follows it (the last
    paragraphs score low: pages end in boilerplate), over a closing note
    in brackets ("(With inputs from agencies)"), and over a block set in the
    text that the text goes on after (`_mid_insert`)."""
    while end < len(lines):
        line = lines[end]
        if (resumed := _mid_insert(lines, probs, end)) > end:
            _mark_mid_insert(lines, end, resumed)
            heading = not _resumes_text(lines[resumed], probs[resumed])
            end = resumed + 1 if heading else resumed  # over the heading of the text it resumes with
            continue
        if _end_marker(line):
            line.mark(BOILERPLATE, "end_marker")
            break
        closing = _closing_sections(lines, probs, end)
        if closing > end:
            end = closing
            continue
        detailed = max(_details_blocks(lines, probs, end), _across_field_box(lines, probs, end))
        if detailed > end:
            end = detailed
            continue
        listed = _closing_list(lines, end)
        if listed > end:
            for item in lines[end + 1:listed]:
                item.mark(PARAGRAPH, "closing_list_item")
            end = listed
            continue
        resumed = _after_insert(lines, probs, end)
        if resumed > end:
            heading = _heading_over(lines[resumed - 1]) and (
                probs[resumed] >= HEADED_RESUME_MIN_P or resumed - 1 == end
                or (lines[resumed - 1].text.endswith("?") and all(_ad_line(ln) for ln in lines[end:resumed - 1])))
            for skipped in lines[end:resumed - 1] if heading else lines[end:resumed]:
                if not skipped.label:
                    skipped.mark(BOILERPLATE, "insert_in_text")
            end = resumed
            if lines[end].words < features.LONG_LINE_WORDS:  # a short paragraph the one under it carries on
                lines[end].mark(PARAGRAPH, f"short_resume:p={probs[end]:.2f}")
                end += 1
            continue
        if line.label or not (_carries_on(line, probs[end]) or _closing_note(line) or _announces(line, probs[end])
                              or _separates(lines, probs, end)):
            if _headed_section(lines, probs, end):
                lines[end + 1].mark(PARAGRAPH, f"headed_section:p={probs[end + 1]:.2f}")
                end += 2
                continue
            break
        end += 1
    return end


# A line that only separates parts of a text: "___", "* * *", "---", "• • •".
_SEPARATOR = re.compile(r"[_*\-=~•]{3,}|(?:[*•]\s+){2,}[*•]")


def _separates(lines: list[Line], probs: list[float], i: int) -> bool:
    """Line `i` is a separator (`_SEPARATOR`) over prose the run takes in or a closing note (a wire story's
    "___" over "Associated Press writer ... contributed to this report."): a break within the text, which the
    text keeps, not its end. (A heading under it, over the text resumed, is read as after any insert.)"""
    if i + 1 >= len(lines) or not _SEPARATOR.fullmatch(lines[i].text):
        return False
    after = lines[i + 1]
    return not after.label and not _heading_over(after) and (_carries_on(after, probs[i + 1]) or _closing_note(after))


def _headed_section(lines: list[Line], probs: list[float], i: int) -> bool:
    """A short heading right after the run (`_heading_over`: "Conclusion",
    "Other approaches") over SECTION_MIN_PARAGRAPHS well-formed paragraphs
    in a row, the first a long line, the heading set apart by a blank line above
    (not a list's last item) and heading no box (`_box_heading`: a promotion, an author's bio): the text's
    last section, scored low as a page's last lines are. `_extend_run` marks its first paragraph (headed_section)."""
    if i + SECTION_MIN_PARAGRAPHS >= len(lines) or i == 0 or lines[i].number - lines[i - 1].number < 2 \
            or not _heading_over(lines[i]) or _box_heading(lines[i], lines[i + 1]) \
            or (lines[i + 1].words < features.LONG_LINE_WORDS
                and (lines[i + 1].words < SERIES_MIN_WORDS
                     or not (_section_series(lines, i) or _short_last_section(lines, i)))):
        return False
    return all(_carries_on(lines[k], probs[k]) for k in range(i + 1, i + 1 + SECTION_MIN_PARAGRAPHS))


_STATEMENT_END = re.compile(r"[.。](?=\s+\S|$)")  # where a statement ends in a line


def _short_last_section(lines: list[Line], i: int) -> bool:
    """The short heading at line `i` heads the text's last section (short_section): the paragraph under it, set
    apart from it by a blank line as the text's paragraphs are, holds SHORT_SECTION_MIN_SENTENCES sentences or more
    however short ("Funeral arrangements" / "A private funeral will be held. A memorial service is planned for the
    spring."), statements all (a box's pitch asks or greets: "Got a minute? ...", "Hello, and welcome! I'm ..."),
    and promises nothing for a subscription nor bids the reader act (`_PROMISE`)."""
    under = lines[i + 1]
    return under.number - lines[i].number > 1 and is_statement(under) and not under.call_to_action \
        and len(_STATEMENT_END.findall(under.text)) >= SHORT_SECTION_MIN_SENTENCES \
        and not any(mark in under.text for mark in "?!？！") and not _PROMISE.search(under.text)


def _section_series(lines: list[Line], i: int) -> bool:
    """The section at line `i` goes on a series the run ends in: the run's last two lines are a short heading
    set apart over one paragraph ("Wholesale Distribution" over its sentence), set as line `i` and the one
    under it are ("Hospitality"), neither heading naming someone (an author's box): its paragraph may be
    shorter than a long line, of SERIES_MIN_WORDS or more (`_headed_section`: a shorter line at a page's end
    is as often a box's pitch)."""
    if i < 3:
        return False
    heading, paragraph = lines[i - 2], lines[i - 1]
    return heading.label in ("", HEADING) and _heading_over(heading) and not heading.text.endswith("?") \
        and heading.number - lines[i - 3].number >= 2 and not looks_like_name(heading.text) \
        and not looks_like_name(lines[i].text) \
        and paragraph.number - heading.number == lines[i + 1].number - lines[i].number \
        and paragraph.label in ("", PARAGRAPH) and is_sentence(paragraph) and paragraph.words >= EXTEND_MIN_WORDS


# A heading that bids the reader act, a verb then whom or what ("Get started today", "Meet our team", "Use the
# calculator"): a promotion's, over its one paragraph at the text's end, no section of it ("Use of force rules" is).
_OFFER_HEADING = re.compile(r"^(?:use|activate|learn|find|bring|check|get|buy|meet|discover|try|join|shop|book|start"
                            r"|download|contact|request|claim|save|sign|subscribe|explore|see|call|order)"
                            r"\s+(?:out\s+)?(?:your|our|us|it|the|a|an|this|how|more|here|today|now|started|involved|in\s+touch)\b",
                            re.IGNORECASE)
# What opens an author's bio under the name that heads it: "She covers schools ...", "I'm the founder of ...".
_BIO_OPENING = re.compile(r"^(?:he|she|they)\b|^i(?:['’]m|\s+am)\b", re.IGNORECASE)  # not "I would buy ...": a review's


def _box_heading(heading: Line, under: Line) -> bool:
    """`heading` heads a box, not a section of the text: it bids the reader act (`_OFFER_HEADING`, or a line
    that is never a heading), or it names someone whose bio the paragraph `under` it is (opening with the
    name, or with a pronoun under a name)."""
    text = heading.text
    return bool(_OFFER_HEADING.match(text) or heading.call_to_action or _never_heading(text)
                or under.text.startswith(text) or (_BIO_OPENING.match(under.text) and looks_like_name(text)))


# What a promotion offers in return ("Become a paid subscriber to unlock this piece and learn about:").
_PROMISE = re.compile(r"\b(?:subscri(?:be|ber|bers|ption)|sign\s+up|unlock|upgrade|free\s+trial)\b", re.IGNORECASE)


def _announces(line: Line, p: float) -> bool:
    """A sentence that announces what follows ("The campaign offers:"), free
    of rules, scoring ANNOUNCE_MIN_P, opening with no end marker and promising
    nothing for a subscription (`_PROMISE`): the run takes it, and the block
    under it (`_introduced_block`)."""
    return not line.label and p >= ANNOUNCE_MIN_P and _announcing_sentence(line)


def _announcing_sentence(line: Line) -> bool:
    """A sentence of EXTEND_MIN_WORDS or more that ends in a colon, promising
    nothing for a subscription and opening with no end marker: it announces
    the list or block under it ("Other apps that you may find helpful:"),
    not a menu ("Follow us on:")."""
    if line.words < EXTEND_MIN_WORDS or not line.text.endswith(":") or _PROMISE.search(line.text):
        return False
    words = line.text.split()  # "Related articles from our blog:" opens a list of links
    return not any(vocab.END_MARKER.match(lead) or vocab.RELATED_HEADER.match(lead)
                   for lead in (" ".join(words[:n]) for n in range(1, ANNOUNCE_MARKER_WORDS + 1)))


def _introduced_block(lines: list[Line], end: int) -> int:
    """When the run's last line announces what follows ("Here are the
    steps:", "Example configuration:"), the run goes on over the block it
    announces: the lines set close under it (no blank line between them, one
    at most above the first), up to a line a rule took, an end marker or a
    line as short as a menu's item (not a line of code: "});"); and again when that block's own last
    line announces another. Under a sentence announcing it (`_announcing_sentence`: "n8n is commonly
    used in:") a list's items may be that short ("Startups"), unless the block holds code: a code block is
    read as such (`_over_code`). The run may end inside such a block, past its first items (they scored as
    text, the next ones less): the block is read from its first line (`_block_top`)."""
    top = _block_top(lines, end)
    return max(_announced_end(lines, end), _announced_end(lines, top) if top < end else end)


def _announced_end(lines: list[Line], end: int) -> int:
    """The end of the blocks announced from the run's end `end` on (`_introduced_block`), or `end`."""
    while 0 < end < len(lines) and lines[end - 1].text.endswith(":") and lines[end - 1].label in ("", *CONTENT) \
            and not _end_marker(lines[end - 1]):
        j = _block_end(lines, end, listed=False)
        if _announcing_sentence(lines[end - 1]):
            listed = max(_block_end(lines, end, listed=True), _spaced_items_end(lines, end))
            if not any(ln.code for ln in lines[end:listed]):
                j = listed
        if j == end:
            break
        end = j
    return end


def _block_top(lines: list[Line], end: int) -> int:
    """The first line of the block the run's last line (`end - 1`) is set in, when a line announcing a block
    ("... within these distances of your windows:") stands over it (`_introduced_block`): the first of the lines
    set close (no blank between) that end at `end - 1`, up to ANNOUNCED_TOP_MAX_LINES of them; `end` when none
    announces them."""
    for top in range(end - 1, max(0, end - 1 - ANNOUNCED_TOP_MAX_LINES), -1):
        if lines[top - 1].text.endswith(":"):
            return top
        if not _set_close(lines, top - 1):
            return end
    return end


def _spaced_items_end(lines: list[Line], end: int) -> int:
    """Where a list set one item a paragraph under line `end - 1` ends
    (`_introduced_block`): items each at most INTRO_MAX_GAP line numbers
    under the last, each a phrase of SPACED_ITEM_MAX_WORDS or fewer words,
    no sentence ("Higher GPU utilization"), up to a line a rule took or an
    end marker. Past its first item, each is set apart from the last (a
    block set close ends where a blank line follows it: `_block_end`)."""
    j = end
    while j < len(lines) and j - end < CONTINUE_MAX_LINES and not lines[j].label and not _end_marker(lines[j]) \
            and _spaced_item(lines[j]) and (j == end or lines[j].number - lines[j - 1].number > 1) \
            and lines[j].number - lines[j - 1].number <= INTRO_MAX_GAP:
        j += 1
    return j


def _block_end(lines: list[Line], end: int, listed: bool) -> int:
    """Where the block set close under line `end - 1` ends (`_introduced_block`);
    `listed`: a line as short as a menu's item goes on with it."""
    j = end
    while j < len(lines) and j - end < CONTINUE_MAX_LINES and not lines[j].label and not _end_marker(lines[j]) \
            and (listed or not _menu_item(lines[j]) or lines[j].code) \
            and lines[j].number - lines[j - 1].number <= (INTRO_MAX_GAP if j == end else 1):
        j += 1
    return j


def _over_code(lines: list[Line], probs: list[float], start: int, end: int) -> int:
    """The run goes on over a block of program code right after its end
    (`code.code_block_end`), and, once it holds code (a block's worth of
    lines), over the text after a block as after its own end, section after
    section (a short heading over a sentence, a line announcing the next
    block: text between code blocks scores low); block after block."""
    texts, numbers = [ln.text for ln in lines], [ln.number for ln in lines]
    in_code: bool | None = None  # found when first needed: most runs end on no code
    while True:
        block = code.code_block_end(texts, numbers, _free(lines, end), end, lambda k: lines[k].code)
        if block > end:
            for line in lines[end:block]:
                line.mark(PARAGRAPH, "code_block")
            in_code = True
        else:
            if in_code is None:
                in_code = len(list(itertools.islice((ln for ln in lines[start:end] if ln.code),
                                                       code.CODE_BLOCK_MIN_LINES))) >= code.CODE_BLOCK_MIN_LINES
            if not in_code or (block := _code_section(lines, probs, end)) == end:
                return end
        end = _introduced_block(lines, _carry_run(lines, probs, _extend_run(lines, probs, block), 1))


def _free(lines: list[Line], start: int = 0, reach: int | None = None) -> list[bool]:
    """Each line from `start` on (`reach` lines, when given) is free: no rule took it, and it is no end
    marker (the lines before `start` are not read: False; those past the reach are left out)."""
    return [False] * start + [not ln.label and not _end_marker(ln)
                              for ln in lines[start:None if reach is None else start + reach]]


def _code_section(lines: list[Line], probs: list[float], i: int) -> int:
    """Past a code block, where the text goes on from line `i`: over a short
    heading over a sentence, or over a line announcing the next block
    ("Minimal setup requires just one line:"), whatever they score. `i` when it does not."""
    if i < len(lines) and _announces(lines[i], ANNOUNCE_MIN_P):  # such a line heads no section
        return i + 1
    j = i + 1 if i + 1 < len(lines) and _heading_over(lines[i]) else i
    if j < len(lines) and _announces(lines[j], ANNOUNCE_MIN_P):
        return j + 1
    return j if j > i and _carries_on(lines[j], probs[j]) else i


def _continue_fields(lines: list[Line], start: int, end: int) -> int:
    """The run goes on over a listing past its end whose entries give the
    fields its own lines give ("Office Location: ...", "Year Founded: ..."):
    the next entries of the same list (`regions.fields_end`), up to an end
    marker or a line a comment thread or final marker closed; entry after
    entry, as far as the list goes."""
    leads_from = [i for i in range(start, end) if lines[i].label in ("", *CONTENT)]
    texts = [ln.text for ln in lines]
    while (further := regions.fields_end(texts, leads_from, end, _stops(lines, end))) > end:
        end = further
    return end


def _stops(lines: list[Line], end: int) -> list[bool]:
    """Each line that `regions.fields_end` reads past the run's end at `end` (FIELDS_MAX_REACH lines) stops a
    listing: an end marker, or a line a comment thread or final marker closed (the lines before `end`: False)."""
    return [False] * end + [_end_marker(ln) or ln.rule in ("comment_thread", "after_final_marker")
                            for ln in lines[end:end + regions.FIELDS_MAX_REACH]]


def _continue_labels(lines: list[Line], probs: list[float], start: int, end: int) -> int:
    """The run goes on over a listing past its end whose entries have the
    labelled parts its own entries have ("Features", "Pros", "Cons"):
    `regions.labels_end`, over lines no rule took; then over the text after
    the last such label, as after the run's end; entry after entry."""
    leads_from = [i for i in range(start, end) if lines[i].label in ("", *CONTENT)]
    texts = [ln.text for ln in lines]
    while (further := regions.labels_end(texts, leads_from, end, _free(lines, end, regions.FIELDS_MAX_REACH))) > end:
        end = _carry_run(lines, probs, _extend_run(lines, probs, further), 1)
    return end


_ITEM_NUMBER = re.compile(r"^(\d{1,3})[.)]\s+\S")  # "15) Thriller (Vinile)", "3. Prioritize Technical SEO"
# A step of a series named with its number ("Step 5 - Avoiding phishing attacks", "Tip #9: Back up", "#3 Green
# plumbing"), or a numbered item: `_continue_numbering` goes on over either.
_SERIES_NUMBER = re.compile(r"^(?:(\d{1,3})[.)]|(?:(?:step|tip|day|part|phase|stage)\s*#?\s*|#)(\d{1,3})\b[.:)]?)"
                            r"\s+\S", re.IGNORECASE)


def _series_number(text: str) -> int | None:
    """The number of a numbered item or a named step (`_SERIES_NUMBER`), or None."""
    m = _SERIES_NUMBER.match(text)
    return int(m.group(1) or m.group(2)) if m else None


def _continue_numbering(lines: list[Line], start: int, end: int) -> int:
    """A numbered list the run ends in goes on past its end: from the last
    numbered item among its last NUMBERED_LOOKBACK lines, the item numbered
    next within NUMBERED_MAX_GAP lines (not on the very next line: items set
    line under line are a list of links or sources as often), and the lines
    between, item after item, over lines no rule took, up to the first
    number that does not come; then the last item's own lines. Its items are
    text, not headings (`label_lines`): the list's last items score low as a
    text's last lines do."""
    last = next(((i, n) for i in range(end - 1, max(start, end - NUMBERED_LOOKBACK) - 1, -1)
                 if (n := _series_number(lines[i].text)) is not None), None)
    if last is None:
        return end
    at, number = last
    while True:
        nxt = next((j for j in range(at + 1, min(len(lines), at + 1 + NUMBERED_MAX_GAP))
                    if _series_number(lines[j].text) == number + 1), None)
        if nxt is None or lines[nxt].number - lines[at].number < 2 \
                or any(ln.label or _end_marker(ln) for ln in lines[max(end, at + 1):nxt + 1]):
            break
        at, number = nxt, number + 1
    if at < end:
        return end
    stop = at + 1  # the last item's own lines: those set close under it
    while stop < len(lines) and not lines[stop].label and lines[stop].number - lines[stop - 1].number == 1 \
            and _series_number(lines[stop].text) is None and not _end_marker(lines[stop]):
        stop += 1
    for line in lines[end:stop]:
        line.mark(PARAGRAPH, "numbered_list")
    return stop


def _block_shape(lines: list[Line], span: tuple[int, int]) -> tuple[int, bool]:
    """A block's shape: its lines, and whether one of them is a long line (a paragraph)."""
    return span[1] - span[0], any(ln.words >= features.LONG_LINE_WORDS for ln in lines[span[0]:span[1]])


def _entry_shape(shapes: list[tuple[int, bool]]) -> bool:
    """The blocks' `shapes` make an entry of a listing: a paragraph and ENTRY_MIN_SHORT_BLOCKS blocks of short lines
    or more (a name, a credit, a link; an article's heading over its paragraphs has one), repeating no shorter
    series of shapes (a heading and its paragraph, twice over, are two sections)."""
    n = len(shapes)
    return any(long for _, long in shapes) and sum(not long for _, long in shapes) >= ENTRY_MIN_SHORT_BLOCKS \
        and not any(n % d == 0 and shapes == shapes[:d] * (n // d) for d in range(1, n))


def _continue_entries(lines: list[Line], probs: list[float], start: int, end: int) -> int:
    """A listing of entries the run ends in goes on past its end (entry_series): when the run's last blocks
    (`_close_set_blocks`) are ENTRY_MIN_REPEATS entries or more of the same shape, each ENTRY_MIN_BLOCKS to
    ENTRY_MAX_BLOCKS blocks (an album's name, label and year; its review; the critic's name; a link;
    `_entry_shape`), the blocks past the run's end that go on the same shapes in the same order, up to a line a
    rule took or an end marker, are the listing's later entries, whole entries only: each of them too small to
    count for a run alone."""
    own = list(_close_set_blocks(lines, start, end))
    shapes = [_block_shape(lines, span) for span in own]
    period = next((n for n in range(ENTRY_MIN_BLOCKS, ENTRY_MAX_BLOCKS + 1)
                   if len(shapes) >= n * ENTRY_MIN_REPEATS
                   and all(shapes[-k] == shapes[-k - n] for k in range(1, n * (ENTRY_MIN_REPEATS - 1) + 1))
                   and _entry_shape(shapes[-n:])), None)
    if period is None or end >= len(lines):
        return end
    free = _free(lines, end, ENTRY_MAX_REACH)
    reach = end
    while reach < len(free) and free[reach]:
        reach += 1
    new_end = end
    for k, span in enumerate(_close_set_blocks(lines, end, reach)):
        if span[1] == reach and reach < len(lines) and _set_close(lines, reach - 1) \
                or _block_shape(lines, span) != shapes[len(shapes) - period + k % period]:
            break
        if (k + 1) % period == 0:  # whole entries only: a lone block past the run is as often a link or a credit
            new_end = span[1]
    for line in lines[end:new_end]:
        line.mark(PARAGRAPH, f"entry_series:p={probs[line.index]:.2f}")
    return new_end


def _heading_over(line: Line) -> bool:
    """A short line that no rule took, shaped as the heading of the paragraph
    under it ("Conclusion"): over the paragraph the text resumes with after an
    insert (text when that paragraph scores HEADED_RESUME_MIN_P), or over the
    text's last section past the run (`_headed_section`)."""
    return not line.label and line.words <= EXTEND_HEADING_MAX_WORDS and not line.text.endswith((",", ";")) \
        and not _end_marker(line) and not line.call_to_action and "!" not in line.text \
        and (not is_sentence(line) or line.text.endswith("?"))


def _lead_in(lines: list[Line], probs: list[float], start: int, title: Line | None) -> int:
    """The run starts earlier over the sentences right above it that score
    LEAD_IN_MIN_P or more, that no rule took, below the headline: they are
    text (the first lines of a text score low: the position features)."""
    top = title.index + 1 if title is not None and title.index < start else 0
    while start > top and probs[start - 1] >= LEAD_IN_MIN_P and _carries_on(lines[start - 1], probs[start - 1]) \
            and not vocab.pitch(lines[start - 1].text, lines[start - 1].words):
        start -= 1
        lines[start].mark(PARAGRAPH, f"run_lead_in:p={probs[start]:.2f}")
    return start


_NUMBERED_HEADING = re.compile(r"^\d{1,2}\.\s+\S")  # "1. Introduction", "3. Prioritize Technical SEO"


def _opening_heading(lines: list[Line], probs: list[float], start: int, title: Line | None) -> int:
    """The run starts one line earlier over the text's first section
    heading right above it, below the headline, however low it scores
    (OPENING_HEADING_MIN_P): a short line no rule took, numbered as the
    first of a text's sections are ("1. Introduction") or asking what the
    text answers ("What Is Video Production?"), over a long sentence."""
    top = title.index + 1 if title is not None and title.index < start else 0
    if start <= top:
        return start
    line = lines[start - 1]
    if line.label or line.words > EXTEND_HEADING_MAX_WORDS or probs[start - 1] < OPENING_HEADING_MIN_P \
            or _end_marker(line) or start >= len(lines):
        return start
    if _heads_opening_list(lines, start):
        line.mark(HEADING, f"opening_list_heading:p={probs[start - 1]:.2f}")
        return start - 1
    if not (_NUMBERED_HEADING.match(line.text) or line.text.endswith("?")) \
            or lines[start].words < features.LONG_LINE_WORDS or not is_sentence(lines[start]):
        return start  # a heading heads a paragraph: over a short line, it is an entry in a list of them
    line.mark(PARAGRAPH, f"opening_heading:p={probs[start - 1]:.2f}")
    return start - 1


def _heads_opening_list(lines: list[Line], start: int) -> bool:
    """Line `start - 1`, a heading's shape (`_section_heading_shape`, not ending in ":", bold or not: a lead-in), set
    apart by a blank line over a text that opens with a list: OPENING_LIST_MIN_ITEMS lines or more set line under
    line, none a rule took ("Calendário da Stock Car 2018" over "1a etapa: 10 de março – Interlagos", ...)."""
    line = lines[start - 1]
    return _section_heading_shape(line) and not line.text.rstrip("*_ ").endswith(":") \
        and not _set_close(lines, start - 1) \
        and start + OPENING_LIST_MIN_ITEMS <= len(lines) \
        and all(not lines[k].label and (k == start or _set_close(lines, k - 1))
                for k in range(start, start + OPENING_LIST_MIN_ITEMS))


# A fact-check's labels, each on its line over its value: the claim checked, the rating given, the story of it
# ("Claim", "Rating", "Verdict", "Origin", "What's True", "Our ruling", "Fact check").
_FACT_CHECK_LABEL = re.compile(r"(?:the\s+|our\s+)?(?:claim|rating|verdict|origin|ruling|fact[\s-]?check"
                               r"|what['’]s\s+(?:true|false|undetermined|missing))\s*:?", re.IGNORECASE)
_CLAIM_LABEL = re.compile(r"claim|fact", re.IGNORECASE)  # what makes such labels a fact-check's
_RATING_LABEL = re.compile(r"(?:the\s+|our\s+)?(?:rating|verdict|ruling)\s*:?", re.IGNORECASE)


def _fact_check_block(lines: list[Line], start: int, title: Line | None) -> int:
    """`fact_check_label`: the run starts over a fact-check's block right above it, below the headline: within
    FACT_CHECK_WINDOW lines, FACT_CHECK_MIN_LABELS or more of its labels (`_FACT_CHECK_LABEL`, one of them the
    claim's: `_CLAIM_LABEL`) alone on their lines, each over its value ("Claim" / the claim, "Rating" /
    "Unproven", "Origin" / the text). The labels are headings, and a rating's short value too (a verdict's
    badge); the values no rule took, text."""
    top = max(title.index + 1 if title is not None and title.index < start else 0, start - FACT_CHECK_WINDOW)
    labels = [k for k in range(top, start) if not lines[k].label and _FACT_CHECK_LABEL.fullmatch(lines[k].text)]
    if len(labels) < FACT_CHECK_MIN_LABELS or not any(_CLAIM_LABEL.search(lines[k].text) for k in labels):
        return start  # ("Our verdict" / "Rating" alone: a review's box)
    for k in range(labels[0], start):
        line = lines[k]
        if line.label:
            continue
        if k in labels:
            line.mark(HEADING, "fact_check_label")
        elif k - 1 in labels and _RATING_LABEL.fullmatch(lines[k - 1].text) \
                and line.words <= FACT_CHECK_VALUE_MAX_WORDS and not is_sentence(line):
            line.mark(HEADING, "fact_check_rating")
        else:
            line.mark(PARAGRAPH, "fact_check_value")
    return labels[0]


def _carry_run(lines: list[Line], probs: list[float], edge: int, step: int) -> int:
    """The text may go on past an end of the run (`edge`: its start with
    `step` -1, its end with +1) in a list or table whose short lines score
    middling (items, "Key: value" rows, "Pros:" and its points): carry the run
    over the stretch beyond `edge`, up to the first line a rule took, whose
    lines add up most above the lower pivot CONTINUE_PIVOT_P, when it holds
    CONTINUE_MIN_PROSE words of lines scoring as text (before the run, also
    of sentences and announcing lines over that pivot: `_opening_prose`, the
    position features score a text's first lines low). The new edge."""
    total, best, best_edge = 0.0, 0.0, edge
    k = edge if step > 0 else edge - 1
    while 0 <= k < len(lines) and abs(k - edge) < CONTINUE_MAX_LINES:
        line = lines[k]
        if line.label or _end_marker(line):
            break
        total += (probs[k] - CONTINUE_PIVOT_P) * math.log1p(line.words)
        if total > best:
            best, best_edge = total, k + 1 if step > 0 else k
        k += step
    lo, hi = sorted((edge, best_edge))
    prose = sum(ln.words for ln, p in zip(lines[lo:hi], probs[lo:hi], strict=True)
                if p >= RUN_PIVOT_P or (step < 0 and _opening_prose(ln, p)))
    if prose >= CONTINUE_MIN_PROSE or (step > 0 and _block_goes_on(lines, edge, hi)):
        return best_edge
    return _carry_block(lines, probs, edge) if step > 0 else edge


def _carry_block(lines: list[Line], probs: list[float], edge: int) -> int:
    """A long list the run ends in goes on past its end `edge` (`_carry_run`): its later items score lower
    than its first, below CONTINUE_PIVOT_P ("Boutonnieres ($15-25 each)" in a wedding's checklist). Over the
    lines set line under line past `edge`, up to the first line a rule took or set apart, their scores add up
    from the lower pivot BLOCK_ITEM_PIVOT_P; of the stretches that go on the block the run ends in
    (`_block_goes_on`), the one that adds up most carries the run on. The new end, or `edge`."""
    total, best, best_edge = 0.0, 0.0, edge
    k = edge
    while k < len(lines) and k - edge < CONTINUE_MAX_LINES and k > 0 and _set_close(lines, k - 1):
        line = lines[k]
        if line.label or _end_marker(line):
            break
        total += (probs[k] - BLOCK_ITEM_PIVOT_P) * math.log1p(line.words)
        if total > best and _block_goes_on(lines, edge, k + 1):
            best, best_edge = total, k + 1
        k += 1
    return best_edge


def _block_goes_on(lines: list[Line], edge: int, end: int) -> bool:
    """The lines from the run's end `edge` to `end` go on the block the run ends in (`_carry_run`): the run's
    last BLOCK_TAIL_LINES lines and those lines are set line under line, a list's items or a table's rows that
    speak of the text above (`_texts_own_items`), no teaser cut short or link: they need no prose of their own."""
    if edge < BLOCK_TAIL_LINES or end <= edge or not all(
            _set_close(lines, k) for k in range(edge - BLOCK_TAIL_LINES, end - 1)):
        return False
    stretch = lines[edge:end]
    if any(ln.text.endswith(("…", "...")) or "://" in ln.text for ln in stretch):
        return False  # teasers cut short, links
    return _texts_own_items(lines, edge, stretch)


def _texts_own_items(lines: list[Line], at: int, items: list[Line]) -> bool:
    """`items`, set under line `at`, speak of the text above: CLOSING_LIST_MIN_SHARE of them share a word with its
    MID_INSERT_ABOVE_LINES lines (`overlap.words`; a related block's headlines speak of other things as often), and
    no more than CLOSING_TITLED_MAX_SHARE of them are written in title case (headlines)."""
    text = set().union(*(overlap.words(ln.text) for ln in lines[max(0, at - MID_INSERT_ABOVE_LINES):at]
                         if ln.label in ("", TITLE, *CONTENT)))
    shared = sum(1 for ln in items if overlap.words(ln.text) & text)
    titled = sum(1 for ln in items if _title_case(ln.text))
    return shared >= CLOSING_LIST_MIN_SHARE * len(items) and titled <= CLOSING_TITLED_MAX_SHARE * len(items)


def _opening_prose(line: Line, p: float) -> bool:
    """A line above the run that counts as its text's prose at a middling
    score: a sentence, or a line announcing a list ("... diseases such as:")."""
    return p >= CONTINUE_PIVOT_P and (is_sentence(line) or (line.words >= EXTEND_MIN_WORDS and line.text.endswith(":")))


def _after_insert(lines: list[Line], probs: list[float], i: int) -> int:
    """Where the text resumes after an insert in it ("Advertisement", a
    video player's prompt, a picture with its caption and credit): up to
    INSERT_MAX_LINES lines of chrome, captions or short fragments (the last
    may be a question heading the paragraph), then a long, well-formed
    paragraph. A picture viewer's slide (a line of its controls among them) may
    be longer (VIEWER_INSERT_MAX_LINES); a sign-up form (`_mark_signup_boxes`) counts as one line. The text
    resumes after a slide, after advertisements' markers alone (`_ad_line`), or after those and forms when a long
    paragraph follows, from a lower score (EXTEND_MIN_P). `i` when it does not."""
    j = i
    viewer = False
    boxed = 0  # lines of a sign-up form after its first, and pictures' lines: the form counts as one line
    while j < len(lines) and j - i - boxed < (VIEWER_INSERT_MAX_LINES if viewer else INSERT_MAX_LINES) \
            and j - i < VIEWER_INSERT_MAX_LINES and not _end_marker(lines[j]) and (
            lines[j].label in (BOILERPLATE, CAPTION)
            or (not lines[j].label and lines[j].words <= INSERT_MAX_WORDS and not is_sentence(lines[j])
                and not lines[j].code)):  # a line of code in the text is no insert: a block of it follows
        viewer = viewer or lines[j].rule == "photo_control"
        boxed += (j > i and lines[j].rule == lines[j - 1].rule == SIGNUP_RULE) or _figure_line(lines[j])
        j += 1
    ads = j > i and all(_ad_line(ln) for ln in lines[i:j])  # advertisements' markers alone
    inserted = j
    if j + 1 < len(lines) and (viewer or j - i - boxed < INSERT_MAX_LINES) and _heading_over(lines[j]) \
            and lines[j].text.endswith("?") and probs[j + 1] >= (EXTEND_MIN_P if ads else HEADED_RESUME_MIN_P):
        j += 1  # a question over the paragraph, its heading ("Can they save themselves?")
    if j == i or j >= len(lines):
        return i
    after = lines[j]
    lenient = viewer or ads or (after.words >= features.LONG_LINE_WORDS
                                and all(_ad_line(ln) or ln.rule == SIGNUP_RULE for ln in lines[i:inserted]))
    if after.label or probs[j] < (EXTEND_MIN_P if lenient else INSERT_RESUME_MIN_P) or not _carries_on(after, probs[j]):
        return i
    if after.words < features.LONG_LINE_WORDS and not _short_resume(lines, probs, i, j):
        return i
    return j


def _field_row(line: Line) -> bool:
    """A row of a box of facts: a line no rule took, a short label and its value ("Cost: £40m", `_field_label`),
    FIELD_BOX_ROW_MAX_WORDS or shorter, no sentence nor interview's question or answer."""
    return not line.label and line.words <= FIELD_BOX_ROW_MAX_WORDS and ":" in line.text \
        and not is_sentence(line) and not _QA_LINE.match(line.text) and _field_label(line.text) is not None


def _field_box_header(line: Line) -> bool:
    """The short line heading a box of facts ("At a glance"): no rule's, no sentence, no row."""
    return not line.label and line.words <= FIELD_BOX_HEADER_MAX_WORDS and not is_sentence(line) \
        and not _end_marker(line) and ":" not in line.text.rstrip(":")


def _field_box(lines: list[Line], top: int) -> int:
    """A box of facts set in the text from line `top` (field_box): a short header or none, then
    FIELD_BOX_MIN_ROWS rows or more set line under line (`_field_row`: "Cost: £40m", "Completion: 2022"), set
    apart by a blank line under it. Past its last row, or `top` when there is none. Such rows are the text's as
    often as not: the run goes on across them (`_extend_run`, `_field_box_lead`), never breaks at them."""
    k = top + 1 if top < len(lines) and _field_box_header(lines[top]) and top + 1 < len(lines) \
        and _set_close(lines, top) else top
    first = k
    while k < len(lines) and _field_row(lines[k]) and (k == first or _set_close(lines, k - 1)):
        k += 1
    if k - first < FIELD_BOX_MIN_ROWS or (k < len(lines) and _set_close(lines, k - 1)):
        return top
    return k


def _field_box_resumes(lines: list[Line], probs: list[float], i: int) -> bool:
    """Line `i`, on the far side of a box of facts, is a long paragraph of the text scoring FIELD_BOX_RESUME_MIN_P."""
    return i < len(lines) and lines[i].words >= features.LONG_LINE_WORDS and _carries_on(lines[i], probs[i]) \
        and probs[i] >= FIELD_BOX_RESUME_MIN_P


def _across_field_box(lines: list[Line], probs: list[float], end: int) -> int:
    """Past the run's end, set apart by a blank line, a box of facts (`_field_box`) over a long paragraph of the
    text (`_field_box_resumes`): the run goes on to that paragraph (its rows field_box_row). The new end, or `end`."""
    boxed = _field_box(lines, end)
    if boxed == end or end == 0 or _set_close(lines, end - 1) or not _field_box_resumes(lines, probs, boxed):
        return end
    for row in lines[end:boxed]:
        if _field_row(row):
            row.mark(PARAGRAPH, "field_box_row")
    return boxed


def _field_box_lead(lines: list[Line], probs: list[float], start: int, title: Line | None) -> int:
    """The run starts over a box of facts (`_field_box`) it starts in or right under, below the headline, when
    the box stands under a long paragraph of the text (`_field_box_resumes`; a blank line between): the text's
    first paragraph, a fact box set after it (field_box_lead; its rows field_box_row). The new start."""
    floor = title.index + 1 if title is not None and title.index < start else 0
    k = start - 1 if start - 1 >= floor and _field_row(lines[start - 1]) and not _set_close(lines, start - 1) \
        else start  # the box's last row right above the run, a blank line between
    while k - 1 >= floor and _field_row(lines[k - 1]) and _set_close(lines, k - 1):
        k -= 1
    if k == start:
        return start
    if k - 1 >= floor and _set_close(lines, k - 1) and _field_box_header(lines[k - 1]):
        k -= 1
    if k - 1 < floor or _set_close(lines, k - 1) or not _field_box_resumes(lines, probs, k - 1) \
            or _field_box(lines, k) == k:
        return start
    for row in lines[k:start]:
        if _field_row(row):
            row.mark(PARAGRAPH, "field_box_row")
    lines[k - 1].mark(PARAGRAPH, f"field_box_lead:p={probs[k - 1]:.2f}")
    return k - 1


def _figure_line(line: Line) -> bool:
    """A picture's caption or credit (`_mark_captions`): it costs an insert nothing (`_after_insert`, up to
    VIEWER_INSERT_MAX_LINES lines in all): the text resumes under two pictures in a row as under one."""
    return line.label == CAPTION or line.rule == "photo_credit"


_ADVERTISEMENT = frozenset(("advertisement", "advertisements", "advert", "ad", "ads"))  # not "Sponsored": its teaser


def _ad_line(line: Line) -> bool:
    """An advertisement's marker ("Advertisement", "Anzeige", "Story continues below advertisement"): the text
    goes on under it, however low its next paragraph scores (whichever rule took it: "Continue reading below" is
    a control too)."""
    return line.rule in ("ad_marker", "ad_label") or line.text.strip().lower().rstrip(".:…") in _ADVERTISEMENT \
        or (line.words <= vocab.AD_MARKER_MAX_WORDS and vocab.ad_marker(line.text))


def _short_resume(lines: list[Line], probs: list[float], i: int, j: int) -> bool:
    """After an insert of page chrome alone (lines `i` to `j`, each taken by a
    rule: "CLICK HERE TO GET THE APP"; a name over a bio is an author's box),
    a paragraph shorter than a long line ("“Can I give it to James?” she
    asked.") is where the text resumes when the paragraph set next under it
    (within INTRO_MAX_GAP line numbers) carries on too and the two hold
    RESUME_MIN_WORDS words: a quote and its speaker's next line, not a
    promotion's lone sentence nor a question (an FAQ's). `_extend_run` marks
    it text (short_resume)."""
    nxt = j + 1
    return nxt < len(lines) and all(ln.label for ln in lines[i:j]) and not lines[j].text.endswith("?") \
        and lines[nxt].number - lines[j].number <= INTRO_MAX_GAP and _carries_on(lines[nxt], probs[nxt]) \
        and lines[j].words + lines[nxt].words >= RESUME_MIN_WORDS


def _closing_sections(lines: list[Line], probs: list[float], i: int) -> int:
    """Where the text's last sections end, when lines from `i` on are short
    headings each over one long, well-formed paragraph, and page chrome (a
    line a rule knows, an end marker) or the end of the page comes right after
    them; `i` when they are not. The position features score the last lines of
    a page low, the more so on a short page."""
    j = i
    while j + 1 < len(lines) and not lines[j].label \
            and (_section_heading_shape(lines[j]) or (j == i and _short_closing_heading(lines, j))) \
            and _carries_on(lines[j + 1], probs[j + 1]) and lines[j + 1].words >= CLOSING_MIN_WORDS:
        j += 2
    if j == i or (j < len(lines) and not (lines[j].label == BOILERPLATE or _end_marker(lines[j]))):
        return i
    for k in range(i, j, 2):
        lines[k].mark(HEADING, "closing_section_heading")
    return j


# A header over other stories by what it says of them: the latest, more or also from somewhere, the most read
# ("Latest from the city", "More in Business", "Also in Sport", "Trending now", "Most popular").
_OTHER_STORIES = re.compile(r"(?:latest|recent|trending|popular|more\s+(?:from|in|on)|also\s+(?:in|on|from)"
                            r"|most\s+\w+)\b", re.IGNORECASE)


def _closing_list(lines: list[Line], i: int) -> int:
    """Where a list the text closes with ends: a short heading at line `i` (CLOSING_HEADING_MAX_WORDS or fewer, set
    apart by a blank line above, `_heading_over`, heading no box nor a related block (`_OTHER_STORIES`): "What
    changes", "Features") over CLOSING_LIST_MIN_ITEMS or more items set line under line (at most INTRO_MAX_GAP line
    numbers under it), each a phrase of CLOSING_ITEM_MIN_WORDS to CLOSING_ITEM_MAX_WORDS words, mostly letters, no
    rule's, no sentence nor question, under a heading no number opens ("1. TomboyX" heads an entry's tags); the
    items speak of the text above (`_texts_own_items`). `i` when it is not."""
    heading = lines[i]
    if i == 0 or i + CLOSING_LIST_MIN_ITEMS >= len(lines) or heading.words > CLOSING_HEADING_MAX_WORDS \
            or not heading.text[:1].isalpha() \
            or heading.number - lines[i - 1].number < 2 or not _heading_over(heading) or heading.text.endswith("?") \
            or _never_heading(heading.text) or _OFFER_HEADING.match(heading.text) or _insert_header(heading) \
            or vocab.RELATED_HEADER.match(heading.text) or _OTHER_STORIES.match(heading.text) \
            or _series_number(heading.text) is not None:
        return i
    j = i + 1
    while j < len(lines) and j - i <= CLOSING_LIST_MAX_ITEMS and _closing_item(lines[j]) \
            and lines[j].number - lines[j - 1].number <= (INTRO_MAX_GAP if j == i + 1 else 1):
        j += 1
    items = lines[i + 1:j]
    if len(items) < CLOSING_LIST_MIN_ITEMS or (j < len(lines) and _closing_item(lines[j]) and _set_close(lines, j - 1)):
        return i  # more items than a text's list holds: a menu, an index
    return j if _texts_own_items(lines, i, items) else i


# A time of day, alone or in a range ("4:00 PM - 7:00 PM", "10 a.m."): an event's detail.
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?!\w)", re.IGNORECASE)


def _details_blocks(lines: list[Line], probs: list[float], i: int) -> int:
    """Where the text resumes after DETAILS_MAX_BLOCKS or fewer blocks of an event's details from line `i`
    ("Visitation" over its date, hours, place and address; "Funeral Mass" over its own): each a short heading
    set apart (`_heading_over`) over lines set line under line, each DETAIL_LINE_MAX_WORDS or shorter, no
    sentence, one of them a date or a time of day (`_CLOCK_TIME`); the text resumes with a long paragraph
    that carries on, scoring INSERT_RESUME_MIN_P as after an insert (an obituary's "In lieu of flowers, ...";
    a related story's date and headline over its teaser score lower). `i` when it does not."""
    j, blocks = i, 0
    while blocks < DETAILS_MAX_BLOCKS and j + 1 < len(lines) and j > 0 and lines[j].number - lines[j - 1].number > 1 \
            and _heading_over(lines[j]) and not lines[j].text.endswith("?"):
        k = j + 1
        while k < len(lines) and lines[k].number == lines[k - 1].number + 1 and lines[k].label in ("", META) \
                and lines[k].words <= DETAIL_LINE_MAX_WORDS and not is_sentence(lines[k]):
            k += 1
        if k - j < 2 or not any(ln.rule == "date_line" or _CLOCK_TIME.search(ln.text) for ln in lines[j + 1:k]):
            break
        j, blocks = k, blocks + 1
    if blocks == 0 or j >= len(lines) or lines[j].words < features.LONG_LINE_WORDS \
            or not _carries_on(lines[j], probs[j]) or probs[j] < INSERT_RESUME_MIN_P:
        return i
    return j


def _closing_item(line: Line) -> bool:
    """An item of a text's closing list (`_closing_list`): a phrase no rule took, no sentence nor question."""
    return not line.label and CLOSING_ITEM_MIN_WORDS <= line.words <= CLOSING_ITEM_MAX_WORDS \
        and sum(c.isalpha() for c in line.text) * 2 > len(line.text) and not is_sentence(line) \
        and not line.text.endswith(("?", ":")) and not _end_marker(line) and not line.call_to_action \
        and not line.code


_TITLE_WORD_MIN_CHARS = 4  # the words whose capitals show a line written in title case ("Follow", not "the")


def _title_case(text: str) -> bool:
    """A line written in title case past its first word ("The Nomads Who Follow the Rains"): a headline."""
    longer = [w for w in text.split()[1:] if len(w) >= _TITLE_WORD_MIN_CHARS and w[:1].isalpha()]
    return bool(longer) and all(w[:1].isupper() for w in longer)


def _short_closing_heading(lines: list[Line], j: int) -> bool:
    """A heading of one or two words ("Conclusion", "Final Thoughts") may open the text's first closing section:
    set apart by a blank line above, capitalised, no sentence or end marker, not named again by the
    paragraph under it (a name over a review, "Jane Doe" over "Jane Doe is ..."), heading no box (`_box_heading`)."""
    line = lines[j]
    return 0 < line.words <= MENU_ITEM_MAX_WORDS and j > 0 and line.number - lines[j - 1].number > 1 \
        and line.text[:1].isupper() and not is_sentence(line) and not _end_marker(line) \
        and line.text.casefold() not in lines[j + 1].text.casefold() and not _box_heading(line, lines[j + 1])


def _final_marker(line: Line) -> bool:
    """An end marker that only closes articles: tags, comments, the author's bio."""
    return bool(vocab.FINAL_MARKER.match(line.text)) or vocab.about_the_author(line.text)


def _end_marker(line: Line) -> bool:
    return line.words <= END_MARKER_MAX_WORDS and line.marker  # END_MARKER or about_the_author, once a line


def _carries_on(line: Line, p: float) -> bool:
    """A well-formed paragraph, free of rules, that the run may take in after its end."""
    return not line.label and line.words >= EXTEND_MIN_WORDS and is_sentence(line) and p >= EXTEND_MIN_P


def _section_heading_shape(line: Line) -> bool:
    """A short line that reads as a section heading, not as a sentence, menu item, end marker or a bid to act
    (`_OFFER_HEADING`)."""
    return (MENU_ITEM_MAX_WORDS < line.words <= EXTEND_HEADING_MAX_WORDS and not is_sentence(line)
            and not line.text.endswith((",", ";")) and not _end_marker(line) and not _OFFER_HEADING.match(line.text))


# Who else reported the story, in a note closing it: "Contributing: Jane Doe", "With Post wires".
_CONTRIBUTION = re.compile(r"^(?:contributing\s*:|(?:additional\s+)?reporting\s+by\s|with\s+(?:\w+\s+)?wires?$"
                           r"|with\s+(?:files|inputs|reporting)\s+from\s)", re.IGNORECASE)


def _closing_note(line: Line) -> bool:
    """A short note closing the text: in brackets ("(With inputs from
    agencies)"), or naming who else reported it (`_CONTRIBUTION`)."""
    return line.words <= META_MAX_WORDS and (
        (line.text.startswith("(") and line.text.endswith(")")) or _CONTRIBUTION.match(line.text) is not None)


def kept_whole(lines: list[Line]) -> bool:
    """A text read as it is, not as a page: free of chrome (UI controls,
    calls to action), and short or in clean form: a note, a pasted
    paragraph, a text written (or cleaned) as paragraphs."""
    return not any(is_chrome(ln) for ln in lines) and (len(lines) <= SHORT_TEXT_MAX_LINES or _clean_form(lines))


def is_chrome(line: Line) -> bool:
    """A line the rules drop as page chrome by its words alone (`_single_line_rule`),
    and no headline (one that only names a newsletter may be: `titles.headline_candidate`)."""
    return line.ui or (line.words <= CTA_MAX_WORDS and line.call_to_action and not vocab.newsletter_only(line.text))


def _chrome_or_chrome_item(line: Line) -> bool:
    """`is_chrome`, or a list's item that is chrome without its marker ("• Share")."""
    if is_chrome(line):
        return True
    marker = vocab.BULLET.match(line.text)
    if marker is None:
        return False
    item = line.text[marker.end():]
    return vocab.ui_line(item) or (len(item.split()) <= CTA_MAX_WORDS and vocab.call_to_action(item)
                                   and not vocab.newsletter_only(item))


def _clean_form(lines: list[Line]) -> bool:
    """Blocks of one line each, separated by single blank lines (the
    cleaner's own output has this form), not a page's copy, whose lines
    run on, with blank lines here and there. Only a block of program code
    holds lines one right under the other (one of them shaped as code)."""
    if len(lines) < 2:
        return False
    block: list[Line] = [lines[0]]
    for line in [*lines[1:], None]:
        if line is not None and line.number == block[-1].number + 1:
            block.append(line)
            continue
        if len(block) > 1 and not any(ln.code for ln in block):
            return False
        if line is None:
            return True
        if line.number != block[-1].number + 2:
            return False
        block = [line]
    return True


def keep_whole(lines: list[Line], rule: str = "short_text") -> Line | None:
    """The first line is the title when it reads as one; every other line is
    text. Rules are named `rule`_first_line and `rule`_whole."""
    first = lines[0]
    title = first if len(lines) > 1 and first.words <= features.TITLE_MAX_WORDS else None
    for line in lines:
        if line is title:
            line.mark(TITLE, f"{rule}_first_line")
        else:
            line.mark(PARAGRAPH, f"{rule}_whole")
    return title


def first_line_title(lines: list[Line]) -> Line | None:
    """With no headline found, the first line of text is the title when it
    reads as one (as in a text kept whole) and more text follows it."""
    content = [ln for ln in lines if ln.label in CONTENT]
    first = content[0] if len(content) > 1 else None
    if first is None or first.words > features.TITLE_MAX_WORDS:
        return None
    first.mark(TITLE, "first_line_title")
    return first


def keep_all_but_chrome(lines: list[Line]) -> Line | None:
    """When nothing reads as an article: every line is kept (`keep_whole`)
    but the page chrome (a list's items too), unless that is all there is."""
    kept = [ln for ln in lines if not _chrome_or_chrome_item(ln)]
    if not kept:
        return keep_whole(lines, "fallback")
    for line in lines:
        if _chrome_or_chrome_item(line):
            line.mark(BOILERPLATE, "fallback_chrome")
    return keep_whole(kept, "fallback")


# Short lines known by their words alone: (longest, test, rule).
_SHORT_CHROME: tuple[tuple[int, Callable[[str], bool], str], ...] = (
    (vocab.BUTTON_MAX_WORDS, vocab.button, "button"),
    (LINK_LINE_MAX_WORDS, vocab.related_lead, "related_link"),
    (CREDIT_MAX_WORDS, vocab.share_line, "share_prompt"),
    (BROWSER_NOTICE_MAX_WORDS, vocab.browser_notice, "browser_notice"),
    (AFFILIATE_NOTICE_MAX_WORDS, vocab.affiliate_notice, "affiliate_notice"),
    (TAG_LINE_MAX_WORDS, vocab.tag_line, "tag_line"),
    (FOOTER_LINE_MAX_WORDS, vocab.footer_line, "footer_line"),
    (AD_LABEL_MAX_WORDS, vocab.ad_label, "ad_label"),
    (vocab.PHOTO_CONTROL_MAX_WORDS, vocab.photo_control, "photo_control"),
    (vocab.AD_MARKER_MAX_WORDS, vocab.ad_marker, "ad_marker"),
    (vocab.SPONSOR_LABEL_MAX_WORDS, vocab.sponsor_label, "sponsor_label"),
    (vocab.READING_TIME_MAX_WORDS, vocab.reading_time, "reading_time"),
    (vocab.APPEAL_MAX_WORDS, vocab.support_appeal, "support_appeal"),
)
# The `_SHORT_CHROME` tests (test, rule) a line of each length is short enough for, in their order: row `n` for a
# line of `n` words, the last row (none) for any longer line. A line reads its row instead of comparing its length
# with every test's bound.
_SHORT_CHROME_BY_WORDS: tuple[tuple[tuple[Callable[[str], bool], str], ...], ...] = tuple(
    tuple((test, name) for max_words, test, name in _SHORT_CHROME if n <= max_words)
    for n in range(max(max_words for max_words, _, _ in _SHORT_CHROME) + 2))


def _caption_credit(text: str, words: int) -> tuple[str, str] | None:
    """The credit that ends a caption of `words` words and the rule that finds it: glued on ("... Credit: ESA",
    "... — Photo: X/Y", "... . © Jane Doe", caption_with_credit), a name and an outlet in brackets ("... (Jane
    Doe/The Times)", caption_bracketed_credit), or, up to CREDITED_CAPTION_MAX_WORDS words, a news agency alone
    after the last sentence or a credit in Chinese, Japanese or Korean ("... del empate. EFE", "...（読者提供）",
    "...。本报记者 摄", caption_agency_credit); None when there is none."""
    if text[-1:] in ")]" and (credit := vocab.bracketed_credit(text)):
        return credit, "caption_bracketed_credit"
    if credit := vocab.trailing_credit(text):
        return credit, "caption_with_credit"
    if words <= CREDITED_CAPTION_MAX_WORDS and (credit := vocab.agency_credit(text)):
        return credit, "caption_agency_credit"
    return None


def _line_caption_credit(line: Line) -> tuple[str, str] | None:
    """`_caption_credit` of the line, found once for a text a page repeats (`Line.caption`, its twin's)."""
    twin = line._twin
    if twin is not None and twin.caption is not None:
        line.caption = twin.caption
    elif line.caption is None:
        line.caption = (_caption_credit(line.text, line.words),)
    return line.caption[0]


def _single_line_rule(line: Line, nxt: Line | None, title: Line | None,
                      reference: datetime | None) -> tuple[str, str] | None:
    """The rule that labels a line by its words alone (and the line after it), or None. The line's
    text, key and length are read once; `is_credit` and the caption's shapes are written out in place
    (no call on every line), and `_pair_rule` is asked only of a line short enough for a name tag or
    whose key starts with the next one's, as a badged copy's does (its badge test reads the keys before
    `is_chrome`: pure tests, whose order in an `and` changes nothing)."""
    words, text, key = line.words, line.text, line.key
    if title is not None and key == title.key:
        return BOILERPLATE, "title_copy"
    if line.ui:
        return BOILERPLATE, "ui_control"
    if words <= CTA_MAX_WORDS and line.call_to_action:  # longer, it is as often text about newsletters
        return BOILERPLATE, "call_to_action"  # (both: `is_chrome`)
    if name := _short_chrome(line):
        return BOILERPLATE, name
    if line.credit_like:  # `is_credit`
        return BOILERPLATE, "photo_credit"
    if words <= CAPTION_MAX_WORDS and vocab.CAPTION_LEAD.match(text):  # it opens as a caption ("Image caption ...")
        return CAPTION, "caption_lead"
    if words <= CREDITED_CAPTION_MAX_WORDS and text.endswith(")") and vocab.AGENCY_TAIL.search(text):
        return CAPTION, "caption_agency"  # it ends in a news agency's name in brackets ("... (AP)")
    if words <= CAPTION_MAX_WORDS * 2 and (found := _line_caption_credit(line)):
        line.credit, credited = found
        return CAPTION, credited
    if words <= DATE_PAIR_MAX_WORDS and (rule := _date_rule(line, title, reference)):
        return rule
    if line.byline:
        return BYLINE, "byline_by"
    if nxt is not None and (words <= NAME_TAG_MAX_WORDS or key.startswith(nxt.key)) \
            and (rule := _pair_rule(line, nxt)):  # what `_pair_rule` needs
        return rule
    if words <= ARROW_LINK_MAX_WORDS and text[:1] in "»›":
        return BOILERPLATE, "arrow_link"

    return None


def _short_chrome(line: Line) -> str:
    """The first `_SHORT_CHROME` rule whose test the line passes within its bound, or "": found once for the
    line's text (a line the page repeats reads its twin's, `Line.chrome`)."""
    twin = line._twin
    if twin is not None and twin.chrome is not None:
        line.chrome = twin.chrome
        return twin.chrome
    found = ""
    for test, name in _SHORT_CHROME_BY_WORDS[min(line.words, len(_SHORT_CHROME_BY_WORDS) - 1)]:
        if test(line.text):
            found = name
            break
    line.chrome = found
    return found


def _pair_rule(line: Line, nxt: Line) -> tuple[str, str] | None:
    """The rule that labels a line by the line after it: the next one with a badge glued on (a caption
    repeated), or a name tag over it; None when neither holds."""
    if _is_badged_copy(line, nxt) and not is_chrome(nxt):
        nxt.mark(CAPTION, "caption_repeated")
        return BOILERPLATE, "caption_badge_copy"
    if _name_tag(line, nxt):
        return BOILERPLATE, "name_tag"
    return None


def _name_tag(line: Line, nxt: Line) -> bool:
    """A brand or name standing over an item's heading that starts with it
    ("Nintendo" over "Nintendo Switch Lite for $200")."""
    return (line.words <= NAME_TAG_MAX_WORDS and nxt.key.startswith(line.key + " ")
            and nxt.words <= HEADING_MAX_WORDS and not is_sentence(nxt))


def is_credit(line: Line) -> bool:
    """A photo credit line: "Photo: Jane Doe", "Credit...", "Jane Doe/Agency"."""
    return line.credit_like


def _mark_captions(lines: list[Line]) -> None:
    """The line just above a photo credit is the picture's caption; the
    credit goes with it. Over CREDITED_CAPTION_MAX_WORDS words, it is one
    only when set close on the credit, no blank line between them (a
    paragraph beside the picture stands apart from it), up to
    CAPTION_MAX_WORDS (long_caption_on_credit). A line that a colon ends
    announces what follows it ("Here are a few examples:"), no picture; over
    a credit only `vocab.credit_line` knows ("© Name", "Name via Agency"),
    only a sentence set close on it is a caption (a site's notice, "© Site
    Ltd", ends a page under its links: "Careers")."""
    for i, line in enumerate(lines):
        if line.rule != "photo_credit" or vocab.CREDIT_LEAD.fullmatch(line.text) \
                or vocab.COPYRIGHT_FIRST.match(line.text):  # its caption is below it
            continue
        j = i - 1
        while j >= 0 and lines[j].rule == "photo_credit":
            j -= 1
        close = lines[j + 1].number - lines[j].number == 1
        if j < 0 or lines[j].label or lines[j].text.endswith(":") \
                or lines[j].words > (CAPTION_MAX_WORDS if close else CREDITED_CAPTION_MAX_WORDS) \
                or (vocab.credit_line(line.text) and not (close and is_sentence(lines[j]))):
            continue
        lines[j].mark(CAPTION, "caption_before_credit" if lines[j].words <= CREDITED_CAPTION_MAX_WORDS
                      else "long_caption_on_credit")
        text = line.text[1:-1] if line.text[:1] == "(" and line.text[-1:] == ")" else line.text
        lines[j].credit = vocab.CREDIT_LEAD.sub("", text).strip(" .…:")


def _mark_link_lists(lines: list[Line]) -> None:
    """Runs of very short lines are menus and tag lists, whatever their scores."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.label == BOILERPLATE:
            continue  # chrome between menu items carries the run on
        if line is not None and not line.label and _menu_item(line) and not _code_item(line):
            run.append(line)
            continue
        if len(run) >= MENU_MIN_ITEMS:
            for item in run:
                item.mark(BOILERPLATE, "menu_run")
        run = []


def _mark_teaser_lists(lines: list[Line]) -> None:
    """Headlines cut short ("... KBS 예능국의 아..", "... Realtek Bluetooth..."), two
    or more in a row, are teasers linking to other stories."""
    cut = [not ln.label and ln.words <= HEADLINE_MAX_WORDS and _cut_short(ln.text) for ln in lines]
    for i, line in enumerate(lines):
        if cut[i] and ((i > 0 and cut[i - 1]) or (i + 1 < len(lines) and cut[i + 1])):
            line.mark(BOILERPLATE, "teaser_list")


def _cut_short(text: str) -> bool:
    """The text ends in an ellipsis right after a word: a headline cut to fit."""
    stem = text.rstrip(".…")
    return len(text) - len(stem) >= 2 or text.endswith("…") and stem[-1:].isalnum()


def _code_item(line: Line) -> bool:
    """A short line of program code ("return -1;", "}") or a line that a comma ends ("schemaname,",
    a list or a query going on), never a menu's item: it ends a run of short lines as a sentence does."""
    return line.text.endswith(",") or line.code


def _menu_item(line: Line) -> bool:
    """A line short enough to be a menu item: a word or two, or a few characters of a wide script."""
    short = line.words <= MENU_ITEM_MAX_WORDS or (line.wide > 0 and len(line.text) <= MENU_ITEM_MAX_WIDE_CHARS)
    return short and not is_sentence(line)


def is_sentence(line: Line) -> bool:
    return line.words > 3 and line.text.rstrip("\"”’»)' ").endswith((".", "!", "?", "。"))


def _full_sentence(line: Line) -> bool:
    """A sentence, not a headline cut short to fit ("... as Hurri...")."""
    return is_sentence(line) and not _cut_short(line.text)


def is_statement(line: Line) -> bool:
    """A sentence that ends with a full stop: headlines may ask or exclaim, but rarely state."""
    return is_sentence(line) and line.text.rstrip("\"”’»)' ").endswith((".", "。"))


def _is_badged_copy(line: Line, nxt: Line) -> bool:
    """`line` is `nxt` with a badge ("Premium", "Video"...) glued on."""
    if not line.key.startswith(nxt.key) or line.key == nxt.key:
        return False
    rest = line.text[len(nxt.text):].strip()
    return 0 < len(rest.split()) <= BADGE_MAX_WORDS and bool(vocab.BADGE.fullmatch(rest))


def _mark_headings(lines: list[Line], ctx: features.PageContext, probs: list[float]) -> None:
    """Section headings among the text's lines: an interview's questions, a list's product names over
    their pictures (`_mark_product_cards`), the short lines the heading model scores as headings
    (`_scored_candidates`), and those it doubted that a numbered series, a count of sections from 1
    (`_counted_sections`), a deal list, a section's usual name, a series' own title or a table of contents
    makes headings; less a table of
    contents' entries, the lines that head nothing, a list's items (announced,
    of links, or written alike) and an embedded post's label; then a page's
    subheads typed in capitals go back to the text (`_unmark_typed_capitals`), and so do the lines shaped as
    the text's (`_unmark_text_shapes`: teaser questions, clauses announcing what follows them, statements,
    boxes' labels, links, pieces of sentences, joined clauses, questions to the reader, offers), its records'
    fields (`_unmark_record_fields`, `_unmark_field_rows`), the doubted headings of promotions
    (`_unmark_over_promotion`) and of nothing but chrome (`_unmark_over_chrome`), a short list's items
    (`_unmark_short_list_items`) and a page's one or two headings the model doubts
    (`_unmark_lone_heading`); last, the labels in capitals splitting a list of the text into groups
    (`_mark_group_labels`), an analysis box's heading over the name and role signing it (`_mark_signed_boxes`) and a
    template's label repeated right under each of its sibling headings (`_mark_template_labels`)."""
    text = [ln for ln in lines if ln.label == PARAGRAPH]
    if sum(1 for ln in text if _QA_LINE.match(ln.text)) >= INTERVIEW_MIN_LINES:
        for ln in text:
            if _QUESTION.match(ln.text):
                ln.mark(HEADING, "interview_question")
    _mark_product_cards(lines)
    idx, scores = _scored_candidates(lines, ctx, probs, text)
    if not idx:
        return
    chosen = [i for i, p in zip(idx, scores, strict=True) if p >= _heading_min_p(lines[i])]
    added = dict.fromkeys(_numbered_series(lines, chosen, idx), "numbered_series")  # the models' doubt overruled
    added.update(dict.fromkeys(_counted_sections(lines, idx).difference(chosen), "counted_section"))
    added.update(dict.fromkeys(_named_sections(lines, chosen, idx), "named_section"))
    priced = _priced_series(lines, chosen, idx)
    added.update(dict.fromkeys(priced.intersection(idx), "priced_series"))
    added.update(dict.fromkeys(_series_titles(lines, [*chosen, *added], idx), "series_title"))
    likely = [i for i, p in zip(idx, scores, strict=True) if p >= LISTED_MIN_P]
    listed = contents.contents_lines(lines, min_gap=1)
    added.update(dict.fromkeys(_listed_sections(lines, listed, likely, chosen), "listed_section"))
    chosen = sorted({*chosen, *added})
    entries = _contents_entries(lines, chosen, idx, listed)
    headless = _heads_nothing(lines, chosen, ctx.title_index)
    items = dict.fromkeys(_announced_first_items(lines, chosen), "announced_first_item")
    items.update(dict.fromkeys(_link_items(lines, chosen, idx), "link_item"))
    items.update(dict.fromkeys(_embed_labels(lines, chosen), "embed_label"))
    items.update(dict.fromkeys(_list_items(lines, [i for i in chosen if i not in entries and i not in headless]),
                               "list_item"))
    kept = set(chosen)
    for i, p in zip(idx, scores, strict=True):
        if lines[i].label in _SIDE_HEADINGS:  # a caption over a credit or a line of chrome: a heading, or left so
            if i in kept and i not in added and i not in entries and i not in headless and i not in items:
                side = "heading_above_run" if lines[i].rule.endswith(_OUTSIDE_RUN) else _SIDE_HEADINGS[lines[i].label]
                lines[i].mark(HEADING, f"{side}:p={p:.2f}")
        elif i in entries:
            lines[i].mark(PARAGRAPH, f"contents_entry:p={p:.2f}")
        elif i in headless:
            lines[i].mark(PARAGRAPH, f"heads_nothing:p={p:.2f}")
        elif i in items:
            lines[i].mark(PARAGRAPH, f"{items[i]}:p={p:.2f}")
        elif p >= HEADING_MIN_P:
            lines[i].mark(HEADING, f"heading_model:p={p:.2f}")
        elif i in added:
            lines[i].mark(HEADING, f"{added[i]}:p={p:.2f}")
    for i in sorted(priced.difference(idx)):  # a deal's title no candidate
        lines[i].mark(HEADING, "priced_series")
    # headings the models chose that are text after all; lone_heading last, as it counts the others' work
    _unmark_typed_capitals(lines, ctx.title_index)
    _unmark_text_shapes(lines)
    _unmark_record_fields(lines)
    _unmark_field_rows(lines)
    _unmark_over_promotion(lines)
    _unmark_over_chrome(lines)
    _unmark_short_list_items(lines)
    _unmark_lone_heading(lines)
    _mark_group_labels(lines)  # the text's own layout, whatever the models read: last, as no pass takes it back
    _mark_signed_boxes(lines)
    _mark_template_labels(lines)


# A product's price at a store, or a link to it there: "$58 at Amazon", "View on Walmart".
_STORE_PRICE = re.compile(r"(?:[$€£]\s?\d[\d,.]*\s+at|view\s+(?:on|at))\s+\w", re.IGNORECASE)


def _mark_product_cards(lines: list[Line]) -> None:
    """A caption over its picture's credit, with a product's price at a store or a link to it right under the
    credit ("Cosori Electric Gooseneck Kettle", "Credit: Amazon", "$58 at Amazon $78 at Wayfair"): the
    product's name heading its card in a list of products, not the picture's caption."""
    for ln in lines:
        if ln.label == CAPTION and ln.rule == "caption_before_credit" and _may_head(ln):
            j = _past_credits(lines, ln.index)
            if ln.index + 1 < j < len(lines) and _STORE_PRICE.match(lines[j].text):
                ln.mark(HEADING, "product_card")


_TAKEN_BACK = ("teaser_question:", "announcing_clause:", "record_field:")  # the rules of headings made text again


# Rules of chrome that bids the reader elsewhere: to act, to follow a link, to share, to read an affiliate's notice.
_PROMOTION_RULES = frozenset(("call_to_action", "affiliate_notice", "insert_in_text", "link_copy", "related_link",
                              "ui_control", "title_copy", "share_prompt", "support_appeal"))


def _unmark_over_promotion(lines: list[Line]) -> None:
    """A heading the heading model chose under PROMOTED_HEADING_MAX_P right over a line bidding the reader elsewhere
    (`_PROMOTION_RULES`: "Subscribe now for unlimited ...", "Get a homeowners insurance quote", a link to another
    story): it heads a promotion, none of the text. Text (an advertisement's marker, a shop's link, a button under a
    product's name, stand inside a section)."""
    for ln in lines[:-1]:
        nxt = lines[ln.index + 1]
        if ln.label == HEADING and nxt.label == BOILERPLATE and nxt.rule.split(":")[0] in _PROMOTION_RULES \
                and (m := _MODEL_HEADING.fullmatch(ln.rule)) and float(m.group(1)) < PROMOTED_HEADING_MAX_P:
            ln.mark(PARAGRAPH, f"over_promotion:{ln.rule}")


def _unmark_over_chrome(lines: list[Line]) -> None:
    """A heading the heading model chose under CHROME_LED_MAX_P over nothing but chrome down to the next heading or
    the page's end ("ZOTAC GeForce GTX 1080 Ti AMP Extreme", "BUY NOW", the next product's name; "Texas A & M
    University", "College Station, TX", "4 year", the next college's): no text under it, it heads a card's fields
    or a widget's, none of the text's sections. Text. One over an advertisement's lines and then its text stays."""
    for ln in lines[:-1]:
        if ln.label != HEADING or lines[ln.index + 1].label != BOILERPLATE \
                or not (m := _MODEL_HEADING.fullmatch(ln.rule)) or float(m.group(1)) >= CHROME_LED_MAX_P:
            continue
        j = ln.index + 1
        while j < len(lines) and lines[j].label == BOILERPLATE:
            j += 1
        if j == len(lines) or lines[j].label == HEADING:
            ln.mark(PARAGRAPH, f"over_chrome:{ln.rule}")


_ITEM_LABELS = (PARAGRAPH, HEADING)
_NO_ITEM_END = (".", ":", "?", "!")  # a sentence's or a lead-in's end: a line of text or a list's header, no item


def _unmark_short_list_items(lines: list[Line]) -> None:
    """A heading the heading model chose of LIST_LINE_MAX_WORDS words or fewer right between two lines of text or
    headings as short, none ending a sentence or a lead-in, and set apart from them no more than they are from
    the lines beyond them ("Tai chi", "Walking", "Yoga"; "Kindness", "Patience", "Empathy"): an item of a list of
    names, not a section's heading. Text. A numbered one ("8. Quince", between a shop's link and its tags) counts
    the sections of a list of them, and one set apart between two lists set line under line ("Salt", "Equipment",
    "Whisk") heads the second: they stay."""
    for ln in lines[2:-2]:
        above, below = lines[ln.index - 1], lines[ln.index + 1]
        if ln.label == HEADING and ln.words <= LIST_LINE_MAX_WORDS and _MODEL_HEADING.fullmatch(ln.rule) \
                and not _NUMBERED.match(ln.text) and all(
                    x.label in _ITEM_LABELS and x.words <= LIST_LINE_MAX_WORDS
                    and not x.text.rstrip().endswith(_NO_ITEM_END) for x in (above, below)) \
                and ln.number - above.number <= above.number - lines[above.index - 1].number \
                and below.number - ln.number <= lines[below.index + 1].number - below.number:
            ln.mark(PARAGRAPH, f"short_list_item:{ln.rule}")


def _unmark_lone_heading(lines: list[Line]) -> None:
    """A page's headings, LONE_MAX_HEADINGS or fewer, all chosen by the heading model under LONE_HEADING_MIN_P:
    lines set apart in a text that has no sections (a photo's caption, a name, a teaser's question), which the
    models read as headings for want of others to compare them with. Text, not headings. A text of a few short
    paragraphs (under LONE_MIN_TEXT_WORDS words) keeps its heading: there one section break is all a page has.
    The headings the passes before took back (teaser questions, announcing clauses, record fields) count too:
    a page left with one heading of three has sections."""
    heads = [ln for ln in lines if ln.label == HEADING]
    taken_back = sum(1 for ln in lines if ln.rule.startswith(_TAKEN_BACK))
    if heads and len(heads) + taken_back <= LONE_MAX_HEADINGS \
            and sum(ln.words for ln in lines if ln.label == PARAGRAPH) >= LONE_MIN_TEXT_WORDS and all(
            (m := _MODEL_HEADING.fullmatch(ln.rule)) and float(m.group(1)) < LONE_HEADING_MIN_P for ln in heads) \
            and not (len(heads) >= LONE_SECTIONS_MIN and not taken_back and all(_sets_off_section(lines, ln)
                                                                                for ln in heads)):
        for ln in heads:
            ln.mark(PARAGRAPH, f"lone_heading:{ln.rule}")


def _sets_off_section(lines: list[Line], line: Line) -> bool:
    """`line` stands between two paragraphs, set apart from the one above by a blank line: the page's text
    runs on before and after it, as around a section's heading (a caption or a name opening the text has no
    paragraph above; a line within a list is set apart by no blank line). An advertisement's marker between
    them is read past."""
    i = line.index
    above = i - 1
    while above > 0 and _ad_line(lines[above]):
        above -= 1
    return 0 < i < len(lines) - 1 and lines[above].label == PARAGRAPH and lines[i + 1].label == PARAGRAPH \
        and lines[i].number - lines[i - 1].number > 1


# A short question a text asks to lead on to its next sentence ("The good news?", "The result?", "But guess what?"):
# an article or a conjunction, then no question word ("But what is torque?" asks one); or one word ("Why?").
_TEASER_QUESTION = re.compile(r"(?:the|a|an|but|and|so|or)\s+"
                              r"(?!(?:what|how|why|who|when|where|which|is|are|do|does|can)\b)[^?]*\?|[^\s?]+\?",
                              re.IGNORECASE)


# A question's verb or question word anywhere in a line, or a colon before it ("The detective phase: Is it ...?").
_ASKS = re.compile(r"\b(?:what|how|why|who|whom|whose|when|where|which|is|are|was|were|do|does|did|can|could|will"
                   r"|would|should|shall|may|might|must|has|have|had)\b|:", re.IGNORECASE)


# A clause that announces what follows it, by its first word ("Then I run this simple prompt:", "As Joel writes:",
# "There are three kinds:") or its last ("Examples include:", "It might look like this:", "Recommendations are:").
_ANNOUNCING_CLAUSE = re.compile(r"(?:(?:i|you|we|they|he|she|it|there|here|that|this|then|as|namely|so|these|those"
                                r"|let)\b.*|.*\b(?:is|are|was|were|include|includes|including|this|these|follows"
                                r"|following|below|like))\s*:", re.IGNORECASE)


# A lead-in that points the reader at a link, then the linked story's title ("Also Check: Best Project Management
# Software", "You may also be interested: ...", "Take a look if you haven't read it yet: ...", "Learn more about these
# solutions here: ...", "💡 Related: ...").
_LINK_LEAD = re.compile(r"(?!how\s+to\b)(?:[^:]*\b(?:read|related|interested|also\s+(?:check|read|see|like))"
                        r"|[^:]*\S\s+here)\b[^:]*:\s+\S",  # not "How to read: ...", "Also known as: ...", "Here: ..."
                        re.IGNORECASE)


# How a line that carries on the sentence of the line above it starts: a stop or a comma with more after it
# (", the largest American national park."), or a word that joins it to what came before ("and Grand Canyon.",
# "before going to"); how a line left in mid-sentence ends: a word that needs the next ("... with the", "and").
_CARRIED_ON = re.compile(r"(?:[,;:]|\.(?![.\w]))\s*\S|(?:and|or|nor|to|of|in|with|on|at|for|from|by|before|after|then"
                         r"|is|are|was|were)\s")  # (in lower case: a sentence goes on; not ".NET", "... and so")
_LEFT_OPEN = re.compile(r"(?:^|.*\s)(?:the|a|an|and|or|to|of|in|with|on|at|for|from|by)")


# A clause joined to the sentence before it by a conjunction, its subject a pronoun ("But you will always wonder,
# ...", "But it doesn't hurt to try", "So it's playing with her naivety?"), or the conjunction alone ("And", "OR").
_JOINED_CLAUSE = re.compile(r"(?:but|and|or|yet|so)(?:\s+(?:i|you|we|they|he|she|it)(?:['’]\w+)?\s.*)?",
                            re.IGNORECASE)


# A question put to the reader in lower case after a short label ("A favor: would you take a moment to share this?",
# "Think fast: what's in your trash can right now?"); a section's question starts in capitals ("FAQ: How Do I ...?").
_LABELLED_QUESTION = re.compile(r"[^:?]+:\s+(?:would|will|can|could|do|does|did|is|are|have|has|what|how|why|who"
                                r"|where|when|which)\b[^?]*\?")


# A question that offers the reader a service ("Ready to book your move?", "Looking for strategic advice?", "Curious
# about how it can fit your budget?") and the line under it that asks the reader to act on it ("Get a Quote from ...",
# "Contact us today ...", "Request a demo", "Find an agent near you").
_OFFER_QUESTION = re.compile(r"(?:ready|want|looking|need|interested|curious|thinking)\b.*\?", re.IGNORECASE)
_OFFER_ACTION = re.compile(r"(?:contact|request|find|get|call|schedule|book|talk|reach|sign|start|speak|claim)\b",
                           re.IGNORECASE)


def _text_shape(lines: list[Line], line: Line, chosen_by_model: bool) -> str:
    """The name of the shape (`_TEXT_SHAPES`) that tells heading `line` for a line of the text, or "": a heading
    the heading model chose may have any of them, one a rule chose only those that read it so on any heading."""
    for name, shaped, any_heading in _TEXT_SHAPES:
        if (chosen_by_model or any_heading) and shaped(lines, line):
            return name
    return ""


def _under(lines: list[Line], line: Line) -> Line | None:
    """The line under `line`, or None at the page's end."""
    return lines[line.index + 1] if line.index + 1 < len(lines) else None


def _teaser_question(lines: list[Line], line: Line) -> bool:
    """A text's teaser question (`_TEASER_QUESTION`, of TEASER_QUESTION_MAX_WORDS or fewer, or up to
    TEASER_PHRASE_MAX_WORDS when it asks nothing, a phrase with a question mark: "The big benefit of knowing your
    stage?"): a sentence set apart that the paragraph under it answers. A question in title case is a section's
    heading ("The Verdict: Worth It?", "A Turning Point?")."""
    return (line.words <= TEASER_QUESTION_MAX_WORDS or (
        line.words <= TEASER_PHRASE_MAX_WORDS and not _ASKS.search(line.text))) \
        and _TEASER_QUESTION.fullmatch(line.text) is not None and not (line.words > 1 and _title_cased(line.text))


def _echoed_label(lines: list[Line], line: Line) -> bool:
    """A label ending in a colon that the next line opens with ("Pro Tip:" over "Pro Tip: Some plans cover
    ..."): a box's label shown again as the lead of its text."""
    under = _under(lines, line)
    return line.text.endswith(":") and under is not None and under.text.casefold().startswith(line.text.casefold())


def _sentence_piece(lines: list[Line], line: Line) -> bool:
    """A piece of a sentence the page broke at a link: the text line under it carries the sentence on
    (`_CARRIED_ON`), or it starts in lower case under a line left in mid-sentence (`_LEFT_OPEN`): "Experience
    Island Life with the" / "Hawaiian Adventure" / "package. You'll visit ...". A heading is no part of a
    sentence."""
    under = _under(lines, line)
    return line.index > 0 and under is not None and under.label == PARAGRAPH and (
        _CARRIED_ON.match(under.text) is not None
        or (under.text[:1].islower() and _LEFT_OPEN.fullmatch(lines[line.index - 1].text) is not None))


def _stated_sentence(lines: list[Line], line: Line) -> bool:
    """A statement ended by a full stop (`_STATED`: "Then React arrived.", "Full ... review."), not numbered
    ("3. Read it aloud." is a tip's heading)."""
    return _STATED.fullmatch(line.text) is not None and not _NUMBERED.match(line.text)


def _labelled_question(lines: list[Line], line: Line) -> bool:
    """A question put to the reader after a label (`_LABELLED_QUESTION`: "A favor: would you ...?"), not a
    numbered step's ("Step 2: do you need a permit?")."""
    return _LABELLED_QUESTION.fullmatch(line.text) is not None and not _NUMBERED.match(line.text)


def _offer_question(lines: list[Line], line: Line) -> bool:
    """A question offering the reader a service (`_OFFER_QUESTION`) over a line asking them to act on it
    (`_OFFER_ACTION`: "Get a Quote from ...", "Contact us today"): a promotion set in the text; over prose
    ("Ready to Make It Happen?" over "If you've been ...") it heads the text's last section."""
    under = _under(lines, line)
    return _OFFER_QUESTION.fullmatch(line.text) is not None and under is not None \
        and _OFFER_ACTION.match(under.text) is not None


# The shapes of a heading that tell a line of the text (`_unmark_text_shapes`): each one's name, its test (the
# line's own words alone, unless it reads its neighbours), and whether it reads so on any heading, not only on one
# the heading model chose (a piece of a sentence is no heading whatever chose it).
_TEXT_SHAPES: tuple[tuple[str, Callable[[list[Line], Line], bool], bool], ...] = (
    ("teaser_question", _teaser_question, False),
    ("announcing_clause", lambda _, ln: _ANNOUNCING_CLAUSE.fullmatch(ln.text) is not None, False),  # "Like this:"
    ("stated_sentence", _stated_sentence, False),
    ("echoed_label", _echoed_label, False),
    ("link_lead", lambda _, ln: _LINK_LEAD.match(ln.text) is not None, False),  # "Also Check: <another story>"
    ("sentence_piece", _sentence_piece, True),
    # a clause joined by a conjunction and a pronoun ("But you will always wonder, ..."); in title case, a heading's
    ("joined_clause", lambda _, ln: _JOINED_CLAUSE.fullmatch(ln.text) is not None
     and not (ln.words > 1 and _title_cased(ln.text)), False),
    ("labelled_question", _labelled_question, False),
    ("offer_question", _offer_question, False),
)


def _unmark_text_shapes(lines: list[Line]) -> None:
    """The headings that have the shape of a line of the text (`_text_shape`: a teaser question, a clause
    announcing what follows, a statement, a box's label, a link under a lead-in, a piece of a sentence, a joined
    clause, a question to the reader, an offer), not of a section's name. Text, the rule named for the shape."""
    for ln in lines:
        if ln.label == HEADING and (shape := _text_shape(lines, ln, ln.rule.startswith("heading_model"))):
            ln.mark(PARAGRAPH, f"{shape}:{ln.rule}")


_FIELD = re.compile(r"([^:\d][^:]*):\s+\S")  # "Organization: Project Management Institute": a label and its value


def _field_label(text: str) -> str | None:
    """The label of a field line ("Format: Open Textbook" -> "format"), when short enough, else None."""
    m = _FIELD.match(text)
    return m.group(1).strip().casefold() if m and len(m.group(1).split()) <= FIELD_LABEL_MAX_WORDS else None


def _unmark_record_fields(lines: list[Line]) -> None:
    """The headings the heading model chose that are fields of a page's records: a label and its value
    ("Organization: Project Management Institute (PMI)", "Format: Open Textbook"), the label on
    FIELD_SERIES_MIN or more lines of the page, right by a field of another such label, no sentence and no
    heading ("Accreditation body: ...", "Language: English"; not "Pro: Thin and light" by "Design: A familiar
    look"). A record's first field reads as its name; it is a line of the record. Text."""
    heads = [ln for ln in lines if ln.label == HEADING and ln.rule.startswith("heading_model")]
    if not any(":" in ln.text for ln in heads):  # no field among them (every `_FIELD` match holds a colon)
        return
    labels = [_field_label(ln.text) if ":" in ln.text and not _QA_LINE.match(ln.text) else None for ln in lines]
    counts = Counter(label for label in labels if label)
    for ln, label in zip(lines, labels, strict=True):
        if ln.label != HEADING or not ln.rule.startswith("heading_model") or not label \
                or counts[label] < FIELD_SERIES_MIN:
            continue
        near = [j for j in (ln.index - 1, ln.index + 1) if 0 <= j < len(lines)]
        if any((other := labels[j]) and other != label and counts[other] >= FIELD_SERIES_MIN
               and not is_sentence(lines[j]) and lines[j].label != HEADING for j in near):
            ln.mark(PARAGRAPH, f"record_field:{ln.rule}")


def _unmark_field_rows(lines: list[Line]) -> None:
    """The headings that are a field between two other fields, set as they are (`_spaced_as_rows`), a label and
    its value each ("Processor: AMD Ryzen 7" between "Display: 15.6 inches" and "Memory: 16GB"; `_field_label`),
    no heading and no interview's question or answer above or under: a row of a list of specifications or
    records, not a section's name ("Day 2: The Vatican" set apart between days' fields heads them). Text."""
    def field(line: Line) -> bool:
        return line.label != HEADING and not _QA_LINE.match(line.text) and _field_label(line.text) is not None
    for ln in lines[1:-1]:
        if ln.label == HEADING and not _QA_LINE.match(ln.text) and _field_label(ln.text) is not None \
                and field(lines[ln.index - 1]) and field(lines[ln.index + 1]) and _spaced_as_rows(lines, ln.index):
            ln.mark(PARAGRAPH, f"field_row:{ln.rule}")


def _spaced_as_rows(lines: list[Line], i: int) -> bool:
    """Line `i` is set no farther from the lines above and under it than they are from theirs: a row among rows,
    not a heading set apart between blocks of them."""
    def gap(a: int) -> int:  # line numbers from line a to line a + 1
        return lines[a + 1].number - lines[a].number
    return (i < 2 or gap(i - 1) <= gap(i - 2)) and (i + 2 >= len(lines) or gap(i) <= gap(i + 1))


_MODEL_HEADING = re.compile(r"heading_model:p=([\d.]+)")  # the rule of a heading the heading model chose


def _unmark_typed_capitals(lines: list[Line], title_index: int) -> None:
    """A page whose headings, TYPED_CAPITALS_MIN or more, are all in capitals, each of TYPED_CAPITALS_MIN_WORDS
    or more and none numbered, under a title that is not: they are subheads set in the text's own paragraphs,
    as a news wire types them ("WHO IS THE FRONT-RUNNER?", "FRANCE WINS"), or the headlines of other stories
    set among them ("SEAN SPICER ELIMINATED FROM ..."). Text, not headings. A style setting a page's section
    names in capitals sets one-word names so too ("HISTORY", "THEOREM"): those stay headings."""
    heads = [ln for ln in lines if ln.label == HEADING]
    if len(heads) < TYPED_CAPITALS_MIN or (title_index >= 0 and lines[title_index].text.isupper()):
        return
    if all(ln.text.isupper() and ln.words >= TYPED_CAPITALS_MIN_WORDS and not _NUMBERED.match(ln.text)
           for ln in heads):
        for ln in heads:
            ln.mark(PARAGRAPH, f"typed_capitals:{ln.rule}")


# The candidates that are not text lines, by their label: the rule that makes one a heading.
_SIDE_HEADINGS = {CAPTION: "captioned_heading", BOILERPLATE: "chrome_heading"}


def _scored_candidates(lines: list[Line], ctx: features.PageContext, probs: list[float],
                       text: list[Line]) -> tuple[list[int], list[float]]:
    """The heading candidates and their scores: the text's (`heading_candidates`), then the captions over
    a credit and the lines of chrome within the run (`captioned_candidates`, `chrome_candidates`), read
    among the text's candidates, which keep their scores."""
    idx = heading_candidates(lines)
    if not idx:
        return [], []
    scores = heading_scores(lines, ctx, probs, idx, text)
    if side := [*captioned_candidates(lines), *chrome_candidates(lines)]:
        both = sorted([*idx, *side])
        scored = dict(zip(both, heading_scores(lines, ctx, probs, both, text), strict=True))
        scored.update(zip(idx, scores, strict=True))
        return both, [scored[i] for i in both]
    return idx, scores


# A numbered line's number and how it is written: a lead word ("Step", "Day", "Tip #") and what follows the number.
_NUMBERED = re.compile(r"^(?:([^\W\d_]+)\s*#?\s*)?(\d{1,3})(?:\s*([.):\u2013\u2014-])\s*|\s+)(?=\w)")


def _numbered_series(lines: list[Line], chosen: list[int], idx: list[int]) -> set[int]:
    """The candidates (of `idx`) left out that are of a numbered series most of which was chosen: NUMBERED_MIN_HEADINGS
    or more lines written alike, each with its own number ("1. Streamline what you bring home.", "2. Shop in
    bulk."), each over text of its own, NUMBERED_MIN_SHARE of them chosen as headings."""
    ends = dict(zip(idx, [*idx[1:], len(lines)], strict=True))
    groups: dict[tuple[str, str], dict[str, list[int]]] = {}
    for i in idx:
        m = _NUMBERED.match(lines[i].text)
        if m and any(ln.label == PARAGRAPH and ln.words > HEADING_MAX_WORDS for ln in lines[i + 1: ends[i]]):
            written = _numbering_form(m)
            groups.setdefault(written, {}).setdefault(m.group(2), []).append(i)
    kept = set(chosen)
    found: set[int] = set()
    for numbers in groups.values():
        members = [i for same in numbers.values() if len(same) == 1 for i in same]
        taken = sum(i in kept for i in members)
        if len(members) >= NUMBERED_MIN_HEADINGS and taken >= NUMBERED_MIN_SHARE * len(members):
            found.update(i for i in members if i not in kept)
    return found


_TAGGED_NUMBER = re.compile(r"^[^\W\d_]+\s*#(\d{1,3})\b")  # "Prompt #1: ...", "Myth #3 ...": a series' tag


def _section_number(text: str) -> int | None:
    """The number a line counts with: a numbered item's or a named step's (`_series_number`), or one tagged with
    "#" after any word ("Prompt #2: Learning from obstacles."); None for others ("Figure 2." names a picture)."""
    if (number := _series_number(text)) is not None:
        return number
    m = _TAGGED_NUMBER.match(text)
    return int(m.group(1)) if m else None


def _counted_sections(lines: list[Line], idx: list[int]) -> set[int]:
    """The candidates (of `idx`) that count a text's sections from 1: NUMBERED_MIN_HEADINGS or more short numbered
    lines or steps (COUNTED_MAX_WORDS; `_section_number`: "2. ...", "Step 2: ...", "Prompt #2: ..."), numbered 1, 2,
    3... in turn, each right over a paragraph of its own (no numbered line, COUNTED_TEXT_MIN_WORDS or longer): "1.
    Assess your career goals.", its paragraph, "2. Evaluate industry demand.", its paragraph... A list's items stand
    line under line, or over short lines; a series taken up midway ("16. ...") may be a long list's items, each with
    a note."""
    found: set[int] = set()
    run: list[int] = []
    for i in idx:
        number = _section_number(lines[i].text)
        if number is None or lines[i].words > COUNTED_MAX_WORDS or i + 1 >= len(lines) \
                or lines[i + 1].label != PARAGRAPH or lines[i + 1].words < COUNTED_TEXT_MIN_WORDS \
                or _section_number(lines[i + 1].text) is not None:
            continue
        if number != len(run) + 1:
            if len(run) >= NUMBERED_MIN_HEADINGS:
                found.update(run)
            run = [i] if number == 1 else []
        else:
            run.append(i)
    if len(run) >= NUMBERED_MIN_HEADINGS:
        found.update(run)
    return found


# A price or a discount: "$39.99", "€ 20", "35% Off".
_PRICE = re.compile(r"[$€£]\s?\d|\b\d{1,3}\s?%\s+off\b", re.IGNORECASE)


def _priced_series(lines: list[Line], chosen: list[int], idx: list[int]) -> set[int]:
    """The text lines left out that are of a deal list most of which was chosen: PRICED_MIN_HEADINGS or more
    lines naming a price or a discount in title case, no sentence, each over a paragraph of text, right
    under it or past one short line ("Use code ..."): "$15 Off Apple AirPods Pro", "70\" Element 4K UHD Smart
    HDTV with Roku for $499.99", PRICED_MIN_SHARE of them chosen as headings: each names the deal its paragraph
    tells of. Besides the candidates (of `idx`), a deal's title may run to PRICED_MAX_WORDS or lead with an
    action ("Get Dashlane Password Manager for Free ($4.99/mo)")."""
    pool = set(idx)
    members = [ln.index for ln in lines if ln.label == PARAGRAPH and (ln.index in pool or _deal_shaped(ln))
               and _PRICE.search(ln.text) and not ln.text.endswith(features.SENTENCE_END) and _title_cased(ln.text)
               and _over_deal_text(lines, ln.index)]
    kept = set(chosen)
    taken = sum(i in kept for i in members)
    if len(members) < PRICED_MIN_HEADINGS or taken < PRICED_MIN_SHARE * len(members):
        return set()
    return {i for i in members if i not in kept}


def _deal_shaped(line: Line) -> bool:
    """A line no candidate that may still title a deal: up to PRICED_MAX_WORDS words, no table row, none of the
    lines never headings but those leading with an action (`_NOT_A_HEADING`, `_ARROWED`)."""
    return line.words <= PRICED_MAX_WORDS and not line.cells and not _bracketed(line.text) \
        and not _NOT_A_HEADING.match(line.text) and not _ARROWED.match(line.text)


def _over_deal_text(lines: list[Line], i: int) -> bool:
    """A paragraph too long for a heading follows line `i`, right under it or past one shorter text line that
    names no price ("Use code ...", "This sponsored deal is brought to you by ...")."""
    for j in (i + 1, i + 2):
        if j >= len(lines) or lines[j].label != PARAGRAPH:
            return False
        if lines[j].words > HEADING_MAX_WORDS:
            return True
        if _PRICE.search(lines[j].text):  # the next deal's title, or its price
            return False
    return False


def _title_cased(text: str) -> bool:
    """Most of the line's words that start with a letter start with a capital ("70\" Element 4K UHD Smart HDTV
    with Roku"): a name or a headline, not a sentence."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


_COUNT = re.compile(r"\b\d{1,3}\b")  # "5 Tips to ...", "The Top 9 Fitness Trends for 2025"


def _numbering_form(match: re.Match[str]) -> tuple[str, str]:
    """How a `_NUMBERED` line writes its number: its lead word ("step") and the mark after the number."""
    return (match.group(1) or "").casefold(), match.group(3) or " "


def _series_titles(lines: list[Line], chosen: list[int], idx: list[int]) -> set[int]:
    """The text candidates (of `idx`) left out right over the first item ("1. ...") of a numbered series
    chosen as headings (NUMBERED_MIN_HEADINGS or more written alike): the series' own heading when it
    counts them and is written in title case, no sentence ("5 Tips to Enjoy Game Day Parties:", "The 8
    Best Drip Coffee Makers Of 2026"); "Here are 3 things to know:" announces the list in a sentence."""
    kept = set(chosen)
    written: dict[tuple[str, str], int] = {}
    firsts = []
    for i in chosen:
        if m := _NUMBERED.match(lines[i].text):
            form = _numbering_form(m)
            written[form] = written.get(form, 0) + 1
            if m.group(2) == "1":
                firsts.append((i, form))
    found = set()
    for i, form in firsts:
        j = i - 1
        if written[form] < NUMBERED_MIN_HEADINGS or j < 0 or j in kept or j not in idx:
            continue
        text = lines[j].text.strip()
        shape = features.heading_shape(text)
        if lines[j].label == PARAGRAPH and _COUNT.search(text) and shape[4] and not shape[0] \
                and not text.endswith((".", "!", "?")):
            found.add(j)
    return found


# The name of a section most articles have: its summary, conclusion, questions ("Key takeaways", "Final thoughts").
_SECTION_NAME = re.compile(r"(?:(?:the|our|my|in|final|quick|key)\s+)?(?:conclusions?|summary|overview|takeaways?"
                           r"|final\s+(?:thoughts|words|verdict)|verdict|wrapping\s+up|wrap-up|bottom\s+line"
                           r"|introduction|faqs?|frequently\s+asked\s+questions|highlights|methodology|next\s+steps"
                           r"|tl;?\s?dr)\s*[:.!]?", re.IGNORECASE)


def _named_sections(lines: list[Line], chosen: list[int], idx: list[int]) -> set[int]:
    """The candidates (of `idx`) left out that name a section most articles have ("Conclusion", "FAQs",
    "Key takeaways": words a page's chrome uses too, which the models hold against them), once on the page,
    right over text or a chosen heading."""
    kept = set(chosen)
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.key] = counts.get(ln.key, 0) + 1
    return {i for i in idx if i not in kept and i + 1 < len(lines) and counts[lines[i].key] == 1
            and _SECTION_NAME.fullmatch(lines[i].text)
            and (lines[i + 1].label == PARAGRAPH or i + 1 in kept)}


def _listed_sections(lines: list[Line], listed: set[int], likely: list[int], chosen: list[int]) -> set[int]:
    """The candidates left out, of those scored LISTED_MIN_P or more (`likely`), that a table of contents
    above them lists (`listed`: `contents.contents_lines` of the page): each the lowest copy of its line,
    right over text or a chosen heading. A page names such a section twice, which the models hold against it."""
    if not listed:
        return set()
    first = min(listed)
    names = {lines[k].key for k in listed}
    lowest = {ln.key: ln.index for ln in lines}
    kept = set(chosen)
    return {i for i in likely if i not in kept and i > first and i not in listed and lines[i].key in names
            and lowest[lines[i].key] == i and i + 1 < len(lines)
            and (lines[i + 1].label == PARAGRAPH or i + 1 in kept)}


def _announced_first_items(lines: list[Line], chosen: list[int]) -> set[int]:
    """The chosen headings that are the first items of a list a line announces ("Top picks:", "Here are some
    examples:"): right under that line, and over another short line (the next item), not over text."""
    return {i for i in chosen if 0 < i < len(lines) - 1 and lines[i - 1].text.endswith(":")
            and lines[i + 1].words <= ANNOUNCED_ITEM_MAX_WORDS
            and not lines[i + 1].text.endswith(features.SENTENCE_END)}


def _mark_template_labels(lines: list[Line]) -> None:
    """A short line of the text, no sentence, that the page shows TEMPLATE_MIN_COPIES times or more, each copy right
    under a heading ("Meal Prep Menu for Eating Plan A", "Pre-Workout Meal", ..., "Meal Prep Menu for Eating Plan B",
    "Pre-Workout Meal", ...): the first label of a template each sibling section fills in, a heading too (its first
    copy: the others fill in the same template). A comma makes such a line a value ("San Jose, United States")."""
    under: dict[str, int] = {}  # the lines right under a heading, by their words: only those may be such labels
    for ln in lines[1:]:
        if lines[ln.index - 1].label == HEADING:
            under[ln.key] = under.get(ln.key, 0) + 1
    keys = {key for key, n in under.items() if n >= TEMPLATE_MIN_COPIES}
    if not keys:
        return
    copies: dict[str, list[Line]] = {}
    for ln in lines:
        if ln.key in keys and TEMPLATE_LABEL_MIN_WORDS <= ln.words <= TEMPLATE_LABEL_MAX_WORDS:
            copies.setdefault(ln.key, []).append(ln)
    for same in copies.values():
        if len(same) >= TEMPLATE_MIN_COPIES and all(
                ln.index > 0 and lines[ln.index - 1].label == HEADING and ln.label == PARAGRAPH and _may_head(ln)
                and not ln.text.endswith((*features.SENTENCE_END, ":")) and "," not in ln.text for ln in same):
            same[0].mark(HEADING, "template_label")  # once: the other copies fill in the same template


def _mark_signed_boxes(lines: list[Line]) -> None:
    """An analysis box in a story: a short line of the text, no sentence, between a paragraph above and a line
    signing the box with a name and a role ("One chapter over, another barely begun", "Caroline Hawley, BBC
    diplomatic correspondent", then the box's paragraphs): the box's heading (the signature stays text). A line
    opening with a quotation mark is a pull quote over its speaker."""
    for ln in lines[1:-2]:
        i = ln.index
        if ln.label == PARAGRAPH and ln.words <= BOX_HEADING_MAX_WORDS and _may_head(ln) \
                and not ln.text.endswith((*features.SENTENCE_END, ":")) and ln.text[:1] not in features.OPENING_QUOTES \
                and lines[i - 1].label == PARAGRAPH \
                and lines[i + 1].label == PARAGRAPH and _signature(lines[i + 1].text) \
                and lines[i + 2].label == PARAGRAPH and lines[i + 2].words >= BOX_TEXT_MIN_WORDS:
            ln.mark(HEADING, "signed_box")


# A reporter's role, which signs an analysis box: the last word of "Caroline Hawley, BBC diplomatic correspondent".
_REPORTER_ROLES = frozenset(("correspondent", "editor", "reporter", "analyst", "columnist", "commentator",
                             "corresponsal", "correspondente", "corrispondente", "korrespondent", "korrespondentin",
                             "redakteur", "redakteurin", "rédacteur", "rédactrice", "redattore", "redactor"))


def _signature(text: str) -> bool:
    """A name, a comma and a reporter's role (its last word one of `_REPORTER_ROLES`): "Caroline Hawley, BBC
    diplomatic correspondent". A speaker's or a pictured person's role ("emergency manager", "family physician")
    signs a pull quote or a caption."""
    name, comma, role = text.partition(", ")
    words = role.split()
    return bool(comma) and 0 < len(words) < BOX_SIGNATURE_MAX_WORDS and looks_like_name(name) \
        and words[-1].casefold() in _REPORTER_ROLES


def _mark_group_labels(lines: list[Line]) -> None:
    """The labels splitting a list of the text into groups (`_group_labels`) are headings."""
    for i in _group_labels(lines):
        lines[i].mark(HEADING, "group_label")


def _group_labels(lines: list[Line]) -> list[int]:
    """The labels splitting a list of the text into groups: blocks of lines set line after line (no blank line
    between), one right after the other, all in the text (or its run), each opening with a label, that hold
    GROUP_LABELS_MIN or more labels, each a short line typed in capitals (`_group_label`) over GROUP_ITEMS_MIN or
    more items that are not, in its block ("NOT SCARY", "Writing a blog post", "Writing an email", "KIND OF SCARY",
    ...; or "BEGINNER:" over its lines, a blank line, "INTERMEDIATE:" over its own): each heads its group. A product
    box's "PROS" and "CONS" are two; a menu's capitals stand outside the text."""
    if sum(1 for ln in lines if ln.words <= GROUP_LABEL_MAX_WORDS and ln.text.isupper()) < GROUP_LABELS_MIN:
        return []  # (too few lines in capitals on the page for a list's groups)
    found: list[int] = []
    run: list[int] = []  # the labels of the blocks in a row so far
    for i, j in _close_set_blocks(lines):
        labels = _block_labels(lines[i:j])
        if labels:
            run += labels
        else:
            found += run if len(run) >= GROUP_LABELS_MIN else []
            run = []
    return found + (run if len(run) >= GROUP_LABELS_MIN else [])


def _block_labels(block: list[Line]) -> list[int]:
    """The indexes of a block's group labels (see `_group_labels`) when it opens with one and each stands over
    GROUP_ITEMS_MIN or more items, all lines of the text (or its run); else none."""
    if not _group_label(block[0]) or not all(ln.label in (PARAGRAPH, HEADING) or _low_in_run(ln) for ln in block):
        return []
    labels = [k for k, ln in enumerate(block) if _group_label(ln)]
    ends = [*labels[1:], len(block)]
    if all(e - k > GROUP_ITEMS_MIN for k, e in zip(labels, ends, strict=True)):
        return [block[k].index for k in labels]
    return []


# A song's parts, which label quoted lyrics: "VERSE 1", "CHORUS", "BRIDGE".
_LYRIC_PART = re.compile(r"(?:verse|(?:pre-?)?chorus|bridge|intro|outro|hook|refrain)(?:\s*\d+)?\s*:?", re.IGNORECASE)


def _group_label(line: Line) -> bool:
    """A short line typed in capitals, no sentence, none of the lines never headings (`_may_head`) nor a song's
    part (`_LYRIC_PART`): "KIND OF SCARY", "TERROR LEVEL 100", a group's label."""
    return line.words <= GROUP_LABEL_MAX_WORDS and line.text.isupper() \
        and not line.text.endswith(features.SENTENCE_END) and _may_head(line) and not _LYRIC_PART.fullmatch(line.text)


_BARE_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)  # "http://amzn.to/2hZfWFJ": a link, no words


def _link_items(lines: list[Line], chosen: list[int], idx: list[int]) -> set[int]:
    """The chosen headings that are items of a list of links: each over no text but bare links (to the next
    candidate of `idx`: "2) Polistil 960574 Pista Elettrica", "http://amzn.to/2hZfWFJ"), LINK_ITEMS_MIN or
    more of them on the page. One such line may head a section that quotes its source; a run of them names
    products or pages, each with its address."""
    ends = dict(zip(idx, [*idx[1:], len(lines)], strict=True))
    found = set()
    for i in chosen:
        under = [ln for ln in lines[i + 1: ends[i]] if ln.label == PARAGRAPH]
        if under and all(_BARE_LINK.fullmatch(ln.text) for ln in under):
            found.add(i)
    return found if len(found) >= LINK_ITEMS_MIN else set()


_HANDLE = re.compile(r"@\w[\w.]*")  # "@paulinaporizkov": the account an embedded post comes from


def _embed_labels(lines: list[Line], chosen: list[int]) -> set[int]:
    """The chosen headings right over a bare social handle: the label of an embedded post ("Photo",
    "@paulinaporizkov"), not a section's heading (a section starts with text, not an account's name)."""
    return {i for i in chosen if i + 1 < len(lines) and _HANDLE.fullmatch(lines[i + 1].text)}


def _list_items(lines: list[Line], chosen: list[int]) -> set[int]:
    """The chosen headings that are a list's items: right over LIST_RUN_LINES more chosen headings, with no
    text between, and written like the next one ("1. Pick a room", "2. Choose the furniture"; questions of an
    FAQ's list). The last two of the run may be a section's heading and its sub-heading, over its text."""
    kept = set(chosen)
    return {i for i in chosen if all(i + k in kept for k in range(1, LIST_RUN_LINES + 1))
            and features.heading_shape(lines[i].text.strip()) == features.heading_shape(lines[i + 1].text.strip())}


def _heads_nothing(lines: list[Line], chosen: list[int], title_index: int) -> set[int]:
    """The chosen headings that head no section: the text's last line (nothing of the text under it), and
    a copy of the title (the page shows it once, as its title)."""
    last = max((ln.index for ln in lines if ln.label in CONTENT), default=-1)
    title = lines[title_index].key if title_index >= 0 else None
    return {i for i in chosen if i >= last or lines[i].key == title}


def _contents_entries(lines: list[Line], chosen: list[int], idx: list[int], listed: set[int]) -> set[int]:
    """The chosen headings that are a table of contents' entries: no text under them before the next
    candidate (of `idx`), and the same words again lower down as a chosen heading that has text under it;
    or, in a list of lines the page shows again lower down in the same order (`contents.contents_lines`:
    there a section may be a heading alone, over its sub-heading; `listed`: those lines), the
    same words again lower down as a chosen heading."""
    ends = dict(zip(idx, [*idx[1:], len(lines)], strict=True))
    over_text = {i: any(ln.label == PARAGRAPH for ln in lines[i + 1: ends[i]]) for i in chosen}
    keys = {i: contents.entry_key(lines[i]) for i in chosen}  # an entry's number aside
    last = {keys[i]: i for i in chosen if over_text[i]}  # the lowest heading of each text over a section
    lowest = {keys[i]: i for i in chosen}
    return {i for i in chosen if (not over_text[i] and last.get(keys[i], -1) > i)
            or (i in listed and lowest[keys[i]] > i)}


def heading_candidates(lines: list[Line]) -> list[int]:
    """The text lines the heading model reads: short, and none of the lines that are never headings."""
    return [ln.index for ln in lines if ln.label == PARAGRAPH and _may_head(ln)]


def captioned_candidates(lines: list[Line]) -> list[int]:
    """The captions the heading model reads too: short, over a picture's credit with text under it
    (`_captioned_heading`), and none of the lines that are never headings."""
    return [ln.index for ln in lines if _captioned_heading(lines, ln.index) and _may_head(ln)]


_OUTSIDE_RUN = ",outside_run"  # how the rule of a line scored away from the main run ends (`_mark_by_score`)


def chrome_candidates(lines: list[Line]) -> list[int]:
    """The lines within the run that the line model's score left out of the text, that the heading model
    reads too: short, right over a text line, and none of the lines that are never headings (a section's
    heading is a short line without a sentence, as much of a page's chrome is); and so the line right over the
    text's first line, away from the run ("Key Points", "Why Trust Us?": the first section's heading, taken
    from OPENING_CHROME_MIN_P)."""
    first = next((ln.index for ln in lines if ln.label == PARAGRAPH), 0)
    return [ln.index for ln in lines if ln.label == BOILERPLATE and ln.rule.startswith(MODEL_RULE)
            and (not ln.rule.endswith(_OUTSIDE_RUN) or ln.index + 1 == first) and ln.index + 1 < len(lines)
            and lines[ln.index + 1].label == PARAGRAPH and _may_head(ln)]


def _heading_min_p(line: Line) -> float:
    """The heading score from which a candidate is a heading: a text line's (HEADING_MIN_P), a line of chrome's
    within the run (CHROME_HEADING_MIN_P), or away from it (OPENING_CHROME_MIN_P, `chrome_candidates`)."""
    if line.label != BOILERPLATE:
        return HEADING_MIN_P
    return OPENING_CHROME_MIN_P if line.rule.endswith(_OUTSIDE_RUN) else CHROME_HEADING_MIN_P


def _may_head(line: Line) -> bool:
    """Short enough for a heading, and none of the lines that are never headings (a table's row neither)."""
    return line.words <= HEADING_MAX_WORDS and not line.cells and not _bracketed(line.text) \
        and not _ANSWER.match(line.text) and not _never_heading(line.text)


def _captioned_heading(lines: list[Line], i: int) -> bool:
    """Line `i` was taken as a picture's caption for the credit under it, and a paragraph too long for a
    heading follows the credit: a section's heading over its picture reads the same ("Graphic Design
    Summer Program", "Photo Courtesy of ...", then the section's text); a caption over a heading does not."""
    if lines[i].rule != "caption_before_credit":
        return False
    j = _past_credits(lines, i)
    return j < len(lines) and lines[j].label == PARAGRAPH and lines[j].words > HEADING_MAX_WORDS


def _past_credits(lines: list[Line], i: int) -> int:
    """The first line under line `i` that is no photo credit."""
    j = i + 1
    while j < len(lines) and lines[j].rule == "photo_credit":
        j += 1
    return j


def heading_rows(lines: list[Line], ctx: features.PageContext, probs: list[float], idx: list[int],
                 text: list[Line]) -> list[list[float]]:
    """The line model's features of each candidate in `idx` (order: HEADING_ROW_NAMES); `text`: the page's
    text lines."""
    short = sum(1 for ln in text if ln.words <= HEADING_MAX_WORDS) / len(text) if text else 0.0
    probs = _chrome_probs(lines, probs)
    rows = features.heading_vectors(ctx, probs, idx, [ln.text for ln in lines], short,
                                    [heading_next(lines, i) for i in idx])
    text_words = [ln.words if ln.label == PARAGRAPH else 0 for ln in lines]
    sections = features.heading_section_vectors(lines, ctx, text_words, idx)
    return _caseless_rows([[*row, *more] for row, more in zip(rows, sections, strict=True)], lines, idx)


def _caseless_rows(rows: list[list[float]], lines: list[Line], idx: list[int]) -> list[list[float]]:
    """`rows` with a candidate written in a wide script that has no case (Korean, Chinese, Japanese: "어떻게
    가나", "注意事项", "交通指南") read by its place and shape alone: the case and stop words its script cannot show
    (`capitalised`, `stop_density`) set halfway (HEADING_CASELESS_CAPITALISED, HEADING_CASELESS_STOP), its script's
    share (`cjk`) to none. The heading model learned on pages whose subheads were all in cased scripts: a
    caseless line, read as lower case, without stop words and wide, scored 0.00 between paragraphs whatever its
    place ("어떻게 가나" between two paragraphs; "How to get there" there 0.73)."""
    for row, i in zip(rows, idx, strict=True):
        text = lines[i].text
        if row[_CJK_COLUMN] > 0 and text.upper() == text.lower():
            row[_CJK_COLUMN] = 0.0
            row[_CAPITALISED_COLUMN] = HEADING_CASELESS_CAPITALISED
            row[_STOP_COLUMN] = HEADING_CASELESS_STOP
    return rows


_WORDED_CHROME = frozenset([rule for _, _, rule in _SHORT_CHROME] + ["ui_control"])  # chrome known by its words


def _chrome_probs(lines: list[Line], probs: list[float]) -> list[float]:
    """`probs` with the lines of chrome the rules know by their words (`_WORDED_CHROME`: a button, an
    advertisement's marker, a share prompt) scored MARKER_TEXT_P at most: no text, whatever their language
    or their words' scores ("Publicidad" scores as high as a paragraph's line, "Advertisement" does not),
    so a heading next to one reads as one next to an English page's chrome."""
    markers = [ln.index for ln in lines if ln.label == BOILERPLATE and ln.rule in _WORDED_CHROME
               and probs[ln.index] > MARKER_TEXT_P]
    if not markers:
        return probs
    probs = list(probs)
    for i in markers:
        probs[i] = MARKER_TEXT_P
    return probs


HEADING_ROW_NAMES = features.HEADING_NAMES + features.HEADING_SECTION_NAMES
_SECTION_COLUMN = HEADING_ROW_NAMES.index("section_words")
_CJK_COLUMN = HEADING_ROW_NAMES.index("cjk")
_CAPITALISED_COLUMN = HEADING_ROW_NAMES.index("capitalised")
_STOP_COLUMN = HEADING_ROW_NAMES.index("stop_density")


def heading_page_rows(lines: list[Line], idx: list[int], rows: list[list[float]],
                      first: list[float]) -> list[list[float]]:
    """The page model's features of each candidate (order: HEADING_PAGE_ROW_NAMES): its line features
    and how it compares with the page's other likely headings, by the line model's scores `first`."""
    page = features.heading_page_vectors([lines[i].text for i in idx], [lines[i].words for i in idx], first,
                                         [row[_SECTION_COLUMN] for row in rows], idx)
    spacing = spacing_vectors(lines, idx, first)
    return [[*row, *more, *space] for row, more, space in zip(rows, page, spacing, strict=True)]


def spacing_vectors(lines: list[Line], idx: list[int], first: list[float]) -> list[list[float]]:
    """How each candidate of `idx` is set apart against the page's other likely headings (order:
    SPACING_NAMES): whether the page sets those (`first` scores features.HEADING_STRONG_P or more;
    SPACING_MIN_PEERS or more of them, SPACING_MIN_SHARE of them alike) apart by as many blank lines above
    them, and this candidate otherwise; the same below. A page sets its section headings alike; a caption
    or a teaser between its paragraphs is often set apart otherwise."""
    def gap(a: int, b: int) -> int:
        return lines[b].number - lines[a].number - 1 if a >= 0 and b < len(lines) else -1
    gaps = [(gap(i - 1, i), gap(i, i + 1)) for i in idx]
    strong = [p >= features.HEADING_STRONG_P for p in first]
    counts = (Counter(a for (a, _), s in zip(gaps, strong, strict=True) if s),
              Counter(b for (_, b), s in zip(gaps, strong, strict=True) if s))
    styles = [count.most_common(1)[0] if count else (-1, 0) for count in counts]
    n = sum(strong)
    out = []
    for pair, s in zip(gaps, strong, strict=True):
        row = []
        for (mode, top), g in zip(styles, pair, strict=True):
            others, alike = n - s, top - (s and g == mode)
            row.append(float(others >= SPACING_MIN_PEERS and alike >= SPACING_MIN_SHARE * others and g != mode))
        out.append(row)
    return out


SPACING_NAMES = ("off_style_above", "off_style_below")
HEADING_PAGE_ROW_NAMES = HEADING_ROW_NAMES + features.HEADING_PAGE_NAMES + SPACING_NAMES


def heading_scores(lines: list[Line], ctx: features.PageContext, probs: list[float], idx: list[int],
                   text: list[Line]) -> list[float]:
    """How likely each candidate in `idx` is a section heading: the line model reads the line
    and its neighbours, the page model reads that score against the page's other candidates."""
    m = models()
    rows = heading_rows(lines, ctx, probs, idx, text)
    first = m["heading"].probabilities(rows)
    return m["heading_page"].probabilities(heading_page_rows(lines, idx, rows, first))


# Short lines that read as headings but never are: a list item or a quote's attribution ("- Diapers",
# "— Neil Gaiman"), a byline ("By Anmol"), a credit ("Source", "Image 2: A simple workflow"), links or
# fields set apart by a bar ("★ | Upper East Side", "Caption | Photo by ..."), a line naming a social
# handle ("Catherine Shu @catherineshu / 2 days"), a counter ("0 Comments", "1.2k shares", "No Comments").
_NOT_A_HEADING = re.compile(r"[-–—•*·▪►]\s*\w|by\s|(?:photo|image|source|credit)s?\b|.*\||.*(?<!\S)@\w"
                            r"|(?:\d[\d,.]*k?|no)\s+(?:comments?|responses?|replies|shares?|views?|likes?)$",
                            re.IGNORECASE)


# A link or button that asks the reader to act ("Get the Recipe", "Visit Website", "Read our full review"),
# unless it asks a question; a field and its value ("Pricing: 15%"); a link to more ("More: ...", "Learn more: ...")
# or to a site ("Website: Acme Official Store"); a deal's link to another store ("Also at Walmart"); a link to a
# story the page recommends ("Must read: ...", "Don't Miss: ...", "You might also like: ...").
_ACTION_LEAD = re.compile(r"(?:get|visit|read|shop|buy|download|try|see|check\s+out|book|order|view|watch|click|compare"
                          r"|claim)\b(?!.*\?$)|\w+:\s*\S+$"
                          r"|(?:more|related|see\s+also|read\s+more|learn\s+more|also|must[\s-]+read|don[’']?t\s+miss"
                          r"|you\s+(?:may|might)\s+also\s+like|recommended)\s*:"
                          r"|(?:official\s+)?(?:website|web\s+site|site|url)\s*:"
                          r"|also\s+(?:available\s+)?(?:at|on)\s+(?!the\b)(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?$",
                          re.IGNORECASE)


def heading_next(lines: list[Line], i: int) -> int:
    """The line under a heading candidate that tells whether a section starts: the next one, or the one past
    a button or field under it ("See it now: Amazon", "Price: $20" under a product's heading)."""
    if i + 2 < len(lines) and lines[i + 1].words <= BUTTON_LINE_MAX_WORDS and _ACTION_LEAD.match(lines[i + 1].text):
        return i + 2
    if lines[i].label == CAPTION:  # a caption taken as a heading (`_captioned_heading`): past its credit
        return _past_credits(lines, i)
    return i + 1


# A table of contents' toggles after its title ("Table of Contents [Hide][Show]").
_TOGGLES = re.compile(r"(?:\s*\[?(?:hide|show)\]?)+$", re.IGNORECASE)


# A link set off by arrows: one leading it (">> Read More: ...", "» Related: ..."), one closing it ("Investing>",
# "These 10 Stocks Could Mint ... ›"), or a trail of pages ("Home » LLC Formation » New York LLC"); not a quote
# in German, Danish or Swedish marks ("»Wir schaffen das«", "»Det är inte rätt», säger hon"): a quote's » or ›
# stands against its words, an arrow apart from them ("Investing>" aside).
_ARROWED = re.compile(r"\s*(?:>|[»›](?=[\s»›>]))|.*(?:>|\s[»›])\s*$|.*\s[>»›]\s.*\s[>»›]\s")


def _never_heading(text: str) -> bool:
    """A short line that reads as a heading but never is one (`_NOT_A_HEADING`, `_ACTION_LEAD`, the page's
    navigation `vocab.nav_label`, `_ARROWED`)."""
    return bool(_NOT_A_HEADING.match(text) or _ACTION_LEAD.match(text) or vocab.nav_label(_TOGGLES.sub("", text))
                or _ARROWED.match(text) or (_TWO_SENTENCES.search(text) and not _QUESTION.match(text)))


# A sentence's end inside the line, another sentence after it ("I have sensitive teeth. What should I use?", "That's
# all. Just sayin'"): a question asked at length, a caption, a promotion, seldom a heading; a word of three letters
# or more before the stop, no abbreviation ("vs. ", "No. 1", "Nov. 19", "feat. X", "etc. " are no ends). An
# interview's "Q: ..." stays a heading.
_NO_END_ABBREVIATIONS = ("feat", "etc", "approx", "incl", "vol", "est", "dept", "govt", "misc")
_TWO_SENTENCES = re.compile(rf"\b(?!(?:{'|'.join(_NO_END_ABBREVIATIONS)})\.)[a-zß-ÿ]{{3,}}[.!?]\s+[A-ZÀ-Þ]")

# A sentence of two words or more ended by a full stop after a lower-case word of three letters or more ("Then React
# arrived.", "Fix the problem.", "Full Nike Pegasus Trail 5 review."), no abbreviation ("Publishing Corp.", "Co.").
_STATED = re.compile(rf"\S+\s.*\b(?!(?:{'|'.join(_NO_END_ABBREVIATIONS)})\.)[a-zß-ÿ]{{3,}}\.")


def _bracketed(text: str) -> bool:
    """"(With inputs from agencies)", "[Source]": a note, never a section heading."""
    return text[:1] in "([" and text[-1:] in ")]"


def mark_dek(lines: list[Line], title: Line | None) -> None:
    """The paragraph right under the title is the standfirst when a caption,
    byline or date follows it before the text starts (`dek_before_figure_or_meta`,
    also when its score alone left it out of the text), or when the byline or
    date stand over the headline and it is a sentence or two over a far longer
    paragraph (`dek_under_meta_headline`). The standfirst said again over
    the text, within DEK_COPY_MAX_GAP lines, is its copy (`dek_copy`); so is the
    lead line under the headline read as a picture's caption, whose copy opens
    the text (`dek_copied`)."""
    if title is None:
        return
    after = [ln for ln in lines[title.index + 1: title.index + 1 + DEK_MAX_GAP * 3]
             if ln.label != BOILERPLATE or (ln.rule.startswith(MODEL_RULE) and ln.words >= DEK_MIN_WORDS)]
    if len(after) >= 2 and after[0].label in (PARAGRAPH, BOILERPLATE) and after[1].label in (CAPTION, META, BYLINE) \
            and not _DATELINE.match(after[0].text):
        after[0].mark(DEK, "dek_before_figure_or_meta")
    elif len(after) >= 2 and _lone_dek(lines, title, after[0], after[1:1 + DEK_LONE_TEXT_LINES]):
        after[0].mark(DEK, "dek_under_meta_headline")
    elif after and after[0].label == CAPTION and _dek_copy(lines, after[0]):
        after[0].mark(DEK, "dek_copied")
    else:
        return
    for line in _dek_copy(lines, after[0]):
        line.mark(BOILERPLATE, "dek_copy")


def _dek_copy(lines: list[Line], dek: Line) -> list[Line]:
    """The paragraphs within DEK_COPY_MAX_GAP lines under `dek` that say it again."""
    return [ln for ln in lines[dek.index + 1: dek.index + 1 + DEK_COPY_MAX_GAP]
            if ln.label == PARAGRAPH and ln.key == dek.key]


def _lone_dek(lines: list[Line], title: Line, dek: Line, under: list[Line]) -> bool:
    """`dek`, right under a headline with its byline or date over it, is a sentence or two
    (DEK_LONE_MIN_WORDS to DEK_LONE_MAX_WORDS words, ended by a stop) over a paragraph
    DEK_LONE_TEXT_RATIO times as long or longer among the DEK_LONE_TEXT_LINES lines `under` it
    (a picture's caption may come first): the standfirst, with nothing after it but the text.
    A headline said before on the page is no guide: its copy over the text has the lead under it. A dateline's
    paragraph ("LONDON (Reuters) - ...") is the text's first."""
    over = lines[max(0, title.index - DEK_META_ABOVE_GAP): title.index]
    longest = max((ln.words for ln in under if ln.label == PARAGRAPH), default=0)
    return (any(ln.label in (META, BYLINE) for ln in over)
            and dek.label == PARAGRAPH and not _DATELINE.match(dek.text)
            and DEK_LONE_MIN_WORDS <= dek.words <= DEK_LONE_MAX_WORDS
            and dek.text.rstrip("\"'\u201d\u2019)").endswith(features.SENTENCE_END)
            and longest >= DEK_LONE_TEXT_RATIO * dek.words
            and not any(ln.key == title.key for ln in lines[:title.index]))


def captions_as_text(lines: list[Line]) -> None:
    """A page whose only text is its pictures' captions (a gallery: "1 / 5", caption, credit, ...) is
    read through them: the captions are its paragraphs (`captions_as_text`), not figures beside no text."""
    if any(ln.label in (PARAGRAPH, HEADING) for ln in lines):
        return
    for line in lines:
        if line.label == CAPTION:
            line.mark(PARAGRAPH, f"captions_as_text:{line.rule}")


def section_path(lines: list[Line], title: Line | None) -> list[str]:
    """The breadcrumb above the title, as a section path."""
    if title is None:
        return []
    for line in lines[: title.index]:
        if line.label in CONTENT:
            continue
        parts = [p.strip() for p in vocab.BREADCRUMB_SEPARATORS.split(line.text) if p.strip()]
        if len(parts) >= 2 and all(len(p.split()) <= BREADCRUMB_PART_MAX_WORDS or fold(p) == title.key
                                   for p in parts):
            line.mark(BREADCRUMB, "breadcrumb_separators")
            return [p for p in parts if fold(p) not in ("home", title.key)]
    return []


def _date_rule(line: Line, title: Line | None, reference: datetime | None) -> tuple[str, str] | None:
    """A short line, no sentence, that is a date stamp ("date_line"; not a quoted post's own date, which is
    part of the quote), or two of them near the title (`date_pair`, "date_pair_line": in the text, two dates
    on a line are an event's)."""
    if is_sentence(line):
        return None
    if line.words <= META_MAX_WORDS:
        found = line.date(reference) is not None and not vocab.TWEET_ATTRIBUTION.match(line.text)
        return (META, "date_line") if found else None
    near = title is None or abs(line.index - title.index) <= DATE_PAIR_NEAR_TITLE
    return (META, "date_pair_line") if near and date_pair(line) else None


DATE_PAIR_MAX_WORDS = 2 * META_MAX_WORDS  # a line of two date stamps, each META_MAX_WORDS long at most
DATE_PAIR_NEAR_TITLE = 10  # lines between the title and such a line, the article's dates (a share bar may come between)
_DATE_PAIR_SPLIT = re.compile(r"\s+[-–—|·•]\s+|,\s+(?=\D)")  # between two stamps: a dash or bar, or a comma and words


def date_pair(line: Line) -> bool:
    """Two date stamps on one line longer than one ("Publié le 19/11/2019 à 10h30 - Mis à jour le 19/11/2019 à
    12h04", "Veröffentlicht am ..., aktualisiert am ...")."""
    if not META_MAX_WORDS < line.words <= DATE_PAIR_MAX_WORDS:
        return False
    parts = _DATE_PAIR_SPLIT.split(line.text)
    return len(parts) == 2 and all(len(part.split()) <= META_MAX_WORDS and is_date_line(part) for part in parts)


def is_update_line(text: str) -> bool:
    return bool(_UPDATE.match(text))
