"""The page's title: which line is the headline.

The title model (`learned`) scores every candidate line (`headline_candidates`,
`title_rows`); the rules here correct what a score cannot see: a standfirst
that outscores its headline, a kicker over it, the headline repeated lower
down or cut short, a question over its subject, the headline said twice line
after line or ending a breadcrumb, a heading of the text over which the
headline stands, the headline the page's own address spells; what is never a
headline (`_passed_over`: a prompt, a menu's row, an address, a rating, ...)
or a blog's name is not chosen. `title_text` gives the chosen line's text
without a site's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitegen.clean import address, features, neighbours, overlap, regions, rules, vocab
from sitegen.clean.byline import is_byline_lead, looks_like_name
from sitegen.clean.contents import contents_lines
from sitegen.clean.dates import is_date_line
from sitegen.clean.learned import models
from sitegen.clean.lines import Line, fold
from sitegen.clean.site import copyright_name
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
    # the model learns from the lines `_passed_over` leaves out too (`headline_candidates` keeps them)
    alone: dict[str, bool] = {}  # the rules that read a line alone, by text: a menu's items come again
    candidates = [i for i in headline_candidates(lines, run) if not _passed_over(lines, i, alone)]
    if not candidates:
        return None
    model = models()["title"]
    scores = model.scores(title_rows(lines, ctx, probs, candidates, run))
    candidates, scores = _without_blog_names(lines, candidates, scores)
    top = max(range(len(candidates)), key=scores.__getitem__)
    over = _headline_over_standfirst(lines, candidates, scores, top)
    best = _headline_under_kicker(lines, candidates, scores, over)
    rule = "title_under_kicker" if best != over else "title_over_standfirst" if over != top else "title_model"
    if best == top:  # the first rule that moves the choice off the model's line decides
        best, rule = next(((moved, name) for name, choose in _CHOICE_RULES
                           if (moved := choose(lines, candidates, scores, top)) != top), (top, rule))
    before = _headline_before_text(lines, candidates, scores, best, run)
    best, rule = (before, "title_before_text") if before != best else (best, rule)
    named = _headline_in_address(lines, candidates, best)
    best, rule = (named, "title_in_address") if named != best else (best, rule)
    line = lines[candidates[best]]
    bare = _bare_title(lines, line)
    if bare is not None:
        bare.mark(rules.TITLE, f"title_end_of_breadcrumb:score={scores[best]:.2f}")
        return bare
    line.mark(rules.TITLE, f"{rule}:score={scores[best]:.2f}")
    return line


LABELLED_FIGURE_MAX_WORDS = 3
_LABELLED_FIGURE = re.compile(r"[^\W\d_][\w ]*?:?\s*[$€£]?\s*\d+[.,]\d{1,2}\s*[$€£]?")  # "Price: 34,95", "Sound 8.5"


def _labelled_figure(line: Line) -> bool:
    """A label and its figure with decimals, alone ("Price: 34,95", "Sound 8.5"): a row of a product's
    card or of a table of scores, no headline, when a colon sets the figure off or a row of the same
    shape stands beside it ("Python 3.13" may be a headline)."""
    return len(line.text.split()) <= LABELLED_FIGURE_MAX_WORDS and _LABELLED_FIGURE.fullmatch(line.text) is not None


LEGAL_LINK_MAX_WORDS = 4
_LEGAL_LINK = re.compile(  # the English names of a site's legal pages ("Climate Policy" is a headline's)
    r"(?:(?:privacy|cookies?|closed\s+captioning|accessibility|editorial|ethics|corrections|comments?|refunds?"
    r"|returns?|shipping)\s+polic(?:y|ies)|terms\s+of\s+(?:use|service)|terms\s+(?:&|and)\s+conditions|disclaimer"
    r"|sitemap)", re.IGNORECASE)


_LEGAL_OWNER = re.compile(r"^(?:our|the|site|website)\s+", re.IGNORECASE)  # "Our Privacy Policy"


def _legal_link(line: Line) -> bool:
    """A link to one of the site's legal pages ("Privacy Policy", "Closed Captioning Policy", "Terms of Use")."""
    return line.words <= LEGAL_LINK_MAX_WORDS and _LEGAL_LINK.fullmatch(_LEGAL_OWNER.sub("", line.text)) is not None


