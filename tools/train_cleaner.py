#!/usr/bin/env python3
"""Train the cleaner's models on a corpus of text dumps with gold (wcxb-dev).

    python tools/train_cleaner.py [--corpus ../shared/corpus/wcxb-dev] [--out sitegen/clean/weights.json]
                                  [--only title|heading]

Each dump line is labelled by matching it against the gold: content when the
line is a line of the gold body (or, when long, a part of it), the title when
it equals the gold title, a heading when it equals a gold heading. Four
logistic regressions are fitted in the order the cleaner runs them (line,
title, revision, heading), each on the features the cleaner computes and
solved to convergence (numpy, `pip install -e '.[train]'`): the output is
the same on every run. Each stage after the first learns from the scores
the stage before gives pages it was not fitted on (out of fold). The title
model chooses among the candidates the cleaner offers it
(`rules.headline_candidates`); its accuracy on pages it was not fitted on
is printed too. `--only title` (or `heading`) refits that model alone and
keeps the other models of the weights file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import features as F  # noqa: E402
from sitegen.clean.learned import Logistic  # noqa: E402
from sitegen.clean.lines import fold, segment  # noqa: E402
from sitegen.clean.rules import HEADING_MAX_WORDS, REVISIONS, TITLE_NAMES, heading_next, headline_candidates, title_rows  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
# shared/ sits beside the checkout (or beside the folder of worktrees)
DEFAULT_CORPUS = next((p / "shared" / "corpus" / "wcxb-dev" for p in REPO.parents if (p / "shared").is_dir()),
                      REPO.parent / "shared" / "corpus" / "wcxb-dev")
SUBSTRING_MIN_CHARS = 40  # a dump line this long counts as content when the gold body contains it
NEWTON_STEPS = 50
CHOICE_L2 = 1e-3  # per page: the choice model sees few examples
L2 = 1e-5
FOLDS = 4  # pages are split by position: page i is in fold i % FOLDS


def _standardise(rows: list[list[float]], dim: int) -> tuple[Any, Any, Any]:
    x = np.asarray(rows, dtype=float).reshape(-1, dim)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    return (x - mean) / scale, mean, scale


def _spec(names: tuple[str, ...], w: Any, b: float, mean: Any, scale: Any) -> dict[str, Any]:
    return {"names": list(names), "weights": [round(float(v), 5) for v in w], "bias": round(float(b), 5),
            "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale]}


def fit(rows: list[list[float]], labels: list[int], names: tuple[str, ...]) -> dict[str, Any]:
    """L2-regularised logistic regression on standardised features, solved
    to convergence by Newton's method (the same result on every run)."""
    dim = len(names)
    assert all(len(r) == dim for r in rows), f"rows do not match the {dim} feature names"
    x, mean, scale = _standardise(rows, dim)
    x1 = np.hstack([x, np.ones((len(x), 1))])
    y = np.asarray(labels, dtype=float)
    w = np.zeros(dim + 1)
    ridge = L2 * len(x) * np.eye(dim + 1)
    ridge[dim, dim] = 0.0  # the bias is not shrunk
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x1 @ w, -30, 30)))
        grad = x1.T @ (p - y) + ridge @ w
        hess = (x1 * (p * (1 - p))[:, None]).T @ x1 + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return _spec(names, w[:dim], w[dim], mean, scale)


def fit_choice(groups: list[tuple[list[list[float]], list[float]]], names: tuple[str, ...]) -> dict[str, Any]:
    """Conditional logit: in each group (one page's candidates) one row is
    right; the softmax over each group's scores, solved by Newton's method
    with a backtracking line search."""
    dim = len(names)
    groups = [(g, y) for g, y in groups if any(y)]
    x, mean, scale = _standardise([r for g, _ in groups for r in g], dim)
    y = np.asarray([v for _, ys in groups for v in ys], dtype=float)
    owner = np.repeat(np.arange(len(groups)), [len(g) for g, _ in groups])
    n = len(groups)

    def probabilities(w: Any) -> tuple[float, Any]:
        z = x @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, owner, z)
        e = np.exp(z - top[owner])
        total = np.zeros(n)
        np.add.at(total, owner, e)
        p = e / total[owner]
        loss = -float(y @ np.log(np.maximum(p, 1e-300))) / n + CHOICE_L2 / 2 * float(w @ w)
        return loss, p

    w = np.zeros(dim)
    loss, p = probabilities(w)
    for _ in range(NEWTON_STEPS):
        grad = x.T @ (p - y) / n + CHOICE_L2 * w
        means = np.zeros((n, dim))
        np.add.at(means, owner, x * p[:, None])
        hess = ((x * p[:, None]).T @ x - means.T @ means) / n + CHOICE_L2 * np.eye(dim)
        step = np.linalg.solve(hess, grad)
        shrink = 1.0
        while shrink > 1e-6:
            new_loss, new_p = probabilities(w - shrink * step)
            if new_loss <= loss:
                break
            shrink /= 2
        else:
            break
        w, loss, p = w - shrink * step, new_loss, new_p
        if np.abs(shrink * step).max() < 1e-8:
            break
    return _spec(names, w, 0.0, mean, scale)


def out_of_fold(rows: list[list[list[float]]], labels: list[list[int]],
                names: tuple[str, ...]) -> tuple[dict[str, Any], list[list[float]]]:
    """A model fitted on all pages, and each page's scores from a model that
    did not see it (so the next stage learns from scores as they are on new pages)."""
    scores: list[list[float]] = [[] for _ in rows]
    for fold_no in range(FOLDS):
        train = [i for i in range(len(rows)) if i % FOLDS != fold_no]
        model = Logistic.from_json(fit([r for i in train for r in rows[i]], [y for i in train for y in labels[i]],
                                       names))
        for i in range(fold_no, len(rows), FOLDS):
            scores[i] = [model.probability(r) for r in rows[i]]
    return fit([r for page in rows for r in page], [y for page in labels for y in page], names), scores


