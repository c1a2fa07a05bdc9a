"""What each side of a figure point gives for each disputed slot (pipeline step 5):
`disputed_slots`, and the sides put in the order of their slots (`by_slot`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

from consensus.merge.features import _concept, _Feat
from consensus.merge.figure_pairs import generic
from consensus.merge.figures import SCALES, TERMS, Figure, figures
from consensus.merge.lexicon import FIGURE_PEOPLE_KINDS
from consensus.merge.slots import slot_stem
from consensus.merge.written_figures import STATE, _qualified, counted, written_figure
from consensus.models import DisputedFigure, DisputedSlot, Position


def _last(name: str) -> str:
    return slot_stem(name.split()[-1])


_KIND_CONCEPTS = frozenset(_concept(slot_stem(w)) for w in FIGURE_PEOPLE_KINDS)


def _key(fig: Figure) -> str:
    return " ".join(fig.text.split()).casefold()


def _shares(fig: Figure, words: Counter[str]) -> int:
    return sum(words[w] for w in set(fig.slot[:3]))


def disputed_slots(
    sides: Sequence[Sequence[_Feat]],
    origins: Sequence[int],
    conflicts: Iterable[tuple[str, str, str]],
) -> tuple[DisputedSlot, ...]:
    """What each side of a figure point gives for each disputed slot.

    `sides`: the members each position shows, in position order; `origins`: each side's
    independent origins; `conflicts`: the slot stem and the figure texts each conflict of
    the point set against each other ("dead", "five", "seven"). Figures linked by conflicts,
    transitively, are one slot (one counted thing: "at least five dead" vs "seven killed";
    "more than 50 injured" vs "at least 40"), so a point whose sides count several things is
    shown slot by slot. A side no conflict names gives the figures its members print for a
    conflict's slot stem ("Scores of people were killed" beside "kill: 60 vs 84").
    A side gives, for a slot, the figure of the slot its members write most often (ties: the
    first in text order); sides giving one figure share an entry. A slot is named by what
    its figures count (`counted`: a participle or state, else a noun phrase), the wording
    whose last word most sides use, then most origins (ties: the shortest, then
    alphabetical); '' when no figure of it names what it counts, or two sides' figures count
    different nouns. Slots in order of the most
    origins a side of each has (ties: the name); figures likewise. Slots where every side
    gives one figure are left out."""
    root: dict[str, str] = {}

    def find(t: str) -> str:
        while root[t] != t:
            root[t] = root[root[t]]
            t = root[t]
        return t

    # A figure is a node of the slot its conflict counts, by the stem's concept: "five" of
    # "dead: five vs seven" and "five" of "trapp: five vs three" are two nodes, so a number
    # two counted things share does not make them one slot.
    stems: dict[str, str] = {}  # a conflict's slot stem -> a node it names
    nodes_of: dict[str, list[str]] = defaultdict(list)  # figure text -> its nodes
    for stem, *pair in sorted(conflicts):
        what = _concept(stem)
        keys = [f"{what}\x00{' '.join(t.split()).casefold()}" for t in pair]
        for k in keys:
            if k not in root:
                root[k] = k
                nodes_of[k.split("\x00", 1)[1]].append(k)
        a, b = find(keys[0]), find(keys[1])
        if a != b:
            root[max(a, b)] = min(a, b)
        stems.setdefault(stem, keys[0])

    def node(fig: Figure) -> str | None:
        """The node a member's figure gives: of its text, the one whose slot its own slot
        words name, else the only one."""
        held = nodes_of.get(_key(fig))
        if not held:
            return None
        if len(held) == 1:
            return held[0]
        if generic(fig):
            # "at least two people were killed", set against "at least four civilians"
            # (`people_kind_clash`): the kind's slot, not another count's of one number
            # ("two dead bodies")
            kinds = [k for k in held if k.split("\x00", 1)[0] in _KIND_CONCEPTS]
            if kinds:
                return kinds[0]
        own = {_concept(slot_stem(w)) for w in fig.slot[:3]}
        mine = [k for k in held if k.split("\x00", 1)[0] in own]
        return mine[0] if mine else None

    written: dict[str, dict[int, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    first_at: dict[tuple[str, int, str], tuple[int, int]] = {}
    # (slot, side, figure as written) -> (origin, what it counts, its counted noun's stem)
    names: dict[tuple[str, int, str], set[tuple[str, str, str]]] = defaultdict(set)
    owners: dict[str, str] = {}  # a slot name with an owner -> the name without it
    where: dict[str, set[str]] = defaultdict(set)  # slot -> the places its figures name
    # (slot, figure as written) -> what it says: its value, bound, unit and qualifier
    same_value: dict[tuple[str, str], tuple[object, ...]] = {}
    # a member may print a named figure twice ("two dead bodies ... two city hospitals"):
    # it gives, for each slot, the one whose slot words the slot's figures share most
    found = [
        [
            [(find(key), fig) for fig in figures(f.claim.statement) if (key := node(fig))]
            for f in members
        ]
        for members in sides
    ]
    for i, members in enumerate(sides):
        if not any(found[i]):
            found[i] = [
                [
                    (find(stems[stem]), fig)
                    for fig in figures(f.claim.statement)
                    if fig.slot and (stem := slot_stem(fig.slot[0])) in stems
                ]
                for f in members
            ]
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for per_member in found:
        for hits in per_member:
            for slot, fig in hits:
                shared[slot].update(set(fig.slot[:3]))
    for i, members in enumerate(sides):
        for n, f in enumerate(members):
            best: dict[str, Figure] = {}
            for slot, fig in found[i][n]:
                held = best.get(slot)
                if held is None or _shares(fig, shared[slot]) > _shares(held, shared[slot]):
                    best[slot] = fig
            for slot, fig in best.items():
                state, noun = counted(f.claim.statement, fig)
                text = written_figure(f.claim.statement, fig)
                qualified = _qualified(f.claim.statement, fig, state)
                text += qualified
                # one value however written ("1.2 million" / "1,200,000") is one entry
                same_value.setdefault(
                    (slot, text.casefold()),
                    (fig.value, fig.high, fig.bound, fig.unit, fig.vague, qualified.casefold()),
                )
                written[slot][i][text] += 1
                first_at.setdefault((slot, i, text), (n, fig.start))
                # a count is named by its state, else its noun ("killed", "barrels"); an
                # amount by its noun ("offer")
                word = noun if fig.unit not in ("", "%") else ("" if fig.vague else state or noun)
                if fig.owner:
                    # a share or an amount by its owner ("profit", "shares"), a count by its
                    # noun and owner ("seats (Labour Party)")
                    plain = word
                    word = f"{word} ({fig.owner})" if word and not fig.unit else fig.owner
                    owners[word] = plain
                elif fig.unit in SCALES:
                    word = fig.unit  # a reading on a scale is named by it ("magnitude")
                elif fig.unit in TERMS:
                    word = "term"  # "sentenced to 12 years": a term
                # (every word of the noun: "six crew members" and "nine crew" count crew)
                stem = (
                    " ".join(slot_stem(w) for w in noun.split()) if not STATE.search(noun) else ""
                )
                names[(slot, i, text)].add((f.origin, word, "" if fig.unit else stem))
                where[slot].add(fig.where)
    out: list[tuple[tuple[int, str], DisputedSlot]] = []
    for slot, per_side in written.items():
        given: dict[tuple[object, ...], list[int]] = {}
        shown: dict[tuple[object, ...], str] = {}
        said: set[tuple[str, str, str]] = set()
        side_nouns: list[set[str]] = []
        sides_saying: Counter[str] = Counter()  # a name's last word -> sides using it
        owner_sides: Counter[str] = Counter()  # an owner's last word -> sides naming it
        for i in sorted(per_side):
            texts = per_side[i]
            text = min(texts, key=lambda t: (-texts[t], first_at[(slot, i, t)]))
            value = same_value.get((slot, text.casefold()), (text.casefold(),))
            shown.setdefault(value, text)
            given.setdefault(value, []).append(i)
            said |= names[(slot, i, text)]
            side_nouns.append({w for *_, stem in names[(slot, i, text)] for w in stem.split()})
            sides_saying.update(
                {_last(owners.get(w) or w) for _o, w, _s in names[(slot, i, text)] if w}
            )
            owner_sides.update({_last(w) for _o, w, _s in names[(slot, i, text)] if w in owners})
        if len(given) < 2:
            continue
        votes = Counter(
            word if word not in owners or owner_sides[_last(word)] > 1 else owners[word]
            for _origin, word, _stem in said
            if word
        )  # (an owner only one side names is no name for every side's figures)
        del votes[""]
        name = (
            min(votes, key=lambda w: (-sides_saying[_last(w)], -votes[w], len(w), w))
            if votes
            else ""
        )
        if any(a and b and not a & b for a, b in combinations(side_nouns, 2)):
            name = ""  # "30 times" against "four ships" counts two things: no one name
        places = where[slot]
        if name and len(places) == 1 and "" not in places:
            name += f" in {next(iter(places))}"  # every figure counts one place: "died in Iraq"
        entries = sorted(given.items(), key=lambda kv: (-max(origins[i] for i in kv[1]), kv[1][0]))
        figs = tuple(DisputedFigure(text=shown[k], positions=tuple(idx)) for k, idx in entries)
        most = max(origins[i] for _k, idx in entries for i in idx)
        out.append(((-most, name), DisputedSlot(slot=name, figures=figs)))
    return tuple(s for _k, s in sorted(out, key=lambda x: x[0]))


def by_slot(
    positions: Sequence[Position], slots: Sequence[DisputedSlot]
) -> tuple[list[Position], tuple[DisputedSlot, ...]]:
    """The sides of a figure point in the order of its slots and their figures (the sides
    giving the first slot's figures first, then the next slot's, then any other side), so a
    point of killed and injured figures lists the killed sides together; `slots` renumbered
    to match. The order within is kept, and the first slot holds the side with most
    origins: it stays first when it gives a figure."""
    order: list[int] = []
    for slot in slots:
        for fig in slot.figures:
            order += [i for i in fig.positions if i not in order]
    order += [i for i in range(len(positions)) if i not in order]
    new = {old: k for k, old in enumerate(order)}
    renumbered = tuple(
        slot.model_copy(
            update={
                "figures": tuple(
                    fig.model_copy(
                        update={"positions": tuple(sorted(new[i] for i in fig.positions))}
                    )
                    for fig in slot.figures
                )
            }
        )
        for slot in slots
    )
    return [positions[i] for i in order], renumbered
