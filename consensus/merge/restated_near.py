"""Where a word of restating ("first", "only") restates a negation: at the concept it says.

"The first fatal crash since 1959" says what "no fatal crash since 1959" says, so a claim
with such a word (data/words.toml `negation_equivalent`) rebuts no negation of what it
restates (`score._negation_clash`). The word restates the noun phrase it stands in or the
predicate it is told of ("the crash was the first since 1959"), not every concept of the
sentence: "monitors caught three discharges on dry days, when rules allow overflows only in
heavy rain" states the discharges whatever "only" says of the rain, and "it is a tax, a tax
that only we pay" states the tax (session 54, disputes54: a sentence-wide test kept both
from rebutting "never discharged on a dry day" and "not a tax").

So the test is the concept's own place: a restating word up to `BEFORE` words before one of
its tokens, or up to `AFTER` words after it, with no punctuation mark and, after it, no
relative word between. A concept none of whose tokens is found keeps the sentence-wide
test.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from consensus.merge.features import _Tok, clause_ends

__all__ = ["restated_at"]

# how far a restating word may stand before ("the first fatal crash") or after ("the crash
# was the first") a token of the concept it restates
BEFORE = 4
AFTER = 3
# words that open a relative clause: a restating word past one is told of another thing
_RELATIVE = frozenset("that which who whom whose where when".split())


def restated_at(
    toks: Sequence[_Tok],
    text: str,
    targets: Collection[str],
    restating: Collection[str],
    base_of: Mapping[str, str],
) -> bool:
    """Whether a restating word of `toks` (the tokens of `text`) stands at a token of one of
    `targets` (concepts: a token's own, or its base by `base_of`, an irregular past's);
    when no token of them is found, whether any restating word is in `toks` at all."""
    marks = {k for k, t in enumerate(toks) if t.low in restating}
    if not marks:
        return False
    at = [
        k
        for k, t in enumerate(toks)
        if t.concept and (t.concept in targets or base_of.get(t.concept) in targets)
    ]
    if not at:
        return True
    ends = clause_ends(text)
    for k in at:  # (a bounded window each: linear in the sentence)
        for p in range(max(0, k - BEFORE), k):
            if p in marks and not any(e in ends for e in range(p, k)):
                return True
        for p in range(k + 1, min(len(toks), k + AFTER + 1)):
            if any(e in ends for e in range(k, p)) or toks[p - 1].low in _RELATIVE:
                break  # (past a punctuation mark or a relative word: another thing)
            if p in marks:
                return True
    return False
