"""Session 52 (lead): a pronoun denial after one speaker's charge and quotation. The
released52 extractor reads "Roe, who chairs X, accused the firm of ..." as Roe's own
statement, so the charge and the accuser's quotation after it are one speaker's two
claims; `pronoun_denials` leaves a "that" after one voice's two claims unbound (either
may be what it is) unless the earlier one charges the denier, when `charge_antecedents`
binds it to the charge. Two claims of one voice that charge no one stay unbound."""

from __future__ import annotations

from test_charge_antecedents import CHARGE, OTHER, QUOTE, SHARED
from test_denial_answers import _disputes
from test_denial_party import _report


def test_that_after_the_accusers_quote_answers_the_charge() -> None:
    report = _report(f"{SHARED} {CHARGE} {QUOTE} Quarrystone Holdings rejected that.", OTHER)
    sides = _disputes(report)
    assert any("worn-out bearings" in a and "rejected that" in d for a, d in sides), sides
    assert not any("complained about that machine" in a for a, _ in sides), sides


def test_that_after_one_voices_two_remarks_stays_unbound() -> None:
    remarks = (
        "Inspector Mara Vell said the gates were locked at dusk. She said detectives were "
        "questioning two guards."
    )
    report = _report(f"{SHARED} {remarks} Quarrystone Holdings rejected that.", OTHER)
    assert not any("rejected that" in d for _, d in _disputes(report)), _disputes(report)
