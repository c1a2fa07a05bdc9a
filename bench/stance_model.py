"""A small pair model for the stance reader (session 56, stancemodel56): does a logistic
regression over a handful of pair columns separate a denial's (or negation's) right
counterpart, the assertion on the other side of its gold dispute, from the wrong ones?

session 56's stance56 (bench/stance_sides.py --reader) found the nearest other-origin
assertion by static vectors is right about once per 17 wrong pairings; this fits a model
on those candidate pairs instead of reading one cosine bar.

`rows`: per cluster (the six dev events and the 255 tunable made-up clusters; never a
held-out one) the merge is traced (`missed_links.traced_report`); every stance claim (a
denial cue, `claim_words.denied_content`, or a closed-class negator: stance_sides'
`_stance_text`) gets its `TOP` best other-origin assertions by offline vectors as
candidates. A candidate is labelled 1 when it covers the other side of a gold contested
point the stance claim's own side covers (sides read as `stance_sides.census` reads them),
else 0. Columns (all from the claims and the merge's own pair table, nothing per event):
  cos        cosine of the stance text (denied content or statement) and the assertion
  gap        cos minus the stance claim's best candidate cosine (0 for the best)
  inv_rank   1 / rank among the candidates
  words      shared content concepts / the smaller content set (`_Feat.content`)
  names      shared entities (`_Feat.entities`), capped at 3
  accused    a word of the stance claim's speaker is in the assertion's entities or
             statement (the denier is the accused party)
  cue        the stance claim has a denial cue (else: a negator only)
  lead       the two claims' lead predicates are one concept
  denied_in  a predicate the denial denies (`_Feat.denied`) is a content concept of the
             assertion
  told       the assertion has a speaker
  link_p     the link model's probability for the pair (0 when the merge did not compare it)
  compared   the merge compared the pair
One TSV line per candidate (cluster, stance index, candidate index, label, columns) to
stdout.

`fit ROWS.tsv`: clusters fall in two halves by refit_halves.half (a fixed hash of the
name, split by cluster, never by pair); the model is fitted (`weights.fit_logistic`) on
one half's pairs and read on the other's, both ways, and on the dev events (fitted on all
made-up pairs). The report gives per fit the weights, the out-of-sample precision/recall
at the training half's best-F1 cut and at the cuts where training precision first reaches
0.5 / 0.7 / 0.9, and the same per stance claim (its best-scoring candidate only, as a reader
would set one claim against one assertion).

Usage (two processes for rows, ~15 min under load):
  PYTHONPATH=.:bench .venv/bin/python bench/stance_model.py rows > /tmp/stance_rows.tsv
  PYTHONPATH=.:bench .venv/bin/python bench/stance_model.py fit /tmp/stance_rows.tsv [--on-gold]
(--on-gold: only the stance claims on a gold side, a ceiling: a reader would meet the others
too, and each of their pairings is a point with no gold side)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

TOP = 5
COLUMNS = (
    "cos",
    "gap",
    "inv_rank",
    "words",
    "names",
    "accused",
    "cue",
    "lead",
    "denied_in",
    "told",
    "link_p",
    "compared",
)


_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "of", "and"})


def _accused(speaker: str | None, other: Any) -> bool:
    """A word of the stance claim's speaker (3+ letters, no determiner) is a word of the
    assertion's statement or entities (case folded)."""
    if not speaker:
        return False
    words = {w for w in re.findall(r"[a-z]+", speaker.lower()) if len(w) > 2} - _ARTICLES
    said = set(re.findall(r"[a-z]+", other.claim.statement.lower()))
    said.update(w for e in other.entities for w in re.findall(r"[a-z]+", e.lower()))
    return bool(words & said)


