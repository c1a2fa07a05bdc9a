"""Sums of `floors.py --per` rows (or refit_halves score rows) over the clusters both files
hold, side by side: usage: python3 bench/joinlook53/sums.py BASE.txt OTHER.txt ..."""

from __future__ import annotations

import sys

KEYS = (
    "agreed_found disputes_found points_unconfirmed agreed_mixed sides_mixed origin_tp "
    "copy_inflated non_claims wrong_speaker distinct_merged split_facts"
).split()


def rows(path: str) -> dict[str, dict[str, int]]:
    out = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) > 1 and all("=" in p for p in parts[1:]):
            out[parts[0]] = {k: int(v) for k, v in (p.split("=") for p in parts[1:])}
    return out


if __name__ == "__main__":
    tables = [rows(p) for p in sys.argv[1:]]
    names = set.intersection(*(set(t) for t in tables))
    print(f"{len(names)} clusters; " + " ".join(KEYS))
    for p, t in zip(sys.argv[1:], tables, strict=True):
        print(p.split("/")[-1], " ".join(str(sum(t[n][k] for n in names)) for k in KEYS))
