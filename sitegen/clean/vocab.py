"""Vocabularies by concept (never by publisher): the words pages use for
navigation, sharing, promotion and other chrome."""

from __future__ import annotations

import re

from sitegen.clean.stopwords import STOPWORDS

# Whole short lines that are interface controls or labels.
UI_LINE = re.compile(
    r"""^(?:back|home|menu|close|more|less|more\s+less|show\s+more|read\s+more|see\s+more|load\s+more
    |next|previous|prev|read|view\s+all|see\s+all|learn\s+more|share|share\s+this(?:\s+article)?|tweet|email|print|save|comments?|reply
    |advertisement|advertising|sponsored|ad|skip\s+to\s+(?:main\s+)?content|skip\s+to\s+(?:the\s+)?article
    |skip\s+(?:to\s+)?navigation|sign\s+in|sign\s+up|log\s*in|log\s*out
    |logout|subscribe|register|search|follow|follow\s+us|recommended(?:\s+for\s+you)?|related(?:\s+articles)?
    |trending(?:\s+now|\s+news)?|advert|continue\s+reading(?:\s+below|\s+the\s+main\s+story)?|most\s+read|most\s+popular|top\s+stories|latest\s+news|you\s+may\s+also\s+like
    |[×x✕✖|•·]|facebook|twitter|linkedin|whatsapp|pinterest|pin(?:\s+it)?|reddit|copy\s+link|listen|play|シェア|ツイート
    |anterior|próxim[ao]|siguiente|précédent|suivant|zurück|weiter|vorherige|nächste|precedente|successiv[ao]
    |sebelumnya|selanjutnya|önceki|sonraki|назад|вперед|вперёд|далее|이전|다음|前へ|次へ|上一页|下一页
    |partager|compartir|compartilhar|teilen|condividi|bagikan|paylaş|поделиться|공유하기|分享|共有
    |s['’]abonner|abonnez-vous|s['’]inscrire|je\s+m['’]inscris|suscríbete|suscribirse|assine|assinar|inscreva-se
    |abonnieren|jetzt\s+abonnieren|jetzt\s+anmelden|iscriviti|berlangganan|abone\s+ol|подписаться|구독하기|購読する|订阅)$""",
    re.IGNORECASE | re.VERBOSE,
)
UI_MAX_CHARS = 31  # the longest `UI_LINE` match in single-spaced text ("continue reading the main story")
# Every `UI_LINE` match in single-spaced text, in lower case (the pattern's language: a test expands it).
UI_WORDS = frozenset((
    "ad", "advert", "advertisement", "advertising", "back", "close", "comment", "comments", "continue reading",
    "continue reading below", "continue reading the main story", "copy link", "email", "facebook", "follow",
    "follow us", "home", "latest news", "learn more", "less", "linkedin", "listen", "load more", "log in",
    "log out", "login", "logout", "menu", "more", "more less", "most popular", "most read", "next", "pin", "pin it",
    "pinterest", "play", "prev", "previous", "print", "read", "read more", "recommended", "recommended for you",
    "reddit", "register", "related", "related articles", "reply", "save", "search", "see all", "see more", "share",
    "share this", "share this article", "show more", "sign in", "sign up", "skip navigation", "skip to article",
    "skip to content", "skip to main content", "skip to navigation", "skip to the article", "sponsored",
    "subscribe", "top stories", "trending", "trending news", "trending now", "tweet", "twitter", "view all",
    "whatsapp", "x", "you may also like", "|", "·", "×", "•", "✕", "✖", "シェア", "ツイート",
    # Previous and next, share, and subscribe in other languages
    "anterior", "próxima", "próximo", "siguiente", "précédent", "suivant", "zurück", "weiter", "vorherige", "nächste",
    "precedente", "successiva", "successivo", "sebelumnya", "selanjutnya", "önceki", "sonraki", "назад", "вперед",
    "вперёд", "далее", "이전", "다음", "前へ", "次へ", "上一页", "下一页",
    "partager", "compartir", "compartilhar", "teilen", "condividi", "bagikan", "paylaş", "поделиться", "공유하기",
    "分享", "共有",
    "s'abonner", "s’abonner", "abonnez-vous", "s'inscrire", "s’inscrire", "je m'inscris", "je m’inscris", "suscríbete",
    "suscribirse", "assine", "assinar", "inscreva-se", "abonnieren", "jetzt abonnieren", "jetzt anmelden", "iscriviti",
    "berlangganan", "abone ol", "подписаться", "구독하기", "購読する", "订阅",
))


# What a form or a rating widget says once used, kept in the page: "Thank you! Your submission has been received!",
# "Oops! Something went wrong while submitting the form.", "How useful was this post?", "Click on a star to rate it!".
FORM_NOTICE = re.compile(
    r"""^(?:thank\s+you!?\s+your\s+submission\s+has\s+been\s+received|oops!?\s+something\s+went\s+wrong
    (?:\s+while\s+submitting\s+the\s+form)?|how\s+useful\s+was\s+this\s+(?:post|article)\?
    |click\s+on\s+a\s+star\s+to\s+rate\s+it|no\s+credit\s+card\s+required)[.!]*$""",
    re.IGNORECASE | re.VERBOSE,
)
FORM_NOTICE_MAX_WORDS = 10


# A site's legal disclaimer: "These statements have not been evaluated by the Food and Drug Administration",
# "This article is for informational purposes only and does not constitute legal advice".
DISCLAIMER = re.compile(
    r"""not\s+been\s+evaluated\s+by\s+the\s+food\s+and\s+drug|not\s+intended\s+to\s+diagnose
    |\bfor\s+(?:general\s+)?(?:informational|educational|information)(?:\s+(?:and|or)\s+(?:educational|informational))?
    \s+purposes\s+only|\bdoes\s+not\s+(?:provide|constitute|offer)\s+(?:medical|legal|tax|financial|investment)
    \s+(?:or\s+\w+\s+)?advice|^(?:individual\s+)?results\s+(?:may\s+|will\s+)?vary(?:\s+(?:depending|based|from|by)\b|[.!]|$)""",
    re.IGNORECASE | re.VERBOSE,
)
DISCLAIMER_MAX_WORDS = 150  # a site's notice may run to a few sentences
_REPORTED = re.compile(r"\b(?:said|says|told|according\s+to|critics|argue[sd]?)\b", re.IGNORECASE)
_DISCLAIMER_WORDS = ("drug", "diagnose", "purposes", "advice", "vary")  # every `DISCLAIMER` match holds one


def disclaimer(text: str) -> bool:
    """`DISCLAIMER` matches `text` (a footnote's mark before it aside), and `text` reports no one's
    words (an article may say a tool "does not provide medical advice"); lines without one of `_DISCLAIMER_WORDS`
    (lower case) skip the regex."""
    low = text.lower()
    if not any(map(low.__contains__, _DISCLAIMER_WORDS)):
        return False
    return DISCLAIMER.search(text.lstrip("*+†")) is not None and _REPORTED.search(text) is None


# A page's own navigation labels that stand among its text's lines: over its table of contents, under its sections,
# over or under its pager. Chrome, but no break in the text (`rules` drops them once the text is found), and never a
# section's heading.
NAV_LABELS = frozenset(("table of content", "table of contents", "contents", "on this page", "in this article",
                        "back to top", "scroll to top", "previous next", "back to gallery"))


def nav_label(text: str) -> bool:
    """`text` is one of `NAV_LABELS` (case aside, with or without a colon after it), or one with the toggle
    that opens or folds it glued on ("Table of Contents Show", "Contents [hide]": `_NAV_TOGGLE`)."""
    if len(text) > NAV_LABEL_MAX_CHARS + NAV_TOGGLE_MAX_CHARS:
        return False
    low = ascii_lower(text).rstrip(" :")
    if low in NAV_LABELS:
        return len(text) <= NAV_LABEL_MAX_CHARS
    return _NAV_TOGGLE.search(low) is not None and _NAV_TOGGLE.sub("", low).rstrip(" :") in NAV_LABELS


NAV_LABEL_MAX_CHARS = 20  # the longest of `NAV_LABELS`, with a colon
NAV_TOGGLE_MAX_CHARS = 12  # the longest toggle glued on such a label: "[Hide][Show]"
_NAV_TOGGLE = re.compile(r"(?:\s*\[?(?:hide|show|toggle)\]?)+$")  # in lower case

# A control that counts what it opens: "0 Comments", "197 Shares", "Comments (12)", "View all (4)".
COUNTED_CONTROL = re.compile(
    r"^(?:\d[\d,.]*k?\s+(?:comments?|replies|shares|responses)|(?:comments?|replies|view\s+all|see\s+all|photos)\s*\(\d+\))$",
    re.IGNORECASE)
COUNTED_CONTROL_MAX_WORDS = 3


