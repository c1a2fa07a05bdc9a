"""Where the sentence holding a position of an article starts, read as an editor reads it.

A full stop, question or exclamation mark before a capital (or a digit, or a quote mark and
a capital) ends a sentence, and so does a line break, except a full stop that closes an
abbreviation before a name:

* a title or a single capital (closed classes: "Gov. Lina Marr", "J. Osei", "Mr. Brand") never
  ends a sentence before a capital;
* any other abbreviation ends one unless the word after it is a name. The article decides
  both: a word is an abbreviation when it holds an inner full stop ("U.S.", "p.m.") or when
  the article writes it elsewhere with its full stop before a lower-case word or a comma
  ("Brennock Ltd. said", "the Dept., which"), or it is one of a few closed-class ones
  ("Inc.", "No."); the next word is a name when it is a number, or when the article never writes
  it with a lower-case initial and it is no determiner, pronoun or conjunction (closed
  classes): "the U.S. Navy said" holds one sentence, "sold to Brennock Inc. The firm said"
  two.

Pure and deterministic: a function of the text alone (each text's word lists are read once).
"""

from __future__ import annotations

import re
from functools import lru_cache

# a sentence ends before the position this matches up to: a full stop, question or
# exclamation mark (and a closing quote mark or bracket) before a capital, a digit or an
# opening quote mark, or a line break
SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s+(?=[\"“‘']?[A-Z0-9])|\n")
# titles and single capitals (closed classes): never a sentence end before a capital
_TITLE = re.compile(
    r"[A-Z]|Mr|Mrs|Ms|Mx|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Capt|Cpl|Maj|Adm|Cmdr|Gov|Sen|Rep"
    r"|Rev|Fr|Hon|Insp|Det|Supt|Pres"
)
# abbreviations of a company's or a number's kind (closed class): a sentence end unless a
# name follows
_ABBREVIATION = frozenset({"No", "Co", "Inc", "Ltd", "Corp", "Bros", "vs", "Nos", "approx"})
# sentence openers that are never names (closed classes: determiners, pronouns, conjunctions)
_OPENERS = frozenset(
    "the a an this that these those it its he his she her they their we our i you there but"
    " and so yet or".split()
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# a word, its full stop, then a lower-case word or a comma: an abbreviation in use (a digit
# after a stop opens many a sentence: "... the river. 12 people ...")
_ABBREVIATED = re.compile(r"(?<![\w.])([^\W\d_](?:\w|\.(?=\w))*)\.(?:,|\s+[a-z])")
# letters parted by full stops ("U.S", "p.m", "D.C"): an abbreviation by its shape (an
# ellipsis, "believe..", is none)
_INITIALISM = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")
_TOKEN = re.compile(r"([^\W\d_][\w.’'-]*)$")


@lru_cache(maxsize=64)
def _article_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words the article writes with a lower-case initial, casefolded; words it abbreviates
    before a lower-case word, a comma or a digit)."""
    lower = frozenset(w.casefold() for w in _WORD.findall(text) if w[:1].islower())
    return lower, frozenset(_ABBREVIATED.findall(text))


def _abbreviation_before_name(text: str, dot: int, after: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation and the word at `after` (past
    the space and any opening quote mark) is a name, so that no sentence ends there."""
    if text[dot] != "." or not text[dot + 1 : after].isspace():
        return False
    m = _TOKEN.search(text, max(0, dot - 40), dot)
    if m is None:
        return False
    token = m.group(1)
    if _TITLE.fullmatch(token):
        return True
    lower, abbreviated = _article_words(text)
    if _INITIALISM.fullmatch(token) is None and token not in _ABBREVIATION | abbreviated:
        return False
    nxt = re.match(r"[\"“‘']?(\w[\w’'-]*)", text[after : after + 60])
    if nxt is None:
        return False
    word = nxt.group(1)
    folded = word.casefold()
    return word[:1].isdigit() or (folded not in lower and folded not in _OPENERS)


# (session 59's reader: a title, a single capital or one of a few abbreviations before the
# stop, whatever follows; kept for `clause_citations.sentence_citation`, whose spans the
# merger's scorer reads, so that they stay as they were)
_CLOSED_ABBREVIATION = re.compile(
    r"(?<![\w’'-])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|No"
    r"|Co|Inc|Ltd|Corp|vs)$"
)


@lru_cache(maxsize=8192)
def sentence_start(text: str, pos: int, reach: int, *, article_decides: bool = True) -> int:
    """Where the sentence holding `pos` starts (the first character after its predecessor's
    end, spaces included), or -1 when it starts further back than `reach` characters (no
    sentence end in that reach, and the text starts before it). Without `article_decides`,
    session 59's reader: a stop after a title, a single capital or one of a few closed-class
    abbreviations ends no sentence, whatever follows. Remembered (a pure function of its
    arguments: the merge asks it of one claim's quote again and again)."""
    lo = max(0, pos - reach)
    start = 0 if lo == 0 else -1
    # (the capital after a sentence end may be the quoted text's own first letter: look past
    # `pos`)
    for m in SENTENCE_END.finditer(text, lo, min(len(text), pos + 2)):
        if m.end() > pos:
            break
        if m.group().startswith("\n"):
            start = m.end()
        elif article_decides:
            if not _abbreviation_before_name(text, m.start(), m.end()):
                start = m.end()
        elif not _CLOSED_ABBREVIATION.search(text, lo, m.start()):
            start = m.end()
    return start
