"""Shallow text features of each line and of its neighbourhood (boilerpipe /
jusText style): length, punctuation, stop-word density, capitalisation, UI
vocabulary, repetition and position. Pure functions on `Line` lists.

`base_features` reads one line alone; `line_vectors` adds its context (the
lines around it, past chrome set in running text, and where the text mass of
the page lies); `revision_vectors`
re-reads each line with its neighbours' first-pass scores."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, mul, not_, sub, truediv

from sitegen.clean import vocab
from sitegen.clean.lines import Line, joined_keys
from sitegen.clean.stopwords import KOREAN_ENDINGS, STOPWORDS

LONG_LINE_WORDS = 15  # a line this long is probably running text
META_LINE_MAX_WORDS = 14  # dates and bylines are short lines
NEAR_WINDOW = 3
FAR_WINDOW = 10
REVISION_WINDOW = 6
WINDOW_CACHE_PAGES = 256  # page lengths whose window bounds are kept

_TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
TIME_AGO = re.compile(r"\b\d+\s*(?:sec|min|minute|hour|hr|day|week|month|year)s?\s+ago\b"
                       r"|\bvor\s+\d+\s+(?:minuten|stunden|tagen)"
                       r"|\bhá\s+\d+\s+(?:minutos|horas|dias)|\d+\s*(?:分|時間|日)前|\d+\s*(?:분|시간|일)\s*전"
                       r"|\d+\s+(?:минут|час|дн)\w*\s+назад|\d+\s+(?:menit|jam|hari)\s+(?:yang\s+)?lalu", re.IGNORECASE)
SHAPE_WORDS = 2
SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "।")
_CLOSERS = ('"', "”", "’", "»", ")", "'")
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SEPARATORS = re.compile(r"[|•·»›/]|\s-\s")
_MARKER = re.compile(r"^(?:[-•*·▪►–—]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
_ASCII_DIGITS = re.compile(r"[0-9]+")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]+")
_ANY_DIGIT = re.compile(r"\d")  # every TIME_AGO match has one
_WEB = re.compile(r"https?://|www\.|@\w|©|\.com\b", re.IGNORECASE)

BASE_NAMES = (
    "log_words", "log_chars", "long", "sentence_end", "ends_colon", "ends_closer", "ends_question",
    "stop_density", "capitalised", "all_caps", "digits", "symbols", "commas", "ui", "call_to_action",
    "date", "byline", "separators", "repeated", "hiragana", "korean_endings", "marker", "web",
    "lower_start", "one_word", "cjk", "ends_ellipsis", "shape_repeats", "time_ago",
)
_NEIGHBOUR_KEYS = ("log_words", "sentence_end", "long", "ui", "date", "stop_density")
CONTEXT_NAMES = (
    "position", "mass_before", "mass_after",
    "density_near", "density_far",
    *(f"{k}@{o}" for o in (-2, -1, 1, 2) for k in _NEIGHBOUR_KEYS),
)
LINE_NAMES = BASE_NAMES + CONTEXT_NAMES
REVISION_NAMES = (
    "p", "p@-1", "p@+1", "p@-2", "p@+2", "p_mean_near", "p_max_before", "p_max_after",
    "p_mass_before", "p_mass_after", "log_words", "sentence_end", "long", "before_title", "ui", "date",
    "p_run_inside", "is_title", "after_title_near",
)
_BASE_INDEX = {name: i for i, name in enumerate(BASE_NAMES)}


@dataclass
class PageContext:
    """What the features of every line of one page share."""

    base: list[list[float]]
    long_mass: list[float]  # words of long lines, cumulative up to and including each line
    title_index: int  # -1 when no title was found
    _columns: dict[int, list[float]] = field(default_factory=dict, repr=False, compare=False)

    def column(self, k: int) -> list[float]:
        """The base feature `k` of every line (a column of `base`), taken once."""
        found = self._columns.get(k)
        if found is None:
            found = self._columns[k] = list(map(itemgetter(k), self.base))
        return found


def base_features(line: Line, repeats: int, shape_repeats: int = 0) -> list[float]:
    """Features of one line read alone (order: BASE_NAMES)."""
    text = line.text
    tokens = _TOKEN.findall(text)
    n_tok = max(1, len(tokens))
    chars = len(text)
    lowered = map(str.lower, tokens) if text.isascii() else _TOKEN.findall(text.lower())
    stop = sum(map(STOPWORDS.__contains__, lowered)) / n_tok
    firsts = [t[0] for t in tokens]
    upper = sum(map(str.isupper, firsts))
    cased = upper + sum(map(str.islower, firsts))
    capitalised = upper / cased if cased else 0.0
    all_caps = float(chars > 3 and text.isupper())
    if text.isascii():  # the same counts as below, with C loops
        digits = (chars - len(_ASCII_DIGITS.sub("", text))) / chars
        symbols = (len(_ASCII_ALNUM.sub("", text)) - text.count(" ")) / chars
        cjk = hira = 0.0
    else:
        digits = sum(map(str.isdigit, text)) / chars
        symbols = (chars - sum(map(str.isalnum, text)) - text.count(" ")) / chars
        cjk = len(_CJK.findall(text)) / chars
        hira = len(_HIRAGANA.findall(text)) / chars
    korean = sum(1 for t in tokens if t.endswith(KOREAN_ENDINGS)) / n_tok if cjk else 0.0
    short = line.words <= META_LINE_MAX_WORDS
    stripped = text.rstrip("\"”’»)' ")
    return [
        math.log1p(line.words), math.log1p(chars), float(line.words >= LONG_LINE_WORDS),
        float(stripped.endswith(SENTENCE_END)), float(text.endswith(":")), float(text.endswith(_CLOSERS)),
        float(stripped.endswith(("?", "？"))), stop, capitalised, all_caps, digits, symbols,
        min(1.0, text.count(",") / n_tok * 5), float(line.ui),
        float(line.call_to_action),
        float(short and (line.date() is not None or bool(vocab.DATE_LEAD.match(text)))),
        float(short and line.byline),
        min(3.0, len(_SEPARATORS.findall(text))) / 3, min(2.0, math.log1p(repeats)), hira, korean,
        float(bool(_MARKER.match(text))), float(_web(text)),
        float(text[:1].islower()), float(line.words <= 1), cjk,
        float(text.endswith(("...", "…", "..", "[…]", "[...]"))), min(3.0, math.log1p(shape_repeats)),
        float(short and bool(_ANY_DIGIT.search(text)) and bool(TIME_AGO.search(text))),
    ]


def _web(text: str) -> bool:
    """`_WEB` matches, tried only when a literal every match holds is there."""
    if text.isascii():
        low = text.lower()
        if not ("http" in low or "www." in low or "@" in text or ".com" in low):
            return False
    return bool(_WEB.search(text))


def shape(text: str) -> str:
    """A line's shape: its first words with digits blanked ("Rating: 0 Votes",
    "0 days ago at 0:0 am"): comments and teasers repeat one shape."""
    return _DIGITS.sub("0", " ".join(text.split(None, SHAPE_WORDS)[:SHAPE_WORDS])).casefold()


def _shapes(texts: list[str]) -> list[str]:
    """`shape` of each text (one line each), the digits blanked and the case
    folded for all of them at once (no match of `_DIGITS` or case folding makes or spans a newline)."""
    heads = "\n".join([" ".join(text.split(None, SHAPE_WORDS)[:SHAPE_WORDS]) for text in texts])
    return _DIGITS.sub("0", heads).casefold().split("\n")


def page_context(lines: list[Line], title_index: int) -> PageContext:
    counts = Counter(ln.key for ln in lines)
    shapes = _shapes([ln.text for ln in lines])
    shape_counts = Counter(shapes)
    base = page_features(lines, [counts[ln.key] - 1 for ln in lines], [shape_counts[sh] - 1 for sh in shapes])
    _contrast_scripts(base, lines)
    mass: list[float] = []
    total = 0.0
    for ln in lines:
        if ln.words >= LONG_LINE_WORDS:
            total += ln.words
        mass.append(total)
    return PageContext(base, mass, title_index)


_CJK_COLUMN = BASE_NAMES.index("cjk")
_SCRIPT_DETAIL_COLUMNS = (BASE_NAMES.index("hiragana"), BASE_NAMES.index("korean_endings"))


def _contrast_scripts(base: list[list[float]], lines: list[Line]) -> None:
    """Make the script feature say how far a line's share of wide (Chinese,
    Japanese, Korean) characters is from its page's: Korean text on a Korean
    page is ordinary, a line in another script (a language menu) is not. The
    finer script features are zeroed: no training page is written in those
    scripts, so their weights would be noise. On a page without wide
    characters every one of those features is 0 already."""
    if not any(map(itemgetter(_CJK_COLUMN), base)):  # no wide character: the finer features are 0 too
        return
    sizes = [len(ln.text) for ln in lines]
    share = sum(row[_CJK_COLUMN] * size for row, size in zip(base, sizes, strict=True)) / (sum(sizes) or 1)
    for row in base:
        row[_CJK_COLUMN] = abs(row[_CJK_COLUMN] - share)
        for col in _SCRIPT_DETAIL_COLUMNS:
            row[col] = 0.0


# Literals (lower case) every match of a pattern holds in ASCII text: lines without one skip it.
_WEB_LITERALS = ("http", "www.", "@", ".com")
_DATE_LEAD_FIRST = frozenset("uplfmdUPLFMD")  # how a `vocab.DATE_LEAD` match in ASCII text starts
_MARKER_FIRST = frozenset("-*0123456789abcdefghijklmnopqrstuvwxyz")  # ... and a `_MARKER` match
_NOT_DIGITS = bytes(c for c in range(256) if chr(c) not in "0123456789\n")  # the bytes ASCII digits are counted without
_CASE_SHAPE = str.maketrans({c: "U" if chr(c).isupper() else "l" if chr(c).islower() else "d" if chr(c).isalnum()
                             or chr(c) == "_" else " " for c in range(128) if chr(c) != "\n"})
_CASE_SHAPE_BYTES = bytes.maketrans(bytes(range(128)), "".join(map(chr, range(128))).translate(_CASE_SHAPE).encode())
_NOT_SYMBOLS = bytes(c for c in range(128) if chr(c).isalnum() or chr(c) == " ")  # ASCII less symbols
_LOG1P = [math.log1p(i) for i in range(4096)]
_REPEATED = [min(2.0, v) for v in _LOG1P]  # the `repeated` feature of a count of repeats
_SHAPED = [min(3.0, v) for v in _LOG1P]  # ... and `shape_repeats`


def page_features(lines: list[Line], repeats: list[int], shape_repeats: list[int]) -> list[list[float]]:
    """`base_features` of every line of a page (lines made by `segment`), the
    same values computed a column at a time: each feature for the whole page
    in one pass of C loops (`map`), the words of the page counted in one pass,
    the digits and symbols of its ASCII lines in one pass each, and the
    regexes tried only on the lines that hold a literal or start with a letter
    every match needs. Lines that are not ASCII get their few script-bound
    features one by one."""
    n = len(lines)
    if not n:
        return []
    texts = [ln.text for ln in lines]
    words = [ln.words for ln in lines]
    chars = list(map(len, texts))
    plain = list(map(str.isascii, texts))
    # The words in lower case (as many as the words): the words of the lines in lower case but where a line
    # holds `_LOWER_SPLITS` (a final sigma may differ, and no stop word holds a sigma).
    lower_tokens = [ln.lower_tokens for ln in lines]
    n_tok = list(map(max, map(len, lower_tokens), repeat(1)))
    stop = list(map(truediv, map(sum, map(map, repeat(STOPWORDS.__contains__), lower_tokens)), n_tok))
    # The ASCII lines' texts, "" for each other line (its counts below are found apart), one line each.
    # As bytes: their characters kept, changed or deleted by `bytes.translate`, a plain C loop over a table.
    ascii_joined = "\n".join(texts if all(plain) else [t if p else "" for t, p in zip(texts, plain, strict=True)]) \
        .encode("ascii")
    # Words that start with a capital or a small letter: in ASCII, where a letter follows a non-word character
    # (every line led by a space), counted on the lines' letters made "U", "l" and their other characters "d", " ".
    cases = (b" " + ascii_joined.translate(_CASE_SHAPE_BYTES).replace(b"\n", b"\n ")).split(b"\n")
    upper = list(map(bytes.count, cases, repeat(b" U")))
    lower = list(map(bytes.count, cases, repeat(b" l")))
    digits = list(map(truediv, map(len, ascii_joined.translate(None, _NOT_DIGITS).split(b"\n")), chars))
    symbols = list(map(truediv, map(len, ascii_joined.translate(None, _NOT_SYMBOLS).split(b"\n")), chars))
    # "|", "/" and " - " (no line ends in a space: none runs into the next line), the last made "|" to count them
    # as the others: the same non-overlapping matches from the left as `str.count`'s
    separators = list(map(len, ascii_joined.replace(b" - ", b"|").translate(None, _NOT_SEPARATORS).split(b"\n")))
    others = list(compress(range(n), map(not_, plain)))  # the lines outside ASCII: their counts found together
    if others:
        for i, up, low, digit, symbol, separator in zip(
                others, *_counts_outside_ascii([texts[i] for i in others], [lines[i].tokens for i in others]),
                strict=True):
            upper[i], lower[i], digits[i], symbols[i], separators[i] = up, low, digit, symbol, separator
    cased = list(map(add, upper, lower))
    top = max(max(words), max(chars), max(repeats), max(shape_repeats)) + 1
    log1p = _LOG1P if top <= len(_LOG1P) else [math.log1p(i) for i in range(top)]
    # min(2.0, log1p(repeats)) and min(3.0, log1p(shape repeats)), each from a table
    repeated, shaped = (_REPEATED, _SHAPED) if log1p is _LOG1P else ([min(2.0, v) for v in log1p],
                                                                      [min(3.0, v) for v in log1p])
    date, byline, time_ago = _short_line_features(lines, plain)
    marker = [0.0] * n
    for i in range(n):
        if (texts[i][0] in _MARKER_FIRST or not plain[i]) and _MARKER.match(texts[i]):
            marker[i] = 1.0
    web = [0.0] * n
    for i, line in compress(enumerate(lines), plain):  # the other lines: below
        key = line.key
        if ("http" in key or "www." in key or "@" in key or ".com" in key) and _WEB.search(texts[i]):  # _WEB_LITERALS
            web[i] = 1.0
    cjk, hira, korean = [0.0] * n, [0.0] * n, [0.0] * n
    for i in others:
        text = texts[i]
        if _web_literal(text) and _WEB.search(text):
            web[i] = 1.0
        if _LOWER_SPLITS in text:  # its lower case has other words than its words in lower case
            stop[i] = sum(map(STOPWORDS.__contains__, _TOKEN.findall(text.lower()))) / n_tok[i]
        wide = lines[i].wide  # what `_CJK` finds (the same class), and `_HIRAGANA` within it
        if wide:
            size = chars[i]
            cjk[i] = wide / size
            hira[i] = len(_HIRAGANA.findall(text)) / size
            korean[i] = sum(1 for t in lines[i].tokens if t.endswith(KOREAN_ENDINGS)) / n_tok[i]
    # Each line's row in one pass (order: BASE_NAMES), each feature the same operation on the same values as
    # `base_features`'s, from the counts above and what a line ends with (but for closers: `ends`).
    ends = [t[-1:] for t in map(str.rstrip, texts, repeat("\"”’»)' "))]
    flag, closers, sentence_end, separator_share = _FLAG, _CLOSERS_SET, SENTENCE_END_SET, _SEPARATOR_SHARE
    return [
        [log1p[w], log1p[c], flag[w >= LONG_LINE_WORDS], flag[e in sentence_end], flag[t[-1] == ":"],
         flag[t[-1] in closers], flag[e == "?" or e == "？"], st,
         up / (k if k > 1 else 1),  # no cased first letter: no capital either
         flag[c > 3 and t.isupper()], d, sy,
         (x if (x := t.count(",") / nt * 5) < 1.0 else 1.0),  # min(1.0, commas / words * 5)
         flag[ln.ui], flag[ln.call_to_action], da, by, separator_share[sp if sp < 3 else 3], repeated[r], hi, ko,
         ma, we, flag[t[0].islower()], flag[w <= 1], cj, flag[t.endswith(_ELLIPSES)], shaped[sr], ta]
        for ln, t, w, c, e, st, up, k, d, sy, nt, da, by, sp, r, hi, ko, ma, we, cj, sr, ta in zip(
            lines, texts, words, chars, ends, stop, upper, cased, digits, symbols, n_tok, date, byline, separators,
            repeats, hira, korean, marker, web, cjk, shape_repeats, time_ago, strict=True)]


def _counts_outside_ascii(texts: list[str], tokens: list[list[str]]) -> tuple[Iterable[float], ...]:
    """For lines outside ASCII (`texts`, and the words of each): the words that start with a capital and with a
    small letter, the share of digits and of symbols (what is no word character or space) and the separators
    (`_SEPARATOR_STRINGS`) of each, found for all the lines at once."""
    firsts = list(map("".join, map(map, repeat(itemgetter(0)), tokens)))  # the first letters of a line's words
    sizes = list(map(len, texts))
    encoded = "\n".join(texts).encode("utf-8", "surrogatepass")
    # Their ASCII digits (no byte of a character outside ASCII is one), and their characters outside ASCII: their
    # UTF-8 less the ASCII bytes but the newlines, read back.
    wide = encoded.translate(None, _ASCII_BYTES_BUT_NEWLINE).decode("utf-8", "surrogatepass")
    wide_digits = map(sum, map(map, repeat(str.isdigit), wide.split("\n"))) if any(map(str.isdigit, wide)) \
        else repeat(0)
    digits = map(truediv, map(add, map(len, encoded.translate(None, _NOT_DIGITS).split(b"\n")), wide_digits), sizes)
    # `\w` is a letter, digit or "_": the alphanumerics are the words' characters less the "_"s.
    alnum = map(sub, map(sum, map(map, repeat(len), tokens)), map(str.count, texts, repeat("_")))
    symbols = map(truediv, map(sub, map(sub, sizes, alnum), map(str.count, texts, repeat(" "))), sizes)
    # Each separator made "|" (UTF-8 holds a character's bytes only where it stands; " - " first, as above).
    marked = encoded.replace(b" - ", b"|")
    for separator in _WIDE_SEPARATORS:
        if separator in marked:
            marked = marked.replace(separator, b"|")
    separators = map(len, marked.translate(None, _NOT_SEPARATORS).split(b"\n"))
    return (map(sum, map(map, repeat(str.isupper), firsts)), map(sum, map(map, repeat(str.islower), firsts)),
            digits, symbols, separators)


def _short_line_features(lines: list[Line], plain: list[bool]) -> tuple[list[float], list[float], list[float]]:
    """The features read on short lines only: date, byline, time_ago (an ASCII
    line is tried for `TIME_AGO` only when it holds a word every match in ASCII needs)."""
    n = len(lines)
    date, byline, time_ago = [0.0] * n, [0.0] * n, [0.0] * n
    for i, line in enumerate(lines):
        if line.words > META_LINE_MAX_WORDS:
            continue
        text = line.text
        if line.date() is not None or ((text[0] in _DATE_LEAD_FIRST or not plain[i])
                                       and vocab.DATE_LEAD.match(text) is not None):
            date[i] = 1.0
        if line.byline:
            byline[i] = 1.0
        if (not plain[i] or _time_ago_literal(line.key)) and _ANY_DIGIT.search(text) \
                and TIME_AGO.search(text):
            time_ago[i] = 1.0
    return date, byline, time_ago


def _time_ago_literal(key: str) -> bool:
    """`key` (lower case) holds a literal every `TIME_AGO` match in ASCII text holds;
    its other forms need letters outside ASCII (one test each: no generator per line)."""
    return "ago" in key or "vor" in key or "lalu" in key


def _web_literal(text: str) -> bool:
    """`text` holds a literal every `_WEB` match holds (the letters of its words
    match, case-blind, only themselves in either case)."""
    low = text.lower()
    return "http" in low or "www." in low or ".com" in low or "@" in text or "©" in text


_ASCII_BYTES_BUT_NEWLINE = bytes(c for c in range(128) if c != 0x0A)
# What `_SEPARATORS` counts in single-spaced text: its characters and " - " (disjoint: their counts add up).
_SEPARATOR_STRINGS = ("|", "•", "·", "»", "›", "/", " - ")
_WIDE_SEPARATORS = tuple(c.encode() for c in _SEPARATOR_STRINGS if not c.isascii())  # ... those outside ASCII
_FLAG = (0.0, 1.0)  # float(flag)
_ELLIPSES = ("...", "…", "..", "[…]", "[...]")  # how a line cut short ends
_LOWER_SPLITS = "İ"  # the one character whose lower case ("i̇") is not all word characters, or all not
SENTENCE_END_SET = frozenset(SENTENCE_END)  # single characters: `endswith` is the last one's membership
_CLOSERS_SET = frozenset(_CLOSERS)
_NOT_SEPARATORS = bytes(c for c in range(256) if chr(c) not in "|/\n")  # all bytes but these: deleted
_SEPARATOR_SHARE = [0 / 3, 1 / 3, 2 / 3, 3.0 / 3]  # min(3.0, separators) / 3


def line_vectors(ctx: PageContext) -> list[list[float]]:
    """Each line's features with its context (order: LINE_NAMES), the context
    built a column at a time (the same operations on the same values as line by line)."""
    n = len(ctx.base)
    if not n:
        return []
    mass = ctx.long_mass
    total = mass[-1]
    long_cum = list(accumulate(ctx.column(_BASE_INDEX["long"]), initial=0.0))
    own = list(map(sub, long_cum[1:], long_cum[:-1]))
    at = long_cum.__getitem__
    # The mean of `long` within NEAR_WINDOW and FAR_WINDOW of the line, less the line itself (0 alone on the page).
    los, his, sizes = _windows(n, NEAR_WINDOW)
    near = list(map(truediv, map(sub, map(sub, map(at, his), map(at, los)), own), sizes))
    los, his, sizes = _windows(n, FAR_WINDOW)
    far = list(map(truediv, map(sub, map(sub, map(at, his), map(at, los)), own), sizes))
    if total:
        mass_before = [0.0 / total, *map(truediv, mass[:-1], repeat(total))]
        mass_after = list(map(truediv, map(sub, repeat(total), mass), repeat(total)))
    else:
        mass_before = mass_after = [0.0] * n
    position = list(map(truediv, range(n), repeat(max(1, n - 1))))
    pad = (0.0,) * len(_NEIGHBOUR_KEYS)
    nb = [pad, pad, *map(_NEIGHBOURS, ctx.base), pad, pad]  # line i's at i + 2
    context = zip(position, mass_before, mass_after, near, far, strict=True)
    inserts = chrome_between_text(ctx)
    if inserts:
        p2s, p1s, n1s, n2s = _neighbours_past(ctx, nb, inserts)
        return [[*b, *c, *p2, *p1, *n1, *n2] for b, c, p2, p1, n1, n2 in
                zip(ctx.base, context, p2s, p1s, n1s, n2s, strict=True)]
    return [[*b, *c, *p2, *p1, *n1, *n2] for b, c, p2, p1, n1, n2 in
            zip(ctx.base, context, nb, nb[1:], nb[3:], nb[4:], strict=False)]  # the shortest: n rows


def chrome_between_text(ctx: PageContext) -> set[int]:
    """The `ui` lines set in running text, each run of them (an
    "Advertisement", a share bar) with a line of prose on either side, long and ending a
    sentence. They are no neighbour of the lines around them (`line_vectors`): chrome
    between two paragraphs does not lower their scores. Chrome at a boundary (a heading,
    a teaser, a menu item on one side) stays a neighbour: there it marks where text ends."""
    ui = ctx.column(_BASE_INDEX["ui"])
    if not any(ui):
        return set()
    prose = list(map(mul, ctx.column(_BASE_INDEX["long"]), ctx.column(_BASE_INDEX["sentence_end"])))
    found: set[int] = set()
    n = len(ui)
    for i in compress(range(n), ui):
        if not i or ui[i - 1] or not prose[i - 1]:
            continue  # not the first line of a run, or no prose above it
        j = i + 1
        while j < n and ui[j]:
            j += 1
        if j < n and prose[j]:
            found.update(range(i, j))
    return found


def _neighbours_past(ctx: PageContext, nb: list[tuple[float, ...]],
                     inserts: set[int]) -> tuple[list[tuple[float, ...]], ...]:
    """The neighbour features two lines up, one up, one down and two down of each line
    (`nb` holds line i's at i + 2, two rows of zeros at either end), the `inserts` skipped:
    a line other than a `ui` one reads the nearest lines that are no insert. A `ui` line
    reads the lines next to it as they stand (a share bar's lines see each other)."""
    p2s, p1s, n1s, n2s = nb[:-4], nb[1:-3], nb[3:-1], nb[4:]
    ui = ctx.column(_BASE_INDEX["ui"])
    kept = [i for i in range(len(ui)) if i not in inserts]
    seen = [nb[0], nb[1], *(nb[i + 2] for i in kept), nb[-2], nb[-1]]  # the kept lines' alone, padded
    for r, i in enumerate(kept):
        if not ui[i]:
            p2s[i], p1s[i], n1s[i], n2s[i] = seen[r], seen[r + 1], seen[r + 3], seen[r + 4]
    return p2s, p1s, n1s, n2s


_NEIGHBOURS = itemgetter(*(_BASE_INDEX[k] for k in _NEIGHBOUR_KEYS))


def revision_vectors(ctx: PageContext, probs: list[float]) -> list[tuple[float, ...]]:
    """Each line re-read with its neighbours' first-pass scores (order: REVISION_NAMES), a row a tuple
    (the rows are only scored: no list made of each).

    Built a column at a time (the same operations on the same values as line
    by line: the windows' sums from one running sum, the maxima before and
    after each line from running maxima)."""
    n = len(probs)
    if not n:
        return []
    cum = list(accumulate(probs, initial=0.0))
    total = cum[-1]
    los, his, sizes = _windows(n, REVISION_WINDOW)
    near = list(map(truediv, map(sub, map(sub, map(cum.__getitem__, his), map(cum.__getitem__, los)), probs),
                    sizes))
    before = list(accumulate(probs[:-1], max, initial=0.0))
    after = list(accumulate(reversed(probs[1:]), max, initial=0.0))[::-1]
    if total:
        mass_before = list(map(truediv, cum[:n], repeat(total)))
        mass_after = list(map(truediv, map(sub, repeat(total), cum[1:]), repeat(total)))
    else:
        mass_before = mass_after = [0.0] * n
    title = ctx.title_index
    before_title = [1.0] * min(n, title) + [0.0] * (n - min(n, title)) if title > 0 else [0.0] * n
    is_title = [0.0] * n
    after_title = [0.0] * n
    if title >= 0:
        if title < n:
            is_title[title] = 1.0
        for i in range(title + 1, min(n, title + NEAR_WINDOW + 1)):
            after_title[i] = 1.0
    padded = [0.0, 0.0, *probs, 0.0, 0.0]  # line i's score at i + 2
    col = ctx.column
    columns = (
        probs, padded[1:n + 1], padded[3:n + 3], padded[:n], padded[4:n + 4], near,
        before, after, mass_before, mass_after,
        col(_BASE_INDEX["log_words"]), col(_BASE_INDEX["sentence_end"]), col(_BASE_INDEX["long"]), before_title,
        col(_BASE_INDEX["ui"]), col(_BASE_INDEX["date"]),
        list(map(min, before, after)), is_title, after_title,
    )
    return list(zip(*columns, strict=True))


@lru_cache(maxsize=WINDOW_CACHE_PAGES)
def _windows(n: int, width: int) -> tuple[list[int], list[int], list[int]]:
    """For each of `n` lines, where its window of `width` lines either side starts
    and ends (clipped to the page), and how many other lines it holds (at least 1)."""
    los = [0] * min(n, width) + list(range(max(0, n - width)))  # max(0, i - width)
    his = (list(range(width + 1, n + 1)) + [n] * min(n, width + 1))[:n]  # min(n, i + width + 1)
    return los, his, list(map(max, repeat(1), map(sub, map(sub, his, los), repeat(1))))


TITLE_MAX_WORDS = 40
TITLE_NEAR = 5  # lines after a headline where its article starts
_TITLE_BASE_KEYS = ("log_words", "sentence_end", "all_caps", "capitalised", "stop_density", "ui", "call_to_action",
                    "date", "byline", "separators", "repeated", "lower_start", "one_word", "web", "ends_colon",
                    "ends_question")
TITLE_NAMES = (
    *_TITLE_BASE_KEYS, "few_words", "position", "inside_other", "has_bare_part", "long_after", "mass_before",
    "meta_near", "p", "p_after", "p_before", "p_mass_before", "first_after_gap", "words_2_20",
    "run_ahead", "run_gap", "in_run", "after_run",
    "x_not_text_before_text", "x_run_ahead_unended", "x_meta_near_mid_length", "x_inside_other_mid_length",
    "x_capitalised_mid_length", "x_run_ahead_mid_length", "crumb_end", "copy_below",
)
_TITLE_BASE = [_BASE_INDEX[k] for k in _TITLE_BASE_KEYS]
_SITE_SPLIT = re.compile(r"\s+[|\-–—:·•]\s+")
CONTENT_P = 0.5  # a first-pass score from which a line counts as text for the title's features
CRUMB_WINDOW = 4  # lines above a headline where a breadcrumb may end with it
COPY_BELOW_WINDOW = 40  # lines below a headline where the page may repeat it as a heading
_CRUMB_SEPARATORS = (">", "»", "›", "/", "|", " -", " –", " —")  # a dash between words, not in one


def best_run(probs: list[float], words: list[int], pivot: float = CONTENT_P,
             fixed: list[float | None] | None = None) -> tuple[int, int]:
    """The span [start, end) of lines whose scores add up most (each line's
    score above `pivot`, weighted by its length; `fixed` gives some lines a
    set gain): the article is mostly one contiguous run, boilerplate
    clusters at the ends."""
    top = max(words, default=0) + 1
    log1p = _LOG1P if top <= len(_LOG1P) else [math.log1p(i) for i in range(top)]
    gains = [(p - pivot) * log1p[w] for p, w in zip(probs, words, strict=False)]
    if fixed:
        gains = [g if f is None else f for g, f in zip(gains, fixed, strict=False)]
    best, span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, gain in enumerate(gains):
        if total <= 0:
            total, start = 0.0, i
        total += gain
        if total > best:
            best, span = total, (start, i + 1)
    return span


def title_candidates(lines: list[Line]) -> list[int]:
    """Indexes of lines that could be the headline."""
    return [ln.index for ln in lines if ln.words <= TITLE_MAX_WORDS and not ln.ui]


def title_vectors(lines: list[Line], ctx: PageContext, probs: list[float],
                  candidates: list[int], run: tuple[int, int] | None = None) -> list[list[float]]:
    """Features of each candidate headline (order: TITLE_NAMES); `run`: the
    main run, `best_run(probs, words)`, when the caller has it."""
    n = len(lines)
    total = ctx.long_mass[-1] if n else 0.0
    keys = [ln.key for ln in lines]
    key_set = set(keys)
    long_i, date_i, by_i = _BASE_INDEX["long"], _BASE_INDEX["date"], _BASE_INDEX["byline"]
    cum = list(accumulate(probs, initial=0.0))
    next_text = _next_index(map(CONTENT_P.__le__, probs), n)
    start, end = run or best_run(probs, [ln.words for ln in lines])
    joined, offsets = joined_keys(lines)  # keys hold no newline: a match of one key lies within one line
    next_long = [*_next_index(ctx.column(long_i), n)[1:], n]  # the first long line after each line
    meta_cum = list(accumulate(map(bool, map(max, ctx.column(date_i), ctx.column(by_i))), initial=0))
    mass = ctx.long_mass
    last = max(1, n - 1)
    cum_n = cum[n]
    end_i, cap_i = _BASE_INDEX["sentence_end"], _BASE_INDEX["capitalised"]
    echoes = _title_echoes(keys, candidates)
    log1p = _LOG1P if n + 2 <= len(_LOG1P) else [math.log1p(k) for k in range(n + 2)]  # of counts of lines
    base = ctx.base
    flag = _FLAG
    far = FAR_WINDOW * 2
    out: list[list[float]] = []
    # The same operations on the same values as one line at a time with `float()` and `max()`, in fewer steps:
    # a flag's float from `_FLAG`, each window clipped by a comparison.
    for i, echo in zip(candidates, echoes, strict=True):
        b = base[i]
        key = keys[i]
        gap = start - i
        inside = flag[len(key) > 8 and _inside_longer(key, joined, offsets, keys, i)]
        bare = False
        if not key.isascii() or "|" in key or "-" in key or ":" in key:  # what `_SITE_SPLIT` needs in ASCII
            parts = [p for p in _SITE_SPLIT.split(key) if p]
            bare = len(parts) > 1 and any(p in key_set for p in parts)
        after = next_long[i]
        long_after = after - i if after < n and after < i + far else far
        lo4 = i - 4 if i > 4 else 0
        hi5 = i + 5 if i + 5 < n else n
        meta = flag[meta_cum[hi5] - meta_cum[lo4] - (meta_cum[i + 1] - meta_cum[i]) > 0]
        hi = i + 1 + TITLE_NEAR if i + 1 + TITLE_NEAR < n else n
        lo = i - TITLE_NEAR if i > TITLE_NEAR else 0
        words = lines[i].words
        p = probs[i]
        after_size = hi - i - 1
        p_after = (cum[hi] - cum[i + 1]) / (after_size if after_size > 1 else 1)
        mid = flag[3 <= words <= 25]
        ahead = flag[0 < gap <= TITLE_NEAR]
        cum_i = cum[i]
        out.append([
            *_TITLE_SELECT(b), flag[words <= 2], i / last,
            inside, flag[bare], log1p[long_after],
            (mass[i - 1] if i else 0.0) / total if total else 0.0, meta,
            p, p_after, (cum_i - cum[lo]) / (i - lo if i - lo > 1 else 1),
            cum_i / cum_n if cum_n else 0.0, log1p[next_text[i + 1] - i], flag[2 <= words <= 20],
            ahead, log1p[gap if gap >= 0 else -gap], flag[start <= i < end], flag[i >= end],
            (1 - p) * p_after, ahead * (1 - b[end_i]), meta * mid, inside * mid, b[cap_i] * mid, ahead * mid,
            *echo,
        ])
    return out


def _title_echoes(keys: list[str], candidates: list[int]) -> list[tuple[float, float]]:
    """For each candidate: whether a breadcrumb just above ends with it
    ("Home » Plants » Coffee" over "Coffee"), and whether the page repeats it
    as a line of its own further down (a headline comes back as the first
    section heading, a dek never does)."""
    n = len(keys)
    seen: dict[str, int] = {}
    next_copy = [0] * n  # the next line with the same key (past the page's end when none)
    for j in range(n - 1, -1, -1):
        key = keys[j]
        next_copy[j] = seen.get(key, n + COPY_BELOW_WINDOW + 1)
        seen[key] = j
    out = []
    for i in candidates:
        key = keys[i]
        above = keys[i - CRUMB_WINDOW if i > CRUMB_WINDOW else 0: i]
        crumb = bool(key) and any(map(str.endswith, above, repeat(key))) and any(_ends_crumb(other, key)
                                                                               for other in above)
        out.append((_FLAG[crumb], _FLAG[next_copy[i] <= i + COPY_BELOW_WINDOW]))
    return out


def _ends_crumb(line: str, key: str) -> bool:
    """`line` is a trail of parts whose last part is `key`."""
    return len(line) > len(key) and line.endswith(key) and line[:-len(key)].rstrip().endswith(_CRUMB_SEPARATORS)


_TITLE_SELECT = itemgetter(*_TITLE_BASE)


def _next_index(flags: Iterable[object], n: int) -> list[int]:
    """For each of `n` positions and one past them, the first position at or
    after it whose flag is true (`n` when none is)."""
    out: list[int] = []
    for j in compress(range(n), flags):
        out += [j] * (j + 1 - len(out))
    out += [n] * (n + 1 - len(out))
    return out


def _inside_longer(key: str, joined: str, offsets: list[int], keys: list[str], i: int) -> bool:
    """`key` (line `i`'s) is part of a longer line's key within FAR_WINDOW * 3 lines
    before or less than that after it (`joined`: the keys joined by newlines, `offsets`: where each starts).
    Each line of the window holds `key` as often as `str.count` finds it there (no match spans a newline): its
    own line and each copy once, a shorter line never; so a longer line holds it when the window does more often
    than it holds those (read only when the window holds it more than once: most lines are said once)."""
    top, bottom = max(0, i - FAR_WINDOW * 3), min(len(keys), i + FAR_WINDOW * 3)
    found = joined.count(key, offsets[top], offsets[bottom])
    return found > 1 and found > keys[top:bottom].count(key)


HEADING_NAMES = (
    "log_words", "sentence_end", "ends_colon", "ends_question", "stop_density", "capitalised", "all_caps",
    "digits", "symbols", "commas", "marker", "lower_start", "one_word", "cjk", "repeated",
    "prev_words", "prev_end", "next_words", "next_end", "next_long", "prev_long", "p", "p_prev", "p_next",
    "shape_repeats", "short_share", "prev2_long", "ends_digit",
)
_HEAD_BASE = [_BASE_INDEX[k] for k in HEADING_NAMES[:15]]


def heading_vectors(ctx: PageContext, probs: list[float], indexes: list[int], texts: list[str],
                    short_share: float, nexts: list[int]) -> list[list[float]]:
    """Features telling a section heading from the text around it (order:
    HEADING_NAMES); `texts`: the lines' texts; `short_share`: the share of
    the page's text lines short enough to be headings (a list of short items
    is no run of sections); `nexts`: the line read as each one's next."""
    n = len(ctx.base)
    w_i, end_i, long_i = _BASE_INDEX["log_words"], _BASE_INDEX["sentence_end"], _BASE_INDEX["long"]
    shape_i = _BASE_INDEX["shape_repeats"]
    out: list[list[float]] = []
    for i, j in zip(indexes, nexts, strict=True):
        b = ctx.base[i]
        prev = ctx.base[i - 1] if i else None
        nxt = ctx.base[j] if j < n else None
        out.append([
            *(b[k] for k in _HEAD_BASE),
            prev[w_i] if prev else 0.0, prev[end_i] if prev else 1.0,
            nxt[w_i] if nxt else 0.0, nxt[end_i] if nxt else 0.0,
            nxt[long_i] if nxt else 0.0, prev[long_i] if prev else 0.0,
            probs[i], probs[i - 1] if i else 0.0, probs[j] if j < n else 0.0,
            b[shape_i], short_share, ctx.base[i - 2][long_i] if i >= 2 else 0.0, float(texts[i][-1:].isdigit()),
        ])
    return out


HEADING_SECTION_NAMES = ("next_bullet", "prev_short", "section_words", "next_echo", "opens_quote")
SECTION_HEADING_MAX_WORDS = 20  # a line this short, and no sentence, may be a heading or a list's item
ECHO_LINES = 2  # lines under a candidate read for its words: a section's text takes up its heading's words
ECHO_STEM_CHARS = 6  # words compared by their first letters: "battery" and "batteries", "Gesundheit" and "Gesundheits-"
OPENING_QUOTES = "\"“„«'‘"  # a line opening with one quotes someone: a pull quote, seldom a heading


def echo_share(line: Line, below: list[Line]) -> float:
    """The share of `line`'s words (stop words aside) that the lines `below` it use again: the text under
    a heading speaks of what the heading names; the text beside a picture seldom repeats its caption."""
    own = {w[:ECHO_STEM_CHARS] for w in line.lower_tokens if w not in STOPWORDS}
    if not own:
        return 0.0
    seen = {w[:ECHO_STEM_CHARS] for ln in below for w in ln.lower_tokens}
    return len(own & seen) / len(own)


def heading_section_vectors(lines: list[Line], ctx: PageContext, text_words: list[int],
                            indexes: list[int]) -> list[list[float]]:
    """What each heading candidate in `indexes` stands over (order: HEADING_SECTION_NAMES): a list's
    first item, after a short line that is no sentence (a list of short items), and how many words of
    text (`text_words`: each line's words when it is a text line, else 0) lie before the next candidate,
    how many of its words the lines under it use again (`echo_share`), and whether it opens a quote."""
    n = len(lines)
    cum = list(accumulate(text_words, initial=0))
    ends = [*indexes[1:], n]  # the next candidate (indexes ascend)
    w_i, end_i = _BASE_INDEX["log_words"], _BASE_INDEX["sentence_end"]
    short = math.log1p(SECTION_HEADING_MAX_WORDS)
    out: list[list[float]] = []
    for i, nxt in zip(indexes, ends, strict=True):
        prev = ctx.base[i - 1] if i else None
        out.append([
            float(i + 1 < n and bool(vocab.BULLET.match(lines[i + 1].text))),
            float(prev is not None and prev[w_i] <= short and not (lines[i - 1].words > 3 and prev[end_i])),
            math.log1p(cum[nxt] - cum[i + 1]),
            echo_share(lines[i], lines[i + 1: i + 1 + ECHO_LINES]),
            float(lines[i].text[:1] in OPENING_QUOTES),
        ])
    return out


HEADING_PAGE_NAMES = ("p_line", "strong_peers", "shape_share", "lone_shape", "length_gap", "peer_max",
                      "section", "section_gap", "p_next_candidate", "p_prev_candidate")
HEADING_STRONG_P = 0.35  # a candidate the line model scores this high is one of the page's likely headings


QUESTION_MARKS = ("?", "？", "؟")  # a question's end: Latin, full-width (Chinese, Japanese), Arabic


def heading_shape(text: str) -> tuple[bool, bool, bool, bool, bool | None]:
    """How a heading is written: in capitals, as a question, numbered, ending
    in a colon, and (two words or more) in title case. A page's headings share one shape."""
    words = text.split()
    title_case = sum(w[:1].isupper() for w in words) * 2 > len(words) if len(words) > 1 else None
    return text.isupper(), text.endswith(QUESTION_MARKS), text[:1].isdigit(), text.endswith((":", "：")), title_case


def heading_page_vectors(texts: list[str], words: list[int], first: list[float], sections: list[float],
                         indexes: list[int]) -> list[list[float]]:
    """Each heading candidate read against the page's other likely headings
    (order: HEADING_PAGE_NAMES): `texts`, `words` are the candidates', `first` their
    line-model scores, `sections` their `section_words`, `indexes` their lines. A page's
    real headings share a shape, a length and sections of a size; a lone candidate unlike
    the others is suspect, and so is one in a run of candidates."""
    shapes = [heading_shape(t.strip()) for t in texts]
    sizes = [math.log1p(w) for w in words]
    strong = [p >= HEADING_STRONG_P for p in first]
    count: Counter[tuple[bool, bool, bool, bool, bool | None]] = Counter()
    top: dict[tuple[bool, bool, bool, bool, bool | None], tuple[float, float]] = {}
    for sh, p, s in zip(shapes, first, strong, strict=True):
        if s:
            count[sh] += 1
            hi, second = top.get(sh, (0.0, 0.0))
            top[sh] = (p, hi) if p >= hi else (hi, max(second, p))
    n_strong = sum(strong)
    size_sum = sum(compress(sizes, strong))
    section_mean = sum(compress(sections, strong)) / n_strong if n_strong else 0.0
    at = {i: k for k, i in enumerate(indexes)}
    out: list[list[float]] = []
    for k, (sh, size, p, s) in enumerate(zip(shapes, sizes, first, strong, strict=True)):
        others = n_strong - s
        same = count[sh] - s
        mean_size = (size_sum - size * s) / others if others else size
        hi, second = top.get(sh, (0.0, 0.0))
        peer = second if s and p >= hi else hi
        after, before = at.get(indexes[k] + 1), at.get(indexes[k] - 1)
        out.append([p, math.log1p(others), same / others if others else 0.0, float(others > 0 and not same),
                    abs(size - mean_size), peer, sections[k], sections[k] - section_mean if n_strong else 0.0,
                    first[after] if after is not None else 0.0, first[before] if before is not None else 0.0])
    return out
