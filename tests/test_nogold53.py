"""Session 53 (nogold53): a speaker does not contest their own words.

A polarity or negation conflict whose two claims are told as one voice's (one speaker, or
one speaking for the other) makes no contested point (`one_voice_points.one_voice_clash`);
two voices still do, and a voice correcting its own figure ("seven, not three as it said")
is still an update the report shows. Invented names and words throughout.
"""

from __future__ import annotations

from consensus.merge.features import _build_features, _Feat
from consensus.merge.one_voice_points import _corrects_figure, one_voice_clash
from consensus.models import Claim, ClaimKind, Evidence, Polarity


def _feats(*told: tuple[str, str | None, Polarity]) -> list[_Feat]:
    """The merger's features of claims (statement, speaker, polarity), one article each."""
    claims = [
        (
            f"a{k}",
            0,
            Claim(
                statement=statement,
                kind=ClaimKind.reported_statement,
                subject="the depot",
                speaker=speaker,
                polarity=polarity,
                evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
            ),
        )
        for k, (statement, speaker, polarity) in enumerate(told)
    ]
    feats = _build_features(claims)
    return sorted(feats, key=lambda f: f.article)


def test_one_voice_on_both_sides_makes_no_point() -> None:
    a, b = _feats(
        (
            "Orla Penhallow said the Varnley depot had run every route.",
            "Orla Penhallow",
            Polarity.asserts,
        ),
        ("Orla Penhallow rejected the drivers' claim.", "Orla Penhallow", Polarity.denies),
    )
    assert one_voice_clash("polarity: asserts vs denies", a, b)
    assert one_voice_clash("negation: not rout", a, b)


def test_two_voices_still_make_a_point() -> None:
    a, b = _feats(
        (
            "Orla Penhallow said the Varnley depot had run every route.",
            "Orla Penhallow",
            Polarity.asserts,
        ),
        ("Tamsin Greaves rejected the depot's account.", "Tamsin Greaves", Polarity.denies),
    )
    assert not one_voice_clash("polarity: asserts vs denies", a, b)
    # ... and so does the outlet's own statement against a party's denial
    c, d = _feats(
        ("The Varnley depot ran every route on Monday.", None, Polarity.asserts),
        ("Orla Penhallow rejected that account.", "Orla Penhallow", Polarity.denies),
    )
    assert not one_voice_clash("polarity: asserts vs denies", c, d)


def test_one_voice_on_figures_or_correcting_a_figure_is_left_alone() -> None:
    a, b = _feats(
        (
            "Orla Penhallow said the depot was checking three buses.",
            "Orla Penhallow",
            Polarity.asserts,
        ),
        (
            "Orla Penhallow now says the depot is checking nine buses, not three as she said.",
            "Orla Penhallow",
            Polarity.asserts,
        ),
    )
    assert not one_voice_clash("negation: not thre", a, b)  # an update, kept
    assert not one_voice_clash("quantity bus: three vs nine", a, b)
    assert _corrects_figure("The count was 12, not the 40 first reported.")
    assert not _corrects_figure("The depot did not pay 40 marks for the repair.")
