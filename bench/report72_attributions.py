"""Census of shown statements that are a cut claim without its attribution (session 72).

For every agreed, contested (each side) and single-source item of the report on each cluster
(default: as `bench/statements.py`: dev, seeds and cluster2, and the tunable made-up
clusters; never the held-out ones), counts per table:

* given back: statements the display stage `consensus/said_frames.py` gave an attribution
  ("19 flights had been diverted." -> "The airport said 19 flights had been diverted."), i.e.
  what the report showed without one before it;
* still bare: shown statements (after the stage) with no verb of saying that are the words
  of one of their citations, whose sentence holds a verb of saying before the quote (in its
  lead) or after it: a cut claim whose attribution the report still leaves out (a looser
  reading than the stage's: a lead holding a clause of its own counts here too).

-v prints each with its cluster. Usage: bench/report72_attributions.py [-v] [-j N] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import cluster_report, default_names, statements

import consensus.said_frames as said_frames_module
from consensus.clause_citations import led_citation
from consensus.models import Article, Report
from consensus.offline.names import _VERBS
from consensus.sentence_starts import SENTENCE_END

_SAYING = re.compile(rf"(?<![\w’'-])(?:{_VERBS})(?![\w’'-])")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)


def _norm(text: str) -> str:
    text = text.strip().rstrip(".").rstrip()
    return text[:1].lower() + text[1:]


def still_bare(report: Report, texts: dict[str, str]) -> list[str]:
    out = []
    for _kind, text, cites in statements(report):
        if _SAYING.search(text) or _ACCORDING.search(text):
            continue
        for c in cites:
            body = texts.get(c.article)
            if body is None or body[c.start : c.end] != c.quote or _norm(c.quote) != _norm(text):
                continue
            lead = led_citation(c, body).lead
            end = SENTENCE_END.search(body, max(c.start, c.end - 2))
            after = body[c.end : end.start() + 1 if end else len(body)]
            if _SAYING.search(lead) or _ACCORDING.search(lead) or _SAYING.search(after):
                out.append(f"{text}  <<  {lead}[{c.quote}]{after[:80]}")
                break
    return out


def one(name: str) -> tuple[str, str, list[str], list[str]]:
    given: list[str] = []
    real = said_frames_module.said_frames

    def recording(report: Report, articles: list[Article]) -> Report:
        new = real(report, articles)
        for (_k, a, _c), (_k2, b, _c2) in zip(statements(report), statements(new), strict=True):
            if a != b:
                given.append(f"{a}  ->  {b}")
        return new

    said_frames_module.said_frames = recording  # type: ignore[assignment]
    try:
        table, report = cluster_report(name)
    finally:
        said_frames_module.said_frames = real
    from statements import tunable_articles

    _t, articles = tunable_articles(name)
    texts = {a.id: a.text for a in articles}
    return name, table, given, still_bare(report, texts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or default_names()
    tables: dict[str, Counter[str]] = {}
    with ProcessPoolExecutor(args.j) as pool:
        for name, table, given, bare in pool.map(one, names):
            t = tables.setdefault(table, Counter())
            t["clusters"] += 1
            t["given back"] += len(given)
            t["still bare"] += len(bare)
            if args.v:
                for g in given:
                    print(f"[{name}] GIVEN {g}")
                for b in bare:
                    print(f"[{name}] BARE  {b}")
    for table, t in tables.items():
        print(f"{table}: " + ", ".join(f"{k} {v}" for k, v in t.items()))


if __name__ == "__main__":
    main()
