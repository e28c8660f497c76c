#!/usr/bin/env python3
"""Median time of `clean()` per page over a folder of text dumps.

    python tools/bench_clean.py [FOLDER] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import clean  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO.parent / "shared")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", type=Path, default=SHARED / "corpus" / "articles" / "input")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    clean(texts[0])  # load the models
    per_page = []
    for text in texts:
        runs = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            clean(text)
            runs.append(time.perf_counter() - started)
        per_page.append(min(runs))
    print(f"{len(texts)} pages: median {statistics.median(per_page) * 1000:.2f} ms, "
          f"p90 {statistics.quantiles(per_page, n=10)[-1] * 1000:.2f} ms, max {max(per_page) * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
