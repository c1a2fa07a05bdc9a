"""Two sides' accounts of one act (link rule 10): what an act hit, as each side tells it
("the army said its jets had struck a weapons depot" / "according to the head of the town
council, the strike hit a primary school"). Pure; the word lists are `account_act_verbs`
and `account_target_nouns` in data/words.toml.

Precision first: a claim gives an account only in two shapes (an act verb with one
singular common noun phrase as its object, or "the target/building was a ..."), two
accounts clash only when their heads differ and their speakers are both named and speak
for no one in common, and never when any claim of the batch names both things (then the
act may have hit both)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

import numpy as np

from consensus.merge.account_slots import impact_target, instrument, instruments_clash
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import _STOP, ACCOUNT_ACT_VERBS, ACCOUNT_TARGET_NOUNS
from consensus.merge.score import _Edge
from consensus.merge.slots import _stem
from consensus.models import Polarity

__all__ = [
    "account_conflicts",
    "account_edges",
    "account_head",
    "account_target",
    "accounts_clash",
    "named_together",
]


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# up to three lower-case words, the last the head, up to a clause break or a function word
_PHRASE = r"(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})"
_ACT = re.compile(rf"\b(?:{_alternation(ACCOUNT_ACT_VERBS)})\s+(?:a|an|the)\s+{_PHRASE}")
_IDENTITY = re.compile(
    rf"\bthe\s+(?:{_alternation(ACCOUNT_TARGET_NOUNS)})\s+(?:was|is|had\s+been|has\s+been)\s+"
    rf"(?:a|an)\s+{_PHRASE}"
)


_PREPOSITIONS = frozenset(
    "about above across after against along among around before behind below beside between "
    "beyond by near outside inside into onto over through toward towards under with within "
    "without".split()
)


# (remembered per statement: a merge with clause parts links its claims twice, `verdicts._merge`)
@lru_cache(maxsize=1 << 15)
def account_target(statement: str) -> str:
    """What the statement says an act hit, as a lower-case noun phrase ("primary school",
    "rebel weapons depot"), or '': its first act verb's or target noun's object, cut at the
    first function word; plurals and names give none (an act on several things, or on a
    place, is no single target)."""
    for rx in (_IDENTITY, _ACT):
        m = rx.search(statement)
        if m is None:
            continue
        words: list[str] = []
        for w in m.group("what").split():
            if w in _STOP or w in _PREPOSITIONS or (words and w.endswith(("ed", "ing"))):
                break  # (a participle after the noun: "a weapons depot used by ...")
            words.append(w)
        if words and not words[-1].endswith("s"):
            return " ".join(words)
    return impact_target(statement)


def _head(target: str) -> str:
    return _stem(target.split()[-1])


def account_head(statement: str, slot: str = "") -> str:
    """The stem of the head noun of what the statement says an act hit, or '' (`slot`
    "instrument": of what it says carried a load or was driven, `account_slots`)."""
    target = instrument(statement) if slot == "instrument" else account_target(statement)
    return _head(target) if target else ""


def named_together(targets: Sequence[str], statements: Sequence[str]) -> set[tuple[str, str]]:
    """The pairs of targets' heads (stems, sorted) that some statement names both of ("the
    car hit a tree and a pedestrian"): an act may have hit both, so no dispute."""
    heads = sorted({_head(t) for t in targets if t})
    if len(heads) < 2:
        return set()
    out: set[tuple[str, str]] = set()
    for s in statements:
        stems = {_stem(w) for w in re.findall(r"[a-z][a-z-]*", s.casefold())}
        present = [h for h in heads if h in stems]
        out.update((a, b) for k, a in enumerate(present) for b in present[k + 1 :])
    return out


def accounts_clash(a: str, b: str, together: set[tuple[str, str]]) -> str:
    """Two targets that differ as accounts of one act ("weapons depot vs primary school"),
    or '': their heads differ and share no word, and no statement names both."""
    if not a or not b:
        return ""
    ha, hb = _head(a), _head(b)
    if ha == hb or {_stem(w) for w in a.split()} & {_stem(w) for w in b.split()}:
        return ""
    if (min(ha, hb), max(ha, hb)) in together:
        return ""
    return f"{a} vs {b}"


