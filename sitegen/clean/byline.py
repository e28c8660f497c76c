"""Bylines: "By Jane Doe", "Jane Doe | Staff Writer", "Von Max Mustermann"...

* `looks_like_byline(text)`: the line alone is a byline.
* `parse_byline(text)`: the names in it ("Jane Doe and John Roe").
* `is_credit_line(text)`: an end-of-article credit ("Reporting by ...; Editing by ...").
* `looks_like_name(text)`, `is_author_role(text)`, `is_byline_lead(text)`: the pieces
  of a byline spread over lines ("By" / "Jane Doe" / "Senior Reporter").
* `find_byline(lines)`: the first byline among lines, reading neighbours.

Scripts without capitals are read by their own shapes: a reporter's title by a name in
Hangul or Han ("김지수 기자", "记者 王磊"), an Arabic lead-in ("بقلم: سارة محمود"); lead-ins
`_LEAD` does not hold, in more languages, are read as "By" (`_MORE_LEAD`).

All pure; vocabularies are by concept and language, never by publisher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from sitegen.clean.dates import MONTHS, WEEKDAY_WORDS, WEEKDAYS, is_date_line, text_after_date, text_before_date


def _words(text: str) -> list[str]:
    return text.split()


BYLINE_MAX_CHARS = 160
BYLINE_MAX_WORDS = 24  # with a date, a role and a reading time beside the names
NAME_MAX_WORDS = 5  # one person's name: "Maria de la Cruz Ortega"
NAMES_MAX = 8  # people in one byline
ROLE_MAX_WORDS = 7
MENU_MAX_WORDS = 4
LINK_MAX_WORDS = 5  # a menu item or a link in a list
HEADLINE_MIN_WORDS = 4  # a line above a name that reads as a headline makes "name / date" a byline anywhere
HEADLINE_MAX_WORDS = 25
INNER_LEAD_PLAIN_CHARS = 6  # "0 · by"
INNER_LEAD_MAX_CHARS = 70  # a date before "by": "Last updated on September 28, 2025 by"
NAME_LINE_MAX_CHARS = 100
NAME_LINE_MAX_WORDS = 16  # names, a role and a date without a lead-in
NEAR_TITLE_BEFORE = 3  # bylines read from neighbours are looked for this close above the title...
NEAR_TITLE_AFTER = 12  # ... and this close below it

# Verbs of writing and posting before a preposition that means "by", by language: "Escrito por",
# "Rédigé par", "Scritto da", "Geschrieben von", "Ditulis oleh", "Geschreven door", "Napisane przez".
_LEAD_VERBS = ("escrito|escrita|redactado|redactada|publicado|publicada|écrit|écrite|rédigé|rédigée|publié|publiée"
               "|posté|postée|scritto|scritta|pubblicato|pubblicata|redatto|redatta|geschrieben|verfasst|veröffentlicht"
               "|ditulis|diterbitkan|dipublikasikan|diposting|geschreven|gepubliceerd|napisane|napisał|napisała"
               "|opublikowane")
# Lead-ins that introduce the author ("By", "Written by"...), by language. A lead-in that names
# someone else (reviewer, editor, photographer) is not a byline.
_LEAD = re.compile(
    r"""^[(\[]?\s*(?:
        (?:(?:written|words|reported|story|text|article|posted|published|posted\s+and\s+written|created|compiled
            |guide|review|feature|analysis|opinion|column|essay|commentary|interview|recipe)\s+)?by(?:\s*by)?(?:\s*[:：]\s*|\s+|(?-i:(?=[A-Z][a-zß-ÿ])))
        |(?:(?:{verbs})\s+)?(?:von|vom|por|par|di|da|oleh|door|av|af|przez|от)(?:\s*[:：]\s*|\s+)
        |(?:author|authors|contributor|contributors|autor|autora|autores|auteur|auteurs|autore|autori|penulis|автор|авторы|texto|testo|tekst
        |text|texte|текст|words|著者|作者|文|글|기자)\s*[:：]\s*
        |(?:автор|авторы)\s+
    )""".replace("{verbs}", _LEAD_VERBS),
    re.IGNORECASE | re.VERBOSE,
)
# The first two letters (lower case) of `_LEAD`'s words in ASCII: how an ASCII line it matches starts, after
# its bracket and spaces (no letter outside ASCII in its other words matches one in ASCII).
_LEAD_STARTS = frozenset(word[:2] for word in _words("""written words reported story text article posted published
    created compiled guide review feature analysis opinion column essay commentary interview recipe by von vom por par
    di da oleh door av af przez author authors contributor contributors autor autora autores auteur auteurs autore
    autori penulis texto testo tekst texte""") + _LEAD_VERBS.split("|") if word.isascii())


def _lead(text: str) -> re.Match[str] | None:
    """`_LEAD.match(text)`, tried on an ASCII line only where its first two letters can start a lead-in."""
    if text.isascii():
        head = text[1:] if text[:1] in "([" else text  # `_lead_start`
        if (head.lstrip() if head[:1].isspace() else head)[:2].lower() not in _LEAD_STARTS:
            return None
    return _LEAD.match(text)


# Lead-ins that leave no doubt, after which a single plain word is a name ("Written by Kristin"),
# where after a bare "By" it is more likely a menu ("By Style").
_STRONG_LEAD = re.compile(r"written|words|posted|reported|story|author|autor|auteur|penulis|text|recipe|[:：]|"
                          + _LEAD_VERBS, re.IGNORECASE)
_BARE_LEAD = re.compile(
    r"""^[(\[]?\s*(?:(?:(?:written|words|reported|story|text|article|posted)\s+)?by
    |(?:(?:{verbs})\s+)?(?:von|por|par|di|da|oleh|door|przez)|author
    |authors|author\(s\)|autor|autora|auteur|autore|penulis|about\s+the\s+author|article\s+written\s+by|written\s+by|posted\s+by
    |автор|著者|作者)\s*[:：]?\s*[)\]]?$""".replace("{verbs}", _LEAD_VERBS),
    re.IGNORECASE | re.VERBOSE,
)
# How an ASCII line that `_BARE_LEAD` matches starts, after its bracket and spaces: the first two letters
# (lower case) of a lead-in word; and how it ends (but for spaces): a lead-in word's last letter, in either
# case, or a colon or a bracket after it.
_BARE_LEAD_STARTS = frozenset(word[:2] for word in _words("by written words reported story text article posted von por"
                                                          " par di da oleh door przez author autor auteur autore"
                                                          " penulis about") + _LEAD_VERBS.split("|")
                              if word.isascii())
_BARE_LEAD_LAST = frozenset("ynriahzseYNRIAHZSE:)]")
# How every byline starts: a lead-in word, two capitalised words, a date ("May 3, 2021 by"), a digit.
_QUICK_LEAD_WORDS = ("by|written|words|reported|story|text|article|posted|published|updated|last|created|compiled"
                     "|guide|review|feature|analysis|opinion|column|essay|commentary|interview|recipe|contributor|von"
                     "|vom|por|par|di|da|oleh|door|av|af|przez|от|author|autor|auteur|autore|penulis|автор|текст|著者"
                     "|作者|文|글|기자|" + _LEAD_VERBS)
_QUICK_LEAD = r"[(\[]?\s*(?i:" + _QUICK_LEAD_WORDS + ")"
_QUICK_NAMES = (r"[^\W\d_a-zà-ÿ][^\s]*\s+[^\W\d_a-zà-ÿ][^|·•⋅●,–—\d]{0,60}?(?:[|·•⋅●,–—]|\s[-/]\s|\d)"
                r"|[^\W\d_]+\.?\s+\d|\d")
_QUICK = re.compile(_QUICK_LEAD + "|" + _QUICK_NAMES)
# Each `_QUICK` match but a lead-in word's holds a digit or one of these: without them, only that branch is tried.
_QUICK_ENDS = re.compile(r"[\d|·•⋅●,–—-]|\s/\s")
_QUICK_ENDS_CHARS = re.compile(r"[\d|·•⋅●,–—-]")  # `_QUICK_ENDS` but for a slash between spaces: a fast search,
_QUICK_ENDS_ASCII = re.compile(r"[0-9|,-]")  # and in ASCII
_QUICK_LEAD_ONLY = re.compile(_QUICK_LEAD)
_QUICK_NAMES_ONLY = re.compile(_QUICK_NAMES)
# The lead-in words in ASCII: an ASCII line that `_QUICK_LEAD` matches starts with one in lower case, after
# its bracket and spaces (no letter outside ASCII in the other words matches one in ASCII).
_QUICK_LEAD_ASCII = tuple(w for w in _QUICK_LEAD_WORDS.split("|") if w.isascii())
_QUICK_LEAD_ASCII_CHARS = max(map(len, _QUICK_LEAD_ASCII))
_QUICK_LEAD_STARTS = frozenset(w[:2] for w in _QUICK_LEAD_ASCII)  # their first two letters, looked at first


def _lead_start(text: str) -> str:
    """`text` from where a lead-in word may start: after a bracket and spaces (`[(\\[]?\\s*`)."""
    head = text[1:] if text[:1] in "([" else text
    return head.lstrip() if head[:1].isspace() else head


def _quick(text: str) -> bool:
    """`_QUICK` matches at the start of `text`. In ASCII, the lead-in words are read as
    they are (a case-blind match of them is the line's start in lower case), the other
    branches are tried only when the line holds what they end with (`_QUICK_ENDS`)."""
    if text.isascii():
        head = text[1:] if text[:1] in "([" else text  # `_lead_start`
        if head[:1].isspace():
            head = head.lstrip()
        if head[:2].lower() in _QUICK_LEAD_STARTS \
                and head[:_QUICK_LEAD_ASCII_CHARS].lower().startswith(_QUICK_LEAD_ASCII):
            return True
        ends = _QUICK_ENDS_ASCII.search(text) is not None or ("/" in text and _QUICK_ENDS.search(text) is not None)
        return ends and _QUICK_NAMES_ONLY.match(text) is not None
    if _QUICK_ENDS_CHARS.search(text) is not None or ("/" in text and _QUICK_ENDS.search(text) is not None):
        return _QUICK.match(text) is not None
    return _QUICK_LEAD_ONLY.match(text) is not None

# Lead-ins naming someone who is not the author.
_OTHER_LEAD = re.compile(
    r"^(?:(?:medically|fact|expert)[\s-]+)?(?:reviewed|checked|fact[\s-]+checked|edited|illustrated|photographed"
    r"|photos?|images?|video|produced|translated|sponsored|presented|powered|sort(?:ed)?|filter(?:ed)?)\s+by\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"""^[(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|research|compiled|reported|edited|written)\s+by\s+\S
    .*(?:;|\bediting\s+by\b|\bwriting\s+by\b|\breporting\s+by\b|[)\]]$)
    |^[(\[]\s*(?:additional\s+)?reporting\s+by\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Where the names end: a separator or a digit; a word that starts what follows them.
_HARD_END = re.compile(r"[|·•⋅●/;:–—(\d]|\s-\s")
_HARD_CHAR = re.compile(r"[|·•⋅●/;:–—(\d]")  # `_HARD_END`'s branches apart: a search for a class of characters is fast
_SPACED_DASH = re.compile(r"\s-\s")


def _hard_end(text: str) -> re.Match[str] | None:
    """`_HARD_END.search(text)`: the first of its branches' matches (they never start at the same place)."""
    hard = _HARD_CHAR.search(text)
    dash = _SPACED_DASH.search(text) if "-" in text else None
    return dash if dash is not None and (hard is None or dash.start() < hard.start()) else hard
_STOP_LOWER = frozenset(_words("on in for at am em el le il from via"))
_STOP_LEADS = frozenset(_words("""updated published posted last fact reviewed editing publicado publié veröffentlicht
    publiziert aktualisiert actualizado atualizado aggiornato pubblicato diperbarui"""))
_DIGIT = re.compile(r"\d")
_LINK_LIKE = re.compile(r"^[A-Z][^\d.!?:]*$")
_INNER_BY = re.compile(r"(?<=[\s\d])(?:by|By|BY)(?=\s|[A-Z]|:)")


def _inner_by(text: str) -> re.Match[str] | None:
    """`_INNER_BY` in the first `INNER_LEAD_MAX_CHARS` of `text`, looked for only when they hold its letters."""
    head = text[:INNER_LEAD_MAX_CHARS]
    if "by" not in head and "By" not in head and "BY" not in head:
        return None
    return _INNER_BY.search(text, 0, INNER_LEAD_MAX_CHARS)
# A lead-in word glued on an all-caps name: "BY JANE DOEPUBLISHED: JAN 3, 2021".
_GLUED_CAPS_LEAD = re.compile(r"(?<=[A-Z]{2})(?=(?:PUBLISHED|UPDATED|POSTED|LAST UPDATED)\b)")
# ... or a capitalised one on a name: "By Jane DoeUpdated: Feb 5, 2026", "By Jane Doe UpdatedJanuary 25, 2026".
_GLUED_LEAD = re.compile(r"(?<=[a-z])\s?(?=(?:Published|Updated|Posted)(?![a-z]))")
_LIST_AND = re.compile(r"\b(?:and|und|et|y|e|и|with)\b|&", re.IGNORECASE)
_NAME_LINKS = frozenset(_words("""and und et y e и dan og och en with de da das do dos van von der den del della di du
    la le bin binti al el ibn ten ter zu af"""))
# The words `_CONNECTOR` joins names by without a comma, between spaces (in ASCII: the one outside it, "и", is not).
_CONNECTOR_WORDS = frozenset(_words("and und et y e & dan og och en with"))
_CONNECTOR = re.compile(r"\s*(?:,\s*(?:and|und|et|y|e|&)\s+|,\s*|\s+(?:and|und|et|y|e|&|и|dan|og|och|en|with)\s+)\s*",
                        re.IGNORECASE)
_PARTICLES = frozenset(_words("de da das do dos van von der den del della di du la le bin binti al el ibn ten ter zu af"
                              " y e"))
_HONORIFICS = frozenset(_words("dr dr. prof prof. mr mr. mrs mrs. ms ms. mx mx. sir dame rev rev. fr. hon."))
# Credentials after a comma: "Jane Doe, MD", "Jane Doe, Ph.D.", "Jane Doe, CFA®".
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]?\.?){1,3}[A-Z0-9.®-]*$|^Ph\.?\s?D\.?$|^[A-Z][A-Z0-9-]{1,6}(?:\s\d+)?®?$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "D.", "J.R.": a middle initial, not a word in capitals
_PLAIN_WORD = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+$")
_CAPITALS = re.compile(r"[A-ZÀ-Þ]")
MAX_CAPITALS_IN_WORD = 2  # "McDonald", "DeSiato"; "OrganizationOfficePapers" is words glued together


def _many_capitals(word: str) -> bool:
    """`word` holds more than `MAX_CAPITALS_IN_WORD` capitals (`_CAPITALS`); an ASCII word in lower
    case after its first letter holds one at most."""
    if len(word) <= MAX_CAPITALS_IN_WORD or (word.isascii() and word[1:].islower()):
        return False
    return len(_CAPITALS.findall(word)) > MAX_CAPITALS_IN_WORD
_NAME_WORD = re.compile(r"^(?:[A-Z]\.)+$|^[^\W\d_][\w'’.-]*$")
# Capitalised words that are not names: filters, menus, headline words, organisations' nouns.
_NOT_NAME = frozenset(_words("""
    a an the this that these those our your my his her their its we you they he she it i me us
    of for to in on at with from into about over under after before by as or if not no yes so but
    how what why when where who which new best top more most all any every other some about
    role type industry category categories topic topics date relevance popularity price name location size use case
    product products service services solution solutions resource resources company tag tags
    home menu search share follow subscribe login sign contact blog news latest popular related read
    previous next back page pages post posts article articles story stories comment comments reply
    view views like likes minute minutes min hour hours day days week weeks month months year years
    guide guides review reviews tips ways things free sale shop cart account help support terms privacy
    policy cookies settings overview introduction conclusion summary faq faqs table contents chapter part
    step steps why how inside about event events ai need needs goal goals feature features platform region country
    audience channel format level skill stage department function interest language theme season brand color colour
    material style occasion collection link links show caption
    takeaways close modal
    time here start check open report press release sincerely yours thanks thank hi hey hello dear
    get learn discover explore try find join watch buy book download register request call
    introducing announcing presenting welcoming celebrating remembering honoring honouring featuring
    monday tuesday wednesday thursday friday saturday sunday
    facebook linkedin twitter email pinterest instagram youtube whatsapp reddit print"""))
# Bylines that name a group: "The Investopedia Team", "The Editors", "Lifestyle Desk".
_GROUP_ENDS = frozenset(_words("team staff editors desk newsroom editorial redaktion rédaction redacción redação"))
# Words that say a line is a person's role: "Senior Reporter", "Staff Writer", "Redakteurin".
_ROLE_WORDS = re.compile(
    r"""(?:writer|reporter|editor|editors|correspondent|contributor|columnist|journalist|staff|author|blogger
    |producer|photographer|reviewer|analyst|expert|specialist|strategist|consultant|manager|director|founder|co-founder
    |ceo|cto|cfo|coo|vp|president|head|lead|chief|officer|engineer|developer|designer|marketer|researcher
    |scientist|professor|lecturer|teacher|coach|trainer|dietitian|nutritionist|physician|doctor|nurse|therapist
    |attorney|lawyer|advisor|adviser|planner|copywriter|intern|fellow|associate|assistant|owner|partner|volunteer
    |redakteur|redakteurin|redaktion|autorin|journaliste|rédacteur|rédactrice|correspondant|correspondante
    |periodista|redactor|redactora|corresponsal|jornalista|repórter|redator|redatora|giornalista|redattore
    |redattrice|inviato|inviata|wartawan|penulis|redaksi|корреспондент|журналист|редактор|обозреватель
    |記者|编辑|編集|기자|특파원)""",
    re.IGNORECASE | re.VERBOSE,
)


# The words `_ROLE_WORDS` is made of (a case-blind alternation of them, nothing else).
ROLE_WORD_SET = frozenset(_ROLE_WORDS.pattern.replace(" ", "").replace("\n", "").removeprefix("(?:").removesuffix(")")
                          .split("|"))


def _is_role_word(word: str) -> bool:
    """`_ROLE_WORDS.fullmatch(word)`: an ASCII word by a set lookup of its lower case (a
    case-blind match of ASCII letters is that equality; no letter of the pattern's words
    outside ASCII matches one in ASCII)."""
    if word.isascii():
        return word.lower() in ROLE_WORD_SET
    return _ROLE_WORDS.fullmatch(word) is not None


def _role_word(word: str) -> bool:
    """`word` is a role's head noun, maybe in the plural ("Editor", "Analysts")."""
    return _is_role_word(word) or _is_role_word(word.removesuffix("s"))


_READING_TIME = re.compile(r"^\d+\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+read(?:ing)?(?:\s+time)?)?$", re.IGNORECASE)


def is_credit_line(text: str) -> bool:
    """True when `text` (one line) is an end-of-article credit: "Reporting by Jane
    Doe; Editing by John Roe", "(Additional reporting by Jane Doe in Paris)"."""
    return len(text) <= BYLINE_MAX_CHARS * 2 and bool(_CREDIT.match(text))


def looks_like_byline(text: str) -> bool:
    """True when `text` (one line) reads as a byline on its own: a lead-in and names
    ("By Jane Doe", "Written by JANE DOE and JOHN ROE, Associated Press", "Von Max
    Mustermann", "Por João Silva", "Oleh Budi Santoso"), maybe with a date or reading
    time after them; or names then a role or a date ("Jane Doe | Staff Writer",
    "Jane Doe · March 3, 2021"). Sentences that start with "By" are not bylines."""
    if len(text) > BYLINE_MAX_CHARS or text.count(" ") >= BYLINE_MAX_WORDS:
        return False
    if _byline_apart(text):
        return True  # rules cjk_role_byline ("김지수 기자", "记者 王磊") and arabic_byline ("بقلم: سارة محمود")
    if not _quick(text) or _OTHER_LEAD.match(text):  # "Medically reviewed by John Roe — Written by Jane Doe"
        return "y " in text and _OTHER_LEAD.match(text) is not None and _author_segment(text) is not None
    if text.endswith(":") and " " in text:
        return False  # a line that introduces what follows: "Jane Doe, Author of Gardens:" heads a section
    if text.endswith(","):
        return False  # a line cut inside a list or an address: "San Diego, CA,"
    lead = _lead(text)
    if lead is None and not _inner_lead_possible(text) and not _names_first_possible(text):
        return False  # the cheap tests, first: most lines end here
    if is_credit_line(text):
        return False
    unglued = _unglue(text)
    if unglued != text:
        text = _from_lead(unglued)
        lead = _lead(text)
    elif lead is None and (cut := _from_lead(text, unled=True)) != text:
        text, lead = cut, _lead(cut)  # a lead-in found as the line stands is the same after both
    if lead:
        rest = text[lead.end():]
        names = _names(rest, alone=bool(_STRONG_LEAD.search(lead.group())))
        return names is not None and (_rest_is_meta(rest[names[1]:]) or _dated_after(rest[names[1]:])
                                      or _place_after(rest[names[1]:]))  # rule place_after_names
    names = _names(text)
    if names is None or names[0].count(" ") == 0 or any(_role_word(w) for w in names[0].split()):
        return False  # no names, or a role read as names ("Head Winemaker, Co-Founder")
    rest = text[names[1]:]
    if any(len(seg.split()) > ROLE_MAX_WORDS and ". " not in seg for seg in _segments(rest)):
        return False  # a headline that starts with a name: "Jane Doe, CEO of Acme, Highlights the Rise of ..."
    if rest[:1] == " " and is_author_role(rest.strip()):
        return True  # "Jane Doe Senior Staff Writer": a role after the names without a separator
    return bool(rest.strip()) and (_rest_is_meta(rest, need_separator=True)
                                   or _outlet_after(rest)  # rule name_dash_outlet: "Dimas Pratama - detikNews"
                                   or _place_after(rest, _PLACE_LEADS_UNLED, dated=True))  # place_after_names


# Rule cjk_role_byline: a name with a reporter's title, the way Korean, Chinese and Japanese papers sign: in
# Hangul, names then the title after a space ("김지수 기자", "김지수·이민호 기자"); in Han, the title first (then a
# space or a colon: "记者调查" is a column's name, "首相記者会見" a press conference), maybe
# after an outlet's name of a few characters and before a colon ("记者 王磊", "本报记者 王磊", "新华社记者：王磊
# 李明"), or names then the title after a space ("王磊 記者").
CJK_NAME_MAX_CHARS = 4  # a name in Hangul or Han: a family name and a given name of one to three syllables
CJK_OUTLET_MAX_CHARS = 5  # an outlet's name glued before the title: "本报", "新华社", "人民日报"
CJK_NAMES_MAX = 4  # names signed together
_HANGUL_TITLES = "기자|선임기자|객원기자"  # (not "특파원" alone: "워싱턴 특파원" names the post's place)
_HAN_TITLES = "记者|記者|特约记者|特約記者|通讯员|通訊員|特派员|特派員"
# Titles of others who sign with the reporter ("记者 王磊 通讯员 李明", "实习生").
_HAN_OTHER_TITLES = "实习生|實習生|见习记者|見習記者|摄影记者|攝影記者|摄影|攝影"
# Labels for the author before a colon or a slash ("作者：王磊", "文/王磊", "著者：山田太郎", "글: 김지수",
# "글·사진 김지수").
_HAN_LABELS = "作者|撰文|文|著者|执笔|執筆|笔者|筆者"
_HANGUL_LABELS = r"글\s*(?:[:：/]|[·/]\s*사진\s*[:：]?)"
_NAMES_SEP = r"\s*[·・、,，\s]\s*"
_HANGUL_NAMES = (rf"[가-힣]{{2,{CJK_NAME_MAX_CHARS}}}"
                 rf"(?:{_NAMES_SEP}[가-힣]{{2,{CJK_NAME_MAX_CHARS}}}){{0,{CJK_NAMES_MAX - 1}}}")
_HAN_NAMES = (rf"[\u4e00-\u9fff]{{2,{CJK_NAME_MAX_CHARS}}}"
              rf"(?:{_NAMES_SEP}[\u4e00-\u9fff]{{2,{CJK_NAME_MAX_CHARS}}}){{0,{CJK_NAMES_MAX - 1}}}")
_CJK_BYLINE = re.compile(
    rf"^(?:(?P<hangul>{_HANGUL_NAMES})\s+(?:{_HANGUL_TITLES})"
    rf"|(?:[\u4e00-\u9fff]{{1,{CJK_OUTLET_MAX_CHARS}}})?(?:{_HAN_TITLES})(?:\s*[:：|｜]\s*|\s+)"
    rf"(?P<after>{_HAN_NAMES}(?:\s+(?:{_HAN_TITLES}|{_HAN_OTHER_TITLES})\s*[:：]?\s*{_HAN_NAMES})*)"
    rf"|(?P<before>{_HAN_NAMES})\s+(?:{_HAN_TITLES})"
    rf"|(?:{_HAN_LABELS})\s*[:：/／|｜]\s*(?P<label>{_HAN_NAMES})"
    rf"|{_HANGUL_LABELS}\s*(?P<hlabel>{_HANGUL_NAMES}))"
    rf"(?:\s+[\w.+-]+@[\w.-]+)?$")  # the reporter's address may follow: "김지수 기자 jisu@example.kr"
# How every title and label in `_CJK_BYLINE` starts: a quick test
_CJK_TITLE_CHARS = frozenset("기특객记記特通作撰文著执執笔筆글")
_CJK_NAME_SPLIT = re.compile(_NAMES_SEP)
_CJK_TITLE_WORDS = frozenset(f"{_HANGUL_TITLES}|{_HAN_TITLES}|{_HAN_OTHER_TITLES}".split("|"))
_CJK_TITLES_LONGEST_FIRST = tuple(sorted(_CJK_TITLE_WORDS, key=len, reverse=True))
# What may stand around a Korean or Chinese byline: a dateline in brackets before it ("[서울=뉴스1] 김지수 기자",
# "(서울=연합뉴스)"), an "=" or the reporter's address after it ("김지수 기자 =", "김지수 기자 (jisu@example.kr)").
_CJK_DATELINE = re.compile(r"^[\[(（【][^\])）】]{1,20}[\])）】]\s*")
_CJK_AFTER = re.compile(r"\s*(?:=|\(?[\w.+-]+@[\w.-]+\)?)$")
_CJK_TAIL = re.compile(r"\s*[|｜]\s*")  # a date after the names: "作者：王磊 | 2019-11-25"


def _cjk_byline(text: str) -> str:
    """Rule cjk_role_byline (see `_CJK_BYLINE`): the names, joined by ", ", else ""."""
    if text.isascii() or _CJK_TITLE_CHARS.isdisjoint(text):
        return ""
    text = _CJK_AFTER.sub("", _CJK_DATELINE.sub("", text.strip()))
    pieces = _CJK_TAIL.split(text)
    if len(pieces) > 1 and is_date_line(pieces[-1]):  # (a title's bar splits nothing off: "记者｜王磊")
        text = " | ".join(pieces[:-1])
    found = _CJK_BYLINE.match(text)
    if found is None:
        return ""
    names = found.group("hangul") or found.group("after") or found.group("before") or found.group("label") \
        or found.group("hlabel")
    parts = [_untitled(p) for p in _CJK_NAME_SPLIT.split(names) if p and p not in _CJK_TITLE_WORDS]
    return ", ".join(p for p in parts if p)


def _untitled(part: str) -> str:
    """A name with a title glued before it, without the title ("通讯员李明" -> "李明"); "" for a title alone."""
    for title in _CJK_TITLES_LONGEST_FIRST:
        if part.startswith(title):
            return part[len(title):] if len(part) - len(title) >= 2 else ""
    return part


# Rule name_dash_outlet: after the names, a spaced dash or a bar, then the outlet's name alone, in a brand's shape:
# a word in camel case that starts with a few letters in lower case ("detikNews", "kompasTV"; a product's "iPhone"
# or "eBay" starts with one), or a site's address ("Kompas.com").
_OUTLET_AFTER = re.compile(r"^\s*[-–—|]\s+[a-z]{3,12}[A-Z][A-Za-z]*$")  # (a site's address names a headline's source)


def _outlet_after(rest: str) -> bool:
    """Rule name_dash_outlet (see `_OUTLET_AFTER`): what follows the names is the outlet's name."""
    return _OUTLET_AFTER.match(rest) is not None


# Rule place_under_name: a dateline's place on its own line between the name and the date, led by a word for
# "from" or "in" ("Rafael Menezes" / "Do Rio" / "29/11/2019", "Jane Doe" / "In London" / "May 3, 2021").
PLACE_MAX_WORDS = 3  # "Do Rio", "From New York", "Aus Frankfurt am Main" (a link word counted apart)
_PLACE_LEADS = frozenset(_words("from in do da de desde aus en em dari di no na"))
_PLACE_LEADS_UNLED = _PLACE_LEADS - frozenset(_words("from in en"))  # after names without a lead-in


def _place_line(text: str) -> bool:
    """`text` is a place led by a word for "from" or "in" (see `_PLACE_LEADS`), the place capitalised."""
    words = text.split()
    if not 2 <= len(words) <= PLACE_MAX_WORDS + 1 or words[0].casefold() not in _PLACE_LEADS:
        return False
    place = words[1:]
    return place[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_LINKS or w == "am" for w in place) \
        and not any(w.casefold() in _NOT_NAME for w in place) and not text.endswith((".", ":", "!", "?"))


def _place_after(rest: str, leads: frozenset[str] = _PLACE_LEADS, dated: bool = False) -> bool:
    """Rule place_after_names: what follows the names is a comma and a place led by a word for "from" or
    "in" (`_PLACE_LEADS`), in lower case, then nothing or what may follow names ("Por Rafael Menezes, do Rio",
    "Rafael Menezes, de São Paulo | 29/11/2019", "Von Max Mustermann, aus Berlin"). `leads`: the words for "from"
    and "in" read (names without a lead-in take no English one: "Ultimate Hands-free, from Setup to Mow").
    `dated`: a date must follow the place (names without a lead-in: "Jair Bolsonaro, em Brasília" alone is a
    caption)."""
    rest = rest.lstrip()
    if rest[:1] != ",":
        return False
    words = rest[1:].split(" ")
    words = words[1:] if words[:1] == [""] else words
    if len(words) < 2 or words[0] not in leads or not words[1][:1].isupper():
        return False
    k = 1
    while k < len(words) and k <= PLACE_MAX_WORDS and (words[k][:1].isupper() or words[k] in _NAME_LINKS) \
            and words[k][:1] not in _REST_SEPARATORS:
        k += 1
    place = " ".join(words[1:k]).rstrip(",")
    after = " ".join(words[k:]) if not words[k - 1].endswith(",") else ", " + " ".join(words[k:])
    return not any(w.casefold() in _NOT_NAME for w in place.split()) and _rest_is_meta(after) \
        and (not dated or is_date_line(after))


_REST_SEPARATORS = "|·•⋅●/–—-"  # what a place's words are not


# Rule agency_signature: a news agency's name signs the piece, by the word that names an agency or a press
# service, last ("Associated Press", "The Canadian Press", "Antara News Agency") or first ("Agence
# France-Presse"). A name in capitals of two or three letters alone keeps its capitals ("AP", "AFP", "EFE";
# rule acronym_kept).
_AGENCY_LAST = frozenset(_words("press presse prensa agency"))  # not "news": a section may say it ("Good News")
_AGENCY_FIRST = frozenset(_words("agence agencia agência agenzia"))
ACRONYM_MAX_CHARS = 3
_ACRONYM = re.compile(rf"^[A-Z]{{2,{ACRONYM_MAX_CHARS}}}$")


def _agency_name(words: Sequence[str]) -> bool:
    """Rule agency_signature (see `_AGENCY_LAST`): `words`, capitalised, name a news agency ("The" may
    come first: "The Associated Press"); the words before the last no headline's, section's or topic's."""
    if words[:1] == ["The"]:
        words = words[1:]
    return (len(words) >= 2 and (words[-1].casefold() in _AGENCY_LAST or words[0].casefold() in _AGENCY_FIRST)
            and all(w[:1].isupper() or w.casefold() in _LOOSE_LINKS for w in words)
            and not any(_not_a_name(w) and w.casefold() not in _LOOSE_LINKS for w in words[:-1]))


# Rule arabic_byline: an Arabic byline, which no capital marks: a lead-in for "by" or "wrote" then names ("بقلم: سارة
# محمود", "كتبت - سارة محمود", "بواسطة سارة محمود"); near the title, by the date, a dateline's place then the name
# after a dash ("القاهرة - سارة محمود").
ARABIC_NAME_MIN_WORDS = 2  # a given name and a family name at least
ARABIC_NAME_MAX_WORDS = 4
ARABIC_PLACE_MAX_WORDS = 2  # "القاهرة", "شرم الشيخ"
_ARABIC_WORD = r"[\u0621-\u064a][\u0621-\u065f\u0670]*"
_ARABIC_NAME = rf"{_ARABIC_WORD}(?:\s+{_ARABIC_WORD}){{{ARABIC_NAME_MIN_WORDS - 1},{ARABIC_NAME_MAX_WORDS - 1}}}"
_ARABIC_LEAD_FIRST = frozenset("بك")  # how `_ARABIC_LED`'s lead-ins start
# ("كتب" alone is also "books": "wrote" needs its colon or dash)
_ARABIC_LED = re.compile(rf"^(?:(?:بقلم|بواسطة)\s*[:：\-–—]?|(?:كتب|كتبت|كتبه|كتبته)\s*[:：\-–—])"
                         rf"\s*(?P<name>{_ARABIC_NAME})$")
_ARABIC_PLACE_NAME = re.compile(
    rf"^{_ARABIC_WORD}(?:\s+{_ARABIC_WORD}){{0,{ARABIC_PLACE_MAX_WORDS - 1}}}\s+[-–—]\s+(?P<name>{_ARABIC_NAME})$")


def _arabic_led(text: str) -> str:
    """Rule arabic_byline, with its lead-in (see `_ARABIC_LED`): the name, else ""."""
    if text[:1] not in _ARABIC_LEAD_FIRST:
        return ""
    found = _ARABIC_LED.match(text.strip())
    return found.group("name") if found else ""


def _arabic_place_name(text: str) -> str:
    """Rule arabic_byline, a place then the name after a dash (see `_ARABIC_PLACE_NAME`): the name, else ""."""
    if text.isascii():
        return ""
    found = _ARABIC_PLACE_NAME.match(text.strip())
    return found.group("name") if found else ""


def _byline_apart(text: str) -> str:
    """The names of a byline read apart from the rest: in a script without capitals (rules
    cjk_role_byline, arabic_byline), after a lead-in in one of more languages (rule
    lead_in_more_languages); else ""."""
    if text.endswith(_AFTER_NAMES_LEADS) or (text[:1].lower() in _MORE_LEAD_FIRSTS
                                             and text[:_MORE_LEAD_WORD_CHARS].lower().startswith(_MORE_LEAD_PREFIXES)):
        return _more_lead(text)  # (the cheap tests first: how the lead-in starts, how a "by" after the names ends)
    if text.isascii() or len(text) > UNCAPITALISED_BYLINE_MAX_CHARS:
        return ""
    return _cjk_byline(text) or _arabic_led(text)


UNCAPITALISED_BYLINE_MAX_CHARS = 60  # a byline in Hangul, Han or Arabic is short: a title or a lead-in and names


# Rule lead_in_more_languages: lead-ins that `_LEAD` does not read, by language: a verb of writing or posting
# with its "by" ("Geplaatst door", "Skrevet av", "Escrit per", "Scris de", "Viết bởi"), or alone ("Napisała",
# "Napsal", "Kirjoittanut", "Írta", "Bởi"), a label before a colon ("Yazar:", "Författare:", "Szerző:", "Tác
# giả:", "Autorka:", "Συντάκτης:", a trade: `_TRADE_LABELS`); and a "by" after the names ("Ahmet Yılmaz
# tarafından"). The line is read as the same line led by "By".
# A writer's trade as a label ("Reporter: Jane Doe", "Wartawan: Dimas Pratama", "Periodista: Ana Ruiz"); an editor
# is someone else.
_TRADE_LABELS = ("reporter|journalist|correspondent|repórter|reportagem|jornalista|periodista|corresponsal"
                 "|giornalista|inviato|inviata|journaliste|correspondant|correspondante|korrespondent|korrespondentin"
                 "|journalistin|wartawan|kontributor|laporan|reportase|dziennikarz|dziennikarka|корреспондент"
                 "|журналист|muhabir")
_MORE_LEAD_WORDS = """geplaatst gepost skrevet skrivet skriven publisert publiceret publicerad postet postat escrit
    escrita scris publicat viết napisał napisała napisal napsal napsala kirjoittanut írta bởi yazar yazan yazı
    författare forfatter kirjoittaja teksti szerző szöveg tác autorka авторка συντάκτης συγγραφέας κείμενο"""
_MORE_LEAD = re.compile(
    r"""^(?:(?:geplaatst|gepost)\s+door|(?:skrevet|skrivet|skriven|publisert|publiceret|publicerad|postet
    |postat)\s+a[fv]|escrit[ao]?\s+per|(?:scris|publicat)\s+de|viết\s+bởi
    |(?:napisał|napisała|napisal|napsal|napsala|kirjoittanut|írta|bởi)(?:\s*[:：]\s*|\s+)
    |(?:yazar|yazan|yazı|författare|forfatter|kirjoittaja|teksti|szerző|szöveg|tác\s+giả|autorka|авторка|συντάκτης
    |συγγραφέας|κείμενο|{trades})\s*[:：]\s*)""".replace("{trades}", _TRADE_LABELS),
    re.IGNORECASE | re.VERBOSE)
# How a line `_MORE_LEAD` matches starts, in lower case
_MORE_LEAD_PREFIXES = tuple(_words(_MORE_LEAD_WORDS)) + tuple(_TRADE_LABELS.split("|"))
_MORE_LEAD_WORD_CHARS = max(map(len, _MORE_LEAD_PREFIXES))
_MORE_LEAD_FIRSTS = frozenset(prefix[0] for prefix in _MORE_LEAD_PREFIXES)  # how each starts, in lower case
_AFTER_NAMES_LEADS = (" tarafından",)  # Turkish: "by" after the names (every one ends "ından")


def _more_lead(text: str) -> str:
    """Rule lead_in_more_languages (see `_MORE_LEAD`): the names, else ""."""
    if text.endswith(_AFTER_NAMES_LEADS):
        led = "By " + text[: text.rfind(" tarafından")]
    elif (lead := _MORE_LEAD.match(text)) is not None:
        led = "By " + text[lead.end():]
    else:
        return ""
    return parse_byline(led) if looks_like_byline(led) else ""


def _arabic_signature(lines: Sequence[str], i: int, title_index: int,
                      date_line: Callable[[int], bool]) -> tuple[int, str] | None:
    """Rule arabic_byline, near the title: a place then the name after a dash, under the title and
    beside a date line ("القاهرة - سارة محمود" / "25 نوفمبر 2019"), as (index, name), or None; not when the page
    shows the name alone on a line (a menu's section: "رياضة - كرة القدم", sport and football)."""
    if i <= title_index or lines[i].isascii():
        return None
    name = _arabic_place_name(lines[i])
    if name and ((i + 1 < len(lines) and date_line(i + 1)) or (i - 1 != title_index and date_line(i - 1))) \
            and not any(line.strip() == name for line in lines):
        return i, name
    return None


_ON_DATE = re.compile(r"\s*on\s+(?=\S)", re.IGNORECASE)


def _dated_after(rest: str) -> bool:
    """Rule dated_after_names: what follows a lead-in's names opens with "on" and a
    date, whatever comes after the date ("by Jane Doe on 2021-05-03 in Science.
    Tags: ..."): a post's stamp."""
    on = _ON_DATE.match(rest)
    return on is not None and text_before_date(rest[on.end():]) == ""


def parse_byline(text: str) -> str:
    """The names in a byline line `text`, without lead-in, role, date or affiliation:
    "By JANE DOE and JOHN ROE, Associated Press" -> "Jane Doe and John Roe". Names in
    capitals are given in title case; credentials stay ("Jane Doe, MD"). A line with
    no names gives its text less the lead-in."""
    text = " ".join(text.split())
    if apart := _byline_apart(text):
        return apart  # rules cjk_role_byline, arabic_byline
    if _OTHER_LEAD.match(text):
        text = _author_segment(text) or text
    text = _from_lead(_unglue(text))
    lead = _lead(text)
    rest = text[lead.end():] if lead else text
    names = _names(rest, alone=True)
    if names is None:
        return rest.strip()
    return names[0]


_SEGMENTS = re.compile(r"\s+[—–|·•]\s+")


def _author_segment(text: str) -> str | None:
    """In a line that names a reviewer or an editor first, the later segment that is
    the author's byline ("Medically reviewed by John Roe, MD — Written by Jane Doe —
    Updated on May 3, 2021" -> "Written by Jane Doe"), or None."""
    for segment in _SEGMENTS.split(text)[1:]:
        lead = _lead(segment)
        if lead is not None and _STRONG_LEAD.search(lead.group()) and looks_like_byline(segment):
            return segment
    return None


def _inner_lead_possible(text: str) -> bool:
    """A cheap test: a "by" near the start, after digits or nothing ("May 3, 2021 by")."""
    inner = _inner_by(text)
    if inner is None:
        return False
    return inner.start() < INNER_LEAD_PLAIN_CHARS or _DIGIT.search(text, 0, inner.start()) is not None


def _names_first_possible(text: str) -> bool:
    """A cheap test: two capitalised words first, and a separator, comma or digit after."""
    if not text[:1].isupper() or text.count(" ") >= NAME_LINE_MAX_WORDS:
        return False
    first, _, rest = text.partition(" ")
    return (rest[:1].isupper() and first.casefold() not in _NOT_NAME
            and (_hard_end(text) is not None or "," in text))


def _from_lead(text: str, unled: bool = False) -> str:
    """`text` from its "by" on, when only a date or a count stands before it
    ("May 3, 2021 by Jane Doe", "Last updated on May 3, 2021 by Jane Doe", "0 · by Jane Doe").
    `unled`: `_LEAD` is known not to match `text`."""
    if not unled and _lead(text):
        return text
    inner = _inner_by(text)
    if inner is None:
        return text
    prefix = text[: inner.start()].strip(" ·•⋅●|-–—,")
    if not prefix or prefix.isdigit() or is_date_line(prefix):
        return text[inner.start():]
    return text


def _unglue(text: str) -> str:
    """A lead-in word glued on the names before it set off by a separator."""
    if "PUBLISHED" in text or "UPDATED" in text or "POSTED" in text:
        text = _GLUED_CAPS_LEAD.sub(" | ", text)
    if "Published" in text or "Updated" in text or "Posted" in text:
        text = _GLUED_LEAD.sub(" | ", text)
    return text


def is_byline_lead(text: str) -> bool:
    """True when `text` (one line) is a byline's lead-in alone, the names being on the
    next line: "By", "Written by", "Author:", "Von", "Por", "About the author"."""
    if len(text) > 40:
        return False
    if text.isascii():  # the cheap tests first: how an ASCII lead-in alone ends and starts
        last = text[-1:]
        if (last not in _BARE_LEAD_LAST and not last.isspace()) \
                or _lead_start(text)[:2].lower() not in _BARE_LEAD_STARTS:
            return False
    return bool(_BARE_LEAD.match(text))


def looks_like_name(text: str) -> bool:
    """True when `text` (one line) is a person's name and maybe credentials, alone:
    "Jane Doe", "JANE DOE", "Dr. Jane van der Doe", "Jane Doe, MD", "Jane Doe and John Roe".
    At least two words; headline and menu words ("The", "Type", "Contact") and a role
    word at the end ("Office Manager") rule it out."""
    if not _name_shape(text):
        return False  # the cheap tests first: names are capitalised words
    if any(_role_word(w) for w in text.split()[1:]):
        return False  # "Office Manager", "Web Designer Business", "Master Gardener Volunteers": a role
    names = _names(text)
    return (names is not None and not text[names[1]:].strip(" ,") and " " in names[0]
            and not _topic_word(names[0].split()[-1]))


# The last word of a topic, a menu item or a post's title, not of a name: a gerund ("Power Coaching"), an abstract
# noun by its ending ("Climate Adaptation", "Strategy & Leadership"), a field or topic noun ("Backup Strategy").
_TOPIC_END = re.compile(r"^\w{4,}ing$|^\w{2,}(?:tion|sion)$|^\w{4,}(?:ment|ness)$|^\w{3,}(?:ship|ism|ity|ogy|ics)$")
_TOPIC_NOUNS = frozenset(_words("""strategy strategies change changes climate health wellness fitness nutrition finance
    money economy politics science tech software hardware data security backup cloud energy environment travel food
    recipes lifestyle culture career careers jobs work sports entertainment music fashion beauty garden home wedding
    weddings parenting insights trends tools basics tutorials updates advice research sales analytics"""))


def _topic_word(word: str) -> bool:
    """`word`, the last of a would-be name, is a topic's (see `_TOPIC_END`, `_TOPIC_NOUNS`)."""
    low = word.casefold()
    return low in _TOPIC_NOUNS or _TOPIC_END.match(low) is not None


def _name_shape(text: str) -> bool:
    """The cheap tests of `looks_like_name`: a short line of two or more
    capitalised words (or particles), the first no headline or menu word."""
    if len(text) > NAME_LINE_MAX_CHARS or not text[:1].isupper() or " " not in text:
        return False
    words = text.split()
    group = words[0] == "The" and words[-1].casefold() in _GROUP_ENDS  # "The Example Team"
    return not ((words[0].casefold() in _NOT_NAME and not group)
                or any(w[0].islower() and w not in _NAME_LINKS for w in words))


def is_author_role(text: str, plural: bool = False) -> bool:
    """True when `text` (one line) is an author's role or title: "Senior Reporter",
    "Staff Writer", "CONTRIBUTING WRITER", "AI Writer, Embarque", "Redakteurin";
    `plural`: in the plural too, after the names on a byline's line ("Guest Columnists")."""
    words = text.split()
    if not words or len(words) > ROLE_MAX_WORDS or text.endswith((".", "!", "?")):
        return False
    if text.isascii() and "".join(words).isalnum() and _ROLE_HEAD_WORDS.isdisjoint(text.lower().split()):
        head, last = text.strip(), words[-1]  # nothing `_ROLE_HEAD_END` needs: words of letters and digits alone,
        # none a link word
    else:
        head = _ROLE_HEAD_END.split(text, maxsplit=1)[0].strip()
        last = head.split()[-1] if head else ""
    if not ((_role_word(last) if plural else _is_role_word(last)) or _agent_pair(head)):
        return False
    return all(w[0].isupper() or not w[0].isalpha() or w.casefold() in _ROLE_LINKS for w in words)


_AND = re.compile(r"\s+(?:&|and|und|et|y|e)\s+")
_AND_WORDS = frozenset(_words("& and und et y e"))
_AGENT_NOUN = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]{3,}(?:er|or|ist|ian)$")  # "Gardener", "Astrologer", "Herbalist"


def _agent_pair(head: str) -> bool:
    """`head` is two trades joined by "and", each one word that names a doer
    ("Gardener & Astrologer", "Writer and Herbalist")."""
    if _AND_WORDS.isdisjoint(head.split()):
        return False  # no word that `_AND` splits at, between spaces
    pieces = _AND.split(head)
    return len(pieces) == 2 and all(" " not in p and (_AGENT_NOUN.match(p) or _is_role_word(p)) for p in pieces)


_ROLE_HEAD_END = re.compile(r"\s*(?:[,|·•/(–—]|\s-\s|\b(?:at|of|for|bei|für|chez|de|di|en|em|da)\b)\s*",
                            re.IGNORECASE)
_ROLE_HEAD_WORDS = frozenset(_words("at of for bei chez de di en em da"))  # `_ROLE_HEAD_END`'s words in ASCII
_ROLE_LINKS = frozenset(_words("of at for and & in de du des la le der für bei di del da do em en"))


def find_byline(lines: Sequence[str], title_index: int | None = None, *,
                byline_at: Callable[[int], bool] | None = None,
                date_line_at: Callable[[int], bool] | None = None,
                text_end: int | None = None) -> tuple[int, str] | None:
    """The first byline among `lines` (the page's lines, stripped, in order) as
    (index of the line with the names, the names), or None.

    A line that is a byline alone counts anywhere. Bylines read from neighbours --
    a lead-in alone then a name ("By" / "Jane Doe"), a name then a role, a date or a
    reading time ("Jane Doe" / "Senior Reporter") -- count only near the title when
    `title_index` is given (`NEAR_TITLE_BEFORE` lines above it to `NEAR_TITLE_AFTER`
    below), since lists of other articles look the same further away; there the
    closest line comes first (below before above at the same distance). Without a byline
    near the title, a signature read loosely right under it (`_signed_under_title`)
    comes before a byline line further away. Last come a name under a date near the
    title, a name alone under the title (`_name_under_title`), an author box, and a
    personal site's owner (`_site_owner`).
    `byline_at(i)` and `date_line_at(i)`, when given, are `looks_like_byline` and
    `is_date_line` of line `i`, known to the caller. `text_end`, when given, is the
    index past the article's last line of text: under it, near the title or not, a
    name is read alone only (a short article's comments: "Linda Marsh" / a date).
    """
    if date_line_at is None:
        date_lines: dict[int, bool] = {}

        def date_line_at(j: int) -> bool:
            if j not in date_lines:
                date_lines[j] = is_date_line(lines[j])
            return date_lines[j]
    byline = byline_at or (lambda j: looks_like_byline(lines[j]))
    if title_index is None:
        return _named_in_bio(lines, _scan(lines, range(len(lines)), True, byline, date_line_at))
    title = lines[title_index].casefold()
    around = range(max(0, title_index - NEAR_TITLE_BEFORE), min(len(lines), title_index + NEAR_TITLE_AFTER + 1))
    end = len(lines) if text_end is None else text_end
    near = sorted((i for i in around if lines[i].casefold() != title and i < end),  # the title (or its copy) is
                  key=lambda i: (abs(i - title_index), i < title_index))  # never the byline
    found = _scan(lines, near, True, byline, date_line_at)
    if found is None:
        found = _signed_under_title(lines, title_index, date_line_at)
    if found is None:
        rest = [i for i in range(len(lines)) if (i not in around or i >= end) and lines[i].casefold() != title]
        found = _scan(lines, rest, False, byline, date_line_at)
    if found is None:
        found = next(((i, text) for i in near if (text := _name_under_date(lines, i, date_line_at))), None)
    if found is None:
        found = _name_under_title(lines, title_index)
    if found is None:
        found = author_box(lines)
    if found is None:
        found = _site_owner(lines, title_index)
    return _named_in_bio(lines, found)


BIO_NAME_MIN_WORDS = 2  # the name an author's bio gives: a given name and a family name at least
BIO_MIN_CHARS = 60  # a bio is a sentence or more, longer than a byline with its date
BIO_CUT_MIN_WORDS = 2  # words cut off the byline's name: a section's name glued on, not a family name


def _named_in_bio(lines: Sequence[str], found: tuple[int, str] | None) -> tuple[int, str] | None:
    """Rule named_in_bio: a byline's single name of three words or more cut to the first words of it that an
    author's bio on the page opens with ("by Harsh Vaibhav Global Commons May 2nd 2025", the post's section glued
    on the name, and "Harsh Vaibhav is a passionate climate professional..." -> "Harsh Vaibhav"); the longest
    such start, the whole name too ("Lauren Paige is..." and "Lauren Paige Richeson is..." keep the three); never
    one word off (BIO_CUT_MIN_WORDS): a bio may name its author by the given names alone."""
    if found is None or found[1].count(" ") < BIO_NAME_MIN_WORDS or "," in found[1] or " and " in found[1]:
        return found
    words = found[1].split()
    bios = [line for line in lines if line.startswith(words[0] + " ") and len(line) >= BIO_MIN_CHARS]
    for k in range(len(words), BIO_NAME_MIN_WORDS - 1, -1):  # the longest first: a bio may give the whole name
        if 0 < len(words) - k < BIO_CUT_MIN_WORDS:
            continue  # one word off is a family name: "Mary Beth is a food writer" under "Mary Beth Smith"
        start = " ".join(words[:k])
        if any(bio.startswith(start) and _BIO_VERB.match(bio, len(start))
               and _BIO_PERSON.search(bio, len(start), BIO_PERSON_CHARS) is not None for bio in bios):
            return found[0], start
    return found


SITE_HEADER_LINES = 3  # the page's first lines, where a site's name stands ("Skip to content" may come first)
# A site named as someone's: "Jane Doe's Blog", "Jane Doe’s Tech Notes".
_POSSESSIVE_SITE = re.compile(r"^(.+?)['’]s(?:\s+\w+){0,2}\s+(?i:blog|weblog|substack|newsletter|journal|notebook|notes"
                              r"|homepage|website)$")


def _site_owner(lines: Sequence[str], title_index: int) -> tuple[int, str] | None:
    """Rule site_owner: a site named as a person's among the page's first lines ("Jane
    Doe's Blog"), its owner the author, as (index, name), or None. (A name alone on the
    first line is as often a publication's: "Daily Mail", "Vanity Fair".)"""
    for i in range(min(title_index, SITE_HEADER_LINES)):  # rule site_owner_possessive: "Jane Doe's Blog"
        owned = _POSSESSIVE_SITE.match(lines[i])
        if owned is not None and _BARE_NAME.match(owned.group(1)) and looks_like_name(owned.group(1)):
            return i, owned.group(1)
    return None


NAME_UNDER_TITLE_GAP = 2  # a name alone signs the piece this close under the title (a dek may come between)
DEK_MIN_WORDS = 8  # the line between the title and such a name reads as a dek: a sentence this long at least


def _name_under_title(lines: Sequence[str], title_index: int) -> tuple[int, str] | None:
    """Rule name_under_title: a person's name alone on its line right under the
    title, or under the dek that follows it, with no lead-in, role or date beside
    it ("Jane Doe" under the headline), as (index, names), or None. Not one of a
    run of names or short capitalised lines (a list of people, a menu), not words
    of the title ("Photo Frame" under "Photo Frame App Review"), not a heading its
    paragraph starts by repeating ("Memorial Park" / "Memorial Park is..."), and no
    word of it written in lower case elsewhere on the page: common words, no name
    ("Safety Alert", "Apply Now")."""
    for i in range(title_index + 1, min(len(lines), title_index + NAME_UNDER_TITLE_GAP + 1)):
        text = lines[i]
        if _BARE_NAME.match(text) and (looks_like_name(text) or _group_name(text)):
            after = lines[i + 1] if i + 1 < len(lines) else ""
            if (_BARE_NAME.match(after) and looks_like_name(after)) or _in_link_list(lines, i):
                return None  # names in a row: a list of people, or of links
            words = text.split()
            title_words = set(lines[title_index].casefold().split())
            if after.startswith(words[0]) or any(w.casefold() in title_words for w in words):
                return None
            if _written_in_lower_case(words, lines):
                return None
            return i, parse_byline(text)
        if len(text.split()) < DEK_MIN_WORDS:
            return None  # a short line that is no name: a label, a control, a heading
    return None


def _group_name(text: str) -> bool:
    """`text` names a group by its last word: "Example Staff", "Example Team"
    (capitalised words before it, none a headline's or a menu's)."""
    words = text.split()
    return (len(words) >= 2 and words[-1].casefold() in _GROUP_ENDS
            and not any(w.casefold() in _NOT_NAME or not w[:1].isupper() for w in words))


def _written_in_lower_case(words: Sequence[str], lines: Sequence[str]) -> bool:
    """A word of a would-be name (but for particles and a group's word) stands in
    lower case somewhere among `lines`: a common word, no name's ("Safety Alert")."""
    low = {w.casefold() for w in words} - _PARTICLES - _GROUP_ENDS
    return any(word in low for line in lines for word in _LOWER_WORD.findall(line))


_LOWER_WORD = re.compile(r"\b[a-zß-ÿ][\w'’-]*")  # a word in lower case


BIO_PERSON_CHARS = 400  # where the signs of a person are looked for in an author's bio
# A bio starts with the name (or its first word) and a verb: "Jane Doe is a writer...", "Jane covers..."
_BIO_VERB = re.compile(r"\s*(?:,\s*)?(?:is|was|has|had|writes|wrote|covers|joined|holds|brings|serves|leads|loves"
                       r"|lives|specializes|specialises|works|worked|began|started|grew|spent|helps|believes)\b")
# ... and reads as a person's: a personal pronoun ("they", "their" speak of firms too), or a writer's trade.
_BIO_PERSON = re.compile(r"\b(?:he|she|his|her|him|writer|editor|journalist|contributor|reporter|author"
                         r"|columnist|blogger|correspondent|freelance|writes|wrote|covers|covered)\b", re.IGNORECASE)


def author_box(lines: Sequence[str]) -> tuple[int, str] | None:
    """An author box: a name alone on its line (maybe a role line after it), then a
    bio that starts with that name or its first word and reads as a person's ("Jane
    Doe" / "Jane Doe is a freelance writer who covers..."), as (index of the name, names)."""
    named = [i for i, text in enumerate(lines) if text[:1] in _NAME_FIRST and text[-1:] in _NAME_LAST]
    return next(((i, parse_byline(lines[i])) for i in named if is_author_box(lines, i)), None)


def is_author_box(lines: Sequence[str], i: int) -> bool:
    """Line `i` is the name heading an author box (see `author_box`)."""
    text = lines[i]
    if text[:1] not in _NAME_FIRST:
        return False  # the cheap tests first: how a `_BARE_NAME` starts, ...
    first = text.split(maxsplit=1)[0]  # ... and the bio starts with the name or its first word: with this word,
    size = len(lines)  # on either line under it
    if not ((i + 1 < size and lines[i + 1].startswith(first)) or (i + 2 < size and lines[i + 2].startswith(first))):
        return False
    if not _BARE_NAME.match(text) or not looks_like_name(text):
        return False
    j = i + 2 if i + 2 < len(lines) and is_author_role(lines[i + 1]) else i + 1
    if j >= len(lines):
        return False
    bio = lines[j]
    return any(bio.startswith(start) and _BIO_VERB.match(bio, len(start))
               and _BIO_PERSON.search(bio, len(start), BIO_PERSON_CHARS) is not None
               for start in (text, text.split()[0]))


# Rule group_alone: a word for the paper's staff or newsroom alone signs a piece by the date ("Staff" / "April
# 18, 2025", "19 Dec, 2025" / "Newsdesk"), where another word alone there is more likely a section or a tag.
_GROUP_ALONE = frozenset(_words("staff newsdesk"))  # ("Newsroom", "Redaktion" label a press page's sections too)


def _group_alone(text: str) -> bool:
    """Rule group_alone (see `_GROUP_ALONE`): `text` is one such word, capitalised."""
    return text[:1].isupper() and text.casefold() in _GROUP_ALONE


DATE_ABOVE_MAX_WORDS = 4  # "Posted Dec 19, 2025": the date line above a bare name holds a date alone


def _name_under_date(lines: Sequence[str], i: int, date_line: Callable[[int], bool]) -> str:
    """The name at line `i` when it stands alone under a date line ("May 3, 2021" /
    "Jane Doe"), not in a list of dated links (no other date line right after it or
    after the line that follows); else ""."""
    text = lines[i]
    group = _group_alone(text)
    if not (i > 0 and (group or (_BARE_NAME.match(text) and looks_like_name(text))) and date_line(i - 1)
            and len(lines[i - 1].split()) <= DATE_ABOVE_MAX_WORDS):
        return ""
    if (i + 1 < len(lines) and date_line(i + 1)) or _in_link_list(lines, i):
        return ""
    if i + 2 < len(lines) and date_line(i + 2) and lines[i + 2] != lines[i - 1]:
        return ""  # date, label, title, another date: a list of dated items (a copy of the header repeats its date)
    return parse_byline(text)


SIGNED_TITLE_GAP = 2  # a signature read loosely stands this close under the title (a dek may come between)
_LOOSE_LINKS = frozenset(_words("the of and & de da del der di du la le van von y e"))
# One token of a loose signature: a capitalised word (in capitals too: "BBK", "EMEA"), initials, a word with a
# digit ("3i"), a name in brackets ("(Guha)").
_LOOSE_TOKEN = re.compile(r"^\(?(?:[^\W\d_a-zß-ÿ][\w'’.-]*|\d[^\W\d_][\w'’.-]*)\)?$")
# A handle, alone: "ibby", "jdoe_42", "3d23d65-ddc6-4ce5" (letters, digits, dots, dashes, underscores).
_HANDLE = re.compile(r"^(?=.*[^\W\d_].*[^\W\d_])[\w.-]{2,40}$")
# What may stand between names and the date after them: a separator, a lead-in ("Jane Doe - Published: ...").
_NAME_BEFORE_DATE_END = re.compile(r"[\s|·•⋅●,–—-]*(?:(?i:published|posted|updated)(?:\s+on)?\s*:?\s*)?$")
_GLUED_ROLE = re.compile(r"[a-zß-ÿ]{2}[A-ZÀ-Þ]")  # where a role may be glued on a name: "DoeStaff Writer"
_IN_NAME = re.compile(r"(?<!\S)\d+(?=[^\W\d_])|(?<=\s)\([^\W\d_a-zß-ÿ][\w'’-]*\)(?=\s+[^\W\d_])")
# Words that name a kind of piece or a section, no one's name: "Essay" / "May 3, 2021".
_GENRES = frozenset(_words("""essay essays video videos podcast podcasts interview interviews opinion opinions analysis
    commentary column columns editorial editorials explainer photo photos gallery galleries recipe recipes news
    newsletter webinar webinars episode episodes report reports study studies case insight update"""))
# A news site's sections and a story's labels, which stand alone by a story's date as a name may: "Markets" /
# "March 3, 2024".
_SECTION_LABELS = frozenset(_words("""world europe africa asia americas business markets economy politics sport sports
    football cricket tennis culture science technology entertainment film books style education crime weather local
    elections crypto gaming deals shopping motoring cars property careers obituaries letters live breaking exclusive
    sponsored promoted partner premium subscribers magazine weekend trending featured listen watch print email tweet
    advertisement wirtschaft politik kultur deportes economía actualités"""))
_DOMAIN = re.compile(r"\.(?:com|org|net|co|io|[a-z]{2})$", re.IGNORECASE)


def _loose_names(text: str, lead: bool = False) -> str:
    """`text` (a line less its lead-in) is a signature read loosely: names in
    capitals or with digits ("BBK Web", "3i Global", "Ask the Doctors"), a single
    name or a handle ("Clay", "ibby"), maybe with a date, a role or a reading time
    after it; the names, else "". `lead`: a lead-in stood before `text`, so a group
    may start with "The" ("The Example Team")."""
    text = text.strip()
    # "3i Global": a digit in a name is no date; "Jane (Roe) Doe": a maiden name in brackets ends no name
    masked = _IN_NAME.sub(lambda m: "X" * len(m.group()), text)
    words = text[: len(_head(masked).rstrip())].split()
    while words and words[-1].casefold() in _STOP_LOWER:  # "BY JANE DOE ON JANUARY 21, 2023"
        words.pop()
    head = " ".join(words)
    if not 1 <= len(words) <= NAME_MAX_WORDS or not _rest_is_meta(text[len(head):]):
        return ""
    for k, word in enumerate(words):  # "By Jane DoeStaff Writer": a role glued on the name
        glued = _GLUED_ROLE.search(word)
        if glued and k > 0 and is_author_role(" ".join([word[glued.end() - 1:], *words[k + 1:]])):
            words = [*words[:k], word[: glued.end() - 1]]
            head = " ".join(words)
            break
    if any(_DOMAIN.search(w) or (_many_capitals(w) and not w.isupper())
           or (_GLUED_WORDS.search(w) and not w.isupper()) for w in words):
        return ""  # a site's address ("Example.com"), words glued together ("OrganizationOfficePapers")
    if len(words) == 1:
        word = words[0]
        ok = ((word.isascii() and _HANDLE.match(word) is not None) or (word[:1].isupper() and _LOOSE_TOKEN.match(word)
                                                                       is not None)) and word[-1:].isalnum()
        return word if ok and not _not_a_name(word) else ""
    agency = _agency_name(words)  # rule agency_signature: "Associated Press" / "Nov. 14, 2019"
    if (words[0].casefold() in _LOOSE_LINKS and not (lead and words[0] in ("The", "the")) and not agency) \
            or words[-1].casefold() in _LOOSE_LINKS:
        return ""  # after a lead-in, a group may start with "The": "by The Example Team"
    if not all(w.casefold() in _LOOSE_LINKS or _LOOSE_TOKEN.match(w) for w in words):
        return ""
    if agency:
        return head
    first = words[1] if lead and words[0] in ("The", "the") else words[0]
    return head if not (_not_a_name(first) or _not_a_name(words[-1])) else ""


def _not_a_name(word: str) -> bool:
    """`word` is a headline's, a menu's or a topic's word, no name's."""
    low = word.casefold().strip("().")
    return (low in _NOT_NAME or low in _LOOSE_LINKS or low in _GENRES or low in _SECTION_LABELS or _topic_word(low)
            or any(part in WEEKDAYS for part in low.split("-")))  # "segunda-feira, 22 de janeiro de 2018"


_STAMP_SEGMENTS = re.compile(r"\s*[|·•⋅●]\s*")


def _name_segment(text: str) -> str:
    """The one name among a stamp's segments, the others dates, reading times or
    counts ("109 Comments | Jane Doe | Last Updated: March 11, 2019"), else ""."""
    segments = [seg for seg in _STAMP_SEGMENTS.split(text) if seg]
    names = [seg for seg in segments if looks_like_name(seg)]
    if len(segments) < 2 or len(names) != 1:
        return ""
    others = (seg for seg in segments if seg is not names[0])
    return names[0] if all(is_date_line(seg) or _READING_TIME.match(seg) or _WORD_COUNT.match(seg)
                           for seg in others) else ""


AUTHOR_LIST_MIN = 2  # names in a paper's list of authors
_AFFILIATION_MARK = re.compile(r"\s*(?:\d{1,2}|[✉*†‡§#])$")  # what follows a name in a paper's list: "1", "✉", "*"


def _author_list(text: str) -> str:
    """The names in a paper's list of authors, each marked with the number of its
    affiliation ("Jane Doe 1,✉, John Roe 2, Ann Poe 1,*" -> "Jane Doe, John Roe, Ann
    Poe"), else ""."""
    if not _DIGIT.search(text) or len(text) > BYLINE_MAX_CHARS * 2:
        return ""
    names: list[str] = []
    for piece in text.split(","):
        piece = piece.strip()
        name = piece
        while (mark := _AFFILIATION_MARK.search(name)) is not None:
            name = name[: mark.start()]
        if not name:
            continue  # a mark alone: "✉", "*"
        if name == piece or " " not in name or not _is_name(name):
            return ""  # every name carries its mark
        names.append(name)
    return ", ".join(names) if len(names) >= AUTHOR_LIST_MIN else ""


def _role_after(rest: str) -> bool:
    """What follows a name starts with an author's role, maybe in brackets or after a
    separator: " Founder & Lead Reviewer", " (Content Manager)", " Writer, Hardware"."""
    rest = rest.lstrip(" |·•⋅●,–—-(")
    first = _segments(rest, maxsplit=1)[0].rstrip(") ")
    return bool(first) and is_author_role(first)


def _signed_under_title(lines: Sequence[str], title_index: int | None,
                        date_line: Callable[[int], bool]) -> tuple[int, str] | None:
    """A signature read loosely (`_loose_names`) just under the title and beside
    the article's date, where a name's shape matters less than elsewhere (as index,
    names): a lead-in and names, the date on the line, above or below it ("By Clay"
    / "Mar 14, 2024", "Feb 6, 2025" / "By 3i Global"); names alone over the date
    ("Kev" / "January 1, 2026", "Sarah Knowles MW" / "22 June 2020") or before it
    on its line ("Jane Doe Published: Jan 3, 2024"); names and a role ("Jane Doe
    Founder & Lead Reviewer"). Above the title, only a lead-in and names with the
    date on their line ("By: Example EMEA on 04-ago-2021"), or a name among a
    stamp's segments ("109 Comments | Jane Doe | Last Updated: March 11, 2019")."""
    if title_index is None:
        return None
    title = lines[title_index].casefold()
    above = range(max(0, title_index - NEAR_TITLE_BEFORE), title_index)
    for i in [*range(title_index + 1, min(len(lines), title_index + SIGNED_TITLE_GAP + 2)), *above]:
        text = lines[i]
        if len(text) > NAME_LINE_MAX_CHARS or text.casefold() == title or is_credit_line(text) \
                or _OTHER_LEAD.match(text):
            continue
        found = _arabic_signature(lines, i, title_index, date_line) or _signature_at(lines, i, title_index, date_line)
        if found is not None and found[1] and (not is_author_role(found[1])  # "Staff Writer": a role, no one
                                               or _group_alone(found[1])):  # "Staff": the paper's staff
            return found[0], found[1] if _ACRONYM.match(found[1]) else _title_case(found[1])
    return None


_DATE_NAME_SEPARATORS = " |·•⋅●,–—-"  # what may stand between a date and the name after it


def _signature_at(lines: Sequence[str], i: int, title_index: int,
                  date_line: Callable[[int], bool]) -> tuple[int, str] | None:
    """The loose signature at line `i` near the title (see `_signed_under_title`),
    as (index of the names, names), or None."""
    text = lines[i]
    date_below = i + 1 < len(lines) and (date_line(i + 1) or (  # rule date_lead_alone: "Updated:" / "May 3, 2021"
        i + 2 < len(lines) and _DATE_LEAD_ALONE.match(lines[i + 1]) is not None and date_line(i + 2)))
    signed = _from_lead(text)
    lead = _lead(signed)
    if lead is not None:
        if (date_line(i) or (i > title_index and (date_below or (date_line(i - 1) and i - 1 != title_index)))):
            return i, _loose_names(signed[lead.end():], lead=True)
        return None
    if date_line(i) and (segment := _name_segment(text)):
        return i, segment  # "109 Comments | Jane Doe | Last Updated: March 11, 2019"
    if date_line(i) and (after := text_after_date(text)):
        signed = _loose_names(after.lstrip(_DATE_NAME_SEPARATORS))  # rule name_after_date: "May 3, 2021 Jane Doe"
        if signed:
            return i, signed
    if i < title_index:
        return None
    if is_byline_lead(text) and i + 2 < len(lines) and (date_line(i + 2) or _AFTER_NAME.match(lines[i + 2])):
        return i + 1, _loose_names(lines[i + 1], lead=True)  # "By" / "Lauren" / "Updated" / "October 17, 2025"
    if (named := _names(text)) is not None and " " in named[0] and _role_after(text[named[1]:]):
        return i, named[0]  # "Jane Doe Founder & Lead Reviewer", "Jane Doe (Content Manager)"
    if i == title_index + 1 and (listed := _author_list(text)):
        return i, listed  # "Jane Doe 1,✉, John Roe 2, Ann Poe 1,*": a paper's authors and their affiliations
    if i + 1 < len(lines) and lines[i + 1] == text and looks_like_name(text):
        return i, text  # "Jane Doe" / "Jane Doe": the name under the author's picture, then the name
    if date_below and _head(text) == text:
        return i, _loose_names(text)
    if date_line(i) and (before := text_before_date(text)):
        before = _NAME_BEFORE_DATE_END.sub("", before)  # "Jane Doe Published: Jan 3, 2024"
        if ":" in before or "[" in before or before.casefold().rstrip(".,") in WEEKDAY_WORDS:
            return i, ""  # "Date: ...": a label; "Tue 19 Nov 2019": the date's weekday
        return i, _loose_names(before)
    return None



def _scan(lines: Sequence[str], indexes: Iterable[int], context: bool,
          byline: Callable[[int], bool], date_line: Callable[[int], bool]) -> tuple[int, str] | None:
    """The first byline at `indexes`; `context`: names beside a role or date count
    without a headline above them. `byline(i)`, `date_line(i)`: `looks_like_byline`
    and `is_date_line` of line `i`."""
    for i in indexes:
        text = lines[i]
        if (byline(i) and not _in_menu(lines, i) and not _quote_attribution(lines, i)
                and (context or not _in_entry_list(lines, i, byline, date_line))):
            return i, parse_byline(text)
        if i + 1 >= len(lines) or (not context and len(text) > NAME_LINE_MAX_CHARS):
            continue  # a lead-in alone (`is_byline_lead`) and a name (`_name_shape`) are shorter
        nxt = lines[i + 1]
        if is_byline_lead(text):
            if looks_like_name(nxt) or byline(i + 1):
                return i + 1, _names_over_lines(lines, i + 1, _PLURAL_LEAD.match(text) is not None) or parse_byline(nxt)
            joined = f"{text} {nxt}"
            lead = _lead(joined)  # "Written by" / "Jane - Product marketer"
            if lead is None and _LABEL_LEAD.match(text):  # rule label_lead_alone: "Author" / "Jane"
                joined = f"{text.rstrip(':： ')}: {nxt}"
                lead = _lead(joined)
            joined = joined if lead else f"By {nxt}"
            names = parse_byline(joined) if looks_like_byline(joined) else ""
            if " " in names or (names and lead and _STRONG_LEAD.search(lead.group()) and _alone_or_role(nxt, names)):
                return i + 1, names  # "By" / "Jane Doe on May 3, 2021"; a single word only after "Written by"...
        if context and (_DATE_FIRST_QUICK.search(text) or _GLUED_YEAR.search(text)):
            names = date_then_names(text)  # "Dec 3, 2025 · 30 min · Jane Doe"
            if names:
                return i, names
        if (_name_shape(text) and (date_line(i + 1) or is_author_role(nxt) or _READING_TIME.match(nxt)
                                   or _AFTER_NAME.match(nxt)
                                   or (i + 2 < len(lines) and _place_line(nxt) and date_line(i + 2)))
                and looks_like_name(text)
                and (context or (i > 0 and not date_line(i - 1) and _headline_like(lines[i - 1])
                                 and not _in_entry_list(lines, i, byline, date_line)))
                and not _in_link_list(lines, i)):  # the cheapest test first: most lines are no name
            return i, parse_byline(text)
    return None


# Rule names_over_lines: after a lead-in alone, names one to a line with the commas and "and" between them on
# lines of their own ("By" / "Jane Doe" / "," / "John Roe" / ", and" / "Example Team"), as a page's markup may
# set each name apart; after a lead-in in the plural, names one to a line with nothing between them ("Authors" /
# "Jane Doe" / "John Roe").
_NAMES_JOINER = re.compile(r"^(?:,|,?\s*(?:and|und|et|y|e|&))$", re.IGNORECASE)
LINE_NAMES_MAX = NAMES_MAX  # names read over lines


_PLURAL_LEAD = re.compile(r"^(?:authors|author\(s\)|autores|auteurs|autori|авторы)\s*[:：]?$", re.IGNORECASE)


def _names_over_lines(lines: Sequence[str], i: int, plural: bool = False) -> str:
    """Rule names_over_lines: the names from line `i` on, joined as written, when a joiner line
    (`_NAMES_JOINER`) and another name follow line `i`'s name, or (`plural`: the lead-in is in the
    plural) another name alone; else ""."""
    parts = [lines[i]]
    j = i + 1
    while plural and j < len(lines) and len(parts) < 2 * LINE_NAMES_MAX - 1 and looks_like_name(lines[j]) \
            and not is_author_role(lines[j]):
        parts += [",", lines[j]]
        j += 1
    while j + 1 < len(lines) and len(parts) < 2 * LINE_NAMES_MAX - 1 and _NAMES_JOINER.match(lines[j]) \
            and (_is_name(lines[j + 1]) or looks_like_name(lines[j + 1])) and not is_author_role(lines[j + 1]):
        joiner = lines[j].strip()
        parts += [joiner, lines[j + 1]]
        j += 2
    if len(parts) == 1:
        return ""
    text = "".join(p if k % 2 == 0 else (f"{p} " if p.startswith(",") else f" {p} ") for k, p in enumerate(parts))
    return " ".join(text.split())


# A lead-in that names its line as a label, whose colon may be left out when the names stand on the next
# line: "Author" / "Jane".
_LABEL_LEAD = re.compile(r"^(?:author|autor|auteur|autore|penulis|автор)\s*[:：]?$", re.IGNORECASE)


def _alone_or_role(text: str, name: str) -> bool:
    """`text` is the single word `name` alone or with a role after it ("Jane - Product marketer")."""
    rest = text[len(name):] if text.startswith(name) else text
    return not rest.strip() or any(_role_word(w.casefold()) for w in re.findall(r"\w+", rest))


_DATE_FIRST = re.compile(r"\s*[|·•⋅●]\s*")
_DATE_FIRST_QUICK = re.compile(r"^\S.{2,40}?\d\s*[|·•⋅●]")
_WORD_COUNT = re.compile(r"^[\d,.]+\s*(?:words?|views?|comments?|reads?)$", re.IGNORECASE)
_ON_BEHALF = re.compile(r"^\s*on\s+behalf\s+of\b", re.IGNORECASE)
_IN_SECTION = re.compile(r"^\s+in\s+[A-Z][^.!?]*$")  # "Jane Doe in Project Management": the post's section
# A name glued on the year before it: "Dec 17, 2025Jane Doe", "May 1, 2016May 8, 2016Jane Doe".
_GLUED_YEAR = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-ZÀ-Þ][a-zß-ÿ])")


