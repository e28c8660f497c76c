"""`sitegen inspect` and `sitegen build --report`: the cleaner explains every line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import SEED, documents, run_sitegen


def seed_lines() -> list[str]:
    return [" ".join(x.split()) for x in SEED.read_text(encoding="utf-8").split("\n") if x.strip()]


def test_inspect_prints_every_input_line_with_label_and_rule(tmp_path: Path) -> None:
    proc = run_sitegen("inspect", SEED, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = proc.stdout.splitlines()
    assert len(rows) == len(seed_lines())
    assert any(" title " in r for r in rows)
    assert any("ui_control" in r and r.rstrip().endswith("Back") for r in rows)


def test_inspect_json_gives_every_line(tmp_path: Path) -> None:
    proc = run_sitegen("inspect", SEED, "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["title"].startswith("Xi, Putin hold first in-person talks")
    assert [r["text"] for r in data["lines"]] == seed_lines()
    assert all(r["label"] and r["rule"] and r["line"] > 0 for r in data["lines"])


def test_inspect_names_a_missing_file(tmp_path: Path) -> None:
    proc = run_sitegen("inspect", tmp_path / "nope.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert "nope.txt" in proc.stderr


def test_build_report_writes_the_reading_beside_each_text_page(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "news").mkdir(parents=True)
    shutil.copy(SEED, content / "news" / "seed.txt")
    (content / "note.md").write_text("# A note\n\nText.\n", encoding="utf-8")
    site = tmp_path / "site"
    proc = run_sitegen("build", "--content", content, "--out", site, "--report", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = site / "news" / "seed" / "report.txt"
    rows = report.read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(seed_lines())
    assert not (site / "note" / "report.txt").exists()
    assert {d["source"] for d in documents(site)} == {"news/seed.txt", "note.md"}
    # Without the flag the reports are pruned like any file the build no longer makes.
    proc = run_sitegen("build", "--content", content, "--out", site, "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert not report.exists()
