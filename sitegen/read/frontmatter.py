"""Front matter: a YAML block between `---` lines, or TOML between `+++`.

YAML is loaded safely (no tags that construct objects). Every error names
the file and, where it can be known, the line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml

from sitegen.errors import SourceError

FENCES = {"---": "yaml", "+++": "toml"}
_TOML_LINE = re.compile(r"at line (\d+)")
_TOML_WHERE = re.compile(r"\s*\(at [^)]*\)$")
_DATE = re.compile(r"[:=]\s*['\"]?(\d{4})-(\d\d?)-(\d\d?)")
_KEY = re.compile(r"""^\s*["']?([\w-]+)["']?\s*[:=]""")


@dataclass(frozen=True)
class FrontMatter:
    """The parsed front matter, the body after it, and the file line of each top-level key."""

    data: dict[str, Any]
    body: str
    lines_taken: int = 0
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int | None:
        return self.key_lines.get(key)


def read_front_matter(text: str, rel: str) -> FrontMatter:
    """Split `text` into front matter and body. Raises SourceError naming the line."""
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0].strip()
    if first not in FENCES:
        return FrontMatter({}, text)
    lines = text.split("\n")
    for end in range(1, len(lines)):
        if lines[end].strip() == first:
            break
    else:
        raise SourceError(f"front matter opened with {first!r} is never closed", rel, 1)
    raw_lines = lines[1:end]
    data = _parse("\n".join(raw_lines), FENCES[first], rel)
    key_lines: dict[str, int] = {}
    for number, line in enumerate(raw_lines, start=2):
        match = _KEY.match(line)
        if match and not line.startswith((" ", "\t")):
            key_lines.setdefault(match.group(1).lower(), number)
    return FrontMatter(data, "\n".join(lines[end + 1:]), end + 1, key_lines)


def split_front_matter(text: str, rel: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, number of lines the front matter took)."""
    front = read_front_matter(text, rel)
    return front.data, front.body, front.lines_taken


# libyaml's loader, when PyYAML has it: the same values, many times faster.
_FAST_YAML: Any = getattr(yaml, "CSafeLoader", None)


def _load_yaml(raw: str) -> Any:
    """`yaml.safe_load(raw)`, through libyaml when it is there. On any error
    the pure-Python loader reads it again, for its error and line."""
    if _FAST_YAML is not None:
        try:
            return yaml.load(raw, Loader=_FAST_YAML)  # noqa: S506 (a safe loader)
        except Exception:  # noqa: S110 (read again below, for the error's wording and line)
            pass
    return yaml.safe_load(raw)


# A line of the simplest front matter: a lower-case key, then a plain
# one-line text that starts with a letter, or a date. What YAML makes of
# such text is known: the text itself, unless it is one of the words YAML
# 1.1 reads as true, false or null (a number, date, float or any other
# kind starts with a digit, a sign or a dot).
_SIMPLE_LINE = re.compile(r"([a-z][a-z_]*): +(?:([A-Za-z](?:[A-Za-z0-9 ,.'!?_-]*[A-Za-z0-9.'!?_-])?)"
                          r"|([0-9]{4})-([0-9]{2})-([0-9]{2}))")
_YAML_WORDS = frozenset(word for base in ("yes", "no", "true", "false", "on", "off", "null")
                        for word in (base, base.capitalize(), base.upper()))


def _simple_yaml(raw: str) -> dict[str, Any] | None:
    """What the YAML loader reads from `raw` when each of its lines is blank
    or a `_SIMPLE_LINE` (a mapping of texts and dates), without the loader;
    None for any other front matter (tests/test_read_shortcuts.py checks
    the two agree)."""
    data: dict[str, Any] = {}
    for line in raw.split("\n"):
        if not line:
            continue
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None:
            return None
        key, text, year, month, day = match.groups()
        if key in _YAML_WORDS:
            return None
        if text is None:
            try:
                data[key] = date(int(year), int(month), int(day))
            except ValueError:  # an impossible date: the loader says so
                return None
        elif text in _YAML_WORDS:
            return None
        else:
            data[key] = text
    return data


def _parse(raw: str, kind: str, rel: str) -> dict[str, Any]:
    if kind == "yaml":
        simple = _simple_yaml(raw)
        if simple is not None:
            return simple
    try:
        data = _load_yaml(raw) if kind == "yaml" else tomllib.loads(raw)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1
        problem = exc.problem or str(exc)
        if exc.context and exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
            problem = f"{exc.context} (from line {exc.context_mark.line + 2}): {problem}"
        if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
            problem = f"{problem} (only plain YAML values are allowed)"
        raise SourceError(f"invalid YAML front matter: {problem}", rel, line) from exc
    except yaml.YAMLError as exc:
        raise SourceError(f"invalid YAML front matter: {exc}", rel, 1) from exc
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found.group(1)) + 1 if found else raw.count("\n") + 2
        message = _TOML_WHERE.sub("", str(exc))
        raise SourceError(f"invalid TOML front matter: {message}", rel, line) from exc
    except RecursionError as exc:
        raise SourceError("invalid front matter: nested too deeply", rel, 1) from exc
    except (ValueError, TypeError) as exc:  # PyYAML's constructors, e.g. `date: 2024-13-45`
        raise SourceError(f"invalid front matter: {exc}", rel, _bad_date_line(raw)) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError("front matter must be a mapping of keys to values", rel, 2)
    return {str(k).lower(): v for k, v in data.items()}


def _bad_date_line(raw: str) -> int:
    """The file line of the first impossible date in `raw` (1 when there is none)."""
    for number, line in enumerate(raw.split("\n"), start=2):
        match = _DATE.search(line)
        if match:
            try:
                date(*(int(g) for g in match.groups()))
            except ValueError:
                return number
    return 1
