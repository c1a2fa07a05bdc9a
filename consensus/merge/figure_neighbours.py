"""Blocking for one rare figure told by two outlets (pipeline step 3, candidates): two claims
of two articles that write the same uncommon figure are compared, however few other words
they share.

"The carrier said 980 staff would be made redundant on Wednesday" and (another outlet)
"Some 980 jobs go, the administrators confirmed" share one figure and little else: a long
claim's rarest keys are its own words, so no pair of them meets (`candidates._candidate_codes`),
and their statement vectors sit far apart (cosine 0.1-0.3), under any neighbour floor. A
figure is the one key that such paraphrases keep; written out in full ("38,000", "1,146",
"312.5") and held by few claims of the batch, it seldom belongs to two facts. The training
census (bench/never_compared.py, session 52): of 356 missed agreed facts whose claims were
never compared, 51 would score over the link threshold once compared, and the largest share
of those shares a figure and little more.

A pair is added when the two claims are in two articles and both statements write one
figure (digits with their thousands or decimal separators, `_FIGURE`; the figure's value,
so "38,000" and "38000" are one) held by 2..`cap` claims of the batch. A figure under
`FIGURE_MIN` and a year (four digits, 1900-2099, no separator) block nothing: under 100, one
value is told of many things (an age, a share, a day of the month, a count of 14 passengers
and a fleet of 14 aircraft), and with 10 as the bound the training look-alikes merged rose
by 5 (a share of two wholes, "80 percent of its cars" / "charging limited to 80 percent").
Nor does a power of ten (100, 1,000, 10,000): the round figure of an estimate ("more than
100 people were hurt" / "six dead and more than 100 wounded": on dev, two counts of one
bombing joined and a dispute was lost when 100 blocked).

The pair is compared as any candidate: the link model and the link rules (figures of two
things, of two places or owners: rule 3) decide.

PURE: reads the claims' statements and articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from consensus.merge.features import _Feat
from consensus.merge.rare_neighbours import holder_codes

FIGURE_DF = 4  # a figure held by at most this many claims of the batch blocks a pair
FIGURE_MIN = 100  # ... and at least this large (under it: ages, days, shares, small counts)
# digits, then any groups of a separator and digits: linear (each step consumes a
# separator or digits, never both ways)
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SEPARATOR = re.compile(r"[.,]")
_ROUND = re.compile(r"10+")


def figure_key(text: str) -> str | None:
    """The blocking key of one written figure ("38,000" -> "38000", "29.6" -> "29.6"), or
    None for a figure under `FIGURE_MIN`, a power of ten or a year."""
    if _YEAR.fullmatch(text):
        return None
    parts = _SEPARATOR.split(text)
    if len(parts) == 1:
        key = text
    elif all(len(p) == 3 for p in parts[1:]):
        key = "".join(parts)  # thousands separators
    elif len(parts) == 2:
        key = f"{parts[0]}.{parts[1]}"  # a decimal
    else:
        return None  # (a date or a list: "1.2.3")
    key = key.lstrip("0") or "0"
    if _ROUND.fullmatch(key):
        return None  # (a power of ten: an estimate's round figure, "more than 100")
    return key if float(key) >= FIGURE_MIN else None


def figure_keys(statement: str) -> set[str]:
    """The blocking keys of the figures a statement writes."""
    return {k for m in _FIGURE.finditer(statement) if (k := figure_key(m.group(0)))}


def figure_codes(feats: Sequence[_Feat], cap: int = FIGURE_DF) -> np.ndarray:
    """Pairs (codes i * len(feats) + j, i < j, sorted, each once) of claims of two articles
    whose statements write one figure that 2..`cap` claims of the batch write."""
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(feats):
        for key in sorted(figure_keys(f.claim.statement)):
            holders[key].append(k)
    return holder_codes(feats, holders.values(), cap)
