"""The reasons a denial that points back gives next (pipeline step 5): "The regional
governor rejected that. He said the civil protection office had sent text alerts to
every village." A denial that names nothing of what it rejects ("denied the
report", "rejected that.": `answers.points_back`, `pronoun_denials.pronoun_back`) is
answered by its article's claim just before it (`answers.answered`,
`pronoun_denials.pronoun_answers`), and the point it makes would show the denial's side
as "X rejected that." alone: what the party says instead is the claim its article tells
right after it, in the same voice. That claim is shown on the denial's side, cited
verbatim, when it is the next claim of the article (within `REASON_GAP` characters), an
assertion, told by the denier's side, by someone named only as a spokesperson ("a
spokesman said") or by a pronoun ("It says the company cut back on roof bolts": the party
that just denied), and on no point of its own; so is a claim that follows it in the same
voice within `JOINED_GAP` characters, the rest of one sentence of reasons ("The company
says its operators can stop work at any time and that no such request was received":
`reasons_after`). A claim no other origin states is then
shown there only; one that another origin states (or a clause of a longer claim backs)
stays an item of its own too, as a party's side stays agreed (`party_sides`).

PURE: reads the claims' statements, speakers and citations.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from consensus.merge.answers import _one_side, _spans_by_article, points_back
from consensus.merge.described_deniers import described_denier, pronoun_voice
from consensus.merge.features import _Feat
from consensus.merge.pronoun_denials import pronoun_back
from consensus.models import Polarity

__all__ = ["JOINED_GAP", "REASON_GAP", "denial_reasons", "reason_after", "reasons_after"]

# the most characters between the end of the denial and the start of its reasons (the next
# sentence: "The company denied that. Lotte Maes said ...")
REASON_GAP = 200
# the most characters between a reason and the next claim of its sentence that gives the
# denial's reasons with it ("The company says its operators can stop work at any time and
# that no such request was received": " and that ")
JOINED_GAP = 12
# a quote that ends its sentence ("... on Tuesday." / "... on Tuesday.”")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")
_SPOKES = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)
# a speaker named by these words only speaks for a party ("the spokesman", "a spokeswoman")
_SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "company"})


def reason_after(
    feats: Sequence[_Feat], by_article: Mapping[str, list[tuple[int, int, int]]], d: int
) -> int | None:
    """The claim right after denial `d` in its article that gives its reasons, or None."""
    f = feats[d]
    end = max(c.end for c in f.citations)
    after = sorted(x for x in by_article[f.article] if x[0] >= end and x[2] != d)
    if not after:
        return None
    start, _, k = after[0]
    other = feats[k]
    if start - end > REASON_GAP or other.claim.polarity != Polarity.asserts:
        return None
    if pronoun_voice(other.claim.statement):  # (a pronoun's voice: `described_deniers`)
        return k  # ("It says the operator cut back on roof bolts": the denier, named just before)
    if not f.speaker or not other.speaker:
        return None
    if _one_side(f.speaker, other.speaker) or _spokesperson(other):
        return k
    if described_denier(feats, by_article, d, k):
        return k  # ("the leasing company said": the denier named just before)
    return None


def reasons_after(
    feats: Sequence[_Feat], by_article: Mapping[str, list[tuple[int, int, int]]], d: int
) -> list[int]:
    """`reason_after` of denial `d`, with the claims that follow it in the same voice within
    `JOINED_GAP` characters, until a quote ends its sentence (the rest of one sentence
    split into claims: "says its operators can stop work at any time and that no such
    request was received")."""
    k = reason_after(feats, by_article, d)
    out = [] if k is None else [k]
    while out:
        last = feats[out[-1]]
        end = max(c.end for c in last.citations)
        if _SENTENCE_END.search(max(last.citations, key=lambda c: c.end).quote):
            break  # (its sentence ends there: the next one may tell another fact)
        after = sorted(x for x in by_article[last.article] if x[0] >= end and x[2] != d)
        after = [x for x in after if x[2] not in out]
        if not after:
            break
        start, _, j = after[0]
        other = feats[j]
        if (
            start - end > JOINED_GAP
            or other.claim.polarity != Polarity.asserts
            or (other.speaker or "") != (last.speaker or "")
        ):
            break
        out.append(j)
    return out


def _spokesperson(f: _Feat) -> bool:
    """Whether a claim is told by someone named only as speaking for a party ("a
    spokesman said", "a spokeswoman, Lotte Maes, told the Courier"): right after a bare
    denial, the denier's voice."""
    return (
        any(_SPOKES.search(c.quote) for c in f.citations)
        or set((f.speaker or "").split()) <= _SPOKES_WORDS
    )


def denial_reasons(
    feats: Sequence[_Feat],
    groups: Sequence[Sequence[_Feat]],
    group_of: Mapping[int, int],
    in_points: Collection[int],
    gis: Sequence[int],
) -> dict[int, list[_Feat]]:
    """For the groups `gis` of one point: group -> the reasons of its denials that point back
    (see the module docstring), each a member of a group in no point (`in_points`)."""
    by_article: dict[str, list[tuple[int, int, int]]] | None = None
    out: dict[int, list[_Feat]] = {}
    for gi in gis:
        for f in groups[gi]:
            if f.claim.polarity != Polarity.denies or not f.citations:
                continue
            if not points_back(f.claim.statement) and pronoun_back(f.claim.statement) is None:
                continue
            if by_article is None:
                by_article = _spans_by_article(feats)
            for k in reasons_after(feats, by_article, f.pos):
                gk = group_of.get(k)
                if gk is None or gk in in_points:
                    continue
                out.setdefault(gi, []).append(feats[k])
    return out
