"""A figure whose clause names a count instead of a thing (consensus.merge.figure_counts):
"the death toll rose to 14" counts the dead, "the number of cases has risen to 900" the
cases, and "organisers put the number at 80,000" what the figure before it counts."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def test_a_death_toll_counts_the_dead() -> None:
    (toll,) = figures("The death toll from Storm Ferra rose to 14 on Monday evening.")
    assert toll.slot[0] == "death"
    assert "toll" not in toll.slot
    ctx = _context(
        "The death toll from Storm Ferra rose to 14 on Monday evening.",
        "At least 14 people have died.",
        "At least five people were killed by Storm Ferra.",
    )
    # one counted thing: the same figure agrees, another one clashes
    assert ctx.figure_relation(0, 1) == (True, "")
    assert ctx.figure_relation(0, 2)[1] == "death: 14 vs five"


def test_a_bare_toll_and_a_qualified_one() -> None:
    (bare,) = figures("The ministry says the official toll stands at 12.")
    assert bare.slot[0] == "death"  # "official" says which toll, not what it counts
    (injured,) = figures("The injury toll climbed to 40, the ministry said.")
    assert injured.slot[0] == "injury"


def test_the_number_of_a_thing_counts_that_thing() -> None:
    (cases,) = figures("The number of suspected cases has risen to 900, the agency said.")
    assert (cases.slot[:2], cases.head) == (("suspected", "cases"), "cases")
    ctx = _context(
        "The number of suspected cases has risen to 900, the agency said.",
        "Doctors have recorded 900 suspected cases.",
    )
    assert ctx.figure_relation(0, 1) == (True, "")


def test_a_number_that_names_nothing_counts_what_the_figure_before_it_counts() -> None:
    police, organisers = figures(
        "Police said 30,000 people joined the rally, while organisers put the number at 80,000."
    )
    assert (organisers.slot, organisers.counted) == (police.slot, police.counted)
    ctx = _context(
        "Police said 30,000 people joined the rally, while organisers put the number at 80,000.",
        "The union put the number of strikers at 2,000.",
        "Organisers said 95,000 people joined the rally.",
    )
    # the organisers' figure is the rally's, not a "number" of anything: it clashes with
    # another count of the rally, never with a count of strikers
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(0, 2)[1].startswith("join")


def test_a_count_noun_that_is_a_verb_or_a_share_of_a_count_is_kept() -> None:
    (f,) = figures("Each day the inspectors count 300 at the crossing.")
    assert f.slot[:2] == ("crossing", "count")  # as read before: no count noun here
    # a share of a count is no count: "rose 5 percent" keeps its own slot words
    (share,) = figures("The number of members rose 5 percent.")
    assert share.slot[0] != "members"
