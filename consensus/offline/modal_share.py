"""A modal shared by two verb phrases: "The firm will close the plant and cut 400 jobs" ->
"The firm will cut 400 jobs"; "X said the buyer would assume the deposits and buy the loans"
-> "the buyer would buy the loans" (X reports it too). English says the modal once; the
second verb phrase is a bare verb that a claim must give its modal again, else it reads as a
past act ("The firm cut 400 jobs") or as no clause at all ("The buyer buy ...").

Only grammar: the modal auxiliaries, verb forms (`grammar.py`). Pure; used by
`compound._verb_phrase`.
"""

from __future__ import annotations

from consensus.offline.grammar import (
    _ADVERBS,
    _DETERMINERS,
    _NOT_CARRIED,
    _NOT_IN_NP,
    _OBJECTS,
    _POSSESSIVE_PRONOUNS,
    _QUANTIFIERS,
    _SPEECH,
    _is_finite,
    _words,
)
from consensus.offline.subjects import clause_subject, span_of

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
    """The modal of the clause text[start:end] whose subject ends at `subject_end`, when
    it is the clause's first finite verb and a bare verb with more words after it follows
    ("will close the plant", "would assume the deposits"), adverbs aside; None otherwise
    (no modal; a negation or a passive: "will not close A and cut B", "would be sold and
    ..." are left to the other cuts)."""
    words = [w for w in _words(text, max(start, subject_end), end) if w[2].lower() not in _ADVERBS]
    k = next((j for j, w in enumerate(words) if _is_finite(w[2])), None)
    if k is None or words[k][2].lower() not in MODALS or len(words) < k + 3:
        return None
    verb = words[k + 1][2]
    low = verb.lower()
    if not (verb.isalpha() and verb.islower()) or low in _NOT_BARE_AFTER_MODAL:
        return None
    if low.endswith(("ed", "ing")) and low not in _SAME_AS_BARE:
        return None
    return words[k][2]


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
    close A, and cut B": whose act, the grammar leaves open)."""
    if not bare_verb(text, b, end):
        return None
    lo = content if content > left_start else left_start
    if content > left_start and comma:
        return None
    subj = clause_subject(text, lo, a)
    if subj is None or subj.lower() in _NOT_CARRIED:
        return None
    span = span_of(text, subj, lo, a)
    modal = shared_modal(text, lo, a, span[1] if span else lo)
    if modal is None:
        return None
    return f"{subj} {modal} ", span
