"""Quality gate: the cleaner's scores on the shared corpora may rise, never silently fall.

Builds each corpus with the real CLI and scores the site with the shared
scorer (../shared/eval/score_articles.py). Raise the floors as the cleaner improves.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import REPO, run_sitegen

# The floors of each corpus, a little under what was measured (scorer of shared/eval):
# articles (85 pages) measured body F1 / P / R 0.985 / 0.984 / 0.986, title 0.965, heading precision 0.813,
# recall 0.906; wcxb-dev (788 pages from 700+ sites) measured 0.934 / 0.930 / 0.938, title 0.824, heading
# precision 0.746, recall 0.841.
FLOORS: dict[str, dict[str, float]] = {
    "articles": {"f1": 0.984, "precision": 0.983, "recall": 0.985, "title_acc": 0.96, "heading_p": 0.81,
                 "heading_r": 0.90},
    "wcxb-dev": {"f1": 0.933, "precision": 0.929, "recall": 0.937, "title_acc": 0.82, "heading_p": 0.745,
                 "heading_r": 0.84},
}

# shared/ sits beside the checkout (CI), or beside the folder holding the worktrees.
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "corpus").is_dir()), REPO.parent / "shared")


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_articles", SHARED / "eval" / "score_articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """(corpus name, the scorer's summary of its built site)."""
    corpus = SHARED / "corpus" / request.param
    if not (corpus / "input").is_dir():
        pytest.skip(f"corpus not found: {corpus}")
    site = tmp_path_factory.mktemp(request.param) / "site"
    proc = run_sitegen("build", "--content", corpus / "input", "--out", site, "-q", timeout=900)
    assert proc.returncode == 0, proc.stderr
    scorer = load_scorer()
    return request.param, scorer.summarize(scorer.score(corpus / "gold", scorer.site_pages(site)))


def test_every_document_is_built_and_has_a_body(scored: tuple[str, dict[str, Any]]) -> None:
    _, scores = scored
    assert scores["missing"] == 0
    assert scores["empty_body"] == 0
    assert scores["flagged_no_article"] == 0


@pytest.mark.parametrize("metric", ["f1", "precision", "recall", "title_acc", "heading_p", "heading_r"])
def test_scores_hold_their_floors(scored: tuple[str, dict[str, Any]], metric: str) -> None:
    corpus, scores = scored
    assert scores[metric] >= FLOORS[corpus][metric], (corpus, metric, scores)
