"""One person, two facts: a claim that states who someone is ("Jane Roe leads the opposition
party", "she is survived by her husband, the producer John Roe") against a claim that only
names them by that role ("Opposition leader Jane Roe called the plan ...", "Her husband, John
Roe, said ..."). Their words in common are the name and the role; in one the role is the
news, in the other a title. They are two claims, never one item (`link.py`, rule 7).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from consensus.merge.claim_words import content_stems
from consensus.merge.features import _concept
from consensus.merge.lexicon import (
    _AUX,
    _REPORT_NOUNS,
    _SPEECH,
    _STOP,
    _TITLES,
    DERIVATIONAL_SUFFIXES,
)
from consensus.merge.slots import _stem

__all__ = [
    "ATTRIBUTING",
    "attribution_words",
    "name_stems",
    "related_stems",
    "role_words",
    "title_only",
    "titled_apart",
    "two_named_things",
    "two_remarks",
]

# a stem this long or longer that another stem extends by a derivational suffix is its root
ROOT_CHARS = 5
TITLE_BEFORE = 4  # at most this many words before a name read as its title
APPOSITION = 4  # at most this many words of ", the producer," after a name
_TITLE_CHARS = 120  # the end of the text before a name read for its title
# at most this many words of an attribution's apposition ("Jane Roe, assistant chief
# constable at the county police (CP), said ..."): a title, however long, ends at a comma
ATTRIBUTION_APPOSITION = 10
# words that attribute whatever the name: speech verbs, titles, nouns naming a statement
ATTRIBUTING = _SPEECH | _TITLES | _REPORT_NOUNS
# words that make a clause of what follows a name, not its apposition ("Skyline Air, is
# reviewing what happened,"): speech verbs, auxiliaries, modals
_ATTRIBUTING_STEMS = frozenset(_stem(w) for w in ATTRIBUTING)
_ATTRIBUTING_CONCEPTS = frozenset(_concept(w) for w in ATTRIBUTING)
_NOT_APPOSITION = (
    _SPEECH | _AUX | {"can", "could", "may", "might", "must", "should", "will", "would"}
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def role_words(statement: str, names: Collection[str]) -> frozenset[str]:
    """The stems of the words that title a name of `names` in `statement`: the words just
    before it (`_title_before`), and an apposition set off by commas after it."""
    return frozenset(_stem(w) for w in _titles(statement, names, APPOSITION, frozenset()))


# (a merge with clause parts links its claims twice, `verdicts._merge`: rule 7 reads each
# claim's titles once)
@lru_cache(maxsize=1 << 15)
def _role_words(statement: str, names: frozenset[str]) -> frozenset[str]:
    """`role_words`, remembered per (statement, names)."""
    return role_words(statement, names)


def titled_apart(
    statement: str, names: frozenset[str], stems: frozenset[str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The statement's `role_words` for `names`, its other stems of `stems` (its
    `content_stems`), and those of them that are no word of `names` either. Two statements
    share only names and titles (`title_only`'s first test) only when the third of one and
    the second of the other have no stem in common: names they share are names of each."""
    titles = _role_words(statement, names)
    # (a set with nothing to take away is kept, not copied: rule 7 keeps the three sets of
    # most claims of a batch at once, ~0.14 GB at 100k claims when each was a copy)
    rest = stems - titles if not titles.isdisjoint(stems) else stems
    named = name_stems(names)
    return titles, rest, rest - named if not named.isdisjoint(rest) else rest


def attribution_words(statement: str, names: Collection[str]) -> frozenset[str]:
    """The words (lower case) that name someone of `names` (lower case) in `statement` and
    say who they are: the names' own words, the title before each (`_title_before`), and
    an apposition set off by commas after it of at most `ATTRIBUTION_APPOSITION` words and
    no verb of `_NOT_APPOSITION` ("Jane Roe, assistant chief constable at the county
    police, said")."""
    named = {w for name in names for w in _WORD.findall(name)}
    return frozenset(named | _titles(statement, names, ATTRIBUTION_APPOSITION, _NOT_APPOSITION))


def _titles(
    statement: str, names: Collection[str], longest: int, clause: frozenset[str]
) -> set[str]:
    """The words (lower case) before each name of `names` that title it, and those of an
    apposition after it: set off by commas, at most `longest` words, none of `clause`."""
    low = statement.casefold()
    out: set[str] = set()
    for name in names:
        for start, end in _whole_words(low, name):
            after = low[end:]
            out.update(_title_before(low[:start], after))
            if after.startswith(","):
                part = after[1:].split(",", 1)
                words = _WORD.findall(part[0])
                if len(part) == 2 and len(words) <= longest and not clause.intersection(words):
                    out.update(words)
    return out


