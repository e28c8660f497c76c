"""`sitegen publish --git` against real bare repositories: no mocked git."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, write_files

SITE_FILES = {
    "sitegen.toml": 'title = "Pub"\nbase_url = "https://read.example.org/"\ncname = "read.example.org"\n',
    "content/a.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\n---\nText A.\n",
    "content/b.md": "---\ntitle: B\ndate: 2024-01-02\n---\nText B.\n",
    "content/pic.png": b"\x89PNG\r\n\x1a\nbytes",
}


def git(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, errors="replace",
                          check=True)
    return proc.stdout.strip()


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment without the machine's git identity or config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": str(home / ".gitconfig"),
                "PYTHONPATH": str(REPO), **extra})
    return env


def publish(cwd: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sitegen", "publish", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """A user's repository (with a dirty working tree and a staged change) whose
    origin is a bare repository; returns (repo, remote, env)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Pat Publisher\n\temail = pat@example.org\n", encoding="utf-8")
    env = clean_env(home)
    remote = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", str(remote), cwd=tmp_path, env=env)
    repo = tmp_path / "repo"
    write_files(repo, {**SITE_FILES, ".gitignore": "site/\n", "notes.txt": "tracked\n", "staged.txt": "one\n"})
    git("init", "--quiet", "--initial-branch=main", cwd=repo, env=env)
    git("add", "-A", cwd=repo, env=env)
    git("commit", "--quiet", "-m", "sources", cwd=repo, env=env)
    git("remote", "add", "origin", str(remote), cwd=repo, env=env)
    (repo / "notes.txt").write_text("tracked, edited\n", encoding="utf-8")
    (repo / "staged.txt").write_text("two\n", encoding="utf-8")
    git("add", "staged.txt", cwd=repo, env=env)
    (repo / "untracked.txt").write_text("new\n", encoding="utf-8")
    return repo, remote, env


def repo_state(repo: Path, env: dict[str, str]) -> tuple[str, ...]:
    index = hashlib.sha256((repo / ".git" / "index").read_bytes()).hexdigest()
    return (index, git("symbolic-ref", "HEAD", cwd=repo, env=env), git("rev-parse", "HEAD", cwd=repo, env=env),
            git("for-each-ref", "refs/heads", "refs/tags", cwd=repo, env=env),
            git("diff", "--cached", cwd=repo, env=env), git("diff", cwd=repo, env=env),
            git("status", "--porcelain", "--untracked-files=all", cwd=repo, env=env),
            (repo / "notes.txt").read_text(encoding="utf-8"))


def tree(remote: Path, env: dict[str, str], ref: str = "gh-pages") -> list[str]:
    return git("ls-tree", "-r", "--name-only", ref, cwd=remote, env=env).splitlines()


