#!/usr/bin/env python3
"""Write or check a snapshot of everything `clean()` returns over corpora
(every line's text, label and rule; the title, summary, byline, dates,
section path, site name, blocks and warnings), so a speed-up can be shown to
change no result.

    python tools/label_snapshot.py write SNAPSHOT.json [FOLDER ...]
    python tools/label_snapshot.py check SNAPSHOT.json [FOLDER ...]

FOLDER holds *.txt dumps (default: shared/corpus/articles/input and
wcxb-dev/input). `check` prints each differing line and exits 1 on any.
Each page also records a digest of every score the learned models gave
(`Logistic.scores`, as exact reprs), so a change that moves a score in its
last bit shows, though the labels keep their two decimals.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import clean  # noqa: E402
from sitegen.clean.learned import Logistic  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO.parent / "shared")
DEFAULT = [SHARED / "corpus" / "articles" / "input", SHARED / "corpus" / "wcxb-dev" / "input"]


def snapshot(folders: list[Path]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    scored: list[str] = []
    plain_scores = Logistic.scores

    def scores(self: Logistic, rows: Any) -> list[float]:
        found = plain_scores(self, rows)
        scored.append(f"{len(self.weights)}:{list(map(float, found))!r}")
        return found

    Logistic.scores = scores  # type: ignore[method-assign]
    try:
        for folder in folders:
            for path in sorted(folder.glob("*.txt")):
                scored.clear()
                out[str(path)] = _page(path) + [f"scores={_digest(scored)}"]
    finally:
        Logistic.scores = plain_scores  # type: ignore[method-assign]
    return out


def _digest(scored: list[str]) -> str:
    return hashlib.sha256("\n".join(scored).encode()).hexdigest()[:16]


def _page(path: Path) -> list[str]:
    art = clean(path.read_text(encoding="utf-8"))
    head = [f"title={art.title}", f"byline={art.byline}", f"published={art.published!r}",
            f"updated={art.updated!r}", f"section={art.section_path!r}", f"summary={art.summary}",
            f"site={art.site_name}", f"warnings={art.warnings!r}"]
    blocks = [f"block={block!r}" for block in art.blocks]
    return head + blocks + [f"{lb.number}\t{lb.label}\t{lb.rule}\t{lb.text}" for lb in art.labels]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("write", "check"))
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("folders", nargs="*", type=Path)
    args = ap.parse_args()
    now = snapshot(args.folders or DEFAULT)
    if args.mode == "write":
        args.snapshot.write_text(json.dumps(now, indent=0, ensure_ascii=False), encoding="utf-8")
        print(f"{len(now)} pages written")
        return 0
    old = json.loads(args.snapshot.read_text(encoding="utf-8"))
    bad = 0
    for name in sorted(now):
        a, b = old.get(name, []), now.get(name, [])
        if a != b:
            bad += 1
            diffs = [(x, y) for x, y in zip(a, b, strict=False) if x != y][:3]
            print(f"{name}: {diffs or 'line count differs'}")
    print(f"{len(now)} pages, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
