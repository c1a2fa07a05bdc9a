"""Rule 6 for a negation of a paraphrase: one claim negates a word the other states in
another word ("the firm did not cut any jobs" / "the firm laid off 40 staff"; "the minister
never saw the report" / "the minister was briefed on the findings").

`score._negation_clash` reads a rebuttal only when the other claim states the negated
concept itself (its stem, an irregular base or a synonym group of data/concepts.toml). A
speaker who denies what another side says seldom repeats the other side's verb, so that
reading misses the denial of a paraphrase. Here the negated word meets a word the other
claim states by the cosine of their word vectors (`answers._likeness`, the vectors the
merger is given), at a bar FITTED on labelled pairs: `bench/negated_paraphrases.py` reads
every compared pair of the tunable made-up clusters where exactly one claim negates and
no concept clashes, labels it by the gold (two sides of one contested point, one agreed
fact, a look-alike pair) and reports, per bar, how many of each a bar keeps.

What must hold besides the likeness, as for the surface reading: the negated word is
negated outright (or of a subject the other names), it is content of the negating claim
(no speech or name word), it is no contrast ("for X but not for Y") or instruction
("nobody told me to leave"), and it is a predicate's negation ("not", "never", "n't"), not a
noun phrase's ("no wrongly fined driver", "found nothing wrong": what such a claim says of
its noun is the predicate after it); the other claim's word is one the negating claim does not
state itself (a word both state is what they share, not the paraphrase), and is not
itself negated by a verb ("failed to cut"); neither is a figure or a number word (two
counts are rule 3's); and the other claim does not state the negated
concept at all (then the surface reading had its say, with its guards).

PURE: reads the claims' tokens and the pair context's word vectors; no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from consensus.merge.answers import _likeness
from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat, _stem, _Tok
from consensus.merge.figure_words import _UNITS
from consensus.merge.implied_negation import negated_by_verb, stated_before_contrast
from consensus.merge.negated_instructions import only_instructed
from consensus.merge.score import Negation

__all__ = ["PARAPHRASE_AT", "Paraphrase", "paraphrase_clash", "paraphrased"]

# the word-vector likeness at which a negated word meets the other claim's word: fitted
# by bench/negated_paraphrases.py (bench/README "Session 59 (negpara59)")
PARAPHRASE_AT = 0.45


class Paraphrase(NamedTuple):
    """The best meeting of a negated concept with another claim's word."""

    likeness: float
    concept: str  # the negated concept
    word: str  # the other claim's word it meets


NO_PARAPHRASE = Paraphrase(0.0, "", "")


def paraphrased(ctx: PairContext, x: _Feat, y: _Feat, neg_x: Negation) -> Paraphrase:
    """The negated concept of `x` (`neg_x`) whose word best meets a word `y` states in
    other words (see the module docstring), or NO_PARAPHRASE."""
    y_concepts = {t.concept for t in y.toks if t.concept}
    y_stems = {_stem(t.low) for t in y.toks}
    x_words = {t.concept for t in x.toks if t.concept}
    best = NO_PARAPHRASE
    for c in sorted(neg_x.concepts):
        if c in y_concepts or c in y_stems or c not in x.content:
            continue  # (the other states it: the surface reading's, guards and all)
        if c not in neg_x.free and not any(
            cc == c and s in y.content for cc, s in neg_x.of_subject
        ):
            continue
        if stated_before_contrast(x.toks, c) or only_instructed(x.toks, c):
            continue
        if not _verb_negated(x.toks, c):
            continue  # ("no wrongly fined driver", "found nothing wrong": a noun phrase's)
        words = sorted({t.low for t in x.toks if t.concept == c and not _numeral(t.low)})
        for t in y.toks:
            if not t.concept or t.concept in x_words or t.concept not in y.content:
                continue
            if _numeral(t.low):
                continue
            for w in words:
                like = _likeness(ctx, w, t.low)
                if like > best.likeness and not negated_by_verb(y.toks, t.concept):
                    best = Paraphrase(like, c, t.low)
    return best


# the words that negate a predicate (a closed class); "no", "nothing", "nobody" ... negate a
# noun phrase, whose first word is no predicate the other claim could state otherwise
_VERB_NEGATIONS = frozenset({"not", "never", "nor", "cannot"})
_NOUN_NEGATIONS = frozenset({"no", "none", "nothing", "nobody", "neither", "noone"})
_NEGATION_REACH = 3  # tokens back from the negated word ("had not been cut", "not an approval")


def _verb_negated(toks: Sequence[_Tok], concept: str) -> bool:
    """Whether a token of `concept` follows a predicate negation ("not", "never", "n't")
    within `_NEGATION_REACH` tokens, with no noun-phrase negation ("no", "nothing") nearer."""
    for k, t in enumerate(toks):
        if t.concept != concept:
            continue
        for b in range(k - 1, max(-1, k - 1 - _NEGATION_REACH), -1):
            low = toks[b].low
            if low in _NOUN_NEGATIONS:
                break
            if low in _VERB_NEGATIONS or low.endswith(("n't", "n’t")):
                return True
    return False


def _numeral(word: str) -> bool:
    """A figure or a number word: two counts are rule 3's to compare, not a paraphrase
    ("not in fourteen years" / "the whole four minutes")."""
    return word[:1].isdigit() or word in _UNITS


def paraphrase_clash(ctx: PairContext, a: _Feat, b: _Feat, neg_a: Negation, neg_b: Negation) -> str:
    """The concept one of `a`, `b` negates that the other states in other words, at
    `PARAPHRASE_AT` or over; '' when none, or when both negate or neither does."""
    if bool(neg_a.concepts) == bool(neg_b.concepts):
        return ""
    x, neg_x, y = (a, neg_a, b) if neg_a.concepts else (b, neg_b, a)
    got = paraphrased(ctx, x, y, neg_x)
    return got.concept if got.likeness >= PARAPHRASE_AT else ""
