"""The offline extractor: Article -> ClaimSet by deterministic rules, without any model.

It is the default extractor and the fallback when no LLM is configured, so it must be fast
(hundreds of articles a second on one core) and predictable: the same article always gives the
same ClaimSet, byte for byte. The pipeline, per article:

1. learn names from the article itself: "Russian President Vladimir Putin" teaches the role
   "russian president" -> "Vladimir Putin" and the alias "Putin" -> "Vladimir Putin";
2. split the text into sentences with a rule-based splitter that keeps character offsets and
   never breaks inside a quotation (pysbd costs ~7 ms an article, over our whole budget);
3. split compound sentences at "; ", ", but ", ", while " when both halves are propositions,
   and what is admitted from what is rejected ("X acknowledged A but denied reports B",
   "…, dismissing claims that B"); a clause without a speaker takes the one named after the
   next clause ("A, but B, a spokeswoman said"); a wire dateline ("MOSCOW (Reuters) - ") is
   not content;
4. per clause, find who asserts it (reporting verbs, "according to", "– Name" after a quote,
   embedded posts), resolve pronouns and role descriptions to names, then derive the kind,
   polarity, hedges, quantities, time and entities from surface cues.

Every claim's evidence is an exact slice of ``article.text`` (asserted when it is built).

This module must never do I/O, read the clock, use randomness or reach the network, and it
must never write a statement that says something its sentence does not: statements are the
sentence itself, lightly rewritten (names for pronouns and roles, attribution moved to front).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from consensus.models import (
    Article,
    Claim,
    ClaimKind,
    ClaimSet,
    Evidence,
    Polarity,
    Quantity,
    Span,
    TimeRef,
    Usage,
)
from consensus.nonclaims import non_claim_spans, overlaps_non_claim

__all__ = ["OFFLINE_VERSION", "extract_offline"]

# Bump whenever the output for some input can change: it is part of the cache key.
OFFLINE_VERSION = "offline-3"

# --- Sentence splitting ------------------------------------------------------------------------

_OPENERS = "“„"
_CLOSERS = "”"
_QUOTE_CHARS = re.compile(r"[“„”\"]")
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then
# something that can start a sentence. Lower-case after the space is never a boundary
# ("… pic.twitter.com", "a.m. on").
_BOUNDARY = re.compile(r"([.!?…]+)([”\"’')\]]*)(\s+)(?=[“\"„‘'(\[]?[A-Z0-9])")
_LAST_TOKEN = re.compile(r"(\S+)$")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt sen rep gov st jr sr vs etc no inc co corp ltd prof capt maj "
    "adm rev fig approx est jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    quotes: tuple[tuple[int, int], ...]  # (opener index, closer index), absolute offsets


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Balanced quotation regions of one paragraph; an unclosed opener is ignored."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_CHARS.finditer(text, start, end):
        c = m.group()
        i = m.start()
        if c in _OPENERS:
            open_at = i  # a second opener restarts: mixed styles are common in scraped text
        elif c in _CLOSERS:
            if open_at is not None:
                regions.append((open_at, i))
                open_at = None
        elif open_at is None:  # a straight quote opens when nothing is open, else closes
            open_at = i
        else:
            regions.append((open_at, i))
            open_at = None
    return regions


def _is_abbreviation(text: str, punct_start: int, punct: str) -> bool:
    if punct != ".":
        return False
    # Look at a short window only: searching from 0 made splitting quadratic.
    m = _LAST_TOKEN.search(text, max(0, punct_start - 40), punct_start)
    if m is None:
        return False
    token = m.group(1).lstrip("(“\"„‘'[")
    return token.lower() in _ABBREVIATIONS or _INITIALISM.fullmatch(token) is not None


def _boundaries(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(punctuation start, sentence end, next sentence start) for each boundary in a range."""
    out: list[tuple[int, int, int]] = []
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, m.start(1), m.group(1)):
            continue
        out.append((m.start(1), m.end(2), m.end(3)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_sentences(text: str) -> list[_Sentence]:
    """Paragraphs are lines; sentences never break inside a balanced quotation."""
    sentences: list[_Sentence] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        para_end = n if nl == -1 else nl
        regions = _quote_regions(text, pos, para_end)
        s = pos
        for punct, send, nxt in _boundaries(text, pos, para_end):
            # Inside a quotation when a region opens before the punctuation and closes after
            # the sentence end (a closer consumed into the boundary ends the quote with it).
            if any(qs < punct and qe >= send for qs, qe in regions):
                continue
            a, b = _trim(text, s, send)
            if a < b:
                sentences.append(_Sentence(a, b, _regions_in(regions, a, b)))
            s = nxt
        a, b = _trim(text, s, para_end)
        if a < b:
            sentences.append(_Sentence(a, b, _regions_in(regions, a, b)))
        pos = para_end + 1
    return sentences


def _regions_in(regions: list[tuple[int, int]], a: int, b: int) -> tuple[tuple[int, int], ...]:
    return tuple((qs, qe) for qs, qe in regions if a <= qs and qe < b)


def _inner_sentences(text: str, qs: int, qe: int) -> list[tuple[int, int]]:
    """The sentences of one quotation's content, without the quote marks."""
    out: list[tuple[int, int]] = []
    s = qs + 1
    for _punct, send, nxt in _boundaries(text, qs + 1, qe):
        out.append(_trim(text, s, send))
        s = nxt
    out.append(_trim(text, s, qe))
    return [(a, b) for a, b in out if a < b]


# --- Names, roles and the article's own name table --------------------------------------------

# Capitalised tokens: initialisms (U.S.), a few titled abbreviations, words with ’s and hyphens.
_TOKEN = r"(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Gov)\.|[A-Z][\w’'-]*)"
_CAPSEQ = re.compile(rf"(?<![\w’'@.-]){_TOKEN}(?:[ \t]+{_TOKEN})*")
_TITLES = frozenset(
    """president commander-in-chief general gen. minister chancellor secretary senator sen.
    mr. mrs. ms. dr. chief commander admiral colonel lieutenant marshal governor mayor king
    queen pope ambassador envoy spokesman spokeswoman spokesperson leader premier speaker
    aide head gov. lt. col. sgt.""".split()
)
# Words that make a capitalised sequence an organisation, place or thing, never a person.
_ORG_WORDS = frozenset(
    """council staff ministry federation region oblast times social house security national
    union nations army forces office department agency commission parliament court war media
    post news street journal party kremlin duma sea east west north south square university
    bank fund group convention law laws guard navy committee assembly administration service
    services government republic kingdom states city county province district press network
    television tv radio agency institute foundation""".split()
)
_COMPOUND_AFTER_GENERAL = frozenset({"Staff", "Assembly", "Prosecutor", "Secretary"})
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|can)")
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
    r"spokeswoman|chief)[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"
)
# "the spokeswoman, Maria Zakharova", "Maria Zakharova, a spokeswoman for the ... Ministry":
# an appositive also teaches a role.
_APPOSITIVE_ROLE = re.compile(
    r"\b[Tt]he[ \t]+((?:[\w.’'-]+[ \t]+){0,3}?)(spokesman|spokeswoman|spokesperson|envoy|aide|"
    r"minister|leader|president|chief),[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})"
    r"|\b([A-Z][\w’'-]{1,40}(?:[ \t]+[A-Z][\w’'-]+){1,2}),[ \t]+an?[ \t]+(spokesman|spokeswoman|"
    r"spokesperson|envoy|aide|minister|leader|president|chief)\b"
)
_PLACE_CUE = re.compile(
    r"\b(?:in|into|from|across|near|of|between|throughout|inside|outside|towards?)[ \t]+"
    r"([A-Z][a-z]+)\b(?![’'])"
    r"|\b([A-Z][a-z]+)(?:’s|'s)[ \t]+(?:forces|troops|army|military|government|side|territory|"
    r"border)\b|\b([A-Z][a-z]+)[ \t]+(?:[Rr]egion|[Oo]blast|area)\b"
)
_BODY_ALIASES = {"Moscow": "Russia", "Kremlin": "Kremlin"}


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


