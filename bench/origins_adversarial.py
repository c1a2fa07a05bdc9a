"""Origins on an adversarial set generated from the repo's texts (issue 8 item 4).

    python bench/origins_adversarial.py [--verbose]

tests/copy_variants.py makes, for the two longest articles of each dev cluster, the seeds,
cluster2 and the made-up clusters, the variants a wire re-use produces (another top, a cut
to 40-60 %, a tail, style edits, a dropped dateline or credit, an affiliate's own top,
swapped paragraphs, mixes), each inside its whole cluster; and negatives: two independent
articles that carry one long statement or one box, or that a roundup stitches together,
and two stories of one outlet that print a statement another outlet prints too.
Prints origin pair precision / recall per kind (made-up 5-6 sentence reports apart), and
for the copies that did not join, the share of their text shared with the base that is
still counted once (a copied passage). Takes 25-50 s: too slow for bench/quality.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from copy_variants import (
    Case,
    Score,
    attributed_share,
    negative_cases,
    positive_cases,
    score_cases,
)


def _line(label: str, cases: list[Case], verbose: bool) -> Score:
    score, wrong = score_cases(cases)
    print(
        f"{label:46} {len(cases):4} cases  P {score.precision:.3f}  R {score.recall:.3f}  "
        f"(pairs {score.tp} right, {score.fp} false, {score.fn} missed)"
    )
    for line in wrong if verbose else []:
        print("    " + line)
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list the wrong cases")
    args = parser.parse_args()
    start = time.perf_counter()
    positives = positive_cases()
    negatives = negative_cases()
    real = [c for c in positives if not c.name.startswith("madeup/")]
    short = [c for c in positives if c.name.startswith("madeup/")]
    _line("copies (dev, seeds, cluster2)", real, args.verbose)
    _line("copies (made-up 5-6 sentence reports)", short, args.verbose)
    kinds = {
        "two outlets, one statement": "share statement",
        "two outlets, one box": "box",
        "a roundup of two reports": "roundup",
        "one newsroom's two stories, one statement": "one newsroom",
    }
    for label, key in kinds.items():
        _line(label, [c for c in negatives if key in c.name], args.verbose)
    missed = [c for c in short if attributed_share(c) < 1.0]
    shares = [attributed_share(c) for c in short]
    print(
        f"made-up copies: shared text counted once {sum(shares) / len(shares):.0%} on "
        f"average; {len(missed)} of {len(short)} copies keep some of it as a second origin"
    )
    for case in missed if args.verbose else []:
        print("    " + case.name)
    print(f"({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