def two_remarks(
    a: str, b: str, names: Collection[str], stems: Collection[str], concepts: Collection[str]
) -> bool:
    """Whether statements `a` and `b`, both naming someone of `names` (lower case), share
    nothing beyond that attribution: every content stem they share of `stems` and every
    concept of `concepts` (the concepts they share, synonyms mapped) is a word of
    `attribution_words` in either statement or of `ATTRIBUTING`. "Jane Roe, assistant chief
    constable, confirmed there had been deaths" and "Jane Roe, assistant chief constable,
    said they were investigating whether the driver fell asleep" are two remarks of one
    person, never one claim (`link.py`, rule 7)."""
    stems = set(stems) - _ATTRIBUTING_STEMS
    concepts = set(concepts) - _ATTRIBUTING_CONCEPTS
    if not stems and not concepts:
        return True
    stems_a, concepts_a = _attributed(a, names)
    stems_b, concepts_b = _attributed(b, names)
    if stems - stems_a - stems_b:
        return False
    left = {c for c in concepts if c not in stems_a and c not in stems_b}
    return not left - concepts_a - concepts_b


def two_named_things(a: str, b: str, names: Collection[str]) -> bool:
    """Whether statements `a` and `b` both name two or more of `names` (lower case) outside
    the titles and appositions of the others, those in the same order in both ("Vantrell is
    controlled by the private equity firm Ashgrove" / "Vantrell is owned by private equity
    group Ashgrove"): what they say relates two named things one way, not one person's two
    remarks, whose only other name in common titles the person ("Jane Roe, the Acme chief,
    said ..."), nor two acts of one person at one place told in two orders ("Roe left for
    Paris" / "In Paris, Roe met ..."). Read by rule 7 (`rule7_roles._Roles.two_remarks`) for
    statements with no speaker."""
    if len(names) < 2:
        return False
    orders = []
    for s in (a, b):
        low = s.casefold()
        firsts = []
        for name in names:
            at = _whole_words(low, name)
            others = [n for n in names if n != name]
            words = set(_WORD.findall(name))
            if at and not words <= _titles(s, others, ATTRIBUTION_APPOSITION, _NOT_APPOSITION):
                firsts.append((at[0][0], name))
        orders.append([name for _, name in sorted(firsts)])
    free = set(orders[0]) & set(orders[1])
    one, two = ([n for n in order if n in free] for order in orders)
    return len(free) >= 2 and one == two


def related_stems(a: Collection[str], b: Collection[str]) -> frozenset[str]:
    """The roots that `a` and `b` share in two forms: a stem of one, at least `ROOT_CHARS`
    long, that a stem of the other extends by a derivational suffix (`derivational_suffixes`
    in data/words.toml): "terror" of "terror" / "terrorist" (the stemmer leaves derived
    forms apart). Read by rule 7 (`_Roles.two_remarks`): two statements of one person that
    share a root say one thing in two forms ("the 'terrorist character' of the assault was
    undeniable" / "we cannot deny that it was a terror attack")."""
    out: set[str] = set()
    for short, long in ((a, b), (b, a)):
        roots = {s for s in short if len(s) >= ROOT_CHARS and s not in long}
        if roots:  # (each word of `long` cut before each suffix it ends with: its roots)
            out |= roots & {
                w[: len(w) - n]
                for w in long
                for n in _SUFFIX_LENGTHS
                if len(w) - n >= ROOT_CHARS and w[len(w) - n :] in DERIVATIONAL_SUFFIXES
            }
    return frozenset(out)


_SUFFIX_LENGTHS = sorted({len(s) for s in DERIVATIONAL_SUFFIXES})


