"""Which pairs of claims two speakers keep apart (link rule 1), pair by pair in bulk: the
speaker rule of `speakers.compatible` read once per distinct pair of speaker names, and
the event facts a speaker named by its kind reports (`reporters.py`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import _NEGATION
from consensus.merge.prefix_negation import prefixed_negations
from consensus.merge.reporters import QUOTED_WORDS, named_by_kind
from consensus.merge.score import NO_NEGATION, Negation

__all__ = [
    "compatible_speakers",
    "first_person",
    "own_words",
    "own_words_alone",
    "reported",
    "reported_pair",
    "told_alone",
    "told_by_two",
    "told_by_two_pair",
]


def compatible_speakers(feats: Sequence[_Feat], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """`_speakers_compatible` of each pair (i, j), once per distinct pair of speakers; a news
    medium (`_Feat.medium`) is compatible with every speaker, as no name is."""
    heard = {f.speaker for f in feats if f.speaker and not f.medium}
    names = {sp: q for q, sp in enumerate(sorted(heard))}
    sp = np.fromiter(
        (-1 if f.medium else names.get(f.speaker or "", -1) for f in feats), np.int64, len(feats)
    )
    si, sj = sp[i], sp[j]
    ok = np.ones(len(i), dtype=bool)
    ask = (si >= 0) & (sj >= 0) & (si != sj)
    if ask.any():
        codes = si[ask] * len(names) + sj[ask]
        order = np.argsort(codes, kind="stable")
        ordered = codes[order]
        first = np.r_[True, ordered[1:] != ordered[:-1]]
        distinct = ordered[first]
        inverse = np.empty(len(codes), dtype=np.int64)
        inverse[order] = np.cumsum(first) - 1
        by_no = sorted(names, key=names.__getitem__)
        verdict = np.array(
            [
                _speakers_compatible(by_no[c // len(names)], by_no[c % len(names)])
                for c in distinct.tolist()
            ],
            dtype=bool,
        )
        ok[ask] = verdict[inverse]
    return ok


def reported(feats: Sequence[_Feat], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs (i, j) of which one claim reports an event fact (`_Feat.reports`) and the other
    states one too (`_Feat.event`): its speaker keeps them apart on no account."""
    event = np.fromiter((f.event for f in feats), dtype=bool, count=len(feats))
    reports = np.fromiter((f.reports for f in feats), dtype=bool, count=len(feats))
    out: np.ndarray = (reports[i] & event[j]) | (reports[j] & event[i])
    return out


