"""The made-up floors as tests/test_quality_madeup.py sums them, for a session's lead and helpers.

  measure [--per] [--held] [NAME ...]   score the tunable made-up clusters (or, with --held,
          the held-out ones, summed per HELD_OUT.txt session block) and print one `TOTAL field
          value` line per figure; --per adds one `ROW name field=value ...` line per cluster;
          NAMEs score only those (a quick look; a decision needs the full run)
  compare A B                          total moves and the clusters that moved between two
          `measure --per` outputs
  set FILE LABEL                       write FILE's totals into the test's asserts: each assert
          whose figure moved gets the new figure and a `# LABEL` comment line above it

Run from a tree's root with PYTHONPATH=.:bench (so the tree's own `consensus` is scored);
FLOOR_JOBS sets the worker processes (2).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from quality import score_madeup
from quality_lib import HELD_OUT, held_out, madeup, tunable

ROOT = Path(__file__).resolve().parent.parent
TEST = ROOT / "tests" / "test_quality_madeup.py"
FIELDS = (
    "agreed_total agreed_found disputes_total disputes_found points_unconfirmed agreed_mixed "
    "sides_mixed origin_tp copy_inflated non_claims wrong_speaker distinct_total "
    "distinct_merged split_facts"
).split()
Row = dict[str, int]


def row(name: str) -> Row:
    s = score_madeup(name)
    out = {f: int(getattr(s, f)) for f in FIELDS}
    out["gold_right"] = s.speakers.gold_right
    out["gold_wrong"] = s.speakers.gold_wrong
    return out


def rows(names: list[str]) -> dict[str, Row]:
    jobs = int(os.environ.get("FLOOR_JOBS", "2"))
    if jobs < 2 or len(names) < 2:
        return {n: row(n) for n in names}
    with ProcessPoolExecutor(jobs) as pool:
        return dict(zip(names, pool.map(row, names, chunksize=4), strict=True))


def totals(per: Iterable[Row]) -> Row:
    out: Row = {}
    for r in per:
        for k, v in r.items():
            out[k] = out.get(k, 0) + v
    return out


def held_blocks() -> dict[str, list[str]]:
    """HELD_OUT.txt's names by the `# session N` comment line above them."""
    blocks: dict[str, list[str]] = {}
    label = "earlier"
    for line in HELD_OUT.read_text(encoding="utf-8").splitlines():
        if re.match(r"# session \d+\s*$", line):
            label = line[2:].strip()
        elif name := line.split("#", 1)[0].strip():
            blocks.setdefault(label, []).append(name)
    return blocks


def read(text: str) -> tuple[dict[str, Row], Row]:
    per: dict[str, Row] = {}
    tot: Row = {}
    for line in text.splitlines():
        p = line.split()
        if p[:1] == ["ROW"]:
            per[p[1]] = {k: int(v) for k, v in (x.split("=") for x in p[2:])}
        elif p[:1] == ["TOTAL"]:
            tot[p[1]] = int(p[2])
    return per, tot


def compare(a: str, b: str) -> list[str]:
    (ra, ta), (rb, tb) = read(a), read(b)
    lines = []
    for k, v in tb.items():
        d = v - ta.get(k, 0)
        lines.append(f"{k:20} {ta.get(k)} -> {v}" + (f"  ({d:+d})" if d else ""))
    for n in sorted(set(ra) | set(rb)):
        x, y = ra.get(n, {}), rb.get(n, {})
        moved = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
        if moved:
            lines.append(n + " " + " ".join(f"{k}:{x.get(k)}->{y.get(k)}" for k in moved))
    return lines


_TOTAL = re.compile(r'(\s*)assert total\("(\w+)"\) (==|>=|<=) (\d+)(.*)$')
_SPEAKERS = re.compile(r"(\s*)assert right >= (\d+) and wrong <= (\d+)(.*)$")


def set_floors(source: str, tot: Row, label: str) -> tuple[str, list[str]]:
    """`source` with each moved figure's assert set to `tot`'s, a `# label` line above it."""
    lines = source.split("\n")
    out: list[str] = []
    moved: list[str] = []
    for line in lines:
        new = line
        if (m := _TOTAL.match(line)) and m[2] in tot and int(m[4]) != tot[m[2]]:
            new = f'{m[1]}assert total("{m[2]}") {m[3]} {tot[m[2]]}{m[5]}'
            moved.append(f"{m[2]} {m[4]} -> {tot[m[2]]}")
        elif (m := _SPEAKERS.match(line)) and "gold_right" in tot:
            right, wrong = tot["gold_right"], tot["gold_wrong"]
            if (int(m[2]), int(m[3])) != (right, wrong):
                new = f"{m[1]}assert right >= {right} and wrong <= {wrong}{m[4]}"
                moved.append(f"speakers {m[2]}/{m[3]} -> {right}/{wrong}")
        if new != line:
            indent = re.match(r"\s*", line)
            out.append(f"{indent[0] if indent else ''}# {label}")
        out.append(new)
    return "\n".join(out), moved


def main(argv: list[str]) -> int:
    if argv[:1] == ["compare"] and len(argv) == 3:
        a, b = (Path(p).read_text(encoding="utf-8") for p in argv[1:])
        print("\n".join(compare(a, b)))
        return 0
    if argv[:1] == ["set"] and len(argv) == 3:
        _, tot = read(Path(argv[1]).read_text(encoding="utf-8"))
        text, moved = set_floors(TEST.read_text(encoding="utf-8"), tot, argv[2])
        TEST.write_text(text, encoding="utf-8")
        print("\n".join(moved) or "no floor moved")
        return 0
    if argv[:1] != ["measure"]:
        print(__doc__, file=sys.stderr)
        return 2
    flags = {a for a in argv[1:] if a.startswith("--")}
    only = [a for a in argv[1:] if not a.startswith("--")]
    names = held_out() if "--held" in flags else tunable(madeup())
    names = [n for n in names if not only or n in only]
    per = rows(names)
    if "--per" in flags:
        for n, r in per.items():
            print("ROW", n, " ".join(f"{k}={v}" for k, v in r.items()))
    if "--held" in flags:
        for label, block in held_blocks().items():
            t = totals(per[n] for n in block if n in per)
            if t:
                print(
                    f"HELD {label}: agreed {t['agreed_found']}/{t['agreed_total']}, split "
                    f"{t['split_facts']}, disputes {t['disputes_found']}/{t['disputes_total']}, "
                    f"no-gold {t['points_unconfirmed']}"
                )
    print("CLUSTERS", len(per))
    for k, v in totals(per.values()).items():
        print("TOTAL", k, v)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
