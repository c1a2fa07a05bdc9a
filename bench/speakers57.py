"""Census of wrong speakers on the tunable made-up clusters (session 57, speakers57).

For each cluster (default: every tunable one; `--names a,b`) prints each item the speaker
checks flag (bench/speaker_checks.py: gold speaker wrong, or the shape/outlet/absent checks)
with the cited words and the sentence each citation stands in, so a reader can label the
cause (bench/speakers57.tsv holds the labels of the session 57 run).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/speakers57.py [--names a,b]
Never scores a held-out cluster (quality_lib.tunable).
"""

from __future__ import annotations

import re
import sys
from multiprocessing import Pool
from typing import Any

import quality_lib
import speaker_checks


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi_dot, hi_nl = text.find(". ", end), text.find("\n", end)
    hi = min(x for x in (hi_dot, hi_nl, len(text)) if x >= 0)
    return re.sub(r"\s+", " ", text[lo : hi + 1]).strip()


def one(name: str) -> str:
    seen: list[tuple[Any, dict[str, Any]]] = []
    real = speaker_checks.check_items

    def spy(items: Any, articles: Any, *rest: Any) -> Any:
        s = real(items, articles, *rest)
        seen.append((s, {"items": items, "articles": articles}))
        return s

    quality_lib.check_items = spy  # type: ignore[attr-defined]
    from quality import score_madeup

    score_madeup(name)
    quality_lib.check_items = real  # type: ignore[attr-defined]
    out = []
    for s, ctx in seen:
        for line in s.wrong_items:
            out.append(f"== {name}\t{line}")
            tail = line.split(": ", 1)[-1] if line.startswith("gold") else line.split(": ", 1)[1]
            for it in ctx["items"]:
                if it.statement[:70] != tail:
                    continue
                for c in it.citations:
                    art = ctx["articles"].get(c.article)
                    if art is None:
                        continue
                    out.append(f"   [{c.article}] {_sentence(art.text, c.start, c.end)[:400]}")
    return "\n".join(out)


def main() -> None:
    args = sys.argv[1:]
    names = quality_lib.tunable(quality_lib.madeup())
    if "--names" in args:
        asked = args[args.index("--names") + 1].split(",")
        names = [n for n in asked if n in names]
    with Pool(2) as p:
        for block in p.map(one, names, chunksize=1):
            if block:
                print(block)


if __name__ == "__main__":
    main()
