#!/usr/bin/env python3
"""Change the layout of the articles pages the cleaner reads right, a little and
one way at a time, and count the pages whose reading breaks.

    python tools/check_robustness.py [--only NAME ...] [--variant {default,heldout,fresh}] [--write DIR]

A page is read right when its body F1 is at least READ_RIGHT_F1 and its title
is right; a perturbed page is broken when its body F1 drops by more than
BROKEN_F1_DROP, its title is lost, or a gold heading found before is lost.
The perturbations are small changes real pages show: an "Advertisement" line
between paragraphs, a related or newsletter block in the text, a share bar
under the headline, a "Most read" list or the byline and date above it, blank
lines dropped... Headlines in inserted blocks are real ones: wcxb-dev gold
titles, sharing at most SHARED_TITLE_WORDS words with the page's own title.
Each page's choices are seeded by the perturbation's name and the page's id,
so two runs print the same. Prints, per perturbation (most often broken
first), pages broken / pages tried, then each broken page with what broke;
`--write DIR` saves each broken input as DIR/<perturbation>/<id>.txt (for
`sitegen inspect`).

Some cleaner rules were tuned against the default wordings (DEFAULT_CHROME), so
`--variant heldout` draws every inserted wording from a disjoint set no rule
was tuned on (HELDOUT_CHROME: "Sponsored content", "Don't miss", "SHARE THIS",
"Get our free newsletter"...) and, for NATIVE_SHARE of the pages in German,
Portuguese, Italian, Russian, Indonesian, Korean or Japanese, from the same
chrome in the page's language (NATIVE_CHROME: "Anzeige", "Leia também",
"Читайте также", "Baca juga", "관련기사", "広告"...); inserted headlines stay
wcxb-dev's (English) ones. Rules were later tuned against the held-out counts
too, so `--variant fresh` draws from a third disjoint set written after that
(FRESH_CHROME, FRESH_NATIVE: "Paid content", "Keep reading", "The Morning
Brief", "Werbeanzeige", "Saiba mais"...); look at its breaks only to measure.
Counts on the articles pages read right (73), of 1084 tried: default 65
broken, heldout 54, fresh 73 (of 1069 tried on the 72 pages 5ac36a2 read
right: 76, 111, 151; 05ca100: 143, 168, 181).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import Article, clean  # noqa: E402
from tools.eval_cleaner import SHARED, prediction  # noqa: E402
from tools.eval_cleaner import scorer as load_scorer  # noqa: E402

CORPUS = SHARED / "corpus" / "articles"
HEADLINE_GOLD = SHARED / "corpus" / "wcxb-dev" / "gold"

READ_RIGHT_F1 = 0.97  # a page is read right from this body F1 up (and its title right)
BROKEN_F1_DROP = 0.02  # a perturbed page whose body F1 falls by more than this is broken
PROSE_WORDS = 12  # a paragraph this long is prose: inserts go between two such, where the page has them
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 4, 16  # the gold titles taken as inserted headlines
SHARED_TITLE_WORDS = 2  # an inserted headline shares at most this many words with the page's title
AD_AT = (1 / 3, 2 / 3)  # where in the text "Advertisement" lines go (fractions of the paragraphs)
MID = 1 / 2  # where a block inserted in the text goes
RELATED_ITEMS = 3  # headlines in a related block
MOST_READ_ITEMS = 5  # headlines in a "Most read" list
FOOTER_ITEMS = 10  # links in a footer
SHORT_SITE_NAME = 3  # a host name this short is an acronym: written in capitals
WHY_WIDTH = 70  # characters of a wrong title shown
ID_WIDTH = 12  # characters of a page id shown

COOKIES = [
    ["We use cookies to give you the best experience on our website. By continuing to browse the site, "
     "you agree to our use of cookies.", "Accept"],
    ["This site uses cookies to personalise content and ads, and to analyse our traffic. "
     "Read our Cookie Policy to learn more.", "Accept"],
    ["By using this website, you consent to the use of cookies as described in our Privacy Policy.",
     "Accept"],
]
RELATED_HEAD = ["Related", "Related stories", "Read more", "More on this story", "You may also like"]
NEWSLETTER = [
    ["Sign up for our newsletter", "Enter your email address", "Subscribe"],
    ["Sign up for our newsletter", "Get the best stories delivered to your inbox every morning.",
     "Your email address", "Subscribe"],
    ["Sign up for our newsletter", "Email", "Subscribe"],
]
SHARE = ["Share", "Facebook", "Twitter", "Email"]
MOST_READ = ["Most read", "Most Read", "Most popular", "Trending"]
FOOTER = ["About us", "Contact", "Advertise", "Careers", "Privacy Policy", "Terms of Use",
          "Cookie Settings", "Sitemap", "Help", "Subscriptions", "Newsletters", "RSS", "Accessibility",
          "Corrections"]
CAPTIONS = [
    "Residents walk past a damaged building in the city centre on Tuesday.",
    "The minister speaks to reporters outside parliament last week.",
    "Supporters gather at a rally ahead of the vote.",
    "A view of the company's headquarters.",
    "Firefighters work at the scene on Monday morning.",
    "Fans celebrate after the final whistle.",
]
NAMES = ["John Smith", "Maria Garcia", "David Lee", "Anna Müller", "Paul Brown", "Sara Rossi"]
AGENCIES = ["Reuters", "AFP", "AP", "Getty Images", "EPA", "Bloomberg"]
SEPARATORS = [" | ", " - ", " — "]


@dataclass(frozen=True)
class Chrome:
    """The wordings a perturbation draws its inserted chrome from (`credits` are formats of a photo credit
    with {name} and {agency})."""

    cookies: list[list[str]]
    ads: list[str]
    related_heads: list[str]
    newsletters: list[list[str]]
    share_bars: list[list[str]]
    most_read: list[str]
    footer: list[str]
    captions: list[str]
    credits: list[str]
    names: list[str]
    agencies: list[str]
    separators: list[str]


DEFAULT_CHROME = Chrome(
    cookies=COOKIES, ads=["Advertisement"], related_heads=RELATED_HEAD, newsletters=NEWSLETTER,
    share_bars=[SHARE], most_read=MOST_READ, footer=FOOTER, captions=CAPTIONS,
    credits=["Photo: {name}/{agency}"], names=NAMES, agencies=AGENCIES, separators=SEPARATORS,
)

# `--variant heldout`: wordings no cleaner rule was tuned on, disjoint from DEFAULT_CHROME's
HELDOUT_CHROME = Chrome(
    cookies=[
        ["We value your privacy. We and our partners store and access information on your device "
         "to personalise ads and content.", "Manage options", "I agree"],
        ["This website stores cookies on your computer to improve your browsing experience.", "Got it"],
        ["Our site uses cookies. Learn more about our use of cookies: cookie policy", "OK"],
    ],
    ads=["Sponsored content", "Continue reading below", "Story continues below advertisement", "Sponsored",
         "Promoted content"],
    related_heads=["Don't miss", "Editor's picks", "Recommended for you", "See also", "Also read", "Read next"],
    newsletters=[
        ["Get our free newsletter", "The day's top headlines, straight to your inbox.", "Email address",
         "Sign up"],
        ["Stay informed", "Subscribe to our daily briefing", "Enter email", "Sign me up"],
        ["Like what you're reading?", "Get our free newsletter", "Your email", "Submit",
         "You can unsubscribe at any time."],
    ],
    share_bars=[
        ["SHARE THIS", "Share on Facebook", "Tweet", "Pin it"],
        ["Share on Facebook", "Share on Twitter", "Share via Email"],
        ["Share this article", "WhatsApp", "LinkedIn", "Reddit", "Copy link"],
        ["Tweet", "Pin it", "Print"],
    ],
    most_read=["Top stories", "Most viewed", "Popular now", "What's hot", "Trending now"],
    footer=["Terms & Conditions", "Privacy Notice", "Contact us", "About", "Jobs", "Advertise with us",
            "Site map", "Do Not Sell My Personal Information", "Cookie Preferences", "FAQ", "Press",
            "Masthead", "Editorial Standards", "Ethics Policy"],
    captions=[
        "Commuters wait on a crowded platform during the strike on Friday.",
        "The chief executive addresses shareholders at the annual meeting.",
        "Volunteers clear debris from a flooded street.",
        "An aerial view of the stadium before kick-off.",
        "Police officers stand guard outside the court building.",
        "Students sit an exam in a school hall last month.",
    ],
    credits=["(Image: {name}/{agency})", "Credit: {name} / {agency}", "Photograph: {name}/{agency}",
             "(Photo by {name}/{agency})", "© {agency}"],
    names=["Emily Chen", "James O'Brien", "Priya Patel", "Lukas Novak", "Fatima Khan", "Tom Wilson"],
    agencies=["Shutterstock", "Alamy", "PA Images", "Xinhua", "dpa", "Anadolu Agency"],
    separators=[" · ", " – ", " :: ", " » "],
)

# the same chrome as sites in a page's own language write it (HELDOUT_CHROME's names and agencies where a
# language has none of its own here); disjoint from DEFAULT_CHROME too
NATIVE_CHROME: dict[str, Chrome] = {
    "de": replace(
        HELDOUT_CHROME,
        cookies=[["Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Mit der Nutzung "
                  "der Seite stimmen Sie der Verwendung von Cookies zu.", "Akzeptieren"],
                 ["Diese Website nutzt Cookies. Mehr Informationen finden Sie in unserer Datenschutzerklärung.",
                  "Einstellungen", "Alle akzeptieren"]],
        ads=["Anzeige", "Werbung", "Weiterlesen nach der Anzeige"],
        related_heads=["Mehr zum Thema", "Lesen Sie auch", "Das könnte Sie auch interessieren"],
        newsletters=[["Newsletter abonnieren", "Ihre E-Mail-Adresse", "Anmelden"],
                     ["Jetzt zum Newsletter anmelden",
                      "Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.", "E-Mail", "Abonnieren"]],
        share_bars=[["Teilen", "WhatsApp", "Xing", "E-Mail"],
                    ["Auf Facebook teilen", "Twittern", "Per E-Mail versenden"]],
        most_read=["Meistgelesen", "Beliebteste Artikel", "Top-Themen"],
        footer=["Impressum", "Datenschutz", "Kontakt", "AGB", "Über uns", "Karriere", "Mediadaten",
                "Newsletter", "Abo", "Cookie-Einstellungen", "Barrierefreiheit", "Hilfe"],
        captions=["Passanten gehen am Dienstag an einem beschädigten Gebäude in der Innenstadt vorbei.",
                  "Der Minister spricht vor dem Bundestag mit Journalisten."],
        credits=["Foto: {name}/{agency}", "Bild: {agency}"],
    ),
    "pt": replace(
        HELDOUT_CHROME,
        cookies=[["Utilizamos cookies para melhorar sua experiência no site. Ao continuar navegando, você "
                  "concorda com a nossa Política de Privacidade.", "Aceitar"]],
        ads=["Publicidade", "Continua após a publicidade"],
        related_heads=["Leia também", "Veja também", "Notícias relacionadas"],
        newsletters=[["Assine nossa newsletter", "Digite seu e-mail", "Assinar"],
                     ["Receba as principais notícias no seu e-mail", "Seu e-mail", "Cadastrar"]],
        share_bars=[["Compartilhe", "WhatsApp", "Telegram", "LinkedIn"],
                    ["Compartilhar no Facebook", "Compartilhar no Twitter", "Enviar por e-mail"]],
        most_read=["Mais lidas", "Mais lidos", "Em alta"],
        footer=["Quem somos", "Fale conosco", "Anuncie", "Trabalhe conosco", "Política de privacidade",
                "Termos de uso", "Expediente", "Mapa do site", "Ajuda", "Assinaturas", "Newsletter", "Contato"],
        captions=["Moradores caminham em frente a um prédio danificado no centro da cidade.",
                  "Torcedores comemoram após o apito final."],
        credits=["Foto: {name}/{agency}", "(Foto: {agency})"],
    ),
    "it": replace(
        HELDOUT_CHROME,
        cookies=[["Questo sito utilizza cookie per migliorare la tua esperienza. Continuando la navigazione "
                  "accetti l'utilizzo dei cookie.", "Accetto"]],
        ads=["Pubblicità", "Contenuto sponsorizzato"],
        related_heads=["Leggi anche", "Potrebbe interessarti anche", "Articoli correlati"],
        newsletters=[["Iscriviti alla newsletter", "Inserisci la tua email", "Iscriviti"],
                     ["Ricevi le notizie del giorno nella tua casella di posta.", "Indirizzo email", "Invia"]],
        share_bars=[["Condividi", "WhatsApp", "Telegram", "Pinterest"],
                    ["Condividi su Facebook", "Condividi su Twitter", "Invia per email"]],
        most_read=["I più letti", "Più letti", "In evidenza"],
        footer=["Chi siamo", "Contatti", "Pubblicità", "Lavora con noi", "Privacy", "Cookie policy",
                "Termini e condizioni", "Mappa del sito", "Redazione", "Abbonamenti", "Note legali", "Aiuto"],
        captions=["I tifosi festeggiano dopo il fischio finale.",
                  "Il ministro parla con i giornalisti fuori dal Parlamento."],
        credits=["Foto: {name}/{agency}", "(Foto {agency})"],
    ),
    "ru": replace(
        HELDOUT_CHROME,
        cookies=[["Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, "
                  "вы соглашаетесь с этим.", "Принять"]],
        ads=["Реклама", "Продолжение после рекламы"],
        related_heads=["Читайте также", "По теме", "Смотрите также"],
        newsletters=[["Подпишитесь на нашу рассылку", "Ваш e-mail", "Подписаться"],
                     ["Получайте главные новости дня на почту", "Введите e-mail", "Подписаться"]],
        share_bars=[["Поделиться", "ВКонтакте", "Одноклассники", "Telegram"],
                    ["Поделиться в Facebook", "Твитнуть", "Отправить по почте"]],
        most_read=["Самое читаемое", "Популярное", "Главное"],
        footer=["О нас", "Контакты", "Реклама на сайте", "Вакансии", "Политика конфиденциальности",
                "Пользовательское соглашение", "Карта сайта", "Помощь", "Подписка", "Редакция", "Архив",
                "Правила"],
        captions=["Жители проходят мимо поврежденного здания в центре города.",
                  "Болельщики празднуют победу после финального свистка."],
        credits=["Фото: {name}/{agency}", "Фото: {agency}"],
        names=["Иван Петров", "Анна Смирнова", "Сергей Волков"],
        agencies=["ТАСС", "РИА Новости", "Shutterstock"],
    ),
    "id": replace(
        HELDOUT_CHROME,
        cookies=[["Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda "
                  "menyetujui penggunaan cookie.", "Setuju"]],
        ads=["Iklan", "Konten Bersponsor"],
        related_heads=["Baca juga", "Berita terkait", "Artikel terkait"],
        newsletters=[["Berlangganan newsletter kami", "Masukkan alamat email Anda", "Berlangganan"],
                     ["Dapatkan berita terbaru setiap hari di email Anda.", "Alamat email", "Daftar"]],
        share_bars=[["Bagikan", "WhatsApp", "Telegram", "LINE"],
                    ["Bagikan ke Facebook", "Bagikan ke Twitter", "Salin tautan"]],
        most_read=["Terpopuler", "Paling banyak dibaca", "Berita terkini"],
        footer=["Tentang kami", "Redaksi", "Kontak", "Pedoman media siber", "Kebijakan privasi",
                "Syarat dan ketentuan", "Karir", "Info iklan", "Peta situs", "Bantuan", "Disclaimer", "Indeks"],
        captions=["Warga melintas di depan gedung yang rusak di pusat kota.",
                  "Para pendukung berkumpul menjelang pemungutan suara."],
        credits=["Foto: {name}/{agency}", "(Foto: {agency})"],
        agencies=["Antara", "Kompas", "Shutterstock"],
    ),
    "ko": replace(
        HELDOUT_CHROME,
        cookies=[["이 웹사이트는 더 나은 서비스를 제공하기 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 "
                  "동의하는 것으로 간주됩니다.", "동의"]],
        ads=["광고", "[광고]"],
        related_heads=["관련기사", "함께 보면 좋은 기사", "추천 기사"],
        newsletters=[["뉴스레터 구독하기", "이메일 주소를 입력하세요", "구독"],
                     ["매일 아침 주요 뉴스를 받아보세요", "이메일", "신청"]],
        share_bars=[["공유하기", "페이스북", "트위터", "카카오톡"], ["페이스북 공유", "트위터 공유", "URL 복사"]],
        most_read=["많이 본 뉴스", "인기 기사", "가장 많이 본 기사"],
        footer=["회사소개", "광고문의", "제휴문의", "개인정보처리방침", "청소년보호정책", "이용약관",
                "이메일무단수집거부", "고충처리인", "기사제보", "구독신청", "고객센터", "사이트맵"],
        captions=["시민들이 도심의 파손된 건물 앞을 지나가고 있다.", "팬들이 경기 종료 후 환호하고 있다."],
        credits=["사진={agency}", "(사진: {name} 기자)"],
        names=["김민수", "이지은", "박준영"],
        agencies=["연합뉴스", "뉴스1", "뉴시스"],
    ),
    "ja": replace(
        HELDOUT_CHROME,
        cookies=[["当サイトでは、利便性向上のためにCookieを使用しています。サイトを閲覧いただく際には、"
                  "Cookieの使用に同意いただく必要があります。", "同意する"]],
        ads=["広告", "スポンサーリンク", "PR"],
        related_heads=["関連記事", "あわせて読みたい", "こちらもおすすめ"],
        newsletters=[["メールマガジン登録", "メールアドレスを入力してください", "登録する"],
                     ["最新ニュースを毎朝お届けします", "メールアドレス", "購読する"]],
        share_bars=[["シェアする", "ツイート", "はてブ", "LINEで送る"],
                    ["このエントリーをはてなブックマークに追加", "ツイート", "シェア"]],
        most_read=["アクセスランキング", "よく読まれている記事", "人気記事"],
        footer=["会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約", "広告掲載", "採用情報",
                "サイトマップ", "ヘルプ", "運営会社", "著作権について", "免責事項", "特定商取引法に基づく表記"],
        captions=["記者会見で質問に答える大臣。", "試合終了後に喜ぶサポーターたち。"],
        credits=["写真：{agency}", "（写真：{name}）"],
        names=["山田太郎", "佐藤花子", "鈴木一郎"],
        agencies=["共同通信", "時事通信", "ロイター"],
    ),
}
# `--variant fresh`: a third set of wordings, disjoint from DEFAULT_CHROME's and HELDOUT_CHROME's and written after
# the cleaner's rules were tuned on those two: the honest measure of a change tuned against the held-out counts
FRESH_CHROME = Chrome(
    cookies=[
        ["We use cookies and similar technologies to run this site, measure its audience and show you "
         "relevant advertising.", "Reject all", "Accept all"],
        ["Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
         "Learn more", "Dismiss"],
    ],
    ads=["Paid content", "Ad", "Article continues after this ad", "Scroll to continue with content",
         "Presented by our partners"],
    related_heads=["More from this section", "Keep reading", "Related coverage", "Latest news", "In other news",
                   "You might also be interested in"],
    newsletters=[
        ["Want more stories like this?", "Join 50,000 readers who get our weekly digest.", "Your email address",
         "Join now"],
        ["The Morning Brief", "Everything you need to know to start your day.", "Email", "Sign up now",
         "By signing up, you agree to our Privacy Policy."],
        ["Don't miss a story", "Subscribe to our newsletter for updates.", "Subscribe"],
    ],
    share_bars=[
        ["Share this story", "Facebook Messenger", "Flipboard", "Email"],
        ["Share", "Tweet", "Email", "Comments"],
        ["SHARE", "TWEET", "EMAIL", "PRINT"],
        ["Share via", "WhatsApp", "Facebook", "X"],
    ],
    most_read=["Most shared", "Popular stories", "The latest", "Trending stories", "Most commented",
               "Hot right now"],
    footer=["Contact the newsroom", "Submit a tip", "Licensing", "Reprints & permissions", "Staff directory",
            "Manage cookies", "Your privacy choices", "Accessibility statement", "Subscribe", "E-edition",
            "Archives", "Events", "Shop", "Podcasts"],
    captions=[
        "Passengers queue at the airport check-in desks on Thursday.",
        "The new bridge lit up at night after its opening.",
        "Demonstrators march through the capital on Saturday.",
        "Rescue teams search the rubble for survivors.",
        "The striker celebrates his second goal of the night.",
    ],
    credits=["Photo courtesy of {name}", "IMAGE: {agency}", "{name} for {agency}", "Source: {agency}",
             "Picture: {name} ({agency})"],
    names=["Rachel Adams", "Omar Haddad", "Hiroshi Tanaka", "Chloe Martin", "Daniel Okafor", "Laura Becker"],
    agencies=["iStock", "NurPhoto", "Sipa USA", "ZUMA Press", "Unsplash", "Wikimedia Commons"],
    separators=[" ~ ", " / ", " • "],
)

# `--variant fresh` in a page's own language (disjoint from NATIVE_CHROME)
FRESH_NATIVE: dict[str, Chrome] = {
    "de": replace(
        FRESH_CHROME,
        cookies=[["Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen "
                  "zu personalisieren.", "Ablehnen", "Zustimmen"]],
        ads=["Werbeanzeige", "Sponsored Post", "Artikel wird unter der Werbung fortgesetzt"],
        related_heads=["Weitere Artikel", "Auch interessant", "Passend zum Thema"],
        newsletters=[["Unser Newsletter", "Täglich die wichtigsten Meldungen per E-Mail.", "E-Mail-Adresse eingeben",
                      "Jetzt anmelden"]],
        share_bars=[["Artikel teilen", "Facebook", "Twitter", "Mail"], ["Seite teilen", "Twittern", "Drucken"]],
        most_read=["Am häufigsten gelesen", "Top-Artikel", "Beliebt"],
        footer=["Redaktion", "Abonnement", "Jobs", "Werben", "Rechtliches", "Datenschutzerklärung",
                "Nutzungsbedingungen", "Presse", "Leserservice", "Archiv", "Widerruf", "Kündigen"],
        captions=["Demonstranten versammeln sich am Samstag vor dem Rathaus.",
                  "Die Mannschaft jubelt nach dem entscheidenden Tor."],
        credits=["Foto: picture alliance/{agency}", "© {name}"],
    ),
    "pt": replace(
        FRESH_CHROME,
        cookies=[["Este site usa cookies para personalizar conteúdo e anúncios.", "Recusar", "Aceitar todos"]],
        ads=["Anúncio", "Conteúdo patrocinado"],
        related_heads=["Saiba mais", "Relacionadas", "Mais notícias"],
        newsletters=[["Newsletter", "Receba nossas notícias por e-mail.", "E-mail", "Inscreva-se"]],
        share_bars=[["Compartilhar", "Facebook", "Twitter", "WhatsApp"]],
        most_read=["Mais vistas", "Destaques", "Populares"],
        footer=["Sobre", "Contato", "Publicidade", "Carreiras", "Privacidade", "Termos", "Ouvidoria",
                "Arquivo", "Podcasts", "Eventos", "Loja", "Central do assinante"],
        captions=["Passageiros fazem fila no aeroporto nesta quinta-feira.",
                  "Manifestantes caminham pela avenida no sábado."],
        credits=["Imagem: {agency}", "Crédito: {name}"],
    ),
    "it": replace(
        FRESH_CHROME,
        cookies=[["Noi e terze parti selezionate utilizziamo cookie per finalità tecniche e, con il tuo "
                  "consenso, anche per altre finalità.", "Rifiuta", "Accetta"]],
        ads=["Annuncio", "Contenuti sponsorizzati"],
        related_heads=["Vedi anche", "Altri articoli", "Ti potrebbe interessare"],
        newsletters=[["Newsletter", "Le notizie più importanti ogni mattina.", "La tua email", "Registrati"]],
        share_bars=[["Condividi l'articolo", "Facebook", "Twitter", "Email"]],
        most_read=["I più visti", "Più condivisi", "Ultime notizie"],
        footer=["Redazione", "Abbonati", "Pubblicità", "Contattaci", "Informativa privacy", "Gestione cookie",
                "Termini di servizio", "Archivio", "Podcast", "Eventi", "Negozio", "Aiuto"],
        captions=["I soccorritori cercano superstiti tra le macerie.", "Il nuovo ponte illuminato di notte."],
        credits=["Foto di {name}", "({agency})"],
    ),
    "ru": replace(
        FRESH_CHROME,
        cookies=[["Сайт использует cookie-файлы для улучшения работы и показа рекламы.", "Понятно"]],
        ads=["Реклама 18+", "На правах рекламы"],
        related_heads=["Новости по теме", "Материалы по теме", "Также читайте"],
        newsletters=[["Рассылка", "Лучшие материалы недели — в вашем почтовом ящике", "Электронная почта",
                      "Отправить"]],
        share_bars=[["Поделиться:", "VK", "OK", "WhatsApp"]],
        most_read=["Самое популярное", "Читают сейчас", "Выбор редакции"],
        footer=["Редакция", "Рекламодателям", "Контакты", "Правовая информация", "Конфиденциальность",
                "Условия использования", "Архив", "Подкасты", "События", "Магазин", "Подписка", "Партнёры"],
        captions=["Спасатели разбирают завалы после землетрясения.", "Пассажиры в очереди в аэропорту."],
        credits=["Фото: {agency}", "Источник: {agency}"],
        names=["Дмитрий Козлов", "Елена Соколова"],
        agencies=["Интерфакс", "Коммерсантъ"],
    ),
    "id": replace(
        FRESH_CHROME,
        cookies=[["Kami menggunakan cookie untuk personalisasi konten dan iklan.", "Tolak", "Terima"]],
        ads=["Iklan Bersponsor", "Gulir ke bawah untuk melanjutkan"],
        related_heads=["Simak juga", "Lihat juga", "Berita lainnya"],
        newsletters=[["Newsletter", "Dapatkan informasi terkini langsung di email Anda.", "Email", "Kirim"]],
        share_bars=[["Bagikan artikel", "Facebook", "Twitter", "WhatsApp"]],
        most_read=["Berita populer", "Terpopuler hari ini", "Pilihan editor"],
        footer=["Tentang", "Hubungi kami", "Iklan", "Lowongan", "Privasi", "Ketentuan", "Arsip",
                "Podcast", "Acara", "Toko", "Langganan", "Mitra"],
        captions=["Penumpang mengantre di bandara pada Kamis.", "Tim penyelamat mencari korban di reruntuhan."],
        credits=["Foto: Dok. {agency}", "Sumber: {agency}"],
        agencies=["Tempo", "Detik"],
    ),
    "ko": replace(
        FRESH_CHROME,
        cookies=[["당사는 서비스 개선과 맞춤형 광고를 위해 쿠키를 사용합니다.", "거부", "모두 허용"]],
        ads=["AD", "스폰서"],
        related_heads=["관련 뉴스", "이 기사와 함께 많이 본 뉴스", "주요 뉴스"],
        newsletters=[["뉴스레터", "매주 새로운 소식을 메일로 받아보세요", "이메일 주소", "신청하기"]],
        share_bars=[["공유", "카카오스토리", "네이버 밴드", "링크 복사"]],
        most_read=["실시간 인기 기사", "랭킹 뉴스", "많이 본 기사"],
        footer=["회사 소개", "인재 채용", "광고 안내", "제휴 안내", "개인정보 처리방침", "이용 약관", "저작권 정책",
                "독자 서비스", "구독 안내", "전자신문", "기사 검색", "RSS 서비스"],
        captions=["승객들이 공항에서 줄을 서고 있다.", "구조대가 잔해 속에서 생존자를 찾고 있다."],
        credits=["사진 제공={agency}", "[사진={name} 기자]"],
        names=["최수진", "정우성"],
        agencies=["한겨레", "조선일보"],
    ),
    "ja": replace(
        FRESH_CHROME,
        cookies=[["このサイトはCookieを利用しています。詳しくはプライバシーポリシーをご覧ください。", "OK"]],
        ads=["【PR】", "広告の後に続きます"],
        related_heads=["関連ニュース", "おすすめ記事", "この記事を読んだ人はこんな記事も読んでいます"],
        newsletters=[["ニュースレター", "最新情報をメールでお届けします", "メールアドレス", "登録"]],
        share_bars=[["共有", "Facebook", "X", "LINE"]],
        most_read=["ランキング", "人気ランキング", "最新記事"],
        footer=["企業情報", "求人", "広告のご案内", "個人情報の取り扱い", "ご利用にあたって", "著作権", "読者窓口",
                "購読のご案内", "電子版", "記事検索", "RSS", "ヘルプセンター"],
        captions=["空港のカウンターに並ぶ乗客たち。", "がれきの中で生存者を捜索する救助隊。"],
        credits=["撮影：{name}", "（{agency}）"],
        names=["高橋健", "田中美咲"],
        agencies=["朝日新聞", "NHK"],
    ),
}
VARIANTS = ("default", "heldout", "fresh")  # `--variant`: which wordings inserted chrome is drawn from
DEFAULT_VARIANT = VARIANTS[0]
# each variant but the default: its English wordings and those in a page's own language
VARIANT_CHROME = {"heldout": (HELDOUT_CHROME, NATIVE_CHROME), "fresh": (FRESH_CHROME, FRESH_NATIVE)}
ENGLISH_CHROME = (DEFAULT_CHROME, HELDOUT_CHROME, FRESH_CHROME)
NATIVE_SHARE = 1 / 3  # the share of a non-English page's perturbations in its own language (but the default)

# a page's language: the script most of its letters are in, else the Latin-script language whose
# common words it uses most (English when none does)
SCRIPTS = {"ko": ("\uac00", "\ud7a3"), "ja": ("\u3040", "\u30ff"), "ru": ("\u0400", "\u04ff")}
SCRIPT_SHARE = 0.2  # a page is in a script's language when this share of its letters is in the script
COMMON_WORDS = {
    "en": {"the", "and", "of", "to", "is", "that", "with", "for", "was", "it"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein"},
    "pt": {"de", "que", "não", "uma", "os", "com", "para", "é", "do", "da"},
    "it": {"di", "che", "il", "non", "per", "una", "con", "è", "della", "gli"},
    "id": {"yang", "dan", "di", "ini", "dengan", "untuk", "dari", "itu", "tidak", "akan"},
}


# ---------------------------------------------------------------- reading and scoring

scorer = cache(load_scorer)  # the shared scorer, shared/eval/score_articles.py


def words(text: str) -> list[str]:
    """The scorer's words of `text`."""
    found: list[str] = scorer().words(text)
    return found


