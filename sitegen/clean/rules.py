"""Label each line of a text dump: named rules, named thresholds.

The learned models (`learned`) give every line a score; the rules here read
what a score cannot: metadata lines (dates, bylines), captions repeated with a
badge, copies of the title, breadcrumbs. Each line gets a label and the name
of the rule that decided it; `sitegen inspect` prints both.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from datetime import datetime

from sitegen.clean import address, features, neighbours, overlap, regions, vocab
from sitegen.clean.dates import is_date_line
from sitegen.clean.learned import models
from sitegen.clean.lines import CREDIT_MAX_WORDS, Line, fold
from sitegen.clean.site import copyright_name
from sitegen.clean.stopwords import STOPWORDS

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
CONTENT = {PARAGRAPH, HEADING, CAPTION}

REVISIONS = ("revision", "revision2")  # the models that re-read each line with its neighbours' scores, in turn

# Thresholds.
CONTENT_MIN_P = 0.5  # revised line score from which a line is article text
INSIDE_MIN_P = 0.35  # within the main run
OUTSIDE_MIN_P = 0.75  # away from the main run
RUN_PIVOT_P = 0.5  # a line scoring above this lengthens the main run, below it shortens it
CHROME_RUN_PENALTY = 0.5  # what a line of page chrome (a rule's boilerplate) costs the main run
EXTEND_MIN_P = 0.02  # a sentence after the main run carries it on above this score
EXTEND_MIN_WORDS = 5  # a sentence this long ("Colombia had lost on Monday.") may carry the run on
CONTINUE_PIVOT_P = 0.35  # the lower pivot over which a list or table past an end of the run carries it on
CONTINUE_MAX_LINES = 60  # the farthest such a stretch reaches past the run
ANNOUNCE_MIN_P = 0.4  # a line after the run that announces a block ("... include:") carries it on from this score
ANNOUNCE_MARKER_WORDS = 3  # the first words of such a line that may be an end marker ("Related articles from ...")
INTRO_MAX_GAP = 2  # line numbers from a line that announces a block (ends in ":") down to the block
CONTINUE_MIN_PROSE = 30  # words of lines scoring as text that such a stretch must hold
SPACED_PAGE_MIN_SHARE = 0.6  # of the run's paragraphs followed by a blank line, on a page that spaces them
LATER_RUN_MAX_GAP = 100  # lines from the main run's end to a later run of the article's text
LATER_RUN_MIN_SHARE = 0.03  # of the main run's worth that such a later run must have
LATER_RUN_MAX_BREAK = 5  # lines in a row that add nothing, that end such a later run
INSERT_BLOCK_MIN_LINES = 3  # a marker and the links set close under it
INTERVIEW_MIN_LINES = 4  # questions and answers ("Q: ...", "A: ...") in the run that make it an interview
LEAD_IN_MIN_P = 0.3  # a line right above the run that scores this is where the text starts
LEAD_MIN_P = 0.4  # a long line under the headline scoring this is its first paragraph, sentence or not
INSERT_MAX_LINES = 3  # an insert the run may carry on over: chrome lines and short fragments
INSERT_MAX_WORDS = 5
INSERT_RESUME_MIN_P = 0.3  # the score of the paragraph after an insert that carries the run on
HEADED_RESUME_MIN_P = 0.4  # that paragraph's score from which the short line over it is its heading
EXTEND_HEADING_MAX_WORDS = 10  # a heading the run may carry on over, with the paragraph under it
HEADING_MIN_P = 0.3  # heading score from which a content line is a section heading (the model learns a heading
# once per page, as the gold lists it: its scores run low)
HEADING_MAX_WORDS = 20
BUTTON_LINE_MAX_WORDS = 6  # a button or field line under a heading, read past for what follows it
END_MARKER_MAX_WORDS = 6
END_MARKER_MIN_SHARE = 0.6  # of the run's words read before an end marker may close it
FINAL_MARKER_MIN_SHARE = 0.25  # the same for a marker that only ends articles: tags, comments
TITLE_MIN_WORDS = 3
TITLE_RUN_SLACK = 8  # the headline comes before its text starts, or within this many lines of it
STANDFIRST_MAX_GAP = 6  # lines from a headline down to its standfirst
STANDFIRST_SCORE_MARGIN = 1.5  # how much better the standfirst may score than its headline
LONG_STANDFIRST_MIN_WORDS = 10  # a chosen line this long may be a standfirst though it is no sentence
LONG_STANDFIRST_SCORE_MARGIN = 1.0  # how much better such a standfirst may score than its headline
HEADLINE_OVER_LONG_MIN_WORDS = 4  # the headline over such a standfirst ("Try it free" is a button)
CASED_STANDFIRST_SCORE_MARGIN = 3.0  # how much better a standfirst in sentence case may score than the headline over it
CASED_STANDFIRST_MIN_WORDS = 4  # such a standfirst, and its headline, are this long at least
CASED_HEADLINE_MAX_RATIO = 2  # that headline has at most this many times the standfirst's words (longer: a caption)
CASE_WORD_MIN_CHARS = 4  # words this long tell title case ("Top Fitness Trends") from sentence case ("Top trends")
QUESTION_HEADLINE_MAX_GAP = 2  # lines from a question headline down to the line on its subject under it
QUESTION_HEADLINE_SCORE_MARGIN = 1.5  # how much better that line may score than the question
TITLE_CASE_MIN_SHARE = 0.5  # of those words after the first, capitalised: the line is in title case
FIGURES_MIN_NUMBERS = 4  # numbers in a row of a table of figures, which is no headline
COUNTER_MIN_NUMBERS = 2  # bare numbers in a line of counters ("Code 4 Stars 107 Forks 9"): no headline
EARLIER_TITLE_MAX_GAP = 8  # lines from a headline down to the line that repeats it
EARLIER_TITLE_SCORE_MARGIN = 0.6  # how much better that line may score than the headline above it
EARLIER_PREFIX_SCORE_MARGIN = 3.0  # the same, when that line is the headline cut short ("Top 11 Console Companies")
KICKER_MAX_WORDS = 4  # a label over the headline naming its subject
KICKER_MAX_GAP = 3  # lines from the kicker down to the headline
KICKER_SCORE_MARGIN = 1.0  # how much better the kicker may score than its headline
BARE_TITLE_WINDOW = 8
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
HEADLINE_MAX_WORDS = 15
ITEM_LABEL_MAX_WORDS = 4  # "4a etapa:" opening a list item
BREADCRUMB_PART_MAX_WORDS = 6
DEK_MAX_GAP = 3  # lines between the title and the standfirst
DEK_MIN_WORDS = 8  # a line the scores left out is a standfirst only when this long
SITE_NAME_MAX_WORDS = 4  # "Title | Site": the part after the last separator, when it is this short
SHORT_TEXT_MAX_LINES = 5  # a text this short, free of chrome, is kept whole

BREADCRUMB_TRAIL_MIN_PARTS = 3
_TRAIL_SEPARATORS = (">", "»", "›")
_TRAIL_SPLIT = re.compile(r"\s*[>»›]\s*")
SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?=[^|–—-]+$)")  # "Title | Site": the last separator
_UPDATE = re.compile(r"^(?:updated|last\s+updated|modified|last\s+modified)\b", re.IGNORECASE)


def label_lines(lines: list[Line], reference: datetime | None) -> Line | None:
    """Label every line of a page's copy; return the title line (or None)."""
    if not lines:
        return None
    m = models()
    ctx = features.page_context(lines, -1)
    first = m["line"].probabilities(features.line_vectors(ctx))
    title = _find_title(lines, ctx, first)
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
    _mark_captions(lines)
    _mark_link_lists(lines)
    _mark_teaser_lists(lines)
    fixed = [(-CHROME_RUN_PENALTY if ln.label == BOILERPLATE and not _gallery_credit(lines, ln) else 0.0)
             if ln.label else None for ln in lines]
    start, end = features.best_run(second, [ln.words for ln in lines], RUN_PIVOT_P, fixed)
    _mark_tight_inserts(lines, start, end)
    end = _cut_at_end_marker(lines, start, _cut_at_comment_thread(lines, start, end))
    start = _skip_headline_list(lines, _list_start(lines, start), end)
    _mark_link_copies(lines, min(start, title.index if title else start), end)
    extended = _carry_run(lines, second, _extend_run(lines, second, _interview_end(lines, start, end)), 1)
    start = _lead_in(lines, second, _carry_run(lines, second, start, -1), title)
    extended = _continue_fields(lines, start, _introduced_block(lines, extended))
    _close_after_final_marker(lines, extended)
    _take_later_runs(lines, second, start, extended)
    _mark_by_score(lines, second, (start, end, extended),
                   _lead_paragraph(lines, second, start, title))
    _mark_headings(lines, ctx, second)
    mark_dek(lines, title)
    return title


