"""Session 23 (disputes23): three readings that decide which claims a dispute sets
against each other.

- a count's second "kind" after "and" is no kind when an object follows it: "deployed 14
  vessels and laid about three kilometres of booms" counts vessels only (`laid` is a
  verb), so its 14 meets another outlet's "19 vessels" as one slot;
- "rejects that explanation" rejects the claim that tells a cause ("a tremor set off the
  collapse"), not the remark told between the two;
- a claim told in a pronoun's voice right after a bare denial ("It says ...") is the
  denier's reasons, shown on the denial's side.
"""

from __future__ import annotations

import re

from report_checks import offline_report
from test_denial_answers import _disputes

from consensus.merge.figure_scope import also_counted
from consensus.models import Report


def _also(text: str, figure: str, noun: str) -> str:
    m = re.search(re.escape(figure), text)
    assert m is not None
    return also_counted(text, m.end(), noun)


def test_a_verb_with_an_object_after_and_is_no_second_kind() -> None:
    assert (
        _also(
            "The coastguard deployed 14 vessels and laid about three km of booms.", "14", "vessels"
        )
        == ""
    )
    assert (
        _also("The network runs five hospitals and serves the whole region.", "five", "hospitals")
        == ""
    )
    # the look-alikes: a plain second noun is still a second kind, and so is one a place
    # follows ("around the tanker" is no object of a verb)
    assert _also("It deployed 14 vessels and tugs around the tanker.", "14", "vessels") == "tugs"
    assert (
        _also("About 900,000 homes and businesses were without power.", "900,000", "homes")
        == "businesses"
    )


def _figure_points(report: Report) -> list[str]:
    return [
        " | ".join(c.quote for p in pt.positions for c in p.citations) for pt in report.contested
    ]


def test_vessels_deployed_and_booms_laid_meet_a_later_count_of_vessels() -> None:
    report = offline_report(
        "The coastguard said it had deployed 14 vessels and laid about three kilometres of "
        "floating booms around the tanker.",
        "The coastguard said it had deployed 19 vessels around the tanker.",
        title="Tanker spill",
    )
    points = _figure_points(report)
    assert any("14 vessels" in p and "19 vessels" in p for p in points), points


def test_vessels_and_tugs_are_two_kinds_and_no_rival_of_vessels() -> None:
    report = offline_report(
        "The coastguard said it had deployed 14 vessels and tugs around the tanker.",
        "The coastguard said it had deployed 19 vessels around the tanker.",
        title="Tanker spill",
    )
    points = _figure_points(report)
    assert not any("14 vessels" in p and "19 vessels" in p for p in points), points


_MINE = (
    "The mine operator Redvale says a small tremor set off the collapse of the tunnel roof. "
    "Tremors of that size are common in deep mines, the geologist Oskar Hahn said. "
    "The Federation of Mine Workers rejects that explanation. "
    "It says Redvale cut back on roof bolts in the section to save money."
)
_OTHER = "Rescuers reached the miners trapped in the tunnel at Redvale's mine on Wednesday."


def test_an_explanation_rejected_is_the_cause_told_and_the_pronoun_voice_is_its_reasons() -> None:
    sides = _disputes(offline_report(_MINE, _OTHER, title="Mine collapse"))
    assert any("set off the collapse" in a and "rejects that explanation" in d for a, d in sides), (
        sides
    )
    assert any("roof bolts" in a + d for a, d in sides), sides
    # the geologist's remark between the cause and the rejection is no side
    assert not any("Tremors of that size" in a + d for a, d in sides), sides


def test_a_pronoun_voice_after_an_assertion_is_no_side() -> None:
    # the look-alike: "It says" after an assertion (no denial) joins no point
    report = offline_report(
        "The mine operator Redvale says a small tremor set off the collapse of the tunnel roof. "
        "It says the mine will reopen next month.",
        _OTHER,
        title="Mine collapse",
    )
    assert not report.contested, _disputes(report)
