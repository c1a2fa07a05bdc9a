"""A contested point's rule as the report shows it: what each clash counts, in words.

The merger writes a figure clash by the key it compared the figures under, a stem or the
noun the figures qualify ("conflicting quantities for one slot (injur: 50 vs 40)", "(trapp:
Two vs five)", "(civilian: four vs six)"), once per pair of figure texts, so one clash can
stand twice in two letter cases. An editor reads "injur" as a typo. The rule shown names
each clash by the disputed slot (`ContestedItem.slots`, what the figures count as written:
"injured", "trapped", "killed") whose figures hold both of its figures, and shows a clause
repeated in another letter case once. Session 61 (editor61): a clash no slot holds is keyed
by the word its stem opens in the point's statements ("wound" -> "wounded",
`slot_case.whole_key`), as is what a negation rule says is negated ("(negated: responsibl)"
-> "(negated: responsible)"), and a key's names are written as the report writes them
("northwind shares" -> "Northwind shares", `slot_case.cased`). Session 62 (editor62): a
clash keyed by a closed-class word ("once", "did": `slot_case.names_nothing`) or by a word
no text of the point writes (a claim's word the point does not show: "analyst", "week") is
shown by its figures alone ("conflicting quantities for one slot ($280 million vs $350
million)"), and once only when a keyed clash sets the same two figures. The report's data
(`ContestedItem.rule`, the JSON) keep the rule as merged. Pure; nothing of one story.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from consensus.delay_slots import DELAY, delayed
from consensus.models import ContestedItem, DisputedSlot
from consensus.slot_case import cased, names_nothing, whole_key, written_key

# one figure clash of a rule: its key, then two figures
_CLASH = re.compile(
    r"(?P<head>conflicting quantities for one slot(?: inside one agreed group)? \()"
    r"(?P<key>[^:()]+): (?P<a>[^()]+?) vs (?P<b>[^()]+?)\)"
)

# what a negation rule says is negated: a stem as merged ("(negated: responsibl)")
_NEGATED = re.compile(
    r"(?P<head>one side negates what the other states \(negated: )(?P<key>[^()]+)\)"
)


def _holds(slot: DisputedSlot, figure: str) -> bool:
    pattern = rf"(?<![\w.]){re.escape(figure.strip())}(?![\w])"
    return any(re.search(pattern, f.text, re.IGNORECASE) for f in slot.figures)


def _named(
    m: re.Match[str],
    slots: tuple[DisputedSlot, ...],
    texts: Sequence[str],
    quotes: Sequence[str],
    case: Mapping[str, str],
    point: ContestedItem | None = None,
) -> str:
    key = whole_key(m.group("key"), texts, quotes)
    for slot in slots:
        if slot.slot and _holds(slot, m.group("a")) and _holds(slot, m.group("b")):
            key = DELAY.lower() if delayed(slot, point) else slot.slot  # (`delay_slots`)
            break
    else:
        if not written_key(key, [*texts, *quotes]):
            key = ""  # a word of a claim the point does not show ("analyst", "week")
    if not key or names_nothing(key):
        return f"{m.group('head')}{m.group('a')} vs {m.group('b')})"
    return f"{m.group('head')}{cased(key, case)}: {m.group('a')} vs {m.group('b')})"


def shown_rule(point: ContestedItem, case: Mapping[str, str] | None = None) -> str:
    """`point.rule` with each figure clash named by its slot (or by the word its key opens)
    and a clause repeated in another letter case shown once (module doc); `case`: the
    report's names (`slot_case.report_names`)."""
    texts = [point.topic, *(p.statement for p in point.positions)]
    quotes = [c.quote for p in point.positions for c in p.citations]
    rule = _CLASH.sub(
        lambda m: _named(m, point.slots, texts, quotes, case or {}, point), point.rule
    )
    rule = _NEGATED.sub(
        lambda m: (
            f"{m.group('head')}{cased(whole_key(m.group('key'), texts, quotes), case or {})})"
        ),
        rule,
    )
    head, sep, notes = rule.partition(" — ")
    clauses: list[str] = []
    for clause in head.split("; "):
        if all(clause.casefold() != kept.casefold() for kept in clauses):
            clauses.append(clause)
    keyed = {_pair(c) for c in clauses if _KEYED.search(c)} - {None}
    kept = [c for c in clauses if _KEYED.search(c) or _pair(c) not in keyed]
    if kept and kept[0] is not clauses[0]:  # the rule's lead ("contested: ") stays first
        lead = clauses[0][: clauses[0].index(_CLASH_HEAD)]
        kept[0] = lead + kept[0]
    return "; ".join(kept) + sep + notes


# a figure clash shown with its key ("(wounded: 100 vs 120)"); its two figures
_KEYED = re.compile(r"\([^:()]+: [^()]+ vs [^()]+\)$")
_FIGURES = re.compile(r"(?:\(|: )(?P<a>[^:()]+?) vs (?P<b>[^()]+?)\)$")


_CLASH_HEAD = "conflicting quantities for one slot"


def _pair(clause: str) -> frozenset[str] | None:
    """The two figures a clash clause sets against each other; None for another clause (a
    keyless clash another clause shows with its key is shown once, with the key)."""
    if _CLASH_HEAD not in clause:
        return None
    m = _FIGURES.search(clause)
    return None if m is None else frozenset((m.group("a"), m.group("b")))
