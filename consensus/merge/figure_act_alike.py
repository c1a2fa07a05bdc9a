"""One count told with two acts in other words, learned within the batch: "About 2,400
residents were evacuated" / "forcing 2,400 to leave their homes" / "Some 3,000 people have
been moved out of their homes". The slot rules (`PairContext._one_thing`) meet two figures by
their counted nouns and nearest slot words (stems, concepts, word vectors at 0.6); acts in
other words ("evacuated", "leave", "moved out") are far apart in the word vectors, so a
dispute of two outlets that each word the act their own way was never one slot.

The batch teaches which acts are one: two articles that give one value (at least
`MIN_VALUE`, so no small number meets by chance) with two acts (the first slot word of each
that is not its counted noun) make the two acts *aliases* in this batch. Two plain counts
(no unit, neither vague nor a part, some of a group, a whole, an earlier value, a forecast or
a condition, nor a number whose thing is named after "of": "62 of the chain's 212 shops") of
two articles are then one thing in other words (`ActAliases.alike`) when:

- their acts differ (one act is the slot rules' to judge) and are aliases, or their first
  three slot words share a content word ("moved out of their homes" / "to leave their
  homes") that is no word of either claim's speaker ("the interior ministry said");
- their counted nouns do not tell them apart: both generic ("people", none), or one generic
  and the other a kind of people (`figure_people_kinds`), or the two nouns meet (the caller
  has checked);
- their values are within `MAX_RATIO` of each other (a count of another scale is another
  thing);
- no article of the batch gives the two acts two values ("17 killed and 26 hurt" tell the
  two acts apart: no alias, no meeting), and neither article gives another value that is
  alike the other's figure by the same words (the act is one figure per outlet).

No list of acts: only the batch's own equal values and general English (stop words, the
generic and people-kind nouns of data/words.toml).

One count told with two counted nouns in other words ("billed the ministry for 31 trips" /
"38 journeys that inspectors questioned", "cut 1,200 jobs" / "around 800 roles"), whose
nouns meet neither by stem, concept nor the word vectors' 0.6, is read by the batch too
(`ActAliases.nouns_alike`): two plain counts of two articles (no article gives both) with
two plural nouns are one thing in other words when

- their values are within `slots.NEAR_RATIO` of each other;
- no article of the batch counts the two nouns with two values ("200 passengers and 12
  crew" tells passengers and crew apart for the whole batch: `_nouns_apart`);
- their nouns are not opposite in the word vectors (cosine at least `NOUN_FLOOR`: "letters"
  / "cases", "police" / "soldiers" stay two things);
- and the act is one figure per outlet (`_one_per_outlet`, as above); the caller
  (`figure_relations._one_thing`) asks it only of each claim's lone figure of its unit.

PURE: reads the batch's figures only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import combinations

from consensus.merge.claim_words import _STOP, _WORD
from consensus.merge.figures import Figure
from consensus.merge.lexicon import FIGURE_GENERIC_NOUNS, FIGURE_PEOPLE_KINDS
from consensus.merge.slots import NEAR_RATIO, _stem

__all__ = ["MAX_RATIO", "MIN_VALUE", "NOUN_FLOOR", "ActAliases", "act_word", "plain_count"]

MIN_VALUE = 10  # an equal value below this teaches no alias (small numbers meet by chance)
MAX_RATIO = 2.5  # two counts further apart than this are no rivals in other words
ARTICLE_CAP = 60  # an article giving more (value, act) pairs teaches no two acts apart
ALIAS_CAP = 12  # a value more articles give teaches nothing (and would cost pairs at scale)
SLOT_WORDS = 3  # slot words read per figure for a shared content word
# two counted nouns further apart than this in the word vectors are never one thing in other
# words (`ActAliases.nouns_alike`): "trips" / "journeys" 0.23, "jobs" / "roles" 0.30,
# "officers" / "investigators" 0.15, "depositors" / "customers" 0.13; "letters" / "cases"
# 0.05, "police" / "soldiers" 0.02
NOUN_FLOOR = 0.1


_PARTITIVE = re.compile(r"\s+of\b", re.IGNORECASE)


def plain_count(f: Figure) -> bool:
    """A count of things with no unit that can rival another count (not vague, no part,
    not some of a group, a whole, an earlier value, a forecast or a condition)."""
    return not (
        f.unit
        or f.vague
        or f.part
        or f.some
        or f.before
        or f.expected
        or f.condition
        or f.total
        or f.value <= 0
    )


def _noun(f: Figure) -> str:
    return (f.head or f.noun).casefold()


def _content(word: str) -> str:
    low = word.casefold()
    if len(low) <= 2 or low in _STOP or low in FIGURE_GENERIC_NOUNS:
        return ""
    return _stem(low)


def act_word(f: Figure) -> str:
    """The stem of a figure's act: its first slot word that is not its counted noun."""
    noun = _noun(f)
    for w in f.slot[:SLOT_WORDS]:
        if w.casefold() != noun and (got := _content(w)):
            return got
    return ""


