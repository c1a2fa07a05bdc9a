"""People a story names in a sentence that reports no speech, and the descriptions that
point back at them.

A "he said" after a narrative sentence is about the person that sentence opens on, not the
last speaker: "Lorenz and his brother ran back to the car. He said: ..." (a first name
alone whose full name the article gives), "Tobin Varga works at a cafe on the harbour.
'...,' he told the Courier" (a full name the article gives no words), "ORSON Palatine, who
founded the chain, hit back ..." (a lede's name in capitals), "a fisherman known only as
Bastien was ...".

A definite description that is no title points back at the person the story follows when
that person's own description carries its noun: "Elin Varro, a Swedish student living in
Tresk, was on the quay ... . The student described ...". Anyone else ("the driver",
"the student" after a person described as a teacher) stays nobody in particular.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consensus.offline.names import (
    _FUNCTION_WORDS,
    _NOT_ENTITIES,
    _ORG_WORDS,
    _TITLES,
    _Names,
)

__all__ = [
    "described_person",
    "description_of",
    "named_before_of",
    "narrative_person",
    "noted",
]

_CAP = r"[A-Z][\w’'-]*"
# the subject opening a clause: one or two capitalised words, "and his family" at most, then a
# lower-case word (its verb)
_LEAD = re.compile(
    rf"(?P<first>{_CAP})(?:\s+(?P<second>[A-Z][a-z][\w’'-]*))?"
    r"(?:\s+and\s+(?:his|her|their)\s+[a-z]+)?\s+(?P<verb>[a-z][a-z]+)\b"
)
# "a fisherman known only as Bastien", "a man named Ali": someone the story names by one word
_KNOWN_AS = re.compile(
    r"\b(?:known(?:\s+only)?\s+as|named|called)\s+(?P<name>[A-Z][a-z]+)\b(?!\s+[A-Z])"
)
_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|who)\b")
# "the student", "the American student": no title, a plain noun
_THE_NOUN = re.compile(r"[Tt]he\s+(?:(?P<adj>[a-z][a-z-]+)\s+)?(?P<noun>[a-z][a-z]+)")
# words after "the" that are not a description of a person
_NOT_PERSON_NOUNS = frozenset(
    """statement report police government company court ministry army agency family
    article paper newspaper network channel station broadcaster group team""".split()
)


def _name_like(word: str, names: _Names) -> bool:
    """A capitalised word that may be part of a person's name."""
    low = word.lower()
    return not (
        low in names.common_words
        or low in _ORG_WORDS
        or low in _FUNCTION_WORDS
        or low in _TITLES
        or word in names.placeish
        or word in _NOT_ENTITIES
    )


def narrative_person(
    clause: str, names: _Names, after: str = "", spoken: frozenset[str] | set[str] = frozenset()
) -> str | None:
    """The person a clause that names nobody the extractor knows opens on, or that it names
    by one word after "known as": the person a following "he said" is about. The clause or
    the text `after` it must speak of a person ("his", "she", "who"): a company opening a
    sentence ("Brightwater shares closed down") is no one a later "he" is. `spoken`: the
    speakers the article has quoted so far; one of them named by one word opening the clause
    ("Orsic will not need it." after "Orsic said ...") is that speaker."""
    m = _KNOWN_AS.search(clause)
    if m and _name_like(m.group("name"), names):
        return m.group("name")
    m = _LEAD.match(clause)
    if m is None or not (_PERSONAL.search(clause) or _PERSONAL.search(after)):
        return None
    first, second = m.group("first"), m.group("second")
    if first.isupper() and len(first) > 2:
        first = first.title()  # "ORSON Palatine": a lede's capitals
    if second is None:
        # "Lorenz and his brother ran ...": the one full name the article opens with it
        if not _name_like(first, names):
            return None
        return names.first_name(first) or (first if first in spoken else None)
    canon, person = names.canonical([first, second])
    if person:
        return canon
    if m.group("verb") in _FUNCTION_WORDS or not all(_name_like(w, names) for w in (first, second)):
        return None
    # two name words the article never writes in lower case and no body's word: a person
    # named for the first time ("Tobin Varga works at ...")
    return f"{first} {second}"


def description_of(clause: str, person: str) -> str:
    """The words describing `person` in a clause: an appositive after any word of their
    name ("Elin Varro, a Swedish student living in Tresk,") or a description
    before it ("Grieving student Elin Varro"); "" when there is none."""
    words = "|".join(re.escape(w) for w in person.split() if w[:1].isupper())
    if not words:
        return ""
    after, before = _description_patterns(words)
    found = [m.group(1) for m in after.finditer(clause)]
    found += [m.group(1) for m in before.finditer(clause)]
    return " ".join(found)


@lru_cache(maxsize=1024)
def _description_patterns(words: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`description_of`'s appositive after a name word and description before one, compiled
    once per name (asked once per clause of a story that follows the person)."""
    return (
        re.compile(rf"(?:{words})(?:\s+{_CAP})*,\s+((?:an?|the)\s+[^,.;:]{{1,60}})"),
        re.compile(rf"((?:[a-z][\w-]*\s+){{1,3}})(?:{words})\b"),
    )


def described_person(np: str, person: str | None, description: str) -> str | None:
    """`person` when the definite description `np` ("The student") names what their own
    description says they are; else None."""
    m = _THE_NOUN.fullmatch(np.strip())
    if m is None or person is None or " " not in person:
        return None
    noun = m.group("noun")
    if noun in _NOT_PERSON_NOUNS or noun in _FUNCTION_WORDS:
        return None
    said = set(re.findall(r"[a-z][a-z-]+", description))
    if noun not in said or (m.group("adj") and m.group("adj") not in said):
        return None
    return person


def noted(description: str, before: str | None, person: str | None, clause: str) -> str:
    """What the text has said `person` (the person the story follows after `clause`) is: the
    description so far when the story still follows them, with the clause's own."""
    if person is None:
        return ""
    kept = description if person == before else ""
    return f"{kept} {description_of(clause, person)}".strip()


def named_before_of(head: str, person: str) -> bool:
    """Whether the words before "of"/"at" in a speaker phrase close on the person's name:
    a description then the name ("Economist Lena Braun of ..."), or a full name alone
    ("Ilka Marren of Tresk Capital"); never a title alone ("Deputy Chief Inspector of
    the Harbour Police")."""
    words = head.split()
    if len(words) == 2 and head == person:  # a full name alone, no title
        return words[0].lower() not in _TITLES and words[1].lower() not in _TITLES
    return len(words) >= 3 and head.endswith(f" {person}")
