"""Lines that are never a page's headline, though the title model may score
them high: a search box's or a link's prompt, a menu's row read as one line (or
a submenu's rows, each opening with its "Back" control; a long row of topics), a
row of counters, tags or names, a label with its count, a postal address, an
item of a numbered list, a caption with its credit or its lead ("Image caption ..."), a recipe's ingredient, a
credit, a rating, a time note, a post's entry opening with its date, a link to
a legal page, a label and its figure, a table's row, a diagram's line, a
trademarked name; the name
under a byline's lead-in, a clip's title under its player's label.

The title model learns from these lines too (`titles.headline_candidates`
keeps them); `titles.find_title` never chooses one (`passed_over`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitegen.clean import features, vocab
from sitegen.clean.byline import is_byline_lead, looks_like_name
from sitegen.clean.lines import Line
from sitegen.clean.stopwords import STOPWORDS

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


def _caption_lead(line: Line) -> bool:
    """A caption that says so ("Image caption Reservoir levels have fallen", `vocab.CAPTION_LEAD`)."""
    return vocab.CAPTION_LEAD.match(line.text) is not None


def _legal_link(line: Line) -> bool:
    """A link to one of the site's legal pages ("Privacy Policy", "Closed Captioning Policy", "Terms of Use")."""
    return line.words <= LEGAL_LINK_MAX_WORDS and _LEGAL_LINK.fullmatch(_LEGAL_OWNER.sub("", line.text)) is not None


def passed_over(lines: list[Line], i: int, alone: dict[str, str] | None = None) -> str:
    """The name of the rule that knows line `i` for no headline, though the model learns from such lines,
    or "": a rule that reads the line alone (`_ALONE_RULES`, `_FIGURE_RULES`), or one of the rows of a menu
    near each other (or a submenu's rows, each opening with its "Back" control), the name under a byline's
    lead-in ("Author:"), the title of a clip under its player's
    label ("video"), an item of a numbered list, or one of several rows of a recipe's ingredients or of
    labels and their figures ("Sound 8.5" / "Fit 7.5").
    `alone`: what the rules that read the line alone said of each text already read, kept for the next."""
    line = lines[i]
    text = line.text
    found = alone.get(text) if alone is not None else None
    if found is None:
        found = _passed_over_alone(line)
        if alone is not None:
            alone[text] = found
    if found:
        return found
    if text.count(" ") >= MENU_ROWS_MIN_WORDS - 1 and _among_menu_rows(lines, i):
        return "menu_rows"
    if _BACK_FIRST.match(text) is not None and _among_submenu_rows(lines, i):
        return "submenu_rows"
    if i > 0:
        above = lines[i - 1].text
        if is_byline_lead(above):
            return "name_under_byline_lead"
        if above[:1] in _MEDIA_LABEL_FIRST and _MEDIA_LABEL.fullmatch(above) is not None:
            return "clip_title"
    if _FIGURE.search(text) is None:  # the rules that read a figure and other lines
        return ""
    if text[:1].isdigit() and _numbered_item(lines, line):
        return "numbered_item"
    if _in_rows(lines, i, _ingredient):
        return "ingredient_rows"
    if _in_rows(lines, i, _labelled_figure):
        return "labelled_figure_rows"
    return ""


def _in_rows(lines: list[Line], i: int, shape: Callable[[Line], bool]) -> bool:
    """Line `i` has `shape` and so has a line right above or below it: one row of several ("2 cups flour" /
    "1 tsp salt"; "Sound 8.5" / "Design 9.0"), where a line alone may be a headline ("3 cups a day cuts risk")."""
    return shape(lines[i]) and any(0 <= j < len(lines) and shape(lines[j]) for j in (i - 1, i + 1))


