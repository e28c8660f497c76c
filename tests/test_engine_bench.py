"""The build benchmark runs end to end at a tiny size (sitegen alone unless
Hugo is already installed), so CI keeps it working. It times nothing."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import REPO

PERF = Path("/work/shared/perf")
HUGO_VENV = Path(tempfile.gettempdir()) / "perfpeers" / "venv"


@pytest.mark.skipif(not (PERF / "make_corpus.py").is_file(), reason="the shared perf harness is not on this machine")
def test_benchmark_runs_at_tiny_size(tmp_path: Path) -> None:
    has_hugo = bool(list(HUGO_VENV.glob("lib/python3*/site-packages/hugo/binaries/hugo")))
    cmd = [sys.executable, str(REPO / "bench" / "bench_build.py"), "-n", "20", "--runs", "1",
           "--work", str(tmp_path / "work"), "--venv", str(HUGO_VENV), *([] if has_hugo else ["--no-hugo"])]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for measure in ("cold build (txt)", "cold build (md)", "no-change rebuild (txt)", "edit -> page on disk (md)",
                    "--version start-up", "--help start-up"):
        assert measure in out, out
    assert out.count("identical to a full build") == 2, out
