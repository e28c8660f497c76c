"""`sitegen serve` and `sitegen watch` as a user runs them: a real process,
real file edits, real HTTP."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, write_files

START_TIMEOUT = 60.0  # seconds for the first build and the server to come up
CHANGE_TIMEOUT = 30.0  # seconds for an edit to show up
STOP_TIMEOUT = 15.0


class LiveProcess:
    """`sitegen serve|watch ...` in its own process group, its output collected line by line."""

    def __init__(self, cwd: Path, *args: str, env: dict[str, str] | None = None) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1", **(env or {})}
        self.proc = subprocess.Popen([sys.executable, "-m", "sitegen", *args], cwd=cwd, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     start_new_session=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.url = ""

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)
            self.lines.put(line)

    def wait_for_line(self, pattern: str, timeout: float = START_TIMEOUT) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None and self.lines.empty():
                    break
                continue
            found = re.search(pattern, line)
            if found:
                return found
        raise AssertionError(f"no line matching {pattern!r}; output:\n{''.join(self.output)}")

    def started(self) -> LiveProcess:
        self.url = self.wait_for_line(r"serving (http://\S+/)").group(1)
        return self

    def stop(self) -> int:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            return self.proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(STOP_TIMEOUT)
            raise

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path.lstrip("/"), timeout=10) as resp:
                return resp.status, resp.read().decode("utf-8")
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode("utf-8")

    def poll_state(self) -> dict[str, object]:
        data: dict[str, object] = json.loads(self.get("__sitegen/poll?id=&epoch=-1")[1])
        return data


def eventually(check: Callable[[], bool], timeout: float = CHANGE_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def serve(tmp_path: Path, *extra: str) -> LiveProcess:
    return LiveProcess(tmp_path, "serve", "--content", "content", "--out", "site", "--port", "0", *extra).started()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveProcess]:
    write_files(tmp_path, {
        "content/a.md": "---\ntitle: Alpha\n---\n\nAlpha paragraph one.\n",
        "content/b.md": "---\ntitle: Beta\n---\n\nBeta paragraph.\n",
        "templates/.keep": "",
    })
    proc = serve(tmp_path)
    yield proc
    proc.stop()


def test_edit_delete_rename(live: LiveProcess, tmp_path: Path) -> None:
    content = tmp_path / "content"
    assert "Alpha paragraph one." in live.get("/a/")[1]
    (content / "a.md").write_text("---\ntitle: Alpha\n---\n\nAlpha, edited.\n", encoding="utf-8")
    eventually(lambda: "Alpha, edited." in live.get("/a/")[1])
    assert "sitegen-live" not in (tmp_path / "site" / "a" / "index.html").read_text(encoding="utf-8")
    (content / "b.md").unlink()
    eventually(lambda: live.get("/b/")[0] == 404)
    os.rename(content / "a.md", content / "c.md")
    eventually(lambda: live.get("/c/")[0] == 200)
    assert live.get("/a/")[0] == 404
    assert "Alpha, edited." in live.get("/c/")[1]


def test_broken_template_shows_errors_and_recovers(live: LiveProcess, tmp_path: Path) -> None:
    page = tmp_path / "templates" / "page.html"
    good = (REPO / "templates" / "page.html").read_text(encoding="utf-8")
    first = live.poll_state()
    page.write_text(good.replace("{{ meta.title }}</h1>", "{{ meta.title }</h1>", 1), encoding="utf-8")
    eventually(lambda: live.poll_state()["epoch"] != first["epoch"])
    errors = live.poll_state()["errors"]
    assert isinstance(errors, list) and len(errors) == 1
    assert errors[0]["path"].endswith("page.html") and isinstance(errors[0]["line"], int)
    status, body = live.get("/a/")
    assert status == 200 and "Alpha paragraph one." in body  # the last good site
    assert "page.html" in body  # the errors travel with the page, for the overlay
    (tmp_path / "content" / "a.md").write_text("---\ntitle: Alpha\n---\n\nWhile broken.\n", encoding="utf-8")
    time.sleep(0.5)
    page.write_text(good.replace("<article", "<article data-fixed", 1), encoding="utf-8")
    eventually(lambda: live.poll_state()["errors"] == [])
    body = live.get("/a/")[1]
    assert "data-fixed" in body and "While broken." in body


def test_bad_source_is_reported_with_file_and_line(live: LiveProcess, tmp_path: Path) -> None:
    (tmp_path / "content" / "bad.md").write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    eventually(lambda: bool(live.poll_state()["errors"]))
    errors = live.poll_state()["errors"]
    assert isinstance(errors, list) and errors[0]["path"] == "bad.md"
    assert live.get("/a/")[0] == 200
    live.wait_for_line(r"error: bad\.md")
    (tmp_path / "content" / "bad.md").write_text("---\ntitle: Fixed\n---\n\nText.\n", encoding="utf-8")
    eventually(lambda: live.poll_state()["errors"] == [])
    assert live.get("/bad/")[0] == 200


def test_config_change_rebuilds(live: LiveProcess, tmp_path: Path) -> None:
    (tmp_path / "sitegen.toml").write_text('title = "Renamed site"\n', encoding="utf-8")
    eventually(lambda: "Renamed site" in live.get("/a/")[1])
    (tmp_path / "sitegen.toml").write_text('titel = "typo"\n', encoding="utf-8")
    eventually(lambda: bool(live.poll_state()["errors"]))
    errors = live.poll_state()["errors"]
    assert isinstance(errors, list) and "titel" in errors[0]["message"]
    assert errors[0]["path"].endswith("sitegen.toml")
    assert "Renamed site" in live.get("/a/")[1]


def test_sigterm_exits_cleanly(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n\nText.\n"})
    proc = serve(tmp_path)
    assert proc.get("/a/")[0] == 200
    assert proc.stop() == 0
    assert "stopped" in "".join(proc.output)


def test_all_interfaces_gives_a_notice(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n\nText.\n"})
    proc = LiveProcess(tmp_path, "serve", "--content", "content", "--out", "site", "--port", "0",
                       "--host", "0.0.0.0")
    try:
        proc.wait_for_line(r"notice: listening on 0\.0\.0\.0")
        proc.started()
    finally:
        assert proc.stop() == 0


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n\nText.\n"})
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = LiveProcess(tmp_path, "serve", "--port", str(port))
        assert proc.proc.wait(START_TIMEOUT) == 2
    assert f"port {port} is in use" in "".join(proc.output)


def test_busy_default_port_moves_on_and_says_so(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n\nText.\n"})
    with socket.socket() as busy:
        try:
            busy.bind(("127.0.0.1", 8000))
            busy.listen()
        except OSError:
            pass  # taken already: just as good
        proc = LiveProcess(tmp_path, "serve")
        try:
            moved = proc.wait_for_line(r"port 8000 is in use; using port (\d+) instead")
            proc.started()
            assert proc.url == f"http://127.0.0.1:{moved.group(1)}/"
            assert proc.get("/a/")[0] == 200
        finally:
            assert proc.stop() == 0


def test_open_starts_a_browser(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n\nText.\n"})
    opened = tmp_path / "opened.txt"
    browser = f"{sys.executable} -c \"import sys; open(sys.argv[2], 'w').write(sys.argv[1])\" %s {opened}"
    proc = LiveProcess(tmp_path, "serve", "--port", "0", "--open", env={"BROWSER": browser}).started()
    try:
        eventually(lambda: opened.is_file() and opened.read_text(encoding="utf-8") == proc.url)
    finally:
        assert proc.stop() == 0


@pytest.mark.parametrize("poll", [False, True])
def test_watch_rebuilds_on_change(tmp_path: Path, poll: bool) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n\nFirst text.\n"})
    proc = LiveProcess(tmp_path, "watch", "--content", "content", "--out", "site", *(["--poll"] if poll else []))
    try:
        proc.wait_for_line(r"watching ")
        (tmp_path / "content" / "a.md").write_text("# A\n\nSecond text.\n", encoding="utf-8")
        proc.wait_for_line(r"rebuilt after a\.md", CHANGE_TIMEOUT)
        assert "Second text." in (tmp_path / "site" / "a" / "index.html").read_text(encoding="utf-8")
        (tmp_path / "site" / "stray.html").write_text("written into the output", encoding="utf-8")
        time.sleep(1.0)
        assert sum("rebuilt" in line for line in proc.output) == 1  # the output folder is not watched
    finally:
        assert proc.stop() == 0
