"""Label each line of a text dump: named rules, named thresholds.

The learned models (`learned`) give every line a score; the rules here read
what a score cannot: metadata lines (dates, bylines), captions repeated with a
badge, copies of the title, breadcrumbs. Each line gets a label and the name
of the rule that decided it; `sitegen inspect` prints both.
"""

from __future__ import annotations

import re
from datetime import datetime

from sitegen.clean import features, overlap, regions, vocab
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
CONTENT = {PARAGRAPH, HEADING, CAPTION}

REVISIONS = ("revision", "revision2")  # the models that re-read each line with its neighbours' scores, in turn

# Thresholds.
CONTENT_MIN_P = 0.5  # revised line score from which a line is article text
INSIDE_MIN_P = 0.35  # within the main run
OUTSIDE_MIN_P = 0.75  # away from the main run
RUN_PIVOT_P = 0.5  # a line scoring above this lengthens the main run, below it shortens it
CHROME_RUN_PENALTY = 0.5  # what a line of page chrome (a rule's boilerplate) costs the main run
EXTEND_MIN_P = 0.02  # a sentence after the main run carries it on above this score
EXTEND_MIN_WORDS = 8
INSERT_MAX_LINES = 3  # an insert the run may carry on over: chrome lines and short fragments
INSERT_MAX_WORDS = 5
INSERT_RESUME_MIN_P = 0.3  # the score of the paragraph after an insert that carries the run on
EXTEND_HEADING_MAX_WORDS = 10  # a heading the run may carry on over, with the paragraph under it
HEADING_MIN_P = 0.5  # heading score from which a content line is a section heading
HEADING_MAX_WORDS = 20
END_MARKER_MAX_WORDS = 6
END_MARKER_MIN_SHARE = 0.6  # of the run's words read before an end marker may close it
TITLE_MIN_WORDS = 3
TITLE_RUN_SLACK = 5  # the headline comes before its text starts, or within this many lines of it
STANDFIRST_MAX_GAP = 4  # lines from a headline down to its standfirst
STANDFIRST_SCORE_MARGIN = 1.5  # how much better the standfirst may score than its headline
BARE_TITLE_WINDOW = 8
LINK_LINE_MAX_WORDS = 30  # "Read more: <a headline>"
CAPTION_MAX_WORDS = 60
MENU_ITEM_MAX_WORDS = 2  # lines this short, MENU_MIN_ITEMS or more in a row, are a menu
MENU_MIN_ITEMS = 5
META_MAX_WORDS = 14
BADGE_MAX_WORDS = 3
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
    """Label every line; return the title line (or None)."""
    if not lines:
        return None
    if _short_clean_text(lines):
        return _keep_whole(lines)
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
    fixed = [(-CHROME_RUN_PENALTY if ln.label == BOILERPLATE else 0.0) if ln.label else None for ln in lines]
    start, end = features.best_run(second, [ln.words for ln in lines], RUN_PIVOT_P, fixed)
    end = _cut_at_comment_thread(lines, start, _cut_at_end_marker(lines, start, end))
    _mark_by_score(lines, second, (start, end, _extend_run(lines, second, end)),
                   _lead_paragraph(lines, second, start, title))
    _mark_headings(lines, ctx, second)
    mark_dek(lines, title)
    return title


def _mark_by_score(lines: list[Line], probs: list[float], run: tuple[int, int, int], lead: int | None) -> None:
    """Label the lines no rule took by their scores: `run` is the main run's
    start, its end, and its end once carried on over the prose after it."""
    start, end_before, end = run
    for i, line in enumerate(lines):
        if line.label:
            continue
        inside = start <= i < end
        if i == lead:
            line.mark(PARAGRAPH, f"lead_paragraph:p={probs[i]:.2f}")
        elif inside and i >= end_before and probs[i] < INSIDE_MIN_P:
            line.mark(PARAGRAPH, f"run_extension:p={probs[i]:.2f}")
        elif probs[i] >= (INSIDE_MIN_P if inside else OUTSIDE_MIN_P):
            line.mark(PARAGRAPH, f"model:p={probs[i]:.2f}" + ("" if inside else ",outside_run"))
        else:
            line.mark(BOILERPLATE, f"model:p={probs[i]:.2f}" + ("" if inside else ",outside_run"))


