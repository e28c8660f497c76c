"""Put a finished build on static hosting: a git branch, or a folder.

- `publish_git` commits the output tree to a branch (default `gh-pages`) of a
  remote and pushes it, with git plumbing only (a temporary index, hash-object,
  update-index, write-tree, commit-tree, push): the user's working tree, index
  and current branch are never touched. `.nojekyll` (and `CNAME` when
  configured) are added to the commit. An unchanged tree makes no commit.
- `publish_dir` makes a folder equal to the output: it copies what changed and
  deletes what is no longer produced, never following a symlink out of it.

Both first make a `Plan` (added, changed, deleted), which `--dry-run` shows,
and both refuse to delete more than `max_deletes` files.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.config import DEFAULT_MAX_DELETES
from sitegen.errors import OutputError, SitegenError
from sitegen.write import MANIFEST

DEFAULT_BRANCH = "gh-pages"
DEFAULT_REMOTE = "origin"
NOJEKYLL = ".nojekyll"
CNAME = "CNAME"
# Used only when git knows no identity (no user.name / user.email, no GIT_* variables).
FALLBACK_NAME = "sitegen"
FALLBACK_EMAIL = "sitegen@localhost"
_TEMP_PREFIX = ".tmp-sitegen-"
_MODE_FILE, _MODE_EXEC = "100644", "100755"


class PublishError(SitegenError):
    """Publishing failed or was refused; nothing (more) was changed."""


@dataclass(frozen=True)
class Plan:
    """What publishing changes at the destination, as sorted relative paths."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.deleted)

    def lines(self) -> list[str]:
        """One line per path: `add`, `change` or `delete`, then the path."""
        return ([f"add     {p}" for p in self.added] + [f"change  {p}" for p in self.changed]
                + [f"delete  {p}" for p in self.deleted])


@dataclass
class PublishResult:
    """What publishing did (or, in a dry run, would do)."""

    plan: Plan
    destination: str
    dry_run: bool = False
    commit: str | None = None
    notes: list[str] = field(default_factory=list)


def site_files(site: Path) -> dict[str, Path]:
    """The output's files by POSIX relative path, sorted; the build's manifest,
    leftover temp files and symlinks are not part of the site."""
    if not site.is_dir():
        raise PublishError("output folder not found (build first)", str(site))
    files: dict[str, Path] = {}
    for folder, dirs, names in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not Path(folder, d).is_symlink())
        for name in sorted(names):
            path = Path(folder, name)
            rel = path.relative_to(site).as_posix()
            if rel == MANIFEST or name.startswith((".tmp-", MANIFEST + ".tmp")) or path.is_symlink():
                continue
            if path.is_file():
                files[rel] = path
    return dict(sorted(files.items()))


def check_max_deletes(plan: Plan, max_deletes: int | None) -> None:
    if max_deletes is not None and len(plan.deleted) > max_deletes:
        raise PublishError(f"would delete {len(plan.deleted)} files, more than the limit of {max_deletes} "
                           "(check the destination, or raise the limit with --max-deletes N)")


# --- a folder ---------------------------------------------------------------------------------


def check_target(target: Path, content: Path, output: Path) -> Path:
    """The resolved TARGET, or an error for folders publishing must never rewrite."""
    real = target.resolve()
    if real in {Path("/").resolve(), Path.home().resolve()}:
        raise OutputError("refusing to publish into the root or home folder", str(target))
    content_r, output_r = content.resolve(), output.resolve()
    if real == content_r or real in content_r.parents:
        raise OutputError("refusing to publish into the content folder or a folder containing it", str(target))
    if real == output_r or real in output_r.parents or output_r in real.parents:
        raise OutputError("the target must not be, contain, or lie inside the output folder", str(target))
    if real.exists() and not real.is_dir():
        raise OutputError("the target is not a folder", str(target))
    return real


