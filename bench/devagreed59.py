"""Dev misses against made-up misses, by cause: which causes real news has that the made-up
training clusters lack.

Reads bench/devagreed59.tsv (the missed agreed facts of dev clusters 2 and 3 on main
a6599087, labelled by cause) and the agreed rows of bench/released58.tsv and
bench/released59.tsv (misses of tunable made-up clusters labelled by earlier sessions), and
prints each cause's count and share in both, the dev share over the made-up share last
(a cause far above 1 is one the made-up clusters rarely show). Causes are matched by
name; made-up causes the dev file does not use are summed as "other".

Prints counts only, no article text.

Usage: python3 bench/devagreed59.py
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def main() -> None:
    dev = Counter(r["cause"] for r in _rows(HERE / "devagreed59.tsv"))
    made: Counter[str] = Counter()
    for name in ("released58.tsv", "released59.tsv"):
        for r in _rows(HERE / name):
            if r.get("kind") == "agreed":
                made[r["cause"] if r["cause"] in dev else "other"] += 1
    nd, nm = sum(dev.values()), sum(made.values())
    print(f"{'cause':20} {'dev':>8} {'made-up':>10}  dev/made-up share")
    for cause in sorted(set(dev) | set(made), key=lambda c: -dev[c]):
        d, m = dev[cause], made[cause]
        ratio = f"{(d / nd) / (m / nm):.1f}" if m else "only dev"
        print(f"{cause:20} {d:3} {d / nd:4.0%} {m:4} {m / nm:4.0%}  {ratio}")
    print(f"{'total':20} {nd:3}      {nm:4}")


if __name__ == "__main__":
    main()
