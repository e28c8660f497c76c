"""The cleaner: a scraped text dump in, the article's structure out.

`clean(text)` runs small pure stages: segment the text into lines, measure
each line (`features`), score the lines with small learned models (title,
line, revision with neighbours, heading: `learned`), apply the named rules
that read metadata (dates, bylines, captions, breadcrumbs: `rules`), then
assemble the article (`structure`). It touches no files.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sitegen.clean import rules, structure, titles, vocab
from sitegen.clean.byline import find_byline, is_author_box
from sitegen.clean.dates import date_role, find_dates
from sitegen.clean.encoding import repair_misread_utf8
from sitegen.clean.lines import Line, segment
from sitegen.clean.markup import keep_article_lines
from sitegen.clean.site import find_app_name, find_site_name
from sitegen.model import Block, LineLabel

NO_ARTICLE_WARNING = "no article text recognised; kept every line but the page's controls"


@dataclass(frozen=True)
class Article:
    """What the cleaner recovered from one text dump."""

    title: str
    summary: str
    byline: str
    published: datetime | None
    updated: datetime | None
    section_path: tuple[str, ...]
    site_name: str
    blocks: tuple[Block, ...]
    labels: tuple[LineLabel, ...]
    warnings: tuple[str, ...]


def clean(text: str, reference_date: datetime | None = None, in_article: Collection[int] = ()) -> Article:
    """Recover the article in `text`. `in_article` holds the numbers of lines
    that a saved page's markup places in its article: the models' doubt (or
    the run's end) does not drop them (`markup.keep_article_lines`). UTF-8
    read as Latin-1 on its way in ("donâ\x80\x99t") is read back first."""
    text = repair_misread_utf8(text)
    lines = segment(text)
    whole = bool(lines) and rules.kept_whole(lines)  # a note, or a text in clean form: read as it is
    title = rules.keep_whole(lines) if whole else rules.label_lines(lines, reference_date)
    if in_article:
        keep_article_lines(lines, in_article)
    rules.captions_as_text(lines)
    section = rules.section_path(lines, title)
    warnings: list[str] = []
    if lines and not any(ln.label in rules.CONTENT for ln in lines):
        warnings.append(NO_ARTICLE_WARNING)
        title = rules.keep_all_but_chrome(lines)
    if title is None:
        title = rules.first_line_title(lines)
    texts = [ln.text for ln in lines]
    title_index = title.index if title is not None else None
    published, updated = find_dates(texts, title_index, reference_date, date_line_at=lambda i: lines[i].date_line,
                                    date_at=lambda i: lines[i].date(reference_date))
    labelled_published, labelled_updated = _dates(lines, reference_date)
    published, updated = published or labelled_published, updated or labelled_updated
    found_byline = find_byline(texts, title_index, byline_at=lambda i: lines[i].byline,
                               date_line_at=lambda i: lines[i].date_line, text_end=None if whole else _text_end(lines))
    if published is None and updated is None and found_byline:  # "By Jane Doe | Mar 11, 2023 | Brakes"
        published, updated = _byline_date(lines[found_byline[0]], reference_date)
    if not whole:  # a text kept whole keeps its date lines and bylines as text too
        # an author box stays in the text as it is: its name is the box's heading
        taken = found_byline[0] if found_byline and not is_author_box(texts, found_byline[0]) else None
        _take_metadata_lines(lines, taken)
    title_text = titles.title_text(lines, title)
    return Article(
        title=title_text,
        summary=" ".join(ln.text for ln in lines if ln.label == rules.DEK),
        byline=found_byline[1] if found_byline else "",  # a byline line that `find_byline` passed over signs
        # something else: a quotation, an entry in a list of other articles, a menu of filters
        published=published,
        updated=updated,
        section_path=tuple(section),
        site_name=_site_name(lines, texts, title_text),
        blocks=tuple(structure.blocks(lines, text.split("\n"))),
        labels=tuple(LineLabel(ln.number, ln.text, ln.label, ln.rule) for ln in lines),
        warnings=tuple(warnings),
    )


def _text_end(lines: list[Line]) -> int | None:
    """The index past the article's last line of text, or None when it has none."""
    return next((ln.index + 1 for ln in reversed(lines) if ln.label in rules.CONTENT), None)


def _take_metadata_lines(lines: list[Line], byline: int | None) -> None:
    """Short date lines and the byline found are metadata, not text (the byline's line also when a rule
    had dropped it, so that the report says where the byline came from); the last line of text stays
    text (a document is never emptied)."""
    texts_left = sum(1 for ln in lines if ln.label in rules.CONTENT)
    for line in lines:
        if line.label == rules.PARAGRAPH and line.words <= rules.META_MAX_WORDS and line.date_line and texts_left > 1 \
                and not vocab.TWEET_ATTRIBUTION.match(line.text):  # a quoted post's date is part of the quote
            line.mark(rules.META, "date_line_finder")
            texts_left -= 1
    if byline is not None and lines[byline].label in (rules.PARAGRAPH, rules.HEADING, rules.DEK, rules.BOILERPLATE) \
            and not (texts_left == 1 and lines[byline].label in rules.CONTENT):
        lines[byline].mark(rules.BYLINE, "byline_finder")


def _dates(lines: list[Line], reference: datetime | None) -> tuple[datetime | None, datetime | None]:
    published = updated = None
    for line in lines:
        if line.label != rules.META:
            continue
        when = line.date(reference)
        if when is None:
            continue
        if rules.is_update_line(line.text):
            updated = updated or when
        else:
            published = published or when
    return published, updated


def _byline_date(line: Line, reference: datetime | None) -> tuple[datetime | None, datetime | None]:
    """(published, updated) from the date in a byline's line, by its lead-in."""
    when = line.date(reference)
    if when is None:
        return None, None
    return (None, when) if date_role(line.text) == "updated" else (when, None)


def _site_name(lines: list[Line], texts: list[str], title: str) -> str:
    """The site's name: from the title or copyright lines, else from the page's
    own app promotion in the chrome around the article (not between its lines)."""
    content = [ln.index for ln in lines if ln.label in rules.CONTENT]
    first, last = (content[0], content[-1]) if content else (len(lines), -1)
    return find_site_name(texts, title) or find_app_name(
        [ln.text for ln in lines if ln.label == rules.BOILERPLATE and not first < ln.index < last])
