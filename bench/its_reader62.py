"""What the "Its"/"He"/"They" display stage names differently with one sentence reader.

Session 62 (editor62): `consensus/its_owners.py` read "the sentence before a quote" with a
reader of its own (a full stop after an honorific or an initial ended a sentence: "Mr.",
"J."), `consensus/pronoun_names.py` with another (a line without a stop, a heading, ran on
into the next line's sentence). Both now use `pronoun_names.sentence_before`, which does
neither. This census runs the display stage (`its_owners.name_its_owners`) on each cluster's
merged report twice, with the two old readers (kept here verbatim as they were at 063b8f5f)
and with the shared one, and prints every shown statement whose opening changes (cluster,
old, new) for an editor to label right or wrong.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/its_reader62.py [name ...]
(default: `bench/statements.default_names`: dev, annotated and tunable made-up clusters).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import consensus.its_owners as its
import consensus.pronoun_names as pn
from consensus.models import Article, Report

_OLD_LINE_END = re.compile(r"[.!?][”\"’']?$")
_OLD_LINE_BREAK = re.compile(r"(?:^|[.!?][”\"’']?[ \t]+|\n\s*)(?=\S)")
_OLD_END = re.compile(r"[.!?][”\"’']?(?:[ \t]+|[ \t]*\n\s*)(?=\S)")
_OLD_WORD = re.compile(r"[\w’'.-]+")


def _old_its_reader(text: str, start: int, *, paragraph: bool) -> tuple[int, str] | None:
    """its_owners._sentence_before at 063b8f5f (paragraph=False only)."""
    before = text[:start]
    head = before.rstrip(" \t")
    if head == before or not _OLD_LINE_END.search(head):
        return None
    line = head.rsplit("\n", 1)[-1]
    starts = [m.end() for m in _OLD_LINE_BREAK.finditer(line[:-1])]
    return (0, line[starts[-1] :]) if starts else None


def _old_pronoun_reader(
    text: str, start: int, *, paragraph: bool, clause: bool = False
) -> tuple[int, str] | None:
    """pronoun_names.sentence_before at 063b8f5f."""
    before = text[:start]
    head = before.rstrip()
    if head == before:
        return None
    if not re.search(r"[.!?][”\"’']?$", head):
        link = pn._CLAUSE_LINK.search(head) if clause else None
        if link is None:
            return None
        head = head[: link.start()] + " "
    if not paragraph and "\n" in before[len(head) :]:
        return None
    lo = max(0, len(head) - 600)
    begin = lo
    for m in _OLD_END.finditer(head, lo, len(head) - 1):
        words = _OLD_WORD.findall(head[max(0, m.start() - 12) : m.start() + 1])
        last = words[-1] if words else ""
        if pn.honorific(last) or re.fullmatch(r"[A-Z]\.", last):
            continue
        begin = m.end()
    if begin == lo and lo:
        return None
    return begin, head[begin:].rstrip()


def _statements(report: Report) -> list[tuple[str, str]]:
    out = [(it.id, it.statement) for it in (*report.agreed, *report.single_source)]
    for c in report.contested:
        out.extend((f"{c.id}/{i}", p.statement) for i, p in enumerate(c.positions))
    return out


def main(names: Sequence[str]) -> None:
    from statements import cluster_report

    new_reader = pn.sentence_before
    stage = its.name_its_owners
    changed: list[tuple[str, str, str]] = []
    named = {"old": 0, "new": 0}

    def both(report: Report, articles: Sequence[Article]) -> Report:
        pn.sentence_before = _old_pronoun_reader  # type: ignore[assignment]
        its.sentence_before = _old_its_reader  # type: ignore[assignment]
        old = stage(report, articles)
        pn.sentence_before = new_reader
        its.sentence_before = new_reader
        new = stage(report, articles)
        base = _statements(report)
        for (key, a), (_, b), (_, c) in zip(base, _statements(old), _statements(new), strict=True):
            named["old"] += a != b
            named["new"] += a != c
            if b != c:
                changed.append((key, b, c))
        return new

    its.name_its_owners = both  # type: ignore[assignment]
    for name in names:
        before = len(changed)
        cluster_report(name)
        for key, b, c in changed[before:]:
            print(f"{name}\t{key}\told: {b[:110]}\n\t\tnew: {c[:110]}")
    print(
        f"clusters {len(names)}: statements named old {named['old']} new {named['new']}; "
        f"differ {len(changed)}"
    )


if __name__ == "__main__":
    from statements import default_names

    main(sys.argv[1:] or default_names())
