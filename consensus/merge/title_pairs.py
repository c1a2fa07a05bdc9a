"""Two statements that share only a role are two facts.

"Chief executive Piet Halvorsen apologised to customers on Monday afternoon" and "The
figure came as the operator's chairman and chief executive met Digital Affairs Minister
Tomas Brenner" share "chief executive" and nothing else: no name, no act, no thing. A role
names who acted, not what happened; two statements that meet only in it tell two acts of
that person (or of two people), never one fact (link rule 7, beside `roles.title_only`,
which reads the pairs that share a name).
"""

from __future__ import annotations

from collections.abc import Collection

from consensus.merge.features import _stem

__all__ = ["ROLE_STEMS", "only_a_role_shared"]

# role words beside data/words.toml's titles, as written and as `features._stem` gives
# them (the pair stems of `compare.PairContext` keep some words whole: "executive")
ROLE_STEMS = frozenset(
    form
    for w in """chief executive chairman chairwoman chair director president deputy
    secretary governor mayor officer manager head leader commissioner spokesman spokeswoman
    spokesperson minister founder""".split()
    for form in (w, _stem(w))
)


def only_a_role_shared(
    stems_a: Collection[str], stems_b: Collection[str], title_stems: Collection[str]
) -> bool:
    """Whether the content stems two statements share are all role words (`title_stems`,
    the stems of data/words.toml's titles, or `ROLE_STEMS`): "chief executive" alone."""
    # (asked of many pairs: no copy of the role and title tables per pair)
    mine = stems_a if isinstance(stems_a, (set, frozenset)) else set(stems_a)
    shared = mine.intersection(stems_b)
    return bool(shared) and (shared - ROLE_STEMS).issubset(title_stems)
