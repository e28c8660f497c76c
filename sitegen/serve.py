"""A local preview server: the built site over HTTP, live reload, error overlay.

The server never serves half a build: requests wait while a build runs
(`SiteState.building()`). Each finished build bumps an epoch; pages hold a
long poll on `__sitegen/poll` (a relative URL, so it works under a sub-path
and behind a proxy) and reload when the epoch changes, or show an overlay
with the errors of a failed build while the last good pages stay up. The
reload code is added to HTML responses only, never to the files on disk.

Requests are answered only for a local Host (or the configured one), and only
for files that resolve inside the output folder: no listings, no traversal.
"""

from __future__ import annotations

import errno
import functools
import html
import ipaddress
import json
import mimetypes
import secrets
import socket
import threading
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

import jinja2

from sitegen.errors import SitegenError

POLL_PATH = "/__sitegen/poll"
# A long poll answers after this long even when nothing changed.
LONG_POLL_SECONDS = 20.0
# How many ports after a busy default one are tried.
PORT_TRIES = 20
LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
WILDCARD_HOSTS = {"0.0.0.0", "::", ""}
RELOAD_SCRIPT = Path(__file__).with_name("reload.js")
NOT_FOUND_PAGE = "404.html"
CHUNK = 64 * 1024
DEFAULT_TYPE = "application/octet-stream"


@dataclass(frozen=True)
class Problem:
    """One error of a build, as shown in the overlay."""

    path: str | None
    line: int | None
    message: str

    @classmethod
    def from_error(cls, exc: BaseException) -> Problem:
        """A problem from any exception: sitegen's errors name their file and
        line, template syntax errors their template; for anything else the
        innermost template in the traceback (if any) is named."""
        if isinstance(exc, SitegenError):
            return cls(exc.path, exc.line, exc.message)
        message = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, jinja2.TemplateSyntaxError):
            return cls(exc.filename or exc.name, exc.lineno, f"{type(exc).__name__}: {exc.message}")
        name, line = _template_frame(exc)
        return cls(name, line, message)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.path and self.line else (self.path or "")
        return f"{where}: {self.message}" if where else self.message

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "message": self.message}


def _template_frame(exc: BaseException) -> tuple[str | None, int | None]:
    """The innermost template (jinja2 rewrites tracebacks to name it) in a traceback."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".j2", ".jinja")):
            return frame.filename, frame.lineno
    return None, None


@dataclass(frozen=True)
class Snapshot:
    """What the reload endpoint tells pages: server instance, build epoch, errors."""

    instance: str
    epoch: int
    problems: tuple[Problem, ...]

    def as_json(self) -> dict[str, object]:
        return {"id": self.instance, "epoch": self.epoch, "errors": [p.as_json() for p in self.problems]}


class SiteState:
    """The served folder and its builds: a readers/writer lock (a build is the
    writer, requests are readers) and the epoch pages wait on."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cond = threading.Condition()
        self._readers = 0
        self._building = False
        self._builds_waiting = 0
        self._epoch = 0
        self._problems: tuple[Problem, ...] = ()
        self._instance = secrets.token_hex(6)

    @contextmanager
    def building(self) -> Iterator[None]:
        """Hold requests back while the output folder changes."""
        with self._cond:
            self._builds_waiting += 1
            self._cond.wait_for(lambda: not self._building and self._readers == 0)
            self._builds_waiting -= 1
            self._building = True
        try:
            yield
        finally:
            with self._cond:
                self._building = False
                self._cond.notify_all()

    def finish(self, problems: Sequence[Problem], root: Path | None = None) -> None:
        """Record a finished build (failed if it has problems) and wake waiting pages."""
        with self._cond:
            if root is not None:
                self.root = root
            self._epoch += 1
            self._problems = tuple(problems)
            self._cond.notify_all()

    @contextmanager
    def reading(self) -> Iterator[tuple[Path, Snapshot]]:
        """Read from the output folder between builds; yields the folder and
        the build it holds (so a page and its epoch always agree)."""
        with self._cond:
            self._cond.wait_for(lambda: not self._building and not self._builds_waiting)
            self._readers += 1
            root, snapshot = self.root, Snapshot(self._instance, self._epoch, self._problems)
        try:
            yield root, snapshot
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    def wait_for_change(self, instance: str, epoch: int, timeout: float = LONG_POLL_SECONDS) -> Snapshot:
        """Block until a build finishes after (instance, epoch), or `timeout` passes."""
        with self._cond:
            self._cond.wait_for(lambda: instance != self._instance or epoch != self._epoch, timeout)
            return Snapshot(self._instance, self._epoch, self._problems)