_SENTENCE_LEAD = frozenset('.!?…“„"‘(:;—–-*\n')


def _is_initial(text: str, pos: int) -> bool:
    """Whether pos starts a sentence or a quotation (capitalisation there proves nothing)."""
    if pos > 0 and text[pos - 1] in '"“„‘':
        return True  # a quotation opens right here
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    closers = False
    while i >= 0 and text[i] in "”\"’')":
        i -= 1
        closers = True
    if closers:  # '“… comfortable.” Instead' starts a sentence; '“…,” Zelenskyy said' does not
        return i < 0 or text[i] in ".!?…"
    return i < 0 or text[i] in _SENTENCE_LEAD


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
        if low in _TITLES:
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
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, person)
    # Once learning is over the tables stop changing and canonical() can be memoised.
    frozen: bool = False
    cache: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict)

    def drop_initial(self, tokens: list[str]) -> list[str]:
        """Drop sentence-initial capitals that are not names ('However', 'War analysts')."""
        i = 0  # an index, not tokens[1:] per word: a run of 100k capitals stays linear
        while i < len(tokens):
            word = _strip_possessive(tokens[i])
            if word.lower() in _FUNCTION_WORDS:
                i += 1
            elif word in self.name_first or word != tokens[i]:
                break  # a name elsewhere, or possessive ("Kyiv’s forces")
            elif len(tokens) - i >= 2 and word in self.name_words:
                break  # "Vladimir Putin said"
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
            self.aliases.setdefault(parts[-1], name)

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
        ti = _title_index(tokens)
        if 0 <= ti < len(tokens) - 1:
            name_tokens = tokens[ti + 1 :]
            name = " ".join(name_tokens)
            if len(name_tokens) == 1:
                name = self.aliases.get(name, name)
            return name, True
        if len(tokens) == 1:
            tok = tokens[0]
            if tok.isupper() and len(tok) > 3 and tok.title() in self.name_words:
                tok = tok.title()  # "RUSSIA will spare …" is the same Russia
            if tok in self.aliases:
                return self.aliases[tok], True
            return tok, tok in self.persons
        name = " ".join(tokens)
        if name in self.persons:
            return name, True
        return name, False

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
    "instead however also still such already meanwhile earlier later".split()
)


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


def _learn_names(text: str) -> _Names:
    names = _Names()
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
        if _is_initial(text, pos):
            tokens = names.drop_initial(tokens)
        seqs.extend((pos, g) for g in _possessive_groups(tokens))
    for _pos, tokens in seqs:
        clean = [_strip_possessive(t) for t in tokens]
        ti = _title_index(clean)
        if 0 <= ti < len(clean) - 1:
            name_tokens = clean[ti + 1 :]
            if len(name_tokens) <= 3 and not any(t.lower() in _ORG_WORDS for t in name_tokens):
                role = [t for t in clean[: ti + 1] if t not in ("The", "the")]
                if len(name_tokens) >= 2:
                    names.learn_role(role, " ".join(name_tokens))
        elif 2 <= len(clean) <= 3 and not any(
            t.lower() in _ORG_WORDS or t.isupper() or _DEMONYM.fullmatch(t) or t in _NOT_ENTITIES
            for t in clean
        ):
            names.add_person(" ".join(clean))
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
    for m in _PLACE_CUE.finditer(text):
        word = m.group(1) or m.group(2) or m.group(3)
        if word not in names.aliases:
            names.placeish.add(word)
    # A single name that speaks ("Putin responded") and is never used as a place is a person.
    for m in _SPEAKS.finditer(text):
        word = m.group(1)
        if (
            word not in names.placeish
            and word in names.name_words
            and word not in _NOT_ENTITIES
            and word not in _BODY_ALIASES
            and not _DEMONYM.fullmatch(word)
        ):
            names.persons.add(names.aliases.get(word, word))
    names.frozen = True
    for pos, tokens in seqs:
        name, is_person = names.canonical(tokens)
        if is_person:
            names.mentions.append((pos, name))
    return names


# --- Attribution --------------------------------------------------------------------------------

