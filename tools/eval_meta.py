#!/usr/bin/env python3
"""Score the byline and publication date `clean()` recovers against gold
(wcxb-dev gold has "byline" and "published"), beside what the page-level
finders `find_byline`/`find_dates` alone would give.

    python tools/eval_meta.py [CORPUS | --corpus CORPUS] [--misses FILE]

"published_or_updated:clean" counts a page right when the gold date is the
published or the updated date found: where a page shows only an "Updated"
date, the gold's "published" is sometimes that date and sometimes one the
page does not show (from its markup), so neither reading is the gold's rule.
A corpus whose gold has no byline or date (the articles corpus) is reported
as such, with how many pages got one.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import clean  # noqa: E402
from sitegen.clean.byline import find_byline  # noqa: E402
from sitegen.clean.dates import find_dates  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO.parent / "shared")


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=None)
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="the corpus (same as the positional argument)")
    ap.add_argument("--misses", type=Path, help="write each page's wrong or missing byline and date here (JSON lines)")
    args = ap.parse_args()
    args.corpus = args.corpus or args.corpus_opt or SHARED / "corpus" / "wcxb-dev"
    misses: list[dict[str, str]] = []
    tally = {k: [0, 0, 0] for k in ("byline:clean", "byline:finder", "byline:finder_else_clean",
                                     "published:clean", "published:finder", "published:finder_else_clean",
                                     "published_or_updated:clean")}
    for gold_path in sorted((args.corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (args.corpus / "input" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        art = clean(text)
        lines = [lb.text for lb in art.labels]
        title_index = next((i for i, lb in enumerate(art.labels) if lb.label == "title"), None)
        found = find_byline(lines, title_index)
        pub, _ = find_dates(lines, title_index)
        guesses = {
            "byline:clean": art.byline, "byline:finder": found[1] if found else "",
            "published:clean": art.published.date().isoformat() if art.published else "",
            "published:finder": pub.date().isoformat() if pub else "",
        }
        for what in ("byline", "published"):
            guesses[f"{what}:finder_else_clean"] = guesses[f"{what}:finder"] or guesses[f"{what}:clean"]
        updated = art.updated.date().isoformat() if art.updated else ""
        guesses["published_or_updated:clean"] = guesses["published:clean"] or updated
        for key, guess in guesses.items():
            want = str(gold.get(key.split(":")[0].removesuffix("_or_updated")) or "")
            right = bool(guess) and bool(want) and fold(guess) == fold(want)
            if key == "published_or_updated:clean" and want and updated == want:
                right = True
            t = tally[key]
            t[0] += right  # correct
            t[1] += bool(guess)  # given
            t[2] += bool(want)  # expected
            if key.endswith(":clean") and not right and (guess or want):
                misses.append({"id": gold_path.stem, "what": key.split(":")[0], "guess": guess, "gold": want})
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), encoding="utf-8")
    for key, (right, given, wanted) in tally.items():
        if not wanted:
            print(f"{key:18s} no gold in this corpus ({given} pages given one)")
            continue
        print(f"{key:18s} P {right / max(1, given):.3f} R {right / max(1, wanted):.3f} "
              f"({right} right, {given} given, {wanted} in gold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
