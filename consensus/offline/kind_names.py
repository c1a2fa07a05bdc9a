"""A body named again by its kind: "the museum said" after "the Varnholm Museum of Antiquities".

News names a body in full once ("The Grendle Canal Trust rejected the charge") and then by
its kind alone ("The trust says it inspected the embankment in June"). The kind is the head
of the name: the word before its first "of"/"for" ("Museum" of "Varnholm Museum of
Antiquities", "Ministry" of "Ministry of Health"), else its last word ("Trust" of "Grendle
Canal Trust"). Which words are kinds is read from the article's own names, not from a list:
"the trust" speaks for the one body whose name's head is "Trust".

Never a guess: "the <kind>" names that body only when the article names exactly one body
with that head (its shorter forms -- "Varnholm Museum" beside "Varnholm Museum of
Antiquities" -- are the same body), the name comes before the words, and it is no person's
name or a title ("the president" is a role: `speakers`); otherwise the caller goes on as
before (the bare kind or nobody).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["KindNames", "learn_kind_names"]

# a capitalised run, joined over "of"/"for"/"and"/"on" (+ "the"): "Varnholm Museum of
# Antiquities", "Department for School Buildings"; each step opens on a blank and ends on
# a capitalised word, so a long run is read once (no nested choice)
_CAP = r"[A-Z][\w’'&-]*"
_RUN = re.compile(
    rf"(?<![\w’'@.-]){_CAP}(?:[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?{_CAP})*"
)
_POSSESSIVE = re.compile(r"[’']s?$")
_CONNECTORS = frozenset({"of", "for", "and", "on", "the"})
_HEAD_STOP = frozenset({"of", "for"})

_WORD = re.compile(r"[\w’'-]+")
# words before a kind that open its phrase ("the regional museum", "a local trust")
_DETERMINERS = frozenset("the a an another its their his her our this that".split())
# words before a kind that describe no other body ("the same museum")
_NOT_OTHER = frozenset("same whole entire".split())


@dataclass(frozen=True)
class KindNames:
    """What an article names by kind: kind -> ((first offset, name), ...) of every body whose
    name's head is that kind, and kind -> the lower-case words that describe a body of that
    kind in the text ("the regional museum": {"regional"})."""

    names: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    described: dict[str, frozenset[str]] = field(default_factory=dict)


def _head(tokens: list[str]) -> str:
    """The name's kind: the word before its first "of"/"for", else its last word."""
    for i, tok in enumerate(tokens):
        if tok in _HEAD_STOP and i > 0:
            return tokens[i - 1]
    return tokens[-1]


def _tokens(run: str, drop: frozenset[str]) -> list[str]:
    """A run's name: leading words that open no name dropped ("But ..."), and what stands
    before a possessive ("Keldany's National Museum" is the National Museum)."""
    tokens = run.split()
    for i in range(len(tokens) - 1, -1, -1):
        if i < len(tokens) - 1 and _POSSESSIVE.search(tokens[i]):
            tokens = tokens[i + 1 :]
            break
    while tokens and tokens[0].lower() in drop:
        tokens = tokens[1:]
    while tokens and tokens[-1] in _CONNECTORS:
        tokens = tokens[:-1]
    if tokens:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
    return tokens


def learn_kind_names(
    text: str,
    skip: Iterable[tuple[int, int]] = (),
    drop: frozenset[str] = frozenset(),
    titles: frozenset[str] = frozenset(),
) -> KindNames:
    """Every body name of `text` by its head kind, lower-cased ("trust" -> ((12, "Grendle
    Canal Trust"),)). `skip`: ranges not read (Title Case headlines); `drop`: lower-cased
    words that open no name ("But Grendle Canal Trust"); `titles`: heads that are roles."""
    ranges = list(skip)
    found: dict[str, dict[str, int]] = {}
    for m in _RUN.finditer(text):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        tokens = _tokens(m.group(), drop)
        capitals = [t for t in tokens if t not in _CONNECTORS]
        if len(capitals) < 2:
            continue  # "Museum" alone: no body's name and kind
        head = _head(tokens)
        if head is tokens[0] or not head.isalpha() or head.isupper():
            continue  # "Trust Me"; an acronym is no kind
        kind = head.lower()
        if kind in titles:
            continue  # "Foreign Minister ...": a role
        name = " ".join(tokens)
        found.setdefault(kind, {}).setdefault(name, m.start() + m.group().rfind(tokens[0]))
    return KindNames(
        {k: tuple(sorted((p, n) for n, p in v.items())) for k, v in found.items()},
        _described(text, frozenset(found)),
    )


def _described(text: str, kinds: frozenset[str]) -> dict[str, frozenset[str]]:
    """kind -> the lower-case words between a determiner and the kind written in lower case
    ("the regional museum" -> "regional"): a body of that kind the text describes."""
    words = [w.group() for w in _WORD.finditer(text)]
    out: dict[str, set[str]] = {}
    for i, w in enumerate(words):
        if w not in kinds:
            continue
        mods: list[str] = []
        for prev in reversed(words[max(0, i - 3) : i]):
            if prev.lower() in _DETERMINERS:
                if mods:
                    out.setdefault(w, set()).update(mods)
                break
            if not prev.islower():
                break
            if prev not in _NOT_OTHER:
                mods.append(prev)
    return {k: frozenset(v) for k, v in out.items()}


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in name.split() if w not in _CONNECTORS)


def kind_body(np: str, pos: int, kinds: KindNames, persons: Iterable[str] = ()) -> str | None:
    """The one body "the <kind>" (`np`) names, written in full as the article named it
    before `pos`; None when `np` is no "the <kind>", no body or two bodies have that head,
    the text describes a body of that kind by words its name lacks ("the regional museum"),
    or the name comes only later."""
    m = re.fullmatch(r"[Tt]he\s+([a-z]+)", np.strip())
    if m is None:
        return None
    kind = m.group(1)
    who = set(persons)
    forms = [(p, n) for p, n in kinds.names.get(kind, ()) if n not in who]
    if not forms:
        return None
    # one body: every form's words within the fullest form's ("Varnholm Museum" in
    # "Varnholm Museum of Antiquities")
    full = max(forms, key=lambda f: (len(_words(f[1])), -f[0]))[1]
    if any(not _words(n) <= _words(full) for _, n in forms):
        return None
    if not kinds.described.get(kind, frozenset()) <= {w.lower() for w in _words(full)}:
        return None  # "the regional museum" is another museum than the named one
    if min(p for p, _ in forms) >= pos:
        return None  # named only after the words: no reader knows it yet
    return full