def account_conflicts(
    statements: Sequence[str],
    speakers: Sequence[str | None],
    asserts: Sequence[bool],
    compatible: Callable[[str, str], bool],
    cap: int,
    origins: Sequence[str] | None = None,
) -> list[tuple[int, int, str]]:
    """(i, j, "weapons depot vs primary school") for each pair of asserting claims whose
    accounts clash (`accounts_clash`) and whose speakers are both named and compatible with
    no speaker in common (`compatible`: one speaks for the other). Nothing when more than
    `cap` claims give an account (a batch of many stories: which act is one is unknown).
    With `origins`, also two origins' clashing instruments (`_instrument_conflicts`)."""
    targets = [
        account_target(s) if ok and who else ""
        for s, who, ok in zip(statements, speakers, asserts, strict=True)
    ]
    out = [] if origins is None else _instrument_conflicts(statements, asserts, cap, origins)
    held = [k for k, t in enumerate(targets) if t]
    if len(held) < 2 or len(held) > cap:
        return out
    together = named_together([targets[k] for k in held], statements)
    for x, i in enumerate(held):
        for j in held[x + 1 :]:
            si, sj = speakers[i] or "", speakers[j] or ""
            if compatible(si, sj):
                continue
            what = accounts_clash(targets[i], targets[j], together)
            if what:
                out.append((i, j, what))
    return out


def _instrument_conflicts(
    statements: Sequence[str],
    asserts: Sequence[bool],
    cap: int,
    origins: Sequence[str],
) -> list[tuple[int, int, str]]:
    """(i, j, "instrument: car vs truck") for each pair of asserting claims of two origins
    whose instruments clash (`account_slots.instruments_clash`), unless a statement names
    both things (whoever tells them: the sides of such a clash are often two outlets'
    voices, or "officials" in each)."""
    things = [instrument(s) if ok else "" for s, ok in zip(statements, asserts, strict=True)]
    held = [k for k, t in enumerate(things) if t]
    if len(held) < 2 or len(held) > cap:
        return []
    together = named_together([things[k] for k in held], statements)
    out = []
    for x, i in enumerate(held):
        for j in held[x + 1 :]:
            if origins[i] == origins[j]:
                continue
            hi, hj = _head(things[i]), _head(things[j])
            if (min(hi, hj), max(hi, hj)) in together:
                continue
            what = instruments_clash(things[i], things[j])
            if what:
                out.append((i, j, f"instrument: {what}"))
    return out


ACCOUNT_CAP = 64  # claims giving an account of what an act hit, at most, for rule 10
INSTRUMENT_FLOOR = 0.1  # the link probability two claims' clashing instruments need


def account_edges(
    feats: Sequence[_Feat],
    prob: Mapping[tuple[int, int], float],
    join_i: np.ndarray,
    join_j: np.ndarray,
    conflict_at: float,
) -> list[_Edge]:
    """Link rule 10's conflict edges (`account_conflicts`), scored by the pair's link
    probability or, below it or unscored, `conflict_at`; none for a pair that joins (the
    join edges' pairs `join_i[k] < join_j[k]`, read only when some account clashes: a set
    of every join pair cost ~100 MB at 100k claims)."""
    found = account_conflicts(
        [f.claim.statement for f in feats],
        [f.speaker for f in feats],
        [f.claim.polarity == Polarity.asserts for f in feats],
        _speakers_compatible,
        ACCOUNT_CAP,
        [f.origin or f.article for f in feats],
    )
    if not found:
        return []
    n = len(feats)
    codes = np.fromiter((i * n + j for i, j, _ in found), dtype=np.int64, count=len(found))
    joins = np.isin(codes, join_i.astype(np.int64) * n + join_j.astype(np.int64))
    return [
        _Edge(round(max(prob.get((i, j), 0.0), conflict_at), 4), i, j, f"account: {what}")
        for (i, j, what), joined in zip(found, joins.tolist(), strict=True)
        if not joined
        # (an instrument, unlike a target, is told of other acts too: "rammed his car into
        # pedestrians" two years before; the link model must read the pair as one act)
        if not what.startswith("instrument: ") or prob.get((i, j), 0.0) >= INSTRUMENT_FLOOR
    ]
