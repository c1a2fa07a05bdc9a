"""Why blocking never compared the negated pairs of missed disputes (session 49, negblock49).

`negated_pairs.py` counts the missed gold disputes whose best negated pair is `no clash`
by how far their pairs got (`compared | never compared`). This census takes those never
compared and reads every such pair (two origins on two sides, exactly one with a negation
word) as blocking sees it:

* `scored`: the pair was no candidate at all, or a candidate compared for one rule alone
  whose probability leaves the trace (`negated_pairs` reads it as never compared): two
  speakers of one article (`article_pairs`), an answer's pair (`answer_blocks`), a rival
  figure or time;
* `where`: one article or two (blocking compares two claims of one article only for
  `article_pairs`' conflict edge);
* `voices`: the negating claim's speaker and the other's: named / unnamed / one speaker;
* `polarity`: the negating claim's (`denies` is link rule 2's, `asserts` rule 6's);
* `keys`: the blocking keys the two share (`_Feat.keys`), how many of them are among
  each claim's `MAX_BLOCK_KEYS` rarest (a key pair `_candidate_codes` could meet on), and
  the rarest shared key's document frequency;
* `content`: the content concepts they share, with irregular pasts read as their base.

Each dispute is tallied by its pair that came nearest (two articles before one, more
shared rarest keys, more shared keys, more shared concepts): `block |` which of the keys
it lacks, plus `voices |`, `polarity |` and `shared content |` counts of those best pairs.
With `-v`, each dispute's best pair is printed (short starts of statements only).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/negated_blocks.py [-v] [cluster ...]
(default: the tunable made-up clusters; a held-out one is never read)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT
from negated_pairs import best_pair, compared_class, missed_dispute_sides, negated_pairs
from quality_lib import madeup, tunable


class Blocked(NamedTuple):
    """One never compared negated pair as blocking sees it."""

    two_articles: bool
    scored: str  # 'not a candidate', or why a candidate pair got no probability
    top_shared: int  # shared keys among both claims' rarest MAX_BLOCK_KEYS
    shared: int  # shared keys
    content: int  # shared content concepts (irregular pasts as their base)
    rarest_df: int  # the document frequency of the rarest shared key (0: none)
    voices: str
    polarity: str
    words: str  # the shared content concepts
    kin: str  # a negated concept and a concept of the other that share a 5-letter start
    negated: str
    other: str


def _voice(f: Any) -> str:
    return "named" if f.speaker else "unnamed"


def rarest_keys(feats: Sequence[Any]) -> tuple[Counter[str], list[set[str]]]:
    """The batch's key document frequencies and each claim's blocking keys (its
    MAX_BLOCK_KEYS rarest held by two claims or more), as `_candidate_codes` picks them."""
    from consensus.merge.tunables import MAX_BLOCK_KEYS

    df: Counter[str] = Counter(k for f in feats for k in set(f.keys))

    def rarest(f: Any) -> set[str]:
        held = sorted((k for k in set(f.keys) if df[k] >= 2), key=lambda k: (df[k], k))
        return set(held[:MAX_BLOCK_KEYS])

    top = [rarest(f) for f in feats]
    return df, top


def blocked_pairs(trace: Any, sides: Sequence[set[int]]) -> list[Blocked]:
    """The never compared cross-side pairs of two origins, exactly one negating."""
    from consensus.merge.denial_strength import _Negations
    from consensus.merge.verb_lemmas import with_lemmas

    feats = trace.feats
    negations = _Negations(feats)
    df, top = rarest_keys(feats)
    candidates = set(trace.pairs)
    ctx = trace.ctx
    out: set[Blocked] = set()
    for x, si in enumerate(sides):
        for sj in sides[x + 1 :]:
            for i in si:
                for j in sj:
                    a, b = feats[i], feats[j]
                    if i == j or a.origin == b.origin or negations.hinted[i] == negations.hinted[j]:
                        continue
                    if (min(i, j), max(i, j)) in trace.prob:
                        continue
                    q = (min(i, j), max(i, j))
                    if q not in candidates:
                        scored = "not a candidate"
                    elif q in ctx.article_only:
                        scored = "one article's two speakers (article_pairs)"
                    elif q in ctx.answer_only:
                        scored = "an answer's pair (answer_blocks)"
                    elif q in ctx.rival_only:
                        scored = "a rival figure or time"
                    else:
                        scored = "dropped (one article)"
                    k, m = (i, j) if negations.hinted[i] else (j, i)
                    neg, other = feats[k], feats[m]
                    shared = set(neg.keys) & set(other.keys)
                    words = with_lemmas(neg.content, neg.toks) & with_lemmas(
                        other.content, other.toks
                    )
                    said = negations(k).concepts
                    kin = sorted(
                        f"{c}~{o}"
                        for c in said
                        for o in other.concepts
                        if c != o and len(c) >= 5 and len(o) >= 5 and c[:5] == o[:5]
                    )
                    if neg.speaker and neg.speaker == other.speaker:
                        voices = "one speaker"
                    else:
                        voices = f"{_voice(neg)} neg / {_voice(other)} other"
                    out.add(
                        Blocked(
                            neg.article != other.article,
                            scored,
                            len(shared & top[k] & top[m]),
                            len(shared),
                            len(words),
                            min((df[q] for q in shared), default=0),
                            voices,
                            neg.claim.polarity.value,
                            " ".join(sorted(words)),
                            " ".join(kin),
                            neg.claim.statement,
                            other.claim.statement,
                        )
                    )
    return sorted(out)


def block_class(p: Blocked) -> str:
    """Which of blocking's conditions the pair fails first."""
    if not p.two_articles:
        return "one article"
    if p.shared == 0:
        return "two articles, no shared key"
    if p.shared == 1:
        return "two articles, one shared key"
    if p.top_shared >= 2:
        return "two articles, >=2 shared rarest keys (capped out)"
    return "two articles, >=2 shared keys, not among the rarest"