def _plural_noun(word: str) -> bool:
    """A counted noun that can name a thing counted in other words: a plural content word
    ("journeys", "roles"), no function word or mark of another thing ("others")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in _STOP


def _words(f: Figure) -> frozenset[str]:
    """The content stems among a figure's first slot words, its counted noun and the words
    of whoever tells it ("the agency said") left out."""
    noun = _noun(f)
    told = {w.casefold() for w in f.told_by}
    return frozenset(
        got
        for w in f.slot[:SLOT_WORDS]
        if w.casefold() != noun and w.casefold() not in told and (got := _content(w))
    )


def _same_verb(a: Figure, b: Figure) -> bool:
    """The two figures are objects of one verb ("killed 32 people" / "killing 59 tourists")."""
    return bool(a.act and b.act) and _stem(a.act.casefold()) == _stem(b.act.casefold())


def _nouns_agree(a: Figure, b: Figure) -> bool:
    """Neither noun tells the two counts apart: both generic, one generic and the other a
    kind of people, or both named (the caller has met them)."""
    na, nb = _noun(a) if a.noun else "", _noun(b) if b.noun else ""
    if bool(na) == bool(nb):
        return True
    return (na or nb) in FIGURE_PEOPLE_KINDS


class ActAliases:
    """The acts a batch tells one count by (module docstring), and which of its plain counts
    each article gives."""

    def __init__(
        self,
        articles: Sequence[str],
        figs: Sequence[Sequence[Figure]],
        statements: Sequence[str] | None = None,
        speakers: Sequence[str | None] | None = None,
    ) -> None:
        by_value: dict[float, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._of: dict[int, set[str]] = defaultdict(set)  # figure (by id) -> its articles
        self._counts: dict[str, dict[int, Figure]] = defaultdict(dict)  # article -> counts
        told: dict[str, set[tuple[float, str]]] = defaultdict(set)  # article -> (value, act)
        self._values: dict[str, set[float]] = defaultdict(set)  # article -> values of no unit
        texts = statements if statements is not None else [""] * len(figs)
        voices = speakers if speakers is not None else [None] * len(figs)
        self._voice: dict[int, set[str]] = defaultdict(set)  # figure -> its speakers' stems
        for article, fs, text, voice in zip(articles, figs, texts, voices, strict=True):
            for f in fs:
                if voice:
                    self._voice[id(f)].update(_stem(w.casefold()) for w in _WORD.findall(voice))
                if not f.unit:
                    self._values[article].add(f.value)
                if not plain_count(f) or _PARTITIVE.match(text, f.start + len(f.text)):
                    continue  # ("62 of the chain's 212 shops": counted after "of")
                self._of[id(f)].add(article)
                self._counts[article][id(f)] = f
                act = act_word(f)
                if act and f.value >= MIN_VALUE:
                    by_value[f.value][article].add(act)
                if act:
                    told[article].add((f.value, act))
        # two acts one article gives two values for are two acts in this batch
        self._apart: set[tuple[str, str]] = set()
        for pairs in told.values():
            if len(pairs) > ARTICLE_CAP:
                continue
            for (v, p), (w, q) in combinations(sorted(pairs), 2):
                if v != w and p != q:
                    self._apart.add((min(p, q), max(p, q)))
        self._nouns_apart = _nouns_apart(self._counts)
        self._aliases: set[tuple[str, str]] = set()
        for by_article in by_value.values():
            if len(by_article) > ALIAS_CAP:
                continue
            for x, y in combinations(sorted(by_article), 2):
                for p in by_article[x]:
                    for q in by_article[y]:
                        if p != q and (min(p, q), max(p, q)) not in self._apart:
                            self._aliases.add((min(p, q), max(p, q)))

    def _acts_meet(self, a: Figure, b: Figure) -> bool:
        pa, pb = act_word(a), act_word(b)
        if pa == pb or _same_verb(a, b) or (min(pa, pb), max(pa, pb)) in self._apart:
            return False  # (one act: the slot rules' to judge; two acts one article parts)
        if (min(pa, pb), max(pa, pb)) in self._aliases:
            return True
        shared = _words(a) & _words(b)
        return bool(shared - self._voice.get(id(a), set()) - self._voice.get(id(b), set()))

    def _one_per_outlet(self, a: Figure, b: Figure) -> bool:
        """No article of `a` gives `b`'s value, or another value whose act meets `b`'s (and
        the other way): "20 were taken to one hospital and 31 to another" is no rival of
        another outlet's "20 people brought in"."""
        for f, g in ((a, b), (b, a)):
            for article in self._of.get(id(f), ()):
                if g.value in self._values[article]:
                    return False
                for h in self._counts[article].values():
                    if h.value != f.value and self._acts_meet(h, g):
                        return False
        return True

    def nouns_alike(self, a: Figure, b: Figure, cos: Callable[[str, str], float | None]) -> bool:
        """Two plain counts of two articles with two plural counted nouns are one thing told
        with nouns in other words (module docstring); `cos` gives two words' cosine (None
        when unknown). The caller has checked places, owners and kinds, and found that the
        nouns do not meet."""
        if not (plain_count(a) and plain_count(b)) or a.value == b.value:
            return False
        of_a, of_b = self._of.get(id(a)), self._of.get(id(b))
        if not of_a or not of_b or of_a & of_b:
            return False
        na, nb = _noun(a), _noun(b)
        if not (_plural_noun(na) and _plural_noun(nb)):
            return False
        lo, hi = sorted((a.value, b.value))
        if hi > lo * NEAR_RATIO:
            return False
        sa, sb = _stem(na), _stem(nb)
        if sa == sb or (min(sa, sb), max(sa, sb)) in self._nouns_apart:
            return False
        near = cos(na, nb)
        return near is not None and near >= NOUN_FLOOR and self._one_per_outlet(a, b)

    def alike(self, a: Figure, b: Figure) -> bool:
        """Two plain counts of two articles are one thing told in other words (module
        docstring); the caller has checked places, owners, kinds and met named nouns."""
        if not (plain_count(a) and plain_count(b)) or a.value == b.value:
            return False
        if not self._of.get(id(a)) or not self._of.get(id(b)):
            return False
        if self._of[id(a)] == self._of[id(b)] and len(self._of[id(a)]) == 1:
            return False  # (two counts of one article are two things)
        lo, hi = sorted((a.value, b.value))
        if hi > lo * MAX_RATIO or not _nouns_agree(a, b):
            return False
        return self._acts_meet(a, b) and self._one_per_outlet(a, b)


def _nouns_apart(counts: dict[str, dict[int, Figure]]) -> set[tuple[str, str]]:
    """The pairs of counted nouns (stems, sorted) some article gives two values for: "200
    passengers and 12 crew" tells passengers and crew apart for the whole batch."""
    apart: set[tuple[str, str]] = set()
    for by_id in counts.values():
        named = sorted({(_stem(n), f.value) for f in by_id.values() if (n := _noun(f))})
        if len(named) > ARTICLE_CAP:
            continue
        for (p, v), (q, w) in combinations(named, 2):
            if p != q and v != w:
                apart.add((min(p, q), max(p, q)))
    return apart
