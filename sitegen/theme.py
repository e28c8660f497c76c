"""Where the default theme lives (importing no template engine)."""

from __future__ import annotations

from pathlib import Path


def theme_dir(kind: str) -> Path:
    """The default theme's `templates` or `static` folder: inside the
    installed package, or at the top of a source checkout."""
    packaged = Path(__file__).parent / "_theme" / kind
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / kind
