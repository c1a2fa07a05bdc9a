"""Where the merge's cpu goes, without cProfile's overhead: each call a module makes to
another consensus module's function, timed with the process clock.

    python bench/merge_steps.py 10000                      # verdicts, clusters, link
    python bench/merge_steps.py 30000 --modules consensus.merge.link --top 40
    python bench/merge_steps.py 10000 --wrap consensus.merge.compare.PairContext

cProfile times every Python call, so on this merge (tens of millions of small calls) it
inflates call-heavy code two to four times and shrinks numpy's share; this tool times only
the calls named: for each module of `--modules`, every consensus function it imported from
another module (its callees, as the module calls them: a call inside the callee's own module
is not split out), and for each `--wrap` target (a function, or every method of a class)
every call. A callee called from inside another timed callee is counted in both. Builds
the corpus and vectors as bench/merge_scale.py does; prints the merge cpu and the sha256 of
the report JSON (as bench/merge_profile.py), then the timed calls, most cpu first.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import sys
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import merge_scale  # noqa: E402

from consensus.api import embed_for_merge  # noqa: E402

CPU: Counter[str] = Counter()
CALLS: Counter[str] = Counter()


def _timed(f: Callable[..., Any], label: str) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            CPU[label] += time.process_time() - start
            CALLS[label] += 1

    return timed


def _short(module: str) -> str:
    return module.rsplit(".", 1)[-1]


def wrap_callees(module_name: str) -> None:
    """Time the calls `module_name` makes to functions of other consensus modules."""
    module = importlib.import_module(module_name)
    for name, f in list(vars(module).items()):
        if not isinstance(f, types.FunctionType) or name.startswith("__"):
            continue
        if not f.__module__.startswith("consensus") or f.__module__ == module_name:
            continue
        label = f"{_short(module_name)} -> {_short(f.__module__)}.{name}"
        setattr(module, name, _timed(f, label))


def wrap_target(target: str) -> None:
    """Time every call of a function, or of each method of a class (`module.name`)."""
    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    obj = getattr(module, name)
    if isinstance(obj, type):
        for attr, f in list(vars(obj).items()):
            if isinstance(f, types.FunctionType):
                setattr(obj, attr, _timed(f, f"{name}.{attr}"))
    else:
        setattr(module, name, _timed(obj, f"{_short(module_name)}.{name}"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=int)
    parser.add_argument(
        "--modules",
        default="consensus.merge.verdicts,consensus.merge.clusters,consensus.merge.link",
        help="comma-separated modules whose calls out are timed",
    )
    parser.add_argument("--wrap", default="", help="comma-separated functions or classes")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    for module_name in filter(None, args.modules.split(",")):
        wrap_callees(module_name)
    for target in filter(None, args.wrap.split(",")):
        wrap_target(target)
    from consensus.merge import merge  # (after the wrapping: `merge` reads its modules' names)

    articles, sets = merge_scale.build_corpus(args.claims)
    vectors = embed_for_merge(sets)
    CPU.clear()
    CALLS.clear()
    cpu = time.process_time()
    report = merge(articles, sets, merge_scale.OwnOrigins(articles), vectors=vectors)
    cpu = time.process_time() - cpu
    digest = hashlib.sha256(report.model_dump_json().encode()).hexdigest()
    print(f"claims {sum(len(cs.claims) for cs in sets)} merge cpu {cpu:.2f} s sha256 {digest}")
    for label, spent in CPU.most_common(args.top):
        print(f"{spent:8.2f} s {spent / max(cpu, 1e-9):6.1%} {CALLS[label]:>9} {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
