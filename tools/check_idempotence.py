#!/usr/bin/env python3
"""Clean each text dump of a corpus, then clean the result again: list the
pages where the second reading differs (title, or the text of any block).

    python tools/check_idempotence.py [CORPUS ...] [-v]

CORPUS is a folder with input/ (default: shared/corpus/articles and
wcxb-dev). The result is read back as the cleaner's own output: the title,
then each block's text (a list's items as bulleted lines), a blank line
between, as `tests/test_properties.py` does with generated text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegen.clean import Article, clean  # noqa: E402
from sitegen.model import BlockKind  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO.parent / "shared")


def reading(article: Article) -> tuple[str, list[str]]:
    return article.title, [t for b in article.blocks for t in (b.items if b.kind is BlockKind.LIST else (b.text,))]


def own_output(article: Article) -> str:
    lines = [t for b in article.blocks
             for t in ([f"• {item}" for item in b.items] if b.kind is BlockKind.LIST else [b.text])]
    return "\n\n".join([article.title, *lines])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("-v", action="store_true", help="name each page that differs")
    args = ap.parse_args()
    folders = args.corpus or [SHARED / "corpus" / "articles", SHARED / "corpus" / "wcxb-dev"]
    pages = differ = 0
    for folder in folders:
        for path in sorted((folder / "input").glob("*.txt")):
            first = clean(path.read_text(encoding="utf-8", errors="replace"))
            again = clean(own_output(first))
            pages += 1
            if reading(again) != reading(first):
                differ += 1
                if args.v:
                    print(f"{path.name}: {reading(first)[0][:60]!r} -> {reading(again)[0][:60]!r}")
    print(f"{differ} of {pages} pages read differently the second time")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
