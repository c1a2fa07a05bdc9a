"""Run a bench script with the JOIN decision's weights replaced, without editing the tree.

`consensus/merge/link_models.py` reads `data/link_weights_join.json` when the file is there.
To compare a JOIN file against the start on the same checkout (before/after reads of
bench/split_causes.py, bench/speakers57.py, the floors), this wrapper patches the shipped
JOIN model in the parent process before the script runs; pool workers are forked, so they
inherit it (session 58, alignjoin58).

Usage (from the repository root):
  PYTHONPATH=.:bench .venv/bin/python bench/join_trial.py [--join FILE | --none]
      [--speaker-gate] SCRIPT [ARGS ...]
--join FILE: the JOIN weights FILE (e.g. a copy with another threshold); --none: no JOIN
file (the link weights decide the join, as main without the file); --speaker-gate: the align
gate (`merge/align_gate.py`) also refuses a raise on a pair whose speakers clash (the
`speaker_clash` column), measured and not shipped (bench/README.md, "Session 58
(alignjoin58)").
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

import numpy as np


def main(argv: list[str]) -> None:
    import consensus.merge.link as link
    import consensus.merge.link_models as models
    from consensus.merge.compare import COMPARISONS
    from consensus.merge.weights import LogisticModel

    while argv and argv[0].startswith("--"):
        flag = argv.pop(0)
        if flag == "--none":
            models._shipped_join_model = lambda: None  # type: ignore[assignment]
        elif flag == "--join":
            model = LogisticModel.load(Path(argv.pop(0)))
            models._shipped_join_model = lambda m=model: m  # type: ignore[assignment]
        elif flag == "--speaker-gate":
            real, clash = link.gated_join, COMPARISONS.index("speaker_clash")

            def gated(
                join_p: Any,
                link_p: Any,
                x: Any,
                feats: Any,
                pairs: Any,
                real: Any = real,
                clash: int = clash,
            ) -> Any:
                out = real(join_p, link_p, x, feats, pairs)
                return np.where((join_p > link_p) & (x[:, clash] > 0), link_p, out)

            link.gated_join = gated  # type: ignore[assignment]
        else:
            raise SystemExit(f"unknown flag {flag}")
    if not argv:
        raise SystemExit(__doc__)
    sys.argv = argv
    runpy.run_path(argv[0], run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
