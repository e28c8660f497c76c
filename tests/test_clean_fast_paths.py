"""The cleaner's page-at-a-time code and literal guards give the same values
as the plain per-line definitions they stand for."""

from __future__ import annotations

import re
from collections import Counter
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitegen.clean import (
    byline,
    code,
    contents,
    dates,
    features,
    neighbours,
    not_headlines,
    overlap,
    regions,
    site,
    vocab,
)
from sitegen.clean import lines as lines_module
from sitegen.clean.byline import looks_like_name
from sitegen.clean.dates import YEAR_GATE, find_date
from sitegen.clean.lines import Line, segment
from sitegen.clean.stopwords import STOPWORDS

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Letters and marks the features and rules look at, a few scripts, digits and web chrome.
ALPHABET = st.sampled_from(list("aAbByYzZ019 _-|/•·»›.,:;!?…\"'’”)([]@©&\n\t\u00a0éÉſıİKΣΑσς²٣‘“東京ひら한국어фото")
                           + ["http://", "www.", ".com", " - ", "By ", "Photo: ", "Updated ", "3 hours ago",
                              "12 May 2021", "2021-05-03", "5/3/21", "Subscribe to", "privacy policy", "Share",
                              "1. ", "- ", "Read more: ", "Jane Doe/Getty"])
TEXTS = st.lists(ALPHABET, max_size=120).map("".join)
PAGE = "\n".join([
    "Home > News > Science", "Share", "Menu", "Subscribe to our newsletter", "Scientists Find Water on Mars",
    "By Jane Doe | Staff Writer", "Updated: 3 March 2021, 10:15 GMT", "3 hours ago", "Photo: John Roe/Agency",
    "Jane Doe/Getty Images", "The finding, reported on Tuesday, changes what we know about the red planet. "
    "It is the first of its kind, and more will follow.", "“Quoted words,” she said — in French: « très bien ».",
    "東京で新しい研究が発表されました。", "한국어 기사는 이렇게 씁니다", "Читайте также: новости науки",
    "1. First item", "- second item", "a) third", "Visit https://example.com or www.example.org", "© 2021 Site",
    "vor 3 Stunden", "Read more: Another story", "All rights reserved.", "Read more", "Share",
])


def per_line(lines: list[Line]) -> list[list[float]]:
    counts = Counter(ln.key for ln in lines)
    shapes = Counter(features.shape(ln.text) for ln in lines)
    return [features.base_features(ln, counts[ln.key] - 1, shapes[features.shape(ln.text)] - 1) for ln in lines]


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=12).map("\n".join))
@example(PAGE)
@example("Café • Menu · Shop » Deals › Sale / Fin | Top - x\nÉté ٣² Ab 東京 - ſ_x\nPlain - line | 3/4\n“Ünï” — 12 ½")
def test_page_features_are_the_per_line_features(text: str) -> None:
    fast = features.page_context(segment(text), -1).base
    expected = per_line(segment(text))
    features._contrast_scripts(expected, segment(text))  # the page-level step after the per-line features
    assert fast == expected


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=12).map("\n".join))
@example(PAGE)
@example("Café: ſubſcribe to our letters\nÜber uns: Prİvacy Polıcy\nCafé: \u212aeep up with the newsletter")
@example("©a\nJane Doe via Getty\n(foto Agency)\nA view of the city. | Reuters\nÉmilie Roux/AFP")
def test_settled_line_tests_are_the_regexes(text: str) -> None:
    for line in segment(text):
        assert line.ui == bool(vocab.UI_LINE.match(line.text))
        assert line.call_to_action == bool(vocab.CALL_TO_ACTION.search(line.text))
        assert line.date() == find_date(line.text)
        assert line.credit_like == (line.words <= 10 and credit_like_plain(line.text))


def credit_like_plain(text: str) -> bool:
    """`vocab.credit_like` without the cheap tests in front of its patterns."""
    if vocab.CREDIT_LEAD.match(text):
        return True
    if not text.endswith(".") and vocab.CREDIT_AGENCY.match(text):
        glued = vocab._glued_credit(text)
        return glued is None or text[:-len(glued)].rstrip()[-1:] not in vocab._SENTENCE_STOPS
    if text[:1] in "([":
        return vocab.bracketed_credit(text) is not None or vocab._BRACKETED_BARE_LEAD.fullmatch(text) is not None
    return vocab.credit_line(text) or (text[:1].isupper() and vocab.credit_shape(text) and not vocab.link_row(text))


def test_ui_lines_fit_the_length_guard() -> None:
    single_spaced = vocab.UI_LINE.pattern.replace(r"\s+", "[ ]").replace(r"\s*", "[ ]?")
    width = sre_parse.parse(single_spaced, re.IGNORECASE | re.VERBOSE).getwidth()[1]
    assert width == vocab.UI_MAX_CHARS


@settings(SETTINGS)
@given(st.from_regex(vocab.CALL_TO_ACTION))
def test_every_call_to_action_holds_a_literal(text: str) -> None:
    if text.isascii():
        single_spaced = " ".join(text.lower().split())
        assert any(phrase in single_spaced for phrase in vocab.CTA_LITERALS)
    if not vocab.odd_case(text):
        assert not vocab.CTA_FIRST_WORDS.isdisjoint(w.lower() for w in re.findall(r"\w+", text))
    assert vocab.call_to_action(text)


@settings(SETTINGS)
@given(st.from_regex(vocab.CALL_TO_ACTION).map(lambda text: "Café " + text.replace("a", "á") + " «»"))
def test_a_call_to_action_outside_ascii_holds_a_first_word_but_for_odd_cases(text: str) -> None:
    """The words every match needs, in a line outside ASCII: the guard `segment` tests before the pattern."""
    if vocab.CALL_TO_ACTION.search(text) and not vocab.odd_case(text):
        assert not vocab.CTA_FIRST_WORDS.isdisjoint(w.lower() for w in re.findall(r"\w+", text))
    assert vocab.odd_case("ſubſcribe") and vocab.odd_case("\u212aelvin") and not vocab.odd_case("Café")