def pair_columns(stance: Any, other: Any, cos: float, best: float, rank: int) -> list[float]:
    """The columns (COLUMNS order) of one stance claim / candidate assertion pair, from the
    merge's claim features (`features._Feat`); link_p / compared are filled by the caller."""
    from consensus.merge.claim_words import denied_content

    small = min(len(stance.content), len(other.content)) or 1
    return [
        cos,
        cos - best,
        1.0 / rank,
        len(stance.content & other.content) / small,
        float(min(3, len(stance.entities & other.entities))),
        float(_accused(stance.speaker, other)),
        float(bool(denied_content(stance.claim.statement))),
        float(bool(stance.lead) and stance.lead == other.lead),
        float(bool(stance.denied & other.content)),
        float(other.speaker is not None),
        0.0,
        0.0,
    ]


def _sides_of(event: str, trace: Any, articles: Any, exp: Any) -> dict[int, list[set[int]]]:
    """Per claim, the OTHER sides' claims of every gold contested point it is on a side of
    (claim -> [claims of the other sides, one set per point])."""
    from missed_links import covering
    from quality_lib import Locator

    loc = Locator({a.id: a for a in articles})
    out: dict[int, list[set[int]]] = {}
    for point in exp.get("contested", []):
        sides: list[set[int]] = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            for a, t in side.get("also", []):
                if sp := loc.span(a, t):
                    anchors.setdefault(a, sp)
            cov = covering(trace, anchors)
            sides.append({m for ms in cov.values() for m in ms})
        for n, s in enumerate(sides):
            others = set().union(*(x for k, x in enumerate(sides) if k != n))
            for m in s - others:
                out.setdefault(m, []).append(others - s)
    return out


def cluster_rows(event: str) -> list[str]:
    """One cluster's candidate rows (TSV)."""
    from missed_links import traced_report
    from stance_sides import _stance_text, load_cluster, ranked_assertions

    from consensus.vectors import offline_embed

    articles, exp = load_cluster(event)
    _report, trace = traced_report(articles, None)
    feats = trace.feats
    stance = {m: t for m, f in enumerate(feats) if (t := _stance_text(f.claim))}
    if not stance or len(feats) < 2:
        return []
    others_of = _sides_of(event, trace, articles, exp)
    statements = offline_embed([f.claim.statement for f in feats])
    keys = sorted(stance)
    sims = offline_embed([stance[m] for m in keys]) @ statements.T
    row_of = trace.row_of()
    lines: list[str] = []
    for r, m in enumerate(keys):
        ranked = ranked_assertions(sims[r], feats, m, stance)[:TOP]
        if not ranked:
            continue
        best = ranked[0][0]
        for rank, (cos, j) in enumerate(ranked, 1):
            cols = pair_columns(feats[m], feats[j], cos, best, rank)
            key = (min(m, j), max(m, j))
            if key in trace.prob:
                cols[-2] = float(trace.prob[key])
                cols[-1] = 1.0
            elif key in row_of:
                cols[-1] = 1.0
            label = int(any(j in o for o in others_of.get(m, [])))
            on_gold = int(m in others_of)
            lines.append(
                "\t".join(
                    [event, str(m), str(j), str(label), str(on_gold)] + [f"{c:.4f}" for c in cols]
                )
            )
    return lines


def rows(names: Sequence[str]) -> None:
    with Pool(2) as pool:
        for lines in pool.imap_unordered(cluster_rows, names, chunksize=1):
            for line in lines:
                print(line, flush=True)


def _read(path: Path, on_gold: bool = False) -> tuple[list[str], list[int], np.ndarray, np.ndarray]:
    """The rows of `path` (with `on_gold`: only those of stance claims on a gold side)."""
    clusters: list[str] = []
    stance: list[int] = []
    x: list[list[float]] = []
    y: list[int] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if on_gold and f[4] != "1":
            continue
        clusters.append(f[0])
        stance.append(int(f[1]))
        y.append(int(f[3]))
        x.append([float(v) for v in f[5:]])
    return clusters, stance, np.asarray(x), np.asarray(y)


def _pr(pred: np.ndarray, y: np.ndarray) -> str:
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    pos = int(np.sum(y == 1))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / pos if pos else 0.0
    return f"P {p:.3f} R {r:.3f} (tp {tp} fp {fp} of {pos})"


