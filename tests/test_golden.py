"""A whole-site build of a tiny site, compared file by file with golden files.

Regenerate after an intended change with `SITEGEN_REGEN_GOLDEN=1 pytest tests/test_golden.py`
and review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.conftest import run_sitegen

GOLDEN = Path(__file__).parent / "golden" / "tiny"
SKIP_PREFIXES = ("static/", ".")  # theme assets are not under review here; nor is build state


def produced(root: Path) -> dict[str, bytes]:
    files = {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}
    return {rel: p.read_bytes() for rel, p in sorted(files.items()) if not rel.startswith(SKIP_PREFIXES)}


def test_tiny_site_matches_golden_files(tmp_path: Path) -> None:
    out = tmp_path / "site"
    proc = run_sitegen("build", "--content", GOLDEN / "content", "--out", out, "-q", cwd=tmp_path,
                       env={"SOURCE_DATE_EPOCH": "1735689600"})
    assert proc.returncode == 0, proc.stderr
    got = produced(out)
    expected_dir = GOLDEN / "expected"
    if os.environ.get("SITEGEN_REGEN_GOLDEN"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        for rel, data in got.items():
            (expected_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / rel).write_bytes(data)
    want = produced(expected_dir)
    assert sorted(got) == sorted(want)
    for rel in want:
        assert got[rel] == want[rel], f"{rel} differs from its golden file"
