"""One speaker's two short quotations that share little: two remarks, not one claim (link
rule 7).

Two statements that each give one speaker's words as a short quotation ('Jane Roe said:
"The driver fired on the crowd."' / 'Jane Roe wrote: "The driver of a truck made dozens
of victims."') link on their speaker and attribution when what is quoted shares a word or
two: two quotations of one remark share most of their words, two remarks of one person a
topic word. Such a pair (each of at most `SHORT_QUOTE` content concepts) joins only when
it links at `QUOTES_LINK_AT` or above, or when what the two quote meets (the Dice
coefficient of their content concepts at `QUOTES_MEET` or above). A paraphrase of one
remark in other words is lost with them (one in the made-up clusters: "lost the trust of
this chamber" / "deserves a leader it can trust"). Read by `link.link_edges` on its join
pairs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.roles import _ATTRIBUTING_CONCEPTS

_QUOTED = re.compile(r'"[^"]+"|“[^”]+”')
_WORD = re.compile(r"\w+")
# the Dice coefficient of two quotations' content concepts (beyond names and attributing
# words) from which they meet: below it they share a topic word or two, no statement
QUOTES_MEET = 0.4
# the link probability from which two such quotations join whatever their words (at
# `REPORTED_AT` and 0.45, nine agreed facts of the made-up clusters were lost: one remark
# in two wordings links better than two remarks)
QUOTES_LINK_AT = 0.4
# the most content concepts (beyond attributing words) of a short quotation: longer ones
# that share little are more often one point told at two lengths
SHORT_QUOTE = 6
# the share of a statement's words inside quotation marks from which it gives someone's
# words (a quotation with its attribution), not an outlet's account with a quoted phrase
QUOTED_SHARE = 0.6


def quotation(statement: str) -> bool:
    """Whether `statement` is mostly a quotation: `QUOTED_SHARE` of its words or more are
    inside quotation marks ('Roe said: "It was a long night."'), not an account quoting a
    phrase ('Roe said the building suffered "massive damage"')."""
    words = len(_WORD.findall(statement))
    quoted = sum(len(_WORD.findall(m.group(0))) for m in _QUOTED.finditer(statement))
    return words > 0 and quoted >= QUOTED_SHARE * words


def quotes_apart(fi: _Feat, fj: _Feat, p: float) -> bool:
    """Whether two claims linked at `p` are two remarks of one speaker: both short
    quotations (`quotation`, `SHORT_QUOTE`) of speakers that may be one, linked under
    `QUOTES_LINK_AT`, whose content concepts beyond attributing words meet under
    `QUOTES_MEET` (Dice)."""
    if p >= QUOTES_LINK_AT or not fi.speaker or not fj.speaker:
        return False
    if not _speakers_compatible(fi.speaker, fj.speaker):
        return False
    a, b = fi.content - _ATTRIBUTING_CONCEPTS, fj.content - _ATTRIBUTING_CONCEPTS
    if not a or not b or len(a) > SHORT_QUOTE or len(b) > SHORT_QUOTE:
        return False
    if 2 * len(a & b) >= QUOTES_MEET * (len(a) + len(b)):
        return False
    return quotation(fi.claim.statement) and quotation(fj.claim.statement)


def quote_pairs_apart(
    feats: Sequence[_Feat], pairs: Sequence[tuple[int, int]], join: Sequence[int], p: np.ndarray
) -> set[int]:
    """The rows of `join` (indexes into `pairs` and `p`) that are one speaker's two remarks
    (`quotes_apart`): no join edge."""
    return {k for k in join if quotes_apart(feats[pairs[k][0]], feats[pairs[k][1]], float(p[k]))}
