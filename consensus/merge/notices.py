"""Notice given and notice denied (link rule 11): one voice says a party was told, warned or
written to; that party, in its own voice, says it was not ("Peter Olm said he had phoned the
council about the crack" / "The council said it had no record of any complaint"; "Kessmar
says it wrote to the ministry about the new price" / "The ministry says it received no such
letter"; "Residents say they warned the water company for months" / "The water company
denied that it had been told").

Two such statements are two narratives of one act (whether the party was told) and share
little but the party's name: the acts are converse words ("wrote to" / "received", "warned" /
"had been told"), so the link model scores them far below the threshold and the key blocking
seldom pairs them at all. What stands for the missing link is who the act reached: the
party a notice is given to is the one who says it got none.

- A claim GIVES NOTICE to party P when a notice verb (`notice_verbs` in data/words.toml:
  told, warned, wrote, rang, ...) has a word of P's name within `NOTICE_REACH` words after
  it ("rang the council", "warned both the council and the water company"), or P's name is
  the subject of its passive ("the ministry was informed"); the claim holds no negation
  word and its speaker does not speak for P (P telling of itself is no other side).
- A claim DENIES NOTICE when its speaker is named (P: the words of the speaker's name, four
  letters or more, no role word such as "spokesman") and a negation word or a denial verb
  stands at most `NEGATION_REACH` words before a receipt word (`notice_receipt_words`:
  received, record, complaint, warning, ...) or a passive of a notice verb ("had been
  told"), or just after "received" ("received no such letter"), in one clause. A condition
  or an open question denies nothing.

A pair of two origins, one giving notice to P and the other P's denial of notice, is a
CONFLICT edge ("negation: not <receipt word>", a rebuttal; "polarity: asserts vs denies"
when the denial's polarity is denies) at the conflict bar. Never within one origin (the
in-article readings, `answers`, answer there), only for claims no other conflict edge holds
(a denial answered already is a side of its point: a second target reshaped found points),
and never through a claim that gives notice to two parties that both deny it ("We told the
water company, we told the council": one point would join two disputes). An outlet that
tells both accounts still reads as rebutting itself when every origin of the denial also
tells the notice (`verdicts._self_rebuttal`; reading such pairs as two parties' accounts
found one dispute more, lost another and two agreed facts: bench/README.md). No event's
words: only the two lists of general English verbs and nouns.

PURE: reads the claims' statements, speakers, polarity and origins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import _STOP, NOTICE_RECEIPT_WORDS, NOTICE_VERBS
from consensus.merge.score import _Edge
from consensus.models import Polarity

__all__ = [
    "NEGATION_REACH",
    "NOTICE_REACH",
    "denies_notice",
    "gives_notice",
    "notice_edges",
    "party_words",
]

NOTICE_REACH = 3  # words from a notice verb to its addressee (again after "and"/"or")
NEGATION_REACH = 5  # words from a negation or denial verb to the receipt word it negates
NOTICE_CAP = 400  # denials of notice read at most (the first in canonical order)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NEGATION = re.compile(
    r"^(?:not|no|never|nobody|none|nothing|neither|nor|without|"
    r"den(?:y|ied|ies|ying)|reject(?:ed|s)?|dismiss(?:ed|es)?|.*n['’]t)$"
)
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get"})
# words of a speaker's name that tell its role, not the party (a spokesman speaks for one)
_ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials director head chief
    executive representative manager lawyer attorney statement press office""".split()
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\b(?:but|while|whereas|although|though)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|whether|unless)\b", re.I)
_VERBS = frozenset(NOTICE_VERBS)
_NEAR_VERBS = frozenset({"told", "tell", "tells", "telling"})  # (the addressee next)
_RECEIPT = frozenset(NOTICE_RECEIPT_WORDS)


def party_words(speaker: str | None) -> frozenset[str]:
    """The words of a speaker's name that name its party: four letters or more, no stop word
    and no role word ("carrick northway spokesperson" -> carrick, northway)."""
    words = _WORD.findall((speaker or "").casefold())
    return frozenset(w for w in words if len(w) > 3 and w not in _STOP and w not in _ROLE_WORDS)


def _named(word: str, party: frozenset[str]) -> bool:
    # (a plural and its singular: "residents" / "resident")
    return word in party or word.rstrip("s") in party or f"{word}s" in party


def _clause_words(text: str) -> list[list[str]]:
    return [_WORD.findall(part.casefold()) for part in _CLAUSE_BREAK.split(text) if part]


