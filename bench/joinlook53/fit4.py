"""Session 53 (joinlook53): the JOIN re-fits, with and without the look-alike columns, on
dev + each half in one process (the labelled pairs read once): refit52's recipe
(`--sides --mode prior --prior-strength 30 --lookalike-weight W`, the shipped cut).

usage: PYTHONPATH=.:bench:scripts python bench/joinlook53/fit4.py [--cols-only] OUTDIR [W ...]
writes OUTDIR/w{plain,cols}L{W}{A,B}.json (A: fitted on dev + half A, to score half B);
--cols-only: the fits with the columns alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import refit_halves as rh


def main(argv: list[str]) -> int:
    variants = (("plain", False), ("cols", True))
    if argv[:1] == ["--cols-only"]:
        argv, variants = argv[1:], variants[1:]
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for w in argv[1:] or ["5"]:
        for h in rh.HALVES:
            for tag, cols in variants:
                opts = argparse.Namespace(
                    mode="prior",
                    prior_strength=30.0,
                    l2=1.0,
                    madeup_weight=1.0,
                    positive_weight=1.0,
                    lookalike_weight=float(w),
                    threshold="shipped",
                    folds=8,
                    sides=True,
                    join_columns=cols,
                )
                model = rh.fit_model(rh.training(h), opts)
                path = out / f"w{tag}L{w}{h}.json"
                path.write_text(model.to_json(), encoding="utf-8")
                ws = " ".join(
                    f"{k}={v:+.2f}" for k, v in zip(model.names, model.weights, strict=True)
                )
                print(f"{path.name}: bias {model.bias:+.3f} {ws}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