def _target_entries(target: Path) -> dict[str, os.stat_result]:
    """Everything in `target` that is not a real folder (files, symlinks, others),
    by relative path, with its lstat. Symlinked folders are entries, never entered."""
    entries: dict[str, os.stat_result] = {}
    if not target.is_dir():
        return entries
    for folder, dirs, names in os.walk(target, followlinks=False):
        base = Path(folder)
        keep = []
        for name in sorted(dirs):
            st = os.lstat(base / name)
            if stat.S_ISDIR(st.st_mode):
                keep.append(name)
            else:
                entries[(base / name).relative_to(target).as_posix()] = st
        dirs[:] = keep
        for name in sorted(names):
            entries[(base / name).relative_to(target).as_posix()] = os.lstat(base / name)
    return entries


def _same_file(source: Path, st: os.stat_result, dest: Path) -> bool:
    if not stat.S_ISREG(st.st_mode) or st.st_size != source.stat().st_size:
        return False
    return _read(source) == _read(dest)


def _read(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def plan_dir(files: Mapping[str, Path], target: Path) -> Plan:
    """Compare the site's files with what `target` holds now."""
    entries = _target_entries(target)
    added = [rel for rel in files if rel not in entries]
    changed = [rel for rel in files if rel in entries and not _same_file(files[rel], entries[rel], target / rel)]
    deleted = [rel for rel in entries if rel not in files]
    return Plan(tuple(sorted(added)), tuple(sorted(changed)), tuple(sorted(deleted)))


def _inside(target: Path, rel: str) -> Path:
    """`target/rel`, after checking no folder on the way is a symlink or a file
    (so nothing outside `target` can be reached through it)."""
    parts = rel.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise PublishError(f"unsafe path {rel!r}", str(target))
    path = target
    for part in parts[:-1]:
        path = path / part
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            continue
        if not stat.S_ISDIR(st.st_mode):
            raise PublishError(f"{path.relative_to(target).as_posix()} is not a folder", str(target))
    return target.joinpath(*parts)


def _remove(target: Path, rel: str) -> None:
    """Remove one entry: a symlink or file is unlinked (never followed); a real
    folder is emptied bottom-up the same way."""
    path = _inside(target, rel)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(st.st_mode):
        path.unlink()
        return
    for folder, dirs, names in os.walk(path, topdown=False, followlinks=False):
        for name in names + dirs:
            child = Path(folder, name)
            if stat.S_ISDIR(os.lstat(child).st_mode):
                child.rmdir()
            else:
                child.unlink()
    path.rmdir()


def _clear_way(target: Path, rel: str) -> None:
    """Make every folder on the way to `rel` a real folder, and `rel` itself no folder:
    files or symlinks in the way are removed (they are in the plan's deletes)."""
    parts = rel.split("/")
    for n in range(1, len(parts) + 1):
        path = target.joinpath(*parts[:n])
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return
        is_dir = stat.S_ISDIR(st.st_mode)
        if (n < len(parts) and not is_dir) or (n == len(parts) and (is_dir or stat.S_ISLNK(st.st_mode))):
            _remove(target, "/".join(parts[:n]))
            return


def _copy_in(source: Path, target: Path, rel: str) -> None:
    """Copy atomically; the new file gets the usual permissions (umask), not the
    build's, and the source's modification time."""
    _clear_way(target, rel)
    dest = _inside(target, rel)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.parent / f"{_TEMP_PREFIX}{secrets.token_hex(8)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as fh, source.open("rb") as src:
            shutil.copyfileobj(src, fh)
        st = source.stat()
        os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _prune_empty_folders(target: Path) -> None:
    for folder, dirs, _ in os.walk(target, topdown=False, followlinks=False):
        for name in dirs:
            path = Path(folder, name)
            if stat.S_ISDIR(os.lstat(path).st_mode) and not any(path.iterdir()):
                path.rmdir()


def _prefixes(rel: str) -> list[str]:
    """The folders above `rel`: "a/b/c" -> ["a", "a/b"]."""
    parts = rel.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts))]


def publish_dir(site: Path, target: Path, content: Path, max_deletes: int | None = DEFAULT_MAX_DELETES,
                dry_run: bool = False) -> PublishResult:
    """Make `target` equal to the built `site`: copy what changed, delete what is gone."""
    real = check_target(target, content, site)
    files = site_files(site)
    plan = plan_dir(files, real)
    result = PublishResult(plan, str(target), dry_run)
    if dry_run or plan.empty:
        return result
    check_max_deletes(plan, max_deletes)
    real.mkdir(parents=True, exist_ok=True)
    for rel in plan.added + plan.changed:
        _copy_in(files[rel], real, rel)
    folders = {prefix for rel in files for prefix in _prefixes(rel)}
    for rel in plan.deleted:
        # Entries in the way of the site's files (a symlink where a folder goes, a folder
        # where a file goes, and what was inside them) were removed while copying.
        if rel not in folders and not any(prefix in files for prefix in _prefixes(rel)):
            _remove(real, rel)
    _prune_empty_folders(real)
    return result


