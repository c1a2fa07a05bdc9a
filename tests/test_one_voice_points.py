"""Session 55 (onevoice55): one voice does not contest itself, one rule read two ways.

`one_voice_points.one_voice_clash` drops a polarity or negation conflict that is one voice's:
the two claims' speakers are one (or one speaks for the other), or, for a negation, every
speaker of the two groups is one side. Each exception of the claim reading is tried against
a control that differs only in it, so each test fails when its exception stops working.
Invented names and words throughout.
"""

from __future__ import annotations

from test_nogold53 import _feats

from consensus.merge.features import _Feat
from consensus.merge.one_voice_points import one_voice_clash
from consensus.models import Polarity

_OWN = "Orla Penhallow"


def _pair(first: str, second: str, polarity: Polarity = Polarity.asserts) -> list[_Feat]:
    """Two claims of one speaker in two articles, the first of `polarity`."""
    return _feats((first, _OWN, polarity), (second, _OWN, Polarity.asserts))


def test_the_group_reading_takes_every_speaker_of_both_groups() -> None:
    a, b = _feats(
        ("Orla Penhallow said the Varnley depot had run every route.", _OWN, Polarity.asserts),
        (
            "Penhallow's lawyer said the drivers were not paid.",
            "Penhallow lawyer",
            Polarity.asserts,
        ),
    )
    assert a.speaker != b.speaker and a.article != b.article
    assert one_voice_clash("negation: not rout", a, b, ([a], [b]))
    assert not one_voice_clash("polarity: asserts vs denies", a, b, ([a], [b]))  # negation only
    (other,) = _feats(
        ("Tamsin Greaves said the depot ran no routes.", "Tamsin Greaves", Polarity.asserts)
    )
    assert not one_voice_clash("negation: not rout", a, b, ([a], [b, other]))  # two sides


def test_another_persons_quoted_words_keep_the_point() -> None:
    later = "Orla Penhallow said the driver drove the late bus to the depot."
    quoted = _pair('Orla Penhallow said she had "never driven a bus in my life".', later)
    plain = _pair("Orla Penhallow said she had never driven a bus in her life.", later)
    assert not one_voice_clash("negation: not driven", *quoted)
    assert one_voice_clash("negation: not driven", *plain)


def test_another_partys_report_told_inside_the_claim_keeps_the_point() -> None:
    checked = "Orla Penhallow said the depot staff checked every bus on Monday."
    report = _pair(
        "Orla Penhallow rejected union claims that the depot had been warned about the brakes.",
        checked,
        Polarity.denies,
    )
    own = _pair(
        "Orla Penhallow rejected her own claim that the depot had been warned about the brakes.",
        checked,
        Polarity.denies,
    )
    assert not one_voice_clash("polarity: asserts vs denies", *report)
    assert one_voice_clash("polarity: asserts vs denies", *own)


def test_a_figure_set_aside_keeps_the_point() -> None:
    first = "Orla Penhallow said the depot was checking three buses."
    update = _pair(first, "Orla Penhallow now says the depot checks nine buses, not three.")
    other = _pair(first, "Orla Penhallow now says the depot checks the nine buses again.")
    assert not one_voice_clash("negation: not thre", *update)
    assert one_voice_clash("negation: not thre", *other)
