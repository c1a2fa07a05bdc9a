"""Ingest invariance: hash every article read from the tunable clusters, dev and seeds.

    .venv/bin/python bench/badinput60_same.py DIR   # DIR holds the consensus package to run

Prints inputs, articles, input errors and a hash of the articles' JSON (warnings excluded:
they reach no report). Equal lines for the base export and the branch mean an ingest change
cannot move floors, dev or seeds.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    code = Path(sys.argv[1]).resolve()
    sys.path[:0] = [str(code), str(ROOT / "bench")]
    from quality_lib import madeup, tunable

    import consensus
    from consensus.ingest import collect_articles

    assert consensus.__file__ and consensus.__file__.startswith(str(code)), consensus.__file__
    data = ROOT / "tests" / "data"
    inputs = [[data / "madeup" / n] for n in tunable(madeup())]
    inputs += [[p] for p in sorted((data / "dev").glob("*/articles.jsonl"))]
    inputs += [[ROOT / "seeds"], [data / "cluster2"]]
    digest = hashlib.sha256()
    articles = errors = 0
    for paths in inputs:
        found, errs = collect_articles([p for p in paths if p.exists()] or paths)
        errors += len(errs)
        for article in found:
            dumped = article.model_dump(mode="json", exclude={"warnings", "source"})
            digest.update(json.dumps(dumped, sort_keys=True).encode())
            articles += 1
    print(f"{len(inputs)} inputs {articles} articles {errors} errors {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
