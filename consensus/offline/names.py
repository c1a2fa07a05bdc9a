"""Step 1: the names an article teaches about its own people.

Roles ("Russian President Vladimir Putin" -> "russian president"), aliases (a surname ->
the full name), persons and places, read from the article alone (no gazetteer).
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from consensus.offline.described_bodies import described_bodies, placed_names
from consensus.offline.honorifics import honorific
from consensus.offline.judging import JUDGED
from consensus.offline.kin_names import kin_bindings
from consensus.offline.name_titles import common_noun_lead

# Capitalised tokens: initialisms (U.S.), a few titled abbreviations, words with ’s and hyphens.
_TOKEN = r"(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Gov)\.|[A-Z][\w’'-]*)"
_CAPSEQ = re.compile(rf"(?<![\w’'@.-]){_TOKEN}(?:[ \t]+{_TOKEN})*")
_TITLES = frozenset(
    """president commander-in-chief general gen. minister chancellor secretary senator sen.
    mr. mrs. ms. dr. chief commander admiral colonel lieutenant marshal governor mayor king
    queen pope ambassador envoy spokesman spokeswoman spokesperson leader premier speaker
    aide head gov. lt. col. sgt. executive officer ceo cfo coo chairman chairwoman
    director constable superintendent inspector sergeant detective commissioner
    deputy asst ch con supt insp det cllr mp rep. prosecutor judge professor prof. prof pc
    attorney manager""".split()
)
# Police ranks by their capital initials, matched as written ("DI Lyle", "DCI Roe"): never
# lower-cased, as "Di" opens surnames (released73)
_RANK_INITIALS = frozenset("DI DCI DS DCS DSI DSupt PCSO".split())
# what stands before a surname in polite reference ("Mr Pell", "Dr. Marsh"): no office
# ... the titles of an office one person holds at a time, written before a surname alone
# ("President Lund", "Chancellor Roe"; not "General", "Envoy" or "Mr.", which open the names
# of bodies and firms or are no office)
_OFFICE_TITLES = frozenset(
    "president chancellor premier governor mayor senator king queen pope minister".split()
)
# Words that make a capitalised sequence an organisation, place or thing, never a person
# (a club's "Athletic Vesta", "Dunmore Rovers").
_ORG_WORDS = frozenset(
    """council staff ministry federation region oblast times social house security national
    union nations army forces office department agency commission parliament court war media
    post news street journal party kremlin duma sea east west north south square university
    bank fund group convention law laws guard navy committee assembly administration service
    services government republic kingdom states city county province district press network
    television tv radio agency institute foundation police brigade hospital airlines airways
    airport company corporation station church school college club team rescue ambulance
    trust railway railways transport consulate embassy coalition alliance organisation
    organization authority authorities day ltd inc corp plc llc room centre center hotel plaza
    road avenue museum stadium arena palace cathedral mosque harbour harbor mall
    united athletic rovers wanderers albion rangers sporting dynamo olympic""".split()
)
# Organisation words that name a body of people and no one's surname: one that speaks
# alone ("Police say ...", "Parliament voted") is no person a later "he" or "she" can be
_BODY_WORDS = frozenset(
    """police authorities army forces ministry government council parliament commission
    committee agency navy administration kremlin""".split()
)
_COMPOUND_AFTER_GENERAL = frozenset({"Staff", "Assembly", "Prosecutor", "Secretary"})
# Demonyms: the regular endings, and the common ones without them ("French police").
_IRREGULAR_NATIONALITIES = (
    "French Dutch Greek Swiss Thai Czech Welsh Scots Iraqi Israeli Pakistani Saudi Afghan "
    "Somali Kuwaiti Qatari Yemeni Omani Nepali Filipino Brit Briton Kiwi"
).split()
DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:ian|ean|ese|ish|(?<!r)ic|can)|" + "|".join(_IRREGULAR_NATIONALITIES)
)
# never first names, however an article writes them
ALWAYS_NATIONALITIES = frozenset(_IRREGULAR_NATIONALITIES) | frozenset(
    "American African European Asian Russian Ukrainian Chinese Japanese British German "
    "Indian".split()
)
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_NOT_ENTITIES = frozenset({"I", "God", *_MONTH_NAMES, *_WEEKDAY_NAMES})
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
# "Ukrainian leader Volodymyr Zelensky", "Middle East envoy Steve Witkoff": a lower-case role
# between capitalised words also teaches a role.
_LOWER_ROLE = re.compile(
    r"((?:[A-Z][\w.’'-]{0,40}[ \t]+){1,3})(leader|president|envoy|aide|minister|spokesman|"
    r"spokeswoman|chief|coach|manager|captain|director)[ \t]+"
    r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"
)
# "the spokeswoman, Maria Zakharova", "Maria Zakharova, a spokeswoman for the ... Ministry":
# an appositive also teaches a role.
# ("Its director, Irena Roe,": a body's own role holder, after "its"/"their")
_APPOSITIVE_ROLE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+((?:[\w.’'-]+[ \t]+){0,3}?)(spokesman|spokeswoman|"
    r"spokesperson|envoy|aide|minister|leader|president|chief|director|chairman|chairwoman"
    r"|chair|head),[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})"
    r"|\b([A-Z][\w’'-]{1,40}(?:[ \t]+[A-Z][\w’'-]+){1,2}),[ \t]+an?[ \t]+(spokesman|spokeswoman|"
    r"spokesperson|envoy|aide|minister|leader|president|chief)\b"
)
_PLACE_CUE = re.compile(
    r"\b(?:in|into|from|across|near|of|between|throughout|inside|outside|towards?)[ \t]+"
    r"([A-Z][a-z]+)\b(?![’'])"
    r"|\b([A-Z][a-z]+)(?:’s|'s)[ \t]+(?:forces|troops|army|military|government|side|territory|"
    r"border)\b|\b([A-Z][a-z]+)[ \t]+(?:[Rr]egion|[Oo]blast|area)\b"
)
# A capital that acts or speaks is its country's government (consensus/data/capitals.toml);
# "Kremlin" is a body of its own, never a person.
_BODY_ALIASES = {
    **tomllib.loads((Path(__file__).parent.parent / "data" / "capitals.toml").read_text("utf-8"))[
        "capitals"
    ],
    "Kremlin": "Kremlin",
}


@functools.lru_cache(maxsize=8192)
def _strip_possessive(token: str) -> str:
    return _POSSESSIVE.sub("", token)


def _possessive_groups(tokens: list[str]) -> list[list[str]]:
    """'Russia's Kursk' is two names: a possessive ends a capitalised sequence."""
    groups: list[list[str]] = [[]]
    for tok in tokens:
        groups[-1].append(tok)
        if _POSSESSIVE.search(tok) and len(tok) > 2:
            groups.append([])
    return [g for g in groups if g]


