"""Every contested point one side of which is a bare denial, on the tunable made-up clusters.

A bare denial names nothing of what it rejects: a report noun or a pronoun after a denial
verb ("rejected the accusation", "denied that.", "said that was untrue": `answers.points_back`,
`pronoun_denials.pronoun_back`). For each contested point with such a side this prints,
tab-separated: cluster, "gold" when a position pair of the point covers two sides of one
gold dispute else "nogold", "in-article" when the bare denial's side and another side cite
one article (the antecedent its own article tells) else "cross-article" (paired with
another outlet's claim), the denial's statement, the other sides' statements and the
`AFTER` characters its article tells after it (the reasons it gives next); then a
tally by (gold, where).

Held-out clusters are never read: names come from `tunable(madeup())`.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/bare_denials.py [--names a,b] > out.tsv
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

AFTER = 200  # characters of the denial's article printed after it (what it says next)


def bare(statement: str) -> bool:
    """Whether a denial's statement names nothing of what it rejects."""
    from consensus.merge.answers import points_back
    from consensus.merge.pronoun_denials import pronoun_back

    return points_back(statement) or pronoun_back(statement) is not None


def one(name: str) -> list[str]:
    from nogold_causes import scored

    from consensus.models import Polarity

    articles, report, _, left = scored(name)
    texts = {a.id: a.text for a in articles}
    rows = []
    for c in report.contested:
        gold = "gold"
        if left[c.topic[:90]] > 0:
            left[c.topic[:90]] -= 1
            gold = "nogold"
        for k, p in enumerate(c.positions):
            if p.polarity != Polarity.denies or not bare(p.statement):
                continue
            mine = {x.article for x in p.citations}
            others = [q for j, q in enumerate(c.positions) if j != k]
            theirs = {x.article for q in others for x in q.citations}
            where = "in-article" if mine & theirs else "cross-article"
            said = " || ".join(" ".join(q.statement.split()) for q in others)
            last = max(p.citations, key=lambda x: x.end)
            after = " ".join(texts[last.article][last.end : last.end + AFTER].split())
            rows.append("\t".join([name, gold, where, " ".join(p.statement.split()), said, after]))
    return rows


def main() -> None:
    from nogold_causes import cluster_rows

    names, rows = cluster_rows(one, sys.argv[1:])
    print("cluster\tgold\twhere\tdenial\tother_sides\tnext")
    for r in rows:
        print(r)
    tally = Counter(tuple(r.split("\t")[1:3]) for r in rows)
    print(f"# {len(rows)} bare-denial sides on {len(names)} clusters")
    for (gold, where), n in sorted(tally.items()):
        print(f"# {gold} {where} {n}")


if __name__ == "__main__":
    main()
