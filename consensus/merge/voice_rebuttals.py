"""Rule 6 across two voices: a plain negation of one named speaker against the same
statement unnegated by another ("Annika Lodahl said: 'That ship was overloaded'" /
"Tarrow Line has said the ship was not overloaded") is a rebuttal, the two sides' accounts
of one thing. Two speakers' statements never join (link rule 1), so rule 6, which reads
the pairs that would join, never saw them; `link_edges` reads them too when they link at
the threshold (`voices_apart`).

Whose act is negated is read from the claims' subjects, as for one voice
(`claim_reads._subjects_apart`: "Roe did not cite a source" rebuts no "Doe cited
sources"), but an extractor gives a reported statement its speaker as subject ("Tarrow
Line" for "Tarrow Line has said the ship was not overloaded"): such a subject is who says
it, not what it is about, and is read as unknown. The two must then share a content word
beyond the negated concept and the speakers' names (the ship): a negation and a statement
that share only the negated word are about two things.

PURE: reads the claims' subjects, speakers and concepts.
"""

from __future__ import annotations

import re

import numpy as np

from consensus.merge.claim_reads import _one_subject
from consensus.merge.features import _Feat
from consensus.merge.lexicon import _STOP
from consensus.merge.speakers import same_speaker

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def voices_apart(pairs: np.ndarray, rounded: np.ndarray, bar: float) -> np.ndarray:
    """The pairs of two speakers' statements (positions into the pair arrays, `pairs`)
    that link at `bar`: rule 6 reads them for a rebuttal."""
    linked: np.ndarray = pairs[rounded[pairs] >= bar]
    return linked


def about_two_things(a: _Feat, b: _Feat, negated: str) -> bool:
    """Whether two speakers' claims, one negating `negated` (a concept) that the other
    states, are about two things: their subjects (a subject that is its claim's own
    speaker read as unknown) are not one and neither statement names a word of the
    other's, or they share no content concept beyond `negated` and the speakers' names."""
    sa, sb = _said_subject(a), _said_subject(b)
    if not _one_subject(sa, sb) and not any(
        _names_word_of(x.claim.statement, s) for x, s in ((a, sb), (b, sa))
    ):
        return True
    own = {w for f in (a, b) if f.speaker for w in _WORD.findall(f.speaker.casefold())}
    return not (a.content & b.content) - {negated} - own


def _said_subject(f: _Feat) -> str:
    """The claim's subject, or '' when it is the claim's speaker (who says it)."""
    subject = f.claim.subject
    if f.speaker and subject and same_speaker(subject.casefold(), f.speaker.casefold()):
        return ""
    return subject


def _names_word_of(statement: str, subject: str) -> bool:
    """Whether `statement` names a word (three letters or more, not a stop word) of
    `subject`."""
    words = {w for w in _WORD.findall(subject.casefold()) if len(w) > 2}
    return bool(words & (set(_WORD.findall(statement.casefold())) - _STOP))
