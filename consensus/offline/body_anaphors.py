"""A body named again by its kind alone: "Eastport Rovers said ... . '…,' the club said".

The speaker "the club" is the body with a name that spoke last, when that name fits the kind:
it names no other kind ("the club" is never "the Football League"), and a bare name
("Northwind", "Eastport Rovers") stands only for the kinds usually called by one (a company,
a club, a bank), not for a league, a ministry or a party, whose names carry their kind.

A body whose name ends on its kind ("the Lorvanian Revenue Service", "the Transport
Infrastructure Authority", "Northgate Museum of Natural History": the head before "of")
is named again by that kind, whatever the kind ("the service", "the authority", "the
museum", "the revenue service"): the text's own name is the evidence, no list of kinds.
"""

from __future__ import annotations

import re

from consensus.offline.names import _ORG_WORDS

__all__ = ["ANAPHOR_KINDS", "kind_kept", "named_body_anaphor"]

ANAPHOR_KINDS = frozenset(
    """club company firm team group bank lender airline carrier operator party union federation
    association league ministry government council hospital""".split()
)
# kinds often named by a bare name ("Northwind", "Eastport Rovers"); a league, a ministry or a
# party names its kind ("the Football League")
_BARE_NAMED_KINDS = frozenset("club company firm team group bank lender airline carrier".split())
_THE_BODY = re.compile(rf"[Tt]he\s+({'|'.join(sorted(ANAPHOR_KINDS))})")
# "the service", "the revenue service": one to three lower-case words after "the"
_THE_HEAD = re.compile(r"[Tt]he((?:\s+[a-z]{3,30}){1,3})")
# where a body's name stops naming its kind ("Museum of Natural History", "Office for ...")
_NAME_TAIL = re.compile(r"\s+(?:of|for|on|and)\s.*", re.DOTALL)


# words of a sports club's name ("Eastport United", "Eastport Rovers", "Brennick City")
_CLUB_NAME_WORDS = frozenset(
    "united athletic rovers wanderers albion rangers sporting dynamo olympic city town fc".split()
)


def _body_fits(name: str, noun: str) -> bool:
    """Whether "the <noun>" may name the body `name`: its name says no other kind ("the club"
    after "Eastport Rovers", never after "the Football League"; "the company" never after
    "the Families Committee")."""
    if any(w[:1].islower() and w not in ("of", "for", "and", "the") for w in name.split()):
        return False  # "Quillbank spokesman": a role, not the body's name
    kinds = {w.lower() for w in name.split()} & (_ORG_WORDS | ANAPHOR_KINDS | _CLUB_NAME_WORDS)
    if not kinds and " " in name and not name.endswith("s"):
        return False  # "Mara Delic": two capitalised words and no kind are a person's name
    if noun in kinds:
        return True
    if noun in ("club", "team"):
        # a club's name says so ("Eastport Rovers") or is one word ("Northwind"); two words
        # and no club word are a firm's ("Holberg Chemicals"), never "the club"
        return kinds <= _CLUB_NAME_WORDS and (bool(kinds) or " " not in name)
    return not kinds and noun in _BARE_NAMED_KINDS


def _named_head(name: str, words: list[str]) -> bool:
    """Whether a body's name ends on `words` ("Lorvanian Revenue Service" on ["service"] or
    ["revenue", "service"]; "Northgate Museum of Natural History" on ["museum"]), with a
    capitalised word before them: the name holds more than its kind."""
    head = _NAME_TAIL.sub("", name).split()
    if len(head) <= len(words) or not all(w[:1].isupper() for w in head):
        return False
    return [w.casefold() for w in head[-len(words) :]] == words


def named_body_anaphor(np: str, last_named_body: str | None) -> str | None:
    """The body "the <kind>" names, or None when it is not one or the last body does not fit."""
    if last_named_body is None:
        return None
    m = _THE_BODY.fullmatch(np)
    if m is not None and _body_fits(last_named_body, m.group(1).lower()):
        return last_named_body
    h = _THE_HEAD.fullmatch(np)
    if h is not None and _named_head(last_named_body, h.group(1).split()):
        return last_named_body
    return None


# kinds news writes for one body in turn ("the company", then "the firm")
_SAME_KINDS = ({"company", "firm"}, {"club", "team"})


def kind_kept(read: dict[str, str], body: str, np: str) -> bool:
    """Whether "the <kind>" (`np`) may name `body` given the kind the text has named it by
    before (`read`: body -> kind, filled here on the first reading): a bare name read as
    "the company" is not "the club" a paragraph later ("Quantra … the company said …. the
    club confirmed"), whose words belong to some other body. A name that carries a kind
    word of its own is left to `named_body_anaphor`."""
    if " " in body:
        return True
    kind = np.split()[-1].lower()
    first = read.setdefault(body, kind)
    return first == kind or any({first, kind} <= same for same in _SAME_KINDS)
