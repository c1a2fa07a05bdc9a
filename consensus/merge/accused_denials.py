"""The accused side's denial in one article (link rule 2, read with the answers): an
article tells an accusation that names the accused ("The guides' association has accused
the resort of putting the busiest weekend ahead of safety"), then a denial by whoever speaks
for that party ("Annika Rossel said: 'It is not true that we put money before our
guests'", Rossel being "the resort's managing director" in the batch's articles).

`accused.accused_answers` reads such a pair only when the accused is a capitalised name the
denier's own name holds ("accused Acme of" / "Acme denied"); an accused named by a common
noun ("the resort", "police") and answered by its director, lawyer or spokesperson is left
to the link model, which scores a charge and a first-person denial far under the conflict
bar. What stands for the missing link is who the denier speaks for: the accused party, by
the batch's own appositives and possessives (`speakers.Speakers`: "Acme's lawyer, Jan
Roe", "a spokesman for Acme", "Acme spokeswoman Jan Roe"), or the party itself.

- A claim ACCUSES party P when it asserts (no negation word) "accused P of", "blamed P
  for", "criticised P for" or "P was accused of" (P: up to four words, a common noun
  too: "the resort"; a pronoun is no party).
- A claim DENIES FOR P when its speaker is named, is P or speaks for P
  (`features._speakers_compatible` with P's name), it denies (polarity denies) or holds a
  negation word, and it is no condition or question.
- Such a denial told after the accusation in the accusation's article, the accuser's
  speaker not compatible with the denier's, is a CONFLICT edge at the conflict bar when the
  denial states a word of what the accusation charges (the words after its "of"/"for", by
  stem or concept; not by word vector: a charge of "snow warnings" is no denial of prices
  "this winter") and neither claim is held by a conflict edge already (a side of a found
  point: a second target would reshape it).

Across two outlets the same reading (measured, session 50: bench/README.md) found no
dispute more and set a side with a compound claim's group against three denials (a point
without gold, a mixed side, an agreed fact lost): an outlet's accusation and another
outlet's denial may answer different charges of one party; one article sets the charge and
its answer side by side.

Grammar only (verbs of accusing, negation words); nothing of an event. PURE: reads the
claims' statements, speakers, polarity and positions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from consensus.merge.features import _concept, _Feat, _speakers_compatible
from consensus.merge.lexicon import _STOP
from consensus.merge.score import _Edge
from consensus.merge.slots import _stem
from consensus.models import Polarity

__all__ = ["ACCUSED_CAP", "accused_denial_edges", "accused_party", "charge_words", "words_meet"]

ACCUSED_CAP = 400  # accusations read at most (the first in canonical order)

_PARTY = r"\b(?P<who>(?:\w+(?:['’]s?)?\s+){0,3}?\w+)"
# "accused the resort of", "blamed Acme for", "criticised the council for"
_ACCUSES = re.compile(
    r"\b(?:accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing)|criticis(?:ed|es|e|ing)|"
    rf"criticiz(?:ed|es|e|ing))\s+{_PARTY}\s+(?:of|for)\s+(?P<charge>[^.;:!?]*)",
    re.IGNORECASE,
)
# "the resort has been accused of", "Acme was blamed for"
_IS_ACCUSED = re.compile(
    rf"{_PARTY}\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|stands?|stood)\s+"
    r"(?:accused|blamed|criticised|criticized)\s+(?:of|for)\s+(?P<charge>[^.;:!?]*)",
    re.IGNORECASE,
)
# a word both patterns need (the same case rule): without one, neither is searched
_VERB = re.compile(r"accus|blam|critici[sz]", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NEGATION = re.compile(
    r"^(?:not|no|never|nobody|none|nothing|neither|nor|den(?:y|ied|ies|ying)|"
    r"reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es)?|false|untrue|.*n['’]t)$"
)
_CONDITION = re.compile(r"\b(?:if|whether|unless)\b", re.IGNORECASE)
# words of a party's name that say nothing of who it is
_VAGUE = frozenset(
    "the a an its their his her our this that these those him them it us me you".split()
)
_SPEECH = frozenset(
    "said says say told tell tells added statement claim claims claimed true accused "
    "accusation accusations allegation allegations charge charges suggestion suggestions "
    "report reports".split()
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def accused_party(statement: str) -> tuple[str, frozenset[str]] | None:
    """The party an accusation in `statement` names (lower-cased, no article) and the
    content words of the charge after its "of"/"for"; None without one (see the module
    docstring)."""
    if _VERB.search(statement) is None:
        return None
    m = _ACCUSES.search(statement) or _IS_ACCUSED.search(statement)
    if m is None:
        return None
    who = _words(m.group("who").replace("’", "'").replace("'s", ""))
    # the noun phrase only: the words after the last stop or speech word ("a spokeswoman
    # said the union has been accused" -> union)
    cut = max((k + 1 for k, w in enumerate(who) if w in _STOP or w in _SPEECH), default=0)
    who = [w for w in who[cut:] if w not in _VAGUE]
    charge = charge_words(m.group("charge"))
    if not who or not charge:
        return None
    return " ".join(who), charge


def charge_words(text: str) -> frozenset[str]:
    """The content words of a charge: three letters or more, no stop word."""
    return frozenset(w for w in _words(text) if len(w) > 2 and w not in _STOP)


def _word_set(text: str) -> set[str]:
    return set(_words(text))


def _said(f: _Feat, party: str) -> list[str]:
    """The denial's content words beyond its speaker's and the party's names, speech verbs
    and negation words, sorted."""
    names = _word_set(party) | _word_set(f.speaker or "")
    return sorted(
        w
        for w in charge_words(f.claim.statement)
        if w not in names and w not in _SPEECH and not _NEGATION.match(w)
    )


def words_meet(x: str, y: str) -> bool:
    """Two words meet by stem or one concept of data/concepts.toml, not by word vector
    (a charge's "snow" is no "winter" another denial speaks of)."""
    return _stem(x) == _stem(y) or (_concept(x) or "-") == _concept(y)


def _denies(f: _Feat) -> bool:
    """Whether `f` is a named speaker's denial or negation, no condition or question."""
    text = f.claim.statement
    if not f.speaker or f.conditional or _CONDITION.search(text) or text.rstrip().endswith("?"):
        return False
    return f.claim.polarity == Polarity.denies or any(_NEGATION.match(w) for w in _words(text))


def accused_denial_edges(
    feats: Sequence[_Feat],
    conflict_at: float,
    made: Sequence[_Edge],
    meet: Callable[[str, str], bool] = words_meet,
) -> list[_Edge]:
    """The CONFLICT edges of an accusation and the accused side's denial after it in one
    article (see the module docstring), each pair once. `meet(x, y)`: whether two words meet."""
    held = {k for e in made if e.conflict and not e.conflict.startswith("join") for k in (e.i, e.j)}
    accusations = [
        (t, got)
        for t, f in enumerate(feats)
        if t not in held
        and f.claim.polarity == Polarity.asserts
        and (got := accused_party(f.claim.statement)) is not None
        and not any(_NEGATION.match(w) for w in _words(f.claim.statement))
    ][:ACCUSED_CAP]
    if not accusations:
        return []
    deniers = [d for d, f in enumerate(feats) if d not in held and _denies(f)]
    out: set[tuple[int, int]] = set()
    for t, (party, charge) in accusations:
        teller = feats[t]
        for d in deniers:
            denier = feats[d]
            if teller.article != denier.article or teller.index >= denier.index:
                continue  # (the denial answers what its article told before it)
            if not _speakers_compatible(denier.speaker, party):
                continue  # (the denier neither is nor speaks for the accused)
            if teller.speaker and _speakers_compatible(teller.speaker, denier.speaker):
                continue  # (one side)
            said = _said(denier, party)
            if any(meet(x, y) for x in sorted(charge - _word_set(party)) for y in said):
                out.add((min(t, d), max(t, d)))
    return [
        _Edge(
            round(conflict_at, 4),
            i,
            j,
            "polarity: asserts vs denies"
            if Polarity.denies in (feats[i].claim.polarity, feats[j].claim.polarity)
            else "negation: accused's denial",
        )
        for i, j in sorted(out)
    ]
