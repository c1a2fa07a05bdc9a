"""Step 3: a verb phrase that shares its subject with the clause before it.

"The firm confirmed receipt and said it would review" -> "The firm said it would review";
"X said it A and would B": the reported pronoun is B's subject too, and X reports B;
"X said A and that B" -> B, led by "X said that" when X is no speaker to inherit
(`_said_piece`). Used by `compound._cut` and `carried_leads.py`. Pure; split from
`compound.py`."""

from __future__ import annotations

import re

from consensus.offline.agreement import speaker_continues
from consensus.offline.clause_pieces import _Piece
from consensus.offline.clause_shapes import _content_start, _has_finite, _passive_aux
from consensus.offline.grammar import _AUX_RE, _SPEECH, _is_finite, _is_past, _words
from consensus.offline.subjects import clause_subject, span_of


def _verb_phrase(
    text: str,
    left_start: int,
    content: int,
    a: int,
    b: int,
    end: int,
    first: str,
    comma: bool,
    left_words: list[tuple[int, int, str]],
) -> _Piece | None:
    """A verb phrase sharing a subject after "and": the speaker's when the verb is one of
    speech or follows a comma ("X said A, and declined to comment"), else the subject of
    what was said ("X said her husband was arrested and is being held")."""
    if not _is_finite(first) or (not comma and _is_finite(left_words[-1][2])):
        return None  # "Police shot and killed the driver": one act, not two claims
    speech = _SPEECH.fullmatch(first.lower()) is not None
    is_aux = _AUX_RE.fullmatch(first.lower()) is not None
    main = speech or comma or content == left_start
    if not speech and is_aux and content > left_start:  # "X said A, but was B"; "it ... and have"
        main = speaker_continues(text, left_start, content, a, first, main)
    if not main and not is_aux:
        # "X said he supported A but presented B": whose act B is, the grammar leaves open.
        return None
    subj = clause_subject(text, left_start if main else content, a)
    if subj is None and not main:
        return _reported_pronoun(text, left_start, content, b, end)
    if subj is None:
        return None
    # The speaker's own act is not what the speaker reports ("X said A, and declined").
    reports = _content_start(text, left_start, a, [], False) > left_start
    own = main and reports
    span = span_of(text, subj, left_start, a)
    if _is_past(first) and not speech:
        # "was arrested and charged": the auxiliary of the subject's own verb, never of the
        # clause it reports ("Officials said the road was closed, and declined").
        reported = _content_start(text, left_start, a, [], False)
        verb_end = reported if main and reported > left_start else a
        aux = _passive_aux(text, left_start if main else content, verb_end)
        if aux is not None and _owner_object(text, b, end):
            # "X was hit by an attack and paid its attackers": an active verb with an object
            # of its own; the auxiliary would make it "X was paid its attackers"
            return None
        if aux is not None:
            return _Piece(b, end, f"{subj} {aux} ", 0, own=own, lead_span=span)
    return _Piece(b, end, f"{subj} ", 0, own=own, lead_span=span)


_OWNERS = frozenset("its their his her our my your".split())


def _owner_object(text: str, verb: int, end: int) -> bool:
    """Whether the verb at `verb` is followed by a possessive ("paid its attackers"): an
    object of an active verb, which a passive participle seldom takes."""
    words = _words(text, verb, min(end, verb + 80))
    return len(words) > 1 and words[1][2].lower() in _OWNERS


_REPORTED_PRONOUN = re.compile(
    r"(?:(?:in|on|at|to)\s+(?:[\w’'-]+\s+){1,4}?)?(?P<p>it|we)\s+(?=[a-z])"
)


def _reported_pronoun(text: str, left_start: int, content: int, b: int, end: int) -> _Piece | None:
    """ "The firm said (in a statement) it had received the offer and would review it": the
    pronoun that is the reported clause's subject is the subject of the second verb phrase
    too, which the speaker reports as well ("The firm said it would review it"; the caller
    inherits the speaker, or puts "The firm said" in front when the speaker is no one it
    names). ("he", "she", "they" are subjects `clause_subject` carries already.)"""
    m = _REPORTED_PRONOUN.match(text, content)
    if m is None or not _is_finite(_words(text, m.end(), m.end() + 30)[0][2]):
        return None
    if _has_finite(text, content, m.start("p")) or "," in text[content : m.start("p")]:
        return None
    said = text[left_start : m.start("p")].rstrip()
    pronoun = m.group("p")
    return _Piece(b, end, f"{pronoun} ", said=f"{said} {pronoun} ", said_span=(left_start, content))


def _said_piece(text: str, left_start: int, content: int, start: int, end: int) -> _Piece:
    """The clause text[start:end] led by the report "X said (that)" of text[left_start:
    content], for the caller to use when X is no speaker to inherit."""
    said = text[left_start:content].rstrip()
    said = said if said.endswith(" that") else f"{said} that"
    return _Piece(start, end, said=f"{said} ", said_span=(left_start, content))