_IN_TEXT_CHROME = ("menu_run", "photo_credit")  # rules that take lines a text may hold: a list's items, a credit
_QA_LINE = re.compile(r"^[QAPRFВО]\s?[:：]\s")  # "Q: ...", "A: ..."; P/R, F/A, В/О in other languages
_ANSWER = re.compile(r"^[ARО]\s?[:：]\s")  # an interview's answer: text, never a heading
_QUESTION = re.compile(r"^[QPFВ]\s?[:：]\s")  # an interview's question: a heading over its answer


def _interview_end(lines: list[Line], start: int, end: int) -> int:
    """An interview in questions and answers goes on to its last answer,
    however short and low-scored its last lines ("Q: Favorite books?")."""
    if sum(1 for ln in lines[start:end] if _QA_LINE.match(ln.text)) < INTERVIEW_MIN_LINES:
        return end
    while end < len(lines) and not lines[end].label and _QA_LINE.match(lines[end].text):
        end += 1
    return end


def _gallery_credit(lines: list[Line], line: Line) -> bool:
    """A photo credit after another: a gallery's credits cost the run as one line of chrome."""
    return line.rule == "photo_credit" and line.index > 0 and lines[line.index - 1].rule == "photo_credit"


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
            line.mark(PARAGRAPH, f"model:p={probs[i]:.2f}" + ("" if inside else ",outside_run"))
        else:
            line.mark(BOILERPLATE, f"model:p={probs[i]:.2f}" + ("" if inside else ",outside_run"))


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
            or sum(ln.words for ln in lines[j:end] if _sentence(ln)) < HEADLINE_LIST_MIN_PROSE):
        return start
    for line in items:
        line.mark(BOILERPLATE, "headline_list")
    return j


def _headline_shaped(line: Line) -> bool:
    return (HEADLINE_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS and line.text[:1].isalpha()
            and not line.text[:1].islower() and not _sentence(line) and not line.text.endswith((":", ",", ";")))


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
    paragraph, and that heading if any."""
    if title is None or start <= title.index + 1:
        return None
    heading = None
    for i in range(start - 1, title.index, -1):
        line = lines[i]
        if line.label:
            continue
        if line.words >= features.LONG_LINE_WORDS and (_carries_on(line, probs[i]) or probs[i] >= LEAD_MIN_P) \
                and sum(ln.key == line.key for ln in lines) == 1:  # a caption the page repeats is no lead
            return _leads(lines, probs, i, title.index), heading
        if heading is None and i == start - 1 and _section_heading_shape(line):
            heading = i
            continue
        if line.words > MENU_ITEM_MAX_WORDS or _sentence(line):
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
        if line.words >= features.LONG_LINE_WORDS and _carries_on(line, probs[i]) and probs[i] >= LEAD_MIN_P:
            found.add(i)
            continue
        break
    return frozenset(found)


def _mark_tight_inserts(lines: list[Line], start: int, end: int) -> None:
    """On a page that sets its paragraphs apart with blank lines, a "Most
    read", "Related" or "See also" line inside the run, with links set close
    around it (no blank between, no sentence), is an insert: the text goes
    on after it."""
    spaced = [lines[i + 1].number - lines[i].number > 1 for i in range(start, end - 1)]
    after_paragraphs = [gap for i, gap in enumerate(spaced, start) if lines[i].words >= features.LONG_LINE_WORDS]
    if not after_paragraphs or sum(after_paragraphs) < SPACED_PAGE_MIN_SHARE * len(after_paragraphs):
        return
    for i in range(start, end):
        if not ((_end_marker(lines[i]) and not _final_marker(lines[i])) or vocab.related_lead(lines[i].text)):
            continue
        first, last = i, i
        while first > start and not spaced[first - 1 - start] and not _full_sentence(lines[first - 1]):
            first -= 1
        while last + 1 < end and not spaced[last - start] and not _full_sentence(lines[last + 1]):
            last += 1
        if last - first + 1 >= INSERT_BLOCK_MIN_LINES:
            for line in lines[first:last + 1]:
                if not line.label:
                    line.mark(BOILERPLATE, "insert_block")


def _cut_at_end_marker(lines: list[Line], start: int, end: int) -> int:
    """The run ends at a "Related" line once most of its text is behind it,
    at a "Comments" or "Tags" line once some of it is: the rest of the page
    after such a final marker is chrome."""
    total = sum(ln.words for ln in lines[start:end] if not ln.label)
    seen = 0
    for i in range(start, end):
        line = lines[i]
        if line.rule == "insert_block":
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
    it carries on as the main run does (`_extend_run`, `_carry_run`)."""
    fixed = [(-CHROME_RUN_PENALTY if ln.label == BOILERPLATE and not _gallery_credit(lines, ln) else 0.0)
             if ln.label else None for ln in lines]
    gains = regions.run_gains(probs, [ln.words for ln in lines], RUN_PIVOT_P, fixed)
    main = sum(gains[start:end])
    while (later := regions.later_run(gains, end, LATER_RUN_MAX_GAP, LATER_RUN_MAX_BREAK)) is not None:
        first, last, worth = later
        if first > end and _heads_section(lines, probs, first - 1):
            first -= 1  # its heading, scored low on a short line
        if worth < LATER_RUN_MIN_SHARE * main or not any(_heads_section(lines, probs, i) for i in range(first, last)) \
                or not all(_within_text(ln) for ln in lines[end:first]):
            return
        for i in range(end, first):
            if not lines[i].label:
                lines[i].mark(PARAGRAPH, f"later_gap:p={probs[i]:.2f}")
        for i in range(first, last):
            if not lines[i].label:
                kept = probs[i] >= INSIDE_MIN_P
                lines[i].mark(PARAGRAPH if kept else BOILERPLATE, f"later_run:p={probs[i]:.2f}")
        end = _continue_fields(lines, start, _carry_run(lines, probs, _extend_run(lines, probs, last), 1))
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
    return (i + 1 < len(lines) and not line.label and line.words <= EXTEND_HEADING_MAX_WORDS and not _sentence(line)
            and not line.text.endswith((",", ";", ":")) and not _end_marker(line)
            and _carries_on(lines[i + 1], probs[i + 1]))


