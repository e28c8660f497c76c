"""Dates written the ways web pages write them, parsed to `datetime`.

Functions for the labeller, all pure:

* `find_date(text, reference)`: the first date in a line (with its time and
  zone where the line gives them), in English, German, French, Spanish,
  Portuguese, Italian, Dutch, Indonesian, Russian, Ukrainian, Polish, Czech,
  Turkish, Scandinavian, Finnish, Hungarian, Romanian, Lithuanian, Greek, Arabic,
  Japanese, Chinese and Korean forms, or a relative date ("3 hours ago", "yesterday")
  when a reference date is given.
* `is_date_line(text)`: the line is a date stamp, with at most a lead-in
  ("Updated", "Published on"...), a byline or a reading time around it.
* `date_role(text)`: "published" or "updated", from the lead-in.
* `find_dates(lines, title_index)`: a page's (published, updated), read near the
  title first.

Numeric dates are read day-first or month-first by value where only one
reading is valid (13/03/2021, 03/13/2021); otherwise by `DAY_FIRST_BY_SEPARATOR`:
dots and dashes are day-first (3.3.2021, 03-03-2021, the European and Asian
usage), slashes month-first (03/04/2021 is March 4, the US usage) -- but
`find_dates` reads a page's slashed date day-first when the page writes its
other dates day before month ("3 October 2023") and none month before day.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

# Month names and common abbreviations, lower case, by language.
_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    # 1..12 per row; several spellings separated by "|"; the forms after a date's day too (the genitive:
    # Czech "listopadu", Finnish "marraskuuta", Greek "νοεμβρίου", Ukrainian "листопада", Lithuanian "lapkričio")
    ("january|jan|januar|jänner|janvier|janv|enero|ene|janeiro|gennaio|gen|januari|styczeń|stycznia|ocak"
     "|января|январь|янв|يناير"
     "|sausio|tammikuuta|tammikuu|ledna|leden|január|ianuarie|ιανουαρίου|ιανουάριος|січня|січень",),
    ("february|feb|febr|februar|février|fevrier|févr|fév|fev|febrero|fevereiro|febbraio|februari|luty|lutego"
     "|şubat|subat|февраля|февраль|фев|فبراير"
     "|vasario|helmikuuta|helmikuu|února|únor|február|februarie|φεβρουαρίου|φεβρουάριος|лютого|лютий",),
    ("march|mar|märz|maerz|mär|mars|marzo|março|marco|maret|maart|mrt|marzec|marca|mart|марта|март|мар|مارس"
     "|kovo|maaliskuuta|maaliskuu|března|březen|március|martie|marts|μαρτίου|μάρτιος|березня|березень",),
    ("april|apr|avril|avr|abril|abr|aprile|kwiecień|kwietnia|nisan|апреля|апрель|апр|أبريل|ابريل|إبريل"
     "|balandžio|huhtikuuta|huhtikuu|dubna|duben|április|aprilie|απριλίου|απρίλιος|квітня|квітень",),
    ("may|mai|mayo|maio|maggio|mag|mei|maj|maja|mayıs|mayis|мая|май|مايو"
     "|gegužės|toukokuuta|toukokuu|května|květen|május|μαΐου|μάιος|травня|травень",),
    ("june|jun|juni|juin|junio|junho|giugno|giu|czerwiec|czerwca|haziran|июня|июнь|июн|يونيو|يونيه"
     "|birželio|kesäkuuta|kesäkuu|června|červen|június|iunie|ιουνίου|ιούνιος|червня|червень",),
    ("july|jul|juli|juillet|juil|julio|julho|luglio|lug|lipiec|lipca|temmuz|июля|июль|июл|يوليو|يوليه"
     "|liepos|heinäkuuta|heinäkuu|července|červenec|július|iulie|ιουλίου|ιούλιος|липня|липень",),
    ("august|aug|août|aout|agosto|ago|agustus|agu|agt|augustus|sierpień|sierpnia|ağustos|agustos|августа"
     "|август|авг|أغسطس|اغسطس"
     "|rugpjūčio|elokuuta|elokuu|srpna|srpen|augusztus|augusti|αυγούστου|αύγουστος|серпня|серпень",),
    ("september|sep|sept|septembre|septiembre|setiembre|setembro|set|settembre|wrzesień|września|eylül|eylul"
     "|сентября|сентябрь|сен|сент|سبتمبر"
     "|rugsėjo|syyskuuta|syyskuu|září|szeptember|septembrie|σεπτεμβρίου|σεπτέμβριος|вересня|вересень",),
    ("october|oct|oktober|okt|octobre|octubre|outubro|out|ottobre|ott|październik|października|ekim"
     "|октября|октябрь|окт|أكتوبر|اكتوبر"
     "|spalio|lokakuuta|lokakuu|října|říjen|október|octombrie|οκτωβρίου|οκτώβριος|жовтня|жовтень",),
    ("november|nov|novembre|noviembre|novembro|listopad|listopada|kasım|kasim|ноября|ноябрь|ноя|نوفمبر"
     "|lapkričio|marraskuuta|marraskuu|listopadu|noiembrie|νοεμβρίου|νοέμβριος|листопада|листопад",),
    ("december|dec|dezember|dez|décembre|decembre|déc|diciembre|dic|dezembro|dicembre|desember|des"
     "|grudzień|grudnia|aralık|aralik|декабря|декабрь|дек|ديسمبر"
     "|gruodžio|joulukuuta|joulukuu|prosince|prosinec|decembrie|δεκεμβρίου|δεκέμβριος|грудня|грудень",),
)
MONTHS: dict[str, int] = {
    name: number for number, row in enumerate(_MONTH_NAMES, start=1) for name in row[0].split("|")
}

# Zone abbreviations with a fixed offset in hours.
ZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "TRT": 3, "GST": 4, "PKT": 5, "IST": 5.5, "NPT": 5.75, "ICT": 7, "WIB": 7,
    "WITA": 8, "WIT": 9, "SGT": 8, "MYT": 8, "HKT": 8, "PHT": 8, "AWST": 8, "JST": 9, "KST": 9, "ACST": 9.5,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5,
    "BRT": -3, "ART": -3,
}
# US zone names without standard/daylight: the offset follows US daylight-saving rules for the date.
US_ZONES: dict[str, int] = {"ET": -5, "EASTERN": -5, "CT": -6, "CENTRAL": -6, "MT": -7, "MOUNTAIN": -7,
                            "PT": -8, "PACIFIC": -8}

DAY_FIRST_BY_SEPARATOR = {".": True, "-": True, "/": False}
YEAR_MIN, YEAR_MAX = 1900, 2099
TWO_DIGIT_YEAR_PIVOT = 70  # "3/4/21" is 2021, "3/4/99" is 1999 (the POSIX convention)
TIME_GAP_MAX_CHARS = 12  # how far from the date a time may stand ("3 March 2021 at 17:10")
RELATIVE_MAX_WORDS = 8  # "yesterday", "3 hours ago" count as dates only in a line this short
RELATIVE_MAX_CHARS = 80  # ... and this short
DATE_LINE_MAX_CHARS = 200
DATE_LINE_MAX_NAME_WORDS = 8  # capitalised words left beside the date: a byline, a section
DATE_LINE_MAX_OTHER_WORDS = 1  # lower-case words left beside the date: more and it is a sentence
DATE_LINE_MAX_SEGMENTS = 6  # a stamp among short segments ("3 March 2021 | Science | 2 comments")...
DATE_LINE_SEGMENT_MAX_WORDS = 8  # ... each of at most this many words
NEAR_TITLE_BEFORE = 3  # find_dates reads date lines this close above the title first...
NEAR_TITLE_AFTER = 12  # ... and this close below it
SPAN_CACHE_LINES = 512  # lines whose dates (and their times) are kept for the next test that reads them

# A word where a month name may stand; `MONTHS` decides. (One letter class, not an alternation of
# 200 names, keeps the search fast.) A word that is a name with a month glued on its end ("by Jane
# DoeMarch 3, 2021") is split where the capitals say.
_MONTH = r"(?P<{}_mon>[^\W\d_]{{3,}})\.?"
# "Mar 27, 20255 mins", "October 17, 20236:01 PM": a reading time or a clock time glued on the year
_YEAR = r"(?P<{}_y>(?:19|20)\d\d)(?:(?!\d)|(?=\d{{1,2}}\s?(?i:min))|(?=\d{{1,2}}:\d\d))"
_DAY_SUFFIX = r"(?i:st|nd|rd|th|er|e|º|°)?"

# The date forms, one alternative each in `_DATE`; each form's groups are named "<form>_<part>".
_FORMS: dict[str, str] = {
    "iso": r"(?<![\d.])(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]?\d)-(?P<iso_d>[0-3]?\d)(?!\d)",
    "ymd": r"(?<![\d.])(?P<ymd_y>(?:19|20)\d\d)(?:/(?P<ymd_m>[01]?\d)/(?P<ymd_d>[0-3]?\d)(?![\d/])"
           r"|\.\s?(?P<ymd_m2>[01]?\d)\.\s?(?P<ymd_d2>[0-3]?\d)(?![\d])\.?)",
    "cjk": r"(?P<cjk_y>(?:19|20)\d\d)\s*[年년]\s*(?P<cjk_m>[01]?\d)\s*[月월]\s*(?P<cjk_d>[0-3]?\d)\s*[日일号號]?",
    "num": r"(?<![\d./-])(?P<num_a>[0-3]?\d)(?P<num_sep>[./-])(?P<num_b>[0-3]?\d)(?P=num_sep)"
           r"(?P<num_y>(?:19|20)\d\d|\d\d)(?![\d]|[./-]\d)",
    "dmy": r"(?<!\d)(?P<dmy_d>[0-3]?\d)" + _DAY_SUFFIX + r"\.?(?:\s+(?:de|of))?[\s-]*" + _MONTH.format("dmy")
           + r"(?:\s+del?)?[\s,.-]*[’']?" + _YEAR.format("dmy"),
    # Vietnamese: the day, "tháng" and the month's number, the year ("3 tháng 5, 2021", "ngày 3 tháng 5 năm 2021").
    "vn": r"(?<!\d)(?:(?i:ngày)\s+)?(?P<vn_d>[0-3]?\d)\s+(?i:tháng)\s+(?P<vn_m>[01]?\d)"
          r"(?:\s*,\s*|\s+(?i:năm)\s+|\s+)(?P<vn_y>(?:19|20)\d\d)(?!\d)",
    # The year, the month's name, the day: "2023 Jan 7" (a reference's), "2021. május 3." (Hungarian), "2021 m.
    # gegužės 3 d." (Lithuanian).
    # (after a stop or "m.", or a month's name in capitals: "In 2019 set 3 records" holds no date)
    "ynd": r"(?<![\d.])(?P<ynd_y>(?:19|20)\d\d)(?:\.(?:\s+m\.)?\s+|\s+m\.\s+|\s+(?=[A-Z]))" + _MONTH.format("ynd")
           + r"\s+(?P<ynd_d>[0-3]?\d)(?![\d:])\.?(?:\s+d\.)?",
    "mdy": r"(?<![^\W\d_])" + _MONTH.format("mdy") + r"[\s-]*(?P<mdy_d>[0-3]?\d)(?i:st|nd|rd|th)?(?!\d)[\s,.-]*"
           + _YEAR.format("mdy"),
}
_DATE = re.compile("|".join(f"(?P<{form}>{pattern})" for form, pattern in _FORMS.items()))
# Every date written out carries a year (four digits, or two after slashes): the patterns run only in a
# window around each one, so lines without a year cost one search.
_GATE = re.compile(r"(?:19|20)\d\d|\d/\d\d?/\d\d")
YEAR_GATE = _GATE  # a line without a match of this holds no calendar date
YEAR_LITERALS = ("19", "20", "/")  # every `_GATE` match holds one of these


def _has_year(text: str) -> bool:
    """`_GATE` matches in `text`, looked for only when `text` holds one of `YEAR_LITERALS`."""
    return ("19" in text or "20" in text or "/" in text) and _GATE.search(text) is not None


WINDOW_BEFORE_YEAR = 40  # "Wednesday, 3rd of September 2021": the longest day-and-month lead before a year
WINDOW_AFTER_YEAR = 16  # "2021 年 3 月 3 日": the longest month-and-day tail after a year

# Zone names of three letters or more: "07.00 BST" is a time before one (a dot between hour and minute).
_LONG_ZONES = "|".join(sorted((z for z in ZONES if len(z) >= 3), key=len, reverse=True))
_TIME_PATTERN = (
    r"(?P<cjk>午前|午後|上午|下午|오전|오후)?\s*(?<![\d:.,])(?P<h>[01]?\d|2[0-3])"
    r"(?:(?:[:h]|\s*[時时시]\s*)(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:[.,]\d+)?[分분]?"
    r"|\.(?P<mi2>[0-5]\d)(?=\s*(?:[aApP]\.?\s?[mM]|Uhr|h\b|(?:" + _LONG_ZONES + r")\b))"
    r"|(?=\s*[aApP]\.?\s?[mM](?![^\W\d_])))"
    r"(?:\s*(?P<ap>[aApP])\.?\s?[mM]\.?(?![^\W\d_]))?(?:\s*(?:Uhr|h)\b)?"
    r"(?:\s*(?P<ar>[مص])(?![^\W\d_]))?"  # Arabic "م" (evening: p.m.), "ص" (morning: a.m.)
)
_TIME = re.compile(_TIME_PATTERN)
_TIME_GLUED = re.compile(_TIME_PATTERN.replace(r"(?<![\d:.,])", ""))  # "October 17, 20236:01 PM": on the year
_TIME_GAP = re.compile(r"[\s,;|·•@–—(\[T/-]*(?:(?:at|à|às|a\s+las|a\s+la|alle|um|om|pukul|kl|o|в|on|le|el)\.?)?"
                       r"[\s,;|·•@–—(\[/-]*", re.IGNORECASE)
_ZONE_NAMES = "|".join(sorted(ZONES, key=len, reverse=True))
_ZONE = re.compile(
    r"\s*\(?\s*(?:(?:GMT|UTC)\s*(?P<gsign>[+-])\s*(?P<gh>\d{1,2})(?::?(?P<gm>[0-5]\d))?"
    r"|(?P<osign>[+-])(?P<oh>[01]\d):?(?P<om>[0-5]\d)(?!\d)"
    r"|(?P<us>ET|CT|MT|PT|Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard\s+|Daylight\s+)?Time)?(?![^\W\d_])"
    r"|(?P<name>" + _ZONE_NAMES + r")(?![^\W\d_]))\)?"
)

_RELATIVE = [re.compile(p, re.IGNORECASE) for p in (
    r"(?P<n>\d+|an?|one)\s+(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)"
    r"\s+ago\b",
    r"(?<![^\W\d_])(?P<n>\d+)\s?(?P<u>[smhdw])\s+ago\b",
    r"\bvor\s+(?P<n>\d+|einer?|einem)\s+(?P<u>Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)\b",
    r"\bil\s+y\s+a\s+(?P<n>\d+|une?)\s+(?P<u>secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b",
    r"\bhace\s+(?P<n>\d+|una?)\s+(?P<u>segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)\b",
    r"\bh[áa]\s+(?P<n>\d+|uma?)\s+(?P<u>segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)\b",
    r"(?P<n>\d+)\s+(?P<u>segundos?|minutos?|horas?|dias?|semanas?)\s+atrás",
    r"(?P<n>\d+|una?)\s+(?P<u>second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa\b",
    r"(?P<n>\d+|se)\s*(?P<u>detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu\b",
    r"(?P<n>\d+)\s+(?P<u>seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden\b",
    r"(?P<n>\d+)\s+(?P<u>секунд\w*|минут\w*|час\w*|дн\w*|день|недел\w*|месяц\w*|год\w*|лет)\s+назад",
    r"(?P<n>\d+)\s*(?P<u>秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週間|週|个月|ヶ月|か月|年)\s*前",
    r"(?P<n>\d+)\s*(?P<u>초|분|시간|일|주|개월|달|년)\s*전",
)]
_DAY_WORDS = re.compile(
    r"(?i:(?<![^\W\d_])(?P<w>yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy|ontem|hoje|ieri|oggi"
    r"|kemarin|hari\s+ini|вчера|сегодня|gisteren|vandaag|wczoraj|dzisiaj|dün|bugün)(?![^\W\d_]))"
    r"|(?P<cjk>昨日|今日|昨天|今天|어제|오늘)"
)
_DAYS_BACK = {"yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ontem": 1, "ieri": 1, "kemarin": 1,
              "вчера": 1, "gisteren": 1, "wczoraj": 1, "dün": 1, "昨日": 1, "昨天": 1, "어제": 1}
# Unit words (lower case) to seconds: a relative count's unit starts with the longest stem that fits;
# one-letter units ("3h ago") must be exact.
_UNIT_STEMS: dict[int, tuple[str, ...]] = {
    1: ("sec", "sek", "seg", "detik", "секунд", "秒", "초"),
    60: ("min", "menit", "minut", "минут", "分", "분"),
    3_600: ("hour", "hr", "stund", "heure", "hora", "ora", "ore", "jam", "час", "uur", "小时", "小時", "時間", "시간"),
    86_400: ("day", "tag", "jour", "día", "dia", "giorn", "hari", "дн", "день", "dag", "天", "日", "일"),
    604_800: ("week", "wk", "woche", "semana", "semaine", "settiman", "minggu", "недел", "周", "週", "주"),
    2_592_000: ("mois", "mes", "month", "monat", "maand", "bulan", "месяц", "个月", "ヶ月", "か月", "개월", "달"),
    31_536_000: ("year", "yr", "jahr", "an", "año", "ano", "ann", "tahun", "год", "лет", "jaar", "年", "년"),
}
_UNIT_LETTERS = {"s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800}
_STEMS = sorted(((stem, sec) for sec, stems in _UNIT_STEMS.items() for stem in stems), key=lambda p: -len(p[0]))

# The words that may stand beside a date in a date line: lead-ins, weekdays, bylines' and
# reading times' words, prepositions. Lower case; matched against whole words.
_LEAD_PUBLISHED = ("published|publish|posted|first published|originally published|date|created|written|released"
                   "|publié|publiée|publication|veröffentlicht|publiziert|erstellt|erschienen|publicado|publicada"
                   "|publicación|pubblicato|pubblicata|diterbitkan|dipublikasikan|diposting|terbit|dipublikasi"
                   "|опубликовано|опубликован|дата|gepubliceerd|geplaatst|opublikowano|yayınlanma|yayınlandı"
                   "|公開|公開日|投稿日|发布|發布|发表|發表|发布时间|發布時間|입력|게재|등록|작성")
_LEAD_UPDATED = ("updated|last updated|modified|last modified|revised|mis à jour|mise à jour|maj"
                 "|aktualisiert|zuletzt aktualisiert|geändert|stand|actualizado|actualizada|atualizado|atualizada"
                 "|aggiornato|aggiornata|diperbarui|diperbaharui|обновлено|обновлен|bijgewerkt|gewijzigd"
                 "|zaktualizowano|güncellendi|güncelleme|更新|更新日|更新时间|更新時間|最終更新|수정|업데이트")
# Lead-ins that date something else than the piece: a figure's data, a member's last visit, a check, an offer's end.
_LEAD_OTHER = ("as of|last active|last seen|last checked|checked|accessed|retrieved|joined|member since|expires"
               "|valid until|valid through|deadline")
_ROLE = re.compile(r"(?i:(?<![^\W\d_])(?:(?P<other>" + _LEAD_OTHER + r")|(?P<updated>" + _LEAD_UPDATED
                   + r")|(?P<published>" + _LEAD_PUBLISHED + r"))(?![^\W\d_]))")
def _split(words: str) -> list[str]:
    return words.split()


# Weekdays and their abbreviations, by language.
_WEEKDAY_WORDS = """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes sábado sabado domingo segunda terça
    terca quarta quinta sexta feira lunedì martedì mercoledì giovedì venerdì sabato domenica senin selasa rabu
    kamis jumat sabtu minggu понедельник вторник среда четверг пятница суббота воскресенье maandag dinsdag
    woensdag donderdag vrijdag zaterdag zondag 月 火 水 木 金 土 日 曜日 월 화 수 목 금 토 일 요일 الاثنين الإثنين
    الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد"""
WEEKDAY_MIN_CHARS = 4  # shorter abbreviations ("mo", "sa", "月") are also other words and names
# Weekday names (lower case) long enough to be no one's name: "monday", "segunda", "feira", "montag".
WEEKDAYS = frozenset(w for w in _split(_WEEKDAY_WORDS) if len(w) >= WEEKDAY_MIN_CHARS)
WEEKDAY_WORDS = frozenset(_split(_WEEKDAY_WORDS))  # and their abbreviations: "tue", "di", "mer"
# A weekday between a time and the date after it: "6:41 AM ET, Thu November 14, 2019".
_WEEKDAY_AFTER_TIME = re.compile(r"[\s,]*(?:" + "|".join(sorted(map(re.escape, WEEKDAY_WORDS), key=len, reverse=True))
                                 + r")\.?(?![^\W\d_])", re.IGNORECASE)
_STAMP_WORDS = frozenset(
    _split(_LEAD_PUBLISHED.replace("|", " ") + " " + _LEAD_UPDATED.replace("|", " "))
    + _split("""on at the of in by and und et y e a à às am um le la el em il alle ore om op pukul jam des du de del
    do da last first originally von por par di oleh door от przez tarafından written words author autor auteur penulis
    min mins minute minutes read reading time lesezeit lectura leitura lettura menit baca чтения 分 読了 읽기
    comments comment kommentare commentaires comentarios comentários commenti komentar views shares likes
    г года hours hour ago gmt utc uhr h hrs ist kl o clock reviewed edited fact checked م ص في نشر بتاريخ تحديث آخر""")
    + _split(_WEEKDAY_WORDS)
)
_WORDS = re.compile(r"[^\W_]+")
_SEGMENT_SEPARATOR = re.compile(r"\s*\|\s*|\s+[·•⋅●]\s+")
# Words (lower case) of which every relative date holds one, and the CJK marks that do the same job:
# lines without one skip the relative patterns. Relative dates without a digit ("yesterday", "an hour
# ago") are looked for only in lines of at most `RELATIVE_NO_DIGIT_MAX_CHARS`.
_RELATIVE_WORDS = frozenset(
    word + end
    for word in _split("""ago vor hace há atrás fa lalu geleden назад yesterday today gestern heute hier aujourd'hui
    ayer hoy ontem hoje ieri oggi kemarin вчера сегодня gisteren vandaag wczoraj dzisiaj dün bugün""")
    for end in ("", ",", ".", ":", ")")
)
_RELATIVE_MARKS = ("前", "전", "昨", "今", "어제", "오늘")
RELATIVE_NO_DIGIT_MAX_CHARS = 40
_DIGIT = re.compile(r"\d")


def _maybe_relative(text: str) -> bool:
    """A cheap test: might `text` hold a relative date?"""
    size = len(text)
    if size > RELATIVE_MAX_CHARS or (size > RELATIVE_NO_DIGIT_MAX_CHARS and not _DIGIT.search(text)):
        return False
    if not text.isascii() and any(mark in text for mark in _RELATIVE_MARKS):
        return True
    low = text.lower()
    return not _RELATIVE_WORDS.isdisjoint(low.split()) or "il y a" in low or "hari ini" in low


@dataclass(frozen=True)
class _Span:
    """A calendar date found in a line, and where."""

    start: int
    end: int
    year: int
    month: int
    day: int
    order: str = ""  # "dmy" or "mdy" when the date's writing shows which comes first, day or month
    swappable: bool = False  # "03/10/2023": read month-first by the separator's habit, day-first as validly


def find_date(text: str, reference: datetime | None = None) -> datetime | None:
    """The first date in `text` (any string; meant for one short line), or None.

    Time and zone are read when they stand next to the date; without a zone the
    result is naive. A relative date ("3 hours ago", "yesterday at 17:10", "vor
    2 Tagen", "3時間前") counts only when `reference` is given and the line is
    at most `RELATIVE_MAX_WORDS` words; it is `reference` less the interval
    (months as 30 days, years as 365), in `reference`'s zone. A year alone, or
    numbers in a sentence ("In 2021, 3 of 5..."), is not a date.
    """
    text = _normal(text)
    spans = _date_spans(text)
    if spans:
        first = spans[0]
        return _at_time(text, first)
    if reference is not None and len(text.split()) <= RELATIVE_MAX_WORDS and _maybe_relative(text):
        return _relative(text, reference)
    return None


def relative_date(text: str, reference: datetime) -> datetime | None:
    """`find_date(text, reference)` for a line `text` that holds no calendar date
    (`find_date(text)` is None): its relative date, if any."""
    text = _normal(text)
    if len(text.split()) <= RELATIVE_MAX_WORDS and _maybe_relative(text):
        return _relative(text, reference)
    return None


def is_time_line(text: str) -> bool:
    """The line is a time of day alone ("11:45 PM", "14h30", "10.38 BST", "09:15"): how a live blog stamps
    each update. An hour of one figure needs its "a.m."/"p.m.", zone or "h" ("2:31" is a video's length)."""
    stripped = text.strip()
    m = _TIME.match(stripped)
    if m is None:
        return False
    zone = stripped[m.end():].strip(" ()").upper()
    return zone in ("", *ZONES) and (len(m.group("h")) == 2 or bool(m.group("ap") or zone) or "h" in m.group())


def is_date_line(text: str) -> bool:
    """True when the line `text` (one line, any string) is a date stamp.

    The line holds a date, time or relative date ("2 hours ago") and little
    else: lead-ins ("Updated", "Published on", "Veröffentlicht am"...),
    weekdays, a byline ("By Jane Doe · 3 March 2021"), a reading time or a
    comment count. At most `DATE_LINE_MAX_NAME_WORDS` capitalised words and
    `DATE_LINE_MAX_OTHER_WORDS` other words may remain beside the date; or the
    line is segments split by "|" or "·", one of them such a stamp and the others
    short (sections, tags, counts).
    """
    if len(text) > DATE_LINE_MAX_CHARS:
        return False
    text = _normal(text)
    relative = _maybe_relative(text)
    if not relative and not _has_year(text):
        return False
    spans = _stamp_spans(text, relative)
    if not spans:
        return False
    if _stamp_only(text, spans):
        return True
    # "Published: 3 March 2021 | Science, Health | 2 comments": a stamp among short segments.
    segments = _SEGMENT_SEPARATOR.split(text)
    if not 2 <= len(segments) <= DATE_LINE_MAX_SEGMENTS:
        return False
    stamps = 0
    for segment in segments:
        stamp = _stamp_spans(segment, relative)
        if stamp and _stamp_only(segment, stamp):
            stamps += 1
        elif len(segment.split()) > DATE_LINE_SEGMENT_MAX_WORDS:
            return False
    return stamps > 0


def opens_with_stamp(text: str) -> bool:
    """True when the line `text` opens with a date's lead-in and the date, whatever
    follows them ("Posted on May 3, 2021 by Jane Doe - 5 Comments on ...",
    "Updated Dec. 23, 2024, 1:24 PM EST / Source: ..."): a stamp, though too long
    for `is_date_line` (only its first `DATE_LINE_MAX_CHARS` are read). A line that
    opens with "On May 3, 2021, ..." has no lead-in."""
    text = text[:DATE_LINE_MAX_CHARS]  # the lead-in and the date open the line: what follows may run long
    if not _has_year(text):
        return False
    text = _normal(text)
    spans = _date_spans(text)
    if not spans:
        return False
    head = text[: spans[0].start]
    return (_ROLE.search(head) is not None
            and all(w.isdigit() or w.casefold() in _STAMP_WORDS for w in _WORDS.findall(head))
            and (_STAMP_GOES_ON.match(text, spans[0].end) is not None
                 or (len(spans) > 1 and spans[1].start - spans[0].end <= STAMP_DATES_GAP)))


STAMP_DATES_GAP = 3  # characters between a stamp's two dates ("May 3, 2021 / May 5, 2021", "May 3, 2021May 5, 2021")
# What follows the date of a stamp: its time, a separator, a byline, or nothing ("Published on March 3, 2019, a
# report ..." opens a sentence, no stamp).
_STAMP_GOES_ON = re.compile(r"\s*(?:,?\s*\d|[|/·•—–(-]|,?\s*(?i:by|at|um|à|às|alle|por|par|von)\b|$)")


def could_be_date_line(text: str) -> bool:
    """A cheap test that `is_date_line(text)` needs: an ASCII line too long for a
    relative date holds a year ("19", "20") or a slash, and no line is longer than
    `DATE_LINE_MAX_CHARS` (lines outside ASCII may change length as `_normal` folds them)."""
    size = len(text)
    return size <= DATE_LINE_MAX_CHARS and (size <= RELATIVE_MAX_CHARS or not text.isascii() or "19" in text
                                            or "20" in text or "/" in text)


_could_be_date_line = could_be_date_line


def _stamp_only(text: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Little stands in `text` beside the stamps at `spans` (see `is_date_line`)."""
    rest = []
    pos = 0
    for start, end in spans:
        rest.append(text[pos:start])
        pos = max(pos, end)
    rest.append(text[pos:])
    names = others = 0
    for word in _WORDS.findall(" ".join(rest)):
        if word.isdigit() or word.casefold() in _STAMP_WORDS:
            continue
        if word[0].isupper():
            names += 1
        else:
            others += 1
    return names <= DATE_LINE_MAX_NAME_WORDS and others <= DATE_LINE_MAX_OTHER_WORDS


def text_before_date(text: str) -> str | None:
    """What stands before the first calendar date in the line `text` (folded as
    the date finders read it), or None when it holds none: "Jane Doe Published:
    January 3, 2024" -> "Jane Doe Published: "."""
    if not _has_year(text):
        return None
    text = _normal(text)
    spans = _date_spans(text)
    return text[: spans[0].start] if spans else None


def text_after_date(text: str) -> str | None:
    """What follows the first calendar date in the line `text` when the date opens
    it (folded as the date finders read it), else None: "January 3, 2024 Jane Doe"
    -> " Jane Doe"."""
    if not _has_year(text):
        return None
    text = _normal(text)
    spans = _date_spans(text)
    return text[spans[0].end:] if spans and not text[: spans[0].start].strip() else None


def date_role(text: str) -> str | None:
    """"updated" or "published" from the lead-in before the first date in `text`
    (one line), or None when no lead-in says which ("Updated: 3 March 2021" ->
    "updated", "Veröffentlicht am 3. März 2021" -> "published")."""
    role = _date_role(text)
    return None if role == "other" else role


def _date_role(text: str) -> str | None:
    """`date_role`, or "other" when the lead-in dates something else than the
    piece (`_LEAD_OTHER`: "Data as of May 3, 2021", "Last active May 3, 2021")."""
    text = _normal(text)
    relative = _maybe_relative(text)
    if not relative and not _has_year(text):
        return None
    spans = _stamp_spans(text, relative)
    # the lead-in closest to the date: "Written by Jane Doe — Updated on ..."
    match = next(reversed(list(_ROLE.finditer(text, 0, spans[0][0] if spans else len(text)))), None)
    if match is None:
        return None
    return "other" if match.group("other") else "updated" if match.group("updated") else "published"


def updated_after(text: str) -> datetime | None:
    """The date after the first in the line `text` that an "updated" lead-in
    introduces, or None: "Published on Oct 21, 2025 Updated on Mar 9, 2026" ->
    2026-03-09 (the first date's role is `date_role`'s)."""
    return _role_after(text, "updated")


def published_after(text: str) -> datetime | None:
    """Rule published_after_updated: the date after the first in the line `text`
    that a "published" lead-in introduces, or None: "Updated Nov 11, 2022 Originally
    published Nov 9, 2022" -> 2022-11-09."""
    return _role_after(text, "published")


def _role_after(text: str, role_name: str) -> datetime | None:
    """The date after the first in the line `text` that a lead-in of the role
    `role_name` ("updated", "published") introduces, or None."""
    if not _has_year(text):
        return None
    text = _normal(text)
    spans = _date_spans(text)
    for before, span in zip(spans, spans[1:], strict=False):
        role = _ROLE.search(text, before.end, span.start)
        if role is not None and role.group(role_name):
            return _at_time(text, span)
    return None


def find_dates(lines: Sequence[str], title_index: int | None = None,
               reference: datetime | None = None, *, date_line_at: Callable[[int], bool] | None = None,
               date_at: Callable[[int], datetime | None] | None = None) -> tuple[datetime | None, datetime | None]:
    """(published, updated) from the date lines among `lines` (a page's lines, in
    order), each None when not found.

    A date line whose lead-in says "updated" gives `updated`; any other gives
    `published`, and `updated` too when a later date on it says so
    (`updated_after`). Lines near the title (`NEAR_TITLE_BEFORE` above `title_index` to
    `NEAR_TITLE_AFTER` below) are read first, the closest first (below before above
    at the same distance), since dates elsewhere on a page belong to other articles
    or to the day the page was saved; there a line that opens with a stamp counts too
    (`opens_with_stamp`). Then all lines in order.
    `date_line_at(i)` and `date_at(i)`, when given, are `is_date_line` and
    `find_date(..., reference)` of line `i`, known to the caller.
    """
    order: list[int] = []
    if title_index is not None:
        window = range(max(0, title_index - NEAR_TITLE_BEFORE), min(len(lines), title_index + NEAR_TITLE_AFTER + 1))
        order = sorted(window, key=lambda i: (abs(i - title_index), i < title_index))  # a teaser's date may stand above
    found: dict[str, datetime] = {}
    if date_line_at is None:
        known: dict[int, bool] = {}
        could = list(map(_could_be_date_line, lines))

        def date_line_at(i: int) -> bool:
            if i not in known:
                known[i] = could[i] and is_date_line(lines[i])
            return known[i]
    roles: dict[int, str] = {}  # a line near the title is read twice: its role is found once
    day_first: bool | None = None  # the page's habit, read only for a date that needs it
    for near in (True, False):
        for i in order if near else range(len(lines)):
            if not (date_line_at(i) or near and opens_with_stamp(lines[i])):
                continue
            text = lines[i]
            when = find_date(text, reference) if date_at is None else date_at(i)
            if when is not None and _swappable(text):  # "03/10/2023" on a page that writes "3 October 2023"
                page_order = day_first if day_first is not None else (day_first := _page_day_first(lines))
                when = when.replace(month=when.day, day=when.month) if page_order else when
            if when is not None:
                if i not in roles:
                    roles[i] = _date_role(text) or "published"
                _keep(found, roles[i], when, text)
        if "published" in found:
            break
    return found.get("published"), found.get("updated")


def _keep(found: dict[str, datetime], role: str, when: datetime, text: str) -> None:
    """Keep the date `when` of the date line `text` in `found` under its `role`
    (the first of each role found stays), and a later date of the other role on
    the line; a date of something else (rule date_of_something_else: "Data as of
    May 3, 2021") is kept nowhere."""
    if role == "other":
        return
    found.setdefault(role, when)
    if role == "published" and (later := updated_after(text)) is not None:
        found.setdefault("updated", later)  # "Published: Jan 3, 2021 | Updated: Feb 5, 2021"
    elif role == "updated" and (later := published_after(text)) is not None:
        found.setdefault("published", later)  # "Updated Feb 5, 2021 Originally published Jan 3, 2021"


def _swappable(text: str) -> bool:
    """The first date in the line `text` is numeric with slashes and reads validly
    either way ("03/10/2023")."""
    if "/" not in text:
        return False
    spans = _date_spans(_normal(text))
    return bool(spans) and spans[0].swappable


def _page_day_first(lines: Sequence[str]) -> bool:
    """The page writes its dates day before month ("3 October 2023", "13/03/2021")
    and never month before day ("October 3, 2023", "03/13/2021") on its date lines (prose may quote
    a date written otherwise)."""
    orders = {span.order for text in lines if _has_year(text) and is_date_line(text)
              for span in _date_spans(_normal(text))}
    return "dmy" in orders and "mdy" not in orders


def _normal(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\u2212", "-")
    return text


@lru_cache(maxsize=SPAN_CACHE_LINES)
def _date_spans(text: str) -> tuple[_Span, ...]:
    """Every calendar date in `text`, in order, without overlaps (kept for the
    last lines asked: a date line is read by several tests in turn)."""
    found: list[_Span] = []
    seen: set[tuple[int, int]] = set()
    for year in _GATE.finditer(text):
        low, high = max(0, year.start() - WINDOW_BEFORE_YEAR), year.end() + WINDOW_AFTER_YEAR
        for match in _DATE.finditer(text, low, high):
            span = _to_span(match)
            if span is not None and (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                found.append(span)
    found.sort(key=lambda s: (s.start, -s.end))
    spans: list[_Span] = []
    for span in found:
        if not spans or span.start >= spans[-1].end:
            spans.append(span)
    return tuple(spans)


def _to_span(m: re.Match[str]) -> _Span | None:
    form = m.lastgroup  # the form's group encloses the others: it closes last
    assert form in _FORMS
    year = int(m.group(form + "_y"))
    order, swappable = form if form in ("dmy", "mdy") else "", False
    if form == "num":
        if len(m.group("num_y")) == 2:
            if m.group("num_sep") != "/":
                return None
            year += 2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900
        a, b = int(m.group("num_a")), int(m.group("num_b"))
        month, day = _order(a, b, m.group("num_sep"))
        order = "dmy" if a > 12 >= b else "mdy" if b > 12 >= a else ""
        swappable = m.group("num_sep") == "/" and a != b and a <= 12 and b <= 12
    elif form == "dmy" or form == "mdy" or form == "ynd":
        month = MONTHS.get(m.group(form + "_mon").casefold(), 0)
        if not month and form == "mdy":
            return _glued_month(m)
        day = int(m.group(form + "_d"))
    elif form == "ymd" and m.group("ymd_m") is None:
        month, day = int(m.group("ymd_m2")), int(m.group("ymd_d2"))
    else:
        month, day = int(m.group(form + "_m")), int(m.group(form + "_d"))
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return _Span(m.start(form), m.end(form), year, month, day, order, swappable)


def _glued_month(m: re.Match[str]) -> _Span | None:
    """A month-day-year date whose month is glued on a name ("DoeMarch 3, 2021"), or None."""
    word = m.group("mdy_mon")
    for i in range(len(word) - 3, 0, -1):
        if word[i].isupper() and word[i - 1].islower():
            month = MONTHS.get(word[i:].casefold(), 0)
            if not month:
                return None
            year, day = int(m.group("mdy_y")), int(m.group("mdy_d"))
            try:
                datetime(year, month, day)
            except ValueError:
                return None
            return _Span(m.start() + i, m.end(), year, month, day, "mdy")
    return None


def _order(a: int, b: int, sep: str) -> tuple[int, int]:
    """(month, day) from a numeric date's first two numbers."""
    if a > 12 >= b:
        return b, a
    if b > 12 >= a:
        return a, b
    return (b, a) if DAY_FIRST_BY_SEPARATOR[sep] else (a, b)


@lru_cache(maxsize=SPAN_CACHE_LINES)
def _stamp_spans(text: str, relative: bool) -> tuple[tuple[int, int], ...]:
    """Where dates (with their times and zones) and, if `relative`, relative dates stand in `text` (kept
    for the last lines asked, as `_date_spans`)."""
    spans = [_time_and_zone(text, s)[2] for s in _date_spans(text)]
    if relative:
        for pattern in (*_RELATIVE, _DAY_WORDS):
            spans.extend(m.span() for m in pattern.finditer(text))
    if not spans:
        return ()
    spans.extend(m.span() for m in _TIME.finditer(text) if m.group("mi") or m.group("mi2") or m.group("ap"))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


@lru_cache(maxsize=SPAN_CACHE_LINES)
def _time_and_zone(text: str, span: _Span) -> tuple[re.Match[str] | None, re.Match[str] | None, tuple[int, int]]:
    """The time next to a date (after it, else before it, maybe with its zone and a weekday between: "6:41 AM
    ET, Thu November 14, 2019"), the zone after that, and the whole stamp's span."""
    start, end = span.start, span.end
    before_zone = None
    glued = text[end:end + 1].isdigit()
    time = (_TIME_GLUED.match if glued else _TIME.search)(text, end, end + TIME_GAP_MAX_CHARS + 12)
    if time is not None and (glued or _TIME_GAP.fullmatch(text, end, time.start())) and _real_time(time):
        end = time.end()
    else:
        time = None
        for before in _TIME.finditer(text, max(0, start - TIME_GAP_MAX_CHARS - 12), start):
            if not _real_time(before):
                continue
            its_zone = _ZONE.match(text, before.end())  # "6:41 a.m. CT Nov. 14, 2019": the time's own zone
            gap = its_zone.end() if its_zone is not None else before.end()
            weekday = _WEEKDAY_AFTER_TIME.match(text, gap)  # "6:41 AM ET, Thu November 14, 2019"
            if _TIME_GAP.fullmatch(text, weekday.end() if weekday is not None else gap, start):
                time, start, before_zone = before, before.start(), its_zone
    zone = _ZONE.match(text, end)
    if zone is not None:
        end = zone.end()
    else:
        zone = before_zone  # the zone of a time written before the date
    return time, zone, (start, end)


def _real_time(m: re.Match[str]) -> bool:
    return bool(m.group("mi") or m.group("mi2") or m.group("ap"))


def _at_time(text: str, span: _Span) -> datetime | None:
    time, zone, _ = _time_and_zone(text, span)
    hour = minute = second = 0
    if time is not None:
        hour = int(time.group("h"))
        minute = int(time.group("mi") or time.group("mi2") or 0)
        second = int(time.group("s") or 0)
        pm = (time.group("ap") or "").lower() == "p" or time.group("cjk") in ("午後", "下午", "오후") \
            or time.group("ar") == "م"
        am = (time.group("ap") or "").lower() == "a" or time.group("cjk") in ("午前", "上午", "오전") \
            or time.group("ar") == "ص"
        if pm and hour < 12:
            hour += 12
        elif am and hour == 12:
            hour = 0
    local = datetime(span.year, span.month, span.day, hour, minute, second)
    tz = _zone(zone, local) if zone is not None else None
    return local.replace(tzinfo=tz) if tz is not None else local


def _zone(m: re.Match[str], local: datetime) -> timezone | None:
    if m.group("gsign") or m.group("osign"):
        sign = -1 if (m.group("gsign") or m.group("osign")) == "-" else 1
        hours = int(m.group("gh") or m.group("oh"))
        minutes = int(m.group("gm") or m.group("om") or 0)
        if hours > 14:
            return None
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if m.group("us"):
        standard = US_ZONES[m.group("us").upper()]
        return timezone(timedelta(hours=standard + (1 if us_daylight_saving(local) else 0)))
    return timezone(timedelta(minutes=round(ZONES[m.group("name")] * 60)))


def us_daylight_saving(local: datetime) -> bool:
    """Whether US daylight-saving time is in force at the wall-clock time `local`
    (from 2007: second Sunday of March to first Sunday of November, at 2:00;
    before: first Sunday of April to last Sunday of October)."""
    year = local.year
    if year >= 2007:
        start, end = _nth_sunday(year, 3, 2), _nth_sunday(year, 11, 1)
    else:
        start, end = _nth_sunday(year, 4, 1), _nth_sunday(year, 11, 1) - timedelta(days=7)
    naive = local.replace(tzinfo=None)
    return start + timedelta(hours=2) <= naive < end + timedelta(hours=2)


def _nth_sunday(year: int, month: int, n: int) -> datetime:
    first = datetime(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _relative(text: str, reference: datetime) -> datetime | None:
    for pattern in _RELATIVE:
        match = pattern.search(text)
        if match:
            seconds = _unit_seconds(match.group("u"))
            return reference - timedelta(seconds=_count(match.group("n")) * seconds)
    match = _DAY_WORDS.search(text)
    if match is None:
        return None
    word = (match.group("w") or match.group("cjk")).casefold()
    when = reference - timedelta(days=_DAYS_BACK.get(word, 0))
    time = _TIME.search(text)
    if time is not None and _real_time(time):
        when = _at_time(text[time.start():], _Span(0, 0, when.year, when.month, when.day)) or when
        when = when.replace(tzinfo=reference.tzinfo)
    return when


def _count(word: str) -> int:
    return int(word) if word.isdigit() else 1


def _unit_seconds(unit: str) -> int:
    unit = unit.casefold()
    if unit in _UNIT_LETTERS:
        return _UNIT_LETTERS[unit]
    for stem, seconds in _STEMS:
        if unit.startswith(stem):
            return seconds
    raise ValueError(f"unknown time unit {unit!r}")  # unreachable: every pattern's units have stems
