"""The page's title: which line is the headline.

The title model (`learned`) scores every candidate line (`headline_candidates`,
`title_rows`); the rules here correct what a score cannot see: a standfirst
that outscores its headline, a kicker over it, the headline repeated lower
down or cut short, a question over its subject, the headline said twice line
after line or ending a breadcrumb, a heading of the text over which the
headline stands, the headline over its byline's fields ("Author:") or over
a list of dated teasers or set apart under a list of teasers ("Most read",
or any short label over five teasers or more), the headline the page's own
address spells, the bare headline under the page's "Title :: Site" line, the
headline under a kicker glued from a section's name and a label, a live blog's headline over its first
entry's, a series' headline over its subtitle, the story's headline under a promotion's; what is never a
headline (`not_headlines`: a prompt, a menu's row, an address, a rating, ...), a blog's name or the site's
own name is not chosen. `title_text` gives the chosen line's text without a site's
name, a date set after it or a label naming the kind of page before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from sitegen.clean import address, features, neighbours, not_headlines, overlap, regions, rules, vocab
from sitegen.clean.byline import is_byline_lead, looks_like_name
from sitegen.clean.contents import contents_lines
from sitegen.clean.dates import date_role, find_date, is_date_line, is_time_line
from sitegen.clean.learned import models
from sitegen.clean.lines import Line, fold
from sitegen.clean.site import SITE_MAX_WORDS, copyright_name
from sitegen.clean.stopwords import STOPWORDS

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
LISTED_HEADLINE_MIN_WORDS = 5  # a headline in a list of other stories ("Most read"); a menu's items are shorter
TITLED_HEADLINE_MIN_WORDS = 2  # a headline in title case over such a standfirst may be this short ("Book Reviews")
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
LIST_MIN_ITEMS = 3  # the chosen line and the lines right under it that score like it: items of a list
LIST_SCORE_MARGIN = 1.5  # how far below the chosen line's score its list's items score at most
LIST_HEADLINE_SCORE_MARGIN = 5.0  # how much better the list's first item may score than the headline right over it
TWIN_MAX_GAP = 3  # lines from the chosen line to a headline the page says twice, line after line
TWIN_SCORE_MARGIN = 3.0  # how much better the chosen line may score than that headline
TWIN_MIN_WORDS = 2  # such a headline's length at least ("Climate Change")
TEASER_MIN_ABOVE = 2  # headline-shaped lines over the chosen one, scoring alike: it ends a list of teasers
TEASER_WINDOW = 10  # lines over the chosen one read for those teasers
TEASER_SCORE_MARGIN = 2.0  # how much worse than the chosen line such a teaser may score
AFTER_TEASERS_MAX_GAP = 6  # lines from the last teaser down to the story's own headline
AFTER_TEASERS_SCORE_MARGIN = 0.5  # how much better the last teaser may score than that headline
BEFORE_TEXT_MAX_GAP = 8  # lines from a heading inside the text up to a headline over the text
BEFORE_TEXT_SCORE_MARGIN = 1.5  # how much better that heading may score than the headline
CRUMB_MAX_GAP = 6  # lines between a headline and a breadcrumb that ends with it
CRUMB_SCORE_MARGIN = 2.0  # how much better the chosen line may score than that headline
DATED_TEASERS_MIN = 3  # headline-shaped lines over their dates, the chosen one last: a list of other stories
DATED_TEASER_MAX_GAP = 8  # lines from one such teaser down to the next
DATED_TEASERS_SCORE_MARGIN = 5.0  # how much better the last teaser may score than the headline over the list
DATED_HEADLINE_NEAR = 4  # lines under the headline over such a list down to its own date
LEAD_FIELD_MAX_WORDS = 3  # a byline's lead-in alone on its line ("Author:", "Written by")
LEAD_FIELD_NEAR = 5  # a chosen line this few lines over that lead-in stands where a headline does
LEAD_FIELD_SCORE_MARGIN = 4.5  # how much better the chosen line may score than the headline over the lead-in
TEASER_LIST_MIN_ITEMS = 3  # headline-shaped lines set line after line under a teaser header ("Most read")
TEASER_LIST_MAX_GAP = 4  # lines from the list's last item down to the story's own headline
TEASER_LIST_SCORE_MARGIN = 4.0  # how much better the chosen item may score than that headline
UNDER_TEASERS_WINDOW = 12  # lines from the chosen line to a headline set apart right under such a list
UNDER_TEASERS_SCORE_MARGIN = 2.5  # how much better the chosen line may score than that headline
TEASER_ITEM_MIN_WORDS, TEASER_ITEM_MAX_WORDS = 2, 20  # an item's length in such a list, in words
LIST_LABEL_MAX_WORDS = 3  # a list's header no vocabulary knows is a label this short ("Top stories")
LABELLED_LIST_MIN_ITEMS = 5  # items under such a label: a list of teasers ("Opinion" over a few lines may be a kicker)

def headline_candidates(lines: list[Line], run: tuple[int, int], *, keep_contents: bool = False) -> list[int]:
    """The lines the title model chooses the headline from (`run`: the main
    run of the first-pass scores): those before the text starts, or within
    TITLE_RUN_SLACK lines of it, that no rule knows for something else (nor
    an entry of a table of contents: `contents.contents_lines`, unless `keep_contents`:
    the model learns from those too); any such line when none of those passes."""
    start, end = run
    entries = set() if keep_contents else contents_lines(lines)
    shaped = [i for i in features.title_candidates(lines) if i not in entries]
    before_text = [i for i in shaped if i < start + TITLE_RUN_SLACK] if end > start else []
    candidates = [i for i in before_text or shaped if headline_candidate(lines, i)]  # the rules read lines
    if before_text and not candidates:  # before the text first, the others only when none of those passes
        candidates = [i for i in shaped if headline_candidate(lines, i)]
    return candidates


def find_title(lines: list[Line], ctx: features.PageContext, probs: list[float]) -> Line | None:
    run = features.best_run(probs, [ln.words for ln in lines])
    # the model learns from the lines `not_headlines.passed_over` leaves out too (`headline_candidates` keeps them)
    alone: dict[str, str] = {}  # the rules that read a line alone, by text: a menu's items come again
    candidates = [i for i in headline_candidates(lines, run) if not not_headlines.passed_over(lines, i, alone)]
    if not candidates:
        return None
    model = models()["title"]
    scores = model.scores(title_rows(lines, ctx, probs, candidates, run))
    candidates, scores = _without_blog_names(lines, candidates, scores)
    count = len(candidates)
    candidates, scores = _without_site_name(lines, candidates, scores)
    unnamed = ",title_not_site_name" if len(candidates) < count else ""  # (marked on the line chosen instead)
    top = max(range(len(candidates)), key=scores.__getitem__)
    over = _headline_over_standfirst(lines, candidates, scores, top)
    best = _headline_under_kicker(lines, candidates, scores, over)
    rule = "title_under_kicker" if best != over else "title_over_standfirst" if over != top else "title_model"
    if best == top:  # the first rule that moves the choice off the model's line decides
        best, rule = next(((moved, name) for name, choose in _CHOICE_RULES
                           if (moved := choose(lines, candidates, scores, top)) != top), (top, rule))
    before = _headline_before_text(lines, candidates, scores, best, run)
    best, rule = (before, "title_before_text") if before != best else (best, rule)
    listed = _headline_after_teaser_list(lines, candidates, scores, best)
    if listed != best:
        best, rule = listed, "title_after_teaser_list" + _labelled_mark(lines, candidates[best])
    under = _headline_under_teaser_list(lines, candidates, scores, best)
    if under != best:
        best, rule = under, "title_under_teaser_list" + _labelled_mark(lines, candidates[under] - 1)
    named = _headline_in_address(lines, candidates, best)
    best, rule = (named, "title_in_address") if named != best else (best, rule)
    line = lines[candidates[best]]
    bare = _bare_title(lines, line)
    if bare is not None:
        bare.mark(rules.TITLE, f"title_end_of_breadcrumb:score={scores[best]:.2f}")
        return bare
    own = _headline_under_site_line(lines, line)
    if own is not None:
        own.mark(rules.TITLE, f"title_under_site_line:score={scores[best]:.2f}")
        return own
    past = unnamed + (",title_past_chrome" if _over_chrome(lines, line.index) else "")
    past += ",meta_over_headline" if neighbours.meta_over_headline(lines, ctx, line.index) else ""
    line.mark(rules.TITLE, f"{rule}:score={scores[best]:.2f}{past}")
    return line


def _over_chrome(lines: list[Line], i: int) -> bool:
    """Line `i` stands over chrome its features read past (`chrome_under_headline`)."""
    return i + 1 < len(lines) and lines[i + 1].ui and i + 1 in chrome_under_headline(lines)


BLOG_NAME_MAX_WORDS = 4
BLOG_RIVAL_MIN_SCORE = 0.0  # a candidate scoring this much at least is a headline before a blog's name
_BLOG_NAME = re.compile(r"\bblog$", re.IGNORECASE)


def _blog_name(line: Line) -> bool:
    """A blog's name ("Engora Data Blog", "Colin Watson's blog", "The Company Blog"): the site's, not a
    post's headline; a phrase with a function word is a headline's ("Start a Blog")."""
    if line.words > BLOG_NAME_MAX_WORDS or line.text.rstrip("\n")[-4:].lower() != "blog":  # no letter outside ASCII
        return False  # matches one of its letters (nor lowers to one); `$` matches before a newline that ends a text
    words = line.lower_tokens[1:] if line.lower_tokens[:1] == ["the"] else line.lower_tokens
    return _BLOG_NAME.search(line.text) is not None and not any(w in STOPWORDS for w in words)


def _without_blog_names(lines: list[Line], candidates: list[int], scores: list[float]) -> tuple[list[int], list[float]]:
    """The candidates and their scores less the blog's name (`_blog_name`), when another candidate
    scores BLOG_RIVAL_MIN_SCORE or more: else the post shows no headline the model knows for one,
    and the blog's name is kept over a heading of its text."""
    named = [_blog_name(lines[i]) for i in candidates]
    if not any(named) or not any(s >= BLOG_RIVAL_MIN_SCORE for s, n in zip(scores, named, strict=True) if not n):
        return candidates, scores
    kept = [k for k, n in enumerate(named) if not n]
    return [candidates[k] for k in kept], [scores[k] for k in kept]