_VERBS = (
    r"said|says|say|stated|states|noted|notes|added|adds|adding|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|pointed out|explained|wrote|writes|announced|announces|"
    r"urged|urges|claimed|claims|told|responded|mentioned|reiterated|acknowledged|affirmed|"
    r"warned|insisted|revealed|reported|reports|admitted|described|confirmed|declared|"
    r"argued|asserted|denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes|"
    r"underlined|underscored"
)
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")
_SPEAKS = re.compile(rf"\b([A-Z][a-z]+)(?:\s+(?:also|has|had|on [A-Z][a-z]+day))?\s+(?:{_VERBS})\b")
# What may sit between a speaker and its verb: auxiliaries, adverbs, a day.
_AUX_TAIL = re.compile(
    r"(?:(?<!\s)\s+|^)(?:also|has|had|have|previously|meanwhile|later|then|earlier|reportedly|"
    r"allegedly|again|repeatedly|so far|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$"
)
_PRONOUN = re.compile(r"(?:he|she|He|She)")
_TAIL_PRONOUN = re.compile(r"\b(?:when|as|after|before|then|where|so)\s+(he|she)$")
_NP_LEAD = re.compile(r"^(?:Even|And|But|So|Yet|Now|Then)\s+")
_ROLE_NP = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)((?:[\w.’'-]+\s+){0,3}?)"
    r"(president|President|leader|Leader|prime minister|minister|envoy|spokesman|spokeswoman|"
    r"spokesperson|chancellor|commander|head|chief|official)"
)
# Roles an unnamed description may give the person the story follows ("the Russian official").
_FOLLOWED_ROLES = frozenset("president leader official spokesman spokeswoman spokesperson".split())
_ROLE_NAME_NP = re.compile(
    r"(?:[Tt]he\s+)?(?:[\w.’'-]{1,40}\s+){0,4}?(?:leader|president|envoy|aide|minister|spokesman|"
    r"spokeswoman|spokesperson|chief|commander|head)\s+"
    rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
)
_BODY_NP = re.compile(
    rf"[Tt]he\s+((?:{_TOKEN}\s+)*(?:ministry|Ministry|government|military|army|embassy|agency|"
    r"police|authorities|prosecutors?|spokes(?:man|woman|person)|company|statement))"
)
_THE_CAPS = re.compile(rf"[Tt]he\s+({_TOKEN}(?:\s+{_TOKEN})*)")
_CAPS_NP = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN})*")
_DISCOURSE = re.compile(
    r"^(?:However|Additionally|Moreover|Meanwhile|But|And|Also|Still|Furthermore|Nevertheless|"
    r"At the same time|In addition|Instead)\b,?\s+"
)
_DATELINE = re.compile(
    r"[A-Z][A-Z.’'-]{2,40}(?:[ ,]+[A-Z][A-Z.’'-]+)*(?:\s*\([A-Za-z .’'-]{2,40}\))?\s*(?:[-–—]|:)\s+"
)
_LABEL = re.compile(r"(?:Update|UPDATE|Updated|Breaking|BREAKING)\b[^:]{0,24}:\s+")
_TRAILING_URL = re.compile(r"(?<!\s)(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
_TRAILING_ATTR = re.compile(
    rf"(?:,|[”\"])\s*(?P<np>(?:[Tt]he\s+)?(?:[\w.’'-]+\s+){{0,4}}?[\w.’'-]+)"
    # "…,” Maria Zakharova, a spokeswoman for the Russian Foreign Ministry, told reporters"
    r"(?P<app>,\s+(?:an?|the)\s+[^,“”\"]{1,80},)?"
    rf"(?P<aux>(?:\s+(?:also|has|had|have|later|then|reportedly))*)\s+(?P<verb>{_VERBS})\b"
)
_ACCORDING = re.compile(r"(?:,\s*|(?<!\s)\s*)according to\s+(?:the\s+)?(?P<src>[^;:]+?)\s*[.:;]?$")
_DASH_ATTR = re.compile(rf"[”\"…]\s*[–—-]\s*(?P<np>{_TOKEN}(?:\s+{_TOKEN})*)")
_ROLE_IN_TEXT = re.compile(
    r"\b[Tt]he\s+(?:(US|U\.S\.|American|Russian|Ukrainian|[A-Z][a-z]+(?:ian|ean|ese|ish))\s+)?"
    r"(president|President|leader)\b(?![ \t]+[A-Z])"
)


@dataclass
class _Speaker:
    name: str
    person: bool


@dataclass
class _State:
    last_person: str | None = None
    last_quote_speaker: str | None = None


def _resolve_np(np: str, pos: int, names: _Names, state: _State) -> _Speaker | None:
    """A speaker noun phrase -> a name, or None when it is not one we trust."""
    np = np.strip().rstrip(",")
    if _PRONOUN.fullmatch(np):
        return _Speaker(state.last_person, True) if state.last_person else None
    m = _ROLE_NP.fullmatch(np)
    if m:
        words = [*m.group(1).split(), m.group(2)]
        holders = names.roles.get(_role_key(words), [])
        if state.last_person in holders:
            # "Putin responded …. “…,” the president said": the person the story follows.
            name: str | None = state.last_person
        else:
            name = names.resolve_role(words, pos)
        if name is None and len(words) >= 2:
            name = names.resolve_role(words[-1:], pos)
            if name is not None and state.last_person and state.last_person != name:
                name = None  # a bare role table hit that disagrees with the discourse
        if (
            name is None
            and state.last_person
            and words[-1].lower() in _FOLLOWED_ROLES
            and names.may_hold(state.last_person, words)
        ):
            # Nobody holds the role in this article's text; the role describes whoever the
            # story is following ("Putin responded …" then "the president stated").
            name = state.last_person
        if name is None:
            # Keep the description, capitalised, rather than guess ("Ukrainian leader").
            return _Speaker(" ".join(words).strip(), False) if len(words) >= 2 else None
        return _Speaker(name, True)
    m = _ROLE_NAME_NP.fullmatch(np)
    if m:  # "Ukrainian leader Volodymyr Zelensky", "the head of …, General Valery Gerasimov"
        canon, _person = names.canonical(m.group("name").split())
        return _Speaker(canon, True) if canon else None
    m = _BODY_NP.fullmatch(np)
    if m:  # "the ministry", "the Defence Ministry": an unnamed body still speaks, not the outlet
        return _Speaker(m.group(1), False)
    m = _THE_CAPS.fullmatch(np)
    if m:
        tokens = m.group(1).split()
        canon, person = names.canonical(tokens)
        return _Speaker(_BODY_ALIASES.get(canon, canon), person) if canon else None
    if _CAPS_NP.fullmatch(np):
        tokens = np.split()
        if any(t in _NOT_ENTITIES for t in tokens):
            return None
        canon, person = names.canonical(tokens)
        if not canon:
            return None
        if canon in _BODY_ALIASES:
            return _Speaker(_BODY_ALIASES[canon], False)
        if not person and " " not in canon and canon not in names.placeish:
            person = True  # a single name that speaks and is never a place: a person
        return _Speaker(canon, person)
    return None


def _strip_aux(pre: str) -> str:
    prev = None
    while prev != pre:
        prev = pre
        pre = _AUX_TAIL.sub("", pre.rstrip())
    return pre.strip()


@dataclass
class _Attribution:
    speaker: _Speaker
    kind: str  # leading | trailing | according | dash | context | embedded
    np_span: tuple[int, int] | None = None  # offsets within the clause text
    verb: str = "said"
    content: tuple[int, int] | None = None  # offsets within the clause text
    verb_end: int = 0  # offset within the clause text, for leading attributions


def _leading(
    clause: str,
    cstart: int,
    quotes: list[tuple[int, int]],
    names: _Names,
    state: _State,
    persons: list[tuple[int, str]],
) -> _Attribution | None:
    for m in _VERB_RE.finditer(clause):
        if m.start() > 200:
            break
        if _in_quotes(m.start(), quotes):
            continue
        pre = _strip_aux(clause[: m.start()]).rstrip(", ")
        if not pre:
            continue
        segments = re.split(r",\s*", pre)
        # "Putin, addressing his Security Council, said": the last segment is an appositive.
        candidates = [len(segments) - 1]
        if len(segments) >= 2 and segments[-1] and segments[-1][0].islower():
            candidates.append(len(segments) - 2)
        tail = _TAIL_PRONOUN.search(segments[-1])
        if tail and state.last_person:
            # "That’s when he stated …"
            np_start = len(pre) - len(tail.group(1))
            return _Attribution(
                _Speaker(state.last_person, True),
                "leading",
                (np_start, len(pre)),
                m.group(),
                verb_end=m.end(),
            )
        for idx in candidates:
            np = _NP_LEAD.sub("", _strip_aux(segments[idx]))
            if not np:
                continue
            np_start = clause.find(np, sum(len(s) for s in segments[:idx]))
            before = [name for pos, name in persons if pos < np_start]
            if _PRONOUN.fullmatch(np) and before:
                # "For Andriy Zagorodnyuk, …, it diverted …, he said": the antecedent is here.
                spk: _Speaker | None = _Speaker(before[0], True)
            else:
                spk = _resolve_np(np, cstart + np_start, names, state)
            if spk is None:
                continue
            aux = clause[np_start + len(np) : m.start()].strip(" ,")
            verb = m.group() if not aux or "," in aux else f"{aux.split()[-1]} {m.group()}"
            return _Attribution(
                spk, "leading", (np_start, np_start + len(np)), verb, verb_end=m.end()
            )
        # No trusted speaker before this verb ("the talks were described as"): try later verbs.
    return None


def _trailing(
    clause: str,
    cstart: int,
    quotes: list[tuple[int, int]],
    names: _Names,
    state: _State,
    persons: list[tuple[int, str]],
) -> _Attribution | None:
    for m in _TRAILING_ATTR.finditer(clause):
        if m.start() < 10 or _in_quotes(m.start("np"), quotes):
            continue
        np = m.group("np").strip()
        before = [name for pos, name in persons if pos < m.start("np")]
        if _PRONOUN.fullmatch(np) and before:
            # "For Andriy Zagorodnyuk, …, he said": the pronoun's antecedent is in the sentence.
            spk: _Speaker | None = _Speaker(before[0], True)
        else:
            spk = _resolve_np(np, cstart + m.start("np"), names, state)
        if spk is None:
            continue
        aux = m.group("aux").strip()
        verb = f"{aux.split()[-1]} {m.group('verb')}" if aux else m.group("verb")
        content_end = m.start() + (1 if clause[m.start()] in '”"' else 0)
        # '“…,” the spokeswoman, Maria Zakharova told': the role before the name is not content.
        role = _QUOTE_THEN_ROLE.search(clause, 0, content_end)
        if role is not None and clause[content_end - 1 : content_end] not in '”"':
            content_end = role.start() + 1
        return _Attribution(spk, "trailing", (m.start("np"), m.end("np")), verb, (0, content_end))
    return None


_QUOTE_THEN_ROLE = re.compile(r"[”\"]\s*(?:[Tt]he|an?)\s+(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,?$")
# '“…,” said foreign ministry spokeswoman Maria Zakharova.': the verb before the speaker.
_INVERTED_ATTR = re.compile(
    rf"[,”\"]\s*(?P<verb>said|says|told|added|stressed|insisted|noted)\s+"
    rf"(?P<np>(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+){{0,5}}?{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
    r"\s*[.!]?$"
)
# 'According to Zakharova, reports of …': a source named before the content.
_ACCORDING_LEAD = re.compile(r"According to\s+(?:the\s+)?(?P<src>[^,;:“”\"]{2,60}?),\s+")
_INTRODUCES = re.compile(r"[^“„\"]{0,30}[,:]\s*")


def _is_direct_quote(
    clause: str, attr: _Attribution | None, quotes: list[tuple[int, int]], starts_with_quote: bool
) -> bool:
    """The clause's core is a quotation: it opens with one, or one follows the verb at once."""
    if attr is None or not quotes:
        return False
    quoted = sum(qe - qs + 1 for qs, qe in quotes)
    if starts_with_quote or attr.kind in ("trailing", "dash", "context"):
        return quoted >= 0.5 * len(clause)
    if attr.kind == "leading":
        after = len(clause) - attr.verb_end
        after_quotes = [(qs, qe) for qs, qe in quotes if qs >= attr.verb_end]
        if not after_quotes:
            return False
        between = clause[attr.verb_end : after_quotes[0][0]]
        quoted_after = sum(qe - qs + 1 for qs, qe in after_quotes)
        # 'stated: "…"', 'stated in all caps, „…”' introduce a quotation; 'described the
        # talks as “…”' quotes a phrase inside a paraphrase.
        introduced = len(between) <= 3 or _INTRODUCES.fullmatch(between) is not None
        return introduced and quoted_after >= 0.6 * after
    return False


def _in_quotes(i: int, quotes: list[tuple[int, int]]) -> bool:
    return any(qs < i < qe for qs, qe in quotes)


# --- Kinds, hedges, quantities, time ----------------------------------------------------------

_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying that|dismissed|dismisses|dismissing|rejected|rejects|"
    r"rejecting|refuted|refutes|refuting|not true|fabricat\w*|manipulation|baseless|"
    # calling a report disinformation rejects what it says
    r"false claims?|disinformation|misinformation)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:allegedly|alleged|reportedly|purportedly|claimed|unverified|unconfirmed|"
    r"it is unclear|it was unclear|could not be independently verified|"
    r"without providing(?:\s+any)?(?:\s+specific)?\s+(?:evidence|figures|details|proof|data)|"
    r"(?:did|does|has|have)\s+not\s+provided?(?:\s+any)?(?:\s+specific)?\s+"
    r"(?:evidence|figures|details|proof|data))\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:analysts?\s+(?:consider|say|believe|think)|highly debatable|debatable|essentially|"
    r"clearly|arguably|apparently|seemingly|unprecedented|suggests?|question whether|"
    r"writing is on the wall|it seems|likely)\b",
    re.IGNORECASE,
)
# Substrings that every match of the cue pattern contains: case-insensitive regexes cost
# ~0.1 µs a character in Python, a lower-cased substring test almost nothing.
_DENIAL_KEYS = (
    "deni",
    "deny",
    "dismiss",
    "reject",
    "refut",
    "not true",
    "fabricat",
    "manipulat",
    "baseless",
    "false claim",
    "disinformation",
    "misinformation",
)
_HEDGE_KEYS = (
    "alleged",
    "reportedly",
    "purportedly",
    "claimed",
    "unverified",
    "unconfirmed",
    "unclear",
    "independently",
    "without providing",
    "not provide",
)
_OPINION_KEYS = (
    "analyst",
    "debatable",
    "essentially",
    "clearly",
    "arguably",
    "apparently",
    "seemingly",
    "unprecedented",
    "suggest",
    "question whether",
    "writing is on the wall",
    "it seems",
    "likely",
)


