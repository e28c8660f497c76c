"""Errors that name the file (and line) they are about."""

from __future__ import annotations


class SitegenError(Exception):
    """An error the user can act on. `str()` gives `path[:line]: message`."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ConfigError(SitegenError):
    """A bad setting in a config file or on the command line."""


class SourceError(SitegenError):
    """A source that cannot be read or parsed."""


class OutputError(SitegenError):
    """An output folder that sitegen refuses to write to."""