def _extend_run(lines: list[Line], probs: list[float], end: int) -> int:
    """Carry the main run on over the prose that follows it (the last
    paragraphs score low: pages end in boilerplate), and over a closing
    note in brackets ("(With inputs from agencies)")."""
    while end < len(lines):
        line = lines[end]
        if _end_marker(line):
            line.mark(BOILERPLATE, "end_marker")
            break
        closing = _closing_sections(lines, probs, end)
        if closing > end:
            end = closing
            continue
        resumed = _after_insert(lines, probs, end)
        if resumed > end:
            heading = _heading_over(lines[resumed - 1]) and probs[resumed] >= HEADED_RESUME_MIN_P
            for skipped in lines[end:resumed - 1] if heading else lines[end:resumed]:
                if not skipped.label:
                    skipped.mark(BOILERPLATE, "insert_in_text")
            end = resumed
            continue
        if line.label or not (_carries_on(line, probs[end]) or _closing_note(line) or _announces(line, probs[end])):
            break
        end += 1
    return end


# What a promotion offers in return ("Become a paid subscriber to unlock this piece and learn about:").
_PROMISE = re.compile(r"\b(?:subscri(?:be|ber|bers|ption)|sign\s+up|unlock|upgrade|free\s+trial)\b", re.IGNORECASE)


def _announces(line: Line, p: float) -> bool:
    """A sentence that announces what follows ("The campaign offers:"), free
    of rules, scoring ANNOUNCE_MIN_P, opening with no end marker and promising
    nothing for a subscription (`_PROMISE`): the run takes it, and the block
    under it (`_introduced_block`)."""
    if line.label or line.words < EXTEND_MIN_WORDS or not line.text.endswith(":") or p < ANNOUNCE_MIN_P \
            or _PROMISE.search(line.text):
        return False
    words = line.text.split()  # "Related articles from our blog:" opens a list of links
    return not any(vocab.END_MARKER.match(" ".join(words[:n])) for n in range(1, ANNOUNCE_MARKER_WORDS + 1))


def _introduced_block(lines: list[Line], end: int) -> int:
    """When the run's last line announces what follows ("Here are the
    steps:", "Example configuration:"), the run goes on over the block it
    announces: the lines set close under it (no blank line between them, one
    at most above the first), up to a line a rule took, an end marker or a
    line as short as a menu's item; and again when that block's own last
    line announces another."""
    while 0 < end < len(lines) and lines[end - 1].text.endswith(":") and lines[end - 1].label in ("", *CONTENT) \
            and not _end_marker(lines[end - 1]):
        j = end
        while j < len(lines) and j - end < CONTINUE_MAX_LINES and not lines[j].label and not _end_marker(lines[j]) \
                and not _menu_item(lines[j]) \
                and lines[j].number - lines[j - 1].number <= (INTRO_MAX_GAP if j == end else 1):
            j += 1
        if j == end:
            break
        end = j
    return end


def _continue_fields(lines: list[Line], start: int, end: int) -> int:
    """The run goes on over a listing past its end whose entries give the
    fields its own lines give ("Office Location: ...", "Year Founded: ..."):
    the next entries of the same list (`regions.fields_end`), up to an end
    marker or a line a comment thread or final marker closed; entry after
    entry, as far as the list goes."""
    leads_from = [i for i in range(start, end) if lines[i].label in ("", *CONTENT)]
    stops = [_end_marker(ln) or ln.rule in ("comment_thread", "after_final_marker") for ln in lines]
    texts = [ln.text for ln in lines]
    while (further := regions.fields_end(texts, leads_from, end, stops)) > end:
        end = further
    return end


def _heading_over(line: Line) -> bool:
    """A short line right over the paragraph the text resumes with after an
    insert, that no rule took, shaped as its heading ("Conclusion"): text,
    when that paragraph scores HEADED_RESUME_MIN_P."""
    return not line.label and line.words <= EXTEND_HEADING_MAX_WORDS and not line.text.endswith((",", ";")) \
        and not _end_marker(line) and not line.call_to_action and "!" not in line.text \
        and (not _sentence(line) or line.text.endswith("?"))


