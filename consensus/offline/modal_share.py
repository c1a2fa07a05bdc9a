"""A modal shared by two verb phrases: "The firm will close the plant and cut 400 jobs" ->
"The firm will cut 400 jobs"; "X said the buyer would assume the deposits and buy the loans"
-> "the buyer would buy the loans" (X reports it too). English says the modal once; the
second verb phrase is a bare verb that a claim must give its modal again, else it reads as a
past act ("The firm cut 400 jobs") or as no clause at all ("The buyer buy ...").

Only grammar: the modal auxiliaries, verb forms (`grammar.py`). Pure; used by
`verb_phrases._verb_phrase`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from consensus.offline.grammar import (
    _ADVERBS,
    _AUX_RE,
    _DETERMINERS,
    _NOT_CARRIED,
    _NOT_IN_NP,
    _OBJECTS,
    _POSSESSIVE_PRONOUNS,
    _PRESENT,
    _QUANTIFIERS,
    _SPEECH,
    _is_finite,
    _is_past,
    _np_ok,
    _words,
)
from consensus.offline.subjects import MAX_SUBJECT_WORDS, clause_subject, span_of

__all__ = ["MODALS", "bare_verb", "modal_lead", "shared_modal"]

MODALS = frozenset("will would could can may might must should shall".split())
# past forms that are their own bare form ("will close the plant and cut jobs")
_SAME_AS_BARE = frozenset("cut put set hit let cost hurt shut spread quit bid beat cast".split())
# what may follow a bare verb when the word alone does not show it is one: its object or
# a figure ("and buy about $3.9 billion", "and cut 400 jobs", "and pay the agency")
_AFTER_BARE = _DETERMINERS | _QUANTIFIERS | _OBJECTS | _POSSESSIVE_PRONOUNS | {"about", "more"}


def bare_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a bare verb and its object ("buy about $3.9
    billion of loans", "cut 400 jobs"): a lower-case word that is no -ed, -ing or -s form,
    no closed-class word, followed by a determiner, a quantifier, a pronoun or a figure
    (never "and loans of the bank": a noun)."""
    words = _words(text, start, min(end, start + 80))
    if len(words) < 2:
        return False
    w, nxt = words[0][2], words[1][2]
    low = w.lower()
    if not (w.isalpha() and w.islower()) or low in _NOT_IN_NP | _DETERMINERS | _ADVERBS:
        return False
    if low.endswith(("ed", "ing", "s", "ly")) or _SPEECH.fullmatch(low):
        return False
    if _is_finite(low) and low not in _SAME_AS_BARE:
        return False
    return nxt.lower() in _AFTER_BARE or nxt[:1].isdigit() or nxt[:1] in "$€£"


def shared_modal(text: str, start: int, end: int, subject_end: int) -> str | None:
    """The verbs the clause text[start:end] (subject ending at `subject_end`) puts before
    a bare verb that has more words after it, verbatim: a modal ("will close the plant"
    -> "will") or a verb and "to" ("expects to cut 3,000 jobs" -> "expects to", "has
    agreed to buy" -> "has agreed to"), adverbs in between kept; None otherwise (no such
    verb; a negation or a passive: "will not close A and cut B", "would be sold and ..."
    are left to the other cuts)."""
    ws = _words(text, max(start, subject_end), end)
    i = 0
    while i < len(ws) and ws[i][2].lower() in _ADVERBS:
        i += 1
    if i >= len(ws):
        return None
    first = ws[i][2].lower()
    if first in MODALS:
        j = i + 1
    else:
        # "expects to", "agreed to", "has agreed to", "is expected to"
        aux = _AUX_RE.fullmatch(first) is not None
        t = i + 2 if aux and i + 1 < len(ws) and _is_past(ws[i + 1][2]) else i + 1
        finite = _is_finite(first) or _PRESENT.fullmatch(first) is not None
        if not finite or t >= len(ws) or ws[t][2] != "to" or (t == i + 1 and aux):
            return None
        j = t + 1
    while j < len(ws) and ws[j][2].lower() in _ADVERBS:
        j += 1
    if j + 1 >= len(ws):
        return None
    verb = ws[j][2]
    low = verb.lower()
    if not (verb.isalpha() and verb.islower()) or low in _NOT_BARE_AFTER_MODAL:
        return None
    if low.endswith(("ed", "ing")) and low not in _SAME_AS_BARE:
        return None
    if low in _CAUSATIVE or any(
        w[2] == "to" and nxt[2].isalpha() and nxt[2].islower() and nxt[2] not in _DETERMINERS
        for w, nxt in pairwise(ws[j + 1 :])
    ):
        # "would let a council appoint A and approve B", "would allow X to buy A and sell
        # B": the second verb may go with the verb inside; whose, the grammar leaves open
        return None
    return text[ws[i][0] : ws[j][0]].strip()


_MODAL_OR_TO = re.compile(r"\b(?:will|would|could|can|may|might|must|should|shall|to)\s")
_CAUSATIVE = frozenset("let make help have see hear watch".split())
_NOT_BARE_AFTER_MODAL = frozenset("not never be have also".split())


def modal_lead(
    text: str, left_start: int, content: int, a: int, b: int, end: int, comma: bool
) -> tuple[str, tuple[int, int] | None] | None:
    """The lead of a bare verb phrase after "and" at `b` that shares the modal of the
    clause before it (text[left_start:a], what was said from `content`), and where its
    subject stands: ("The firm will ", span) of "The firm will close the plant and cut 400
    jobs"; None when the phrase is no bare verb and its object or the clause before has no
    modal. After what a speaker said, the subject is the reported clause's (the speaker
    says the second verb phrase too); never after a comma there ("X said the firm would
    close A, and cut B": whose act, the grammar leaves open). ("", None) when the phrase
    opens with a verb whose past is its bare form and the clause before has a modal or
    "to" that cannot be carried ("will not close A and cut B"): the caller makes no cut,
    never "cut B" read as a past act."""
    if not bare_verb(text, b, end):
        return None
    lo = content if content > left_start else left_start
    if _MODAL_OR_TO.search(text, lo, a) and _words(text, b, b + 12)[0][2] in _SAME_AS_BARE:
        unsure = ("", None)  # ("will not close A and cut B": never the past "cut B")
    else:
        unsure = None
    if content > left_start and comma:
        return unsure
    subj = clause_subject(text, lo, a) or _subject_before_chain(text, lo, a)
    if subj is None or subj.lower() in _NOT_CARRIED:
        return unsure
    span = span_of(text, subj, lo, a)
    modal = shared_modal(text, lo, a, span[1] if span else lo)
    if modal is None:
        return unsure
    return f"{subj} {modal} ", span


def _subject_before_chain(text: str, start: int, end: int) -> str | None:
    """The noun phrase before a modal or a present verb and "to" that `clause_subject`
    does not read as a verb ("The company expects to cut ..." -> "The company")."""
    words = _words(text, start, end)
    for k in range(1, min(len(words) - 1, MAX_SUBJECT_WORDS + 1)):
        low = words[k][2].lower()
        if low in MODALS or (_PRESENT.fullmatch(low) and words[k + 1][2] == "to"):
            np = text[start : words[k - 1][1]]
            first = words[0][2]
            opens = first.lower() in _DETERMINERS or first[:1].isupper()
            return np if opens and _np_ok(np) and first.lower() not in _NOT_CARRIED else None
    return None
