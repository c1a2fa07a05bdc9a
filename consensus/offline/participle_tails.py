"""Step 3: a tail after a comma that tells an act without a subject of its own.

* a participial tail: "a bomber rammed a truck into the gate, killing six and wounding 120"
  -> "a bomber killed six", "a bomber wounded 120" (never after a passive clause: "seven
  were killed, prompting ..." has no agent to carry);
* a "with" absolute: "..., with CEO X dismissing the bid" -> "CEO X dismissed the bid".

Only grammar is read (`grammar.py`); `compound.compound_pieces` finds the cuts. Pure; split
from `compound.py`."""

from __future__ import annotations

import re

from consensus.offline.clause_pieces import _Piece
from consensus.offline.clause_shapes import (
    _content_start,
    _has_finite,
    _has_subordinator,
    _is_tail_attribution,
    _passive_aux,
    _tail_attribution,
)
from consensus.offline.grammar import (
    _DENIES,
    _DETERMINERS,
    _NOT_CARRIED,
    _NOT_PARTICIPLES,
    _QUANTIFIERS,
    _SPEECH_ACTS,
    _WORD_TOKEN,
    _np_ok,
    _past_of,
    _words,
)
from consensus.offline.participle_doers import denial_reason, participle_doer
from consensus.offline.subjects import MAX_SUBJECT_WORDS, clause_subject, span_of

_PARTICIPLE_CUT = re.compile(r",\s+(?=[a-z]+ing\b)")


_ABSOLUTE = re.compile(r",\s+(?:with\s|[a-z]{3,}ing\b)")


_SELF_OBJECT = re.compile(r"\s+(?:it|itself|themselves)\b")


def _blanked(text: str, a: int, b: int) -> str:
    """`text` with text[a:b] (a relative clause cut out of a clause) turned to spaces, so
    offsets hold and the clause's grammar reads as if it were not there."""
    return text[:a] + " " * (b - a) + text[b:]


def _participle(
    text: str, cur: _Piece, a: int, b: int, end: int, quotes: list[tuple[int, int]]
) -> _Piece | None:
    """ ", killing six" -> "<subject> killed six"."""
    first = _WORD_TOKEN.match(text, b)
    if first is None:
        return None
    verb = first.group()
    if verb.lower() in _NOT_PARTICIPLES or len(verb) < 6 or not verb.endswith("ing"):
        return None
    if verb.lower() not in _SPEECH_ACTS and _SELF_OBJECT.match(text, first.end(), end):
        # "The fire scorched 95,000 acres, making it one of the largest": "it" is the
        # subject itself, so "The fire made it one of the largest" garbles the sentence.
        return None
    rest = text[b:end]
    # (a thousands separator stops the tail too: reading past it, ", leaving 55,000 stranded",
    # was measured in session 48 and cost an agreed fact and a dispute on the training floors)
    comma = rest.find(",")
    if comma >= 0:
        # The tail runs to the end of the clause, or to the speaker named after it.
        if not _is_tail_attribution(rest[comma + 1 :]):
            return None
    speech = verb.lower() in _SPEECH_ACTS
    if speech and _DENIES.search(text, cur.start, a) and not denial_reason(text, b, end):
        # "denied A, describing it as a fabrication": one denial, its words (a reason with a
        # subject of its own is a claim apart: ", saying the gate was open", `denial_reason`)
        return None
    subj: str | None
    if cur.participle:
        # "..., killing six and wounding 120": the second tail has the first one's agent,
        # unless the first is a phrase with a gerund of its own ("reflecting A of cutting B").
        if any(w.endswith("ing") for w in _WORD_TOKEN.findall(text[cur.start : a])[1:]):
            return None
        subj = cur.subject
    else:
        if cur.lead:
            return None
        # (a relative clause cut out of the clause, "The coach, which was carrying 48
        # pilgrims, left the road, killing 12", is read as blanks: the coach killed them)
        seen = text if cur.hole is None else _blanked(text, *cur.hole)
        said_by = _tail_attribution(seen, cur.start, a)
        content = _content_start(seen, cur.start, a, quotes)
        if said_by is not None:
            subj = said_by if speech else None
        elif speech:
            # Whose words the tail reports: the subject of the main clause ("the NAACP
            # issued an advisory, claiming ..."), unless another clause stands between.
            clear = content > cur.start or not (
                _has_subordinator(seen, cur.start, a) or _ABSOLUTE.search(seen, cur.start, a)
            )
            subj = clause_subject(seen, cur.start, a) if clear else None
        elif (
            _passive_aux(seen, content, a) is not None
            or _has_subordinator(seen, content, a)
            or not _has_finite(seen, content, a)
            # "X came under pressure, with a counteroffensive wresting land, denying the city
            # ...": after another absolute or participle the tail may be its.
            or _ABSOLUTE.search(seen, content, a) is not None
        ):
            return None  # no agent to carry, or not sure which clause the tail belongs to
        else:  # whose act the tail tells: the subject, a perceived object, or no cut
            subj = participle_doer(seen, content, a, b, clause_subject(seen, content, a), cur.start)
    if not subj:
        return None
    lead = f"{subj} {_past_of(verb)}"
    span = cur.lead_span if cur.participle else span_of(text, subj, cur.start, a)
    # A speech act has its own agent: it does not report what a clause before reports.
    return _Piece(
        b, end, lead, len(verb), participle=True, subject=subj, own=speech, lead_span=span
    )


def _absolute(text: str, cur: _Piece, b: int, end: int) -> _Piece | None:
    """ "…, with its chief executive dismissing the bid" -> "its chief executive dismissed
    the bid": a noun phrase and an -ing verb after "with" are a clause of their own."""
    if cur.participle:
        return None
    words = _words(text, b, min(end, b + 120))
    for k in range(1, min(len(words), MAX_SUBJECT_WORDS + 1)):
        w = words[k][2]
        if not (w.endswith("ing") and len(w) >= 6 and w.isalpha() and w.islower()) or (
            w in _NOT_PARTICIPLES
        ):
            continue  # (not "its best-selling model": a hyphenated adjective)
        if all(x[2].lower() in _DETERMINERS | _QUANTIFIERS for x in words[:k]):
            continue  # "with the dissenting members pointing to ...": an adjective
        np = text[b : words[k - 1][1]]
        first = words[0][2]
        if not (
            first.lower() in _DETERMINERS | _QUANTIFIERS
            or first[:1].isupper()
            or first[0].isdigit()
        ):
            return None  # "with heavy fighting in ...": a noun phrase, no clause
        if not _np_ok(np) or words[0][2].lower() in _NOT_CARRIED:
            return None
        comma = text.find(",", words[k][1], end)
        if comma >= 0 and not _is_tail_attribution(text[comma + 1 : end]):
            return None
        lead = f"{np} {_past_of(w)}"
        return _Piece(b, end, lead, words[k][1] - b, own=True)
    return None