@settings(SETTINGS)
@given(st.from_regex(YEAR_GATE))
def test_every_year_gate_match_holds_a_literal(text: str) -> None:
    assert any(literal in text for literal in lines_module.YEAR_LITERALS)
    assert any(literal in text for literal in dates.YEAR_LITERALS)


@settings(SETTINGS)
@given(st.from_regex(features.TIME_AGO))
def test_every_time_ago_in_ascii_holds_a_literal(text: str) -> None:
    if text.isascii():
        assert features._time_ago_literal(text.lower())


@settings(SETTINGS)
@given(st.from_regex(features._WEB))
def test_every_web_address_holds_a_literal(text: str) -> None:
    if text.isascii():
        assert any(word in text.lower() for word in features._WEB_LITERALS)


# Anchored patterns and the first letters their matches in ASCII text start with.
FIRST_LETTERS = [
    (vocab.DATE_LEAD, features._DATE_LEAD_FIRST), (features._MARKER, features._MARKER_FIRST),
    (vocab.CREDIT_LEAD, vocab._CREDIT_LEAD_FIRST),
    (vocab.SHARE_LINE, vocab._SHARE_FIRST),
]


@pytest.mark.parametrize(("pattern", "letters"), FIRST_LETTERS, ids=lambda x: getattr(x, "pattern", "")[:20])
def test_anchored_patterns_start_with_their_letters(pattern: re.Pattern[str], letters: frozenset[str]) -> None:
    @SETTINGS
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        if text.isascii() and pattern.match(text):
            assert text[0] in letters

    check()


# Anchored case-blind patterns and the first two letters (lower case) their matches in ASCII text start with.
FIRST_TWO_LETTERS = [(vocab.BUTTON, vocab._BUTTON_STARTS), (vocab.RELATED_LEAD, vocab._RELATED_STARTS)]


@pytest.mark.parametrize(("pattern", "starts"), FIRST_TWO_LETTERS, ids=lambda x: getattr(x, "pattern", "")[:20])
def test_anchored_patterns_start_with_their_two_letters(pattern: re.Pattern[str], starts: frozenset[str]) -> None:
    @SETTINGS
    @given(st.from_regex(pattern))
    @example("Book now")
    @example("READ MORE:")
    def check(text: str) -> None:
        if text.isascii() and pattern.match(text):
            assert text[:2].lower() in starts

    check()


def test_guarded_rule_patterns_are_the_regexes() -> None:
    for line in segment(PAGE):
        assert vocab.related_lead(line.text) == bool(vocab.RELATED_LEAD.match(line.text))
        assert vocab.share_line(line.text) == bool(vocab.SHARE_LINE.match(line.text))
        assert vocab.button(line.text) == bool(vocab.BUTTON.match(line.text))


def test_a_year_gate_match_lies_in_one_line() -> None:
    assert YEAR_GATE.search("19\n99") is None and YEAR_GATE.search("1/2\n/21") is None


def test_web_words_match_only_their_own_letters() -> None:
    every_char = "".join(map(chr, range(0x110000)))
    for letter in "htpwcom":
        assert set(re.findall(letter, every_char, re.IGNORECASE)) == {letter, letter.upper()}
    for text in ("Visit HTTPS://x.org", "ʜttp", "mail me@here", "© 2021", "Ｗww.x", "WWW.X.COM ’"):
        assert features._web_literal(text) or not features._WEB.search(text)


def test_ascii_lower_holds_every_case_blind_match_of_ascii_words() -> None:
    every_char = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for char in re.findall(letter, every_char, re.IGNORECASE):
            assert letter in vocab.ascii_lower(char), (letter, char)
    assert vocab.call_to_action("Prİvacy Polıcy") and vocab.call_to_action("ſubſcribe now")


def test_the_wide_count_is_the_cjk_feature_s_class() -> None:
    assert features._CJK.pattern == lines_module._WIDE.pattern
    assert segment("東京で 한국어 text")[0].wide == 6


def test_lower_case_keeps_words_whole_but_for_one_letter() -> None:
    word = re.compile(r"\w")
    splits = [c for c in map(chr, range(0x110000))
              if any(bool(word.fullmatch(x)) != bool(word.fullmatch(c)) for x in c.lower())]
    assert splits == [features._LOWER_SPLITS]
    assert not any("σ" in w or "ς" in w for w in STOPWORDS)


@SETTINGS
@given(st.one_of(TEXTS, st.from_regex(byline._QUICK), st.from_regex(byline._QUICK_LEAD_ONLY),
                 st.from_regex(byline._QUICK_NAMES_ONLY)))
@example("Jane Doe | Staff")
@example("By Jane Doe")
@example("Jane Doe writes")
@example("( \tWRITTEN by Jane")
@example("[Por Jane")
@example("Jane Doe / Staff")
@example("May 3")
def test_byline_quick_test_is_the_regex(text: str) -> None:
    assert byline._quick(text) == bool(byline._QUICK.match(text))


@SETTINGS
@given(st.one_of(TEXTS, st.from_regex(byline._CONNECTOR), st.from_regex(byline._SEGMENT_END),
                 st.from_regex(byline._HARD_END), st.from_regex(byline._GLUED_WORDS)))
@example("Jane Doe - Staff 3")
@example("Jane Doe AND John Roe")
@example("Jane\tDoe  ,  John")
@example("McDonaldSmith")
@example("Xabc÷Def")
def test_byline_name_guards_are_the_regexes(text: str) -> None:
    hard, fast = byline._HARD_END.search(text), byline._hard_end(text)
    assert (hard and (hard.span(), hard.group())) == (fast and (fast.span(), fast.group()))
    assert byline._segments(text) == byline._SEGMENT_END.split(text)
    assert byline._segments(text, maxsplit=1) == byline._SEGMENT_END.split(text, maxsplit=1)
    if "," not in text and text.isascii() and byline._CONNECTOR_WORDS.isdisjoint(text.lower().split()):
        assert byline._CONNECTOR.split(text) == [text] and not byline._CONNECTOR.findall(text)
    if text.isascii() and text.istitle():
        assert byline._GLUED_WORDS.search(text) is None
    for word in text.split():
        assert byline._many_capitals(word) == (len(byline._CAPITALS.findall(word)) > byline.MAX_CAPITALS_IN_WORD)
        assert not word.isalpha() or byline._NAME_WORD.match(word)
    assert len(list(byline._WORD_START.finditer(text))) == len(text.split())
    assert_role_guards(text)


