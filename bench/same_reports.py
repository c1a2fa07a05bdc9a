"""Every report a tree renders, written to a directory, to diff two trees byte for byte.

    cd TREE && PYTHONPATH=. python /path/to/bench/same_reports.py OUT_DIR [--synthetic N]
    diff -r OUT_BASE OUT_BRANCH && echo identical

For the seeds, cluster2, the six dev clusters and every made-up cluster (tests/data/madeup)
it runs `consensus summarize --no-cache` in process (the CLI's own code path, offline
extractor and vectors) and writes the Markdown report, the Markdown with `--all` and the
JSON report. With `--synthetic N` it also writes the JSON report of `merge` on
`bench/merge_scale.py`'s corpus of N claims (the scale path). The consensus package is the
one on `sys.path` (PYTHONPATH), not this script's tree: the script prints which it used.
A speed change that keeps every rule, threshold and weight gives an empty diff.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import consensus  # (first: the tree on PYTHONPATH, before merge_scale's path)
from consensus.cli import app

HERE = Path(__file__).resolve().parent


def _clusters(tree: Path) -> dict[str, list[str]]:
    """Name -> input paths of every cluster the reports are compared on (the tree's own
    clusters by paths relative to it, the working directory: the same in two trees)."""
    out: dict[str, list[str]] = {"seeds": ["seeds"], "cluster2": ["tests/data/cluster2"]}
    for jsonl in sorted(Path("/work/shared/dev-clusters").glob("*/articles.jsonl")):
        out[f"dev-{jsonl.parent.name}"] = [str(jsonl)]
    for event in sorted(p for p in (tree / "tests" / "data" / "madeup").iterdir() if p.is_dir()):
        out[f"madeup-{event.name}"] = [str(event.relative_to(tree))]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--synthetic", type=int, default=0, help="claims of a synthetic batch")
    args = parser.parse_args()
    from typer.testing import CliRunner

    tree = Path(consensus.__file__).resolve().parent.parent
    print(f"consensus from {tree}", file=sys.stderr)
    args.out = args.out.resolve()
    os.chdir(tree)
    args.out.mkdir(parents=True, exist_ok=True)
    runner = CliRunner()
    for name, paths in _clusters(tree).items():
        for suffix, extra in (
            (".md", ["-f", "md"]),
            ("-all.md", ["--all"]),
            (".json", ["-f", "json"]),
        ):
            target = args.out / f"{name}{suffix}"
            got = runner.invoke(app, ["summarize", "--no-cache", *extra, "-o", str(target), *paths])
            if got.exit_code not in (0, 1) or not target.exists():
                print(f"{name}{suffix}: exit {got.exit_code} {got.output[-300:]}", file=sys.stderr)
                return 2
    if args.synthetic:
        sys.path.insert(0, str(HERE))
        from merge_scale import OwnOrigins, build_corpus

        from consensus.api import embed_for_merge
        from consensus.merge import merge

        assert Path(sys.modules["consensus.merge"].__file__ or "").is_relative_to(tree)
        articles, sets = build_corpus(args.synthetic)
        report = merge(articles, sets, OwnOrigins(articles), vectors=embed_for_merge(sets))
        (args.out / f"synthetic-{args.synthetic}.json").write_text(report.model_dump_json(indent=1))
    print(f"wrote {len(list(args.out.iterdir()))} files to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
