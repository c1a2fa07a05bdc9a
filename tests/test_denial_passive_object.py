"""A denial's rejected verb in the passive ("denied that the evacuation had been ordered
too late") has no object after it; it was done to its subject: the accusation in other
words that states that subject ("accused the government of waiting too long to order
people out, saying the evacuation order ...") does not act on another thing, one that
does not ("tear gas had been fired" / "had fired rubber bullets") does
(`answers.acts_on_another_thing`; issue 8, session 17)."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.answers import _passive


def test_passive_participles() -> None:
    assert _passive(["had", "been", "ordered", "too", "late"], "ordered")
    assert _passive(["was", "fired", "on", "monday"], "fired")
    assert _passive(["were", "shown", "the", "door"], "shown")
    assert not _passive(["had", "fired", "tear", "gas"], "fired")
    assert not _passive(["had", "ordered", "people", "out"], "ordered")
    assert not _passive(["was", "running", "away"], "running")


def test_a_passive_denial_opposes_the_accusation_in_another_article() -> None:
    report = _report(
        "Tomas Belker, the opposition leader, accused the government of waiting too long to "
        "order people out, saying buses had stopped running and elderly residents were left "
        "stranded in flooded homes with no power, food or drinking water.",
        "Interior Minister Mira Hald rejected accusations from the opposition that the "
        "evacuation had been ordered too late, saying the first order for the harbour "
        "districts had gone out on Tuesday evening, more than 30 hours before the water rose.",
        "Rescue teams searched flooded villages on Friday. Power was cut to thousands of "
        "homes, the utility said.",
        "Schools in the region will stay closed until Monday. Farmers said their crops had "
        "been ruined.",
    )
    assert _answered(report, "waiting too long", "ordered too late"), _disputes(report)


def test_a_passive_denial_of_another_thing_opposes_no_witness() -> None:
    # what a passive verb was done to is its subject: "tear gas" is not "rubber bullets"
    report = _report(
        "Police denied that tear gas had been fired at the crowd outside the stadium on "
        "Saturday night.",
        "Officers had fired rubber bullets at the crowd outside the stadium on Saturday "
        "night, a witness, Jonas Feld, said.",
        "Rescue teams searched flooded villages on Friday. Power was cut to thousands of "
        "homes, the utility said.",
        "Schools in the region will stay closed until Monday. Farmers said their crops had "
        "been ruined.",
    )
    assert not _disputes(report), _disputes(report)
