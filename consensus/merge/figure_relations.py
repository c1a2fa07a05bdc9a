"""The figure comparisons of one batch's claim pairs: whether two figures count one thing
(`same_slot`), the same figure or a clash of one slot (`figure_relation`, the `figure_same`
and `figure_clash` columns), and the pair vetoes read from figures (two places, two owners,
two acts, two people's terms: `other_places`, `other_owners`, `acts_apart`, `told_apart`).

`FigureRelations` is a mixin of `compare.PairContext`, which builds what these read of the
batch (the claims' figures, the places, names and owners each counted thing has, the acts
told alike) once per batch; the methods keep their names there, so callers read them as
`ctx.same_slot(...)`. Pure; split from `compare.py`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

from consensus.merge.features import _concept
from consensus.merge.figure_act_alike import ActAliases
from consensus.merge.figure_acts import opposed_acts, subjects_of_two_acts, terms_apart
from consensus.merge.figure_compounds import acts_meet, modifier
from consensus.merge.figure_counts import slot_word
from consensus.merge.figure_durations import (
    in_unit_of,
    terms_agree,
    terms_one_thing,
    two_term_units,
)
from consensus.merge.figure_exact import exact_twins
from consensus.merge.figure_of_nouns import amounts_apart
from consensus.merge.figure_pairs import (
    distance_and_size,
    earlier_value,
    names_differ,
    other_kind,
    places_differ,
    untold_slots_meet,
)
from consensus.merge.figure_partitives import part_of_told_whole
from consensus.merge.figure_places import origins_differ
from consensus.merge.figure_possessed import owned_echo
from consensus.merge.figure_rewritten import rewritten_twins
from consensus.merge.figure_rivals_told import told_earlier, told_pair
from consensus.merge.figure_tallies import TALLY
from consensus.merge.figure_units import (
    converted_agree,
    one_dimension,
    units_differ,
    units_far_apart,
)
from consensus.merge.figure_updates import bound_passed
from consensus.merge.figures import ORDINAL, TERMS, Figure
from consensus.merge.lexicon import _MEASURE_UNITS, FIGURE_REPEAT_NOUNS
from consensus.merge.slot_model import one_slot, word_cos
from consensus.merge.slots import (
    NEAR_RATIO,
    _comparable,
    _counted,
    _one_noun,
    _overlap,
    _scale,
    _stem,
    bound_met,
    counted_word,
    counted_words,
    owner_key,
    share_a_word,
    slots_meet,
)
from consensus.merge.tunables import STATES_APART_BELOW
from consensus.merge.voice_updates import cued_later
from consensus.vectors import Vectors

if TYPE_CHECKING:
    from consensus.merge.compare import ClaimView


def _swapped(clash: str) -> str:
    """A clash "slot: x vs y" read from the other claim's side: "slot: y vs x"."""
    if not clash:
        return ""
    word, _, values = clash.partition(": ")
    x, _, y = values.partition(" vs ")
    return f"{word}: {y} vs {x}"


def _counted_anywhere(f: Figure) -> str:
    """What a figure counts, as the places of the batch are keyed: its concept when it has
    one ("killed in Vardenia", "reported dead in Kostrava", "had died": one thing counted
    in two places), else its stem (`slots._counted`)."""
    word = (f.head or counted_word(f)).casefold()
    return _concept(word) or _counted(f)


# counted nouns this near (cosine of the static word vectors) are one thing when the two
# figures tell one act (`PairContext._near_nouns`): "households" / "homes" 0.59; never
# "passengers" / "crew" 0.30 (the quality tables move alike from 0.35 to 0.5)
NEAR_NOUNS = 0.5