def _lead_in(lines: list[Line], probs: list[float], start: int, title: Line | None) -> int:
    """The run starts earlier over the sentences right above it that score
    LEAD_IN_MIN_P or more, that no rule took, below the headline: they are
    text (the first lines of a text score low: the position features)."""
    top = title.index + 1 if title is not None and title.index < start else 0
    while start > top and probs[start - 1] >= LEAD_IN_MIN_P and _carries_on(lines[start - 1], probs[start - 1]):
        start -= 1
        lines[start].mark(PARAGRAPH, f"run_lead_in:p={probs[start]:.2f}")
    return start


def _carry_run(lines: list[Line], probs: list[float], edge: int, step: int) -> int:
    """The text may go on past an end of the run (`edge`: its start with
    `step` -1, its end with +1) in a list or table whose short lines score
    middling (items, "Key: value" rows, "Pros:" and its points): carry the run
    over the stretch beyond `edge`, up to the first line a rule took, whose
    lines add up most above the lower pivot CONTINUE_PIVOT_P, when it holds
    CONTINUE_MIN_PROSE words of lines scoring as text. The new edge."""
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
    prose = sum(ln.words for ln, p in zip(lines[lo:hi], probs[lo:hi], strict=True) if p >= RUN_PIVOT_P)
    return best_edge if prose >= CONTINUE_MIN_PROSE else edge


def _after_insert(lines: list[Line], probs: list[float], i: int) -> int:
    """Where the text resumes after an insert in it ("Advertisement", a
    video player's prompt, a picture with its caption and credit): up to
    INSERT_MAX_LINES lines of chrome, captions or short fragments (the last
    may be a question heading the paragraph), then a long, well-formed
    paragraph. `i` when it does not."""
    j = i
    while j < len(lines) and j - i < INSERT_MAX_LINES and not _end_marker(lines[j]) and (
            lines[j].label in (BOILERPLATE, CAPTION)
            or (not lines[j].label and lines[j].words <= INSERT_MAX_WORDS and not _sentence(lines[j]))):
        j += 1
    if j + 1 < len(lines) and j - i < INSERT_MAX_LINES and _heading_over(lines[j]) and lines[j].text.endswith("?") \
            and probs[j + 1] >= HEADED_RESUME_MIN_P:
        j += 1  # a question over the paragraph, its heading ("Can they save themselves?")
    if j == i or j >= len(lines):
        return i
    after = lines[j]
    if after.label or after.words < features.LONG_LINE_WORDS or probs[j] < INSERT_RESUME_MIN_P \
            or not _carries_on(after, probs[j]):
        return i
    return j


def _closing_sections(lines: list[Line], probs: list[float], i: int) -> int:
    """Where the text's last sections end, when lines from `i` on are short
    headings each over one long, well-formed paragraph, and page chrome (a
    line a rule knows, an end marker) or the end of the page comes right after
    them; `i` when they are not. The position features score the last lines of
    a page low, the more so on a short page."""
    j = i
    while j + 1 < len(lines) and not lines[j].label and _section_heading_shape(lines[j]) \
            and _carries_on(lines[j + 1], probs[j + 1]) and lines[j + 1].words >= features.LONG_LINE_WORDS:
        j += 2
    if j == i or (j < len(lines) and not (lines[j].label == BOILERPLATE or _end_marker(lines[j]))):
        return i
    for k in range(i, j, 2):
        lines[k].mark(HEADING, "closing_section_heading")
    return j


def _final_marker(line: Line) -> bool:
    """An end marker that only closes articles: tags, comments, the author's bio."""
    return bool(vocab.FINAL_MARKER.match(line.text)) or vocab.about_the_author(line.text)


def _end_marker(line: Line) -> bool:
    return line.words <= END_MARKER_MAX_WORDS and (bool(vocab.END_MARKER.match(line.text))
                                                   or vocab.about_the_author(line.text))


def _carries_on(line: Line, p: float) -> bool:
    """A well-formed paragraph, free of rules, that the run may take in after its end."""
    return not line.label and line.words >= EXTEND_MIN_WORDS and _sentence(line) and p >= EXTEND_MIN_P


def _section_heading_shape(line: Line) -> bool:
    """A short line that reads as a section heading, not as a sentence, menu item or end marker."""
    return (MENU_ITEM_MAX_WORDS < line.words <= EXTEND_HEADING_MAX_WORDS and not _sentence(line)
            and not line.text.endswith((",", ";")) and not _end_marker(line))


def _closing_note(line: Line) -> bool:
    return line.text.startswith("(") and line.text.endswith(")") and line.words <= META_MAX_WORDS


def kept_whole(lines: list[Line]) -> bool:
    """A text read as it is, not as a page: free of chrome (UI controls,
    calls to action), and short or in clean form: a note, a pasted
    paragraph, a text written (or cleaned) as paragraphs."""
    return not any(_chrome(ln) for ln in lines) and (len(lines) <= SHORT_TEXT_MAX_LINES or _clean_form(lines))


def _chrome(line: Line) -> bool:
    """A line the rules drop as page chrome by its words alone (`_single_line_rule`),
    and no headline (one that only names a newsletter may be: `_headline_candidate`)."""
    return line.ui or (line.words <= CTA_MAX_WORDS and line.call_to_action and not vocab.newsletter_only(line.text))


