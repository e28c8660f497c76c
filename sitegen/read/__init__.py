"""Readers: a source's text in, a `Document` out. No reader touches the disk.

Each reader is imported on first use: a site of Markdown notes never loads
the cleaner, nor a site of text dumps the Markdown parser.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime

from sitegen.model import Document

Reader = Callable[[str, str, datetime | None], Document]
# kind -> (module, function)
READER_NAMES = {"text": ("sitegen.read.text", "read_text"), "markdown": ("sitegen.read.markdown", "read_markdown"),
                "html": ("sitegen.read.html", "read_html")}
_LOADED: dict[str, Reader] = {}


def reader_for(kind: str) -> Reader:
    """The reader of sources of `kind` ('text', 'markdown' or 'html')."""
    reader = _LOADED.get(kind)
    if reader is None:
        module, name = READER_NAMES[kind]
        reader = _LOADED[kind] = getattr(importlib.import_module(module), name)
    return reader


def read_document(rel: str, kind: str, text: str, reference_date: datetime | None = None) -> Document:
    """Read the decoded text of source `rel` (of kind 'text', 'markdown' or 'html')."""
    return reader_for(kind)(rel, text, reference_date)