@SETTINGS
@given(st.lists(st.sampled_from(["Senior", "STAFF", "writer", "Editor", "at", "AT", "Of", "&", "and", "e", "Y", "x9",
                                 "Co-Founder", "Gardener", "(Intern)", "Acme,", "-", "für", "\t"]), max_size=8)
       .map(" ".join))
def test_author_role_guards_are_the_regexes(text: str) -> None:
    assert_role_guards(text)


def assert_role_guards(text: str) -> None:
    """`is_author_role` skips its patterns where their guards say no match can be."""
    words = text.split()
    if text.isascii() and "".join(words).isalnum() and byline._ROLE_HEAD_WORDS.isdisjoint(text.lower().split()):
        assert byline._ROLE_HEAD_END.search(text) is None
    if byline._AND_WORDS.isdisjoint(words):
        assert byline._AND.search(text) is None


@SETTINGS
@given(st.one_of(TEXTS, st.from_regex(byline._LEAD)))
@example("( \tWritten by: Jane")
@example("[POSTED AND WRITTEN BY Jane")
@example("Autores: Jane")
@example("Bylines")
def test_byline_lead_match_guard_is_the_regex(text: str) -> None:
    fast, slow = byline._lead(text), byline._LEAD.match(text)
    assert (fast and fast.span()) == (slow and slow.span())


def test_byline_quick_test_reads_every_lead_word_in_ascii() -> None:
    words = byline._QUICK_LEAD_WORDS.split("|") + ["about the author", "article written by", "posted by"]
    for word in words:
        for text in (word, word.upper(), f"( {word.title()}: Jane", f"[{word}x", f"{word[:1]} {word[1:]}", word[1:]):
            assert byline._quick(text) == bool(byline._QUICK.match(text)), text
            assert byline.is_byline_lead(text) == bool(byline._BARE_LEAD.match(text)), text
            assert bool(byline._lead(text)) == bool(byline._LEAD.match(text)), text


@SETTINGS
@given(st.one_of(TEXTS, st.from_regex(byline._BARE_LEAD)))
@example("(Written by:)")
@example("[ AUTHOR ]")
@example("By \n")
@example("Byline")
def test_byline_lead_guard_is_the_regex(text: str) -> None:
    assert byline.is_byline_lead(text) == (len(text) <= 40 and bool(byline._BARE_LEAD.match(text)))


@SETTINGS
@given(TEXTS)
@example("Published " + "word " * 20 + "3 March 2021")
@example("x" * 90 + " 3 hours ago")
def test_date_line_guard_never_drops_a_date_line(text: str) -> None:
    assert dates._could_be_date_line(text) or not dates.is_date_line(text)


@SETTINGS
@given(st.one_of(TEXTS, st.from_regex(site._COPYRIGHT)))
@example("COPYRİGHT 2021 Site")
@example("(C) 2020 Site")
def test_copyright_guard_is_the_regex(text: str) -> None:
    assert site._copyright_mark(text) == bool(site._COPYRIGHT.search(text))


def line_vectors_per_line(ctx: features.PageContext) -> list[list[float]]:
    """`features.line_vectors` as defined, one line at a time."""
    n = len(ctx.base)
    total = ctx.long_mass[-1] if n else 0.0
    long_i = features.LINE_NAMES.index("long")
    ui_i, end_i = features.BASE_NAMES.index("ui"), features.BASE_NAMES.index("sentence_end")

    def prose(j: int) -> bool:
        return 0 <= j < n and bool(ctx.base[j][long_i] and ctx.base[j][end_i])

    def inserted(j: int) -> bool:  # a `ui` line of a run of them with prose on either side
        if not ctx.base[j][ui_i]:
            return False
        lo, hi = j, j
        while lo > 0 and ctx.base[lo - 1][ui_i]:
            lo -= 1
        while hi < n - 1 and ctx.base[hi + 1][ui_i]:
            hi += 1
        return prose(lo - 1) and prose(hi + 1)
    keys = [features.BASE_NAMES.index(k) for k in ("log_words", "sentence_end", "long", "ui", "date",
                                                    "stop_density")]
    out = []
    for i, b in enumerate(ctx.base):
        def mean_long(width: int, i: int = i) -> float:
            others = [ctx.base[j][long_i] for j in range(max(0, i - width), min(n, i + width + 1)) if j != i]
            return (sum(others, 0.0) / len(others)) if others else 0.0  # the running sum: the same order
        # A line that is not `ui` reads past the chrome set in running text (`chrome_between_text`)
        seen = range(n) if b[ui_i] else [j for j in range(n) if not inserted(j)]
        at = seen.index(i)
        around = [seen[at + d] if 0 <= at + d < len(seen) else -1 for d in (-2, -1, 1, 2)]
        neighbours = [ctx.base[j][k] if j >= 0 else 0.0 for j in around for k in keys]
        before = ctx.long_mass[i - 1] if i else 0.0
        out.append([*b, i / max(1, n - 1), before / total if total else 0.0,
                    (total - ctx.long_mass[i]) / total if total else 0.0,
                    mean_long(features.NEAR_WINDOW), mean_long(features.FAR_WINDOW), *neighbours])
    return out