def _passed_over_alone(line: Line) -> str:
    """The name of the first rule of `passed_over` that reads the line alone and knows it, or "": those of
    `_ALONE_RULES` in turn, then those of `_FIGURE_RULES` when the line holds a figure. Each rule is tried
    only past its guard, a cheap test that every line it knows passes, so that most lines call no rule."""
    for name, guard, rule in _ALONE_RULES:
        if guard(line) and rule(line):
            return name
    if _FIGURE.search(line.text) is None:
        return ""
    for name, guard, rule in _FIGURE_RULES:
        if guard(line) and rule(line):
            return name
    return ""


# What an ASCII line's first word in lower case is when `_prompt` knows it: how each of its patterns starts.
_PROMPT_FIRST_WORDS = frozenset((
    "search", "learn", "read", "find", "start", "access", "try", "begin", "get", "claim", "request", "book", "sign",
    "join", "view", "see", "show", "browse", "explore"))
# How an ASCII line that `_counter_row` knows ends (`_ends_in_count`): a digit, a stop, a comma, a "k" or "m",
# or a space (a line of the page has none at its end).
_COUNT_LAST = frozenset("0123456789.,kKmM \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")


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
    if line.text.count(" ") < NAME_LIST_MIN_ITEMS - 1 or ":" in line.text \
            or line.text.count(", ") + 1 < NAME_LIST_MIN_ITEMS:
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
    Photo by Ben Hon for Resy"), or with a credit the body's rules find glued to a caption: after a colon or
    a slash ("... harbour. Credit: ESA", `vocab.trailing_credit`), in brackets ("(Sam Ortiz/The Valley Times)",
    `vocab.bracketed_credit`), an agency's or a wide script's ("…（资料图）", `vocab.agency_credit`)."""
    text = line.text
    return line.words >= CREDITED_CAPTION_MIN_WORDS and (
        _CREDIT_AFTER.search(text) is not None or vocab.trailing_credit(text) is not None
        or (text[-1:] in ")]" and vocab.bracketed_credit(text) is not None)
        or (line.words <= CREDITED_CAPTION_MAX_WORDS and vocab.agency_credit(text) is not None))


# A note on the story, set over it: a correction's or an editor's label, or two sentences or more that state
# (`_note`); a headline rarely ends in a full stop after another sentence.
_NOTE_LABEL = re.compile(
    r"(?:corrections?|clarifications?|editor['’]?s[’']?\s+notes?|note\s+from\s+the\s+editors?)\s*:", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[^\W\d_]")  # a sentence's end, then the next one's start
NOTE_MIN_WORDS = 16  # a note of sentences this long; "South Dakota doubles down on 'Meth. We're on it.'" is shorter
SENTENCE_END_WORD_MIN_CHARS = 3  # a word ending a sentence before its stop: "U.S.", "Dr." or "St." end none
_ABBREVIATIONS = frozenset(("mrs", "mme", "gov", "sen", "rep", "gen", "col", "sgt", "capt", "prof", "inc", "corp",
                            "ltd", "est", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "approx", "dept"))


def _note(line: Line) -> bool:
    """A note on the story set over it, no headline: one opening with a correction's or an editor's label
    ("Correction: An earlier version of this story ..."), or NOTE_MIN_WORDS words or more of two sentences or
    more ending in a full stop (a sentence ends after a word, not after an abbreviation: `_ends_sentence`)."""
    text = line.text
    if _NOTE_LABEL.match(text) is not None:
        return True
    return line.words >= NOTE_MIN_WORDS and text.endswith(".") and any(
        _ends_sentence(text[:m.start()]) for m in _SENTENCE_BREAK.finditer(text))


def _ends_sentence(before: str) -> bool:
    """The last word of `before` ends a sentence: a number, or a word of SENTENCE_END_WORD_MIN_CHARS letters or
    more ending in lower case with no stop inside and no abbreviation's ("U.S.", "Dr.", "Gov." end none)."""
    word = before.rsplit(maxsplit=1)[-1].strip("\"”’)") if before.strip() else ""
    return word[-1:].isdigit() or (len(word) >= SENTENCE_END_WORD_MIN_CHARS and word[-1].islower()
                                   and "." not in word and word.casefold() not in _ABBREVIATIONS)


