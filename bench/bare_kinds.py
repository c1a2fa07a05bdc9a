"""Census of claim speakers named by a bare kind noun ("the company said", "a ministry
spokesman said"): how many the merger resolves to a named body of their own article.

For each cluster, every claim of the offline extractor whose normalised speaker is a
`body_kinds` noun or its voice ("company", "company spokesman": `body_names._kind_of`) is
counted as resolved when the merger's per-article rules give it a body (`kind_names`: a
longer name of its own article ending with the noun, near the claim; `body_names`: the one
body of that kind the article names), exactly as `features._build_features` calls them;
else unresolved. A kind still unresolved is compatible with a named body of another
article only when the body's name holds the kind ("ministry" / "agriculture ministry":
`Speakers` word subset), so "company" / "Vesta Foods" is where agreement is lost.

    PYTHONPATH=.:bench .venv/bin/python bench/bare_kinds.py            # tunable + dev
    PYTHONPATH=.:bench .venv/bin/python bench/bare_kinds.py --names a,b --list

`--list` prints each unresolved claim (cluster, article, speaker) with the written names
that speak in its article. Never reads the held-out clusters (`quality_lib.tunable`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence

from quality_lib import events, gold_cluster, madeup, tunable

from consensus.merge.body_names import _kind_of, body_names
from consensus.merge.features import _norm_entity
from consensus.merge.kind_names import kind_names
from consensus.models import Claim
from consensus.offline import extract_offline


def census(name: str, listing: bool) -> Counter[tuple[str, bool]]:
    """(kind, resolved) -> claims of the cluster `name`; prints the unresolved if `listing`."""
    articles = gold_cluster(name)[0]
    texts = {a.id: a.text for a in articles}
    claims: list[tuple[str, int, Claim]] = [
        (a.id, i, c) for a in articles for i, c in enumerate(extract_offline(a).claims)
    ]
    raw = {x for _, _, c in claims for x in (*c.entities, c.speaker or "", c.subject) if x}
    normed = {r: _norm_entity(r) for r in raw}
    local = kind_names(claims, normed, texts)
    for key, names in body_names(claims, normed, texts, local).items():
        local.setdefault(key, {}).update(names)
    out: Counter[tuple[str, bool]] = Counter()
    for art, i, c in claims:
        kind = _kind_of(normed.get(c.speaker or "", ""))
        if kind is None or c.speaker is None:
            continue
        resolved = c.speaker in local.get((art, i), {})
        out[(kind, resolved)] += 1
        if listing and not resolved:
            named = sorted(
                {x.speaker for a, _, x in claims if a == art and x.speaker}
                - {x.speaker for _, _, x in claims if x.speaker and not x.speaker[:1].isupper()}
            )
            print(f"{name}\t{art}\t{c.speaker}\t{'; '.join(named)}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--names", help="comma-separated clusters (default: tunable + dev)")
    ap.add_argument("--list", action="store_true", help="print each unresolved claim")
    args = ap.parse_args(argv)
    names = args.names.split(",") if args.names else [*tunable(madeup()), *events()]
    total: Counter[tuple[str, bool]] = Counter()
    for name in tunable(names):
        total += census(name, args.list)
    kinds = sorted({k for k, _ in total}, key=lambda k: -(total[(k, True)] + total[(k, False)]))
    print("kind\tresolved\tunresolved")
    for kind in kinds:
        print(f"{kind}\t{total[(kind, True)]}\t{total[(kind, False)]}")
    print(f"all\t{sum(v for (_, r), v in total.items() if r)}\t"
          f"{sum(v for (_, r), v in total.items() if not r)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
