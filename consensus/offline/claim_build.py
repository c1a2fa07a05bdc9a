"""Drafts -> Claims: a draft's kind from its own span (denial, quotation, quantity,
reported statement, opinion, event), then each claim's hedges, time, entities, subject,
quantities and evidence; the same statement twice is one claim with more evidence."""

from __future__ import annotations

from consensus.models import Claim, ClaimKind, Polarity, Quantity, TimeRef
from consensus.offline.article_entities import ArticleEntities
from consensus.offline.dates import TimesBySpan
from consensus.offline.drafts import _Draft, _evidence
from consensus.offline.kinds import (
    _HEDGE,
    _HEDGE_KEYS,
    _OPINION,
    _OPINION_KEYS,
    _cue,
    _modifies_a_noun,
    denies,
)
from consensus.offline.quantities import _quantities, _significant
from consensus.offline.sentences import _in_quotes, _Sentence, _trim
from consensus.offline.statements import _noun_phrase


class ClaimBuilder:
    def __init__(
        self,
        text: str,
        sentences: list[_Sentence],
        times: list[tuple[int, int, TimeRef]],
        ents: ArticleEntities,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.times = times
        self.time_spans = TimesBySpan(times)
        self.ents = ents

    def draft(
        self,
        statement: str,
        speaker: str | None,
        start: int,
        end: int,
        direct: bool = False,
    ) -> _Draft:
        a, b = _trim(self.text, start, end)
        while b > a and self.text[b - 1] in ",;":
            b -= 1
        body = self.text[a:b]
        if denies(body):
            kind = ClaimKind.denial
        elif speaker is not None and direct:
            kind = ClaimKind.direct_quote
        elif any(_significant(q) for q in self._qty(a, b)):
            kind = ClaimKind.quantity
        elif speaker is not None:
            kind = ClaimKind.reported_statement
        elif _cue(_OPINION, _OPINION_KEYS, body):
            kind = ClaimKind.opinion
        else:
            kind = ClaimKind.event
        d = _Draft(statement, kind, speaker, a, b)
        d.extra = []
        return d

    def named(self, statement: str, start: int, end: int, names: tuple[str, ...]) -> _Draft:
        """A draft in the outlet's words (no speaker) that also names `names`, written
        inside a compound word of its span (`_Draft.named`)."""
        d = self.draft(statement, None, start, end)
        d.named = names
        return d

    def _qty(self, a: int, b: int) -> list[Quantity]:
        masked = self.time_spans.overlapping(a, b)
        return _quantities(self.text, a, b, masked)

    def build(self, drafts: list[_Draft]) -> list[Claim]:
        claims: list[Claim] = []
        by_statement: dict[str, int] = {}
        for d in drafts:
            if len(d.statement) < 3 or " " not in d.statement.strip():
                continue  # (one word, "Wren" cut from "Wren, who ..., had ...": no claim)
            a, b = d.start, d.end
            body = self.text[a:b]
            hedges = d.hedges
            if _cue(_HEDGE, _HEDGE_KEYS, body):
                found = [m for m in _HEDGE.finditer(body) if not _modifies_a_noun(body, m)]
                hedges = [m.group() for m in found] + hedges
            time = self.time_spans.first_within(a, b)
            if time is None and d.inner:
                # A quoted sentence takes its time from the attribution around it
                # ("In a March 14 post on Truth Social, Trump stated: …").
                time = self._context_time(a)
            entities = self.ents.entities(a, b, d.speaker)
            if d.lead_span is not None:
                # "Rebels captured …" names the rebels although the span ("capturing …") does not.
                carried = self.ents.entities(*d.lead_span, None)
                first = entities[:1] if d.speaker else ()
                entities = tuple(dict.fromkeys(first + carried + entities))
            entities = tuple(dict.fromkeys(entities + d.named))
            quantities = self._qty(a, b)
            if d.joined:  # the rest of the clause after an aside
                for s2, e2 in d.extra:
                    more = self.ents.entities(s2, e2, None)
                    entities = tuple(dict.fromkeys(entities + more))
                    quantities += self._qty(s2, e2)
                    if time is None:
                        time = self.time_spans.first_within(s2, e2)
            subject = (
                d.speaker
                if d.speaker
                and d.kind
                in (ClaimKind.reported_statement, ClaimKind.direct_quote, ClaimKind.denial)
                else None
            )
            if subject is None:
                subject = next((e for e in entities if e != d.speaker), None) or d.speaker
            if subject is None:
                subject = _noun_phrase(d.statement)
            evidence = [_evidence(self.text, a, b)]
            evidence += [_evidence(self.text, s, e) for s, e in d.extra]
            claim = Claim(
                statement=d.statement,
                kind=d.kind,
                subject=subject,
                entities=entities,
                speaker=d.speaker,
                polarity=Polarity.denies if d.kind is ClaimKind.denial else Polarity.asserts,
                hedges=tuple(dict.fromkeys(hedges)),
                quantities=tuple(quantities),
                time=time,
                evidence=tuple(evidence),
            )
            if d.statement in by_statement:
                # The same sentence twice (repeated standfirsts): one claim, more evidence.
                i = by_statement[d.statement]
                old = claims[i]
                claims[i] = old.model_copy(update={"evidence": old.evidence + claim.evidence})
                continue
            by_statement[d.statement] = len(claims)
            claims.append(claim)
        return claims

    def _context_time(self, pos: int) -> TimeRef | None:
        for sent in self.sentences:
            if sent.start <= pos < sent.end:
                for s, e, t in self.times:
                    if sent.start <= s and e <= sent.end and not _in_quotes(s, list(sent.quotes)):
                        return t
        return None
