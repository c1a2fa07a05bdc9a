"""Figures disputed inside one agreed group (pipeline step 5b): members of two origins that
give different figures for one slot while what joined them agrees (`inner_disputes`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from consensus.merge.clusters import _UnionFind
from consensus.merge.features import _Feat
from consensus.merge.figure_count_subjects import writes_both
from consensus.merge.figure_inclusions import inclusions_apart
from consensus.merge.figure_pairs import earlier_value, names_differ, other_kind, places_differ
from consensus.merge.figure_partitives import parts_apart
from consensus.merge.figure_payments import payments_apart
from consensus.merge.figure_possessed import owned_echo
from consensus.merge.figure_rivals_told import clause_cited, own_values, told_rivals
from consensus.merge.figure_told_updates import told_updates
from consensus.merge.figure_units import units_differ, units_far_apart
from consensus.merge.figure_updates import bound_passed
from consensus.merge.figures import Figure, figures
from consensus.merge.slots import _comparable, _overlap, owner_key, slot_stem


def _one_slot(a: Figure, b: Figure) -> bool:
    """Two figures of one group count one thing, by their words alone (no vectors: inside a
    group that joined on what it agrees, a dispute is read only where the words say so):
    one unit, and the same counted noun ("four rescue units" / "five fire rescue units"),
    else, when either has none, the same nearest slot word ("five trapped" / "two
    trapped"); never a named part and a whole ("two children from Algeria" / "10
    children"), nor shares or amounts of two owners ("revenue" / "cloud revenue")."""
    if a.unit != b.unit or a.part != b.part or places_differ(a, b) or other_kind(a, b):
        return False
    if a.owner and b.owner and owner_key(a.owner) != owner_key(b.owner):
        if a.owner[:1].islower() or names_differ(a, b):
            return False
    noun_a, noun_b = a.head or a.noun, b.head or b.noun
    if noun_a and noun_b:
        return slot_stem(noun_a) == slot_stem(noun_b)
    return bool(a.slot and b.slot) and slot_stem(a.slot[0]) == slot_stem(b.slot[0])


def _join_in_other_words(
    values: dict[int, set[float]], figs: Sequence[Sequence[Figure]], slot: Sequence[Figure]
) -> None:
    """Members with no figure of the slot whose one figure of the same unit and value as a
    figure of the slot shares two of its slot words ("four fire and rescue crews" beside
    "eight fire engines and four rescue units": fire, rescue, engines) give that figure
    too."""
    for k, fs in enumerate(figs):
        if k in values:
            continue
        hits = {
            f.value
            for f in fs
            for g in slot
            if f.unit == g.unit and f.value == g.value and len(set(f.slot) & set(g.slot)) >= 2
        }
        if len(hits) == 1:
            values[k] = hits


def inner_disputes(
    members: Sequence[_Feat],
) -> list[tuple[list[list[_Feat]], list[tuple[str, str, str]]]]:
    """Figures disputed inside one group: members of two origins that give different
    figures for one slot (`_one_slot`) while what joined them agrees ("eight fire engines
    and four rescue units" / "eight fire engines, five fire rescue units").

    Figures of one slot are those linked, transitively, by an equal or a clashing pair of
    two origins (a clash: different values that do not overlap, `_overlap`, and are
    comparable, not two vague counts); a member that gives one of them in other words joins
    (`_join_in_other_words`). For each slot with a clash and no member giving two of its
    values (a source that writes both, "up from its initial offer of $70 to $82",
    tells an update, not a dispute): its sides (the members giving each value), in order of
    value, and the clashing figure texts (for `disputed_slots`). Pure; [] for most groups."""
    figs = [figures(f.claim.statement) for f in members]
    statements = [f.claim.statement for f in members]
    nodes = [(k, j) for k, fs in enumerate(figs) for j in range(len(fs))]
    if len({members[k].origin for k, _ in nodes}) < 2:
        return []
    index = {node: n for n, node in enumerate(nodes)}
    uf = _UnionFind(len(nodes))
    clashes: list[tuple[int, str, str, str]] = []
    for (k, j), (m, i) in combinations(nodes, 2):
        if k == m or members[k].origin == members[m].origin:
            continue
        a, b = figs[k][j], figs[m][i]
        if not _one_slot(a, b):
            continue
        same = a.value == b.value
        if not same and (
            (a.vague and b.vague)
            or (
                _overlap(a, b, met=True)  # (but a bound a later day's count passed: an update)
                and not bound_passed(a, members[k].published, b, members[m].published)
            )
            or not _comparable(a, b)
            or earlier_value(a, b)
            # one measure in two units ("the 2.3-hectare site" / "the 5.7-acre site"): a
            # conversion, no clash unless far apart (`figure_units`) (released72)
            or (units_differ(a, b) and not units_far_apart(a, b))
        ):
            continue
        if not same and (
            payments_apart(members[k].claim.statement, a, members[m].claim.statement, b)
            or inclusions_apart(members[k].claim.statement, a, members[m].claim.statement, b)
            or a.when.isdigit() != b.when.isdigit()  # (a year's event: "in 2022, when ...")
            or parts_apart(members[k].claim.statement, a, members[m].claim.statement, b)
            or writes_both(figs[k], a, b)
            or writes_both(figs[m], b, a)
            or owned_echo(statements[k], figs[k], a, b)
            or owned_echo(statements[m], figs[m], b, a)
        ):
            continue  # a reward and a value (`figure_payments`), a part and a count of its
            # own ("14 of the 19 men" / "four men dead": `figure_partitives`)
        x, y = uf.find(index[(k, j)]), uf.find(index[(m, i)])
        uf.parent[max(x, y)] = min(x, y)
        if not same:
            clashes.append(
                (index[(k, j)], slot_stem(a.head or a.noun or a.slot[0]), a.text, b.text)
            )
    out = []
    for slot in sorted({uf.find(n) for n, *_clash in clashes}):
        values: dict[int, set[float]] = defaultdict(set)
        given: dict[int, list[Figure]] = defaultdict(list)
        for n, (k, j) in enumerate(nodes):
            if uf.find(n) == slot:
                values[k].add(figs[k][j].value)
                given[k].append(figs[k][j])
        reads = own_values(values, statements, given)
        if reads is None:
            continue  # one source writes both ("up from its initial $70 to $82"): no dispute
        _join_in_other_words(
            values, figs, [figs[k][j] for n, (k, j) in enumerate(nodes) if uf.find(n) == slot]
        )
        by_value: dict[float, list[_Feat]] = defaultdict(list)
        for k, vals in sorted(values.items()):
            read = reads.get(k) or ((given[k][0], len(statements[k])) if given.get(k) else None)
            member = clause_cited(members[k], *read) if reads and read else members[k]
            by_value[next(iter(vals))].append(member)
        if len(by_value) < 2:
            continue
        texts = sorted({(stem, t, u) for n, stem, t, u in clashes if uf.find(n) == slot})
        out.append(([by_value[v] for v in sorted(by_value)], texts))
    origins = [f.origin for f in members]

    def at(k: int) -> _Feat:  # (a told update's writer is keyed -1 - k on its told side)
        return members[k if k >= 0 else -1 - k]

    for sides, clash, told in [
        *told_rivals(statements, origins, figs),
        *told_updates(statements, origins, figs),
    ]:
        shown = {m.pos for ss, _t in out for side in ss for m in side}
        if not any(at(k).pos in shown for side in sides for k in side):
            cited = [[clause_cited(at(k), *told[k]) for k in side] for side in sides]
            out.append((cited, [clash]))
    return out