def date_then_names(text: str) -> str:
    """The names in a line of segments that starts with a date and ends with a
    name ("Dec 3, 2025 · 30 min · 6279 words · Jane Doe", "Dec. 19, 2025 · Jane Doe
    on behalf of the Docs team", "Dec 26, 2025 • Jane Doe in Science", "Dec 17,
    2025Jane Doe"), the segments between being dates, reading times or counts; else ""."""
    segments = _DATE_FIRST.split(_GLUED_YEAR.sub(" · ", text.strip()))
    if len(segments) < 2 or not is_date_line(segments[0]):
        return ""
    if not all(is_date_line(seg) or _READING_TIME.match(seg) or _WORD_COUNT.match(seg) for seg in segments[1:-1]):
        return ""
    found = _names(segments[-1])
    if found is None or " " not in found[0]:
        return ""
    rest = segments[-1][found[1]:]
    return found[0] if not rest.strip() or _ON_BEHALF.match(rest) or _IN_SECTION.match(rest) else ""


# A name alone with no lead-in, role or date on its line: two or three plain capitalised words or initials,
# no word in capitals ("UX Analytics"), none a gerund ("Vibe Coding").
_NAME_PIECE = r"[A-ZÀ-Þ][a-zß-ÿ]*(?:['’]?[A-ZÀ-Þ][a-zß-ÿ]+)?(?<!ing)"
_BARE_NAME = re.compile(rf"^(?:(?:[A-Z]\.\s?)+\s|{_NAME_PIECE}(?:-{_NAME_PIECE})?\s){{1,2}}"
                        rf"{_NAME_PIECE}(?:-{_NAME_PIECE})?$")
