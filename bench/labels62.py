"""Census of the speaker-label shapes session 62 (labels62) drops from the shown labels.

Per cluster report (default: `bench/statements.default_names`: dev, annotated (seeds,
cluster2) and tunable made-up clusters, never the held-out ones), with the labels as merged
(the `shown_labels` display step switched off), counts:

* adverb: a one-word speaker label that is a sentence's capitalised opening word the articles
  never write as a name and write lower-case or follow by a preposition or comma ("Back in
  Tolvane, ..."): `consensus/speaker_labels.adverb_label`;
* twice: an item (or contested side) whose label list names one speaker twice, a body and
  its own spokesman or one owner's spokes-role with two nouns: `speaker_labels.spoken_for`.

Prints one tab-separated line per cluster with a hit and a total line (the rows of
bench/labels62.tsv); -v prints each hit.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/labels62.py [-v] [-j 2] [name ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def one_cluster(name: str) -> tuple[str, Counter[str], list[str]]:
    import consensus.speaker_case as speaker_case_module
    from consensus.speaker_labels import adverb_label, spoken_for

    speaker_case_module.shown_labels = lambda labels, texts: tuple(labels)  # type: ignore[assignment]
    from statements import cluster_report, tunable_articles

    _, report = cluster_report(name)
    _, articles = tunable_articles(name)
    texts = [a.text for a in articles]
    found: Counter[str] = Counter()
    lines: list[str] = []
    shown = [*report.agreed, *report.single_source]
    shown += [p for c in report.contested for p in c.positions]  # type: ignore[misc]
    for one in shown:
        labels = list(one.speakers)
        for s in labels:
            if adverb_label(s, texts):
                found["adverb"] += 1
                lines.append(f"{name}\tadverb\t{s!r}\t{one.statement[:90]!r}")
        if any(spoken_for(s, o) for s in labels for o in labels if o != s):
            found["twice"] += 1
            lines.append(f"{name}\ttwice\t{labels!r}")
    return name, found, lines


def main() -> None:
    from statements import default_names

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = args.names or default_names()
    total: Counter[str] = Counter()
    with Pool(args.jobs) as pool:
        for name, found, lines in pool.imap(one_cluster, names):
            total.update(found)
            total["clusters"] += 1
            if found:
                print(f"{name}\tadverb {found['adverb']}\ttwice {found['twice']}", flush=True)
            if args.verbose:
                for line in lines:
                    print("  " + line, flush=True)
    print(f"total\tclusters {total['clusters']}\tadverb {total['adverb']}\ttwice {total['twice']}")


if __name__ == "__main__":
    main()
