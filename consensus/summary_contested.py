"""A contested point in one line: 'What: X (who) vs Y (who)', figure points slot by slot,
points of clock times or of two accounts of one act side by side, else the sides' statements;
and the figures a summary dispute holds, so a key point that restates one is not shown twice.

Moved verbatim from `consensus.summary`, which re-exports the public names. PURE.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from consensus.delay_slots import DELAY, delayed
from consensus.merge.clock import clock_times
from consensus.merge.figures import SCALES, Figure, figures
from consensus.merge.lexicon import FIGURE_CURRENCY_WORDS
from consensus.merge.measure_points import MEASURE_NAMES
from consensus.merge.written_figures import bound_start, count_state, in_line
from consensus.models import ContestedItem, DisputedSlot, Report
from consensus.role_articles import speakers_shown
from consensus.slot_case import cased, lower_first, names_nothing
from consensus.summary_salience import Weights, load_weights
from consensus.summary_sources import _holders, _Names, _note, _when, figure_when, update_note
from consensus.summary_text import _WORD, _stem, shorten

# A topic of a few words is already a label ("Death toll"), not a sentence.
_LABEL_WORDS = 5
# Sides a dispute line shows: figures are short, clauses ("five people are dead") longer.
_FIGURE_SIDES = 4
_CLAUSE_SIDES = 3


@dataclass(frozen=True)
class _Side:
    """The figure a contested side holds against the others, as written, and its slot."""

    value: str  # "at least 84"
    clause: str  # "at least seven people were killed": on to its nearest slot word
    slot: tuple[str, ...]
    key: tuple[float, str, str]  # value, unit, bound: sides with one key share an entry


_SLOT_AHEAD = 6  # words after a figure searched for its slot word


def _value_text(statement: str, f: Figure) -> tuple[str, str]:
    """('at least 84', 'at least 84 people were killed'): the figure with the bound written
    before it and its counted noun; and the same run on to its nearest slot word ahead."""
    start, end = bound_start(statement, f), f.start + len(f.text)
    if f.noun:
        words = f"{f.noun} {f.head}".split() if f.head and f.head != f.noun else [f.noun]
        m = re.match(r"\s+" + r"\s+".join(map(re.escape, words)) + r"\b", statement[end:])
        if m is not None:
            end += m.end()
    value = " ".join(statement[start:end].split())
    clause = value
    ahead = re.match(rf"(?:\s+[\w’'-]+){{1,{_SLOT_AHEAD}}}", statement[end:])
    if ahead is not None and f.slot:
        words = ahead.group().split()
        for k, word in enumerate(words):
            if word.lower().startswith(f.slot[0]):
                if count_state(word):  # "were killed", "are dead": what the figure counts
                    clause = " ".join([value, *words[: k + 1]])
                break
    return in_line(value, f), in_line(clause, f)


def _sides(c: ContestedItem) -> list[_Side] | None:
    """For each side, a figure some other side does not hold, the one sharing most slot words
    with the others' such figures; None when some side has none (a dispute in words)."""
    figs = [figures(p.statement) for p in c.positions]

    def key(f: Figure) -> tuple[float, str]:
        return (f.value, f.unit)

    keys = [{key(f) for f in fs} for fs in figs]
    disputed = [
        [f for f in fs if any(key(f) not in keys[j] for j in range(len(figs)) if j != i)]
        for i, fs in enumerate(figs)
    ]
    if not all(disputed):
        return None
    out = []
    for i, fs in enumerate(disputed):
        rest = {w for j, gs in enumerate(disputed) if j != i for g in gs for w in g.slot[:3]}
        best = max(fs, key=lambda f: (len(set(f.slot[:3]) & rest), -f.start))
        value, clause = _value_text(c.positions[i].statement, best)
        out.append(_Side(value, clause, best.slot, (best.value, best.unit, best.bound)))
    return out


def _full_word(stem: str, statements: Sequence[str]) -> str:
    """A slot word as the statements write it: the stem itself, else its shortest completion."""
    found = {
        m.group().lower()
        for text in statements
        for m in re.finditer(rf"\b{re.escape(stem)}[a-z]*", text, re.IGNORECASE)
    }
    return min(found, key=lambda w: (len(w), w)) if found else stem


