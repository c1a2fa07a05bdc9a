"""Drafts: a claim being built (statement, kind, speaker, evidence spans), how a statement
names its speaker, and the evidence slice whose quote is always the article's own text."""

from __future__ import annotations

from dataclasses import dataclass, field

from consensus.models import ClaimKind, Evidence
from consensus.offline.names import ALWAYS_NATIONALITIES, DEMONYM
from consensus.offline.role_speakers import common_head

_UNNAMED_SOURCE = "unnamed quoted source"
_OPENING_MARKS = ("“", '"', "„")


def _evidence(text: str, start: int, end: int) -> Evidence:
    quote = text[start:end]
    ev = Evidence(quote=quote, start=start, end=end)
    assert text[ev.start : ev.end] == ev.quote  # the one promise this module never breaks
    return ev


@dataclass
class _Draft:
    statement: str
    kind: ClaimKind
    speaker: str | None
    start: int
    end: int
    extra: list[tuple[int, int]] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    inner: bool = False  # one sentence of a multi-sentence quotation
    joined: bool = False  # the extra span continues the clause (an aside cut out between)
    lead_span: tuple[int, int] | None = None  # the carried subject's place in the text
    # names the statement states that its span writes inside a compound word ("Oslo" of
    # "Oslo-based Lumatek": `phrases.Fact`), entities of the claim after the span's own
    named: tuple[str, ...] = ()


def _quoted_by(drafts: list[_Draft], speaker: str) -> None:
    """Drafts of a quotation's paragraphs, now that its speaker is known."""
    for d in drafts:
        body = d.statement if d.statement[:1] in _OPENING_MARKS else f"“{d.statement}”"
        said = f"{_named(speaker)} said {body}"
        d.statement = said[:1].upper() + said[1:]
        d.speaker, d.kind = speaker, ClaimKind.direct_quote


def _named(speaker: str) -> str:
    """How a statement names its speaker: a body named by a common noun takes its article
    back ("the health ministry said", "according to the airline"); a name or a plural
    stands alone."""
    if speaker.endswith("s") and not speaker.endswith("ss"):
        return speaker  # "fire officials said", "according to aid groups"
    first, _, rest = speaker.partition(" ")
    demonym = DEMONYM.fullmatch(first) or first in ALWAYS_NATIONALITIES
    if speaker[:1].islower() or (demonym and rest[:1].islower()) or common_head(speaker):
        return f"the {speaker}"  # "the German foreign ministry", "the Nato spokesman"
    return speaker