# ---- request paths and hosts (pure apart from resolving symlinks) ----


@dataclass(frozen=True)
class Resolved:
    """A request path resolved to a file to serve, or a redirect to add the
    trailing slash of a folder."""

    file: Path | None = None
    redirect: str | None = None


def resolve_request(root: Path, raw_path: str) -> Resolved | None:
    """Map a URL path to a file inside `root`, or None (404).

    The path is percent-decoded once. Backslashes, NULs, `.`/`..` segments and
    empty segments (`//`) are refused; the result must resolve (symlinks
    included) inside `root`. A folder is served by its index.html, and only
    when asked for with a trailing slash.
    """
    path = unquote(raw_path, errors="strict") if "%" in raw_path else raw_path
    if not path.startswith("/") or "\\" in path or "\x00" in path:
        return None
    parts = path[1:].split("/")
    trailing = parts[-1] == ""
    if trailing:
        parts = parts[:-1]
    if any(p in ("", ".", "..") for p in parts):
        return None
    base = root.resolve()
    try:
        target = base.joinpath(*parts).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if target != base and base not in target.parents:
        return None
    if target.is_dir():
        if not trailing and parts:
            return Resolved(redirect=quote(parts[-1]) + "/")
        index = (target / "index.html").resolve()
        if index.is_file() and base in index.parents:
            return Resolved(file=index)
        return None
    if trailing or not target.is_file():
        return None
    return Resolved(file=target)


def host_name(header: str) -> str | None:
    """The name in a Host header, without port or IPv6 brackets (lowercase)."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        return header[1:end] if end > 0 else None
    name = header.rsplit(":", 1)[0] if header.count(":") == 1 else header
    return name or None


def is_allowed_host(header: str | None, bind_host: str) -> bool:
    """True for a Host that is a local name, a loopback address or the host we
    bound to (and any IP address when bound to all interfaces). Names that
    could be re-pointed by DNS are refused (DNS rebinding)."""
    if not header:
        return False
    name = host_name(header)
    if name is None:
        return False
    if name in LOCAL_NAMES or name.endswith(".localhost") or name == bind_host.lower().strip("[]"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    return address.is_loopback or bind_host in WILDCARD_HOSTS


# ---- the reload client ----


def _not_found_page(root: Path) -> bytes:
    """The site's own 404.html if it has one, else a plain page."""
    custom = root / NOT_FOUND_PAGE
    try:
        if custom.is_file() and root.resolve() in custom.resolve().parents:
            return custom.read_bytes()
    except OSError:
        pass
    return b"<!doctype html>\n<title>Not found</title>\n<h1>Not found</h1>\n<p>No page at this address.</p>\n"


def relative_root(url_path: str) -> str:
    """The relative link from a URL path's folder to the site root ('./', '../', ...)."""
    depth = url_path.count("/") - 1
    return "../" * depth if depth > 0 else "./"


def reload_snippet(url_path: str, snapshot: Snapshot) -> bytes:
    """The <script> added to each served HTML page."""
    config = {"endpoint": relative_root(url_path) + POLL_PATH.lstrip("/"), **snapshot.as_json()}
    data = json.dumps(config).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script data-sitegen-live>\n{_reload_code()}({data});\n</script>\n'.encode()


@functools.cache
def _reload_code() -> str:
    return RELOAD_SCRIPT.read_text(encoding="utf-8")


def inject(page: bytes, snippet: bytes) -> bytes:
    """Put `snippet` before the last </body> (or at the end)."""
    at = page.lower().rfind(b"</body>")
    return page + snippet if at < 0 else page[:at] + snippet + page[at:]


