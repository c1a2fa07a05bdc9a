"""Where a figure counts, as its sentence names it: "Seven people were killed in Iraq",
"In Paris, the ministry counted 65,000 marchers", "the province of X, where 820 people have
fallen ill", and the part of a whole one place is ("In the capital alone, 900 cases"). Pure
and general: read from prepositions and capitalised words, no list of places;
`figures.figures` calls it for each number it reads.
"""

from __future__ import annotations

import re

from consensus.merge.figure_names import MONTH_WORDS

__all__ = [
    "alone_place",
    "bearing_origin",
    "named_places",
    "origins_differ",
    "place_or_none",
    "place_words",
    "teller_places",
    "where",
]

# a place's name: one to three capitalised words ("Port Alba", "Stoke-on-Trent")
_PLACE = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"

# "328 people in Iran", "Seven people were killed in Iraq": a place named by "in" a few
# lower-case words after the number, before its clause ends
_WHERE = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,6}\s+(?:in|across|throughout|through)\s+(?:the\s+)?"
    r"(?P<place>" + _PLACE + r""
    # a list of places: "across Florida, Alabama and Georgia"
    r"(?:(?:,\s*" + _PLACE + r")*,?\s+and\s+" + _PLACE + r")?)"
    r"(?![\w'’-]*\s+(?:attacks?|bombings?|shootings?|crash|earthquake|quake|war|massacre)\b)"
)
# "In the capital alone, 900 cases": a count of one part of the whole, in a named place
_ALONE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?P<place>" + _PLACE + r")"
    r"(?:\s+[a-z]+){0,2}\s+alone\b"
)
# "the province of X, where 820 people have fallen ill": a count in the place just named
_WHERE_BEFORE = re.compile(r"(?P<place>" + _PLACE + r"),?\s+where\s+(?:[a-z]+\s+){0,3}$")
# "In Paris, the ministry counted 65,000 marchers": a place fronted for the whole sentence
_FRONTED_PLACE = re.compile(
    r"(?:\s*|.*?,\s*)[Ii]n\s+(?:the\s+)?(?:[a-zA-Z-]+\s+){0,3}?(?:of\s+)?"
    r"(?P<place>" + _PLACE + r"),"
)


# a body bound to one place, as the subject of what is said: "Kessel police said six were
# detained", "police in Kessel said", "the Arlow fire service said": its place is where
# the figure it tells counts when its clause names none (general words for local public
# bodies, no names)
_BODY = (
    r"(?i:police|constabulary|authorities|officials|council|firefighters|prosecutors|"
    r"(?:fire|health|ambulance|emergency)\s+(?:department|service|services|brigade|"
    r"officials|authorities))"
)
# a determiner opening the sentence is no place ("The council said ...", "This ministry")
_DETERMINER = r"(?!(?:The|This|That|These|Those|Its|Their|Our|His|Her|Every|Each)\b)"
_SPEAKER_PLACE = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\b(?:and|but|while|as)\s+)(?:[Tt]he\s+)?"
    r"" + _DETERMINER + r"(?P<place>" + _PLACE + r")"
    r"(?:['’]s?)?\s+" + _BODY + r"\b"
    r"|\b" + _BODY + r"\s+(?:in|at|of)\s+(?:the\s+)?(?P<after>" + _PLACE + r")"
)
# a place named after a preposition in running text ("in Kessel", "near Holt")
_NAMED = re.compile(r"\b(?:in|near|at|outside|from|to)\s+(?:the\s+)?(?P<place>" + _PLACE + r")")
# a distance with a compass bearing after its unit ("20 miles to the east", "40 miles east
# of Calder", "12 km north-west of the capital"), and the reference point after "of"
_DIRECTION = r"(?:north|south)(?:[ -]?(?:east|west))?|east|west"
_BEARING = re.compile(
    r"[\s-]+(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|yards?)\.?"
    r"(?:\s+(?:to\s+the|away\s+to\s+the|due))?\s+"
    r"(?:" + _DIRECTION + r")(?:ward|wards)?\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<ref>[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2}))?"
)


