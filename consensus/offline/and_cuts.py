"""A sentence that states a second fact after ", and" / ", but" whose clause `_independent`
(`clause_shapes.py`) does not read: "The index fell 2 percent, and the regional bank shares
lost 4 percent", "Lava reached the coast road by dawn, according to the institute, and two
villages were cleared", "Exports rose in March, but the port authority expects a slower
summer". Session 50's census (`bench/long_claims.py`) put 245 missed agreed facts behind an
"and"/"but" junction; other outlets state either fact alone.

`and_clause` reads the words after the conjunction as a clause of its own only when:

* its subject opens with a determiner, a number or a quantifier ("two members of the
  committee"), an approximated number ("about 220 people") or a name (a capitalised word),
  never a bare noun that may continue the first clause's object ("and above the previous
  record of 356 set in ...", "and blames a cut"), never a pronoun (`_independent` reads
  those), and is at most six words that can be a noun phrase (`grammar._np_ok`);
* its verb is finite: an auxiliary; a past form that is not after a determiner or a
  possessive, not followed by "by" (a reduced relative: "a firm owned by"), after a counted
  subject not by a preposition (unless the verb takes no object: "died in"; "400 animals
  killed since January" is a gapped passive), nor by another finite verb before the next
  comma; or a present "-s" form (not "-ss", "-us", "-is") after a determined phrase or a
  name, followed by a determiner, a number or "to" and three more words ("the authority
  expects a ...", never the gapped "and the army's ground teams another 900");
* that verb is no speech verb ("and the ministry said ...": whose words, the caller's
  attribution reads), and at least three words of its own follow the subject.

The caller (`compound._cut`) cuts only at a comma, never inside a quotation nor after a
speaker's frame ("The council says A, and B": whose words B is, the sentence does not say),
and the piece keeps the sentence's speaker. Only grammar is read, never one story's words.
"""

from __future__ import annotations

import re

from consensus.offline.grammar import (
    _AUX_RE,
    _DETERMINERS,
    _INTRANSITIVE_PAST,
    _NOT_IN_NP,
    _POSSESSIVE_PRONOUNS,
    _PRONOUN_SUBJECTS,
    _QUANTIFIERS,
    _SPEECH,
    _first_comma,
    _is_finite,
    _is_past,
    _np_ok,
    _words,
)

MAX_SUBJECT = 6
MIN_OWN_WORDS = 3  # the clause's words after its subject
# words before a number that make it approximate ("about 220 people", "nearly 400")
_APPROX = frozenset("about around nearly almost roughly some over".split())
_NUMBER_WORDS = _QUANTIFIERS | frozenset(
    "eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred".split()
)
_PRESENT_FORM = re.compile(r"[a-z]{2,}[^su'’]s")
# prepositions `grammar._NOT_IN_NP` leaves out ("and above the previous record ...")
_OTHER_PREPOSITIONS = frozenset("above below beyond within near behind ahead along around".split())
# what makes a subject point at a clause before it ("about 20 of them"): cut alone, no referent
_REFERRING = frozenset("them it these those this that us".split())
# what a present verb's object or complement opens with ("expects a", "plans to")
_PRESENT_NEXT = _DETERMINERS | _NUMBER_WORDS | frozenset(["to"])


def _number(word: str) -> bool:
    return word[:1].isdigit() or word.lower() in _NUMBER_WORDS


def _bare_plural(word: str) -> bool:
    """ "residents", "officers": a lower-case plural noun that may open a clause."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ous", "ly"))
        and low not in _NOT_IN_NP | _OTHER_PREPOSITIONS
        and not _is_finite(low)
    )


def _opens_subject(words: list[tuple[int, int, str]]) -> int:
    """How many words open the subject before its noun phrase is read (1 or 2: "about
    220"), or 0 when the words cannot open a subject of their own."""
    first = words[0][2]
    low = first.lower()
    if low in _PRONOUN_SUBJECTS or low in _OTHER_PREPOSITIONS:
        return 0
    if low in _APPROX:
        return 2 if len(words) > 1 and _number(words[1][2]) else 0
    if low in _DETERMINERS or _number(first) or (first[:1].isupper() and low not in _NOT_IN_NP):
        return 1
    return 0


def _verb(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether words[k] is the finite verb of a clause whose subject is words[:k]."""
    low = words[k][2].lower()
    before = words[k - 1][2].lower()
    if _AUX_RE.fullmatch(low):
        return True
    owned = (
        before in _DETERMINERS or before in _POSSESSIVE_PRONOUNS or before.endswith(("'s", "’s"))
    )
    if owned:
        return False  # ("the wounded", "the firm's plans"): a noun after its determiner
    nxt = words[k + 1][2].lower() if k + 1 < len(words) else ""
    if _is_past(low):
        if nxt == "by" or (
            _number(words[0][2]) and nxt in _NOT_IN_NP and low not in _INTRANSITIVE_PAST
        ):
            return False  # ("a firm owned by", "400 animals killed since January"): no clause
        return not any(_is_finite(w[2]) for w in words[k + 1 :])
    if _PRESENT_FORM.fullmatch(low) is None or not (nxt in _PRESENT_NEXT or nxt[:1].isdigit()):
        return False
    if len(words) - k - 1 < MIN_OWN_WORDS:
        return False  # ("and the army's ground teams another 900": a gapped clause, no verb)
    return words[0][2].lower() in _DETERMINERS or words[0][2][:1].isupper()  # (no bare plural)


def and_clause(text: str, b: int, end: int) -> bool:
    """Whether text[b:end] (what follows ", and" / ", but") opens a clause of its own that
    `_independent` does not read (see the module docstring)."""
    stop = b + _first_comma(text[b:end], end - b)
    words = [w for w in _words(text, b, stop) if w[2]]  # (a closing "." is no word)
    if len(words) < 1 + MIN_OWN_WORDS:
        return False
    lead = _opens_subject(words)
    bare = not lead and _bare_plural(words[0][2])
    if bare:
        lead = 1
    if not lead:
        return False
    for k in range(lead, min(len(words), MAX_SUBJECT + 1)):
        if not _np_ok(text[words[lead - 1][0] : words[k - 1][1]]):
            return False
        if words[k - 1][2].lower() in _REFERRING:
            return False
        if _verb(words, k) and (
            not bare or _is_past(words[k][2]) or _AUX_RE.fullmatch(words[k][2].lower())
        ):
            low = words[k][2].lower()
            return not _SPEECH.fullmatch(low) and len(words) - k > MIN_OWN_WORDS - 1
        if _is_finite(words[k][2]):
            return False
    return False
