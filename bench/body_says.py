"""Census of report items whose statement is a body's speech, by the speaker shown.

An item (agreed, a contested side, single-source) whose statement reads "It says the delay
was caused by ...", "The council says it warned residents", "Northwind said 40 jobs will
go" or "..., according to the ministry" is a body's word; shown with no speaker it reads as
the outlet's claim, and the merger cannot tell two parties' sides apart. For every such
statement of the tunable clusters (default: the 6 dev clusters, seeds and cluster2 and the
tunable made-up clusters; never the held-out ones) the census files:

- the *form*: ``it`` ("It says/said ..."), ``kind`` ("The council says ..."), ``named``
  (a capitalised name + a speech verb: "Northwind said ..."), ``according`` ("according
  to (the) X" anywhere), ``trailing`` (", the ministry said." at the end);
- the *verdict* on the speakers shown: by the gold "speakers" list when the item cites an
  annotated anchor (``right`` / ``wrong`` / ``none``); else ``none`` (no speaker shown),
  ``fits`` (a speaker shares a word with the body the statement names, or the kind word),
  ``other`` (speakers shown, none fitting); for "It" and a kind ("the trust", resolved to
  "Grendle Canal Trust" or not) ``shown``.

Prints the counts by form and verdict; with -v every statement with its verdict, the
speakers and the sentence before its first citation.

Usage: .venv/bin/python bench/body_says.py [-v] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pronoun_leads import _sentences_before, items
from quality_lib import Locator, _overlaps, gold_cluster
from speaker_checks import names_one, words
from statements import default_names

from consensus.models import Citation, Report

_VERB = (
    r"(?:says|said|added|adds|stated|states|noted|notes|announced|announces|reported|reports"
    r"|confirmed|confirms|denied|denies|warned|warns|insisted|insists|claimed|claims"
    r"|estimated|estimates|argued|argues|admitted|admits|acknowledged|acknowledges"
    r"|maintains|maintained|told|tells|wrote|writes|blamed|blames)"
)
_AUX = r"(?:has|had|also|now|later|earlier)"
_IT = re.compile(rf"\s*[\"“]?It\s+(?:(?:has|had|also|now|later|earlier)\s+)?{_VERB}\b")
_KIND = re.compile(
    rf"\s*[\"“]?The\s+(?P<k>[a-z]+(?:\s+(?!{_AUX}\b)[a-z]+)?)\s+(?:{_AUX}\s+)?{_VERB}\b"
)
# a name of one to five capitalised words ("Northwind", "Brennick City Council", "The
# Families Committee") then a speech verb
_NAMED = re.compile(
    rf"\s*[\"“]?(?P<n>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&.-]*){{0,4}})"
    rf"(?:['’]s?\s+[a-z]+)?\s+(?:(?:has|had|also|now|later)\s+)?{_VERB}\b"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<n>(?:the\s+)?[\w’'&.-]+(?:\s+[\w’'&.-]+){0,3})")
_TRAILING = re.compile(
    rf",\s+(?P<n>(?:the\s+)?[\w’'&.-]+(?:\s+[\w’'&.-]+){{0,3}})\s+{_VERB}\s*[.!?]?[\"”]?\s*$"
)
_PERSONAL = frozenset("he she they we i you".split())


def form(statement: str) -> tuple[str, str] | None:
    """(form, the body's words as the statement names it) of a body's speech, else None.
    A person ("Mara Delic said", "he said") is not counted: two capitalised words with no
    kind word in a named form are taken for a person and left out."""
    if _IT.match(statement):
        return "it", ""
    m = _KIND.match(statement)
    if m:
        return "kind", m.group("k")
    m = _NAMED.match(statement)
    if m and m.group("n").split()[0].lower() not in _PERSONAL:
        name = m.group("n")
        if not _person_like(name):
            return "named", name
    m = _ACCORDING.search(statement)
    if m:
        return "according", m.group("n").rstrip(".,;:")
    m = _TRAILING.search(statement)
    if m and m.group("n").split()[0].lower() not in _PERSONAL:
        if m.group("n")[:1].isupper() and _person_like(m.group("n")):
            return None
        return "trailing", m.group("n").rstrip(".,;:")
    return None


_BODY_WORDS = frozenset(
    """council ministry government company firm club police agency authority board department
    commission committee union party bank group office service court hospital school
    university league federation association army military navy inc ltd plc corp airline
    trust foundation institute network agency bureau fund organisation organization""".split()
)


def _person_like(name: str) -> bool:
    """Two or three capitalised words, none a body word: a person's name."""
    ws = name.split()
    if ws[0] == "The":
        return False
    return 2 <= len(ws) <= 3 and not {w.lower() for w in ws} & _BODY_WORDS


def verdict(
    shape: str,
    body: str,
    speakers: tuple[str, ...],
    cites: tuple[Citation, ...],
    gold: list[tuple[str, tuple[int, int], list[str]]],
) -> str:
    for article, span, accepted in gold:
        if any(_overlaps(c, article, span) for c in cites):
            if not speakers:
                return "none"
            ok = any(names_one(sp, g) for sp in speakers for g in accepted)
            return "right" if ok else "wrong"
    if not speakers:
        return "none"
    if shape in ("it", "kind"):
        # "It" names no body to fit; "the trust" shown as "Grendle Canal Trust" is the body
        # the kind was resolved to (right or wrong, only the gold tells)
        return "shown"
    bw = words(body)
    return "fits" if any(words(sp) & bw for sp in speakers) else "other"


def census(names: list[str], verbose: bool = False) -> tuple[Counter[tuple[str, str]], int]:
    """(count by (form, verdict), statements read)."""
    from statements import cluster_report

    counts: Counter[tuple[str, str]] = Counter()
    total = 0
    for name in names:
        _, report = cluster_report(name)  # (a held-out cluster stops the census)
        articles, exp = gold_cluster(name)
        by_id = {a.id: a for a in articles}
        loc = Locator(by_id)
        gold = []
        for g in exp.get("speakers", []):
            span = loc.span(g["article"], g["anchor"])
            accepted = [g["speaker"]] if isinstance(g["speaker"], str) else list(g["speaker"])
            if span is not None:
                gold.append((g["article"], span, accepted))
        total += _count(name, report, by_id, gold, counts, verbose)
    return counts, total


def _count(
    name: str,
    report: Report,
    by_id: dict[str, object],
    gold: list[tuple[str, tuple[int, int], list[str]]],
    counts: Counter[tuple[str, str]],
    verbose: bool,
) -> int:
    n = 0
    for kind, text, speakers, cites in items(report):
        n += 1
        found = form(text)
        if found is None or not cites:
            continue
        shape, body = found
        v = verdict(shape, body, speakers, cites, gold)
        counts[(shape, v)] += 1
        if verbose:
            before = ""
            if cites[0].article in by_id:
                before = _sentences_before(by_id[cites[0].article].text, cites[0].start)[0]  # type: ignore[attr-defined]
            print(f"[{name} {kind} {shape} {v}] {text[:160]}")
            print(f"  speakers: {', '.join(speakers) or '-'}  body: {body or '-'}")
            print(f"  before: {before.strip()[:200]}\n")
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    counts, total = census(args.names or default_names(), args.verbose)
    print(f"statements {total}  body speech {sum(counts.values())}")
    forms = Counter[str]()
    verdicts = Counter[str]()
    for (f, v), k in counts.items():
        forms[f] += k
        verdicts[v] += k
    print("by verdict: " + " ".join(f"{k} {v}" for k, v in verdicts.most_common()))
    for f, k in forms.most_common():
        row = " ".join(f"{v} {n}" for (ff, v), n in sorted(counts.items()) if ff == f)
        print(f"  {f} {k}: {row}")


if __name__ == "__main__":
    main()
