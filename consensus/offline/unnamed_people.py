"""People a story quotes without a name, described by what they are doing there: "An
American witness said", "One eyewitness who works for the city said", "A journalist for
Radio Nord said", "A police source told the Ledger", "A man who gave his name as Olav,
working at a kiosk on the quay, said".

The speaker is the kind of person ("witness", "police source", "Radio Nord
journalist"), or the one name the phrase gives them ("Olav"). The phrase must be
indefinite (a, an, one, another): "the witness" points back at someone the story has met and
is left to the other rules. A relative clause after the kind ("who works for ...") says more
about the same person and is dropped. Only the kinds below, which news uses for a source met
at the scene or on the story, count; "a man said" stays nobody in particular unless the phrase
names him.

Never used for a phrase that names a person or a body by its own name: those are read first
(`speaker_resolution._resolve_np`), this is its last resort before giving up.
"""

from __future__ import annotations

import re

__all__ = ["member_of", "plain_person", "unnamed_person"]

# the singular kinds (their plurals are read elsewhere: `speaker_nps._GROUP_NP`)
_KINDS = (
    "witness|eyewitness|bystander|onlooker|journalist|reporter|correspondent|photographer|"
    "source|resident|survivor|passenger|tourist|holidaymaker|neighbou?r|spectator|"
    "paramedic|firefighter|rescuer|medic"
)
# "American", "local", "police", "senior police": up to two words that qualify the kind
_QUALIFIERS = r"(?P<qual>(?:[A-Za-z][\w’'-]*\s+){0,2}?)"
# what may follow the kind and is about the same person: a relative clause, a participle,
# "for/from/at/with <a body>"
_REST = r"(?:\s+(?P<rest>(?:who|whom|whose|that)\b.*|[a-z]+ing\b.*|(?:for|from|at|with)\s+.+))?"
_KIND_NP = re.compile(
    rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+{_QUALIFIERS}(?P<kind>{_KINDS})\b{_REST}", re.DOTALL
)
# "A man who gave his name as Olav", "a woman known only as Amira", "a fisherman identified
# only as Bastien": an indefinite person named by one word in the phrase
_NAMED_AS = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){1,8}?"
    r"(?:gave\s+(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as|known\s+(?:only\s+)?as|"
    r"identified\s+(?:only\s+)?as)\s+(?P<name>[A-Z][a-z]+)(?:\s+(?:[a-z][\w’'-]*\s*)*)?"
)
# a body named after "for/from/at/with" ("for Radio Nord", "with the city police")
_BODY = re.compile(
    r"(?:for|from|at|with)\s+(?:the\s+)?(?P<body>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})$"
)


def unnamed_person(np: str) -> str | None:
    """The speaker an indefinite description of a person names: the one name it gives them
    ("A man who gave his name as Olav" -> "Olav"), else the kind with its qualifiers and
    the body it works for ("An American witness" -> "American witness", "A journalist for
    Radio Nord" -> "Radio Nord journalist", "One eyewitness who works for
    the city" -> "eyewitness"); None for any other phrase."""
    np = np.strip()
    m = _NAMED_AS.fullmatch(np)
    if m is not None:
        return m.group("name")
    m = _KIND_NP.fullmatch(np)
    if m is None:
        return None
    qual = m.group("qual").split()
    kind = " ".join([*qual, m.group("kind")])
    rest = m.group("rest") or ""
    body = _BODY.fullmatch(rest)
    if body is not None:
        return f"{body.group('body')} {kind}"
    return kind


# "the young man", "the woman", "the teenager": a person by sex or age alone
_PLAIN_PERSON = re.compile(
    r"[Tt]he\s+(?:(?:young|old|older|elderly|other)\s+)?(?:man|woman|boy|girl|teenager)"
)


def plain_person(np: str) -> bool:
    """Whether a speaker phrase names a person by sex or age alone ("the young man"): the
    unnamed person the story follows, when it follows one ("Another witness, a 19-year-old
    who works at a car wash, said ... '...,' the young man said")."""
    return _PLAIN_PERSON.fullmatch(np.strip()) is not None


# "one of the French fighters", "another of the organisers": one member of a group the
# story names by a plural noun (at most two words qualifying it)
_MEMBER_OF = re.compile(
    r"(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the|its|their|his|her|our)\s+"
    r"(?P<qual>(?:[A-Za-z][\w’'-]*\s+){0,2}?)(?P<plural>[a-z][a-z-]{2,}s)"
)


def member_of(np: str) -> str | None:
    """The kind of person a partitive speaker phrase names, singular ("one of the French
    fighters" -> "French fighter", "another of the organisers" -> "organiser"); None for
    any other phrase."""
    m = _MEMBER_OF.fullmatch(np.strip())
    if m is None:
        return None
    plural = m.group("plural")
    if plural.endswith("ss"):
        return None  # "one of the press": no plural
    if plural.endswith("ies"):
        one = plural[:-3] + "y"
    elif plural.endswith(("sses", "xes", "ches", "shes")):
        one = plural[:-2]
    else:
        one = plural[:-1]
    return " ".join([*m.group("qual").split(), one])
