"""Comparison features of claim pairs: the vector the link weights are fitted on.

Record linkage (Fellegi–Sunter, splink): blocking picks the pairs, each pair becomes a small
vector of comparisons, fitted weights turn it into log-odds. Every comparison here is
general: vectors of the statements (data), overlap of words weighted by how rare they are in
the batch (data), names, figures with their slots, speakers. No word list names an event.

`COMPARISONS` is the order of the columns; `scripts/fit_merge_weights.py` fits one weight per
column on labelled pairs from the annotated dev clusters and writes
`consensus/merge/data/link_weights.json`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from consensus.merge.figures import Figure, figures
from consensus.vectors import Vectors

__all__ = ["COMPARISONS", "ClaimView", "PairContext", "slot_words", "texts_to_embed"]

COMPARISONS = (
    "cosine",  # cosine of the statement vectors
    "cosine_hi",  # max(0, cosine - 0.6): the near-paraphrase band
    "lexical",  # fuzzy similarity of the normalised statements (token set/sort)
    "rare_words",  # IDF-weighted Jaccard of content words
    "names_shared",  # names both state (0..1, three or more = 1)
    "names_clash",  # each states a name the other lacks (a place, a person)
    "figure_same",  # a figure of one value in one slot
    "figure_clash",  # one slot, different values
    "speaker_same",  # one named speaker
    "speaker_clash",  # two different named speakers
    "length_ratio",  # shorter / longer, in words
    "date_same",  # both name one calendar date or month and year
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MONTH = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
_DATE_RE = re.compile(
    r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH + r"\b|\b" + _MONTH + r"\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def dates_named(text: str) -> frozenset[str]:
    """Calendar dates ("jul-14") and months of a year ("aug-2024") a text names."""
    out = set()
    for m in _DATE_RE.finditer(text):
        if m.group(1):
            out.add(f"{m.group(1)[:3].lower()}-{int(m.group(2))}")
        elif m.group(4):
            out.add(f"{m.group(4)[:3].lower()}-{int(m.group(3))}")
        elif m.group(5):
            out.add(f"{m.group(5)[:3].lower()}-{m.group(6)}")
    return frozenset(out)
_STOP = frozenset(
    """a an the and or but if of to in on at by for from with without as into onto over under
    about after before since during than then that this these those there here it its is are
    was were be been being am has have had having do does did will would shall should can could
    may might must not no nor so such too very just also only own same other another any all
    both each few more most some their them they he she his her him we our us you your i me my
    who whom whose which what when where why how while until up down out off again once said
    says say told tell according added adding""".split()
)


def _stem(word: str) -> str:
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    return w


def _overlap(a: Figure, b: Figure) -> bool:
    """Ranges that share a value ("20-25 mph" and "about 25 mph") are no clash."""
    lo_a, hi_a = a.value, a.high if a.high is not None else a.value
    lo_b, hi_b = b.value, b.high if b.high is not None else b.value
    return lo_a <= hi_b and lo_b <= hi_a


def _comparable(a: Figure, b: Figure) -> bool:
    """Figures a thousand times apart ("$82 a share", "$121 billion") count different
    things, whatever words surround them."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo > 0 and hi / lo < 1000


def slot_stem(word: str) -> str:
    return _stem(word)