def _cue(pattern: re.Pattern[str], keys: tuple[str, ...], text: str) -> re.Match[str] | None:
    low = text.lower()
    if not any(key in low for key in keys):
        return None
    return pattern.search(text)


_QTY = re.compile(
    r"(?<![\w/:.,-])(?P<q>(?:(?:well|just)\s+)?(?:over|more\s+than|less\s+than|fewer\s+than|"
    r"about|around|nearly|almost|some|at\s+least|up\s+to|roughly|approximately|"
    r"an\s+estimated)\s+)?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<pct>%|percent\b|per\s+cent\b)|-(?P<hy>[a-z]+)\b|"
    r"\s+(?P<unit>sq\.?\s?km\b|square\s+(?:kilomet(?:er|re)s|miles)\b|km²|km\b|"
    r"kilomet(?:er|re)s?\b|miles?\b|[a-z]+\b))?"
    r"|(?P<vague>(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions)\s+of)"
    r"|(?P<dozen>a\s+dozen))"
)
_NOT_UNITS = frozenset(
    "of in on and or the to at by for from with as is are was were has had have a an that "
    "than per".split()
)
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "second"})
_HEAD_WORDS = re.compile(r"\s+([\w’'-]+)(?:\s+([\w’'-]+))?(?:\s+([\w’'-]+))?")
_NOT_NOUNS = _NOT_UNITS | frozenset("who which whom whose were be been will would".split())


def _head_noun(text: str, start: int, end: int) -> str | None:
    """The counted thing after 'thousands of': 'Ukrainian troops' -> 'troop'."""
    m = _HEAD_WORDS.match(text, start, end)
    if m is None:
        return None
    words = [w for w in m.groups() if w]
    for i, word in enumerate(words):
        if word[0].isupper():
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt and nxt[0].islower() and nxt not in _NOT_NOUNS:
                continue  # an adjective: "Ukrainian troops"
            return _singular(_strip_possessive(word).lower())
        return None if word in _NOT_NOUNS else _singular(word)
    return None