def revision_vectors_per_line(ctx: features.PageContext, probs: list[float]) -> list[list[float]]:
    """`features.revision_vectors` as defined, one line at a time (window sums from a running sum)."""
    n, title = len(probs), ctx.title_index
    cum = [0.0]
    for p in probs:
        cum.append(cum[-1] + p)
    total = cum[-1]
    at = {name: features.BASE_NAMES.index(name) for name in ("log_words", "sentence_end", "long", "ui", "date")}
    out = []
    for i, p in enumerate(probs):
        b = ctx.base[i]
        lo, hi = max(0, i - features.REVISION_WINDOW), min(n, i + features.REVISION_WINDOW + 1)
        before, after = max([0.0, *probs[:i]]), max([0.0, *probs[i + 1:]])
        score = [probs[j] if 0 <= j < n else 0.0 for j in (i - 1, i + 1, i - 2, i + 2)]
        out.append([p, *score, (cum[hi] - cum[lo] - p) / max(1, hi - lo - 1), before, after,
                    cum[i] / total if total else 0.0, (total - cum[i + 1]) / total if total else 0.0,
                    b[at["log_words"]], b[at["sentence_end"]], b[at["long"]], float(0 <= i < title),
                    b[at["ui"]], b[at["date"]], min(before, after), float(i == title),
                    float(title >= 0 and 0 < i - title <= features.NEAR_WINDOW)])
    return out


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=16).map("\n".join),
       st.lists(st.sampled_from([0.0, 0.01, 0.2, 0.5, 0.75, 0.999]), min_size=16, max_size=16),
       st.integers(-1, 20))
@example(PAGE, [0.5] * 16, 4)
@example("\n".join([*PAGE.split("\n")[10:11] * 2, "Advertisement", *PAGE.split("\n")[10:11], "Share", "Email",
                    *PAGE.split("\n")[10:11], "Menu"]), [0.5] * 16, 0)  # chrome set in running text
def test_context_features_are_the_per_line_definitions(text: str, scores: list[float], title: int) -> None:
    ctx = features.page_context(segment(text), title)
    probs = [scores[i % len(scores)] for i in range(len(ctx.base))]
    assert features.line_vectors(ctx) == line_vectors_per_line(ctx)
    assert list(map(list, features.revision_vectors(ctx, probs))) == revision_vectors_per_line(ctx, probs)


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=12).map("\n".join))
@example(PAGE)
def test_wanted_words_of_a_line_are_its_words_that_some_line_has(text: str) -> None:
    lines = segment(text)
    for half in (lines, lines[::2]):  # the words of every line, or of some lines only
        wanted = frozenset().union(*(overlap.words(ln.text) for ln in half))
        assert [overlap._wanted_words(ln, wanted) for ln in lines] == [
            frozenset(overlap.words(ln.text)) & wanted for ln in lines]


def test_batched_scores_are_the_row_scores() -> None:
    from sitegen.clean.learned import models

    for model in models().values():
        rows = [[(k * 7 + r) % 5 / 3 - 0.4 for k in range(len(model.weights))] for r in range(9)]
        assert model.scores(rows) == [model.score(x) for x in rows]
        assert model.probabilities(rows) == [model.probability(x) for x in rows]
    with pytest.raises(ValueError, match="features for a model of"):
        next(iter(models().values())).scores([[1.0]])


@pytest.mark.parametrize(("flags", "expected"), [
    ([], [0]), ([False, False], [2, 2, 2]), ([True, False, True, False], [0, 2, 2, 4, 4]),
    ([False, True], [1, 1, 2]),
])
def test_next_index_is_the_first_flagged_position_at_or_after(flags: list[bool], expected: list[int]) -> None:
    assert features._next_index(flags, len(flags)) == expected


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=12).map("\n".join))
@example(PAGE)
def test_segment_words_are_the_pattern_s(text: str) -> None:
    for line in segment(text):
        assert line.tokens == re.findall(r"\w+", line.text)
        assert line.lower_tokens == [t.lower() for t in line.tokens]


@settings(SETTINGS)
@given(st.from_regex(vocab.CREDIT_AGENCY))
def test_every_agency_credit_starts_or_ends_as_the_guard_says(text: str) -> None:
    if vocab.CREDIT_AGENCY.match(text):
        assert vocab._agency_possible(text)


@settings(SETTINGS)
@given(st.from_regex(vocab.BROWSER_NOTICE))
def test_every_browser_notice_holds_a_word_the_guard_looks_for(text: str) -> None:
    if vocab.BROWSER_NOTICE.search(text):
        assert vocab.browser_notice(text)


@settings(SETTINGS)
@given(st.from_regex(vocab.AFFILIATE_NOTICE))
def test_every_affiliate_notice_holds_a_word_the_guard_looks_for(text: str) -> None:
    if vocab.AFFILIATE_NOTICE.search(text):
        assert any(word in text.casefold() for word in vocab._AFFILIATE_NOTICE_WORDS)


@settings(SETTINGS)
@given(st.from_regex(vocab._TRAILING_CREDIT))
def test_every_trailing_credit_in_ascii_holds_a_credit_word(text: str) -> None:
    if text.isascii() and vocab._TRAILING_CREDIT.search(text):
        assert any(word in text.lower() for word in vocab._TRAILING_CREDIT_WORDS)


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=12).map("\n".join))
@example("ΛΟΓΟΣ'Β ΟΔΟΣ’ ΣΑΣ\nİstanbul İzmir café\n東京 ひらがな 한국어")
def test_overlap_words_of_a_page_s_lines_are_the_words_of_their_text(text: str) -> None:
    lines = segment(text)
    features.page_context(lines, -1)  # settles the words in lower case
    for line in lines:
        assert overlap._line_words(line) == overlap.words(line.text)


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=12).map("\n".join))
@example("a  b\nc")
@example(" a\nb\u3000c\n\u2028")
@example("a\n\u200d\n b\u200b")
def test_segment_makes_every_line_single_spaced(text: str) -> None:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    if lines_module.single_spaced(text):
        assert lines == text.split("\n")
    assert [(ln.number, ln.text, ln.key) for ln in segment(text)] == [
        (number, line, lines_module.fold(line)) for number, line in enumerate(lines, start=1)
        if line.strip(lines_module.INVISIBLE)]  # a line of invisible characters only is blank


@pytest.mark.parametrize("width", [0, 1, features.NEAR_WINDOW, features.REVISION_WINDOW, features.FAR_WINDOW])
def test_window_bounds_are_the_clipped_windows(width: int) -> None:
    for n in range(40):
        los, his, sizes = features._windows(n, width)
        assert los == [max(0, i - width) for i in range(n)]
        assert his == [min(n, i + width + 1) for i in range(n)]
        assert sizes == [max(1, hi - lo - 1) for lo, hi in zip(los, his, strict=True)]