_DENY = re.compile(
    r"\b(?:den(?:y|ied|ies|ying|ial)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es|ing)|"
    r"rebut(?:ted|s)?|rebuff(?:ed|s)?|contradict(?:ed|s)?|dispute[ds]?)\b"
    r"|\b(?:not true|untrue|false|baseless|groundless|unfounded|fake news|disinformation|"
    r"misinformation|fabricat\w+|nonsense)\b",
    re.IGNORECASE,
)
_NEGATED_CUE = re.compile(r"\b(?:not|n't|never|cannot|no one)\s+(?:\w+\s+)?$", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^\W*(?:(?:the|any|all|those|these)\s+)?(?:(?:media\s+)?(?:reports?|claims?|allegations?|"
    r"accusations?|suggestions?|accounts?)\s+(?:that|of|about)\s+|that\s+)",
    re.IGNORECASE,
)


def denied_content(statement: str) -> str | None:
    """What a denial rejects: the words after its denial cue ("denied [reports of] X" ->
    "X"), or before it when the cue closes the sentence ("X is disinformation"). None when
    the statement has no denial cue, or the cue is itself negated ("cannot deny")."""
    m = _DENY.search(statement)
    if m is None or _NEGATED_CUE.search(statement[: m.start()]):
        return None
    after = _LEAD_IN.sub("", statement[m.end() :]).strip(" ,.;:\"'“”")
    if len(after.split()) >= 3:
        return after
    before = statement[: m.start()].strip(" ,.;:\"'“”")
    return before if len(before.split()) >= 3 else None


def content_stems(text: str) -> frozenset[str]:
    return frozenset(
        _stem(w) for w in _WORD.findall(text) if len(w) > 2 and w.casefold() not in _STOP
    )


def slot_words(text: str) -> list[str]:
    """The slot words of the figures of `text` (what the merger embeds beside statements)."""
    return sorted({w for f in figures(text) for w in (*f.slot[:2], f.noun) if w})


def texts_to_embed(statements: Sequence[str]) -> set[str]:
    """Every text the comparisons can use a vector of: statements and figure slot words."""
    out = set(statements)
    for s in statements:
        out.update(slot_words(s))
        denied = denied_content(s)
        if denied:
            out.add(denied)
    return out


@dataclass(frozen=True, slots=True)
class ClaimView:
    """What the comparisons read of one claim."""

    article: str
    statement: str
    names: frozenset[str]  # normalised names (entities, subject)
    speaker: str | None
    lexical_key: str = ""  # unused by the comparisons; callers may keep their key here


class PairContext:
    """Per-claim data for the comparisons of one batch (vectors, rare-word weights, figures)."""

    def __init__(self, views: Sequence[ClaimView], vectors: Vectors) -> None:
        self.views = views
        self.vectors = vectors
        statements = [v.statement for v in views]
        self.mat = vectors.matrix(statements) if len(vectors) else None
        self.stems = [content_stems(s) for s in statements]
        df: Counter[str] = Counter()
        for st in self.stems:
            df.update(st)
        n = max(len(views), 1)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
        self.lower = [s.casefold() for s in statements]
        self.figs: list[list[Figure]] = [figures(s) for s in statements]
        self.dates = [dates_named(s) for s in statements]
        self._slot_vec: dict[str, np.ndarray | None] = {}

    def cosines(self, pairs: Sequence[tuple[int, int]]) -> np.ndarray:
        if self.mat is None or not pairs:
            return np.zeros(len(pairs))
        i = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        j = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
        return np.einsum("ij,ij->i", self.mat[i], self.mat[j]).astype(np.float64)

    def neighbours(self, k: int, floor: float) -> list[tuple[int, int]]:
        """Pairs (i < j) from different articles where j is among i's k nearest (or back),
        with cosine >= floor. Rows are processed in blocks so memory stays bounded."""
        if self.mat is None or len(self.views) < 2:
            return []
        arts = np.array([v.article for v in self.views])
        n = len(self.views)
        out: set[tuple[int, int]] = set()
        block = 2048
        for lo in range(0, n, block):
            sims = self.mat[lo : lo + block] @ self.mat.T
            rows = np.arange(lo, min(lo + block, n))
            sims[np.arange(len(rows)), rows] = -1.0
            same = arts[rows][:, None] == arts[None, :]
            sims[same] = -1.0
            kk = min(k, n - 1)
            top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk] if kk > 0 else np.zeros((0, 0))
            for r, cols in zip(rows.tolist(), top.tolist(), strict=True):
                for c in cols:
                    if sims[r - lo, c] >= floor:
                        out.add((r, c) if r < c else (c, r))
        return sorted(out)

    def slot_pairs(self, cap: int) -> set[tuple[int, int]]:
        """Pairs from different articles with a figure in one slot (unit and the stem of
        the nearest slot word), from blocks of at most `cap` claims."""
        blocks: dict[tuple[str, str], set[int]] = {}
        for i, figs in enumerate(self.figs):
            for f in figs:
                if f.slot:
                    blocks.setdefault((f.unit, _stem(f.slot[0])), set()).add(i)
        out: set[tuple[int, int]] = set()
        for _key, members in sorted(blocks.items()):
            if len(members) > cap:
                continue
            ms = sorted(members)
            for x, i in enumerate(ms):
                for j in ms[x + 1 :]:
                    if self.views[i].article != self.views[j].article:
                        out.add((i, j))
        return out

    def _slot_vector(self, word: str) -> np.ndarray | None:
        got = self._slot_vec.get(word, ...)
        if got is ...:
            got = self._slot_vec[word] = self.vectors.get(word)
        return got  # type: ignore[return-value]

    def same_slot(self, a: Figure, b: Figure) -> bool:
        """Two figures count one thing: same unit kind and slot words that meet (a shared
        stem among the first two, or word vectors at >= 0.6)."""
        if a.unit != b.unit:
            return False
        if a.noun and b.noun and not self._words_meet(a.noun, b.noun):
            return False  # "18 people" and "two hospitals" count different things
        if not a.slot or not b.slot:
            return False
        # the nearest slot words (the counted noun or its verb: "killed", "injured",
        # "offer"): the first ones meet, or each one's first is among the other's first three
        if self._words_meet(a.slot[0], b.slot[0]):
            return True
        return any(self._words_meet(a.slot[0], w) for w in b.slot[1:3]) and any(
            self._words_meet(b.slot[0], w) for w in a.slot[1:3]
        )

    def _words_meet(self, x: str, y: str) -> bool:
        if _stem(x) == _stem(y):
            return True
        vx, vy = self._slot_vector(x), self._slot_vector(y)
        return vx is not None and vy is not None and float(vx @ vy) >= 0.6

    def figure_relation(self, i: int, j: int) -> tuple[bool, str]:
        """(same figure in one slot, clash description or '')."""
        same, clash = False, ""
        for a in self.figs[i]:
            for b in self.figs[j]:
                if not self.same_slot(a, b):
                    continue
                if math.isclose(a.value, b.value, rel_tol=1e-6):
                    same = True
                elif (
                    not (a.vague and b.vague)
                    and not clash
                    and not _overlap(a, b)
                    and _comparable(a, b)
                ):
                    clash = f"{_stem(a.slot[0])}: {a.text} vs {b.text}"
        return same, clash

    def features(self, pairs: Sequence[tuple[int, int]], lexical: Sequence[float]) -> np.ndarray:
        cos = self.cosines(pairs)
        out = np.zeros((len(pairs), len(COMPARISONS)))
        for k, (i, j) in enumerate(pairs):
            a, b = self.views[i], self.views[j]
            si, sj = self.stems[i], self.stems[j]
            union = si | sj
            shared = si & sj
            den = sum(self.idf.get(w, 0.0) for w in union)
            rare = sum(self.idf.get(w, 0.0) for w in shared) / den if den else 0.0
            names_a = {n for n in a.names if n != a.speaker}
            names_b = {n for n in b.names if n != b.speaker}
            in_b = {n for n in names_a if n in self.lower[j]}
            in_a = {n for n in names_b if n in self.lower[i]}
            shared_names = len(in_b | in_a)
            clash = bool(names_a - in_b) and bool(names_b - in_a)
            fsame, fclash = self.figure_relation(i, j)
            sp_same = bool(a.speaker and a.speaker == b.speaker)
            sp_clash = bool(a.speaker and b.speaker and a.speaker != b.speaker)
            na, nb = len(self.lower[i].split()), len(self.lower[j].split())
            out[k] = (
                cos[k],
                max(0.0, cos[k] - 0.6),
                lexical[k],
                rare,
                min(shared_names, 3) / 3,
                float(clash),
                float(fsame),
                float(bool(fclash)),
                float(sp_same),
                float(sp_clash),
                min(na, nb) / max(na, nb, 1),
                float(bool(self.dates[i] & self.dates[j])),
            )
        return out
