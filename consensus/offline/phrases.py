"""Step 4: facts a noun phrase states inside a longer sentence, each as a claim of its own.

A sentence about one thing often states another in passing, inside a noun phrase; another
outlet may state that second fact as a sentence of its own, and the two only agree when the
first article has a claim that says it alone. Each shape here gives a full-sentence
statement and cites the exact span that states it (never more):

* an age after a person's name: "Jane Roe, 34, said ..." -> "Jane Roe is 34." (cites
  "Jane Roe, 34"); so too "Jane Roe, a 34-year-old nurse" and "34-year-old Jane Roe";
* a place before "-based" / "-headquartered" and a name: "Oslo-based Lumatek said ..." ->
  "Lumatek is based in Oslo." (cites "Oslo-based Lumatek"); so too "-born": "Oslo-born
  singer Jane Roe" -> "Jane Roe was born in Oslo.". The place is a name of the claim (its
  entities), so the merger reads "based in Oslo" / "based in Lisbury" as two names in one
  place (link rule 0): never one agreed item. (A compound before a common noun, "the
  Oslo-bound train", is read by the merger: `merge/place_compounds.py`.)

* a person's role beside their name: "Jane Roe, the union's general secretary, said ..."
  -> "Jane Roe is the union's general secretary." (`role_facts.py`: after the name, before
  it between commas, or a title straight before it).

(An appositive of any noun, "Lumatek, the largest maker of ferry engines, said ...", was
tried: its claims joined two different restaurants; see bench/README. A role is read only
for a person's name and a post's word.)

The claims are the outlet's own words (no speaker), and the merger shows such a claim only
when another origin states the same (`merge/nested.py`): alone it repeats a part of the
sentence it came from. Only grammar is read here (capitalised names, a few closed words);
never anything about one story. Nothing inside a quotation is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.offline.names import _MONTH_NAMES, _WEEKDAY_NAMES, DEMONYM, _Names
from consensus.offline.role_facts import role_facts
from consensus.offline.sentences import _in_quotes

# A name: one to four capitalised words (initialisms and "Mr." as names.py reads them).
_NAME = r"(?:[A-Z][\w’'-]*|(?:[A-Z]\.){2,})(?:[ \t]+(?:[A-Z][\w’'-]*|(?:[A-Z]\.){2,})){0,3}"
_AGE = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME}),\s(?P<age>\d{{1,3}}),\s")
# "28-year-old Jane Roe", "Jane Roe, a 29-year-old nurse": the age told by the adjective
# (never after "a": "a 29-year-old Port Alder man" describes someone by a place)
_AGE_BEFORE = re.compile(
    rf"(?<![\w’'.-])(?<![Aa] )(?<![Aa]n )(?P<age>\d{{1,3}})-year-old\s+(?P<name>{_NAME})(?![\w’'-])"
)
_AGE_APPOSED = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_NAME}),\s(?:a|an)\s(?P<age>\d{{1,3}})-year-old(?![\w’'-])"
)
_BASED = re.compile(
    rf"(?<![\w’'.-])(?P<place>{_NAME})-(?P<how>based|headquartered|born)\s+"
    rf"(?:[a-z]+\s+){{0,2}}(?P<name>{_NAME})(?![\w’'-])"
)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
# never a name: a date word, or a word that opens a sentence in capitals
_NOT_A_NAME = frozenset(
    (*_MONTH_NAMES, *_WEEKDAY_NAMES, "The", "A", "An", "In", "On", "At", "But", "And", "It")
)
MAX_AGE = 120

# (statement, start, end, names): what it says, the span stating it, and the names the
# statement states that the span writes inside a compound word: "Oslo-based Lumatek" ->
# ("Oslo",), a place the claim names like any other name (the merger's rule 0 then keeps
# "Lumatek is based in Oslo." and "Lumatek is based in Lisbury." apart)
Fact = tuple[str, int, int, tuple[str, ...]]


def _name_start(name: str) -> int:
    """Where the name proper starts: after a capitalised opening word that is no name
    ("In Oslo" -> "Oslo")."""
    words = name.split()
    skip = 0
    while skip < len(words) - 1 and words[skip] in _NOT_A_NAME:
        skip += 1
    return len(" ".join(words[:skip])) + (1 if skip else 0)


def phrase_facts(
    text: str,
    start: int,
    end: int,
    quotes: Sequence[tuple[int, int]],
    names: _Names,
    held: Sequence[tuple[int, int]],
) -> list[Fact]:
    """The noun-phrase facts of text[start:end]; `names` tells persons (`names.py`). Only
    facts whose span lies inside one of `held` (the spans the sentence's claims cite): the
    merger knows a part by that (`merge/nested.py`), and a part no claim holds would join
    any claim naming the same person ("Jane Roe lives near the station")."""
    out: list[Fact] = []
    q = list(quotes)

    def person(name: str) -> str | None:
        canon, is_person = names.canonical(name.split())
        return canon if is_person and canon else None

    def quoted(a: int, b: int) -> bool:
        return _in_quotes(a, q) or _in_quotes(b - 1, q)

    ages = [*_AGE.finditer(text, start, end), *_AGE_APPOSED.finditer(text, start, end)]
    for m in ages:
        skip = _name_start(m.group("name"))
        a, b = m.start("name") + skip, m.end("age") if m.re is _AGE else m.end()
        who = person(text[a : m.end("name")])
        age = int(m.group("age"))
        if who is None or not 0 < age < MAX_AGE or quoted(a, b):
            continue
        out.append((f"{who} is {age}.", a, b, ()))
    for m in _AGE_BEFORE.finditer(text, start, end):
        a, b = m.start("age"), m.end("name")
        who = person(_POSSESSIVE.sub("", m.group("name")))
        age = int(m.group("age"))
        if who is None or not 0 < age < MAX_AGE or quoted(a, b):
            continue
        out.append((f"{who} is {age}.", a, b, ()))
    for m in _BASED.finditer(text, start, end):
        skip = _name_start(m.group("place"))
        a, b = m.start("place") + skip, m.end("name")
        place = text[a : m.end("place")]
        name = _POSSESSIVE.sub("", m.group("name"))
        if (
            DEMONYM.fullmatch(place)  # "Dutch-based": a nationality, not a place
            or name.split()[0] in _NOT_A_NAME
            or quoted(a, b)
        ):
            continue
        verb = "was" if m.group("how") == "born" else "is"  # ("Oslo-born Jane Roe")
        out.append((f"{name} {verb} {m.group('how')} in {place}.", a, b, (place,)))
    out.extend(role_facts(text, start, end, person, quoted, names.name_words.__contains__))
    inside = [f for f in out if any(s <= f[1] and f[2] <= e for s, e in held)]
    return sorted(inside, key=lambda f: (f[1], f[2], f[0], f[3]))
