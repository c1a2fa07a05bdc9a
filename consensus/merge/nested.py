"""Claims that quote a part of another claim of their article (pipeline step 6, the
single-source list).

An extractor may state a fact a sentence holds in passing as a claim of its own ("Jane Roe,
34, said ..." gives "Jane Roe is 34", citing "Jane Roe, 34"): such a claim exists to agree
with another outlet's sentence. When no other origin states it, the sentence it came from
already prints (as its own item), so the part printing again as a single-source line only
repeats it. `nested_claims` finds them; the merger leaves a single-origin group out of the
report when every member is one.

Rule: a claim is nested when each of its evidence spans is a phrase (at most
`MAX_PART_WORDS` words, or `MAX_APPOSED_WORDS` for a name and its apposition set off by a
comma, none of them a verb form: `_phrase`) and lies inside one evidence
span of another claim of the same article that is longer, or as long and earlier in the
claim set (two claims citing the same span: the first one prints). A clause inside another
quote is a sentence of its own that an extractor cut out (an LLM extractor's clause), and
the claim around it may not state it.
PURE: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from consensus.merge.features import _Feat
from consensus.models import Claim
from consensus.offline.role_facts import TITLE_PARTICIPLES

MAX_PART_WORDS = 8  # "Jane Roe, 34", "Oslo-based ferry maker Lumatek": a phrase, no sentence
# a name and its apposition ("Jane Roe, general secretary of the Harbour and Ferry Workers'
# Union"): a role's phrase runs longer, and its comma marks it
MAX_APPOSED_WORDS = 14
# closed verb forms; with the -ing and -ed endings of lower-case words, what makes a clause
_VERB_FORMS = frozenset(
    "is are was were be been has have had will would can could may might must shall should "
    "do does did said says say told tells".split()
)


def _phrase(quote: str) -> bool:
    """A quote of a few words with no verb form ("Jane Roe, 34", "Oslo-based Lumatek"), not
    a clause an extractor cut out ("describing the claim as a fabrication")."""
    words = [w.strip(".,;:!?\"“”’'()") for w in quote.split()]
    if len(words) > (MAX_APPOSED_WORDS if "," in quote else MAX_PART_WORDS):
        return False
    return not any(
        w in _VERB_FORMS
        or (
            w.isalpha()
            and w.islower()
            and w.endswith(("ing", "ed"))
            and w not in TITLE_PARTICIPLES  # ("managing director": a post's word)
        )
        for w in words
    )


# what `nested_claims` read and found, for its last few lists of claims: the merge asks it
# of one list again and again (the link rules, the answers' spans, the joins, the
# single-source list)
_LAST_READ = 4
_last: list[tuple[list[tuple[int, str, int, Claim]], frozenset[int]]] = []


def nested_claims(feats: Sequence[_Feat]) -> set[int]:
    """Positions of the claims of `feats` whose quotes are phrases of a longer claim's quote.

    Per article, the spans sorted by (start, longest first, claim order): the spans that
    can hold one come before it, and a running maximum of their ends stops the look back
    at the first span that cannot (sentences rarely overlap: one step each). Remembered
    for the last `_LAST_READ` lists (a new set each call: callers may change theirs)."""
    # all it reads of a claim: its place, article and index, and the claim (a frozen model)
    read = [(f.pos, f.article, f.index, f.claim) for f in feats]
    for seen, found in _last:
        if seen == read:
            return set(found)
    found = frozenset(_nested_claims(feats))
    _last.insert(0, (read, found))
    del _last[_LAST_READ:]
    return set(found)


def _nested_claims(feats: Sequence[_Feat]) -> set[int]:
    by_article: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    phrases: set[int] = set()
    for f in feats:
        if all(_phrase(ev.quote) for ev in f.claim.evidence):
            phrases.add(f.pos)
        for ev in f.claim.evidence:
            by_article[f.article].append((ev.start, -(ev.end - ev.start), f.index))
    if not phrases:
        return set()
    held: dict[str, set[tuple[int, int, int]]] = {}
    for article, spans in by_article.items():
        spans.sort()
        reach: list[int] = []
        inside: set[tuple[int, int, int]] = set()
        for p, (start, neg_len, index) in enumerate(spans):
            end = start - neg_len
            q = p - 1
            while q >= 0 and reach[q] >= end:
                s, n, i = spans[q]
                if i != index and s - n >= end:
                    inside.add((start, neg_len, index))
                    break
                q -= 1
            reach.append(max(end, reach[-1]) if reach else end)
        held[article] = inside
    return {
        f.pos
        for f in feats
        if f.pos in phrases
        and all(
            (ev.start, -(ev.end - ev.start), f.index) in held[f.article] for ev in f.claim.evidence
        )
    }


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
