"""The reports of the seeds and the six dev clusters, made once per test session.

Several test files read these reports (`consensus.api.summarize`, offline extractor, no
cache: what `consensus summarize <cluster>` prints). Each took 1-4 s of CPU to make, and
every file made its own. Here a report is made once per process (a memo) and, under xdist,
once per session: the workers are processes, so each report is also written as JSON to a
directory shared by the session's workers (tests/conftest.py makes it and names it in
$CONSENSUS_TEST_REPORTS; without it, as when a test runs on its own, only the memo holds).

A worker takes a report's lock before making it, so two workers never make one report
twice; asked for several, a worker makes those no other worker is making first, then waits
for the rest. The directory lives for one session only, so it never holds a report of
other code. A report read back equals the one written (`Report` is frozen pydantic).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Sequence
from pathlib import Path

from consensus.models import Report

HERE = Path(__file__).resolve().parent
DEV = HERE / "data" / "dev"
SEEDS = HERE.parent / "seeds"
ENV = "CONSENSUS_TEST_REPORTS"
DEV_CLUSTERS = tuple(sorted(p.name for p in DEV.iterdir() if (p / "articles.jsonl").is_file()))


def inputs(name: str) -> Path:
    """What `consensus summarize` reads for `name`: "seeds" or a dev cluster's name."""
    if name == "seeds":
        return SEEDS
    if name not in DEV_CLUSTERS:
        raise KeyError(name)
    return DEV / name / "articles.jsonl"


def make(name: str) -> Report:
    from consensus.api import summarize

    return summarize([inputs(name)], use_cache=False)


def report(name: str) -> Report:
    """The report of "seeds" or of a dev cluster (the same object on every call)."""
    return reports([name])[name]


def reports(names: Sequence[str]) -> dict[str, Report]:
    """The reports of `names`, each made at most once in the session."""
    shared = os.environ.get(ENV)
    if not shared:
        return {name: _memo(name, None) for name in names}
    folder = Path(shared)
    out: dict[str, Report] = {}
    waiting = []
    for name in names:
        got = _shared(name, folder, block=False)
        if got is None:
            waiting.append(name)
        else:
            out[name] = got
    for name in waiting:
        got = _shared(name, folder, block=True)
        assert got is not None
        out[name] = got
    return {name: out[name] for name in names}


_made: dict[str, Report] = {}


def _memo(name: str, folder: Path | None) -> Report:
    if name not in _made:
        _made[name] = make(name) if folder is None else _read_or_make(name, folder)
    return _made[name]


def _shared(name: str, folder: Path, *, block: bool) -> Report | None:
    """The report from this process's memo, the shared folder, or made here under its lock;
    None when another worker holds the lock and `block` is false."""
    if name in _made:
        return _made[name]
    with (folder / f"{name}.lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if block else fcntl.LOCK_NB))
        except BlockingIOError:
            return None
        try:
            return _memo(name, folder)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _read_or_make(name: str, folder: Path) -> Report:
    path = folder / f"{name}.json"
    if path.is_file():
        return Report.model_validate_json(path.read_text(encoding="utf-8"))
    made = make(name)
    part = path.with_suffix(".part")
    part.write_text(made.model_dump_json(), encoding="utf-8")
    part.replace(path)
    return made
