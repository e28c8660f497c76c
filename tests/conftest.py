"""Shared test helpers: run the real CLI in a subprocess, build small sites."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "content" / "000_413b558a031f2e5a.txt"
SEED_EXPECTED = Path(__file__).parent / "fixtures" / "seed.expected.json"


def run_sitegen(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
                timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -m sitegen ARGS` from this checkout, as a user would."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "sitegen", *map(str, args)], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create `files` (relative path -> content) under `root`."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def documents(site: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((site / "documents.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def site_dirs(tmp_path: Path) -> tuple[Path, Path]:
    """An empty content folder and a not-yet-existing output folder."""
    content = tmp_path / "content"
    content.mkdir()
    return content, tmp_path / "out"