BLOG_NAME_MAX_WORDS = 4
BLOG_RIVAL_MIN_SCORE = 0.0  # a candidate scoring this much at least is a headline before a blog's name
_BLOG_NAME = re.compile(r"\bblog$", re.IGNORECASE)


def _blog_name(line: Line) -> bool:
    """A blog's name ("Engora Data Blog", "Colin Watson's blog", "The Company Blog"): the site's, not a
    post's headline; a phrase with a function word is a headline's ("Start a Blog")."""
    words = line.lower_tokens[1:] if line.lower_tokens[:1] == ["the"] else line.lower_tokens
    return line.words <= BLOG_NAME_MAX_WORDS and _BLOG_NAME.search(line.text) is not None \
        and not any(w in STOPWORDS for w in words)


def _without_blog_names(lines: list[Line], candidates: list[int], scores: list[float]) -> tuple[list[int], list[float]]:
    """The candidates and their scores less the blog's name (`_blog_name`), when another candidate
    scores BLOG_RIVAL_MIN_SCORE or more: else the post shows no headline the model knows for one,
    and the blog's name is kept over a heading of its text."""
    named = [_blog_name(lines[i]) for i in candidates]
    if not any(named) or not any(s >= BLOG_RIVAL_MIN_SCORE for s, n in zip(scores, named, strict=True) if not n):
        return candidates, scores
    kept = [k for k, n in enumerate(named) if not n]
    return [candidates[k] for k in kept], [scores[k] for k in kept]


def _passed_over(lines: list[Line], i: int, alone: dict[str, bool] | None = None) -> bool:
    """Line `i` is no headline, though the model learns from such lines: a prompt, a diagram's line,
    a row of counters, a menu's row, a row of tags, a label with its count, a postal address,
    an item of a numbered list, a caption with its credit, a recipe's ingredient, a credit
    ("Recipe by PJ Hamel"), a rating, a time ago or a reading time, a row of names set off by commas,
    an entry of a list of posts that opens with its date, a link to a legal page ("Privacy Policy"),
    one of several rows of a menu near each other, a label and its figure ("Price: 34,95"),
    the name under a byline's lead-in ("Author:"),
    or the title of a clip under its player's label ("video").
    A table's row ("Sound\t7.5") is none either.
    `alone`: what the rules that read the line alone said of each text already read, kept for the next."""
    line = lines[i]
    text = line.text
    found = alone.get(text) if alone is not None else None
    if found is None:
        found = _passed_over_alone(line)
        if alone is not None:
            alone[text] = found
    if found:
        return True
    if text.count(" ") >= MENU_ROWS_MIN_WORDS - 1 and _among_menu_rows(lines, i):
        return True
    if i > 0:
        above = lines[i - 1].text
        if is_byline_lead(above) or (above[:1] in _MEDIA_LABEL_FIRST and _MEDIA_LABEL.fullmatch(above) is not None):
            return True
    if _FIGURE.search(text) is None:
        return False
    return (text[:1].isdigit() and _numbered_item(lines, line)) or _in_rows(lines, i, _ingredient) \
        or _in_rows(lines, i, _labelled_figure)  # the rules that read a figure and other lines


def _in_rows(lines: list[Line], i: int, shape: Callable[[Line], bool]) -> bool:
    """Line `i` has `shape` and so has a line right above or below it: one row of several ("2 cups flour" /
    "1 tsp salt"; "Sound 8.5" / "Design 9.0"), where a line alone may be a headline ("3 cups a day cuts risk")."""
    return shape(lines[i]) and any(0 <= j < len(lines) and shape(lines[j]) for j in (i - 1, i + 1))


