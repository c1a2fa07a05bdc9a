"""A clause given its sentence's subject: the statement of an item made of clauses.

A clause cut from a longer sentence (`clause_cuts.py`) often has no subject of its own: "...
said it would vote against the sale and called the price opportunistic" gives "called the
price opportunistic". An item shown with that statement reads as a fragment, so a clause
that opens with a verb form gets the subject its sentence opens with: "Penrose Capital
called the price opportunistic." The subject is the sentence's opening words before its
first verb form (or its first comma: "Sunday's earthquake, centred near ..., killed"), with
a leading phrase a preposition or time word opens ("On Monday,") and a relative clause
between commas (", which owns 4 percent,") left out; a subject of
more than `MAX_SUBJECT_WORDS` words, or none, leaves the clause as it is.

Only grammar is read (closed words, verb endings, capitals). PURE: no I/O.
"""

from __future__ import annotations

import re

from consensus.merge.clause_cuts import _FINITE
from consensus.merge.lexicon import _SPEECH
from consensus.models import Claim

MAX_SUBJECT_WORDS = 6
_WORDS = re.compile(r"\S+")
_RELATIVE = re.compile(r",\s+(?:which|who|whose|whom|where)\b[^,]*,", re.IGNORECASE)
_EDGE = '.,;:!?"“”‘’()'
# words that open a phrase set off by a comma before the subject ("On Monday, ...")
_OPENERS = frozenset(
    """on in at after before during since for by with as under from until within earlier
    later last yesterday today meanwhile overnight late early""".split()
)
_ADVERBS = frozenset("also still now then already just even only again reportedly".split())
# a subordinate clause's words: no subject of the sentence comes after them
_CLAUSE_WORDS = frozenset("that which who whose whom where when if because although".split())


def _verb_form(word: str) -> bool:
    """A finite closed form, a verb of saying, or an -ed / -ing form of a lower-case word."""
    w = word.strip(_EDGE)
    low = w.lower()
    if not w or not w[0].islower():
        return False
    return low in _FINITE or low in _SPEECH or (w.isalpha() and w.endswith(("ed", "ing")))


def subject_of(sentence: str) -> str | None:
    """The opening words of `sentence` before its first verb form (module docstring)."""
    text = _RELATIVE.sub("", sentence)
    head, comma, rest = text.partition(", ")
    if comma and head.split(maxsplit=1)[0].lower() in _OPENERS:
        text = rest  # "On Monday, ..."
    words: list[str] = []
    for w in _WORDS.findall(text):
        if _verb_form(w):
            break
        if w.lower().strip(_EDGE) in _CLAUSE_WORDS or len(words) >= MAX_SUBJECT_WORDS:
            return None
        words.append(w)
        if w[-1] in ",;:":
            break  # "Sunday's earthquake, centred near ..., killed": the head before it
    else:
        return None
    while words and (words[-1] in _ADVERBS or words[-1].endswith("ly")):
        words.pop()  # "It also committed ...", "the board previously rejected ..."
    if not words:
        return None
    subject = " ".join(words).strip(_EDGE + " ")
    return subject[:1].upper() + subject[1:] if subject else None


def subject_for(part: Claim, host: Claim) -> str | None:
    """The subject clause part `part` of claim `host` takes from its sentence: "" when the
    clause has one of its own, None when it opens with a verb form and its sentence gives
    none (or the clause is a relative one: "... the groups that were fined ...", whose
    subject is a noun of the sentence, not its subject; or opens with a bare "be")."""
    (ev,) = part.evidence
    clause = ev.quote.strip()
    first = clause.split(maxsplit=1)[0] if clause else ""
    if not _verb_form(first):
        return ""
    sentence = next((h for h in host.evidence if h.start <= ev.start and ev.end <= h.end), None)
    if sentence is None or first.lower() == "be":
        return None
    before = _WORDS.findall(sentence.quote[: ev.start - sentence.start])
    if before and before[-1].lower().strip(_EDGE) in _CLAUSE_WORDS:
        return None
    return subject_of(sentence.quote)


def with_subject(part: Claim, host: Claim) -> str:
    """The statement of clause part `part` of claim `host`: the clause's words, after the
    host sentence's subject when the clause opens with a verb form (`subject_for`)."""
    clause = part.evidence[0].quote.strip()
    subject = subject_for(part, host)
    if subject and not clause.startswith(subject):
        return f"{subject} {clause}".rstrip(" .") + "."
    return clause[:1].upper() + clause[1:].rstrip(" .") + "."
