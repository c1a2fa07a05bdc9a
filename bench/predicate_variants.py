"""Predicate similarity variants on the pairs a JOIN weights file raises (session 59,
predgate59): does any reading of two statements' predicates tell a gold agreed pair from a
near negative or a look-alike where the JOIN weights raise the pair over the JOIN bar and
the link weights leave it under?

Pairs are bench/align_columns.py's dump (`--dump P` there); clusters outside the dev set and
`tunable(madeup())` are dropped before anything is read (HELD_OUT.txt). Each compared pair's
link and JOIN probabilities are read from its comparison row (the columns the dump lacks are
0: the JOIN file's gap columns weigh 0). Variants (`predicates.verbs_of`; a pair of the same
stem is 1, else the cosine of the bundled wordllama word vectors): head-head (the two heads),
min-ways / max-ways (each head's best match among the other's predicates, the lower / the
higher of the two), all-max (the best pair of any predicates), and whether negation or
modality differs. Prints AUC and the share of positives / near negatives under a few bars.
Figures only, never texts.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/predicate_variants.py --load P
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from align_columns import auc  # noqa: E402
from predicate_bar import _Words  # noqa: E402
from predicate_gate import _similar  # noqa: E402
from predicates import Head, verbs_of  # noqa: E402
from quality_lib import events, madeup, tunable  # noqa: E402

from consensus.merge.compare import COMPARISONS  # noqa: E402
from consensus.merge.link_models import join_link_model, link_model  # noqa: E402

NAMES = ("head-head", "min-ways", "max-ways", "all-max")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--load", required=True)
    args = ap.parse_args(argv)
    with open(args.load, "rb") as fh:
        data = pickle.load(fh)
    words = _Words()
    keep = set(tunable(madeup())) | set(events())
    link, join = link_model(), join_link_model()
    rows: dict[str, list[tuple[float, ...]]] = {"pos": [], "look": [], "other": []}

    def sim(a: Head, b: Head) -> float:
        return _similar(a.word, b.word, words) or 0.0

    for c in data:
        if c.name not in keep:
            continue
        for p in c.pairs:
            if p.x is None:
                continue
            x = np.zeros((1, len(COMPARISONS)))
            x[0, : len(p.x)] = p.x
            lp, jp = float(link.prob(x)[0]), float(join.prob(x)[0])
            if not jp >= join.threshold > lp:
                continue
            va, vb = verbs_of(p.a), verbs_of(p.b)
            if not va or not vb:
                rows[p.kind].append((np.nan,) * 5)
                continue
            w1 = max(sim(va[0], v) for v in vb)
            w2 = max(sim(vb[0], v) for v in va)
            every = max(sim(a, b) for a in va for b in vb)
            differs = float(va[0].negated != vb[0].negated or va[0].modal != vb[0].modal)
            rows[p.kind].append((sim(va[0], vb[0]), min(w1, w2), max(w1, w2), every, differs))
    got = {k: np.array(v) for k, v in rows.items()}
    print(
        "raised pairs",
        {k: len(v) for k, v in got.items()},
        "no head",
        {k: int(np.isnan(v[:, 0]).sum()) for k, v in got.items()},
    )
    for i, name in enumerate((*NAMES, "neg/modal differs")):
        pos, other, look = (got[k][:, i][~np.isnan(got[k][:, i])] for k in ("pos", "other", "look"))
        if i == 4:
            print(
                f"{name:18} share pos {pos.mean():.3f} other {other.mean():.3f} "
                f"look {look.mean():.3f}"
            )
            continue
        cells = " ".join(
            f"<{b}: {(pos < b).mean():.2f}/{(other < b).mean():.2f}" for b in (0.3, 0.5, 0.7, 0.99)
        )
        print(
            f"{name:18} AUC pos/other {auc(pos, other):.3f} pos/look {auc(pos, look):.3f}  {cells}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