def title_out_of_fold(groups: list[tuple[list[list[float]], list[float]]]) -> int:
    """Pages whose title a choice model fitted on the other folds ranks first."""
    right = 0
    for fold_no in range(FOLDS):
        model = Logistic.from_json(fit_choice([g for i, g in enumerate(groups) if i % FOLDS != fold_no], TITLE_NAMES))
        for rows, hits in groups[fold_no::FOLDS]:
            scores = model.scores(rows)
            right += hits[max(range(len(rows)), key=scores.__getitem__)] > 0
    return right


def _keep_others(path: Path, name: str, spec: dict[str, Any]) -> int:
    """Write `spec` as model `name` into the weights file at `path`, its other models kept."""
    kept = json.loads(path.read_text(encoding="utf-8"))
    kept["models"][name] = spec
    path.write_text(json.dumps(kept, indent=0) + "\n", encoding="utf-8")
    return 0


def load(corpus: Path) -> list[tuple[str, dict[str, Any]]]:
    docs = []
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        text_path = corpus / "input" / (gold_path.stem + ".txt")
        if text_path.exists():
            docs.append((text_path.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8"))))
    return docs


def accuracy(scores: list[list[float]], labels: list[list[int]]) -> float:
    pairs = [(p, y) for ps, ys in zip(scores, labels, strict=True) for p, y in zip(ps, ys, strict=True)]
    return sum((p >= 0.5) == bool(y) for p, y in pairs) / len(pairs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=REPO / "sitegen" / "clean" / "weights.json")
    ap.add_argument("--only", choices=("title", "heading"),
                    help="refit this model alone; the other models are kept as --out holds them")
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
    rows = [F.line_vectors(ctx) for _, ctx, _, _, _ in pages]
    labels = [[0 if ln.key == title else y for ln, y in zip(lines, content, strict=True)]
              for lines, _, content, _, title in pages]
    line_spec, first = out_of_fold(rows, labels, F.LINE_NAMES)
    print(f"line: accuracy {accuracy(first, labels):.3f} out of fold on {sum(map(len, rows))} lines",
          file=sys.stderr)

    # 2. title
    groups = []
    for (lines, ctx, _, _, title), probs in zip(pages, first, strict=True):
        cands = headline_candidates(lines, F.best_run(probs, [ln.words for ln in lines]))
        hits = [int(lines[i].key == title) for i in cands]
        if any(hits):  # a title seen twice: either copy is right
            groups.append((title_rows(lines, ctx, probs, cands), [h / sum(hits) for h in hits]))
    title_spec = fit_choice(groups, TITLE_NAMES)
    print(f"title: {title_out_of_fold(groups)}/{len(pages)} right out of fold", file=sys.stderr)
    title_model = Logistic.from_json(title_spec)
    for (lines, ctx, _, _, _), probs in zip(pages, first, strict=True):
        cands = headline_candidates(lines, F.best_run(probs, [ln.words for ln in lines]))
        scores = [title_model.score(v) for v in title_rows(lines, ctx, probs, cands)]
        ctx.title_index = cands[max(range(len(cands)), key=scores.__getitem__)] if cands else -1
    hits = sum(ctx.title_index >= 0 and lines[ctx.title_index].key == t for lines, ctx, _, _, t in pages)
    print(f"title: {hits}/{len(pages)} right on the training pages", file=sys.stderr)
    if args.only == "title":
        return _keep_others(args.out, "title", title_spec)

    # 3. revisions, each re-reading the scores of the stage before
    labels = [[0 if i == ctx.title_index else y for i, y in enumerate(content)] for _, ctx, content, _, _ in pages]
    second, revisions = first, {}
    for stage in REVISIONS:
        rows = [F.revision_vectors(ctx, probs) for (_, ctx, _, _, _), probs in zip(pages, second, strict=True)]
        revisions[stage], second = out_of_fold(rows, labels, F.REVISION_NAMES)
        print(f"{stage}: accuracy {accuracy(second, labels):.3f} out of fold", file=sys.stderr)

    # 4. heading, among the content lines short enough to be one (the lines the cleaner offers it)
    rows_flat, labels_flat = [], []
    for (lines, ctx, content, heads, _), probs in zip(pages, second, strict=True):
        text = [i for i, y in enumerate(content) if y]
        idx = [i for i in text if lines[i].words <= HEADING_MAX_WORDS]
        short = len(idx) / len(text) if text else 0.0
        rows_flat += F.heading_vectors(ctx, probs, idx, [ln.text for ln in lines], short,
                                       [heading_next(lines, i) for i in idx])
        seen: set[str] = set()  # the gold lists a heading once: its later copies are no headings
        for i in idx:
            labels_flat.append(int(lines[i].key in heads and lines[i].key not in seen))
            seen.add(lines[i].key)
    head_spec = fit(rows_flat, labels_flat, F.HEADING_NAMES)
    head_model = Logistic.from_json(head_spec)
    print(f"heading: accuracy {accuracy([[head_model.probability(r) for r in rows_flat]], [labels_flat]):.3f} "
          f"on {len(rows_flat)} lines, {sum(labels_flat)} headings", file=sys.stderr)

    if args.only == "heading":
        return _keep_others(args.out, "heading", head_spec)
    out = {"trained_on": args.corpus.name, "pages": len(pages),
           "models": {"title": title_spec, "line": line_spec, **revisions, "heading": head_spec}}
    args.out.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
