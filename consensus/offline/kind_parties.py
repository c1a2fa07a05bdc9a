"""A claim's speaker named by its kind alone ("the company said", "a council spokesman said"),
resolved to the one body of that kind the same article names ("Vesta Foods", "Tarnby
Council"), so that the merger compares named parties and never a bare kind.

Across outlets one writes "Vesta Foods said" and another "the company said"; the merger
cannot tell which named party a bare kind stands for, and taking it for any party of the
batch joins the two sides of a dispute between two companies. The article itself knows:
its kinds are learned from its own text by `named_kinds` (the last word of one capitalised
name that the text also writes lower case after "the": "Tarnby Regional Airport" ... "the
airport"), and a kind is resolved only when the article names exactly one body of it.

Only the claim's speaker changes; its statement and citations (the verbatim words) stay as
the article wrote them. A speaker with any capitalised word, a person, or a kind the article
names no body by (or two) is left alone. Never reads another article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from consensus.models import Claim

__all__ = ["resolve_kind_speakers"]

# the voice of a body named by its kind ("company spokesman" -> "Vesta Foods spokesman")
_VOICES = frozenset("spokesman spokeswoman spokesperson spokespeople".split())


def kind_party(speaker: str, kinds: Mapping[str, str]) -> str | None:
    """The named party a speaker written as a bare kind stands for in its article ("company"
    -> "Vesta Foods", "the council spokesman" -> "Tarnby Council spokesman"), given the
    article's kinds (`named_kinds`); None when the speaker is no bare kind or the article
    names no one body of it."""
    words = speaker.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or any(not w.islower() for w in words):
        return None
    name = kinds.get(words[0])
    if name is None or not all(w in _VOICES for w in words[1:]):
        return None
    return " ".join([name, *words[1:]])


def resolve_kind_speakers(claims: Iterable[Claim], kinds: Mapping[str, str]) -> list[Claim]:
    """`claims` with each speaker written as a bare kind replaced by the one body of that
    kind its article names (`kind_party`); every other field as it was."""
    out = []
    for claim in claims:
        party = kind_party(claim.speaker, kinds) if claim.speaker else None
        out.append(claim if party is None else claim.model_copy(update={"speaker": party}))
    return out