# How a `_BARE_NAME` match starts and ends (a letter of a name piece, or a newline `$` goes before): what
# `author_box` looks at before the pattern, on every line of the page.
_NAME_FIRST = frozenset(map(chr, [*range(ord("A"), ord("Z") + 1), *range(ord("À"), ord("Þ") + 1)]))
_NAME_LAST = _NAME_FIRST | frozenset(map(chr, [*range(ord("a"), ord("z") + 1), *range(ord("ß"), ord("ÿ") + 1), 10]))


# A date's lead-in alone on its line, its date on the next: "Last update:", "Published on".
_DATE_LEAD_ALONE = re.compile(r"^(?:last\s+)?(?:updated?|published|posted|modified)(?:\s+on)?\s*:?$", re.IGNORECASE)
# Lines that follow an author's name: who else worked on the piece, a date's lead-in alone (its date on
# the next line), a day and month without the year ("Jun 9").
_AFTER_NAME = re.compile(
    r"^(?:(?:medically\s+|fact[\s-]+|expert\s+)?(?:reviewed|checked|fact[\s-]+checked|edited)\s+by\b"
    r"|(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?$"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d$"
    r"|@\w{2,30}$)",  # the author's handle: "Jane Doe" / "@janedoe"
    re.IGNORECASE)


