"""Step 4: the statement text: the sentence lightly rewritten (names for roles and
pronouns, attribution moved to the front, quotes closed), never anything it does not say.
"""

from __future__ import annotations

import re

from consensus.offline.names import _TITLES, _Names
from consensus.offline.sentences import _in_quotes, _quote_regions

# (lower-case "and"/"but": a clause cut after a semicolon, "...; and An African-American
# woman ... were removed" is no statement opening "And An")
_DISCOURSE = re.compile(
    r"^(?:However|Additionally|Moreover|Meanwhile|But|And|Also|Still|Furthermore|Nevertheless|"
    r"At the same time|In addition|Instead|and|but)\b,?\s+"
)
_ROLE_IN_TEXT = re.compile(
    r"\b[Tt]he\s+(?:(US|U\.S\.|American|Russian|Ukrainian|[A-Z][a-z]+(?:ian|ean|ese|ish))\s+)?"
    r"(president|President|leader)\b(?![ \t]+[A-Z])"
)


_LOWERABLE = frozenset(
    "the this that these those it its if in on at for a an there they their we our as when "
    "while after before some many most all any no one by with from to of about more less "
    "only just even still also despite since although though because until unless during "
    "nearly almost around over under".split()
)


_CASED_WORD = re.compile(r"[A-Za-z][a-z’'-]*")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;“”\"‘(\n•]\s*|\s[-–—]\s+)$")


# What follows a first word that goes on a name: another capitalised word ("Martin Holt").
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|(?:de|van|von|al|bin|da|di|del|la|le)\s+[A-Z])")


class _WordCase:
    """How an article writes each word: lower-case, or capitalised inside a sentence.

    A word the article writes lower-case more often than capitalised inside a sentence is a
    common word ("Nearly", "Authorities" opening a quotation); one it capitalises mid-sentence
    at least as often is a name ("Nice", "Apple"). A word it capitalises only at the start of
    a sentence reads as common unless another capitalised word follows it ("Martin Holt")
    (gazetteer-free, as names.py)."""

    def __init__(self, text: str) -> None:
        self.lower: dict[str, int] = {}
        self.capital: dict[str, int] = {}
        self.name_start: set[str] = set()  # words that open a longer name ("Norvale Systems")
        for m in _CASED_WORD.finditer(text):
            word = m.group()
            key = word.lower()
            if word[0].islower():
                self.lower[key] = self.lower.get(key, 0) + 1
            else:
                if not _SENTENCE_OPENING.search(text, max(0, m.start() - 3), m.start()):
                    self.capital[key] = self.capital.get(key, 0) + 1
                if _NAME_GOES_ON.match(text, m.end()):
                    self.name_start.add(key)

    def never_inside(self, word: str) -> bool:
        return self.capital.get(word.lower(), 0) == 0

    def common(self, word: str) -> bool:
        key = word.lower()
        return self.lower.get(key, 0) > self.capital.get(key, 0)


def _lower_first(s: str, case: _WordCase | None = None) -> str:
    """The text with its first word lower-cased when it is a common word, to follow an
    attribution ("said nearly 80 people ...", "According to X, authorities ..."); a name, an
    acronym and "I" keep their case."""
    m = _CASED_WORD.match(s)
    if m is None or not s[:1].isupper():
        return s
    word = m.group()
    if word.lower() in _LOWERABLE:
        return s[0].lower() + s[1:]
    if (
        case is None
        or word == "I"
        or word[1:] != word[1:].lower()
        or s[m.end() : m.end() + 1] in "’'"
    ):
        return s
    if _titled_name(s):
        return s  # "Prime Minister Sara Vik accepted ...": a title before a name keeps its case
    if case.common(word) or (
        case.never_inside(word)
        and not _NAME_GOES_ON.match(s, m.end())
        # "Norvale plans ..." where the article also writes "Norvale Systems": a name
        and (word.lower() not in case.name_start or word.lower() in case.lower)
    ):
        return s[0].lower() + s[1:]
    return s


# a run of capitalised words opening the text: "Prime Minister Sara Vik", "Police Chief Holm"
_CAPITAL_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’.-]*")


def _titled_name(s: str) -> bool:
    """Whether the text opens with a title and the name it is given ("Prime Minister Sara
    Vik", "Police Chief Anders Holm"): a title word in a capitalised run, not its last word."""
    run = _CAPITAL_RUN.match(s)
    if run is None:
        return False
    words = [w.lower() for w in run.group().split()]
    return any(w in _TITLES for w in words[:-1])


