"""A person's role written beside their name, as a fact of its own (`phrases.py`, step 4).

News names a speaker with their post: "Jane Roe, the union's general secretary, said ...",
"The firm's chief executive, Jo Roe, told ...", "said council leader Jo Roe". The sentence's
claim is what they said; the role is a second fact that other outlets state in their own
words, and two outlets only agree on it when each has a claim that says it alone. Three shapes:

* after the name: "Jane Roe, the union's general secretary," -> "Jane Roe is the union's
  general secretary." (cites "Jane Roe, the union's general secretary");
* before the name, set off by commas: "The firm's chief executive, Jo Roe," -> "Jo Roe is
  the firm's chief executive.";
* a title straight before the name: "said council leader Jo Roe" -> "Jo Roe is council
  leader." (cites "council leader Jo Roe").

A role is a noun phrase whose last word (before an "of"/"for"/"at"/"with" phrase) is a word
of a post (`consensus/data/role_words.toml`: "secretary", "director", "spokesman", ...); the
name must read as a person's (`names.py`). A role a nation's adjective qualifies ("Russian
President Vladimir Putin") is a known figure's title, not news: no fact. The role is written
as the text writes it: an owner's possessive ("its", "the union's") stays as it stands,
never resolved to a body the sentence does not name. Only grammar and the word lists are
read; nothing inside a quotation.
PURE: no I/O beyond the word list read once at import.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from importlib import resources

from consensus.offline.names import ALWAYS_NATIONALITIES, DEMONYM

__all__ = ["TITLE_PARTICIPLES", "role_facts"]

_DATA = tomllib.loads(
    resources.files("consensus").joinpath("data/role_words.toml").read_text(encoding="utf-8")
)
_HEADS = frozenset(w.casefold() for w in _DATA["heads"])
_NEED_TAIL = frozenset(w.casefold() for w in _DATA["need_tail"])
_STOPS = frozenset(w.casefold() for w in _DATA["stops"])
_DETERMINERS = frozenset(w.casefold() for w in _DATA["determiners"])
_NATION_MARKS = frozenset(_DATA["nation_marks"])
_SUFFIXES = frozenset(w.casefold() for w in _DATA["head_suffixes"])
_NAME_TITLES = frozenset(w.casefold() for w in _DATA["name_titles"])
_MODIFIERS = frozenset(w.casefold() for w in _DATA["title_modifiers"])
# "-ing"/"-ed" words of a post ("managing director"), no verbs (`merge/nested.py`)
TITLE_PARTICIPLES = frozenset(w.casefold() for w in _DATA["participles"])


def _alt(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_W = r"[A-Za-z][\w’'-]*"
# a post's word, and a word that closes it ("director general")
_HEAD = rf"(?i:{_alt(_HEADS)})(?:[ \t]+(?i:{_alt(_SUFFIXES)}))?(?![\w’'-])"
# an "of"/"for"/"at"/"with" phrase after the head: "general secretary of the Ferry Guild",
# "president of Transit Workers Local 1142"
_TW = r"[A-Za-z0-9][\w’'-]*"
_TAIL = rf"(?:[ \t]+(?:of|for|at|with)[ \t]+{_W}(?:[ \t]+{_TW}){{0,5}})?"
_ROLE = rf"(?:{_W}[ \t]+){{0,4}}?{_HEAD}{_TAIL}"
# a person's full name: two or three capitalised words
_NAME_TOKEN = r"[A-Z][\w’'-]*"
# a title before it, with or without a full stop ("Dr. Amal Reyes", "Cllr Jo Marsh")
_TITLE_FORMS = frozenset(w.capitalize() for w in _NAME_TITLES) | {w.upper() for w in _NAME_TITLES}
_TITLED = rf"(?:(?:{_alt(_TITLE_FORMS)})\.?[ \t]+)?"
_NAME = rf"{_TITLED}{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}}"
# "Jane Roe, the union's general secretary," / "..., said Jane Roe, a spokeswoman."
_AFTER = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME}),[ \t]+(?P<role>{_ROLE})"
    r"(?=[ \t]*[,.;:]|[ \t]+(?:said|says|told|tells|added|adds)\b)"
)
# "The firm's chief executive, Jo Roe, said" (the name closed by a comma or the sentence's end)
_BEFORE = re.compile(rf"(?<![\w’'-])(?P<role>{_ROLE}),[ \t]+(?P<name>{_NAME})(?=[ \t]*[,.;]|$)")
# "said council leader Jo Roe", "Lumatek chief executive Jo Roe"
_TITLE = re.compile(rf"(?<![\w’'-])(?P<role>(?:{_W}[ \t]+){{0,3}}?{_HEAD})[ \t]+(?P<name>{_NAME})")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
# what stands before a sentence's first word (the text from the sentence's start to it)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"”’']?\s+|\n\s*)$")

# the word before a role: "U.S." of "U.S. President"
_LAST_WORD = re.compile(r"(\S+)\s*$")


def _before_word(text: str, start: int, at: int) -> str:
    m = _LAST_WORD.search(text, start, at)
    return m.group(1) if m else ""


# (statement, start, end, names), as `phrases.Fact`
Fact = tuple[str, int, int, tuple[str, ...]]


def _national(word: str) -> bool:
    """Whether a word of a role is a nation's adjective ("Russian", "US")."""
    word = word.rstrip(",")
    return (
        word in _NATION_MARKS
        or word in ALWAYS_NATIONALITIES
        # (not "Public", "Atlantic", "Republican": words of bodies and parties)
        or (DEMONYM.fullmatch(word) is not None and not word.endswith(("ic", "lican")))
    )


