"""Statement and word vectors with the batch's common part removed, screened on labelled pairs.

    PYTHONPATH=. python bench/common_part_pairs.py [--jobs 2] NAMES...

NAMES: dev events, annotated clusters (seeds, cluster2) and made-up clusters with gold; the
blind_* ones are the "training" group, the other made-up ones "older" (give training names
only: never the held-out ones). Each cluster's candidate pairs and labels are made as
scripts/fit_merge_weights.py makes them, with one extra column per variant, each computed
inside the merge from the batch's own vectors (the batch is the merge input):

- S_*: the statement vectors; B_*: the IDF-weighted word bags (`soft_words`);
- `c`: centred on the batch mean; `pcK`: the first K principal directions of the batch's
  rows (of the centred rows with `c`) removed, rows renormalised (Arora, Liang and Ma 2017);
- B_sifN_*: bags weighted a / (a + p(w)), p the word's share of the batch's content words,
  a = 10^-N, instead of IDF; B_wc*: word vectors centred on the batch's vocabulary mean.

Then, leave one cluster out, each variant fitted frozen (the shipped weights kept, learn19)
as an added column (`+ V`) or in place of `soft_words` / `cosine` (that column's weight
refitted), and pair F1 of the dev / older / training groups at the shipped threshold and at
the threshold that keeps the shipped number of links (equal count: bench/README
"Session 22, helper learncol22"), and each column's own AUC. bench/README "Session 24,
helper sif24" has the figures.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from consensus.merge.claim_words import _stem, _word_parts  # noqa: E402

SIF = {"sif3": 1e-3, "sif2": 1e-2, "sif1": 1e-1}


def _unit(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(n == 0, 1.0, n)


def drop_pcs(m: np.ndarray, k: int, centre: bool) -> np.ndarray:
    """Rows centred (or not) with their first k principal directions removed, renormalised."""
    m = m.astype(np.float64)
    if centre:
        m = m - m.mean(axis=0)
    if k:
        w, v = np.linalg.eigh(m.T @ m)
        u = v[:, np.argsort(-w)[:k]]
        m = m - (m @ u) @ u.T
    return _unit(m).astype(np.float32)


VARIANTS = [
    *(
        f"{s}_{'c' if c else ''}pc{k}"
        for k in (0, 1, 2, 3)
        for c in (False, True)
        if k or c
        for s in ("S", "B")
    ),
    *(f"B_{a}_{p}" for a in SIF for p in ("pc0", "pc1", "pc2", "cpc1")),
    "B_wc",
    "B_wc_pc1",
    "B_wcsif2",
    "S_raw",
    "B_raw",
]


def _variants(ctx: Any) -> dict[str, np.ndarray] | None:
    """Every variant's unit rows (claims x dim) for one batch."""
    if ctx.mat is None or ctx._bag is None or len(ctx.views) < 2:
        return None
    inv = ctx._inv
    s_raw, b_raw = ctx.mat, ctx._bag[inv]
    ext = {"S_raw": s_raw, "B_raw": b_raw}
    for k in (0, 1, 2, 3):
        for c in (False, True):
            if k or c:
                tag = f"{'c' if c else ''}pc{k}"
                ext[f"S_{tag}"] = drop_pcs(s_raw, k, c)
                ext[f"B_{tag}"] = drop_pcs(b_raw, k, c)
    distinct = list(dict.fromkeys(v.statement for v in ctx.views))
    parts = [_word_parts(s) for s in distinct]
    mult = np.bincount(inv, minlength=len(distinct))
    freq: Counter[str] = Counter()
    for (_, _, content), m in zip(parts, mult.tolist(), strict=True):
        for w in content:
            if w in ctx.vectors:
                freq[w] += m
    words = list(freq)
    word_no = {w: q for q, w in enumerate(words)}
    vecs = ctx.vectors.matrix(words).astype(np.float64)
    idf = np.array([ctx.idf.get(_stem(w), 1.0) for w in words])
    share = np.array([freq[w] for w in words], dtype=np.float64) / max(sum(freq.values()), 1)

    def bag(weights: np.ndarray, wv: np.ndarray) -> np.ndarray:
        out = np.zeros((len(distinct), wv.shape[1]))
        for r, (_, _, content) in enumerate(parts):
            ids = [word_no[w] for w in content if w in word_no]
            if ids:
                out[r] = weights[ids] @ wv[ids]
        return _unit(out)[inv]

    for name, a in SIF.items():
        b = bag(a / (a + share), vecs)
        ext[f"B_{name}_pc0"] = b.astype(np.float32)
        ext[f"B_{name}_pc1"] = drop_pcs(b, 1, False)
        ext[f"B_{name}_pc2"] = drop_pcs(b, 2, False)
        ext[f"B_{name}_cpc1"] = drop_pcs(b, 1, True)
    centred = vecs - vecs.mean(axis=0)
    ext["B_wc"] = bag(idf, centred).astype(np.float32)
    ext["B_wc_pc1"] = drop_pcs(ext["B_wc"], 1, False)
    ext["B_wcsif2"] = bag(1e-2 / (1e-2 + share), centred).astype(np.float32)
    return ext


def _patch() -> None:
    """The variants after `COMPARISONS` in every comparison vector (`pair_screen.install`)."""
    from pair_screen import install

    def on_init(ctx: Any) -> None:
        ctx._sif_ext = _variants(ctx)

    def extra(ctx: Any, pairs: Sequence[tuple[int, int]], out: np.ndarray) -> np.ndarray:
        got = np.zeros((len(pairs), len(VARIANTS)))
        if ctx._sif_ext is not None and pairs:
            i = np.array([a for a, _ in pairs])
            j = np.array([b for _, b in pairs])
            for q, name in enumerate(VARIANTS):
                m = ctx._sif_ext[name]
                got[:, q] = np.einsum("ij,ij->i", m[i], m[j])
        return got

    install(VARIANTS, on_init, extra)


def _labelled(name: str) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    from pair_screen import labelled

    _patch()
    return labelled(name)


def main() -> int:
    from pair_screen import Screen

    screen = Screen.from_args(_labelled, VARIANTS)
    screen.auc_rows(("cosine", "soft_words", "lexical", *VARIANTS))
    screen.run_header()
    for v in VARIANTS:
        screen.run(f"+ {v}", [v], {})
    for v in VARIANTS:
        screen.run(
            f"{'soft_words' if v[0] == 'B' else 'cosine'} := {v}",
            [],
            {"soft_words" if v[0] == "B" else "cosine": v},
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