@dataclass(frozen=True)
class Reading:
    """How one reading of a page scores against its gold."""

    f1: float
    p: float
    r: float
    title: str
    title_ok: bool
    heads_found: frozenset[str]


def read(text: str) -> tuple[dict[str, Any], Article]:
    """Clean `text`: the scorer's prediction (title, body, headings) and the article."""
    art = clean(text)
    return prediction(art), art


def score(gold: dict[str, Any], pred: dict[str, Any]) -> Reading:
    """Score a prediction against gold as the scorer does, with the gold headings found."""
    sa = scorer()
    tp, fp, fn = sa.overlap(gold["body"], pred["body"])
    p, r = sa.prec(tp, fp, fn), sa.rec(tp, fp, fn)
    gold_heads = {sa.norm_label(x) for x in gold.get("headings") or []}
    pred_heads = {sa.norm_label(x) for x in pred["headings"]}
    return Reading(f1=sa.f1(p, r), p=p, r=r, title=pred["title"],
                   title_ok=sa.norm_label(gold["title"]) == sa.norm_label(pred["title"]),
                   heads_found=frozenset(gold_heads & pred_heads))


def what_broke(base: Reading, now: Reading) -> list[str]:
    """What the perturbed reading lost against the page's own (nothing: not broken)."""
    why = []
    if base.f1 - now.f1 > BROKEN_F1_DROP:
        why.append(f"f1 {base.f1:.3f}->{now.f1:.3f} (P {now.p:.3f} R {now.r:.3f})")
    if not now.title_ok:
        why.append(f"title lost -> {now.title[:WHY_WIDTH]!r}")
    if lost := base.heads_found - now.heads_found:
        why.append(f"headings lost {len(lost)}")
    return why


