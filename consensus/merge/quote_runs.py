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

A run may close with one more remark of its speaker after the quotations ("The union's
president said the land would be lost to farming forever. 'Once it's gone, it's gone,' he
said. He said its members would not give up. The developer says that is simply not
true."): an aside (a pledge, a detail), not what the verdict answers; the reported
statement that opens the run is, as for a run that ends with a quotation. So when the
claim nearest the denial is no quotation and goes on by a pronoun ("He said ..."), a
quotation of its speaker is just before it and a reported statement of that speaker opens
the run, the answer is that statement
(session 69); and `reason_answers` moves such an answer to none of the claims told before
it (`opens_run`): they belong to an earlier passage.

PURE: reads the claims' kinds, speakers, polarity and citation offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from consensus.merge.features import _Feat, _speakers_compatible
from consensus.models import ClaimKind, Polarity

__all__ = ["RUN_REACH", "opens_run", "run_opening"]

# the most characters between the end of the reported statement and the start of the
# denial (a reported sentence and two or three sentences of quotation)
RUN_REACH = 600
# a remark that goes on in its speaker's voice by a pronoun ("He said the members would not
# give up."), not one that names a speaker anew ("The partners say they wrote ...")
_GOES_ON = re.compile(r"[\"“']?(?:he|she|they|it)\s", re.IGNORECASE)


def run_opening(
    feats: Sequence[_Feat], before: Sequence[tuple[int, int, int]], k: int, start: int
) -> int:
    """The claim a denial starting at `start` answers instead of `k` (see the module
    docstring): `before` is its article's claims before it, nearest first, as (start of
    the first quote, end of the last quote, claim); `k` when `k` is no direct quotation,
    the run's first quotation when no reported statement of its speaker opens the run."""
    quoted = feats[k]
    if not quoted.speaker:
        return k
    if quoted.claim.kind is not ClaimKind.direct_quote:
        # a remark after the run ("... ,' he said. He said the members would not give
        # up."): the run's reported opening, when a quotation of its speaker is just before
        # it and a reported statement opens the run; else the remark itself
        opening = _after_quotes(feats, before, k, start)
        return k if opening is None else opening
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
        return q if other.claim.kind is ClaimKind.reported_statement else first
    return first


def _after_quotes(
    feats: Sequence[_Feat], before: Sequence[tuple[int, int, int]], k: int, start: int
) -> int | None:
    """The reported statement that opens the run of quotations of k's speaker told just
    before claim k, when k (no quotation) closes such a run; None when no quotation of its
    speaker is just before k or no reported statement opens the run."""
    who = feats[k].speaker or ""
    if not any(_GOES_ON.match(c.quote) for c in feats[k].citations[:1]):
        return None  # (a speaker named anew opens a passage of its own)
    rest = list(takewhile(lambda x: x[2] != k, before))
    ahead = before[len(rest) + 1 :]
    quotes = 0
    for _, end, q in ahead:
        other = feats[q]
        if start - end > RUN_REACH or other.claim.polarity != Polarity.asserts:
            return None
        if not other.speaker or not _speakers_compatible(other.speaker, who):
            return None
        if other.claim.kind is ClaimKind.direct_quote:
            quotes += 1
            continue
        return q if quotes and other.claim.kind is ClaimKind.reported_statement else None
    return None


def opens_run(
    feats: Sequence[_Feat], before: Sequence[tuple[int, int, int]], t: int, start: int
) -> bool:
    """Whether claim t is the reported statement that opens the run of its speaker's
    quotations told right before a denial starting at `start` (`before`: its article's
    claims before it, nearest first), a closing remark of that speaker after the
    quotations allowed: the run `run_opening` walks back."""
    if not before or feats[t].claim.kind is not ClaimKind.reported_statement:
        return False
    k = before[0][2]
    return k != t and (run_opening(feats, before, k, start) == t)
