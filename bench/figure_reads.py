"""The figures the merge reads from every claim: value, bound, unit, counted noun, head,
slot words, act, the verb a count is the subject of, owner and flags, per claim of the dev
and made-up clusters (offline extractor), to read for misreadings.

Prints only a short start of each statement (the texts belong to their publishers); a
claim whose statement has a digit or a count word but no figure is listed too, with "-"
(a figure maybe missed). With --tally it prints only how many figures carry each flag.

Usage: .venv/bin/python bench/figure_reads.py [--tally] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_lib import events, gold_cluster, madeup, tunable

SHORT = 60  # characters of a statement printed
FLAGS = ("vague", "prior", "earlier", "expected", "condition", "total", "some", "part")
FLAGS += ("joined", "change")
_COUNTISH = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|"
                       r"hundreds|thousands|millions|scores?|tens)\b", re.I)  # fmt: skip


def main() -> None:
    from consensus.merge.figures import figures
    from consensus.offline import extract_offline

    parser = argparse.ArgumentParser()
    parser.add_argument("--tally", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    for name in args.names or (events() + tunable(madeup())):
        articles, _gold = gold_cluster(name)
        seen: set[str] = set()
        for article in articles:
            for claim in extract_offline(article).claims:
                text = claim.statement
                if text in seen:
                    continue
                seen.add(text)
                figs = figures(text)
                if not figs and _COUNTISH.search(text) and not args.tally:
                    print(f"{name} | {text[:SHORT]} | -")
                for f in figs:
                    flags = [k for k in FLAGS if getattr(f, k)]
                    tally.update(["figures", *flags, *(["pred"] if f.pred else [])])
                    if args.tally:
                        continue
                    value = f"{f.value:g}" + (f"-{f.high:g}" if f.high is not None else "")
                    print(
                        f"{name} | {text[:SHORT]} | {f.text!r} {value} bound={f.bound} "
                        f"unit={f.unit} noun={f.noun} head={f.head} slot={','.join(f.slot)} "
                        f"act={f.act} pred={f.pred} owner={f.owner} [{','.join(flags)}]"
                    )
    if args.tally:
        for key, n in sorted(tally.items()):
            print(f"{key:12} {n}")


if __name__ == "__main__":
    main()
