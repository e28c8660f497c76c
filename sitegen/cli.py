"""The command line: the one place that prints and exits.

Exit codes: 0 success, 1 a source (or the build) failed, 2 usage or config errors.
"""

from __future__ import annotations

import argparse
import sys
import time

from sitegen import __version__

TYPE_CHECKING = False  # `typing` (and `pathlib`) are not loaded for --version and --help
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from sitegen.config import Config
    from sitegen.serve import PreviewServer, Problem, SiteState
    from sitegen.watch import Batch, Watcher

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _path(text: str) -> Path:
    """A path argument (pathlib is loaded when one is given)."""
    from pathlib import Path

    return Path(text)


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
    build.add_argument("--report", action="store_true",
                       help="write the cleaner's line-by-line reading of each text dump as report.txt beside its page")
    build.add_argument("--cache-dir", type=_path, help="cache folder (default: .sitegen-cache in the current folder)")
    build.add_argument("--no-cache", action="store_true", help="neither use nor keep a cache (a cold build)")
    build.set_defaults(handler=cmd_build)

    add_publish_parser(sub)

    inspect = sub.add_parser("inspect", help="show how the cleaner reads each line of a text dump "
                             "(or a saved page laid out as text)")
    inspect.add_argument("file", type=_path)
    inspect.add_argument("--json", action="store_true", help="print JSON for tools")
    inspect.set_defaults(handler=cmd_inspect)
    add_live_commands(sub)
    return parser


def add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=_path, help="content folder (default: content/)")
    parser.add_argument("--out", type=_path, help="output folder (default: site/)")
    parser.add_argument("--config", type=_path, help="config file (default: sitegen.toml or pyproject.toml)")


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
                       report=args.report, cache_dir=args.cache_dir, use_cache=not args.no_cache)
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


