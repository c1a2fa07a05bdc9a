"""The body a person's title belongs to when the title's owner is "its" or a kind noun.

"Acme denied it. Its chief executive, Jan Roe, said ...", "Jan Roe, its head of service,
said ...", "Dr Jan Roe, the agency's chief executive, said ...": the description says
whose officer the person is, and its owner (a pronoun, or "the" and a kind noun) points
back to a body the article has named. `speakers._appositive` reads the title's words, not
the owner's referent, so without this the person never speaks for the body, and what the
body says in one outlet and its officer in another stays apart.

An *owned title* is a comma description right before or right after a name that opens
with "its" / "their", or with "the" and a lower-case noun marked as an owner ("the
agency's"), and holds a title word (`titles`, the speaker index's); an inverted speech verb
before it is no part of it ('"…," said the union's regional officer, Jan Roe'). Its body
is:

* for a pronoun that opens its sentence ("Its president, Jan Roe, said"), the body the
  sentence just before (same paragraph) opened on after "The", when the batch gives that
  body words: written in lower case ("The union tells a different story.", a
  spokesperson's body too: "council spokesperson" for "The council ...") or with a plural
  owner's mark the index's name drops ("The Bakers' Guild" for "bakers guild"), or as a
  capitalised name of two words or more with its verb after it ("The Harbour Standards
  Board said it would inspect Acme's rosters at the airline's base. Its chief executive,
  ...": the board's, not the airline's, the last name written): `_kind_openers`,
  `_opened_on`. The pronoun points back at that subject, not at the last
  name written ("The council hit back at Acme. Its head of legal services, ...");
* for any other pronoun, the nearest name written (capitalised) before the description in
  the same paragraph, at most `PRONOUN_REACH` characters back, that is no person's and no
  form of the person's own name;
* for a kind noun, the nearest name written before it in the text (a name written with an
  owner's mark inside, "The Acme Workers' Union", counts: `_owner_marked`) whose head noun is
  that noun ("water standards agency" for "the agency's") or that the batch's text says
  is of that kind (`body_names.kinds_of`: "the company's" for "Acme, the chip maker").

The body is every name written over the words found ("The Acme Water Board says": the
subject read with its verb, "board says", and "acme water board" both). An honorific
between the comma and the name ("Its director, Dr Jan Roe,") leaves the description whole.

A name is a person's when an appositive of it holds a person's title, a mention of it
follows an honorific, or the batch writes its last word alone as a name ("Roe"; not a word
written only inside a longer name, "Board" in "the Acme Water Board").

Nothing here names an event: the openers and the owner mark are grammar; titles and kinds
come from the speaker index and data/words.toml's `body_kinds`.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from consensus.merge.body_names import BODY_KINDS, kinds_of
from consensus.merge.lexicon import _SPEECH
from consensus.merge.titled_voices import _PERSON_TITLES
from consensus.offline.honorifics import honorific

__all__ = ["PRONOUN_REACH", "owned_bodies"]

PRONOUN_REACH = 300  # characters back from an "its" description to the body it means
_PRONOUNS = frozenset({"its", "their"})
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_STOP_MARKS = ',.;:()"“”\n'
_STOPS = re.compile("[" + re.escape(_STOP_MARKS) + "]")
_OWNER = re.compile(r"[a-z]+['’]s?")  # "agency's", "workers'" (one lower-case word)
_LAST_WORD = re.compile(r"([^\W\d_]+)\.?\s*$")

# where a text names a name: (text, start, end, the words of its appositive)
Mention = tuple[str, int, int, Sequence[str]]


def _owner(phrase: str, titles: frozenset[str]) -> str | None:
    """The owner of a description that is an owned title: "its"/"their" for a pronoun, the
    kind noun for "the <noun>'s ...", None for any other description."""
    words = phrase.split()
    if len(words) > 3 and words[0].casefold() in _SPEECH:
        # an inverted attribution ('"…," said the union's regional officer, Jan Roe'):
        # the verb opens the segment the description stands in
        words = words[1:]
    # (a hyphened title holds its title word: "Its secretary-general", "its vice-chancellor")
    if len(words) < 2 or not any(p in titles for w in words[1:] for p in w.casefold().split("-")):
        return None
    first = words[0].casefold()
    if first in _PRONOUNS:
        return first
    if first == "the" and len(words) >= 3 and _OWNER.fullmatch(words[1]):
        if words[1][-1] in "'’":
            return words[1][:-1]
        if words[1].endswith(("'s", "’s")):
            return words[1][:-2]
    return None


def _last_word(text: str) -> re.Match[str] | None:
    """`_LAST_WORD.search(text)`, read in the last 24 characters first: a match there
    that starts after their first is the whole text's (a match starts where its run of
    letters starts); the whole text is searched when the run may start before them, or when
    they hold no more than a dot and spaces (a match may end in them)."""
    pos = max(0, len(text) - 24)
    m = _LAST_WORD.search(text, pos)
    if pos and (m.start() == pos if m else len(text[pos:].strip()) <= 1):
        return _LAST_WORD.search(text)
    return m


def _description(text: str, start: int, end: int, titles: frozenset[str]) -> tuple[str, int]:
    """The owner of the name's owned title before or after it ("" for none) and where the
    description starts (the body is named before that)."""
    base = max(0, start - 120)
    before = text[base:start].rstrip()
    word = _last_word(before)
    if word and honorific(word.group(1)):  # "Its director, Dr Jan Roe"
        before = before[: word.start()].rstrip()
    if before.endswith(","):
        body = before[:-1]
        cut = max(body.rfind(c) for c in _STOP_MARKS) + 1  # (0: the window's start)
        owner = _owner(body[cut:].strip(), titles)
        if owner:
            return owner, base + cut
    tail = text[end : end + 160]
    if tail.startswith(","):
        phrase = _STOPS.split(tail[1:], maxsplit=1)[0].strip()
        owner = _owner(phrase, titles)
        if owner:
            return owner, start
    return "", start


def _overlapping(
    marks: Sequence[tuple[int, str, str]], start: int, end: int, persons: set[str], own: set[str]
) -> set[str]:
    """The names written over one span of a text: the body found there and every other
    name one of whose mentions overlaps it ("The Acme Water Board says": "board says", a
    subject read with its verb, lies inside "acme water board"), persons and forms of the
    person's own name left out."""
    got: set[str] = set()
    for s, other, raw in marks:
        if s < end and s + len(raw) > start:
            parts = set(other.split())
            if other not in persons and not (parts <= own or own <= parts):
                got.add(other)
    return got