def _close_quotes(s: str) -> str:
    s = s.rstrip(" ,;:")
    if s.endswith((",”", ',"', ",'", ",’")):
        s = s[:-2] + s[-1]
    opens = s.count("“") + s.count("„")
    closes = s.count("”")
    if opens > closes and s.count('"') % 2 and s.rstrip(".!?").endswith('"'):
        # '“Sadly we can say there has been some loss of life."': the straight mark closes
        # the curly one (two styles in one quotation), it opens nothing
        cut = s.rfind('"')
        s = s[:cut] + "”" + s[cut + 1 :]
        closes += 1
    if s.count('"') % 2 and closes > opens:
        # '"Our officers will ...”': the straight mark opens what the curly one closes
        cut = s.find('"')
        s = s[:cut] + "“" + s[cut + 1 :]
        opens += 1
    if opens > closes:
        s += "”"
    if s.count('"') % 2:
        s += '"'
    return s


def _finish(s: str) -> str:
    s = " ".join(s.split()).strip(" ,;:")
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s


def _replace_roles(s: str, offset: int, names: _Names) -> str:
    """'the Russian president' -> 'Vladimir Putin' outside quotations, when the article says
    so; never a role set beside a person's name as its apposition ("Ida Moss, the president
    of the regional council, said ...": the role is Moss's, whoever else holds a title)."""
    regions = _quote_regions(s, 0, len(s))
    out: list[str] = []
    last = 0
    for m in _ROLE_IN_TEXT.finditer(s):
        if _in_quotes(m.start(), regions) or _apposed_to_person(s[: m.start()], names):
            continue
        words = [w for w in (m.group(1), m.group(2)) if w]
        name = names.resolve_role(words, offset + m.start())
        if name is None:
            continue
        out.append(s[last : m.start()])
        out.append(name)
        last = m.end()
    out.append(s[last:])
    return "".join(out)


# a capitalised word and a comma right before a role: "Ida Moss, the president ..."
_BEFORE_APPOSITION = re.compile(r"([A-Z][\w’'-]+),\s*$")


def _apposed_to_person(before: str, names: _Names) -> bool:
    """Whether the text before a role ends with a person's name and a comma."""
    m = _BEFORE_APPOSITION.search(before)
    if m is None:
        return False
    word = m.group(1)
    return word in names.aliases or any(p.split()[-1] == word for p in names.persons)


_AUXILIARY = re.compile(
    r"(?:is|are|was|were|be|been|will|would|can|could|must|may|might|should|has|have|had|"
    r"does|did|do|\w{1,40}ed)"
)


def _said(verb: str) -> str:
    """'told' needs an object ('told a briefing'); a statement that moves the speaker to the
    front writes 'said' instead ("Maria Zakharova said: “…”")."""
    return verb[: -len("told")] + "said" if verb.endswith("told") else verb


_OPENS_LOWER = re.compile(r"[“\"‘„]?\s*[a-z]")


def said_mark(body: str) -> str:
    """The mark between "X said" and the words it reports: a colon before a whole quoted
    sentence ("X said: “We will appeal.”"), none before words that open lower-case, a
    quotation cut from inside a sentence ("X said “every passenger will get home”"): a
    colon before a lower-case quotation reads as a sentence that lost its capital."""
    return "" if _OPENS_LOWER.match(body) else ":"


def _noun_phrase(statement: str) -> str:
    words = statement.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    out: list[str] = []
    for w in words[:4]:
        if _AUXILIARY.fullmatch(w.lower()) and out:
            break
        out.append(w.strip(',.;:“”"'))
        if w.endswith("s") and len(out) > 1:
            break  # a plural head noun ends the phrase: "War analysts"
    return " ".join(out) or statement[:40]


def lead_capitals(word: str, after: str, text: str) -> bool:
    """Whether an all-caps first word is a lead's typography ("AT least 84 ...",
    "FORMER Calder City mayor ...", "THE Queen ...") rather than an acronym ("US forces",
    "ID documents", "NXP shareholders", "UN Secretary-General"): the article (`text`)
    writes it in capitals nowhere else, and before a lower-case word (`after` is the next
    word's first letter) it is a function word or one the article writes in lower case
    somewhere; before a capitalised word it is a function word of three letters or more,
    or a word of six letters or more."""
    if not (word.isalpha() and word.isupper() and len(word) >= 2):
        return False
    if len(re.findall(rf"\b{word}\b", text)) > 1:
        return False
    low = word.lower()
    if after.isupper():
        return (low in _LOWERABLE and len(low) >= 3) or len(low) >= 6
    return low in _LOWERABLE or re.search(rf"\b{low}\b", text) is not None
