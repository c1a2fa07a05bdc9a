"""A body and the person speaking for it (session 46, bodyvoice46).

Two groups of one voice named apart (the body in one, its spokesperson in the other) join
at the link model's threshold, not at `LINK_AT_ONE_VOICE`, the stricter mean for one
voice's remarks that name one speaker alike (`clusters._may_join`, `speakers.same_speaker`).

A body's accusation and its president's remark before it:
"The guild accused <firm> of X. <Firm> denied the claim." answers the accusation, though
the denier's reasons share a word with a remark of the guild's president told just before
(`reason_answers.reasoned_answers`); a denial after a remark that accuses no one by name
still moves to the claim of the accuser's passage its reasons speak of."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.clusters import _Cluster, _may_join
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.link import link_model
from consensus.merge.reason_answers import _accuses_denier
from consensus.merge.speakers import Speakers, speakers_in_scope
from consensus.merge.tunables import LINK_AT_ONE_VOICE
from consensus.models import Polarity
from consensus.vectors import Vectors

LEAD = (
    "The National Dental Guild said on Monday that clinics across the region were running "
    "short of anaesthetic."
)
PRESIDENT = (
    "Guild president Ola Brenn said that local clinics were receiving fewer than half of the "
    "packs they had ordered."
)
ACCUSATION = (
    "The National Dental Guild also accused Tessor Labs of continuing to ship vials to "
    "neighbouring Marlow, where it said prices were higher."
)
DENIAL = "Tessor Labs denied the claim."
REASONS = (
    '"Not a single pack meant for local clinics has been sent abroad," a company spokesman said.'
)
OTHER = (
    "Clinics across the region were running short of anaesthetic, the National Dental Guild "
    "said on Monday. Tessor Labs is the only licensed supplier."
)


def test_an_accusation_of_the_denier_stays_what_it_answers() -> None:
    report = _report(f"{LEAD} {PRESIDENT} {ACCUSATION} {DENIAL} {REASONS}", OTHER)
    assert _answered(report, "ship vials", "denied the claim"), _disputes(report)
    assert not _answered(report, "fewer than half", "denied the claim"), _disputes(report)


def test_a_remark_that_accuses_no_one_by_name_still_gives_way_to_the_reasons() -> None:
    # (the rule as before: the reasons speak of the president's packs, not of prices)
    aside = "The guild also said prices in neighbouring Marlow were about three times higher."
    report = _report(f"{LEAD} {PRESIDENT} {aside} {DENIAL} {REASONS}", OTHER)
    assert _answered(report, "fewer than half", "denied the claim"), _disputes(report)
    assert not _answered(report, "three times higher", "denied the claim"), _disputes(report)


def test_what_accuses_the_denier() -> None:
    from types import SimpleNamespace as NS

    def claim(quote: str, speaker: str | None = None) -> NS:
        return NS(speaker=speaker, citations=(NS(quote=quote),))

    denier = claim(DENIAL, "tessor labs")
    assert _accuses_denier(denier, claim(ACCUSATION))  # type: ignore[arg-type]
    assert _accuses_denier(denier, claim("Tessor Labs was accused of hoarding vials."))  # type: ignore[arg-type]
    assert not _accuses_denier(denier, claim("The guild accused Marlow Pharma of hoarding."))  # type: ignore[arg-type]
    assert not _accuses_denier(denier, claim(PRESIDENT))  # type: ignore[arg-type]
    assert not _accuses_denier(claim(DENIAL), claim(ACCUSATION))  # type: ignore[arg-type]


def test_a_body_and_its_spokesperson_named_apart_join_at_the_threshold() -> None:
    join_at = link_model().threshold
    mean = (join_at + LINK_AT_ONE_VOICE) / 2
    said = ["The museum denied it.", "No damage was done.", "It was never damaged.", "Fine."]
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(said)
    ]
    ctx = PairContext(views, Vectors.empty())
    sims = {(x, y): mean for x in (0, 1) for y in (2, 3)}
    index = Speakers(
        {
            "varn museum": ["The Varn Museum said the diadem was undamaged."],
            "varn museum spokesman": ["A Varn Museum spokesman said it was undamaged."],
            "ana varga": ["Museum director Ana Varga said it was undamaged."],
            "varga": ["Varga said it was undamaged."],
        }
    )

    def joins(a: set[str | None], b: set[str | None]) -> bool:
        def group(members: list[int], speakers: set[str | None]) -> _Cluster:
            return _Cluster(
                members=members,
                speakers=speakers,
                polarity=Polarity.asserts,
                quantities={},
                dates=set(),
                leads=set(),
            )

        with speakers_in_scope(index):
            return _may_join(group([0, 1], a), group([2, 3], b), sims, ctx, False, join_at)

    # the body and its spokesman, named apart: the threshold
    assert joins({"varn museum"}, {"varn museum spokesman"})
    # one voice named alike in both groups: still the stricter mean
    assert not joins({"varn museum"}, {"varn museum"})
    assert not joins({"varn museum", "varn museum spokesman"}, {"varn museum spokesman"})
    # ... or written two ways ("varga" / "ana varga": `speakers.same_speaker`)
    assert not joins({"ana varga"}, {"varga"})