# (with the marks that open a list's items: "• In the capital, ...")
_SENTENCE_LEAD = frozenset('.!?…“„"‘(:;—–-*\n•·▪►◦')


def _is_initial(text: str, pos: int) -> bool:
    """Whether pos starts a sentence or a quotation (capitalisation there proves nothing)."""
    if pos > 0 and text[pos - 1] in '"“„‘':
        return True  # a quotation opens right here
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    closers = False
    while i >= 0 and text[i] in "”\"’')":
        if text[i] == ")" and _opens_line(text, text.rfind("(", max(0, i - 40), i)):
            return True  # "(Wire) Scores of people ...": a dateline's source before it
        i -= 1
        closers = True
    if closers:  # '“… comfortable.” Instead' starts a sentence; '“…,” Zelenskyy said' does not
        while i >= 0 and text[i] in " \t":
            i -= 1  # ('he said. " And ...': a quotation opened with a space after it)
        return i < 0 or text[i] in ".!?…"
    return i < 0 or text[i] in _SENTENCE_LEAD


def _opens_line(text: str, at: int) -> bool:
    """Whether text[at] (-1: nothing found) is the first mark of its line."""
    if at < 0:
        return False
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


_ADJECTIVE_PART = re.compile(r"-[a-z]")


def _folded(name: str) -> str:
    """A name without accents or case: "Renée Dubois" is "Renee Dubois"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# Words that describe a person before their name ("Witness Tony Molina", "Eyewitness
# Damien Allemend"): never part of the name
_DESCRIPTORS = frozenset(
    """witness eyewitness tourist resident passenger survivor student analyst expert
    neighbour neighbor victim local teacher doctor nurse singer actor actress author writer
    researcher scientist lawyer attorney economist musician comedian journalist
    photographer campaigner activist""".split()
)


def _describes(token: str) -> bool:
    return DEMONYM.fullmatch(token) is not None or token.lower() in _DESCRIPTORS


def _not_name_part(token: str, first_names: frozenset[str] = frozenset()) -> bool:
    """A capitalised word no person's name is made of: an organisation word, an initialism,
    a nationality, a month, or a compound adjective ("San Diego-based"). `first_names`:
    words shaped like a nationality that the article never uses as one ("Christian
    Lund", "Adrian Voss")."""
    return (
        token.lower() in _ORG_WORDS
        or token.isupper()
        or (DEMONYM.fullmatch(token) is not None and token not in first_names)
        or token in _NOT_ENTITIES
        or _ADJECTIVE_PART.search(token) is not None
    )


# what opens a date before a month word ("Last May", "Early June"), never a first name
_BEFORE_MONTH = frozenset("last next early late mid this each every".split())


def surname_month(tokens: Sequence[str], k: int) -> bool:
    """Whether tokens[k], a month word, ends a person's name ("Theresa May", "Brian May"):
    the last word, after a capitalised word that could be a first name."""
    if k == 0 or k != len(tokens) - 1 or tokens[k] not in _MONTH_NAMES:
        return False
    prev = tokens[k - 1]
    low = prev.lower()
    return (
        prev[:1].isupper()
        and prev.isalpha()
        and prev not in _NOT_ENTITIES
        and low not in _FUNCTION_WORDS | _BEFORE_MONTH | _ORG_WORDS
        and low not in _TITLES
    )


def not_name_parts(tokens: Sequence[str], first_names: frozenset[str] = frozenset()) -> bool:
    """Whether some word of a capitalised sequence is no part of a person's name
    (`_not_name_part`), a month ending a name ("Theresa May") aside."""
    return any(
        _not_name_part(t, first_names) and not surname_month(tokens, k)
        for k, t in enumerate(tokens)
    )


def holds_no_name_word(tokens: Sequence[str]) -> bool:
    """No organisation word and no month or weekday but a month ending a name."""
    return not any(
        t.lower() in _ORG_WORDS or (t in _NOT_ENTITIES and not surname_month(tokens, k))
        for k, t in enumerate(tokens)
    )


# a nationality used as one: before a lower-case word ("Russian forces", "an American
# witness"), after an article ("the French"), or alone before a verb of its own
_AS_NATIONALITY = re.compile(rf"\b({DEMONYM.pattern})(?=\s+[a-z]|[.,;:])")


def _first_names(text: str) -> frozenset[str]:
    """Nationality-shaped words ("Christian", "Adrian", "Brian") that the text only writes
    before another capitalised word: first names, not nationalities."""
    shaped = set(re.findall(rf"\b(?:{DEMONYM.pattern})\b", text))
    used = set(_AS_NATIONALITY.findall(text))
    return frozenset(shaped - used - ALWAYS_NATIONALITIES)


def _role_key(words: list[str]) -> str:
    key = " ".join(_strip_possessive(w).lower() for w in words)
    return key.replace("u.s.", "us").replace("united states", "us")


def _title_index(tokens: list[str]) -> int:
    """Index of the last title word in a capitalised sequence, or -1."""
    return _title_index_cached(tuple(tokens))


@functools.lru_cache(maxsize=8192)
def _title_index_cached(tokens: tuple[str, ...]) -> int:
    idx = -1
    for i, tok in enumerate(tokens):
        low = _strip_possessive(tok).lower()
        if low in _TITLES or _strip_possessive(tok) in _RANK_INITIALS:
            if (
                tok == "General"
                and i + 1 < len(tokens)
                and tokens[i + 1] in _COMPOUND_AFTER_GENERAL
            ):
                continue
            idx = i
    return idx


@dataclass
class _Names:
    """What the article teaches about its people: roles, aliases, where persons are mentioned."""

    roles: dict[str, list[str]] = field(default_factory=dict)  # role key -> names, first first
    aliases: dict[str, str] = field(default_factory=dict)  # surname -> full name
    persons: set[str] = field(default_factory=set)
    placeish: set[str] = field(default_factory=set)
    name_words: set[str] = field(default_factory=set)  # capitalised mid-sentence somewhere
    name_first: set[str] = field(default_factory=set)  # ... and opening a name there
    common_words: set[str] = field(default_factory=set)  # words written in lower case
    # capitalised words written right after a determiner ("No Skyrail pilot", "the
    # Brackenfield Festival"): a brand or a place, never a person's first name
    determined: set[str] = field(default_factory=set)
    paragraphs: list[int] = field(default_factory=list)  # where each paragraph starts
    genders: dict[str, str] = field(default_factory=dict)  # person -> "f"/"m" the text shows
    shared: set[str] = field(default_factory=set)  # surnames of two or more persons
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, person)
    # the offset of a first name written before another's full name ("Ruth" of "Ruth and
    # Owen Tallis") -> the full name it stands for ("Ruth Tallis")
    joined: dict[int, str] = field(default_factory=dict)
    # names the text describes as bodies -> the kind ("Corrin Water, the regional utility,":
    # {"Corrin Water": "utility"}, `described_bodies`): no persons
    bodies: dict[str, str] = field(default_factory=dict)
    # a kin noun the text binds to one person by a name after it ("her son Tomas": {"son":
    # "Tomas Lindqvist"}, `kin_names`): "the son said" later is his
    kin: dict[str, str] = field(default_factory=dict)
    # Once learning is over the tables stop changing and canonical() can be memoised.
    frozen: bool = False
    frozen_first: dict[str, str] | None = None  # first name -> the one full name it opens
    cache: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict)

    def drop_initial(self, tokens: list[str]) -> list[str]:
        """Drop sentence-initial capitals that are not names ('However', 'War analysts')."""
        i = 0  # an index, not tokens[1:] per word: a run of 100k capitals stays linear
        while i < len(tokens):
            word = _strip_possessive(tokens[i])
            if word.lower() in _FUNCTION_WORDS or word.lower() in _SENTENCE_COUNTS:
                i += 1  # ("Two Tunisian men", "One said")
            elif word in _NOT_ENTITIES and word == tokens[i] and len(tokens) - i >= 2:
                # "On Saturday Ingrid Tallberg said": a day or a month opens no name here,
                # as mid-sentence (`name_tokens`)
                i += 1
            elif (
                len(tokens) - i == 1
                and word == tokens[i]
                and not word.isupper()  # ("US", "IT": acronyms)
                and word.lower() in self.common_words
                and word not in self.aliases
            ):
                # "Witnesses said", "Chaos broke out": a word the article writes in lower
                # case, alone, is no name where a sentence capitalises it (a caption's
                # "8/8 Witnesses reported" made it open a name mid-line)
                i += 1
            elif word in self.name_first or word != tokens[i]:
                break  # a name elsewhere, or possessive ("Kyiv’s forces")
            elif 2 <= len(word) <= 6 and word.isupper() and word.isalpha() and word != "I":
                break  # an acronym is a name wherever it stands ("The LDP won ...")
            elif len(tokens) - i >= 2 and word in self.name_words:
                break  # "Vladimir Putin said"
            elif (
                len(tokens) - i == 1
                and self.aliases.get(word) in self.persons
                and word.lower() not in self.common_words
            ):
                break  # "Farrant did not hide his anger": the surname of a person named before
            elif word.lower() in _TITLES and len(tokens) - i >= 3:
                break  # "Foreign Minister Erik Sand spoke ...": a title before a full name
            elif (
                # "Jane Roe, visiting …", "Tom Hale's party won …" and later "Roe told
                # reporters", "Hale said"
                i + 1 < len(tokens)
                and (len(tokens) - i == 2 or _POSSESSIVE.search(tokens[i + 1]) is not None)
                and word.lower() not in self.common_words
                and _strip_possessive(tokens[i + 1]) in self.name_words
            ):
                break
            else:
                i += 1
        return tokens[i:]

    def learn_role(self, role_words: list[str], name: str) -> None:
        keys = {_role_key(role_words), _role_key(role_words[-1:])}
        if len(role_words) >= 2:
            keys.add(_role_key(role_words[-2:]))
        for key in keys:
            names = self.roles.setdefault(key, [])
            if name not in names:
                names.append(name)
        self.add_person(name)

    def add_person(self, name: str) -> None:
        self.persons.add(name)
        parts = name.split()
        if len(parts) >= 2:
            known = self.aliases.setdefault(parts[-1], name)
            if _folded(known) != _folded(name):
                self.shared.add(parts[-1])  # "Tony Molina" and "Dominique Molina"

    def nearest(self, surname: str, pos: int) -> str | None:
        """The person with this surname mentioned last before pos, or None."""
        for mpos, person in reversed(self.mentions):
            if mpos < pos and person.split()[-1] == surname and " " in person:
                return person
        return None

    def canonical(self, tokens: list[str]) -> tuple[str, bool]:
        """(canonical name, is a person) for a capitalised sequence."""
        key = tuple(tokens)
        if self.frozen and key in self.cache:
            return self.cache[key]
        result = self._canonical(tokens)
        if self.frozen:
            self.cache[key] = result
        return result

    def _canonical(self, tokens: list[str]) -> tuple[str, bool]:
        tokens = [_strip_possessive(t) for t in tokens]
        tokens = [t for t in tokens if t]
        if tokens and tokens[0] in ("The", "the"):
            tokens = tokens[1:]
        if not tokens:
            return "", False
        if len(tokens) == 2 and honorific(tokens[0]) and tokens[1] not in self.shared:
            full = self.aliases.get(tokens[1], "")
            if " " in full and not honorific(full.split()[0]):
                return full, True  # "Mr Pell" after "Graham Pell"
        ti = _title_index(tokens)
        lead = common_noun_lead(tokens, self.common_words, _ORG_WORDS) if ti < 0 else 0
        if lead and " ".join(tokens[lead:]) in self.persons:
            return " ".join(tokens[lead:]), True  # "Group Manager Tilda Varga"
        if 0 <= ti < len(tokens) - 1 and tokens[-1].lower() not in _ORG_WORDS:
            # ("Eastport General Hospital", "the General Assembly": a body, not a general)
            name_tokens = tokens[ti + 1 :]
            name = " ".join(name_tokens)
            if len(name_tokens) == 1:
                name = self.aliases.get(name, name)
            return name, True
        if len(tokens) == 1:
            tok = tokens[0]
            if tok.isupper() and len(tok) > 3 and tok.title() in self.name_words:
                tok = tok.title()  # "RUSSIA will spare …" is the same Russia
            if tok in self.shared:
                return tok, True  # two persons share the surname: say no more than the text
            if tok in self.aliases:
                return self.aliases[tok], True
            return tok, tok in self.persons
        name = " ".join(tokens)
        describes = _describes(tokens[0]) and not any(t.lower() in _ORG_WORDS for t in tokens)
        if name in self.persons and not describes:
            return name, True
        if describes:
            # "American Dominique Molina"; "Lawyer Mara, from Leeds, said" after "Mara Quist
            # was on holiday": a description opening the sentence, then a person the
            # article names (by a first name or a surname it gives one person only)
            rest = tokens[1:]
            known: str | None = " ".join(rest) if " ".join(rest) in self.persons else None
            if known is None and len(rest) == 1 and rest[0] not in self.shared:
                alias = self.aliases.get(rest[0])
                known = alias if alias in self.persons else self.first_name(rest[0])
            if known is not None:
                return known, True
            if len(rest) == 1 and tokens[0].lower() in _DESCRIPTORS:
                return rest[0], True  # "Lawyer Mara" unknown: the name, not its description
        if name in self.persons:
            return name, True
        return name, False

    def first_name(self, token: str) -> str | None:
        """The one full name of the article that starts with `token` ("Tiffany said" after
        "Tiffany Marchbanks, an American"), or None when none or several do."""
        if self.frozen_first is None:
            by_first: dict[str, set[str]] = {}
            for person in self.persons:
                parts = person.split()
                if len(parts) >= 2:
                    by_first.setdefault(parts[0], set()).add(person)
            self.frozen_first = {k: next(iter(v)) for k, v in by_first.items() if len(v) == 1}
        return self.frozen_first.get(token) if self.frozen else None

    def may_hold(self, person: str, words: list[str]) -> bool:
        """Whether nothing the article says rules out `person` for a role like 'Russian leader'."""
        known = [key for key, holders in self.roles.items() if person in holders and " " in key]
        if len(words) < 2 or not known:
            return True  # nothing qualified is known about them
        qualifier = _role_key(words[:-1])
        return any(qualifier in key for key in known)

    def resolve_role(self, words: list[str], pos: int) -> str | None:
        """A role description ("Russian president") -> the name the article gave it."""
        key = _role_key(words)
        names = self.roles.get(key)
        if names and len(names) == 1:
            return names[0]
        if names:  # ambiguous: the most recent mention of one of them before pos
            for mpos, person in reversed(self.mentions):
                if mpos < pos and person in names:
                    return person
            return names[0]
        return None


