"""A denial opposes only the group that states what it denies (contested step 5).

A denial that states what it rejects ("rejected claims by the Front that ballots had been
manipulated in the province") is matched pairwise with the claim that states it best
(link rule 2). That claim may be a compound sentence a group joined for another of its
facts ("Brann, whose party won 31 seats, who accused officials in the province of
tampering with ballots" beside five outlets' "The Front came third with 31 seats"): the
denial matched the compound's second fact, yet the point would set it against the group's
first, what the group's other members all state. So a polarity conflict between a denial
that states its object (`DENY_OBJECT` rejected words, `answers._rejected_words`) and a
group of several members (not a denial that points back, "rejected the accusation", which
answers what its article told before it: `answers.answered`) links the two only when at
least half of the group's members state at least one of the rejected words (by stem, in
their statements or quotes); else the group is about something else and the denial stays
out of its point (`SCOPE_MEMBERS`: a smaller group is read as its matched member). The
rule reads
only a match in the denial's own words (the matched member states two rejected words by
stem): a match in other words ("soldiers being encircled" / "troops surrounded") says
the group may tell it in other words too, which stems do not see. Nor is a member told by
the matched member's own named speaker another fact: one voice's statements grouped
together are one account told in other words ("Roe said the firm's team had left the
talks" / "Roe said the firm's negotiators had walked out"), so such a member counts as
stating what is denied (never a speaker named by its kind, which speaks for no party:
`reporters.named_by_kind`).

PURE: reads the claims' statements and quotes.
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.answers import DENY_OBJECT, _rejected_words, points_back
from consensus.merge.claim_words import content_stems, denied_content
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.reporters import named_by_kind
from consensus.merge.slots import _stem
from consensus.models import Polarity

# the fewest members a group needs before its other members can outvote the matched one
SCOPE_MEMBERS = 3


def denial_misses_group(denial: _Feat, matched: _Feat, group: Sequence[_Feat]) -> bool:
    """Whether `denial` states what it rejects, `matched` (the member of `group` it was
    matched with) states it in its words, and fewer than half of `group`'s members state
    any of it (see the module docstring)."""
    if denial.claim.polarity != Polarity.denies or len(group) < SCOPE_MEMBERS:
        return False
    statement = denial.claim.statement
    denied = denied_content(statement)
    if denied is None or points_back(statement):  # ("rejected the accusation": its article's)
        return False
    what = {_stem(w) for w in _rejected_words(denied)}
    if len(what) < DENY_OBJECT:
        return False
    if len(what & _stems(matched)) < DENY_OBJECT:
        return False  # (matched in other words: the group may say it in others too)
    stating = sum(1 for m in group if _states_any(m, what) or _one_voice(m, matched))
    return 2 * stating < len(group)


def _one_voice(member: _Feat, matched: _Feat) -> bool:
    """`member` is told by `matched`'s own named speaker (not one named by its kind)."""
    one, two = member.speaker, matched.speaker
    if not one or not two or named_by_kind(one) or named_by_kind(two):
        return False
    return _speakers_compatible(one, two)


def _stems(member: _Feat) -> frozenset[str]:
    """The content stems of a member's statement and quotes."""
    texts = [member.claim.statement, *(c.quote for c in member.citations)]
    return frozenset().union(*(content_stems(t.casefold()) for t in texts))


def _states_any(member: _Feat, what: set[str]) -> bool:
    return bool(_stems(member) & what)
