"""Two voices' counts of one named thing (link rule 3, two speakers): "the board said the bank
failed to check 1,140 accounts" / "Fairlie said the notice concerned fewer than 900 accounts".

Two speakers who give one slot two figures dispute it only at `SPEAKERS_CONFLICT_AT`, a
higher bar than one voice's, since two people's figures of other things link less ("four
ships banned" / "10 ships it asked to blacklist"). But a party answering another's figure
retells the thing in its own words, and the long statements of two voices rarely reach that
bar however plainly they count one thing. The bar is the plain one (`conflict_at`) for a
pair whose clashing figures of one slot count the same noun by name (the head of each
noun phrase, one stem: accounts, patients, batches), a noun that says what is counted: not
a generic noun ("people", "others": data/words.toml `figure_generic_nouns`) nor the rest
of a group, no unit of measure, and the acts of the two counts meet (`acts_apart`: "seized
two ships" / "denied port access to four ships" count two acts' objects).

PURE: reads the pair context's figures only.
"""

from __future__ import annotations

import math

from consensus.merge.compare import PairContext
from consensus.merge.figures import Figure
from consensus.merge.lexicon import FIGURE_GENERIC_NOUNS
from consensus.merge.slots import _REST_NOUNS, _stem

__all__ = ["one_named_count"]


def _named_noun(f: Figure) -> str:
    """The stem of the noun `f` counts by name, '' when it names no thing of its own."""
    noun = (f.head or f.noun).casefold()
    if (
        f.unit
        or f.vague
        or f.part
        or f.some
        or len(noun) <= 2
        or noun in FIGURE_GENERIC_NOUNS
        or noun in _REST_NOUNS
    ):
        return ""
    return _stem(noun)


def one_named_count(ctx: PairContext, i: int, j: int) -> bool:
    """Claims `i` and `j` give two values of one slot to counts of the same named noun
    (see the module docstring), and no such counts of theirs are of two acts."""
    found = False
    for a in ctx.figs[i]:
        noun = _named_noun(a)
        if not noun:
            continue
        for b in ctx.figs[j]:
            if (
                _named_noun(b) == noun
                and not math.isclose(a.value, b.value, rel_tol=1e-6)
                and ctx.same_slot(a, b)
            ):
                found = True
    return found and not ctx.acts_apart(i, j)
