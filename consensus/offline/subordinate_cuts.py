"""A sentence that states a second fact in a clause after "as", "while", "because" or
"before": "Bank shares fell on Monday, as investors weighed the collapse of a lender",
"The club ended the deal because the sponsor had failed to pay", "The fire burned for six
hours, before crews put it out". Other outlets state either fact alone, so the long claim
matched neither (session 50's census, `bench/long_claims.py`: 69 of the missed agreed facts
sat behind one of these four words, next to 61 behind "after" that `compound.py` already
cuts).

`subordinate_clauses._subordinate` cuts at these words as it does at "when"/"after", but only when
the words after them read as a clause of their own (`own_clause`): a subject of at most six words
("he"/"she" only when `pronoun_leads` names them; "it"/"they" never: cut alone they point at
nothing) and a verb (an auxiliary, a past form not after a determiner and not followed by
"by" or by another verb, or a present "-s" form after a name), with at least three words of
its own after the subject. Never a speech verb ("as the regulator said ...": the speaker's
frame, not a second fact), never "as" bound to a word beside it ("such as", "known as", "as
well as", "as many as", "because of"), never a clause ending on a pro-verb ("as they are
designed to do"), never after a relative clause (the subordinate one may sit inside it) or
before a participial tail (whose act it tells is the main clause's). "As" and "before" are
cut only after a comma: with none they may time the clause before them ("crews were called at
6am as rain fell"), and cutting those moved the dev merge (a dev cluster: agreed -1).

Only grammar is read, never one story's words.
"""

from __future__ import annotations

import re

from consensus.offline.grammar import (
    _ADVERBS,
    _AUX_RE,
    _DETERMINERS,
    _PRONOUN_SUBJECTS,
    _SPEECH,
    _first_comma,
    _is_finite,
    _is_past,
    _np_ok,
    _present_verb,
    _words,
)

# "..., as administrators began closing stores", "... on Monday as investors weighed ..."
# ("as"/"before" only after a comma: see the module docstring)
MORE_SUBORDINATE_CUT = re.compile(r",\s+(?:as|before)\s+|,?\s+(?:while|because)\s+")
MORE_SUBORDINATORS = frozenset("as while because before".split())
# "as" that belongs to a phrase with the word before it: "such as", "known as", "as well as"
_AS_BEFORE = frozenset(
    """such known so same just well twice much many regarded seen described used served
    acted named listed identified classed treated""".split()
)
# ... or with the word after it: "as many as", "as of", "as if", "because of"
_NEXT_BOUND = frozenset(
    "well many much soon long far part of if though to for usual yet ever good".split()
)
# a past form followed by "by" is a reduced relative ("a model used by other cities")
_BY = re.compile(r"\s+by\s")
# the pronouns a cut clause may open with: `pronoun_lead` names the person of the clause
# before ("after she pleaded guilty"); "it", "they" ... are left without their referent
_NAMED_BY_LEAD = frozenset("he she".split())
MIN_OWN_WORDS = 3  # the clause's words after its subject
MAX_SUBJECT = 6
# a clause that ends on a pro-verb compares ("as their systems are designed to do")
_PRO_VERB = frozenset("do does did so".split())
# a relative clause in the last segment before the subordinator: the subordinate clause may
# sit inside it ("Pieces of a satellite that broke apart as it plunged ... crashed onto")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where)\b")


def bound_as(text: str, a: int, b: int) -> bool:
    """Whether the subordinator at text[a:b] is bound to a word beside it ("such as",
    "as well as", "because of")."""
    word = text[a:b].strip(" ,").lower()
    after = _words(text, b, min(len(text), b + 30))
    if after and after[0][2].lower() in _NEXT_BOUND:
        return True
    if word != "as":
        return False
    before = _words(text, max(0, a - 30), a)
    return bool(before) and before[-1][2].lower() in _AS_BEFORE


def relative_before(text: str, start: int, a: int) -> bool:
    """Whether the last comma segment of text[start:a] holds a relative word."""
    seg = text.rfind(",", start, a)
    return _RELATIVE_WORD.search(text, max(start, seg + 1), a) is not None


def _verb_at(words: list[tuple[int, int, str]], k: int, text: str) -> bool:
    """Whether words[k] is the finite verb of a clause whose subject is words[:k]."""
    low = words[k][2].lower()
    if _AUX_RE.fullmatch(low):
        return True
    if _is_past(low):
        if words[k - 1][2].lower() in _DETERMINERS:
            return False  # ("blames a cut in the subsidy": a noun after its determiner)
        # ("the number of fragments recovered rose to 23": a reduced relative, then the verb)
        later = words[k + 1][2] if k + 1 < len(words) else ""
        return _BY.match(text, words[k][1]) is None and not (later and _is_finite(later))
    # a present "-s" form only after a name and before a determiner or a number ("Norway
    # leads the mission"): "one of key issues to address" is a noun phrase
    return _present_verb(words, k)


def own_clause(text: str, b: int, end: int) -> bool:
    """Whether text[b:end] opens a clause of its own: a subject, a finite verb that is no
    speech verb, and enough words after the subject (see the module docstring)."""
    stop = b + _first_comma(text[b:end], end - b)
    words = _words(text, b, stop)
    if len(words) < 1 + MIN_OWN_WORDS:
        return False
    if words[0][2].lower() in _PRONOUN_SUBJECTS - _NAMED_BY_LEAD:
        return False  # ("because they tend to ...": no one to read it of, cut alone)
    if words[-1][2].lower() in _PRO_VERB:
        return False
    for k in range(1, min(len(words), MAX_SUBJECT + 1)):
        low = words[k][2].lower()
        if words[k - 1][2].lower().endswith("ing"):
            return False  # ("before dawn ordering residents to leave": no subject)
        found = _verb_at(words, k, text) and (
            (k == 1 and words[0][2].lower() in _NAMED_BY_LEAD) or _np_ok(text[b : words[k - 1][1]])
        )
        if found:
            return not _SPEECH.fullmatch(low) and len(words) - k >= MIN_OWN_WORDS
        if low in _ADVERBS or not _np_ok(text[b : words[k][1]]):
            return False
    return False
