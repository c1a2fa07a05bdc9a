"""bench/negated_pairs.py (session 46, disputes46): a missed dispute's cross-side pairs of
two origins, exactly one negating, read as link rule 6 reads them (the concept one negates
that the other states, the two-voice guards) and classed by the best of them; and what a
lower bar for rule 6 would read (`would_rebut`). Pairs of one origin, or both negating,
are no such pair; a negation of another thing than the other states is "no clash"."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import missed_links  # noqa: E402
import negated_pairs  # noqa: E402
from negated_pairs import NegatedPair, best_pair, pair_class, would_rebut  # noqa: E402

from consensus.merge.features import _build_features  # noqa: E402
from consensus.models import Claim, ClaimKind, Evidence  # noqa: E402


def _claim(statement: str) -> Claim:
    return Claim(
        statement=statement,
        kind=ClaimKind.reported_statement,
        subject="the driver",
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )


def _trace(first: str, second: str, origins: tuple[str, str] = ("a", "b")) -> missed_links.Trace:
    feats = _build_features([("a", 0, _claim(first)), ("b", 0, _claim(second))])
    for f, origin in zip(feats, origins, strict=True):
        f.origin = origin
    ctx = SimpleNamespace(_words_meet=lambda x, y: x == y, _slot_vector=lambda _w: None)
    return missed_links.Trace(feats=list(feats), members=[[0], [1]], ctx=ctx)


def test_a_plain_negation_of_what_the_other_states_is_a_clash() -> None:
    trace = _trace("The driver was not known to police.", "The driver was known to police.")
    trace.prob[(0, 1)] = 0.15
    (pair,) = negated_pairs.negated_pairs(trace, [{0}, {1}])
    assert pair.clash and not pair.two_things and not pair.told_apart
    assert pair.negated.startswith("The driver was not")
    assert pair_class(pair.prob, pair.clash, 0.282) == "clash, below"
    assert would_rebut(pair, 0.1, 0.282) and not would_rebut(pair, 0.2, 0.282)


def test_one_origin_or_two_negations_make_no_negated_pair() -> None:
    same = _trace(
        "The driver was not known to police.", "The driver was known to police.", ("a", "a")
    )
    assert negated_pairs.negated_pairs(same, [{0}, {1}]) == []
    both = _trace("The driver was not known to police.", "The driver had no criminal record.")
    assert negated_pairs.negated_pairs(both, [{0}, {1}]) == []


def test_a_negation_of_another_thing_is_no_clash() -> None:
    trace = _trace("The driver was not arrested.", "The driver was taken to hospital.")
    (pair,) = negated_pairs.negated_pairs(trace, [{0}, {1}])
    assert not pair.clash and pair.prob == -1.0 and not pair.denial
    assert pair.why == "no negated concept is one the other states"
    assert pair_class(pair.prob, pair.clash, 0.282) == "no clash"
    assert not would_rebut(pair, 0.0, 0.282)


def test_classes_and_the_best_pair() -> None:
    assert pair_class(-1.0, "know", 0.282) == "clash, not compared"
    assert pair_class(0.282, "know", 0.282) == "clash, linked"
    assert pair_class(0.1, "know", 0.282) == "clash, below"
    assert pair_class(0.5, "", 0.282, denial=True) == "no clash, a denial"
    plain = NegatedPair(0.9, "", False, False, False, "", "n", "o")
    clash = NegatedPair(0.05, "know", False, False, False, "", "n", "o")
    assert best_pair([plain, clash]) == clash  # (a concept found first, then probability)
    assert best_pair([]) is None
    # a pair the guards read as two things, or never compared at a bar it could not pass
    assert not would_rebut(clash._replace(two_things=True), 0.0, 0.282)
    assert would_rebut(clash._replace(prob=-1.0), 0.2, 0.282)
    assert not would_rebut(clash._replace(prob=0.5), 0.2, 0.282)  # (linked: rule 6's now)
