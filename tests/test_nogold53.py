"""Session 53 (nogold53): a speaker does not contest their own words.

A polarity or negation conflict whose two claims are told as one voice's (one speaker, or
one speaking for the other) makes no contested point (`one_voice_points.one_voice_clash`);
two voices still do, and a voice correcting its own figure ("seven, not three as it said")
is still an update the report shows. Invented names and words throughout.
"""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.one_voice_points import _corrects_figure, _quotes_another, one_voice_clash
from consensus.models import Article, Claim, ClaimKind, Evidence, ExtractionResult, Polarity
from consensus.offline import extract_offline


def _feats(
    *told: tuple[str, str | None, Polarity], kind: ClaimKind = ClaimKind.reported_statement
) -> list[_Feat]:
    """The merger's features of claims (statement, speaker, polarity), one article each;
    the first claim of `kind`."""
    claims = [
        (
            f"a{k}",
            0,
            Claim(
                statement=statement,
                kind=kind if k == 0 else ClaimKind.reported_statement,
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


def test_an_event_the_outlet_tells_of_a_party_is_not_its_voice() -> None:
    told = (
        (
            "The Varnley Drivers' Guild did not make any claim about the depot.",
            "Varnley Drivers' Guild",
            Polarity.asserts,
        ),
        (
            "The Varnley Drivers' Guild claimed the depot was short of drivers.",
            "Varnley Drivers' Guild",
            Polarity.asserts,
        ),
    )
    assert not one_voice_clash("negation: not claim", *_feats(*told, kind=ClaimKind.event))
    assert one_voice_clash("negation: not claim", *_feats(*told))


def test_a_third_persons_quoted_words_are_not_the_speakers() -> None:
    assert _quotes_another('The guild said she had "never driven a bus in my life"')
    assert not _quotes_another('Orla Penhallow said "I never drove that bus"')
    assert not _quotes_another("x" * 200_000)


def _two_outlets(first: str, second: str) -> list[tuple[str, ...]]:
    """The speakers of each side of each contested point of a two-outlet report."""
    arts = (
        Article(id="n1", text=first + " The town is quiet.", outlet="One"),
        Article(id="n2", text=second + " Flags flew at half mast.", outlet="Two"),
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    return [tuple(s for p in c.positions for s in p.speakers) for c in report.contested]


def test_one_statement_told_both_ways_is_still_a_point() -> None:
    one = "Orla Penhallow, the depot manager, said the Varnley depot had enough drivers."
    two = "Orla Penhallow, the depot manager, said the Varnley depot did not have enough drivers."
    assert _two_outlets(one, two) != []  # two outlets disagree on what she said
    a, b = _feats(
        (
            "Orla Penhallow said the Varnley depot had enough drivers.",
            "Orla Penhallow",
            Polarity.asserts,
        ),
        (
            "Orla Penhallow said the Varnley depot did not have enough drivers.",
            "Orla Penhallow",
            Polarity.asserts,
        ),
    )
    assert not one_voice_clash("negation: not driver", a, b)
    other = "Tamsin Greaves, the union leader, said the Varnley depot had enough drivers."
    assert _two_outlets(other, two) == [("Orla Penhallow", "Tamsin Greaves")]