def _cut_at_comment_thread(lines: list[Line], start: int, end: int) -> int:
    """The run ends where a comment thread starts; the thread is chrome to the end of the page."""
    thread = regions.comment_thread_start(lines, start, end)
    if thread is None:
        return end
    for line in lines[thread:]:
        if not line.label:
            line.mark(BOILERPLATE, "comment_thread")
    return thread


def _lead_paragraph(lines: list[Line], probs: list[float], start: int, title: Line | None) -> int | None:
    """The text's first paragraph when the main run starts just after it: a
    well-formed paragraph under the headline, with only metadata, page
    chrome or a short caption between them (the position features score the
    first lines after a headline low: standfirsts are not text)."""
    if title is None or start <= title.index + 1:
        return None
    for i in range(start - 1, title.index, -1):
        line = lines[i]
        if line.label:
            continue
        if _carries_on(line, probs[i]) and line.words >= features.LONG_LINE_WORDS:
            return i
        if line.words > MENU_ITEM_MAX_WORDS or _sentence(line):
            return None
    return None


def _cut_at_end_marker(lines: list[Line], start: int, end: int) -> int:
    """The run ends at a "Related"/"Comments"/"Tags" line once most of its text is behind it."""
    total = sum(ln.words for ln in lines[start:end] if not ln.label)
    seen = 0
    for i in range(start, end):
        line = lines[i]
        if line.words <= END_MARKER_MAX_WORDS and vocab.END_MARKER.match(line.text) \
                and seen >= END_MARKER_MIN_SHARE * total:
            line.mark(BOILERPLATE, "end_marker")
            return i
        if not line.label:
            seen += line.words
    return end


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
            for skipped in lines[end:resumed]:
                if not skipped.label:
                    skipped.mark(BOILERPLATE, "insert_in_text")
            end = resumed
            continue
        if line.label or not (_carries_on(line, probs[end]) or _closing_note(line)):
            break
        end += 1
    return end


def _after_insert(lines: list[Line], probs: list[float], i: int) -> int:
    """Where the text resumes after an insert in it ("Advertisement", a
    video player's prompt): up to INSERT_MAX_LINES lines of chrome or short
    fragments, then a long, well-formed paragraph. `i` when it does not."""
    j = i
    while j < len(lines) and j - i < INSERT_MAX_LINES and not _end_marker(lines[j]) and (
            lines[j].label == BOILERPLATE
            or (not lines[j].label and lines[j].words <= INSERT_MAX_WORDS and not _sentence(lines[j]))):
        j += 1
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


def _end_marker(line: Line) -> bool:
    return line.words <= END_MARKER_MAX_WORDS and bool(vocab.END_MARKER.match(line.text))


def _carries_on(line: Line, p: float) -> bool:
    """A well-formed paragraph, free of rules, that the run may take in after its end."""
    return not line.label and line.words >= EXTEND_MIN_WORDS and _sentence(line) and p >= EXTEND_MIN_P


def _section_heading_shape(line: Line) -> bool:
    """A short line that reads as a section heading, not as a sentence, menu item or end marker."""
    return (MENU_ITEM_MAX_WORDS < line.words <= EXTEND_HEADING_MAX_WORDS and not _sentence(line)
            and not line.text.endswith((",", ";")) and not _end_marker(line))


def _closing_note(line: Line) -> bool:
    return line.text.startswith("(") and line.text.endswith(")") and line.words <= META_MAX_WORDS


def _short_clean_text(lines: list[Line]) -> bool:
    """A few lines, none of them page chrome: a note or a pasted paragraph."""
    return len(lines) <= SHORT_TEXT_MAX_LINES and not any(
        ln.ui or ln.call_to_action for ln in lines)


