"""Throughput of the offline extractor on real articles, one core.

    python bench/offline_extract.py [--seconds 5]

Loads the real multi-article sets shipped with the repo (seeds/ and tests/data/cluster2/),
extracts them repeatedly in one process for a fixed time, and prints articles per second
against the target (≥ 100 articles/s on one core).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from _common import ROOT

sys.path.insert(0, str(ROOT))
TARGET = 100.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from consensus.ingest import load_articles
    from consensus.offline import extract_offline

    cluster2 = sorted((ROOT / "tests" / "data" / "cluster2").glob("*.txt"))
    articles = load_articles([ROOT / "seeds", *cluster2])
    words = sum(len(a.text.split()) for a in articles)
    extract_offline(articles[0])  # warm caches and lazy imports
    done = 0
    claims = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for article in articles:
            claims += len(extract_offline(article).claims)
            done += 1
    elapsed = time.perf_counter() - start
    rate = done / elapsed
    print(
        f"articles in set     {len(articles)} ({words / len(articles):.0f} words each on average)"
    )
    print(f"extracted           {done} articles, {claims} claims in {elapsed:.2f} s on one core")
    print(f"throughput          {rate:8.1f} articles/s")
    print(
        f"vs target           {rate / TARGET:8.2f}x of {TARGET:.0f}/s "
        f"({'ok' if rate >= TARGET else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
