"""Session 62's census of missed disputes as a table: one line per missed gold dispute.

Reads the text `bench/missed_disputes.py --causes` prints (one or more files, e.g. the two
halves of a run split to use two cores) and writes a TSV with a header line: cluster, gold id,
gold kind (figure / update / denial / rebuttal / account / dispute / accounts), cause (the
`_cause` step that loses it) and a note holding the tool's own view of its sides: how many
sides a claim covers, the best cross-side pair's status in the trace (its probability and
the rule that vetoed or refused it, "no candidate" when blocking never compared it), what it
would score if compared (blocking misses), the step a conflict edge stopped at, the surface
signal across two origins, and what one article's claims on two sides are. A second output
(stdout) tallies the lines by cause, by cause x kind, and the vetoes by rule.

Usage: python3 bench/disputes62.py OUT.tsv CENSUS.txt [CENSUS.txt ...]
Reproduce the census (never the held-out clusters):
  PYTHONPATH=.:bench .venv/bin/python bench/missed_disputes.py --causes $(names) > CENSUS.txt
where names are `quality_lib.tunable(madeup())`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_CLUSTER = re.compile(r"^== (\S+): \d+ missed")
_MISSED = re.compile(r"^  MISSED (\S+) \((\S+)\)")
_SIDE = re.compile(r"^    side (\d+) \S+ \[[^\]]*\]: (.*)$")
_FIELD = re.compile(r"^    (cause|unblocked|edge fate|one article|signal): (.*)$")
_PAIR = re.compile(r"^      #(\d+)-#(\d+) (p=-?[\d.]+|rival-only) (.*?)  \[")


@dataclass
class Missed:
    """One missed dispute as the census printed it."""

    cluster: str
    gold: str
    kind: str
    sides: dict[int, bool] = field(default_factory=dict)  # side -> a claim covers it
    fields: dict[str, str] = field(default_factory=dict)
    pairs: list[str] = field(default_factory=list)  # "p=0.302 veto: ..." best first

    def note(self) -> str:
        """The tool's view of the dispute's sides, one line."""
        covered = sum(self.sides.values())
        parts = [f"sides covered {covered}/{len(self.sides)}"]
        if self.pairs:
            parts.append("best pair " + self.pairs[0])
        for key in ("unblocked", "edge fate", "signal", "one article"):
            if key in self.fields:
                parts.append(f"{key}: {self.fields[key]}")
        return "; ".join(parts).replace("\t", " ")


def parse(lines: Iterable[str]) -> list[Missed]:
    """The missed disputes of a census run's printed text, in order."""
    out: list[Missed] = []
    cluster = ""
    for line in lines:
        line = line.rstrip("\n")
        if m := _CLUSTER.match(line):
            cluster = m.group(1)
        elif m := _MISSED.match(line):
            out.append(Missed(cluster, m.group(1), m.group(2)))
        elif not out or out[-1].cluster != cluster:
            continue
        elif m := _SIDE.match(line):
            side = int(m.group(1))
            out[-1].sides[side] = out[-1].sides.get(side, False) or m.group(2) != "(no claim)"
        elif m := _FIELD.match(line):
            out[-1].fields.setdefault(m.group(1), m.group(2))
        elif m := _PAIR.match(line):
            out[-1].pairs.append(f"{m.group(3)} {m.group(4)}")
    return out


def veto_rule(status: str) -> str:
    """A best pair's status cut to its rule ("veto: speakers 'a' / 'b'" -> "veto: speakers")."""
    rule = re.sub(r"'[^']*'", "", status.split(" ", 1)[1] if " " in status else status)
    return re.sub(r"\s+", " ", rule.split("(")[0].split(" / ")[0]).strip(" :")


def main(argv: Sequence[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    rows: list[Missed] = []
    for path in argv[1:]:
        with open(path, encoding="utf-8") as fh:
            rows.extend(parse(fh))
    rows.sort(key=lambda r: (r.cluster, r.gold))
    with open(argv[0], "w", encoding="utf-8") as out:
        out.write("cluster\tgold\tkind\tcause\tnote\n")
        for r in rows:
            cause = r.fields.get("cause", "?")
            out.write(f"{r.cluster}\t{r.gold}\t{r.kind}\t{cause}\t{r.note()}\n")
    by_cause = Counter(r.fields.get("cause", "?") for r in rows)
    by_kind = Counter((r.fields.get("cause", "?"), r.kind) for r in rows)
    vetoes = Counter(
        veto_rule(r.pairs[0])
        for r in rows
        if r.fields.get("cause") == "linked, vetoed or refused" and r.pairs
    )
    print(f"{len(rows)} missed disputes in {len({r.cluster for r in rows})} clusters")
    for cause, n in by_cause.most_common():
        kinds = ", ".join(f"{k} {c}" for (cz, k), c in by_kind.most_common() if cz == cause)
        print(f"  {n:4d}  {cause}  ({kinds})")
    print("linked, vetoed or refused: the best pair's rule")
    for rule, n in vetoes.most_common():
        print(f"  {n:4d}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