_FUNCTION_WORDS = frozenset(
    "a an the and but or for to of in on at by with as from into after before all even so yet "
    "if when while it its this that these those there he she they we i you his her their our "
    "instead however also still such already meanwhile earlier later since although though "
    "because unless until despite during about over under without within through across "
    "around like what why how where who whose once then now here both each every other "
    "another many more most some any no not only just whether upon amid among against "
    "than too very".split()
)


# Words that count, opening a sentence ("Two Tunisian men", "One said"): never a name there
_SENTENCE_COUNTS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred hundreds thousand thousands dozen dozens scores several few""".split()
)
# A capitalised article inside a run opens another name ("Getty Images The German
# consulate": a caption's credit, then the sentence)
_INNER_ARTICLES = frozenset(("The", "A", "An"))


def drop_salutation(tokens: list[str]) -> list[str]:
    """A letter's salutation opens no name: '"Dear Tresk residents, …"' names Tresk."""
    return tokens[1:] if len(tokens) > 1 and tokens[0] == "Dear" else tokens


def name_tokens(tokens: list[str]) -> list[str]:
    """The tokens of a capitalised run that may make a name: from its last inner article on
    (`_INNER_ARTICLES`), none when only a function word is left ("a 131-115 win Over the
    visitors"), and without the words never capitalised mid-sentence before it."""
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k] in _INNER_ARTICLES:
            tokens = tokens[k:]
            break
    if len(tokens) == 1 and _strip_possessive(tokens[0]).lower() in _FUNCTION_WORDS:
        return []
    # words never capitalised mid-sentence ("However", a month) open no name, nor a
    # function word but "The" ("; and An African-American woman": a list's capital)
    while tokens and (
        _strip_possessive(tokens[0]) in _NOT_ENTITIES
        or (tokens[0] != "The" and tokens[0].lower() in _FUNCTION_WORDS)
    ):
        tokens = tokens[1:]
    return tokens


