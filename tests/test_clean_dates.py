"""Date finders of the cleaner on small strings: what stands around a date on its line."""

from __future__ import annotations

from datetime import datetime

from sitegen.clean.dates import date_role, find_dates, published_after, text_after_date


def test_text_after_date_only_when_the_date_opens_the_line() -> None:
    assert text_after_date("October 8, 2024 Harbor Works") == " Harbor Works"
    assert text_after_date("Posted October 8, 2024") is None
    assert text_after_date("No date here") is None


def test_published_after_an_updated_date_on_its_line() -> None:
    line = "Updated November 11, 2022 Originally published November 9, 2022"
    assert published_after(line) == datetime(2022, 11, 9)
    assert published_after("Updated November 11, 2022") is None
    assert find_dates(["City plans new road tax", line], 0) == (datetime(2022, 11, 9), datetime(2022, 11, 11))


def test_a_date_of_something_else_is_no_publication_date() -> None:
    for line in ("Data as of May 3, 2021.", "Last active May 3, 2021 13:58", "Last checked: 2021-05-03"):
        assert find_dates(["City plans new road tax", line], 0) == (None, None), line
        assert date_role(line) is None
    assert find_dates(["City plans new road tax", "Published May 3, 2021"], 0) == (datetime(2021, 5, 3), None)


def test_arabic_months_weekdays_and_evening_mark() -> None:
    """"الخميس 14 نوفمبر 2019 - 05:30 م": an Arabic month name, a weekday beside the date and "م" (evening) after
    the time make a date line, at 17:30."""
    line = "الخميس 14 نوفمبر 2019 - 05:30 م"
    assert find_dates(["البنك المركزي يبقي أسعار الفائدة دون تغيير", line], 0) == (datetime(2019, 11, 14, 17, 30), None)
    assert find_dates(["عنوان الخبر هنا", "نشر في 3 مارس 2021 - 09:15 ص"], 0) == (datetime(2021, 3, 3, 9, 15), None)