def shared_words_by_definition(lines: list[Line], start: int, end: int) -> list[tuple[float, float]]:
    sets = [frozenset(overlap.words(ln.text)) for ln in lines[start:end]]
    counts, copies = Counter(w for found in sets for w in found), Counter(sets)
    out = []
    for i, line in enumerate(lines):
        own = frozenset(overlap.words(line.text))
        lead: set[str] = set()
        for found in sets[max(start, i + 1) - start:min(end, max(start, i + 1) + overlap.LEAD_LINES) - start]:
            lead |= found if found != own else set()
        out.append((sum(counts[w] > copies[own] for w in own) / len(own), len(own & lead) / len(own))
                   if own else (0.0, 0.0))
    return out


@settings(SETTINGS)
@given(st.lists(st.sampled_from(["Mars water found", "water on Mars", "The rover found water", "Share", "",
                                 "Rover 2021 Mars", "ΛΟΓΟΣ rover", "water on Mars", "東京の水"]), max_size=14),
       st.integers(0, 14), st.integers(0, 14))
def test_shared_words_are_the_overlap_by_definition(texts: list[str], start: int, end: int) -> None:
    lines = segment("\n".join(texts))
    start, end = min(start, len(lines)), min(max(start, end), len(lines))
    features.page_context(lines, -1)
    assert overlap.shared_words(lines, list(range(len(lines))), start, end) == shared_words_by_definition(
        lines, start, end)


def single_spaced_language(items: list[tuple[object, object]]) -> set[str]:
    """Every string a pattern of literals, classes of literals, branches, optional parts and `\\s+`/`\\s*`
    matches where whitespace is one space (the parsed pattern's `items`)."""
    constants = re._constants  # type: ignore[attr-defined]
    out = {""}
    for op, av in items:
        if op is constants.AT:
            continue
        if op is constants.LITERAL:
            alts = {chr(av)}  # type: ignore[arg-type]
        elif op is constants.IN and av == [(constants.CATEGORY, constants.CATEGORY_SPACE)]:
            alts = {" "}
        elif op is constants.IN:
            alts = {chr(value) for kind, value in av if kind is constants.LITERAL}  # type: ignore[attr-defined]
        elif op is constants.BRANCH:
            alts = set().union(*(single_spaced_language(branch) for branch in av[1]))  # type: ignore[index]
        elif op is constants.SUBPATTERN:
            alts = single_spaced_language(av[3])  # type: ignore[index]
        else:
            assert op is constants.MAX_REPEAT, op
            low, high, body = av  # type: ignore[misc]
            inner = single_spaced_language(body)
            alts = ({" "} if low else {"", " "}) if inner == {" "} else {""} | inner
            assert inner == {" "} or (low, high) == (0, 1)
        out = {a + b for a in out for b in alts}
    return out


def test_ui_words_are_the_ui_pattern_s_language() -> None:
    parsed = sre_parse.parse(vocab.UI_LINE.pattern, vocab.UI_LINE.flags)
    assert single_spaced_language(list(parsed)) == vocab.UI_WORDS


@settings(SETTINGS)
@given(st.from_regex(vocab.UI_LINE) | TEXTS)
@example("Share  this")
@example("ſhare this")
@example("LINKEDIN")
@example("share\n")
@example(" share")
def test_ui_line_is_the_ui_pattern(text: str) -> None:
    assert vocab.ui_line(text) == bool(vocab.UI_LINE.match(text))


@settings(SETTINGS)
@given(st.from_regex(dates._DATE))
@example("Updated: 09 Mar 2022, 01:07 AM IST")
@example("DoeMarch 3, 2021 and 2021年3月4日")
def test_a_date_match_s_last_group_is_its_form(text: str) -> None:
    for match in dates._DATE.finditer(text):
        assert match.lastgroup == next(form for form in dates._FORMS if match.group(form) is not None)


@settings(SETTINGS)
@given(st.lists(st.sampled_from(["Mars Water Found", "Mars water found | The Daily Planet", "MARS WATER FOUND - Site",
                                 "Ｍars water found | Site", "mars  water found · Planet News", "Other | Site"]),
                max_size=6), st.sampled_from(["Mars water found", "Ｍars water found", "Other"]))
def test_the_site_name_from_title_lines_reads_folded_lines(lines: list[str], title: str) -> None:
    key = site._fold(title)
    expected = ""
    for raw in lines[: max(site.TITLE_LINE_SEARCH_MIN, int(len(lines) * site.TITLE_LINE_SEARCH_SHARE))]:
        text = " ".join(raw.split())
        folded = site._fold(text)
        sep = site._SEPARATOR.match(text[len(key):])
        if (len(title) < len(raw) <= site.TITLE_LINE_MAX_CHARS and folded.startswith(key)
                and len(folded) == len(text) and sep and site._clean(text[len(key):][sep.end():])):
            expected = site._clean(text[len(key):][sep.end():])
            break
    assert site._from_title_lines(lines, title) == expected


def site_from_title_lines_by_definition(lines: list[str], title: str) -> str:
    key = site._fold(title)
    for raw in lines[: max(site.TITLE_LINE_SEARCH_MIN, int(len(lines) * site.TITLE_LINE_SEARCH_SHARE))]:
        text = " ".join(raw.split())
        folded = site._fold(text)
        if len(raw) <= site.TITLE_LINE_MAX_CHARS and len(raw) > len(title) and folded.startswith(key) \
                and len(folded) == len(text):
            sep = site._SEPARATOR.match(text[len(key):])
            name = site._clean(text[len(key):][sep.end():]) if sep else ""
            if name:
                return name
    return ""


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=6), st.sampled_from(["", " ", "\t", "  "]),
       st.sampled_from([" | Daily News", " - The Site", " — Site", " | site", ""]), st.integers(0, 5))