def _attributed(statement: str, names: Collection[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems and the concepts of `attribution_words` (`_attributed_by`, name by name)."""
    stems: frozenset[str] = frozenset()
    concepts: frozenset[str] = frozenset()
    for name in names:
        got = _attributed_by(statement, name)
        stems, concepts = stems | got[0], concepts | got[1]
    return stems, concepts


@lru_cache(maxsize=1 << 14)
def _attributed_by(statement: str, name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems and the concepts of `attribution_words` for one name (a claim is paired
    with many that name the same person: read once)."""
    words = attribution_words(statement, (name,))
    return frozenset(_stem(w) for w in words), frozenset(_concept(w) for w in words)


def _whole_words(text: str, name: str) -> list[tuple[int, int]]:
    """Where `name` stands in `text` as whole words (as r"\bname\b" finds it)."""
    out: list[tuple[int, int]] = []
    at = text.find(name) if name else -1
    while at >= 0:
        end = at + len(name)
        if not _word_char(text, at - 1, name[0]) and not _word_char(text, end, name[-1]):
            out.append((at, end))
        at = text.find(name, at + 1)
    return out


def _word_char(text: str, k: int, edge: str) -> bool:
    """Whether text[k] would join the word whose edge character is `edge` (no \b there)."""
    if not 0 <= k < len(text):
        return False
    inner = edge.isalnum() or edge == "_"
    outer = text[k].isalnum() or text[k] == "_"
    return inner and outer if inner else False


def _title_before(text: str, after: str = "") -> list[str]:
    """The words that end `text` back to a small word, a verb of `_NOT_APPOSITION` or a
    break: "Opposition leader", "the producer" -> producer, "Her husband, " -> husband (a
    comma just before the name sets it off as an apposition). `after` is the text after
    the name: a name a comma follows back to a clause and a speech verb ends ("The ferry
    has nine unfilled crew posts, Roe said": an attribution told after what was said) has
    no title there, nor one a speech verb or auxiliary stands just before ("the union
    says Roe has ...")."""
    text = text.rstrip()
    if text.endswith(","):
        if _said_last(after):
            return []
        text = text[:-1]
    out: list[str] = []
    window = max(0, len(text) - _TITLE_CHARS)  # (a title is a few words: read only the end)
    while window > 0 and _WORD.match(text, window - 1):
        window -= 1  # not into a word's middle
    # the words from the last back, read in the reversed text (a word's characters are
    # those of `_WORD` read either way), only as many as the title takes
    back = text[window:][::-1]
    for m in _WORD.finditer(back):
        w = m.group(0)[::-1]
        gap = back[m.start() - 1] if m.start() else ""  # (the character after the word)
        if w in _STOP or w in _NOT_APPOSITION or len(out) == TITLE_BEFORE or (out and gap.strip()):
            break
        out.append(w)
    return out


def _said_last(after: str) -> bool:
    """Whether `after` (the text after a name) is one speech verb and nothing else: the
    name speaks what the statement told before it ("..., Roe said.")."""
    words = _WORD.findall(after)
    return len(words) == 1 and words[0] in _SPEECH


@lru_cache(maxsize=1 << 14)
def name_stems(names: frozenset[str]) -> frozenset[str]:
    """The stems of the words of `names` (lower case)."""
    return frozenset(_stem(w) for n in names for w in _WORD.findall(n))


def stems_beyond_names(statement: str, names: Collection[str]) -> frozenset[str]:
    """The content stems of `statement` with every whole-word mention of `names` (lower
    case) left out: "The Accident Investigation Board says it is investigating the
    collapse" keeps "investig" (of "investigating"), which the name holds too."""
    low = statement.casefold()
    spans = sorted(span for name in names for span in _whole_words(low, name))
    kept, at = [], 0
    for start, end in spans:
        if start >= at:
            kept.append(low[at:start])
            at = end
    kept.append(low[at:])
    return content_stems(" ".join(kept))


def name_word_shared(
    a: str,
    b: str,
    names: Collection[str],
    stems_a: frozenset[str],
    stems_b: frozenset[str],
    attributing: frozenset[str],
) -> bool:
    """Whether statements `a` and `b` share a word (or a root in two forms) apart from the
    `names` they mention that their stems without the names' words (`stems_a`, `stems_b`)
    lose: "The Accident Investigation Board says it is investigating" / "... Board said it
    had opened an investigation" say one thing, not two remarks sharing only the name."""
    ba, bb = stems_beyond_names(a, names), stems_beyond_names(b, names)
    apart = (ba & bb) | related_stems(ba, bb)
    return bool(apart - (stems_a & stems_b) - related_stems(stems_a, stems_b) - attributing)


def title_only(a: str, b: str, names: Collection[str]) -> bool:
    """Whether statements `a` and `b`, both naming one of `names` (lower case), share only
    those names and words that title the name in exactly one of them: every word in common
    beyond the names is a title in one statement and stated apart from the name in the
    other (see the module docstring). False when they share no such word."""
    shared = (content_stems(a.casefold()) & content_stems(b.casefold())) - name_stems(
        frozenset(names)
    )
    if not shared:
        return False
    ta, tb = role_words(a, names), role_words(b, names)
    return all((w in ta) != (w in tb) for w in shared)
