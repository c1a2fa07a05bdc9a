"""A clause given its sentence's subject: the statement of an item made of clauses.

A clause cut from a longer sentence (`clause_cuts.py`) often has no subject of its own: "...
said it would vote against the sale and called the price opportunistic" gives "called the
price opportunistic". An item shown with that statement reads as a fragment, so a clause
that opens with a verb form gets a subject from its sentence (`subject_for`):

* after a relative "which", "who" or "that", the noun phrase before it, back to a verb
  form, a preposition or a comma ("... prohibited by a Security Council resolution that
  was adopted in September" -> "A Security Council resolution was adopted in September");
* else the words the sentence opens with before its first verb form (or its first comma:
  "Sunday's earthquake, centred near ..., killed"), with a leading phrase a preposition or
  time word opens ("On Monday,") and a relative clause between commas (", which owns 4
  percent,") left out: "Penrose Capital called the price opportunistic."

A subject of more than `MAX_SUBJECT_WORDS` words, after any other subordinating word
("when", "if", "because" ...), with a word that links two times ("Fear spread after the
mayor said ..."), or before a bare "be" (whose subject is elsewhere: "...
that the state of emergency, now in its eighth month, be extended") is none, and the
clause gives no statement that reads as a sentence.

Only grammar is read (closed words, verb endings, capitals). PURE: no I/O.
"""

from __future__ import annotations

import re

from consensus.merge.clause_cuts import _FINITE, _present, _relative_verb
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
_TIME_LINKS = frozenset("after before since until while during as".split())
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
        if w.lower().strip(_EDGE) in _CLAUSE_WORDS | _TIME_LINKS or len(words) >= MAX_SUBJECT_WORDS:
            return None  # (a clause before the verb: "Fear spread after the mayor said")
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
    """The subject clause part `part` of claim `host` takes from its sentence (module
    docstring): "" when the clause opens with no verb form (it has its own), None when its
    sentence gives none or a subordinating word opens it ("where he was treated ...": a
    subject of its own, but no fact alone)."""
    (ev,) = part.evidence
    clause = ev.quote.strip()
    first = clause.split(maxsplit=1)[0] if clause else ""
    if first.lower() in _CLAUSE_WORDS:
        return None  # a subordinate clause ("where he was treated ...") tells no fact alone
    sentence = next((h for h in host.evidence if h.start <= ev.start and ev.end <= h.end), None)
    before = _WORDS.findall(sentence.quote[: ev.start - sentence.start]) if sentence else []
    # a relative clause in the present opens with a verb no ending shows ("..., which acts
    # as ...": `clause_cuts._relative_verb`)
    relative = bool(before) and _relative_verb(before[-1], _WORDS.findall(clause)[:1])
    # ... as does a present "-s" verb after "and" ("and holds a licence": `clause_cuts._present`)
    if not (_verb_form(first) or relative or _present(_WORDS.findall(clause), 0)):
        return ""
    if sentence is None or first.lower() == "be":
        return None
    if before and before[-1].lower().strip(_EDGE) in _CLAUSE_WORDS:
        return antecedent(before[:-1]) if before[-1].lower().strip(_EDGE) in _RELATIVES else None
    return subject_of(sentence.quote)


_RELATIVES = frozenset({"which", "who", "that"})
# where the noun phrase before a relative word begins
_BOUNDARY = _OPENERS | frozenset("of to into against about than and or but".split())


def antecedent(words: list[str]) -> str | None:
    """The noun phrase before a relative "which", "who" or "that" (`words`: the sentence's
    words before it), back to a verb form, a preposition or a comma ("... prohibited by a
    Security Council resolution" -> "A Security Council resolution"), of at most
    `MAX_SUBJECT_WORDS` words."""
    out: list[str] = []
    for k, w in enumerate(reversed(words)):
        bare = w.strip(_EDGE)
        if k and (w[-1] in ",;:" or _verb_form(w) or bare.lower() in _BOUNDARY):
            break
        if bare.lower() in _CLAUSE_WORDS or len(out) >= MAX_SUBJECT_WORDS:
            return None
        out.append(bare if not out else w)
    else:
        if not out:
            return None
    phrase = " ".join(reversed(out)).strip(_EDGE + " ")
    return phrase[:1].upper() + phrase[1:] if phrase else None


def with_subject(part: Claim, host: Claim) -> str:
    """The statement of clause part `part` of claim `host`: the clause's words, after the
    host sentence's subject when the clause opens with a verb form (`subject_for`)."""
    clause = part.evidence[0].quote.strip()
    subject = subject_for(part, host)
    if subject and not clause.startswith(subject):
        return f"{subject} {clause}".rstrip(" .") + "."
    return clause[:1].upper() + clause[1:].rstrip(" .") + "."


def shown_rank(part: Claim, host: Claim) -> int:
    """How well the clause's statement reads as a sentence, best first: 0, a clause with a
    subject of its own (the writer's words) that no preposition opens; 1, a subject given
    to a finite verb ("Sunday's earthquake killed ..."); 2, the rest ("In apparent
    violation of sanctions ...", "Penrose Capital calling the price ...")."""
    clause = part.evidence[0].quote.strip()
    first = clause.split(maxsplit=1)[0].lower().strip(_EDGE) if clause else ""
    subject = subject_for(part, host)
    if subject:
        return 2 if first.endswith("ing") else 1
    return 0 if subject == "" and first not in _BOUNDARY else 2