def _clean_form(lines: list[Line]) -> bool:
    """Blocks of one line each, separated by single blank lines (the
    cleaner's own output has this form), not a page's copy, whose lines
    run on, with blank lines here and there."""
    return len(lines) > 1 and all(b.number == a.number + 2 for a, b in itertools.pairwise(lines))


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
    but the page chrome, unless that is all there is."""
    kept = [ln for ln in lines if not _chrome(ln)]
    if not kept:
        return keep_whole(lines, "fallback")
    for line in lines:
        if _chrome(line):
            line.mark(BOILERPLATE, "fallback_chrome")
    return keep_whole(kept, "fallback")


def headline_candidates(lines: list[Line], run: tuple[int, int]) -> list[int]:
    """The lines the title model chooses the headline from (`run`: the main
    run of the first-pass scores): those before the text starts, or within
    TITLE_RUN_SLACK lines of it, that no rule knows for something else; any
    such line when none of those passes."""
    start, end = run
    shaped = features.title_candidates(lines)
    before_text = [i for i in shaped if i < start + TITLE_RUN_SLACK] if end > start else []
    candidates = [i for i in before_text or shaped if _headline_candidate(lines, i)]  # the rules read lines
    if before_text and not candidates:  # before the text first, the others only when none of those passes
        candidates = [i for i in shaped if _headline_candidate(lines, i)]
    return candidates


def _find_title(lines: list[Line], ctx: features.PageContext, probs: list[float]) -> Line | None:
    run = features.best_run(probs, [ln.words for ln in lines])
    candidates = headline_candidates(lines, run)
    if not candidates:
        return None
    model = models()["title"]
    scores = model.scores(title_rows(lines, ctx, probs, candidates, run))
    top = max(range(len(candidates)), key=scores.__getitem__)
    over = _headline_over_standfirst(lines, candidates, scores, top)
    best = _headline_under_kicker(lines, candidates, scores, over)
    rule = "title_under_kicker" if best != over else "title_over_standfirst" if over != top else "title_model"
    if best == top:
        best = _earlier_headline(lines, candidates, scores, top)
        rule = "title_earlier" if best != top else rule
    if best == top:
        best = _headline_over_sentence_case(lines, candidates, scores, top)
        rule = "title_over_sentence_case" if best != top else rule
    if best == top:
        best = _question_over_subject(lines, candidates, scores, top)
        rule = "title_question" if best != top else rule
    named = _headline_in_address(lines, candidates, best)
    best, rule = (named, "title_in_address") if named != best else (best, rule)
    line = lines[candidates[best]]
    bare = _bare_title(lines, line)
    if bare is not None:
        bare.mark(TITLE, f"title_end_of_breadcrumb:score={scores[best]:.2f}")
        return bare
    line.mark(TITLE, f"{rule}:score={scores[best]:.2f}")
    return line


def _headline_candidate(lines: list[Line], i: int) -> bool:
    """Line `i` may be the headline: no rule knows it for something else."""
    return not _not_a_headline(lines, i) and not regions.is_consent_notice(lines[i]) and not _breadcrumb_trail(lines[i])


def _breadcrumb_trail(line: Line) -> bool:
    """"Blog > Weight Loss > Tips": three or more short parts between '>', '»' or '›'."""
    if not any(sep in line.text for sep in _TRAIL_SEPARATORS):
        return False
    parts = [p for p in _TRAIL_SPLIT.split(line.text) if p.strip()]
    return len(parts) >= BREADCRUMB_TRAIL_MIN_PARTS and all(
        len(p.split()) <= BREADCRUMB_PART_MAX_WORDS for p in parts)


def _headline_over_standfirst(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line is a sentence (that does not exclaim) and a shorter line just above it
    that does not state (it may ask or exclaim) scores nearly as well, that
    line is the headline and the chosen one its standfirst (a longer line
    too, when the chosen one states and that line ends in no punctuation). A long chosen
    line that is no sentence ("A guide to the taxes Americans pay, and why
    they matter") may be a standfirst too, under a headline of a few words
    that scores closer still."""
    chosen = lines[candidates[best]]
    sentence = _sentence(chosen) and not _exclaims(chosen)
    if not sentence and chosen.words < LONG_STANDFIRST_MIN_WORDS:
        return best
    margin = STANDFIRST_SCORE_MARGIN if sentence else LONG_STANDFIRST_SCORE_MARGIN
    stated = _statement(chosen)
    titled = _title_case(chosen) is True
    for k in range(best - 1, -1, -1):
        line = lines[candidates[k]]
        if chosen.index - line.index > STANDFIRST_MAX_GAP:
            break
        if titled and _title_case(line) is False:  # a headline in title case under a line in sentence case
            continue
        if scores[k] >= scores[best] - margin and not _statement(line) \
                and line.words >= TITLE_MIN_WORDS and (line.words < chosen.words or (stated and _unpunctuated(line))) \
                and (sentence or (line.words >= HEADLINE_OVER_LONG_MIN_WORDS and not _counters(line))):
            return k
    return best


