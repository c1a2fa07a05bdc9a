"""A disputed slot's name and a rule's clash key as the report's own statements write them.

The merger names a disputed slot (`DisputedSlot.slot`) and keys a figure clash of a rule by
lower-cased words ("northwind shares", "(wound: 100 vs 120)"), so a label that runs on after
a semicolon ("...; northwind shares: $65.09 vs $63.20") shows a name in lower case, and a
clash keyed by a stem shows a word no statement writes. An editor reads both as typos.

Both are display: the words come back as the report writes them. A word is a name when the
report's statements write it with a capital inside a sentence (not only after a sentence's
start) and never in lower case (`written_names`); a slot's words take that form (`cased`)
and a label lowers its first letter only when its first word is no name (`lower_first`). A
clash key that no statement of its point writes as a word, but that opens one or more words
the statements write ("wound" -> "wounded"), is shown as the most frequent of those words
(`whole_key`). Pure; closed classes and the report's own text only.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from consensus.merge.closed_slots import CLOSED_SLOTS
from consensus.models import Report

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# what may stand before a sentence's first word: its start, a stop, a colon or an opening quote
_POSSESSIVE = re.compile(r"['’]s?$")
_OPENS = re.compile(r"(?:^|[.!?:;]['\"”’)]*)[\s\"“‘'(\[—–-]*$")
# auxiliaries (a closed class) the merger's slot reader may land on beside a figure ("did
# $121 billion"), and "other" (a determiner the merger keeps as a slot: "scores of other
# people"), beside the closed-class words `CLOSED_SLOTS` lists ("once", "them")
_NAMES_NOTHING = frozenset(
    "be is are was were been being am do does did has have had having will would shall "
    "should can could may might must other".split()
)


def written_names(texts: Iterable[str]) -> dict[str, str]:
    """Casefolded word -> the form the texts write it in, for each word the texts write with
    a capital inside a sentence and never in lower case ("Northwind", "NXR")."""
    lower: set[str] = set()
    forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for m in _WORD.finditer(text):
            word = m.group()
            key = word.casefold()
            if word[0].islower():
                lower.add(key)
            elif not _OPENS.search(text[max(0, m.start() - 8) : m.start()]):
                forms[key][word] += 1
    return {k: f.most_common(1)[0][0] for k, f in forms.items() if k not in lower}


def report_names(report: Report) -> dict[str, str]:
    """`written_names` of every statement of `report` (agreed, contested sides and topics,
    single-source)."""
    texts: list[str] = [it.statement for it in (*report.agreed, *report.single_source)]
    for c in report.contested:
        texts.append(c.topic)
        texts.extend(p.statement for p in c.positions)
    return written_names(texts)


def cased(slot: str, names: Mapping[str, str]) -> str:
    """`slot` with each word that is a name in `names` written as the report writes it."""
    return _WORD.sub(lambda m: names.get(m.group().casefold(), m.group()), slot)


def lower_first(label: str, names: Mapping[str, str]) -> str:
    """`label` with its first letter lowered, unless its first word is a name in `names`
    (a label run on after a semicolon: "how many killed", "Northwind shares")."""
    m = _WORD.match(label)
    if m is not None and m.group().casefold() in names:
        return label
    return label[:1].lower() + label[1:]


def names_nothing(key: str) -> bool:
    """Whether a slot name or a clash key holds no word but closed-class ones ("once",
    "did", "other": the word beside a figure the merger read as what it counts); a label
    made of it names nothing an editor can read ("Once: $350 million vs $280 million")."""
    words = [w.casefold() for w in _WORD.findall(key)]
    return bool(words) and all(w in CLOSED_SLOTS or w in _NAMES_NOTHING for w in words)


def written_key(key: str, texts: Iterable[str]) -> bool:
    """Whether `texts` write `key` (a clash key of one word) or a word it opens; a key of
    two or more words counts as written (a slot's name, read from the figures' phrases)."""
    fold = key.casefold()
    if " " in fold.strip():
        return True
    return _whole_key(key, fold, texts) is not None


def whole_key(key: str, texts: Iterable[str], quotes: Iterable[str] = ()) -> str:
    """A clash key as a word: `key` when the texts write it as a word (or write no word it
    opens), else the word the texts write most often that opens with it ("wound" ->
    "wounded"; ties: the shorter, then the first in order). `quotes`: read the same way
    only when the texts write no word it opens (the point's citations: "admitt" ->
    "admitted" where only a quote writes it)."""
    fold = key.casefold()
    if not fold or " " in fold:
        return key
    found = _whole_key(key, fold, texts)
    return found if found is not None else _whole_key(key, fold, quotes) or key


def _whole_key(key: str, fold: str, texts: Iterable[str]) -> str | None:
    """`whole_key` over `texts`; None when they write no word it opens and not it."""
    opening: Counter[str] = Counter()  # (a possessive counts as its word: "officer's")
    for text in texts:
        for m in _WORD.finditer(text):
            word = _POSSESSIVE.sub("", m.group().casefold())
            if word == fold:
                return key
            if word.startswith(fold):
                opening[word] += 1
    if not opening:
        return None
    return min(opening, key=lambda w: (-opening[w], len(w), w))
