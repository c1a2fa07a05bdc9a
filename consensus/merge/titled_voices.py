"""The body a spokesperson speaks for when the article gives only the title.

"Spokesman Jan Roe said ...", "company spokesperson Jan Roe", "a spokeswoman, Jan Roe,
told the paper": the title says the person is a body's voice, and the article leaves the
body to the reader, who takes it for the one body the article lets speak. Another outlet
writes "Acme said ..." or "Acme Systems said ...": without this, the two speakers are never
compatible (`speakers.Speakers`), so what each reports stays apart.

A mention is *titled only* when every word of its appositive (the capitalised or title run
before the name, the description in commas around it: `speakers._appositive`) is a title
word of `VOICE_TITLES` or a body-kind noun ("company spokesperson"), and one of them is a
title. Its body is the one named body (a capitalised name of a `body_kinds` kind, as
`body_names.kinds_of` reads it from the batch's text) among the OTHER names that speak or
are spoken of in the same article; two bodies there (a company and a regulator), or none,
and the person speaks for nobody new. A kind noun in the appositive ("company spokesperson",
"the agency's spokesman") keeps only bodies of that kind; any other word qualifying the
title ("opposition health spokesman") names something else: no body.

Second, a company's short name (`short_forms`): "Greenplate's managing director, Jan
Roe" names "greenplate", and the batch's "Greenplate Catering" is that company when the
batch names "Greenplate" on its own, says it is a company (`a_company`: "the catering
firm Greenplate") and writes "catering" in lower case (a common noun, not a surname or a
second name): Jan Roe speaks for "greenplate catering" too. A place is no company
("London" of "London Ambulance Service").

Nothing here names an event: the title words are grammar, the kinds come from
data/words.toml's `body_kinds` (a user can extend it).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from consensus.merge.body_names import BODY_KINDS, kinds_of

__all__ = ["VOICE_TITLES", "a_company", "short_forms", "titled_bodies"]

# Titles of a body's voice, as a news text writes them without the body ("spokesman Jan
# Roe", "a spokeswoman, Jan Roe,"). Never an officer's ("Chief Financial Officer Jan Roe"
# said the profit AND the cloud revenue: measured, a head's remarks join others' figures
# too readily) nor "president" or "chairman" (a state's, a party's, a committee's).
VOICE_TITLES = frozenset("spokesman spokeswoman spokesperson spokespeople".split())
# words that may stand beside a title ("a senior company spokesman")
_PLAIN = frozenset("a an the its his her their senior acting deputy interim".split())

# titles that make a name a person, never a body ("Infrastructure Minister Jan Roe's
# ministry" tells the ministry's kind, not Jan Roe's)
_PERSON_TITLES = VOICE_TITLES | frozenset(
    """minister secretary mayor governor senator leader head commander ambassador envoy
    prosecutor attorney lawyer judge constable officer inspector president chairman
    chairwoman director executive""".split()
)
# words that may stand right before a title run and qualify nothing ('..." said spokesman')
_BEFORE_TITLE = _PLAIN | frozenset("said says told tells added adds according".split())
_OWNER = re.compile(r"['’]s?$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:['’]s?)?)\s+$")

# where a text names a name: (text, start, end, the words of its appositive)
Mention = tuple[str, int, int, Sequence[str]]


def titled_only(words: Sequence[str]) -> frozenset[str] | None:
    """The body-kind nouns of an appositive that is titles only (`VOICE_TITLES`, plain
    words, kind nouns), or None when it names anything else or holds no title."""
    kinds: set[str] = set()
    titled = False
    for w in words:
        if w in VOICE_TITLES:
            titled = True
        elif w in BODY_KINDS:
            kinds.add(w)
        elif w not in _PLAIN:
            return None
    return frozenset(kinds) if titled else None


def qualifier(text: str, start: int) -> tuple[bool, str | None]:
    """The lower-case word that qualifies a title run right before a name ("agency
    spokesman Jan Roe": "agency"; "health spokesman Jan Roe": "health"): (True, a kind
    noun) when it is one, (True, None) when nothing qualifies the run, (False, None) when
    another word does (the run names something the body is not known by)."""
    at = start
    while True:
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if m is None:
            return True, None
        word = _OWNER.sub("", m.group(1).casefold())  # "the agency's spokesman"
        if word in VOICE_TITLES:
            at = m.start()
            continue
        if word in BODY_KINDS:
            return True, word
        return (word in _BEFORE_TITLE or m.group(1)[:1].isupper()), None


def titled_bodies(
    mentions: Mapping[str, Sequence[Mention]], texts_of: Mapping[str, Sequence[str]]
) -> dict[str, set[str]]:
    """Each person name -> the normalised bodies it speaks for by a titled-only mention
    (see the module docstring). `mentions`: each normalised name -> where the texts name
    it (text, start, end, the appositive's words: the speaker index reads them once);
    `texts_of`: each name -> the texts it is named in (a body's kind is read there)."""
    written: dict[str, dict[str, str]] = {}  # text -> name -> as written, capitalised
    persons: set[str] = set()
    for name, seen in mentions.items():
        for text, s, e, words in seen:
            if _PERSON_TITLES.intersection(words):
                persons.add(name)  # ("Minister Jan Roe": no body)
            raw = text[s:e]
            if raw[:1].isupper() and raw.casefold() == name:
                written.setdefault(text, {}).setdefault(name, raw)
    kinds_memo: dict[str, set[str]] = {}
    bodies_memo: dict[tuple[str, frozenset[str]], frozenset[str]] = {}

    def bodies(text: str, only: frozenset[str]) -> frozenset[str]:
        key = (text, only)
        got = bodies_memo.get(key)
        if got is None:
            found = set()
            for other, raw in written.get(text, {}).items():
                if other in persons:
                    continue
                ks = kinds_memo.get(other)
                if ks is None:
                    ks = kinds_memo[other] = kinds_of(raw, other, texts_of.get(other, ()))
                if ks and (not only or ks & only):
                    found.add(other)
            got = bodies_memo[key] = frozenset(found)
        return got

    out: dict[str, set[str]] = {}
    for name in sorted(mentions):
        for text, start, _, words in mentions[name]:
            only = titled_only(words)
            if only is None:
                continue
            plain, kind = qualifier(text, start)
            if not plain:
                continue
            if kind is not None:
                only = only | {kind}
            body = _one(bodies(text, only) - {name})
            if body is not None:
                out.setdefault(name, set()).add(body)
    return out


def _one(found: Iterable[str]) -> str | None:
    """The one body of `found` (its names one another's shorter forms: the longest), or
    None for none or two."""
    names = sorted(found, key=lambda n: (-len(n), n))
    if not names:
        return None
    first = set(names[0].split())
    if all(set(n.split()) <= first for n in names):
        return names[0]
    return None


def short_forms(
    name: str, named: frozenset[str], titles: frozenset[str], common: Callable[[str], bool]
) -> list[list[str]]:
    """The shorter forms of a body's name that the batch names on their own: its first
    words, written capitalised as a name in the batch (`named`), when every word after them
    is a common noun (`common`: written in lower case in the batch's text) and none is a
    title or a kind noun: "acme" of "acme catering" when "Acme said ..." is in the batch;
    never "jan" of "jan roe", "nice" of "nice prosecutor" or "ministry" of "health
    ministry". A person whose appositive names such a form speaks for the longer name
    ("Acme's managing director, Jan Roe" for "acme catering")."""
    words = name.split()
    if len(words) < 2 or any(w in titles or w in BODY_KINDS for w in words):
        return []
    out: list[list[str]] = []
    for j in range(1, len(words)):
        if " ".join(words[:j]) in named and all(common(w) for w in words[j:]):
            out.append(words[:j])
    return out


def a_company(name: str, texts: Sequence[str]) -> bool:
    """The batch's texts say `name` (normalised) is a company ("the catering firm Acme",
    "Acme, a private company that ..."): never a place ("London" of "London Ambulance
    Service") or a person."""
    raw = " ".join(w[:1].upper() + w[1:] for w in name.split())
    return bool(kinds_of(raw, name, texts) & _COMPANY)


_COMPANY = frozenset({"company", "firm"})
