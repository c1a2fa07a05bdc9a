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

A "re" that is no prefix ("researched", "resigned", "returned", "refused": the word is no
act of its remainder "searched", "signed", ...) is told by the word vectors: a word whose
vector is far from its remainder's (`REPREFIXED`) tells no second act, where the batch holds
both vectors (the remainder's, or that of the other statement's word of its stem).
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

__all__ = ["NEAR_ACT", "REPREFIXED", "acts_again", "second_acts_apart"]

# The cosine of word vectors at which a word is the remainder's act in other words. Checked
# on invented pairs with the bundled static vectors: a first act in other words meets its
# remainder at 0.34-0.72 ("captured" ~ "taken" 0.34, "took" ~ "taken" 0.63, "chosen" ~
# "elected" 0.44, "constructed" ~ "built" 0.72); the other words of such claims stay below
# 0.2 ("taken" ~ "forces" -0.02, ~ "arrested" 0.14, "take" ~ "town" 0.06).
NEAR_ACT = 0.3
# The cosine of word vectors below which a "re" word is no act of its remainder done again.
# Checked on invented lists with the bundled static vectors: 36 re- verbs that tell an act
# again meet their remainders at 0.09-0.75, 32 of them at 0.2 or more ("retaken" ~ "taken"
# 0.28, "reopened" ~ "opened" 0.65; below: "resumed", "redrawn", "revisited", "rerouted");
# 40 words whose "re" is no prefix at -0.07-0.45, 32 of them below 0.2 ("researched" ~
# "searched" 0.14, "resigned" ~ "signed" 0.13, "released" ~ "leased" 0.12; above:
# "returned" 0.22, "refused" 0.26, "resolved" 0.45, ...).
REPREFIXED = 0.2

# "re" (or "re-") and a remainder of four letters or more
_AGAIN = re.compile(r"\bre-?([a-z]{4,})\b")
_WORDS = re.compile(r"[a-z]+")
# a word of three letters or more, no part of a hyphenated compound
_LONE_WORD = re.compile(r"(?<![-\w])([a-z]{3,})(?![-\w])")
_IRREGULAR_FORMS = frozenset(IRREGULAR_BASE) | frozenset(IRREGULAR_BASE.values())


def _verb_shaped(word: str) -> bool:
    return word.endswith(("ed", "en", "ing")) or word in _IRREGULAR_FORMS


def acts_again(statement: str) -> tuple[str, ...]:
    """The acts a statement tells done again: the remainders of its "re" verbs and the
    verbs before its "back" ("has been taken back" -> ("taken",)). A verb of saying, or a
    saying again ("reported", "reiterated", "restated"), tells no second act: what is said
    again is the same claim."""
    return tuple(dict.fromkeys(act for act, _ in _told_again(statement)))


@lru_cache(maxsize=1 << 14)
def _told_again(statement: str) -> tuple[tuple[str, str], ...]:
    """`acts_again`'s acts, each with the word that tells it again ("recaptured" for
    "captured"; '' for a verb before "back")."""
    low = statement.casefold()
    out = [
        (m[1], m[0])
        for m in _AGAIN.finditer(low)
        if _verb_shaped(m[1]) and m[0] not in _SPEECH and m[1] not in _SPEECH
    ]
    words = _WORDS.findall(low)
    for k in range(1, len(words)):
        verb = words[k - 1]
        if words[k] != "back" or verb in _STOP or len(verb) < 3 or not _verb_shaped(verb):
            continue
        if k < 2 or words[k - 2] not in _DETERMINERS:
            out.append((verb, ""))
    return tuple(dict.fromkeys(out))


def _base(word: str) -> str:
    return IRREGULAR_BASE.get(word, word)


def _no_prefix(whole: np.ndarray | None, form: np.ndarray | None) -> bool:
    """A "re" word whose vector is far from its remainder's form: no act told again."""
    return whole is not None and form is not None and float(whole @ form) < REPREFIXED


def _holds_act(ctx: PairContext, statement: str, act: str, told: str) -> bool:
    """Whether a statement holds the act as a verb: a word ending in -ed, -en or -ing (no
    part of a hyphenated compound: not "naming-rights") of the act's stem or whose word
    vector is near it ("captured" for "taken"; not "printer" for "printed"), or an irregular
    form of the act's verb ("built" for "rebuild"). An irregular form of another verb ("went",
    "made") is no first act: common verbs' vectors sit near each other. `told` is the "re"
    word telling the act again ('' for "<verb> back"): far from the remainder's vector, or
    from the statement's word of its stem where the batch holds no vector of the remainder,
    it is no second act (`REPREFIXED`: "researched" / "searched")."""
    stem, base, vec = _stem(act), _base(act), ctx._slot_vector(act)
    whole = ctx._slot_vector(told) if told else None
    if _no_prefix(whole, vec):
        return False
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
            if vec is None and _no_prefix(whole, ctx._slot_vector(w)):
                continue
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
    acts = [_told_again(f.claim.statement) for f in feats]
    has = np.fromiter((bool(a) for a in acts), bool, len(acts))
    out = np.zeros(len(pi), dtype=bool)
    for k in np.flatnonzero(has[pi] != has[pj]).tolist():
        i, j = int(pi[k]), int(pj[k])
        again, first = (i, j) if has[i] else (j, i)
        text = feats[first].claim.statement
        out[k] = any(_holds_act(ctx, text, a, told) for a, told in acts[again])
    return out
