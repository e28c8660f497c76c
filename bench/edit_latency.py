#!/usr/bin/env python3
"""Edit-to-served latency of `sitegen serve` (a benchmark, not a test).

For each corpus size N: make the deterministic corpus with the shared perf
harness (`make_corpus.py`), copy it into a site folder, start
`sitegen serve` from this checkout, then let the harness's
`edit_latency.py` rewrite `doc-000001` ITERATIONS times and poll
`http://127.0.0.1:{port}/doc-000001/` until each edit is served. Prints
median and p95 per N (milliseconds), and the first edit's latency (the
first after the server started, which pays for anything left cold), and
writes the harness's JSON.

    bench/edit_latency.py [--n 1000 10000] [--format md|txt] [--iterations 10] [--fresh]
                          [--work DIR] [--perf DIR] [--edit append|inline] [--ops ROUNDS]

With `--ops ROUNDS`, it measures adds, deletes and renames instead (see
`measure_ops`).

Text dumps are edited inside their body (`--edit inline`, by this script's
own loop, polling the same way): the cleaner reads a paragraph appended
after a dump's closing boilerplate as boilerplate, so the harness's edit
would never show.

The harness lives in /work/shared/perf (or $SITEGEN_PERF, or --perf). Only
127.0.0.1 is used; the server is killed by its process group at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench_build import probe  # the same edit as the build benchmark's (this folder is on sys.path)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PERF = Path(os.environ.get("SITEGEN_PERF", "/work/shared/perf"))
PROBE_STEM = "doc-000001"
HUGO_P95_MS = {1000: 208, 10000: 707}  # the harness README's measurements on this machine
TARGET_P95_MS = 100
REBUILT = re.compile(r"^rebuilt after .* in (\d+) ms$")
POLL_S = 0.005  # inline edits: how often the page is fetched
SETTLE_S = 1.0  # inline edits: the pause after the server is ready and after each edit
EDIT_TIMEOUT_S = 60.0


def make_site(perf: Path, work: Path, n: int, fmt: str, fresh: bool) -> Path:
    """A site folder with a copy of corpus N (the corpus itself is kept; so is
    the site, with its output and cache, unless `fresh`)."""
    corpus = work / f"corpus-{fmt}-{n}"
    if not (corpus / f"{PROBE_STEM}.{fmt}").is_file():
        subprocess.run([sys.executable, str(perf / "make_corpus.py"), str(n), str(corpus), "--format", fmt],
                       check=True)
    site = work / f"site-{fmt}-{n}"
    if site.exists() and not fresh:
        return site
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(corpus, site / "content")
    return site


def rebuild_times(log: Path) -> list[float]:
    """The rebuild times (ms) `sitegen serve` printed, in order."""
    if not log.is_file():
        return []
    found = (REBUILT.search(line) for line in log.read_text(encoding="utf-8", errors="replace").splitlines())
    return [float(m.group(1)) for m in found if m]


def measure(perf: Path, site: Path, n: int, fmt: str, iterations: int, ready_timeout: float) -> dict[str, object]:
    result_file, log = site / "latency.json", site / "serve.log"
    serve = (f"{sys.executable} -m sitegen serve --content {site / 'content'} --out {site / 'out'} "
             "--port {port}")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, str(perf / "edit_latency.py"), "--cmd", serve,
                    "--url", f"http://127.0.0.1:{{port}}/{PROBE_STEM}/",
                    "--source", str(site / "content" / f"{PROBE_STEM}.{fmt}"),
                    "--iterations", str(iterations), "--cwd", str(site), "--json", str(result_file), "--log", str(log),
                    "--ready-timeout", str(ready_timeout),
                    "--name", f"sitegen-{fmt}-{n}"], env=env, check=False)
    if not result_file.is_file():
        return {"n": n, "error": "no result (see the harness log)"}
    data: dict[str, object] = json.loads(result_file.read_text(encoding="utf-8"))
    data["n"] = n
    latencies = [float(x) for x in data.get("latencies_ms", [])]  # type: ignore[attr-defined]
    builds = rebuild_times(log)
    builds = builds[:len(latencies)] if len(builds) == len(latencies) + 1 else builds  # +1: the harness's restore
    if latencies and len(builds) == len(latencies):
        # what watching, debouncing and serving add on top of the rebuild itself
        data["overhead_median_ms"] = round(statistics.median(a - b for a, b in zip(latencies, builds, strict=True)), 1)
        data["rebuild_median_ms"] = round(statistics.median(builds), 1)
    return data


def fetch(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=2.0) as response:
            return bytes(response.read()) if response.status == 200 else None
    except (OSError, ValueError):
        return None


def percentile(values: list[float], pct: float) -> float:
    """Linear interpolation between closest ranks (as the harness computes it)."""
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def measure_inline(site: Path, n: int, fmt: str, iterations: int, ready_timeout: float) -> dict[str, object]:
    """Like the harness, but each edit goes inside the body (`probe`): start
    `sitegen serve`, then per edit, write the source and poll the page until
    it shows the edit."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    source = site / "content" / f"{PROBE_STEM}.{fmt}"
    original = source.read_bytes()
    log = site / "serve.log"
    url = f"http://127.0.0.1:{port}/{PROBE_STEM}/"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    latencies: list[float] = []
    timeouts = 0
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, "-m", "sitegen", "serve", "--content", str(site / "content"),
                                   "--out", str(site / "out"), "--port", str(port)], cwd=site, env=env, stdout=out,
                                  stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + ready_timeout
        while fetch(url) is None:
            if time.monotonic() > deadline or server.poll() is not None:
                return {"n": n, "error": "the server never served the probe page (see serve.log)"}
            time.sleep(0.2)
        time.sleep(SETTLE_S)
        for i in range(iterations):
            token = f"zqxinlinetoken{i:03d}{os.getpid()}"
            started = time.perf_counter()
            source.write_bytes(probe(original, token))
            while token.encode() not in (fetch(url) or b""):
                if time.perf_counter() - started > EDIT_TIMEOUT_S:
                    timeouts += 1
                    break
                time.sleep(POLL_S)
            else:
                latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(SETTLE_S)
    finally:
        source.write_bytes(original)
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    data: dict[str, object] = {"n": n, "timeouts": timeouts, "latencies_ms": [round(x, 1) for x in latencies]}
    if latencies:
        data["median_ms"] = round(statistics.median(latencies), 1)
        data["p95_ms"] = round(percentile(latencies, 95), 1)
        builds = rebuild_times(log)[:len(latencies)]
        if len(builds) == len(latencies):
            data["overhead_median_ms"] = round(statistics.median(
                a - b for a, b in zip(latencies, builds, strict=True)), 1)
            data["rebuild_median_ms"] = round(statistics.median(builds), 1)
    return data