def _headline_over_sentence_case(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line is in sentence case ("A guide to common services
    and their price ranges") and the line right above it reads as a headline
    (some function words, no closing punctuation, not far longer) and scores
    nearly as well, that line is the headline and the chosen one its standfirst
    (unless a headline-shaped line in sentence case stands over it too: items of a list)."""
    chosen = lines[candidates[best]]
    if best == 0 or chosen.words < CASED_STANDFIRST_MIN_WORDS or _title_case(chosen) is not False:
        return best
    line = lines[candidates[best - 1]]
    if line.index != chosen.index - 1 or scores[best - 1] < scores[best] - CASED_STANDFIRST_SCORE_MARGIN:
        return best
    # a phrase or a line in title case; a menu in lower case ("home newsletter blog github") is neither
    phrase = _title_case(line) is True or any(w in STOPWORDS for w in line.lower_tokens)
    above = lines[line.index - 1] if line.index > 0 else None  # in sentence case too: items of a table of contents
    listed = above is not None and neighbours.headline_shaped(above) and _title_case(above) is False
    if CASED_STANDFIRST_MIN_WORDS <= line.words <= CASED_HEADLINE_MAX_RATIO * chosen.words and phrase \
            and not listed and not line.text.rstrip().endswith((".", ":", ",")):
        return best - 1
    return best


def _question_over_subject(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When a question ("What is Mesh WiFi?") stands just above the chosen
    line, shares a word with it and scores nearly as well, the question is
    the headline and the chosen line, which asks nothing, what follows it
    ("A Guide to Whole Home Mesh WiFi in 2021"); not when the chosen line
    goes on from the question ("What is an Online Course? Definition Explained")."""
    chosen = lines[candidates[best]]
    if _asks(chosen.text):
        return best
    words = overlap.words(chosen.text)
    for k in range(best - 1, -1, -1):
        line = lines[candidates[k]]
        if chosen.index - line.index > QUESTION_HEADLINE_MAX_GAP:
            break
        if _asks(line.text) and scores[k] >= scores[best] - QUESTION_HEADLINE_SCORE_MARGIN \
                and line.words >= TITLE_MIN_WORDS and line.key not in chosen.key and overlap.words(line.text) & words:
            return k
    return best


def _asks(text: str) -> bool:
    """The text ends in a question mark (quotes and brackets aside)."""
    return text.rstrip("\"”’»)' ").endswith(("?", "？"))


_CASE_WORD = re.compile(r"[^\W\d_]+")


def _title_case(line: Line) -> bool | None:
    """Whether the line is in title case ("Your Car Maintenance Checklist"):
    TITLE_CASE_MIN_SHARE of its cased words of CASE_WORD_MIN_CHARS letters or
    more after the first are capitalised; False when none is (sentence case
    or lower case), None when it has no such words."""
    words = [w for w in _CASE_WORD.findall(line.text)[1:] if len(w) >= CASE_WORD_MIN_CHARS and w[0] != w[0].swapcase()]
    if not words:
        return None
    capitals = sum(w[0].isupper() for w in words)
    if not capitals:
        return False
    return bool(capitals >= TITLE_CASE_MIN_SHARE * len(words))


def _exclaims(line: Line) -> bool:
    """The line ends in an exclamation mark ("Best Bread Machines – My
    Favorites!"): a headline's tone, a standfirst's rarely."""
    return line.text.rstrip("\"”’»)' ").endswith(("!", "！"))


def _unpunctuated(line: Line) -> bool:
    """The line ends in no sentence punctuation (quotes and brackets aside): a headline, never a sentence."""
    return not line.text.rstrip("\"”’»)' ").endswith(features.SENTENCE_END)


def _counters(line: Line) -> bool:
    """A line of counters: two or more bare numbers ("Code Revisions 4 Stars 107 Forks 9")."""
    return sum(map(str.isdigit, line.tokens)) >= COUNTER_MIN_NUMBERS


_WORDS = re.compile(r"\w+")


def _headline_under_kicker(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line is a short kicker naming the story's subject
    ("Dancing With the Stars") and a longer line just under it that scores
    nearly as well says the same words and more, that line is the headline."""
    kicker = lines[candidates[best]]
    if kicker.words > KICKER_MAX_WORDS:
        return best
    words = set(_WORDS.findall(kicker.key))
    for k in range(best + 1, len(candidates)):
        line = lines[candidates[k]]
        if line.index - kicker.index > KICKER_MAX_GAP:
            break
        if scores[k] >= scores[best] - KICKER_SCORE_MARGIN and line.words >= 2 * kicker.words \
                and words <= set(_WORDS.findall(line.key)):
            return k
    return best


def _earlier_headline(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """Of lines that score nearly as well as the chosen one, shortly above it
    and no sentence, the topmost: a page repeats its headline lower down as a
    heading or a shorter label (scoring better, when it is the headline cut short)."""
    chosen = lines[candidates[best]]
    top = best
    words = set(_WORDS.findall(chosen.key)) - STOPWORDS
    for k in range(best - 1, -1, -1):
        line = lines[candidates[k]]
        if chosen.index - line.index > EARLIER_TITLE_MAX_GAP:
            break
        shared = len(set(_WORDS.findall(line.key)) & words)
        alike = scores[k] >= scores[best] - EARLIER_TITLE_SCORE_MARGIN and shared >= 2
        whole = scores[k] >= scores[best] - EARLIER_PREFIX_SCORE_MARGIN and _shortened(chosen, line)
        if (alike or whole) and not _sentence(line) and line.words >= TITLE_MIN_WORDS:
            top = k
    return top


def _shortened(short: Line, line: Line) -> bool:
    """`short` is `line` cut short after a word: `line` goes on with more words
    (not with a separator: "Title | Site" is the page's title, not its headline)."""
    rest = line.key[len(short.key):] if short.words >= 2 and line.key.startswith(short.key) else ""
    return rest[:1] == " " and rest[1:2].isalnum()


def _headline_in_address(lines: list[Line], candidates: list[int], best: int) -> int:
    """When the page shows its own address, the candidate its slug spells
    (`address.SLUG_MIN_MATCH`), if the chosen line matches it less well."""
    found = address.slugs(ln.text for ln in lines)
    if not found:
        return best
    matches = [address.slug_match(lines[i].text, found) for i in candidates]
    named = max(range(len(candidates)), key=matches.__getitem__)
    return named if matches[named] >= address.SLUG_MIN_MATCH and matches[named] > matches[best] else best


TITLE_NAMES = features.TITLE_NAMES + overlap.NAMES + neighbours.NAMES


def title_rows(lines: list[Line], ctx: features.PageContext, probs: list[float],
               candidates: list[int], run: tuple[int, int] | None = None) -> list[list[float]]:
    """Each candidate headline's features (order: TITLE_NAMES); `run`: `features.best_run` of `probs`, if known."""
    start, end = run = run or features.best_run(probs, [ln.words for ln in lines])
    shared = overlap.shared_words(lines, candidates, start, end)
    around = neighbours.neighbour_rows(lines, ctx, candidates)
    return [[*row, *extra, *more] for row, extra, more in
            zip(features.title_vectors(lines, ctx, probs, candidates, run), shared, around, strict=True)]


def _not_a_headline(lines: list[Line], i: int) -> bool:
    """Lines the rules know for something else: links, prompts, credits,
    captions (a line over a credit, unless shaped as a headline: the lead
    picture's credit may follow the headline), dates, rows of figures, a ticker's items, a schedule's entries."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return ((line.call_to_action and not vocab.newsletter_only(line.text)) or line.credit_like
            or (nxt is not None and nxt.credit_like and not nxt.byline and not neighbours.headline_shaped(line))
            or (line.words <= META_MAX_WORDS and line.date() is not None)  # those four computed once per line
            or vocab.related_lead(line.text) or vocab.share_line(line.text) or _row_of_figures(line)
            or _dated_ticker(line) or _schedule_entry(line))


_SCHEDULE_ENTRY = re.compile(  # an English day or month name, a day's number, later a clock time
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?"
    r"|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+\d{1,2}\b"
    r".*?\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)


def _schedule_entry(line: Line) -> bool:
    """An entry of a schedule: a day, then a time ("September 10 12pm- 1pm Room 217 Jane Doe")."""
    return line.text[:1].isalpha() and _SCHEDULE_ENTRY.match(line.text) is not None


_BRACKETED = re.compile(r"\[([^\]]{4,40})\]")


def _dated_ticker(line: Line) -> bool:
    """A news ticker's item: a bracketed date before a headline ("[ December 8, 2025 ] Top 10 ...")."""
    found = _BRACKETED.match(line.text) if line.text.startswith("[") else None
    return found is not None and is_date_line(found.group(1).strip())


def _row_of_figures(line: Line) -> bool:
    """A table's row of figures ("46.3 lbs 38.8 lbs 36.8 lbs 48.5 lbs"): more numbers than words, and several."""
    numbers = sum(map(str.isdigit, line.tokens))
    return numbers >= FIGURES_MIN_NUMBERS and numbers > len(line.tokens) - numbers


def _bare_title(lines: list[Line], line: Line) -> Line | None:
    """When the chosen line is a breadcrumb or kicker glued to the headline
    ("Home News Hiking the Flat Irons"), the headline's own line below it.
    A count in front ("7 Healthy Recipes" over "Healthy Recipes") is part
    of the headline, no breadcrumb."""
    for other in lines[line.index + 1: line.index + 1 + BARE_TITLE_WINDOW]:
        if (other.words >= TITLE_MIN_WORDS and len(other.key) < len(line.key) and line.key.endswith(other.key)
                and not other.label and any(c.isalpha() for c in line.key[:-len(other.key)])):
            return other
    return None


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
)


def _single_line_rule(line: Line, nxt: Line | None, title: Line | None,
                      reference: datetime | None) -> tuple[str, str] | None:
    if title is not None and line.key == title.key:
        return BOILERPLATE, "title_copy"
    if line.ui:
        return BOILERPLATE, "ui_control"
    if line.words <= CTA_MAX_WORDS and line.call_to_action:  # longer, it is as often text about newsletters
        return BOILERPLATE, "call_to_action"  # (both: `_chrome`)
    for max_words, test, name in _SHORT_CHROME:
        if line.words <= max_words and test(line.text):
            return BOILERPLATE, name
    if is_credit(line):
        return BOILERPLATE, "photo_credit"
    if line.words <= CAPTION_MAX_WORDS and vocab.CAPTION_LEAD.match(line.text):
        return CAPTION, "caption_lead"
    if line.words <= CAPTION_MAX_WORDS * 2 and (credit := vocab.trailing_credit(line.text)):
        line.credit = credit
        return CAPTION, "caption_with_credit"
    if line.words <= META_MAX_WORDS and not _sentence(line) and line.date(reference) is not None \
            and not vocab.TWEET_ATTRIBUTION.match(line.text):  # the post's own date, part of the quote
        return META, "date_line"
    if line.byline:
        return BYLINE, "byline_by"
    if nxt is not None and not _chrome(nxt) and _is_badged_copy(line, nxt):
        nxt.mark(CAPTION, "caption_repeated")
        return BOILERPLATE, "caption_badge_copy"
    if nxt is not None and _name_tag(line, nxt):
        return BOILERPLATE, "name_tag"
    if line.text[:1] in "»›" and line.words <= ARROW_LINK_MAX_WORDS:
        return BOILERPLATE, "arrow_link"

    return None


def _name_tag(line: Line, nxt: Line) -> bool:
    """A brand or name standing over an item's heading that starts with it
    ("Nintendo" over "Nintendo Switch Lite for $200")."""
    return (line.words <= NAME_TAG_MAX_WORDS and nxt.key.startswith(line.key + " ")
            and nxt.words <= HEADING_MAX_WORDS and not _sentence(nxt))


def is_credit(line: Line) -> bool:
    """A photo credit line: "Photo: Jane Doe", "Credit...", "Jane Doe/Agency"."""
    return line.credit_like


def _mark_captions(lines: list[Line]) -> None:
    """The line just above a photo credit is the picture's caption; the
    credit goes with it."""
    for i, line in enumerate(lines):
        if line.rule != "photo_credit" or vocab.CREDIT_LEAD.fullmatch(line.text) \
                or vocab.COPYRIGHT_FIRST.match(line.text):  # its caption is below it
            continue
        j = i - 1
        while j >= 0 and lines[j].rule == "photo_credit":
            j -= 1
        if j < 0 or lines[j].label or lines[j].words > CREDITED_CAPTION_MAX_WORDS:
            continue
        lines[j].mark(CAPTION, "caption_before_credit")
        text = line.text[1:-1] if line.text[:1] == "(" and line.text[-1:] == ")" else line.text
        lines[j].credit = vocab.CREDIT_LEAD.sub("", text).strip(" .…:")


def _mark_link_lists(lines: list[Line]) -> None:
    """Runs of very short lines are menus and tag lists, whatever their scores."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.label == BOILERPLATE:
            continue  # chrome between menu items carries the run on
        if line is not None and not line.label and _menu_item(line):
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


def _menu_item(line: Line) -> bool:
    """A line short enough to be a menu item: a word or two, or a few characters of a wide script."""
    short = line.words <= MENU_ITEM_MAX_WORDS or (line.wide > 0 and len(line.text) <= MENU_ITEM_MAX_WIDE_CHARS)
    return short and not _sentence(line)


def _sentence(line: Line) -> bool:
    return line.words > 3 and line.text.rstrip("\"”’»)' ").endswith((".", "!", "?", "。"))


def _full_sentence(line: Line) -> bool:
    """A sentence, not a headline cut short to fit ("... as Hurri...")."""
    return _sentence(line) and not _cut_short(line.text)


def _statement(line: Line) -> bool:
    """A sentence that ends with a full stop: headlines may ask or exclaim, but rarely state."""
    return _sentence(line) and line.text.rstrip("\"”’»)' ").endswith((".", "。"))


def _is_badged_copy(line: Line, nxt: Line) -> bool:
    """`line` is `nxt` with a badge ("Premium", "Video"...) glued on."""
    if not line.key.startswith(nxt.key) or line.key == nxt.key:
        return False
    rest = line.text[len(nxt.text):].strip()
    return 0 < len(rest.split()) <= BADGE_MAX_WORDS and bool(vocab.BADGE.fullmatch(rest))


def _mark_headings(lines: list[Line], ctx: features.PageContext, probs: list[float]) -> None:
    """Section headings among the text's lines: an interview's questions, and
    the short lines the heading model scores as headings."""
    text = [ln for ln in lines if ln.label == PARAGRAPH]
    if sum(1 for ln in text if _QA_LINE.match(ln.text)) >= INTERVIEW_MIN_LINES:
        for ln in text:
            if _QUESTION.match(ln.text):
                ln.mark(HEADING, "interview_question")
    idx = heading_candidates(lines)
    if not idx:
        return
    scores = heading_scores(lines, ctx, probs, idx, text)
    chosen = [i for i, p in zip(idx, scores, strict=True) if p >= HEADING_MIN_P]
    entries = _contents_entries(lines, chosen, idx)
    for i, p in zip(idx, scores, strict=True):
        if i in entries:
            lines[i].mark(PARAGRAPH, f"contents_entry:p={p:.2f}")
        elif p >= HEADING_MIN_P:
            lines[i].mark(HEADING, f"heading_model:p={p:.2f}")


def _contents_entries(lines: list[Line], chosen: list[int], idx: list[int]) -> set[int]:
    """The chosen headings that are a table of contents' entries: no text under them before the next
    candidate (of `idx`), and the same words again lower down as a chosen heading that has text under it."""
    ends = dict(zip(idx, [*idx[1:], len(lines)], strict=True))
    over_text = {i: any(ln.label == PARAGRAPH for ln in lines[i + 1: ends[i]]) for i in chosen}
    last = {lines[i].key: i for i in chosen if over_text[i]}  # the lowest heading of each text over a section
    return {i for i in chosen if not over_text[i] and last.get(lines[i].key, -1) > i}


def heading_candidates(lines: list[Line]) -> list[int]:
    """The text lines the heading model reads: short, and none of the lines that are never headings."""
    return [ln.index for ln in lines if ln.label == PARAGRAPH and ln.words <= HEADING_MAX_WORDS
            and not _bracketed(ln.text) and not _ANSWER.match(ln.text) and not _never_heading(ln.text)]


def heading_rows(lines: list[Line], ctx: features.PageContext, probs: list[float], idx: list[int],
                 text: list[Line]) -> list[list[float]]:
    """The line model's features of each candidate in `idx` (order: HEADING_ROW_NAMES); `text`: the page's
    text lines."""
    short = sum(1 for ln in text if ln.words <= HEADING_MAX_WORDS) / len(text) if text else 0.0
    rows = features.heading_vectors(ctx, probs, idx, [ln.text for ln in lines], short,
                                    [heading_next(lines, i) for i in idx])
    text_words = [ln.words if ln.label == PARAGRAPH else 0 for ln in lines]
    sections = features.heading_section_vectors(lines, ctx, text_words, idx)
    return [[*row, *more] for row, more in zip(rows, sections, strict=True)]


HEADING_ROW_NAMES = features.HEADING_NAMES + features.HEADING_SECTION_NAMES
_SECTION_COLUMN = HEADING_ROW_NAMES.index("section_words")


def heading_page_rows(lines: list[Line], idx: list[int], rows: list[list[float]],
                      first: list[float]) -> list[list[float]]:
    """The page model's features of each candidate (order: HEADING_PAGE_ROW_NAMES): its line features
    and how it compares with the page's other likely headings, by the line model's scores `first`."""
    page = features.heading_page_vectors([lines[i].text for i in idx], [lines[i].words for i in idx], first,
                                         [row[_SECTION_COLUMN] for row in rows], idx)
    return [[*row, *more] for row, more in zip(rows, page, strict=True)]


HEADING_PAGE_ROW_NAMES = HEADING_ROW_NAMES + features.HEADING_PAGE_NAMES


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
# handle ("Catherine Shu @catherineshu / 2 days"), a counter ("0 Comments", "1.2k shares").
_NOT_A_HEADING = re.compile(r"[-–—•*·▪►]\s*\w|by\s|(?:photo|image|source|credit)s?\b|.*\||.*(?<!\S)@\w"
                            r"|\d[\d,.]*k?\s+(?:comments?|responses?|replies|shares?|views?|likes?)$", re.IGNORECASE)


# A link or button that asks the reader to act ("Get the Recipe", "Visit Website", "Read our full review"),
# unless it asks a question; a field and its value ("Pricing: 15%"); a link to more ("More: ...").
_ACTION_LEAD = re.compile(r"(?:get|visit|read|shop|buy|download|try|see|check\s+out|book|order|view|watch|click|compare"
                          r"|claim)\b(?!.*\?$)|\w+:\s*\S+$|(?:more|related|see\s+also|read\s+more|also)\s*:",
                          re.IGNORECASE)


def heading_next(lines: list[Line], i: int) -> int:
    """The line under a heading candidate that tells whether a section starts: the next one, or the one past
    a button or field under it ("See it now: Amazon", "Price: $20" under a product's heading)."""
    if i + 2 < len(lines) and lines[i + 1].words <= BUTTON_LINE_MAX_WORDS and _ACTION_LEAD.match(lines[i + 1].text):
        return i + 2
    return i + 1


def _never_heading(text: str) -> bool:
    """A short line that reads as a heading but never is one (`_NOT_A_HEADING`, `_ACTION_LEAD`)."""
    return bool(_NOT_A_HEADING.match(text) or _ACTION_LEAD.match(text))


def _bracketed(text: str) -> bool:
    """"(With inputs from agencies)", "[Source]": a note, never a section heading."""
    return text[:1] in "([" and text[-1:] in ")]"


def mark_dek(lines: list[Line], title: Line | None) -> None:
    """The paragraph right under the title, when a caption, byline or date
    follows it before the text starts, is the standfirst (also when its
    score alone left it out of the text)."""
    if title is None:
        return
    after = [ln for ln in lines[title.index + 1: title.index + 1 + DEK_MAX_GAP * 3]
             if ln.label != BOILERPLATE or (ln.rule.startswith("model:") and ln.words >= DEK_MIN_WORDS)]
    if len(after) >= 2 and after[0].label in (PARAGRAPH, BOILERPLATE) and after[1].label in (CAPTION, META, BYLINE):
        after[0].mark(DEK, "dek_before_figure_or_meta")


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


def title_text(lines: list[Line], title: Line | None) -> str:
    """The headline as shown: a "Title | Site" line loses its suffix when the
    bare title is a line of its own, when the suffix is the name the page's
    copyright line gives the site, or when a pipe sets off a suffix shorter
    than the title (`_pipe_suffix`)."""
    if title is None:
        return ""
    text = title.text
    parts = [p.strip() for p in SITE_SUFFIX.split(text)]
    if len(parts) == 2 and len(parts[1].split()) <= SITE_NAME_MAX_WORDS:
        keys = {ln.key for ln in lines if ln is not title and not _chrome(ln)}  # "Menu - ...": no bare title
        head, site = parts
        if fold(head) in keys or _pipe_suffix(text, head, site) \
                or (site and fold(site) == fold(copyright_name([ln.text for ln in lines]))):
            text = head
    if text.isupper():  # a page's CSS made it uppercase; a copy may keep the real case
        text = next((ln.text for ln in lines if ln.key == fold(text) and not ln.text.isupper()), text)
    return text


def _pipe_suffix(text: str, head: str, suffix: str) -> bool:
    """"Best Movers in NYC 2025 | Top 19 Companies": a pipe before a suffix
    of fewer words than the title sets off the site's name or a tag line
    ("Review | The Crown, season 4" is a label over the title: it stays).
    One pipe only: the title shown keeps none (cleaning it again changes nothing)."""
    return "|" not in head and " | " in text and len(suffix.split()) < len(head.split())


def is_update_line(text: str) -> bool:
    return bool(_UPDATE.match(text))
