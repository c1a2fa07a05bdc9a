"""Two clock times of one thing, compared whatever the pair's link probability and whoever
tells them (link rule 5, widened).

Rule 5 compares the clock times of a pair only when the pair links, or would link were its
figures one, and two speakers' statements never reach it (they never join). But the times
two parties give one moment are told in sentences that link weakly: "The collapse happened
at about 2:40 p.m. in a section where 23 men were cutting coal, the company said" / "Lanz
said the collapse happened shortly after 3 p.m., during the afternoon shift" share little
beyond the clause that times the thing, and the company and the union are two speakers.

Rivals here: a candidate pair of one polarity whose times clash (`clock.matched_clash`),
told in clauses that share a content word that is not a word of either claim's speaker nor
a name either writes capitalised ("the collapse happened at" / "said the collapse happened
shortly after": collapse, happen; never "Lanz said ... at 3 p.m." / "Lanz arrived at 2
p.m.", nor "squalls hit Port Caddick at 9 p.m." / "landfall near Port Caddick at 2 a.m.",
by the name alone). The
link rule then reads them as it reads times of a linked pair: a CONFLICT edge unless the
times are of two events (`timed_acts.times_of_two_events`); they never join. Such pairs of
two articles are candidates by their clauses' words (`timed_codes`), however little else
their statements share.

PURE: reads the statements and their speakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from consensus.merge.claim_words import content_stems
from consensus.merge.clock import ClockTime, clock_times, matched_clash
from consensus.merge.features import _Feat

__all__ = ["timed_rivals", "times_meet"]


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]*")


def _shut_words(f: _Feat) -> frozenset[str]:
    """The words of a claim's speaker and the names its statement writes capitalised
    inside a sentence: who tells it and where, never what is timed."""
    names = " ".join(m.group() for m in _CAPITALISED.finditer(f.claim.statement))
    return content_stems(f"{f.speaker or ''} {names}".casefold())


def times_meet(
    a: tuple[ClockTime, ...], b: tuple[ClockTime, ...], shut: frozenset[str] = frozenset()
) -> bool:
    """Some time of each is told in clauses sharing a content word beyond `shut` (the
    speakers' words)."""
    return any((x.clause & y.clause) - shut for x in a for y in b)


def timed_rivals(feats: Sequence[_Feat], pi: np.ndarray, pj: np.ndarray) -> np.ndarray:
    """For each pair (pi[k], pj[k]): whether its two claims give one thing two clock times
    that clash (see the module docstring)."""
    clocks = [clock_times(f.claim.statement) for f in feats]
    has = np.fromiter((bool(c) for c in clocks), dtype=bool, count=len(feats))
    out = np.zeros(len(pi), dtype=bool)
    for k in np.flatnonzero(has[pi] & has[pj]).tolist():
        i, j = int(pi[k]), int(pj[k])
        if feats[i].claim.polarity != feats[j].claim.polarity:
            continue
        if not matched_clash(clocks[i], clocks[j]):
            continue
        shut = _shut_words(feats[i]) | _shut_words(feats[j])
        out[k] = times_meet(clocks[i], clocks[j], shut)
    return out


def timed_codes(feats: Sequence[_Feat], cap: int) -> np.ndarray:
    """Pairs (i, j), i < j, of claims of two articles that are timed rivals (`timed_rivals`),
    as sorted codes i * len(feats) + j: candidates however little else they share ("It left
    the rails at about 11:40 p.m." / "cars of the train left the tracks at around 11:20
    p.m."). Indexed by the words of each time's clause beyond the shut words; a word more
    than `cap` claims time is no key."""
    n = len(feats)
    by_word: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        clocks = clock_times(f.claim.statement)
        if not clocks:
            continue
        shut = _shut_words(f)
        for w in {w for t in clocks for w in t.clause} - shut:
            by_word.setdefault(w, []).append(i)
    seen: set[int] = set()
    for held in by_word.values():
        if len(held) > cap:
            continue
        for x, i in enumerate(held):
            for j in held[x + 1 :]:
                if feats[i].article != feats[j].article:
                    seen.add(i * n + j)
    if not seen:
        return np.zeros(0, dtype=np.int64)
    codes = np.asarray(sorted(seen), dtype=np.int64)
    kept: np.ndarray = codes[timed_rivals(feats, codes // n, codes % n)]
    return kept