@example(["Mars Water Found | Daily News"], "", "", 0)
@example(["  mars WATER found - The Site"], "", "", 0)
@example(["", "| Mars Site"], "", "", 0)
def test_site_name_from_title_lines_is_the_definition(texts: list[str], lead: str, suffix: str, pick: int) -> None:
    title = "Mars Water Found"
    lines = [*texts[:pick], lead + title.swapcase() + suffix, *texts[pick:], lead + "Other " + title + suffix]
    assert site._from_title_lines(lines, title) == site_from_title_lines_by_definition(lines, title)
    assert site._from_title_lines(lines, texts[0] if texts else "") == \
        site_from_title_lines_by_definition(lines, texts[0] if texts else "")


ROLE_ALPHABET = st.sampled_from([*"eEdDiItToOrRsScCwW-ſıİ\u212a é É", "writer", "editor", "CEO", "co-founder",
                                 "rédacteur", "Журналист", "ЖУРНАЛИСТ", "기자", "記者", "staff", "Redaktion"])


@settings(SETTINGS)
@given(st.lists(ROLE_ALPHABET, max_size=6).map("".join))
@example("EDITOR")
@example("edſtor")
@example("redaktİon")
@example("Co-Founder")
def test_role_word_lookup_is_the_pattern(word: str) -> None:
    """The set lookup for ASCII words answers as the case-blind `_ROLE_WORDS.fullmatch` does."""
    assert byline._is_role_word(word) == (byline._ROLE_WORDS.fullmatch(word) is not None)
    for role in byline.ROLE_WORD_SET:
        assert byline._is_role_word(role.upper()) and byline._is_role_word(role.title())


NAME_ALPHABET = st.sampled_from([*"JjDdÉéÖößÞ×÷ÿ-'’. \n1", "Jane", "Doe", "Ann", "J.", "McDonald", "Coding"])


@settings(SETTINGS)
@given(st.lists(NAME_ALPHABET, max_size=8).map("".join))
@example("Jane Doe")
@example("J. R. Tolkien")
@example("Jane Doe\n")
def test_bare_names_start_and_end_as_the_author_box_guard_says(text: str) -> None:
    if byline._BARE_NAME.match(text):
        assert text[:1] in byline._NAME_FIRST and text[-1:] in byline._NAME_LAST


FOLD_ALPHABET = st.sampled_from([*"aA Σσς‘’“”\u00a0\u2003\u200bİıſK\u212a\u0301\u0308e\u00e9\ufb01²½ｱ\uff21",
                                 *"\t\x1c\x85\u2028", "ﬃ", "Ǆ", "ß", "東京", "한국어",
                                 "\u1100\u1161", "e\u0301", "\u0301e"])


def neighbour_rows_by_definition(lines: list[Line], ctx: features.PageContext,
                                 candidates: list[int]) -> list[list[float]]:
    n = len(lines)
    meta = [bool(row[neighbours._DATE] or row[neighbours._BYLINE]) for row in ctx.base]
    stamp = [m or (ln.date_line and ln.date() is not None) for m, ln in zip(meta, lines, strict=True)]
    out = []
    claimed = []  # (the first line of a headline's own meta set over it, the headline)
    for i in candidates:
        around = [j for j in range(max(0, i - neighbours.LIST_WINDOW), min(n, i + neighbours.LIST_WINDOW + 1))
                  if j != i]
        below = any(meta[i + 1: i + 1 + neighbours.META_WINDOW])
        above = any(meta[max(0, i - neighbours.META_WINDOW): i])
        if above and not below and i > 0 and stamp[i - 1]:  # `meta_over_headline`: the meta right over it its own
            top = i - 1
            while top > 0 and stamp[top - 1]:
                top -= 1
            line = lines[i]
            shaped = neighbours.SHAPE_MIN_WORDS <= line.words <= neighbours.META_HEADLINE_MAX_WORDS \
                and not line.text.rstrip().endswith((".", "…", ":", ";", ","))
            label = top == 0 or lines[top - 1].words < neighbours.SHAPE_MIN_WORDS or any(
                ctx.base[top - 1][features.BASE_NAMES.index(k)] for k in ("all_caps", "web", "ends_ellipsis"))
            if shaped and label:
                below, above = True, False
                if not top or not looks_like_name(lines[top - 1].text):
                    claimed.append((top, i))
        out.append([sum(neighbours.headline_shaped(lines[j]) for j in around) / (2 * neighbours.LIST_WINDOW),
                    float(below), float(above)])
    for row, i in zip(out, candidates, strict=True):  # `meta_claimed`: the dates and bylines under it are another's
        below = min(n, i + 1 + neighbours.META_WINDOW)
        if row[1] and any(i < top and not any(meta[i + 1:top]) and not any(meta[end:below]) for top, end in claimed):
            row[1] = 0.0
    return out


@SETTINGS
@given(st.lists(st.sampled_from(["Scientists Find Water on Mars", "By Jane Doe", "3 March 2021", "Share", "x",
                                 "The text goes on here.", "Another Headline Here Today", "12 Ways to Cook",
                                 "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm"]),
                max_size=14), st.data())
def test_neighbour_rows_are_the_window_counts(texts: list[str], data: st.DataObject) -> None:
    lines = segment("\n".join(texts))
    ctx = features.page_context(lines, -1)
    candidates = sorted(data.draw(st.sets(st.integers(0, max(0, len(lines) - 1)))) if lines else [])
    assert neighbours.neighbour_rows(lines, ctx, candidates) == neighbour_rows_by_definition(lines, ctx, candidates)


@SETTINGS
@given(st.lists(FOLD_ALPHABET, max_size=30).map("".join))
def test_straight_quotes_are_the_quote_translation(text: str) -> None:
    assert lines_module._straight_quotes(text) == text.translate(lines_module._QUOTES)


CODE_LINES = st.lists(st.sampled_from([
    "int x = 1;", "if (a) {", "}", "});", "client.get(url)", "main()", "# a comment", "$ git status", "git status",
    "return", "The function returns a value that the caller reads, and prose follows it here.",
    "Call Response.model_json_schema() to get the schema of the model in this text.", "a = b", "<div>", "",
    "x := 2", "Short line", "    return x + 1;"]), max_size=30)


