"""The watcher: path classification, editors' save patterns, batching, with real watchdog events."""

from __future__ import annotations

import os
import queue
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitegen.build import Builder
from sitegen.config import Config
from sitegen.errors import ConfigError
from sitegen.watch import QUIET_SECONDS, Batch, ChangeKind, Watcher, WatchRoots, check_layout, classify
from tests.conftest import run_sitegen, write_files

BATCH_TIMEOUT = 10.0  # seconds to wait for an expected batch
SETTLE = 1.0  # seconds of silence after which no further batch is expected
BUILD_TIMEOUT = 300.0  # seconds for a rebuild of a few hundred documents on a busy machine


def roots_for(tmp: Path) -> WatchRoots:
    return WatchRoots(content=tmp / "content", templates=tmp / "templates", static=tmp / "static",
                      output=tmp / "site", configs=(tmp / "sitegen.toml",))


@pytest.mark.parametrize("rel, kind", [
    ("content/a.md", ChangeKind.CONTENT),
    ("content/deep/er/b.txt", ChangeKind.CONTENT),
    ("content/img/photo.png", ChangeKind.CONTENT),
    ("content", ChangeKind.CONTENT),
    ("templates/page.html", ChangeKind.TEMPLATE),
    ("static/style.css", ChangeKind.STATIC),
    ("sitegen.toml", ChangeKind.CONFIG),
    ("pyproject.toml", ChangeKind.IGNORED),
    ("site/index.html", ChangeKind.IGNORED),
    ("site", ChangeKind.IGNORED),
    ("elsewhere/a.md", ChangeKind.IGNORED),
    ("content/.a.md.swp", ChangeKind.IGNORED),
    ("content/a.md.swp", ChangeKind.IGNORED),
    ("content/a.md~", ChangeKind.IGNORED),
    ("content/4913", ChangeKind.IGNORED),
    ("content/.#a.md", ChangeKind.IGNORED),
    ("content/#a.md#", ChangeKind.IGNORED),
    ("content/._a.md", ChangeKind.IGNORED),
    ("content/.git/index", ChangeKind.IGNORED),
    ("content/notes/.hidden/a.md", ChangeKind.IGNORED),
    ("templates/.page.html.swp", ChangeKind.IGNORED),
])
def test_classify(tmp_path: Path, rel: str, kind: ChangeKind) -> None:
    assert classify(tmp_path / rel, roots_for(tmp_path)) is kind


def test_classify_picks_the_innermost_folder(tmp_path: Path) -> None:
    roots = WatchRoots(content=tmp_path, templates=tmp_path / "templates", static=tmp_path / "static",
                       output=tmp_path.parent / "out")
    assert classify(tmp_path / "templates" / "page.html", roots) is ChangeKind.TEMPLATE
    assert classify(tmp_path / "a.md", roots) is ChangeKind.CONTENT


@pytest.mark.parametrize("output", ["content/site", "static/out", "templates/x", "."])
def test_layout_refuses_watched_output(tmp_path: Path, output: str) -> None:
    roots = roots_for(tmp_path)
    roots = WatchRoots(roots.content, roots.templates, roots.static, (tmp_path / output).resolve(), roots.configs)
    with pytest.raises(ConfigError, match="output folder"):
        check_layout(roots)
    check_layout(roots_for(tmp_path))  # the usual layout is fine


def test_cli_refuses_output_inside_content(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/a.md": "# A\n\nText.\n",
                           "sitegen.toml": 'output_dir = "content/site"\n'})
    for command in ("watch", "serve"):
        proc = run_sitegen(command, cwd=tmp_path, timeout=30)
        assert proc.returncode == 2, proc.stderr
        assert "sitegen.toml" in proc.stderr and "output folder" in proc.stderr
    assert not (tmp_path / "content" / "site").exists()


class Recorder:
    """A running Watcher over a temp site whose batches land in a queue."""

    def __init__(self, root: Path, poll: bool = False, fail_first: bool = False) -> None:
        self.roots = roots_for(root)
        for folder in (self.roots.content, self.roots.templates, self.roots.static):
            folder.mkdir(parents=True, exist_ok=True)
        self.roots.configs[0].write_text("", encoding="utf-8")
        self.batches: queue.Queue[Batch] = queue.Queue()
        self.errors: list[BaseException] = []
        self.fail_first = fail_first
        self.watcher = Watcher(self.roots, self._on_batch, on_error=self.errors.append, poll=poll)

    def _on_batch(self, batch: Batch) -> None:
        self.batches.put(batch)
        if self.fail_first:
            self.fail_first = False
            raise RuntimeError("boom")

    def next(self) -> Batch:
        return self.batches.get(timeout=BATCH_TIMEOUT)

    def rest(self) -> list[Batch]:
        """Every further batch, until none arrives for SETTLE seconds."""
        found = []
        while True:
            try:
                found.append(self.batches.get(timeout=SETTLE))
            except queue.Empty:
                return found


