"""Where the one-voice veto fires, by branch: the conflict edges `verdicts` reads for
contested points (polarity and negation) that one voice on both sides drops
(`one_voice_points.one_voice_clash`), split into its two branches and their overlap.

Branches: G, the group branch (a negation between two named speakers of two articles, every
speaker of the two groups one side); P, the pair branch (both claims their speakers' own
words, one speaker or one speaking for the other, not one of its exceptions). Also counted:
Gx, the group-branch fires one of P's exceptions would let through (the behaviour change
folding the exceptions into the group branch would make), and O, the fires the outlet rule
(`verdicts._self_rebuttal`: every origin of the negating side states the other) makes too,
so a fire dropped from one branch may still be vetoed.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/one_voice_fires.py [--list] [--dev] [name ...]
(tunable made-up clusters by default, never held-out ones; --dev: the six dev clusters)
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

Row = tuple[str, str, bool, bool, bool, bool, str, str]


def _fires(name: str, dev: bool) -> list[Row]:
    """(cluster, conflict, G, P, Gx, O, statement a, statement b) per vetoed edge."""
    from consensus.merge import one_voice_points as ovp
    from consensus.merge import verdicts
    from consensus.merge.features import _Feat
    from consensus.merge.score import _Edge

    rows: list[Row] = []
    seen: set[tuple[int, int, str]] = set()
    self_rebuttal = verdicts._self_rebuttal
    clash = verdicts.one_voice_clash

    def record(
        conflict: str, a: _Feat, b: _Feat, ga: Sequence[_Feat], gb: Sequence[_Feat]
    ) -> tuple[bool, bool, bool]:
        g = conflict.startswith("negation") and ovp._group_voice(a, b, ga, gb)
        p = ovp._pair_voice(conflict, a, b)
        gx = g and ovp._excepted(a, b)
        return g, p, gx

    def wrapped_rebuttal(groups, feats, edge: _Edge, gi: int, gj: int) -> bool:  # type: ignore[no-untyped-def]
        a, b = feats[edge.i], feats[edge.j]
        out = self_rebuttal(groups, feats, edge, gi, gj)
        g, p, gx = record(edge.conflict, a, b, groups[gi], groups[gj])
        key = (edge.i, edge.j, edge.conflict)
        if (g or p) and key not in seen:
            seen.add(key)
            o = out and edge.conflict.startswith("negation")
            rows.append((name, edge.conflict, g, p, gx, o, a.claim.statement, b.claim.statement))
        return out

    def wrapped_clash(conflict: str, a: _Feat, b: _Feat, *rest: object) -> bool:
        out = clash(conflict, a, b, *rest)  # type: ignore[arg-type]
        if conflict.startswith("polarity") and ovp._pair_voice(conflict, a, b):
            rows.append(
                (name, conflict, False, True, False, False, a.claim.statement, b.claim.statement)
            )
        return out

    verdicts._self_rebuttal = wrapped_rebuttal  # type: ignore[assignment]
    verdicts.one_voice_clash = wrapped_clash  # type: ignore[assignment]
    from quality import run_articles, run_cluster
    from quality_lib import MADEUP_GOLD, annotated_articles

    if dev:
        run_cluster(name)
    else:
        run_articles(annotated_articles(name, MADEUP_GOLD))
    return rows


def _one(args: tuple[str, bool]) -> list[Row]:
    return _fires(*args)


def main() -> None:
    from quality_lib import events, madeup, tunable

    args = sys.argv[1:]
    listing = "--list" in args
    dev = "--dev" in args
    names = [a for a in args if not a.startswith("--")]
    if not names:
        names = events() if dev else tunable(madeup())
    held = set(madeup()) - set(tunable(madeup()))
    names = [n for n in names if n not in held]
    with Pool(2) as pool:
        rows = [r for rs in pool.map(_one, [(n, dev) for n in names], chunksize=1) for r in rs]
    tally: Counter[str] = Counter()
    for _, conflict, g, p, gx, o, _a, _b in rows:
        kind = conflict.split(":")[0]
        shape = "both" if g and p else "G only" if g else "P only"
        tally[f"{kind:9} {shape}"] += 1
        if gx:
            tally[
                f"{kind:9} G excepted by P's exceptions" + (" (outlet vetoes too)" if o else "")
            ] += 1
    print(f"clusters {len(names)}: fires {len(rows)}")
    for k, v in sorted(tally.items()):
        print(f"  {k}: {v}")
    if listing:
        for name, conflict, g, p, gx, o, a, b in rows:
            flags = "".join(c for c, on in (("G", g), ("P", p), ("x", gx), ("O", o)) if on)
            print(f"{name}\t{flags}\t{conflict}\t{a[:90]}\t{b[:90]}")


if __name__ == "__main__":
    main()
