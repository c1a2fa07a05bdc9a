"""Where the merge's time goes: cProfile around `merge` on bench/merge_scale.py's corpus.

    python bench/merge_profile.py 10000             # top 25 by own time and by cumulative
    python bench/merge_profile.py 30000 --top 40 --dump /tmp/p30.prof
    python bench/merge_profile.py 10000 --no-profile  # merge cpu and report hash only

Prints the merge's process time (with the profiler's overhead unless `--no-profile`) and the
sha256 of the report's JSON, so a change meant to be behaviour-free can be checked at any
size: the hash must not move. Builds the corpus and vectors as merge_scale does
(`build_corpus`, `OwnOrigins`, `embed_for_merge`).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import merge_scale  # noqa: E402

from consensus.api import embed_for_merge  # noqa: E402
from consensus.merge import merge  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=int)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--dump", type=Path, help="write the raw profile here")
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    articles, sets = merge_scale.build_corpus(args.claims)
    vectors = embed_for_merge(sets)
    prof = None if args.no_profile else cProfile.Profile()
    cpu = time.process_time()
    if prof is not None:
        prof.enable()
    report = merge(articles, sets, merge_scale.OwnOrigins(articles), vectors=vectors)
    if prof is not None:
        prof.disable()
    cpu = time.process_time() - cpu
    digest = hashlib.sha256(report.model_dump_json().encode()).hexdigest()
    print(
        f"claims {sum(len(cs.claims) for cs in sets)} merge cpu {cpu:.2f} s "
        f"agreed {len(report.agreed)} contested {len(report.contested)} "
        f"single {len(report.single_source)} sha256 {digest}"
    )
    if prof is not None:
        stats = pstats.Stats(prof)
        if args.dump:
            stats.dump_stats(str(args.dump))
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
