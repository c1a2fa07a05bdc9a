"""Throwaway (calib51): one table row per `score` output against a base rows file.
usage: python3 bench/calib_table.py BASE_ROWS.txt ROWS.txt [ROWS.txt ...]"""

import sys

F = [
    ("agreed", "agreed_found"),
    ("disputes", "disputes_found"),
    ("no-gold", "points_unconfirmed"),
    ("mixed", "agreed_mixed"),
    ("sides mixed", "sides_mixed"),
    ("look-alikes", "distinct_merged"),
    ("split", "split_facts"),
    ("wrong sp", "wrong_speaker"),
    ("origins", "origin_tp"),
]


def rows(p):
    out = {}
    for line in open(p):
        parts = line.split()
        if len(parts) > 3 and "=" in parts[1]:
            out[parts[0]] = {k: int(v) for k, v in (x.split("=") for x in parts[1:])}
    return out


def moves(base, other, f, up):
    names = set(base) & set(other)
    d = [other[n][f] - base[n][f] for n in names]
    b = sum(1 for x in d if (x > 0) == up and x != 0)
    w = sum(1 for x in d if (x < 0) == up and x != 0)
    return f"{b} / {w}"


base = rows(sys.argv[1])
print(
    "| variant | "
    + " | ".join(h for h, _ in F)
    + " | agreed moves | disputes moves | no-gold moves | split moves |"
)
print("|---" * (len(F) + 5) + "|")
for p in sys.argv[1:]:
    r = rows(p)
    sums = [str(sum(x[f] for x in r.values())) for _, f in F]
    mv = [
        moves(base, r, "agreed_found", True),
        moves(base, r, "disputes_found", True),
        moves(base, r, "points_unconfirmed", False),
        moves(base, r, "split_facts", False),
    ]
    print(f"| {p.rsplit('/', 1)[-1]} ({len(r)}) | " + " | ".join(sums + mv) + " |")
