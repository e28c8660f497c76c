"""Lighthouse scores of the default theme: the sample site's index and the
founding example's page, served by a stdlib HTTP server on 127.0.0.1 and
audited with Debian's Chromium.

    python bench/lighthouse.py [--runs N] [--preset mobile|desktop] [--json FILE]

Installs lighthouse into bench/node_modules on first use (npm ci). Prints the
median score per category for each page, the bytes each page loads, and
whether the targets (performance >= 98, the rest 100) hold; exits 1 if not.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CHROMIUM = "/usr/bin/chromium"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
SEED_SOURCE = "000_413b558a031f2e5a.txt"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift",
           "speed-index")
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking " \
               "--disable-component-update --no-first-run"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def build_site(out: Path) -> str:
    """Build the sample content into `out`; return the seed page's file."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": "1800000000"}
    subprocess.run([sys.executable, "-m", "sitegen", "build", "--content", str(REPO / "content"),
                    "--out", str(out), "-q"], cwd=REPO, env=env, check=True)
    docs = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    return str(next(d["file"] for d in docs if d["source"] == SEED_SOURCE))


def audit(url: str, report: Path, preset: str) -> dict[str, Any]:
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    extra = ["--preset=desktop"] if preset == "desktop" else []
    subprocess.run([str(LIGHTHOUSE), url, *extra, "--quiet", "--output=json", f"--output-path={report}",
                    f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES)],
                   env=env, check=True)
    result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return result


def summarise(result: dict[str, Any]) -> dict[str, Any]:
    scores = {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES}
    weight = result["audits"]["total-byte-weight"]["numericValue"]
    failing = sorted(a["id"] for a in result["audits"].values()
                     if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary")
    metrics = {m: round(result["audits"][m]["numericValue"]) for m in METRICS}
    return {"scores": scores, "bytes": int(weight), "failing_audits": failing, "metrics": metrics}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="audits per page (median reported)")
    parser.add_argument("--preset", choices=("mobile", "desktop"), default="mobile",
                        help="Lighthouse's emulation (mobile: its default, a slow phone on 4G)")
    parser.add_argument("--json", type=Path, help="write the results here too")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--prefix", str(BENCH), "--no-audit", "--no-fund", "--loglevel=error"],
                       check=True)
    work = Path(tempfile.mkdtemp(prefix="sitegen-lh-"))
    try:
        seed = build_site(work / "site")
        handler = functools.partial(QuietHandler, directory=str(work / "site"))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        results: dict[str, Any] = {}
        ok = True
        for name, file in (("index", "index.html"), ("document", seed)):
            runs = [summarise(audit(base + file, work / f"{name}-{n}.json", args.preset)) for n in range(args.runs)]
            scores = {c: statistics.median(r["scores"][c] for r in runs) for c in CATEGORIES}
            failing = sorted({a for r in runs for a in r["failing_audits"]})
            metrics = {m: statistics.median(r["metrics"][m] for r in runs) for m in METRICS}
            results[name] = {"url": file, "scores": scores, "runs": [r["scores"] for r in runs], "metrics": metrics,
                             "bytes": runs[0]["bytes"], "failing_audits": failing}
            met = all(scores[c] >= TARGETS[c] for c in CATEGORIES)
            ok = ok and met
            shown = "  ".join(f"{c} {scores[c]:g}" for c in CATEGORIES)
            print(f"{name:9} {shown}  bytes {runs[0]['bytes']}  {'ok' if met else 'BELOW TARGET'}"
                  + (f"  failing: {', '.join(failing)}" if failing else ""))
            print(" " * 10 + "  ".join(f"{m} {v:g}" for m, v in metrics.items()))
        server.shutdown()
        if args.json:
            args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
