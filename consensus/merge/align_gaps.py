"""Word-gap comparison columns of two statements, read off their soft word alignment
(session 58, wordalign58).

`align` (merge/align_words.py) averages each word's best cosine in the other statement: two
different facts on one topic still align most of their words ("the driver was arrested" /
"the driver was named"), and a paraphrase with one reworded word loses little. These columns
read the same word-by-word best matches for what the mean hides:

- `align_gap_min` / `align_gap_max`: each statement's IDF-weighted share of words whose best
  match in the other is below `GAP_LEVEL`; the smaller and the larger of the two. A statement
  contained in a longer one has a small gap on its side; two facts that share a topic have a
  gap on both sides.
- `align_weakest`: the weakest best match of a statement's words, the better-covered
  statement's (the larger of the two minima): the one word of a claim the other does not
  say.
- `figure_unmatched`: each statement prints a figure the other does not (as written).

0 when either statement has no word with a vector (no vectors: 0 for every pair), as `align`
is. Pure numpy over the vectors given: no I/O, no model. Symmetric (each pair is computed low
statement number first) and rounded, so blocks of other shapes give the same columns.
"""

from __future__ import annotations

import numpy as np

from consensus.merge.align_words import WordAlignment
from consensus.merge.link_models import column_read

__all__ = ["ALIGN_COLUMNS", "GAP_COLUMNS", "GAP_LEVEL", "aligned_read", "gap_columns"]

GAP_COLUMNS = ("align_gap_min", "align_gap_max", "align_weakest", "figure_unmatched")
# the columns read off the word alignment (built while a model reads any of them)
ALIGN_COLUMNS = ("align", *GAP_COLUMNS)
# a word's best match below this is a word the other statement does not say: static word
# vectors put a word and its inflection or a close synonym above it ("killed" / "died" 0.71)
# and words of one topic below it ("arrested" / "named")
GAP_LEVEL = 0.6
_SAME = 0.999  # a figure matches only itself (one word, one unit vector)
_BLOCK = 256
_DIGITS = 5


def aligned_read() -> bool:
    """Whether a model in scope reads a column of the word alignment (`column_read`)."""
    return any(column_read(c) for c in ALIGN_COLUMNS)


def gap_columns(alignment: WordAlignment | None, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The `GAP_COLUMNS` of statements a[k] and b[k] (numbers in the alignment's
    statements) for every k, one row each; zeros without an alignment."""
    out = np.zeros((len(a), len(GAP_COLUMNS)), dtype=np.float64)
    if alignment is None or not len(a):
        return out
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    lengths = alignment.lengths
    todo = np.flatnonzero((lo != hi) & (lengths[lo] > 0) & (lengths[hi] > 0))
    same = (lo == hi) & (lengths[lo] > 0)
    out[same, 2] = 1.0  # (a statement with itself: every word matched, gaps 0)
    if not len(todo):
        return out
    longest = np.maximum(lengths[lo[todo]], lengths[hi[todo]])
    todo = todo[np.argsort(longest, kind="stable")]
    for k in range(0, len(todo), _BLOCK):
        at = todo[k : k + _BLOCK]
        out[at] = _block(alignment, lo[at], hi[at])
    return np.round(out, _DIGITS)


def _side(best: np.ndarray, w: np.ndarray, fig: np.ndarray) -> tuple[np.ndarray, ...]:
    """One statement's gap share, weakest best match and whether a figure goes unmatched,
    from its words' best matches `best`, IDF weights `w` (0: padding) and figure flags."""
    real = w > 0
    gap = (w * (best < GAP_LEVEL)).sum(axis=1) / w.sum(axis=1)
    weakest = np.where(real, best, np.inf).min(axis=1)
    lone_fig = (real & fig & (best < _SAME)).any(axis=1)
    return gap, weakest, lone_fig


def _block(alignment: WordAlignment, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    sim, (ia, wa), (ib, wb) = alignment.similarities(lo, hi)
    figs = alignment.figure_words
    gap_a, weak_a, fig_a = _side(sim.max(axis=2), wa, figs[ia])
    gap_b, weak_b, fig_b = _side(sim.max(axis=1), wb, figs[ib])
    return np.column_stack(
        [
            np.minimum(gap_a, gap_b),
            np.maximum(gap_a, gap_b),
            np.maximum(weak_a, weak_b),
            (fig_a & fig_b).astype(np.float64),
        ]
    )
