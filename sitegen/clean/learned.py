"""Small logistic-regression models over named features, stored as JSON
(`weights.json`, written by `tools/train_cleaner.py` from the wcxb-dev corpus)."""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

WEIGHTS_FILE = Path(__file__).with_name("weights.json")
MIN_LOG_ODDS = -30  # below this, a probability is 0 (and `math.exp` cannot overflow)


@dataclass(frozen=True)
class Logistic:
    """p = sigmoid(bias + sum(weight * (x - mean) / scale)), folded into one affine map."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Logistic:
        names = tuple(data["names"])
        w, mean, scale = data["weights"], data["mean"], data["scale"]
        folded = tuple(wi / si for wi, si in zip(w, scale, strict=True))
        bias = data["bias"] - sum(fi * mi for fi, mi in zip(folded, mean, strict=True))
        return cls(names, folded, bias)

    def score(self, x: list[float]) -> float:
        """The linear score (log-odds): what a choice among candidates compares."""
        if len(x) != len(self.weights):
            raise ValueError(f"{len(x)} features for a model of {len(self.weights)}")
        return float(self.bias + sum(map(operator.mul, self.weights, x)))

    def probability(self, x: list[float]) -> float:
        z = self.score(x)
        if z < MIN_LOG_ODDS:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """`score` of each row, in one pass (the same sums, term by term, in the same order)."""
        size = len(self.weights)
        sizes = set(map(len, rows))
        if sizes - {size}:
            raise ValueError(f"{min(sizes - {size})} features for a model of {size}")
        bias, weights, mul = self.bias, self.weights, operator.mul
        return [bias + sum(map(mul, weights, x)) for x in rows]

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """`probability` of each row, in one pass."""
        exp = math.exp
        return [0.0 if z < MIN_LOG_ODDS else 1.0 / (1.0 + exp(-z)) for z in self.scores(rows)]


@cache
def models() -> dict[str, Logistic]:
    """The trained models by name ("title", "line", "revision", "heading")."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return {name: Logistic.from_json(spec) for name, spec in data["models"].items()}
