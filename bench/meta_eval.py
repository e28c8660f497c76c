"""Measure the metadata parsers (dates, bylines) against the wcxb-dev gold.

For each dump with gold, the lines in the top part of the page are read in
order, as the labeller reads them:

* date: the first line that `is_date_line` accepts and `find_date` parses (a
  line whose lead-in says "updated" is used only when no other date line is
  found), compared by calendar day with gold `published`; and, as "date~",
  `find_dates(lines, title_index)` (published, else updated), which reads the
  lines near the title first;
* site: `find_site_name(lines, title)`, checked roughly against the page's
  domain (no gold for it);
* byline: `find_byline(lines, title_index)` where the module has it (it reads
  neighbours near the title that the cleaner's own `titles.find_title` finds),
  else the first line `looks_like_byline` accepts, through `parse_byline`,
  compared with gold `byline` after folding case, punctuation and spacing
  ("strict"), and allowing either to contain the other ("loose").

Precision is over the documents that have the gold field (a guess on a page
whose gold is empty is counted apart, as "extra"). Gold is for measuring
only. Usage: python bench/meta_eval.py [--corpus DIR] [--show N] [--misses date|byline]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import byline as byline_mod  # noqa: E402
from sitegen.clean import dates as dates_mod  # noqa: E402
from sitegen.clean import site as site_mod  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/wcxb-dev")
TOP_SHARE = 0.5  # the metadata is looked for in the first half of the lines
TOP_MIN_LINES = 40  # ... but never fewer than this many lines
OLD_META_MAX_WORDS = 14  # the rule used before is_date_line existed
_PUNCT = re.compile(r"[^\w\s]")


@dataclass
class Tally:
    gold: int = 0
    guessed: int = 0
    right: int = 0
    loose: int = 0
    extra: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def line(self, name: str) -> str:
        recall = self.right / self.gold if self.gold else 0.0
        precision = self.right / self.guessed if self.guessed else 0.0
        text = f"{name:7} gold {self.gold:4}  guessed {self.guessed:4}  right {self.right:4}  " \
               f"recall {recall:.3f}  precision {precision:.3f}"
        if self.loose:
            text += f"  (loose: recall {self.loose / self.gold:.3f} precision {self.loose / max(1, self.guessed):.3f})"
        return text + f"  guesses on pages without gold {self.extra}"


def segment(text: str) -> list[str]:
    return [c for c in (" ".join(raw.replace("\u00a0", " ").split()) for raw in text.split("\n")) if c]


def top(lines: list[str]) -> list[str]:
    return lines[: max(TOP_MIN_LINES, int(len(lines) * TOP_SHARE))]


def _is_date_line(text: str) -> bool:
    fn: Callable[[str], bool] | None = getattr(dates_mod, "is_date_line", None)
    if fn is not None:
        return fn(text)
    return len(text.split()) <= OLD_META_MAX_WORDS and dates_mod.find_date(text) is not None


def near_title_date(lines: list[str], title: int | None) -> datetime | None:
    finder: Callable[..., Any] | None = getattr(dates_mod, "find_dates", None)
    if finder is None:
        return None
    published, updated = finder(top(lines), title)
    return published or updated


def first_date_line(lines: list[str]) -> datetime | None:
    role_of: Callable[[str], str | None] = getattr(dates_mod, "date_role", lambda _t: None)
    fallback = None
    for text in top(lines):
        if not _is_date_line(text):
            continue
        when = dates_mod.find_date(text)
        if when is None:
            continue
        if role_of(text) == "updated":
            fallback = fallback or when
            continue
        return when
    return fallback


def site_agrees(name: str, url: str) -> bool:
    """A rough check of a site name against the page's domain ("Security.org" ~ security.org)."""
    host = urlsplit(url).netloc.lower().removeprefix("www.")
    label = host.split(".")[0] if host else ""
    compact = re.sub(r"[^a-z0-9]", "", fold(name))
    return bool(label and compact) and (label in compact or compact in label)


def title_index(lines: list[str]) -> int | None:
    """Where the cleaner's own title finder puts the title (no gold is read)."""
    try:
        from sitegen.clean import lines as lines_mod
        from sitegen.clean import titles
        title = titles.find_title(lines_mod.segment("\n".join(lines)))
    except (ImportError, AttributeError, TypeError):
        return None
    return title.index if title is not None else None


def guess_byline(lines: list[str], title: int | None) -> str:
    finder: Callable[..., Any] | None = getattr(byline_mod, "find_byline", None)
    if finder is not None:
        found = finder(top(lines), title)
        return found[1] if found else ""
    for text in top(lines):
        if byline_mod.looks_like_byline(text):
            return byline_mod.parse_byline(text)
    return ""


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    parser.add_argument("--misses", choices=("date", "byline"), default="date")
    args = parser.parse_args()
    dates, near_dates, bylines = Tally(), Tally(), Tally()
    sites = agree = 0
    seconds = 0.0
    pages = 0
    for gold_path in sorted((args.corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = args.corpus / "input" / f"{gold['id']}.txt"
        if not source.exists():
            continue
        lines = segment(source.read_text(encoding="utf-8", errors="replace"))
        title = title_index(lines)
        start = time.process_time()
        when = first_date_line(lines)
        name = guess_byline(lines, title)
        seconds += time.process_time() - start
        site = site_mod.find_site_name(lines, lines[title] if title is not None else "")
        sites += bool(site)
        agree += bool(site) and site_agrees(site, gold.get("url") or "")
        pages += 1
        score_date(dates, gold, when)
        score_date(near_dates, gold, near_title_date(lines, title))
        score_byline(bylines, gold, name)
    print(dates.line("date"))
    print(near_dates.line("date~"))
    print(bylines.line("byline"))
    print(f"site    named on {sites} of {pages} pages; agrees with the page's domain on {agree} (a rough check)")
    print(f"time    {1000 * seconds / max(1, pages):.3f} ms CPU per page (date and byline finders, top part)")
    tally = dates if args.misses == "date" else bylines
    for doc, want, got in tally.misses[: args.show]:
        print(f"  {doc}: gold {want!r} got {got!r}")
    return 0


def score_date(tally: Tally, gold: dict[str, Any], when: datetime | None) -> None:
    want = gold.get("published") or ""
    got = when.date().isoformat() if when else ""
    if not want:
        tally.extra += bool(got)
        return
    tally.gold += 1
    tally.guessed += bool(got)
    if got == want:
        tally.right += 1
    else:
        tally.misses.append((gold["id"], want, got))


def score_byline(tally: Tally, gold: dict[str, Any], name: str) -> None:
    want = fold(gold.get("byline") or "")
    got = fold(name)
    if not want:
        tally.extra += bool(got)
        return
    tally.gold += 1
    tally.guessed += bool(got)
    if got == want:
        tally.right += 1
    if got and (got == want or want in got or got in want):
        tally.loose += 1
    if got != want:
        tally.misses.append((gold["id"], gold.get("byline") or "", name))


if __name__ == "__main__":
    sys.exit(main())