def _stop(word: str) -> bool:
    """Whether a word before a role's head ends the role on its left: a stop word ("said",
    "by") or a verb's past form ("dismissed housing minister Jo Roe"), never a post's own
    participle ("retired", "elected")."""
    folded = word.casefold()
    return folded in _STOPS or (
        word.islower() and folded.endswith("ed") and folded not in TITLE_PARTICIPLES
    )


def _head_at(words: list[str]) -> int:
    """Where a role's head stands among its words: the last post word ("director", or the
    "general" that closes "director general") at the end or before an "of"/"for"/"at"/"with"
    phrase; -1 when none."""
    folded = [w.casefold() for w in words]
    for i in range(len(words) - 1, -1, -1):
        post = folded[i] in _HEADS or (folded[i] in _SUFFIXES and i and folded[i - 1] in _HEADS)
        if post and (i == len(words) - 1 or words[i + 1] in ("of", "for", "at", "with")):
            return i
    return -1


def _lowered(role: str) -> str:
    """`role` with the capitals of a title written before a name in lower case ("Council
    leader" -> "council leader", "Metro General Manager" -> "Metro general manager"): the
    post's words, and the words that qualify a post (`title_modifiers`) when no name stands
    before them ("Lakeview Park spokeswoman" keeps its park's name)."""
    words = list(re.finditer(r"\S+", role))
    head_at = _head_at([w.group() for w in words])
    run: list[int] = []
    for i in range(head_at, -1, -1):
        word = words[i].group()
        folded = word.casefold()
        if not word[:1].isupper():
            if folded in _HEADS or folded in _SUFFIXES or folded in _MODIFIERS:
                continue  # ("Council leader": a lower-case word of the title)
            break
        if folded not in _HEADS | _SUFFIXES | _MODIFIERS | TITLE_PARTICIPLES:
            break
        run.append(i)
    if not run:
        return role
    left = min(run) - 1
    named = left >= 0 and words[left].group()[:1].isupper()
    lower = {
        i
        for i in run
        if not named or words[i].group().casefold() in _HEADS | _SUFFIXES | TITLE_PARTICIPLES
    }
    out = role
    for i in sorted(lower, reverse=True):
        w = words[i]
        out = out[: w.start()] + w.group().lower() + out[w.end() :]
    return out


def _role_words(role: str, trim: bool) -> tuple[int, str] | None:
    """Where the role's noun phrase starts in `role` and its words, or None when it is no
    role. With `trim`, a stop word ("said", "by") ends it on its left; without, the phrase
    must hold none before its head (an apposition opens on its role: "Jane Roe, who was
    sacked as director," states no post). A determiner opens it, never stands inside it, and
    a head that needs a phrase after it has one."""
    words = list(re.finditer(r"\S+", role))
    folded = [w.group().casefold() for w in words]
    head_at = _head_at([w.group() for w in words])
    if head_at < 0:
        return None
    first = 0
    for i in range(head_at):
        if _stop(words[i].group()):
            if not trim:
                return None
            first = i + 1
    if any(_national(w.group()) for w in words[first:head_at]):
        return None  # "Russian President", "the US president": a known figure's title
    if folded[head_at] in _NEED_TAIL and head_at == len(words) - 1:
        return None
    if any(w.group().casefold() in _DETERMINERS for w in words[first + 1 : head_at]):
        return None  # "the chair the board named": no noun phrase
    start = words[first].start()
    return start, role[start:]


def role_facts(
    text: str,
    start: int,
    end: int,
    person: Callable[[str], str | None],
    quoted: Callable[[int, int], bool],
    name_word: Callable[[str], bool],
) -> list[Fact]:
    """The role facts of text[start:end]: `person` gives a capitalised sequence's person
    (None when it names none), `quoted` tells a span inside a quotation, `name_word` a word
    the text capitalises as a name. One fact per person a sentence gives a role."""
    out: list[Fact] = []
    seen: set[str] = set()

    def add(who: str | None, role: str, a: int, b: int) -> None:
        if who is None or who in seen or quoted(a, b):
            return
        seen.add(who)
        out.append((f"{who} is {role}.", a, b, (who,)))

    for pattern in (_AFTER, _BEFORE, _TITLE):
        for m in pattern.finditer(text, start, end):
            read = _role_words(m.group("role"), trim=pattern is not _AFTER)
            if read is None:
                continue
            skip, role = read
            role_start = m.start("role") + skip
            name = _POSSESSIVE.sub("", m.group("name"))
            if name.split()[0].casefold() in _HEADS:
                continue  # "director General Manager ...": a title inside the name
            if pattern is not _AFTER and _before_word(text, start, role_start) in _NATION_MARKS:
                continue  # "U.S. President Jo Roe": a known figure's title
            who = person(name)
            titled = name.split(maxsplit=1)
            if who is None and titled[0].rstrip(".").casefold() in _NAME_TITLES:
                who = person(titled[1])  # "Sgt Ray Cole": the person without the title
            role = _lowered(role)
            first = role.split()[0]
            at_start = _SENTENCE_START.search(text[start:role_start]) is not None
            if (
                at_start
                and first[:1].isupper()
                and not name_word(first)
                and _POSSESSIVE.search(first) is None  # ("Lumatek's": a name's)
            ):
                # "The union's general secretary, ..." / "Chief executive Jo Roe said"
                role = first.lower() + role[len(first) :]
            if pattern is _AFTER:
                add(who, role, m.start("name"), m.end("role"))
            else:
                add(who, role, role_start, m.end("name"))
    return out