def _headline_ranges(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case (most words capitalised, no sentence end): headlines."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Nn]o|[Ee]very|[Ee]ach)[ \t]+([A-Z][a-z][\w'’-]*)")
# a capitalised title followed by "of" right before a capitalised sequence ("Secretary of ")
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


# where "in its" ("and its", ...) follows a name, and where an organisation's word does: each
# position every such tail starts at (lookaheads), read once per text by `_drop_body_names`
_ITS_TAIL = re.compile(r"(?=,?\s+(?:in|and|with|through)\s+its\b)")
_WORD_TAIL = re.compile(r"(?=\s+([A-Z][a-z]+)\b)")


def _drop_body_names(text: str, names: _Names) -> None:
    """A name the text also writes before an organisation's word is that body's short
    name, no person: "Carrick Northway said" after "Carrick Northway Bank". A name whose
    own phrase goes on to "its" ("Carrick Northway, in its filings, argued"; "Carrick
    Northway and its staff") is a body too: no "she" points at it.

    A name is searched for only where it ends right before such a tail (the tails found
    once per text): a name that ends before none has no match."""
    its_at = [m.start() for m in _ITS_TAIL.finditer(text)]
    org_at = [m.start() for m in _WORD_TAIL.finditer(text) if m.group(1).lower() in _ORG_WORDS]
    for person in sorted(names.persons):
        if " " not in person:
            continue
        forms = "|".join(re.escape(f) for f in (person, *person.split()))  # ("Carrick, in its")
        ends_its = any(text.endswith(f, 0, e) for e in its_at for f in (person, *person.split()))
        if ends_its and re.search(rf"\b(?:{forms}),?\s+(?:in|and|with|through)\s+its\b", text):
            names.persons.discard(person)
            if names.aliases.get(person.split()[-1]) == person:
                del names.aliases[person.split()[-1]]
            continue
        if not any(text.endswith(person, 0, e) for e in org_at):
            continue
        for m in re.finditer(rf"\b{re.escape(person)}\s+([A-Z][a-z]+)\b", text):
            if m.group(1).lower() in _ORG_WORDS:
                names.persons.discard(person)
                surname = person.split()[-1]
                if names.aliases.get(surname) == person:
                    del names.aliases[surname]
                break