def _without_site_name(lines: list[Line], candidates: list[int], scores: list[float]) -> tuple[list[int], list[float]]:
    """`title_not_site_name`: when the best-scoring candidate says no more than the site's name its copyright
    line gives (`site.copyright_name`: "S&P Global" over the story, "© 2025 S&P Global Inc." at its foot), the
    candidates and their scores less the lines that say it, if another candidate scores BLOG_RIVAL_MIN_SCORE
    or more."""
    top = lines[candidates[max(range(len(scores)), key=scores.__getitem__)]]
    if top.words > SITE_MAX_WORDS or not (site := copyright_name([ln.text for ln in lines])) \
            or top.key != fold(site):
        return candidates, scores
    kept = [k for k, i in enumerate(candidates) if lines[i].key != top.key]
    if not any(scores[k] >= BLOG_RIVAL_MIN_SCORE for k in kept):
        return candidates, scores
    return [candidates[k] for k in kept], [scores[k] for k in kept]


def headline_candidate(lines: list[Line], i: int) -> bool:
    """Line `i` may be the headline: no rule knows it for something else."""
    return not _not_a_headline(lines, i) and not regions.is_consent_notice(lines[i]) and not _breadcrumb_trail(lines[i])


def _breadcrumb_trail(line: Line) -> bool:
    """"Blog > Weight Loss > Tips": three or more short parts between '>', '»' or '›'."""
    text = line.text
    if ">" not in text and (text.isascii() or not any(sep in text for sep in rules.TRAIL_SEPARATORS)):
        return False  # one test for an ASCII line: ">" is the one separator in ASCII
    parts = [p for p in rules.TRAIL_SPLIT.split(text) if p.strip()]
    return len(parts) >= rules.BREADCRUMB_TRAIL_MIN_PARTS and all(
        len(p.split()) <= rules.BREADCRUMB_PART_MAX_WORDS for p in parts)


