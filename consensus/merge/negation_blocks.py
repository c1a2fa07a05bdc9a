"""Blocking for two voices' rebuttals (pipeline step 3): one named speaker's plain negation
and another named speaker's statement of what it negates are compared, however few other
words they share.

"Mr Hale said: 'This vote is not binding'" and (another outlet) "Ana Ruiz said the
charter is clear: the vote is binding, and the leader must go" share two content words
of a dozen, so no pair of their rarest keys meets (`candidates._candidate_codes`) and
their vectors are too far apart for a neighbour; link rule 6 (`voice_rebuttals`) never
reads the pair, though the link model scores it over `VOICES_REBUT_AT` once compared.
Two sides' accounts of one thing are told that way: one side negates a word, the other
states the word inside its own account.

A pair is added when the two claims are in two articles, both assert (a denial's target
is link rule 2's business), one names a speaker and negates a concept (`score.negation`)
the other states (its concepts; an irregular past read as its base too: `verb_lemmas`,
"nobody sold" / "selling") with no negation word of its own and under another speaker or
none (session 48: an outlet's own report of the act, "the boat's safety certificate had
expired", is what a named denial most often answers; measured on the tunable clusters:
disputes +1, no-gold -1, nothing else moved), and the concept is held by at most `cap`
claims (a concept everyone states blocks nothing). The pair is compared as any
candidate: rule 1 keeps two speakers' statements apart, rule 6 reads the pairs that link
at `VOICES_REBUT_AT` with its guards (`about_two_things`, `told_apart`).

PURE: reads the claims' statements, speakers, articles and concepts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from consensus.merge.denial_strength import _Negations
from consensus.merge.features import _Feat
from consensus.merge.verb_lemmas import lemmas, with_lemmas
from consensus.models import Polarity


def negation_codes(feats: Sequence[_Feat], cap: int) -> np.ndarray:
    """The pairs (codes i * len(feats) + j, i < j, sorted) of two asserted claims in two
    articles, one a named speaker's negating a concept the other (of another speaker or
    none) states with no negation word."""
    n = len(feats)
    voiced = [k for k, f in enumerate(feats) if f.speaker and f.claim.polarity == Polarity.asserts]
    negations = _Negations(feats)
    negated: dict[int, set[str]] = {}
    for k in voiced:
        if negations.hinted[k] and (denied := negations(k).concepts):
            bases = lemmas(feats[k].toks)  # (an irregular past as its base: `verb_lemmas`)
            negated[k] = set(denied) | {bases[c] for c in denied if c in bases}
    holders: dict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(feats):
        if f.claim.polarity == Polarity.asserts and not negations.hinted[k]:
            for c in with_lemmas(feats[k].concepts, feats[k].toks):
                holders[c].append(k)
    codes: set[int] = set()
    for k, concepts in negated.items():
        a = feats[k]
        for c in concepts:
            found = holders.get(c, ())
            if len(found) > cap:
                continue
            for m in found:
                b = feats[m]
                if b.article != a.article and b.speaker != a.speaker:
                    codes.add(min(k, m) * n + max(k, m))
    return np.asarray(sorted(codes), dtype=np.int64)
