"""Date finders of the cleaner on small strings: what stands around a date on its line."""

from __future__ import annotations

from datetime import datetime

from sitegen.clean.dates import find_dates, published_after, text_after_date


def test_text_after_date_only_when_the_date_opens_the_line() -> None:
    assert text_after_date("October 8, 2024 Harbor Works") == " Harbor Works"
    assert text_after_date("Posted October 8, 2024") is None
    assert text_after_date("No date here") is None


def test_published_after_an_updated_date_on_its_line() -> None:
    line = "Updated November 11, 2022 Originally published November 9, 2022"
    assert published_after(line) == datetime(2022, 11, 9)
    assert published_after("Updated November 11, 2022") is None
    assert find_dates(["City plans new road tax", line], 0) == (datetime(2022, 11, 9), datetime(2022, 11, 11))