ENTRY_GAP = 8  # lines between the bylines of two entries in a list of articles ("More Stories": title, byline, excerpt)


def _in_entry_list(lines: Sequence[str], i: int, byline: Callable[[int], bool],
                   date_line: Callable[[int], bool]) -> bool:
    """The byline at line `i` has another within `ENTRY_GAP` lines: both sign entries
    in a list of other articles (a byline line, or a name over a date or a role)."""
    for j in range(max(0, i - ENTRY_GAP), min(len(lines), i + ENTRY_GAP + 1)):
        if j == i:
            continue
        if byline(j) or (j + 1 < len(lines) and _name_shape(lines[j])
                         and (date_line(j + 1) or is_author_role(lines[j + 1])) and looks_like_name(lines[j])):
            return True
    return False


def _in_link_list(lines: Sequence[str], i: int) -> bool:
    """Lines `i` and `i + 1` stand in a run of short capitalised lines: a menu or a
    list of links ("Graphic Designer" / "Office Manager" / "Sales Manager"); a date
    or a reading time after line `i` is none."""
    around = [lines[j] for j in (i - 1, i + 1, i + 2) if 0 <= j < len(lines)]
    return len(around) == 3 and all(_LINK_LIKE.match(t) and len(t.split()) <= LINK_MAX_WORDS for t in around)


