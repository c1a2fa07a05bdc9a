"""A relative the article names once and then by kin alone: "Her son Tomas said ...", later
"Her son said ..." or "the son said": the same man, by his name.

The text binds a kin noun to a name where the name follows it ("her son Tomas", "his sister,
Lene Brenner"); a kin the article binds to two names ("her son Tomas ... her son Pavel") is
bound to none. Only a person the name reader knows (`_Names.canonical`) is bound: no place,
no body. The kin nouns are family words only (`_KIN`, as `speaker_nps._KIN_OF_NAME_NP`
writes its own): a role ("her lawyer", "his spokesman") is no kin and is read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus.offline.names import _Names

__all__ = ["kin_bindings", "kin_speaker"]

_KIN = (
    r"(?:son|daughter|wife|husband|widow|widower|mother|father|brother|sister|"
    r"grandson|granddaughter|grandmother|grandfather|partner|fiancée?|niece|nephew|"
    r"uncle|aunt|cousin|stepson|stepdaughter|stepfather|stepmother)"
)
# "her son Tomas", "his sister, Lene Brenner": a possessive, the kin, then a name (one to
# three capitalised words; linear: each word one run)
_KIN_NAMED = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?P<kin>{_KIN})(?:,[ \t]*|[ \t]+)"
    r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
)
# a speaker noun phrase of kin alone: "Her son", "the widow", "His brother"
_KIN_NP = re.compile(rf"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?P<kin>{_KIN})")
# the same with the name after it: "Her son Tomas", "his sister, Lene Brenner"
_KIN_NAME_NP = re.compile(
    rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<kin>{_KIN}),?\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})"
)


def _person(written: str, names: _Names) -> str | None:
    """The person a name after a kin noun is: a first name alone is the one full name the
    article opens with it ("her son Tomas" -> "Tomas Lindqvist")."""
    canon, person = names.canonical(written.split())
    if not canon or not person:
        return None
    if " " not in canon:
        return names.first_name(canon) or canon
    return canon


def kin_bindings(text: str, names: _Names) -> dict[str, str]:
    """Kin noun -> the one person the text names right after it ("son" -> "Tomas Lindqvist")."""
    found: dict[str, set[str]] = {}
    for m in _KIN_NAMED.finditer(text):
        who = _person(m.group("name"), names)
        if who is not None:
            found.setdefault(m.group("kin").lower(), set()).add(who)
    return {kin: next(iter(who)) for kin, who in found.items() if len(who) == 1}


def kin_speaker(np: str, names: _Names) -> str | None:
    """The person a kin speaker phrase names: the name written after the kin ("Her son
    Tomas" -> "Tomas Lindqvist"), else the one person the article binds that kin to ("the
    son" -> "Tomas Lindqvist"); None otherwise."""
    m = _KIN_NAME_NP.fullmatch(np)
    if m is not None:
        return _person(m.group("name"), names)
    m = _KIN_NP.fullmatch(np)
    if m is None:
        return None
    return names.kin.get(m.group("kin").lower())