def _keep_whole(lines: list[Line]) -> Line | None:
    """The first line is the title when it reads as one; every other line is text."""
    first = lines[0]
    title = first if len(lines) > 1 and first.words <= features.TITLE_MAX_WORDS else None
    for line in lines:
        if line is title:
            line.mark(TITLE, "short_text_first_line")
        else:
            line.mark(PARAGRAPH, "short_text_whole")
    return title


def _find_title(lines: list[Line], ctx: features.PageContext, probs: list[float]) -> Line | None:
    candidates = [i for i in features.title_candidates(lines) if not _not_a_headline(lines, i)
                  and not regions.is_consent_notice(lines[i]) and not _breadcrumb_trail(lines[i])]
    run = features.best_run(probs, [ln.words for ln in lines])
    start = run[0]
    before_text = [i for i in candidates if i < start + TITLE_RUN_SLACK]
    candidates = before_text or candidates
    if not candidates:
        return None
    model = models()["title"]
    scores = model.scores(title_rows(lines, ctx, probs, candidates, run))
    best = _headline_over_standfirst(lines, candidates, scores,
                                     max(range(len(candidates)), key=scores.__getitem__))
    line = lines[candidates[best]]
    bare = _bare_title(lines, line)
    if bare is not None:
        bare.mark(TITLE, f"title_end_of_breadcrumb:score={scores[best]:.2f}")
        return bare
    line.mark(TITLE, f"title_model:score={scores[best]:.2f}")
    return line


def _breadcrumb_trail(line: Line) -> bool:
    """"Blog > Weight Loss > Tips": three or more short parts between '>', '»' or '›'."""
    if not any(sep in line.text for sep in _TRAIL_SEPARATORS):
        return False
    parts = [p for p in _TRAIL_SPLIT.split(line.text) if p.strip()]
    return len(parts) >= BREADCRUMB_TRAIL_MIN_PARTS and all(
        len(p.split()) <= BREADCRUMB_PART_MAX_WORDS for p in parts)


