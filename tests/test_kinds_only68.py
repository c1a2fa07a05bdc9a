"""Groups whose speakers are all named by their kind (session 68, devagreed68).

Two groups of event facts, each told by bodies or officials named by their kind ("harbour
police", "a coastguard spokesman") and by no person, join by their link alone: no person's
account is at stake, so the speakers keep neither apart (`clusters._kinds_only`). A named
person in either group, or a group holding a remark rather than event facts, still keeps
the groups apart unless the edge is a strong reported link (`REPORTED_AT`)."""

from __future__ import annotations

from consensus.merge.clusters import _Cluster, _kinds_only, _may_join
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.link import link_model
from consensus.merge.speakers import Speakers, speakers_in_scope
from consensus.merge.tunables import REPORTED_AT
from consensus.models import Polarity
from consensus.vectors import Vectors

SAID = [
    "Crews pulled three people from the capsized ferry.",
    "Three passengers were rescued from the ferry.",
    "Three people were rescued after the ferry capsized.",
    "The ferry capsized near the breakwater.",
]
INDEX = Speakers(
    {
        "harbour police": ["Three were rescued, harbour police said."],
        "coastguard spokesman": ["Crews freed three people, a coastguard spokesman said."],
        "ola brenn": ["Ferry captain Ola Brenn said three people were rescued."],
    }
)


def _group(members: list[int], speakers: set[str | None], facts: bool = True) -> _Cluster:
    return _Cluster(
        members=members,
        speakers=speakers,
        polarity=Polarity.asserts,
        quantities={},
        dates=set(),
        leads=set(),
        facts=facts,
    )


def _joins(a: _Cluster, b: _Cluster, reported: bool = False) -> bool:
    join_at = link_model().threshold
    mean = (join_at + REPORTED_AT) / 2  # (over the bar, under the reported link)
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(SAID)
    ]
    ctx = PairContext(views, Vectors.empty())
    sims = {(x, y): mean for x in (0, 1) for y in (2, 3)}
    with speakers_in_scope(INDEX):
        return _may_join(a, b, sims, ctx, False, join_at, reported=reported)


def test_two_bodies_reporting_event_facts_join_by_their_link() -> None:
    police = _group([0, 1], {"harbour police"})
    coastguard = _group([2, 3], {"coastguard spokesman", None})
    assert _kinds_only(police, coastguard)
    assert _joins(police, coastguard)


def test_a_named_person_or_a_remark_still_keeps_the_groups_apart() -> None:
    police = _group([0, 1], {"harbour police"})
    captain = _group([2, 3], {"ola brenn"})
    assert not _kinds_only(police, captain)
    assert not _joins(police, captain)
    # (a group that holds a remark, not event facts only: the speakers still count)
    remark = _group([2, 3], {"coastguard spokesman"}, facts=False)
    assert _kinds_only(police, remark)
    assert not _joins(police, remark)