def _passed_over_alone(line: Line) -> bool:
    """The rules of `_passed_over` that read the line alone."""
    text = line.text
    # Each rule after its cheapest test of the line, as that rule makes it first (most candidates pass all).
    spaces = text.count(" ")
    if line.cells or _prompt(line) or _menu_row(line) or _named_by(line) \
            or (_ends_in_count(text) and _counter_row(line)) or (not text.isascii() and _drawing(line)) \
            or (text[:1] == "#" and _tag_row(line)) \
            or (text[-1:] == ")" and _counted_label(line)) \
            or (line.words >= CREDITED_CAPTION_MIN_WORDS and _credited_caption(line)) \
            or (spaces >= NAME_LIST_MIN_ITEMS - 1 and _name_list(line)) \
            or (line.words <= LEGAL_LINK_MAX_WORDS and _legal_link(line)):
        return True
    return _FIGURE.search(text) is not None and (  # the rules that read a figure
        _postal_address(line) or _rating(line) or _time_note(line) or _dated_entry(line)
        or (":" in text and _labelled_figure(line)))


_FIGURE = re.compile(r"[\d½¼¾⅓⅔⅛]")  # a digit or a fraction


# a player's label in lower case, as an icon's text shows it ("video", "play_arrow", "videocam"): the line under
# it is a clip's title
_MEDIA_LABEL = re.compile(r"(?:video|videocam|play_arrow|play_circle(?:_outline|_filled)?)")
_MEDIA_LABEL_FIRST = ("v", "p")  # how a `_MEDIA_LABEL` match starts


TIME_NOTE_MAX_WORDS = 6
_TIME_NOTE = re.compile(  # a time ago ("2 days ago", "vor 3 Tagen": `features.TIME_AGO`) or an English reading time
    # ("6 min read", "Reading time: 8 minutes")
    features.TIME_AGO.pattern + r"|\b\d+\s*(?:-\s*)?(?:min(?:ute)?s?|m)\.?\s+read\b"
    r"|\bread(?:ing)?\s+time\b(?:\s*:?\s*\d+\s*(?:min(?:ute)?s?|m)\b\.?)?", re.IGNORECASE)


_TIME_NOTE_REST = re.compile(r"[\W_]*(?:(?:updated|posted|published)\b[\W_]*)?", re.IGNORECASE)  # "Updated · "


def _time_note(line: Line) -> bool:
    """A note of when the post was made or how long it takes to read, with its figure, and nothing else
    ("2 days ago", "vor 3 Tagen", "3 hours ago · 5 min read"; not "30 Years Ago Today")."""
    return line.words <= TIME_NOTE_MAX_WORDS and _FIGURE.search(line.text) is not None \
        and _TIME_NOTE_REST.fullmatch(_TIME_NOTE.sub(" ", line.text)) is not None


NAME_LIST_MIN_ITEMS = 6  # names in a row set off by commas: a post's tags or the films it covers
NAME_LIST_ITEM_MAX_WORDS = 4


def _name_list(line: Line) -> bool:
    """A row of names set off by commas ("Mackenzie, Mother Wolf, Night Nurse, Pocket Dream, Ruby Road"):
    tags; a headline that lists things says what they are first ("Mobile App: Definition, Types, ...")."""
    if ":" in line.text or line.text.count(", ") + 1 < NAME_LIST_MIN_ITEMS:
        return False
    return all(1 <= len(part.split()) <= NAME_LIST_ITEM_MAX_WORDS for part in line.text.split(", "))


_RATING = re.compile(  # an English rating: "4.7 out of 5 stars", "67 Reviews 4.7 ..."
    r"\b\d(?:\.\d+)?\s*(?:out\s+of|/)\s*(?:5|10)\s*stars?\b|\b\d\.\d+\s+out\s+of\s+(?:5|10)\b"
    r"|^\d[\d,]*\s+(?:reviews|ratings)(?:$|\s+\d)", re.IGNORECASE)  # not "Why 4 out of 5 Dentists Agree"


RATING_MAX_WORDS = 8  # a rating's widget is short ("Why This Diner Gets 5 out of 5 Stars" is a headline)