# ---------------------------------------------------------------- a page's anatomy, from its right reading

def language(text: str) -> str:
    """The language `text` is in, as far as its chrome goes: a SCRIPTS language when SCRIPT_SHARE of its
    letters are in that script, else the COMMON_WORDS language whose words it uses most ("en" on a tie)."""
    letters = [c for c in text if c.isalpha()]
    for lang, (lo, hi) in SCRIPTS.items():
        if sum(lo <= c <= hi for c in letters) >= SCRIPT_SHARE * len(letters) > 0:
            return lang
    counts = {lang: 0 for lang in COMMON_WORDS}
    for w in text.lower().split():
        for lang, common in COMMON_WORDS.items():
            counts[lang] += w in common
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))


@dataclass
class Page:
    """A page read right: its lines, where its title, text and meta lines are, and its reading."""

    id: str
    text: str
    gold: dict[str, Any]
    base: Reading
    headlines: list[str]  # headlines that may be inserted in it
    art: InitVar[Article]  # its right reading
    lines: list[str] = field(init=False)
    title_i: int = field(init=False)  # index in `lines` of the title
    paras: list[int] = field(init=False)  # indices of the gold text's paragraphs under the title
    meta: list[int] = field(init=False)  # indices of the byline and meta lines between title and text
    captions: list[int] = field(init=False)  # indices of the captions between title and text
    lang: str = field(init=False)  # the language of its gold text (`language`)

    def __post_init__(self, art: Article) -> None:
        """Find the title, paragraphs, meta lines and captions from the labels of `art`."""
        self.lines = self.text.split("\n")
        self.lang = language(self.gold["body"])
        labels = {ln.number - 1: ln for ln in art.labels}
        self.title_i = next(i for i, ln in labels.items() if ln.label == "title")
        gold_words = " ".join(words(self.gold["body"]))
        self.paras = [i for i, ln in sorted(labels.items())
                      if i > self.title_i and ln.label == "paragraph"
                      and len(words(ln.text)) >= 4 and " ".join(words(ln.text)) in gold_words]
        first = self.paras[0] if self.paras else len(self.lines)
        meta = {i for i, ln in labels.items() if self.title_i < i < first and ln.label in ("byline", "meta")}
        # a field's label right above its value ("Author:" over the name) moves with it
        self.meta = sorted(meta | {i - 1 for i in meta
                                   if i - 1 > self.title_i and self.lines[i - 1].rstrip().endswith(":")})
        self.captions = [i for i, ln in sorted(labels.items())
                         if self.title_i < i < first and ln.label == "caption"]

    def gap(self, j: int) -> tuple[int, bool] | None:
        """Where to insert right after paragraph `j` when paragraph `j + 1` follows with only blank lines
        between: (index to insert at, whether the page puts blank lines there)."""
        a, b = self.paras[j], self.paras[j + 1]
        if any(self.lines[k].strip() for k in range(a + 1, b)):
            return None
        return a + 1, b - a > 1

    def prose(self, j: int) -> bool:
        """Paragraph `j` is prose (PROSE_WORDS words or more)."""
        return len(words(self.lines[self.paras[j]])) >= PROSE_WORDS

    def gap_near(self, frac: float) -> tuple[int, bool] | None:
        """The gap nearest `frac` of the way through the paragraphs, between two prose paragraphs if
        there is one, else between any two."""
        n = len(self.paras) - 1
        if n < 1:
            return None
        target = max(0, min(n - 1, round(frac * (n + 1)) - 1))
        for prose in (True, False):
            for d in range(n):
                for j in (target - d, target + d):
                    if 0 <= j < n and (g := self.gap(j)) and (not prose or self.prose(j) and self.prose(j + 1)):
                        return g
        return None


