"""What a pointing-back denial answers when the claim just before it is a quotation that
goes on with a statement its speaker made in reported speech (`answers.answered`).

News tells an accusation in reported speech and then quotes the accuser: "Her lawyer said
her client had not received a fair trial. 'The judge kept our expert off the stand. That is
not a level playing field,' she said. The district attorney rejected the claim." The claim
rejected is what the reported sentence states (the client had no fair trial); the
quotations that follow it are the accuser's support, and the last of them ("That is not a
level playing field") is no claim of its own that the denial rejects. So when the nearest
claim before the denial is a direct quotation, the answer is the reported statement of the
same speaker that opens the run of quotations, when every claim between the two is a
direct quotation of that speaker and the statement ends within `RUN_REACH` of the denial.
A run that no reported statement of its speaker opens (another voice told the accusation:
"The guides' association said the run should never have opened. 'That slope should have
been closed,' its president said. 'The warning was there in black and white.' The resort
rejected the criticism.") is answered by its first quotation, the accusation in the
speaker's words, not by the support that closes it.

A reported sentence the extractor cut into pieces ("Belardi said the crew had followed every
rule and that the company would appeal.": two claims of one speaker, the second citing only
what follows "and that") is answered by its opening piece: a denial after it ("The
regulator rejected the claim.") answers what the sentence first holds, not the clause it
happens to end on (`sentence_opening`). A piece is of the same sentence as the claim before
it when that claim is its speaker's, of its kind, and its last quote stops without a
sentence's end within `PIECE_GAP` characters of the piece.

PURE: reads the claims' kinds, speakers, polarity and citation offsets.
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.features import _Feat, _speakers_compatible
from consensus.models import ClaimKind, Polarity

__all__ = ["PIECE_GAP", "RUN_REACH", "run_opening", "sentence_opening"]

# the most characters between the end of the reported statement and the start of the
# denial (a reported sentence and two or three sentences of quotation)
RUN_REACH = 600
# the most characters between two pieces of one cut sentence (", and that ", " and that ")
PIECE_GAP = 12
# what ends a sentence (a quote's last character, closing quotation marks aside)
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = "\"'”’)"


def run_opening(
    feats: Sequence[_Feat], before: Sequence[tuple[int, int, int]], k: int, start: int
) -> int:
    """The claim a denial starting at `start` answers instead of `k` (see the module
    docstring): `before` is its article's claims before it, nearest first, as (start of
    the first quote, end of the last quote, claim); `k` when `k` is no direct quotation,
    the run's first quotation when no reported statement of its speaker opens the run."""
    quoted = feats[k]
    if quoted.claim.kind is not ClaimKind.direct_quote or not quoted.speaker:
        return sentence_opening(feats, before, k)
    seen = False
    first = k  # the run's first quotation so far
    for _, end, q in before:
        if q == k:
            seen = True
            continue
        if not seen:
            continue
        if start - end > RUN_REACH:
            return first
        other = feats[q]
        if other.claim.polarity != Polarity.asserts or not other.speaker:
            return first
        if not _speakers_compatible(other.speaker, quoted.speaker):
            return first  # (another voice: the run ends without a reported statement)
        if other.claim.kind is ClaimKind.direct_quote:
            first = q
            continue
        if other.claim.kind is ClaimKind.reported_statement:
            return sentence_opening(feats, before, q)  # (a cut sentence: its opening piece)
        return first
    return first


def sentence_opening(feats: Sequence[_Feat], before: Sequence[tuple[int, int, int]], k: int) -> int:
    """The opening piece of the reported sentence claim `k` ends (see the module docstring):
    `before` is its article's claims, nearest first, as (start of the first quote, end of
    the last quote, claim); `k` itself when it opens its sentence."""
    piece = feats[k]
    if not piece.speaker or not piece.citations:
        return k
    first = k
    start = piece.citations[0].start
    for _, end, q in before:
        if q == first or end > start:
            continue  # (itself, or a claim overlapping the piece)
        if start - end > PIECE_GAP:
            break
        other = feats[q]
        if (
            other.claim.kind is not piece.claim.kind
            or other.claim.polarity != Polarity.asserts
            or not other.speaker
            or not _speakers_compatible(other.speaker, piece.speaker)
            or _ends_sentence(other.citations[-1].quote)
        ):
            break
        first, start = q, other.citations[0].start
    return first


def _ends_sentence(quote: str) -> bool:
    """Whether a quote stops at a sentence's end ("... every rule." but not "... every rule")."""
    tail = quote.rstrip().rstrip(_CLOSERS).rstrip()
    return not tail or tail[-1] in _SENTENCE_END
