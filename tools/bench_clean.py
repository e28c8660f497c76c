#!/usr/bin/env python3
"""Median time of `clean()` per page over a folder of text dumps.

    python tools/bench_clean.py [FOLDER] [--repeat 3] [--cpu] [--stages] [--against CHECKOUT]

Each page is cleaned `--repeat` times and its fastest run counts; the runs
go over the whole folder in turn (a page's second run comes after every other
page's first), so that the cleaner's small caches of recent lines cannot
make a page's later runs look faster than a build would see. `--cpu`
times with the process's CPU clock instead of the wall clock: steadier on a
machine that other work shares.

`--against CHECKOUT` also loads the cleaner of another checkout of sitegen
(a copy of an earlier commit) in the same process and times the two in
turn, page by page (which runs first alternates): on a machine that other
work shares, a change of load then weighs on both alike.

`--stages` also prints the time spent in each stage of the cleaner, summed
over the pages (one run each; the timers add a little overhead, and a stage
called inside another is counted in both: the indented ones).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sitegen.clean as cleaner  # noqa: E402
from sitegen.clean import byline, dates, features, learned, lines, overlap, rules, site, structure, titles  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO.parent / "shared")

# (name shown, module or class, attribute, depth): depth 1 stages run inside the depth 0 one above them.
STAGES: list[tuple[str, Any, str, int]] = [
    ("segment", cleaner, "segment", 0),
    ("label_lines", rules, "label_lines", 0),
    ("page_context (base features)", features, "page_context", 1),
    ("line_vectors", features, "line_vectors", 1),
    ("find_title", titles, "find_title", 1),
    ("title_vectors", features, "title_vectors", 2),
    ("shared_words", overlap, "shared_words", 2),
    ("_not_a_headline", titles, "_not_a_headline", 2),
    ("revision_vectors", features, "revision_vectors", 1),
    ("_single_line_rule", rules, "_single_line_rule", 1),
    ("_mark_captions", rules, "_mark_captions", 1),
    ("_mark_link_lists", rules, "_mark_link_lists", 1),
    ("_extend_run", rules, "_extend_run", 1),
    ("_over_code", rules, "_over_code", 1),
    ("_continue_labels", rules, "_continue_labels", 1),
    ("_mark_headings", rules, "_mark_headings", 1),
    ("Logistic.scores (all models)", learned.Logistic, "scores", 1),
    ("section_path", rules, "section_path", 0),
    ("find_dates", cleaner, "find_dates", 0),
    ("_dates", cleaner, "_dates", 0),
    ("find_byline", cleaner, "find_byline", 0),
    ("title_text", titles, "title_text", 0),
    ("_site_name", cleaner, "_site_name", 0),
    ("blocks", structure, "blocks", 0),
]
_UNUSED = (byline, dates, lines, site)  # imported so that every stage's module is loaded before timing


def _timed(fn: Callable[..., Any], totals: dict[str, float], name: str,
           clock: Callable[[], float]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += clock() - started
    return wrapper


def stages(texts: list[str], clock: Callable[[], float]) -> None:
    """Print the time of each stage over `texts` (one `clean()` each)."""
    totals = dict.fromkeys((name for name, *_ in STAGES), 0.0)
    saved = [(owner, attr, getattr(owner, attr)) for _, owner, attr, _ in STAGES]
    for name, owner, attr, _ in STAGES:
        setattr(owner, attr, _timed(getattr(owner, attr), totals, name, clock))
    try:
        started = clock()
        for text in texts:
            cleaner.clean(text)
        whole = clock() - started
    finally:
        for owner, attr, fn in saved:
            setattr(owner, attr, fn)
    print(f"stages over {len(texts)} pages (ms per page, timers on):")
    print(f"  {'clean':<32} {whole / len(texts) * 1000:7.3f}")
    for name, _, _, depth in STAGES:
        print(f"  {'  ' * depth}{name:<{32 - 2 * depth}} {totals[name] / len(texts) * 1000:7.3f}")


def _other_cleaner(checkout: Path) -> Callable[[str], Any]:
    """`clean` of the sitegen in `checkout`, imported beside this one: its modules are
    loaded under their own names, then set aside, and this checkout's put back."""
    ours = {name: mod for name, mod in sys.modules.items() if name == "sitegen" or name.startswith("sitegen.")}
    for name in ours:
        del sys.modules[name]
    sys.path.insert(0, str(checkout.resolve()))
    try:
        other = importlib.import_module("sitegen.clean")
    finally:
        sys.path.remove(str(checkout.resolve()))
        for name in [n for n in sys.modules if n == "sitegen" or n.startswith("sitegen.")]:
            del sys.modules[name]
        sys.modules.update(ours)
    if Path(other.__file__ or "").resolve().parent.parent.parent != checkout.resolve():
        raise SystemExit(f"{checkout}: no sitegen package there")
    fn: Callable[[str], Any] = other.clean
    return fn


def compare(texts: list[str], other: Callable[[str], Any], repeat: int, clock: Callable[[], float]) -> None:
    """Print the median time per page of `other` and of this checkout's `clean`, timed in turn."""
    ours: list[float] = [math.inf] * len(texts)
    theirs: list[float] = [math.inf] * len(texts)
    other(texts[0])
    for r in range(repeat):
        for i, text in enumerate(texts):
            for fn, best in ((other, theirs), (cleaner.clean, ours))[::1 if (r + i) % 2 else -1]:
                started = clock()
                fn(text)
                best[i] = min(best[i], clock() - started)
    before, after = statistics.median(theirs), statistics.median(ours)
    total_before, total_after = sum(theirs), sum(ours)
    print(f"against: median {before * 1000:.2f} ms, here {after * 1000:.2f} ms ({(after / before - 1) * 100:+.1f}%); "
          f"sum {total_before * 1000:.0f} ms, here {total_after * 1000:.0f} ms "
          f"({(total_after / total_before - 1) * 100:+.1f}%)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", type=Path, default=SHARED / "corpus" / "articles" / "input")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cpu", action="store_true", help="time with the process's CPU clock")
    ap.add_argument("--stages", action="store_true", help="also time each stage")
    ap.add_argument("--against", type=Path, metavar="CHECKOUT", help="also time the cleaner of another checkout")
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    cleaner.clean(texts[0])  # load the models
    clock = time.process_time if args.cpu else time.perf_counter
    per_page = [math.inf] * len(texts)
    for _ in range(args.repeat):
        for i, text in enumerate(texts):
            started = clock()
            cleaner.clean(text)
            per_page[i] = min(per_page[i], clock() - started)
    clock_name = "CPU" if args.cpu else "wall"
    print(f"{len(texts)} pages ({clock_name} time): median {statistics.median(per_page) * 1000:.2f} ms, "
          f"mean {statistics.fmean(per_page) * 1000:.2f} ms, "
          f"p90 {statistics.quantiles(per_page, n=10)[-1] * 1000:.2f} ms, max {max(per_page) * 1000:.2f} ms")
    if args.against:
        compare(texts, _other_cleaner(args.against), args.repeat, clock)
    if args.stages:
        stages(texts, clock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
