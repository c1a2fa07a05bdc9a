"""Who speaks for whom, read from the batch's own text (no table of officials).

Two speakers are *compatible* (their claims may be one proposition, and one does not deny
the other's side) when they are the same speaker written differently, or one speaks for the
other according to the articles themselves:

* equal, or either is absent (an outlet's own voice reports what a source says);
* one is the acronym of the other ("raib" ~ "rail accident investigation branch");
* the words of one are a subset of the other's ("police" ~ "british transport police",
  "smith" ~ "jane smith");
* near-identical spellings (rapidfuzz ratio >= `SPELLING`);
* an appositive: the words around one speaker's name in the batch's statements name the
  other ("Russian President Vladimir Putin" makes "vladimir putin" speak for "russia";
  "Robin Smith, Assistant Chief Constable of the British Transport Police" makes him
  speak for "british transport police"; "Norland's ambassador, Ada Vance," for "norland";
  "His lawyer, Tom Bale," for "lawyer"). A word matches a demonym or a longer form when it
  starts with the other word less its last letter ("russia" -> "russian"). A police rank
  names the police ("Deputy Chief Constable Jane Roe" speaks for "transport police");
* an appositive that holds the other's head noun and no word but titles the other lacks
  ("Union leader Rade Kovac" speaks for "the bakers' union", "Ruling party leader Jane
  Roe" never for "the opposition party");
* a body's voice: a spokesman, spokeswoman or spokesperson of a body whose words are all
  the other's ("ministry spokesman" ~ "foreign ministry", "nato spokesperson" ~ "nato
  spokesman"); the spokesperson speaks as the body, so whoever speaks for the body by a
  rank or a title by its head noun is one voice with its spokesperson ("Deputy Chief
  Constable Jane Roe" ~ "transport police spokesperson", `_voiced`), and so is whoever's
  appositive names the body ("Harbour Police Chief Constable Jan Roe" ~ "a police
  spokesperson");
* a country and its own bodies: every word of one is a word of the other or its longer
  form ("norland" / "norlandic foreign ministry"; a short word whole: "tava" is no
  "tavish").
* a spokesperson named by title alone ("spokesman Jan Roe") speaks for the one named body
  that speaks in the same article, and an appositive naming a company's short name
  ("Acme's managing director, Jan Roe") for its full name ("acme catering"):
  `titled_voices.py`;
* a relative clause after a name that makes its person a relative or a witness ("Jan Roe,
  whose brother is missing", "Jan Roe, 44, who said she watched ..."): one of "the
  relatives", "the families", "the witnesses" (`party_words.py`);
* a two-word title that names its body ("Assistant District Attorney Jan Roe" is one of
  "the prosecutors", `_TITLE_BODIES`), as a police rank names the police, and a minister
  the ministry;
* one body's two voices: a spokesperson whose appositive names the body ("a spokesman for
  the Interior Ministry") and a person whose one appositive holds another title naming
  every word of it ("Interior Minister Jan Roe"): `_voice_bodies`, `_speaks_for`;
* a head title qualified only by a body's words heads the body whose last word just says
  its kind ("Fire chief Jan Roe" / "the Kestria fire service", `_kind_headed`);
* a description before a name that opens with a title and names the body after "for" or
  "of" ("a spokeswoman for the civil protection department, Jan Roe,": `_title_of`).

Pronouns and time words are never speakers ("they said", "today said" are extraction
slips): `clean_speaker` maps them to None.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from rapidfuzz import fuzz

from consensus.merge.owned_titles import owned_bodies
from consensus.merge.party_words import party_words
from consensus.merge.titled_voices import a_company, short_forms, titled_bodies
from consensus.offline.honorifics import honorific

__all__ = [
    "SPELLING",
    "Speakers",
    "clean_speaker",
    "compatible",
    "full_name",
    "same_speaker",
    "speakers_in_scope",
]

SPELLING = 88
_WINDOW_BEFORE = 8  # capitalised words before a name read as its appositive
_WINDOW_AFTER = 9  # ... and after it (words other than 'of', 'the', ...)
_NOT_SPEAKERS = frozenset(
    """i we you he she it they them this that these those who one someone somebody anyone
    today yesterday tonight monday tuesday wednesday thursday friday saturday sunday
    earlier later officials official sources source reports report before after then now
    also still several many some both others all most few neither none either each""".split()
)
# Lower-case words that still belong to a title before a name ("foreign ministry spokesman
# Lu Kang", "chief of staff"): grammar of titles, no names.
_TITLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson minister ministry president chief secretary director
    commander general head deputy assistant ambassador envoy official adviser advisor aide
    mayor governor senator leader chair chairman chairwoman chairperson prosecutor officer
    constable lawyer attorney counsel representative executive""".split()
)
# Titles that make their holder the voice of the body named before them ("ministry
# spokesman" speaks for "the foreign ministry"; "Nato spokesperson" is "Nato spokesman").
_VOICE_TITLES = frozenset("spokesman spokeswoman spokesperson spokespeople".split())
# Ranks that name the body their holder speaks for ("Deputy Chief Constable Jane Roe" speaks
# for "the county police"): grammar of titles, no names.
_RANK_BODIES = {
    "constable": "police",
    "detective": "police",
    "sergeant": "police",
    "superintendent": "police",
    "minister": "ministry",  # ("Interior Minister Jan Roe" speaks for "the interior ministry")
}
# Head nouns of a body that say only what kind of body it is ("the fire service", "the
# health department"): a title qualified by the body's other words heads it ("Fire chief Jan
# Roe" speaks for "the Kestria fire service"). Grammar of body names, no names.
_KIND_HEADS = frozenset(
    """service services department agency authority office force brigade board commission
    directorate administration""".split()
)
# Titles that head a body or a part of one ("Fire chief", "Chief Fire Officer", "fire
# commissioner"): never a spokesperson's, whose body is read by `_voiced`.
_HEAD_TITLES = frozenset("chief head director commander commissioner officer".split())
# Titles of two words that name the body their holder speaks for ("Assistant District
# Attorney Jan Roe" is one of "the prosecutors"): grammar of titles, no names.
_TITLE_BODIES = ((frozenset({"district", "attorney"}), "prosecutor"),)
_DEFENCE = frozenset({"defence", "defense"})  # ("defense attorney ... of the district")
_MINOR = frozenset("of the and for in on at de la le al el".split())
_RUN_WORDS = _TITLE_WORDS | _MINOR
# the titles of an owned description ("Its project manager, Jan Roe,": `owned_titles`): a
# manager is a body's officer when the text gives the owner, though "manager" alone names
# no body's voice (a speaker's title word would make every "the manager" one)
_OWNED_TITLE_WORDS = _TITLE_WORDS | {"manager"}
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_GAP_STOPS = ',.;:"“”()\n'  # marks that end a run of title words before a name (and a
# line break: a heading above the sentence is no title, "ACME'S DEAL WITH ZETA\nBeta Corp")
_GAP_STOP = re.compile("[" + re.escape(_GAP_STOPS) + "]")