def _speaker_place(text: str, start: int) -> str:
    """The place of the local body that tells a figure, named before it in its sentence
    ("Kessel police put the number at 4,000 and said six people were detained": Kessel;
    "police in Kessel said"), or ''."""
    found = ""
    for m in _SPEAKER_PLACE.finditer(text, 0, start):
        found = m.group("place") or m.group("after")
    return place_or_none(found) if found else ""


def named_places(text: str) -> list[str]:
    """The capitalised names `text` puts after a preposition of place, as written: the
    names a batch uses as places ("in Kessel"), so a teller's name ("Kessel police") is read
    as a place only when the batch names it so."""
    return [m.group("place") for m in _NAMED.finditer(text)]


def place_words(name: str) -> frozenset[str]:
    """A place's or party's words as `teller_places` folds them (a final "s" dropped)."""
    return frozenset(w.casefold().rstrip("s") for w in re.findall(r"[^\W\d_]+", name))


def bearing_origin(text: str, end: int) -> str:
    """What a distance with a compass bearing is measured from: the casefolded words after
    "of" ("40 miles east of Calder": "calder"), "-" for a bearing from the place the
    sentence is about ("about 20 miles to the east"); '' for no distance with a bearing."""
    m = _BEARING.match(text, end)
    return "" if m is None else (m.group("ref") or "-").casefold()


def origins_differ(a: str, b: str) -> bool:
    """Two distances' reference points (`bearing_origin`) are not one: two distances from
    two points are no one figure ("20 miles to the east" of the crash / "40 miles east of
    Calder"). Unknown ('') for a distance without a bearing."""
    if not a or not b or a == b:
        return False
    return set(a.replace("-", " ").split()).isdisjoint(b.replace("-", " ").split())


def alone_place(text: str) -> str:
    """The place a sentence counts alone ("In the capital alone, 900 cases"), or ''."""
    m = _ALONE.search(text)
    return m.group("place") if m else ""


def where(text: str, start: int, end: int) -> str:
    """The place the figure's clause names right after it (`_WHERE`), fronted or just
    before it ("the province of X, where 820 people ..."), as written; '' for
    none, for a month or weekday ("in July") and for an event named after a place ("killed
    in Paris attacks")."""
    m = (
        _WHERE.match(text, end)
        or _FRONTED_PLACE.match(text, 0, end)
        or _WHERE_BEFORE.search(text, max(0, start - 80), start)
    )
    return "" if m is None else place_or_none(m.group("place"))


def place_or_none(place: str) -> str:
    """A capitalised name read as a place, or '' when it is a month or a weekday ("in
    July", "on Monday")."""
    folded = place.casefold()
    if folded.split()[0] in MONTH_WORDS or folded.endswith("day"):
        return ""
    return place


# a name an attribution tells a figure's place or party by: possessive ("Vardenia's interior
# ministry said"), an adjective before a lower-case noun ("Vardenian officials said"), or
# after "in"/"of" ("the interior ministry in Ostrel"); never a person's name, which stands
# before the speech verb ("Mayor Anne Hidalgo said": a person may revise the count)
_TELLER_PLACE = re.compile(
    r"(?:\b(?:in|of)\s+(?:the\s+)?(?P<after>" + _PLACE + r"))"
    r"|(?:\b(?P<owner>[A-Z][\w-]+)['’]s?\s)"
    r"|(?:\b(?P<adj>[A-Z][\w-]+)\s+(?=[a-z]))"
)


def teller_places(text: str, start: int, tail: str, speech: frozenset[str]) -> frozenset[str]:
    """The places or parties of whoever tells the figure at `start` (`Figure.told_by`),
    folded by `place_words`: those the attribution `tail` closing its clause names (",
    Vardenian officials said", ", according to the interior ministry in Ostrel"; '' for
    none), and the place of a local body that tells it before it ("Kessel police said six
    were detained", "police in Kessel said": a count told by a local body counts in its
    place); `speech` the speech verbs (never an adjective: "Bale said")."""
    out: set[str] = set()
    for m in _TELLER_PLACE.finditer(tail):
        name = m.group("after") or m.group("owner") or m.group("adj")
        nxt = tail[m.end() :].split(maxsplit=1)
        if m.group("adj") and nxt and nxt[0].casefold() in speech:
            continue
        out.update(place_words(name))
    return frozenset(out | place_words(_speaker_place(text, start)))