_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_TIME = re.compile(
    rf"\b(?:(?P<md_m>{_MONTH_RE})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<md_y>\d{{4}})\b)?"
    rf"|(?P<dm_d>\d{{1,2}})\s+(?P<dm_m>{_MONTH_RE})\.?(?:,?\s+(?P<dm_y>\d{{4}})\b)?"
    rf"|(?P<my_m>{_MONTH_RE})\s+(?P<my_y>\d{{4}})\b"
    r"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
    r"|(?P<rel>(?i:yesterday|today|tonight|earlier in the day|earlier today|this morning|"
    r"last (?:week|month|year|summer|winter|spring|autumn|fall|night)|this (?:week|month|year)|"
    r"in recent days|earlier this (?:week|month|year)))\b"
    rf"|(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby ))(?P<m>{_MONTH_RE})\b)"
)
_MONTH_NUM = {name[:3].lower(): i + 1 for i, name in enumerate(_MONTH_NAMES)}


# Python's re tries every alternative of _TIME at every offset, which costs ~2 ms on a 5 KB
# article; trying it only where a word could start a time expression is ~5x cheaper.
_WORD_OR_NUMBER = re.compile(r"[A-Za-z]+|[0-9]+")
_TIME_HINTS = frozenset(
    [*_MONTH_NAMES, *_WEEKDAY_NAMES]
    + "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
    + [w for w in "yesterday today tonight earlier last this in".split() for w in (w, w.title())]
)


def _time_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    last_end = start
    for tok in _WORD_OR_NUMBER.finditer(text, start, end):
        if tok.start() < last_end:
            continue
        word = tok.group()
        if not (word in _TIME_HINTS or word[0].isdigit()):
            continue
        if word in ("in", "In") and not text.startswith("recent", tok.end() + 1):
            continue
        m = _TIME.match(text, tok.start(), end)
        if m is not None and m.end() > m.start():
            out.append(m)
            last_end = m.end()
    return out


def _month(name: str) -> int:
    return _MONTH_NUM[name[:3].lower()]


def _times(
    text: str, start: int, end: int, published: dt.date | None
) -> list[tuple[int, int, TimeRef]]:
    out: list[tuple[int, int, TimeRef]] = []
    for m in _time_matches(text, start, end):
        date: dt.date | None = None
        try:
            if m.group("md_m"):
                year = m.group("md_y") or (published.year if published else None)
                if year:
                    date = dt.date(int(year), _month(m.group("md_m")), int(m.group("md_d")))
            elif m.group("dm_m"):
                year = m.group("dm_y") or (published.year if published else None)
                if year:
                    date = dt.date(int(year), _month(m.group("dm_m")), int(m.group("dm_d")))
            elif m.group("wd") and published:
                # The most recent such weekday on or before publication, except the one six
                # days back: a bare weekday that old is usually the next day (a story updated
                # after its dateline, an announced event); a week-old day is "last Friday".
                wd = _WEEKDAY_NAMES.index(m.group("wd"))
                back = (published.weekday() - wd) % 7
                date = (
                    published - dt.timedelta(days=back)
                    if back < 6
                    else (published + dt.timedelta(days=1))
                )
            elif m.group("rel") and published:
                rel = m.group("rel").lower()
                if rel == "yesterday":
                    date = published - dt.timedelta(days=1)
                elif rel in (
                    "today",
                    "tonight",
                    "earlier in the day",
                    "earlier today",
                    "this morning",
                ):
                    date = published
        except ValueError:
            date = None
        out.append((m.start(), m.end(), TimeRef(text=m.group(), date=date)))
    return out


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _unit(raw: str) -> str:
    raw = " ".join(raw.lower().replace(".", "").split())
    if raw in ("sq km", "sqkm", "square kilometers", "square kilometres", "km²"):
        return "sq km"
    if raw.startswith("kilomet"):
        return "km"
    return _singular(raw)


def _quantities(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    value: float | None
    for m in _QTY.finditer(text, start, end):
        if any(a <= m.start("num" if m.group("num") else 0) < b for a, b in masked):
            continue
        if m.group("num") is not None:
            nxt = text[m.end() : m.end() + 1]
            if nxt and (nxt.isalnum() or nxt in "/:"):
                continue  # "1358ET", "03/14", "13:58"
            value = float(m.group("num").replace(",", ""))
            qtext = m.group()
            unit: str | None = None
            if m.group("pct"):
                unit = "percent"
            elif m.group("hy"):
                unit = _singular(m.group("hy"))
            elif m.group("unit"):
                raw = m.group("unit")
                if raw.lower() in _NOT_UNITS or raw in ("percent",):
                    qtext = text[m.start() : m.start("unit")].rstrip()
                else:
                    unit = _unit(raw)
            if unit is None and m.group("q") is None and value.is_integer() and value < 10:
                continue  # bare small numbers ("3 of them") are rarely the point
            out.append(Quantity(text=qtext.strip(), value=value, unit=unit))
        else:
            value = 12.0 if m.group("dozen") else None
            unit = _head_noun(text, m.end(), end)
            out.append(Quantity(text=m.group().strip(), value=value, unit=unit))
    return out


def _significant(q: Quantity) -> bool:
    """A figure that is the point of a claim: a share, an area, a count of things."""
    if q.value is None or q.unit in _TIME_UNITS:
        return False
    return q.unit is not None and any(ch.isdigit() for ch in q.text)


# --- Statements -----------------------------------------------------------------------------------

_LOWERABLE = frozenset(
    "the this that these those it its if in on at for a an there they their we our as when "
    "while after before some many most all any no one".split()
)


def _lower_first(s: str) -> str:
    word = s.split(" ", 1)[0]
    if word.lower() in _LOWERABLE and word[:1].isupper():
        return s[0].lower() + s[1:]
    return s


def _close_quotes(s: str) -> str:
    s = s.rstrip(" ,;:")
    if s.endswith(",”") or s.endswith(',"'):
        s = s[:-2] + s[-1]
    opens = s.count("“") + s.count("„")
    closes = s.count("”")
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
    """'the Russian president' -> 'Vladimir Putin' outside quotations, when the article says so."""
    regions = _quote_regions(s, 0, len(s))
    out: list[str] = []
    last = 0
    for m in _ROLE_IN_TEXT.finditer(s):
        if _in_quotes(m.start(), regions):
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


# --- Claims --------------------------------------------------------------------------------------


def _evidence(text: str, start: int, end: int) -> Evidence:
    quote = text[start:end]
    ev = Evidence(quote=quote, start=start, end=end)
    assert text[ev.start : ev.end] == ev.quote  # the one promise this module never breaks
    return ev


_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|can|could|must|may|might|should|has|have|had|"
    r"does|did|do|\w+ed|\w+s)\b"
)
_AUXILIARY = re.compile(
    r"(?:is|are|was|were|be|been|will|would|can|could|must|may|might|should|has|have|had|"
    r"does|did|do|\w{1,40}ed)"
)
_COPULA = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")
_DENIAL_VERBS = r"(?:denied|dismissed|rejected|refuted)"
# ... only when what is rejected is a report or a claim ("denying Kyiv a vital point" is not).
_REPORTS = (
    r"\s+(?:(?:the|these|those|such|any|all)\s+)?"
    r"(?:claims?|reports?|allegations?|accusations?|suggestions?|that)\b"
)
_SPLIT = re.compile(
    r";\s+|,\s+but\s+|,\s+while\s+"
    # "X acknowledged A but denied B", "X acknowledged A, dismissing B", "Reports said A but
    # Zakharova dismissed these claims": what is admitted and what is rejected are two claims.
    rf"|(?<!\s)\s+but\s+(?={_DENIAL_VERBS}{_REPORTS})"
    rf"|,\s+(?=(?:denying|dismissing|rejecting|refuting){_REPORTS})"
    rf"|(?<!\s)\s+but\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}\s+{_DENIAL_VERBS}{_REPORTS})"
)
# A clause cut off by the split above, opening with the verb: its subject is the speaker of the
# clause before ("Moscow acknowledged …" -> "Moscow denied …").
_VERB_FIRST = re.compile(
    r"(denied|dismissed|rejected|refuted|denying|dismissing|rejecting|refuting)\b"
)
_PAST = {
    "denying": "denied",
    "dismissing": "dismissed",
    "rejecting": "rejected",
    "refuting": "refuted",
}
_QUESTION = re.compile(r"\?[”\"’')]*$")
_TERMINAL_OK = tuple(".!?…:;”\"’')")


