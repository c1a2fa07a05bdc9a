"""A body's accusation and its president's remark before it (session 46, bodyvoice46):
"The guild accused <firm> of X. <Firm> denied the claim." answers the accusation, though
the denier's reasons share a word with a remark of the guild's president told just before
(`reason_answers.reasoned_answers`); a denial after a remark that accuses no one by name
still moves to the claim of the accuser's passage its reasons speak of."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.reason_answers import _accuses_denier

LEAD = (
    "The National Dental Guild said on Monday that clinics across the region were running "
    "short of anaesthetic."
)
PRESIDENT = (
    "Guild president Ola Brenn said that local clinics were receiving fewer than half of the "
    "packs they had ordered."
)
ACCUSATION = (
    "The guild also accused Tessor Labs of continuing to ship vials to neighbouring Marlow, "
    "where it said prices were higher."
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