def _rating(line: Line) -> bool:
    """A rating or a count of reviews ("67 Reviews 4.7 out of 5 stars"): a widget, no headline."""
    return line.words <= RATING_MAX_WORDS and _RATING.search(line.text) is not None


_BY = re.compile(  # "Recipe by ", "By ", "Photos by ", "Words and pictures by "; not "Endorsed by", "Beaten by"
    r"(?:(?:recipes?|photos?|photographs?|photography|images?|pictures?|illustrations?|video|words|text|story"
    r"|interview|written|reported|posted|and)\s+){0,3}by\s+(?=[A-Z])", re.IGNORECASE)


def _named_by(line: Line) -> bool:
    """A short lead-in ending in "by" and a person's name, alone ("Recipe by PJ Hamel",
    "Photos by Jane Doe"): who made the page or its pictures ("Stand by Me" names no one)."""
    found = _BY.match(line.text) if " by " in line.text or line.text[:3].lower() == "by " else None
    return found is not None and looks_like_name(_INITIALS.sub(r"\1.\2.", line.text[found.end():]))


_INITIALS = re.compile(r"\b([A-Z])([A-Z])\b")  # initials written without stops: "PJ Hamel" is "P.J. Hamel"


_CREDIT_AFTER = re.compile(  # an English credit after a sentence: "... this year. Photo by Ben Hon for Resy"
    r"[.!?]\s+\(?(?:photo|photograph|image|picture|illustration|credit)s?\b(?:\s+by\b|\s*:|\s+courtesy\b)",
    re.IGNORECASE)


def _credited_caption(line: Line) -> bool:
    """A picture's caption with its credit after it ("Yamada earned its first Michelin star this year.
    Photo by Ben Hon for Resy")."""
    return line.words >= CREDITED_CAPTION_MIN_WORDS and _CREDIT_AFTER.search(line.text) is not None


CREDITED_CAPTION_MIN_WORDS = 4  # a sentence and its credit: "Chefs at work. Photo by Jane Doe"


_INGREDIENT = re.compile(  # an amount, an English unit: "4 cups plus 3 tablespoons (500g) flour"
    r"(?:\d+(?:[/.]\d+)?|[½¼¾⅓⅔⅛])\s*(?:cups?|tablespoons?|teaspoons?|tbsp|tsp|grams?|g|oz|ounces?|pounds?|lbs?"
    r"|ml|liters?|litres?|pinch(?:es)?|cloves?|sticks?)\b")  # in lower case: "5 Cups of Coffee" is a headline


def _ingredient(line: Line) -> bool:
    """An ingredient of a recipe: an amount and its unit first ("4 cups plus 3 tablespoons (500g) flour")."""
    return (line.text[:1].isdigit() or line.text[:1] in "½¼¾⅓⅔⅛") and _INGREDIENT.match(line.text) is not None


_NUMBERED = re.compile(r"\d{1,2}[.)]\s")  # "1. Connected Fitness Technology", "3) Budget"
NUMBERED_NEXT_WINDOW = 40  # lines under a numbered item read for the next item


def _numbered_item(lines: list[Line], line: Line) -> bool:
    """An item of a numbered list ("1. Connected Fitness Technology") whose next item opens a line
    too ("2. ..."): a headline counts without a full stop or bracket ("10 Tips for ..."), and a
    name may hold a number so ("1. FC Köln wins the derby")."""
    found = _NUMBERED.match(line.text) if line.text[:1].isdigit() else None
    if found is None:
        return False
    number, mark = int(found.group()[:-2]), found.group()[-2]
    after = f"{number + 1}{mark} "
    return any(ln.text.startswith(after) for ln in lines[line.index + 1: line.index + 1 + NUMBERED_NEXT_WINDOW])


_TAG_ROW = re.compile(r"(?:#[^\W_][\w-]*\s*)+")  # "#development #git"


def _tag_row(line: Line) -> bool:
    """A row of hashtags ("#development #git"): the post's tags, no headline."""
    return line.text[:1] == "#" and _TAG_ROW.fullmatch(line.text) is not None