# --- a git branch ------------------------------------------------------------------------------


class Git:
    """Runs git in one repository, with extra environment variables."""

    def __init__(self, cwd: Path, env: Mapping[str, str] | None = None) -> None:
        self.cwd = cwd
        self.env = {**os.environ, **(env or {})}

    def run(self, *args: str, stdin: bytes | None = None, check: bool = True,
            env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
        proc = subprocess.run(["git", *args], cwd=self.cwd, input=stdin, capture_output=True,
                              env={**self.env, **(env or {})}, check=False)
        if check and proc.returncode != 0:
            detail = proc.stderr.decode("utf-8", "replace").strip() or f"exit code {proc.returncode}"
            raise PublishError(f"git {args[0]} failed: {detail}")
        return proc

    def out(self, *args: str, stdin: bytes | None = None, env: Mapping[str, str] | None = None) -> str:
        return self.run(*args, stdin=stdin, env=env).stdout.decode("utf-8", "replace").strip()

    def ok(self, *args: str) -> bool:
        return self.run(*args, check=False).returncode == 0


def _entries(git: Git, files: Mapping[str, Path], extra: Mapping[str, bytes], write: bool) -> dict[str, str]:
    """Path -> "mode sha" for every file of the tree to publish (blobs written when `write`)."""
    w = ["-w"] if write else []
    paths = [rel for rel in files if "\n" not in str(files[rel])]
    shas: dict[str, str] = {}
    if paths:
        listing = "".join(str(files[rel].resolve()) + "\n" for rel in paths).encode("utf-8", "surrogateescape")
        for rel, sha in zip(paths, git.out("hash-object", *w, "--no-filters", "--stdin-paths", stdin=listing).split(),
                            strict=True):
            shas[rel] = sha
    for rel in files:
        if rel not in shas:  # a name with a newline cannot go through --stdin-paths
            shas[rel] = git.out("hash-object", *w, "--no-filters", "--stdin", stdin=files[rel].read_bytes())
    entries = {rel: f"{_MODE_EXEC if files[rel].stat().st_mode & 0o111 else _MODE_FILE} {sha}"
               for rel, sha in shas.items()}
    for rel, data in extra.items():
        entries[rel] = f"{_MODE_FILE} {git.out('hash-object', *w, '--stdin', stdin=data)}"
    return dict(sorted(entries.items()))


def _tree_entries(git: Git, commit: str) -> dict[str, str]:
    raw = git.run("ls-tree", "-r", "-z", "--full-tree", commit).stdout.decode("utf-8", "surrogateescape")
    out: dict[str, str] = {}
    for record in filter(None, raw.split("\0")):
        info, path = record.split("\t", 1)
        mode, _kind, sha = info.split()
        out[path] = f"{mode} {sha}"
    return out


def plan_tree(new: Mapping[str, str], old: Mapping[str, str]) -> Plan:
    return Plan(tuple(sorted(p for p in new if p not in old)),
                tuple(sorted(p for p in new if p in old and old[p] != new[p])),
                tuple(sorted(p for p in old if p not in new)))


def _identity(git: Git) -> dict[str, str]:
    """Fallback author/committer variables for whatever git does not know."""
    env: dict[str, str] = {}
    name = git.run("config", "user.name", check=False).stdout.strip()
    email = git.run("config", "user.email", check=False).stdout.strip()
    for role in ("AUTHOR", "COMMITTER"):
        if not name and f"GIT_{role}_NAME" not in os.environ:
            env[f"GIT_{role}_NAME"] = FALLBACK_NAME
        if not email and f"GIT_{role}_EMAIL" not in os.environ:
            env[f"GIT_{role}_EMAIL"] = FALLBACK_EMAIL
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        for role in ("AUTHOR", "COMMITTER"):
            env.setdefault(f"GIT_{role}_DATE", os.environ.get(f"GIT_{role}_DATE", f"@{epoch} +0000"))
    return env


def _remote_tip(git: Git, remote: str, branch: str, shallow: bool) -> str | None:
    """The branch's current commit on the remote (fetched here), or None when it has none."""
    ref = f"refs/heads/{branch}"
    listed = git.out("ls-remote", "--heads", remote, ref)
    tip = next((line.split()[0] for line in listed.splitlines() if line.endswith("\t" + ref)), None)
    if tip is None:
        return None
    if not git.ok("cat-file", "-e", f"{tip}^{{commit}}"):
        depth = ["--depth=1"] if shallow else []
        git.run("fetch", "--quiet", "--no-tags", "--no-write-fetch-head", *depth, remote, ref)
        if not git.ok("cat-file", "-e", f"{tip}^{{commit}}"):
            raise PublishError(f"{remote} {branch} moved while publishing; try again")
    return tip


def publish_git(site: Path, remote: str | None = None, branch: str = DEFAULT_BRANCH, cname: str = "",
                max_deletes: int | None = DEFAULT_MAX_DELETES, dry_run: bool = False, cwd: Path | None = None,
                message: str | None = None) -> PublishResult:
    """Commit the built `site` to `branch` of `remote` and push it.

    Runs in the git repository around `cwd` (default: the current folder); outside one,
    a temporary repository holds the objects and `remote` must be given."""
    cwd = cwd or Path.cwd()
    files = site_files(site)
    extra = {NOJEKYLL: b""}
    if cname.strip():
        extra[CNAME] = cname.strip().encode("utf-8") + b"\n"
    for rel in extra:
        files.pop(rel, None)
    with _repository(cwd, remote) as (git, shallow):
        remote = remote or DEFAULT_REMOTE
        if not (git.ok("remote", "get-url", remote) or ":" in remote or (cwd / remote).exists()):
            raise PublishError(f"no git remote named {remote!r} (name a remote or URL: --git REMOTE)")
        parent = _remote_tip(git, remote, branch, shallow)
        new = _entries(git, files, extra, write=not dry_run)
        plan = plan_tree(new, _tree_entries(git, parent) if parent else {})
        result = PublishResult(plan, f"{remote} {branch}", dry_run)
        if dry_run or plan.empty:
            return result
        check_max_deletes(plan, max_deletes)
        with tempfile.TemporaryDirectory(prefix="sitegen-publish-") as tmp:
            index = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
            records = "".join(f"{entry}\t{rel}\0" for rel, entry in new.items())
            git.run("update-index", "-z", "--add", "--index-info",
                    stdin=records.encode("utf-8", "surrogateescape"), env=index)
            tree = git.out("write-tree", env=index)
        if parent and git.out("rev-parse", f"{parent}^{{tree}}") == tree:
            return result
        head = "" if shallow else git.run("rev-parse", "--short", "HEAD", check=False).stdout.decode().strip()
        text = message or ("Publish site" + (f" from {head}" if head else ""))
        args = ["commit-tree", tree, "-m", text] + (["-p", parent] if parent else [])
        commit = git.out(*args, env=_identity(git))
        git.run("push", "--quiet", remote, f"{commit}:refs/heads/{branch}")
        result.commit = commit
        return result


class _repository:
    """The user's repository around `cwd`, or a temporary bare one (then `shallow` is True)."""

    def __init__(self, cwd: Path, remote: str | None) -> None:
        self.cwd, self.remote = cwd, remote
        self.tmp: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> tuple[Git, bool]:
        probe = Git(self.cwd)
        if probe.ok("rev-parse", "--git-dir"):
            return probe, False
        if not self.remote:
            raise PublishError("not inside a git repository: name the remote (--git REMOTE)", str(self.cwd))
        self.tmp = tempfile.TemporaryDirectory(prefix="sitegen-publish-repo-")
        probe.run("init", "--quiet", "--bare", self.tmp.name)
        return Git(self.cwd, {"GIT_DIR": self.tmp.name}), True

    def __exit__(self, *exc: object) -> None:
        if self.tmp is not None:
            self.tmp.cleanup()
