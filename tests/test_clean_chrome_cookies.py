"""A cookie table under a consent notice: its rows, its header and its categories' descriptions are chrome;
cookies in a text (a recipe, a web developer's how-to) are not."""

from __future__ import annotations

from sitegen.clean import regions
from sitegen.clean.lines import segment


def test_a_cookie_tables_rows_are_a_consent_notice() -> None:
    for line in [
        "_clck 1 year Microsoft Clarity sets this cookie to retain the browser's Clarity User ID and settings.",
        "MR 7 days This cookie, set by Bing, is used to collect user information for analytics purposes.",
        "test_cookie 15 minutes doubleclick.net sets this cookie to determine if the user's browser supports cookies.",
        "browser_id 5 years This cookie is used for identifying the visitor browser on re-visit to the website.",
        "Cookie Duration Description",
        "Functional cookies help to perform certain functionalities like sharing the content of the website.",
        "Advertisement cookies are used to provide visitors with relevant ads and marketing campaigns.",
    ]:
        assert regions.is_consent_notice(segment(line)[0]), line


def test_cookies_in_a_text_are_no_cookie_table() -> None:
    for line in [
        "Bake the cookies for 12 minutes, then let this cookie dough rest overnight for a deeper flavour.",
        "Chocolate chip cookies are the most popular cookies in the country, a survey found.",
        "The server sets the cookie in its response, and the browser sends it back with every request.",
        "Sugar 2 cups, then fold in the butter: these cookies keep for a week in a tin.",
    ]:
        assert not regions.is_consent_notice(segment(line)[0]), line


def test_a_bakers_prose_about_cookies_is_no_cookie_table() -> None:
    for text in ("I never liked oatmeal cookies as a kid, but these changed my mind.",
                 "About 5 years ago I baked my first batch of these cookies for a bake sale.",
                 "Cool 5 minutes on the sheet before moving the cookies to a rack.",
                 "I use this cookie scoop for every batch."):
        assert not regions.is_consent_notice(segment(text)[0]), text
    for text in ("YSC session YouTube sets this cookie to track views of embedded videos.",
                 "NID 6 months Google sets this cookie to remember preferences."):
        assert regions.is_consent_notice(segment(text)[0]), text