def _cuts(p: np.ndarray, y: np.ndarray) -> list[tuple[str, float]]:
    """The training half's best-F1 cut and the lowest cuts reaching precision 0.5/0.7/0.9."""
    from consensus.merge.weights import best_threshold

    out = [("best F1", best_threshold(p, y)[0])]
    for want in (0.5, 0.7, 0.9):
        got = None
        for t in np.unique(np.round(p, 3)):
            pred = p >= t
            if pred.sum() >= 5 and float(np.mean(y[pred])) >= want:
                got = float(t)
                break
        out.append((f"train P>={want}", got if got is not None else 1.01))
    return out


def _per_claim(keys: list[tuple[str, int]], p: np.ndarray, y: np.ndarray, cut: float) -> str:
    """Each stance claim set against its best-scoring candidate when that clears `cut`."""
    best: dict[tuple[str, int], int] = {}
    for i, k in enumerate(keys):
        if k not in best or p[i] > p[best[k]]:
            best[k] = i
    rows = np.asarray(sorted(best.values()), dtype=int)
    claims_right = len({keys[i] for i in np.flatnonzero(y == 1)})
    pick = rows[p[rows] >= cut]
    right = int(np.sum(y[pick] == 1))
    return f"claims set {len(pick)}: right {right}, wrong {len(pick) - right} (of {claims_right})"


def fit(path: Path, on_gold: bool = False) -> None:
    from quality_lib import events
    from refit_halves import half

    from consensus.merge.weights import fit_logistic, log_loss

    clusters, stance, x, y = _read(path, on_gold)
    dev = set(events())
    group = np.asarray(["dev" if c in dev else half(c) for c in clusters])
    keys = list(zip(clusters, stance, strict=True))
    print(f"rows {len(y)}, right {int(y.sum())}; by group:", end="")
    for g in ("A", "B", "dev"):
        print(f" {g} {int(np.sum(group == g))}/{int(np.sum(y[group == g]))}", end="")
    print()
    for train, test in (("A", "B"), ("B", "A"), ("AB", "dev")):
        tr = np.isin(group, list(train))
        te = group == test
        model = fit_logistic(x[tr], y[tr], COLUMNS, l2=1.0)
        print(f"\nfit on {train} ({int(tr.sum())} pairs), test on {test} ({int(te.sum())}):")
        pairs = zip(COLUMNS, model.weights, strict=True)
        print("  weights " + " ".join(f"{n}={w:+.2f}" for n, w in pairs))
        print(f"  bias {model.bias:+.2f}  test log-loss {log_loss(model, x[te], y[te]):.4f}")
        base = float(np.mean(y[te])) if te.any() else 0.0
        print(f"  base rate on test {base:.3f}; top-1 cosine alone: ", end="")
        top1 = x[te][:, COLUMNS.index("inv_rank")] == 1.0
        print(_pr(top1, y[te]))
        p_tr, p_te = model.prob(x[tr]), model.prob(x[te])
        keys_te = [k for k, t in zip(keys, te, strict=True) if t]
        for name, cut in _cuts(p_tr, y[tr]):
            print(
                f"  {name:13s} cut {cut:.3f}: train {_pr(p_tr >= cut, y[tr])} | "
                f"test {_pr(p_te >= cut, y[te])} | test {_per_claim(keys_te, p_te, y[te], cut)}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    from quality_lib import events, madeup, tunable

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("rows", "fit"))
    ap.add_argument("path", nargs="?")
    ap.add_argument("--names", default="")
    ap.add_argument(
        "--on-gold", action="store_true", help="fit: only stance claims on a gold side (a ceiling)"
    )
    args = ap.parse_args(argv)
    allowed = [*events(), *tunable(madeup())]
    if args.mode == "rows":
        want = set(args.names.split(",")) if args.names else set(allowed)
        rows([n for n in allowed if n in want])  # never a held-out cluster
    else:
        fit(Path(args.path), args.on_gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