def block(items: list[str], blank: bool) -> list[str]:
    """Lines to insert in the text: a blank line first when the page spaces its paragraphs (the insert
    goes right before the page's own blank line)."""
    return ["", *items] if blank else items


def insert_at(lines: list[str], at: int, new: list[str]) -> list[str]:
    """`lines` with `new` inserted at index `at`."""
    return lines[:at] + new + lines[at:]


def site_name(url: str) -> str:
    """The site's name as a title suffix shows it, from its address."""
    name = urlparse(url).netloc.lower().removeprefix("www.").split(".")[0]
    return name.capitalize() if len(name) > SHORT_SITE_NAME else name.upper()


# ---------------------------------------------------------------- perturbations: the page's new text, or None

Perturbation = Callable[[Page, random.Random, Chrome], str | None]


def drop_blank_lines(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """No blank line anywhere."""
    return "\n".join(ln for ln in pg.lines if ln.strip())


def double_blank_lines(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """Every blank line doubled."""
    return "\n".join(("\n" if not ln.strip() else ln) for ln in pg.lines)


def cookie_notice_top(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """A cookie notice and its button above everything."""
    return "\n".join([*rng.choice(ch.cookies), "", *pg.lines])


def advertisement_mid(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """An ad label ("Advertisement") at a third and two thirds of the text (one when the page has one gap)."""
    gaps = [pg.gap_near(frac) for frac in AD_AT]
    if not all(gaps):
        return None
    lines = pg.lines
    for at, blank in sorted({g for g in gaps if g}, reverse=True):
        lines = insert_at(lines, at, block([rng.choice(ch.ads)], blank))
    return "\n".join(lines)


def related_block_mid(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """A related block (a header and RELATED_ITEMS headlines) in the middle of the text."""
    if not (g := pg.gap_near(MID)):
        return None
    items = [rng.choice(ch.related_heads), *rng.sample(pg.headlines, RELATED_ITEMS)]
    return "\n".join(insert_at(pg.lines, g[0], block(items, g[1])))


def newsletter_mid(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """A newsletter sign-up in the middle of the text."""
    if not (g := pg.gap_near(MID)):
        return None
    return "\n".join(insert_at(pg.lines, g[0], block(rng.choice(ch.newsletters), g[1])))


def newsletter_after_text(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """A newsletter sign-up right after the last paragraph."""
    if not pg.paras:
        return None
    at = pg.paras[-1] + 1
    blank = at < len(pg.lines) and not pg.lines[at].strip()
    return "\n".join(insert_at(pg.lines, at, block(rng.choice(ch.newsletters), blank)))


def share_bar_under_title(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """A share bar right under the headline."""
    return "\n".join(insert_at(pg.lines, pg.title_i + 1, rng.choice(ch.share_bars)))


def byline_date_above_title(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """The byline and meta lines under the headline moved right above it."""
    if not pg.meta:
        return None
    moved = [pg.lines[i] for i in pg.meta]
    rest = [ln for i, ln in enumerate(pg.lines) if i not in set(pg.meta)]
    return "\n".join(insert_at(rest, pg.title_i, moved))


def title_site_line_top(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """A "Headline | Site" line above everything."""
    head = pg.lines[pg.title_i].strip() + rng.choice(ch.separators) + site_name(pg.gold["url"])
    return "\n".join([head, *pg.lines])


def most_read_before_title(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """A "Most read" list (a label and MOST_READ_ITEMS headlines) and a blank line right above the headline."""
    items = [rng.choice(ch.most_read), *rng.sample(pg.headlines, MOST_READ_ITEMS)]
    return "\n".join(insert_at(pg.lines, pg.title_i, [*items, ""]))


def footer_links(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """FOOTER_ITEMS footer links after everything."""
    return "\n".join([*pg.lines, "", *rng.sample(ch.footer, FOOTER_ITEMS)])


def photo_caption_mid(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """A photo caption with its credit ("... Photo: Name/Agency") in the middle of the text."""
    if not (g := pg.gap_near(MID)):
        return None
    caption, name, agency = rng.choice(ch.captions), rng.choice(ch.names), rng.choice(ch.agencies)
    cap = f"{caption} {rng.choice(ch.credits).format(name=name, agency=agency)}"
    return "\n".join(insert_at(pg.lines, g[0], block([cap], g[1])))


def title_as_first_caption(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """The headline again as the first caption (or before the first paragraph)."""
    if not pg.paras:
        return None
    at = pg.captions[0] if pg.captions else pg.paras[0]
    return "\n".join(insert_at(pg.lines, at, [pg.lines[pg.title_i].strip(), ""]))


def strip_menus_above_title(pg: Page, rng: random.Random, ch: Chrome) -> str | None:
    """Everything above the headline dropped."""
    if pg.title_i == 0:
        return None
    return "\n".join(pg.lines[pg.title_i:])


PERTURBATIONS: dict[str, Perturbation] = {
    "drop_blank_lines": drop_blank_lines,
    "double_blank_lines": double_blank_lines,
    "cookie_notice_top": cookie_notice_top,
    "advertisement_mid": advertisement_mid,
    "related_block_mid": related_block_mid,
    "newsletter_mid": newsletter_mid,
    "newsletter_after_text": newsletter_after_text,
    "share_bar_under_title": share_bar_under_title,
    "byline_date_above_title": byline_date_above_title,
    "title_site_line_top": title_site_line_top,
    "most_read_before_title": most_read_before_title,
    "footer_10_links": footer_links,
    "photo_caption_mid": photo_caption_mid,
    "title_as_first_caption": title_as_first_caption,
    "strip_menus_above_title": strip_menus_above_title,
}
# the perturbations that insert no wording of their own (the same in every variant)
NO_CHROME = frozenset({"drop_blank_lines", "double_blank_lines", "byline_date_above_title",
                       "title_as_first_caption", "strip_menus_above_title"})


# ---------------------------------------------------------------- running

def headline_pool() -> list[str]:
    """The wcxb-dev gold titles of HEADLINE_MIN_WORDS to HEADLINE_MAX_WORDS words (no "|"), sorted."""
    titles = {json.loads(p.read_text(encoding="utf-8")).get("title") or "" for p in HEADLINE_GOLD.glob("*.json")}
    return sorted(t for t in titles if HEADLINE_MIN_WORDS <= len(t.split()) <= HEADLINE_MAX_WORDS and "|" not in t)


def pages_read_right(pool: list[str]) -> tuple[list[Page], int]:
    """The articles pages read right today, and how many others were skipped."""
    pages: list[Page] = []
    skipped = 0
    for path in sorted((CORPUS / "input").glob("*.txt")):
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        pred, art = read(text)
        base = score(gold, pred)
        if base.f1 < READ_RIGHT_F1 or not base.title_ok:
            skipped += 1
            continue
        own = {w.lower() for w in words(gold["title"])}
        others = [t for t in pool if len(own & {w.lower() for w in words(t)}) <= SHARED_TITLE_WORDS]
        pages.append(Page(path.stem, text, gold, base, others, art))
    return pages, skipped


def chrome_for(variant: str, name: str, page: Page) -> tuple[Chrome, random.Random]:
    """The wordings perturbation `name` draws from on `page`, and its seeded choices: DEFAULT_CHROME in the
    default variant; in the others, their English wordings (VARIANT_CHROME) or, for NATIVE_SHARE of the pages
    in a language they have, that language's (none for the NO_CHROME perturbations)."""
    if variant == DEFAULT_VARIANT:
        return DEFAULT_CHROME, random.Random(zlib.crc32(f"{name}:{page.id}".encode()))
    english, own = VARIANT_CHROME[variant]
    rng = random.Random(zlib.crc32(f"{variant}:{name}:{page.id}".encode()))
    native = name not in NO_CHROME and rng.random() < NATIVE_SHARE and page.lang in own
    return (own[page.lang] if native else english), rng


def perturb(name: str, pages: list[Page], write: Path | None,
            variant: str = DEFAULT_VARIANT) -> tuple[int, set[str], list[tuple[Page, list[str]]]]:
    """Apply one perturbation to every page it fits, with `variant`'s wordings: how many pages it was tried
    on, the ids of those it was tried on in the page's own language (not English), and the broken ones with
    what broke (each broken input saved under `write`/`name` when given)."""
    tried = 0
    native: set[str] = set()
    broken: list[tuple[Page, list[str]]] = []
    for page in pages:
        ch, rng = chrome_for(variant, name, page)
        new = PERTURBATIONS[name](page, rng, ch)
        if new is None:
            continue
        tried += 1
        if all(ch is not english for english in ENGLISH_CHROME):
            native.add(page.id)
        why = what_broke(page.base, score(page.gold, read(new)[0]))
        if not why:
            continue
        broken.append((page, why))
        if write:
            (write / name).mkdir(parents=True, exist_ok=True)
            (write / name / f"{page.id}.txt").write_text(new, encoding="utf-8")
    broken.sort(key=lambda b: len(b[0].text))
    return tried, native, broken


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="+", choices=list(PERTURBATIONS), metavar="NAME",
                    help=f"run these perturbations only ({', '.join(PERTURBATIONS)})")
    ap.add_argument("--variant", choices=VARIANTS, default=DEFAULT_VARIANT,
                    help="the wordings of inserted chrome: the default ones, held-out ones, or fresh ones written "
                         "after rules were tuned on the held-out counts (some in the page's own language)")
    ap.add_argument("--write", type=Path, metavar="DIR", help="save each broken input as DIR/<perturbation>/<id>.txt")
    args = ap.parse_args()
    pool = headline_pool()
    pages, skipped = pages_read_right(pool)
    print(f"pages read right: {len(pages)} (skipped {skipped}); headlines to insert: {len(pool)}")
    if args.variant != DEFAULT_VARIANT:
        langs = Counter(page.lang for page in pages)
        print(f"variant {args.variant}; languages: {', '.join(f'{lang} {n}' for lang, n in langs.most_common())}")
    runs = [(name, *perturb(name, pages, args.write, args.variant))
            for name in PERTURBATIONS if not args.only or name in args.only]
    runs.sort(key=lambda run: -(len(run[3]) / run[1] if run[1] else 0))
    for name, tried, native, broken in runs:
        own = f" ({len(native)} in own language, {sum(p.id in native for p, _ in broken)} broken)" if native else ""
        print(f"{name:<26} {len(broken):3d}/{tried:<3d}{own}")
        for page, why in broken:
            lang = f", {page.lang}" if args.variant != DEFAULT_VARIANT else ""
            lang += ", own-language chrome" if page.id in native else ""
            print(f"    {page.id[:ID_WIDTH]} ({len(page.text)} ch{lang}): {'; '.join(why)}")
    print(f"total: {sum(len(run[3]) for run in runs)} broken of {sum(run[1] for run in runs)} tried")
    return 0


if __name__ == "__main__":
    sys.exit(main())