def _what(c: ContestedItem, sides: Sequence[_Side]) -> str | None:
    """What the sides dispute: a topic that is already a label ("Death toll"), else the
    counted thing most sides' figures are next to ("How many killed", "Critical condition");
    None when the sides count different things."""
    topic = " ".join(c.topic.split()).rstrip(" .:;,")
    if len(topic.split()) <= _LABEL_WORDS:
        return topic
    counts = Counter(w for side in sides for w in set(side.slot[:2]))
    shared = {w for w, n in counts.items() if 2 * n > len(sides)}
    if not shared:
        return None
    statements = [p.statement for p in c.positions]
    first = next(side.slot[:2] for side in sides if shared & set(side.slot[:2]))
    words = [_full_word(w, statements) for w in first if w in shared]
    if words[0].endswith("ed") and count_state(words[0]):  # killed, injured, trapped, died
        return "How many " + words[0]
    phrase = " ".join(words)
    if len(words) > 1 and not any(phrase in t.lower() for t in statements):
        return None  # two shared words read as a phrase only where written together
    if len(words) == 1:
        # one word beside the figures that is no participle ("fell", "share", "fire") may
        # be a verb or a word the figures do not count: no label ("Fell: $235.77 vs 1.5
        # percent" read as nonsense)
        return None
    return phrase[:1].upper() + phrase[1:]


def _counts(side: _Side, word: str) -> bool:
    return any(word.startswith(w) for w in side.slot[:2])


# A figure point's line shows at most this many slots, and figures per slot.
_SLOTS_SHOWN = 2
_SLOT_FIGURES = (_FIGURE_SIDES, 3)  # ... for one slot; for each of two
_MONEY_OR_SHARE = re.compile(r"[$€£¥%]|\bper ?cent\b|\bpercent\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")  # "88th": named by its noun ("Minute")


def slot_label(
    slot: DisputedSlot, case: Mapping[str, str] | None = None, point: ContestedItem | None = None
) -> str:
    """What a disputed slot counts, as a label: 'How many killed', 'How many rescue units';
    an amount or a share is named by what it is the amount of ('Offer'), a sum in a
    currency's name by its currency ('Amount in euros'); 'Figures' when
    the slot names nothing (`DisputedSlot.slot`). `case`: the report's names
    (`slot_case.report_names`), written as the report writes them ('Northwind shares');
    `point`: the slot's point, whose sides tell a term as a delay ('Delay', `delayed`)."""
    return _slot_label(slot, case or {}, point) or "Figures"


def _slot_label(
    slot: DisputedSlot, case: Mapping[str, str], point: ContestedItem | None = None
) -> str:
    if not slot.slot or names_nothing(slot.slot):
        return ""  # (a closed-class word, "once": names nothing; `slot_case.names_nothing`)
    if delayed(slot, point):
        return DELAY  # ("26 months late": how late it is, not a term's length)
    name = cased(slot.slot, case)
    if slot.slot in SCALES or slot.slot == "term" or slot.slot.split()[-1] in MEASURE_NAMES:
        # (a measure is named by what it measures: "Crane weight", "Speed")
        return name[:1].upper() + name[1:]
    if any(_MONEY_OR_SHARE.search(f.text) or _ORDINAL.search(f.text) for f in slot.figures):
        return name[:1].upper() + name[1:]
    *owner, last = name.split()
    if last.casefold() in FIGURE_CURRENCY_WORDS:
        # a sum named by its currency ("45 million euros"): an amount, not a count
        # ("Amount in euros", "Fee in euros"; never "How many euros")
        head = " ".join(owner) or "amount"
        return f"{head[:1].upper()}{head[1:]} in {last}"
    return "How many " + name


_DENIAL_CHARS = 80  # a denying side's statement in a slot line, cut at a word boundary


# A slot line longer than this many line lengths drops its figures' days (their timing stays).
_DAYS_LINES = 3


