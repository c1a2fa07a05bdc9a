"""Missed disputes whose sides are two assertions: what makes them incompatible.

bench/dispute_bars.py reads only pairs of opposite stance; this census reads the missed
non-figure disputes (tunable made-up clusters: tests/data/madeup minus HELD_OUT.txt; the
dev clusters with --dev) where NO cross-side pair of two claims has opposite stance (both
sides assert). Per such dispute it prints the best cross-side pair (by the link model's
probability, from a fresh comparison context for pairs the merge never compared) with each
claim's speaker, subject and lead predicate, and tallies the pairs by

- voices: both named and not compatible ("two voices"), one named, none;
- shared lead: the two lead predicates (`_Feat.lead`) one, or worded apart;
- a `--kinds FILE` hand label per dispute (cluster<TAB>dispute id<TAB>kind), when given:
  the census tally by what makes the two incompatible.

`--universal` also measures one reading of the census's kind Q (a universal account
against a counter-instance: "All four fans started automatically" / "two of the four fans
failed to start"): a claim that quantifies a noun with every/all/each, told as an account
(no modal, condition or negation word), against any claim of the cluster that is no
universal itself and gives a part of that noun ("two of the", "only") or the un-/non-
prefixed form of a word the universal states ("unpasteurised eggs") within five words
before or three after it. Each such pair is labelled by the gold (the two sides of a
missed or of a found dispute, else negative: counted as distinct group pairs of the
report), and the table prints, per link-probability bar and for two voices or any, the
missed and found disputes reached against the negative group pairs it would fire on.

Reads nothing of the clusters in HELD_OUT.txt. Prints short starts of the made-up clusters'
statements only (invented text). Usage:
  PYTHONPATH=.:bench .venv/bin/python bench/assertion_sides.py [--dev] [--pairs] [cluster ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import re

from dispute_bars import _opposite
from dispute_sides import cluster_and_gold, side_claims
from missed_links import traced_report, unblocked_scores
from quality_lib import Locator, events, madeup, score_report, tunable

SHORT = 150


def cross_pairs(sides: Sequence[set[int]]) -> list[tuple[int, int]]:
    """The pairs (lower position first, sorted, each once) of two claims on two sides of a
    dispute, a claim on both sides left out."""
    return sorted(
        {
            (min(i, j), max(i, j))
            for x, si in enumerate(sides)
            for sj in sides[x + 1 :]
            for i in si - sj
            for j in sj - si
        }
    )


def _voices(a: Any, b: Any) -> str:
    from consensus.merge.features import _speakers_compatible

    named = int(bool(a.speaker)) + int(bool(b.speaker))
    if named == 2:
        return "same voice" if _speakers_compatible(a.speaker, b.speaker) else "two voices"
    return "one voice" if named == 1 else "no voice"


_UNIVERSAL = re.compile(
    r"\b(?:every|all|each)\s+(?:of\s+)?(?:(?:the|its|our|their|his|her|these|those)\s+)?"
    r"((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
_NOT_TOLD = re.compile(
    r"\b(?:will|would|should|must|shall|could|can|may|might|if|unless|whether)\b|['’]ll\b",
    re.IGNORECASE,
)
_PART_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve several many most".split()
)


def universal_nouns(f: Any) -> frozenset[str]:
    """The concepts a claim quantifies with every/all/each, told as an account."""
    from consensus.merge.denial_strength import _NEG_HINT

    text = f.claim.statement
    if _NOT_TOLD.search(text) or _NEG_HINT.search(text):
        return frozenset()
    words = {w for m in _UNIVERSAL.finditer(text) for w in m.group(1).lower().split()}
    return frozenset(
        t.concept
        for t in f.toks
        if t.concept and t.low in words and t.low not in _PART_WORDS and not t.low[0].isdigit()
    )


def counter_instance(nouns: frozenset[str], universal: Any, other: Any) -> bool:
    """Whether `other` gives a part of a quantified noun or a prefixed opposite of a word
    the universal states, near that noun (see the module docstring)."""
    stated = {t.low for t in universal.toks}

    def opposite(w: str) -> bool:
        return any(w.startswith(p) and w[len(p) :] in stated for p in ("un", "non"))

    toks = other.toks
    for k, t in enumerate(toks):
        if t.concept not in nouns:
            continue
        before = [x.low for x in toks[max(0, k - 5) : k]]
        after = [x.low for x in toks[k + 1 : k + 4]]
        parts = any(
            (w.isdigit() or w in _PART_WORDS) and nxt == "of" for w, nxt in pairwise(before)
        )
        if parts or "only" in before or any(opposite(w) for w in before + after):
            return True
    return False


def universal_pairs(
    event: str, trace: Any, label: dict[tuple[int, int], str], model: Any
) -> list[dict[str, Any]]:
    """Every (universal, counter-instance) pair of the cluster, labelled and scored."""
    feats = trace.feats
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    nouns = [universal_nouns(f) for f in feats]
    cand = sorted(
        {
            (min(u, o), max(u, o))
            for u, ns in enumerate(nouns)
            if ns
            for o, f in enumerate(feats)
            if o != u
            and not _UNIVERSAL.search(f.claim.statement)
            and counter_instance(ns, feats[u], f)
        }
    )
    scores = unblocked_scores(trace, cand, model)
    return [
        {
            "cluster": event,
            "p": scores.get((i, j), (0.0, 0.0))[0],
            "voices": _voices(feats[i], feats[j]),
            "label": label.get((i, j), ""),
            "groups": (event, *sorted((group.get(i, -1 - i), group.get(j, -1 - j)))),
        }
        for i, j in cand
    ]


def universal_table(pairs: Sequence[dict[str, Any]]) -> None:
    print(
        "== universal account vs counter-instance: missed / found disputes | negative group pairs"
    )
    for bar in (0.0, 0.05, 0.1, 0.15, 0.2):
        for two in (True, False):
            hit = [q for q in pairs if q["p"] >= bar and (not two or q["voices"] == "two voices")]
            missed = {(q["cluster"], q["label"]) for q in hit if q["label"].startswith("missed:")}
            found = {(q["cluster"], q["label"]) for q in hit if q["label"].startswith("found:")}
            neg = {q["groups"] for q in hit if not q["label"] and q["groups"][1] != q["groups"][2]}
            print(
                f"  p >= {bar:<4g} {'two voices' if two else 'any voices'}: {len(missed):3d} / "
                f"{len(found):3d} | {len(neg):4d}"
            )


def _labels(exp: dict[str, Any], missed: set[str], loc: Any, trace: Any) -> dict[Any, str]:
    label: dict[tuple[int, int], str] = {}
    for point in exp.get("contested", []):
        sides = side_claims(point, loc, trace)
        tag = ("missed:" if point["id"] in missed else "found:") + point["id"]
        for x, si in enumerate(sides):
            for sj in sides[x + 1 :]:
                for i in si - sj:
                    for j in sj - si:
                        label.setdefault((min(i, j), max(i, j)), tag)
    return label


def census(
    event: str,
    show: bool,
    tally: Counter[str],
    rows: list[dict[str, Any]],
    universal: list[dict[str, Any]] | None = None,
) -> None:
    from consensus.merge.link import link_model

    articles, exp = cluster_and_gold(event)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    missed = set(score.disputes_missed)
    loc = Locator({a.id: a for a in articles})
    feats = trace.feats
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    model = link_model()
    if universal is not None:
        universal += universal_pairs(event, trace, _labels(exp, missed, loc, trace), model)
    for point in exp.get("contested", []):
        if point.get("kind") == "figure" or point["id"] not in missed:
            continue
        sides = side_claims(point, loc, trace)
        cross = cross_pairs(sides)
        if not cross:
            tally["no claims on two sides"] += 1
            continue
        if any(_opposite(feats[i], feats[j]) for i, j in cross):
            continue
        scores = unblocked_scores(trace, cross, model)
        i, j = max(cross, key=lambda q: (scores.get(q, (0.0, 0.0))[0], q))
        p, cos = scores.get((i, j), (0.0, 0.0))
        a, b = feats[i], feats[j]
        voices = _voices(a, b)
        lead = "one lead" if a.lead and a.lead == b.lead else "leads apart"
        same_group = group.get(i, -1) == group.get(j, -2)
        key = f"{voices}, {lead}{', one group' if same_group else ''}"
        tally[key] += 1
        rows.append(
            {
                "cluster": event,
                "id": point["id"],
                "kind": point.get("kind", "?"),
                "voices": voices,
                "p": p,
            }
        )
        if show:
            print(
                f"  MISSED {point['id']} ({point.get('kind', '?')}) {key} p={p:.2f} cos={cos:.2f}"
                f" topic={len(a.content & b.content)}"
            )
            for f in (a, b):
                print(
                    f"    [{f.speaker or '-'}] lead={f.lead or '-'} {f.claim.statement[:SHORT]!r}"
                )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("clusters", nargs="*")
    ap.add_argument("--dev", action="store_true", help="the dev clusters too")
    ap.add_argument("--quiet", action="store_true", help="tallies only")
    ap.add_argument("--universal", action="store_true", help="measure the universal reading")
    ap.add_argument(
        "--kinds",
        default=str(Path(__file__).resolve().parent / "assertion_sides_kinds.tsv"),
        help="hand labels: cluster<TAB>dispute id<TAB>kind (a missing file: no tally)",
    )
    args = ap.parse_args(argv)
    names = args.clusters or [*(events() if args.dev else []), *tunable(madeup())]
    held = set(madeup()) - set(tunable(madeup()))
    tally: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    universal: list[dict[str, Any]] | None = [] if args.universal else None
    for name in names:
        if name in held:
            continue  # (never a held-out cluster)
        if not args.quiet:
            print(f"== {name}", flush=True)
        census(name, not args.quiet, tally, rows, universal)
    print(f"== {len(rows)} missed non-figure disputes whose cross-side pairs all share a stance")
    for what, k in sorted(tally.items(), key=lambda t: -t[1]):
        print(f"  {k:4d}  {what}")
    kinds = Counter(f"{r['kind']}, {r['voices']}" for r in rows)
    print("== by gold kind, voices")
    for what, k in sorted(kinds.items(), key=lambda t: -t[1]):
        print(f"  {k:4d}  {what}")
    if universal is not None:
        universal_table(universal)
    labels = _kinds(Path(args.kinds))
    if labels:
        told = Counter(labels.get((r["cluster"], r["id"]), "unlabelled") for r in rows)
        print("== by hand-labelled kind (what makes the two incompatible) | two voices")
        for what, k in sorted(told.items(), key=lambda t: -t[1]):
            two = sum(
                1
                for r in rows
                if labels.get((r["cluster"], r["id"]), "unlabelled") == what
                and r["voices"] == "two voices"
            )
            print(f"  {k:4d} | {two:4d}  {KINDS.get(what, what)}")
    return 0


KINDS = {
    "V": "values of one attribute (count, amount, share, date, time, duration, place)",
    "C": "contrary predicates of one subject or act",
    "A": "two agents or causes of one act",
    "X": "one side calls the other's content wrong, unconfirmed or unrecorded",
    "Q": "a universal claim against a counter-instance",
    "T": "time order",
    "O": "other",
}


def _kinds(path: Path) -> dict[tuple[str, str], str]:
    if not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cluster, point, kind = line.split("\t")
        out[(cluster, point)] = kind
    return out


if __name__ == "__main__":
    sys.exit(main())
