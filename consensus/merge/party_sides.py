"""Which sides of a contested point are also agreed (pipeline step 5): the outlets agree on
what each party says even where the parties dispute each other.

A point of opposite polarity or a denial ("The Ledger reported Norland's ships sold oil to
Vastia 30 times" / "Norland denied any of its ships were involved") is a dispute between
the parties, not between the outlets: seven outlets that report the accusation agree that it
was made, and two that report the denial agree that it was made. Such a side, stated by two
or more origins, is an agreed item too (its rule names the point), as a figure point's agreed
event is (`verdicts`). A point whose sides are all in the outlets' own voice ("the driver was
known to police" / "... was not known") is the outlets contradicting each other: no side of
it is agreed.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.merge.features import _Feat
from consensus.models import Polarity


def told_by_party(members: Sequence[_Feat]) -> bool:
    """At least half the members name a speaker (a person, body or country; not a news
    medium, which only reports) or are someone's denial, named or not ("the Kervian defence
    ministry said the reports were fabricated": a nationality's body the extractor leaves
    unattributed): the group is what a party says. Half is enough: a party's words retold
    by a second outlet often lose their attribution to the extractor ("Neighbours described
    the dog as a terrier" / "Neighbours have called the animal a terrier", the second with
    no speaker), and a member in the outlet's own voice does not make the other's words the
    outlet's (session 62, disputes62: agreed +15, disputes +4 on the tunable clusters)."""
    said = sum(1 for f in members if (f.speaker and not f.medium) or _someone_denies(f))
    return 2 * said >= len(members)


# a denial told as someone's act or words ("X denied ...", "the ministry said the reports
# were fabricated"), not an outlet's own "the reports were false"
_DENIED_BY_SOMEONE = re.compile(
    r"\b(?:said|says|told|tells|denied|denies|dismissed|dismisses|rejected|rejects|refuted|"
    r"refutes|insisted|insists|called)\b"
)


def _someone_denies(f: _Feat) -> bool:
    return f.claim.polarity == Polarity.denies and bool(
        _DENIED_BY_SOMEONE.search(f.claim.statement)
    )


def party_sides(groups: Sequence[Sequence[_Feat]], opposed: Sequence[int]) -> set[int]:
    """The groups of `opposed` (one point's groups that are in it through a denial or opposite
    polarity) that are a party's side: every group told by a party when some is, and each
    group in the outlets' own voice when no other such group of the point has the other
    polarity (the outlets do not contradict each other, a party contradicts them)."""
    parties = {gi for gi in opposed if told_by_party(groups[gi])}
    if not parties:
        return set()
    own_voice = [gi for gi in opposed if gi not in parties]
    polarities = {groups[gi][0].claim.polarity for gi in own_voice}
    return parties | (set(own_voice) if len(polarities) <= 1 else set())