_COUNTED = re.compile(r"(?P<label>.{1,60}?)\s\((?P<count>\d{1,6})\)")  # "privacy (62)", "DIY (Do it yourself) (4)"
_YEAR = re.compile(r"1\d{3}|20\d\d")


def _counted_label(line: Line) -> bool:
    """A category or archive's link with its count of posts ("privacy (62)", "March 2024 (5)"):
    a count in brackets ends the line; a year in brackets is a headline's ("Best Laptops (2025)")."""
    found = _COUNTED.fullmatch(line.text) if line.text.endswith(")") else None
    return found is not None and _YEAR.fullmatch(found.group("count")) is None


_POSTAL = re.compile(r",\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?|,\s*[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d")  # ", MD 21031"


_STREET = re.compile(  # a house's number, a street's name and an English kind of street: "11311 McCormick Rd."
    r"\d{1,6}\s+(?:[A-Z][\w.]*\s+){1,4}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Hwy"
    r"|Highway|Pkwy|Parkway|Ct|Court|Pl|Place)\b\.?(?:,|$)")  # then a comma or nothing ("10 Main Street Shops")


def _postal_address(line: Line) -> bool:
    """A postal address ending in a region's code and a postal code ("Hunt Valley, MD 21031",
    "St. Thomas, ON N5P 1B9") or opening with a house's number and its street ("11311 McCormick
    Rd., Suite 500"): the page's contact details."""
    return (line.text[-1:].isalnum() and _POSTAL.search(line.text[-24:]) is not None) or (
        line.text[:1].isdigit() and _STREET.match(line.text) is not None)


_DATED_ENTRY = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d\b")


def _dated_entry(line: Line) -> bool:
    """An entry of a list of posts that opens with its date in figures ("2023-06-12 Further
    arguments for ...", "12/06/2023 Notes"): another post, no headline."""
    return line.text[:1].isdigit() and _DATED_ENTRY.match(line.text) is not None


def headline_candidate(lines: list[Line], i: int) -> bool:
    """Line `i` may be the headline: no rule knows it for something else."""
    return not _not_a_headline(lines, i) and not regions.is_consent_notice(lines[i]) and not _breadcrumb_trail(lines[i])


def _breadcrumb_trail(line: Line) -> bool:
    """"Blog > Weight Loss > Tips": three or more short parts between '>', '»' or '›'."""
    if not any(sep in line.text for sep in rules.TRAIL_SEPARATORS):
        return False
    parts = [p for p in rules.TRAIL_SPLIT.split(line.text) if p.strip()]
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
    (unless a headline-shaped line in sentence case stands over it too: items of a list).
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
    listed = above is not None and neighbours.headline_shaped(above) and _title_case(above) is False
    menu = above is not None and _title_case(above) is True and above.words < CASED_STANDFIRST_MIN_WORDS
    least = TITLED_HEADLINE_MIN_WORDS if _title_case(line) is True and not menu else CASED_STANDFIRST_MIN_WORDS
    if least <= line.words <= CASED_HEADLINE_MAX_RATIO * chosen.words and phrase \
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
    chosen = lines[candidates[best]]
    if _said_twice(lines, chosen.index):
        return best
    found = best
    for k, i in enumerate(candidates):
        if 0 < abs(i - chosen.index) <= TWIN_MAX_GAP and i + 1 < len(lines) and lines[i + 1].key == lines[i].key \
                and scores[k] >= scores[best] - TWIN_SCORE_MARGIN and lines[i].words >= TWIN_MIN_WORDS \
                and (found == best or scores[k] > scores[found]) and not rules.is_sentence(lines[i]) \
                and not looks_like_name(lines[i].text):
            found = k
    return found


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
    over = [k for k, i in enumerate(candidates) if i <= start and chosen - i <= BEFORE_TEXT_MAX_GAP
            and scores[k] >= scores[best] - BEFORE_TEXT_SCORE_MARGIN and neighbours.headline_shaped(lines[i])]
    return over[-1] if over else best