def told_by_two(feats: Sequence[_Feat], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs (i, j) whose claims both state an event fact with a speaker (`_Feat.event`) in
    the outlet's words, nothing of it quoted: two sources of one fact when they link
    strongly (`tunables.TOLD_BY_TWO_AT`). A quoted word is the speaker's own description
    (called the talks "constructive" / "a good first step"): two people's
    descriptions stay two claims; nor a negated statement (`_told`)."""
    told = np.fromiter((_told(f) for f in feats), dtype=bool, count=len(feats))
    out: np.ndarray = told[i] & told[j]
    return out


def told_by_two_pair(fi: _Feat, fj: _Feat) -> bool:
    """`told_by_two` of one pair."""
    return _told(fi) and _told(fj)


def told_alone(f: _Feat) -> bool:
    """What `told_by_two` reads of one claim (`told_by_two_pair` is this of both)."""
    return _told(f)


def _told(f: _Feat) -> bool:
    """An event fact with a speaker, told in the outlet's words (nothing quoted) and not
    negated (one person's "had not asked" against another's "had asked" is a dispute), by
    a word or by an adjective's prefix ("the strike was illegal" against "... was legal":
    `prefix_negation`)."""
    if not (f.speaker and f.event) or _QUOTED.search(f.claim.statement):
        return False
    return not any(t.low in _NEGATION for t in f.toks) and not prefixed_negations(f)


def reported_pair(fi: _Feat, fj: _Feat) -> bool:
    """`reported` of one pair, both speakers named (the pair a speaker rule would veto)."""
    if not fi.speaker or not fj.speaker:
        return False
    return (fi.reports and fj.event) or (fj.reports and fi.event)


# A quotation of someone's own words: a first-person one ("I heard a noise at around 6am",
# "we ran") or one of `QUOTED_WORDS` words or more ("The overlap is very limited in this
# transaction").
_QUOTED = re.compile(r'"[^"]+"|“[^”]+”|‘[^’]+’')
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")


def first_person(claim_statement: str) -> bool:
    """Whether a statement quotes someone speaking of themselves (a first-person pronoun
    inside a quotation)."""
    return any(_FIRST_PERSON.search(m.group(0)) for m in _QUOTED.finditer(claim_statement))


def own_words(claim_statement: str) -> bool:
    """Whether a statement quotes someone's own words: in the first person, or a quotation
    of `QUOTED_WORDS` words or more."""
    return first_person(claim_statement) or any(
        len(m.group(0).split()) >= QUOTED_WORDS for m in _QUOTED.finditer(claim_statement)
    )


def own_words_alone(feats: Sequence[_Feat], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs (i, j) of which one claim quotes a named speaker's own words ("Sue Patel said:
    'I heard a noise at around 6am'", "Hock Tan said: 'The overlap is very limited in this
    transaction'") and the other names no speaker ("It came off the tracks ... at around
    6am", "including selling overlapping businesses"): someone's words are one fact with
    an outlet's plain statement only when the two link well (link rule 1, at
    `REPORTED_AT`), not on a time, a place or a word they share.

    Unless the plain statement names that speaker (one of its names holds every word of
    the speaker's name, or the speaker's name every word of it: "Roe"): "Jan Roe said: 'I
    climbed out through the window'" and "Jan Roe climbed out", a statement about the
    speaker, tell one fact of that person in their words and in the outlet's, as two
    statements of one speaker do. A body the speaker speaks for is not the speaker ("Jan
    Roe, a Halvern Freight spokesman, said: 'We are reviewing ...'" / "The flight was run by
    Halvern Freight"): the words of a voice for a body it names are not about it."""
    own = np.fromiter(
        (bool(f.speaker) and not f.medium and own_words(f.claim.statement) for f in feats),
        dtype=bool,
        count=len(feats),
    )
    unvoiced = np.fromiter((not f.speaker for f in feats), dtype=bool, count=len(feats))
    out: np.ndarray = (own[i] & unvoiced[j]) | (own[j] & unvoiced[i])
    for k in np.flatnonzero(out).tolist():
        a, b = (int(i[k]), int(j[k])) if own[i[k]] else (int(j[k]), int(i[k]))
        out[k] = not _names_speaker(feats[a].speaker or "", feats[b].entities)
    return out


def _names_speaker(speaker: str, entities: frozenset[str]) -> bool:
    """Whether one of `entities` names `speaker` (normalised names): all the words of one are
    words of the other ("jan roe" / "roe", "jan roe" / "jan roe")."""
    words = frozenset(speaker.split())
    return bool(words) and any(
        (named := frozenset(e.split())) and (words <= named or named <= words) for e in entities
    )


def said_again(denial: _Feat, other: _Feat) -> bool:
    """One named speaker's denial and assertion, both named, one voice
    (`_speakers_compatible`), neither named by its kind: at >= `REPORTED_AT` they tell what
    that speaker holds ("Acme denied the accusation, saying all its 1.9 million customers
    had paid" / "Acme said all of its 1.9 million customers had paid"; rule 2)."""
    if not denial.speaker or not other.speaker:
        return False
    if named_by_kind(denial.speaker) or named_by_kind(other.speaker):
        return False
    return _speakers_compatible(denial.speaker, other.speaker)


def one_voice_denial(denial: _Feat, other: _Feat, negated: Negation) -> bool:
    """`other` negates something, in one voice with the denial (`_speakers_compatible`:
    "Roe dismissed the concerns" / "Roe said: 'There is no issue.'"), with no other voice
    named ("Hallam denied that any fee was paid" / "said no fee had been paid"), or with a
    voice named by its kind, which speaks for no party ("police denied rumours of a
    hostage-taking" / "Roe said: 'There is no hostage-taking'"; rule 2)."""
    if negated == NO_NEGATION:
        return False
    if not denial.speaker or not other.speaker:
        return True
    if named_by_kind(denial.speaker) or named_by_kind(other.speaker):
        return True
    return _speakers_compatible(denial.speaker, other.speaker)
