"""Whose a figure is: the owner of a share or an amount ("a 12 percent rise in quarterly
profit": quarterly profit's) and the name a count belongs to ("The Labour Party won 212
seats"), read from the words around it (see `figures.Figure.owner`). Pure English grammar:
which owners are two is decided by the merger from the batch, not here.
"""

from __future__ import annotations

import re

from consensus.merge.figure_names import MONTH_WORDS, WEEKDAYS
from consensus.merge.figure_unit_words import UNIT_NOUNS
from consensus.merge.figure_words import _BOUND, _PHRASE_END, _SCALE, _STOP, _UNITS, _WORD

_BOUND_WORDS = frozenset(w for phrase, _kind in _BOUND for w in phrase.split())
_BOUND_PHRASES = frozenset(phrase for phrase, _kind in _BOUND)

# Owners: what a share or an amount of money belongs to. "20 percent of the vote", "a 12
# percent rise in quarterly profit": named after it; "revenue of $8.4 billion": right before
# it; "Revenue grew 9 percent to $8.4 billion", "the cloud business had grown 38 percent":
# the subject of its clause (the words before the verb that leads to the figure).
_OWNER_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+in|of)\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?"
    r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
)
_OWNER_OF = re.compile(
    r"(?P<np>(?:[\w'’-]+\s+)?[\w'’-]+)\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|"
    r"approximately|more\s+than|less\s+than|at\s+least|up\s+to|over|under)\s+)?$",
    re.IGNORECASE,
)
_OWNER_TOKEN = re.compile(r"[$€£¥]?\d[\d,.]*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSE_START = re.compile(r".*(?:[;:!?]|[.,](?!\d))", re.DOTALL)
# words after a noun phrase that make it the subject of what follows ("net income was")
_COPULA = frozenset("is are was were be been being stood stands remained remains".split())
# auxiliaries between a subject and its verb ("the business had grown 38 percent")
_AUXILIARIES = frozenset("has have had is are was were be been being will would".split())
# what may stand between a verb and the figure it leads to ("rose to", "edged up", "fell
# by", "grew to more than", "trading at")
_TO_FIGURE = frozenset(
    """ to by up down at about around nearly almost some roughly approximately more than less
    fewer least over under""".split()
) | {""}


def _owner_words(words: list[str]) -> str:
    """The last two content words of a phrase, '' when they hold a possessive ("Acme's $47
    billion purchase": the purchase is the owner, named after it; "the deal's value": the
    deal's or its value's) or the last is a verb form in -ed ("shareholders argued"); a
    modifier in -ed is left out ("posted revenue")."""
    kept = [w for w in words if w not in _STOP and w not in _PHRASE_END][-2:]
    if not kept or kept[-1].endswith("ed") or any(w.endswith(("'s", "’s")) for w in kept):
        return ""
    return " ".join(w for w in kept if not w.endswith("ed"))


def _subject(clause: str) -> str:
    """The owner a clause names before its figure: the words before the verb that leads to
    it ("revenue grew", "net income rose to"), a noun phrase before a copula ("net income
    was") or before auxiliaries and a verb ("the cloud business had grown"), the phrase
    before "of" ("shares of the company rose"); '' for none. Names past the clause's first
    word are skipped."""
    runs: list[list[str]] = []  # runs of content words
    gaps: list[list[str]] = []  # the other words after each run ('' for a number)
    for n, token in enumerate(_OWNER_TOKEN.findall(clause)):
        low = token.casefold()
        number = token[:1].isdigit() or token[:1] in "$€£¥" or low in _UNITS or low in _SCALE
        number = number or low in UNIT_NOUNS or low in ("per", "cent")
        if number or low in _STOP or (n and token[:1].isupper()):
            # (a name past the clause's first word is no owner: "in November comprised",
            # "argued Acme's $110")
            if runs:
                gaps[-1].append("" if number else low)
        elif runs and not gaps[-1]:
            runs[-1].append(low)
        else:
            runs.append([low])
            gaps.append([])
    if not runs:
        return ""
    last, gap = runs[-1], gaps[-1]
    if _COPULA & set(gap):
        return _owner_words(last)
    if not set(gap) <= _TO_FIGURE:
        return ""  # "made a $121 billion offer", "for more than $121 billion": no subject
    verbless = last[:-1]  # the run ends in the verb that leads to the figure
    if len(runs) > 1 and gaps[-2] and gaps[-2][0] == "of":
        return _owner_words(runs[-2])  # "shares of the company rose", "shares of X rose"
    if verbless:
        return _owner_words(verbless)
    if len(runs) > 1 and gaps[-2] and set(gaps[-2]) <= _AUXILIARIES:
        return _owner_words(runs[-2])  # "the cloud business had grown"
    return ""


def owner_of(text: str, start: int, end: int, named: bool, previous: tuple[int, str]) -> str:
    """What the share or amount at `start`..`end` belongs to (see `Figure.owner`): named
    after it, right before it, or, when no noun follows it (`named`: "a $47 billion
    purchase" names what it is), as its clause's subject; else the owner of the figure
    before it in one sentence when its own clause names nothing ("revenue of $8.4 billion,
    up 9 percent": revenue's)."""
    m = _OWNER_AFTER.match(text, end)
    if m is not None:
        got = _owner_words(m.group("np").casefold().split())
        if got:
            return got
    head = text[:start]
    m = _OWNER_OF.search(head, max(0, start - 60))
    if m is not None:
        got = _owner_words(_WORD.findall(m.group("np").casefold()))
        if got:
            return got
    if named:
        return ""
    sentence = _CLAUSE_START.match(head)
    clause = head[sentence.end() :] if sentence else head
    got = _subject(clause)
    if got:
        return got
    prev_end, prev_owner = previous
    between = text[prev_end:start]
    if prev_owner and not re.search(r"[;:!?]|\.(?!\d)", between):
        if not [w for w in _WORD.findall(clause) if w.casefold() not in _STOP]:
            return prev_owner
    return ""


# "The Labour Party won 212 seats", "while the Liberals took 41": a count whose clause
# opens with a name and one verb before it is that name's; the name may have lower-case
# words before it ("the nationalist Homeland Party"), an appositive after it ("Labour, led
# by Jane Roe, won"), auxiliaries before its verb ("has won"), and the verb may reach the
# figure over a "with" phrase ("came second with 26 percent and 39 seats") and a bound
# ("won more than 200 seats"); "has" alone is the verb of what a name has ("Acme has 9,000
# staff")
_NAMED_OWNER = re.compile(
    r"(?:^|[,;:]\s+|\b(?:while|and|but|as|whereas)\s+)(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    r"(?:,\s+[^,;:.()\d]{1,60},)?"
    r"(?:\s+(?:has|have|had|will|would|is|are|was|were))?"
    r"\s+(?P<verb>(?!(?:" + "|".join(sorted({w for b, _k in _BOUND for w in b.split()})) + r")\b)"
    r"[a-z]+)"
    r"(?:(?:\s+[a-z]+){0,2}\s+with(?:\s+[^,;:.()]{1,40}\s+and)?)?"
    r"(?P<bound>\s+(?:[a-z]+\s+){0,1}[a-z]+)?\s+$"
)
_HAVE = frozenset("has have had".split())
# "two American soldiers", "four DPRK ships": a name qualifying what a count counts
_QUALIFIER_NAME = re.compile(r"\s+(?P<name>[A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]")
_POSSESSOR = re.compile(r"^.*['’]s\s+")


def named_owner(text: str, start: int, end: int) -> str:
    """The name a count belongs to (`_NAMED_OWNER`), as written, past any possessor ("Jane
    Roe's Civic Union" -> "Civic Union"), else the name that qualifies the counted noun
    (`_QUALIFIER_NAME`: "two American soldiers" -> "American"); '' for none, or when the
    word between is a function word ("Trump said 30")."""
    m = _NAMED_OWNER.search(text, max(0, start - 120), start)
    if m is not None:
        bound = (m.group("bound") or "").strip()
        verb = m.group("verb")
        if (
            (verb not in _STOP or verb in _HAVE)
            and verb not in _BOUND_WORDS
            and (not bound or bound in _BOUND_PHRASES)
        ):
            return _POSSESSOR.sub("", m.group("name"))
    q = _QUALIFIER_NAME.match(text, end)
    if q is not None and q.group("name").casefold() not in MONTH_WORDS | WEEKDAYS:
        return q.group("name")
    return ""
