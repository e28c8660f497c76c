"""Date finders of the cleaner on small strings: what stands around a date on its line."""

from __future__ import annotations

from sitegen.clean.dates import text_after_date


def test_text_after_date_only_when_the_date_opens_the_line() -> None:
    assert text_after_date("October 8, 2024 Harbor Works") == " Harbor Works"
    assert text_after_date("Posted October 8, 2024") is None
    assert text_after_date("No date here") is None
