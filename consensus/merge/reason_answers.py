"""What a denial that points back answers, read from the reasons it gives next (link rule
2, after `answers.answered` and `pronoun_denials.pronoun_answers`).

A denial that names nothing of what it rejects ("Carrowby Water said the claim was
untrue.", "Ostrel Coaches rejected the police account.") is set against the nearest claim
before it by another side. The accuser often says several things in a row, and the
nearest of them need not be the accusation: "Brenik said the driver had been travelling
far above the limit on the descent. 'We are not looking at a mechanical cause,' he said.
The driver survived with a broken leg, Brenik added. Ostrel Coaches rejected the police
account. The company said the coach's brakes had failed on the descent." The denier's
reasons, the claim its article tells right after the denial in its voice
(`denial_reasons.reason_after`), answer the accusation, so they speak of what it speaks
of (the descent), not of the aside told last (his broken leg).

So the answer moves to the claim of the accuser's passage (a claim of the same speaker,
`features._speakers_compatible`, in the denial's article, before it, ending within
`REASON_REACH` characters of its start) that shares the most with the reasons, when it
shares more than the claim answered and at least `REASON_SHARE`. The passage is the one
the answered claim ends: a claim told in another voice or in none before it ("The
charity's sharpest claim concerns the Brask valley. It said DNA tests had found ...")
opens a new one, and the accuser's remark a paragraph up ("'But if you are going to shoot
a protected animal ...,' she said") is no part of it (`_passage_start`); nor is anything
told before a reported statement that opens the quotations just before the denial
(`quote_runs.opens_run`: the run's own opening is the answer). What is shared is the
reasons' lower-case content words (names say who and where, not what is at issue), not a
word of the denier's own name ("the coach's brakes", said for Ostrel Coaches), each
weighed by its IDF in the batch: one word the story seldom uses ("generator") tells the
accusation, one it is full of ("the board") does not. The answer stays when the
denial's report noun names an act the answered claim tells by its verb ("rejects that
explanation" / "set off the fall": `answers._act_named`), when the answered claim accuses
the denier by name ("The guild accused Tessor of shipping tablets abroad. Tessor denied
the claim.": `accused._accused`; the accusation of the denier is what it answers, whatever
an earlier remark of the accuser's voice, such as its president's, shares with its reasons),
or when there are no reasons.

PURE: reads the claims' statements, speakers, polarity and citation offsets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from consensus.merge.accused import _accused, _is_the_denier
from consensus.merge.answers import (
    _BACK_REFERENCE,
    _REQUEST,
    _act_named,
    _one_side,
    _spans_by_article,
)
from consensus.merge.claim_words import content_stems
from consensus.merge.denial_reasons import reason_after
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import _REPORT_NOUNS, _SPEECH
from consensus.merge.quote_runs import opens_run
from consensus.models import Polarity

__all__ = ["REASON_REACH", "reasoned_answers"]

# the least summed IDF of the words the reasons share with the claim they move the answer
# to: one word the batch seldom uses ("generator", "descent"), not one its story is full
# of ("the board", "the bank"), which an aside shares with the reasons by chance (fitted on
# the training census of session 33: moves at 1.7-3.0 right, at 1.0-1.3 wrong)
REASON_SHARE = 1.5
# the most characters between the end of a claim of the accuser's passage and the start of
# the denial (a reported sentence and two or three sentences of quotation, as
# `quote_runs.RUN_REACH`)
REASON_REACH = 600
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NOT_AT_ISSUE = content_stems(" ".join(sorted(_REPORT_NOUNS | _SPEECH)))


def _at_issue(f: _Feat) -> frozenset[str]:
    """The stems of a claim's lower-case content words (its statement and quotes), not a
    report noun nor a speech word: what it speaks of, not who or where."""
    texts = [f.claim.statement, *(c.quote for c in f.citations)]
    words = " ".join(w for t in texts for w in _WORD.findall(t) if w.islower())
    return content_stems(words) - _NOT_AT_ISSUE


def reasoned_answers(
    feats: Sequence[_Feat], answers: Mapping[int, int], idf: Mapping[str, float]
) -> dict[int, int]:
    """`answers` (denial -> the claim it answers), each answer moved to the claim of the
    accuser's passage its reasons speak of (see the module docstring); the words shared
    are weighed by `idf` (the batch's inverse document frequency of each stem: "the
    descent" says more than "the coach" in a story about a coach)."""

    def shared(x: frozenset[str], y: frozenset[str]) -> float:
        return sum(idf.get(w, 1.0) for w in x & y)

    by_article = _spans_by_article(feats)
    out = dict(answers)
    for d, t in answers.items():
        f, accused = feats[d], feats[t]
        if not accused.speaker or not f.citations:
            continue
        if _act_told(f, accused):
            continue  # ("rejects that explanation": the claim telling what caused it)
        if _accuses_denier(f, accused):
            continue  # ("accused Tessor of ...", denied by Tessor: that accusation)
        r = reason_after(feats, by_article, d)
        if r is None:
            continue
        # (the denier's own name and kind words say who answers, not what: "the company
        # said the coach's brakes had failed", by Ostrel Coaches)
        who = " ".join(x.casefold() for x in (f.speaker, f.claim.subject, feats[r].speaker) if x)
        reasons = _at_issue(feats[r]) - content_stems(who)
        shared_t = shared(reasons, _at_issue(accused))
        start = max(c.start for c in f.citations)
        # (shared words, end, claim) of the accuser's claims before the denial
        passage: list[tuple[float, int, int]] = []
        opens = _passage_start(feats, by_article[f.article], t, (d, r))
        before = sorted(
            (x for x in by_article[f.article] if x[0] < start and x[2] != d), reverse=True
        )
        if opens_run(feats, before, t, start):
            # (the reported opening of the quotations just before: what is said before it
            # is an earlier passage, whatever word the reasons share with it)
            opens = max(opens, min(s for s, _, k in before if k == t))
        for s, end, k in by_article[f.article]:
            if k in (d, t, r) or s >= start or start - end > REASON_REACH or s < opens:
                continue
            other = feats[k]
            if other.claim.polarity != Polarity.asserts or not other.speaker:
                continue
            if _REQUEST.search(other.claim.statement):
                continue  # (a request, "asked a court to order a recount", is no accusation)
            if not _speakers_compatible(other.speaker, accused.speaker):
                continue  # (the accuser's passage only)
            if _one_side(f.speaker, other.speaker):
                continue
            passage.append((shared(reasons, _at_issue(other)), end, k))
        if passage:
            most, _, k = max(passage)  # (most shared; of those, the nearest)
            if most > shared_t and most >= REASON_SHARE:
                out[d] = k
    return out


def _passage_start(
    feats: Sequence[_Feat], spans: Sequence[tuple[int, int, int]], t: int, skip: Sequence[int]
) -> int:
    """Where the accuser's passage that ends with the answered claim `t` opens: after the
    last claim before `t` told in another voice or in none ("The charity's sharpest claim
    concerns the valley. It said tests had found ..."), which starts a new passage; 0 when
    there is none. A claim told before it belongs to an earlier passage, not to this one."""
    accuser = feats[t].speaker
    t_start = min((s for s, _, k in spans if k == t), default=0)
    opens = 0
    for s, end, k in spans:
        if k == t or k in skip or s >= t_start:
            continue
        who = feats[k].speaker
        if not who or not accuser or not _speakers_compatible(who, accuser):
            opens = max(opens, end)
    return opens


def _act_told(f: _Feat, accused: _Feat) -> bool:
    """Whether the denial's report noun names an act ("that explanation", "the
    accusation") that the claim it answers tells by its verb ("set off the fall",
    "accused the directors"): what the denial's own words point at, read before its
    reasons (`answers._act_named`)."""
    back = _BACK_REFERENCE.search(f.claim.statement)
    act = _act_named(back.group()) if back is not None else None
    return act is not None and any(act.search(c.quote) for c in accused.citations)


def _accuses_denier(f: _Feat, accused: _Feat) -> bool:
    """Whether the answered claim's quotes accuse the denier by name ("accused Tessor of",
    "Tessor was accused of", denied by "tessor" or "tessor labs": `accused._accused`)."""
    return bool(f.speaker) and any(
        _is_the_denier(name, f.speaker or "")
        for c in accused.citations
        for name in _accused(c.quote)
    )