def _alone(marks: Sequence[tuple[int, str, str]]) -> set[str]:
    """The one-word names of one text's marks (sorted by start) written somewhere outside
    every longer name: "Roe" in "Roe said", not "Board" in "the Acme Water Board", which
    names no family name."""
    reach: list[tuple[int, int]] = []  # (start, the furthest end of a longer name so far)
    furthest = -1
    for s, name, raw in marks:
        if " " in name:
            furthest = max(furthest, s + len(raw))
            reach.append((s, furthest))
    starts = [s for s, _ in reach]
    out: set[str] = set()
    for s, name, raw in marks:
        if " " in name or name in out:
            continue
        k = bisect_right(starts, s)
        if not k or reach[k - 1][1] < s + len(raw):
            out.add(name)
    return out


def owned_bodies(
    mentions: Mapping[str, Sequence[Mention]],
    texts_of: Mapping[str, Sequence[str]],
    titles: frozenset[str],
) -> dict[str, set[str]]:
    """Each name -> the bodies (normalised names) its owned titles name (see the module
    docstring). `mentions`: each normalised name -> where the texts name it; `texts_of`:
    each name -> its texts (a body's kind is read there)."""
    written: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # text -> (at, name, raw)
    persons: set[str] = set()
    for name, seen in mentions.items():
        for text, s, e, words in seen:
            raw = text[s:e]
            if not raw[:1].isupper() or raw.casefold() != name:
                continue
            written[text].append((s, name, raw))
            if _PERSON_TITLES.intersection(words):
                persons.add(name)
            word = _LAST_WORD.search(text, max(0, s - 8), s)
            if word and honorific(word.group(1)):
                persons.add(name)
    _owner_marked(written, (set(mentions) | set(texts_of)) - persons)
    for marks in written.values():
        marks.sort()
    alone = {n for marks in written.values() for n in _alone(marks)}  # a family name ("Roe")
    lasts = {name.split()[-1] for name in mentions if " " in name}
    for name in mentions:
        if (" " in name and name.split()[-1] in alone) or name in alone & lasts:
            persons.add(name)  # ("jan roe" and "roe" both: a person)
    kinds_memo: dict[str, set[str]] = {}

    def of_kind(name: str, raw: str, kind: str) -> bool:
        if name.split()[-1] == kind:
            return True
        if kind not in BODY_KINDS:
            return False
        got = kinds_memo.get(name)
        if got is None:
            got = kinds_memo[name] = kinds_of(raw, name, texts_of.get(name, ()))
        return kind in got

    alltexts = sorted({t for ts in texts_of.values() for t in ts})
    openers = _kind_openers(alltexts, set(mentions) | set(texts_of), persons, titles)
    out: dict[str, set[str]] = {}
    for name in sorted(mentions):
        own = set(name.split())
        for text, start, end, _ in mentions[name]:
            owner, at = _description(text, start, end, titles)
            if not owner:
                continue
            opened = _opened_on(text, at, openers.get(text, {})) if owner in _PRONOUNS else ""
            if opened and not (own <= set(opened.split()) or set(opened.split()) <= own):
                got = {opened}  # "The union ... . Its chairman,"
                for s, other, raw in reversed(written.get(text, ())):
                    if other == opened and s < at:  # (a written subject: the names over it)
                        got |= _overlapping(written[text], s, s + len(raw), persons, own)
                        break
                out.setdefault(name, set()).update(got)
                continue
            floor = 0
            if owner in _PRONOUNS:
                floor = max(at - PRONOUN_REACH, text.rfind("\n", 0, at) + 1)
            for s, other, raw in reversed(written.get(text, ())):
                if s >= at:
                    continue
                if s < floor:
                    break
                parts = set(other.split())
                if other in persons or parts <= own or own <= parts:
                    continue
                if owner in _PRONOUNS or of_kind(other, raw, owner):
                    got = _overlapping(written.get(text, ()), s, s + len(raw), persons, own)
                    whole = _written_whole(text, s, at)
                    if whole and whole != other and not (set(whole.split()) & own):
                        got.add(whole)  # "Kelsby" in "The Kelsby Anglers' Club": the club
                    out.setdefault(name, set()).update(got)
                    break
                # (a kind noun looks further back, past names of other kinds)
            # the first body found is the one meant: the nearest before the description
    return out


