"""One typed, frozen configuration.

Settings come from `sitegen.toml`, or from `[tool.sitegen]` in
`pyproject.toml`, in the current folder (or the file named by `--config`);
command-line flags override them. An unknown key is an error naming the key
and the file.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sitegen.errors import ConfigError

CONFIG_FILE = "sitegen.toml"
DEFAULT_MAX_DELETES = 500  # publishing refuses to delete more files than this
PYPROJECT_FILE = "pyproject.toml"


@dataclass(frozen=True)
class Config:
    """Every setting sitegen knows. Paths are resolved against the folder of
    the config file (or the current folder when there is none)."""

    title: str = "sitegen"
    description: str = ""
    base_url: str = ""
    language: str = "en"
    author: str = ""
    content_dir: Path = Path("content")
    output_dir: Path = Path("site")
    templates_dir: Path = Path("templates")
    static_dir: Path = Path("static")
    cname: str = ""
    drafts: bool = False
    max_deletes: int = DEFAULT_MAX_DELETES
    strict: bool = False
    config_file: Path | None = None

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)


_PATH_KEYS = {"content_dir", "output_dir", "templates_dir", "static_dir"}
_FILE_KEYS = {f.name for f in fields(Config)} - {"config_file", "strict"}


def find_config(folder: Path) -> Path | None:
    """The config file that applies to `folder`, if any."""
    own = folder / CONFIG_FILE
    if own.is_file():
        return own
    pyproject = folder / PYPROJECT_FILE
    if pyproject.is_file() and _pyproject_table(pyproject) is not None:
        return pyproject
    return None


def load_config(path: Path | None = None, folder: Path | None = None) -> Config:
    """Read the config from `path`, or the one found in `folder` (default: the
    current folder). With no file, the defaults apply, relative to `folder`."""
    folder = folder or Path.cwd()
    if path is None:
        path = find_config(folder)
    if path is None:
        return _resolve(Config(), folder)
    if not path.is_file():
        raise ConfigError("config file not found", str(path))
    table = _pyproject_table(path) if path.name == PYPROJECT_FILE else _read_toml(path)
    return _resolve(_from_table(table or {}, path), path.parent)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise ConfigError(f"invalid TOML: {getattr(exc, 'msg', exc)}", str(path), line) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", str(path)) from exc


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    table = _read_toml(path).get("tool", {}).get("sitegen")
    return table if isinstance(table, dict) else None


def _from_table(table: dict[str, Any], path: Path) -> Config:
    values: dict[str, Any] = {"config_file": path}
    types = {f.name: f.type for f in fields(Config)}
    for key, value in table.items():
        if key not in _FILE_KEYS:
            known = ", ".join(sorted(_FILE_KEYS))
            raise ConfigError(f"unknown key {key!r} (known keys: {known})", str(path))
        if key in _PATH_KEYS:
            if not isinstance(value, str):
                raise ConfigError(f"{key} must be a string path", str(path))
            values[key] = Path(value)
        elif types[key] in ("bool", bool):
            if not isinstance(value, bool):
                raise ConfigError(f"{key} must be true or false", str(path))
            values[key] = value
        elif types[key] in ("int", int):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"{key} must be a whole number, 0 or more", str(path))
            values[key] = value
        else:
            if not isinstance(value, str):
                raise ConfigError(f"{key} must be a string", str(path))
            values[key] = value
    base_url = values.get("base_url", "")
    if base_url and not base_url.startswith(("https://", "http://")):
        raise ConfigError(f"base_url must start with https:// or http:// (got {base_url!r})", str(path))
    return Config(**values)


def _resolve(config: Config, base: Path) -> Config:
    changes = {k: base / getattr(config, k) for k in _PATH_KEYS}
    return config.replace(**changes)
