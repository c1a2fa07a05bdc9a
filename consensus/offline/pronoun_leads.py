"""The subject of a "when"/"after" clause that opens with "he" or "she": the person the
clause before names as its subject ("Lukas Ferrand was halfway down the run when he heard
a gunshot" -> "Lukas Ferrand heard a gunshot"; "X's finance chief, Lena Morrow, was
sentenced after she pleaded guilty" -> "Lena Morrow pleaded guilty").

A claim that opens with the pronoun names nobody; English points it back at the main
clause's subject when that is the only person the clause names. Only a person's name (two
or three capitalised words, an appositive's name included) is carried; a body, a role
("the driver") or a main clause that names a second person ("Anna Berg hugged Tom Hale
after he ...") is left as it is (whose act, unsure). Pure; used by
`subordinate_clauses._subordinate`.
"""

from __future__ import annotations

import re

from consensus.offline.subjects import clause_subject, span_of

__all__ = ["pronoun_lead"]

_PRONOUN = re.compile(r"(?:he|she)\s+(?=[a-z])")
_PERSON = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2}")
# a second name in the main clause: two capitalised words after its subject, not a place's
# ("down the Calvera North run", "in New Harbour")
_ANOTHER_NAME = re.compile(
    r"(?<!\bthe )(?<!\bin )(?<!\bat )(?<!\bnear )(?<!\bfrom )(?<!\bdown )(?<!\bup )"
    r"\b[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+"
)


def pronoun_lead(
    text: str, content: int, a: int, b: int
) -> tuple[str, int, tuple[int, int]] | None:
    """(lead, skip, span) for a clause at `b` that opens with "he"/"she", whose main clause
    text[content:a] has a person's name as its subject and names no other: the name to put
    in place of the pronoun, the pronoun's length with its space, and where the name
    stands; else None."""
    m = _PRONOUN.match(text, b)
    if m is None:
        return None
    subject = clause_subject(text, content, a)
    if subject is None or not _PERSON.fullmatch(subject):
        return None
    span = span_of(text, subject, content, a)
    if span is None or _ANOTHER_NAME.search(text, span[1], a):
        return None
    return f"{subject} ", m.end() - b, span
