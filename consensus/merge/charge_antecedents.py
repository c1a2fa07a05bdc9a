"""The charge a short denial answers (link rule 2, read inside one article): "Ole Roe
accused the company of running its pens with worn-out equipment. "We have warned about
this site for years," he said. The firm rejected the criticism." A short denial that
points back ("rejected that", "denied the claim": `answers.answered`,
`pronoun_denials.pronoun_answers`) is first bound to the claim told just before it; when
that is a remark that charges no one (often the accuser's own quotation after the charge),
the denial answers the charge told a sentence or two further up instead: the nearest
earlier claim of its article, within `CHARGE_REACH` characters (about the paragraph and
the one before), that another side tells and whose quotes charge the denier.

A quote charges the denier when a verb of charging (`data/charge_verbs.toml`: "accused X
of", "blamed X for") has the denier as its object, or a verb of telling has it as the
subject of a done act ("said the council had ignored ...", "claimed that the firm had
hidden ..."; a state, "said the hotel was giving every assistance", is a remark, often of
the party's own side). The denier is that object or subject when a word of it (by stem) is
a word of the denier (its speaker, or the words of the denial before its verb: "Paolo Roe,
the company's director" for "the company"), or when it is a bare description ("the
company", "its owner") and the denier is named by a proper name only ("Brennoy Seafarms":
nothing tells that it is not the company; a denier told by a description of another head,
"The union", is not "the mayor"). A name that is not the denier's, or a pronoun ("accused
him of"), is no charge of the denier, nor is a charge told as a clause of a sentence that
states another fact ("The weather office had issued a warning, and skiers accused the
company of ...", "a report ..., which accused Acme of ...": the denial answers the charge,
not the warning, and is left as it was); a claim that charges anyone at all ("accused him of
...") is a charge the denial may answer, and keeps it.

Not read past a denial (another side's denial answers what it answers) nor past the
denier's own words; a denial whose first binding already charges someone, or that cites
more than `SHORT` words before the account it gives of its own (", saying the net had been
inspected": it says more than that it rejects something), keeps it.

A short denial whose own sentence tells the charge before its denial verb ("The opposition
accused the minister of slowing visas; he denied it.", "Clarosa, the firm accused by
campaigners of over-pumping, has denied the charge": `charge_in_sentence`) answers no claim
told before it: the sentence holds both sides, and the nearest claim before it is another
matter. It is left unanswered (a denial tied to nothing is better than a false point).

PURE: reads the claims' statements, speakers and citations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from consensus.merge.answers import _one_side, _spans_by_article, claims_before, points_back
from consensus.merge.claim_words import OWN_ACCOUNT
from consensus.merge.features import _Feat
from consensus.merge.lexicon import alternatives
from consensus.merge.pronoun_denials import pronoun_back
from consensus.merge.slots import _stem
from consensus.models import Polarity

__all__ = [
    "CHARGE_REACH",
    "SHORT",
    "charge_in_sentence",
    "charged_answers",
    "charges",
    "charges_denier",
]

# the most characters between the end of the charge and the start of the denial (the
# paragraph of the denial and the one before: a charge, the accuser's quotation, the answer)
CHARGE_REACH = 600
# the most words a short denial cites (more: it states what it rejects or why)
SHORT = 12
_DATA = "charge_verbs.toml"
# the party a verb names: a description ("the company", "its owner") or a name ("Brennoy
# Seafarms"), up to three words
_PARTY = (
    r"(?:(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    # a pronoun ("accused him of"): a charge of someone, never taken for the denier here
    r"|him|her|them|it|us|me|he|she|they|we)"
)
# what before a charge verb makes it a clause of another fact: another clause joined before
# it ("The weather office had issued a warning, and a group of skiers accused the company
# of ...") or a relative clause it opens ("a report ..., which accused Lumora of ...")
_OTHER_FACT = re.compile(r"(?:,\s+(?:and|but)\s|;\s|\b(?:which|that)\s+(?:also\s+)?$)", re.I)
_PRONOUN = frozenset("him her them it us me he she they we".split())
# the act told of the party: done ("said the council had ignored"), not a state ("said the
# hotel was giving every assistance": a remark, often of the party's own side)
_DONE = r"(?:had|has)\b"
_DESCRIPTION = re.compile(r"(?:the|its|their|his|her)\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_DENIAL_VERB = re.compile(
    r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|disput(?:ed|es)|refut(?:ed|es)|"
    r"rebut(?:ted|s)?|call(?:ed|s)?|said|says)\b",
    re.IGNORECASE,
)
_ARTICLES = frozenset("the its their his her a an".split())
# a charge verb with what it charges a party of, a few words on ("accused the minister of",
# "accused by campaigners of"): told in a denial's own sentence before its verb
_OF = r"\s+(?:[\w'’-]+\s+){0,4}?(?:of|for)\b"


@cache
def _patterns() -> re.Pattern[str]:
    """The verbs of `data/charge_verbs.toml` with the party they charge, one pattern."""
    objects = alternatives(_DATA, "objects")
    tells = alternatives(_DATA, "tells")
    return re.compile(
        rf"\b(?:(?i:{objects})\s+(?P<object>{_PARTY})\b"
        rf"|(?i:{tells})\s+(?:(?i:that)\s+)?(?P<subject>{_PARTY})\s+(?i:{_DONE}))"
    )


def _words(text: str) -> set[str]:
    """The stems of a text's words, without articles and possessives."""
    return {_stem(w.casefold()) for w in _WORD.findall(text) if w.casefold() not in _ARTICLES}


