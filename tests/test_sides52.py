"""bench/assertion_sides.py (session 52, sides52): the census of missed disputes whose two
sides both assert, its hand labels, and its measured reading of a universal account against
a counter-instance ("All four fans started" / "two of the four fans failed to start").
No behaviour of the library changed; these tests pin the census reading. Invented text."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import assertion_sides  # noqa: E402

from consensus.merge.features import _build_features  # noqa: E402
from consensus.models import Article  # noqa: E402
from consensus.offline import extract_offline  # noqa: E402

DAY = dt.date(2025, 6, 2)


def _feats(*texts: str):  # type: ignore[no-untyped-def]
    arts = [
        Article(id=f"t{k}", text=t, outlet=f"Outlet {k}", published=DAY)
        for k, t in enumerate(texts)
    ]
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    return _build_features(claims, {a.id: a.text for a in arts})


def _one(text: str):  # type: ignore[no-untyped-def]
    feats = _feats(text)
    assert len(feats) == 1, [f.claim.statement for f in feats]
    return feats[0]


def test_a_universal_told_as_an_account_quantifies_its_noun() -> None:
    f = _one('The operator said: "All four pumps at the depot started on time."')
    assert "pump" in {c[:4] for c in assertion_sides.universal_nouns(f)}
    # (a number is no quantified noun)
    assert not any(c.startswith("four") for c in assertion_sides.universal_nouns(f))


def test_a_promise_or_a_negated_universal_is_no_account() -> None:
    promise = _one("The operator said every customer will be paid in full by Friday.")
    negated = _one("The operator said not all pumps at the depot started on time.")
    assert assertion_sides.universal_nouns(promise) == frozenset()
    assert assertion_sides.universal_nouns(negated) == frozenset()


def test_a_part_of_the_set_or_a_prefixed_opposite_is_a_counter_instance() -> None:
    universal = _one("Mara Holt said every crate in the store was sealed.")
    nouns = assertion_sides.universal_nouns(universal)
    part = _one("Tom Reed said two of the ten crates had been opened.")
    opposite = _one("Tom Reed said inspectors found unsealed crates in the store.")
    assert assertion_sides.counter_instance(nouns, universal, part)
    assert assertion_sides.counter_instance(nouns, universal, opposite)


def test_the_same_noun_told_plainly_is_no_counter_instance() -> None:
    universal = _one("Mara Holt said every crate in the store was sealed.")
    nouns = assertion_sides.universal_nouns(universal)
    plain = _one("Tom Reed said the crates were moved to the store on Monday.")
    far = _one("Two of the ten guards said the weather was cold near the crates.")
    assert not assertion_sides.counter_instance(nouns, universal, plain)
    # (a part of another noun, more than five words before the quantified one)
    assert not assertion_sides.counter_instance(nouns, universal, far)


def test_the_hand_labels_name_known_kinds_and_no_held_out_cluster() -> None:
    labels = assertion_sides._kinds(ROOT / "bench" / "assertion_sides_kinds.tsv")
    assert len(labels) >= 60
    assert set(labels.values()) <= set(assertion_sides.KINDS)
    held = {
        line.split()[0]
        for line in (ROOT / "tests/data/madeup/HELD_OUT.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert not {cluster for cluster, _ in labels} & held