def _headline_like(text: str) -> bool:
    """`text` reads as a headline: a few words, capitalised, no full stop."""
    words = text.split()
    return (HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS and text[:1].isupper()
            and not text.endswith((".", ":", "!")))


_QUOTE_OPEN = "\"“”„«»‘'"
_QUOTE_CLOSE = "\"“”«»’'"


def _quote_attribution(lines: Sequence[str], i: int) -> bool:
    """Line `i` names, without a lead-in, who said the quotation right above it: a
    testimonial's author ("“We use it every day.”" / "Jane Doe, Managing Partner, Acme")."""
    if i == 0 or _lead(lines[i]):
        return False
    above = lines[i - 1].rstrip(" ")
    return len(above) > 1 and above[0] in _QUOTE_OPEN and above.rstrip(".")[-1] in _QUOTE_CLOSE


def _in_menu(lines: Sequence[str], i: int) -> bool:
    """A "By ..." line beside another is a menu of filters ("By State", "By Style")."""
    head = lines[i][:3].casefold()
    return any(0 <= j < len(lines) and lines[j][:3].casefold() == head and len(lines[j].split()) <= MENU_MAX_WORDS
               for j in (i - 1, i + 1))


def _names(text: str, alone: bool = False) -> tuple[str, int] | None:
    """The names at the start of `text` and where they end, or None when `text` does
    not start with names. `alone`: a single plain word may be a name."""
    leading = len(text) - len(text.lstrip())
    text = text[leading:]
    if not text[:1].isupper() and not (text.startswith("the ") and text[4:5].isupper()):
        return None  # names are capitalised; a group may start with "the" ("By the Example Team")
    offset = 0
    head = _head(text)
    if "," not in head and head.isascii() and _CONNECTOR_WORDS.isdisjoint(head.lower().split()):
        parts, seps = [head], []  # what `_CONNECTOR` needs is missing: a comma, or a word it joins by
    else:
        parts = _CONNECTOR.split(head)
        seps = _CONNECTOR.findall(head)
    kept: list[str] = []
    pos = 0
    listed = _comma_list(parts, seps)
    for k, part in enumerate(parts):
        part_end = pos + len(part)
        sep = seps[k - 1] if k > 0 else ""
        if k > 0:
            later_and = listed or any(_LIST_AND.search(s) for s in seps[k - 1:])
            part = part.rstrip("* ")  # "Jane Doe, MD*": a footnote mark; "Jane Doe, CFP – Updated ...": a space
            if "," in sep and _CREDENTIAL.match(part):
                kept.append(sep.rstrip() + " " + part)
                offset = part_end
                pos = part_end + (len(seps[k]) if k < len(seps) else 0)
                continue
            if not later_and or is_author_role(part):
                break  # "Jane Doe, Senior Director, Content & Marketing": the role ends the names
        cut = _role_cut(part, head[pos:])
        name = part if cut is None else part[:cut].rstrip()  # "Jane Doe Staff Writer": a role glued on
        first_names = alone and (k == 0 or (" " not in kept[0] and _LIST_AND.search(sep) is not None))
        if not _is_name(name, first_names):  # "Written by Jane and John": first names after a first name
            if k == 0:
                return None
            break
        if cut is not None:
            kept.append((sep if k > 0 else "") + _title_case(name))
            offset = pos + cut
            break
        kept.append((sep if k > 0 else "") + _title_case(part))
        offset = part_end
        pos = part_end + (len(seps[k]) if k < len(seps) else 0)
        if len(kept) >= NAMES_MAX:
            break
    if not kept:
        return None
    names = "".join(kept).strip(" ,")
    if "," in names:
        names = _SPACE_BEFORE_COMMA.sub(",", names)
    if "." in names[-2:] and _SENTENCE_STOP.search(names):  # "By Jane Doe.  Last Updated ...": the full
        names = names[:-1]  # stop ends the line's sentence
    return names, offset + leading


