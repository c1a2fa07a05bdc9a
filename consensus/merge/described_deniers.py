"""A denier's next sentence told by a description or a pronoun of it (pipeline step 5,
for `denial_reasons.reason_after`): "Norvale rejected that account. In a statement, the
leasing company said it had given 30 days' written notice." and "The operator disputes
that account. In a statement on Sunday it said its control room called at 1:35 p.m."

A reader takes "the leasing company" and "it" for the party that has just denied: news
names a party, then goes on with a description of it or a pronoun. The reasons the denier
gives there are its side of the point, as a spokesperson's words are.

- A pronoun voice may follow a short opening phrase ("In a statement on Sunday, it said
  ..."), not only open the sentence.
- A description is a speaker the claim's own quote writes in lower case after a
  determiner ("the leasing company said", "the firm says"), when the denier is named by a
  proper name only (every word of its name capitalised, `charge_antecedents._denier`),
  and no claim of the article told before the denial (within `BEFORE_REACH`
  characters) has a speaker that shares a word with the description: that speaker would
  be another party named so ("The union said ... The company denied it. The union said
  ..."), most often the accuser.

PURE: reads the claims' statements, speakers and citations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from consensus.merge.charge_antecedents import _denier
from consensus.merge.features import _Feat

__all__ = ["BEFORE_REACH", "described_denier", "pronoun_voice"]

# how far up the denial's article a speaker sharing a word with the description is another
# party (the paragraph of the denial and the one before)
BEFORE_REACH = 600
# a pronoun's voice, after at most a short opening phrase ("In a statement on Sunday, it
# said ...": up to six words and a comma)
_PRONOUN_VOICE = re.compile(
    r"(?:(?:[\w'’-]+\s+){1,6}?[\w'’-]+,?\s+)??"
    r"(?:it|they|he|she)\s+(?:says|said|say|adds|added|insists|insisted|argues|argued)\b",
    re.IGNORECASE,
)
_DETERMINERS = r"(?:the|its|their|this|that)"


def pronoun_voice(statement: str) -> bool:
    """Whether a claim is told in a pronoun's voice (see the module docstring)."""
    return _PRONOUN_VOICE.match(statement) is not None


def _described(f: _Feat) -> bool:
    """Whether the claim's speaker is written in its quote in lower case after a
    determiner ("the leasing company said")."""
    words = (f.speaker or "").split()
    if not words:
        return False
    said = r"\s+".join(re.escape(w) for w in words)
    return any(re.search(rf"\b{_DETERMINERS}\s+{said}\b", c.quote) for c in f.citations)


def described_denier(
    feats: Sequence[_Feat], by_article: Mapping[str, list[tuple[int, int, int]]], d: int, k: int
) -> bool:
    """Whether claim `k`'s speaker is a description of denial `d`'s party (see the module
    docstring)."""
    f, other = feats[d], feats[k]
    if not f.citations or not _described(other):
        return False
    _, proper = _denier(f)
    if not proper:
        return False
    words = set((other.speaker or "").split())
    start = max(c.start for c in f.citations)
    for s, end, j in by_article[f.article]:
        if j in (d, k) or s >= start or start - end > BEFORE_REACH:
            continue
        if words & set((feats[j].speaker or "").split()):
            return False  # (another party so described: the accuser, most often)
    return True