@given(CODE_LINES)
@SETTINGS
def test_code_shape_kept_per_line_matches_plain(texts: list[str]) -> None:
    """`Line.code` and the code shapes handed to `code_spans`/`code_block_end` give what `is_code_line` does."""
    numbers = list(range(1, len(texts) + 1))
    lines = [Line(i, n, t, len(t.split())) for i, (n, t) in enumerate(zip(numbers, texts, strict=True))]
    assert [ln.code for ln in lines] == [code.is_code_line(t) for t in texts]
    assert code.code_spans(texts, numbers, [ln.code for ln in lines]) == code.code_spans(texts, numbers)
    free = [True] * len(texts)
    for start in range(len(texts)):
        assert code.code_block_end(texts, numbers, free, start, lambda k: lines[k].code) \
            == code.code_block_end(texts, numbers, free, start)


def _contents_plain(lines: list[Line], min_gap: int) -> set[int]:
    """`contents.contents_lines` as first written: every start tested in turn."""
    at: dict[str, list[int]] = {}
    for line in lines:
        at.setdefault(line.key, []).append(line.index)
    entries: set[int] = set()
    n = contents.CONTENTS_MIN_ENTRIES
    for start in range(len(lines) - n + 1):
        block = lines[start:start + n]
        copies = [next((j for j in at[ln.key] if j > start + n - 1), 0) for ln in block]
        if all(copies) and all(b - a >= min_gap for a, b in zip(copies, copies[1:], strict=False)) \
                and len({ln.key for ln in block}) == n and all(any(c.isalpha() for c in ln.key) for ln in block):
            entries.update(ln.index for ln in block)
    return entries


@given(st.lists(st.sampled_from(["Intro", "Setup", "Usage", "FAQ", "Text of a section.", "1", "Intro", "Setup"]),
                max_size=40), st.integers(1, 3))
@SETTINGS
def test_contents_lines_matches_plain(texts: list[str], min_gap: int) -> None:
    """Tables of contents found by testing only the starts of lines that all come back, as by testing every start."""
    lines = [Line(i, i + 1, t, len(t.split())) for i, t in enumerate(texts)]
    assert contents.contents_lines(lines, min_gap) == _contents_plain(lines, min_gap)


@given(st.lists(st.sampled_from(["We use cookies", " to ", "COOKIE policy", "쿠키", "クッキー",
                                 "이 사이트는 쿠키를 사용합니다", "accept all cookies", "gdpr",
                                 "consent", "Cookie", "biscuits", " "]), max_size=12)
       .map("".join))
@SETTINGS
def test_consent_notice_matches_plain(text: str) -> None:
    """The consent test reads its three words one by one, as the plain `any` over `_CONSENT_WORDS` does."""
    line = Line(0, 1, text, len(text.split()))
    plain = line.words <= regions.CONSENT_MAX_WORDS and any(w in text.lower() for w in regions._CONSENT_WORDS) \
        and regions._CONSENT.search(text) is not None
    assert regions.is_consent_notice(line) == plain
    assert len(regions._CONSENT_WORDS) == 3  # the fast path names each of them


def _facts(line: Line) -> tuple[object, ...]:
    return (line.ui, line.call_to_action, line.credit_like, line.byline, line.date_line, line.marker, line.code,
            line.date(), line.words, line.key, line.tokens, line.wide)


@settings(SETTINGS)
@given(st.lists(st.sampled_from(["Share", "By Jane Doe | Staff Writer", "3 hours ago", "12 May 2021",
                                 "“Quoted words,” she said", "東京で新しい研究", "Related", "x = f(y);"]), max_size=12),
       st.lists(TEXTS, max_size=4))
def test_a_line_said_again_has_the_tests_of_a_line_read_alone(said: list[str], others: list[str]) -> None:
    lines = segment("\n".join(said + others + said))
    first: dict[str, Line] = {}
    for line in lines:
        twin = first.setdefault(line.text, line)
        assert (line._twin is None) == (twin is line) and (line._twin in (None, twin))
    for line in reversed(lines):  # a later saying asked first
        assert _facts(line) == _facts(segment(line.text)[0])


@settings(SETTINGS)
@given(TEXTS)
@example("Code Revisions 4 Stars 107 Forks 9")
@example("Stars 1.2k Forks 30, Watchers 7.")
def test_a_row_of_counters_ends_in_a_count(text: str) -> None:
    for line in segment(text):
        parts = not_headlines._COUNTER.findall(line.text)
        row = len(parts) >= not_headlines.COUNTER_ROW_MIN and " ".join(parts) == " ".join(line.text.split()) \
            and all(w[0].isupper() for part in parts for w in part.split()[:-1])
        assert not_headlines._counter_row(line) == row
        assert not_headlines._ends_in_count(line.text) or not row


@settings(SETTINGS)
@given(st.from_regex(r"[A-Za-z ]{0,12}(?:Search|Menu|Log ?[Ii]n|Sign [Ii]n|Sign [Uu]p|Contact(?: [Uu]s)?|Subscribe"
                     r"|Register|Cart|Donate)", fullmatch=True))
def test_a_control_ends_in_a_control_s_last_word(text: str) -> None:
    assert text.endswith(not_headlines._CONTROL_LAST_WORDS)
    assert "".join(not_headlines._MEDIA_LABEL_FIRST) == "vp"  # "video", "videocam", "play_..."


def _passed_over_plain(lines: list[Line], i: int) -> bool:
    """`not_headlines.passed_over` without the cheap tests in front of its rules."""
    nh = not_headlines
    line = lines[i]
    if line.cells or nh._prompt(line) or nh._drawing(line) or nh._counter_row(line) or nh._menu_row(line) \
            or nh._tag_row(line) or nh._counted_label(line) or nh._credited_caption(line) or nh._note(line) \
            or nh._named_by(line) or nh._name_list(line) or nh._legal_link(line) or nh._caption_lead(line) \
            or nh._trademarked(line) or nh._footnote(line) or nh._support_appeal(line) or nh._post_nav_link(line) \
            or nh._among_menu_rows(lines, i) \
            or (nh._BACK_FIRST.match(line.text) is not None and nh._among_submenu_rows(lines, i)) \
            or (i > 0 and (byline.is_byline_lead(lines[i - 1].text) or nh._MEDIA_LABEL.fullmatch(lines[i - 1].text))):
        return True
    return nh._FIGURE.search(line.text) is not None and (
        nh._postal_address(line) or nh._numbered_item(lines, line) or nh._in_rows(lines, i, nh._ingredient)
        or nh._rating(line) or nh._time_note(line) or nh._dated_entry(line)
        or (":" in line.text and nh._labelled_figure(line)) or nh._in_rows(lines, i, nh._labelled_figure))


