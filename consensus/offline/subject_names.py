"""The name a clause with no speaker opens on as its subject ("The HTA gave a very different
account.", "Ostra Exams Board disputes that."): the bare "A spokesman said" after it is the
spokesman of that body, when the name is one (`spokesman_body`).

The clause is read as the text writes it: an optional "The", one to five capitalised words,
then a lower-case word that can be the subject's verb: any word but a preposition,
conjunction or article ("gave", "disputes", "has"). Whether the name is a body is the name
reader's answer (`_Names.canonical`), never a list: a person ("Lund rejected that. A
spokesman said") or a name the article gives "he" or "she" keeps the bare role, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus.offline.names import _Names

__all__ = ["opening_name", "spokesman_body"]

# "The HTA gave", "Ostra Exams Board disputes": up to five capitalised words and the next
# word (linear: each word is one run of non-space characters)
_OPENING = re.compile(r"(?:The[ \t]+)?((?:[A-Z][\w’'&.-]*[ \t]+){1,5})([a-z]+)\b")


# the lower-case words that follow a name without being its verb ("Board of ...", "Holm
# and ...", "Lund, of ...": a preposition, conjunction or article)
_NOT_VERBS = frozenset(
    "of and or in on at for to with by from as the a an but nor than that which who".split()
)


def opening_name(clause: str) -> str | None:
    """The capitalised words a clause opens on when the word after them can be their verb
    (no preposition, conjunction or article), as written ("HTA", "Ostra Exams Board");
    None otherwise."""
    m = _OPENING.match(clause)
    if m is None or m.group(2) in _NOT_VERBS:
        return None
    return " ".join(m.group(1).split())


def spokesman_body(written: str | None, names: _Names, genders: dict[str, str]) -> str | None:
    """The body a name opening the clause before names (`opening_name`), or None when it
    is a person, a name given "he" or "she", or a name the reader does not know."""
    if not written:
        return None
    canon, person = names.canonical(written.split())
    if not canon or person or canon in names.persons or canon in genders:
        return None
    if " " not in canon and not canon.isupper() and canon not in names.name_words:
        return None  # a sentence's first word only ("Campaigners also ..."), no name
    return canon
