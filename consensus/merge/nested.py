"""Claims that quote a part of another claim of their article (pipeline step 6, the
single-source list).

An extractor may state a fact a sentence holds in passing as a claim of its own ("Jane Roe,
34, said ..." gives "Jane Roe is 34", citing "Jane Roe, 34"): such a claim exists to agree
with another outlet's sentence. When no other origin states it, the sentence it came from
already prints (as its own item), so the part printing again as a single-source line only
repeats it. `nested_claims` finds them; the merger leaves a single-origin group out of the
report when every member is one.

Rule: a claim is nested when each of its evidence spans is a phrase (at most
`MAX_PART_WORDS` words, none of them a verb form: `_phrase`) and lies inside one evidence
span of another claim of the same article that is longer, or as long and earlier in the
claim set (two claims citing the same span: the first one prints). A clause inside another
quote is a sentence of its own that an extractor cut out (an LLM extractor's clause), and
the claim around it may not state it.
PURE: no I/O.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from consensus.merge.features import _Feat
from consensus.models import Claim, Evidence

MAX_PART_WORDS = 8  # "Jane Roe, 34", "Oslo-based ferry maker Lumatek": a phrase, no sentence
# closed verb forms; with the -ing and -ed endings of lower-case words, what makes a clause
_VERB_FORMS = frozenset(
    "is are was were be been has have had will would can could may might must shall should "
    "do does did said says say told tells".split()
)


def _phrase(quote: str) -> bool:
    """A quote of a few words with no verb form ("Jane Roe, 34", "Oslo-based Lumatek"), not
    a clause an extractor cut out ("describing the claim as a fabrication")."""
    words = [w.strip(".,;:!?\"“”’'()") for w in quote.split()]
    if len(words) > MAX_PART_WORDS:
        return False
    return not any(
        w in _VERB_FORMS or (w.isalpha() and w.islower() and w.endswith(("ing", "ed")))
        for w in words
    )


def _held(feats: Sequence[_Feat]) -> dict[str, dict[tuple[int, int, int], int]]:
    return _held_spans([(f.article, f.index, f.claim.evidence) for f in feats])


def _held_spans(
    claims: Sequence[tuple[str, int, Sequence[Evidence]]], strict: bool = False
) -> dict[str, dict[tuple[int, int, int], int]]:
    """Per article, the evidence spans (start, -length, claim index) that lie inside a
    longer span of another claim of the article (or, unless `strict`, one as long and
    earlier in the set), each with the index of the claim holding it.

    Per article, the spans sorted by (start, longest first, claim order): the spans that
    can hold one come before it, and a running maximum of their ends stops the look back
    at the first span that cannot (sentences rarely overlap: one step each)."""
    by_article: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for article, index, evidence in claims:
        for ev in evidence:
            by_article[article].append((ev.start, -(ev.end - ev.start), index))
    held: dict[str, dict[tuple[int, int, int], int]] = {}
    for article, spans in by_article.items():
        spans.sort()
        reach: list[int] = []
        inside: dict[tuple[int, int, int], int] = {}
        for p, (start, neg_len, index) in enumerate(spans):
            end = start - neg_len
            q = p - 1
            while q >= 0 and reach[q] >= end:
                s, n, i = spans[q]
                if i != index and s - n >= end and not (strict and n == neg_len):
                    inside[(start, neg_len, index)] = i
                    break
                q -= 1
            reach.append(max(end, reach[-1]) if reach else end)
        held[article] = inside
    return held


def _all_held(f: _Feat, held: dict[str, dict[tuple[int, int, int], int]]) -> bool:
    inside = held.get(f.article, {})
    return all((ev.start, -(ev.end - ev.start), f.index) in inside for ev in f.claim.evidence)


def nested_claims(feats: Sequence[_Feat]) -> set[int]:
    """Positions of the claims of `feats` whose quotes are phrases of a longer claim's quote."""
    phrases = {f.pos for f in feats if all(_phrase(ev.quote) for ev in f.claim.evidence)}
    if not phrases:
        return set()
    held = _held(feats)
    return {f.pos for f in feats if f.pos in phrases and _all_held(f, held)}


_TOKEN = re.compile(r"[^\W_]+(?:[’'.,-][^\W_]+)*")


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


def clause_parts(
    entries: Sequence[tuple[str, int, Claim]],
) -> dict[tuple[str, int], tuple[str, int]]:
    """The claims of `entries` ((article, index, claim)) that repeat a clause of a longer
    claim of their article word for word: a single quote inside another claim's strictly
    longer quote, and a statement whose words are the quote's words. The claim around it
    states it already (its quote holds the words), so such a claim neither joins a group
    nor prints: it only lets that longer claim count for another origin's item that states
    the clause (`clause_backing.py`). An extractor's clause with a statement of its own
    ("describing the claim as a fabrication" -> "X described the claim as a fabrication")
    is no part: it is a claim like any other. Returns (article, index) of each part ->
    (article, index) of the claim holding it."""
    verbatim = {
        (article, index)
        for article, index, claim in entries
        if len(claim.evidence) == 1 and _tokens(claim.statement) == _tokens(claim.evidence[0].quote)
    }
    if not verbatim:
        return {}
    held = _held_spans([(a, i, c.evidence) for a, i, c in entries], strict=True)
    out: dict[tuple[str, int], tuple[str, int]] = {}
    for article, index, claim in entries:
        if (article, index) in verbatim:
            ev = claim.evidence[0]
            holder = held.get(article, {}).get((ev.start, -(ev.end - ev.start), index))
            if holder is not None:
                out[(article, index)] = (article, holder)
    return out


MIN_SHARED_OF_PARTNER = 0.5  # of the other claim's content words a part's link must share


def part_may_link(part: _Feat, other: _Feat) -> bool:
    """Whether a nested claim (`nested_claims`) may join `other`: a part names little but
    who it is about ("Jane Roe is 34"), so a shared name is no reason to join; they must
    share at least half of the part's content words and half of the other's ("Jane Roe
    lives near the station" is about Jane Roe and says something else; "Oslo-based Lumatek
    has begun to move" repeats the phrase and says something else)."""
    shared = len(part.content & other.content)
    return (
        shared > 0
        and shared >= 0.5 * len(part.content)
        and shared >= MIN_SHARED_OF_PARTNER * len(other.content)
    )