def _headline_over_standfirst(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line is a sentence (that does not exclaim) and a shorter line just above it
    that does not state (it may ask or exclaim) scores nearly as well, that
    line is the headline and the chosen one its standfirst (a longer line
    too, when the chosen one states and that line ends in no punctuation). A long chosen
    line that is no sentence ("A guide to the taxes Americans pay, and why
    they matter") may be a standfirst too, under a headline of a few words
    that scores closer still. A line in title case that ends in a full stop
    is a headline (`_titled_statement`), never a standfirst."""
    chosen = lines[candidates[best]]
    sentence = rules.is_sentence(chosen) and not _exclaims(chosen)
    if not sentence and chosen.words < LONG_STANDFIRST_MIN_WORDS:
        return best
    if _titled_statement(chosen):
        return best
    margin = STANDFIRST_SCORE_MARGIN if sentence else LONG_STANDFIRST_SCORE_MARGIN
    stated = rules.is_statement(chosen)
    titled = _title_case(chosen) is True
    for k in range(best - 1, -1, -1):
        line = lines[candidates[k]]
        if chosen.index - line.index > STANDFIRST_MAX_GAP:
            break
        if titled and _title_case(line) is False:  # a headline in title case under a line in sentence case
            continue
        if scores[k] >= scores[best] - margin and not rules.is_statement(line) \
                and line.words >= TITLE_MIN_WORDS and (line.words < chosen.words or (stated and _unpunctuated(line))) \
                and (sentence or (line.words >= HEADLINE_OVER_LONG_MIN_WORDS and not _counters(line))):
            return k
    return best


def _headline_over_sentence_case(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line is in sentence case ("A guide to common services
    and their price ranges") and the line right above it reads as a headline
    (some function words, no closing punctuation, not far longer) and scores
    nearly as well, that line is the headline and the chosen one its standfirst
    (unless a headline-shaped line in sentence case stands over it too, or it ends a list set apart over the
    chosen line, `_listed_apart`: items of a list).
    A headline in title case may be short ("Book Reviews"), unless a short
    line in title case stands over it too: items of a menu ("Back to Blogs")."""
    chosen = lines[candidates[best]]
    if best == 0 or chosen.words < CASED_STANDFIRST_MIN_WORDS or _title_case(chosen) is not False:
        return best
    line = lines[candidates[best - 1]]
    if line.index != chosen.index - 1 or scores[best - 1] < scores[best] - CASED_STANDFIRST_SCORE_MARGIN:
        return best
    # a phrase or a line in title case; a menu in lower case ("home newsletter blog github") is neither
    phrase = _title_case(line) is True or any(w in STOPWORDS for w in line.lower_tokens)
    above = lines[line.index - 1] if line.index > 0 else None  # in sentence case too: items of a table of contents
    listed = above is not None and neighbours.headline_shaped(above) and (
        _title_case(above) is False or _listed_apart(lines, line, chosen))
    menu = above is not None and _title_case(above) is True and above.words < CASED_STANDFIRST_MIN_WORDS
    least = TITLED_HEADLINE_MIN_WORDS if _title_case(line) is True and not menu else CASED_STANDFIRST_MIN_WORDS
    if least <= line.words <= CASED_HEADLINE_MAX_RATIO * chosen.words and phrase \
            and not listed and not line.text.rstrip().endswith((".", ":", ",")):
        return best - 1
    return best


def _listed_apart(lines: list[Line], line: Line, chosen: Line) -> bool:
    """`line` ends a list of headlines set line after line (the two over it are headlines too: "Most read"),
    a blank line between it and the `chosen` line: a teaser over the story, not the story's headline."""
    k = line.index
    return k >= 2 and line.number < chosen.number - 1 and all(
        lines[j].number + 1 == lines[j + 1].number and neighbours.headline_shaped(lines[j])
        and lines[j].words >= LISTED_HEADLINE_MIN_WORDS for j in (k - 2, k - 1))


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


def _headline_over_list(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line opens a run of LIST_MIN_ITEMS lines, one right
    under the other, that score alike and say different things (items of a
    list or rows of a table: "Aidan Gantenbein 100 backstroke", "Miguel
    Bernal North Diving", ...), the line right above the run, when it reads
    as a headline and scores not far below, is the headline over the list."""
    if best == 0 or best + LIST_MIN_ITEMS > len(candidates):
        return best
    run = [lines[candidates[best + k]] for k in range(LIST_MIN_ITEMS)]
    chosen = run[0]
    if any(ln.index != chosen.index + k or scores[best + k] < scores[best] - LIST_SCORE_MARGIN
           or rules.is_sentence(ln) for k, ln in enumerate(run)) or len({ln.key for ln in run}) < len(run):
        return best
    above = lines[candidates[best - 1]]
    if above.index == chosen.index - 1 and above.words >= TITLE_MIN_WORDS and not rules.is_sentence(above) \
            and scores[best - 1] >= scores[best] - LIST_HEADLINE_SCORE_MARGIN:
        return best - 1
    return best


def _punctuated_twin(lines: list[Line], candidates: list[int], best: int) -> int:
    """When a line right next to the chosen one says the same words in the
    same order with more punctuation ("Puppy Behavior and Training: Training
    Basics" under "Puppy Behavior And Training Training Basics"), the chosen
    line is a trail or label that lost its separators and the other the headline."""
    chosen = lines[candidates[best]]
    words = _WORDS.findall(chosen.key)
    for k in (best + 1, best - 1):
        if 0 <= k < len(candidates) and abs(candidates[k] - chosen.index) == 1:
            twin = lines[candidates[k]]
            if _WORDS.findall(twin.key) == words and _marks(twin.text) > _marks(chosen.text):
                return k
    return best


def _twinned_headline(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When a candidate shortly above or below the chosen line is said again on
    the line right under it ("Climate Change" / "Climate Change": a breadcrumb's
    end or a copy for small screens over the page's own headline), scores
    nearly as well and is no sentence and no one's name (an author's picture
    and name), and the chosen line is said once there, that line is the headline
    and the chosen one a section's label or a teaser beside it."""
    chosen = candidates[best]
    if _said_twice(lines, chosen):
        return best
    twins = [k for k in _rivals(lines, candidates, scores, best, -TWIN_MAX_GAP, TWIN_MAX_GAP, TWIN_SCORE_MARGIN)
             if (i := candidates[k]) != chosen and i + 1 < len(lines) and lines[i + 1].key == lines[i].key
             and lines[i].words >= TWIN_MIN_WORDS and not rules.is_sentence(lines[i])
             and not looks_like_name(lines[i].text)]
    return max(twins, key=scores.__getitem__) if twins else best  # the first of those that score best


def _rivals(lines: list[Line], candidates: list[int], scores: list[float], best: int, above: int, below: int,
            margin: float, *, shaped: bool = False) -> list[int]:
    """The candidates (their places in `candidates`, in order) from `above` lines over candidate `best`
    (a negative count) to `below` lines under it that score at most `margin` below it (`best` too, when
    the range holds it); only those shaped as headlines, when `shaped`."""
    chosen, least = candidates[best], scores[best] - margin
    return [k for k, i in enumerate(candidates) if above <= i - chosen <= below and scores[k] >= least
            and (not shaped or neighbours.headline_shaped(lines[i]))]


def _headline_before_text(lines: list[Line], candidates: list[int], scores: list[float], best: int,
                          run: tuple[int, int]) -> int:
    """When the chosen line stands inside the text (`run`, after its first line), the last candidate
    shaped as a headline at the text's start or over it, within BEFORE_TEXT_MAX_GAP lines, is the
    headline if it scores nearly as well: the chosen line is a heading of the text ("Myth: Skipping
    Meals Leads to Weight Loss" under "Nutritional Myths Debunked")."""
    start, end = run
    chosen = candidates[best]
    if not start < chosen < end:
        return best
    over = _rivals(lines, candidates, scores, best, -BEFORE_TEXT_MAX_GAP, start - chosen, BEFORE_TEXT_SCORE_MARGIN,
                   shaped=True)  # at the text's start or over it
    return over[-1] if over else best


def _headline_after_teasers(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line, shaped as a headline, ends a list of teasers (TEASER_MIN_ABOVE
    headline-shaped candidates within TEASER_WINDOW lines over it that score alike: "Recent from
    Jane Doe"), the first headline-shaped candidate shortly under it that scores nearly as well
    and heads no such list itself is the story's own headline."""
    if not neighbours.headline_shaped(lines[candidates[best]]):
        return best
    teasers = _rivals(lines, candidates, scores, best, -TEASER_WINDOW, -1, TEASER_SCORE_MARGIN, shaped=True)
    if len(teasers) < TEASER_MIN_ABOVE:
        return best
    under = _rivals(lines, candidates, scores, best, 1, AFTER_TEASERS_MAX_GAP, AFTER_TEASERS_SCORE_MARGIN, shaped=True)
    for k in under:
        if not _rivals(lines, candidates, scores, k, 1, TEASER_WINDOW, TEASER_SCORE_MARGIN, shaped=True):
            return k  # it heads no list of teasers itself
    return best


def _headline_after_teaser_list(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line is an item of a list of teasers under a header ("Most read", "Trending":
    `vocab.end_marker`), TEASER_LIST_MIN_ITEMS items at least (`_teaser_item`) set line after line
    right under it, the first candidate under the list, when it is set apart (a blank line between)
    within TEASER_LIST_MAX_GAP lines, is the story's own headline if it reads as such an item and
    scores nearly as well as the list's best item, or if it scores better than all of them (a
    headline that ends a sentence: "... They just might be.")."""
    items = _teaser_list(lines, candidates[best])
    if items is None:
        return best
    first, last = items
    top = max(scores[k] for k, i in enumerate(candidates) if first <= i <= last)
    under = next((k for k, i in enumerate(candidates) if last < i <= last + TEASER_LIST_MAX_GAP), None)
    if under is None or lines[candidates[under]].number <= lines[last].number + 1:
        return best
    item = _teaser_item(lines[candidates[under]])
    return under if scores[under] > top or (item and scores[under] >= top - TEASER_LIST_SCORE_MARGIN) else best


def _headline_under_teaser_list(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When a candidate within UNDER_TEASERS_WINDOW lines of the chosen one stands right under a list
    of teasers under its header (`_teaser_list`), set apart from it by a blank line, reads as a headline
    (`_teaser_item`) and scores nearly as well, it is the story's own headline: a "Most read" list over
    a headline lowers its score, and the model takes a line near it (a quote, a teaser, a disclosure)."""
    chosen = candidates[best]
    for k in _rivals(lines, candidates, scores, best, -UNDER_TEASERS_WINDOW, UNDER_TEASERS_WINDOW,
                     UNDER_TEASERS_SCORE_MARGIN):
        i = candidates[k]
        if 0 < i != chosen and lines[i].number > lines[i - 1].number + 1 and _teaser_item(lines[i]) \
                and (items := _teaser_list(lines, i - 1)) is not None and not items[0] <= chosen <= items[1]:
            return k
    return best


def _teaser_item(line: Line) -> bool:
    """A line read as a headline in a list of teasers: a few words whose first has a capital or a
    digit ("n8n: A Guide to ...", "iPhone ...") and that end no sentence nor label (a question or an
    exclamation may end one), no header of such a list itself."""
    head = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
    return TEASER_ITEM_MIN_WORDS <= line.words <= TEASER_ITEM_MAX_WORDS \
        and any(c.isupper() or c.isdigit() for c in head) \
        and not line.text.rstrip().endswith((".", ":", ",", ";")) and not vocab.end_marker(line.text)


def _teaser_list(lines: list[Line], i: int) -> tuple[int, int] | None:
    """The first and last lines of the list of teasers under a header that line `i` is an item of
    (`_headline_after_teaser_list`), or None."""
    def close(j: int) -> bool:  # lines j and j + 1 are set line after line, both read as items
        return lines[j].number + 1 == lines[j + 1].number and _teaser_item(lines[j]) and _teaser_item(lines[j + 1])
    if not _teaser_item(lines[i]):
        return None
    first, last = i, i
    while first > 0 and close(first - 1):
        first -= 1
    while last + 1 < len(lines) and close(last):
        last += 1
    header = lines[first - 1] if first > 0 else None
    if last - first + 1 >= TEASER_LIST_MIN_ITEMS and header is not None \
            and header.number + 1 == lines[first].number and vocab.end_marker(header.text):
        return first, last
    return _labelled_list(lines, i)


def _labelled_mark(lines: list[Line], i: int) -> str:
    """",teaser_list_labelled" when line `i` is an item of a list of teasers found under a label no vocabulary
    knows (`_labelled_list`), for the rule's name."""
    items = _teaser_list(lines, i)
    return ",teaser_list_labelled" if items and not vocab.end_marker(lines[items[0] - 1].text) else ""


def _labelled_list(lines: list[Line], i: int) -> tuple[int, int] | None:
    """`teaser_list_labelled`: the first and last lines of the list of teasers that line `i` is an item of,
    under a header no vocabulary knows ("Top stories", "What's hot", "Популярное"): a label (`_list_label`)
    right over LABELLED_LIST_MIN_ITEMS items at least set line after line (`_labelled_item`: longer than any
    label; a kicker over its headline, byline and date is no such list), or None."""
    def close(j: int) -> bool:  # lines j and j + 1 are set line after line
        return lines[j].number + 1 == lines[j + 1].number
    if not _labelled_item(lines[i]):
        return None
    first, last = i, i
    while first > 0 and close(first - 1) and _labelled_item(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and close(last) and _labelled_item(lines[last + 1]):
        last += 1
    if last - first + 1 < LABELLED_LIST_MIN_ITEMS or not first or not close(first - 1) \
            or not _list_label(lines[first - 1]):
        return None
    return first, last


def _labelled_item(line: Line) -> bool:
    """An item of a list of teasers under a label (`_labelled_list`): longer than a label, no byline or date."""
    return line.words > LIST_LABEL_MAX_WORDS and _teaser_item(line) and not line.byline and line.date() is None


def _list_label(line: Line) -> bool:
    """A list's header: LIST_LABEL_MAX_WORDS words at most, no sentence, byline or date."""
    return 0 < line.words <= LIST_LABEL_MAX_WORDS and not line.text.rstrip().endswith(features.SENTENCE_END) \
        and not line.byline and line.date() is None


_TRAIL_MARK = re.compile("[>»›]")  # one of a breadcrumb's separators (`rules.TRAIL_SEPARATORS`, which imports us)


def _breadcrumbs_end(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When a breadcrumb trail near a candidate ends with it ("Home » Are you attending 2026's top
    tech conferences?" under that line) and the chosen line is no such end, that candidate is the
    headline, if it scores nearly as well and is no label of a word or two ("ML Tools")."""
    ends: dict[str, list[int]] = {}
    for line in lines:
        text = line.text  # an ASCII line holds a separator when it holds ">" (the pattern read only outside ASCII)
        if ">" in text or (not text.isascii() and _TRAIL_MARK.search(text) is not None):
            parts = [p for p in rules.TRAIL_SPLIT.split(line.key) if p.strip()]
            if len(parts) >= 2:
                ends.setdefault(parts[-1].strip(), []).append(line.index)
    if not ends or lines[candidates[best]].key in ends:
        return best
    return next((k for k in _rivals(lines, candidates, scores, best, -len(lines), len(lines), CRUMB_SCORE_MARGIN)
                 if lines[i := candidates[k]].words >= TITLE_MIN_WORDS
                 and any(abs(j - i) <= CRUMB_MAX_GAP for j in ends.get(lines[i].key, ()))), best)


def _headline_over_byline_field(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the article's byline stands in fields, its lead-in alone on a line ("Author:", "Written
    by": the last one over the last candidate, which stands shortly after the text's start) and the names
    under it, the headline stands right over that lead-in, or over a longer standfirst
    right over it: that candidate, shaped as a headline, when it scores not far below the chosen line and
    the chosen line stands elsewhere (a site's name, a teaser, the standfirst said again over the text)."""
    lead = next((i for i in range(candidates[-1], 1, -1)  # the last one over the last candidate
                 if lines[i].words <= LEAD_FIELD_MAX_WORDS and is_byline_lead(lines[i].text)), None)
    if lead is None or lead - LEAD_FIELD_NEAR <= candidates[best] < lead:
        return best
    places = {i: k for k, i in enumerate(candidates)}
    under, over = lines[lead - 1], lines[lead - 2]  # a standfirst and its headline, or a headline and a line over it
    if over.index in places and _headlined(over) and under.words > over.words:
        found = places[over.index]
    elif under.index in places and _headlined(under):
        found = places[under.index]
    else:
        return best
    return found if scores[found] >= scores[best] - LEAD_FIELD_SCORE_MARGIN else best


BYLINE_UNDER_MAX_GAP = 3  # lines from a byline down to a chosen line under it, the text's first heading


def _headline_over_byline(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When a byline line ("By Jane Doe") stands shortly over the chosen line, the candidate right over the
    byline, shaped as a headline and longer than the chosen line (or over a time between them), is the headline:
    the chosen line heads the text's first section or entry (a listicle's first item, a live blog's first update
    under its time). Not when the chosen line stands right under the byline and its dates (`_under_meta`): a
    page may set them over its headline, and the line over them is then a kicker or the site's tagline."""
    chosen = candidates[best]
    byline = next((i for i in range(chosen - 1, max(1, chosen - BYLINE_UNDER_MAX_GAP) - 1, -1) if lines[i].byline),
                  None)  # a byline with a line over it
    if byline is None:
        return best
    over = lines[byline - 1]
    found = next((k for k, i in enumerate(candidates) if i == over.index), None)
    if found is None or not neighbours.headline_shaped(over):
        return best
    # a line right under the byline and its dates heads no section: a kicker or tagline over the byline is no headline
    longer = over.words > lines[chosen].words and not _under_meta(lines, byline, chosen)
    return found if longer or any(is_time_line(ln.text) for ln in lines[byline + 1: chosen]) else best


LIVE_MIN_STAMPS = 3  # times of day alone on their lines ("16.42 GMT"): a live blog's entries, each under its time
LIVE_HEADLINE_MIN_WORDS = 4  # the live page's own headline over them ("Live updates" alone is a label)
LIVE_SCORE_MARGIN = 3.0  # how much better the first entry's headline may score than the page's


def _headline_over_live_entries(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """`title_over_live_entries`: when the chosen line stands right under a time of day alone ("16.42 GMT",
    `dates.is_time_line`) and the page stamps LIVE_MIN_STAMPS entries so at least, one more of them under its
    own headline (`_headlined`), the chosen line heads a live blog's entry; the best-scoring headline-shaped
    candidate over the first stamp, of LIVE_HEADLINE_MIN_WORDS words at least, is the page's headline, when it
    scores not far below."""
    chosen = candidates[best]
    if chosen == 0 or not is_time_line(lines[chosen - 1].text):
        return best
    stamps = [ln.index for ln in lines if ln.words <= rules.META_MAX_WORDS and is_time_line(ln.text)]
    if len(stamps) < LIVE_MIN_STAMPS or not any(
            i > chosen and i + 1 < len(lines) and _headlined(lines[i + 1]) for i in stamps):
        return best  # another entry headed as the chosen one is (the times over comments head none)
    over = [k for k, i in enumerate(candidates) if i < stamps[0] and lines[i].words >= LIVE_HEADLINE_MIN_WORDS
            and neighbours.headline_shaped(lines[i])]
    found = max(over, key=scores.__getitem__, default=best)
    return found if scores[found] >= scores[best] - LIVE_SCORE_MARGIN else best


SERIES_NAME_MIN_WORDS = 2  # words before a series' part number ("Process Knowledge Management, Part IV")
SERIES_SCORE_MARGIN = 2.0  # how much better the subtitle under a series' headline may score than the headline
# a series' part, ending the line: "Part IV", ", Part 3", "– Teil 2", "(Partie 2)", "Parte II", "Deel 3"
_SERIES_PART = re.compile(r"[\s,:–—(-]+(?:part|pt\.|teil|partie|parte|deel|część|часть)\s+(?:\d{1,2}|[IVX]{1,5})\)?$",
                          re.IGNORECASE)


def _headline_of_series(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """`title_series_headline`: a candidate right over the chosen line that ends in its part of a series
    ("Process Knowledge Management, Part IV" over "From Theory to Practice, ..."), with SERIES_NAME_MIN_WORDS
    words before the part and no related cue ("Previous: ..., Part III"), is the headline, the chosen line its
    subtitle, when the chosen line names no part itself and scores not far above."""
    chosen = candidates[best]
    if best == 0 or candidates[best - 1] != chosen - 1 or scores[best - 1] < scores[best] - SERIES_SCORE_MARGIN:
        return best
    over = lines[chosen - 1].text
    found = _SERIES_PART.search(over) if over[-1:].isalnum() or over[-1:] == ")" else None
    if found is None or len(over[:found.start()].split()) < SERIES_NAME_MIN_WORDS or vocab.related_lead(over) \
            or _SERIES_PART.search(lines[chosen].text) is not None:
        return best
    return best - 1


PROMO_BUTTON_GAP = 2  # lines from a promotion's headline down to its button ("Apply Now"), its pitch between
PROMO_PITCH_MIN_WORDS = 4  # the pitch between them ("Personalized workouts ..."; "$199.00" is a product's price)
PROMO_WINDOW = 6  # lines from that button down to the story's own headline
PROMO_SCORE_MARGIN = 1.0  # how much better the promotion's headline may score than the story's


def _headline_under_promo(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """`title_under_promo`: when a shop's or sign-up button (`vocab.button`, a call to act) stands at most
    PROMO_BUTTON_GAP lines under the chosen line, with its pitch between (PROMO_PITCH_MIN_WORDS words or more
    in sentence case: "Gaining Weight After 40?" / "Personalized workouts ..." / "Apply Now"), the chosen line
    heads a promotion; the best headline-shaped candidate within
    PROMO_WINDOW lines under the button is the story's headline, when it scores not far below."""
    chosen = candidates[best]
    button = next((j for j in range(chosen + 1, min(len(lines), chosen + 1 + PROMO_BUTTON_GAP))
                   if lines[j].call_to_action or (lines[j].words <= vocab.BUTTON_MAX_WORDS
                                                  and vocab.button(lines[j].text))), None)
    if button is None or button == chosen + 1 or any(
            ln.words < PROMO_PITCH_MIN_WORDS or _title_case(ln) is not False for ln in lines[chosen + 1: button]):
        return best  # a price or a name between: a product's name over its button; a headline in title case
    under = [k for k, i in enumerate(candidates) if button < i <= button + PROMO_WINDOW
             and lines[i].words >= TITLE_MIN_WORDS and neighbours.headline_shaped(lines[i])]
    found = max(under, key=scores.__getitem__, default=best)
    return found if scores[found] >= scores[best] - PROMO_SCORE_MARGIN else best


def _under_meta(lines: list[Line], byline: int, i: int) -> bool:
    """`title_under_meta`: line `i`, shaped as a headline, stands right under the byline at `byline` and its date
    (only byline and date lines between, a date among them); a listicle's first item ("Snake plant") is shorter,
    and rarely right under a date."""
    block = lines[byline:i]
    return neighbours.headline_shaped(lines[i]) and all(ln.byline or ln.date_line for ln in block) \
        and any(ln.date() is not None for ln in block)


def _headline_over_dated_teasers(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line, over its date, ends a list of such teasers (DATED_TEASERS_MIN headline-shaped
    candidates at least, each over its date and at most DATED_TEASER_MAX_GAP lines over the next: "More
    stories like this one" right over the text), the best-scoring headline-shaped candidate over the
    list with its own date under it (not a teaser's: a site's tagline over the list has none) is the
    headline, when it scores not far below."""
    if not (_over_date(lines, candidates[best]) and neighbours.headline_shaped(lines[candidates[best]])):
        return best
    top, count = best, 1
    for k in range(best - 1, -1, -1):
        i = candidates[k]
        if candidates[top] - i > DATED_TEASER_MAX_GAP:
            break
        if _over_date(lines, i) and neighbours.headline_shaped(lines[i]):
            top, count = k, count + 1
    if count < DATED_TEASERS_MIN:
        return best
    first = candidates[top]
    over = [k for k in range(top) if neighbours.headline_shaped(lines[candidates[k]])
            and any(is_date_line(ln.text) for ln in lines[candidates[k] + 1: min(first, candidates[k] + 1
                                                                                + DATED_HEADLINE_NEAR)])]
    found = max(over, key=scores.__getitem__, default=best)
    return found if scores[found] >= scores[best] - DATED_TEASERS_SCORE_MARGIN else best


def _over_date(lines: list[Line], i: int) -> bool:
    """Line `i` stands right over a date alone ("January 22, 2018")."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.words <= rules.META_MAX_WORDS and nxt.date() is not None


def _headlined(line: Line) -> bool:
    """Shaped as a headline (`neighbours.headline_shaped`) and no sentence."""
    return neighbours.headline_shaped(line) and not rules.is_sentence(line)


def _said_twice(lines: list[Line], i: int) -> bool:
    """Line `i` is said again on the line right above or below it."""
    key = lines[i].key
    return (i > 0 and lines[i - 1].key == key) or (i + 1 < len(lines) and lines[i + 1].key == key)


def _marks(text: str) -> int:
    """Punctuation marks in `text`: characters neither letters, digits nor spaces."""
    return sum(not (c.isalnum() or c.isspace()) for c in text)


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


def _titled_statement(line: Line) -> bool:
    """A line in title case that ends in a full stop ("Who's Reading Your
    Newsletter? Increasingly, Not a Human."): a headline's style; a
    standfirst's sentences are in sentence case."""
    return line.text.rstrip("\"”’»)' ").endswith(".") and _title_case(line) is True


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


SECTION_KICKER_MAX_WORDS = 8  # a section's name glued to a label: "Student Achievement What the Research Says"
SECTION_MIN_WORDS = 2  # a section's name said alone elsewhere on the page ("Smart Home Security"); one word may start
SECTION_KICKER_SCORE_MARGIN = 1.5  # how much better the glued kicker may score than the headline under it


def _headline_under_section_kicker(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """`title_under_section_kicker`: when the chosen line opens with the name of a section the page says alone
    on another line (a menu's item: "Smart Home Security"), then a label of KICKER_MAX_WORDS words at most
    that opens with a capital ("Best Picks"), it is a kicker glued from a section's name and a column's; the
    first candidate set as a headline (`_set_as_headline`, opening with a capital or a digit: it may ask)
    within KICKER_MAX_GAP lines under it that scores nearly as well is the headline."""
    chosen = lines[candidates[best]]
    words = chosen.key.split()
    if not SECTION_MIN_WORDS < len(words) <= SECTION_KICKER_MAX_WORDS:
        return best
    shown = chosen.text.split()  # the label after the section's name opens with a capital ("of 2025" goes on)
    cuts = range(max(SECTION_MIN_WORDS, len(words) - KICKER_MAX_WORDS), len(words))
    heads = {" ".join(words[:cut]) for cut in cuts if len(shown) == len(words) and shown[cut][:1].isupper()}
    if not any(ln.key in heads for ln in lines if ln.index != chosen.index):
        return best
    for k in range(best + 1, len(candidates)):
        line = lines[candidates[k]]
        if line.index - chosen.index > KICKER_MAX_GAP:
            break
        if _set_as_headline(line) and (line.text[:1].isupper() or line.text[:1].isdigit()) \
                and scores[k] >= scores[best] - SECTION_KICKER_SCORE_MARGIN:
            return k
    return best


def _earlier_headline(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """Of lines that score nearly as well as the chosen one, shortly above it
    and no sentence, the topmost: a page repeats its headline lower down as a
    heading or a shorter label (scoring better, when it is the headline cut short).
    A line above that leaves words out of the chosen one (`_abridged`) is a label over it."""
    chosen = lines[candidates[best]]
    top = best
    words = set(_WORDS.findall(chosen.key)) - STOPWORDS
    for k in range(best - 1, -1, -1):
        line = lines[candidates[k]]
        if chosen.index - line.index > EARLIER_TITLE_MAX_GAP:
            break
        shared = len(set(_WORDS.findall(line.key)) & words)
        alike = scores[k] >= scores[best] - EARLIER_TITLE_SCORE_MARGIN and shared >= 2 and not _abridged(line, chosen)
        whole = scores[k] >= scores[best] - EARLIER_PREFIX_SCORE_MARGIN and _shortened(chosen, line)
        if (alike or whole) and not rules.is_sentence(line) and line.words >= TITLE_MIN_WORDS:
            top = k
    return top


def _abridged(short: Line, line: Line) -> bool:
    """`short` says some of `line`'s words and no others, with words left out
    inside it ("DIY Solar Installation: Step by Step Guide" over "DIY Solar
    Panel Installation: Step by Step Guide"): a label over the headline, no
    copy of it. `line` with a label before or after it is no abridgement
    ("Weekend Coding Agent" over "PROJECT: Weekend Coding Agent")."""
    own, full = set(_WORDS.findall(short.key)), set(_WORDS.findall(line.key))
    return short.words < line.words and own < full and not line.key.startswith(short.key) \
        and not line.key.endswith(short.key)


def _shortened(short: Line, line: Line) -> bool:
    """`short` is `line` cut short after a word: `line` goes on with more words
    (not with a separator: "Title | Site" is the page's title, not its headline)."""
    rest = line.key[len(short.key):] if short.words >= 2 and line.key.startswith(short.key) else ""
    return rest[:1] == " " and rest[1:2].isalnum()


def _headline_in_address(lines: list[Line], candidates: list[int], best: int) -> int:
    """When the page shows its own address, the candidate its slug spells
    (`address.SLUG_MIN_MATCH`), if the chosen line matches it less well."""
    found = address.slugs([ln.text for ln in lines if "://" in ln.text])  # (`slugs` reads no other line)
    if not found:
        return best
    matches = [address.slug_match(lines[i].text, found) for i in candidates]
    named = max(range(len(candidates)), key=matches.__getitem__)
    return named if matches[named] >= address.SLUG_MIN_MATCH and matches[named] > matches[best] else best


TITLE_NAMES = features.TITLE_NAMES + overlap.NAMES + neighbours.NAMES


def title_rows(lines: list[Line], ctx: features.PageContext, probs: list[float],
               candidates: list[int], run: tuple[int, int] | None = None) -> list[list[float]]:
    """Each candidate headline's features (order: TITLE_NAMES); `run`: `features.best_run` of `probs`, if known.
    A headline that ends in its date (`_dated_headline`) has its date feature off: the date is the headline's."""
    start, end = run = run or features.best_run(probs, [ln.words for ln in lines])
    shared = overlap.shared_words(lines, candidates, start, end)
    chrome = chrome_under_headline(lines)
    if chrome:  # the context features read the page as if that chrome were not there
        lines, ctx, probs, candidates, run = _past_chrome(lines, ctx, probs, candidates, run, chrome)
    around = neighbours.neighbour_rows(lines, ctx, candidates)
    rows = [[*row, *extra, *more] for row, extra, more in
            zip(features.title_vectors(lines, ctx, probs, candidates, run), shared, around, strict=True)]
    for i, row in zip(candidates, rows, strict=True):  # a headline that ends in its date reads as no date line
        if row[_DATE_COLUMN] and _dated_headline(lines[i]):
            row[_DATE_COLUMN] = 0.0
    return rows


_DATE_COLUMN = features.TITLE_NAMES.index("date")


CHROME_MIN_LINES = 2  # `ui` lines in a row under a headline: a bar ("Share", "Facebook"); one alone may be its button


def chrome_under_headline(lines: list[Line]) -> set[int]:
    """`title_past_chrome`: the lines of each run of CHROME_MIN_LINES or more `ui` lines (a share bar) right
    under a line set as a headline (TITLE_MIN_WORDS to `features.TITLE_MAX_WORDS` words, no byline or date, no
    sentence, label or list item), with a line after the run. `title_rows` reads every candidate's context
    past them: a share bar under the headline no longer stands between it and its standfirst, byline and text."""
    n = len(lines)
    found: set[int] = set()
    i = 1
    while i < n:
        if not lines[i].ui or lines[i - 1].ui:
            i += 1
            continue
        j = i + 1
        while j < n and lines[j].ui:
            j += 1
        if j - i >= CHROME_MIN_LINES and j < n and _set_as_headline(lines[i - 1]):
            found.update(range(i, j))
        i = j
    return found


def _set_as_headline(line: Line) -> bool:
    """A line of a headline's length that is no byline, date, sentence, label or list item."""
    return (TITLE_MIN_WORDS <= line.words <= features.TITLE_MAX_WORDS
            and not line.text.endswith(neighbours.NO_HEADLINE_ENDS) and not line.byline and line.date() is None)


def _past_chrome(lines: list[Line], ctx: features.PageContext, probs: list[float], candidates: list[int],
                 run: tuple[int, int], chrome: set[int],
                 ) -> tuple[list[Line], features.PageContext, list[float], list[int], tuple[int, int]]:
    """The page less the `chrome` lines (no candidate is one: a `ui` line never is): its lines, their
    context and first-pass scores, the candidates' and the run's indexes among them."""
    kept = [i for i in range(len(lines)) if i not in chrome]
    at = {i: k for k, i in enumerate(kept)}
    start, end = run
    sub = features.PageContext([ctx.base[i] for i in kept], [ctx.long_mass[i] for i in kept], ctx.title_index)
    return ([lines[i] for i in kept], sub, [probs[i] for i in kept], [at[i] for i in candidates],
            (bisect_left(kept, start), bisect_left(kept, end)))


def _not_a_headline(lines: list[Line], i: int) -> bool:
    """Lines the rules know for something else: links, prompts, credits,
    captions (a line over a credit, unless shaped as a headline: the lead
    picture's credit may follow the headline; a line ending in its agency's name), dates (a stamp or two on
    one line), rows of figures, a ticker's items, a schedule's entries, instructions to click or press."""
    line = lines[i]
    text = line.text
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    first = text[:1]  # the last four rules tried only when the line opens as every line they know does
    return ((line.call_to_action and not vocab.newsletter_only(text)) or line.credit_like
            or (nxt is not None and nxt.credit_like and not nxt.byline and not neighbours.headline_shaped(line))
            or (line.words <= rules.META_MAX_WORDS and line.date() is not None and not _dated_headline(line))
            or rules.date_pair(line)
            or vocab.related_lead(text, inline=False) or vocab.share_line(text)
            or (text[-1:] == ")" and _captioned_by_agency(text))
            or (line.words >= FIGURES_MIN_NUMBERS and _row_of_figures(line)) or (first == "[" and _dated_ticker(line))
            or ((first in _SCHEDULE_FIRST or not first.isascii()) and _schedule_entry(line))
            or ((first in _INSTRUCTION_FIRST or not first.isascii()) and _instruction(line)))


def _captioned_by_agency(text: str) -> bool:
    """A sentence, then its picture's agency in brackets: "The site of the proposed park. (Getty Images)" is a
    caption; "Oil prices rise as OPEC weighs deeper cuts (Reuters)" is a headline with its agency."""
    found = vocab.AGENCY_TAIL.search(text)
    return found is not None and text[:found.start()].rstrip().endswith((".", "!", "?"))


# How an `_INSTRUCTION` and a `_SCHEDULE_ENTRY` match open in ASCII (a case-blind pattern takes some
# letters outside ASCII for ASCII ones: those lines are tried too).
_INSTRUCTION_FIRST = frozenset("cdpstCDPST")
_SCHEDULE_FIRST = frozenset("adfjmnostwADFJMNOSTW")


_INSTRUCTION = re.compile(  # an English verb of the pointer or the keyboard, later "to"
    r"(?:(?:double[- ])?click|tap|press (?:enter|esc|escape|and hold)|swipe)\b.*\bto\b", re.IGNORECASE)


def _instruction(line: Line) -> bool:
    """An instruction to the reader ("Press enter or click to view image in full size", "Click here to subscribe")."""
    return _INSTRUCTION.match(line.text) is not None


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
    words = line.lower_tokens  # its words as many, their digits the same (`tokens` would read the line again)
    numbers = sum(map(str.isdigit, words))
    return numbers >= FIGURES_MIN_NUMBERS and numbers > len(words) - numbers


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


def _headline_under_site_line(lines: list[Line], line: Line) -> Line | None:
    """When the chosen line is the page's title with the site's name ("Title :: Site", `_site_suffix`: the
    document's title over the page), the first line under it that says the bare title is the headline."""
    parts = _site_suffix(line.text)
    if parts is None or len(parts[0].split()) < TITLE_MIN_WORDS:
        return None
    key = fold(parts[0])
    return next((other for other in lines[line.index + 1:] if other.key == key and not other.label), None)


BARE_HEAD_MIN_WORDS = 3  # a bare title said on a line of its own this long at least: "Zero Waste" may be a menu's item


def title_text(lines: list[Line], title: Line | None) -> str:
    """The headline as shown: a "Title | Site" line loses its suffix when the
    bare title is a line of its own (BARE_HEAD_MIN_WORDS words at least), when the suffix is the name the page's
    copyright line gives the site, or when a pipe sets off a suffix shorter
    than the title (`_pipe_suffix`); a date set after it goes before and after those (`_without_date_suffix`), so
    that the text shown reads the same when read again."""
    if title is None:
        return ""
    text = _without_date_suffix(title.text)  # first: a suffix it set off may hold the site's ("Title | Site — May 3")
    keys: set[str] | None = None  # the other lines', read when the title holds a suffix
    while (parts := _site_suffix(text)) is not None:  # each suffix in turn: none is left to strip
        head, site = parts
        if keys is None:  # "Menu - ...": no bare title
            keys = {ln.key for ln in lines if ln is not title and not rules.is_chrome(ln)}
        if not ((fold(head) in keys and len(head.split()) >= BARE_HEAD_MIN_WORDS) or _pipe_suffix(text, head, site)
                or (site and fold(site) == fold(copyright_name([ln.text for ln in lines])))):
            break
        text = head
    if text.isupper():  # a page's CSS made it uppercase; a copy may keep the real case
        text = next((ln.text for ln in lines if ln.key == fold(text) and not ln.text.isupper()), text)
    return _without_page_kind(_without_date_suffix(text))


# "Title / Dec 2025", "Title | March 3, 2024": the title, a separator, then a date alone (`title_date_suffix`)
_DATED_TAIL = re.compile(r"\s+[|/–—·-]\s+(?P<date>[^|/–—·]+)$")
# an English month's name or its abbreviation, a word of its own ("Decision 2019", "Mars 2020" name no month)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_MONTH_YEAR = re.compile(_MONTH + r"\s+(?:19|20)\d\d", re.IGNORECASE)  # "Dec 2025": `is_date_line` reads no date in it
_MONTH_WORDS = re.compile(_MONTH, re.IGNORECASE)  # a date alone's words ("March 3, 2024"; "Jane Doe, ..." has more)


DATED_HEADLINE_MIN_WORDS = 2  # words before the date of a headline that ends in one ("Metasploit Wrap-Up 12/19/2025")
# a date ending the line, in brackets or after a separator or none: "12/19/2025", "(2025-09-21)", "- 20 September 2019"
_END_DATE = re.compile(r"\s*[|/–—·:-]?\s*\(?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
                       r"|\d{1,2}\.?\s+" + _MONTH + r"\s+(?:19|20)\d\d|" + _MONTH
                       + r"\s+\d{1,2},?\s+(?:19|20)\d\d)\)?$", re.IGNORECASE)


def _dated_headline(line: Line) -> bool:
    """`dated_headline`: a headline that ends in its date ("Metasploit Wrap-Up 12/19/2025", "Climate strike in
    pictures - 20 September 2019") stays a candidate: the words before the date, DATED_HEADLINE_MIN_WORDS at
    least, hold no date, no byline and no lead-in (`dates.date_role`: "Last updated:", "Posted on"; "Friday,",
    "By Jane Doe |", "Data as of")."""
    if line.byline or (not line.text[-1:].isalnum() and line.text[-1:] != ")") or date_role(line.text) is not None:
        return False
    found = _END_DATE.search(line.text)
    if found is None:
        return False
    head = line.text[:found.start()].rstrip()
    return (len(head.split()) >= DATED_HEADLINE_MIN_WORDS and head[-1:].isalnum()
            and find_date(head) is None and not is_date_line(head) and not is_byline_lead(head)
            and head.split()[-1].lower() not in STOPWORDS)


def _without_date_suffix(text: str) -> str:
    """`title_date_suffix`: the title less a date set after a separator ("AoAH Day 15: Porting a parser / Dec 2025"),
    when TITLE_MIN_WORDS words at least stand before it; a date the title says without one stays
    ("Metasploit Wrap-Up 12/19/2025")."""
    found = _DATED_TAIL.search(text) if any(c.isdigit() for c in text[-4:]) else None
    if found is None or len(text[:found.start()].split()) < TITLE_MIN_WORDS:
        return text
    tail = found.group("date").strip()
    dated = _MONTH_YEAR.fullmatch(tail) is not None or (is_date_line(tail) and find_date(tail) is not None
                                                       and not any(c.isalpha() for c in _MONTH_WORDS.sub("", tail)))
    return text[:found.start()].rstrip() if dated else text


# "Blog: Title", "News: Title": a label naming the kind of page glued before the headline (`title_page_kind`)
_PAGE_KIND = re.compile(r"(?:blog|news|article|post|artikel|nachrichten|actualit[ée]s|noticias|notizie|nieuws)"
                        r"\s*:\s+(?=\S)", re.IGNORECASE)


def _without_page_kind(text: str) -> str:
    """`title_page_kind`: the title less a label that names the kind of page before a colon ("Blog: Best Social
    Media Agencies in 2025"), when TITLE_MIN_WORDS words at least follow it."""
    found = _PAGE_KIND.match(text) if ":" in text[:14] else None
    return text[found.end():] if found is not None and len(text[found.end():].split()) >= TITLE_MIN_WORDS else text


# "Title :: Site", "Title · Site", "Title » Site" (a blog's default), "Title • Site", "Title ~ Site": separators of
# a site's name besides `rules.SITE_SUFFIX`'s ("|", "-", "–", "—")
_MORE_SITE_SEPARATORS = re.compile(r"\s+(?:::|[·•»~])\s+")


def _site_suffix(text: str) -> tuple[str, str] | None:
    """`title_site_separators`: the title and the site's name of a "Title | Site" line, split at its last
    separator (`rules.SITE_SUFFIX` or `_MORE_SITE_SEPARATORS`), when the name has rules.SITE_NAME_MAX_WORDS
    words at most; else None."""
    found = rules.SITE_SUFFIX.search(text)
    if (":" in text or "~" in text or not text.isascii()) and (more := list(_MORE_SITE_SEPARATORS.finditer(text))) \
            and (found is None or more[-1].start() > found.start()):
        found = more[-1]  # (each such separator holds a colon, a tilde or a character outside ASCII)
    if found is None:
        return None
    head, site = text[:found.start()].strip(), text[found.end():].strip()
    return (head, site) if len(site.split()) <= rules.SITE_NAME_MAX_WORDS else None


def _pipe_suffix(text: str, head: str, suffix: str) -> bool:
    """"Best Movers in NYC 2025 | Top 19 Companies": a pipe before a suffix
    of fewer words than the title sets off the site's name or a tag line
    ("Review | The Crown, season 4" is a label over the title: it stays).
    One pipe only: the title shown keeps none (cleaning it again changes nothing)."""
    return "|" not in head and " | " in text and len(suffix.split()) < len(head.split())


def _twin(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    return _punctuated_twin(lines, candidates, best)  # reads no scores


# The rules that may move the title off the model's best line, tried in turn by `find_title`.
_CHOICE_RULES: tuple[tuple[str, Callable[[list[Line], list[int], list[float], int], int]], ...] = (
    ("title_earlier", _earlier_headline),
    ("title_over_sentence_case", _headline_over_sentence_case),
    ("title_question", _question_over_subject),
    ("title_over_list", _headline_over_list),
    ("title_punctuated_twin", _twin),
    ("title_said_twice", _twinned_headline),
    ("title_breadcrumbs_end", _breadcrumbs_end),
    ("title_after_teasers", _headline_after_teasers),
    ("title_over_byline_field", _headline_over_byline_field),
    ("title_over_dated_teasers", _headline_over_dated_teasers),
    ("title_over_byline", _headline_over_byline),
    ("title_over_live_entries", _headline_over_live_entries),
    ("title_series_headline", _headline_of_series),
    ("title_under_promo", _headline_under_promo),
    ("title_under_section_kicker", _headline_under_section_kicker),
)
