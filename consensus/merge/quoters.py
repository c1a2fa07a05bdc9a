"""Quotations of two different named persons: never one claim (`clusters._may_join`).

A quotation is its speaker's: two people saying similar words ("close to 300 florins a year"
and "another 300 florins a year") make two claims, and an agreed item holding both would
print one person's name over the other's words. Same words reported of one speaker in two
ways ("Maria Kovac" / "Mayor Kovac", "Zoë Lindqvist" / "Zoe Lindqvist") share a surname,
and a speaker named by a role, a body or an acronym ("the city's mayor", "NTSB") is no
person's name here, so those still join.

`quoter` gives the personal name of a claim that quotes its speaker: the claim is a
`direct_quote` or its statement quotes a remark of `reporters.QUOTED_WORDS` words or more,
and its speaker, as extracted, is two or three capitalised words (a given name and a
surname; no organisation word, initialism or nationality: `names.not_name_parts`; no
body's head such as "Inspectorate"), not a news medium nor a speaker named by its kind.
Two quoters are apart when their surnames (last words, case and accents folded) differ,
unless one's quoted words hold the other's: the same words given to two persons are one
quotation whose speaker an outlet or the extractor got wrong, and the item's speaker is
then chosen as for any group.

PURE.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from consensus.merge.reporters import _QUOTED, _WORD, QUOTED_WORDS, named_by_kind
from consensus.models import Claim, ClaimKind
from consensus.offline.names import not_name_parts

__all__ = ["Quoter", "quoter", "quoters_apart"]

# the head of a body's name no organisation-word list holds ("Accounts Inspectorate",
# "Frontier Directorate", "UN Secretariat"), as `story_follow` reads it
_BODY_HEAD = re.compile(r"(?:orate|ariat)$")
_NAME_JOINS = re.compile(r"[-'’]")


Quoter = tuple[str, str]  # (folded surname, " the quoted words folded ")


def quoter(claim: Claim, speaker: str | None, medium: bool) -> Quoter | None:
    """The person a quotation claim quotes and the words quoted (None: not one)."""
    raw = claim.speaker
    if not raw or not speaker or medium or named_by_kind(speaker):
        return None
    quoted = [
        words
        for m in _QUOTED.finditer(claim.statement)
        if len(words := _WORD.findall(m.group(0))) >= QUOTED_WORDS
    ]
    if claim.kind != ClaimKind.direct_quote and not quoted:
        return None
    name = _personal_name(raw)
    if name is None:
        return None
    said = quoted or [_WORD.findall(claim.statement)]
    return name, " " + " ".join(_fold(w) for words in said for w in words) + " "


@lru_cache(maxsize=1 << 12)
def _personal_name(raw: str) -> str | None:
    words = raw.split()
    if not 2 <= len(words) <= 3 or not_name_parts(words) or _BODY_HEAD.search(words[-1]):
        return None  # (an organisation word, an initialism, a nationality, a body's head)
    for w in words:
        for part in _NAME_JOINS.split(w):  # ("Jean-Luc", "O'Neill")
            capitalised = part[:1].isupper() and (len(part) == 1 or part[1:].islower())
            if not (part.isalpha() and capitalised):
                return None
    return _fold(words[-1])


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def quoters_apart(left: set[Quoter], right: set[Quoter]) -> bool:
    """Whether a quoter of one side has another surname than a quoter of the other, and
    neither quotation holds the other's words (the same words given to two persons are one
    quotation whose speaker an outlet or the extractor got wrong)."""
    return any(a != b and x not in y and y not in x for a, x in left for b, y in right)
