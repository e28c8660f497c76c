"""The preview server over real HTTP on an ephemeral port: files, traversal,
Host checks, the reload endpoint, and requests held back during a build."""

from __future__ import annotations

import http.client
import json
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitegen.serve import (
    PortInUseError,
    PreviewServer,
    Problem,
    SiteState,
    inject,
    is_allowed_host,
    open_server,
    relative_root,
    resolve_request,
)
from tests.conftest import write_files

TIMEOUT = 10.0  # seconds for any one request


class Answer:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def request(port: int, path: str, host: str | None = "127.0.0.1", method: str = "GET") -> Answer:
    """Send `path` exactly as given (no client-side normalisation)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        if host is not None:
            conn.putheader("Host", host)
        conn.endheaders()
        resp = conn.getresponse()
        return Answer(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
    finally:
        conn.close()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write_files(root, {
        "index.html": "<!doctype html><html><body><h1>Home</h1></body></html>",
        "a/index.html": "<!doctype html><html><body><p>Page A</p></body></html>",
        "a/b/index.html": "<html><body><p>Deep</p></body></html>",
        "static/style.css": "body{}",
        "assets/photo.txt": "plain",
    })
    (tmp_path / "secret.txt").write_text("TOPSECRET", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text("TOPSECRET", encoding="utf-8")
    os.symlink(tmp_path / "outside", root / "link")
    os.symlink(tmp_path / "secret.txt", root / "leak.txt")
    os.symlink(root / "static" / "style.css", root / "inside.css")
    return root


@pytest.fixture
def server(site: Path) -> Iterator[PreviewServer]:
    srv = PreviewServer("127.0.0.1", 0, SiteState(site), long_poll=5.0)
    srv.state.finish([])
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(TIMEOUT)


def test_serves_pages_with_the_reload_code_added(server: PreviewServer, site: Path) -> None:
    home = request(server.port, "/")
    assert home.status == 200
    assert home.headers["content-type"] == "text/html; charset=utf-8"
    assert home.headers["cache-control"] == "no-store"
    assert "<h1>Home</h1>" in home.text
    assert home.text.index("data-sitegen-live") < home.text.index("</body>")
    assert '"endpoint": "./__sitegen/poll"' in home.text
    deep = request(server.port, "/a/b/")
    assert '"endpoint": "../../__sitegen/poll"' in deep.text
    assert "Deep" in request(server.port, "/a/b/index.html").text
    css = request(server.port, "/static/style.css")
    assert (css.status, css.body) == (200, b"body{}")
    assert css.headers["content-type"].startswith("text/css")
    assert "sitegen-live" not in (site / "index.html").read_text(encoding="utf-8")
    head = request(server.port, "/a/", method="HEAD")
    assert head.status == 200 and head.body == b"" and int(head.headers["content-length"]) > 0


def test_folder_without_slash_redirects_relatively(server: PreviewServer) -> None:
    answer = request(server.port, "/a/b")
    assert answer.status == 301
    assert answer.headers["location"] == "b/"


def test_redirect_location_is_quoted(server: PreviewServer, site: Path) -> None:
    (site / "my notes\r\nX-Evil: 1").mkdir()
    answer = request(server.port, "/my%20notes%0d%0aX-Evil:%201")
    assert answer.status == 301
    assert answer.headers["location"] == "my%20notes%0D%0AX-Evil%3A%201/"
    assert "x-evil" not in answer.headers


def test_no_directory_listing(server: PreviewServer) -> None:
    answer = request(server.port, "/assets/")
    assert answer.status == 404
    assert "photo.txt" not in answer.text


@pytest.mark.parametrize("path", [
    "/../secret.txt",
    "/a/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/a/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/.%2e/secret.txt",
    "//etc/passwd",
    "//secret.txt",
    "/a//../../secret.txt",
    "/..\\secret.txt",
    "/a\\..\\..\\secret.txt",
    "/a%5c..%5c..%5csecret.txt",
    "/link/secret.txt",
    "/leak.txt",
    "/%00",
    "/a/%252e%252e/%252e%252e/secret.txt",
    "/%ff%fe",
])
def test_traversal_is_refused(server: PreviewServer, site: Path, path: str) -> None:
    answer = request(server.port, path)
    assert answer.status in (400, 404), path
    assert "TOPSECRET" not in answer.text
    assert str(site.parent) not in answer.text and "root:" not in answer.text


def test_symlink_inside_the_tree_is_served(server: PreviewServer) -> None:
    assert request(server.port, "/inside.css").body == b"body{}"


@pytest.mark.parametrize("host, allowed", [
    ("127.0.0.1", True),
    ("127.0.0.1:{port}", True),
    ("localhost:{port}", True),
    ("LOCALHOST", True),
    ("app.localhost:{port}", True),
    ("[::1]:{port}", True),
    ("evil.example", False),
    ("evil.example:{port}", False),
    ("127.0.0.1.nip.io", False),
    ("192.168.1.20:{port}", False),
    ("", False),
    (None, False),
])
def test_host_header(server: PreviewServer, host: str | None, allowed: bool) -> None:
    answer = request(server.port, "/", host=None if host is None else host.format(port=server.port))
    assert answer.status == (200 if allowed else 403)
    if not allowed:
        assert "Home" not in answer.text


def test_hosts_allowed_when_bound_elsewhere() -> None:
    assert is_allowed_host("192.168.1.20:8000", "0.0.0.0")
    assert not is_allowed_host("evil.example:8000", "0.0.0.0")
    assert is_allowed_host("preview.lan:8000", "preview.lan")
    assert not is_allowed_host("192.168.1.20", "127.0.0.1")


def test_missing_page_is_404_with_reload_code(server: PreviewServer, site: Path) -> None:
    answer = request(server.port, "/not/here/")
    assert answer.status == 404
    assert "data-sitegen-live" in answer.text and '"endpoint": "../../__sitegen/poll"' in answer.text
    (site / "404.html").write_text("<html><body>Our own 404</body></html>", encoding="utf-8")
    assert "Our own 404" in request(server.port, "/nope").text


def test_only_get_and_head(server: PreviewServer) -> None:
    answer = request(server.port, "/", method="POST")
    assert answer.status == 501
    assert "Home" not in answer.text


def test_requests_wait_while_a_build_runs(server: PreviewServer, site: Path) -> None:
    """A half-built site is never served: a request made during a build is
    answered after it, with the new files."""
    state = server.state
    results: list[Answer] = []
    with state.building():
        thread = threading.Thread(target=lambda: results.append(request(server.port, "/a/")))
        thread.start()
        thread.join(0.5)
        assert thread.is_alive() and not results
        (site / "a" / "index.html").write_text("<html><body>Page A, rebuilt</body></html>", encoding="utf-8")
        state.finish([])
    thread.join(TIMEOUT)
    assert "Page A, rebuilt" in results[0].text


def poll(port: int, snapshot: dict[str, object]) -> dict[str, object]:
    answer = request(port, f"/__sitegen/poll?id={snapshot['id']}&epoch={snapshot['epoch']}")
    assert answer.status == 200
    data: dict[str, object] = json.loads(answer.body)
    return data


def test_long_poll_reports_builds_and_errors(server: PreviewServer) -> None:
    first = poll(server.port, {"id": "", "epoch": -1})  # a stale client is answered at once
    assert first["epoch"] == 1 and first["errors"] == []
    got: list[dict[str, object]] = []
    thread = threading.Thread(target=lambda: got.append(poll(server.port, first)))
    thread.start()
    thread.join(0.3)
    assert thread.is_alive()  # nothing changed yet: the poll is held
    server.state.finish([Problem("templates/page.html", 3, "unexpected '}'")])
    thread.join(TIMEOUT)
    assert got[0]["epoch"] == 2
    assert got[0]["errors"] == [{"path": "templates/page.html", "line": 3, "message": "unexpected '}'"}]
    page = request(server.port, "/").text
    assert "unexpected &#x27;}&#x27;" not in page and "unexpected '}'" in page  # JSON in the script
    server.state.finish([])
    assert poll(server.port, got[0])["errors"] == []


def test_error_text_cannot_close_the_script(server: PreviewServer) -> None:
    server.state.finish([Problem("a.md", 1, "</script><script>alert(1)</script>")])
    page = request(server.port, "/").text
    assert "<script>alert(1)" not in page
    assert page.count("</script>") == 1


def test_port_in_use(site: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(PortInUseError, match=f"port {port} is in use"):
            open_server("127.0.0.1", port, SiteState(site), try_next=False)
        srv = open_server("127.0.0.1", port, SiteState(site), try_next=True)
        try:
            assert srv.port > port
        finally:
            srv.server_close()


def test_pure_helpers(tmp_path: Path) -> None:
    assert relative_root("/") == "./"
    assert relative_root("/a/") == "../"
    assert relative_root("/a/b/index.html") == "../../"
    assert inject(b"<html><BODY>x</BODY></html>", b"<s>") == b"<html><BODY>x<s></BODY></html>"
    assert inject(b"fragment", b"<s>") == b"fragment<s>"
    write_files(tmp_path, {"a/index.html": "x", "f.txt": "y"})
    resolved = resolve_request(tmp_path, "/a/")
    assert resolved is not None and resolved.file == (tmp_path / "a" / "index.html").resolve()
    assert resolve_request(tmp_path, "/f.txt/") is None
    assert resolve_request(tmp_path, "f.txt") is None


def test_problems_name_the_template_and_line(tmp_path: Path) -> None:
    import jinja2

    write_files(tmp_path, {"syntax.html": "<p>\n{{ oops }\n</p>", "undefined.html": "<p>\n\n{{ missing.attr }}</p>"})
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), undefined=jinja2.StrictUndefined)
    with pytest.raises(jinja2.TemplateSyntaxError) as syntax:
        env.get_template("syntax.html")
    problem = Problem.from_error(syntax.value)
    assert problem.path is not None and problem.path.endswith("syntax.html") and problem.line == 2
    with pytest.raises(jinja2.UndefinedError) as undefined:
        env.get_template("undefined.html").render()
    problem = Problem.from_error(undefined.value)
    assert problem.path is not None and problem.path.endswith("undefined.html") and problem.line == 3
    assert "missing" in problem.message
    with pytest.raises(AttributeError) as attr:
        object().nothing  # type: ignore[attr-defined]  # noqa: B018
    problem = Problem.from_error(attr.value)
    assert problem.path is None and problem.message.startswith("AttributeError:")
