"""A short claim read against the span of a longer claim that matches it (`span_contained`).

One outlet states a fact in a short claim ("Seven people were killed in the crash"), another
inside a longer claim that adds objects, places, times or a second clause ("The coach left
the road near Dunmore late on Friday, and seven people were killed in the crash, police
said"). The whole-claim comparisons (`cosine`, `rare_words`, `soft_words`) are diluted by the
longer claim's extra words. This column reads the shorter claim's content words against the
best window of the longer claim's content words (as long as the shorter claim, and `SLACK`
words more): the IDF-weighted share of the shorter claim's words one window holds, read
above `FROM` only (a ramp from 0 at `FROM` to 1 at full containment). It is 0 when the
claims are of similar length (`RATIO`), when the shorter has fewer than `LEAST` content
words, and when the two do not print the same numbers (digits and figure values: "Anja
Sorrel is 61" and a long claim naming her without her age; a long claim with a second
figure, which would join the short claim's count to another fact's).

Measured (bench/README.md, "Session 20, helper span20"): most short claims a long one
contains already link (the `lexical` token-set score sees containment); the missed ones
share a quarter of their words with the long claim (paraphrase, not dilution), so the
column moves no table by more than one fact (tried on branch span20, not shipped).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from consensus.merge.claim_words import _READ, _word_read
from consensus.merge.figures import Figure

RATIO = 0.67  # read when the shorter claim has at most this share of the longer's words
LEAST = 2  # content words the shorter claim needs
SLACK = 2  # a window holds the shorter claim's count of content words and this many more
FROM = 0.7  # the column is max(0, share - FROM) / (1 - FROM)


def content_run(words: Sequence[str]) -> list[str]:
    """The content stems of a claim's words, in order (`claim_words._word_read`)."""
    out = []
    for w in words:
        stem = (_READ.get(w) or _word_read(w))[1]
        if stem is not None:
            out.append(stem)
    return out


def _written(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def numbers(words: Sequence[str], figs: Sequence[Figure]) -> frozenset[str]:
    """What a claim prints as numbers: its digit words and its figures' values ("seven",
    "7"), written alike ("1,200" is the words 1 and 200 and the value 1200)."""
    return frozenset(
        [w for w in words if any(ch.isdigit() for ch in w)] + [_written(f.value) for f in figs]
    )


def window_share(short: Sequence[str], long: Sequence[str], idf: Mapping[str, float]) -> float:
    """The largest IDF-weighted share of the distinct stems of `short` that one window of
    `long` (`len(short) + SLACK` stems) holds."""
    want = {s: idf.get(s, 1.0) for s in short}
    total = sum(want.values())
    if not total:
        return 0.0
    size = min(len(long), len(short) + SLACK)
    best = 0.0
    for lo in range(len(long) - size + 1):
        got = sum(want[s] for s in set(long[lo : lo + size]) if s in want)
        if got > best:
            best = got
            if best >= total:
                break
    return best / total


def span_contained(
    pairs: np.ndarray,
    words: Sequence[Sequence[str]],
    figs: Sequence[Sequence[Figure]],
    idf: Mapping[str, float],
    contained: np.ndarray,
) -> np.ndarray:
    """The `span_contained` column of the pairs (rows of two claim numbers); `words` are the
    claims' words in order, `contained` each pair's whole-claim IDF share of the smaller
    claim's content words the other holds (no window holds more: pairs at or below `FROM`
    are skipped unread)."""
    out = np.zeros(len(pairs))
    runs: dict[int, list[str]] = {}

    def run(k: int) -> list[str]:
        got = runs.get(k)
        if got is None:
            got = runs[k] = content_run(words[k])
        return got

    for row in np.flatnonzero(contained > FROM).tolist():
        a, b = int(pairs[row, 0]), int(pairs[row, 1])
        ra, rb = run(a), run(b)
        if len(ra) > len(rb):
            a, b, ra, rb = b, a, rb, ra
        if len(set(ra)) < LEAST or len(ra) > RATIO * len(rb):
            continue
        if numbers(words[a], figs[a]) != numbers(words[b], figs[b]):
            continue
        out[row] = max(0.0, window_share(ra, rb, idf) - FROM) / (1.0 - FROM)
    return out