# ---- the server ----


class PreviewHandler(BaseHTTPRequestHandler):
    """GET/HEAD for files in the output folder, plus the reload endpoint."""

    server: PreviewServer
    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:
        return "sitegen"

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def _answer(self, head: bool) -> None:
        if not is_allowed_host(self.headers.get("Host"), self.server.bind_host):
            self._send_text(HTTPStatus.FORBIDDEN, "Forbidden: this preview server answers only to local host names.\n",
                            head)
            return
        url = urlsplit(self.path)
        if url.path == POLL_PATH:
            self._poll(url.query, head)
            return
        with self.server.state.reading() as (root, snapshot):
            status, data, ctype, extra = self._lookup(root, url.path)
        if ctype == "text/html":
            data = inject(data, reload_snippet(url.path, snapshot))
        self._send(status, data, ctype, head, extra)

    def _lookup(self, root: Path, url_path: str) -> tuple[HTTPStatus, bytes, str, dict[str, str]]:
        """Status, body, type and headers for a path (called between builds)."""
        try:
            found = resolve_request(root, url_path)
        except (UnicodeDecodeError, ValueError):
            found = None
        if found is not None and found.redirect is not None:
            return HTTPStatus.MOVED_PERMANENTLY, b"", "text/plain", {"Location": found.redirect}
        if found is not None and found.file is not None:
            try:
                data = found.file.read_bytes()
                return HTTPStatus.OK, data, mimetypes.guess_type(found.file.name)[0] or DEFAULT_TYPE, {}
            except OSError:
                pass
        return HTTPStatus.NOT_FOUND, _not_found_page(root), "text/html", {}

    def _poll(self, query: str, head: bool) -> None:
        params = parse_qs(query)
        instance = params.get("id", [""])[0]
        try:
            epoch = int(params.get("epoch", ["-1"])[0])
        except ValueError:
            epoch = -1
        snapshot = self.server.state.wait_for_change(instance, epoch, self.server.long_poll)
        self._send(HTTPStatus.OK, json.dumps(snapshot.as_json()).encode(), "application/json", head)

    def _send_text(self, status: HTTPStatus, text: str, head: bool) -> None:
        self._send(status, text.encode(), "text/plain", head)

    def _send(self, status: HTTPStatus, data: bytes, ctype: str, head: bool,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if ctype.startswith("text/") or ctype in ("application/json", "application/javascript"):
            ctype += "; charset=utf-8"
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            try:
                for at in range(0, len(data), CHUNK):
                    self.wfile.write(data[at:at + CHUNK])
            except (BrokenPipeError, ConnectionResetError):
                pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # the stock error page is fine, but never echo the request back
        text = f"{code} {html.escape(HTTPStatus(code).phrase)}\n"
        self.close_connection = True
        self._send_text(HTTPStatus(code), text, head=self.command == "HEAD")

    def log_message(self, format: str, *args: object) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


class PortInUseError(SitegenError):
    """The port asked for is taken."""


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server for one site; a thread per connection."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str, port: int, state: SiteState, verbose: bool = False,
                 long_poll: float = LONG_POLL_SECONDS) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.bind_host = host
        self.state = state
        self.verbose = verbose
        self.long_poll = long_poll
        super().__init__((host, port), PreviewHandler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self) -> str:
        host = self.bind_host if self.bind_host not in WILDCARD_HOSTS else "127.0.0.1"
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}/"


def open_server(host: str, port: int, state: SiteState, try_next: bool, verbose: bool = False) -> PreviewServer:
    """Bind the server; with `try_next`, a busy port moves on to the next free one."""
    tries = PORT_TRIES if try_next and port else 1
    for offset in range(tries):
        try:
            return PreviewServer(host, port + offset, state, verbose)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise SitegenError(f"cannot listen on {host}:{port + offset}: {exc.strerror or exc}") from exc
    last = port + tries - 1
    span = f"ports {port}-{last} are" if tries > 1 else f"port {port} is"
    raise PortInUseError(f"{span} in use (another server is running?); choose another with --port")
