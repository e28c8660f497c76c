"""Helpers for the engine tests: small sites and whole-tree comparisons."""

from __future__ import annotations

from pathlib import Path

from sitegen.build import Builder
from sitegen.config import Config
from sitegen.write import MANIFEST

TEXT_DUMP = """Home > World > {section}

{title}

Updated: 0{day} Mar 2022, 01:07 AM IST

Advertisement

{body} Worker structure edge look direction, without final doctor country perform list chapter.

A Heading For {title}

Material cost moment environmental contract the and speaker perform train bring manager great again.

Share
"""


def text_doc(title: str, day: int = 1, body: str = "First paragraph of the article is here and it is long.") -> str:
    return TEXT_DUMP.format(title=title, day=day, body=body, section="Politics")


def md_doc(title: str, date: str = "2024-01-01", body: str = "Some text here.") -> str:
    return f"---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n\n## A part\n\nMore text.\n"


def small_site(content: Path, n: int = 8) -> None:
    """`n` documents (Markdown and text), an asset, in two folders."""
    for i in range(n):
        if i % 2:
            (content / f"notes/n{i}.md").parent.mkdir(parents=True, exist_ok=True)
            (content / f"notes/n{i}.md").write_text(md_doc(f"Note {i}", f"2024-01-{i + 1:02d}"), encoding="utf-8")
        else:
            (content / f"t{i}.txt").write_text(text_doc(f"Story number {i} about things", day=1 + i % 9),
                                               encoding="utf-8")
    (content / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(50)))


def tree(out: Path) -> dict[str, bytes]:
    """Every file under `out` (the manifest by its file list only)."""
    files: dict[str, bytes] = {}
    for path in sorted(out.rglob("*")):
        if path.is_file():
            rel = path.relative_to(out).as_posix()
            files[rel] = path.read_bytes() if rel != MANIFEST else b""
    return files


def fresh_build(config: Config, out: Path) -> dict[str, bytes]:
    """The tree a build from nothing (no cache, empty output) gives."""
    builder = Builder(config.replace(output_dir=out), use_cache=False)
    try:
        result = builder.build()
    finally:
        builder.close()
    assert not any("internal" in str(e) for e in result.errors), result.errors
    return tree(out)