def test_publish_commits_the_site_and_leaves_the_users_repository_alone(project: tuple[Path, Path, dict[str, str]]
                                                                        ) -> None:
    repo, remote, env = project
    git("status", cwd=repo, env=env)  # let git refresh its index once, before the snapshot
    before = repo_state(repo, env)
    proc = publish(repo, "--git", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "published to origin gh-pages" in proc.stdout
    assert repo_state(repo, env) == before
    files = tree(remote, env)
    assert {".nojekyll", "CNAME", "index.html", "a/index.html", "feed.xml", "sitemap.xml", "robots.txt",
            "404.html", "tags/x/index.html", "pic.png", "static/style.css"} <= set(files)
    assert ".sitegen-manifest.json" not in files
    assert git("show", "gh-pages:CNAME", cwd=remote, env=env) == "read.example.org"
    site_index = (repo / "site" / "index.html").read_text(encoding="utf-8")
    assert git("show", "gh-pages:index.html", cwd=remote, env=env) == site_index.strip()
    author = git("log", "-1", "--format=%an <%ae>|%cn <%ce>|%P", "gh-pages", cwd=remote, env=env)
    assert author == "Pat Publisher <pat@example.org>|Pat Publisher <pat@example.org>|"  # no parent: a new branch
    head = git("rev-parse", "--short", "HEAD", cwd=repo, env=env)
    assert git("log", "-1", "--format=%s", "gh-pages", cwd=remote, env=env) == f"Publish site from {head}"


def test_unchanged_site_makes_no_commit_and_changes_build_on_the_last(project: tuple[Path, Path, dict[str, str]]
                                                                      ) -> None:
    repo, remote, env = project
    assert publish(repo, "--git", env=env).returncode == 0
    first = git("rev-parse", "gh-pages", cwd=remote, env=env)
    again = publish(repo, "--git", env=env)
    assert again.returncode == 0 and "up to date" in again.stdout
    assert git("rev-parse", "gh-pages", cwd=remote, env=env) == first
    (repo / "content" / "b.md").unlink()
    (repo / "content" / "c.md").write_text("# C\n\nNew.\n", encoding="utf-8")
    proc = publish(repo, "--git", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "deleted" in proc.stdout
    second = git("rev-parse", "gh-pages", cwd=remote, env=env)
    assert git("rev-parse", "gh-pages^", cwd=remote, env=env) == first
    files = tree(remote, env)
    assert "c/index.html" in files and "b/index.html" not in files
    changes = git("diff-tree", "-r", "--name-status", first, second, cwd=remote, env=env)
    assert "D\tb/index.html" in changes and "A\tc/index.html" in changes


def test_dry_run_lists_the_plan_and_pushes_nothing(project: tuple[Path, Path, dict[str, str]]) -> None:
    repo, remote, env = project
    proc = publish(repo, "--git", "--dry-run", env=env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "add     index.html" in lines and "add     .nojekyll" in lines and "add     CNAME" in lines
    assert "dry run" in lines[-1]
    assert git("for-each-ref", cwd=remote, env=env) == ""


def test_a_failed_build_is_never_published(project: tuple[Path, Path, dict[str, str]]) -> None:
    repo, remote, env = project
    (repo / "content" / "bad.md").write_text("---\ntitle: [unclosed\n---\nx\n", encoding="utf-8")
    proc = publish(repo, "--git", env=env)
    assert proc.returncode == 1
    assert "bad.md:2" in proc.stderr and "nothing was published" in proc.stderr
    assert git("for-each-ref", cwd=remote, env=env) == ""


def test_existing_branch_is_the_parent_and_max_deletes_guards_it(tmp_path: Path,
                                                                  project: tuple[Path, Path, dict[str, str]]) -> None:
    repo, remote, env = project
    other = tmp_path / "other"
    write_files(other, {f"old/{n}.html": f"old {n}\n" for n in range(12)})
    git("init", "--quiet", "--initial-branch=gh-pages", cwd=other, env=env)
    git("add", "-A", cwd=other, env=env)
    git("commit", "--quiet", "-m", "hand-made pages", cwd=other, env=env)
    git("push", "--quiet", str(remote), "gh-pages", cwd=other, env=env)
    old = git("rev-parse", "gh-pages", cwd=remote, env=env)
    proc = publish(repo, "--git", "--max-deletes", "5", env=env)
    assert proc.returncode == 1
    assert "12 files" in proc.stderr and "--max-deletes" in proc.stderr
    assert git("rev-parse", "gh-pages", cwd=remote, env=env) == old
    proc = publish(repo, "--git", "--max-deletes", "12", env=env)
    assert proc.returncode == 0, proc.stderr
    assert git("rev-parse", "gh-pages^", cwd=remote, env=env) == old
    assert not [f for f in tree(remote, env) if f.startswith("old/")]


def test_fallback_identity_and_reproducible_commits(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home, SOURCE_DATE_EPOCH="1700000000")  # no identity anywhere
    commits = []
    for name in ("one", "two"):
        remote = tmp_path / f"{name}.git"
        git("init", "--quiet", "--bare", str(remote), cwd=tmp_path, env=env)
        folder = write_files(tmp_path / name, dict(SITE_FILES))  # not a git repository: the remote is named
        proc = publish(folder, "--git", str(remote), "--branch", "pages", env=env)
        assert proc.returncode == 0, proc.stderr
        assert git("log", "-1", "--format=%an <%ae> %at", "pages", cwd=remote, env=env) == \
            "sitegen <sitegen@localhost> 1700000000"
        commits.append(git("rev-parse", "pages", cwd=remote, env=env))
    assert commits[0] == commits[1]
    assert not (tmp_path / "one" / ".git").exists()


def test_outside_a_repository_the_remote_must_be_named(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    folder = write_files(tmp_path / "plain", dict(SITE_FILES))
    proc = publish(folder, "--git", env=clean_env(home))
    assert proc.returncode == 1 and "not inside a git repository" in proc.stderr


def test_unknown_remote_is_a_clear_error(project: tuple[Path, Path, dict[str, str]]) -> None:
    repo, _, env = project
    proc = publish(repo, "--git", "upstream", env=env)
    assert proc.returncode == 1 and "no git remote named 'upstream'" in proc.stderr


def test_a_rejected_push_is_a_clear_failure(project: tuple[Path, Path, dict[str, str]]) -> None:
    repo, remote, env = project
    hook = remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'gh-pages is protected' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    git("status", cwd=repo, env=env)
    before = repo_state(repo, env)
    proc = publish(repo, "--git", "--strict", env=env)
    assert proc.returncode == 1
    assert "git push failed" in proc.stderr and "gh-pages is protected" in proc.stderr
    assert git("for-each-ref", cwd=remote, env=env) == ""
    assert repo_state(repo, env) == before