def _learn_names(text: str) -> _Names:
    names = _Names()
    names.common_words = set(_LOWER_WORD.findall(text))
    names.determined = set(_DETERMINED.findall(text))
    names.paragraphs = [0, *(m.end() for m in re.finditer(r"\n", text))]
    seqs: list[tuple[int, list[str]]] = []
    headlines = _headline_ranges(text)
    found: list[tuple[int, list[str]]] = []
    for m in _CAPSEQ.finditer(text):
        if any(a <= m.start() < b for a, b in headlines):
            continue  # Title Case Headlines capitalise everything and teach nothing
        tokens = m.group().split()
        found.append((m.start(), tokens))
        # Sentence-initial capitals prove nothing; later tokens of a sequence and mid-sentence
        # words do (gazetteer-free: "Putin" is capitalised mid-sentence, "However" never).
        first_initial = _is_initial(text, m.start())
        for i, tok in enumerate(tokens):
            word = _strip_possessive(tok)
            if (i > 0 or not first_initial) and word.lower() not in _FUNCTION_WORDS:
                names.name_words.add(word)
                if i == 0:
                    names.name_first.add(word)
    for pos, tokens in found:
        tokens = drop_salutation(tokens)
        if _is_initial(text, pos):
            tokens = names.drop_initial(tokens)
        else:
            tokens = name_tokens(tokens)
        seqs.extend((pos, g) for g in _possessive_groups(tokens))
    # "the Richmond Park byelection", "the Brady Briefing Room": what "the" opens is a
    # place or a thing, not a person (a title would stand between them: "the Rev John Hale")
    things = {" ".join(t) for pos, t in seqs if text[max(0, pos - 4) : pos] == "the "}
    first_names = _first_names(text)
    polite: list[list[str]] = []
    for pos, tokens in seqs:
        clean = [_strip_possessive(t) for t in tokens]
        ti = _title_index(clean)
        of_title = _TITLE_OF.search(text, max(0, pos - 40), pos)
        if of_title is not None and ti < 0 and of_title.group(1).lower() in _TITLES:
            # "Secretary of State Rex Tillerson", "Director of National Intelligence Dan
            # Coats": the title's object, then the name (its last two words)
            if len(clean) >= 3 and not any(t.lower() in _ORG_WORDS for t in clean[-2:]):
                role = [of_title.group(1), "of", *clean[:-2]]
                names.learn_role(role, " ".join(clean[-2:]))
            continue
        lead = common_noun_lead(clean, names.common_words, _ORG_WORDS) if ti < 0 else 0
        if lead:  # "Group Manager Tilda Varga": a title of nouns the text writes lower case
            names.learn_role(clean[:lead], " ".join(clean[lead:]))
        elif 0 <= ti < len(clean) - 1:
            titled = clean[ti + 1 :]
            if len(titled) <= 3 and not any(t.lower() in _ORG_WORDS for t in titled):
                role = [t for t in clean[: ti + 1] if t not in ("The", "the")]
                if len(titled) >= 2:
                    names.learn_role(role, " ".join(titled))
        elif 2 <= len(clean) <= 4:
            if len(clean) >= 3 and (
                _describes(clean[0]) or _MEDIUM_BEFORE.search(text, 0, pos) is not None
            ):
                # "American Dominique Molina", "Witness Tony Molina": a nationality or a
                # description, then the name; '"…," wrote on Twitter Jane Roe': where the
                # words were given (the object of "on" after a verb of saying), then the name
                clean = clean[1:]
            elif len(clean) == 2 and clean[0].lower() in _DESCRIPTORS:
                continue  # "Lawyer Mara said": a description and one name, no full name
            if len(clean) == 2 and honorific(clean[0]):
                polite.append(clean)  # "Mr Pell": after the full names (below)
            elif (
                len(clean) <= 3
                and not not_name_parts(clean, first_names)
                and " ".join(tokens) not in things
            ):
                names.add_person(" ".join(clean))
    # "Mr Pell", "Dr Marsh" is a person of their own only when the text gives no full name
    # with that surname ("Graham Pell ... Mr Pell said" is one man: `_Names._canonical`)
    for clean in polite:
        if " " not in names.aliases.get(clean[1], ""):
            names.add_person(" ".join(clean))
    # "Ruth and Owen Tallis": two first names share the surname after the second; each is a
    # person (then "Mrs Tallis" is no longer only Owen: the surname is shared), when the text
    # uses the surname as a person's elsewhere
    for m in _SHARED_SURNAME.finditer(text):
        first, second = m.group("first"), f"{m.group('second')} {m.group('surname')}"
        before = text[max(0, m.start() - 40) : m.start()].split()
        surname = re.escape(m.group("surname"))
        if (
            second in names.persons
            # a person's surname the text uses again ("Mrs Tallis", "Tallis said"), never a
            # place's ("Lowfield and Carr End")
            and re.search(
                rf"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+{surname}\b|{surname}[ \t]+"
                r"(?:said|says|told|added))",
                text,
            )
            is not None
            and not (before and before[-1][:1].isupper() and not before[-1].endswith((".", ":")))
            and first not in names.aliases
            and first not in names.persons
            and first.lower() not in names.common_words
            and not not_name_parts([first, m.group("surname")], first_names)
        ):
            names.add_person(f"{first} {m.group('surname')}")
            names.joined[m.start("first")] = f"{first} {m.group('surname')}"
    _drop_body_names(text, names)
    names.bodies = described_bodies(text, names.persons)
    # "Corrin Water, the regional utility, said", "in Ashcombe and Little Harwood": no "she"
    for body in [*names.bodies, *sorted(placed_names(text, names.persons))]:
        names.persons.discard(body)
        if names.aliases.get(body.split()[-1]) == body:
            del names.aliases[body.split()[-1]]
    # "Grace Adeyemi said her husband ...", "Andy Smith said he was waiting ...": a name
    # that speaks of "her", "his", "she" or "he" is a person of that gender, even where it
    # only opens sentences
    for m in _SPEAKS_OF_KIN.finditer(text):
        tokens = m.group(1).split()
        if len(tokens) >= 3 and _describes(tokens[0]):
            tokens = tokens[1:]  # "Witness Tony Molina said he …"
        if holds_no_name_word(tokens):
            who = " ".join(tokens)
            names.add_person(who)
            names.genders.setdefault(who, "f" if m.group(2) in ("her", "she") else "m")
    # "Martin Harris, who was on his way to work, …": the appositive tells the gender
    for m in _WHO_KIN.finditer(text):
        who = m.group(1)
        if names.aliases.get(who.split()[-1]) == who:
            names.genders.setdefault(who, "f" if m.group(2) in ("her", "she") else "m")
    for m in _LOWER_ROLE.finditer(text):
        role_words = [*m.group(1).split(), m.group(2)]
        name = " ".join(_strip_possessive(t) for t in m.group(3).split())
        names.learn_role(role_words, name)
    for m in _APPOSITIVE_ROLE.finditer(text):
        if m.group(3):
            names.learn_role([*m.group(1).split(), m.group(2)], m.group(3))
        else:
            names.learn_role([m.group(5)], m.group(4))
    # Titled single names ("President Putin") now resolve through the alias table.
    for _pos, tokens in seqs:
        clean = [_strip_possessive(t) for t in tokens]
        ti = _title_index(clean)
        if 0 <= ti == len(clean) - 2 and clean[-1] in names.aliases:
            names.learn_role(
                [t for t in clean[: ti + 1] if t not in ("The", "the")], names.aliases[clean[-1]]
            )
        elif (
            0 <= ti == len(clean) - 2
            and clean[ti].lower() in _OFFICE_TITLES
            and clean[-1] in names.name_words
            and clean[-1].lower() not in _ORG_WORDS
        ):
            # "President Lund" whom the article never names in full still holds the role:
            # a later "the president" may be Lund, not an earlier "President Jane Roe"
            names.learn_role([t for t in clean[: ti + 1] if t not in ("The", "the")], clean[-1])
    for m in _PLACE_CUE.finditer(text):
        word = m.group(1) or m.group(2) or m.group(3)
        if word not in names.aliases:
            names.placeish.add(word)
    # A single name that speaks ("Putin responded") and is never used as a place is a person;
    # a body's word is not ("Police say ...", after "the Eastvale Police Department" made it
    # a name word), unless it is the surname of a person named in full
    for m in _SPEAKS.finditer(text):
        word = m.group(1)
        if (
            word not in names.placeish
            and (word in names.aliases or word.lower() not in _BODY_WORDS)
            and word in names.name_words
            and word not in _NOT_ENTITIES
            and word not in _BODY_ALIASES
            and not DEMONYM.fullmatch(word)
        ):
            names.persons.add(names.aliases.get(word, word))
    # "Mr Lund", "Ms Adeyemi": the title anywhere tells the gender of the person it names
    for m in _GENDER_TITLE.finditer(text):
        full = names.aliases.get(m.group(2))
        if full is not None:
            names.genders.setdefault(full, "m" if m.group(1) == "Mr" else "f")
    names.frozen = True
    for pos, tokens in seqs:
        name, is_person = names.canonical(tokens)
        if is_person and pos not in names.joined:
            names.mentions.append((pos, name))
    names.mentions.extend(names.joined.items())  # ("Ruth" of "Ruth and Owen Tallis")
    names.mentions.sort(key=lambda m: m[0])
    names.kin = kin_bindings(text, names)
    return names