@pytest.fixture
def recorder(tmp_path: Path) -> Iterator[Recorder]:
    rec = Recorder(tmp_path)
    rec.watcher.start()
    yield rec
    rec.watcher.stop()


def rel_paths(batch: Batch, root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in batch.paths]


def test_plain_write_is_one_batch(recorder: Recorder, tmp_path: Path) -> None:
    (recorder.roots.content / "a.md").write_text("# A\n", encoding="utf-8")
    batch = recorder.next()
    assert rel_paths(batch, tmp_path) == ["content/a.md"]
    assert batch.kinds == {ChangeKind.CONTENT}
    assert recorder.rest() == []


def test_a_save_while_idle_is_built_without_waiting_for_quiet(tmp_path: Path) -> None:
    """A file written and closed while nothing else happens closes its batch
    at once: here the usual quiet is longer than the test waits for a batch."""
    rec = Recorder(tmp_path)
    rec.watcher = Watcher(rec.roots, rec._on_batch, on_error=rec.errors.append, quiet=10 * BATCH_TIMEOUT,
                          max_wait=10 * BATCH_TIMEOUT)
    rec.watcher.start()
    try:
        with open(rec.roots.content / "a.md", "wb") as fh:  # as the benchmark writes: truncate, write, close
            fh.write(b"# A\n\nText.\n")
        assert rel_paths(rec.next(), tmp_path) == ["content/a.md"]
        with open(rec.roots.content / "a.md", "ab") as fh:
            fh.write(b"More.\n")
        assert rel_paths(rec.next(), tmp_path) == ["content/a.md"]
        assert rec.errors == []
    finally:
        rec.watcher.stop(timeout=1.0)


def test_slow_write_is_one_change(recorder: Recorder, tmp_path: Path) -> None:
    """A file still open for writing is waited for (inotify reports its close)."""
    with open(recorder.roots.content / "slow.md", "w", encoding="utf-8") as fh:
        fh.write("# Slow\n\n")
        fh.flush()
        time.sleep(10 * QUIET_SECONDS)
        fh.write("The rest of it.\n")
    batches = [recorder.next(), *recorder.rest()]
    assert [rel_paths(b, tmp_path) for b in batches] == [["content/slow.md"]]


def test_atomic_save_is_one_change(recorder: Recorder, tmp_path: Path) -> None:
    target = recorder.roots.content / "a.md"
    target.write_text("old\n", encoding="utf-8")
    recorder.next()
    recorder.rest()
    for temp in ("a.md.tmp", ".a.md.XXXX12", "a.md.part"):
        (recorder.roots.content / temp).write_text("new text\n", encoding="utf-8")
        os.replace(recorder.roots.content / temp, target)
        batches = [recorder.next(), *recorder.rest()]
        assert [rel_paths(b, tmp_path) for b in batches] == [["content/a.md"]], temp


def test_vim_save_is_one_change(recorder: Recorder, tmp_path: Path) -> None:
    content = recorder.roots.content
    target = content / "a.md"
    target.write_text("old\n", encoding="utf-8")
    recorder.next()
    recorder.rest()
    swap = content / ".a.md.swp"
    swap.write_bytes(b"swap")
    (content / "4913").write_bytes(b"")  # vim's test that it may write here
    (content / "4913").unlink()
    os.rename(target, content / "a.md~")  # backup, then a fresh file
    target.write_text("new\n", encoding="utf-8")
    (content / "a.md~").unlink()
    swap.unlink()
    batches = [recorder.next(), *recorder.rest()]
    assert {p for b in batches for p in rel_paths(b, tmp_path)} == {"content/a.md"}


def test_emacs_and_macos_leftovers_are_ignored(recorder: Recorder) -> None:
    content = recorder.roots.content
    os.symlink("user@host.1234:1", content / ".#a.md")  # emacs lock file
    (content / "#a.md#").write_text("autosave", encoding="utf-8")
    (content / "._a.md").write_bytes(b"\x00\x05\x16\x07")
    (content / ".DS_Store").write_bytes(b"x")
    assert recorder.rest() == []


