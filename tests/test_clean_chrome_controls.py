"""Photo viewers' controls and advertisements' markers alone on a line."""

from __future__ import annotations

from sitegen.clean import vocab
from tests.test_clean_rules import assert_chrome

PHOTO_CONTROLS = ("Buy Photo", "Enlarge this image", "Hide caption", "Toggle caption", "toggle caption", "1 / 12",
                  "View gallery", "Expand")
AD_MARKERS = ("Anzeige", "Werbung", "Publicidade", "Publicidad", "Pubblicità", "Iklan", "Реклама", "Publicité",
              "Advertentie", "Reklama", "広告", "广告", "광고", "Story continues below advertisement",
              "Article continues below", "Artikel geht unter der Anzeige weiter", "Continua após a publicidade",
              "SCROLL TO CONTINUE WITH CONTENT")


def test_a_photo_viewers_control_alone_is_boilerplate() -> None:
    assert_chrome(PHOTO_CONTROLS, vocab.photo_control, "photo_control")


def test_an_advertisements_marker_alone_is_boilerplate() -> None:
    assert_chrome(AD_MARKERS, vocab.ad_marker, "ad_marker")


def test_sentences_with_those_words_are_not_controls() -> None:
    for text in ("Expand the program to every school", "Buy photos of the old town", "1/2", "Anzeige erstattet",
                 "The story continues below the bridge where the river bends"):
        assert not vocab.photo_control(text) and not vocab.ad_marker(text), text


def test_share_buttons_in_japanese_and_a_request_for_claps_are_chrome() -> None:
    for button in ("シェア", "ツイート"):
        assert vocab.ui_line(button), button
    assert vocab.call_to_action("Thanks for reading. If you enjoyed this, give it a clap and follow me for more.")
    assert not vocab.call_to_action("The audience gave the band a standing ovation and a clap of thunder followed.")
