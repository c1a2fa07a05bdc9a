"""A longer claim of another origin that CONTAINS a single-source claim backs it (session 60).

MEASURED, NOT WIRED (bench/README "Session 60 (devagreed60)"): as a support in the merge's
step 6 (one line after `disputes._compound_support` in merge/verdicts.py, as on branch
devagreed60-tries) it gains training agreed +5 (5 clusters better, 0 worse) but adds a
split fact on training (+1) and on dev (+1: a right reading whose fact another agreed item
already shows) and moves no dev agreed fact: of the 69 dev facts missed, none has a pair of
covering claims over `CONTAINED_AT` with the guard (`bench/missed_facts.py --contain`).
Kept here as the tool those figures come from.

One outlet often states a fact alone ("The trawler sank on Monday night"); another states it
inside a longer sentence that says more ("The trawler, which had left Harrow Bay a week
earlier with six crew, sank on Monday night after its engine failed"). A symmetric likeness
(the link model) scores the pair low because the long claim says more, and the short fact
looks single-source. This reads the pair one way: how much of the SHORT claim the long one
says.

Containment of short claim S in long claim L: each of S's `align_words` takes its best cosine
among L's (the words' own vectors, as merge/align_words.py reads them; 1 for the same word),
weighted by its IDF over the batch's distinct statements; the weighted mean. Measured on
labelled pairs (bench/containment.py, bench/README "Session 60 (devagreed60)"): as a
ranking it separates little (AUC ~0.58 on the pairs the link model leaves apart), but at
`CONTAINED_AT` its few pairs are mostly one fact.

Rule (`contained_support`): claim L supports the group of claim S when

* S's group has one origin and is no side of a contested point, L's group is no side
  either (L stays under one verdict), and no compound support backs S's group already;
* L is of another origin, has at least `LONGER` times S's aligned words, and S has at least
  `MIN_WORDS` of them;
* every name and figure S prints (a word capitalised past the first, a digit, a spelled
  number) L prints too, a negation in S is met by one in L, the polarities are equal, no
  quantity conflicts (`score._quantities_conflict`) and the speakers are compatible (or S is
  in the outlet's own voice), as `disputes._compound_support` asks of its supporters;
* the containment of S in L is at least `CONTAINED_AT`, and no member of L's group of a
  third origin contains S at `ALSO_AT` (any length): then S's fact is what L's group is
  about, counted there, and a second agreed item of it would split it.

L is only counted for S's item (cited there); it stays in its own group. Without word
vectors, or for a batch of more than `MAX_CLAIMS` claims, nothing is added.
PURE: no I/O.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

import numpy as np

from consensus.merge.align_words import WordAlignment
from consensus.merge.claim_words import _ALIGN_WORD, align_words
from consensus.merge.compared_pairs import LARGE_BATCH
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import _NEGATION
from consensus.merge.score import _quantities_conflict
from consensus.vectors import Vectors

__all__ = ["CONTAINED_AT", "contained_support"]

# the containment at which a pair is one fact (bench/containment.py: made-up pairs the link
# model leaves apart, over 0.85: 38 one fact / 8 two facts, 0 look-alikes; dev 8 / 0)
CONTAINED_AT = 0.85
# a member of L's group (of a third origin) that contains S this much states S's fact: the
# group is its item already
ALSO_AT = 0.6
LONGER = 1.6  # L has at least this many times S's aligned words
MIN_WORDS = 3  # S's aligned words (fewer: a name and a verb are contained anywhere)
MAX_CLAIMS = LARGE_BATCH
# spelled numbers (a closed class) are figures a long claim must print too
_SPELLED = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "half quarter percent".split()
)
_NT = re.compile(r"n['’]t\b", re.IGNORECASE)


def _marked(text: str) -> frozenset[str]:
    """The names and figures of a statement, lower case: a word capitalised past the first,
    a digit, a spelled number."""
    out = set()
    for k, m in enumerate(_ALIGN_WORD.finditer(text)):
        w = m.group()
        low = w.casefold().replace("’", "'")
        low = low[:-2] if low.endswith("'s") else low
        if w[0].isdigit():
            out.add(low.rstrip(".,"))
        elif (k > 0 and w[0].isupper() and len(low) > 2) or low in _SPELLED:
            out.add(low)
    return frozenset(out)


def _negated(text: str) -> bool:
    return bool(_NT.search(text)) or any(
        m.group().casefold() in _NEGATION for m in _ALIGN_WORD.finditer(text)
    )


def contained_support(
    feats: Sequence[_Feat],
    groups: Sequence[Sequence[_Feat]],
    group_of: Mapping[int, int],
    contested: Collection[int],
    vectors: Vectors | None,
    supports: dict[int, dict[int, str]],
) -> dict[int, dict[int, str]]:
    """`supports` (target group -> {supporter position: feature text}) with the supports of
    a containing claim added (module docstring)."""
    if vectors is None or not len(vectors) or len(feats) > MAX_CLAIMS:
        return supports
    n_origins = [len({f.origin for f in ms}) for ms in groups]
    statements = sorted({f.claim.statement for f in feats})
    number = {s: k for k, s in enumerate(statements)}
    said = {s: [w for w in align_words(s) if w in vectors] for s in statements}
    targets = [
        f
        for f in feats
        if f.pos in group_of
        and group_of[f.pos] not in contested
        and n_origins[group_of[f.pos]] == 1
        and group_of[f.pos] not in supports
        and len(said[f.claim.statement]) >= MIN_WORDS
    ]
    if not targets:
        return supports
    alignment = WordAlignment(statements, vectors)
    pairs: list[tuple[_Feat, _Feat]] = []
    for t in targets:
        short = said[t.claim.statement]
        words, marks, neg = set(short), _marked(t.claim.statement), _negated(t.claim.statement)
        for c in feats:
            gc = group_of.get(c.pos)
            if c.origin == t.origin or gc is None or gc in contested:
                continue
            long = said[c.claim.statement]
            if len(long) < LONGER * len(short) or not words & set(long):
                continue
            if not marks <= set(align_words(c.claim.statement)):
                continue
            if c.claim.polarity != t.claim.polarity or (neg and not _negated(c.claim.statement)):
                continue
            if t.speaker is not None and not _speakers_compatible(t.speaker, c.speaker):
                continue
            if _quantities_conflict(t.quantities, c.quantities):
                continue
            pairs.append((t, c))
    if not pairs:
        return supports
    lo = np.array([number[t.claim.statement] for t, _ in pairs], dtype=np.int64)
    hi = np.array([number[c.claim.statement] for _, c in pairs], dtype=np.int64)
    held = _contained(alignment, lo, hi)
    found = [(t, c, x) for (t, c), x in zip(pairs, held, strict=True) if x >= CONTAINED_AT]
    told = _told_in_group(alignment, number, groups, group_of, [(t, c) for t, c, _ in found])
    out: dict[int, dict[int, str]] = defaultdict(dict, {g: dict(s) for g, s in supports.items()})
    for t, c, x in found:
        if (t.pos, c.pos) not in told:
            out[group_of[t.pos]][c.pos] = (
                f"support: a longer claim of {c.article} contains it ({x:.2f})"
            )
    return dict(out)


def _told_in_group(
    alignment: WordAlignment,
    number: Mapping[str, int],
    groups: Sequence[Sequence[_Feat]],
    group_of: Mapping[int, int],
    pairs: Sequence[tuple[_Feat, _Feat]],
) -> set[tuple[int, int]]:
    """The (S, L) positions of `pairs` where a member of L's group of a third origin
    contains S too (`ALSO_AT`, any length): S's fact is what that agreed group is about,
    counted there already, and a second agreed item of it would split it."""
    asks: list[tuple[int, int, tuple[int, int]]] = []
    for t, c in pairs:
        for m in groups[group_of[c.pos]]:
            if m.origin not in (t.origin, c.origin):
                asks.append((number[t.claim.statement], number[m.claim.statement], (t.pos, c.pos)))
    if not asks:
        return set()
    x = _contained(
        alignment,
        np.array([a for a, _, _ in asks], dtype=np.int64),
        np.array([b for _, b, _ in asks], dtype=np.int64),
    )
    return {key for (_, _, key), v in zip(asks, x, strict=True) if v >= ALSO_AT}


_BLOCK = 256


def _contained(alignment: WordAlignment, short: np.ndarray, long: np.ndarray) -> np.ndarray:
    """The IDF-weighted mean, over the words of statement short[k], of each word's best
    cosine among the words of statement long[k], for every k (rounded)."""
    out = np.zeros(len(short), dtype=np.float64)
    for k in range(0, len(short), _BLOCK):
        a, b = short[k : k + _BLOCK], long[k : k + _BLOCK]
        sim, (_, wa), _ = alignment.similarities(a, b)
        best = np.minimum(sim.max(axis=2), 1.0)
        out[k : k + _BLOCK] = (best * wa).sum(axis=1) / np.maximum(wa.sum(axis=1), 1e-12)
    return np.round(out, 5)