def _not_a_noun(word: str) -> str:
    """`word` as a verb, never after a preposition or determiner: "over claims that", "amid
    reports that" name a noun (the look-behinds follow the word, so they cost nothing
    where it is absent)."""
    before = ("over", "amid", "after", "despite", "of", "the", "these", "denied")
    return word + "".join(rf"(?<!\b{w} {word})" for w in before)


# words that open a count of things ("two goals", "another try", "more than 2,000 jobs")
_COUNT_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|a dozen|a pair|another|"
    r"a further|an additional|an extra|more than|nearly|almost|about|around|roughly|over|"
    r"some|several|[$£€]"
)
_VERBS = (
    r"said|says|say|stated|states|noted|notes|stressed|stresses|"
    # "she added that …", "he added the club would appeal"; never a count added ("added 11
    # rebounds", "added two goals", "added another 2,000 jobs"): that is no speech
    rf"(?:added|adds|adding)(?!\s+(?:\d|(?:{_COUNT_WORDS})\b))|"
    r"emphasi[sz]ed|emphasi[sz]es|pointed out|explained|wrote|writes|announced|announces|"
    rf"urged|urges|claimed|{_not_a_noun('claims')}|responded|mentioned|reiterated|"
    # "told reporters", "tells Daily Two"; never an order ("told 23 diplomats to leave");
    # a clause with its own subject or verb before the "to" is what was told ("told Reuters
    # he hoped to resume talks", "told reporters the firm planned to appeal")
    r"(?:told|tells)(?!\s+(?:(?!(?:that|who|what|how|he|she|they|it|we|I|you|would|will|was|"
    r"were|is|are|had|has|have|could|should|might|must|can|hoped|hopes|planned|plans|wanted|"
    r"wants|expected|expects|intended|intends|needed|needs|tried|agreed|decided|refused|"
    r"failed|managed|continued|aimed|aims|sought|seeks)\b)[\w’'-]+\s+){1,5}?to\s+"
    r"(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b)|"
    r"acknowledged|affirmed|warned|insisted|insists|revealed|reported|"
    rf"{_not_a_noun('reports')}|admitted|described|confirmed|confirms|declared|"
    r"argued|asserted|denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes|"
    r"underlined|underscored|tweeted|tweets|replied|replies|commented|"
    r"countered|conceded|cautioned|remarked|testified|"
    # "X called on the board to open talks": an appeal (never "called X 'Y'", a naming)
    r"called on(?=\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+to\b)|"
    # "she recalled that …", never "the company recalled 1.2 million heaters" (a count
    # or a determined noun after it: a product recall)
    r"(?:recalled|recalls)(?!\s+(?:\d|(?:some|about|around|nearly|almost|roughly|more|"
    r"all|its|their|the|a|an|over|up)\b))|"
    # "organisers put the number at 120,000", "the ministry put the cost at 5 billion", "X
    # estimated the damage at £2m": an estimate is its maker's word (past tense only: "The
    # union puts the number at 9,000; the company says 6,500" is one writer's summary)
    r"(?:put|estimated|placed)\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:number|figure|toll|"
    r"total|count|crowd|turnout|cost|bill|damage|loss|losses|tally)\s+at|allege|alleges|"
    r"complained(?=\s+that\b)|complains(?=\s+that\b)|"
    # "X repeated the family's claim that …": the claim is X's word too
    r"(?:repeated|repeats)(?=\s+(?:[\w’'-]+\s+){0,3}?(?:claims?|allegations?|accusations?|"
    r"charges?|assertions?)\s+that\b)|"
    # "X repeated that …", "X maintains that …": a speech verb before what is said
    r"(?:repeated|repeats|maintained|maintains)(?=\s+that\b)|"
    # "X accused the agency of …" (never "the man accused of …"), "X promised that …"
    r"accused(?!\s+(?:of|by)\b)|accuses(?!\s+(?:of|by)\b)|"
    r"(?:promised|promises|vowed|vows|pledged|pledges)(?=\s+(?:that|to)\b)|"
    # "X issued a statement saying, “…”": the statement's words are X's
    r"(?:issued|released|put out)\s+an?\s+(?:\w+\s+)?statement\s+saying|"
    # "X called that 'simply untrue'", "X branded the report misleading": a verdict on a
    # claim given with a verb of judging is X's word (`judging`, data/judging.toml)
    rf"{JUDGED}"
)
# two first names and one surname: "Ruth and Owen Tallis"
_SHARED_SURNAME = re.compile(
    r"(?<![\w’'-])(?P<first>[A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+"
    r"(?P<second>[A-Z][a-z]+)[ \t]+(?P<surname>[A-Z][a-z'’-]+)\b(?![ \t]+[A-Z])"
)
_GENDER_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][a-z'’-]+)\b")
_SPEAKS_OF_KIN = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}) (?:said|says|told|added) (?:that )?"
    r"(her|his|she|he)\b"
)
_WHO_KIN = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}), (?:\d+, )?who [^,.;“”\"]{0,60}?\b(her|his|she|he)\b"
)
# a verb of saying and "on"/"via" right before a capitalised run: its first word is where
# the words were given ('wrote on Twitter Jane Roe', 'said via Telegram Ivan Petrov')
_MEDIUM_BEFORE = re.compile(rf"\b(?:{_VERBS}|posted|tweeted)[ \t]+(?:on|via)[ \t]+$")
_SPEAKS = re.compile(rf"\b([A-Z][a-z]+)(?:\s+(?:also|has|had|on [A-Z][a-z]+day))?\s+(?:{_VERBS})\b")