_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
_SENTENCE_STOP = re.compile(r"(?<![A-Z])(?<!\b[JS]r)(?<=[a-zß-ÿ]{2})\.$")
ROLE_CUT_MIN_WORDS = 2  # a name keeps at least this many words before a role glued on


def _role_cut(part: str, rest: str) -> int | None:
    """Where a role glued on a name starts in `part` ("Jane Doe Senior Editor" -> 9),
    the role running on in `rest` (`part` and what follows it), or None."""
    starts = [m.start() for m in _WORD_START.finditer(part)][ROLE_CUT_MIN_WORDS:] \
        if len(part.split()) > ROLE_CUT_MIN_WORDS else []  # a word starts after each run of spaces
    if _GLUED_ROLE.search(part):  # "Jane DoeStaff Writer": the role glued on the name's last word
        starts = sorted(starts + [m.end() - 1 for m in _GLUED_ROLE.finditer(part)
                                  if part.count(" ", 0, m.end()) + 1 >= ROLE_CUT_MIN_WORDS])
    for start in starts:
        after, in_part = rest[start:], part[start:]
        if is_author_role(after) or (in_part != after and is_author_role(in_part)):
            return start
    return None


_WORD_START = re.compile(r"(?<!\S)\S")


COMMA_LIST_MIN_NAMES = 3  # "Jane Doe, John Roe, Ann Poe" without "and": fewer may be a name and an affiliation