@settings(SETTINGS)
@given(st.lists(st.one_of(TEXTS, st.sampled_from([
    "Posts Music Reading Links Search", "Stars 107 Forks 9 Watchers 3", "privacy (62)", "#dev #git", "video",
    "Photo by Jane Doe", "Chefs at work. Photo by Jane Doe", "A, B, C, D, E, F", "Privacy Policy", "Author:",
    "Overview Planting Calendar Frost Dates Garden Planner Layouts Growing Guides Plant Problems",
    "│ ├─ Novelty", "46.3 lbs 38.8 lbs 36.8 lbs 48.5 lbs", "4 cups flour", "All ServicesStock AdvisorEpic Plus",
    "1. First item", "2. Second item", "2) Budget", "Correction: It opened in 1974.",
    "The plant opened in 1974. It will close in 2025, five years before the owner had planned to shut it."])),
    max_size=12).map("\n".join))
@example(PAGE)
def test_lines_passed_over_are_the_plain_rules(text: str) -> None:
    from sitegen.clean import titles
    lines = segment(text)
    alone: dict[str, str] = {}  # kept from line to line, as `find_title` keeps it
    for i, line in enumerate(lines):
        assert bool(not_headlines.passed_over(lines, i)) == _passed_over_plain(lines, i), line.text
        assert not_headlines.passed_over(lines, i, alone) == not_headlines.passed_over(lines, i), line.text
        figures = sum(map(str.isdigit, line.tokens))
        assert titles._row_of_figures(line) == (figures >= titles.FIGURES_MIN_NUMBERS
                                                 and figures > len(line.tokens) - figures)


def test_the_guards_written_word_by_word_read_each_word_of_their_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """`browser_notice`, `affiliate_notice` and `trailing_credit` test their words one by one: each word of
    their lists lets a line on to the pattern (here one that matches anything), a line with none does not."""
    anything = re.compile(r"(.+)")
    for name in ("BROWSER_NOTICE", "AFFILIATE_NOTICE", "_FIRST_PERSON", "_TRAILING_CREDIT"):
        monkeypatch.setattr(vocab, name, anything)
    for word in vocab._BROWSER_NOTICE_WORDS:
        assert vocab.browser_notice(f"No {word.upper()} here")
    for word in vocab._AFFILIATE_NOTICE_WORDS:
        assert vocab.affiliate_notice(f"No {word.upper()} here")
    for word in vocab._TRAILING_CREDIT_WORDS:
        assert vocab.trailing_credit(f"No {word.upper()}: here")
    assert not vocab.browser_notice("No such word here") and not vocab.affiliate_notice("No such word here")
    assert vocab.trailing_credit("No such word: here") is None


CODE_ALPHABET = st.sampled_from(list("aZ_1 .,:;(){}[]<>=!+-*/&|#$\"'\t\n") + ["()", "::", "->", "//", " = ", ">>> ",
                                                                             "x.y(", "f()", "<div>", "é", "“"])


@settings(SETTINGS)
@given(st.lists(CODE_ALPHABET, max_size=40).map("".join))
@example("Note: the (first) one")
@example("client.get(url)")
@example("a -> b")
@example("see std::vector")
@example("x // y")
@example("a && b")
@example("a || b")
@example("call main() now")
@example('"X-Api-Key",')
@example("He said (twice). Then x.get(1) ran")
@example("Dr. Smith (right) spoke. ")
@example("  })")
def test_code_line_guard_lets_every_match_by(text: str) -> None:
    """`is_code_line` tries the pattern only on lines that hold what a match needs, and says what it says."""
    assert code.is_code_line(text) == (bool(text.strip()) and code._CODE.search(text) is not None)


@settings(SETTINGS)
@given(st.lists(st.sampled_from(["Year", "Founded", " ", ":", "|", "2016", "Best For", "Re", "\t", "é", "-"]),
                max_size=12).map("".join))
def test_field_lead_guard_lets_every_match_by(text: str) -> None:
    """`field_lead` reads only lines with a colon or a bar, as every match of its pattern holds one."""
    if regions._FIELD_LEAD.match(text) is not None:
        assert ":" in text or "|" in text
    assert regions.field_lead(text) is None or ":" in text or "|" in text


@pytest.mark.parametrize("text", ["Subscribe to our newsletter", "Sign up for our Newsletter", "Privacy Policy",
                                  "NEWSLETTER", "Terms of Use | Newsletter", "The newsletter"])
def test_newsletter_only_reads_a_line_without_the_word_as_no_bare_newsletter(text: str) -> None:
    matches = [m.group(0).lower() for m in vocab.CALL_TO_ACTION.finditer(text)]
    assert vocab.newsletter_only(text) == (bool(matches) and all(m == "newsletter" for m in matches))


@settings(SETTINGS)
@given(st.lists(TEXTS, max_size=12).map("\n".join))
@example(PAGE)
@example("Share\nshare\nSHARE\x07\nMenu\nMenu\n東京\n東京\nſhare")
def test_segment_s_lines_are_the_lines_made_plainly(text: str) -> None:
    """`segment` sets each field of a line itself (`lines._made`): each reads as a `Line` made
    with the text alone would (its first saying's line standing for a line said again)."""
    first: dict[str, Line] = {}
    for line in segment(text):
        twin = first.setdefault(line.text, line)
        plain = Line(line.index, line.number, line.text, line.words, twin=None if twin is line else twin)
        assert (line.label, line.rule, line.credit, line.chrome, line.caption) == ("", "", "", None, None)
        assert line._twin is plain._twin
        assert _facts(line) == _facts(plain) and line.lower_tokens == plain.lower_tokens
