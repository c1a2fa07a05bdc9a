"""A second act of a verb is never the same claim as a first act of it (rule 0 of link.py).

A verb written with the prefix "re" and a remainder in a verb's shape ("retaken",
"recaptured", "reopened", "regained": the remainder ends in -ed, -en or -ing, or is an
irregular verb form of data/irregular_verbs.toml) tells the act of its remainder done
again; so does "<verb> back" ("taken back", "won back"; not after a determiner: "the way
back", "their money back"). A statement that tells such a second act and one that tells
no second act but holds its remainder in a verb's shape, by stem or by a word whose word
vector is near it (`NEAR_ACT`), tell two events ("Holt's militia captured the port" /
"the port has been taken back by the navy"), never one claim. Two statements that both
tell a second act are left to the other rules. Read from the words alone: no table of
verbs or events. The remainder's word vector is the one the batch already holds (a content
word of some statement: "taken" of "taken back"); nothing more is embedded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from consensus.merge.lexicon import _DETERMINERS, _SPEECH, _STOP, IRREGULAR_BASE
from consensus.merge.slots import _stem

if TYPE_CHECKING:
    from consensus.merge.compare import PairContext
    from consensus.merge.features import _Feat

__all__ = ["NEAR_ACT", "acts_again", "second_acts_apart"]

# The cosine of word vectors at which a word is the remainder's act in other words. Checked
# on invented pairs with the bundled static vectors: a first act in other words meets its
# remainder at 0.34-0.72 ("captured" ~ "taken" 0.34, "took" ~ "taken" 0.63, "chosen" ~
# "elected" 0.44, "constructed" ~ "built" 0.72); the other words of such claims stay below
# 0.2 ("taken" ~ "forces" -0.02, ~ "arrested" 0.14, "take" ~ "town" 0.06).
NEAR_ACT = 0.3

# "re" (or "re-") and a remainder of four letters or more
_AGAIN = re.compile(r"\bre-?([a-z]{4,})\b")
_WORDS = re.compile(r"[a-z]+")
# a word of three letters or more, no part of a hyphenated compound
_LONE_WORD = re.compile(r"(?<![-\w])([a-z]{3,})(?![-\w])")
_IRREGULAR_FORMS = frozenset(IRREGULAR_BASE) | frozenset(IRREGULAR_BASE.values())


def _verb_shaped(word: str) -> bool:
    return word.endswith(("ed", "en", "ing")) or word in _IRREGULAR_FORMS


@lru_cache(maxsize=1 << 14)
def acts_again(statement: str) -> tuple[str, ...]:
    """The acts a statement tells done again: the remainders of its "re" verbs and the
    verbs before its "back" ("has been taken back" -> ("taken",)). A verb of saying, or a
    saying again ("reported", "reiterated", "restated"), tells no second act: what is said
    again is the same claim."""
    low = statement.casefold()
    out = [
        m[1]
        for m in _AGAIN.finditer(low)
        if _verb_shaped(m[1]) and m[0] not in _SPEECH and m[1] not in _SPEECH
    ]
    words = _WORDS.findall(low)
    for k in range(1, len(words)):
        verb = words[k - 1]
        if words[k] != "back" or verb in _STOP or len(verb) < 3 or not _verb_shaped(verb):
            continue
        if k < 2 or words[k - 2] not in _DETERMINERS:
            out.append(verb)
    return tuple(dict.fromkeys(out))


def _base(word: str) -> str:
    return IRREGULAR_BASE.get(word, word)


def _holds_act(ctx: PairContext, statement: str, act: str) -> bool:
    """Whether a statement holds the act as a verb: a word ending in -ed, -en or -ing (no
    part of a hyphenated compound: not "naming-rights") of the act's stem or whose word
    vector is near it ("captured" for "taken"; not "printer" for "printed"), or an irregular
    form of the act's verb ("built" for "rebuild"). An irregular form of another verb ("went",
    "made") is no first act: common verbs' vectors sit near each other."""
    stem, base, vec = _stem(act), _base(act), ctx._slot_vector(act)
    for w in dict.fromkeys(_LONE_WORD.findall(statement.casefold())):
        if w in _STOP:
            continue
        if w in _IRREGULAR_FORMS:
            if _base(w) == base:
                return True
            continue
        if not _verb_shaped(w):
            continue
        if _stem(w) == stem:
            return True
        if vec is not None:
            wv = ctx._slot_vector(w)
            if wv is not None and float(vec @ wv) >= NEAR_ACT:
                return True
    return False


def second_acts_apart(
    feats: Sequence[_Feat], ctx: PairContext, pi: np.ndarray, pj: np.ndarray
) -> np.ndarray:
    """Whether each pair (pi[k], pj[k]) is a second act and a first act of one verb."""
    acts = [acts_again(f.claim.statement) for f in feats]
    has = np.fromiter((bool(a) for a in acts), bool, len(acts))
    out = np.zeros(len(pi), dtype=bool)
    for k in np.flatnonzero(has[pi] != has[pj]).tolist():
        i, j = int(pi[k]), int(pj[k])
        again, first = (i, j) if has[i] else (j, i)
        text = feats[first].claim.statement
        out[k] = any(_holds_act(ctx, text, a) for a in acts[again])
    return out