def _owner_marked(written: dict[str, list[tuple[int, str, str]]], names: set[str]) -> None:
    """Add to each text's marks the names it writes with an owner's mark inside ("The
    Coastal Drivers' Union said"), which the speaker index, whose names drop the mark
    ("coastal drivers union"), never finds written: the body "the union's regional officer"
    points back at."""
    for text in list(written):
        if "'" not in text and "’" not in text:
            continue
        for m in _CAPITAL_RUN.finditer(text):
            raw, at = m.group(0), m.start()
            while " " in raw and ("'" in raw or "’" in raw):
                name = _MARKS.sub("", _OWNER_S.sub("", raw)).casefold()
                if name in names:  # (the longest name the run ends on: "The" left out)
                    if not any(s == at for s, _, _ in written[text]):
                        written[text].append((at, name, raw))
                    break
                first = raw.index(" ") + 1
                raw, at = raw[first:], at + first


def _written_whole(text: str, start: int, stop: int) -> str:
    """The whole capitalised name written from `start` (before `stop`), its owner's marks
    dropped as the speaker index drops them, when it runs past the name found there: a
    body named "The Kelsby Anglers' Club" speaks nowhere under that name in this text, so
    the index finds only a shorter speaker's name inside it ("kelsby") -> "kelsby anglers
    club". "" when no longer name is written there."""
    m = _CAPITAL_RUN.match(text, start, stop)
    if m is None:
        return ""
    return _MARKS.sub("", _OWNER_S.sub("", m.group(0))).casefold()


