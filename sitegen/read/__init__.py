"""Readers: a source's text in, a `Document` out. No reader touches the disk."""

from __future__ import annotations

from datetime import datetime

from sitegen.model import Document
from sitegen.read.markdown import read_markdown
from sitegen.read.text import read_text

READERS = {"text": read_text, "markdown": read_markdown}


def read_document(rel: str, kind: str, text: str, reference_date: datetime | None = None) -> Document:
    """Read the decoded text of source `rel` (of kind 'text' or 'markdown')."""
    return READERS[kind](rel, text, reference_date)
