"""A denial that states its own account: "X denied it, saying that Y" asserts Y in X's voice.

"Acme has denied the accusation, saying that every customer was paid within 90 days" does
two things: it disputes the accusation (the denial stays a denial: rule 2 of `link`) and it
states what Acme says happened. Another outlet writes only the second ("Acme said every
customer was paid within 90 days"), and the two are one fact in one voice. Without this,
the pair is never an edge: a denial and an assertion join only as one voice's negation
(`link._one_voice_denial`), and "every customer was paid" negates nothing.

`own_account(denial, other)` is true when

* the denial's statement has a clause of its own account after the denial, opened by a
  participle of speech or insistence after a comma (`ACCOUNT_OPENERS`: ", saying (that)",
  ", insisting (that)", ", adding that", ", arguing that", ", maintaining that");
* both claims name a speaker (the denial's, when the extractor gave none, is the subject
  of the denial verb that opens it: "The police deny it, saying ..." -> "police") and the
  two are one voice (`features._speakers_compatible`:
  "the police" / "a police spokesman, Major Jan Roe"; a person and another person, or a
  company and another company's spokesman, are two voices: never one fact here);
* the clause shares at least `MIN_SHARED` content words with the other statement, beyond
  the two speakers' names (by a stem of their first letters): the account is what the
  other states, not another remark of the same side.

The caller (`link.link_edges`) makes the pair a ONE_VOICE join edge at the same bar as a
denial and its speaker's own negation. Only grammar: no names, no event words.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re

from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.speakers import clean_speaker

__all__ = ["ACCOUNT_OPENERS", "MIN_SHARED", "account_clause", "denier", "own_account"]

# participles that open the denier's own account after a comma
ACCOUNT_OPENERS = ("saying", "insisting", "adding", "arguing", "maintaining", "stressing")
MIN_SHARED = 2
_CLAUSE = re.compile(
    r",\s+(?:" + "|".join(ACCOUNT_OPENERS) + r")\b(?:\s+that\b)?\s*"
    r"(?P<clause>.+?)(?:[.;](?=\s|$)|$)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
# words that end a denier's name ("the ministry on Thursday denied")
_AFTER_NAME = frozenset("on in at last this also again later earlier".split())
# a statement opened by its denier and a denial verb ("The police deny it")
_DENIER = re.compile(
    r"(?:the\s+)?(?P<who>[^\W\d_][\w'’ -]{1,40}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss)\b",
    re.IGNORECASE,
)
_STEM = 5  # letters of a word compared ("opened" / "open", "customers" / "customer")
# words that say nothing of the account (function words, speech, time)
_PLAIN = frozenset(
    """that this these those there their they them then than have has had were was been
    being with from into over about after before would could should will shall said says
    saying told also only just very which what when where while other others every each
    some many more most such been its it's""".split()
)


def account_clause(statement: str) -> str | None:
    """The clause of a denial's own account ("..., saying that Y" -> "Y"), or None."""
    m = _CLAUSE.search(statement)
    return m.group("clause").strip() if m else None


def _stems(text: str, skip: frozenset[str]) -> set[str]:
    return {
        w[:_STEM]
        for w in (x.casefold() for x in _WORD.findall(text))
        if len(w) >= 4 and w not in _PLAIN and w not in skip
    }


def denier(statement: str) -> str | None:
    """The subject of a denial verb that opens the statement, as a speaker name ("The
    police deny it, saying ..." -> "police"), when the extractor named no speaker."""
    m = _DENIER.match(statement)
    if m is None:
        return None
    words = m.group("who").casefold().split()
    cut = next((k for k, w in enumerate(words) if w in _AFTER_NAME), len(words))
    return clean_speaker(" ".join(words[:cut])) if 0 < cut <= 4 else None


def own_account(denial: _Feat, other: _Feat) -> bool:
    """`other` states the account the denial gives in its own clause, in the same voice
    (see the module docstring)."""
    clause = account_clause(denial.claim.statement)
    if clause is None:
        return False
    who = denial.speaker or denier(denial.claim.statement)
    if not who or not other.speaker or not _speakers_compatible(who, other.speaker):
        return False
    names = frozenset(f"{who} {other.speaker}".split())
    shared = _stems(clause, names) & _stems(other.claim.statement, names)
    return len(shared) >= MIN_SHARED
