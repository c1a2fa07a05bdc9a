"""What the merge remembers per statement or per sentence (session 30, speed30): a merge
with clause parts links its claims twice (over claims and parts, then over the claims,
`verdicts._merge`), and the statement reads both passes make are remembered. The
remembered answers must be the answers read afresh, and the claims' pass after the pass over
claims and parts must give the edges it gives alone. Made-up sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from test_merge import claim

from consensus.merge import occurrences
from consensus.merge.account_slots import instrument
from consensus.merge.accounts import account_target
from consensus.merge.answer_blocks import _denial_word
from consensus.merge.claim_words import denied_content, statement_words
from consensus.merge.clause_cuts import clause_claims
from consensus.merge.cross_answers import _subjects
from consensus.merge.denial_strength import _hinted
from consensus.merge.features import _build_features, _Feat, _text_tokens
from consensus.merge.idiom_denials import says_idiom_denial
from consensus.merge.link import link_edges
from consensus.merge.roles import _role_words
from consensus.merge.weekdays import weekday_of
from consensus.models import Citation, Claim, Polarity
from consensus.vectors import Vectors

STATEMENTS = [
    "Harbour Authority spokesman Tomas Vell said on Tuesday that the ferry Marisol had "
    "struck the pier at 9 knots, injuring 14 passengers and two crew members.",
    "The operator denied that the ferry had been overloaded, calling the report baseless.",
    "Vell said the captain was not to blame and that the pier had nothing to do with it.",
    "Prosecutors said the owner had paid the inspectors before the ferry sailed on Monday.",
    "A delivery truck rammed the gate of the main terminal building, police said.",
    "Fourteen passengers were hurt when the ferry hit the pier, the authority said.",
    "The ferry company rejected claims that it ignored safety warnings.",
]
REMEMBERED: list[tuple[Callable[..., Any], Callable[[str], tuple[Any, ...]]]] = [
    (_text_tokens, lambda s: (s,)),
    (statement_words, lambda s: (s,)),
    (_role_words, lambda s: (s, frozenset({"tomas vell", "vell"}))),
    (denied_content, lambda s: (s,)),
    (says_idiom_denial, lambda s: (s,)),
    (instrument, lambda s: (s,)),
    (weekday_of, lambda s: (s,)),
    (account_target, lambda s: (s,)),
    (_subjects, lambda s: (s,)),
    (_denial_word, lambda s: (s,)),
    (_hinted, lambda s: (s,)),
]


@pytest.mark.parametrize("fn, args", REMEMBERED)
def test_a_remembered_read_is_the_read_afresh(
    fn: Any, args: Callable[[str], tuple[Any, ...]]
) -> None:
    fn.cache_clear()
    for s in STATEMENTS:
        first = fn(*args(s))
        assert fn(*args(s)) == first == fn.__wrapped__(*args(s)), (fn, s)
    assert fn.cache_info().hits == len(STATEMENTS)


def _entries(parts: bool) -> list[tuple[str, int, Claim]]:
    """Two made-up articles of one ferry crash, each sentence a claim; with `parts`, the
    clauses of long claims too (indices after the claims, as `verdicts._merge` gives them)."""
    texts = [" ".join(STATEMENTS[:4]), " ".join(STATEMENTS[3:])]
    out: list[tuple[str, int, Claim]] = []
    for n, text in enumerate(texts):
        article = f"a{n}"
        mine = [s for s in STATEMENTS if s in text]
        claims = [
            claim(
                text,
                s,
                s,
                speaker="Tomas Vell" if "Vell" in s else None,
                entities=[e for e in ("Tomas Vell", "Marisol") if e.split()[-1] in s],
                polarity=Polarity.denies if "denied" in s or "rejected" in s else Polarity.asserts,
            )
            for s in mine
        ]
        out += [(article, k, c) for k, c in enumerate(claims)]
        if parts:
            at = len(claims)
            for c in claims:
                for p in clause_claims(c):
                    out.append((article, at, p))
                    at += 1
    return out


def _edges(entries: list[tuple[str, int, Claim]]) -> tuple[list[Any], dict[Any, float]]:
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    edges, _pairs, _ctx, prob = link_edges(feats, Vectors.empty())
    key = [(f.article, f.index) for f in feats]
    return (
        sorted((e.score, key[e.i], key[e.j], e.conflict) for e in edges),
        {(key[i], key[j]): p for (i, j), p in prob.items()},
    )


def _forget() -> None:
    for fn, _ in REMEMBERED:
        fn.cache_clear()


def test_the_claims_pass_after_the_pass_with_parts_gives_the_edges_it_gives_alone() -> None:
    claims_only, with_parts = _entries(parts=False), _entries(parts=True)
    assert len(with_parts) > len(claims_only)  # (the long claims have clauses)
    _forget()
    alone = _edges(claims_only)
    _forget()
    _edges(with_parts)  # (the first pass: every statement read and remembered)
    after = _edges(claims_only)
    assert after == alone
    assert alone[0]  # (some edge: the test compares something)


def _feats_cited(text: str, quotes: list[str]) -> list[_Feat]:
    entries = [("a0", k, claim(text, q, q)) for k, q in enumerate(quotes)]
    feats = _build_features(entries)
    for f in feats:
        ev = f.claim.evidence[0]
        f.citations = (Citation(article="a0", quote=ev.quote, start=ev.start, end=ev.end),)
    return feats


def _read_claim_by_claim(
    feats: list[_Feat], texts: dict[str, str], published: dict[str, dt.date | None]
) -> list[tuple[str, frozenset[str]]]:
    """`read_occurrences` as it read before session 30: each claim's sentence on its own."""
    o = occurrences
    spans, other = {}, {}
    scopes: list[str] = []
    for n, f in enumerate(feats):
        text = texts[f.article]
        cite = f.citations[0]
        spans[n] = lo, hi = o._sentence_span(text, cite.start)
        scope = o._key(o._head(text[lo:hi]), published.get(f.article))
        if not scope and lo > 1 and o._THAT.search(o._head(text[lo:hi])):
            before = o._sentence_span(text, lo - 2)
            scope = o._key(o._head(text[before[0] : before[1]]), published.get(f.article))
        scopes.append(scope)
        if scope:
            other.setdefault(f.article, []).append((lo, hi))
    own = {}
    for article, cut in other.items():
        text, kept, at = texts[article], [], 0
        for lo, hi in sorted(set(cut)):
            kept.append(text[at:lo])
            at = max(at, hi)
        own[article] = o._marks(" ".join([*kept, text[at:]]))
    out = []
    for n, (lo, hi) in spans.items():
        marks = o._marks(texts[feats[n].article][lo:hi], sentence=True)
        year = scopes[n].partition(":")[2]
        got = (
            frozenset(marks)
            if not scopes[n]
            else frozenset(marks - own[feats[n].article] | ({year} if year else set()))
        )
        out.append((scopes[n], got))
    return out