CREDITED_CAPTION_MIN_WORDS = 4  # a sentence and its credit: "Chefs at work. Photo by Jane Doe"
CREDITED_CAPTION_MAX_WORDS = 40  # a caption ending in an agency's name; a paragraph this long quotes the agency


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


_PROMPT = re.compile(  # "Search" over a site or its kinds of pages (not a story's "Search for the missing
    # hiker"), an English lead-in of a link to another page ("Learn about", "Read more about"), or an offer's
    # verb before its trial, demo or quote ("Start your free trial", "Get a demo"; not "Best Free Trials")
    r"search\s+(?:(?:the|this|our|all)\b|for\s+(?:articles|posts|news|stories|topics|products|answers|anything)\b)"
    r"|(?:learn|read|find\s+out)\s+(?:more\s+)?about\b"
    r"|(?:start|access|try|begin|get|claim|request|book)\b[^.?!]{0,30}?\b(?:free[- ]trial|demo|quote)\b"
    # or a button that starts the offer, alone ("Get started for free", "Try it free", "Sign up now")
    r"|(?:get\s+started|start|try(?:\s+it)?|sign\s+up|join)(?:\s+(?:for\s+)?free|\s+now|\s+today)[\s!.→›>]*$",
    re.IGNORECASE)


def _prompt(line: Line) -> bool:
    """A search box's prompt ("Search The Software Report", "Search for articles and insights about software"),
    a link's ("Learn about our editorial process", "View All Recipe Collections") or an offer's
    ("Access our 14 day free-trial", "Get started for free")."""
    return _PROMPT.match(line.text) is not None or (
        line.words <= MORE_LINK_MAX_WORDS and _MORE_LINK.match(line.text) is not None)


SUPPORT_APPEAL_MAX_WORDS = 5  # an appeal to fund the site is a button's few words ("Support us on Patreon")
_SUPPORT_APPEAL = re.compile(  # the appeal's words in English, German, French, Spanish, Italian, Dutch, Portuguese
    # a plea to the reader, then anything (the platform: "Sponsor me Github", "Support us on Patreon")
    r"(?:(?:sponsor|support)\s+(?:me|us|this\s+(?:blog|site|project))|buy\s+me\s+a\s+(?:coffee|beer|book)"
    r"|become\s+a\s+(?:patron|sponsor|supporter)|unterstütze?n?\s+(?:mich|uns|sie\s+uns)|soutenez[- ](?:nous|moi)"
    r"|apóya(?:nos|me)|sostienici|steun\s+(?:ons|mij)|apoie[- ](?:nos|me))\b"
    # or the bare verb, alone ("Donate now"; "Donate blood this winter", "Spenden für die Ukraine" are headlines)
    r"|(?:donate|make\s+a\s+donation|spenden|faire\s+un\s+don|haz\s+una\s+donación|dona(?:re)?)"
    r"(?:\s+(?:now|today|here|jetzt|heute|maintenant|ahora|ora))?[\s!.→›>]*$", re.IGNORECASE)


def _support_appeal(line: Line) -> bool:
    """An appeal to fund the site or its author ("Sponsor me Github", "Buy me a coffee", "Unterstütze uns",
    "Soutenez-nous"), SUPPORT_APPEAL_MAX_WORDS words at most: a button, no headline ("Support for the
    strike grows" opens otherwise)."""
    return _SUPPORT_APPEAL.match(line.text) is not None


# a link to the post before or after this one: its cue, then a colon or an arrow ("Previous post: ...", "Next: ...",
# "Older post: ...", "Article précédent : ...", "Vorheriger Beitrag: ...", "Entrada anterior ›")
_POST_NAV = re.compile(
    r"[«‹←<]?\s*(?:(?:previous|prev|next|older|newer)(?:\s+(?:post|article|entry|part|story|episode|chapter))?"
    r"|(?:vorherige[rs]?|nächste[rs]?|älterer|neuerer)\s+(?:beitrag|artikel|eintrag)"
    r"|(?:article|billet)\s+(?:précédent|suivant)|(?:entrada|artículo|publicación)\s+(?:anterior|siguiente)"
    r"|(?:articolo|post)\s+(?:precedente|successivo))\s*[:»›→>]", re.IGNORECASE)
