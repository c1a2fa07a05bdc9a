"""Compound-sentence support (pipeline step 6): a clause of a claim in an agreed group that
corroborates a single-origin group (`_compound_support`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from consensus.merge.features import _concept, _Feat, _speakers_compatible, _stem
from consensus.merge.lexicon import _TIME_WORD_FORMS
from consensus.merge.score import _quantities_conflict
from consensus.merge.tunables import BLOCK_CAP


def _compound_support(
    feats: Sequence[_Feat],
    groups: Sequence[list[_Feat]],
    group_of: dict[int, int],
    pairs: Sequence[tuple[int, int]],
    contested: set[int],
) -> dict[int, dict[int, str]]:
    """Single-origin groups corroborated by a clause of a claim in an agreed group.

    Extractors that keep whole sentences fold background facts into a longer claim ("Moscow
    reported retaking 86% ..., including Sudzha, seized by Ukrainian forces during the
    Kursk incursion in August 2024"). Such a claim c supports a single-origin group T when
    c's own group is agreed and uncontested (so c stays under one verdict), c comes from
    another origin, polarity is equal, no quantity conflicts, speakers are compatible or T
    is in the outlet's own voice, and they share an ANCHOR (an explicit month-year or a
    quantity with a unit) plus >= 2 more content concepts covering >= 40% of T's content,
    and c states every quantity with a unit T states (T's other figures are no clause of c).
    Returns target group -> {supporter claim position: feature text}.
    """
    del pairs  # support blocks on its own anchor index, below
    n_origins = [len({f.origin for f in ms}) for ms in groups]
    by_anchor: dict[str, list[int]] = defaultdict(list)
    for f in feats:
        for a in f.anchors:
            by_anchor[a].append(f.pos)
    anchor_pairs: set[tuple[int, int]] = set()
    for plist in by_anchor.values():
        if 2 <= len(plist) <= BLOCK_CAP:
            anchor_pairs.update((x, y) for k, x in enumerate(plist) for y in plist[k + 1 :])
    out: dict[int, dict[int, str]] = defaultdict(dict)
    for i, j in sorted(anchor_pairs):
        for t, c in ((i, j), (j, i)):
            gt, gc = group_of[t], group_of[c]
            if gt in contested or gc in contested or n_origins[gt] != 1 or n_origins[gc] < 2:
                continue
            target, sup = feats[t], feats[c]
            if sup.origin == target.origin or sup.claim.polarity != target.claim.polarity:
                continue
            if target.speaker is not None and not _speakers_compatible(target.speaker, sup.speaker):
                continue
            if _quantities_conflict(target.quantities, sup.quantities):
                continue
            anchors = target.anchors & sup.anchors
            if not anchors:
                continue
            if any(not _MONTH_YEAR.fullmatch(a) for a in target.anchors - sup.anchors):
                continue  # ("posted 40 gigabytes, a part of the 1.8 terabytes": 40 unbacked)
            anchor_words = {w for a in anchors for w in a.split(" ")} | {
                _concept(w) for a in anchors for w in re.split(r"[- ]", a)
            }
            month_words = {
                m for a in anchors if re.fullmatch(r"\d{4}-\d{2}", a) for m in _month_names(a)
            }
            shared = target.content & sup.content
            beyond = sorted(shared - anchor_words - month_words - _TIME_WORDS)
            if len(beyond) < 2 or len(shared) < 0.4 * len(target.content):
                continue
            out[gt][c] = (
                f"support: clause of {sup.article} ({', '.join(sorted(anchors))}; "
                f"shared {', '.join(beyond[:4])})"
            )
    return out


_TIME_WORDS = frozenset(_concept(w) for w in _TIME_WORD_FORMS)

_MONTH_YEAR = re.compile(r"\d{4}-\d{2}")


def _month_names(anchor: str) -> set[str]:
    year, month = anchor.split("-")
    names = "january february march april may june july august september october november "
    name = names.split()[int(month) - 1]
    return {year, name, _concept(name), _stem(name)}
