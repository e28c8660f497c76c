#!/usr/bin/env python3
"""Change the layout of the articles pages the cleaner reads right, a little and
one way at a time, and count the pages whose reading breaks.

    python tools/check_robustness.py [--only NAME ...] [--write DIR]

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
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field
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

    def __post_init__(self, art: Article) -> None:
        """Find the title, paragraphs, meta lines and captions from the labels of `art`."""
        self.lines = self.text.split("\n")
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

Perturbation = Callable[[Page, random.Random], str | None]


def drop_blank_lines(pg: Page, rng: random.Random) -> str | None:
    """No blank line anywhere."""
    return "\n".join(ln for ln in pg.lines if ln.strip())


def double_blank_lines(pg: Page, rng: random.Random) -> str | None:
    """Every blank line doubled."""
    return "\n".join(("\n" if not ln.strip() else ln) for ln in pg.lines)


def cookie_notice_top(pg: Page, rng: random.Random) -> str | None:
    """A cookie notice and its button above everything."""
    return "\n".join([*rng.choice(COOKIES), "", *pg.lines])


def advertisement_mid(pg: Page, rng: random.Random) -> str | None:
    """An "Advertisement" line at a third and two thirds of the text (one when the page has one gap)."""
    gaps = [pg.gap_near(frac) for frac in AD_AT]
    if not all(gaps):
        return None
    lines = pg.lines
    for at, blank in sorted({g for g in gaps if g}, reverse=True):
        lines = insert_at(lines, at, block(["Advertisement"], blank))
    return "\n".join(lines)


def related_block_mid(pg: Page, rng: random.Random) -> str | None:
    """A related block (a header and RELATED_ITEMS headlines) in the middle of the text."""
    if not (g := pg.gap_near(MID)):
        return None
    items = [rng.choice(RELATED_HEAD), *rng.sample(pg.headlines, RELATED_ITEMS)]
    return "\n".join(insert_at(pg.lines, g[0], block(items, g[1])))


def newsletter_mid(pg: Page, rng: random.Random) -> str | None:
    """A newsletter sign-up in the middle of the text."""
    if not (g := pg.gap_near(MID)):
        return None
    return "\n".join(insert_at(pg.lines, g[0], block(rng.choice(NEWSLETTER), g[1])))


def newsletter_after_text(pg: Page, rng: random.Random) -> str | None:
    """A newsletter sign-up right after the last paragraph."""
    if not pg.paras:
        return None
    at = pg.paras[-1] + 1
    blank = at < len(pg.lines) and not pg.lines[at].strip()
    return "\n".join(insert_at(pg.lines, at, block(rng.choice(NEWSLETTER), blank)))


def share_bar_under_title(pg: Page, rng: random.Random) -> str | None:
    """A share bar right under the headline."""
    return "\n".join(insert_at(pg.lines, pg.title_i + 1, SHARE))


def byline_date_above_title(pg: Page, rng: random.Random) -> str | None:
    """The byline and meta lines under the headline moved right above it."""
    if not pg.meta:
        return None
    moved = [pg.lines[i] for i in pg.meta]
    rest = [ln for i, ln in enumerate(pg.lines) if i not in set(pg.meta)]
    return "\n".join(insert_at(rest, pg.title_i, moved))


def title_site_line_top(pg: Page, rng: random.Random) -> str | None:
    """A "Headline | Site" line above everything."""
    head = pg.lines[pg.title_i].strip() + rng.choice(SEPARATORS) + site_name(pg.gold["url"])
    return "\n".join([head, *pg.lines])


def most_read_before_title(pg: Page, rng: random.Random) -> str | None:
    """A "Most read" list (a label and MOST_READ_ITEMS headlines) and a blank line right above the headline."""
    items = [rng.choice(MOST_READ), *rng.sample(pg.headlines, MOST_READ_ITEMS)]
    return "\n".join(insert_at(pg.lines, pg.title_i, [*items, ""]))


def footer_links(pg: Page, rng: random.Random) -> str | None:
    """FOOTER_ITEMS footer links after everything."""
    return "\n".join([*pg.lines, "", *rng.sample(FOOTER, FOOTER_ITEMS)])


def photo_caption_mid(pg: Page, rng: random.Random) -> str | None:
    """A photo caption with its credit ("... Photo: Name/Agency") in the middle of the text."""
    if not (g := pg.gap_near(MID)):
        return None
    cap = f"{rng.choice(CAPTIONS)} Photo: {rng.choice(NAMES)}/{rng.choice(AGENCIES)}"
    return "\n".join(insert_at(pg.lines, g[0], block([cap], g[1])))


def title_as_first_caption(pg: Page, rng: random.Random) -> str | None:
    """The headline again as the first caption (or before the first paragraph)."""
    if not pg.paras:
        return None
    at = pg.captions[0] if pg.captions else pg.paras[0]
    return "\n".join(insert_at(pg.lines, at, [pg.lines[pg.title_i].strip(), ""]))


def strip_menus_above_title(pg: Page, rng: random.Random) -> str | None:
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


def perturb(name: str, pages: list[Page], write: Path | None) -> tuple[int, list[tuple[Page, list[str]]]]:
    """Apply one perturbation to every page it fits: how many pages it was tried on, and the broken ones
    with what broke (each broken input saved under `write`/`name` when given)."""
    tried = 0
    broken: list[tuple[Page, list[str]]] = []
    for page in pages:
        new = PERTURBATIONS[name](page, random.Random(zlib.crc32(f"{name}:{page.id}".encode())))
        if new is None:
            continue
        tried += 1
        why = what_broke(page.base, score(page.gold, read(new)[0]))
        if not why:
            continue
        broken.append((page, why))
        if write:
            (write / name).mkdir(parents=True, exist_ok=True)
            (write / name / f"{page.id}.txt").write_text(new, encoding="utf-8")
    broken.sort(key=lambda b: len(b[0].text))
    return tried, broken


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="+", choices=list(PERTURBATIONS), metavar="NAME",
                    help=f"run these perturbations only ({', '.join(PERTURBATIONS)})")
    ap.add_argument("--write", type=Path, metavar="DIR", help="save each broken input as DIR/<perturbation>/<id>.txt")
    args = ap.parse_args()
    pool = headline_pool()
    pages, skipped = pages_read_right(pool)
    print(f"pages read right: {len(pages)} (skipped {skipped}); headlines to insert: {len(pool)}")
    runs = [(name, *perturb(name, pages, args.write)) for name in PERTURBATIONS if not args.only or name in args.only]
    runs.sort(key=lambda run: -(len(run[2]) / run[1] if run[1] else 0))
    for name, tried, broken in runs:
        print(f"{name:<26} {len(broken):3d}/{tried:<3d}")
        for page, why in broken:
            print(f"    {page.id[:ID_WIDTH]} ({len(page.text)} ch): {'; '.join(why)}")
    print(f"total: {sum(len(run[2]) for run in runs)} broken of {sum(run[1] for run in runs)} tried")
    return 0


if __name__ == "__main__":
    sys.exit(main())
