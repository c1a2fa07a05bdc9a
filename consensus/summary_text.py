"""Text features the summary reads: content words, a cheap entity set, whether a statement
is background beside the news (`is_background`), and a line cut at a word boundary.

Moved verbatim from `consensus.summary`, which re-exports `is_background` and `shorten`.
PURE: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.models import ClaimKind
from consensus.summary_background import standing_description

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP = frozenset(
    """a about after again against all also an and any are as at be because been before being
    between both but by can could did do does during each few for from further had has have
    having he her here hers him his how i if in into is it its just more most no nor not now of
    off on once only or other our out over own said same says she should so some such than that
    the their them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your told according
    after new one two three four five six seven eight nine ten""".split()
)
_FIGURE = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
    r"dozens|hundreds|thousands|millions|billions)\b"
)
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
_BACKGROUND = re.compile(
    r"\b(?:as the name (?:suggests|implies|infers)|is the opposite of|refers to|"
    r"is defined as|is a term for|for example|for instance|in other words|is known as|"
    r"generally speaking|by definition)\b",
    re.IGNORECASE,
)
_PERSONAL = re.compile(r"\b(?:we|us|our|you|your|I|me|my)\b", re.IGNORECASE)
# a short statement of who or where someone is, as an age or a base ("Jane Roe is 34.",
# "Lumatek is based in Oslo."): a description beside the news, never its lead
_NAME_WORD = r"[A-Z][\w'’.&-]*\s+"
_DESCRIPTION = re.compile(
    rf"(?!The\s)(?:(?:{_NAME_WORD}){{2,4}}is \d{{1,3}}"  # an age: a name of two words or more
    rf"|(?:{_NAME_WORD}){{1,4}}is based in [^,;:]{{1,40}})\.?"
)
_YEAR = re.compile(r"\b\d{4}\b")


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def _content_words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


def _names(text: str) -> set[str]:
    """Capitalised words that are not sentence starters or stop words: a cheap entity set."""
    out = set()
    for m in _WORD.finditer(text):
        word = m.group()
        if not word[0].isupper() or word.lower() in _STOP or len(word) < 3:
            continue
        out.add(_stem(word))
    return out


def is_background(statement: str, speakers: Sequence[str], kind: ClaimKind) -> bool:
    """Explanatory or non-checkable: a definition, an aside in parentheses, a question, a
    short statement of someone's age or base, a standing description unquoted (a tenure, a
    founding, a headcount: `summary_background`), or first/second person in the outlet's
    own voice (not inside a quotation)."""
    text = " ".join(statement.split())
    if text.startswith("(") and text.rstrip(".").endswith(")"):
        return True
    if text.endswith("?"):
        return True
    if _BACKGROUND.search(text) or _DESCRIPTION.fullmatch(text):
        return True
    if not _QUOTE_MARK.search(text) and standing_description(text):
        return True  # "Sorrel has led the country since 2014": beside the news
    own_voice = not speakers and kind not in (ClaimKind.direct_quote,)
    return own_voice and not _QUOTE_MARK.search(text) and bool(_PERSONAL.search(text))


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"
