"""The subject of a clause, as the compound-sentence cuts carry it to a clause that leaves
it out ("X was known to police, but had no links ..." -> "X had no links ..."): the noun
phrase before the clause's first finite verb, a name given with an appositive, and where
the carried words stand. Pure; split from `consensus.offline.compound`."""

from __future__ import annotations

import re

from consensus.offline.grammar import (
    _ADVERBS,
    _AUX_RE,
    _DETERMINERS,
    _INTRO,
    _NOT_CARRIED,
    _PRONOUN_SUBJECTS,
    _is_finite,
    _is_past,
    _np_ok,
    _owned,
    _present_verb,
    _words,
)

__all__ = ["MAX_SUBJECT_WORDS", "appositive_name", "clause_subject", "span_of"]

MAX_SUBJECT_WORDS = 8
_DAY_AFTER_SUBJECT = re.compile(r"\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


def span_of(text: str, np: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last place `np` (a carried subject, verbatim) stands in text[lo:hi]."""
    i = text.rfind(np, lo, hi)
    return (i, i + len(np)) if i >= 0 else None


_NAME_NP = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2}")
_APPOSITION = re.compile(r"(?P<a>[^,]+),\s+(?P<b>[^,]+?),?")


def appositive_name(np: str) -> str:
    """The name of a subject written with an appositive: "Kestria's transport minister,
    Henrik Sol" and "Henrik Sol, the transport minister" -> "Henrik Sol"; else `np`."""
    m = _APPOSITION.fullmatch(np.strip())
    if m is None:
        return np
    a, b = m.group("a").strip(), m.group("b").strip()
    if _NAME_NP.fullmatch(b) and _np_ok(a) and a[:1].isupper():
        return b
    if _NAME_NP.fullmatch(a) and re.match(r"(?:the|a|an)\s+[a-z]", b) and _np_ok(b):
        return a
    return np


def clause_subject(text: str, start: int, end: int) -> str | None:
    """The subject noun phrase of the clause text[start:end]: the words before its first
    finite verb, when they look like one noun phrase."""
    m = _INTRO.match(text, start, end)
    while m:
        start = m.end()
        m = _INTRO.match(text, start, end)
    words = _words(text, start, end)
    for k in range(1, len(words)):
        w = words[k][2]
        if w[:1].isupper() or (not _is_finite(w) and not _present_verb(words, k)):
            continue  # "United Press": a capitalised word is a name, never the verb
        prev = words[k - 1][2].lower()
        if prev in _DETERMINERS:
            return None  # "the injured driver": an adjective, and the subject is unclear
        if prev == "of" and _is_past(w):
            continue  # "a group of masked protesters smashed": an adjective of the noun
        if k + 1 < len(words) and words[k + 1][2] == "by" and not _AUX_RE.fullmatch(w.lower()):
            # A participle, not the verb: "Farmers, led by a union, are blocking" has
            # its subject before the comma; "Footage filmed by X and posted ..." has none.
            np = text[start : words[k - 1][1]]
            if "," not in text[words[k - 1][1] : words[k][0]] or not _np_ok(np):
                return None
            return np if words[0][2][:1].isupper() else None
        subj = words[:k]
        while len(subj) > 1 and (
            subj[-1][2].lower() in _ADVERBS
            or (subj[-1][2].endswith("ly") and not _owned(subj[-2][2]))
        ):
            subj.pop()
        if len(subj) > 1 and subj[-1][2].lower() in ("he", "she", "they", "we", "i"):
            subj.pop()  # "the inquiry he ordered ... would": a relative clause's own subject
        first = subj[0][2]
        if len(subj) > MAX_SUBJECT_WORDS or (len(subj) == 1 and first.endswith("ly")):
            return None
        # "A court on Wednesday upheld ...": the day between subject and verb is no part of it
        np = _DAY_AFTER_SUBJECT.sub("", text[start : subj[-1][1]])
        np = appositive_name(np)
        if not _np_ok(np) or first.lower() in _NOT_CARRIED:
            return None
        if first[:1].islower() and first.lower() not in _PRONOUN_SUBJECTS | _DETERMINERS:
            return None
        return np
    return None
