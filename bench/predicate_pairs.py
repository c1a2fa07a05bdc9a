"""Predicate agreement (do two claims state the SAME act, not just share nouns?) as
link-model columns, screened on labelled pairs.

    PYTHONPATH=. python bench/predicate_pairs.py [--jobs 2] NAMES...
    PYTHONPATH=. python bench/predicate_pairs.py --report COLUMN=WEIGHT... [threshold=T] \
        -- [quality.py args]

NAMES: dev events, annotated clusters (seeds, cluster2) and made-up clusters with gold; the
blind_* ones are the "training" group, the other made-up ones "older" (give training names
only: never the held-out ones). Each cluster's candidate pairs and labels are made as
scripts/fit_merge_weights.py makes them, with extra columns from the static word vectors the
merge already loads (no word list):

- rest_cos: cosine of the IDF-weighted means of each claim's content words the other does
  NOT print (by stem): what is left once the shared nouns are taken away is, for two
  tellings of one act, the act told twice ("resigned" / "stepped down"), and for two facts
  about one topic, two different acts ("dominated a meeting" / "without running water");
  0 when either claim has no such word with a vector;
- rest_both: both claims have such words (the control for rest_cos's zeros);
- rest_cos_x_soft / rest_cos_x_lex: rest_cos times `soft_words` / `lexical`;
- rest_gap_x_lex: rest_both * (1 - rest_cos) * lexical (shared words, apart remainders);
- act_cos: cosine of the word vectors of the two main acts `frame_reads.frame` reads (0
  when either is unread); act_read: both read; act_cos_x_lex;
- act_rest: the best cosine of one claim's act against the other's remainder words (a
  same act told by a word the frame reader did not take as the act);
- align_f1 / align_min: greedy word alignment (BERTScore with static vectors): each content
  word matched to its nearest word of the other claim (1 for one stem), IDF-weighted mean
  per direction, their F1 / minimum; rest_align / rest_align_min: the same over the
  remainders only ("arrested" / "detained" 0.42, "arrested" / "praised" -0.13);
  rest_align_x_lex: rest_align times `lexical`.

Then, leave one cluster out, each fitted frozen (the shipped weights kept) as an added
column, pair F1 of the dev / older / training groups at the shipped threshold and at the
threshold that keeps the shipped number of links (equal count), and each column's AUC
overall and in the band of probabilities 0.15-0.5. `PREDICATE_DUMP=FILE.npz` also saves
the labelled pairs (for unfrozen refits outside the screen). `--report` runs bench/quality.py
with the shipped weights plus the given columns (every other extra column 0). bench/README
"Session 43 (link43)" has the figures.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from frame_reads import frame  # noqa: E402

import consensus.merge.compare as compare  # noqa: E402
from consensus.merge.claim_words import _stem, statement_words  # noqa: E402

BAND = (0.15, 0.5)
VARIANTS = [
    "rest_cos",
    "rest_both",
    "rest_cos_x_soft",
    "rest_cos_x_lex",
    "rest_gap_x_lex",
    "act_cos",
    "act_read",
    "act_cos_x_lex",
    "act_rest",
    "align_f1",
    "align_min",
    "rest_align",
    "rest_align_min",
    "rest_align_x_lex",
]
COMBOS = [
    ("rest_cos", "rest_both"),
    ("rest_cos_x_lex", "rest_gap_x_lex"),
    ("act_cos", "act_read"),
    ("rest_cos", "rest_both", "act_cos", "act_read"),
    ("rest_align", "rest_both"),
    ("align_f1", "rest_align"),
    ("align_f1", "rest_align_x_lex"),
]


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def _patch() -> None:
    from pair_screen import install

    soft_at = compare.COMPARISONS.index("soft_words")
    lex_at = compare.COMPARISONS.index("lexical")

    def on_init(ctx: Any) -> None:
        ctx._p43_pw = []  # per claim: (stems array, idf-weighted vectors matrix)
        ctx._p43_acts = []
        vec = ctx.vectors
        for v in ctx.views:
            content = statement_words(v.statement)[2]
            ws = [w for w in content if w in vec]
            if ws and len(vec):
                m = vec.matrix(ws).astype(np.float64)
                m = m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)
                st = [_stem(w) for w in ws]
                wt = np.array([ctx.idf.get(s, 1.0) for s in st])
                ctx._p43_pw.append((st, m * wt[:, None], m))
            else:
                ctx._p43_pw.append(([], None, None))
            act = frame(v.statement).act.casefold()
            a = None
            if act and act in vec:
                a = _unit(vec.matrix([act])[0].astype(np.float64))
            ctx._p43_acts.append(a)

    def rest(ctx: Any, i: int, j: int) -> tuple[np.ndarray | None, np.ndarray | None]:
        si, wi, mi = ctx._p43_pw[i]
        sj = ctx.stems[j]
        if wi is None:
            return None, None
        keep = [k for k, s in enumerate(si) if s not in sj]
        if not keep:
            return None, None
        return _unit(wi[keep].sum(axis=0)), mi[keep]

    def extra(ctx: Any, pairs: Sequence[tuple[int, int]], out: np.ndarray) -> np.ndarray:
        got = np.zeros((len(pairs), len(VARIANTS)))
        if not len(pairs):
            return got
        ii, jj = compare.pair_ends(pairs)
        for q, (i, j) in enumerate(zip(ii.tolist(), jj.tolist(), strict=True)):
            soft, lex = float(out[q, soft_at]), float(out[q, lex_at])
            ri, mi = rest(ctx, i, j)
            rj, mj = rest(ctx, j, i)
            both = ri is not None and rj is not None
            rc = float(ri @ rj) if both else 0.0  # type: ignore[operator]
            ai, aj = ctx._p43_acts[i], ctx._p43_acts[j]
            aread = ai is not None and aj is not None
            ac = float(ai @ aj) if aread else 0.0
            ar = 0.0
            if ai is not None and mj is not None:
                ar = max(ar, float(np.max(mj @ ai)))
            if aj is not None and mi is not None:
                ar = max(ar, float(np.max(mi @ aj)))
            al = _align(ctx, i, j)
            got[q] = [
                rc,
                float(both),
                rc * soft,
                rc * lex,
                float(both) * (1 - rc) * lex,
                ac,
                float(aread),
                ac * lex,
                ar,
                *al,
                al[2] * lex,
            ]
        return got

    def _align(ctx: Any, i: int, j: int) -> list[float]:
        """Greedy word alignment (BERTScore with static vectors): each content word of one
        claim is matched to its nearest of the other (1 for one stem); the IDF-weighted mean
        per direction, their F1 and minimum; then the same over the remainders only (the
        words whose stem the other does not print), 0 when either remainder is empty."""
        si, wi, mi = ctx._p43_pw[i]
        sj, wj, mj = ctx._p43_pw[j]
        if mi is None or mj is None:
            return [0.0, 0.0, 0.0, 0.0]
        sim = mi @ mj.T
        same = np.array([[a == b for b in sj] for a in si])
        sim = np.where(same, 1.0, sim)
        idf_i = np.linalg.norm(wi, axis=1)
        idf_j = np.linalg.norm(wj, axis=1)
        p = float(sim.max(axis=1) @ idf_i / idf_i.sum())
        r = float(sim.max(axis=0) @ idf_j / idf_j.sum())
        f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
        ri = ~same.any(axis=1)
        rj = ~same.any(axis=0)
        if not ri.any() or not rj.any():
            return [f1, min(p, r), 0.0, 0.0]
        sub = sim[np.ix_(ri, rj)]
        rp = float(sub.max(axis=1) @ idf_i[ri] / idf_i[ri].sum())
        rr = float(sub.max(axis=0) @ idf_j[rj] / idf_j[rj].sum())
        rf = 2 * rp * rr / (rp + rr) if rp + rr > 0 else 0.0
        return [f1, min(p, r), rf, min(rp, rr)]

    install(VARIANTS, on_init, extra)


def _labelled(name: str) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    from pair_screen import labelled

    _patch()
    return labelled(name)


def report(argv: list[str]) -> int:
    """`--report COLUMN=WEIGHT ... [threshold=T] -- QUALITY ARGS`: bench/quality.py with the
    shipped link weights plus the given columns at the given weights (every other 0)."""
    from pair_screen import report_with

    return report_with(argv, VARIANTS, _patch, "predicate")


def main() -> int:
    if sys.argv[1:2] == ["--report"]:
        return report(sys.argv[1:])
    from pair_screen import Screen

    screen = Screen.from_args(_labelled, VARIANTS)
    import os

    if os.environ.get("PREDICATE_DUMP"):  # the labelled pairs, for fits outside the screen
        np.savez(
            os.environ["PREDICATE_DUMP"],
            **{
                f"{n}|{k}": a for n, d in screen.data.items() for k, a in zip("xyw", d, strict=True)
            },
        )
    screen.auc_rows(("soft_words", "lexical", *VARIANTS), BAND)
    screen.run_all(VARIANTS, COMBOS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