def test_kinds_of_changes(recorder: Recorder, tmp_path: Path) -> None:
    (recorder.roots.templates / "page.html").write_text("x", encoding="utf-8")
    assert recorder.next().kinds == {ChangeKind.TEMPLATE}
    (recorder.roots.static / "style.css").write_text("x", encoding="utf-8")
    assert recorder.next().kinds == {ChangeKind.STATIC}
    recorder.roots.configs[0].write_text('title = "T"\n', encoding="utf-8")
    assert recorder.next().kinds == {ChangeKind.CONFIG}
    (tmp_path / "notes.txt").write_text("not part of the site", encoding="utf-8")
    assert recorder.rest() == []


def test_a_new_templates_folder_is_watched(tmp_path: Path) -> None:
    rec = Recorder(tmp_path)
    rec.roots.templates.rmdir()
    rec.watcher.start()
    try:
        rec.roots.templates.mkdir()
        assert rec.next().kinds == {ChangeKind.TEMPLATE}
        rec.rest()
        (rec.roots.templates / "page.html").write_text("x", encoding="utf-8")
        assert rel_paths(rec.next(), tmp_path) == ["templates/page.html"]
    finally:
        rec.watcher.stop()


def test_delete_and_rename(recorder: Recorder, tmp_path: Path) -> None:
    content = recorder.roots.content
    (content / "a.md").write_text("# A\n", encoding="utf-8")
    recorder.next()
    recorder.rest()
    os.rename(content / "a.md", content / "b.md")
    assert {p for b in [recorder.next(), *recorder.rest()] for p in rel_paths(b, tmp_path)} == \
        {"content/a.md", "content/b.md"}
    (content / "b.md").unlink()
    assert rel_paths(recorder.next(), tmp_path) == ["content/b.md"]
    (content / "sub").mkdir()
    (content / "sub" / "c.md").write_text("# C\n", encoding="utf-8")
    os.rename(content / "sub", content / "moved")
    seen = {p for b in [recorder.next(), *recorder.rest()] for p in rel_paths(b, tmp_path)}
    assert {"content/sub", "content/moved"} <= seen


def test_watcher_survives_a_failing_batch(tmp_path: Path) -> None:
    rec = Recorder(tmp_path, fail_first=True)
    rec.watcher.start()
    try:
        (rec.roots.content / "a.md").write_text("one", encoding="utf-8")
        rec.next()
        rec.rest()
        assert [str(e) for e in rec.errors] == ["boom"]
        (rec.roots.content / "b.md").write_text("two", encoding="utf-8")
        assert rel_paths(rec.next(), tmp_path) == ["content/b.md"]
    finally:
        rec.watcher.stop()


def test_polling_observer(tmp_path: Path) -> None:
    rec = Recorder(tmp_path, poll=True)
    rec.watcher.start()
    try:
        time.sleep(0.2)  # let the first scan finish
        (rec.roots.content / "a.md").write_text("# A\n", encoding="utf-8")
        assert rel_paths(rec.next(), tmp_path) == ["content/a.md"]
    finally:
        rec.watcher.stop()


def test_burst_of_500_changes_gives_at_most_two_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # anything the builder keeps in the current folder stays in tmp
    content, out = tmp_path / "content", tmp_path / "site"
    write_files(content, {"start.md": "# Start\n\nFirst.\n"})
    config = Config(content_dir=content, output_dir=out, templates_dir=tmp_path / "templates",
                    static_dir=tmp_path / "static")
    builder = Builder(config)
    builder.build()
    events: queue.Queue[set[str] | None] = queue.Queue()  # a batch's names when it starts, None when done
    errors: list[object] = []

    def rebuild(batch: Batch) -> None:
        events.put({p.name for p in batch.paths})
        try:
            errors.extend(builder.rebuild(batch.paths).errors)
        finally:
            events.put(None)

    watcher = Watcher(WatchRoots.from_config(config), rebuild)
    watcher.start()
    sizes: list[set[str]] = []
    try:
        for n in range(500):
            (content / f"doc-{n:03d}.md").write_text(f"# Doc {n}\n\nParagraph {n}.\n", encoding="utf-8")
        building = False
        while True:  # until no build runs and none starts for a while
            try:
                event = events.get(timeout=BUILD_TIMEOUT if building or not sizes else 3 * SETTLE)
            except queue.Empty:
                break
            building = event is not None
            if event is not None:
                sizes.append(event)
    finally:
        watcher.stop()
    assert 1 <= len(sizes) <= 2, sizes
    assert set().union(*sizes) == {f"doc-{n:03d}.md" for n in range(500)}
    assert (out / "doc-499" / "index.html").is_file()
    assert errors == []