def diagnose(event: str, verbose: bool, tally: Counter[str], chars: int = SHORT) -> None:
    """Tally one cluster's missed `no clash` disputes whose negated pairs were never
    compared."""
    for point, trace, sides in missed_dispute_sides(event):
        pairs = negated_pairs(trace, sides)
        best = best_pair(pairs)
        if best is None or best.clash or compared_class(pairs) != "never compared":
            continue
        got = blocked_pairs(trace, sides)
        if not got:
            continue
        near = max(got, key=lambda p: (p.two_articles, p.top_shared, p.shared, p.content, p))
        if kin := next((p.kin for p in got if p.kin), ""):
            tally["kin | a negated concept and the other's share a 5-letter start"] += 1
        tally["block | " + block_class(near)] += 1
        if all(p.scored == "not a candidate" for p in got):
            tally["scored | no pair a candidate"] += 1
        else:
            for why in sorted({p.scored for p in got} - {"not a candidate"}):
                tally["scored | " + why] += 1
        tally["voices | " + near.voices] += 1
        tally["polarity | " + near.polarity] += 1
        tally[f"shared content | {min(near.content, 3)}{'+' if near.content >= 3 else ''}"] += 1
        if any(p.two_articles for p in got) and not all(p.two_articles for p in got):
            tally["mixed | one article and two"] += 1
        if verbose:
            print(
                f"== {event} {point['id']}: {block_class(near)}; {near.voices}, {near.polarity};"
                f" keys {near.shared} (rarest {near.top_shared}, df {near.rarest_df});"
                f" shared: {near.words or '-'}{'; kin ' + kin if kin else ''}"
            )
            print(f"    negates: {near.negated[:chars]!r}")
            print(f"    other:   {near.other[:chars]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", action="store_true", help="print each dispute's nearest pair")
    ap.add_argument("--chars", type=int, default=SHORT, help="characters of a statement printed")
    ap.add_argument("clusters", nargs="*")
    args = ap.parse_args(argv)
    names = tunable(args.clusters or madeup())
    tally: Counter[str] = Counter()
    for event in names:
        diagnose(event, args.v, tally, args.chars)
    total = sum(v for k, v in tally.items() if k.startswith("block |"))
    print(f"== {total} missed disputes, no clash, never compared")
    for key, n in sorted(tally.items(), key=lambda kv: (kv[0].split(" | ")[0], -kv[1], kv[0])):
        print(f"  {n:4d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