def _addressed(words: Sequence[str], k: int, party: frozenset[str]) -> bool:
    """Whether the notice verb at `k` is addressed to the party: a word of its name among the
    `NOTICE_REACH` words after the verb (one or two for "told", whose next words are its
    addressee: "told reporters the council had ..." tells reporters), each "and"/"or" in
    reach, or just past it, reaching that far again ("warned both the school and the
    water company")."""
    reach = 2 if words[k] in _NEAR_VERBS else NOTICE_REACH
    end = k + 1 + reach
    for q in range(k + 1, len(words)):
        if words[q] in ("and", "or") and q <= end:
            end = q + 1 + reach  # (the word just past the reach may join one more)
        elif q >= end:
            return False
        elif _named(words[q], party):
            return True
    return False


def gives_notice(f: _Feat, party: frozenset[str]) -> bool:
    """Whether `f` tells of a notice given to the party named by `party` (see the module
    docstring)."""
    if not party or any(_NEGATION.match(w) for w in _WORD.findall(f.claim.statement.casefold())):
        return False
    for words in _clause_words(f.claim.statement):
        for k, w in enumerate(words):
            if w not in _VERBS:
                continue
            if _addressed(words, k, party):
                return True
            # "the ministry was informed", "the ministry had been told": the passive's subject
            back = k - 1
            while back >= 0 and words[back] in _PASSIVE | {"had", "has", "have"}:
                back -= 1
            if back < k - 1 and back >= 0 and _named(words[back], party):
                return True
    return False


def _receipt_at(words: Sequence[str], k: int) -> bool:
    """Whether word `k` is a receipt word, or a notice verb told as a passive ("had been
    told", "was never warned")."""
    w = words[k]
    if w in _RECEIPT:
        return True
    if w in _VERBS:
        before = [x for x in words[max(0, k - 3) : k] if not _NEGATION.match(x)]
        return bool(before) and before[-1] in _PASSIVE
    return False


def denies_notice(f: _Feat) -> str:
    """The receipt word a named speaker's claim negates ("had no record of any complaint" ->
    "record"), or '' (see the module docstring)."""
    if not party_words(f.speaker) or f.conditional or _CONDITION.search(f.claim.statement):
        return ""
    if f.claim.statement.rstrip().endswith("?"):
        return ""
    for words in _clause_words(f.claim.statement):
        for k, w in enumerate(words):
            if not _NEGATION.match(w):
                continue
            for q in range(k + 1, min(len(words), k + 1 + NEGATION_REACH)):
                if _receipt_at(words, q):
                    return words[q]
            # "received no such letter": the negation after the receipt verb
            if k >= 1 and words[k - 1].startswith("receiv"):
                return words[k - 1]
    return ""


def notice_edges(feats: Sequence[_Feat], conflict_at: float, made: Sequence[_Edge]) -> list[_Edge]:
    """The CONFLICT edges of notices given and denied across two origins (see the module
    docstring), each pair once. Only for claims no conflict edge of `made` holds (a denial
    another reading answered already is a side of its point: a second target would reshape
    it), and never through a claim that gives notice to two parties that both deny it
    ("We told the water company, we told the council": which one it reached is the dispute
    of each, and one point would join the two)."""
    held = {k for e in made if e.conflict and not e.conflict.startswith("join") for k in (e.i, e.j)}
    deniers = [
        (d, what, party_words(feats[d].speaker))
        for d, f in enumerate(feats)
        if d not in held and (what := denies_notice(f))
    ][:NOTICE_CAP]
    if not deniers:
        return []
    parties = {party for _, _, party in deniers}
    out: list[_Edge] = []
    for t, teller in enumerate(feats):
        if t in held or teller.claim.polarity != Polarity.asserts:
            continue
        if _VERBS.isdisjoint(_WORD.findall(teller.claim.statement.casefold())):
            continue  # (no notice verb: most claims, read once)
        told = [
            p for p in parties if not p & party_words(teller.speaker) and gives_notice(teller, p)
        ]
        if len(told) != 1:
            continue  # (none, or two parties that both deny it)
        for d, what, party in deniers:
            denier = feats[d]
            if party != told[0] or (teller.origin or teller.article) == (
                denier.origin or denier.article
            ):
                continue
            if _speakers_compatible(teller.speaker, denier.speaker):
                continue
            why = (
                "polarity: asserts vs denies"
                if denier.claim.polarity == Polarity.denies
                else f"negation: not {what}"
            )
            out.append(_Edge(round(conflict_at, 4), min(d, t), max(d, t), why))
    return sorted(out, key=lambda e: (e.i, e.j))