RENAMED_STEM = "doc-000002"  # the document `--ops` renames (and renames back)


OPS_FETCH_TIMEOUT_S = 120.0  # a request waits while a build runs: a slow one is not a missing page


def answer(url: str) -> tuple[int, bytes]:
    """(HTTP status, body) of `url`; (0, b"") when it cannot be fetched."""
    try:
        with urllib.request.urlopen(url, timeout=OPS_FETCH_TIMEOUT_S) as response:
            return int(response.status), bytes(response.read())
    except urllib.error.HTTPError as exc:
        return int(exc.code), b""
    except (OSError, ValueError):
        return 0, b""


def holds(token: bytes, got: tuple[int, bytes]) -> bool:
    return got[0] == 200 and token in got[1]


def is_gone(got: tuple[int, bytes]) -> bool:
    return got[0] == 404


def is_served(got: tuple[int, bytes]) -> bool:
    return got[0] == 200


def measure_ops(site: Path, n: int, fmt: str, rounds: int, ready_timeout: float) -> dict[str, object]:
    """Add, delete and rename latency: start `sitegen serve`, then per round
    add a document (a copy of the probe's, at a new URL, with a token) and
    poll its page until served; delete it and poll until its page is gone;
    rename another document and back, polling until each name is served (a
    Markdown document keeps its URL, its front matter's slug: then until the
    served documents.json names the new source)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    content = site / "content"
    original = (content / f"{PROBE_STEM}.{fmt}").read_bytes()
    base = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    times: dict[str, list[float]] = {"add": [], "delete": [], "rename": []}
    timeouts = 0

    def timed(kind: str, change: Callable[[], object], url: str, done: Callable[[tuple[int, bytes]], bool]) -> None:
        nonlocal timeouts
        started = time.perf_counter()
        change()
        while not done(answer(url)):
            if time.perf_counter() - started > EDIT_TIMEOUT_S:
                timeouts += 1
                return
            time.sleep(POLL_S)
        times[kind].append((time.perf_counter() - started) * 1000)
        time.sleep(SETTLE_S)

    log = site / "serve-ops.log"
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, "-m", "sitegen", "serve", "--content", str(content),
                                   "--out", str(site / "out"), "--port", str(port)], cwd=site, env=env, stdout=out,
                                  stderr=subprocess.STDOUT, start_new_session=True)
    renamed = content / f"{RENAMED_STEM}.{fmt}"
    moved: Path | None = None
    added: Path | None = None
    try:
        deadline = time.monotonic() + ready_timeout
        while fetch(f"{base}{PROBE_STEM}/") is None:
            if time.monotonic() > deadline or server.poll() is not None:
                return {"n": n, "error": "the server never served the probe page (see serve-ops.log)"}
            time.sleep(0.2)
        time.sleep(SETTLE_S)
        for i in range(rounds):
            stem, token = f"zz-added-{i:02d}", f"zqxaddedtoken{i:03d}{os.getpid()}".encode()
            text = probe(original, token.decode()).replace(f"slug: {PROBE_STEM}".encode(), f"slug: {stem}".encode())
            added = content / f"{stem}.{fmt}"
            timed("add", partial(added.write_bytes, text), f"{base}{stem}/", partial(holds, token))
            timed("delete", added.unlink, f"{base}{stem}/", is_gone)
            added = None
            moved = content / f"zz-renamed-{i:02d}.{fmt}"
            if fmt == "md":
                listed = f"{base}documents.json"
                timed("rename", partial(renamed.rename, moved), listed,
                      partial(holds, f'"source": "{moved.name}"'.encode()))
                timed("rename", partial(moved.rename, renamed), listed,
                      partial(holds, f'"source": "{renamed.name}"'.encode()))
            else:
                timed("rename", partial(renamed.rename, moved), f"{base}{moved.stem}/", is_served)
                timed("rename", partial(moved.rename, renamed), f"{base}{RENAMED_STEM}/", is_served)
            moved = None
    finally:
        if moved is not None and moved.exists():
            moved.rename(renamed)
        if added is not None:
            added.unlink(missing_ok=True)
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    data: dict[str, object] = {"n": n, "timeouts": timeouts}
    for kind, values in times.items():
        if values:
            data[f"{kind}_median_ms"] = round(statistics.median(values), 1)
            data[f"{kind}_max_ms"] = round(max(values), 1)
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="corpus sizes")
    parser.add_argument("--format", choices=("md", "txt"), default="md")
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "sitegen-edit-latency")
    parser.add_argument("--fresh", action="store_true", help="recreate the site folders (output, cache)")
    parser.add_argument("--ready-timeout", type=float, default=1800.0, help="seconds for the first build")
    parser.add_argument("--perf", type=Path, default=DEFAULT_PERF, help="the shared perf harness folder")
    parser.add_argument("--edit", choices=("append", "inline"), default=None,
                        help="append a paragraph (the harness's edit; the default for md) or edit inside the "
                             "body (the default for txt, whose cleaner drops a paragraph after the closing "
                             "boilerplate)")
    parser.add_argument("--ops", type=int, default=0, metavar="ROUNDS",
                        help="instead of edits: ROUNDS of adding, deleting and renaming a document")
    args = parser.parse_args(argv)
    inline = (args.edit or ("inline" if args.format == "txt" else "append")) == "inline"
    if not (args.perf / "edit_latency.py").is_file():
        parser.error(f"perf harness not found in {args.perf} (give --perf or set SITEGEN_PERF)")
    args.work.mkdir(parents=True, exist_ok=True)
    if args.ops:
        found = [measure_ops(make_site(args.perf, args.work, n, args.format, args.fresh), n, args.format, args.ops,
                             args.ready_timeout) for n in args.n]
        print(f"\nadd / delete / rename -> served latency, sitegen serve ({args.format}, {args.ops} rounds)")
        print(f"{'N':>7}  {'add med/max ms':>16}  {'delete med/max ms':>18}  {'rename med/max ms':>18}  "
              f"{'timeouts':>8}")
        for row in found:
            cells = [f"{row.get(f'{k}_median_ms', '-')}/{row.get(f'{k}_max_ms', '-')}" for k in ("add", "delete",
                                                                                                    "rename")]
            print(f"{row['n']!s:>7}  {cells[0]:>16}  {cells[1]:>18}  {cells[2]:>18}  {row.get('timeouts', '-')!s:>8}")
        return 0 if all(not row.get("timeouts") and "error" not in row for row in found) else 1
    rows = [measure_inline(make_site(args.perf, args.work, n, args.format, args.fresh), n, args.format,
                           args.iterations, args.ready_timeout) if inline else
            measure(args.perf, make_site(args.perf, args.work, n, args.format, args.fresh), n, args.format,
                    args.iterations, args.ready_timeout) for n in args.n]
    print(f"\nedit -> served latency, sitegen serve ({args.format}, {'inline' if inline else 'appended'} edits, "
          f"{args.iterations} edits; "
          f"target p95 < {TARGET_P95_MS} ms)")
    print(f"{'N':>7}  {'median ms':>10}  {'p95 ms':>8}  {'first ms':>8}  {'timeouts':>8}  {'Hugo p95 ms':>11}  "
          f"{'rebuild med ms':>14}  {'overhead med ms':>15}")
    for row in rows:
        n = int(str(row["n"]))
        got = row.get("latencies_ms")
        first = got[0] if isinstance(got, list) and got else "-"  # the first edit after the server started
        print(f"{n:>7}  {row.get('median_ms', '-')!s:>10}  {row.get('p95_ms', '-')!s:>8}  {first!s:>8}  "
              f"{row.get('timeouts', '-')!s:>8}  {HUGO_P95_MS.get(n, '-')!s:>11}  "
              f"{row.get('rebuild_median_ms', '-')!s:>14}  {row.get('overhead_median_ms', '-')!s:>15}")
    return 0 if all("p95_ms" in row and not row.get("timeouts") for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