def _is_proposition(s: str) -> bool:
    return len(_WORD.findall(s)) >= 5 and _VERBISH.search(s) is not None


@dataclass
class _Draft:
    statement: str
    kind: ClaimKind
    speaker: str | None
    start: int
    end: int
    extra: list[tuple[int, int]] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    inner: bool = False  # one sentence of a multi-sentence quotation


_UNNAMED_SOURCE = "unnamed quoted source"

# A statement that asks for something or predicts it is not what "he did not provide
# evidence" qualifies.
_NOT_AN_ASSERTION = re.compile(
    r"\b(?:urged?|urging|request(?:ed|s)?|asked?|appeal(?:ed|s)?|call(?:ed|s)? on|demand(?:ed|s)?|"
    r"would|could|might|may|should|will)\b",
    re.IGNORECASE,
)


def _hedge_target(drafts: list[_Draft]) -> list[_Draft]:
    """The draft a following hedge sentence qualifies: the first that asserts a state of
    affairs, else the first."""
    for d in drafts:
        if not _NOT_AN_ASSERTION.search(d.statement):
            return [d]
    return drafts[:1]


_ADVERB_HEDGE = frozenset({"allegedly", "reportedly", "purportedly"})
_NOUN_LINKS = frozenset({"of", "for", "about", "on", "to", "with", "among", "including"})
_NOT_A_NOUN = frozenset(
    "was were is are be been being has have had and but or who which that it they he she".split()
)


def _modifies_a_noun(body: str, m: re.Match[str]) -> bool:
    """'the safety of soldiers allegedly surrounded in …': the hedge qualifies a noun phrase
    inside the claim (a reduced relative clause), not the claim itself."""
    if m.group().lower() not in _ADVERB_HEDGE:
        return False
    before = _WORD.findall(body[: m.start()])[-5:]
    after = _WORD.findall(body[m.end() : m.end() + 40])[:1]
    if not before or not after or not re.fullmatch(r"[a-z]+(?:ed|en)", after[0]):
        return False
    noun = before[-1]
    if not noun.islower() or noun in _NOT_A_NOUN:
        return False
    return any(w in _NOUN_LINKS for w in before[:-1])


