"""Two people of one body: the speakers the batch's own appositives tie to the same named
body are one side (link rule 1, `speakers.Speakers`).

"Foreign Minister Jane Roe said ..." and "ministry spokesman Tom Bale said ..." each speak
for the batch's "Norland Foreign Ministry" by the words around their names
(`Speakers._speaks_for`); what the two report of one fact is one claim, and neither denies
the other's side. The body must be one the batch names (a speaker written capitalised,
never a bare common noun: "party" would make a ruling and an opposition party leader one)
whose head noun is a body's ("ministry", "police", "union": `BODY_NOUNS`, the `body_kinds`
of data/words.toml) or that the text calls a company or another kind
(`body_names.kinds_of`); never a person, a country ("Norlandic President X" and
"Norlandic opposition leader Y" are two sides) nor only titles or party words ("His
lawyer, Tom Bale" and "her lawyer, Ann Cole" speak for no one body).

Nothing here names an event: the nouns are grammar; the kinds come from data/words.toml.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from consensus.merge.body_names import BODY_KINDS, kinds_of
from consensus.merge.party_words import RELATIVE_WORDS, WITNESS_WORDS

__all__ = ["BODY_NOUNS", "bodies_spoken_for", "one_body", "prefix_index"]

# Head nouns of a body ("the Kestrian Coast Guard", "Rail Workers Union"): grammar, no names.
BODY_NOUNS = frozenset(
    """staff ministry office council police service agency department forces army
    government committee court board command union federation institute institution
    authority commission guard coastguard navy regulator club party company group
    corporation bank airline""".split()
) | frozenset(BODY_KINDS)
_MINOR = frozenset("of the and for in on at de la le al el".split())


def _is_body(
    name: str, named: Collection[str], texts: Mapping[str, Sequence[str]], titles: Collection[str]
) -> bool:
    """`name` is a body the batch names: written capitalised, not only titles or party
    words, and a body noun its head or a kind the texts give it."""
    if name not in named:
        return False
    words = [w for w in name.split() if w not in _MINOR]
    if not words or all(w in titles or w in RELATIVE_WORDS | WITNESS_WORDS for w in words):
        return False
    if words[-1] in BODY_NOUNS:
        return True
    raw = " ".join(w[:1].upper() + w[1:] for w in name.split())
    return bool(kinds_of(raw, name, texts.get(name, ())))


def prefix_index(names: Iterable[str]) -> dict[str, list[str]]:
    """Each name under the first three letters of each of its words: a name `speaks_for`
    can accept shares such a prefix with a word of the speaker's appositive (`_matches`
    asks equal words, or one word all but its last letter the start of the other)."""
    index: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for key in {w[:3] for w in name.split() if w not in _MINOR}:
            index[key].append(name)
    return index


def bodies_spoken_for(
    name: str,
    names: Mapping[str, Sequence[str]],
    context: Mapping[str, frozenset[str]],
    speaks_for: Callable[[str, str, set[str]], bool],
    titles: Collection[str],
    named: Collection[str],
    texts: Mapping[str, Sequence[str]],
) -> frozenset[str]:
    """The bodies among the speakers (`names`: their `prefix_index`; `_is_body`) that
    `name`'s appositive says it speaks for (`speaks_for(name, body, body's words)`)."""
    ctx = context.get(name)
    if not ctx:
        return frozenset()
    near = sorted({z for c in ctx for z in names.get(c[:3], ())})
    return frozenset(
        z
        for z in near
        if z != name
        and z
        and speaks_for(name, z, set(z.split()) - _MINOR)
        and _is_body(z, named, texts, titles)
    )


def one_body(a: str, b: str, bodies: Callable[[str], frozenset[str]]) -> bool:
    """`a` and `b` speak for one body (`bodies` of each), neither being that body."""
    common = bodies(a) & bodies(b)
    return bool(common - {a, b})