_ARROW_OPEN, _ARROW_CLOSE = "«‹←", "»›→"  # a link's arrows; a French headline quotes between « and »


def _post_nav_link(line: Line) -> bool:
    """`post_nav_link`: a link to the post before or after this one, by its cue (`_POST_NAV`) or by an arrow
    alone on one side ("« Scaling Postgres, Part 2", "Scaling Postgres, Part 4 ›"): a teaser, no headline
    ("« Le président a menti »" quotes)."""
    text = line.text
    if _POST_NAV.match(text) is not None:
        return True
    first, last = text[:1], text[-1:]
    if first and first in _ARROW_OPEN:
        return not any(c in _ARROW_CLOSE for c in text)
    return bool(last) and last in _ARROW_CLOSE and not any(c in _ARROW_OPEN for c in text)


MORE_LINK_MAX_WORDS = 5  # a link to the rest of a list is short ("See All the Winners From the Oscars" is a headline)
_MORE_LINK = re.compile(r"(?:view|see|show|browse|explore)\s+(?:all|more)\b", re.IGNORECASE)  # "View All Recipes"


_COUNTER = re.compile(r"[^\W\d_]\w*(?: [^\W\d_]\w*)? \d[\d.,]*[kKmM]?")  # "Stars 107", "Code Revisions 4"
COUNTER_ROW_MIN = 3  # counters in a row of them
COUNTER_MAX_WORDS = 3  # words of a `_COUNTER` match: a label of a word or two, its number
_NUMBER_WORD = re.compile(r"(?<!\S)\d")  # a word that opens with a digit (as each counter's number does)


def _counter_row(line: Line) -> bool:
    """A row of counters, each a capitalised label of a word or two and its number, and nothing else
    ("Code Revisions 4 Stars 107 Forks 9"; not "Lakers 110 Celtics 102 in Game 7")."""
    if not _ends_in_count(line.text):
        return False
    # Each counter is COUNTER_MAX_WORDS words at most, its last a number: a line of more words than that many
    # times its words that open with a digit is none (the pattern is slow on a long line of prose).
    numbers = len(_NUMBER_WORD.findall(line.text))
    if numbers < COUNTER_ROW_MIN or len(line.text.split()) > COUNTER_MAX_WORDS * numbers:
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
        and "." not in line.text and all(map(_capitalised, words)) \
        and not any(w in STOPWORDS for w in line.lower_tokens)


def _capitalised(word: str) -> bool:
    """`word` opens with a capital or with no letter ("Posts", "RSS", "2024", "&"): an item of a menu's row."""
    return word[:1].isupper() or not word[:1].isalpha()


MENU_ROWS_MIN_WORDS = 10  # a long row of capitalised words near another: rows of a menu
MENU_ROWS_MAX_STOPWORDS = 1
MENU_ROWS_WINDOW = 4  # lines either side read for the other row


def _capitalised_row(line: Line) -> bool:
    """A long row of capitalised words with hardly a function word and no punctuation that sets off a clause."""
    if line.text.count(" ") + 1 < MENU_ROWS_MIN_WORDS:  # too few words set off by spaces
        return False
    words = line.text.split()
    return len(words) >= MENU_ROWS_MIN_WORDS and _CLAUSE_MARK.search(line.text) is None and "." not in line.text \
        and all(_capitalised(w) or w.lower() in STOPWORDS for w in words) \
        and sum(w in STOPWORDS for w in line.lower_tokens) <= MENU_ROWS_MAX_STOPWORDS


def _among_menu_rows(lines: list[Line], i: int) -> bool:
    """Line `i` and another line within MENU_ROWS_WINDOW lines of it are both long rows of capitalised
    words (`_capitalised_row`): the rows of a menu, each read as one line ("Overview Planting Calendar
    Frost Dates Garden Planner and Layouts Growing Guides Plant Problems")."""
    if not _capitalised_row(lines[i]):
        return False
    near = range(max(0, i - MENU_ROWS_WINDOW), min(len(lines), i + MENU_ROWS_WINDOW + 1))
    return any(j != i and _capitalised_row(lines[j]) for j in near)