def _headline_after_teasers(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When the chosen line, shaped as a headline, ends a list of teasers (TEASER_MIN_ABOVE
    headline-shaped candidates within TEASER_WINDOW lines over it that score alike: "Recent from
    Jane Doe"), the first headline-shaped candidate shortly under it that scores nearly as well
    and heads no such list itself is the story's own headline."""
    chosen = candidates[best]
    if not neighbours.headline_shaped(lines[chosen]):
        return best
    teasers = [k for k in range(best) if chosen - candidates[k] <= TEASER_WINDOW
               and scores[k] >= scores[best] - TEASER_SCORE_MARGIN and neighbours.headline_shaped(lines[candidates[k]])]
    if len(teasers) < TEASER_MIN_ABOVE:
        return best
    for k in range(best + 1, len(candidates)):
        i = candidates[k]
        if i - chosen > AFTER_TEASERS_MAX_GAP:
            break
        if neighbours.headline_shaped(lines[i]) and scores[k] >= scores[best] - AFTER_TEASERS_SCORE_MARGIN \
                and not any(0 < candidates[j] - i <= TEASER_WINDOW and neighbours.headline_shaped(lines[candidates[j]])
                            and scores[j] >= scores[k] - TEASER_SCORE_MARGIN for j in range(k + 1, len(candidates))):
            return k
    return best


_TRAIL_MARK = re.compile("[>»›]")  # one of a breadcrumb's separators (`rules.TRAIL_SEPARATORS`, which imports us)


def _breadcrumbs_end(lines: list[Line], candidates: list[int], scores: list[float], best: int) -> int:
    """When a breadcrumb trail near a candidate ends with it ("Home » Are you attending 2026's top
    tech conferences?" under that line) and the chosen line is no such end, that candidate is the
    headline, if it scores nearly as well and is no label of a word or two ("ML Tools")."""
    ends: dict[str, list[int]] = {}
    for line in lines:
        if _TRAIL_MARK.search(line.text) is not None:
            parts = [p for p in rules.TRAIL_SPLIT.split(line.key) if p.strip()]
            if len(parts) >= 2:
                ends.setdefault(parts[-1].strip(), []).append(line.index)
    if not ends or lines[candidates[best]].key in ends:
        return best
    for k, i in enumerate(candidates):
        near = any(abs(j - i) <= CRUMB_MAX_GAP for j in ends.get(lines[i].key, ()))
        if near and lines[i].words >= TITLE_MIN_WORDS and scores[k] >= scores[best] - CRUMB_SCORE_MARGIN:
            return k
    return best


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
    picture's credit may follow the headline), dates, rows of figures, a ticker's items, a schedule's entries,
    instructions to click or press."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return ((line.call_to_action and not vocab.newsletter_only(line.text)) or line.credit_like
            or (nxt is not None and nxt.credit_like and not nxt.byline and not neighbours.headline_shaped(line))
            or (line.words <= rules.META_MAX_WORDS and line.date() is not None)  # those four computed once per line
            or vocab.related_lead(line.text) or vocab.share_line(line.text) or _row_of_figures(line)
            or _dated_ticker(line) or _schedule_entry(line) or _instruction(line))


_INSTRUCTION = re.compile(  # an English verb of the pointer or the keyboard, later "to"
    r"(?:(?:double[- ])?click|tap|press (?:enter|esc|escape|and hold)|swipe)\b.*\bto\b", re.IGNORECASE)


def _instruction(line: Line) -> bool:
    """An instruction to the reader ("Press enter or click to view image in full size", "Click here to subscribe")."""
    return _INSTRUCTION.match(line.text) is not None


_PROMPT = re.compile(  # "Search" over a site or its kinds of pages (not a story's "Search for the missing
    # hiker"), an English lead-in of a link to another page ("Learn about", "Read more about"), or an offer's
    # verb before its trial, demo or quote ("Start your free trial", "Get a demo"; not "Best Free Trials")
    r"search\s+(?:(?:the|this|our|all)\b|for\s+(?:articles|posts|news|stories|topics|products|answers|anything)\b)"
    r"|(?:learn|read|find\s+out)\s+(?:more\s+)?about\b"
    r"|(?:start|access|try|begin|get|claim|request|book)\b[^.?!]{0,30}?\b(?:free[- ]trial|demo|quote)\b",
    re.IGNORECASE)


def _prompt(line: Line) -> bool:
    """A search box's prompt ("Search The Software Report", "Search for articles and insights about software"),
    a link's ("Learn about our editorial process", "View All Recipe Collections") or an offer's
    ("Access our 14 day free-trial")."""
    return _PROMPT.match(line.text) is not None or (
        line.words <= MORE_LINK_MAX_WORDS and _MORE_LINK.match(line.text) is not None)


MORE_LINK_MAX_WORDS = 5  # a link to the rest of a list is short ("See All the Winners From the Oscars" is a headline)
_MORE_LINK = re.compile(r"(?:view|see|show|browse|explore)\s+(?:all|more)\b", re.IGNORECASE)  # "View All Recipes"


_COUNTER = re.compile(r"[^\W\d_]\w*(?: [^\W\d_]\w*)? \d[\d.,]*[kKmM]?")  # "Stars 107", "Code Revisions 4"
COUNTER_ROW_MIN = 3  # counters in a row of them


def _counter_row(line: Line) -> bool:
    """A row of counters, each a capitalised label of a word or two and its number, and nothing else
    ("Code Revisions 4 Stars 107 Forks 9"; not "Lakers 110 Celtics 102 in Game 7")."""
    if not _ends_in_count(line.text):
        return False
    parts = _COUNTER.findall(line.text)
    return len(parts) >= COUNTER_ROW_MIN and " ".join(parts) == " ".join(line.text.split()) \
        and all(w[0].isupper() for part in parts for w in part.split()[:-1])


def _ends_in_count(text: str) -> bool:
    """`text` ends as a `_COUNTER` match does: a digit, then maybe stops, commas and a "k" or "m"
    (a row of counters ends in its last count)."""
    end = text.rstrip()  # the row compared as split into words: spaces after it do not count
    end = end[:-1] if end[-1:] in "kKmM" else end
    return end.rstrip(".,")[-1:].isdigit()


MENU_ROW_MIN_WORDS = 8  # a menu's row glued into one line, when it repeats its words, is this long
MENU_ROW_MIN_REPEATS = 2  # words said again in such a row ("Latest Video Random Video All Videos Browse Videos")
MENU_ROW_MIN_GLUED = 3  # items glued without a space ("All ServicesStock AdvisorEpic Plus"): a row of a menu
_GLUED = re.compile(r"[^\W\d_A-Z]{2}[A-Z][^\W\d_A-Z]")  # a word in lower case, then the next item's capital
_CLAUSE_MARK = re.compile(r"[:,;?!–—(\[]")  # a headline's clauses and asides; a menu's row has none


MENU_ROW_MIN_ITEMS = 6  # capitalised words of a menu's row ending in a control ("Posts Music Reading Links Search")
_CONTROL_END = re.compile(  # the English controls a site's menu ends in
    r"\b(?:Search|Menu|Log ?[Ii]n|Sign [Ii]n|Sign [Uu]p|Contact(?: [Uu]s)?|Subscribe|Register|Cart|Donate)$")


# How each of those controls ends (its last word, or that word's end: "Login", "Sign In"), tested before the pattern.
_CONTROL_LAST_WORDS = ("Search", "Menu", "in", "In", "Up", "up", "Contact", "Us", "us", "Subscribe", "Register",
                       "Cart", "Donate")


def _ends_in_control(line: Line) -> bool:
    """A row of capitalised words without a function word or a full stop that ends in one of a site's
    controls ("Posts Music Watching Reading Links Search", "Jeff Kaufman Posts RSS Contact")."""
    if not line.text.rstrip("\n").endswith(_CONTROL_LAST_WORDS):  # (`$` matches before a newline that ends a text)
        return False
    words = line.text.split()
    return len(words) >= MENU_ROW_MIN_ITEMS and _CONTROL_END.search(line.text) is not None \
        and "." not in line.text and all(w[:1].isupper() or not w[:1].isalpha() for w in words) \
        and not any(w in STOPWORDS for w in line.lower_tokens)


MENU_ROWS_MIN_WORDS = 10  # a long row of capitalised words near another: rows of a menu
MENU_ROWS_MAX_STOPWORDS = 1
MENU_ROWS_WINDOW = 4  # lines either side read for the other row


def _capitalised_row(line: Line) -> bool:
    """A long row of capitalised words with hardly a function word and no punctuation that sets off a clause."""
    if line.text.count(" ") + 1 < MENU_ROWS_MIN_WORDS:  # too few words set off by spaces
        return False
    words = line.text.split()
    return len(words) >= MENU_ROWS_MIN_WORDS and _CLAUSE_MARK.search(line.text) is None and "." not in line.text \
        and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in STOPWORDS for w in words) \
        and sum(w in STOPWORDS for w in line.lower_tokens) <= MENU_ROWS_MAX_STOPWORDS