def _slot_line(c: ContestedItem, names: _Names, chars: int = 0) -> str | None:
    """`_slot_line_of` with each figure's days, unless that runs past `_DAYS_LINES` lines of
    `chars`: then without them (two slots of three figures each, with days, ran to 503
    characters)."""
    line = _slot_line_of(c, names, days=True)
    if line is not None and chars and len(line) > _DAYS_LINES * chars:
        return _slot_line_of(c, names, days=False)
    return line


def _slot_line_of(c: ContestedItem, names: _Names, days: bool, bare: bool = False) -> str | None:
    """A figure point slot by slot, one clause per counted thing: 'How many killed: at least
    seven (...) vs at least five (...); how many injured: more than 50 (...) vs at least 40
    (...)', so figures of different things are never read as alternatives. The slots with
    most origins first, up to `_SLOTS_SHOWN`, each with up to `_SLOT_FIGURES` figures (most
    origins first); the sides no clause shows are counted. None when the point has no slot,
    or no shown slot names what it counts (the line then shows the sides' statements); a
    slot naming nothing beside named ones reads 'Figures'. `bare`: without who holds what
    and without the count of unshown sides (a heading: `disputed_question`)."""
    slots = c.slots[:_SLOTS_SHOWN]
    labels = [_slot_label(slot, names.case, c) for slot in slots]
    if not any(labels) or (len(slots) == 1 and not all(labels)):
        return None
    # a slot that names nothing beside named ones is still a slot of its own figures
    labels = [label or "Figures" for label in labels]
    clauses: list[str] = []
    seen: set[int] = set()
    for n, (slot, label) in enumerate(zip(slots, labels, strict=True)):
        parts = []
        for fig in slot.figures[: _SLOT_FIGURES[len(slots) > 1]]:
            sides = [c.positions[i] for i in fig.positions if i < len(c.positions)]
            seen.update(fig.positions)
            speakers = [s for p in sides for s in speakers_shown(p)]
            sources = [a for p in sides for a in p.sources]
            who = _holders(speakers, sources, names, figure_when(slot, fig, days))
            parts.append(fig.text if bare else f"{fig.text} ({who})")
        head = label if n == 0 else lower_first(label, names.case)
        note = "" if bare else update_note(slot.update)
        clauses.append(f"{head}: " + " vs ".join(parts) + note)
    # a side that denies is never left to the count: the line says who denies what
    for i, p in enumerate(c.positions):
        if i not in seen and p.polarity.value == "denies":
            seen.add(i)
            said = shorten(p.statement, _DENIAL_CHARS).rstrip(".")
            who = "" if bare else f" ({_holders(speakers_shown(p), p.sources, names)})"
            clauses.append(f"denied: {said}{who}")
    unseen = len(c.positions) - len(seen & set(range(len(c.positions))))
    rest = f" (+{unseen} more side{'s' if unseen > 1 else ''})" if unseen > 0 and not bare else ""
    return "; ".join(clauses) + rest


_TIMES_CLASH = re.compile(r"conflicting times for one event \((?P<a>[^()]+?) vs (?P<b>[^()]+?)\)")


def _time_line(c: ContestedItem, names: _Names, bare: bool = False) -> str | None:
    """A point of clock times alone, time by time: 'When: around 11pm (...) vs around
    11:30pm (...)'. Each side shows the one time of the point's conflicts it prints; None
    when the point has figures too, or a side prints none or several of them."""
    if c.slots:
        return None
    clashed = {
        t.strip().casefold() for m in _TIMES_CLASH.finditer(c.rule) for t in m.group("a", "b")
    }
    if not clashed:
        return None
    by_time: dict[str, list[int]] = {}
    for i, p in enumerate(c.positions):
        held = [t for t in clock_times(p.statement) if t.text.casefold() in clashed]
        if len({t.minutes for t in held}) != 1:
            return None
        shown = ("around " if held[0].rough else "") + held[0].text
        by_time.setdefault(shown, []).append(i)
    if len(by_time) < 2:
        return None
    return "When: " + _grouped(c, by_time, names, bare)