# A submenu's row read as one line opens with the control that leads back to the menu, then its items' first
# capital ("Back Traditional Menu Vegetarian Menu", "Zurück Damen Herren"); "Back to School" is a headline's.
_BACK_FIRST = re.compile(r"(?:Back|Zurück|Retour|Volver|Indietro|Voltar|Terug|Tillbaka|Wstecz|Назад)\s+(?=[^\W\d_])"
                         r"(?!(?i:to|in|on|up|of|from|zu|zur|zum|à|au|aux|a|al|alla|ao|aos|naar|till|do|к)\b)")


def _among_submenu_rows(lines: list[Line], i: int) -> bool:
    """`submenu_rows`: line `i` opens with a submenu's control ("Back", `_BACK_FIRST`) and so does another
    line within MENU_ROWS_WINDOW lines of it, neither with a colon and each going on with another word: the rows
    of a menu's submenus, each read as one line ("Back Pricing", "Back Traditional Menu Vegetarian Menu"; "Back
    Pain Relief That Works" and a menu's "Back Pain Causes" are a headline and an item on one topic)."""
    words = lines[i].text.split(maxsplit=2)
    if ":" in lines[i].text or len(words) < 2:
        return False
    near = range(max(0, i - MENU_ROWS_WINDOW), min(len(lines), i + MENU_ROWS_WINDOW + 1))
    return any(j != i and lines[j].text.startswith(words[0] + " ") and ":" not in lines[j].text
               and lines[j].text.split(maxsplit=2)[1:2] != words[1:2] and _BACK_FIRST.match(lines[j].text) is not None
               for j in near)


TOPIC_ROW_MIN_WORDS = 12  # capitalised words without a function word: a menu's topics ("Privacy Accessibility HTML")


def _topic_row(line: Line) -> bool:
    """A long row of capitalised words (`_capitalised`) without one function word or full stop: a menu's
    topics read as one line ("Privacy Accessibility HTML Images Responsive Design Forms PWA CSS ..."); a
    headline this long has a function word."""
    return "." not in line.text and all(map(_capitalised, line.text.split())) \
        and not any(w in STOPWORDS for w in line.lower_tokens)


def _menu_row(line: Line) -> bool:
    """A menu's items read as one line: items glued without spaces ("All ServicesStock AdvisorEpicEpic
    PlusFool Portfolios"), a row ending in a control (`_ends_in_control`), a long row of topics (`_topic_row`),
    or a long row that says some
    of its words again ("Latest Video Random Video All Videos Browse Videos by Topic"); a headline that
    repeats itself sets off its clauses
    ("Home Gym Ideas on a Budget: Home Gym Equipment & Tips")."""
    if _CLAUSE_MARK.search(line.text):
        return False
    if len(_GLUED.findall(line.text)) >= MENU_ROW_MIN_GLUED or _ends_in_control(line):
        return True
    if line.words < MENU_ROW_MIN_WORDS:
        return False
    if line.words >= TOPIC_ROW_MIN_WORDS and _topic_row(line):
        return True
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
    return not line.text.isascii() and _BOX_DRAWING.search(line.text) is not None


_TRADEMARKS = ("®", "™")
TRADEMARKED_MAX_WORDS = 4  # a product's name with its mark, alone: a shop's or a menu's item
_GLUED_MARK = re.compile(r"[®™](?=[^\W\d_])")  # a mark with a word glued on: "Benchmarks™100+ guides"


def _trademarked(line: Line) -> bool:
    """A shop's or a menu's item: a product's name with its trade mark, alone ("CIS SecureSuite®
    Membership") or its blurb glued on ("ThreatWA™Insights into emerging threats"). A headline may carry
    a mark ("The new iPhone® is here: what to expect"), so a longer line with the mark set apart is none."""
    return any(mark in line.text for mark in _TRADEMARKS) and (
        line.words <= TRADEMARKED_MAX_WORDS or _GLUED_MARK.search(line.text) is not None)