# A link to a shop that sells what the text shows: "Buy on Amazon", "$129 at Walmart", "Check price at Best Buy".
SHOP_LINK = re.compile(
    r"""^(?:(?:buy|shop|see\s+it|check\s+price|see\s+price|check\s+it\s+out)\s+(?:now\s+)?(?:on|at)
    |[$£€][\d,.]+\s+(?:at|on|from))\s+(?-i:[A-Z0-9])[\w.&'’-]*(?:\s+[\w.&'’-]+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
SHOP_LINK_MAX_WORDS = 6


def ui_line(text: str) -> bool:
    """`UI_LINE` matches `text`: where its spacing is single (what `\\s` matches is one space), a set lookup."""
    if "  " in text or not text.isprintable():
        return UI_LINE.match(text) is not None
    return ascii_lower(text) in UI_WORDS

# Calls to action: a line built around one of these is promotion, whatever its length. Among them a newsletter's
# pitch, in the languages pages use: "Get the day's top stories in your inbox", "Recevez chaque semaine le meilleur
# de l'actualité", "Receba as notícias no seu e-mail", "jeden Morgen in Ihrem Postfach", "Dapatkan update berita".
CALL_TO_ACTION = re.compile(
    r"""\b(?:download\s+(?:the|our)\b.*\bapp|subscribe\s+(?:to|now)|sign\s+up\s+(?:for|to|now)
    |newsletter|(?:^|[.!?]\s+)get\s+(?:[\w-]+\s+){0,3}?alerts
    |(?:delivered|sent|straight|directly|right)\s+to\s+your\s+inbox|meet\s+your\s+inbox
    |(?:^|[.!?]\s+)(?:get|receive)\s[^.!?]{0,60}?\b(?:stories|news|headlines|updates|newsletters?|articles|briefings?)
    \b[^.!?]{0,30}?\bin\s+your\s+inbox|(?:right|straight|directly|dropped)\s+in\s+your\s+inbox
    |^recevez\s+(?:\S+\s+){0,3}?(?:chaque|tous\s+les|notre|nos|gratuitement|le\s+meilleur|l['’]essentiel|par\s+e-?mail)
    |^receba\s+(?:\S+\s+){0,8}?(?:no\s+seu\s+e-?mail|por\s+e-?mail|na\s+sua\s+caixa)
    |^recib[ae]\s+(?:\S+\s+){0,8}?(?:en\s+tu\s+(?:correo|e-?mail|bandeja)|por\s+(?:correo|e-?mail))
    |nella\s+tua\s+casella\s+(?:di\s+posta|e-?mail)|(?:jeden|täglich|wöchentlich|kostenlos|direkt)\s[^.!?]{0,40}?in\s+ihr(?:em)?\s+postfach
    |^dapatkan\s+(?:update|berita|info|informasi|artikel|newsletter)|이메일로\s+받아\s?보세요|뉴스레터
    |подписывайтесь\s+на\s+(?:наш|нашу|наши|рассылку)
    |follow\s+us\s+on|(?:^|[.!?]\s+)follow\s+(?:\S+\s+){1,6}?on\s+(?:twitter|facebook|instagram|linkedin|youtube)
    |follow\s+me\s+for\s+more|give\s+(?:it|this(?:\s+(?:post|story|article))?)\s+(?:a\s+)?(?:clap|few\s+claps)
    |click\s+here|by\s+clicking\s+here|cookies?\s+(?:policy|settings)
    |all\s+rights\s+reserved|terms\s+of\s+(?:use|service)|privacy\s+policy)\b""",
    re.IGNORECASE | re.VERBOSE,
)

# Each CALL_TO_ACTION match in single-spaced text holds one of these (lower case): phrases, not single words
# ("follow", "sign"), which running text is full of; few of them, as each is looked for over a whole page.
CTA_LITERALS = ("download ", "subscribe ", "sign up ", "newsletter", "alerts", "your inbox", "follow ", "clap",
                "click here", "clicking here", "cookie", "all rights reserved", "terms of ", "privacy policy",
                "recevez", "receba", "recib", "casella", "postfach", "dapatkan", "이메일로", "뉴스레터",
                "подписывайтесь")
# Each CALL_TO_ACTION match holds one of these as a whole word (lower case), in any text but one with a letter
# outside ASCII that a case-blind pattern takes for an ASCII letter (`odd_case`): a line without one of them among
# its words is no call to action (a test checks that each match has one).
CTA_FIRST_WORDS = frozenset(("download", "subscribe", "sign", "newsletter", "get", "inbox", "follow", "give", "click",
                             "clicking", "cookie", "cookies", "all", "terms", "privacy", "receive", "recevez", "receba",
                             "recibe", "reciba", "casella", "postfach", "dapatkan", "이메일로", "뉴스레터",
                             "подписывайтесь"))


def call_to_action(text: str) -> bool:
    """`CALL_TO_ACTION` matches `text`; lines without one of `CTA_LITERALS` (spacing made single) skip the regex."""
    low = ascii_lower(text)
    if "  " in low or not low.isascii() or not low.isprintable():  # what `\s+` matches, made one space
        low = " ".join(low.split())
    if not any(map(low.__contains__, CTA_LITERALS)):
        return False
    return bool(CALL_TO_ACTION.search(text))


def newsletter_only(text: str) -> bool:
    """Every `CALL_TO_ACTION` match in `text` is the bare word "newsletter": a
    line that may speak of newsletters ("How to write a newsletter") without
    asking the reader to act."""
    if "newsletter" not in text.lower():  # no match is the word (only ASCII letters lower to its letters)
        return False
    matches = [m.group(0).lower() for m in CALL_TO_ACTION.finditer(text)]
    return bool(matches) and all(m == "newsletter" for m in matches)


# The letters outside ASCII that a case-blind pattern matches to an ASCII letter, and that letter:
# "İ" and "ı" match "i", "ſ" matches "s" ("K", the Kelvin sign, lowers to "k" by itself).
_ODD_CASES = (("İ", "i"), ("ı", "i"), ("ſ", "s"))


def odd_case(text: str) -> bool:
    """`text` holds a letter outside ASCII that a case-blind pattern matches to an ASCII letter: one of
    `_ODD_CASES`, or the Kelvin sign (one test each: no generator on each line)."""
    return "İ" in text or "ı" in text or "ſ" in text or "\u212a" in text


def ascii_lower(text: str) -> str:
    """`text` in lower case, with the letters outside ASCII that a case-blind
    pattern takes for ASCII letters made those letters: a case-blind match of
    ASCII words in `text` is a substring of this."""
    if not text.isascii():
        for odd, letter in _ODD_CASES:
            if odd in text:
                text = text.replace(odd, letter)
    return text.lower()


# Badges that a page glues onto the end of a caption or headline.
BADGE = re.compile(r"(?:premium|exclusive|live|video|photo|gallery|sponsored|new|updated|subscriber\s+only)$",
                   re.IGNORECASE)

# Words that introduce a date line.
DATE_LEAD = re.compile(r"^(?:updated|published|posted|last\s+updated|first\s+published|modified|date)\b\s*:?",
                       re.IGNORECASE)

BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:/|>|›|»|\|)\s*")

# A line that introduces a link to another page: "Read more: ...", "Related: ...".
RELATED_LEAD = re.compile(
    r"""^(?:read\s+(?:more|also|next)|related(?:\s+\w+)?|see\s+also|also\s+read|more\s+on\s+this
    |leia\s+(?:também|mais)|veja\s+também|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema
    |leggi\s+anche|baca\s+juga|lihat\s+juga|читайте\s+также|см\.\s+также|관련\s*기사|あわせて読みたい
    |(?:à\s+)?lire\s+aussi|voir\s+aussi|le[ea]\s+(?:también|más)|ver\s+también|siehe\s+auch|vedi\s+anche
    |xem\s+thêm|đọc\s+thêm|ilginizi\s+çekebilir|ilgili\s+haber(?:ler)?|関連記事|相关(?:阅读|新闻|文章)|延伸阅读|推荐阅读)\s*[:：»>]""",
    re.IGNORECASE | re.VERBOSE,
)

# Sharing prompts: "Share this on WhatsApp", "Share on: Facebook Twitter"; in other languages the whole line: the
# verb, its preposition, the network (a named one, or mail) and a word at most ("Partager sur Facebook",
# "Compartir en WhatsApp", "Envoyer par e-mail", "Auf Facebook teilen"; not "Compartir en familia", "Enviar por DHL").
SHARE_LINE = re.compile(r"^(?:click\s+(?:here\s+)?to\s+)?(?:share|tweet|pin|email|print)"
                        r"\s+(?:this|on|via|to|article|story|it\s+with)\b"
                        r"|^(?:partager|partagez|compartir|comparte|compartilhar|compartilhe|condividi|bagikan|поделиться"
                        r"|envoyer|enviar|invia)\s+(?:sur|en|no|na|em|via|su|ke|в|par|por|per)\s+"
                        r"(?:e-?mail|email|correo|courriel|whatsapp|facebook|twitter|linkedin|pinterest|telegram|x"
                        r"|messenger|reddit|vk|line|kakao(?:talk)?)(?:\s+\S+)?$"
                        r"|^(?:auf|per)\s+\S+\s+teilen$", re.IGNORECASE)
NEW_WINDOW_LINK = re.compile(r"\(opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)$", re.IGNORECASE)  # a link's label
_SHARE_FIRST = frozenset("stpecbiaSTPECBIA")  # how a `SHARE_LINE` match in ASCII text starts


# How a `RELATED_LEAD` match in ASCII text starts, its first two letters in lower case.
_RELATED_STARTS = frozenset(("re", "se", "al", "mo", "le", "ve", "me", "ba", "li", "vo", "si", "xe", "il"))


# A bidding cue to read another story set inline before its headline, with no colon between (a label and its
# link, which a browser's copy joins with a space): "Read more Fed holds rates", "Lire aussi Réforme des
# retraites". Only the cues that bid to read (not "Related", "More on this": words a heading may start with).
_RELATED_INLINE = re.compile(
    r"""^(?:read\s+(?:more|also|next)|see\s+also|also\s+read|leia\s+(?:também|mais)|veja\s+também
    |lesen\s+sie\s+(?:auch|mehr)|leggi\s+anche|baca\s+juga|lihat\s+juga|читайте\s+также|см\.\s+также
    |(?:à\s+)?lire\s+aussi|voir\s+aussi|le[ea]\s+(?:también|más)|ver\s+también|siehe\s+auch|vedi\s+anche
    |xem\s+thêm|đọc\s+thêm)\s+[«"“„]?[^\W\d_]""",
    re.IGNORECASE | re.VERBOSE,
)


def related_lead(text: str, inline: bool = True) -> bool:
    """`RELATED_LEAD` matches `text`, or the text of a line in brackets ("[Related: ...]"); or (`inline`) a cue of
    `_RELATED_INLINE` leads a headline that starts with a capital and ends with no full stop. ASCII text is tried
    only when its first two letters can start a match. (A headline may open with such a cue: "Read More Books In
    2020 With These Habits"; titles read the cue with its colon only.)"""
    if text[:1] in "[(" and text[-1:] in "])":
        text = text[1:-1].strip()
    if text.isascii() and text[:2].lower() not in _RELATED_STARTS:
        return False
    if RELATED_LEAD.match(text) is not None:
        return True
    m = _RELATED_INLINE.match(text) if inline else None
    return m is not None and text[m.end() - 1].isupper() and not text.endswith((".", "!", "?", "。"))


# The page tells the reader what their browser lacks: "This slideshow requires JavaScript.", "Media playback
# is unsupported on your device", "Please enable JavaScript to view the comments".
BROWSER_NOTICE = re.compile(
    r"\b(?:requires?|needs?|enable|turn\s+on|unblock)\s+(?:\w+\s+){0,2}javascript\b|\bjavascript\s+(?:is\s+)?(?:required"
    r"|disabled|must\s+be\s+enabled)|\b(?:unsupported|not\s+supported)\s+(?:on|by|in)\s+your\s+(?:device|browser)"
    r"|\byour\s+(?:browser|device)\s+does\s+not\s+support\b", re.IGNORECASE)
_BROWSER_NOTICE_WORDS = ("javascript", "support")  # every `BROWSER_NOTICE` match holds one, in lower case


def browser_notice(text: str) -> bool:
    """The line tells the reader what their browser lacks (`BROWSER_NOTICE`)."""
    low = text.lower() if text.isascii() else text.casefold()  # the same in ASCII, where `lower` takes a fast path
    return ("javascript" in low or "support" in low) and BROWSER_NOTICE.search(text) is not None  # the words one
    # by one (`_BROWSER_NOTICE_WORDS`): a test of a few words in a row costs less than a generator on each line


# The page says it earns from the links in it: "We may earn commission from links on this page", "This post
# may contain affiliate links", "As an Amazon Associate I earn from qualifying purchases".
AFFILIATE_NOTICE = re.compile(
    r"\b(?:earns?|receive|get|make)\s+(?:us\s+|money\s+)?(?:\w+\s+){0,2}(?:commissions?|compensation)\b"
    r"|\bbe\s+compensated\b|\bsupported\s+by\s+(?:\w+\s+)?commissions\b|\bearns?\s+(?:\w+\s+){0,2}from\s+qualifying\s+purchases"
    r"|\b(?:contains?|may\s+contain|includes?|uses?|using)\s+(?:\w+\s+){0,2}affiliate\s+(?:links?|tags?)\b"
    r"|\blinks?\s+(?:\w+\s+){0,4}(?:are|is|may\s+be)\s+(?:\w+\s+)?affiliate\b"
    r"|\b(?:vendors?|advertisers?)\s+(?:\w+\s+){0,2}pays? us\b"
    r"|\bAmazon\s+(?:Services\s+LLC\s+)?Associates?\b|\b(?:reader|learner|audience)-supported\b", re.IGNORECASE)
# every `AFFILIATE_NOTICE` match holds one of these, in lower case
_AFFILIATE_NOTICE_WORDS = ("commission", "compensat", "qualifying", "affiliate", "associate", "supported", "pay us",
                           "pays us")
# the page speaks of itself: "we", "our", "this post", its own links ("the links in this article"; not "the
# creators interviewed for this article earn commissions", a story's own text)
_FIRST_PERSON = re.compile(r"\b(?:we|i|us|our|my)\b|\bthis\s+(?:post|guide|review)\b"
                           r"|\blinks?\s+(?:\w+\s+){0,2}this\s+(?:article|story|page)\b", re.IGNORECASE)


def affiliate_notice(text: str) -> bool:
    """The page discloses that it earns from its links (`AFFILIATE_NOTICE`), speaking of itself, not quoting
    someone ("\"Record companies pay us nothing,\" the manager said")."""
    low = text.lower() if text.isascii() else text.casefold()  # the same in ASCII, where `lower` takes a fast path
    return text[:1] not in "\"“„«" and (
        ("commission" in low or "compensat" in low or "qualifying" in low or "affiliate" in low
         or "associate" in low or "supported" in low or "pay us" in low or "pays us" in low)  # one by one
        and AFFILIATE_NOTICE.search(text) is not None
        and _FIRST_PERSON.search(text) is not None)


# A line that files the article under labels: "Tags: Apple, iPhone", "Labels: customer development",
# "Filed under: Science", "Etiquetas: ...".
TAG_LINE = re.compile(r"^(?:tags?|labels?|filed\s+under|categor(?:y|ies)|posted\s+in|topics?|etiquetas|schlagw[öo]rter)"
                      r"\s*:\s*\S", re.IGNORECASE)


def tag_line(text: str) -> bool:
    """`TAG_LINE` matches `text`: the article's labels after a lead-in."""
    return ":" in text and TAG_LINE.match(text) is not None


# The page's footer line: "Powered by WordPress", "© 2025 Site Name", "Copyright © 2002-2019 Firm".
POWERED_BY_MAX_WORDS = 8  # "Powered by WordPress.com VIP"; longer, "Powered by a V8, the car ..." is a sentence
FOOTER_LINE = re.compile(r"^(?:proudly\s+)?powered\s+by\s|^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?\d{4}\b"
                         r"|^copyright\s+\d{4}\b", re.IGNORECASE)


def footer_line(text: str) -> bool:
    """`FOOTER_LINE` matches `text`: who made or owns the site, as its footer says."""
    if text[:1] not in "©PpCc(" or FOOTER_LINE.match(text) is None:
        return False
    return text[:1] not in "Pp" or len(text.split()) <= POWERED_BY_MAX_WORDS


# An advertisement's label with what it is or where the text goes on: "Advertisement - Continue Reading Below",
# "ADVERTISEMENT – STAR TOURS", "Advertisement: New AI Book!".
AD_LABEL = re.compile(r"^(?:advertisement|advert|anzeige|publicidad|pubblicità|publicité)\s*[-–—:|]\s*\S",
                      re.IGNORECASE)


def ad_label(text: str) -> bool:
    """`AD_LABEL` matches `text`: an advertisement's label and more."""
    return text[:1] in "AaPp" and AD_LABEL.match(text) is not None


def share_line(text: str) -> bool:
    """`SHARE_LINE` matches `text` (ASCII text is tried only when its first
    letter can start a match), or it ends in "(Opens in new window)"."""
    if text.endswith(")") and NEW_WINDOW_LINK.search(text):
        return True
    return (text[:1] in _SHARE_FIRST or not text.isascii()) and SHARE_LINE.match(text) is not None

# Shop and booking buttons: "Book now", "Read Full Review", "View Deal", "See Details & Buying Options".
BUTTON = re.compile(
    r"""^(?:(?:book|buy|shop|order|download|try|start|apply|register|join|donate|call|get\s+(?:it|yours|started|one))
    \b.{0,30}\bnow[.!]?
    |(?:read|view|check|get|compare)(?:\s+(?:our|the|full|all|latest|best))*
    \s+(?:review|deal|deals|price|prices|offers?|rates|quote|price\s+quote)!?
    |(?:see|view|check)\s+(?:details|availability|options)\b.*
    |open\s+in\s+(?:a\s+)?new\s+(?:tab|window)
    |(?:book|request|schedule|get|start|claim)\s+(?:a\s+|an\s+|your\s+|my\s+)?(?:free\s+)?
    (?:demo|consultation|quote|trial|call|session|estimate|assessment)\b.{0,30}
    |(?:get\s+started|try\s+it)\s+(?:for\s+free|free|today)[.!]?|contact\s+(?:sales|us\s+today)[.!]?\s*[→›»>]?
    |talk\s+to\s+(?:us|sales|an?\s+expert)[.!]?|sign[-\s]up\s+(?:for\s+)?free[.!]?)$""",
    re.IGNORECASE | re.VERBOSE,
)
BUTTON_MAX_WORDS = 8


# How a `BUTTON` match in ASCII text starts, its first two letters in lower case.
_BUTTON_STARTS = frozenset(("bo", "bu", "sh", "or", "do", "tr", "st", "ap", "re", "jo", "ca", "ge", "vi", "ch", "co",
                            "se", "op", "sc", "cl", "ta", "si"))


def button(text: str) -> bool:
    """The line is a shop, booking or sales button (`BUTTON`): "Buy now", "Book a free demo", "Contact sales";
    ASCII text is tried only when its first two letters can start a match."""
    if text.isascii():
        return text[:2].lower() in _BUTTON_STARTS and BUTTON.match(text) is not None
    return BUTTON.match(text) is not None


# Photo credits: "Photo: Jane Doe", "Credit...", "Photograph: X/Agency".
CREDIT_LEAD = re.compile(
    r"^(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|foto|bild|illustration|source|фото)"
    r"\s*(?:by\b|:|…|\.\.\.|©)"
    r"|^\((?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|bild|фото)\s*(?:by\b|:)"  # "(Image: © NASA)"
    r"|^\(?(?:(?:photo(?:graph)?s?|images?|pictures?)\s+(?:credits?|courtesy)|courtesy)\s*(?:by\b|:|of\b)"
    r"|^[—–]\s*(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|bild|illustration|фото)\s*(?:by\b|:)"
    r"|^(?:cr[ée]dit(?:o|os|s)?(?:\s+(?:photos?|fotos?))?|imagen|fotoğraf|fotograf[íi]a|写真|撮影|摄影|图片来源|사진)\s*[:：=＝]",
    re.IGNORECASE)  # after a dash: "— Foto: X"; in other languages: "Crédit photo : X", "写真：X", "사진=X"
# "Doug Mills/The Agency", "Name | Agency | Getty Images": names joined by a slash or bars.
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"  # a capital letter in the Latin and Cyrillic alphabets
CREDIT_SHAPE = re.compile(
    rf"^[{_UPPER}][\w.'’-]*(?:\s+[{_UPPER}][\w.'’-]*)*\s*(?:/|\s\|\s)\s*[{_UPPER}][\w&.'’ -]*(?:\s\|\s[\w ]+)*$")
CREDIT_NAME_MAX_WORDS = 4  # "Michael Hession/NYT Wirecutter": a longer part before the separator is a heading
# Words no credited name holds, where headings and "label | value" rows do ("Best For | Denim")
_NOT_IN_NAMES = frozenset(("a", "an", "the", "for", "of", "to", "in", "on", "at", "and", "or", "with", "by", "from",
                           "is", "are"))
# Words in lower case an agency's part of a credit may hold ("Getty Images for Netflix", "The Times via AP",
# "Jane Doe/Reuters file photo", "Jane Doe/The Times staff")
_IN_AGENCIES = frozenset(("for", "via", "of", "and", "the", "de", "del", "der", "di", "du", "la", "le", "van", "von",
                          "staff", "photo", "photos", "photographer", "file", "courtesy", "handout", "pool",
                          "illustration", "images"))
_CREDIT_SPLIT = re.compile(r"\s*(?:/|\s\|\s)\s*")
_POSSESSIVE = re.compile(r"\w['’]s\b")


def credit_shape(text: str) -> bool:
    """`CREDIT_SHAPE` matches `text` ("Jane Doe/Agency", "Jane Doe | Agency") and
    the part before the separator can be a name: no digit in the line, no
    function word or possessive, at most CREDIT_NAME_MAX_WORDS words ("AI's
    Passport Problem | Firm", "Size Range | Up to 24" are headings and rows)."""
    if not CREDIT_SHAPE.match(text) or any(c.isdigit() for c in text):
        return False
    name, agency = _CREDIT_SPLIT.split(text, maxsplit=1)
    words = name.split()
    if words[:1] == ["By"]:  # "By Jane Doe | Agency": a credit that names its author
        words = words[1:]
    if len(words) == 1 and not words[0].isupper() and "/" in text:
        return False  # "Pick-Up/Drop-Off Catering", "Shorts/Skirts": one word is no name ("NASA/JPL" is an agency's)
    if any(w[:1].islower() and w not in _IN_AGENCIES for w in agency.split()):
        return False  # "AI/ML infrastructure", "X/Y - toggle logging": a heading or an item, not an agency's name
    return (len(words) <= CREDIT_NAME_MAX_WORDS and not _POSSESSIVE.search(name)
            and not any(w.casefold() in _NOT_IN_NAMES for w in words))


_CREDIT_LEAD_FIRST = frozenset("picfbsPICFBS(")  # how a `CREDIT_LEAD` match in ASCII text starts


# "... equivalent. Credit: ESA", "... in the 14th century (Image: GETTY)": a caption with its credit glued on,
# maybe after a dash ("... in Seoul — Photo: Kim Min-ji/Hanbit Daily"); or a copyright sign and a name after the
# caption's sentence or a dash, no figure in it ("... on a roof. © Jean Martin / Le Magazine"; a year is a
# site's notice: "... affiliated sites. ©The Site 2011-2019").
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?)”\"’])\s+((?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|bild|illustration|фото)"
    r"\s*(?:by\b|:)\s*[^\s.:!?][^.:!?]{0,60})$"
    r"|\s([—–-]\s*(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|bild|illustration|фото)"
    r"\s*(?:by\b|:)\s*[^\s.:!?][^.:!?]{0,60})$"
    r"|(?<=[.!?)”\"’])\s+(©\s*[^\W\d_][^.:!?©\d]{0,60})$|\s([—–-]\s*©\s*[^\W\d_][^.:!?©\d]{0,60})$"
    r"|\s(\((?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|bild|фото)\s*(?:by\b|:)\s*[^()]{1,60}\))$"
    r"|(?<=[a-z.!?)”\"’])((?-i:Photo|Image|Picture|Credit)s?:\s*[^\s.:!?][^.:!?]{0,60})$"  # glued: "a rabbitCredit: X"
    r"|\s(\((?:\w+\s)?photo(?:graph)?s?\s*/\s*(?-i:[A-Z])[^()/]{0,60}\))$",  # "(AP Photo/Alan Diaz)"
    re.IGNORECASE)
TRAILING_CREDIT_TAIL = 90  # characters at a line's end where a glued credit may be


# Each `_TRAILING_CREDIT` match in ASCII text holds one of these, in lower case.
_TRAILING_CREDIT_WORDS = ("photo", "image", "picture", "credit", "foto", "bild", "illustration")


# "... on July 25, 2019.J. Scott Applewhite / AP file": a name and an agency glued to the caption's last full stop.
_GLUED_AGENCY_CREDIT = re.compile(r"(?<=[a-z\d][.!?])([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4} / [\w .&'’-]{1,40})$")


# Where a credit glued to a caption may start: after the caption's last sentence ("... on Tuesday. Jane Doe/Agency",
# "...。(写真：X)"), or after a dash or a bar ("... on Tuesday — Jane Doe/Agency", "... on Tuesday | Agency").
_CREDIT_CUT = re.compile(r"(?<=[.!?”\"’。])(?=\s*\S)|(?<=\s)[—–|-]\s+(?=\S)")
_CUT_MARK = re.compile(r"[.!?”\"’。—–|-]")  # a mark every `_CREDIT_CUT` match is next to (a set's search is cheap)
GLUED_CAPTION_MIN_WORDS = 4  # before a glued credit, a caption ("3. Foods for Focus", "Best Practices" are headings)
_CAPITALIZED = rf"[{_UPPER}][\w.'’&-]*"  # a word of a name or an outlet's name ("O'Brien", "EPA-EFE", "AT&T")
_NAME = rf"(?-i:{_CAPITALIZED}(?:\s{_CAPITALIZED}){{0,3}})"  # up to four capitalized words
_OUTLET = rf"(?-i:(?:The\s)?{_CAPITALIZED}(?:\s(?:{_CAPITALIZED}|of|for|and|de|la|via)){{0,5}})"
# A credit's lead word, maybe with a second one ("Photo credit", "Image courtesy", "Crédit photo", "File photo")
# in the languages pages are written in, then a colon, "by", "of", "via", a bar, an equals sign or a copyright
# sign and whatever credit; or, with no mark, a name ("Photo Jane Doe", "Courtesy Agency", "Copyright Agency").
_LEAD_WORD = (r"(?:(?:file\s+|stock\s+|handout\s+)?(?:photo(?:graph)?s?|images?|pictures?|fotos?|bild(?:er)?"
              r"|illustrations?|фото|imagen|写真|图片|사진|ảnh|hình\s+ảnh|fotoğraf|beeld|صورة|تصوير)"
              r"(?:\s+(?:credits?|courtesy|source))?"
              r"|credits?(?:\s+photos?)?|cr[ée]dit(?:o|os|s)?(?:\s+(?:photos?|fotos?))?|courtesy|copyright)")
# (not "Source:": a quote's, or a figure's); "by" in other languages, before a name: "Foto de Ana López"
_BY_WORDS = r"(?:de|di|da|par|von|por|van|av)"
_LEAD_CREDIT = re.compile(  # maybe after a slash: "... 맞았다. /사진=한빛일보 DB"
    rf"(?:/\s?)?(?i:{_LEAD_WORD})(?:\s*(?::|：|=|＝|\||©|\bby\b|\bof\b|\bvia\b)\s*[^\s.:!?][^.:!?]{{0,60}}"
    rf"|\s+(?i:{_BY_WORDS})\s+{_NAME})")
# A lead word and a name with no mark between them, only after a caption's sentence ("... Tuesday. Photo Jane
# Doe", "Courtesy Agency"; "Title – Photo Gallery", "... - Credit Application" name pages and sections).
_BARE_LEAD_CREDIT = re.compile(rf"(?i:photo(?:graph)?s?|fotos?|фото|courtesy|copyright)\s+{_NAME}")
# A name and an outlet joined by a word ("Jane Doe for The Times", "Handout via Agency", "Agency via Getty
# Images"), or an agency's own picture ("Agency file photo", "Agency handout").
_CONNECTOR_CREDIT = re.compile(
    rf"{_NAME}\s(?-i:via)\s{_OUTLET}|{_NAME}\s(?i:file\s+photo|handout(?:\s+photo)?|pool\s+photo)")
# A person's name (two or three words, no article) working for an outlet ("Jane Doe for The Times"), only after
# a caption's last sentence: after a dash it is a subtitle's ("... License – A Shield for Your Creations").
_FOR_CREDIT = re.compile(
    rf"(?!(?:A|An|The)\s)(?-i:{_CAPITALIZED}\s{_CAPITALIZED}(?:\s{_CAPITALIZED})?)\sfor\s{_OUTLET}")
# A picture agency's name: words that end in "Images", "Photo(s)", "Pictures" or "Stock" ("Getty Images", "PA
# Images", "Alamy Stock Photo"), or a news agency's name (NEWS_AGENCIES).
_PICTURE_AGENCY = re.compile(r"(?-i:(?:[A-Z][\w&-]*\s){1,3}(?:Images|Photos?|Pictures|Stock(?:\s+Photo)?))")
GLUED_CREDIT_MAX_CHARS = 70  # a longer tail after a caption's last sentence is more text


def _glued_credit(tail: str) -> str | None:
    """The credit glued after the last sentence of a caption, or after a dash or a bar, in one of the forms
    credits take (`_CREDIT_CUT`, `_credit_form`; after a sentence, `_FOR_CREDIT` and `_BARE_LEAD_CREDIT` too);
    after a statement and a bar, an outlet's name alone ("... on Tuesday. | The Daily Post"; not after a question:
    "What are royalties? | Site" links to a story; after a dash it signs off a report: "... officials said. —
    Agency"), in square brackets a news agency's ("... on Tuesday. [Agency]"; "... 2018. [Google Scholar]" is a
    reference's link).
    Brackets round it are part of it ("... (Photo credit: Jane Doe)"), and so is the dash or bar before it (what
    is left is the caption). None when there is none."""
    if _CUT_MARK.search(tail) is None:
        return None  # no cut
    for cut in _CREDIT_CUT.finditer(tail):
        rest, caption = tail[cut.end():].lstrip(), tail[:cut.start()]
        if len(rest) > GLUED_CREDIT_MAX_CHARS or len(caption.split()) < GLUED_CAPTION_MIN_WORDS or " | " in caption:
            continue  # too long for a credit; too short for a caption, or a row of links before it
        inner = rest[1:-1].strip() if rest[:1] in "([" and rest[-1:] == _CLOSING.get(rest[:1]) else rest
        if cut.start() == cut.end() and _ABBREVIATION_END.search(caption):
            continue  # "... Training – U.S. Copyright Office": no sentence ends at "U.S."
        if _credit_form(inner):
            return tail[cut.start():].lstrip()
        stop = caption.rstrip()[-1:] in _SENTENCE_STOPS
        if stop and cut.start() == cut.end() and (_FOR_CREDIT.fullmatch(inner) or _BARE_LEAD_CREDIT.fullmatch(inner)):
            return tail[cut.start():].lstrip()
        if caption.rstrip()[-1:] == "." and (inner in NEWS_AGENCIES if rest[:1] == "[" else
                     cut.group().startswith("|") and (inner in NEWS_AGENCIES or _OUTLET_NAME.fullmatch(inner))):
            return tail[cut.start():].lstrip()
    return None


def _credit_form(text: str) -> bool:
    """`text` reads as a credit alone: a name and an outlet joined by a slash or a bar (`credit_shape`), a lead
    word (`_LEAD_CREDIT`), a name and an outlet joined by a word (`_CONNECTOR_CREDIT`), a picture agency
    (`_PICTURE_AGENCY`), or a source that is an agency or a name and an outlet ("Source: Agency", `_SOURCE_LEAD`;
    "Source: Survey Group" may be a quote's or a figure's)."""
    if credit_shape(text) or _LEAD_CREDIT.fullmatch(text) or _CONNECTOR_CREDIT.fullmatch(text) \
            or _PICTURE_AGENCY.fullmatch(text):
        return True
    source = _SOURCE_LEAD.match(text)
    if source is None:
        return False
    named = text[source.end():]
    return named in NEWS_AGENCIES or bool(_PICTURE_AGENCY.fullmatch(named)) or credit_shape(named)


def _glued_end(text: str) -> bool:
    """`text` ends as every `_glued_credit` does: in a bracket, a capitalized word ("... Jane Doe/Agency"), an
    agency's "photo" or "handout", or a letter of a script with no case."""
    last = text[text.rfind(" ") + 1:]
    return last[:1].isupper() or text[-1:] in ")]" or last.endswith(("photo", "handout")) or not last.isascii()


_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")  # "U.S.", "Jane Q." end no sentence
_SENTENCE_STOPS = frozenset('.!?”"’。')
_OUTLET_NAME = re.compile(_OUTLET)
_SOURCE_LEAD = re.compile(r"(?i:sources?|quelle|fuente|fonte)\s?:\s*")


_CLOSING = {"(": ")", "[": "]"}
_NO_GLUED_ENDS = frozenset('.!?,;:"”…')  # how a line ends when no credit is glued on (a sentence's end)


def trailing_credit(text: str) -> str | None:
    """The credit glued to the end of a caption ("Credit: ESA"; `_glued_credit`), or None (always, on a line
    that opens with a copyright sign: a site's notice, "© Site 2026 - design: X - illustration: Y")."""
    if text[:1] == "©":
        return None
    if text[-1:] not in _NO_GLUED_ENDS and text.count(" ") >= GLUED_CAPTION_MIN_WORDS and _glued_end(text) \
            and (credit := _glued_credit(text[-TRAILING_CREDIT_TAIL:])) and not CREDIT_LEAD.match(text) \
            and not link_row(text):
        return credit  # (a line that opens as a credit or a source is one: "Source: X | Image credit: Y")
    tail = text[-TRAILING_CREDIT_TAIL:]
    if " / " in tail and (glued := _GLUED_AGENCY_CREDIT.search(tail)):
        return glued.group(1)
    if ":" not in tail and "/" not in tail and "©" not in tail and " by " not in tail.lower():
        return None
    if tail.isascii():
        low = tail.lower()
        if not ("photo" in low or "image" in low or "picture" in low or "credit" in low or "foto" in low
                or "bild" in low or "illustration" in low):  # `_TRAILING_CREDIT_WORDS`, one by one
            return None
    match = _TRAILING_CREDIT.search(tail)
    return next(group for group in match.groups() if group) if match else None


# A news agency that credits a picture with its name alone after the caption's last sentence, or after a slash:
# "... el gol del empate. EFE", "... 놀이 활동을 하고 있다. 연합뉴스", "... 하고 있다./연합뉴스" (not after a dash:
# "... officials said. — AFP", "... sagte er. (dpa)", "... the ministry said. (Yonhap)" sign off a report: an agency
# in brackets, or alone on its line, is no credit here). Case counts ("... to the U.S. AP" would be an odd sentence).
NEWS_AGENCIES = ("AP", "AFP", "Reuters", "EFE", "Yonhap", "ANSA", "Xinhua", "Kyodo", "Bernama", "Antara", "TASS",
                 "연합뉴스", "뉴시스", "뉴스1")
_AGENCY_CREDIT = re.compile(rf"(?<=[.!?。])\s?(/?\s?(?:{'|'.join(NEWS_AGENCIES)}))$|\s(/\s?(?:연합뉴스|뉴시스|뉴스1))$")
# A photographer or source credited in Chinese, Japanese or Korean at a caption's end: "...の親子（読者提供）",
# "（撮影・山田太郎）", "...＝読者提供", "...（共同）", "...用品。本报记者 摄", "新华社记者 李明 摄", "（张三 摄）",
# "... 있다. [사진=독자 제공]"; or a file photo's mark in brackets: "（资料图）", Arabic "(أرشيفية)".
_WIDE_CREDIT = re.compile(
    r"(（[^（）]{1,24}(?:提供|撮影|摄)）|（(?:写真|撮影|提供|图|摄影|图片来源|来源)[：:・＝=][^（）]{1,24}）"
    r"|（(?:共同|時事|新华社|ロイター|AP|AFP)）|＝[^＝。、，]{1,24}(?:提供|撮影)"
    r"|[（(](?:资料图|资料照片|資料照片|資料写真|(?:صورة\s)?أرشيفية)[）)])$"
    r"|(?<=[。！？])\s?([^。！？，、\s]{0,24}(?:\s|记者)[^。！？，、]{0,12}摄)$"
    r"|(?<=[.!?])\s?([\[(]사진\s?=\s?[^\[\]()]{1,30}[\])])$")
_WIDE_CREDIT_ENDS = ("）", "提供", "撮影", "摄", "]", ")")  # how every `_WIDE_CREDIT` match ends
WIDE_CREDIT_TAIL = 40  # characters at a line's end where such a credit may be


def agency_credit(text: str) -> str | None:
    """The credit at a caption's end that names a news agency alone (`_AGENCY_CREDIT`), or credits a picture
    in Chinese, Japanese or Korean (`_WIDE_CREDIT`); None when there is none. Only a line that ends as such a
    credit does is tried."""
    if text.endswith(NEWS_AGENCIES):
        match = _AGENCY_CREDIT.search(text[-TRAILING_CREDIT_TAIL:])
        return next(group for group in match.groups() if group) if match else None
    if text.isascii() or not text.endswith(_WIDE_CREDIT_ENDS):
        return None
    wide = _WIDE_CREDIT.search(text[-WIDE_CREDIT_TAIL:])
    return next(group for group in wide.groups() if group) if wide else None


# "Getty Images", "Image copyright EPA", "Jane Doe Submitted photo", "... via AP": a picture agency's name
# ends the line.
CREDIT_AGENCY = re.compile(
    r"^(?:image\s+copyright\b.*|(?:.*?(?:\bvia|/|\|)\s*)?(?:getty(?:\s+images)?|reuters|afp|epa(?:-efe)?|ap(?:\s+photo)?"
    r"|shutterstock|istock(?:photo)?|alamy(?:\s+stock\s+photo)?|handout)|.*?\b(?:submitted|file)\s+photo)\)?$",
    re.IGNORECASE)
CAPTION_LEAD = re.compile(r"^(?:image|media|photo|video)\s?caption\s*:?\s*(?=\S)", re.IGNORECASE)  # "Image caption ..."
# A news agency credited in brackets at a caption's end: "... in Nogales, Ariz. (AP)", "Julian Assange (AFP)".
AGENCY_TAIL = re.compile(r"\s\((?:AP|AFP|Reuters|Getty\s+Images|AP\s+Photo)\)$")  # not "(EPA)": also an agency's
# "— Jane Doe (@jane) May 3, 2021": the attribution under a quoted post, part of the quote.
TWEET_ATTRIBUTION = re.compile(r"^[—–-]\s.{1,80}\(@\w{1,15}\)\s")
COPYRIGHT_FIRST = re.compile(r"image\s+copyright\b", re.IGNORECASE)  # a credit that comes before its caption
# How a `CREDIT_AGENCY` match starts ("image"), or ends (an agency's name or "photo", maybe before a ")").
_AGENCY_START = "image"
_AGENCY_ENDS = ("getty", "images", "reuters", "afp", "epa", "efe", "ap", "photo", "shutterstock", "istock", "alamy",
                "handout")


def _agency_possible(text: str) -> bool:
    """`text` starts or ends as every `CREDIT_AGENCY` match does (case-blind, spaces at its ends aside)."""
    low = ascii_lower(text).strip()
    if low.endswith(")"):
        low = low[:-1]
    return low.startswith(_AGENCY_START) or low.endswith(_AGENCY_ENDS)


def credit_like(text: str) -> bool:
    """`CREDIT_LEAD`, `CREDIT_SHAPE` or `CREDIT_AGENCY` (no caption before it) matches `text`; the
    letters every match needs (its first one; a slash or bar; how it starts
    or ends) are looked at first."""
    if (text[:1] in _CREDIT_LEAD_FIRST or not text.isascii()) and CREDIT_LEAD.match(text):
        return True
    if not text.endswith(".") and _agency_possible(text) and CREDIT_AGENCY.match(text):
        glued = _glued_credit(text)  # "A view of the city. | Agency" is a caption with its credit
        return glued is None or text[:-len(glued)].rstrip()[-1:] not in _SENTENCE_STOPS
    if text[:1] in "([":  # "(Sam Ortiz / Staff photographer)", "(foto Agency)"
        return bracketed_credit(text) is not None or _BRACKETED_BARE_LEAD.fullmatch(text) is not None
    if (text[:1] == "©" or " via " in text) and credit_line(text):
        return True
    return ("A" <= text[:1] <= "Z" or not text.isascii() and text[:1].isupper()) and ("/" in text or "|" in text) \
        and credit_shape(text) and not link_row(text)


# "© Jane Doe", "©Agency", "© dpa": a copyright sign and a name of up to COPYRIGHT_NAME_MAX_WORDS words, no year
# (a site's notice has one: "© 2026 Site"), no sentence ("© Site. All rights reserved.").
_COPYRIGHT_NAME = re.compile(r"©\s?[^\W\d_][^\W\d_&.'’-]*(?:[\s&.'’-]+[^\W\d_]+){0,3}")
# A lead word and a name in brackets, alone on a line: "(foto Agency)", "(Photo Jane Doe)".
_BRACKETED_BARE_LEAD = re.compile(rf"\((?i:photo|foto|фото|bild)s?\s+{_NAME}\)")
VIA_NAME_MAX_WORDS = 2  # "Jane Doe via Agency" alone on its line; "Google Ads Certification via Google" is an item


def credit_line(text: str) -> bool:
    """A credit alone on its line in a form `credit_like`'s patterns leave out: a copyright sign and a name
    (`_COPYRIGHT_NAME`), or a name and an outlet joined by "via" (`_CONNECTOR_CREDIT`: "Jane Doe via Agency"; not
    by "for": "Tips for Beginners" heads a section; nor a picture agency's shape alone: "Learn Images")."""
    return bool(_COPYRIGHT_NAME.fullmatch(text) and "rights" not in text.lower() or (
        text.count(" via ") == 1 and len(text.split(" via ", 1)[0].split()) <= VIA_NAME_MAX_WORDS
        and _CONNECTOR_CREDIT.fullmatch(text)))


_BRACKETS = {")": "(", "]": "["}
_BRACKETED_LEAD = re.compile(r"^(?:photo(?:graph)?s?|images?|pictures?)\s*(?:by\b|:)\s*", re.IGNORECASE)
BRACKETED_CREDIT_MAX_CHARS = 80  # "[Photo by Sam Ortiz/The Valley Times]": longer, it is an aside


def bracketed_credit(text: str) -> str | None:
    """The credit in brackets (brackets and all) that ends a caption, or is the whole line: a name and an
    outlet joined by a slash (`credit_shape`: "... boat ramp. (Sam Ortiz/The Valley Times)", "(Sam Ortiz / Staff
    photographer)"), maybe led by "Photo by" ("... on Sunday. [Photo by Sam Ortiz/The Valley Times]"); what comes
    before it ends a sentence. Or a credit's lead word and the credit, with no slash, after any caption ("... dopo
    il restauro (foto Ansa)", `_LEAD_CREDIT`, `_BARE_LEAD_CREDIT`). None when there is none ("(Reuters)", "(AP)")."""
    opening = _BRACKETS.get(text[-1:])
    if opening is None:
        return None
    start = text.rfind(opening)
    if start < 0 or len(text) - start > BRACKETED_CREDIT_MAX_CHARS:
        return None
    if "/" not in text[start:]:  # a lead word and its credit: "... dopo il restauro (foto Ansa)", "(Photo: Jane Doe)"
        inner = text[start + 1:-1].strip()
        led = _LEAD_CREDIT.fullmatch(inner) or _BARE_LEAD_CREDIT.fullmatch(inner)
        return text[start:] if led else None
    before = text[:start].rstrip()
    if before and before[-1] not in ".!?”\"’":
        return None
    inner = _BRACKETED_LEAD.sub("", text[start + 1:-1].strip())
    return text[start:] if "/" in inner and credit_shape(inner) else None


LINK_ROW_MIN_BARS = 2  # "Privacy | Cookies | Terms": a credit with as many bars ends in a picture agency


def link_row(text: str) -> bool:
    """A row of links set apart by bars ("Privacy | Cookies | Terms", "NFL Scores | Expert Picks | Odds"): at
    least LINK_ROW_MIN_BARS " | ", the last part no picture agency's name ("Jane Doe | Bloomberg | Getty Images")."""
    return text.count(" | ") >= LINK_ROW_MIN_BARS and not CREDIT_AGENCY.match(text.rsplit(" | ", 1)[1])

# Lines that open what follows an article. Those that only ever close one: its comments, its tags, its
# author's bio ...
_FINAL_MARKERS = r"""(?:[\w-]+\s+){0,2}comments?(?:\s*\(\d+\))?|\d+\s+comments?|leave\s+a\s+(?:reply|comment)
    |join\s+the\s+(?:conversation|discussion)|tags?\s*:?|about\s+the\s+authors?
    |comentários|kommentare|commenti|comentarios|komentar|комментарии|댓글|コメント"""
# ... and those that may also stand inside it: recommendations, "Most read", "See also".
_OTHER_END_MARKERS = r"""related(?:\s+(?:articles?|stories|posts|content|news|coverage|topics|reading|videos|links
    |guides|resources|questions|reviews|recipes|podcasts|galleries|photos|searches|products|items|fact[\s-]checks?))?
    |recommended(?:\s+for\s+you|\s+(?:stories|articles|posts|reading|videos))?|(?:you\s+)?(?:may|might)\s+also\s+(?:like|enjoy)
    |more\s+(?:\w+\s+){0,2}(?:stories|articles|news)|more\s+videos|more\s+(?:from|on|in)\b.*|read\s+(?:more|next)|see\s+also
    |(?:recent|latest|similar)\s+(?:blog\s+)?(?:posts|articles|stories|news)|(?:what\s+to\s+)?read\s+next|watch\s+next
    |(?:previous|next|older|newer)\s+(?:post|article|story)|explore\s+more|keep\s+reading|back\s+to\s+(?:blog|news)
    |discussion\s+about\s+this\s+(?:post|article)
    |(?:was|is)\s+this\s+(?:page|article|post|answer|information|guide)\s+(?:helpful|useful)\s*\?
    |did\s+you\s+find\s+(?:this|the)\s+(?:article|page|post|guide)\s+(?:helpful|useful)\s*\?
    |rate\s+this\s+(?:article|post|page|guide)|how\s+was\s+this\s+(?:article|post|issue|guide)\s*\?|written\s+by|(?:medically\s+)?reviewed\s+by|about\s+(?:our|the)\s+experts?
    |most\s+(?:read|popular|viewed|shared)(?:\s+(?:in|on)(?:\s+\w+){1,3})?|don'?t\s+miss
    |trending(?:\s+now|\s+news)?|popular(?:\s+now|\s+(?:posts|articles|stories))?|topics?\s*:?
    |share\s+this(?:\s+(?:article|story|post))?
    |leia\s+(?:também|mais)|veja\s+também|mais\s+lidas|artigos\s+relacionados|notícias\s+relacionadas
    |ähnliche\s+artikel|das\s+könnte\s+sie\s+auch\s+interessieren|mehr\s+zum\s+thema
    |articoli\s+correlati|potrebbe\s+interessarti|leggi\s+anche|artículos\s+relacionados
    |berita\s+terkait|baca\s+juga|похожие\s+(?:статьи|новости)|читайте\s+также|материалы\s+по\s+теме
    |관련\s*기사|많이\s*본\s*뉴스|関連記事|人気記事
    |(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|le[ea]\s+también|noticias\s+relacionadas
    |te\s+puede\s+interesar|lo\s+más\s+leído|lesen\s+sie\s+auch|meistgelesen|xem\s+thêm|tin\s+liên\s+quan
    |(?:bunlar\s+da\s+)?ilginizi\s+çekebilir|ilgili\s+haberler|benzer\s+haberler|çok\s+okunanlar|関連ニュース
    |相关(?:阅读|新闻|文章)
    |延伸阅读|推荐阅读|editor['’]?s['’]?\s+picks?"""
# ... and the rest of the family of headers over other stories, each a set phrase of its language ("Also read",
# "Don't miss", "Top stories", "Auch interessant", "Você pode gostar", "Ti potrebbe interessare", "По теме",
# "Artikel terkait", "함께 보면 좋은 기사", "こちらもおすすめ"): a verb of reading or missing with its adverb, a
# "may interest you", a ranking ("most read", "popular") or a set of picks; never a word alone that a text uses.
_RELATED_HEADERS = r"""(?:also|must|recommended|essential|more)\s+read(?:ing|s)?|read\s+also
    |(?:you\s+)?(?:may|might|could)\s+(?:also\s+)?(?:like|enjoy|be\s+interested(?:\s+in)?)|we\s+recommend
    |in\s+case\s+you\s+missed\s+it|don['’]t\s+miss(?:\s+(?:this|these|out))?|more\s+for\s+you
    |(?:top|featured|other|suggested|popular|trending)\s+(?:stories|articles|posts|reads|news|headlines|videos)
    |editor['’]?s['’]?\s+(?:choice|recommendations?)|(?:our|staff)\s+picks|picks\s+for\s+you
    |auch\s+interessant|(?:das\s+)?könnte\s+sie\s+(?:auch\s+)?interessieren|passend\s+zum\s+thema|zum\s+weiterlesen
    |weitere\s+(?:artikel|nachrichten|themen|beiträge|news)|(?:ebenfalls|auch)\s+lesenswert
    |verwandte\s+(?:artikel|themen|beiträge)|(?:unsere\s+)?empfehlungen(?:\s+der\s+redaktion)?|top[\s-]themen
    |beliebteste\s+(?:artikel|beiträge|themen)|lesen\s+sie\s+(?:mehr|weiter)
    |veja\s+mais|(?:você\s+)?(?:também\s+)?(?:pode|poderá)\s+(?:também\s+)?gostar|recomendad[oa]s(?:\s+para\s+(?:você|ti))?
    |mais\s+(?:lidos|vistos|vistas|notícias)|em\s+alta|(?:matérias|conteúdos?)\s+relacionad[oa]s?|não\s+perca
    |(?:también\s+)?te\s+(?:puede|podría)n?\s+interesar|lo\s+más\s+visto|no\s+te\s+pierdas|contenido\s+relacionado
    |leggi\s+pure|(?:ti\s+)?potrebbe(?:ro)?\s+(?:anche\s+)?interessar(?:e|ti)(?:\s+anche)?|(?:i\s+)?più\s+(?:letti|lette|visti)
    |da\s+non\s+perdere|notizie\s+correlate|in\s+evidenza
    |(?:à\s+)?lire\s+également|(?:à\s+)?voir\s+aussi|dans\s+la\s+même\s+rubrique|nos\s+(?:recommandations|suggestions)
    |les\s+plus\s+(?:partagés|vus|populaires)|ne\s+manquez\s+pas|à\s+découvrir(?:\s+aussi)?
    |читайте\s+(?:ещё|еще)|(?:ещё\s+|еще\s+)?по\s+теме|смотрите\s+также|см\.\s+также|похожие\s+материалы
    |самое\s+(?:читаемое|популярное|интересное)|популярное|рекомендуем(?:\s+прочитать)?
    |lihat\s+juga|simak\s+juga|(?:berita|artikel)\s+(?:terkait|lainnya|pilihan|terpopuler)|terpopuler
    |rekomendasi(?:\s+untuk\s+anda)?|paling\s+banyak\s+dibaca|jangan\s+lewatkan
    |함께\s*(?:보면|읽으면)\s*좋은\s*(?:기사|뉴스|글)|(?:추천|인기|관련)\s*(?:기사|뉴스)|(?:가장\s*)?많이\s*본\s*기사
    |[あ合]わせて読みたい|こちらもおすすめ|おすすめ記事|(?:よく)?読まれている記事|アクセスランキング|注目記事
    |热门(?:文章|新闻)|猜你喜欢"""
_MARKER_LINE = r"""^[\[(]?\s*(?:%s)\s*(?:[:：]|\.{3}|…)?\s*[\])]?$"""  # the marker alone on its line, maybe bracketed
END_MARKER = re.compile(_MARKER_LINE % (_FINAL_MARKERS + "|" + _OTHER_END_MARKERS), re.IGNORECASE | re.VERBOSE)
RELATED_HEADER = re.compile(_MARKER_LINE % _RELATED_HEADERS, re.IGNORECASE | re.VERBOSE)  # end markers too
FINAL_MARKER = re.compile(_MARKER_LINE % _FINAL_MARKERS, re.IGNORECASE | re.VERBOSE)
# "About Jane Doe", "Sobre Carlos Nadalim", "Über Moritz Bachmann": the author's bio follows.
_ABOUT_NAME = re.compile(r"^(?:about|sobre|über|à\s+propos\s+de|a\s+proposito\s+di|tentang|об)"
                         r"\s+(\w[\w.'’-]*(?:\s+\w[\w.'’-]*){0,2})$", re.IGNORECASE)


# How each `END_MARKER` and `_ABOUT_NAME` match in ASCII text starts, in lower case, past the bracket and spaces
# `_MARKER_LINE` lets go before it (`_MARKER_LEAD`), but for a count of comments, which holds "comment", and
# "a proposito di", which holds "proposito".
_MARKER_STARTS = ("related", "recommended", "you", "may", "might", "more", "read", "see", "most", "don", "trending",
                  "popular", "topic", "share", "leia", "veja", "mais", "artigos", "mehr", "articoli", "potrebbe",
                  "leggi", "berita", "baca", "leave", "join", "tag", "about", "comentar", "komentar", "kommentar",
                  "sobre", "tentang", "recent", "latest", "similar", "what", "watch", "previous", "next",
                  "older", "newer", "explore", "keep", "back", "discussion", "written", "reviewed", "medically",
                  "was", "is", "did", "rate", "how", "lire", "sur", "les", "lee", "lea", "noticias", "te", "lo",
                  "lesen", "meistgelesen", "xem", "tin", "ilginizi", "ilgili", "benzer", "editor", "bunlar")
# How the `RELATED_HEADER` matches in ASCII text start that `_MARKER_STARTS` does not name.
_RELATED_HEADER_STARTS = ("also", "must", "essential", "could", "we", "in", "top", "featured", "other", "our", "staff",
                          "picks", "auch", "passend", "zum", "weitere", "ebenfalls", "verwandte", "unsere",
                          "empfehlungen", "beliebteste", "pode", "em", "da", "notizie", "ti", "dans", "nos", "ne",
                          "no", "voir", "lihat", "simak", "artikel", "terpopuler", "rekomendasi", "paling", "jangan")
RELATED_HEADER_MAX_CHARS = 48  # the longest `RELATED_HEADER` match, single-spaced ("(You might also like …)": 26)
_MARKER_LEAD = "[( \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"  # `[\[(]?\s*` in ASCII (a strip that takes more lets more by)


def end_marker(text: str) -> bool:
    """`END_MARKER` or `RELATED_HEADER` matches `text` or it introduces the author's bio (`about_the_author`):
    ASCII text is tried only when it starts with (or holds) what every match does, and `RELATED_HEADER` only
    on a line of RELATED_HEADER_MAX_CHARS or fewer."""
    short = len(text) <= RELATED_HEADER_MAX_CHARS
    if text.isascii():
        low = text.lower().lstrip(_MARKER_LEAD)
        if not (low.startswith(_MARKER_STARTS) or "comment" in low or "proposito" in low):
            return short and low.startswith(_RELATED_HEADER_STARTS) and RELATED_HEADER.match(text) is not None
    return bool(END_MARKER.match(text)) or about_the_author(text) or (short and RELATED_HEADER.match(text) is not None)


def about_the_author(text: str) -> bool:
    """`text` introduces a person's bio: "About" and a name (capitalised words,
    none of them a function word: "About The Devils" is a book)."""
    match = _ABOUT_NAME.match(text)
    name = match.group(1).split() if match else []
    return len(name) >= 2 and all(w[0].isupper() and w.casefold() not in STOPWORDS for w in name)


BULLET = re.compile(r"^[-•*·▪►–]\s+")  # a list item's marker


# A photo viewer's control alone on its line: "Buy Photo", "Enlarge this image", "Toggle caption", "1 / 12"; or
# its header, in the languages pages use ("Photo gallery", "Galeria de fotos", "Bildergalerie", "Фотогалерея").
PHOTO_CONTROL = re.compile(
    r"""^(?:buy\s+(?:this\s+)?photo|enlarge\s+(?:this\s+)?(?:image|photo|picture)|(?:hide|show|toggle)\s+caption
    |view\s+(?:the\s+)?(?:gallery|slideshow|photos)|expand|\d{1,3}\s+/\s+\d{1,3}|\d{1,3}\s+of\s+\d{1,3}
    |photo\s+gallery|galeria\s+de\s+fotos|galería\s+de\s+(?:fotos|imágenes)|galerie\s+(?:photos?|d['’]images)
    |fotogalerie|bildergalerie|fotogallery|galleria\s+fotografica|galeri\s+foto|фотогалерея|포토\s*갤러리
    |フォトギャラリー|图集)$""",
    re.IGNORECASE | re.VERBOSE,
)
PHOTO_CONTROL_MAX_WORDS = 4
_PHOTO_CONTROL_FIRST = frozenset("BbEeHhSsTtVvPpGgFf0123456789")  # how a `PHOTO_CONTROL` match in ASCII text starts


def photo_control(text: str) -> bool:
    """`PHOTO_CONTROL` matches `text`: a photo viewer's button, image counter or header (ASCII text is tried only
    when its first letter can start a match)."""
    return (text[:1] in _PHOTO_CONTROL_FIRST or not text.isascii()) and PHOTO_CONTROL.match(text) is not None


# How long the text takes to read, alone on its line, in the languages pages use: "Reading time: 4 min.",
# "Lesezeit: 3 Min.", "Temps de lecture : 4 min", "4 min de lecture", "Время чтения: 5 минут", "読了時間：約3分",
# "この記事は約3分で読めます".
_READING_LABEL = r"""(?:(?:estimated\s+)?read(?:ing)?\s+time|lesezeit|lesedauer|temps\s+de\s+lecture
    |tiempo\s+(?:estimado\s+)?de\s+lectura|tempo\s+(?:de\s+leitura|di\s+lettura)|waktu\s+baca
    |leestijd|okuma\s+süresi|время\s+чтения|読了(?:時間|目安)|阅读时间|阅读时长|읽는\s*시간)"""
_READING_AMOUNT = r"""(?:(?:about|approx\.|ca\.|env\.|~|約|约)\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*
    (?:min(?:ute|uto|uti|ut)?[sn]?|menit|мин(?:ут[аы]?)?|分(?:钟)?|분|m)\.?"""
READING_TIME = re.compile(
    rf"""^{_READING_LABEL}\s*[:：]?\s*{_READING_AMOUNT}$
    |^(?:この記事は)?約?\d{{1,3}}分で読めます[。]?$
    |^{_READING_AMOUNT}\s+(?:de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura|baca|чтения|lesezeit)$""",
    re.IGNORECASE | re.VERBOSE,
)
READING_TIME_MAX_WORDS = 7  # "Estimated reading time: about 4-5 minutes"


def reading_time(text: str) -> bool:
    """`READING_TIME` matches `text`: how long the text takes to read, alone (tried only when it holds a digit)."""
    return _DIGIT.search(text) is not None and READING_TIME.match(text) is not None


_DIGIT = re.compile(r"\d")


# An advertisement's marker alone on its line, in the languages pages use ("Anzeige", "Publicidade", "Реклама",
# "広告", "[광고]"), or a line saying the text goes on past it, in each language's set wording: "Story continues
# below advertisement", "Continue reading below", "Weiterlesen nach der Anzeige", "Continua após a publicidade",
# "La suite après cette publicité", "L'articolo continua dopo la pubblicità", "Продолжение после рекламы",
# "Scroll untuk melanjutkan", "Scroll to continue with content".
AD_MARKER = re.compile(
    r"""^(?:anzeige|werbung|publicidade|publicidad|pubblicità|iklan|реклама|publicité|advertentie|reklama|reklam
    |広告|广告|광고|[\[【(]\s*(?:광고|広告|pr|ad)\s*[\]】)]
    |(?:(?:the\s+)?(?:story|article|text|content)\s+)?continues?\s+(?:below|after)
    (?:\s+(?:this\s+|the\s+)?(?:advertisement|ad|advert))?
    |continue\s+reading\s+(?:below|after\s+(?:the\s+|this\s+)?(?:advertisement|ad|advert))
    |(?:der\s+)?artikel\s+(?:geht|wird)\s+(?:unter|nach)\s+der\s+(?:anzeige|werbung)\s+(?:weiter|fortgesetzt)
    |(?:weiterlesen|fortsetzung|weiter)\s+(?:nach|unter)\s+der\s+(?:anzeige|werbung)
    |continua\s+(?:após|depois)\s+(?:a|da)\s+publicidade
    |(?:la\s+suite|l['’]article\s+continue)\s+(?:après|sous)\s+(?:cette|la)\s+publicité
    |(?:el\s+artículo\s+)?(?:continúa|sigue)\s+(?:después\s+de|tras)\s+(?:la\s+)?publicidad
    |(?:l['’]articolo\s+)?continua\s+(?:dopo|sotto)\s+(?:la\s+)?pubblicità
    |(?:статья\s+)?продолж(?:ение|ится)\s+(?:после|ниже)(?:\s+рекламы)?
    |scroll\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|lanjut)(?:\s+membaca)?
    |scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:with|reading)(?:\s+the)?\s+(?:content|article|story))?
    )[.…:]*$""",
    re.IGNORECASE | re.VERBOSE,
)
AD_MARKER_MAX_WORDS = 8
# The `AD_MARKER` matches of one word or in brackets, in lower case; every other match is longer than
# _AD_WORD_MAX_CHARS.
_AD_MARKER_WORDS = frozenset(("anzeige", "werbung", "publicidade", "publicidad", "pubblicità", "iklan", "реклама",
                              "publicité", "advertentie", "reklama", "reklam", "広告", "广告", "광고"))
_AD_WORD_MAX_CHARS = 13  # "Continue below", the shortest note, has 14
_AD_BRACKETED = re.compile(r"[\[【(]\s*(?:광고|広告|pr|ad)\s*[\]】)]", re.IGNORECASE)
# Every longer `AD_MARKER` match holds one of these, in lower case, but for one in brackets.
_AD_NOTE_WORDS = ("ontinu", "ontinú", "eiter", "croll", "ortsetz", "ortgesetzt", "suite", "igue", "родолж")


def ad_marker(text: str) -> bool:
    """`AD_MARKER` matches `text`: an advertisement's marker alone (a set lookup, up to _AD_WORD_MAX_CHARS, or
    in brackets), or a note that the text goes on past it (tried only when it holds a word every such match
    holds, `_AD_NOTE_WORDS`)."""
    core = text.rstrip(".…:")
    if len(core) <= _AD_WORD_MAX_CHARS:
        return core.lower() in _AD_MARKER_WORDS or (core[:1] in "[【(" and _AD_BRACKETED.fullmatch(core) is not None)
    if text[:1] not in "[【(":
        low = ascii_lower(text)
        if not ("ontinu" in low or "ontinú" in low or "eiter" in low or "croll" in low or "ortsetz" in low
                or "ortgesetzt" in low or "suite" in low or "igue" in low or "родолж" in low):
            return False  # `_AD_NOTE_WORDS`, one by one
    return AD_MARKER.match(text) is not None


def continues_note(text: str) -> bool:
    """A note that the text goes on past an advertisement (`ad_marker`, longer than a bare marker: "Story continues
    below advertisement", "Continua após a publicidade")."""
    return len(text.rstrip(".…:")) > _AD_WORD_MAX_CHARS and text[:1] not in "[【(" and ad_marker(text)


# A label over sponsored or paid content alone on its line, in the languages pages use: "Sponsored content",
# "Promoted stories", "Paid post", "Partner content", "Sponsored by ...", "Gesponsert", "Conteúdo patrocinado",
# "Contenuto sponsorizzato", "Contenu sponsorisé", "Партнёрский материал", "Konten bersponsor", "スポンサーリンク",
# "PR". An advertisement too, but what follows it is as often its teaser as the text going on.
SPONSOR_LABEL = re.compile(
    r"""^[\[【(]?\s*(?:(?:sponsored|promoted|paid|partner|advertiser|branded)\s+(?:content|contents|posts?|links?|stor(?:y|ies)
    |articles?|listings?|partnership|promotion|feature)|sponsored(?:\s+by(?:\s+\S+){1,3})?|promoted|advertorial
    |ad\s+feature|gesponsert|bezahlter\s+inhalt|(?:conteúdo|contenido)\s+patrocinado|patrocinado|publieditorial
    |contenut[oi]\s+sponsorizzat[oi]|sponsorizzato|contenu\s+(?:sponsorisé|partenaire)|sponsorisé
    |(?:партн[её]рский|спонсорский|рекламный)\s+материал|на\s+правах\s+рекламы|konten\s+(?:bersponsor|berbayar|sponsor)
    |bersponsor|スポンサー(?:ド)?リンク|pr|스폰서|赞助内容|推广|gesponsord|sponsorlu(?:\s+içerik)?|sponsorowane
    |(?:artykuł\s+)?sponsorowany)\s*[\]】)]?[.…:]*$""",
    re.IGNORECASE | re.VERBOSE,
)
SPONSOR_LABEL_MAX_WORDS = 5  # "Sponsored by Acme Home Loans"


# How a `SPONSOR_LABEL` match in ASCII text starts, its first two letters in lower case, but for a bracket.
_SPONSOR_STARTS = frozenset(("sp", "pr", "pa", "ad", "br", "ge", "be", "co", "pu", "ko"))


def sponsor_label(text: str) -> bool:
    """`SPONSOR_LABEL` matches `text`: a label over sponsored content (ASCII text tried only when its first two
    letters can start a match)."""
    return (text[:2].lower() in _SPONSOR_STARTS or text[:1] in "[(" or not text.isascii()) \
        and SPONSOR_LABEL.match(text) is not None


# An appeal to the reader to pay for the journalism: the reader addressed ("you", "your", or a sentence that opens
# on the request), something to do (support, donate, subscribe, contribute) and what for (journalism, reporting,
# a newsroom): "Local journalism matters. Support our reporting by subscribing", "We rely on readers like you.
# Please consider making a donation"; or the request's set openings ("Since you're here...", "we have a small
# favour to ask", "Have a news tip? Email us at ...").
_APPEAL_ACT = re.compile(r"\b(?:support(?:ing)?|donat(?:e|ion|ing)|subscrib(?:e|ing)|contribut(?:e|ion|ing)"
                         r"|chip\s+in|become\s+a\s+(?:member|subscriber|supporter))\b", re.IGNORECASE)
_APPEAL_FOR = re.compile(r"\b(?:journalism|reporting|newsroom|reporters|our\s+(?:work|mission)|readers\s+like\s+you"
                         r"|independent\s+(?:media|news|press))\b", re.IGNORECASE)
_APPEAL_ADDRESS = re.compile(r"\byou(?:r|['’]re)?\b|(?:^|[.!?…]\s+)(?:please\s+)?(?:support|donate|subscribe"
                             r"|contribute|consider|help|become)\b", re.IGNORECASE)
_APPEAL_OPENING = re.compile(r"^(?:since\s+you['’]re\s+here\b|[….\s]*we\s+have\s+a\s+(?:small\s+)?(?:favou?r|request)"
                             r"\s+to\s+ask\b|(?:have|got)\s+a\s+(?:news\s+)?tip\?)", re.IGNORECASE)
APPEAL_MAX_WORDS = 60  # longer, it is a text about funding the press


def support_appeal(text: str) -> bool:
    """The line asks the reader to pay for the journalism (`_APPEAL_ACT`, `_APPEAL_FOR` and `_APPEAL_ADDRESS`
    all found), or opens as such requests do (`_APPEAL_OPENING`)."""
    if not ("upport" in text or "onat" in text or "ubscrib" in text or "ontribut" in text or "hip in" in text
            or "ecome a" in text or "re here" in text or "o ask" in text or "ip?" in text):
        return False  # a word every match holds (but in capitals)
    if _APPEAL_OPENING.match(text):
        return True
    return (_APPEAL_ACT.search(text) is not None and _APPEAL_FOR.search(text) is not None
            and _APPEAL_ADDRESS.search(text) is not None)


# A sign-up form's email field, as its label or placeholder reads in the languages pages use: "Email address",
# "Your email", "Enter your email address", "Ihre E-Mail-Adresse", "Digite seu e-mail", "Tu correo electrónico",
# "Inserisci la tua email", "Votre adresse e-mail", "Ваш e-mail", "Masukkan alamat email Anda",
# "이메일 주소를 입력하세요", "メールアドレスを入力してください".
EMAIL_FIELD = re.compile(
    r"""^(?:(?:(?:please\s+)?(?:enter|type|add|provide|insert)\s+)?(?:your\s+|an?\s+|the\s+)?(?:best\s+|work\s+)?
    e-?mail(?:\s+address)?(?:\s+here)?
    |(?:bitte\s+)?(?:ihre|deine)\s+e-?mail(?:[\s-]adresse)?(?:\s+eingeben)?|e-?mail-adresse(?:\s+eingeben)?
    |(?:digite|insira|informe|coloque)\s+(?:o\s+)?(?:seu\s+)?(?:melhor\s+)?e-?mail|(?:o\s+)?seu\s+(?:melhor\s+)?e-?mail
    |endereço\s+de\s+e-?mail|(?:introduce|escribe|ingresa)\s+tu\s+(?:correo(?:\s+electrónico)?|e-?mail)
    |tu\s+(?:correo(?:\s+electrónico)?|e-?mail)|correo\s+electrónico|dirección\s+de\s+(?:correo|e-?mail)
    |(?:inserisci\s+)?(?:la\s+)?tua\s+(?:e-?mail|indirizzo\s+e-?mail)|(?:il\s+tuo\s+)?indirizzo\s+e-?mail
    |(?:saisissez|entrez|indiquez)\s+votre\s+(?:adresse\s+)?(?:e-?mail|courriel)|votre\s+(?:adresse\s+)?(?:e-?mail|courriel)
    |adresse\s+(?:e-?mail|électronique)|(?:введите\s+)?(?:ваш\s+)?(?:e-?mail|имейл|адрес\s+(?:электронной\s+почты|e-?mail))
    |ваша\s+(?:почта|эл\.\s*почта)|(?:masukkan\s+)?(?:alamat\s+)?email(?:\s+anda)?
    |이메일(?:\s*주소)?(?:를|을)?(?:\s*입력(?:하세요|해\s*주세요))?|メールアドレス(?:を入力(?:してください)?)?
    |电子邮(?:件|箱)(?:地址)?|邮箱(?:地址)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[*:：.…]*$""",
    re.IGNORECASE | re.VERBOSE,
)
EMAIL_FIELD_MAX_WORDS = 6


def email_field(text: str) -> bool:
    """`EMAIL_FIELD` matches `text`: a sign-up form's email field (tried only when it names mail, `_MAIL_WORDS`)."""
    low = text.lower()
    return ("mail" in low or "correo" in low or "courriel" in low or "électronique" in low or "почт" in low
            or "имейл" in low or "이메일" in low or "メール" in low or "邮" in low or "@" in low) \
        and EMAIL_FIELD.match(text) is not None  # `_MAIL_WORDS`, one by one


# Every `EMAIL_FIELD` match holds one of these, in lower case.
_MAIL_WORDS = ("mail", "correo", "courriel", "électronique", "почт", "имейл", "이메일", "メール", "邮", "@")


# The button of a sign-up form: "Submit", "Sign me up", "Subscribe now", "Count me in", "Absenden", "Cadastrar",
# "Inscreva-se", "Suscribirme", "Iscriviti", "Je m'inscris", "Подписаться", "Daftar", "구독", "登録する".
FORM_BUTTON = re.compile(
    r"""^(?:submit|send|go|ok|(?:yes,?\s+)?(?:sign\s+(?:me\s+)?up|subscribe|join|register)(?:\s+(?:now|today|for\s+free|free|here))?
    |join\s+us|count\s+me\s+in|i['’]m\s+in|keep\s+me\s+(?:posted|informed)|send\s+me\s+(?:the\s+)?(?:newsletter|updates)
    |get\s+(?:the\s+)?newsletter
    |absenden|senden|anmelden|abonnieren|registrieren|jetzt\s+(?:anmelden|abonnieren|registrieren)
    |enviar|cadastrar|cadastre-se|inscrever(?:-se)?|inscreva-se|assinar|quero\s+receber|suscribirse|suscríbete
    |suscribirme|invia|iscriviti|iscrivimi|registrati|s['’]inscrire|je\s+m['’]inscris|valider|envoyer|s['’]abonner
    |je\s+m['’]abonne|подписаться|отправить|подписка|daftar(?:\s+sekarang)?|kirim|berlangganan|langganan
    |구독(?:하기)?|신청(?:하기)?|보내기|登録(?:する)?|購読(?:する)?|送信(?:する)?|订阅|提交)\s*[.!→›»>]*$""",
    re.IGNORECASE | re.VERBOSE,
)
FORM_BUTTON_MAX_WORDS = 5  # "Yes, sign me up free"


# How a `FORM_BUTTON` match in ASCII text starts, its first two letters in lower case.
_FORM_BUTTON_STARTS = frozenset(("su", "se", "go", "ok", "ye", "si", "jo", "re", "co", "i'", "i’", "ke", "ge", "ab",
                                 "an", "je", "en", "ca", "in", "as", "qu", "is", "s'", "s’", "va", "da", "ki", "be",
                                 "la"))


def form_button(text: str) -> bool:
    """`FORM_BUTTON` matches `text`: the button that sends a sign-up form (tried only when its first two letters
    can start a match, `_FORM_BUTTON_STARTS`, or are not both ASCII)."""
    start = text[:2]
    return (start.lower() in _FORM_BUTTON_STARTS or not start.isascii()) and FORM_BUTTON.match(text) is not None


# The small print under a sign-up form: "You can unsubscribe at any time.", "No spam, ever.", "We respect your
# privacy.", "By signing up, you agree to our Terms", "Sie können sich jederzeit abmelden", "Cancele quando quiser",
# "Отписаться можно в любой момент".
FORM_SMALL_PRINT = re.compile(
    r"""\b(?:unsubscribe|opt[\s-]out)\b|\bno\s+spam\b|\bspam[\s-]free\b|\bwe\s+(?:respect|value)\s+your\s+(?:privacy|e-?mail|data)
    |\b(?:will|['’]ll)\s+never\s+(?:share|sell|spam)\b|\byour\s+privacy\s+(?:is|matters)\b
    |\bby\s+(?:signing\s+up|subscribing|clicking|submitting|entering\s+your)\b
    |\bjederzeit\s+(?:wieder\s+)?abmelden|\babmeldung\s+jederzeit|\bcancel(?:e|ar)\s+(?:a\s+)?(?:inscrição|assinatura)
    |\bcancele\s+quando\s+quiser|\bdarte\s+de\s+baja|\bcancellarti\b|\bdisiscriver|\bdésinscri|\bdésabonner
    |отпис(?:аться|ка)|berhenti\s+berlangganan|수신\s*거부|配信停止|退订""",
    re.IGNORECASE | re.VERBOSE,
)


def form_small_print(text: str) -> bool:
    """`FORM_SMALL_PRINT` finds in `text` what a sign-up form's small print says."""
    return FORM_SMALL_PRINT.search(text) is not None


# A product's pitch: a bid to act on the site's offer, opening with its verb and naming the reader's or the site's
# own, or what the offer gives ("Use MASV to ingest large files into your review tool.", "Grow your business with
# our software.", "Join over 1M others in getting regular emails from ...", "Sign up and try it for 14 days free!",
# "Découvrez notre offre", "Prueba gratis nuestra app", "Testen Sie unser Tool kostenlos").
PITCH = re.compile(
    r"""^(?:use|try|join|grow|start|get|discover|boost|save|download|book|shop|request|claim|unlock|explore|sign\s+up
    |découvrez|essayez|rejoignez|inscrivez-vous|profitez|descubre|prueba|únete|suscríbete|regístrate|aprovecha
    |entdecken\s+sie|testen\s+sie|melden\s+sie\s+sich|sichern\s+sie\s+sich|starten\s+sie)\b
    [^.!?]*?\b(?:our|your|free|others|emails?|notre|nos|votre|vos|gratuit(?:ement)?|nuestr[oa]s?|tus?|gratis
    |unser(?:e[nmrs]?)?|ihr(?:e[nmrs]?)?|kostenlos)\b""", re.IGNORECASE | re.VERBOSE)
PITCH_MAX_WORDS = 40  # the pitch and a sentence more; longer, such an opening is a how-to's first paragraph


def pitch(text: str, words: int) -> bool:
    """`text` (of `words` words) is a product's pitch (`PITCH`)."""
    return words <= PITCH_MAX_WORDS and PITCH.match(text) is not None