def _comma_list(parts: Sequence[str], seps: Sequence[str]) -> bool:
    """`parts` are names listed with commas alone, each of two words or more, at
    least `COMMA_LIST_MIN_NAMES` of them ("Dr Jane Doe, John Roe, Ann van Poe")."""
    return (len(parts) >= COMMA_LIST_MIN_NAMES and all(s.strip() == "," for s in seps)
            and all(" " in p.strip() and _is_name(p) and not is_author_role(p) for p in parts))


def _head(text: str) -> str:
    """The start of a byline where names may be: up to a separator, a digit, a word
    that starts what follows the names ("on", "Updated"), or a month before a day."""
    hard = _hard_end(text)
    head = text[: hard.start()] if hard else text
    words = head.split(" ")
    for k, word in enumerate(words):
        if word in _STOP_LOWER or word.casefold() in _STOP_LEADS:
            return " ".join(words[:k])
    if hard is not None and hard.group().isdigit() and words:
        last = words[-1] or (words[-2] if len(words) > 1 else "")
        if last.casefold().rstrip(".") in MONTHS:
            return head[: head.rstrip().rfind(last)]
        for i in range(len(last) - 3, 0, -1):  # "DoeMarch 3": a month glued on the name
            if last[i].isupper() and last[i - 1].islower() and last[i:].casefold().rstrip(".") in MONTHS:
                return head[: head.rstrip().rfind(last) + i]
    return head


