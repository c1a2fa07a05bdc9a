"""The words of a claim the comparisons read: its content words and their stems, the
calendar dates it names, the slot words of its figures, what a denial in it rejects, and
every text the merger wants a vector of (`texts_to_embed`). General English only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from sys import intern

from consensus.merge.figures import figures
from consensus.merge.lexicon import _SPEECH
from consensus.merge.slots import _stem

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_RE = re.compile(
    r"\b"
    + _MONTH
    + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH
    + r"\b|\b"
    + _MONTH
    + r"\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# every match of `_DATE_RE` holds one of these in lower case (after folding the long s,
# which the case-insensitive regex takes for s): texts without any skip the regex
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FOLD_S = str.maketrans({"\u017f": "s"})
_NO_DATES: frozenset[str] = frozenset()  # (one for the many texts without a date)


def dates_named(text: str) -> frozenset[str]:
    """Calendar dates ("jul-14") and months of a year ("aug-2024") a text names."""
    low = (text.translate(_FOLD_S) if "\u017f" in text else text).lower()
    if not any(m in low for m in _MONTH_STEMS):
        return _NO_DATES
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


_DENY = re.compile(
    r"\b(?:den(?:y|ied|ies|ying|ial)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es|ing)|"
    r"rebut(?:ted|s)?|rebuff(?:ed|s)?|contradict(?:ed|s)?|dispute[ds]?)\b"
    r"|\b(?:not true|untrue|false|baseless|groundless|unfounded|fake news|disinformation|"
    r"misinformation|fabricat\w+|nonsense)\b",
    re.IGNORECASE,
)
_PASSIVE_CUE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got)\s+$", re.IGNORECASE)
_NEGATED_CUE = re.compile(r"\b(?:not|n't|never|cannot|no one)\s+(?:\w+\s+)?$", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^\W*(?:(?:the|any|all|those|these)\s+)?(?:(?:media\s+)?(?:reports?|claims?|allegations?|"
    r"accusations?|suggestions?|accounts?)\s+(?:that|of|about)\s+|that\s+)",
    re.IGNORECASE,
)


# (remembered per statement: a merge with clause parts links its claims twice, `verdicts._merge`)
@lru_cache(maxsize=1 << 15)
def denied_content(statement: str) -> str | None:
    """What a denial rejects: the words after its denial cue ("denied [reports of] X" ->
    "X"), or before it when the cue closes the sentence ("X is disinformation"). None when
    the statement has no denial cue, or the cue is itself negated ("cannot deny")."""
    m = _DENY.search(statement)
    if m is None or _NEGATED_CUE.search(statement[: m.start()]):
        return None
    if _PASSIVE_CUE.search(statement[: m.start()]):
        return None  # "rights are denied by fanatics": nobody denies a claim
    after = _LEAD_IN.sub("", re.split(r",?\s+but\s", statement[m.end() :])[0])  # (not "but Y")
    after = after.strip(" ,.;:\"'“”")
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


def _word_parts(text: str) -> tuple[list[str], frozenset[str], list[str]]:
    """One pass over the words of a text: its words in lower case, in order; its
    `content_stems`; its `content_words`."""
    # each word read once (`_word_read`): a batch writes a few thousand words a million times
    read = [_READ.get(w) or _word_read(w) for w in _WORD.findall(text)]
    low = [c for c, _ in read]
    return (
        low,
        frozenset(st for _, st in read if st is not None),
        sorted({c for c, st in read if st is not None}),
    )


# (a merge with clause parts compares its claims twice: over claims and parts, then over
# the claims, `verdicts._merge`; each statement's words are read once)
@lru_cache(maxsize=1 << 15)
def statement_words(text: str) -> tuple[list[str], frozenset[str], list[str]]:
    """`_word_parts`, remembered per text (its lists are shared: read them, never change
    them)."""
    return _word_parts(text)


# word -> its lower case (interned) and its stem when it is a content word, else None
_READ: dict[str, tuple[str, str | None]] = {}
_READ_MAX = 1 << 17  # (words kept: read again after this many)


def _word_read(word: str) -> tuple[str, str | None]:
    """A word's lower case, interned (the comparisons keep every claim's words through the
    link step), and its `_stem` when it is a content word (longer than two characters,
    no stop word), else None."""
    low = intern(word.casefold())
    got = (low, _stem(word) if len(word) > 2 and low not in _STOP else None)
    if len(_READ) >= _READ_MAX:
        _READ.clear()
    _READ[word] = got
    return got


def content_words(text: str) -> list[str]:
    return sorted(
        {w.casefold() for w in _WORD.findall(text) if len(w) > 2 and w.casefold() not in _STOP}
    )


# where a denial goes on to give its own account ("denied that the plan would raise debt,
# saying the cut would be paid for by ..."): what follows is not what it rejects
OWN_ACCOUNT = re.compile(
    r"[,;:]\s+(?:and\s+)?(?:"
    + "|".join(sorted(w for w in _SPEECH if w.endswith("ing")))
    + r"|insisting|arguing|explaining|noting|pointing out|telling)\b",
    re.IGNORECASE,
)


# the words `align_words` reads: a run of letters (an apostrophe or a hyphen inside), or a
# figure (linear: each repeat of the group starts at its separator)
_ALIGN_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W_]+)*|\d[\d.,]*")


def align_words(text: str) -> list[str]:
    """The words the `align` column aligns (merge/align_words.py), in order, repeats kept:
    lower case, a possessive 's cut, longer than two characters and no stop word; every
    figure kept ("12", "3.5")."""
    out = []
    for m in _ALIGN_WORD.finditer(text):
        w = m.group()
        if w[0].isdigit():
            out.append(w.rstrip(".,"))  # (a figure closing a clause)
            continue
        low = w.casefold().replace("’", "'")
        low = low[:-2] if low.endswith("'s") else low
        if len(low) > 2 and low not in _STOP:
            out.append(low)
    return out


def texts_to_embed(statements: Sequence[str]) -> set[str]:
    """Every text the comparisons can use a vector of: statements, their content words and
    figure slot words, what a denial rejects, with and without the account it goes on to
    give (`OWN_ACCOUNT`; link.py compares the part that states what is rejected). Offline,
    `api.embed_for_merge` adds the `align_words` too."""
    out = set(statements)
    for s in statements:
        out.update(content_words(s))
        out.update(slot_words(s))
        denied = denied_content(s)
        if denied:
            out.add(denied)
            out.add(OWN_ACCOUNT.split(denied, maxsplit=1)[0])
    return out
