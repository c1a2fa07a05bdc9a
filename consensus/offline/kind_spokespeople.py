"""An unnamed spokesperson described by the kind of body they speak for ("a company
spokesman", "a spokesman for the ministry"): the body of that kind the text has just given
words to, when one fits.

"Lumora rejected the claims. '…,' a company spokesman said" is Lumora's spokesman;
"The labour ministry has not commented. A ministry spokeswoman said …" is the labour
ministry's. The body is the one that spoke in the clause just before (`_State.last_group`),
the body named by its kind that the clause before opened on (`_State.kind_subject`), or a
bare name that just spoke and was read as a person ("Lumora"), in that order, and only when
its name fits the kind (`body_anaphors.named_body_anaphor`: "the company" is never "the
Football League"; a body named by its kind fits when its head word is the kind). Anything
else keeps the description as it was ("company spokesman"): no speaker beats a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Protocol

from consensus.offline.body_anaphors import named_body_anaphor
from consensus.offline.described_bodies import COMPANY_KINDS

__all__ = ["kind_body", "kind_role", "kind_role_for"]

# "company spokesman", "ministry spokeswoman": one lower-case kind word, then the role
_KIND_ROLE = re.compile(r"(?P<kind>[a-z]+)\s+(?P<role>spokesman|spokeswoman|spokesperson)")
# "the company", "the ministry": the object of "a spokesman for ..."
_THE_KIND = re.compile(r"the\s+(?P<kind>[a-z]+)")


class _Context(Protocol):
    last_group: str | None
    kind_subject: str | None
    last_person: str | None
    last_quote_speaker: str | None


def _fits(
    body: str | None, kind: str, name_words: Collection[str], described: Mapping[str, str]
) -> bool:
    if not body:
        return False
    if body[:1].islower():  # "labour ministry" for "ministry"
        return body.split()[-1].lower() == kind
    # a name the article capitalises mid-sentence, never a plural opening a sentence
    # ("Campaigners also pointed out …")
    if not all(w in name_words for w in body.split()):
        return False
    if named_body_anaphor(f"the {kind}", body) is not None:
        return True
    # a name the article describes as a body of the kind ("Corrin Water, the regional
    # utility," is the company a "company spokesman" speaks for: `described_bodies`)
    said = described.get(body)
    return said is not None and (said == kind or (kind in _FIRMS and said in COMPANY_KINDS))


_FIRMS = frozenset({"company", "firm"})
_NONE: Mapping[str, str] = {}


def kind_body(
    kind: str,
    state: _Context,
    name_words: Collection[str],
    described: Mapping[str, str] = _NONE,
) -> str | None:
    """The body "the <kind>" names in the discourse `state` is at, or None (`name_words`:
    the words the article capitalises as names, `names._Names.name_words`; `described`: the
    names it describes as bodies, `names._Names.bodies`)."""
    kind = kind.lower()
    for body in (state.last_group, state.kind_subject):
        if _fits(body, kind, name_words, described):
            return body
    person = state.last_person
    if (
        person is not None
        and " " not in person
        and person == state.last_quote_speaker
        and _fits(person, kind, name_words, described)
    ):
        return person  # "Lumora rejected the claims. '…,' a company spokesman said"
    return None


def kind_role(
    np: str, state: _Context, name_words: Collection[str], described: Mapping[str, str] = _NONE
) -> str | None:
    """'a company spokesman' -> 'Lumora spokesman' when the body fits, else None. `np` is
    the phrase after its article ("company spokesman") or the object of "for" ("the
    company", with the role given apart: see `kind_role_for`)."""
    m = _KIND_ROLE.fullmatch(np)
    if m is None:
        return None
    body = kind_body(m.group("kind"), state, name_words, described)
    return f"{body} {m.group('role')}" if body else None


def kind_role_for(
    role: str,
    obj: str,
    state: _Context,
    name_words: Collection[str],
    described: Mapping[str, str] = _NONE,
) -> str | None:
    """'a spokesman for the company' -> 'Lumora spokesman' (`role`: "spokesman", `obj`:
    "the company") when the body fits, else None."""
    m = _THE_KIND.fullmatch(obj.strip())
    if m is None or not role.startswith("spokes"):
        return None
    body = kind_body(m.group("kind"), state, name_words, described)
    return f"{body} {role}" if body else None
