"""Atomic and deterministic builds, tested for real: builds killed with
SIGKILL, and builds under other hash seeds, locales, time zones and
directory orders."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO, run_sitegen, write_files
from tests.engine_helpers import md_doc, text_doc, tree

KILL_DELAYS = (0.1, 0.5, 1.0, 2.0)
DOCS = 300


def make_content(folder: Path, version: str) -> None:
    files: dict[str, str | bytes] = {}
    for i in range(DOCS):
        if i % 3:
            files[f"d{i:03d}.md"] = md_doc(f"Doc {i} {version}", f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}",
                                           f"Body of {i} in version {version}.")
        else:
            files[f"t/{i:03d}.txt"] = text_doc(f"Story {i} of version {version}", day=1 + i % 9)
    files["pic.bin"] = version.encode() * 100
    write_files(folder, files)


def sitegen_cmd(content: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "sitegen", "build", "--content", str(content), "--out", str(out), "-q", *extra]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": "1735689600"}


def full_build(content: Path, out: Path, cwd: Path) -> dict[str, bytes]:
    proc = subprocess.run(sitegen_cmd(content, out, "--no-cache"), cwd=cwd, env=env(), capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return tree(out)


def test_a_killed_build_leaves_the_old_output_and_the_next_build_succeeds(tmp_path: Path) -> None:
    versions = {"A": tmp_path / "contentA", "B": tmp_path / "contentB"}
    for name, folder in versions.items():
        make_content(folder, name)
    expected = {name: full_build(folder, tmp_path / f"ref{name}", tmp_path) for name, folder in versions.items()}
    assert expected["A"] != expected["B"]
    out = tmp_path / "site"
    live = "A"
    full_build(versions["A"], out, tmp_path)
    outcomes = []
    for n, delay in enumerate(KILL_DELAYS):
        target = "B" if live == "A" else "A"
        extra = ("--no-cache",) if n % 2 else ("--cache-dir", str(tmp_path / "cache"))
        proc = subprocess.Popen(sitegen_cmd(versions[target], out, *extra), cwd=tmp_path, env=env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers
        proc.wait()
        now = tree(out)
        assert now in (expected[live], expected[target]), f"output is neither old nor new after {delay}s"
        outcomes.append("new" if now == expected[target] else "old")
        proc2 = subprocess.run(sitegen_cmd(versions[target], out, *extra), cwd=tmp_path, env=env(),
                               capture_output=True, text=True, timeout=600)
        assert proc2.returncode == 0, proc2.stderr
        assert tree(out) == expected[target]
        live = target
    assert "old" in outcomes, outcomes  # at least one kill landed mid-build


def _same_site(root: Path, order: list[int]) -> Path:
    """The same sources, created in the given order."""
    content = root / "content"
    content.mkdir(parents=True)
    names: list[tuple[str, str]] = []
    for i in range(12):
        names.append((f"n{i:02d}.md", md_doc(f"Ünïcode note {i} ✓", f"2022-0{1 + i % 9}-1{i % 9}")))
        names.append((f"sub/s{i:02d}.txt", text_doc(f"Story {i} with «quotes» and ß", day=1 + i % 9)))
    for i in order:
        rel, text = names[i]
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text(text, encoding="utf-8")
    return content


def test_same_sources_give_the_same_bytes_under_any_environment(tmp_path: Path) -> None:
    order = list(range(24))
    runs = []
    for n, extra_env in enumerate([
        {"PYTHONHASHSEED": "1", "LC_ALL": "C", "TZ": "UTC"},
        {"PYTHONHASHSEED": "4242", "LC_ALL": "C.UTF-8", "TZ": "America/Los_Angeles"},
        {"PYTHONHASHSEED": "random", "LC_ALL": "POSIX", "TZ": "Asia/Kolkata"},
    ]):
        random.Random(n).shuffle(order)
        root = tmp_path / f"run{n}"
        content = _same_site(root, list(order) if n else list(reversed(order)))
        proc = run_sitegen("build", "--content", content, "--out", root / "site", "--cache-dir", root / "cache",
                           cwd=root, env=extra_env)
        assert proc.returncode == 0, proc.stderr
        site = root / "site"
        runs.append({p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()})
        shutil.rmtree(root / "cache")
    assert runs[0] == runs[1] == runs[2]
    assert len(runs[0]) > 24
