"""Does a claim's evidence carry the claim? Checks on a model's claim beyond "the quote exists".

A quote that is in the article proves nothing by that alone: "." and "the" are in every
article, and a model (or an instruction injected into the article) can attach any statement,
a denial included, to any sentence of it. So a grounded claim is kept only when:

1. **substance**: each quote has words, not just punctuation: at least `MIN_QUOTE_WORDS` words
   with one that is not a stop word, or (for scripts written without spaces: Thai, Japanese,
   Chinese) at least `MIN_QUOTE_LETTERS` characters. A thin quote is dropped; a claim left
   with none is dropped.
2. **overlap**: the statement's content words (not stop words, not verbs of saying) appear
   in its evidence: at least `MIN_SHARED_WORDS` of them (or all, when it has fewer), matched
   on a `STEM_CHARS`-character prefix so "encircled" meets "encirclement" (in scripts
   without spaces: on pairs of characters). Statements resolve
   pronouns to names, so not every name needs to be quoted; some content must be.
3. **figures**: every number written in digits in the statement appears in the evidence,
   except years (four digits, 1000-2999) and the day of a date ("12 March", "2025-03-12"):
   the prompt asks for dates resolved against the publication date, so "in August" may
   become "in August 2024".
4. **predicate**: a claim whose polarity is `denies` quotes a negation or a denial word.
   This check runs only on English evidence (the word lists are English); other languages
   are held to checks 1-3.

`claim_support_problem` returns None or the one-line reason a claim is dropped; the caller
counts it. Pure: no I/O. The lexicons are general English function words and cues, never
names or phrasing of one event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "MIN_QUOTE_WORDS",
    "MIN_SHARED_WORDS",
    "claim_support_problem",
    "quote_substance_problem",
]

MIN_QUOTE_WORDS = 3
MIN_QUOTE_LETTERS = 8  # for text without spaces between words (Chinese, Japanese, Thai ...)
MIN_SHARED_WORDS = 2
STEM_CHARS = 5

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

# English function words: they carry no content of their own.
_STOP = frozenset(
    """a an the and or but if of to in on at by for from with without as into onto over under
    about after before since during than then that this these those there here it its is are
    was were be been being am has have had having do does did will would shall should can
    could may might must so such too very just also only own same other another any all both
    each few more most some their them they he she his her him we our us you your i me my who
    whom whose which what when where why how while until up down out off again further once
    s t ve ll re d m not no nor""".split()
)
# Verbs of saying: they attribute a claim; the content is what was said.
_SPEECH = frozenset(
    """say said says saying state stated states told tell tells add added adds note noted notes
    claim claimed claims according report reported reports announce announced announces
    write wrote writes written""".split()
)
# A denial quotes a negation or a word of rejection (prefixes, lower case).
_NEGATION = frozenset("not no never neither nor none nothing nobody cannot without".split())
_DENIAL_PREFIXES = (
    "deni",
    "deny",
    "dismiss",
    "reject",
    "refut",
    "rebut",
    "contradict",
    "disput",
    "fabricat",
    "false",
    "untrue",
    "baseless",
    "groundless",
    "lie",
    "lies",
    "myth",
    "disinformation",
    "misinformation",
    "manipulat",
)
_ENGLISH_MARKERS = frozenset("the a an of to and in is was are were".split())


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


# Scripts written without spaces between words (Thai, kana, CJK ideographs): a "word" of
# `_WORD` is a whole phrase there, so such runs are compared by character pairs instead.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _stem(word: str) -> str:
    return word[:STEM_CHARS]


def _content(words: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for w in words:
        if _UNSPACED.search(w):
            found.update(w[i : i + 2] for i in range(len(w) - 1))
        elif w not in _STOP and w not in _SPEECH and not w.isdigit() and len(w) >= 3:
            found.add(_stem(w))
    return found


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # English month names
# Parts of a date the statement resolved ("on 12 March", "March 12", "2025-03-12"): the
# prompt asks for dates resolved against the publication date, so the text need not have them.
_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|"
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


def _numbers(text: str) -> set[str]:
    return {re.sub(r"[.,](?=\d{3}\b)", "", n) for n in _NUMBER.findall(text)}


def _figures(statement: str) -> set[str]:
    """Numbers of the statement that are neither years nor parts of a resolved date."""
    return {n for n in _numbers(_DATE.sub(" ", statement)) if not _is_year(n)}


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1000 <= int(number) <= 2999


def quote_substance_problem(quote: str) -> str | None:
    """Why `quote` is too thin to be evidence of anything, or None when it has substance."""
    words = _words(quote)
    if len(words) >= MIN_QUOTE_WORDS and any(w not in _STOP for w in words):
        return None
    if sum(len(w) for w in words if _UNSPACED.search(w)) >= MIN_QUOTE_LETTERS:
        return None  # a phrase in a script written without spaces
    return (
        f"quote too thin to be evidence ({len(words)} word(s); needs {MIN_QUOTE_WORDS}, "
        f"one not a stop word): {quote[:60]!r}"
    )


def _is_denial(words: list[str]) -> bool:
    for w in words:
        if w in _NEGATION or w.endswith("n't"):
            return True
        if w.startswith(_DENIAL_PREFIXES):
            return True
    return False


def claim_support_problem(statement: str, polarity: str, quotes: Iterable[str]) -> str | None:
    """Why the quotes do not carry the statement, or None when they do (see module docstring).

    `quotes` are the claim's grounded quotes that passed `quote_substance_problem`.
    """
    evidence = " ".join(quotes)
    said = _words(statement)
    quoted = _words(evidence)
    wanted = _content(said)
    shared = wanted & _content(quoted)
    needed = min(MIN_SHARED_WORDS, len(wanted))
    if len(shared) < needed:
        return (
            f"evidence does not carry the statement ({len(shared)} of its content words "
            f"quoted, needs {needed}): {statement[:80]!r}"
        )
    missing = sorted(_figures(statement) - _numbers(evidence))
    if missing:
        return f"figure {missing[0]} of the statement is not in its evidence: {statement[:80]!r}"
    english = len(_ENGLISH_MARKERS.intersection(quoted)) >= 1
    if polarity == "denies" and english and not _is_denial(quoted):
        return f"a denial whose evidence has no negation or denial word: {statement[:80]!r}"
    return None