def _table_row(line: Line) -> bool:
    """A table's row ("Sound\t7.5"): cells, no headline."""
    return bool(line.cells)


def _footnote(line: Line) -> bool:
    """A note under a table or an offer, set off by its asterisk ("* Click the link to see the full
    calendar", "*Price with promo code"): a headline opens with no asterisk."""
    return line.text[:1] == "*" and line.text[1:2] not in ("*", "")


def _figure_after_colon(line: Line) -> bool:
    """A label, a colon and its figure ("Price: 34,95"): `_labelled_figure` set off by a colon."""
    return ":" in line.text and _labelled_figure(line)


_Rule = tuple[str, Callable[[Line], bool], Callable[[Line], bool]]  # a rule's name, its guard, the rule


def _always(line: Line) -> bool:
    return True


def _prompt_guard(line: Line) -> bool:
    """An ASCII prompt opens with one of its first words (`_PROMPT_FIRST_WORDS`)."""
    return not line.text.isascii() or (bool(line.lower_tokens) and line.lower_tokens[0] in _PROMPT_FIRST_WORDS)


def _menu_row_guard(line: Line) -> bool:
    """An ASCII line in title case glues no item on the next (no capital follows a small letter): only a
    long one or one that ends with a control's word may be a menu's row."""
    text = line.text
    return (not text.isascii() or not text.istitle() or line.words >= MENU_ROW_MIN_WORDS
            or text.rstrip("\n").endswith(_CONTROL_LAST_WORDS))


# The rules of `passed_over` that read the line alone, in turn, by name, each behind its guard.
_ALONE_RULES: tuple[_Rule, ...] = (
    ("table_row", _always, _table_row),
    ("prompt", _prompt_guard, _prompt),
    ("menu_row", _menu_row_guard, _menu_row),
    ("named_by", lambda ln: " by " in ln.text or ln.text[:3].lower() == "by ", _named_by),
    ("counter_row", lambda ln: not ln.text.isascii() or ln.text[-1:] in _COUNT_LAST, _counter_row),
    ("drawing", lambda ln: not ln.text.isascii(), _drawing),
    ("tag_row", lambda ln: ln.text[:1] == "#", _tag_row),
    ("counted_label", lambda ln: ln.text[-1:] == ")", _counted_label),
    ("credited_caption", lambda ln: ln.words >= CREDITED_CAPTION_MIN_WORDS, _credited_caption),
    ("note", lambda ln: ln.text.endswith(".") or ":" in ln.text[:40], _note),
    ("name_list", lambda ln: ln.text.count(", ") >= NAME_LIST_MIN_ITEMS - 1, _name_list),
    ("legal_link", lambda ln: ln.words <= LEGAL_LINK_MAX_WORDS, _legal_link),
    ("trademarked", lambda ln: not ln.text.isascii(), _trademarked),
    ("footnote", lambda ln: ln.text[:1] == "*", _footnote),
    ("caption_lead", lambda ln: "aption" in ln.text, _caption_lead),
    ("support_appeal", lambda ln: ln.words <= SUPPORT_APPEAL_MAX_WORDS, _support_appeal),
    ("post_nav_link", lambda ln: not ln.text.isascii() or ln.text[:1] in "<PpNnOoVvAaEeBb", _post_nav_link),
)

# Those that read a figure: tried only when the line has one (`_FIGURE`).
_FIGURE_RULES: tuple[_Rule, ...] = (
    ("postal_address", _always, _postal_address),
    ("rating", lambda ln: ln.words <= RATING_MAX_WORDS, _rating),
    ("time_note", lambda ln: ln.words <= TIME_NOTE_MAX_WORDS, _time_note),
    ("dated_entry", lambda ln: ln.text[:1].isdigit(), _dated_entry),
    ("labelled_figure", lambda ln: ":" in ln.text, _figure_after_colon),
)