CREDENTIAL_AFTER_WORDS = 2  # name words before a credential written without a comma ("Jane Doe MD")


def _is_name(part: str, alone: bool = False) -> bool:
    """`part` is one name: capitalised words (particles and honorifics allowed), not
    headline or menu words. A single word that is a plain capitalised word ("Need",
    "Style") is a name only when `alone` allows it."""
    words = part.split()
    if len(words) == 1 and not alone and _PLAIN_WORD.match(part):
        return False
    if not 1 <= len(words) <= NAME_MAX_WORDS:
        return False
    if words[-1].casefold() in _GROUP_ENDS and (words[0][:1].isupper() or words[0] == "the"):
        words = words[1:] if words[0].casefold() == "the" else words
        return all(w[:1].isupper() for w in words[:-1])  # "The Currency editors": the group's word in lower case
    if len(words) > 1 and words[0].casefold() not in _GROUP_ENDS and not (part.isascii() and part.istitle()) \
            and _GLUED_WORDS.search(part):  # (in ASCII title case no capital follows a lower-case letter)
        return False  # "CategoryBy Manufacturer", "Wedding ChecklistsJust": menu items glued together
    capitals = 0
    upper = part.isupper()
    for k, word in enumerate(words):
        if "-" in word and any(p.casefold() in _ADVERB_PARTICLES for p in word.split("-")[1:]):
            return False  # "Wrap-Up", "Check-In": a noun made of a verb, not a double name
        low = word.casefold()
        if low in _HONORIFICS:
            continue
        if low in _PARTICLES:
            continue
        if _INITIALS.match(word):
            capitals += 1  # rule initial_in_name: "A.", "I." are a middle initial, not the words "a", "I"
            continue
        if not word[0].isupper() or low.strip(".") in _NOT_NAME or not (word.isalpha() or _NAME_WORD.match(word)):
            return False  # (a word of letters alone is a `_NAME_WORD`)
        if not upper and k >= CREDENTIAL_AFTER_WORDS and k == len(words) - 1 and word.isupper() \
                and _CREDENTIAL.match(word) and not _is_role_word(word):
            continue  # rule credential_after_name: "Sarah Knowles MW", "Jane A. Doe CPP"
        if not upper and (word.isupper() and len(word) > 1 and not _INITIALS.match(word)
                          and not (len(word) == 2 and k == 0 and len(words) > 1  # "PJ Doe": initials,
                                   and not _topic_word(words[-1]))  # not "UK Politics", "EV Charging"
                          or _many_capitals(word)):
            return False
        capitals += 1
    return capitals >= 1


# A capital after four lower-case letters inside a word: words glued together ("ChecklistsJust"), where a name's
# inner capital follows a short prefix ("McDonald", "MacKenzie", "DeSiato").
_GLUED_WORDS = re.compile(r"[a-zß-ÿ]{4}[A-ZÀ-Þ]")
_ADVERB_PARTICLES = frozenset(_words("up down out off in on over back away"))


def _title_case(part: str) -> str:
    """Names written in capitals, in title case ("JANE DOE" -> "Jane Doe")."""
    if not part.isupper():
        return part
    return " ".join(w if len(w) <= 1 else "-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in part.split())


def _rest_is_meta(rest: str, need_separator: bool = False) -> bool:
    """What follows the names in a byline: nothing, or (after a separator when
    `need_separator`) a role, a date, a reading time, a section ("in Science"), an
    affiliation ("Jane Doe, Associated Press")."""
    rest = rest.strip()
    if not rest:
        return True
    separated = bool(_REST_SEPARATOR.match(rest))
    if need_separator and not (separated or rest[0].isdigit() or _MONTH_DAY.match(rest)):
        return False
    body = rest.lstrip("|·•⋅●/,–—-: ").strip()
    if not body or is_date_line(body) or _READING_TIME.match(body):
        return True
    first = _segments(body, maxsplit=1)[0]
    if is_author_role(first, plural=True) or is_date_line(first) or _READING_TIME.match(first):
        return True
    words = first.split()
    lower = [w for w in words if w[:1].islower() and w.casefold() not in _AFFILIATION_LINKS]
    if separated and not need_separator:
        return (first[:1].isupper() or first[:1].isdigit()) and len(words) <= ROLE_MAX_WORDS and len(lower) <= 1
    return not need_separator and len(words) <= ROLE_MAX_WORDS and len(lower) <= 1 and body == first


# Lower-case words an affiliation after the names may hold: "Special to the Pioneer Press".
_AFFILIATION_LINKS = _ROLE_LINKS | frozenset(_words("to the"))
_REST_SEPARATOR = re.compile(r"[|·•⋅●/,–—-]")
_MONTH_DAY = re.compile(r"[A-Z][a-z]+\.? \d")
_SEGMENT_END = re.compile(r"\s*[|·•⋅●]\s*|,\s*|\s[-–—]\s")
_SEGMENT_MARKS = re.compile(r"[|·•⋅●,–—-]")  # every `_SEGMENT_END` match holds one


def _segments(text: str, maxsplit: int = 0) -> list[str]:
    """`_SEGMENT_END.split(text, maxsplit)`, split only when `text` holds a mark a segment ends with."""
    if _SEGMENT_MARKS.search(text) is None:
        return [text]
    return _SEGMENT_END.split(text, maxsplit)
