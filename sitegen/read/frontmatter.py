"""Front matter: a YAML block between `---` lines, or TOML between `+++`."""

from __future__ import annotations

import tomllib
from typing import Any

import yaml

from sitegen.errors import SourceError

FENCES = {"---": "yaml", "+++": "toml"}


def split_front_matter(text: str, rel: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, number of lines the front matter took)."""
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0].strip()
    if first not in FENCES:
        return {}, text, 0
    lines = text.split("\n")
    for end in range(1, len(lines)):
        if lines[end].strip() == first:
            break
    else:
        raise SourceError(f"front matter opened with {first!r} is never closed", rel, 1)
    raw = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1:])
    data = _parse(raw, FENCES[first], rel)
    return data, body, end + 1


def _parse(raw: str, kind: str, rel: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(raw) if kind == "yaml" else tomllib.loads(raw)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 2 if exc.problem_mark else None
        raise SourceError(f"invalid YAML front matter: {exc.problem or exc}", rel, line) from exc
    except yaml.YAMLError as exc:
        raise SourceError(f"invalid YAML front matter: {exc}", rel, 1) from exc
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", 0) + 1 or None
        raise SourceError(f"invalid TOML front matter: {getattr(exc, 'msg', exc)}", rel, line) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError("front matter must be a mapping of keys to values", rel, 2)
    return {str(k).lower(): v for k, v in data.items()}
