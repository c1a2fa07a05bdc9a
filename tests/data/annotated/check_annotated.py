"""Check the annotated clusters outside the dev set (tests/data/annotated/<name>) and the gold
of the made-up clusters (tests/data/madeup_gold/<name>): ids, anchors verbatim in the article
texts as consensus.ingest reads them (the texts the tool cites).

Usage: .venv/bin/python tests/data/annotated/check_annotated.py [name ...]
Prints one line per problem and exits 1 if there is any (the checks of
tests/data/dev/check_expectations.py, run on the ingested texts).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "dev"))
sys.path.insert(0, str(HERE.parents[2] / "bench"))

from check_expectations import check_against  # noqa: E402
from quality_lib import (  # noqa: E402
    ANNOTATED,
    MADEUP_GOLD,
    annotated,
    annotated_articles,
    load_annotated_expectations,
    madeup,
)


def check(name: str) -> list[str]:
    """Problems of one annotated cluster's gold, or of one made-up cluster's."""
    base = MADEUP_GOLD if name in madeup() else ANNOTATED
    texts = {a.id: a.text for a in annotated_articles(name, base)}
    return check_against(name, texts, load_annotated_expectations(name, base))


def main(argv: list[str]) -> int:
    names = argv or [*annotated(), *madeup()]
    problems = [p for name in names for p in check(name)]
    for p in problems:
        print(p)
    print(f"{len(names)} annotated clusters checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
