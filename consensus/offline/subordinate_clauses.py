"""Step 3: a "when"/"after" clause with its own subject is a proposition of its own:
"nine died when a bus left the road" -> "nine died", "a bus left the road" (not "only
after ...", "at a time when ...", "since 1999, when ...": those qualify the word before
them; the other subordinators are `subordinate_cuts.py`'s). Pure; split from
`compound.py`."""

from __future__ import annotations

from consensus.offline.clause_pieces import MIN_PIECE_WORDS, _Piece
from consensus.offline.clause_shapes import _content_start, _has_finite, _independent, _last_comma
from consensus.offline.embedded_subordinates import outer_verb_follows
from consensus.offline.fact_cuts import after_a_date
from consensus.offline.grammar import _ADVERBS, _first_comma, _words
from consensus.offline.participle_tails import _PARTICIPLE_CUT
from consensus.offline.pronoun_leads import pronoun_lead
from consensus.offline.subjects import clause_subject
from consensus.offline.subordinate_cuts import (
    MORE_SUBORDINATORS,
    bound_as,
    own_clause,
    relative_before,
)

# Words that bind a subordinate clause to the word before it ("only after", "shortly after").
_DEGREE = frozenset("only just even partly shortly soon long well right mainly largely".split())


_TIME_NOUNS = frozenset("time times day days moment year years period point night week".split())


def _subordinate(
    text: str, cur: _Piece, a: int, b: int, end: int, quotes: list[tuple[int, int]]
) -> _Piece | None:
    """ "seven were killed when a tram sped round a bend": the clause after the
    subordinator, when it has its own subject and finite verb and the clause before says
    something of its own (a finite verb after what a speaker said)."""
    more = text[a:b].strip(" ,").lower() in MORE_SUBORDINATORS  # (`subordinate_cuts`)
    if more and (
        bound_as(text, a, b)
        or not own_clause(text, b, end)
        or relative_before(text, cur.start + cur.skip, a)
        # ("cancelled 380 flights as crew began a strike, leaving 55,000 stranded": whose
        # act the participle tells is the main clause's, which the cut would hide)
        or _PARTICIPLE_CUT.search(text, b, end) is not None
    ):
        return None
    left_start = cur.start + cur.skip
    content = _content_start(text, left_start, a, quotes)
    left = _words(text, content, a)
    last_segment = max(content, _last_comma(text, content, a) + 1)
    reported = _content_start(text, left_start, a, [], False)
    if (
        # 'The statement said "secondary explosions" after the strike showed ...': what
        # was said has no verb of its own, so it is the subject of the clause after
        (
            reported > left_start
            and text[reported : reported + 1] in '“"'
            and not _has_finite(text, reported, a)
        )
        or len(left) < MIN_PIECE_WORDS
        or not _has_finite(text, last_segment, a)
        or clause_subject(text, content, a) is None  # "Despite saying ..., when he visited"
        or left[-1][2].lower() in _ADVERBS | _DEGREE  # "reported only after ..."
        or left[-1][2].lower() in _TIME_NOUNS  # "at a time when": a relative clause
        # "since 1959, when two passengers died" (a date before "after" is no antecedent)
        or (left[-1][2][:1].isdigit() and not (more or after_a_date(text[a:b])))
    ):
        return None
    if len(_words(text, b, end)) <= MIN_PIECE_WORDS or not (more or _independent(text, b, end)):
        return None  # ("when the attack happened": too little of its own)
    if outer_verb_follows(text, b, end):
        return None  # "The number killed when a ferry capsized has risen": inside a subject
    if len(text[b : b + _first_comma(text[b:end], end - b)].split()) < MIN_PIECE_WORDS:
        return None  # ("when it closed, down from $5.3 billion": the tail is the main clause's)
    lead = pronoun_lead(text, content, a, b)  # "X was sentenced after she pleaded guilty"
    if more and lead is None and _words(text, b, b + 4)[0][2].lower() in ("he", "she"):
        return None  # (no name to read the pronoun of: "as she faced ...", cut alone)
    return _Piece(b, end) if lead is None else _Piece(b, end, *lead[:2], lead_span=lead[2])
