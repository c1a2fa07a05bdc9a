"""Census: the weekdays whose resolved date `offline.week_words` moved (session 56,
lastweekday56), by cause, over the tunable made-up clusters and the dev events.

Resolves every article's times with the current `offline.dates._times` and with the one of a
base commit (its source read by `git show`, run against the current package), and counts the
weekdays whose date differs, by the word before them ("last", "next" or none). Reads
article texts only (no gold, no held-out cluster).

Usage: PYTHONPATH=.:bench python bench/week_words.py [--base 8d9ed485] [-v]
"""

from __future__ import annotations

import argparse
import subprocess
import types
from collections import Counter

from quality_lib import DEV, MADEUP_GOLD, annotated_articles, events, madeup, tunable

from consensus.ingest import load_articles
from consensus.models import Article
from consensus.offline import dates
from consensus.offline.week_words import week_word


def _old_times(base: str) -> types.ModuleType:
    src = subprocess.run(
        ["git", "show", f"{base}:consensus/offline/dates.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    mod = types.ModuleType("old_dates")
    exec(compile(src, "old_dates.py", "exec"), mod.__dict__)
    return mod


def _clusters() -> list[tuple[str, list[Article]]]:
    out = [(n, annotated_articles(n, MADEUP_GOLD)) for n in tunable(madeup())]
    out += [(n, load_articles([str(DEV / n / "articles.jsonl")])) for n in events()]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="8d9ed485")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    old = _old_times(args.base)
    seen: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    for name, arts in _clusters():
        for a in arts:
            pub = a.published
            new_t = dates._times(a.text, 0, len(a.text), pub)
            old_t = {(s, e): t.date for s, e, t in old._times(a.text, 0, len(a.text), pub)}
            for s, e, t in new_t:
                if not t.text.split()[0].endswith("day") or t.text.lower().startswith("to"):
                    continue
                word = week_word(a.text, 0, s)
                cause = word or "bare"
                seen[cause] += 1
                if (s, e) in old_t and old_t[(s, e)] != t.date:
                    moved[cause] += 1
                    if args.v:
                        ctx = a.text[max(0, s - 60) : e + 30].replace("\n", " ")
                        print(f"{name}: {old_t[(s, e)]} -> {t.date} | {ctx}")
    print("weekdays read:", dict(seen))
    print("dates moved:", dict(moved))


if __name__ == "__main__":
    main()
