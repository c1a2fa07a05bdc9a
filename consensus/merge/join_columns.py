"""Look-alike columns a JOIN weights file may read besides `compare.COMPARISONS` (session 53).

A join model fitted on more labels links more, and with the right joins come look-alikes:
two claims worded alike that state two facts (two things counted, two days, two actors).
These columns carry that signal from the two claims themselves; only a join weights file
whose names go past `COMPARISONS` reads them (`join_rows`), the shipped link model never:

- `slots_apart`: both claims give figures and no figure of one is in a slot of the other's
  (neither `figure_same` nor `figure_clash`): each counts another thing;
- `value_elsewhere`: one value both print (`value_shared`) but in no one slot (the same
  figure for two things: "40 jobs" / "40 stores");
- `when_apart`: both date their act by one kind of time (a resolved day, a calendar date or
  month, a weekday, a year, a part of the day) and share no value of any kind they both use;
- `subjects_apart`: both subjects are capitalised names, and each has a word the other claim
  does not print (two actors doing alike things: "Harlow Council" / "Denby Council").

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from consensus.merge.compare import COMPARISONS, PairContext
from consensus.merge.features import _PRONOUNS, _Feat
from consensus.merge.weights import LogisticModel

__all__ = ["JOIN_COLUMNS", "join_columns", "join_rows", "whens"]

JOIN_COLUMNS = ("slots_apart", "value_elsewhere", "when_apart", "subjects_apart")

_SAME = COMPARISONS.index("figure_same")
_CLASH = COMPARISONS.index("figure_clash")
_VALUE = COMPARISONS.index("value_shared")

# one word each, bounded (linear: no nested quantifier)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PART = re.compile(r"\b(morning|afternoon|evening|night|overnight|midnight|dawn|noon)\b")
_PARTS = {"overnight": "night", "midnight": "night", "dawn": "morning"}
_WORD = re.compile(r"[^\W_]+")


def whens(feat: _Feat, dates: frozenset[str]) -> dict[str, frozenset[str]]:
    """The times a claim dates its act by, by kind: "day" (the extractor's resolved day),
    "date" (calendar dates and months it names: `claim_words.dates_named`), "weekday",
    "year", "part" (of the day). Kinds it gives none of are absent."""
    low = feat.claim.statement.casefold()
    time = feat.claim.time
    got = {
        "day": frozenset({time.date.isoformat()} if time and time.date else ()),
        "date": dates,
        "weekday": frozenset(_WEEKDAY.findall(low)),
        "year": frozenset(_YEAR.findall(low)),
        "part": frozenset(_PARTS.get(p, p) for p in _PART.findall(low)),
    }
    return {k: v for k, v in got.items() if v}


def _when_apart(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    kinds = a.keys() & b.keys()
    return bool(kinds) and not any(a[k] & b[k] for k in kinds)


def _subject(feat: _Feat) -> frozenset[str]:
    """The words of the claim's subject when it is a capitalised name (not a pronoun),
    casefolded."""
    subject = feat.claim.subject.strip()
    if not subject[:1].isupper() or subject.casefold() in _PRONOUNS:
        return frozenset()
    return frozenset(_WORD.findall(subject.casefold()))


def _subjects_apart(sa: frozenset[str], sb: frozenset[str], wa: set[str], wb: set[str]) -> bool:
    """Each subject has a word the other claim does not print ("Harlow Council" / "Denby
    Council"; never "Smith" / "John Smith")."""
    return sa != sb and not sa <= wb and not sb <= wa


def join_columns(
    feats: Sequence[_Feat], ctx: PairContext, pairs: Sequence[tuple[int, int]], x: np.ndarray
) -> np.ndarray:
    """The `JOIN_COLUMNS` of every pair (rows as `pairs`; `x`: their `COMPARISONS` rows)."""
    out = np.zeros((len(pairs), len(JOIN_COLUMNS)))
    if not pairs:
        return out
    i = np.fromiter((a for a, _ in pairs), dtype=np.int64, count=len(pairs))
    j = np.fromiter((b for _, b in pairs), dtype=np.int64, count=len(pairs))
    has_fig = np.fromiter((bool(f) for f in ctx.figs), dtype=bool, count=len(ctx.figs))
    same, clash = x[:, _SAME] > 0, x[:, _CLASH] > 0
    out[:, 0] = has_fig[i] & has_fig[j] & ~same & ~clash
    out[:, 1] = (x[:, _VALUE] > 0) & ~same
    when = [whens(f, ctx.dates[k]) for k, f in enumerate(feats)]
    has_when = np.fromiter((bool(w) for w in when), dtype=bool, count=len(when))
    for k in np.flatnonzero(has_when[i] & has_when[j]).tolist():
        a, b = pairs[k]
        out[k, 2] = _when_apart(when[a], when[b])
    subjects = [_subject(f) for f in feats]
    named = np.fromiter((bool(s) for s in subjects), dtype=bool, count=len(subjects))
    words: dict[int, set[str]] = {}
    for k in np.flatnonzero(named[i] & named[j]).tolist():
        a, b = pairs[k]
        wa = words.setdefault(a, set(_WORD.findall(ctx.lower[a])))
        wb = words.setdefault(b, set(_WORD.findall(ctx.lower[b])))
        out[k, 3] = _subjects_apart(subjects[a], subjects[b], wa, wb)
    return out


def join_rows(
    model: LogisticModel,
    feats: Sequence[_Feat],
    ctx: PairContext,
    pairs: Sequence[tuple[int, int]],
    x: np.ndarray,
) -> np.ndarray:
    """The rows `model` reads: `x` itself, or `x` with `JOIN_COLUMNS` after it when the
    model's names go on past `COMPARISONS` (a join weights file fitted with them; a model
    fitted before a comparison was added reads the columns it knows, `LogisticModel.logit`)."""
    if len(model.names) <= len(COMPARISONS):
        return x
    if tuple(model.names) != (*COMPARISONS, *JOIN_COLUMNS):
        raise ValueError(f"join weights name columns this merge lacks: {model.names}")
    return np.hstack([x, join_columns(feats, ctx, pairs, x)])
