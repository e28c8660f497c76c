"""The cache is keyed by sitegen's own code: any change to it (not only the
version string) reads every source again, and old entries are dropped."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import REPO, run_sitegen
from tests.engine_helpers import small_site


def reads(cwd: Path, code: Path, content: Path, out: Path) -> int:
    proc = run_sitegen("build", "--content", content, "--out", out, cwd=cwd, env={"PYTHONPATH": str(code)})
    assert proc.returncode == 0, proc.stderr
    match = re.search(r"\((\d+) read,", proc.stdout)
    assert match, proc.stdout
    return int(match.group(1))


def test_a_change_to_the_code_invalidates_the_cache(tmp_path: Path) -> None:
    code = tmp_path / "code"
    for part in ("sitegen", "templates", "static"):
        shutil.copytree(REPO / part, code / part, ignore=shutil.ignore_patterns("__pycache__"))
    content = tmp_path / "content"
    content.mkdir()
    small_site(content)
    out = tmp_path / "site"
    assert reads(tmp_path, code, content, out) == 8
    assert reads(tmp_path, code, content, out) == 0
    shutil.rmtree(out)  # a cold output, a warm cache: nothing is read again
    assert reads(tmp_path, code, content, out) == 0
    versions = list((tmp_path / ".sitegen-cache" / "docs").iterdir())
    with (code / "sitegen" / "clean" / "rules.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# a change to the cleaner\n")
    assert reads(tmp_path, code, content, out) == 8
    now = list((tmp_path / ".sitegen-cache" / "docs").iterdir())
    assert len(versions) == len(now) == 1 and versions != now, "the old version's entries are gone"