def _grouped(
    c: ContestedItem, groups: dict[str, list[int]], names: _Names, bare: bool = False
) -> str:
    """'<shown> (<holders>) vs <shown> (<holders>)', the groups of sides in the order of
    their first side, with the point's update note; `bare`: the shown values alone."""
    parts = []
    notes = _when(c, names)
    for shown, idx in sorted(groups.items(), key=lambda kv: kv[1][0]):
        speakers = [s for i in idx for s in speakers_shown(c.positions[i])]
        sources = [a for i in idx for a in c.positions[i].sources]
        parts.append(
            shown if bare else f"{shown} ({_holders(speakers, sources, names, _note(notes, idx))})"
        )
    return " vs ".join(parts) + ("" if bare else update_note(c.update))


_ACCOUNTS_CLASH = re.compile(
    r"two sides' accounts of what one act (?P<slot>hit|was done with) "
    r"\((?P<a>[^()]+?) vs (?P<b>[^()]+?)\)"
)
_ACCOUNT_HEADS = {"hit": "What it hit", "was done with": "What it was done with"}


def _account_line(c: ContestedItem, names: _Names, bare: bool = False) -> str | None:
    """A point of two accounts of one act, account by account: 'What it was done with: car
    (...) vs truck (...)': the accounts the rule gives, each side under the one whose head
    word its statement names (the shortest wording of a head: "school" beside "primary
    school"). None when a side names no account or two, or the point has figures too."""
    found = list(_ACCOUNTS_CLASH.finditer(c.rule))
    if not found or c.slots or len({m.group("slot") for m in found}) != 1:
        return None
    told: dict[str, str] = {}  # head word -> its shortest wording
    for m in found:
        for t in m.group("a", "b"):
            head = t.split()[-1]
            told[head] = min(told.get(head, t), t, key=len)
    by_told: dict[str, list[int]] = {}
    for i, p in enumerate(c.positions):
        held = [h for h in told if re.search(rf"\b{re.escape(h)}(?:s|es)?\b", p.statement, re.I)]
        if len(held) != 1:
            return None
        by_told.setdefault(told[held[0]], []).append(i)
    if len(by_told) < 2:
        return None
    return f"{_ACCOUNT_HEADS[found[0].group('slot')]}: " + _grouped(c, by_told, names, bare)


def _contested_line(c: ContestedItem, names: _Names, chars: int) -> str:
    """`_contested_line_of` for the summary (a line with who holds what is never None)."""
    return _contested_line_of(c, names, chars) or c.topic


