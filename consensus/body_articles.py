"""A body's article before its name where a shown statement opens on it: "Harbour Authority
said that ..." -> "The Harbour Authority said that ...".

The extractor writes a reported claim as its speaker's name and the speech verb ("<Name> said
that ..."), the name as the speaker reader holds it, without the article the text writes
before it. An editor reads "Harbour Authority said that ..." as a headline's English. A
display stage after the merge (as `its_owners`): only the statement the report shows changes
(an agreed or single-source item's, a contested point's side's), never an id, a citation or a
verdict. The statement's opening name of two or more capitalised words before a speech verb
takes "The" when every place the articles it cites write that name (exactly, as a whole) has
"the" before it, directly or across up to two lower-case words ("the national Harbour
Authority"), and at least one place has it directly: a person's name never has it directly
(a role between, "the dealer <Name>", decides nothing), and a name the text also writes bare
("officers from Harbour Police", "..., Harbour Police said") is left as it is. Closed classes
(the article, the speech verbs) and the articles' own text. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.its_owners import restated
from consensus.models import Article, Item, Position, Report
from consensus.offline.names import _VERBS

__all__ = ["article_bodies"]

# "Harbour Authority said", "Civil Protection Agency told": two to six capitalised words
# opening the statement, then a speech verb
_OPENING = re.compile(
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?[A-Z][\w'’&-]*){1,5})"
    rf"[ \t]+(?:{_VERBS})(?![\w’'-])"
)
# a determiner or pronoun opening the statement is no name's first word (closed class)
_NOT_A_NAME = frozenset(
    "the a an this that these those its his her their our my your some any each every no".split()
)
# before a name: "the" directly ("the Harbour Authority"), or "the" and up to two lower-case
# words ("the national ", "the dealer "): an adjective or a role before a person's name, so
# such a place neither gives the name its article nor takes it away
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+$")
_THE_WORDS_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){1,2}$")


def _with_the(name: str, texts: Sequence[str]) -> bool:
    """Whether every place `texts` write `name` has "the" before it, and one has it directly
    (a place with words between, "the dealer <Name>", counts neither way)."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    seen = False
    for text in texts:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if _THE_BEFORE.search(before) is not None:
                seen = True
            elif _THE_WORDS_BEFORE.search(before) is None:
                return False
    return seen


def _shown(statement: str, texts: Sequence[str]) -> str:
    m = _OPENING.match(statement)
    if m is None or m.group("name").split()[0].casefold() in _NOT_A_NAME:
        return statement
    return "The " + statement if _with_the(m.group("name"), texts) else statement


def article_bodies(report: Report, articles: Sequence[Article]) -> Report:
    """The report with "The" before each shown statement's opening body name that the cited
    articles always write after "the" (module doc); ids, citations and verdicts as merged.
    The same object when nothing changes."""
    texts = {a.id: a.text for a in articles}

    def statement(one: Item | Position) -> str:
        cited = dict.fromkeys(c.article for c in one.citations)
        return _shown(one.statement, [texts[a] for a in cited if a in texts])

    return restated(report, statement)