def charges(quote: str, denier: str, proper: bool) -> bool:
    """Whether `quote` charges the party `denier` (the words naming it; `proper` when those
    are a proper name only): see the module docstring."""
    own = _words(denier)
    for m in _patterns().finditer(quote):
        party = m.group("object") or m.group("subject")
        if party.casefold() in _PRONOUN or _OTHER_FACT.search(quote, 0, m.start()):
            continue  # (a pronoun; a charge told as a clause of another fact)
        if _words(party) & own:
            return True
        if proper and _DESCRIPTION.match(party):
            return True
    return False


@cache
def _own_charge() -> re.Pattern[str]:
    """A charge verb of `data/charge_verbs.toml` ("objects") with what it charges of."""
    return re.compile(rf"\b(?i:{alternatives(_DATA, 'objects')}){_OF}", re.IGNORECASE)


def charge_in_sentence(quote: str) -> bool:
    """Whether a short denial's quote tells the charge it rejects before its denial verb
    ("The opposition accused the minister of slowing visas; he denied it.", "Clarosa, the
    firm accused by campaigners of over-pumping, has denied the charge"): the sentence
    holds both sides, and the claim told before it is not what it rejects."""
    charge = _own_charge().search(quote)
    if charge is None:
        return False
    rest = quote[charge.end() :]
    return points_back(rest) or pronoun_back(rest) is not None


def _charged(f: _Feat) -> bool:
    """Whether a claim's quotes charge anyone (a party of any name)."""
    return any(_patterns().search(c.quote) for c in f.citations)


def _denier(f: _Feat) -> tuple[str, bool]:
    """The words naming a denial's party (its speaker and the words of its last quote before
    the denial verb) and whether they are a proper name only (every word capitalised in the
    quote)."""
    last = max(f.citations, key=lambda c: c.start)
    verb = _DENIAL_VERB.search(last.quote)
    head = last.quote[: verb.start()] if verb else ""
    names = f"{f.speaker or ''} {head}"
    words = _WORD.findall(head)
    proper = bool(words) and all(w[:1].isupper() for w in words)
    return names, proper


def charges_denier(denial: _Feat, other: _Feat) -> bool:
    """Whether a quote of `other` accuses the party of the short denial `denial` (its
    speaker and the words before its denial verb, `_denier`) by a verb of charging with
    what it charges of ("accused the company of ..."); a verb of telling ("said the crane
    had ...") is no such sign here."""
    if not denial.citations:
        return False
    denier, proper = _denier(denial)
    return bool(denier.strip()) and any(
        _own_charge().search(c.quote) is not None and charges(c.quote, denier, proper)
        for c in other.citations
    )


def charged_answers(feats: Sequence[_Feat], answers: Mapping[int, int]) -> dict[int, int]:
    """`answers` (denial -> the claim it answers) with each short denial whose claim charges
    no one bound to the charge against its denier a sentence or two up, when there is one
    (see the module docstring)."""
    out = dict(answers)
    by_article = None
    for d, t in answers.items():
        f = feats[d]
        if not f.citations:
            continue
        if charge_in_sentence(max(f.citations, key=lambda c: c.start).quote):
            del out[d]  # (its own sentence tells the charge: no claim before it is)
            continue
        if _charged(feats[t]):
            continue
        last = max(f.citations, key=lambda c: c.start)
        if len(OWN_ACCOUNT.split(last.quote, maxsplit=1)[0].split()) > SHORT:
            continue  # (its own account after it is no part of the denial: ", saying ...")
        denier, proper = _denier(f)
        if not denier.strip():
            continue
        if by_article is None:
            by_article = _spans_by_article(feats)
        for k in claims_before(feats, by_article, d, CHARGE_REACH):
            other = feats[k]
            if other.claim.polarity == Polarity.denies or _one_side(f.speaker, other.speaker):
                break  # (another side's denial, or the denier's own words)
            if other.claim.polarity != Polarity.asserts:
                continue
            if any(charges(c.quote, denier, proper) for c in other.citations):
                out[d] = k
                break
    return out
