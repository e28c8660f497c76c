#!/usr/bin/env python3
"""Train the cleaner's models on a corpus of text dumps with gold (wcxb-dev).

    python tools/train_cleaner.py [--corpus ../shared/corpus/wcxb-dev] [--out sitegen/clean/weights.json]

Each dump line is labelled by matching it against the gold: content when the
line is a line of the gold body (or, when long, a part of it), the title when
it equals the gold title, a heading when it equals a gold heading. Four
logistic regressions are fitted in the order the cleaner runs them (title,
line, revision, heading), each on the features the cleaner computes, with
plain SGD in a fixed order: the output is the same on every run.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import features as F  # noqa: E402
from sitegen.clean.learned import Logistic  # noqa: E402
from sitegen.clean.lines import fold, segment  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
# shared/ sits beside the checkout (or beside the folder of worktrees)
DEFAULT_CORPUS = next((p / "shared" / "corpus" / "wcxb-dev" for p in REPO.parents if (p / "shared").is_dir()),
                      REPO.parent / "shared" / "corpus" / "wcxb-dev")
SUBSTRING_MIN_CHARS = 40  # a dump line this long counts as content when the gold body contains it
EPOCHS = 3
CHOICE_EPOCHS = 10
CHOICE_LEARNING_RATE = 0.1
LEARNING_RATE = 0.05
L2 = 1e-5
SEED = 20261126


def fit(rows: list[list[float]], labels: list[int], names: tuple[str, ...]) -> dict[str, Any]:
    """Logistic regression by SGD on standardised features."""
    dim = len(names)
    assert all(len(r) == dim for r in rows), f"rows do not match the {dim} feature names"
    mean = [sum(r[k] for r in rows) / len(rows) for k in range(dim)]
    scale = []
    for k in range(dim):
        var = sum((r[k] - mean[k]) ** 2 for r in rows) / len(rows)
        scale.append(math.sqrt(var) or 1.0)
    data = [[(r[k] - mean[k]) / scale[k] for k in range(dim)] for r in rows]
    w = [0.0] * dim
    b = 0.0
    order = list(range(len(data)))
    rng = random.Random(SEED)
    step = 0
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            x = data[i]
            z = b + sum(wk * xk for wk, xk in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - labels[i]
            lr = LEARNING_RATE / (1.0 + step / len(data))
            w = [wk - lr * (g * xk + L2 * wk) for wk, xk in zip(w, x, strict=True)]
            b -= lr * g
            step += 1
    return {"names": list(names), "weights": [round(v, 5) for v in w], "bias": round(b, 5),
            "mean": [round(v, 6) for v in mean], "scale": [round(v, 6) for v in scale]}


def fit_choice(groups: list[tuple[list[list[float]], list[float]]], names: tuple[str, ...]) -> dict[str, Any]:
    """Conditional logit: in each group (one page's candidates) one row is
    right; SGD on the softmax over the group's scores."""
    rows = [r for g, _ in groups for r in g]
    dim = len(names)
    assert all(len(r) == dim for r in rows), f"rows do not match the {dim} feature names"
    mean = [sum(r[k] for r in rows) / len(rows) for k in range(dim)]
    scale = [math.sqrt(sum((r[k] - mean[k]) ** 2 for r in rows) / len(rows)) or 1.0 for k in range(dim)]
    data = [([[(r[k] - mean[k]) / scale[k] for k in range(dim)] for r in g], y) for g, y in groups if any(y)]
    w = [0.0] * dim
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for epoch in range(CHOICE_EPOCHS):
        rng.shuffle(order)
        lr = CHOICE_LEARNING_RATE / (1 + epoch)
        for gi in order:
            xs, ys = data[gi]
            zs = [sum(wk * xk for wk, xk in zip(w, x, strict=True)) for x in xs]
            top = max(zs)
            es = [math.exp(z - top) for z in zs]
            total = sum(es)
            grad = [0.0] * dim
            for x, e, y in zip(xs, es, ys, strict=True):
                g = e / total - y
                if abs(g) > 1e-6:
                    for k in range(dim):
                        grad[k] += g * x[k]
            w = [wk - lr * (gk + L2 * wk) for wk, gk in zip(w, grad, strict=True)]
    return {"names": list(names), "weights": [round(v, 5) for v in w], "bias": 0.0,
            "mean": [round(v, 6) for v in mean], "scale": [round(v, 6) for v in scale]}


def load(corpus: Path) -> list[tuple[str, dict[str, Any]]]:
    docs = []
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        text_path = corpus / "input" / (gold_path.stem + ".txt")
        if text_path.exists():
            docs.append((text_path.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8"))))
    return docs


def accuracy(model: Logistic, rows: list[list[float]], labels: list[int]) -> float:
    return sum((model.probability(r) >= 0.5) == bool(y) for r, y in zip(rows, labels, strict=True)) / len(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=REPO / "sitegen" / "clean" / "weights.json")
    args = ap.parse_args()
    docs = load(args.corpus)
    pages = []
    for text, gold in docs:
        lines = segment(text)
        if not lines:
            continue
        body = fold(gold.get("body") or "")
        body_lines = {fold(x) for x in (gold.get("body") or "").split("\n") if x.strip()}
        content = [int(ln.key in body_lines or (len(ln.key) >= SUBSTRING_MIN_CHARS and ln.key in body))
                   for ln in lines]
        heads = {fold(h) for h in gold.get("headings") or []}
        pages.append((lines, F.page_context(lines, -1), content, heads, fold(gold.get("title") or "")))
    print(f"{len(pages)} pages", file=sys.stderr)

    # 1. line, without the title
    rows, labels = [], []
    for lines, ctx, content, _, title in pages:
        rows += F.line_vectors(ctx)
        labels += [0 if ln.key == title else y for ln, y in zip(lines, content, strict=True)]
    line_spec = fit(rows, labels, F.LINE_NAMES)
    line_model = Logistic.from_json(line_spec)
    print(f"line: accuracy {accuracy(line_model, rows, labels):.3f} on {len(rows)} lines", file=sys.stderr)
    first = [[line_model.probability(v) for v in F.line_vectors(ctx)] for _, ctx, _, _, _ in pages]

    # 2. title
    groups = []
    for (lines, ctx, _, _, title), probs in zip(pages, first, strict=True):
        cands = F.title_candidates(lines)
        hits = [int(lines[i].key == title) for i in cands]
        if any(hits):  # a title seen twice: either copy is right
            groups.append((F.title_vectors(lines, ctx, probs, cands), [h / sum(hits) for h in hits]))
    title_spec = fit_choice(groups, F.TITLE_NAMES)
    title_model = Logistic.from_json(title_spec)
    for (lines, ctx, _, _, _), probs in zip(pages, first, strict=True):
        cands = F.title_candidates(lines)
        scores = [title_model.probability(v) for v in F.title_vectors(lines, ctx, probs, cands)]
        ctx.title_index = cands[max(range(len(cands)), key=scores.__getitem__)] if cands else -1
    hits = sum(ctx.title_index >= 0 and lines[ctx.title_index].key == t for lines, ctx, _, _, t in pages)
    print(f"title: {hits}/{len(pages)} right on the training pages", file=sys.stderr)

    # 3. revision
    rows, labels = [], []
    for (_lines, ctx, content, _, _), probs in zip(pages, first, strict=True):
        rows += F.revision_vectors(ctx, probs)
        labels += [0 if i == ctx.title_index else y for i, y in enumerate(content)]
    rev_spec = fit(rows, labels, F.REVISION_NAMES)
    rev_model = Logistic.from_json(rev_spec)
    print(f"revision: accuracy {accuracy(rev_model, rows, labels):.3f}", file=sys.stderr)

    # 4. heading, among content lines
    rows, labels = [], []
    for (lines, ctx, content, heads, _), probs in zip(pages, first, strict=True):
        second = [rev_model.probability(v) for v in F.revision_vectors(ctx, probs)]
        idx = [i for i, y in enumerate(content) if y]
        rows += F.heading_vectors(ctx, second, idx)
        labels += [int(lines[i].key in heads) for i in idx]
    head_spec = fit(rows, labels, F.HEADING_NAMES)
    print(f"heading: accuracy {accuracy(Logistic.from_json(head_spec), rows, labels):.3f} "
          f"on {len(rows)} lines, {sum(labels)} headings", file=sys.stderr)

    out = {"trained_on": args.corpus.name, "pages": len(pages),
           "models": {"title": title_spec, "line": line_spec, "revision": rev_spec, "heading": head_spec}}
    args.out.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
