"""The body a statement's opening "Its" stands for: "The Harbour Authority closed the east
channel on Monday. Its director, Ana Lind, said …" -> "The Harbour Authority's director, Ana
Lind, said …".

A claim that opens on "Its" names nobody's: an editor reading it alone cannot tell whose
director, shares or roof it is. When the clause just before opened on a body as its subject
(the body `body_leads` gives an opening "It" + act: one that spoke, one named by its kind,
one with a name), the possessive points back at that body, and the statement names it as
the text writes it, with the possessive ending English writes after it ("…'s", or "…'"
after a final "s"). Anything else leaves "Its" as it is (whose, unsure): no such body, the
checks of `clause_statements.StatementWriter._opening_body` (a plural, a possessive or
modifier name, a clause with a speaker of its own after a comma), or a subject that is a
body's thing rather than the body ("The trust's grant from government has fallen …, and
its own report …": whose report, the trust's). Pure.
"""

from __future__ import annotations

import re

__all__ = ["apostrophe", "possessive_lead"]

# "Its director", "its 2,000 members", "Its East Stand": the possessive and the word after it
_ITS = re.compile(r"[Ii]ts[ \t]+(?=[\w“\"])")
# a subject that is a body's thing, not the body: "The trust's grant from government has
# fallen …, and its own report …" (whose report: the trust's); a name's own possessive
# ("The Prosecutor's Office") is followed by a capital
_THING_OF = re.compile(r"['’]s[ \t]+[a-z]")


def apostrophe(text: str) -> str:
    """The apostrophe the article writes in its possessives ("’" or "'")."""
    return "’" if text.count("’s") > text.count("'s") else "'"


def possessive_lead(body: str, owner: str | None, mark: str = "'") -> str | None:
    """`body` with its opening "Its" replaced by the possessive of `owner` as the text names
    it ("The Harbour Authority" -> "The Harbour Authority's …", "the agency" -> "The
    agency's …", "Lund Holdings" -> "Lund Holdings' …"); None when `body` does not open on
    "Its" or there is no owner. `mark`: the apostrophe to write (`apostrophe`)."""
    m = _ITS.match(body)
    if m is None or not owner or _THING_OF.search(owner):
        return None
    owned = owner + (mark if owner.endswith("s") else mark + "s")
    return owned[:1].upper() + owned[1:] + " " + body[m.end() :]
