"""Dates as pages write them: find_date, is_date_line, date_role."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitegen.clean.dates import (
    date_role,
    find_date,
    find_dates,
    is_date_line,
    is_time_line,
    opens_with_stamp,
    text_before_date,
    updated_after,
    us_daylight_saving,
)


def tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


REFERENCE = datetime(2021, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("Updated: 15 Sep 2022, 06:26 PM IST", datetime(2022, 9, 15, 18, 26, tzinfo=tz(5.5))),
    # a time before the date with its zone, and a weekday between them
    ("Published 6:41 a.m. CT Nov. 14, 2019", datetime(2019, 11, 14, 6, 41, tzinfo=tz(-6))),
    ("Updated 1:21 PM ET, Mon July 1, 2019", datetime(2019, 7, 1, 13, 21, tzinfo=tz(-4))),
    ("10:32 AM EST November 14, 2019", datetime(2019, 11, 14, 10, 32, tzinfo=tz(-5))),
    ("2021-03-03", datetime(2021, 3, 3)),
    ("2021-03-03T10:00:00Z", datetime(2021, 3, 3, 10, tzinfo=tz(0))),
    ("2021-03-03T10:00:00.123+05:30", datetime(2021, 3, 3, 10, tzinfo=tz(5.5))),
    ("Mar. 3, 2021", datetime(2021, 3, 3)),
    ("Tuesday, 3 March 2021", datetime(2021, 3, 3)),
    ("March 3rd, 2021", datetime(2021, 3, 3)),
    ("NOVEMBER 26TH, 2024", datetime(2024, 11, 26)),
    ("3rd of March 2021", datetime(2021, 3, 3)),
    ("03-Mar-2021", datetime(2021, 3, 3)),
    # Other languages.
    ("3. März 2021, 17:10 Uhr", datetime(2021, 3, 3, 17, 10)),
    ("3 de março de 2021", datetime(2021, 3, 3)),
    ("sexta-feira, 22 de outubro de 2010 às 20:13", datetime(2010, 10, 22, 20, 13)),
    ("3 marzo 2021", datetime(2021, 3, 3)),
    ("3 de marzo de 2021", datetime(2021, 3, 3)),
    ("1er mars 2021", datetime(2021, 3, 1)),
    ("3 décembre 2021", datetime(2021, 12, 3)),
    ("3 Maret 2021", datetime(2021, 3, 3)),
    ("Posted on Maret 30, 2015 by Admin", datetime(2015, 3, 30)),
    ("3 марта 2021 г.", datetime(2021, 3, 3)),
    ("2021年3月3日", datetime(2021, 3, 3)),
    ("2021年3月3日 下午3:10", datetime(2021, 3, 3, 15, 10)),
    ("２０２１年３月３日", datetime(2021, 3, 3)),
    ("2021. 3. 3.", datetime(2021, 3, 3)),
    ("2021년 3월 3일 오후 3:10", datetime(2021, 3, 3, 15, 10)),
    ("3 maart 2021", datetime(2021, 3, 3)),
    # Numeric: by value where only one reading is valid, else dots day-first, slashes month-first.
    ("13/03/2021", datetime(2021, 3, 13)),
    ("03/13/2021", datetime(2021, 3, 13)),
    ("03/04/2021", datetime(2021, 3, 4)),
    ("3.4.2021", datetime(2021, 4, 3)),
    ("03-04-2021", datetime(2021, 4, 3)),
    ("Updated: 10/31/24", datetime(2024, 10, 31)),
    ("31/12/99", datetime(1999, 12, 31)),
    ("2025/11/01", datetime(2025, 11, 1)),
    ("Published: 2025.12.17", datetime(2025, 12, 17)),
    # Times.
    ("3 March 2021 17:10", datetime(2021, 3, 3, 17, 10)),
    ("March 3, 2021 at 5:10 pm", datetime(2021, 3, 3, 17, 10)),
    ("March 3, 2021 5.10pm", datetime(2021, 3, 3, 17, 10)),
    ("March 3, 2021, 12:05 a.m.", datetime(2021, 3, 3, 0, 5)),
    ("17:10, 3 March 2021", datetime(2021, 3, 3, 17, 10)),
    ("Ahmet Serhan January 23, 2025 10:01 am", datetime(2025, 1, 23, 10, 1)),
    # Zones and offsets.
    ("March 3, 2021 17:10 GMT+8", datetime(2021, 3, 3, 17, 10, tzinfo=tz(8))),
    ("March 3, 2021 17:10 UTC-05:00", datetime(2021, 3, 3, 17, 10, tzinfo=tz(-5))),
    ("March 3, 2021 17:10 +0530", datetime(2021, 3, 3, 17, 10, tzinfo=tz(5.5))),
    ("3 March 2021 17:10 (CET)", datetime(2021, 3, 3, 17, 10, tzinfo=tz(1))),
    ("Dec. 23, 2024, 1:24 PM EST / Source: TODAY", datetime(2024, 12, 23, 13, 24, tzinfo=tz(-5))),
    # Pages glue words together.
    ("by Jeffrey ZeldmanNovember 20, 2007", datetime(2007, 11, 20)),
    ("December 13, 2025in Smart Home", datetime(2025, 12, 13)),
    ("Mar 27, 20255 mins", datetime(2025, 3, 27)),
    ("By Jane DoeJanuary 14, 202620 Mins Read", datetime(2026, 1, 14)),
    ("October 17, 20236:01 PM ET", datetime(2023, 10, 17, 18, 1, tzinfo=tz(-4))),
    ("Nov 9, 202211:01 AM", datetime(2022, 11, 9, 11, 1)),
    ("Mar 27, 20256 min read", datetime(2025, 3, 27)),
    ("BY KORIN MILLERPUBLISHED: JAN 29, 2025", datetime(2025, 1, 29)),
    # The first of several.
    ("Published Oct 10, 2023 - [Updated Dec 3, 2025]", datetime(2023, 10, 10)),
])
def test_find_date(text: str, expected: datetime) -> None:
    found = find_date(text)
    assert found == expected
    assert (found.utcoffset() if found else None) == expected.utcoffset()


@pytest.mark.parametrize(("text", "offset"), [
    ("Published March 3, 2021 at 5:10 p.m. ET", -5),  # before the second Sunday of March: EST
    ("Published March 15, 2021 at 5:10 p.m. ET", -4),  # after it: EDT
    ("July 3, 2021 9:00 PT", -7),
    ("Dec 3, 2021 9:00 PT", -8),
    ("Nov 7, 2021 at 1:30 a.m. CT", -5),  # the change is at 2:00
    ("Nov 7, 2021 at 2:30 a.m. CT", -6),
    ("July 4, 2005 12:00 Eastern Time", -4),  # before 2007: April to October
    ("Oct 31, 2005 12:00 ET", -5),
])
def test_us_zones_follow_daylight_saving(text: str, offset: int) -> None:
    found = find_date(text)
    assert found is not None and found.utcoffset() == timedelta(hours=offset)


def test_us_daylight_saving_dates() -> None:
    assert not us_daylight_saving(datetime(2021, 3, 14, 1, 59))
    assert us_daylight_saving(datetime(2021, 3, 14, 2, 0))
    assert us_daylight_saving(datetime(2021, 11, 7, 1, 59))
    assert not us_daylight_saving(datetime(2021, 11, 7, 2, 0))


@pytest.mark.parametrize("text", [
    "In 2021, 3 of 5 companies reported losses.",
    "2021",
    "Top 10 Tips, 2021",
    "The 2021 budget",
    "Call 555-123-4567",
    "Version 3.10.4 was released",
    "Scored 12/20 points",
    "31.12.99",  # two-digit years only after slashes
    "Best laptops of March 2021",
    "32 March 2021",
    "February 30, 2021",
    "17:10",
    "3 hours ago",  # without a reference date
])
def test_not_a_date(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("3 hours ago", REFERENCE - timedelta(hours=3)),
    ("an hour ago", REFERENCE - timedelta(hours=1)),
    ("Updated 2 days ago", REFERENCE - timedelta(days=2)),
    ("5m ago", REFERENCE - timedelta(minutes=5)),
    ("yesterday", REFERENCE - timedelta(days=1)),
    ("Yesterday at 17:10", datetime(2021, 3, 9, 17, 10, tzinfo=UTC)),
    ("today", REFERENCE),
    ("vor 2 Tagen", REFERENCE - timedelta(days=2)),
    ("il y a 3 heures", REFERENCE - timedelta(hours=3)),
    ("hace 2 semanas", REFERENCE - timedelta(weeks=2)),
    ("há 4 horas", REFERENCE - timedelta(hours=4)),
    ("3 ore fa", REFERENCE - timedelta(hours=3)),
    ("2 minggu yang lalu", REFERENCE - timedelta(weeks=2)),
    ("2 hari yang lalu", REFERENCE - timedelta(days=2)),
    ("3 часа назад", REFERENCE - timedelta(hours=3)),
    ("3時間前", REFERENCE - timedelta(hours=3)),
    ("3시간 전", REFERENCE - timedelta(hours=3)),
    ("gestern", REFERENCE - timedelta(days=1)),
])
def test_relative_dates_need_a_reference(text: str, expected: datetime) -> None:
    assert find_date(text, REFERENCE) == expected


def test_relative_words_in_a_sentence_are_not_a_date() -> None:
    assert find_date("Today we are announcing a new product for everyone who asked for it.", REFERENCE) is None
    assert find_date("Years ago, nobody cared.", REFERENCE) is None


def test_absolute_date_wins_over_reference() -> None:
    assert find_date("3 March 2021", REFERENCE) == datetime(2021, 3, 3)


@pytest.mark.parametrize("text", [
    "Updated: 15 Sep 2022, 06:26 PM IST",
    "Published on March 3, 2021",
    "Posted March 3, 2021 by Jane Doe",
    "By Jane Doe · 3 March 2021 · 5 min read",
    "By Scott Levine – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Frank Bass",
    "Last modified: 2021-03-03",
    "Tuesday, 3 March 2021",
    "August 19, 2025 | 33 Comments",
    "Veröffentlicht am 3. März 2021",
    "Publicado el 3 de marzo de 2021",
    "Mis à jour le 3 mars 2021 à 17h10",
    "Diperbarui 3 Maret 2021, 17:10 WIB",
    "Опубликовано 3 марта 2021",
    "公開日：2021年3月3日",
    "입력 2021.03.03 10:00",
    "3 hours ago",
    "Updated yesterday",
    "BySarah July 30, 2019January 18, 2023 January 18, 2023",
    "Essay - Published: 2025.12.17 | artificial-intelligence | create | programming",
    "by Jane Doe | Mar 11, 2023 | All About Brakes, Learn About Brakes | 0 comments",
])
def test_date_lines(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize("text", [
    "The company was founded on March 3, 2021 in Berlin.",
    "On March 3, 2021, the committee voted to approve the plan.",
    "On March 3, 2021 the board met | and then it decided to leave the building for good",
    "Updated",
    "Published by Jane Doe",
    "Top 10 trends for 2025",
    "We saw it three hours ago and thought it was over",
    "",
])
def test_not_date_lines(text: str) -> None:
    assert not is_date_line(text)


@pytest.mark.parametrize(("text", "role"), [
    ("Updated: 15 Sep 2022", "updated"),
    ("Last updated on June 19, 2025", "updated"),
    ("Last modified 2021-03-03", "updated"),
    ("Published March 3, 2021", "published"),
    ("Posted on December 20, 2025 by Jean-Luc", "published"),
    ("Published Oct 10, 2023 - [Updated Dec 3, 2025]", "published"),
    ("Aktualisiert am 3. März 2021", "updated"),
    ("Veröffentlicht am 3. März 2021", "published"),
    ("Mis à jour le 3 mars 2021", "updated"),
    ("Publicado el 3 de marzo de 2021", "published"),
    ("Atualizado em 3 de março de 2021", "updated"),
    ("Diperbarui 3 Maret 2021", "updated"),
    ("Обновлено 3 марта 2021", "updated"),
    ("更新日：2021年3月3日", "updated"),
    ("March 3, 2021", None),
    ("March 3, 2021, updated later", None),
])
def test_date_role(text: str, role: str | None) -> None:
    assert date_role(text) == role


def test_find_dates_reads_near_the_title_first() -> None:
    page = ["Friday, December 19, 2025", "Menu"] + ["filler"] * 10 + [
        "The Headline", "Updated: March 5, 2021", "Published March 3, 2021", "Body text that goes on."]
    assert find_dates(page, 12) == (datetime(2021, 3, 3), datetime(2021, 3, 5))
    assert find_dates(page) == (datetime(2025, 12, 19), datetime(2021, 3, 5))  # without a title: in order


def test_find_dates_falls_back_to_the_whole_page() -> None:
    page = ["The Headline"] + ["Body text that goes on."] * 20 + ["Posted on 3 March 2021"]
    assert find_dates(page, 0) == (datetime(2021, 3, 3), None)
    assert find_dates(["The Headline", "Body."], 0) == (None, None)


def test_a_line_that_opens_with_a_stamp_dates_the_page_near_the_title_only() -> None:
    stamp = "Posted on December 20, 2025 by Jane Doe (Site) - 5 Comments on Do you need 14 USB ports today?"
    assert not is_date_line(stamp)  # too much beside the date for a date line
    assert opens_with_stamp(stamp)
    assert find_dates([stamp, "Do you need 14 USB ports today?", "Body text."], 1) == (datetime(2025, 12, 20), None)
    far = ["The Headline"] + ["Body text that goes on."] * 20 + [stamp]
    assert find_dates(far, 0) == (None, None)  # far from the title: another article's line


@pytest.mark.parametrize("text", [
    "On December 20, 2025, the company said it would open a second plant in the north.",
    "In 2021 the company posted on March 3, 2021 its results.",
    "Posted in News and Reviews",
])
def test_lines_that_do_not_open_with_a_stamp(text: str) -> None:
    assert not opens_with_stamp(text)


@given(st.text(max_size=120))
def test_any_text_is_read_without_error(text: str) -> None:
    found = find_date(text, REFERENCE)
    assert found is None or isinstance(found, datetime)
    assert isinstance(is_date_line(text), bool)
    assert date_role(text) in (None, "published", "updated")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_written_dates_read_back(day: date) -> None:
    month = day.strftime("%B")
    for text in (day.isoformat(), f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
                 f"{day.day}.{day.month}.{day.year}" if day.day > 12 else day.isoformat()):
        assert find_date(text) == datetime(day.year, day.month, day.day), text


def test_text_before_date() -> None:
    assert text_before_date("Jane Doe Published: January 3, 2024") == "Jane Doe Published: "
    assert text_before_date("Jane Doe3/4/2025") == "Jane Doe"
    assert text_before_date("No date here") is None


def test_opens_with_stamp_reads_a_long_line_by_its_start() -> None:
    text = "Posted on November 25, 2024December 3, 2024 in " + ", ".join(["Health Sciences"] * 20)
    assert len(text) > 200 and opens_with_stamp(text)


def test_find_dates_reads_the_closest_date_to_the_title_first() -> None:
    page = ["Menu", "[ November 26, 2025 ] Another story", "Section", "The Headline", "June 3, 2024", "Body."]
    assert find_dates(page, 3) == (datetime(2024, 6, 3), None)
    page = ["Menu", "12/04/2025", "The Headline", "03/01/2017 by Jane Doe", "Body."]
    assert find_dates(page, 2) == (datetime(2017, 3, 1), None)  # below before above at the same distance
    page = ["Menu", "May 3, 2021", "The Headline", "A dek.", "Share", "Body.", "June 3, 2024", "Body."]
    assert find_dates(page, 2) == (datetime(2021, 5, 3), None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Thursday 3 June 2021 07.00 BST", datetime(2021, 6, 3, 7, 0, tzinfo=timezone(timedelta(hours=1)))),
    ("Mon 3 Jun 2021 18.30 EDT", datetime(2021, 6, 3, 18, 30, tzinfo=timezone(timedelta(hours=-4)))),
    ("June 3, 2021 / 7:00 AM", datetime(2021, 6, 3, 7, 0)),
])
def test_find_date_reads_a_time_with_a_dot_before_a_zone_and_after_a_slash(text: str, expected: datetime) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Published on Oct 21, 2025 Updated on Mar 9, 2026", datetime(2026, 3, 9)),
    ("PUBLISHED: Nov 19, 2019 at 8:59 pm | UPDATED: Nov 19, 2019 at 10:16 pm", datetime(2019, 11, 19, 22, 16)),
    ("April 26, 2024Updated on: October 28, 2024", datetime(2024, 10, 28)),
    ("May 21, 2025April 24, 2025 by Jane Doe", None),  # no lead-in says which is the update
    ("Updated March 3, 2021", None),
])
def test_updated_after(text: str, expected: datetime | None) -> None:
    assert updated_after(text) == expected


def test_find_dates_reads_published_and_updated_on_one_line() -> None:
    page = ["The Headline", "Published: Jan 3, 2021 | Updated: Feb 5, 2021", "Body."]
    assert find_dates(page, 0) == (datetime(2021, 1, 3), datetime(2021, 2, 5))


def test_date_role_reads_the_lead_in_closest_to_the_date() -> None:
    assert date_role("Written by Jane Doe — Updated on March 3, 2025") == "updated"
    assert date_role("Originally published in March 2022. Last updated on December 20, 2024.") == "updated"
    assert date_role("Updated by Jane Doe — Published March 3, 2025") == "published"


def test_find_dates_reads_a_slashed_date_by_the_page_habit() -> None:
    page = ["The Headline", "03/10/2023", "Body.", "More: How to build a career", "3 October 2023"]
    assert find_dates(page, 0) == (datetime(2023, 10, 3), None)  # the page dates day before month
    page = ["The Headline", "08/12/2021", "Body.", "19/02/2025"]
    assert find_dates(page, 0) == (datetime(2021, 12, 8), None)
    page = ["The Headline", "03/10/2023", "Body.", "October 3, 2023", "3 October 2023"]
    assert find_dates(page, 0) == (datetime(2023, 3, 10), None)  # both habits: the separator's rule
    assert find_dates(["The Headline", "03/10/2023", "Body."], 0) == (datetime(2023, 3, 10), None)


@pytest.mark.parametrize("text", [
    "Published on March 3, 2019, a report from the food standards agency, which looked at " + "salt " * 40,
    "Updated March 3, 2019 guidance from the agency says that schools should " + "act " * 40,
])
def test_a_long_sentence_that_opens_with_a_lead_in_and_a_date_is_no_stamp(text: str) -> None:
    assert len(text) > 200 and not opens_with_stamp(text)


def test_the_page_habit_of_day_before_month_is_read_from_its_date_lines_not_its_prose() -> None:
    page = ["The Headline", "By Jane Doe", "10/03/2023", "The phone was released on 28 September 2023 in Europe."]
    assert find_dates(page, 0) == (datetime(2023, 10, 3), None)


def test_a_time_of_day_alone_is_a_time_line() -> None:
    for text in ("11:45 PM", "10.38 BST", "14h30", "12:01"):
        assert is_time_line(text), text
    for text in ("The 11:45 train was late", "2019", "3 things to know", "Nov 19, 2019", "2:31", "0:45"):
        assert not is_time_line(text), text


@pytest.mark.parametrize(("text", "expected"), [
    ("25. marraskuuta 2019", date(2019, 11, 25)),  # Finnish
    ("25. listopadu 2019", date(2019, 11, 25)),  # Czech
    ("25 Νοεμβρίου 2019", date(2019, 11, 25)),  # Greek
    ("3 травня 2021", date(2021, 5, 3)),  # Ukrainian
    ("25 noiembrie 2019", date(2019, 11, 25)),  # Romanian
    ("3 augusti 2021", date(2021, 8, 3)),  # Swedish
    ("3. marts 2021", date(2021, 3, 3)),  # Danish
    ("2021. május 3.", date(2021, 5, 3)),  # Hungarian: the year first
    ("2021 m. gegužės 3 d.", date(2021, 5, 3)),  # Lithuanian
    ("2023 Jan 7", date(2023, 1, 7)),  # a reference's date
    ("3 tháng 5, 2021", date(2021, 5, 3)),  # Vietnamese: the month by its number
    ("Thứ hai, ngày 3 tháng 5 năm 2021", date(2021, 5, 3)),
])
def test_dates_in_more_languages_and_the_year_first(text: str, expected: date) -> None:
    assert is_date_line(text)
    found = find_date(text)
    assert found is not None and found.date() == expected


def test_the_year_then_a_month_and_a_count_is_no_date() -> None:
    assert find_date("2020 Best Of 5 stars") is None
    assert find_date("In 2020 the team won 5 games") is None


def test_a_year_then_a_word_like_a_month_is_no_date() -> None:
    assert find_date("In 2019 set 3 records in a row") is None
    assert find_date("2021. május 3.") == datetime(2021, 5, 3)
    assert find_date("2023 Jan 7") == datetime(2023, 1, 7)