def _headline_over_standfirst(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line is a sentence and a line just above it that is
    not one scores nearly as well, that line is the headline and the chosen
    one its standfirst."""
    if not _sentence(lines[candidates[best]]):
        return best
    for k in range(best - 1, -1, -1):
        i = candidates[k]
        if candidates[best] - i > STANDFIRST_MAX_GAP:
            break
        if scores[k] >= scores[best] - STANDFIRST_SCORE_MARGIN and not _sentence(lines[i]) \
                and lines[i].words >= TITLE_MIN_WORDS:
            return k
    return best


TITLE_NAMES = features.TITLE_NAMES + overlap.NAMES


def title_rows(lines: list[Line], ctx: features.PageContext, probs: list[float],
               candidates: list[int], run: tuple[int, int] | None = None) -> list[list[float]]:
    """Each candidate headline's features (order: TITLE_NAMES); `run`: `features.best_run` of `probs`, if known."""
    start, end = run = run or features.best_run(probs, [ln.words for ln in lines])
    shared = overlap.shared_words(lines, candidates, start, end)
    return [[*row, *extra] for row, extra in
            zip(features.title_vectors(lines, ctx, probs, candidates, run), shared, strict=True)]


def _not_a_headline(lines: list[Line], i: int) -> bool:
    """Lines the rules know for something else: links, prompts, credits, captions, dates."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (line.call_to_action or line.credit_like or (nxt is not None and nxt.credit_like)
            or (line.words <= META_MAX_WORDS and line.date() is not None)  # those four computed once per line
            or vocab.related_lead(line.text) or vocab.share_line(line.text))


def _bare_title(lines: list[Line], line: Line) -> Line | None:
    """When the chosen line is a breadcrumb or kicker glued to the headline
    ("Home News Hiking the Flat Irons"), the headline's own line below it."""
    for other in lines[line.index + 1: line.index + 1 + BARE_TITLE_WINDOW]:
        if (other.words >= TITLE_MIN_WORDS and len(other.key) < len(line.key) and line.key.endswith(other.key)
                and not other.label):
            return other
    return None


def _single_line_rule(line: Line, nxt: Line | None, title: Line | None,
                      reference: datetime | None) -> tuple[str, str] | None:
    if title is not None and line.key == title.key:
        return BOILERPLATE, "title_copy"
    if line.ui:
        return BOILERPLATE, "ui_control"
    if line.call_to_action:
        return BOILERPLATE, "call_to_action"
    if line.words <= LINK_LINE_MAX_WORDS and vocab.related_lead(line.text):
        return BOILERPLATE, "related_link"
    if line.words <= CREDIT_MAX_WORDS and vocab.share_line(line.text):
        return BOILERPLATE, "share_prompt"
    if is_credit(line):
        return BOILERPLATE, "photo_credit"
    if line.words <= META_MAX_WORDS and not _sentence(line) and line.date(reference) is not None:
        return META, "date_line"
    if line.byline:
        return BYLINE, "byline_by"
    if nxt is not None and _is_badged_copy(line, nxt):
        nxt.mark(CAPTION, "caption_repeated")
        return BOILERPLATE, "caption_badge_copy"
    return None


def is_credit(line: Line) -> bool:
    """A photo credit line: "Photo: Jane Doe", "Credit...", "Jane Doe/Agency"."""
    return line.credit_like


def _mark_captions(lines: list[Line]) -> None:
    """The line just above a photo credit is the picture's caption; the
    credit goes with it."""
    for i, line in enumerate(lines):
        if line.rule != "photo_credit" or vocab.CREDIT_LEAD.fullmatch(line.text):
            continue
        j = i - 1
        while j >= 0 and lines[j].rule == "photo_credit":
            j -= 1
        if j < 0 or lines[j].label or lines[j].words > CAPTION_MAX_WORDS:
            continue
        lines[j].mark(CAPTION, "caption_before_credit")
        lines[j].credit = vocab.CREDIT_LEAD.sub("", line.text).strip(" .…:")


def _mark_link_lists(lines: list[Line]) -> None:
    """Runs of very short lines are menus and tag lists, whatever their scores."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.label == BOILERPLATE:
            continue  # chrome between menu items carries the run on
        if line is not None and not line.label and line.words <= MENU_ITEM_MAX_WORDS and not _sentence(line):
            run.append(line)
            continue
        if len(run) >= MENU_MIN_ITEMS:
            for item in run:
                item.mark(BOILERPLATE, "menu_run")
        run = []


def _sentence(line: Line) -> bool:
    return line.words > 3 and line.text.rstrip("\"”’»)' ").endswith((".", "!", "?", "。"))


def _is_badged_copy(line: Line, nxt: Line) -> bool:
    """`line` is `nxt` with a badge ("Premium", "Video"...) glued on."""
    if not line.key.startswith(nxt.key) or line.key == nxt.key:
        return False
    rest = line.text[len(nxt.text):].strip()
    return 0 < len(rest.split()) <= BADGE_MAX_WORDS and bool(vocab.BADGE.fullmatch(rest))


def _mark_headings(lines: list[Line], ctx: features.PageContext, probs: list[float]) -> None:
    idx = [ln.index for ln in lines if ln.label == PARAGRAPH and ln.words <= HEADING_MAX_WORDS
           and not _bracketed(ln.text)]
    if not idx:
        return
    model = models()["heading"]
    for i, p in zip(idx, model.probabilities(features.heading_vectors(ctx, probs, idx)), strict=True):
        if p >= HEADING_MIN_P:
            lines[i].mark(HEADING, f"heading_model:p={p:.2f}")


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
    bare title is a line of its own."""
    if title is None:
        return ""
    text = title.text
    parts = [p.strip() for p in SITE_SUFFIX.split(text)]
    if len(parts) == 2:
        keys = {ln.key for ln in lines if ln is not title}
        head, site = parts
        if fold(head) in keys and len(site.split()) <= SITE_NAME_MAX_WORDS:
            text = head
    if text.isupper():  # a page's CSS made it uppercase; a copy may keep the real case
        text = next((ln.text for ln in lines if ln.key == fold(text) and not ln.text.isupper()), text)
    return text


def is_update_line(text: str) -> bool:
    return bool(_UPDATE.match(text))