class _Extractor:
    def __init__(self, article: Article) -> None:
        self.block: Span | None = None
        self.article = article
        self.text = article.text
        self.sentences = _split_sentences(self.text)
        self.non_claims = non_claim_spans(self.text)
        self.names = _learn_names(self.text)
        self.state = _State()
        self.times = _times(self.text, 0, len(self.text), article.published)
        self.drafts: list[_Draft] = []
        # Every capitalised sequence once: (offset, ((entity, canonical, is person), ...)).
        self.caps: list[tuple[int, tuple[tuple[str | None, str, bool], ...]]] = []
        for m in _CAPSEQ.finditer(self.text):
            tokens = m.group().split()
            if _is_initial(self.text, m.start()):
                tokens = self.names.drop_initial(tokens)
            groups = []
            for group in _possessive_groups(tokens):
                canon, person = self.names.canonical(group)
                groups.append((self.entity(group, m.start()), canon, person))
            self.caps.append((m.start(), tuple(groups)))
        self.cap_starts = [pos for pos, _groups in self.caps]

    def caps_in(
        self, start: int, end: int
    ) -> list[tuple[int, tuple[tuple[str | None, str, bool], ...]]]:
        lo = bisect.bisect_left(self.cap_starts, start)
        hi = bisect.bisect_left(self.cap_starts, end)
        return self.caps[lo:hi]

    # Entities ---------------------------------------------------------------------------------

    def persons_in(
        self, start: int, end: int, quotes: tuple[tuple[int, int], ...]
    ) -> list[tuple[int, str]]:
        """Persons named outside quotations, with their offsets relative to `start`."""
        out: list[tuple[int, str]] = []
        for pos, groups in self.caps_in(start, end):
            if _in_quotes(pos, list(quotes)):
                continue
            out.extend((pos - start, canon) for _e, canon, person in groups if person)
        return out

    def entities(self, start: int, end: int, speaker: str | None) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        if speaker:
            seen[speaker] = None
        for _pos, groups in self.caps_in(start, end):
            for name, _canon, _person in groups:
                if name:
                    seen.setdefault(name, None)
        return tuple(seen)

    def entity(self, tokens: list[str], pos: int) -> str | None:
        # Drop sentence-initial words that are never capitalised mid-sentence ("However").
        while tokens and _strip_possessive(tokens[0]) in _NOT_ENTITIES:
            tokens = tokens[1:]
        if not tokens:
            return None
        clean = [_strip_possessive(t) for t in tokens]
        if _title_index(clean) == len(clean) - 1:
            # A bare role ("The Russian President"): the person, when the article names them.
            return self.names.resolve_role(clean, pos)
        name, _person = self.names.canonical(tokens)
        name = re.sub(r"\s+(?:Region|Oblast|Province)$", "", name)
        if (
            not name
            or name in _NOT_ENTITIES
            or all(_DEMONYM.fullmatch(part) for part in name.split("-"))
            or (name.isupper() and len(name) > 3)
        ):
            return None
        return name

    # Sentences --------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        prev_drafts: list[_Draft] = []
        for sent in self.sentences:
            start, end = sent.start, sent.end
            m = _LABEL.match(self.text, start, end)
            if m:
                start = m.end()
            if start == 0 or self.text[start - 1] == "\n":
                m = _DATELINE.match(self.text, start, end)
                if m:
                    start = m.end()  # "MOSCOW (Reuters) - ": the wire's dateline, not content
            m = _TRAILING_URL.search(self.text, start, end)
            if m:
                end = m.start()
            sentence = self.text[start:end]
            embedded = self._embedded(start, end)
            if len(_WORD.findall(sentence)) < 5 or _QUESTION.search(sentence):
                continue
            if embedded is None and not sentence.endswith(_TERMINAL_OK):
                continue  # a heading, standfirst or caption
            if overlaps_non_claim(self.non_claims, start, end):
                continue  # a caption, credit, gallery or page furniture (consensus.nonclaims)
            hedge = _cue(_HEDGE, _HEDGE_KEYS, sentence)
            if (
                hedge
                and prev_drafts
                and len(_WORD.findall(sentence)) - len(_WORD.findall(hedge.group())) <= 3
            ):
                # "However, he did not provide specific evidence." qualifies what came before:
                # the assertion of fact, not a request or a prediction quoted with it.
                for d in _hedge_target(prev_drafts):
                    d.hedges.append(hedge.group())
                    d.extra.append((start, end))
                continue
            quotes = [q for q in sent.quotes if start <= q[0] and q[1] < end]
            new = self.sentence(start, end, quotes, embedded)
            self.drafts.extend(new)
            prev_drafts = new
        return self.finish()

    def _embedded(self, start: int, end: int) -> Span | None:
        for span in self.article.embedded:
            if span.start <= start < span.end:
                return span
        return None

    def sentence(
        self, start: int, end: int, quotes: list[tuple[int, int]], embedded: Span | None
    ) -> list[_Draft]:
        if embedded is not None and embedded.kind == "embedded":
            # A post shown in the article: its author asserts every sentence of it, even
            # "Trump stated that …" (the outlet only shows the post).
            author = embedded.author or _UNNAMED_SOURCE
            a, b = _trim(self.text, start, end)
            body = _close_quotes(self.text[a:b])
            return [self.draft(f"{author} wrote: {body}", author, a, b)]
        self.block = embedded  # a quoted document: its sentences keep their own attributions
        clauses = self.clauses(start, end, quotes)
        drafts: list[_Draft] = []
        inherited: _Attribution | None = None
        unattributed: list[int] = []  # drafts of clauses with no speaker, by index
        for cs, ce in clauses:
            cq = [q for q in quotes if cs <= q[0] and q[1] < ce]
            new, attr = self.clause(cs, ce, cq, inherited)
            if attr is not None and attr.kind == "leading":
                inherited = attr
            if attr is None:
                unattributed.extend(range(len(drafts), len(drafts) + len(new)))
            elif unattributed and self._speaker_last(cs, ce, attr):
                # "A, but B, a spokeswoman said": the speaker named at the end says A too.
                for k in unattributed:
                    drafts[k] = self._attribute(drafts[k], attr)
                unattributed = []
            drafts.extend(new)
        return drafts

    def _speaker_last(self, cs: int, ce: int, attr: _Attribution) -> bool:
        """Whether the clause names its speaker after its content ("…, Zakharova said")."""
        if attr.kind in ("trailing", "according"):
            return attr.content is not None and attr.content[0] == 0
        if attr.kind != "leading" or attr.np_span is None or attr.np_span[0] == 0:
            return False
        before = self.text[cs : cs + attr.np_span[0]].rstrip()
        after = self.text[cs + attr.verb_end : ce]
        return before.endswith(",") and len(_WORD.findall(after)) <= 6

    def _attribute(self, d: _Draft, attr: _Attribution) -> _Draft:
        body = d.statement
        first = body.split(" ", 1)[0]
        if first not in self.names.name_words:
            body = body[:1].lower() + body[1:]
        name = attr.speaker.name
        new = self.draft(f"{name} {_said(attr.verb)} that {body}", name, d.start, d.end)
        new.hedges, new.extra = d.hedges, d.extra
        return new

    def clauses(self, start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
        cuts: list[tuple[int, int]] = []
        for m in _SPLIT.finditer(self.text, start, end):
            if not _in_quotes(m.start(), quotes):
                cuts.append((m.start(), m.end()))
        spans: list[tuple[int, int]] = []
        s = start
        for a, b in cuts:
            left = self.text[s:a]
            right_end = end
            if _is_proposition(left) and _is_proposition(self.text[b:right_end]):
                spans.append((s, a))
                s = b
        spans.append((s, end))
        return spans

    def clause(
        self, cs: int, ce: int, quotes: list[tuple[int, int]], inherited: _Attribution | None
    ) -> tuple[list[_Draft], _Attribution | None]:
        text = self.text
        clause = text[cs:ce]
        rel_quotes = [(qs - cs, qe - cs) for qs, qe in quotes]
        state = self.state
        persons = self.persons_in(cs, ce, tuple(quotes))
        attr: _Attribution | None = None
        starts_with_quote = clause[:1] in '“„"'
        verb_first = _VERB_FIRST.match(clause)
        if verb_first and inherited is not None:
            verb = _PAST.get(verb_first.group(1), verb_first.group(1))
            attr = _Attribution(
                inherited.speaker, "subject", None, verb, (verb_first.end(), len(clause))
            )
        m = _ACCORDING_LEAD.match(clause)
        if m and attr is None:
            spk = _resolve_np(m.group("src"), cs + m.start("src"), self.names, state)
            if spk is not None:
                attr = _Attribution(spk, "according", None, "said", (m.end(), len(clause)))
        if attr is None and not starts_with_quote:
            attr = _leading(clause, cs, rel_quotes, self.names, state, persons)
        if attr is None:
            m = _INVERTED_ATTR.search(clause)
            if m and m.start() > 0 and not _in_quotes(m.start("verb"), rel_quotes):
                spk = _resolve_np(m.group("np"), cs + m.start("np"), self.names, state)
                if spk is not None:
                    content_end = m.start() + (1 if clause[m.start()] in '”"' else 0)
                    attr = _Attribution(
                        spk,
                        "trailing",
                        (m.start("np"), m.end("np")),
                        m.group("verb"),
                        (0, content_end),
                    )
        if attr is None:
            attr = _trailing(clause, cs, rel_quotes, self.names, state, persons)
        if attr is None:
            m = _DASH_ATTR.search(clause)
            if m and m.start() > 0:
                spk = _resolve_np(m.group("np"), cs + m.start("np"), self.names, state)
                if spk is not None:
                    attr = _Attribution(spk, "dash", (m.start("np"), m.end("np")))
        if attr is None:
            m = _ACCORDING.search(clause)
            if m:
                src = m.group("src").split(", ")[-1]
                spk = _resolve_np(src, cs + m.start("src"), self.names, state)
                if spk is not None:
                    attr = _Attribution(spk, "according", None, "said", (0, m.start()))
        quoted = sum(qe - qs for qs, qe in quotes)
        whole_quote = starts_with_quote and quoted >= 0.8 * len(clause)
        if attr is None and whole_quote and state.last_quote_speaker:
            attr = _Attribution(_Speaker(state.last_quote_speaker, True), "context")
        if attr is None and inherited is not None and not _cue(_DENIAL, _DENIAL_KEYS, clause):
            # "He emphasized that X, but Y": Y is still his.
            attr = _Attribution(inherited.speaker, "inherited", None, inherited.verb)
        if attr is None and self.block is not None:
            # Unattributed text of a quoted document is its author's, never the outlet's.
            author = self.block.author or _UNNAMED_SOURCE
            attr = _Attribution(_Speaker(author, False), "block", None, "wrote")

        speaker = attr.speaker.name if attr else None
        is_quote = _is_direct_quote(clause, attr, rel_quotes, starts_with_quote)

        drafts: list[_Draft] = []
        # A multi-sentence quotation becomes one claim per quoted sentence: each is a separate
        # proposition and the merger aligns them one by one.
        if attr is not None and is_quote:
            for qs, qe in quotes:
                inner = _inner_sentences(text, qs, qe)
                if len(inner) < 2:
                    continue
                for a2, b2 in (p for a, b in inner for p in self.clauses(a, b, [])):
                    while b2 > a2 and text[b2 - 1] in ",;:":
                        b2 -= 1
                    body = text[a2:b2]
                    n_words = len(_WORD.findall(body))
                    # "Others are injured.": a short quoted sentence with a verb still counts.
                    if n_words < 3 or (n_words < 5 and not _COPULA.search(body)):
                        continue
                    if body.endswith("?"):
                        continue
                    stmt = f"{speaker} {_said(attr.verb)}: “{body}”"
                    draft = self.draft(stmt, speaker, a2, b2, direct=True)
                    draft.inner = True
                    drafts.append(draft)
        if not drafts:
            stmt = self.statement(clause, cs, attr, rel_quotes)
            drafts.append(self.draft(stmt, speaker, cs, ce, direct=is_quote))

        # Discourse state: who the story is following now.
        if attr is not None and attr.speaker.person:
            state.last_person = attr.speaker.name
        elif persons:
            state.last_person = persons[0][1]
        if is_quote and attr is not None:
            state.last_quote_speaker = attr.speaker.name
        elif not starts_with_quote:
            state.last_quote_speaker = speaker if attr and attr.kind == "leading" else None
        return drafts, attr

    def statement(
        self, clause: str, cs: int, attr: _Attribution | None, quotes: list[tuple[int, int]]
    ) -> str:
        if attr is None or attr.kind in ("leading", "inherited"):
            if attr is not None and attr.np_span is not None:
                a, b = attr.np_span
                np = clause[a:b]
                # "the Ukrainian General Staff" reads better than the bare canonical name.
                keep = np[:4].lower() == "the " and not attr.speaker.person
                body = clause if keep else clause[:a] + attr.speaker.name + clause[b:]
            else:
                body = clause
            body = _DISCOURSE.sub("", body)
            if attr is None:
                body = self._resolve_leading_pronoun(body)
            if attr is not None and attr.kind == "inherited":
                body = f"{attr.speaker.name} {_said(attr.verb)} that {_lower_first(body)}"
            body = self._normalise_caps(body.lstrip())  # "RUSSIA will spare …"
            return _finish(_replace_roles(_close_quotes(body), cs, self.names))
        if attr.kind == "subject" and attr.content is not None:
            a, b = attr.content
            content = _replace_roles(_close_quotes(clause[a:b].strip()), cs, self.names)
            return _finish(f"{attr.speaker.name} {attr.verb} {content}")
        if attr.kind in ("trailing", "according") and attr.content is not None:
            a, b = attr.content
            content = _DISCOURSE.sub("", clause[a:b].strip())
            content = _replace_roles(_close_quotes(content), cs, self.names)
            content = self._normalise_caps(content)
            if attr.kind == "according":
                return _finish(f"According to {attr.speaker.name}, {_lower_first(content)}")
            return _finish(f"{attr.speaker.name} {_said(attr.verb)} {_lower_first(content)}")
        body = _DISCOURSE.sub("", clause)
        return _finish(f"{attr.speaker.name} {_said(attr.verb)}: {_close_quotes(body)}")

    def _resolve_leading_pronoun(self, body: str) -> str:
        m = re.match(r"(He|She)\b", body)
        if m and self.state.last_person:
            return self.state.last_person + body[m.end() :]
        return body

    def _normalise_caps(self, s: str) -> str:
        word = s.split(" ", 1)[0]
        if word.isupper() and len(word) > 3 and word.title() in self.names.name_words:
            return word.title() + s[len(word) :]
        return s

    def draft(
        self,
        statement: str,
        speaker: str | None,
        start: int,
        end: int,
        direct: bool = False,
    ) -> _Draft:
        a, b = _trim(self.text, start, end)
        while b > a and self.text[b - 1] in ",;":
            b -= 1
        body = self.text[a:b]
        if _cue(_DENIAL, _DENIAL_KEYS, body):
            kind = ClaimKind.denial
        elif speaker is not None and direct:
            kind = ClaimKind.direct_quote
        elif any(_significant(q) for q in self._qty(a, b)):
            kind = ClaimKind.quantity
        elif speaker is not None:
            kind = ClaimKind.reported_statement
        elif _cue(_OPINION, _OPINION_KEYS, body):
            kind = ClaimKind.opinion
        else:
            kind = ClaimKind.event
        d = _Draft(statement, kind, speaker, a, b)
        d.extra = []
        return d

    def _qty(self, a: int, b: int) -> list[Quantity]:
        masked = [(s, e) for s, e, _t in self.times if s < b and e > a]
        return _quantities(self.text, a, b, masked)

    # Output -------------------------------------------------------------------------------------

    def finish(self) -> list[Claim]:
        claims: list[Claim] = []
        by_statement: dict[str, int] = {}
        for d in self.drafts:
            if len(d.statement) < 3:
                continue
            a, b = d.start, d.end
            body = self.text[a:b]
            hedges = d.hedges
            if _cue(_HEDGE, _HEDGE_KEYS, body):
                found = [m for m in _HEDGE.finditer(body) if not _modifies_a_noun(body, m)]
                hedges = [m.group() for m in found] + hedges
            time = next((t for s, e, t in self.times if a <= s and e <= b), None)
            if time is None and d.inner:
                # A quoted sentence takes its time from the attribution around it
                # ("In a March 14 post on Truth Social, Trump stated: …").
                time = self._context_time(a)
            entities = self.entities(a, b, d.speaker)
            subject = (
                d.speaker
                if d.speaker
                and d.kind
                in (ClaimKind.reported_statement, ClaimKind.direct_quote, ClaimKind.denial)
                else None
            )
            if subject is None:
                subject = next((e for e in entities if e != d.speaker), None) or d.speaker
            if subject is None:
                subject = _noun_phrase(d.statement)
            evidence = [_evidence(self.text, a, b)]
            evidence += [_evidence(self.text, s, e) for s, e in d.extra]
            claim = Claim(
                statement=d.statement,
                kind=d.kind,
                subject=subject,
                entities=entities,
                speaker=d.speaker,
                polarity=Polarity.denies if d.kind is ClaimKind.denial else Polarity.asserts,
                hedges=tuple(dict.fromkeys(hedges)),
                quantities=tuple(self._qty(a, b)),
                time=time,
                evidence=tuple(evidence),
            )
            if d.statement in by_statement:
                # The same sentence twice (repeated standfirsts): one claim, more evidence.
                i = by_statement[d.statement]
                old = claims[i]
                claims[i] = old.model_copy(update={"evidence": old.evidence + claim.evidence})
                continue
            by_statement[d.statement] = len(claims)
            claims.append(claim)
        return claims

    def _context_time(self, pos: int) -> TimeRef | None:
        for sent in self.sentences:
            if sent.start <= pos < sent.end:
                for s, e, t in self.times:
                    if sent.start <= s and e <= sent.end and not _in_quotes(s, list(sent.quotes)):
                        return t
        return None


def _said(verb: str) -> str:
    """'told' needs an object ('told a briefing'); a statement that moves the speaker to the
    front writes 'said' instead ("Maria Zakharova said: “…”")."""
    return verb[: -len("told")] + "said" if verb.endswith("told") else verb


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


def extract_offline(article: Article) -> ClaimSet:
    """Extract claims from one article by rules alone; pure and deterministic."""
    claims = _Extractor(article).run()
    return ClaimSet(
        article=article.id,
        extractor="offline",
        extractor_version=OFFLINE_VERSION,
        model=None,
        prompt_hash=None,
        usage=Usage(),
        claims=tuple(claims),
    )
