"""Quality gate: the cleaner's scores on ../shared/corpus/articles may rise, never silently fall.

Builds the corpus with the real CLI and scores the site with the shared
scorer (../shared/eval/score_articles.py). Raise the floors as the cleaner improves.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import REPO, run_sitegen

# Measured at 0.951 / 0.948 / 0.955, title 0.824, heading recall 0.456 (scorer of shared/eval).
BODY_F1_FLOOR = 0.94
BODY_PRECISION_FLOOR = 0.94
BODY_RECALL_FLOOR = 0.945
TITLE_ACCURACY_FLOOR = 0.82
HEADING_RECALL_FLOOR = 0.45

# shared/ sits beside the checkout (CI), or beside the folder holding the worktrees.
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "corpus").is_dir()), REPO.parent / "shared")
ARTICLES = SHARED / "corpus" / "articles"


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_articles", SHARED / "eval" / "score_articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not (ARTICLES / "input").is_dir():
        pytest.skip(f"corpus not found: {ARTICLES}")
    site = tmp_path_factory.mktemp("articles") / "site"
    proc = run_sitegen("build", "--content", ARTICLES / "input", "--out", site, "-q", timeout=600)
    assert proc.returncode == 0, proc.stderr
    scorer = load_scorer()
    summary: dict[str, Any] = scorer.summarize(scorer.score(ARTICLES / "gold", scorer.site_pages(site)))
    return summary


def test_every_document_is_built_and_has_a_body(scores: dict[str, Any]) -> None:
    assert scores["missing"] == 0
    assert scores["empty_body"] == 0
    assert scores["flagged_no_article"] == 0


def test_body_scores_hold_their_floors(scores: dict[str, Any]) -> None:
    assert scores["f1"] >= BODY_F1_FLOOR, scores
    assert scores["precision"] >= BODY_PRECISION_FLOOR, scores
    assert scores["recall"] >= BODY_RECALL_FLOOR, scores


def test_title_accuracy_holds_its_floor(scores: dict[str, Any]) -> None:
    assert scores["title_acc"] >= TITLE_ACCURACY_FLOOR, scores


def test_heading_recall_holds_its_floor(scores: dict[str, Any]) -> None:
    assert scores["heading_r"] >= HEADING_RECALL_FLOOR, scores
