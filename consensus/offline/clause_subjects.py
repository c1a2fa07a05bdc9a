"""Which of the persons a clause without a speaker names can be its subject, the one a
"he" or "she" in the next sentence points at (session 60, speakers60).

A name the clause writes after a preposition ("the bus to Hanley Cross runs twice a day",
"a letter to Jo Roe") is the object of that preposition, never the clause's subject; a name
in the possessive before another person ("Roe's lawyer, Ann Vik, called the claims
cruel") only says whose the other person is. Neither is who the story follows after the
clause: `follow` keeps the person it followed when no other name is left.

Reads the clause's own text only; the prepositions and the possessive mark are closed
classes.

A clause in which the outlet ("We", first person plural) turns to a body or hears from it
("We put that to the fire service.", "We've had a statement from Harrow Build.") leaves that
body as the one whose "a spokesman said" follows (`addressed_body`)."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["addressed_body", "subject_persons"]

# a preposition (a closed class) ending the text just before a name
_BEFORE_NAME = re.compile(
    r"\b(?:to|at|in|into|from|near|on|onto|outside|inside|across|towards?|through|past"
    r"|around|via|beyond|behind|toward)[ \t]+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"[’']s\b")


def subject_persons(clause: str, persons: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`persons` (offsets in `clause`, names) without those written after a preposition,
    and without a possessive name when another person remains."""
    kept = [(p, n) for p, n in persons if not _BEFORE_NAME.search(clause[max(0, p - 20) : p])]
    owners = [(p, n) for p, n in kept if _possessive_at(clause, p, n)]
    if owners and len(owners) < len(kept):
        kept = [pn for pn in kept if pn not in owners]
    return kept


def _possessive_at(clause: str, pos: int, name: str) -> bool:
    """Whether the mention at `pos` ends in a possessive mark ("Roe's lawyer")."""
    last = name.split()[-1]
    at = clause.find(last, max(0, pos))
    if at < 0 or at - pos > 40:
        return False
    return _POSSESSIVE.match(clause, at + len(last)) is not None


# "We put that to the fire service.", "We've had a statement from Harrow Build.": the outlet
# turning to a body or hearing from it, the body last in the clause
_ADDRESSED = re.compile(
    r"We(?:[’']ve|[ \t]+have)?[ \t]+[a-z][^.!?]*?[ \t](?:to|from)[ \t]+"
    r"(?P<np>(?:the[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}[a-z][\w’'-]*)"
    r"|(?:[A-Z][\w’'&-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w’'&-]*){0,4}))[ \t]*[.!]?$"
)


def addressed_body(clause: str, is_body_kind: Callable[[str], bool]) -> str | None:
    """The body a clause of the outlet's own ("We ...") ends on after "to" or "from": a
    kind the reader knows as a body's (`is_body_kind`: "the fire service" -> "fire
    service") or a capitalised name as written; None for anything else."""
    m = _ADDRESSED.match(clause.strip())
    if m is None:
        return None
    np = m.group("np")
    if np[:4] == "the ":
        kind = np[4:]
        return kind if is_body_kind(kind) else None
    return np