def add_publish_parser(sub: Any) -> None:
    publish = sub.add_parser("publish", help="build, then publish the site to a git branch or a folder")
    add_site_options(publish)
    where = publish.add_mutually_exclusive_group(required=True)
    where.add_argument("--git", nargs="?", const="", metavar="REMOTE",
                       help="commit the site to a branch of REMOTE and push it (default remote: origin)")
    where.add_argument("--dir", type=_path, metavar="TARGET", help="make folder TARGET equal to the site")
    publish.add_argument("--branch", default="gh-pages", help="branch for --git (default: gh-pages)")
    publish.add_argument("--dry-run", action="store_true", help="list what would be added, changed and deleted")
    publish.add_argument("--max-deletes", type=_count, metavar="N",
                         help="refuse to delete more than N files (default: the max_deletes setting, 500)")
    publish.add_argument("--strict", action="store_true", help="treat build warnings as failures")
    publish.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    publish.set_defaults(handler=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    """Build; publish only a build that succeeded."""
    from sitegen.build import build
    from sitegen.errors import OutputError, SitegenError
    from sitegen.publish import publish_dir, publish_git

    try:
        config = load_site_config(args)
        result = build(config)
    except SitegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    if result.errors or (config.strict and result.warnings):
        print("error: the build failed; nothing was published", file=sys.stderr)
        return EXIT_FAILED
    limit = config.max_deletes if args.max_deletes is None else args.max_deletes
    if not config.base_url and not args.quiet:
        print("warning: base_url is not set: the feed, sitemap and canonical links cannot be absolute",
              file=sys.stderr)
    try:
        if args.dir is not None:
            done = publish_dir(config.output_dir, args.dir, config.content_dir, limit, args.dry_run)
        else:
            done = publish_git(config.output_dir, args.git or None, args.branch, config.cname, limit, args.dry_run)
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SitegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    _report_publish(done, args.quiet)
    return EXIT_OK


def _report_publish(done: Any, quiet: bool) -> None:
    plan = done.plan
    if done.dry_run:
        for line in plan.lines():
            print(line)
    if quiet:
        return
    counts = f"{len(plan.added)} added, {len(plan.changed)} changed, {len(plan.deleted)} deleted"
    if done.dry_run:
        print(f"dry run: would publish to {done.destination}: {counts}")
    elif plan.empty:
        print(f"{done.destination} is up to date")
    else:
        print(f"published to {done.destination}: {counts}" + (f" (commit {done.commit})" if done.commit else ""))


def _count(text: str) -> int:
    """argparse type: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, 0 or more, got {text!r}")
    return value


def _progress(done: int, total: int) -> None:
    if done == total or done % 50 == 0:
        print(f"\rreading {done}/{total}", end="", file=sys.stderr, flush=True)


def cmd_inspect(args: argparse.Namespace) -> int:
    import json

    from sitegen.clean import clean
    from sitegen.clean.report import report_rows, report_text
    from sitegen.errors import SitegenError
    from sitegen.sources import Source, read_source_text, source_kind

    try:
        text, _ = read_source_text(Source(args.file, str(args.file), "text"))
        if source_kind(args.file.name) == "html":  # a saved page: its layout as text is what is read
            from sitegen.read.html import clean_page

            article = clean_page(str(args.file), text)[1]
        else:
            article = clean(text)
    except SitegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(json.dumps({"title": article.title, "lines": report_rows(article.labels)}, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(report_text(article.labels), end="")
    return EXIT_OK


# ---- watch and serve ----

DEFAULT_PORT = 8000
STOP_WAIT_SECONDS = 5.0  # how long a stop waits for a rebuild in progress


def add_live_commands(sub: Any) -> None:
    """The `watch` and `serve` commands."""
    watch = sub.add_parser("watch", help="build, then rebuild whenever sources, templates, static files or "
                           "the config change")
    serve = sub.add_parser("serve", help="build, watch and preview the site over HTTP, reloading the browser")
    for command in (watch, serve):
        add_site_options(command)
        command.add_argument("--drafts", action="store_true", help="include drafts and future-dated documents")
        command.add_argument("--poll", action="store_true", help="poll for changes (file systems without events)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, help=f"port (default: {DEFAULT_PORT}, or the next free one)")
    serve.add_argument("--open", action="store_true", help="open the site in a web browser")
    serve.add_argument("-v", "--verbose", action="store_true", help="log every request")
    watch.set_defaults(handler=cmd_watch)
    serve.set_defaults(handler=cmd_serve)


class LiveSite:
    """Builds the site, then rebuilds it for each batch of changes; tells the
    terminal and the preview server (if any) how each build went."""

    def __init__(self, args: argparse.Namespace, config: Config, state: SiteState | None = None) -> None:
        import threading

        from sitegen.build import Builder

        self.args = args
        self.config = config
        self.state = state
        self.builder = Builder(config)
        self.watcher: Watcher | None = None
        self.config_problem: Problem | None = None
        self._one_at_a_time = threading.Lock()

    def build(self, batch: Batch | None = None) -> list[Problem]:
        """Build (everything, or the batch's changes); returns the problems."""
        with self._one_at_a_time:
            return self._build(batch)

    def _build(self, batch: Batch | None) -> list[Problem]:
        from contextlib import nullcontext

        from sitegen.serve import Problem
        from sitegen.watch import ChangeKind

        started = time.perf_counter()
        if batch is not None and ChangeKind.CONFIG in batch.kinds:
            self.config_problem = self._reload_config()
            if self.config_problem is not None:
                self._finish([self.config_problem], started, batch)
                return [self.config_problem]
            batch = None
        pages = 0
        with self.state.building() if self.state else nullcontext():
            try:
                result = self.builder.build() if batch is None else self.builder.rebuild(batch.paths)
                problems = [Problem.from_error(e) for e in result.errors]
                pages = result.page_count  # `pages` is empty when nothing changed
            except Exception as exc:  # a failed build must not stop the watcher or the server
                problems = [Problem.from_error(exc)]
            if self.config_problem is not None:  # still broken: keep saying so
                problems.insert(0, self.config_problem)
            self._finish(problems, started, batch, pages)
        return problems

    def _reload_config(self) -> Problem | None:
        from sitegen.build import Builder
        from sitegen.errors import SitegenError
        from sitegen.serve import Problem
        from sitegen.watch import WatchRoots, check_layout

        try:
            config = load_site_config(self.args)
            roots = WatchRoots.from_config(config)
            check_layout(roots)
        except SitegenError as exc:
            return Problem.from_error(exc)
        close = getattr(self.builder, "close", None)
        if callable(close):
            close()
        self.config, self.builder = config, Builder(config)
        if self.watcher is not None:
            self.watcher.set_roots(roots)
        return None

    def _finish(self, problems: list[Problem], started: float, batch: Batch | None, pages: int = 0) -> None:
        if self.state is not None:
            self.state.finish(problems, root=self.config.output_dir)
        took = (time.perf_counter() - started) * 1000
        what = "built" if batch is None else "rebuilt"
        if batch is not None:
            names = [p.name for p in batch.paths]
            what += f" after {', '.join(names[:3])}{f' (+{len(names) - 3} more)' if len(names) > 3 else ''}"
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr, flush=True)
        verdict = f"failed with {len(problems)} error(s)" if problems else f"{pages} pages"
        print(f"{what}: {verdict} in {took:.0f} ms", flush=True)


def cmd_watch(args: argparse.Namespace) -> int:
    return run_live(args, serve=False)


def cmd_serve(args: argparse.Namespace) -> int:
    return run_live(args, serve=True)


def run_live(args: argparse.Namespace, serve: bool) -> int:
    """Build, watch (and serve) until SIGTERM or Ctrl-C."""
    import signal
    import threading

    from sitegen.errors import SitegenError
    from sitegen.serve import SiteState, open_server
    from sitegen.watch import Watcher, WatchRoots, check_layout

    try:
        config = load_site_config(args)
        roots = WatchRoots.from_config(config)
        check_layout(roots)
        if not config.content_dir.is_dir():
            raise SitegenError("content folder not found", str(config.content_dir))
        state, server = None, None
        if serve:
            state = SiteState(config.output_dir)
            server = open_server(args.host, DEFAULT_PORT if args.port is None else args.port, state,
                                 try_next=args.port is None, verbose=args.verbose)
    except SitegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    site = LiveSite(args, config, state)
    try:
        from sitegen.write import check_output_dir

        check_output_dir(config.output_dir, config.content_dir)
    except SitegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if server is not None:
            server.server_close()
        return EXIT_USAGE
    # watch before the first build, so that no change made during it is missed
    site.watcher = Watcher(roots, site.build, on_error=_report_crash, poll=args.poll)
    try:
        site.watcher.start()
    except OSError as exc:  # e.g. the inotify watch limit
        print(f"error: cannot watch {config.content_dir}: {exc.strerror or exc} (try --poll)", file=sys.stderr)
        if server is not None:
            server.server_close()
        return EXIT_USAGE
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        site.build()
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM during the first build
        if server is not None:
            server.server_close()
        site.watcher.stop()
        print("stopped", flush=True)
        return EXIT_OK
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    if server is not None:
        _announce(server, args)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
    else:
        print(f"watching {config.content_dir} (Ctrl-C to stop)", flush=True)
    while not stop.wait(0.5):
        pass
    if server is not None:
        server.shutdown()
        server.server_close()
    # a rebuild still running is abandoned after a while; the writer replaces
    # files atomically and the next build completes whatever it left
    site.watcher.stop(STOP_WAIT_SECONDS)
    print("stopped", flush=True)
    return EXIT_OK


def _announce(server: PreviewServer, args: argparse.Namespace) -> None:
    from sitegen.serve import WILDCARD_HOSTS

    if args.port is None and server.port != DEFAULT_PORT:
        print(f"port {DEFAULT_PORT} is in use; using port {server.port} instead", flush=True)
    if args.host in WILDCARD_HOSTS or args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"notice: listening on {args.host}: other machines on your network can read this preview",
              flush=True)
    url = server.url()
    print(f"serving {url} (Ctrl-C to stop)", flush=True)
    if args.open:
        import webbrowser

        webbrowser.open(url)


def _interrupt(*_: Any) -> None:
    raise KeyboardInterrupt


def _report_crash(exc: BaseException) -> None:
    print(f"error: internal error while rebuilding: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
