"""Denials said with an idiom: "Staffing levels had nothing to do with this incident", "staffing
played no part whatsoever in the failure", "There is no evidence at all that our food made
these children ill", "No part of our alarm system was switched off". The extractor reads
such a sentence as an assertion (no denial verb, and what it negates is not the words of the
accusation), so neither link rule 2 nor rule 6 opposes it to anything; and news writes it
right after the accusation it answers, in the same article, where no candidate pair looks.

A claim of a named speaker whose quote holds such an idiom (the user-extendable list
`data/denial_idioms.toml`) answers a claim of the accuser: the nearest speaker before it in
its article, within `answers.ANSWER_REACH`, that is not the denier's side (past the
denier's own claims and denials, "The director again denied that. \"No
part of our alarm system ...\"", and claims of no one; but a claim that tells speech with
no speaker read, "Parents said ...", is an accuser unknown: nothing is answered). Of the
accuser's claims there (up to a third speaker's), it answers the one that states the most
of its content words, by stem or by word vectors (`words_meet`), at least `MET` of them
("the roof sensors in that part of the building were ... not switched back on" for "No
part of our alarm system was switched off"; one word in common, "staff" for "staffing",
is no sign of the thing answered). The pair is a rebuttal (link rule 6's "negation"
conflict, named by the concept the idiom claim negates): the sides of its point are told
apart by what they negate.

PURE: reads the claims' statements, speakers and citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cache, lru_cache

from consensus.merge.answers import ANSWER_REACH, _one_side, _spans_by_article
from consensus.merge.claim_words import content_words
from consensus.merge.features import _Feat
from consensus.merge.lexicon import _REPORT_NOUNS, _SPEECH, alternatives
from consensus.merge.score import Negation, _Edge
from consensus.merge.slots import _stem
from consensus.models import Polarity

# the content words of the idiom claim (by stem or vector) the claim answered must state (1
# cost a false point: "the company had cut staff" for "staffing played no part")
MET = 2
_WORD = re.compile(r"[^\W\d_]+")
_DATA = "denial_idioms.toml"


@cache
def _idioms() -> re.Pattern[str]:
    """The idioms of `data/denial_idioms.toml`, one pattern."""
    return re.compile(rf"\b(?:{alternatives(_DATA, 'idioms')})\b", re.IGNORECASE)


# (remembered per statement: a merge with clause parts links its claims twice, `verdicts._merge`)
@lru_cache(maxsize=1 << 15)
def says_idiom_denial(text: str) -> bool:
    """Whether `text` denies with an idiom of the list ("had nothing to do with")."""
    return _idioms().search(text) is not None


def idiom_answers(feats: Sequence[_Feat], words_meet: Callable[[str, str], bool]) -> dict[int, int]:
    """Each asserting claim of a named speaker whose quote denies with an idiom -> the claim
    before it in its article it answers (see the module docstring); claims without one
    are left out."""
    by_article = _spans_by_article(feats)
    out: dict[int, int] = {}
    for b, f in enumerate(feats):
        if f.claim.polarity != Polarity.asserts or not f.speaker or not f.citations:
            continue
        if not any(says_idiom_denial(c.quote) for c in f.citations):
            continue
        start = max(c.start for c in f.citations)
        before = sorted(
            (x for x in by_article[f.article] if x[0] < start and x[2] != b), reverse=True
        )
        accuser: str | None = None
        best = (0, -1)  # (words met, claim)
        for _, end, k in before:
            if start - end > ANSWER_REACH:
                break
            other = feats[k]
            if not other.speaker and accuser is None and _tells_speech(other):
                break  # ("Parents said ...": an accuser not read, whose claim is unknown)
            if not other.speaker or _one_side(f.speaker, other.speaker):
                continue  # (the outlet's, or the denier's own words and denials)
            if accuser is None:
                accuser = other.speaker
            elif not _one_side(accuser, other.speaker):
                break  # (a third speaker: the accuser's run ends)
            if other.claim.polarity != Polarity.asserts:
                break  # (another side's denial: what is answered is further up)
            met = _words_met(f, other, words_meet)
            if met > best[0]:
                best = (met, k)
        if best[0] >= MET:
            out[b] = best[1]
    return out


def _tells_speech(f: _Feat) -> bool:
    """Whether a claim's quotes hold a speech word ("Parents at Westgate Primary said ..."):
    someone's claim, though no speaker was read."""
    return any(w.casefold() in _SPEECH for c in f.citations for w in _WORD.findall(c.quote))


def _words_met(a: _Feat, b: _Feat, words_meet: Callable[[str, str], bool]) -> int:
    """How many content words of claim a claim b states, by stem or by vector
    (`words_meet`: "staffing" / "staff", "alarm" / "sensors")."""
    theirs = _words(b)
    stems = {_stem(m) for m in theirs}
    return sum(1 for w in _words(a) if _stem(w) in stems or any(words_meet(w, m) for m in theirs))


def _words(f: _Feat) -> set[str]:
    """The content words of a claim's statement, but speech words, report nouns and the
    words of its speaker's name ("Lotte Maes said: ..." -> not "said", "lotte", "maes")."""
    who = set((f.speaker or "").casefold().split())
    return {
        w
        for w in content_words(f.claim.statement)
        if w not in _SPEECH and w not in _REPORT_NOUNS and w not in who and not w.isdigit()
    }


def idiom_edges(
    feats: Sequence[_Feat],
    words_meet: Callable[[str, str], bool],
    negation: Callable[[int], Negation],
    score: float,
    taken: Collection[tuple[int, int]],
) -> list[_Edge]:
    """The conflict edges of `idiom_answers` (at `score`, reason "negation: not <the
    concept the idiom claim negates>", as link rule 6's rebuttal: the sides of its point
    are told apart by what they negate), but for pairs in `taken` and pairs whose idiom
    claim negates no concept, or whose other claim negates it too."""
    out: list[_Edge] = []
    for b, t in sorted(idiom_answers(feats, words_meet).items()):
        i, j = min(b, t), max(b, t)
        what = min(negation(b).concepts, default="")
        if what and what not in negation(t).concepts and (i, j) not in taken:
            out.append(_Edge(score, i, j, f"negation: not {what}"))
    return out