class FigureRelations:
    """The figure comparisons of a `compare.PairContext` (its mixin; see the module docstring)."""

    # what the batch's constructor (`compare.PairContext.__init__`) sets
    views: Sequence[ClaimView]
    vectors: Vectors
    figs: list[list[Figure]]
    stems: list[frozenset[str]]
    idf: dict[str, float]
    _places: dict[str, set[str]]
    _concept_places: dict[str, set[str]]
    _names: dict[str, dict[str, Figure]]
    _by_name: dict[str, bool]
    _apart: set[tuple[str, str]]
    _relations: dict[tuple[int, int], tuple[bool, str]]
    _same_slot: dict[tuple[Figure, Figure], bool]
    _told_in: dict[int, str]
    _acts: ActAliases
    _nouns_alike: set[tuple[int, int]]  # figure pairs (by id) one slot by `nouns_alike`
    _compounds: frozenset[str]
    _slot_vec: dict[str, np.ndarray | None]
    _by_article: dict[str, list[int]] | None
    _updates: dict[int, tuple[Figure, Figure] | None]

    def _slot_vector(self, word: str) -> np.ndarray | None:
        got = self._slot_vec.get(word, ...)
        if got is ...:
            got = self._slot_vec[word] = self.vectors.get(word)
        return got

    def same_slot(self, a: Figure, b: Figure) -> bool:
        """Two figures count one thing: same unit kind and slot words that meet (a shared
        stem among the first two, or word vectors at >= 0.6). Read once per two figures (the
        blocking, the link rules and the joins ask it of the same figures again and again;
        what it reads of the batch is fixed when the context is built)."""
        key = (a, b)
        got = self._same_slot.get(key)
        if got is None:
            got = self._same_slot[key] = not self._places_apart(a, b) and self._one_thing(a, b)
        return got

    def _places_apart(self, a: Figure, b: Figure) -> bool:
        """Counts of two places ("in Iran" / "in Iraq"), or of one place and of no place
        where the batch counts the thing place by place ("seven killed in Iraq" is no
        count of the whole quake's dead)."""
        if places_differ(a, b):
            return True
        if bool(a.where) == bool(b.where):
            return False
        placed = a if a.where else b
        if self._counted_by_place(placed):
            return True
        # a thing the batch counts in two places in other words ("38 killed in A and nine in
        # B", "nine reported dead in B"): a placed and an unplaced count of it that differ
        # are no rivals ("61 had died"); equal, the unplaced may be the place's
        return (
            a.value != b.value and len(self._concept_places.get(_counted_anywhere(placed), ())) > 1
        )

    def _names_apart(self, a: Figure, b: Figure) -> bool:
        """A count of a name and a count of no name where the batch counts the thing name
        by name ("Civic Union won 87 seats", "the Social Democrats won 39": "the party
        will hold 87 seats" is no rival of the Social Democrats' 39). For clashes only:
        equal, the nameless count may be the name's ("will hold 87 seats" / "Civic Union
        won 87 seats")."""
        named_a, named_b = a.owner[:1].isupper(), b.owner[:1].isupper()
        return named_a != named_b and self._counted_by_name(a if named_a else b)

    def _counted_by_name(self, f: Figure) -> bool:
        """Whether the batch counts what `f` counts for two names (`names_differ`)."""
        key = _counted(f)
        got = self._by_name.get(key)
        if got is None:
            held = list(self._names.get(key, {}).values())
            got = self._by_name[key] = any(names_differ(x, y) for x, y in combinations(held, 2))
        return got

    def other_places(self, i: int, j: int) -> bool:
        """Some figure of each counts one thing but in other places, and none is the same
        figure of one slot: the two claims are about two places (no edge at all)."""
        return any(
            self._places_apart(a, b) and self._one_thing(a, b)
            for a in self.figs[i]
            for b in self.figs[j]
            if a.where or b.where
        )

    def other_owners(self, i: int, j: int) -> bool:
        """Some share or amount of each belongs to owners the batch tells apart
        (`_owners_differ`: "revenue grew 9 percent to $8.4 billion" / "cloud revenue grew
        40 percent to $2.1 billion") and the two name no owner in common: the two claims
        are about two things (no edge at all, as for two places)."""
        owned_i = [a for a in self.figs[i] if a.owner]
        owned_j = [b for b in self.figs[j] if b.owner]
        if {owner_key(a.owner) for a in owned_i} & {owner_key(b.owner) for b in owned_j}:
            return False
        return any(a.unit == b.unit and self._owners_differ(a, b) for a in owned_i for b in owned_j)

    def _one_thing(self, a: Figure, b: Figure) -> bool:
        two_terms = two_term_units(a, b)  # ("30 days" / "two weeks": figure_durations)
        if (a.unit != b.unit and not one_dimension(a.unit, b.unit) and not two_terms) or (
            a.part != b.part
        ):
            return False  # (12 miles / 19 km are one measure)
        if origins_differ(a.origin, b.origin):
            return False  # "20 miles to the east" / "40 miles east of Calder": two distances
        if other_kind(a, b, self._kind_words(a, b)):
            return False  # ("two children from Algeria" are some of "10 children")
        if self._owners_differ(a, b):
            return False  # "revenue grew 9 percent" / "profit climbed 11 percent"
        if two_terms:
            return terms_one_thing(a, b, self._words_meet)
        if a.unit == TALLY:
            return True  # (two tallies of a batch: one vote, unless placed or owned apart)
        # what is counted: the head of the noun phrase after the number ("a 19-ton delivery
        # truck": truck), else the first word after it
        (noun_a, first_a), (noun_b, first_b) = counted_words(a), counted_words(b)
        if _one_noun(a, b):
            return True  # "nine crew" / "six crew members"
        if noun_a and noun_b and not self._words_meet(noun_a, noun_b):
            if (a.remaining and b.remaining) and any(
                x.pred and self._words_meet(x.pred, y) for x, y in ((a, noun_b), (b, noun_a))
            ):
                return True  # two remainders ("leaving 35 missing" / "12 still missing")
            if self._near_nouns(noun_a, noun_b) and acts_meet(a, b, self._words_meet):
                return True  # ("1,200,000 households" / "900,000 homes", one act)
            if self._lone(a, b) and self._acts.nouns_alike(
                a, b, lambda x, y: word_cos(self._slot_vector, x, y)
            ):
                self._nouns_alike.add((id(a), id(b)))  # (`acts_apart` reads no act of it)
                return True  # ("31 trips" / "38 journeys": one count per outlet, by the batch)
            # ("18 people" / "two hospitals"; acres / ha)
            return one_dimension(noun_a, noun_b) or self._learned_one(a, b)
        if slots_meet(self._words_meet, a.slot, b.slot, first_a, first_b):
            return True
        # ... or once an attribution closing its clause is cut ("four people, a police
        # spokesman said" / "11 people, the city's mayor said": arrested)
        if untold_slots_meet(self._words_meet, a, b):
            return True
        # ... or one count with its act in other words, by the batch (`figure_act_alike`:
        # "2,400 residents were evacuated" / "3,000 people moved out of their homes")
        return self._acts.alike(a, b) or self._learned_one(a, b)

    def _lone(self, a: Figure, b: Figure) -> bool:
        """Each figure is its claim's lone figure of its unit (a claim of two counts that
        agrees with another on one would clash on the other)."""
        return id(a) in self._told_in and id(b) in self._told_in

    def _learned_one(self, a: Figure, b: Figure) -> bool:
        """Two values of one unit whose words the rules above do not meet, one counted
        thing by the model fitted on the pairs they so keep apart (`slot_model.one_slot`),
        when each is its claim's lone figure of the unit (a claim of two counts that agrees
        with another on one would clash on the other)."""
        if not a.slot or not b.slot or a.unit != b.unit or _overlap(a, b):
            return False  # (a slot is what a clash is told by: `_figure_relation`)
        if math.isclose(a.value, b.value, rel_tol=1e-6):
            return False
        text_a, text_b = self._told_in.get(id(a)), self._told_in.get(id(b))
        if text_a is None or text_b is None:
            return False  # (one of two figures of a unit of its claim, or read anew)
        return one_slot(a, b, self._slot_vector, text_a, text_b)

    def _kind_words(self, a: Figure, b: Figure) -> frozenset[str]:
        """The batch's words naming a kind before a counted noun (`figure_compounds`), when
        `a` or `b` opens with one and the two tell one act (a meeting word among the first
        three slot words after each noun phrase: "police officers were hurt" / "officers
        had been injured"), else none."""
        mods = {modifier(a), modifier(b)} & self._compounds
        return frozenset(mods) if mods and acts_meet(a, b, self._words_meet) else frozenset()

    def _near_nouns(self, x: str, y: str) -> bool:
        """Two counted nouns near in the word vectors (`NEAR_NOUNS`, below the 0.6 at which
        any two slot words meet): one thing in other words only when their acts meet too
        ("1,200,000 households ... without power" / "900,000 homes ... without power")."""
        vx, vy = self._slot_vector(x), self._slot_vector(y)
        return vx is not None and vy is not None and float(vx @ vy) >= NEAR_NOUNS

    def _exact_twins(self, a: Figure, b: Figure) -> bool:
        """One exact value in one unit whose slot words do not meet, and nothing tells the
        two figures apart (`figure_exact`): "survivors rose to 248" / "248 rescued"; or one
        value rewritten in another unit or in words (`figure_rewritten`)."""
        return (
            (exact_twins(a, b) or rewritten_twins(a, b, self._words_meet))
            and not self._places_apart(a, b)
            and not other_kind(a, b)
            and not self._owners_differ(a, b)
        )

    def _other_acts(self, a: Figure, b: Figure) -> bool:
        """Counts of opposed acts (`figure_acts.opposed_acts`), of one noun as subjects of
        two acts (`subjects_of_two_acts`), lengths of two kinds of
        thing (`figure_acts.terms_apart`), or counts of how often ("30
        times", `FIGURE_REPEAT_NOUNS`) whose acts, the slot words
        after the noun (the words before the number, `figures`), do not meet: "happened 30
        times" / "docked six times" count two acts and never clash (equal, they still meet
        as one slot)."""
        if opposed_acts(a, b):
            return True  # "convicted on three counts" / "acquitted on two" (figure_acts.py)
        if terms_apart(a, b, self._words_meet):
            return True  # "a four-day weekend festival" / "a five-day jazz festival"
        if subjects_of_two_acts(a, b, self._words_meet):
            return True  # "two firefighters were killed" / "3,400 firefighters are battling"
        noun_a, noun_b = a.head or a.noun, b.head or b.noun
        if noun_a not in FIGURE_REPEAT_NOUNS or noun_b not in FIGURE_REPEAT_NOUNS:
            return False
        acts_a, acts_b = a.slot[1:4], b.slot[1:4]
        if not acts_a or not acts_b:
            return False
        return not any(self._words_meet(x, y) for x in acts_a for y in acts_b)

    def acts_apart(self, i: int, j: int) -> bool:
        """Claims `i` and `j` give one slot two plain counts of things (no unit of measure)
        that are the objects of acts that do not meet (`Figure.act`: "seized two ships" /
        "denied port access to four ships"); link.py reads it with the pair's probability."""
        return any(
            a.act
            and b.act
            and not a.unit
            and not b.unit
            and not math.isclose(a.value, b.value, rel_tol=1e-6)
            and (a.head or a.noun)
            and (a.head or a.noun).rstrip("s") not in _MEASURE_UNITS
            and self.same_slot(a, b)
            and not self._words_meet(a.act, b.act)
            # (a count the batch reads with its noun in other words tells its act in
            # other words too: "billed for 31 trips" / "lists 38 journeys")
            and (id(a), id(b)) not in self._nouns_alike
            for a in self.figs[i]
            for b in self.figs[j]
        )

    def _owners_differ(self, a: Figure, b: Figure) -> bool:
        """Shares or amounts of two owners: owners an article of the batch tells apart
        (`self._apart`: it gives "revenue" and "profit", or "revenue" and "cloud revenue",
        figures of one unit and no value in common). Learned from the batch, not from the
        words: "offer" and "bid" may be one owner in one batch ("the new offer of $82" /
        "the new bid of $82") and "new bid" and "previous offer" two. Unknown when either
        names no owner."""
        if not a.owner or not b.owner:
            return False
        if names_differ(a, b):
            return True  # counts of two names ("Civic Union" / "Social Democrats")
        ka, kb = owner_key(a.owner), owner_key(b.owner)
        return ka != kb and (min(ka, kb), max(ka, kb)) in self._apart

    def _counted_by_place(self, f: Figure) -> bool:
        """Whether the batch counts what `f` counts in another place than `f`'s too."""
        return len(self._places.get(_counted(f), ())) > 1

    def words_meet(self, x: str, y: str) -> bool:
        """Two words meet: a stem, a concept or word vectors (>= 0.6) in common."""
        return self._words_meet(x, y)

    def _words_meet(self, x: str, y: str) -> bool:
        if _stem(x) == _stem(y) or (_concept(x) or "-") == _concept(y):
            return True  # (one concept of data/concepts.toml: "death" / "died")
        vx, vy = self._slot_vector(x), self._slot_vector(y)
        return vx is not None and vy is not None and float(vx @ vy) >= 0.6

    def figure_relation(self, i: int, j: int) -> tuple[bool, str]:
        """(same figure in one slot, clash description or ''); a pair that gives several
        slots different figures has one description per slot, joined by "; " ("passenger:
        65 vs 62; crew: six vs nine"). Read once per pair (`features`, the link rule and
        the joining ask it of the same pairs)."""
        if not self.figs[i] or not self.figs[j]:
            return False, ""  # (what the loops below give when one side has no figure)
        got = self._relations.get((i, j))
        if got is None:
            got = self._relations[(i, j)] = self._figure_relation(i, j)
        return got

    def told_update(self, i: int) -> tuple[Figure, Figure] | None:
        """(own, told): the figure claim `i` gives as its own and the one of that slot it
        tells as an earlier value ("19 spectators had been treated, up from the 14 it
        reported", `figure_rivals_told.told_pair` and `told_earlier`); None for other
        claims, and for a rival's figure set against its own ("11 batches, fewer than the
        14 listed by the agency": a dispute's two sides, read by `told_rivals`)."""
        if i not in self._updates:
            text = self.views[i].statement
            pair = told_pair(text, self.figs[i])
            self._updates[i] = pair if pair and told_earlier(text, pair[1]) else None
        return self._updates[i]

    def _update_clash(self, i: int, j: int) -> str:
        """Claim `i` tells an update (`told_update`: own value and an earlier one) and `j`,
        telling none, gives the earlier value of that slot and not the own one: `j` states
        what `i` says was replaced, so the two clash on the slot ("up from the 14" /
        "treated 14 spectators"), whatever the told figure's nearby words, which name when
        and by whom it was told more often than what it counts. The clash as
        `figure_relation` words it; '' when there is none."""
        got = self.told_update(i)
        if got is None or self.told_update(j) is not None:
            return ""
        own, told = got
        plain = [b for b in self.figs[j] if b.unit == own.unit and not (b.before or b.vague)]
        if any(math.isclose(b.value, own.value, rel_tol=1e-6) for b in plain):
            return ""  # (`j` gives the own value too: no rival of it)
        for b in plain:
            if math.isclose(b.value, told.value, rel_tol=1e-6) and (
                self.same_slot(own, b) or self.same_slot(told, b)
            ):
                word = _stem((b.slot or own.slot or ("",))[0])
                return f"{word}: {own.text} vs {b.text}"
        return ""

    def _overlap_told(self, i: int, a: Figure, j: int, b: Figure) -> bool:
        """`slots._overlap` of figure `a` of claim `i` and `b` of claim `j`, a bound met by
        the other (`bound_met`) left out when the two were told on two days, the bound first
        and the count above it later (`bound_passed`: an update), or when the other's own
        words place it later ("has now burned 95,000 acres" against "more than 89,000":
        `voice_updates.cued_later`)."""
        if _overlap(a, b, met=False):
            return True
        if not bound_met(a, b):
            return False
        if any(
            cued_later(self.views[k].statement, f)
            for k, f in ((i, a), (j, b))
            if f.bound != "min" and f.bound != "max"
        ):
            return False
        return not bound_passed(a, self.views[i].published, b, self.views[j].published)

    def _figure_relation(self, i: int, j: int) -> tuple[bool, str]:
        update = self._update_clash(i, j) or _swapped(self._update_clash(j, i))
        if update:
            return False, update  # (one slot updated: the old value's claim is no twin)
        same, exact, clashes = False, False, []
        clashed: set[int] = set()  # the figures of `i` a clash names
        for a in self.figs[i]:
            for b in self.figs[j]:
                if not self.same_slot(a, b):
                    exact = exact or self._exact_twins(a, b)
                    continue
                if math.isclose(a.value, b.value, rel_tol=1e-6) or converted_agree(a, b):
                    same = True
                elif (
                    not (a.vague and b.vague)
                    and not owned_echo(self.views[j].statement, self.figs[j], b, a)
                    and not owned_echo(self.views[i].statement, self.figs[i], a, b)
                    and (not units_differ(a, b) or units_far_apart(a, b))
                    and not terms_agree(a, b)
                    and a.start not in clashed
                    # (a term in another unit of time read in this one: "within 35
                    # minutes" and "more than two hours" share no length)
                    and not self._overlap_told(i, a, j, in_unit_of(b, a))
                    and _comparable(a, in_unit_of(b, a))
                    and a.unit != ORDINAL
                    and not earlier_value(a, b)
                    and not distance_and_size(
                        self.views[i].statement, a, self.views[j].statement, b
                    )
                    and not self._other_acts(a, b)
                    and not self._names_apart(a, b)
                    and a.change == b.change  # (an extension, and how long a state lasted)
                    and not amounts_apart(self.views[i].statement, a, self.views[j].statement, b)
                    and not part_of_told_whole(a, self.views[j].statement, b)
                    and not part_of_told_whole(b, self.views[i].statement, a)
                ):
                    # (two places in a sequence are disputed inside the group the claims
                    # join for what they agree on: "won 2-1 ... in the 88th minute" / "in
                    # the 89th minute to give a 2-1 win"; `inner_disputes.inner_disputes`)
                    clashes.append(f"{_stem(a.slot[0])}: {a.text} vs {b.text}")
                    clashed.add(a.start)
        # every slot the two give different figures for ("65 passengers and six crew" /
        # "62 passengers and nine crew": passengers and crew), one clash per figure of `i`
        clash = "; ".join(clashes)
        # an exact value whose slot words do not meet is one figure only when no slot clashes
        same = same or (exact and not clash)
        if not same and not clash:
            clash = self._near_clash(i, j)
        return same, clash

    def told_apart(self, i: int, j: int) -> bool:
        """Every clash of two terms in claims `i` and `j` is of terms that are not
        counterparts (`_told_apart`): the two claims give two people's terms, and neither
        agree nor dispute ("the mayor was sentenced to 12 years" / "his co-defendant was
        sentenced to four years", where that article gives the mayor 10 years). Terms
        only: a term is always someone's, while for counts the dev clusters' articles that
        give one slot two values are as often updates and asides as two owners."""
        clashes = [
            (a, b)
            for a in self.figs[i]
            for b in self.figs[j]
            if a.unit in TERMS
            and not math.isclose(a.value, b.value, rel_tol=1e-6)
            and not _overlap(a, b)
            and self.same_slot(a, b)
        ]
        return bool(clashes) and all(self._told_apart(i, j, a, b) for a, b in clashes)

    def _told_apart(self, i: int, j: int, a: Figure, b: Figure) -> bool:
        """Figure `b` of claim `j` is not the counterpart of figure `a` of claim `i`: `j`'s
        article gives the slot another value in a claim more like `i` (an article does not
        contradict itself, so it tells its two figures apart), or `i`'s article does so for
        `a` in a claim more like `j`."""
        return self._other_value_nearer(i, j, a, b) or self._other_value_nearer(j, i, b, a)

    def _other_value_nearer(self, i: int, j: int, a: Figure, b: Figure) -> bool:
        """Some other claim `k` of `j`'s article has a figure of `a`'s slot whose value is
        not `b`'s, names someone or somewhere `i` names and `j` does not (whose figure it
        is: the mayor, not his co-defendant), and is more like `i` than `j` is
        (IDF-weighted shared stems)."""
        if self._by_article is None:
            by_article: dict[str, list[int]] = defaultdict(list)
            for k, v in enumerate(self.views):
                if self.figs[k]:
                    by_article[v.article].append(k)
            self._by_article = by_article
        near_j = None
        names_i = {n.split()[-1] for n in self.views[i].names}
        if not names_i:
            return False
        names_j = {n.split()[-1] for n in self.views[j].names}
        for k in self._by_article[self.views[j].article]:
            if k == j or self.stems[k] == self.stems[j]:
                continue
            if not (names_i & {n.split()[-1] for n in self.views[k].names}) - names_j:
                continue  # (whose figure it is: `k` names someone `i` does and `j` does not)
            if not any(
                c.value != b.value and not _overlap(c, b) and self.same_slot(a, c)
                for c in self.figs[k]
            ):
                continue
            if near_j is None:
                near_j = self._likeness(i, j)
            if self._likeness(i, k) > near_j:
                return True
        return False

    def _likeness(self, i: int, j: int) -> float:
        """The summed IDF of the stems two claims share over that of either's."""
        si, sj = self.stems[i], self.stems[j]
        shared = sum(self.idf.get(w, 0.0) for w in si & sj)
        union = sum(self.idf.get(w, 0.0) for w in si | sj)
        return shared / union if union > 0 else 0.0

    def figures_agree(self, i: int, j: int) -> bool:
        """Some figure of each in one slot that agree (equal, overlapping ranges, or a lower
        bound and a figure just above it): the pair's other figures count other things
        ("more than 50 were taken to hospital" / "51 had been taken to two hospitals")."""
        return any(
            self.same_slot(a, b) and self._overlap_told(i, a, j, b)
            for a in self.figs[i]
            for b in self.figs[j]
        )

    def _near_clash(self, i: int, j: int) -> str:
        """Two close figures of one unit and scale that neither statement shares ("an
        initial $103 billion offer" / "the original $105 billion approach", "about 850
        soldiers" / "nearly 1,000 troops"): the same slot in other words. Only a clash when
        the statements otherwise link (the caller's rule); ratio at most `NEAR_RATIO`."""
        values_i = {f.value for f in self.figs[i]}
        values_j = {f.value for f in self.figs[j]}
        if values_i & values_j:
            return ""
        stat_i, stat_j = self.views[i].statement, self.views[j].statement
        for a in self.figs[i]:
            for b in self.figs[j]:
                if a.vague or b.vague or a.unit != b.unit or a.unit == ORDINAL:
                    continue
                if self._overlap_told(i, a, j, b):
                    continue
                if (
                    other_kind(a, b)
                    or self._places_apart(a, b)
                    or a.part != b.part
                    or a.change != b.change
                    or units_differ(a, b)
                ):
                    continue  # a forecast, another place or a part: another count
                if self._names_apart(a, b) or self._other_acts(a, b):
                    continue  # a name's count where the batch counts name by name
                if earlier_value(a, b) or distance_and_size(stat_i, a, stat_j, b):
                    continue  # "up from $70": the value before; a size and a distance
                if part_of_told_whole(a, stat_j, b) or part_of_told_whole(b, stat_i, a):
                    continue  # "5,000 of the town's 12,000 homes" / "12,000 homes"
                if self._owners_differ(a, b) or amounts_apart(
                    self.views[i].statement, a, self.views[j].statement, b
                ):
                    continue  # a share or an amount of another owner, form or deal
                what_a, what_b = a.head or a.noun or a.counted, b.head or b.noun or b.counted
                if not a.unit and bool(what_a) != bool(what_b):
                    bare = b if what_a else a
                    if not {_stem(w) for w in a.slot} & {_stem(w) for w in b.slot} and not any(
                        self._words_meet(what_a or what_b, w) for w in bare.slot[:3]
                    ):
                        # "two fire engines" / "three were having surgery": a count that
                        # names nothing and shares no word with one that does counts
                        # another thing ("a crowd of 40,000 watched" / "the crowd of 41,200
                        # was the largest" share theirs)
                        continue
                if (
                    not a.unit
                    and what_a
                    and what_b
                    and not self._words_meet(what_a, what_b)
                    and not self._people_as(a, b)
                    and not self._people_as(b, a)
                ):
                    # "400,000 homes" / "370,000 residents", "71 people on board" / "65
                    # passengers", "38,000 people" / "36,000 hectares": two counted things
                    continue
                if self._states_apart(a, b, what_a, what_b):
                    continue  # "eight people are missing" / "six people have died"
                lo, hi = sorted((abs(a.value), abs(b.value)))
                small = lo < 2 and not (a.unit == "%" and share_a_word(a, b))  # (1.3 / 1.6 %)
                if not small and hi / lo <= NEAR_RATIO and _scale(a) == _scale(b):
                    word = slot_word(a, b)
                    return f"{_stem(word)}: {a.text} vs {b.text}"
        return ""

    def _states_apart(self, a: Figure, b: Figure, what_a: str, what_b: str) -> bool:
        """Counts of one plain thing ("people") whose words share no stem, whose first two
        words do not meet and whose nearest ones are far apart (`STATES_APART_BELOW`):
        things in two states ("eight people are still missing" / "six people have died"),
        not one count in other words."""
        if a.unit or not what_a or _stem(what_a) != _stem(what_b) or not a.slot or not b.slot:
            return False
        if {_stem(w) for w in a.slot} & {_stem(w) for w in b.slot}:
            return False
        if any(self._words_meet(x, y) for x in a.slot[:2] for y in b.slot[:2]):
            return False
        vx, vy = self._slot_vector(a.slot[0]), self._slot_vector(b.slot[0])
        # (no vectors: unknown, so no claim that they differ)
        return vx is not None and vy is not None and float(vx @ vy) < STATES_APART_BELOW

    def _people_as(self, a: Figure, b: Figure) -> bool:
        """`a` counts people only ("arrested 71 people"), and what `b` counts is among
        `a`'s nearest slot words ("87 arrests"): the people are what `b` counts."""
        what = b.head or b.noun
        return (
            not (a.head or a.noun)
            and bool(a.counted)
            and bool(what)
            and any(self._words_meet(what, w) for w in a.slot[:3])
        )