def _among_menu_rows(lines: list[Line], i: int) -> bool:
    """Line `i` and another line within MENU_ROWS_WINDOW lines of it are both long rows of capitalised
    words (`_capitalised_row`): the rows of a menu, each read as one line ("Overview Planting Calendar
    Frost Dates Garden Planner and Layouts Growing Guides Plant Problems")."""
    if not _capitalised_row(lines[i]):
        return False
    near = range(max(0, i - MENU_ROWS_WINDOW), min(len(lines), i + MENU_ROWS_WINDOW + 1))
    return any(j != i and _capitalised_row(lines[j]) for j in near)


def _menu_row(line: Line) -> bool:
    """A menu's items read as one line: items glued without spaces ("All ServicesStock AdvisorEpicEpic
    PlusFool Portfolios"), a row ending in a control (`_ends_in_control`), or a long row that says some
    of its words again ("Latest Video Random Video All Videos Browse Videos by Topic"); a headline that
    repeats itself sets off its clauses
    ("Home Gym Ideas on a Budget: Home Gym Equipment & Tips")."""
    if _CLAUSE_MARK.search(line.text):
        return False
    if len(_GLUED.findall(line.text)) >= MENU_ROW_MIN_GLUED or _ends_in_control(line):
        return True
    if line.words < MENU_ROW_MIN_WORDS:
        return False
    seen: set[str] = set()
    repeated: set[str] = set()
    for word in line.lower_tokens:
        if len(word) > 1 and word not in STOPWORDS:
            if word in seen:
                repeated.add(word)
            seen.add(word)
    return len(repeated) >= MENU_ROW_MIN_REPEATS


_BOX_DRAWING = re.compile("[\u2500-\u257f]")  # the Unicode block of box-drawing characters: "│ ├─ ┌──┐"


def _drawing(line: Line) -> bool:
    """A line of a diagram or tree drawn in text ("│ ├─ ③-3 Novelty & Originality Analysis │")."""
    return _BOX_DRAWING.search(line.text) is not None


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


def title_text(lines: list[Line], title: Line | None) -> str:
    """The headline as shown: a "Title | Site" line loses its suffix when the
    bare title is a line of its own, when the suffix is the name the page's
    copyright line gives the site, or when a pipe sets off a suffix shorter
    than the title (`_pipe_suffix`)."""
    if title is None:
        return ""
    text = title.text
    keys = {ln.key for ln in lines if ln is not title and not rules.is_chrome(ln)}  # "Menu - ...": no bare title
    while len(parts := [p.strip() for p in rules.SITE_SUFFIX.split(text)]) == 2 \
            and len(parts[1].split()) <= rules.SITE_NAME_MAX_WORDS:  # each suffix in turn: none is left to strip
        head, site = parts
        if not (fold(head) in keys or _pipe_suffix(text, head, site)
                or (site and fold(site) == fold(copyright_name([ln.text for ln in lines])))):
            break
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
)
