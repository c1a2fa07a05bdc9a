"""Reports of the repo's clusters, made once per test session for every file that reads them.

Several test files read the same reports: `report` is `consensus.api.summarize` of the seeds
or of a dev cluster (offline extractor, no cache: what `consensus summarize <cluster>`
prints); `madeup_run` is a made-up cluster (tests/data/madeup/<name>/*.txt) through the
offline extractor and `build_report`, as bench/quality.py scores it, with its claims. Each
takes 0.5-4 s of CPU, and every file made its own.

Here each is made once per process (a memo) and, under xdist, once per session: the
workers are processes, so each is also written as JSON to a folder shared by the session's
workers (tests/conftest.py makes it and names it in $CONSENSUS_TEST_REPORTS; without it, as
when a test runs on its own, only the memo holds). A worker takes an entry's lock before
making it, so two workers never make one entry twice; asked for several, a worker first
makes those no other worker is making, then waits for the rest. The folder lives for one
session, so it never holds a report of other code. What is read back equals what was
written (frozen pydantic models).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from consensus.models import ExtractionResult, Report

HERE = Path(__file__).resolve().parent
DEV = HERE / "data" / "dev"
MADEUP = HERE / "data" / "madeup"
SEEDS = HERE.parent / "seeds"
ENV = "CONSENSUS_TEST_REPORTS"
DEV_CLUSTERS = tuple(sorted(p.name for p in DEV.iterdir() if (p / "articles.jsonl").is_file()))

Run = tuple[ExtractionResult, Report]


def inputs(name: str) -> Path:
    """What `consensus summarize` reads for `name`: "seeds" or a dev cluster's name."""
    if name == "seeds":
        return SEEDS
    if name not in DEV_CLUSTERS:
        raise KeyError(name)
    return DEV / name / "articles.jsonl"


def report(name: str) -> Report:
    """`summarize` of "seeds" or of a dev cluster (the same object on every call)."""
    return reports([name])[name]


def reports(names: Sequence[str]) -> dict[str, Report]:
    """`summarize` of each of `names` ("seeds" or dev clusters), each made once a session."""
    got = _entries([f"summary-{name}" for name in names], _SUMMARY)
    return {name: got[f"summary-{name}"] for name in names}


def madeup_run(name: str) -> Run:
    """A made-up cluster's articles and claims (offline extractor) and its `build_report`."""
    run: Run = _entries([f"madeup-{name}"], _MADEUP)[f"madeup-{name}"]
    return run


def _summarize(key: str) -> Report:
    from consensus.api import summarize

    return summarize([inputs(key.removeprefix("summary-"))], use_cache=False)


def _run_madeup(key: str) -> Run:
    from consensus.api import build_report
    from consensus.ingest import load_articles
    from consensus.offline import extract_offline

    folder = MADEUP / key.removeprefix("madeup-")
    articles = load_articles(sorted(str(p) for p in folder.glob("*.txt")))
    if not articles:
        raise KeyError(folder.name)
    sets = tuple(extract_offline(a) for a in articles)
    extraction = ExtractionResult(articles=tuple(articles), claim_sets=sets)
    return extraction, build_report(extraction)


class _Kind:
    """How one kind of entry is made, written (one JSON document a line) and read back."""

    def __init__(
        self,
        make: Callable[[str], Any],
        dump: Callable[[Any], list[str]],
        load: Callable[[list[str]], Any],
    ) -> None:
        self.make, self.dump, self.load = make, dump, load


_SUMMARY = _Kind(
    _summarize, lambda r: [r.model_dump_json()], lambda lines: Report.model_validate_json(lines[0])
)
_MADEUP = _Kind(
    _run_madeup,
    lambda run: [run[0].model_dump_json(), run[1].model_dump_json()],
    lambda lines: (
        ExtractionResult.model_validate_json(lines[0]),
        Report.model_validate_json(lines[1]),
    ),
)
_made: dict[str, Any] = {}


def _entries(keys: Sequence[str], kind: _Kind) -> dict[str, Any]:
    shared = os.environ.get(ENV)
    folder = Path(shared) if shared else None
    out: dict[str, Any] = {}
    waiting = []
    for key in keys:
        got = _entry(key, kind, folder, block=False)
        if got is None:
            waiting.append(key)
        else:
            out[key] = got
    for key in waiting:
        out[key] = _entry(key, kind, folder, block=True)
    return out


def _entry(key: str, kind: _Kind, folder: Path | None, *, block: bool) -> Any:
    """The entry from this process's memo, the shared folder, or made here under its lock;
    None when another worker holds the lock and `block` is false."""
    if key not in _made and folder is None:
        _made[key] = kind.make(key)
    if key in _made:
        return _made[key]
    assert folder is not None
    with (folder / f"{key}.lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if block else fcntl.LOCK_NB))
        except BlockingIOError:
            return None
        try:
            _made[key] = _read_or_make(key, kind, folder)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return _made[key]


def _read_or_make(key: str, kind: _Kind, folder: Path) -> Any:
    path = folder / f"{key}.json"
    if path.is_file():
        return kind.load(path.read_text(encoding="utf-8").splitlines())
    made = kind.make(key)
    part = path.with_suffix(".part")
    part.write_text("\n".join(kind.dump(made)) + "\n", encoding="utf-8")
    part.replace(path)
    return made
