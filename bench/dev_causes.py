"""The dev clusters' missed agreed facts against an editor's labels of their causes.

bench/data/dev_missed_causes.tsv labels each agreed fact of the six dev clusters that the
report missed when it was written (one cause a fact: not extracted, in a figure dispute,
kept apart by a join rule, gold questionable, part of a claim about another fact, worded
apart; the file's header says which is which). This script builds the dev reports as
bench/quality.py does (shipped weights, offline extractor), finds the agreed facts missed
now (`missed_facts.missed_agreed`: stated by two gold origins, cited from two by no agreed
item) and prints the tally by label, then what moved since the labels were written:

- `found`: a labelled fact the report now finds (its label is history);
- `unlabelled`: a fact missed now that the file does not label (label it by reading the
  articles: bench/missed_facts.py and bench/missed_links.py show its claims and links).

`--links` reads instead, for each fact missed now, what keeps its best pair of covering
claims (two gold origins) apart in a traced merge (`missed_links.diagnose`), in one band
(`band`): never compared (and whether the link model would score the pair at its threshold),
under the threshold (at 0.2 or more: near it; under 0.2: worded apart), at or over it but
kept apart (a conflict, a veto, a refused group join), in one group, or no claim pair; then
the tally by label and band: which step a change would have to move, and how far.

Prints only fact ids and labels, never article text.

`--tsv PATH` (with `--links`) also writes a line per missed fact (event, id, step, note) in
the steps of session 56's census (`step`): no claim extracted, in a long claim that holds
other facts, never compared, under the link bar, vetoed (which rule), one group counted as
one origin; the note keeps the editor's label, the band, the probability and the rule.

Usage: PYTHONPATH=. .venv/bin/python bench/dev_causes.py [--list | --links [--tsv PATH]]
[event ...]
(`--list` adds a line per missed fact: event, id, label; events default to all six.)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_facts import missed_agreed, run
from quality_lib import Locator, events, gold_origin_map

LABELS = Path(__file__).resolve().parent / "data" / "dev_missed_causes.tsv"
CAUSES = {
    "N": "not extracted",
    "F": "in a figure dispute",
    "V": "linked, kept apart by a join rule",
    "Q": "gold questionable",
    "P": "part of a claim about another fact",
    "W": "worded apart",
}


def read_labels(path: Path = LABELS) -> dict[tuple[str, str], str]:
    """(event, fact id) -> cause letter; a malformed line or an unknown cause is an error."""
    out: dict[tuple[str, str], str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[2] not in CAUSES:
            raise ValueError(f"{path.name}:{n}: want event, fact id, cause letter, why")
        out[(parts[0], parts[1])] = parts[2]
    return out


NEAR = 0.2  # `band`: a pair under the threshold scoring this or more is near it


def band(status: str, p: float, threshold: float) -> str:
    """The band of a missed fact's best pair: its status (`missed_links.pair_status`, or
    "no claim pair"), its probability (what it would score when never compared) and the
    link threshold."""
    if status == "no claim pair":
        return "no claim pair"
    if status == "same group":
        return "one group"
    if status == "no candidate":
        return "never compared, " + ("would link" if p >= threshold else "would not")
    if status == "below threshold":
        return "under the bar, near" if p >= NEAR else "under the bar, far"
    head = status.split(":")[0].split(" (")[0]
    if head in ("conflict", "veto", "join refused", "joined, then split"):
        return f"linked, kept apart ({head})"
    return "linked, other"


def step(cause: str, status: str, where: str) -> str:
    """The step that loses a missed fact (session 56's census): an editor's P label (part of
    a claim about another fact) outranks the link band, since such a fact's pairs score or
    join as the longer claim's fact; the other bands name the step that keeps the pair apart."""
    from missed_links import rule_of

    if where == "no claim pair":
        return "no claim extracted"
    if cause == "P":
        return "long claim"
    if where.startswith("never compared"):
        return "never compared"
    if where.startswith("under the bar"):
        return "under the link bar"
    if where == "one group":
        return "one group, one origin"
    return "vetoed (" + rule_of(status) + ")"


def links(
    chosen: Sequence[str], labels: dict[tuple[str, str], str], tsv: Path | None = None
) -> None:
    """`--links`: a line per fact missed now (event, id, label, band, probability), then
    the tally by label and band; with `tsv`, the census lines and the tally by step."""
    from missed_links import diagnose, rule_of

    tally: Counter[tuple[str, str]] = Counter()
    steps: Counter[str] = Counter()
    rows: list[str] = []
    for event in chosen:
        best: dict[str, tuple[str, float, float]] = {}
        with contextlib.redirect_stdout(io.StringIO()):
            diagnose(event, False, 3, Counter(), record=best)
        for fid, (status, p, threshold) in sorted(best.items()):
            cause = labels.get((event, fid), "?")
            where = band(status, p, threshold)
            tally[(cause, where)] += 1
            print(f"{event:28} {fid:36} {cause} {where:34} {p:6.3f}")
            lost = step(cause, status, where)
            steps[lost.split(" (")[0]] += 1
            rule = rule_of(status)  # (names and figures dropped)
            rows.append(f"{event}\t{fid}\t{lost}\tlabel {cause}; {where}; p {p:.3f}; {rule}")
    print(f"missed agreed facts by label and band: {sum(tally.values())}")
    for (cause, where), n in sorted(tally.items()):
        print(f"  {cause} {where:34} {n:3}")
    if tsv is not None:
        head = "# event\tfact id\tstep that loses it\tnote (label; band; p; pair rule)"
        tsv.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
        print("missed agreed facts by step:")
        for name, n in steps.most_common():
            print(f"  {name:34} {n:3}")


def missed_now(event: str) -> list[str]:
    """The ids of the agreed facts the dev report of `event` misses now."""
    articles, exp, _claim_sets, report, _probs = run(event, False)
    by_id = {a.id: a for a in articles}
    gold = gold_origin_map(exp, by_id)
    return [fact["id"] for fact, _ in missed_agreed(exp, Locator(by_id), gold, report)]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--list", action="store_true", help="a line per missed fact")
    ap.add_argument("--links", action="store_true", help="what keeps each best pair apart")
    ap.add_argument("--tsv", type=Path, help="with --links: write the census by step here")
    args = ap.parse_args(argv)
    labels = read_labels()
    chosen = args.events or events()
    if args.links:
        links(chosen, labels, args.tsv)
        return 0
    tally: Counter[str] = Counter()
    unlabelled: list[tuple[str, str]] = []
    missed: set[tuple[str, str]] = set()
    for event in chosen:
        for fid in missed_now(event):
            missed.add((event, fid))
            cause = labels.get((event, fid))
            if cause is None:
                unlabelled.append((event, fid))
            else:
                tally[cause] += 1
            if args.list:
                print(f"{event:28} {fid:36} {cause or '?'}")
    found = sorted(k for k in labels if k[0] in chosen and k not in missed)
    print(f"missed agreed facts: {len(missed)} ({len(unlabelled)} unlabelled)")
    for cause, name in CAUSES.items():
        print(f"  {cause} {name:36} {tally[cause]:3}")
    for event, fid in found:
        print(f"found: {event} {fid} (was {labels[(event, fid)]})")
    for event, fid in unlabelled:
        print(f"unlabelled: {event} {fid}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