def _contested_line_of(
    c: ContestedItem, names: _Names, chars: int, bare: bool = False
) -> str | None:
    """'What: X (who) vs Y (who)'. When every side holds a figure some other side does not,
    the line shows those figures as written ("at least 84"), up to four sides, after what
    they count ("How many killed"), or each run on to its own slot word when the sides count
    different things ("Figures: at least seven people were killed (...) vs more than 50 people
    have been injured (...)"); sides with the same figure share one entry. A point with
    `slots` reads one clause per slot (`_slot_line`). Otherwise, or when nothing says what
    the figures count (no label, no clause: "Fell: $235.77 vs 1.5 percent" said nothing),
    the two sides with most origins (ties in report order), each cut at a word boundary to
    half the line, a denial marked, and the others counted. `bare` (`disputed_question`):
    without who holds what, and None for a line of the sides' statements."""
    if bare:
        by_slot = _slot_line_of(c, names, False, bare) or _time_line(c, names, bare)
        by_slot = by_slot or _account_line(c, names, bare)
    else:
        by_slot = _slot_line(c, names, chars) or _time_line(c, names) or _account_line(c, names)
    if by_slot is not None:
        return by_slot
    order = sorted(range(len(c.positions)), key=lambda i: (-c.positions[i].origins, i))
    notes = _when(c, names)
    sides = _sides(c)
    if sides is not None and _what(c, sides) is None:
        if c.slots or all(side.clause == side.value for side in sides):
            sides = None  # nothing says what the figures count: the statements say it
    if sides is not None:
        shown = sorted(order[:_FIGURE_SIDES])
        what = _what(c, [sides[i] for i in shown])
        if what is None:  # clauses are longer: fewer of them
            shown = sorted(order[:_CLAUSE_SIDES])
        head = what or "Figures"
        # the head counts one thing: a side counting another shows its clause
        topic_label = len(c.topic.split()) <= _LABEL_WORDS
        word = None if topic_label else (what.split()[-1].lower() if what else "")
        by_key: dict[tuple[float, str, str], list[int]] = {}
        for i in shown:
            by_key.setdefault(sides[i].key, []).append(i)
        parts = []
        for idx in by_key.values():
            side = sides[idx[0]]
            # a side counting what the head names shows its figure; another, its clause
            value = side.value if word is None or _counts(side, word) else side.clause
            speakers = [s for i in idx for s in speakers_shown(c.positions[i])]
            sources = [a for i in idx for a in c.positions[i].sources]
            who = _holders(speakers, sources, names, _note(notes, idx))
            parts.append(value if bare else f"{value} ({who})")
    elif bare:
        return None
    else:
        shown = sorted(order[:2])
        per_side = max(50, chars // 2)
        parts = []
        for i in shown:
            p = c.positions[i]
            said = shorten(p.statement, per_side).rstrip(".")
            if p.polarity.value == "denies":
                said = "denied: " + said
            who = _holders(speakers_shown(p), p.sources, names, _note(notes, [i]))
            parts.append(f"{said} ({who})")
        head = "Disputed"
    more = len(c.positions) - len(shown)
    if bare:
        return f"{head}: " + " vs ".join(parts)
    rest = f" (+{more} more side{'s' if more > 1 else ''})" if more else ""
    return f"{head}: " + " vs ".join(parts) + rest + update_note(c.update)


def disputed_question(c: ContestedItem, report: Report) -> str | None:
    """What a point disputes, as its summary line reads it without who holds what ("How many
    killed: at least seven vs at least five", "When: around 11pm vs around 11:30pm", "What it
    was done with: car vs truck"); None for a point of sides' statements."""
    return _contested_line_of(c, _Names(report), 0, bare=True)


def contested_line(c: ContestedItem, report: Report, weights: Weights | None = None) -> str:
    """A contested point of `report` in one line, as the report's summary reads it ("How many
    killed: at least seven (...) vs at least five (...); how many trapped: ..."): the line
    `report.summary` holds for the point, else the same kind of line built from the point
    (a report without a summary, or a point the summary left out)."""
    if report.summary is not None:
        for line in report.summary.contested:
            if line.item == c.id:
                return line.text
    w = weights or load_weights()
    return _contested_line(c, _Names(report), w.limit("line_chars"))


def _disputed_figures(c: ContestedItem) -> list[tuple[tuple[float, str], frozenset[str]]]:
    """The figures the sides of a contested point hold against each other, each with the
    slot words it counts."""
    sides = _sides(c)
    if sides is None:
        return []
    return [((side.key[0], side.key[1]), frozenset(side.slot[:2])) for side in sides]


def _figure_disputed(
    statement: str, held: Sequence[tuple[tuple[float, str], frozenset[str]]]
) -> bool:
    """Whether a statement states a figure a summary dispute holds for the same slot ("at
    least 60 people were killed" beside "How many killed: at least 84 vs at least 60"), or
    counts the very thing disputed in words ("a truck killed dozens")."""
    slots = {w for _k, words in held for w in words}
    for f in figures(statement):
        mine = set(f.slot[:2])
        if any((f.value, f.unit) == k and mine & words for k, words in held):
            return True
        if f.vague and mine & slots:
            return True
    if _VAGUE_COUNT.search(statement):  # "a truck killed dozens": no figure to read
        counted = Counter(w for _k, words in held for w in words)
        shared = {w[:8] for w, n in counted.items() if n > 1}  # what two sides count
        return bool(shared & {_stem(w)[:8] for w in _WORD.findall(statement.lower())})
    return False


_VAGUE_COUNT = re.compile(r"\b(?:dozens|scores|hundreds|thousands)\b", re.IGNORECASE)