# two or more capitalised words in a row, each with an owner's mark or none ("Kelsby
# Anglers' Club", "Acme Workers' Union"); one space between them
_CAPITAL_RUN = re.compile(r"[A-Z][a-z]+(?:['’]s?)?(?: [A-Z][a-z]+(?:['’]s?)?)+")
_OWNER_S = re.compile(r"['’]s\b")


# a sentence's first word "The" and the space after it, at a sentence's start (a text's, a
# line's, or after a full stop, a question or exclamation mark and a space)
_THE_OPENING = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"”’] ))The ")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?$")


def _kind_openers(
    texts: Iterable[str], names: Iterable[str], persons: set[str], titles: frozenset[str]
) -> dict[str, dict[int, str]]:
    """Each text -> where a sentence opens on "The" and a body the batch gives words to
    (in any of its articles), written in lower case ("The union tells a different story.")
    or as a name with a plural owner's mark ("The Bakers' Union said"), or as a capitalised
    name of two words or more followed by a lower-case word, its verb ("The Harbour
    Authority said": `_SUBJECT_NAME`): start of "The" -> the longest such name there. A
    person's name or a title ("the spokesman") is none."""
    bodies: set[str] = set()
    for n in names:
        # a spokesperson's body counts ("council spokesperson": "The council has hit back")
        body = " ".join(w for w in n.split() if w not in _VOICES)
        if n not in persons and body and not any(w in titles for w in body.split()):
            bodies.add(body)
    out: dict[str, dict[int, str]] = defaultdict(dict)
    for text in texts:
        for m in _THE_OPENING.finditer(text):
            words = (
                _LOWER_WORDS.match(text, m.end())
                or _OWNED_NAME.match(text, m.end())
                or _SUBJECT_NAME.match(text, m.end())
            )
            if words is None:
                continue
            run = _MARKS.sub("", words.group(0)).casefold().split()
            got = next(
                (" ".join(run[:k]) for k in range(len(run), 0, -1) if " ".join(run[:k]) in bodies),
                "",
            )
            if got:
                out[text][m.start()] = got
    return out


# up to four lower-case words after "The" ("The union", "The water company's"): the
# possessive mark ends the run
_LOWER_WORDS = re.compile(r"[a-z]+(?:[ \t-]+[a-z]+){0,3}")
# a capitalised name holding a plural owner's mark ("The Bakers' Union"), which the speaker
# index's names drop ("bakers union") and so never find written
_OWNED_NAME = re.compile(r"(?=(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]*s['’] )(?:[A-Z][a-z]*['’]? ?){2,5}")
_MARKS = re.compile(r"['’]")
# a capitalised name of two words or more right after a sentence's "The", its verb after it
# ("The Harbour Standards Board said it would ..."): the sentence's subject, which an "Its"
# opening the next sentence points back at, past any name its clauses write later
_SUBJECT_NAME = re.compile(r"(?:[A-Z][a-z]+ ){1,4}[A-Z][a-z]+(?= [a-z])")


def _opened_on(text: str, at: int, openers: Mapping[int, str]) -> str:
    """The body the sentence before an owned title's opening "Its"/"Their" opened on, when
    that is "The" and a body named in lower case ("The union tells a different story. Its
    president, Jan Roe, said"): the pronoun points back at the subject just before, not at
    the last name written ("The council has hit back at Acme. Its head of legal services,
    Jan Roe,": the council's). "" when the description does not open its sentence, or the
    sentence before (in the same paragraph) opens on no such body."""
    lead = text[at : at + 8].lstrip(" \t")
    if not openers or not lead.startswith(("Its ", "Their ")):
        return ""
    before = text[:at].rstrip(" \t")
    if not _SENTENCE_END.search(before[-3:]):
        return ""
    starts = [p for p in openers if p < at]
    if not starts:
        return ""
    p = max(starts)
    between = text[p : len(before) - 1]
    if "\n" in between or _INNER_END.search(between):
        return ""  # (another sentence, or a paragraph, between them)
    return openers[p]


_INNER_END = re.compile(r"[.!?][\"”’]?\s")
