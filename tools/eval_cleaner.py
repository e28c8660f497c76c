#!/usr/bin/env python3
"""Score `clean()` on a corpus in-process (no site build) and time it.

    python tools/eval_cleaner.py [CORPUS ...] [-v]

CORPUS is a folder with input/ and gold/ (default: shared/corpus/articles and
wcxb-dev). Uses the scorer of shared/eval/score_articles.py on the blocks the
page would show in its body; prints the median clean() time per page.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import Article, clean  # noqa: E402
from sitegen.model import BlockKind  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO.parent / "shared")


def scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_articles", SHARED / "eval" / "score_articles.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def prediction(art: Article) -> dict[str, Any]:
    """What the scorer reads of a cleaned page: its title, its body blocks' text (figures aside), its headings."""
    body: list[str] = []
    heads: list[str] = []
    for b in art.blocks:
        if b.kind is BlockKind.FIGURE:
            continue
        if b.kind is BlockKind.HEADING:
            heads.append(b.text)
        body.extend(b.items or [b.text])
    return {"title": art.title, "body": "\n".join(body), "headings": heads, "flags": []}


def predict(text: str) -> tuple[dict[str, Any], float]:
    started = time.perf_counter()
    art = clean(text)
    return prediction(art), time.perf_counter() - started


def run(corpus: Path, verbose: bool) -> None:
    sa = scorer()
    preds: dict[str, dict[str, Any]] = {}
    times = []
    for path in sorted((corpus / "input").glob("*.txt")):
        preds[path.stem], took = predict(path.read_text(encoding="utf-8"))
        times.append(took)
    sa.load_pred = lambda _d, doc_id: preds.get(doc_id)
    rows = sa.score(corpus / "gold", {})
    s = sa.summarize(rows)
    if verbose:
        for r in rows:
            print(f'{r["id"][:16]:<16} {r["p"]:6.3f} {r["r"]:6.3f} {r["f1"]:6.3f} '
                  f'{"ok" if r["title_ok"] else "--":<5} {r["h_tp"]}/{r["h_pred"]}/{r["h_gold"]}')
    print(f'{corpus.name}: body P {s["precision"]:.3f} R {s["recall"]:.3f} F1 {s["f1"]:.3f}  '
          f'title {s["title_acc"]:.3f}  heads P {s["heading_p"]:.3f} R {s["heading_r"]:.3f}  '
          f'median clean() {statistics.median(times) * 1000:.2f} ms')
    print(json.dumps({k: round(v, 5) for k, v in s.items() if isinstance(v, float)}), file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="*", type=Path,
                    default=[SHARED / "corpus" / "articles", SHARED / "corpus" / "wcxb-dev"])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    for corpus in args.corpus:
        run(corpus, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
