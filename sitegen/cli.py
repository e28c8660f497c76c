"""The command line: the one place that prints and exits.

Exit codes: 0 success, 1 a source (or the build) failed, 2 usage or config errors.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from sitegen import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    handler: Any = args.handler
    result: int = handler(args)
    return result


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitegen", description="Build a static reading site from a folder of "
                                     "scraped text dumps and Markdown notes.")
    parser.add_argument("--version", action="version", version=f"sitegen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser("build", help="build the site from the content folder")
    add_site_options(build)
    build.add_argument("--strict", action="store_true", help="treat warnings as failures")
    build.add_argument("--force", action="store_true", help="build into a non-empty folder sitegen did not make")
    build.add_argument("--drafts", action="store_true", help="include drafts and future-dated documents")
    build.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    build.add_argument("--cache-dir", type=Path, help="cache folder (default: .sitegen-cache in the current folder)")
    build.add_argument("--no-cache", action="store_true", help="neither use nor keep a cache (a cold build)")
    build.set_defaults(handler=cmd_build)

    inspect = sub.add_parser("inspect", help="show how the cleaner reads each line of a text dump")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--json", action="store_true", help="print JSON for tools")
    inspect.set_defaults(handler=cmd_inspect)
    return parser


def add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=Path, help="content folder (default: content/)")
    parser.add_argument("--out", type=Path, help="output folder (default: site/)")
    parser.add_argument("--config", type=Path, help="config file (default: sitegen.toml or pyproject.toml)")


def load_site_config(args: argparse.Namespace) -> Any:
    """The config file's settings with the command line's on top."""
    from sitegen.config import load_config

    config = load_config(args.config)
    changes: dict[str, Any] = {}
    if getattr(args, "content", None):
        changes["content_dir"] = args.content
    if getattr(args, "out", None):
        changes["output_dir"] = args.out
    if getattr(args, "drafts", False):
        changes["drafts"] = True
    if getattr(args, "strict", False):
        changes["strict"] = True
    return config.replace(**changes)


def cmd_build(args: argparse.Namespace) -> int:
    from sitegen.build import build
    from sitegen.errors import SitegenError

    try:
        config = load_site_config(args)
    except SitegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    show_progress = sys.stderr.isatty() and not args.quiet
    started = time.perf_counter()
    try:
        result = build(config, force=args.force, progress=_progress if show_progress else None,
                       cache_dir=args.cache_dir, use_cache=not args.no_cache)
    except SitegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if show_progress:
        print(file=sys.stderr)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    if not args.quiet:
        took = time.perf_counter() - started
        print(f"built {result.page_count} pages into {config.output_dir} in {took:.2f}s "
              f"({result.read} read, {result.written} written, {result.unchanged} unchanged, {result.removed} removed)")
    if result.errors or (config.strict and result.warnings):
        return EXIT_FAILED
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    if done == total or done % 50 == 0:
        print(f"\rreading {done}/{total}", end="", file=sys.stderr, flush=True)


def cmd_inspect(args: argparse.Namespace) -> int:
    import json

    from sitegen.clean import clean
    from sitegen.errors import SitegenError
    from sitegen.sources import Source, read_source_text

    try:
        text, _ = read_source_text(Source(args.file, str(args.file), "text"))
    except SitegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    article = clean(text)
    if args.json:
        rows = [{"line": ln.number, "label": ln.label, "rule": ln.rule, "text": ln.text} for ln in article.labels]
        print(json.dumps({"title": article.title, "lines": rows}, ensure_ascii=False, indent=1))
        return EXIT_OK
    for ln in article.labels:
        print(f"{ln.number:5d}  {ln.label:<11} {ln.rule:<28} {ln.text[:100]}")
    return EXIT_OK
