"""Census of speakers vetoes between a body and a person some article ties to it
(session 57, bodyperson57).

Reads the listing `bench/veto_census.py --list speakers` prints (every cross-article pair at
or over the link threshold that the speakers rule vetoed, with the gold's label) and, for
each pair of a person and a body, looks in the cluster's own articles for a *tie*: a
sentence that names the person and, within `REACH` characters of the name, every word of
the body's name ("Jan Roe, managing director of Acme Ferries", "Acme Ferries' managing
director, Jan Roe,") or the body's last word as an owner ("Jan Roe, the union's safety
officer"). A person is a speaker of two words or more whose last word is no body kind
(`body_names.BODY_KINDS`); the other speaker is the body.

The tally counts pairs by (tied or not) and the gold's label: `same` (one gold agreed fact:
the veto loses it), `distinct` (a gold look-alike pair: the veto protects) or `-` (the gold
is silent). A census aid only: the tie here is a loose proxy, never the merge's reading.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/veto_census.py --madeup --list speakers
       > /tmp/vc.txt; PYTHONPATH=.:bench .venv/bin/python bench/body_persons.py /tmp/vc.txt
(give training clusters only, never held-out ones: the listing's clusters are read)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_lib import gold_cluster, held_out

REACH = 80  # characters either side of a person's name where the body must be named
_PAIR = re.compile(r"^  (\S+): speakers (\S+) p=([\d.]+) (.*)$")
_SIDE = re.compile(r"^    \[(\d+)\] (['\"])(.*?)\2: ")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")
_MINOR = frozenset("of the and for in on at".split())


def _is_person(name: str) -> bool:
    from consensus.merge.body_names import BODY_KINDS

    words = name.split()
    return len(words) >= 2 and words[-1] not in BODY_KINDS and words[-1] not in _MINOR


def _tied(person: str, body: str, texts: Sequence[str]) -> bool:
    """Some sentence names `person` and, near the name, every word of `body` (or its last
    word as an owner)."""
    words = [w for w in body.split() if w not in _MINOR]
    if not words:
        return False
    owner = re.compile(r"\b" + re.escape(words[-1]) + r"['’]s?\b")
    for text in texts:
        low = text.casefold()
        at = low.find(person)
        while at >= 0:
            start = max(0, at - REACH)
            end = at + len(person) + REACH
            cuts = [m.end() for m in _SENTENCE_END.finditer(low, start, at)]
            start = cuts[-1] if cuts else start
            stop = _SENTENCE_END.search(low, at + len(person), end)
            window = low[start : stop.start() if stop else end]
            near = window.replace(person, " ")
            if all(re.search(r"\b" + re.escape(w[:-1]), near) for w in words):
                return True
            if owner.search(near):
                return True
            at = low.find(person, at + 1)
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    lines = Path(args[0]).read_text(encoding="utf-8").splitlines()
    blind = set(held_out())
    texts: dict[str, list[str]] = {}
    tally: Counter[str] = Counter()
    listed: list[str] = []
    k = 0
    while k < len(lines):
        m = _PAIR.match(lines[k])
        if m is None or k + 2 >= len(lines):
            k += 1
            continue
        event, label = m.group(1), m.group(4).split(" ")[0]
        sides = [_SIDE.match(lines[k + 1]), _SIDE.match(lines[k + 2])]
        k += 3
        if event in blind or None in sides:
            continue
        a, b = (s.group(3) for s in sides if s is not None)
        persons = [n for n in (a, b) if _is_person(n)]
        if len(persons) != 1:
            tally[f"not person+body  gold {label}"] += 1
            continue
        person = persons[0]
        body = b if person == a else a
        if event not in texts:
            texts[event] = [x.text for x in gold_cluster(event)[0]]
        tied = _tied(person, body, texts[event])
        tally[f"person+body {'tied  ' if tied else 'untied'} gold {label}"] += 1
        if tied:
            listed.append(f"  {event}: {person!r} / {body!r} gold {m.group(4)} p={m.group(3)}")
    print("== tied person/body pairs the speakers rule vetoed")
    print("\n".join(listed))
    print("== pairs by shape, tie and gold label")
    for key, n in sorted(tally.items()):
        print(f"  {n:5d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
