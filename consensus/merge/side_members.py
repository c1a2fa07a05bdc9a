"""Which side of a contested point each member of a group is on, when the group's members
are not all on one side (pipeline step 5).

The sides of a point without disputed figures are keyed group by group (`_position_key`):
polarity first, then what a side negates, its dates, its account of the act. A group
joined before the dispute step may hold members that tell the point's two sides, and the
whole group then lands on one side, which an editor reads as one account although it
holds both ("Festival-goers accused officers of waiting more than 30 minutes" beside "the
police say it was opened within eight minutes", against "The police have called the
accusation false"). Two cases are read member by member:

- a point with a denial: an assertion told by a party that denies in the point (the
  denier, or a body of it by name: `same_party`) is that party's account, a side of its
  own beside the denial (a denial's side quotes denials), not on the side of the
  accusation it answers;
- a point of two accounts of what one act hit or was done with (link rule 10): a member
  telling another head than the rest of its group ("a car" in a group of "a truck") is on
  that head's side.

PURE: reads the claims' speakers, polarity and statements.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from consensus.merge.accounts import account_head
from consensus.merge.answers import _ROLE_WORDS
from consensus.merge.features import _Feat
from consensus.models import Polarity, Position

__all__ = ["ACCOUNT", "deniers_of", "own_citations", "same_party", "side_parts"]

Key = tuple[str, ...]
# what a denier's own account adds to its side's key (an assertion, beside the denial)
ACCOUNT = "the denier's account"


def deniers_of(groups: Sequence[Sequence[_Feat]]) -> list[str]:
    """The speakers of the denials among a point's groups, sorted."""
    return sorted(
        {
            f.speaker
            for ms in groups
            for f in ms
            if f.claim.polarity == Polarity.denies and f.speaker
        }
    )


# words that name what kind of body speaks, not whose it is ("the foreign ministry",
# "state media"): two parties' bodies share them
_BODY_WORDS = _ROLE_WORDS | frozenset(
    "foreign defence defense interior health national state federal regional local city "
    "county public security".split()
)


def _name_words(speaker: str) -> set[str]:
    return {w for w in speaker.split() if len(w) > 3 and w not in _BODY_WORDS}


def same_party(denier: str, speaker: str) -> bool:
    """Whether `speaker` is the denier or speaks for it by its own name: the same speaker,
    or a name word in common, a country's or body's name and its adjective counting as one
    ("russia" / "russian defense ministry", "lumora" / "lumora systems"). Stricter than the
    batch's speaker map (`answers._one_side`), which may join two parties' bodies."""
    if denier == speaker:
        return True
    mine, theirs = _name_words(denier), _name_words(speaker)
    return any(
        a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))
        for a in mine
        for b in theirs
    )


# a voice named only as speaking for a party ("the company said", "a spokesman said"):
# in a point where a party denies, the denier's (the accuser is named: a report, a firm)
_SPOKES_WORDS = frozenset("company spokesman spokeswoman spokesperson".split())


def _denier_said(f: _Feat, deniers: Sequence[str]) -> bool:
    speaker = f.speaker or ""
    return (
        f.claim.polarity == Polarity.asserts
        and bool(speaker)
        and (set(speaker.split()) <= _SPOKES_WORDS or any(same_party(d, speaker) for d in deniers))
    )


def side_parts(
    members: Sequence[_Feat],
    key: Key,
    key_of: Callable[[Sequence[_Feat]], Key],
    deniers: Sequence[str] = (),
    told: str = "",
) -> list[tuple[Key, list[_Feat]]]:
    """The sides of one group's members: [(key, members)], the whole group on `key` unless
    some of its members tell the other side (module docstring); the part that stays the
    group first, then the parts that become groups of their own (`verdicts`). `key_of`
    keys a part of the group as `_position_key` keys a group."""
    if told:
        heads = [account_head(f.claim.statement, told) for f in members]
        named = Counter(h for h in heads if h)
        if len(named) >= 2:
            main = min(named, key=lambda h: (-named[h], h))
            by_head: dict[str, list[_Feat]] = {main: []}  # (the group's main head first)
            for f, h in zip(members, heads, strict=True):
                by_head.setdefault(h or main, []).append(f)
            return [(key_of(ms), ms) for _, ms in by_head.items()]
    if deniers and key[:1] == (Polarity.asserts.value,):
        own = [f for f in members if _denier_said(f, deniers)]
        rest = [f for f in members if not _denier_said(f, deniers)]
        if own and rest:
            # the denier's own account: a side of its own beside its denial
            return [(key, rest), ((*key_of(own), ACCOUNT), own)]
    return [(key, list(members))]


def own_citations(
    sides: Sequence[Sequence[_Feat]], positions: Sequence[Position]
) -> list[Position]:
    """A point's positions (one per side, `sides` their members) with each denial's
    citations of a sentence that an assertion on another side also cites left to that
    side: a bare denial the extractor reads with the sentence it answers ("X rejected the
    accusation (The government blamed the plot on X)") cites that sentence too, and the
    denial's side then holds the accusation's words. A side keeps at least one citation
    in each article it cites."""
    out = []
    for k, (members, p) in enumerate(zip(sides, positions, strict=True)):
        asserted = {
            (c.article, c.start, c.end)
            for j, ms in enumerate(sides)
            if j != k
            for f in ms
            if f.claim.polarity == Polarity.asserts
            for c in f.citations
        }
        answered = {
            (c.article, c.start, c.end)
            for f in members
            if f.claim.polarity == Polarity.denies
            for c in f.citations
        } & asserted
        if answered:
            kept = tuple(c for c in p.citations if (c.article, c.start, c.end) not in answered)
            if kept and {c.article for c in kept} == {c.article for c in p.citations}:
                p = p.model_copy(update={"citations": kept})
        out.append(p)
    return out
