"""Session 48 (released48): what a count noun's "of" phrase counts when a participle follows
its noun ("the number of tenants evicted was nearer 900": tenants, as "900 tenants"), and
"rather" after a number, which is never the noun it counts ("at 700 rather than 450")."""

from __future__ import annotations

from consensus.merge.figures import figures
from tests.test_merge_figure_counts import _context


def test_a_participle_after_the_counted_noun_is_not_its_head() -> None:
    (tenants,) = figures(
        "The tenants' league said the real number of tenants evicted was nearer 900."
    )
    assert tenants.head == "tenants"
    (lockers,) = figures("The landlord put the number of lockers damaged at 35.")
    assert lockers.head == "lockers"
    ctx = _context(
        "The landlord said about 600 tenants were evicted.",
        "The league said the real number of tenants evicted was nearer 900.",
        "Brockway Homes has admitted that a fault evicted about 600 tenants.",
        "The league said the true number of tenants affected was closer to 900.",
    )
    # one counted thing, two values: a clash (the old reading counted "evicted", "affected")
    assert ctx.figure_relation(0, 1) == (False, "tenant: 600 vs 900")
    assert ctx.figure_relation(2, 3) == (False, "tenant: 600 vs 900")


def test_a_word_before_the_noun_leaves_the_noun_the_head() -> None:
    # (untouched: an adjective or participle BEFORE a plural noun, as "900 suspected cases")
    (cases,) = figures("The number of suspected cases has risen to 900, the agency said.")
    assert cases.head == "cases"
    (units,) = figures("The agency put the number of flooded units at 60.")
    assert units.head == "units"


def test_rather_after_a_number_is_no_counted_noun() -> None:
    (first, second) = figures("The guild puts the number of looms sold at 700 rather than 450.")
    assert first.noun != "rather" and first.head == "looms"
    assert second.value == 450
    # (untouched: a real noun after the number)
    (plain,) = figures("The guild sold 700 looms last year.")
    assert plain.noun == "looms"
