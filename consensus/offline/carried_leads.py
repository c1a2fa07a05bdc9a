"""Step 3: the lead a clause cut off at ", but" / "; " / ", rejecting" takes from the
clause before it (`carry_lead`): its subject when it opens with its verb ("X was known to
police, but had no links to terrorism" -> "X had no links to terrorism"), the report "X
said that" when it opens with "that", the subject and a past verb of a rejecting tail ("The
court upheld the verdict, rejecting ..." -> "The court rejected ..."). The extractor
(`claims.py`) calls it on the first piece of each such clause. Pure; split from
`compound.py`."""

from __future__ import annotations

import re

from consensus.offline.but_fragments import opens_a_fragment
from consensus.offline.clause_pieces import MIN_PIECE_WORDS, _Piece
from consensus.offline.clause_shapes import _content_start, _has_subordinator
from consensus.offline.grammar import (
    _ADVERBS,
    _ING_PAST,
    _PRONOUN_SUBJECTS,
    _SPEECH_WORD,
    _WORD_TOKEN,
    _is_finite,
    _past_of,
    _words,
)
from consensus.offline.reported_but import reported_then_reporting
from consensus.offline.subjects import clause_subject, span_of
from consensus.offline.verb_phrases import _said_piece, _verb_phrase

_REJECTING = re.compile(r"(denying|dismissing|rejecting|refuting)\b")


def carry_denier(
    text: str, left_start: int, left_end: int, piece: _Piece
) -> tuple[bool, _Piece | None]:
    """A clause cut off at ", rejecting his claim that ..." after a clause that reports no
    speech ("The court upheld the verdict, rejecting ..."): (True, the piece with the
    subject and a past verb: "The court rejected his claim ..."); (True, None) when no
    subject is found (the caller leaves the sentence whole); (False, None) when it does not
    apply (after "X said A, denying B" the caller carries the speaker)."""
    m = _REJECTING.match(text, piece.start)
    if m is None or piece.lead or _SPEECH_WORD.search(text, left_start, left_end):
        return False, None
    subj = clause_subject(text, left_start, left_end)
    if subj is None or subj.lower() in _PRONOUN_SUBJECTS:
        return True, None
    verb = _ING_PAST.get(m.group(1), _past_of(m.group(1)))
    span = span_of(text, subj, left_start, left_end)
    return True, _Piece(piece.start, piece.end, f"{subj} {verb}", len(m.group(1)), lead_span=span)


_PERSON_PRONOUNS = frozenset("He She They We I".split())


def carry_subject(
    text: str, left_start: int, left_end: int, piece: _Piece, quotes: list[tuple[int, int]]
) -> _Piece | None:
    """The first piece of a clause cut off at ", but" / "; " that opens with its verb, with
    the subject of the clause before it ("X was known to police, but had no links to
    terrorism" -> "X had no links to terrorism"); None when it needs none or none is found."""
    if piece.lead:
        return None
    first = _opening_verb(text, piece.start)
    if first is None:
        return None
    left_words = _words(text, left_start, left_end)
    # a subordinate clause leaves the subject unclear, unless a person's pronoun opens the
    # clause with its verb ("He heard gunfire as he ran away, but did not know its source")
    led = left_words[0][2] in _PERSON_PRONOUNS and _is_finite(left_words[1][2])
    said_then = reported_then_reporting(text[left_start:left_end], first.group())
    if len(left_words) < MIN_PIECE_WORDS or (
        _has_subordinator(text, left_start, left_end) and not led and not said_then
    ):
        return None
    new = _verb_phrase(
        text,
        left_start,
        left_start,
        left_end,
        piece.start,
        piece.end,
        first.group(),
        True,
        left_words,
    )
    if new is None:
        return None
    new.hole, new.participle = piece.hole, piece.participle
    return new


def carry_lead(
    text: str,
    left_start: int,
    left_end: int,
    piece: _Piece,
    quotes: list[tuple[int, int]],
    verb_first: bool,
) -> tuple[bool, _Piece | None]:
    """The lead the first piece of a clause cut off at ", but" / "; " / ", rejecting" takes
    from the clause before it (`carry_denier`, then `carry_subject` unless the sentence
    opens with its verb): (True, the piece with its lead); (True, None) when the piece opens
    with its finite verb and no subject is found (the caller leaves the sentence whole:
    "Had no direct links to terrorism." is no statement); (False, None) when none applies."""
    said = carry_said(text, left_start, left_end, piece, quotes)
    if said is not None:
        return True, said
    applies, denier = carry_denier(text, left_start, left_end, piece)
    if applies or verb_first:
        return applies, denier
    carried = carry_subject(text, left_start, left_end, piece, quotes)
    if carried is not None:
        return True, carried
    fragment = _opening_verb(text, piece.start) is not None or opens_a_fragment(
        text, piece.start, piece.end
    )  # ("..., but receive nothing for ...": no subject of its own, and none to carry)
    return not piece.lead and fragment, None


_THAT_CLAUSE = re.compile(r"that\s+(?P<next>[\w'’-]+)")


def carry_said(
    text: str, left_start: int, left_end: int, piece: _Piece, quotes: list[tuple[int, int]]
) -> _Piece | None:
    """A clause cut off at ", but" / "; " that opens with "that" after a clause reporting
    speech takes the report's lead, as "X said A and that B" does ("The authority said there
    was no sign of a leak, but that it was examining readings ..." -> "The authority said
    that it was examining readings ..."); never "that" as the subject (", but that did not
    stop the vote": a finite verb right after it)."""
    m = _THAT_CLAUSE.match(text, piece.start)
    if piece.lead or m is None or _is_finite(m.group("next")):
        return None
    content = _content_start(text, left_start, left_end, quotes)
    if content <= left_start:
        return None
    return _said_piece(text, left_start, content, m.start("next"), piece.end)


def _opening_verb(text: str, start: int) -> re.Match[str] | None:
    """The finite verb a clause opens with, after its adverbs (", but later corrected the
    figure"); None when it opens otherwise, or with a contraction that holds its own subject
    ("we've got ...", "it's had ...")."""
    first = _WORD_TOKEN.match(text, start)
    while first is not None and first.group().lower() in _ADVERBS:
        first = _WORD_TOKEN.match(text, first.end() + 1)
    if first is None or not _is_finite(first.group()) or any(q in first.group() for q in "'’"):
        return None
    return first
