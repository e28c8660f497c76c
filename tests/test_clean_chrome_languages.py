"""Chrome and caption credits in the languages pages use: related headers, share prompts, a viewer's
Previous/Next, reading times, credits after a dash or a copyright sign, a bare news agency, CJK credits, and a
newsletter's pitch over its button."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from sitegen.clean import rules, vocab
from tests.test_clean_fast_paths import SETTINGS
from tests.test_clean_rules import PARAGRAPH, article, rule_of

RELATED_HEADERS = ("À lire aussi", "Lire aussi", "Lee también", "LEA TAMBIÉN", "Xem thêm", "相关阅读：", "相关新闻",
                   "İLGİNİZİ ÇEKEBİLİR", "İlgili Haberler", "Editor's picks", "Editors’ Picks", "Les plus lus",
                   "Lesen Sie auch", "Te puede interesar", "ÇOK OKUNANLAR", "Bunlar da ilginizi çekebilir")
RELATED_LEADS = ("À lire aussi : Les insectes disparaissent-ils vraiment ?", "Lee también: El agua vuelve al río",
                 "LEA TAMBIÉN: El agua vuelve al río", "Xem thêm: Hà Nội mở thêm tuyến xe buýt",
                 "相关阅读：杭州地铁新线开通", "Voir aussi : La ville ouvre un parc", "Siehe auch: Der neue Plan")
SHARE_PROMPTS = ("Partager sur Facebook", "Compartir en WhatsApp", "Compartilhar no Twitter", "Envoyer par e-mail",
                 "Enviar por correo electrónico", "Auf Facebook teilen", "Поделиться в Telegram")
PREVIOUS_NEXT = ("Anterior", "Próxima", "Précédent", "Suivant", "Zurück", "Weiter", "Назад", "Вперед", "이전", "다음",
                 "前へ", "次へ")
READING_TIMES = ("Reading time: 4 min.", "Estimated reading time: 11 minutes", "Lesezeit: 3 Min.",
                 "Temps de lecture : 4 min.", "4 min de lecture", "Tempo de leitura: 2 minutos",
                 "Tiempo de lectura: 5 minutos", "Время чтения: 5 минут", "読了時間：約3分",
                 "この記事は約3分で読めます")


def test_related_headers_in_other_languages_are_end_markers() -> None:
    for header in RELATED_HEADERS:
        assert vocab.end_marker(header), header
    for text in ("Lire aussi les conditions générales avant de signer", "Editor's picks are chosen each week",
                 "Les plus lus des romans de l'été sont en poche"):
        assert not vocab.end_marker(text), text


def test_related_lead_ins_in_other_languages_are_link_lines() -> None:
    for line in RELATED_LEADS:
        assert vocab.related_lead(line), line
        assert rule_of(article(PARAGRAPH, line), line) == (rules.BOILERPLATE, "related_link")
    assert not vocab.related_lead("Lire aussi la suite du rapport, publiée mardi.")


@SETTINGS
@given(st.from_regex(vocab.END_MARKER))
def test_every_end_marker_passes_the_guard(text: str) -> None:
    """`end_marker` tries ASCII text only when it starts as a match does (`_MARKER_STARTS`)."""
    assert vocab.end_marker(text)


def test_share_prompts_in_other_languages_are_chrome() -> None:
    for prompt in SHARE_PROMPTS:
        assert vocab.share_line(prompt), prompt
        assert rule_of(article(prompt, PARAGRAPH), prompt) == (rules.BOILERPLATE, "share_prompt")
    for text in ("Compartir en familia", "Partager sur un coin de table", "Enviar por fin la carta"):
        assert not vocab.share_line(text), text


def test_a_viewers_previous_and_next_in_other_languages_are_controls() -> None:
    for control in PREVIOUS_NEXT:
        assert vocab.ui_line(control), control
        assert rule_of(article(PARAGRAPH, control), control) == (rules.BOILERPLATE, "ui_control")


def test_a_gallery_header_is_a_photo_control() -> None:
    for header in ("Galeria de fotos", "Photo gallery", "Bildergalerie", "Galería de imágenes", "Фотогалерея"):
        assert vocab.photo_control(header), header
        assert rule_of(article(PARAGRAPH, header), header) == (rules.BOILERPLATE, "photo_control")
    assert not vocab.photo_control("Galeria de fotos antigas reabre em Lisboa")


def test_a_reading_time_alone_is_dropped() -> None:
    for note in READING_TIMES:
        assert vocab.reading_time(note), note
        assert rule_of(article(note, PARAGRAPH), note) == (rules.BOILERPLATE, "reading_time")
    for text in ("60 Minutes", "Lecture", "Reading time matters", "Lecture 3: the minute hand"):
        assert not vocab.reading_time(text), text


CREDITED_CAPTIONS = (
    ("Children play at an after-school class in Seoul — Photo: Kim Min-ji/Hanbit Daily",
     "— Photo: Kim Min-ji/Hanbit Daily", "caption_with_credit"),
    ("Dudu comemora o gol de empate no Allianz Parque – Foto: Cesar Greco/Palmeiras",
     "– Foto: Cesar Greco/Palmeiras", "caption_with_credit"),
    ("Une ruche installée sur le toit d'un immeuble parisien. © Jean Martin / Le Magazine des Sciences",
     "© Jean Martin / Le Magazine des Sciences", "caption_with_credit"),
    ("Dudu celebra el gol del empate ante el Getafe. EFE", "EFE", "caption_agency_credit"),
    ("서울 시내 한 초등학교 돌봄교실에서 아이들이 놀이를 하고 있다. 연합뉴스", "연합뉴스", "caption_agency_credit"),
    ("서울 시내 한 초등학교 돌봄교실에서 아이들이 놀이를 하고 있다./연합뉴스", "/연합뉴스", "caption_agency_credit"),
    ("河川敷で撮影されたタヌキの親子（読者提供）", "（読者提供）", "caption_agency_credit"),
    ("河川敷で撮影されたタヌキの親子＝読者提供", "＝読者提供", "caption_agency_credit"),
    ("居民在社区服务站用积分兑换生活用品。本报记者 摄", "本报记者 摄", "caption_agency_credit"),
    ("居民在社区服务站用积分兑换生活用品。新华社记者 李明 摄", "新华社记者 李明 摄", "caption_agency_credit"),
)


def test_credits_after_a_dash_a_copyright_sign_an_agency_or_in_cjk_make_a_caption() -> None:
    for caption, credit, rule in CREDITED_CAPTIONS:
        assert rule_of(article(PARAGRAPH, caption, PARAGRAPH), caption) == (rules.CAPTION, rule), caption
        found = vocab.trailing_credit(caption) or vocab.agency_credit(caption)
        assert found == credit, caption


def test_a_credit_after_a_dash_or_in_another_language_alone_on_its_line_is_a_credit() -> None:
    caption = "Children play at an after-school class in Seoul"
    for credit in ("— Foto: Cesar Greco/Palmeiras", "Crédit photo : Jean Martin", "Imagen: Juan Pérez",
                   "写真：山田太郎", "사진=연합뉴스"):
        assert vocab.credit_like(credit), credit
        page = article(PARAGRAPH, f"{caption}\n{credit}", PARAGRAPH)
        assert rule_of(page, caption) == (rules.CAPTION, "caption_before_credit"), credit


def test_sentences_that_end_in_a_name_or_a_notice_are_no_credited_captions() -> None:
    for text in ("The agency's reporters have worked for Reuters", "He said the photos belong to the AP",
                 "Terms of use. ©The Site 2011-2019", "© Site 2026 - design: Studio - illustration: Jane Doe",
                 "Le ministère a confirmé la décision. Selon l'AFP", "他在现场拍摄", "警方禁止拍摄"):
        assert vocab.trailing_credit(text) is None and vocab.agency_credit(text) is None, text
    long = ("The minister said the plan would be put to parliament next month, and that the money set aside for "
            "it in this year's budget would not be enough to cover the first year of the scheme. AFP")
    assert rule_of(article(PARAGRAPH, long, PARAGRAPH), long)[0] != rules.CAPTION  # a paragraph's sign-off
    for sign_off in ("(tb/dpa)", "EFE", "Yonhap"):  # a report's sign-off alone on its line credits no picture
        assert not vocab.credit_like(sign_off), sign_off
    signed = "The ministry said the talks would resume next week. (Yonhap)"
    assert rule_of(article(PARAGRAPH, signed, PARAGRAPH), signed)[0] != rules.CAPTION


NEWSLETTER_PITCHES = (
    ("Get the day's top stories and breaking news every morning in your inbox.", "Subscribe"),
    ("Recevez chaque semaine le meilleur de l'actualité scientifique", "Je m'inscris"),
    ("Receba as notícias do Esporte Total no seu e-mail", "Assinar"),
    ("Recibe cada mañana las noticias más importantes en tu correo", "Suscríbete"),
    ("Ogni mattina le notizie più importanti nella tua casella di posta", "Iscriviti"),
    ("Das Wichtigste des Tages – jeden Morgen in Ihrem Postfach.", "Jetzt anmelden"),
    ("Dapatkan update berita pilihan dan breaking news setiap hari.", "Berlangganan"),
    ("매일 아침 주요 뉴스를 이메일로 받아보세요.", "구독하기"),
)


def test_a_newsletter_pitch_over_its_button_under_the_text_is_promotion() -> None:
    for pitch, button in NEWSLETTER_PITCHES:
        assert vocab.call_to_action(pitch), pitch
        assert vocab.ui_line(button), button
        page = article(PARAGRAPH, f"{pitch}\n{button}")  # between two paragraphs: a sign-up form
        form = (rules.BOILERPLATE, rules.SIGNUP_RULE)
        assert rule_of(page, pitch) in ((rules.BOILERPLATE, "call_to_action"), form), pitch
        assert rule_of(page, button) in ((rules.BOILERPLATE, "ui_control"), form), button
    for text in ("CVs in your inbox within 72 hours", "Recevez-vous des appels la nuit ?",
                 "Die Rechnung liegt dann in Ihrem Postfach.", "Dapatkah kita belajar dari sejarah?"):
        assert not vocab.call_to_action(text), text


def test_a_related_header_in_another_language_over_its_links_is_an_insert_in_the_text() -> None:
    for header in ("À lire aussi", "İLGİNİZİ ÇEKEBİLİR", "Lee también", "相关阅读："):
        links = f"{header}\nLes insectes disparaissent en ville\nPesticides : ce que change la nouvelle loi"
        page = article(PARAGRAPH, PARAGRAPH.replace("committee", "council"), links)
        assert rule_of(page, header)[0] == rules.BOILERPLATE, header  # an insert's line, or a bare lead-in
        assert rule_of(page, "Pesticides : ce que change la nouvelle loi") == (rules.BOILERPLATE, "insert_block")
        assert rule_of(page, PARAGRAPH.replace("committee", "committee 0"))[0] == rules.PARAGRAPH


def test_plain_words_near_the_chrome_vocabulary_stay_text() -> None:
    for text in ("Enviar por DHL", "Enviar por Correos", "Compartir en Familia"):
        assert not vocab.SHARE_LINE.match(text), text
    assert not vocab.reading_time("Lecture: 50 min")  # a course's hours
    for text in ("The number of messages that land in your inbox every day can be overwhelming, so filters help.",
                 "Get into the habit of archiving every message in your inbox once you have answered it."):
        assert not vocab.CALL_TO_ACTION.search(text), text
    assert vocab.CALL_TO_ACTION.search("Get the day's top stories in your inbox")


RELATED_FAMILY = ("Also read", "Must read", "Don’t miss", "In case you missed it", "Top stories", "Other stories",
                  "Featured articles", "You might be interested in", "Editor's choice", "Our picks",
                  "Auch interessant", "Passend zum Thema", "Weitere Artikel", "Você pode gostar", "Mais lidos",
                  "Não perca", "También te puede interesar", "No te pierdas", "Ti potrebbe interessare",
                  "Da non perdere", "À voir aussi", "Ne manquez pas", "По теме", "Смотрите также",
                  "Самое читаемое", "Artikel terkait", "Jangan lewatkan", "함께 보면 좋은 기사", "인기 기사",
                  "こちらもおすすめ", "合わせて読みたい", "猜你喜欢")


@SETTINGS
@given(st.from_regex(vocab.RELATED_HEADER))
def test_every_related_header_passes_the_guard(text: str) -> None:
    """`end_marker` tries `RELATED_HEADER` on ASCII text only when it starts as a match does
    (`_RELATED_HEADER_STARTS`), and on a line up to RELATED_HEADER_MAX_CHARS long."""
    assume(len(text) <= vocab.RELATED_HEADER_MAX_CHARS)
    assert vocab.end_marker(text)


def test_the_family_of_related_headers_is_end_markers() -> None:
    for header in RELATED_FAMILY:
        assert vocab.end_marker(header), header
    for text in ("Also read the terms before you sign", "Top stories of the year ran in May",
                 "Passend zum Thema spricht der Minister", "Não perca tempo com isso", "Further reading",
                 "Up next"):  # a reading list and a sequel may be the text's own: no marker
        assert not vocab.end_marker(text), text


def test_credits_in_brackets_after_a_slash_or_in_other_languages_mark_a_caption() -> None:
    for caption in ("Una sala del Museo del Vetro dopo il restauro (foto Ansa)",
                    "Phố cổ Hội An về đêm trong đêm rằm. Ảnh: Nguyễn Đông",
                    "내장산 국립공원의 단풍이 절정을 맞았다. /사진=한빛일보 DB",
                    "C919飞机在海拉尔机场进行试飞。（资料图）",
                    "محتجون في ساحة التحرير وسط العاصمة (أرشيفية)"):
        assert rule_of(article(PARAGRAPH, caption, PARAGRAPH), caption)[0] == rules.CAPTION, caption
    for text in ("He said the results were positive (photo above)", "Unemployment fell (Source: Labor Dept)"):
        assert vocab.bracketed_credit(text) is None and vocab.agency_credit(text) is None, text
