"""bench/negated_blocks.py (session 49, negblock49): why blocking never compared the
negated pairs of a missed dispute. A never compared pair is told by what it shares (one
article or two, blocking keys, among each claim's rarest or not), and a pair blocking
compared is not counted. Made-up names and nouns only."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import negated_blocks  # noqa: E402

from consensus.merge.features import _build_features  # noqa: E402
from consensus.models import Claim, ClaimKind, Evidence  # noqa: E402

NEVER = 'Orla Venn said: "The Pellory growers were never consulted about the frabble dam."'
HELD = "Drubco said it held 14 public consultation meetings with the Pellory growers."
OTHER = "The Dromholt ferry sailed at noon with 40 drubbers aboard."


def _claim(text: str, speaker: str) -> Claim:
    return Claim(
        statement=text,
        kind=ClaimKind.reported_statement,
        subject="it",
        speaker=speaker,
        evidence=(Evidence(quote=text, start=0, end=len(text)),),
    )


def _trace(texts: list[tuple[str, str, str]], compared: set[tuple[int, int]]) -> SimpleNamespace:
    feats = _build_features([(art, 0, _claim(t, sp)) for art, t, sp in texts])
    for f in feats:
        f.origin = f.article
    ctx = SimpleNamespace(article_only=frozenset(), answer_only=frozenset(), rival_only=frozenset())
    prob = {q: 0.5 for q in compared}
    return SimpleNamespace(feats=feats, pairs=sorted(compared), ctx=ctx, prob=prob)


def _pos(trace: SimpleNamespace, art: str) -> int:
    return next(f.pos for f in trace.feats if f.article == art)


def test_a_never_compared_negated_pair_is_told_by_what_it_shares() -> None:
    trace = _trace([("a", NEVER, "Orla Venn"), ("b", HELD, "Drubco")], set())
    (got,) = negated_blocks.blocked_pairs(trace, [{_pos(trace, "a")}, {_pos(trace, "b")}])
    assert got.two_articles and got.scored == "not a candidate"
    assert got.voices == "named neg / named other" and got.polarity == "asserts"
    assert got.negated == NEVER and got.other == HELD
    # they share the growers' place name, and no negated concept word for word
    assert got.shared >= 1 and "consult" not in got.words.split()
    assert negated_blocks.block_class(got).startswith("two articles")


def test_a_compared_pair_and_a_pair_of_no_negation_are_not_counted() -> None:
    trace = _trace([("a", NEVER, "Orla Venn"), ("b", HELD, "Drubco")], set())
    a, b = _pos(trace, "a"), _pos(trace, "b")
    trace.prob = {(min(a, b), max(a, b)): 0.3}
    assert not negated_blocks.blocked_pairs(trace, [{a}, {b}])
    plain = _trace([("a", OTHER, "Orla Venn"), ("b", HELD, "Drubco")], set())
    assert not negated_blocks.blocked_pairs(plain, [{_pos(plain, "a")}, {_pos(plain, "b")}])


def test_block_classes_order_what_blocking_lacks() -> None:
    base = negated_blocks.Blocked(True, "not a candidate", 0, 0, 0, 0, "", "", "", "", "", "")
    assert negated_blocks.block_class(base._replace(two_articles=False)) == "one article"
    assert negated_blocks.block_class(base) == "two articles, no shared key"
    assert negated_blocks.block_class(base._replace(shared=1)) == "two articles, one shared key"
    got = negated_blocks.block_class(base._replace(shared=3, top_shared=1))
    assert got == "two articles, >=2 shared keys, not among the rarest"
    got = negated_blocks.block_class(base._replace(shared=3, top_shared=2))
    assert got == "two articles, >=2 shared rarest keys (capped out)"