def test_claims_of_one_sentence_read_its_occurrence_once_and_as_before() -> None:
    text = (
        "In 2019, a ferry of the Brannock line sank off Kelport, killing 12 people. "
        "Nine crew died in that sinking, and the Brannock owner was fined. "
        "On Tuesday the Marisol struck the Tavin pier, and 14 passengers were hurt, "
        "Tomas Vell said. In a separate incident, a Lorrin barge ran aground near Ostby."
    )
    quotes = [
        "a ferry of the Brannock line sank off Kelport",
        "killing 12 people",
        "Nine crew died in that sinking",
        "the Brannock owner was fined",
        "the Marisol struck the Tavin pier",
        "14 passengers were hurt",
        "a Lorrin barge ran aground near Ostby",
    ]
    texts, published = {"a0": text}, {"a0": dt.date(2024, 5, 7)}
    feats = _feats_cited(text, quotes)
    want = _read_claim_by_claim(feats, texts, published)
    occurrences.read_occurrences(feats, texts, published)
    assert [(f.scope, f.scope_marks) for f in feats] == want
    # (the 2019 sinking, "that sinking" after it, the story's own event, another incident)
    assert [f.scope for f in feats] == ["other:2019"] * 4 + ["", "", "other"]


def test_sentence_reads_kept_across_calls_give_what_a_fresh_call_gives() -> None:
    text = (
        "In a separate incident, a Lorrin barge ran aground near Ostby. "
        "On Tuesday the Marisol struck the Tavin pier, Tomas Vell said."
    )
    quotes = ["a Lorrin barge ran aground near Ostby", "the Marisol struck the Tavin pier"]
    texts, published = {"a0": text}, {"a0": dt.date(2024, 5, 7)}
    fresh = _feats_cited(text, quotes)
    occurrences.read_occurrences(fresh, texts, published)
    reads: occurrences.SentenceReads = {}
    occurrences.read_occurrences(_feats_cited(text, quotes[1:]), texts, published, reads)
    kept = _feats_cited(text, quotes)
    occurrences.read_occurrences(kept, texts, published, reads)
    assert len(reads) == 2
    assert [(f.scope, f.scope_marks) for f in kept] == [(f.scope, f.scope_marks) for f in fresh]
    assert [f.scope for f in kept] == ["other", ""]