def _capitalised(name: str) -> str:
    """'li wenjun' -> 'Li Wenjun' (each word's first letter)."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the regex \w


def _whole_word_spans(text: str, name: str) -> list[tuple[int, int]]:
    r"""The spans `re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)` gives, by
    `str.find` (much faster on long texts than a regex compiled per name)."""
    out: list[tuple[int, int]] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _is_word_char(text[at - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            out.append((at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return out


def _numbered(text: str, name: str) -> bool:
    """`text` writes `name` with a number after it ("the Acme Falcon 9 rocket")."""
    return any(_MODEL_NUMBER.match(text, end) for _, end in _whole_word_spans(text, name))


_MODEL_NUMBER = re.compile(r"[ -]\d")
# a word of letters and digits in a name ("Acme E12", "Acme X5 Pro"): a model's code, so the
# name is a product's and no fuller form of the maker's name (an ordinal, "3rd", is no code)
_MODEL_CODE = re.compile(r"\b(?!\d+(?:st|nd|rd|th)\b)(?=\w*\d)(?=\w*[^\W\d])\w+\b")


def _appositive(text: str, start: int, end: int) -> list[str]:
    """Lower-case words of a name's appositives: the capitalised words right before it
    ("Russian President Vladimir Putin", "Chinese Foreign Ministry spokesman Lu Kang" keeps
    the capitalised run) and the comma phrase right after it ("Robin Smith, Assistant Chief
    Constable of the British Transport Police, said")."""
    return _run_before(text, start) + _phrase_before(text, start) + _phrase_after(text, end)


def _phrase_before(text: str, start: int) -> list[str]:
    """The description in commas before a name that it ends with a title ("A coast guard
    spokesman, Captain Ravi Anand, said" makes him speak for the coast guard)."""
    before = text[max(0, start - 120) : start].rstrip()
    if not before.endswith(","):
        # ", Captain Ravi Anand": the capitalised run after the comma is the regex
        # `_CAPS_RUN` to the end; it holds only spaces and word marks, so it can start just
        # after a comma only where the tail of such characters starts (read backwards)
        tail = _WORD_TAIL.match(before[::-1])
        cut = len(before) - (tail.end() if tail else 0)
        if cut == 0 or before[cut - 1] != "," or not _CAPS_RUN.fullmatch(before, cut):
            return []
        before = before[:cut]
    phrase = re.split(r"[,.;:()\"“”\n]|\s[-–—]\s", before[:-1])[-1]
    # (a plural owner keeps its mark: "Acme Ferries' managing director, Jan Roe,")
    words = [w.casefold() for w in _OWNED_WORD.findall(phrase)]
    if len(words) < 2:
        return []
    # "the ..." / "his ...": the determiner is no word of the body; an owner's name is
    # ("Kestria's ambassador, Pavel Orlov" speaks for "kestria")
    owner = [_OWNER.sub("", w) for w in words[:-1] if _OWNER.search(w)]
    if words[-1] not in _TITLE_WORDS and not _title_of(words) and not _owned_title(words, owner):
        return []
    if words[0] not in _PHRASE_OPENERS and not owner:
        return []
    kept = [_OWNER.sub("", w) for w in words if w not in _PHRASE_OPENERS]
    return [w for w in kept if w not in _MINOR][-_WINDOW_BEFORE:]


def _owned_title(words: list[str], owner: list[str]) -> bool:
    """A description that names its body as an owner and holds a title before its last
    word, the holder's office ("the ministry's chief vet, Dr Jan Roe," speaks for the
    ministry, as "the ministry's spokesman" would; "the Civic Party's leader on the
    council, Jan Roe,"): the owner is one of the first three words after a determiner and a
    title follows it, so a person's relative is never read ("the victim's mother")."""
    if not owner or words[0] not in _PHRASE_OPENERS:
        return False
    # the owner may be a name of a few words ("the Civic Party's leader on the council")
    at = next((k for k in range(1, min(len(words), 4)) if _OWNER.search(words[k])), 0)
    return bool(at) and any(w in _TITLE_WORDS for w in words[at + 1 : -1])


def _title_of(words: list[str]) -> bool:
    """A description before a name that opens with a title and names its body after "for"
    or "of" ("a spokeswoman for the civil protection department, Jan Roe,"; "the regional
    secretary of the bakers' union, Jan Roe,"): up to three title words (one modifier
    first), then the preposition. (Read after a name too, "Jan Roe, regional secretary of
    the union,", it joined no more agreed facts on the training clusters and one long claim
    more into a mixed item: session 30, agree30; not read there.)"""
    at = 1 if words and words[0] in _PHRASE_OPENERS else 0
    titled = 0
    while at < len(words) and titled < 3 and words[at] in _TITLE_WORDS:
        at, titled = at + 1, titled + 1
    if not titled and at + 1 < len(words) and words[at + 1] in _TITLE_WORDS:
        at, titled = at + 2, 1  # one modifier first ("regional secretary of ...")
        while at < len(words) and titled < 3 and words[at] in _TITLE_WORDS:
            at, titled = at + 1, titled + 1
    return bool(titled) and at < len(words) - 1 and words[at] in ("for", "of")


# words that open a description before a name ("the ..., Jane Roe", "his ..., Jane Roe")
_PHRASE_OPENERS = frozenset("a an the his her its their our".split())
_OWNER = re.compile(r"['’]s?$")  # an owner's mark ("kestria's", "miners'")
# a word, and the mark of a plural owner after it ("miners' union": `_WORD` drops it)
_OWNED_WORD = re.compile(_WORD.pattern + r"(?:['’](?=\s))?")


_CAPS_RUN = re.compile(r"(?:\s*\b[A-Z][\w.'’-]*)+")  # capitalised words, as in a name
_WORD_TAIL = re.compile(r"[\s\w.'’-]*")  # (matched on a reversed text: its tail)


def _run_before(text: str, start: int) -> list[str]:
    out: list[str] = []
    base = max(0, start - 80)
    edge = start  # start of the run read so far
    before = text[base:start].rstrip()
    # no word before, or a stop right before the name: the run is empty (a word never ends
    # in a stop mark, so the gap after the last word holds that mark)
    if not before or (before[-1] in _GAP_STOPS and not _honorific_end(before)):
        return out
    # the last `_WINDOW_BEFORE` words of `before`, from the last back and only as many as
    # the run takes: matched in the reversed text (a word is a maximal run of letters and
    # single inner marks, whichever way it is read), not every word of the window
    size = len(before)
    found = _WORD.finditer(before[::-1])
    m = next(found, None)
    taken = 0
    while m is not None:
        taken += 1
        w_start, w_end = size - m.end(), size - m.start()
        word = before[w_start:w_end]
        if _GAP_STOP.search(text, base + w_end, edge) and not _abbreviated(
            text, base + w_end, edge, word
        ):
            break
        low = word.casefold()
        if not word[:1].isupper() and low not in _RUN_WORDS and not _modifier(low, out):
            break
        m = next(found, None) if taken < _WINDOW_BEFORE else None  # (the word before)
        if low == "and" and (
            m is None or before[size - m.end() : size - m.start()].casefold() not in _TITLE_WORDS
        ):
            break  # two names ("the United States and China"), not two titles of one
        out.append(low)
        edge = base + w_start
    return out


def _abbreviated(text: str, end: int, edge: int, word: str) -> bool:
    """The stop after `word` is only an honorific's full stop ("Larkspur medical director
    Dr. Jan Roe": the run goes on past "Dr.")."""
    return text[end:edge].strip() == "." and honorific(word)


def _honorific_end(before: str) -> bool:
    """`before` ends in an honorific and its full stop ("... director Dr.")."""
    m = _LAST_ABBREVIATION.search(before)
    return m is not None and honorific(m.group(1))


_LAST_ABBREVIATION = re.compile(r"(?<![\w.])([A-Za-z]+)\.$")


# lower-case words that are no noun naming a title's body: speech verbs, pronouns and
# particles ("said spokeswoman Jan Roe", "according to union leader Jan Roe")
_NO_MODIFIERS = frozenset(
    """said says say told tells added adds asked quoted according to by from with as that
    than when while after before who which where it he she they we i you his her their its
    our my your this these those also then not no""".split()
)


def _modifier(low: str, out: list[str]) -> bool:
    """A lower-case noun right before a title names the title's body ("consortium
    spokeswoman Renate Skov", "league chief executive Lena Brandvold", "club chairman Jan
    Roe"): one word, no speech verb or particle (`_NO_MODIFIERS`)."""
    return (
        bool(out)
        and (out[-1] in _TITLE_WORDS or _second_modifier(out))
        and len(low) > 2
        and low.isalpha()
        and low not in _NO_MODIFIERS
    )


def _second_modifier(out: list[str]) -> bool:
    """A second lower-case noun before a title ("coastguard duty commander Jan Roe"): the
    word read last is one such noun right before the title."""
    return len(out) >= 2 and out[-2] in _TITLE_WORDS and out[-1] not in _RUN_WORDS


def _phrase_after(text: str, end: int) -> list[str]:
    tail = text[end : end + 160]
    if not tail.startswith(","):
        return []
    phrase = re.split(r"[,.;:()\"“”\n]", tail[1:], maxsplit=1)[0]
    first = phrase.strip()[:1]
    if first.isupper() or phrase.strip().casefold().startswith(("the ", "a ", "an ")):
        words = [w.casefold() for w in _WORD.findall(phrase)]
        return [w for w in words if w not in _MINOR][:_WINDOW_AFTER]
    return []


_NOT_IN_NAMES = frozenset(
    """said says say told tells added adds it he she they we i you his her their""".split()
)


@lru_cache(maxsize=1 << 14)  # (a batch names a few thousand speakers, each many times)
def clean_speaker(name: str | None) -> str | None:
    """None for what is no speaker: pronouns and time words ("they", "today"), or a name
    that swallowed its verb or a pronoun ("mayor says", "no they", "post said he")."""
    if not name:
        return None
    words = name.split()
    if not words or all(w in _NOT_SPEAKERS for w in words):
        return None
    if any(w in _NOT_IN_NAMES for w in words) or any(ch.isdigit() for ch in name):
        return None
    return name


def _fold(name: str) -> str:
    """A name without its accents ("françois" -> "francois")."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def same_speaker(a: str, b: str) -> bool:
    """One speaker written two ways (narrower than `compatible`: nobody speaking for
    another): equal without accents ("renée dubois" / "renee dubois"), one
    name's words among the other's with the same last word ("hale" / "anna
    hale"), or near-identical spellings (rapidfuzz ratio >= `SPELLING`: "noor mohammad
    faiz" / "noor mohammad fayez") that are not one title in two genders ("spokesman" /
    "spokeswoman")."""
    if a == b:
        return True
    fa, fb = _fold(a), _fold(b)
    wa, wb = fa.split(), fb.split()
    if not wa or not wb:
        return False
    if fa == fb or (wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))):
        return True
    if any(x.endswith("woman") and x[:-5] + "man" in wb for x in wa) or any(
        x.endswith("woman") and x[:-5] + "man" in wa for x in wb
    ):
        return False  # "ministry spokesman" / "ministry spokeswoman": two people
    return fuzz.ratio(fa, fb) >= SPELLING


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _MINOR and w)


def _acronym_of(short: str, name: str) -> bool:
    """`short` is `name`'s acronym ("ntb" / "national tax board"), or that of the name
    without its first word when three words or more are left ("tsb" / "calvera transport
    safety board": the country or owner the text put before the body's own name)."""
    if " " in short:
        return False
    if short == _acronym(name):
        return True
    rest = name.split(" ", 1)[1] if " " in name else ""
    return len(short) >= 3 and len(rest.split()) >= 3 and short == _acronym(rest)


def _matches(word: str, other: str) -> bool:
    if word == other:
        return True
    if len(word) >= 4 and other.startswith(word[:-1]):
        return True
    return len(other) >= 4 and word.startswith(other[:-1])


def _demonym(word: str, other: str) -> bool:
    """`other` is `word` or a longer form of it ("kestria" -> "kestrian", "russia" ->
    "russian"; never "iran" -> "iraqi": a short word must be whole)."""
    return other.startswith(word) or (len(word) >= 5 and other.startswith(word[:-1]))


def _within(short: set[str], long: set[str]) -> bool:
    """Every word of one name is a word of the other or its longer form: a country and its
    ministry ("kestria" / "kestrian foreign ministry")."""
    return len(short) < len(long) and all(any(_demonym(w, v) for v in long) for w in short)


def _officials_of(titled: set[str], other: set[str], other_name: str) -> bool:
    """Officials qualified only by a public body's words speak for that body, a body whose
    last word says what kind of public body it is (`_KIND_HEADS`, "ministry"): "health
    officials" for "the national health protection agency", "ministry officials" for "the
    agriculture ministry"; never for a body of another kind ("police officials" are no
    voice of "the police union")."""
    body = titled - _OFFICIALS
    last = other_name.split()[-1]
    return (
        bool(body)
        and body != titled
        and len(other) > len(body)
        and last in _PUBLIC_HEADS
        and all(any(_matches(w, o) for o in other) for w in body)
    )


# officials, who speak for the public body their qualifier names (`_officials_of`)
_OFFICIALS = frozenset({"official", "officials"})
_PUBLIC_HEADS = _KIND_HEADS | {"ministry"}


def _voiced(name: str) -> tuple[str, ...]:
    """`name`, and the body it names when it is that body's voice ("british transport
    police spokesperson" -> "british transport police"): a spokesperson speaks as the body,
    so whoever else speaks for the body is one voice with its spokesperson."""
    words = name.split()
    body = [w for w in words if w not in _VOICE_TITLES]
    if body and len(body) < len(words):
        return (name, " ".join(body))
    return (name,)


def _kind_headed(name: str, appositive: frozenset[str]) -> bool:
    """One appositive heads the body `name` by a head title and the body's distinctive
    word, the body's last word only saying what kind of body it is (`_KIND_HEADS`): "Fire
    chief Jan Roe" and "Chief Fire Officer Jan Roe" speak for "the kestria fire service";
    an appositive with any other word than titles and the body's words ("Police union chief
    Jan Roe") never does."""
    words = [_OWNER.sub("", w) for w in name.split() if w not in _MINOR]
    if len(words) < 2 or words[-1] not in _KIND_HEADS or not appositive & _HEAD_TITLES:
        return False
    rest = words[:-1]
    named = appositive - _TITLE_WORDS - _PHRASE_OPENERS
    return bool(named) and all(any(_matches(c, w) for w in rest) for c in named)


def _voice_bodies(appositives: Iterable[frozenset[str]]) -> list[frozenset[str]]:
    """The bodies a person is the voice of, one per appositive that holds a spokesperson's
    title and a word that is no title ("a spokesman for the Interior Ministry": {"interior",
    "ministry"}; "ministry spokesman" names no distinctive word: none)."""
    out: list[frozenset[str]] = []
    for ws in appositives:
        if ws & _VOICE_TITLES:
            body = ws - _TITLE_WORDS - _PHRASE_OPENERS
            if body and body - _KIND_HEADS - {"ministry"}:
                out.append(frozenset(body))
    return out


def _speaks_for(body: frozenset[str], appositive: frozenset[str]) -> bool:
    """One appositive holds a title of a body other than a spokesperson's and names every
    word of `body` (a minister names the ministry: `_RANK_BODIES`): "Interior Minister
    Jan Roe" for {"interior", "ministry"}."""
    titles = appositive & _TITLE_WORDS
    if not titles or titles <= _VOICE_TITLES:
        return False
    ws = appositive | {_RANK_BODIES[w] for w in titles if w in _RANK_BODIES}
    return all(any(_matches(w, c) for c in ws) for w in body)


def _head_word(name: str, words: list[str]) -> str:
    """The head noun of a body's name: the word before its first "of" ("union of retired
    nurses" -> union), else its last word (`words`: the name's words but `_MINOR`)."""
    parts = name.split()
    if "of" in parts[1:]:
        return _OWNER.sub("", parts[parts.index("of", 1) - 1])
    return words[-1]


def _heads(name: str, context: frozenset[str]) -> bool:
    """A name's appositive holds `name`'s head noun and no word but titles that `name`
    lacks: "Union leader Jane Roe" speaks for "the miners' union"; "Ruling party leader
    Jane Roe" never for "the opposition party". A name that opens "<noun> of ..." is headed
    by that noun ("the Union of Retired Nurses": a union, not nurses; so "Brisca nurses",
    the firm's staff, are no voice of it)."""
    words = [_OWNER.sub("", w) for w in name.split() if w not in _MINOR]
    if not words or not any(_matches(_head_word(name, words), c) for c in context):
        return False
    named = context - _TITLE_WORDS
    return bool(named) and all(any(_matches(w, c) for w in words) for c in named)


def _titled_holders(names: Sequence[str], texts: Mapping[str, list[str]]) -> dict[str, str]:
    """A role alone ("first minister", "regional president") -> the one speaker of two or
    three words the batch's texts write right after it as a capitalised title ("First
    Minister Helena Marr"), to show who it is; a role written so before two names, or
    before none, stays as it is.

    One pass over each text's words (a title is two or three letter-words one space apart,
    not after a word character, followed by a space), each title looked up, and the
    persons looked up by the length of their capitalised form: linear in the texts, where
    a scan per role was quadratic on a large batch."""
    roles_by_title: dict[str, list[str]] = defaultdict(list)
    for role in names:
        if 2 <= len(role.split()) <= 3 and role.replace(" ", "").isalpha():
            roles_by_title[_capitalised(role)].append(role)
    if not roles_by_title:
        return {}
    persons: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p in names:
        if 2 <= len(p.split()) <= 3:
            persons[len(_capitalised(p))][_capitalised(p)].append(p)
    # a title's first word (its words are one space apart): a word no title opens on opens
    # none, so the pairs and triples from it are not built
    firsts = frozenset(title.split(" ", 1)[0] for title in roles_by_title)
    held: dict[str, set[str]] = defaultdict(set)
    for text in sorted({t for ts in texts.values() for t in ts}):
        words = [(m.start(), m.end()) for m in _LETTER_WORD.finditer(text)]
        for i, (start, first_end) in enumerate(words):
            if text[start:first_end] not in firsts:
                continue
            if start and _is_word_char(text[start - 1]):
                continue
            for j in range(i + 1, min(i + 3, len(words))):
                if text[words[j - 1][1] : words[j][0]] != " ":
                    break
                end = words[j][1]
                title = text[start:end]
                if title not in roles_by_title or text[end : end + 1] != " ":
                    continue
                after = text[end + 1 : end + 60]
                for length, by_form in persons.items():
                    if length > len(after):
                        continue
                    for p in by_form.get(after[:length], ()):
                        if not _is_word_char(after[len(p) : len(p) + 1] or " "):
                            held[title].add(p)
    out: dict[str, str] = {}
    for title, roles in roles_by_title.items():
        for role in roles:
            holders = held.get(title, set()) - {role}
            if len(holders) == 1:
                out[role] = next(iter(holders))
    return out


# a run of letters (what `str.isalpha` accepts, as a role's words are)
_LETTER_WORD = re.compile(r"[^\W\d_]+")


class Speakers:
    """Speaker compatibility for one batch (see the module docstring)."""

    def __init__(self, where: Mapping[str, Iterable[str]]) -> None:
        """`where`: each speaker name -> the texts to read its appositives in (the articles
        it speaks in; the claim statements will do)."""
        around: dict[str, set[str]] = defaultdict(set)
        each: dict[str, set[frozenset[str]]] = defaultdict(set)  # one appositive's words
        folded: dict[str, str] = {}  # each text folded once (a text holds many names)
        mentions: dict[str, list[tuple[str, int, int, list[str]]]] = defaultdict(list)
        for name in sorted(n for n in where if n):
            for text in where[name]:
                low = folded.get(text)
                if low is None:
                    low = folded[text] = text.casefold()
                for start, end in _whole_word_spans(low, name):
                    # an honorific is no word of a body ("Dr Jan Roe, the agency's chief")
                    words = [w for w in _appositive(text, start, end) if not honorific(w)]
                    around[name].update(words)
                    if words:
                        each[name].add(frozenset(words) - _MINOR)
                    around[name].update(party_words(text, end))  # ", whose brother ..."
                    mentions[name].append((text, start, end, words))
        self.names = sorted(where)
        # "spokesman Jan Roe" in an article where one body speaks: that body's voice
        self._texts = {n: list(where[n]) for n in where if n}
        for n, bodies in titled_bodies(mentions, self._texts).items():
            around[n].update(w for b in bodies for w in b.split())
        # "Acme denied it. Its chief executive, Jan Roe, said": the body "its" points back to
        for n, bodies in owned_bodies(mentions, self._texts, _OWNED_TITLE_WORDS).items():
            around[n].update(w for b in bodies for w in b.split())
        del mentions
        self.context = {
            n: frozenset(ws - _MINOR)
            | {_RANK_BODIES[w] for w in ws if w in _RANK_BODIES}
            | {body for title, body in _TITLE_BODIES if title <= ws and not ws & _DEFENCE}
            for n, ws in around.items()
        }
        # each appositive alone ("Club chairman Jan Roe" and "Rovers chairman Jan Roe": the
        # second names "dunmore rovers" though both together hold a word it lacks)
        self.appositives = {n: sorted(ws, key=sorted) for n, ws in each.items()}
        self._memo: dict[tuple[str, str], bool] = {}
        # names written capitalised in their texts; words written in lower case there
        self._named = frozenset(
            n
            for n, ts in self._texts.items()
            if any(_whole_word_spans(t, _capitalised(n)) for t in ts)
        )
        self._lower: dict[str, bool] = {}
        self._all_texts: list[str] | None = None
        # a family name alone ("roe", "li") -> the one full name that speaks in the same
        # articles and ends or starts with it ("jane roe", "li wenjun"), to show who it is
        by_last: dict[str, list[str]] = defaultdict(list)
        for name in self.names:
            words = name.split()
            if len(words) > 1:
                for edge in {words[0], words[-1]}:
                    by_last[edge].append(name)
        self.full: dict[str, str] = {}
        for name in self.names:
            if " " in name or not by_last.get(name):
                continue
            texts = set(where[name])
            # a word the texts write in lower case is no surname ("police")
            if any(_whole_word_spans(t, name) for t in texts):
                continue
            # ... nor a name with a word the texts do not capitalise ("acme spokesman"), nor
            # a product's that the texts number ("Acme Falcon 9": no one Acme stands for) or
            # that holds a model's code ("Acme E12")
            fuller = [
                m
                for m in by_last[name]
                if texts & set(where[m])
                and any(_whole_word_spans(t, _capitalised(m)) for t in texts)
                and not any(_numbered(t, _capitalised(m)) for t in texts)
                and not _MODEL_CODE.search(m)
            ]
            if len(fuller) == 1:
                self.full[name] = fuller[0]
        self.full.update(_titled_holders(self.names, self._texts))

    def compatible(self, a: str | None, b: str | None) -> bool:
        if a == b or a is None or b is None:
            return True
        key = (a, b) if a < b else (b, a)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = self._compatible(*key)
        return got

    def _common(self, word: str) -> bool:
        """`word` is written in lower case in the batch's texts (a common noun)."""
        got = self._lower.get(word)
        if got is None:
            if self._all_texts is None:
                self._all_texts = sorted({t for ts in self._texts.values() for t in ts})
            got = self._lower[word] = any(_whole_word_spans(t, word) for t in self._all_texts)
        return got

    def _compatible(self, a: str, b: str) -> bool:
        wa, wb = set(a.split()) - _MINOR, set(b.split()) - _MINOR
        if not wa or not wb:
            return True
        if wa <= wb or wb <= wa:
            return True
        if _acronym_of(a, b) or _acronym_of(b, a):
            return True
        if fuzz.ratio(a, b) >= SPELLING:
            return True
        if _within(wa, wb) or _within(wb, wa):
            return True  # "kestria" / "kestrian foreign ministry": the country's own body
        for titled, other in ((wa, wb), (wb, wa)):
            body = titled - _VOICE_TITLES
            if body and body != titled and body <= other:
                return True  # "ministry spokesman" / "foreign ministry": its voice
            if _officials_of(titled, other, b if titled is wa else a):
                return True  # "health officials" / "the national health agency"
        for x, y in ((a, b), (b, a)):
            ctx = self.context.get(y, frozenset())
            if ctx and any(
                all(any(_matches(w, c) for c in ctx) for w in set(v.split()) - _MINOR)
                for v in _voiced(x)
            ):
                return True  # y's appositive names x (or the body x is the voice of)
            if ctx and any(
                _heads(v, c) for c in (ctx, *self.appositives.get(y, ())) for v in _voiced(x)
            ):
                return True  # "union leader ivo marek" speaks for "the miners' union"
            if any(_kind_headed(x, c) for c in self.appositives.get(y, ())):
                return True  # "fire chief jan roe" speaks for "the kestria fire service"
            if any(
                _speaks_for(body, c)
                for body in _voice_bodies(self.appositives.get(x, ()))
                for c in self.appositives.get(y, ())
            ):
                return True  # the ministry's spokesman and its minister: one body's voice
            if ctx and any(
                all(any(_matches(w, c) for c in ctx) for w in short)
                and a_company(" ".join(short), self._texts[" ".join(short)])
                for short in short_forms(x, self._named, _TITLE_WORDS, self._common)
            ):
                return True  # "Acme's director, Jan Roe" speaks for "acme catering"
        return False


_current: ContextVar[Speakers | None] = ContextVar("consensus_merge_speakers", default=None)


@contextmanager
def speakers_in_scope(speakers: Speakers) -> Iterator[None]:
    """Make `speakers` the batch's speaker index for `compatible` within the block."""
    token = _current.set(speakers)
    try:
        yield
    finally:
        _current.reset(token)


def full_name(name: str) -> str:
    """The full name a family name alone stands for in the batch's articles ("roe" -> "jane
    roe", "li" -> "li wenjun": the one longer speaker name in the same articles that
    ends or starts with it, the word never written in lower case there); else `name`."""
    index = _current.get()
    return name if index is None else index.full.get(name, name)


def compatible(a: str | None, b: str | None) -> bool:
    """Compatibility under the batch's index (equal-or-absent when no batch is in scope)."""
    index = _current.get()
    if index is None:
        return a == b or a is None or b is None
    return index.compatible(a, b)


def compatibility() -> Callable[[str | None, str | None], bool]:
    """`compatible` under the batch's index now in scope, as one function (for a loop over
    many pairs: the index is looked up once)."""
    index = _current.get()
    return compatible if index is None else index.compatible
