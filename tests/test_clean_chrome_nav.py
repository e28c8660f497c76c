"""A page's navigation labels ("Table of contents", "On this page"), with the toggle that folds them glued on."""

from __future__ import annotations

from sitegen.clean import vocab


def test_a_contents_label_with_its_toggle_is_a_navigation_label() -> None:
    for text in ["Table of Contents Show", "Contents hide", "Table of Contents[Hide][Show]", "On this page [show]"]:
        assert vocab.nav_label(text), text
    for text in ["Show", "Hide contents", "Contents of the box show", "Show the table of contents to the class"]:
        assert not vocab.nav_label(text), text
