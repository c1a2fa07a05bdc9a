"""What a figure is in its own sentence (consensus/merge/slot_reads.py), the three reads
session 57 tried for the slot model: a part and its whole ("700 of its 900 staff"), one
statement giving both values, and a label's number ("move 38"). Read by
scripts/fit_slot_weights.py --reads; the shipped veto is fitted without them. Invented
sentences throughout."""

from __future__ import annotations

from consensus.merge.figures import figures
from consensus.merge.slot_model import FEATURES, READS, pair_features
from consensus.merge.slot_reads import both_told, name_number, part_of

PART = "Administrators said 700 of its 900 staff were made redundant on Monday."
WHOLE = "The Tessaly carrier employed 900 staff before it collapsed."


def test_a_part_and_its_whole_are_read_as_such() -> None:
    part, whole = figures(PART)
    assert (part.value, whole.value) == (700, 900)
    assert part_of(part, PART) and part_of(whole, PART)
    alone = "Administrators said 700 staff were made redundant on Monday."
    assert not part_of(figures(alone)[0], alone)


def test_one_statement_giving_both_values() -> None:
    part = figures(PART)[0]
    (other,) = figures(WHOLE)
    assert both_told(part, other, PART, WHOLE)
    lone = "Administrators said 700 staff were made redundant on Monday."
    assert not both_told(figures(lone)[0], other, lone, WHOLE)


def test_a_labels_number_is_no_count() -> None:
    text = "She resigned after move 38 of the fourth game."
    assert name_number(figures(text)[0], text)
    for text in ("Gunmen killed 38 on Monday.", "Some 38 people were hurt."):
        assert not name_number(figures(text)[0], text)


def test_features_carry_the_reads() -> None:
    part, whole = figures(PART)[0], figures(WHOLE)[0]
    got = pair_features(part, whole, lambda w: None, PART, WHOLE, reads=True)
    row = dict(zip(FEATURES + READS, got, strict=True))
    assert row["both_told"] == 1.0 and row["part_of"] == 1.0 and row["name_number"] == 0.0
    # (the shipped model's rows carry no reads: it was fitted without them)
    assert len(pair_features(part, whole, lambda w: None, PART, WHOLE)) == len(FEATURES)
