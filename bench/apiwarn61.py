"""Sweep the Python API and batch's planner the way an editorial tool and a daily job call them.

Each case builds its inputs from invented records (tests/test_bad_feeds.py's two stories) in a
temporary directory and calls `consensus.summarize` (offline extractor, no cache) or
`consensus.batching.plan_batch` in this process, with the code of `--code` (a tree holding
`consensus/`, e.g. `git archive 0146a6c7 consensus | tar -x -C /tmp/base`). One TSV row per
case: case, path, outcome (one line). `--merge BEFORE AFTER` joins two runs into the table
(case, path, before, after, verdict) with the verdicts read by hand in `REVIEWED`.

    PYTHONPATH=. .venv/bin/python bench/apiwarn61.py --code /tmp/base > before.tsv
    PYTHONPATH=. .venv/bin/python bench/apiwarn61.py --code . > after.tsv
    python3 bench/apiwarn61.py --merge before.tsv after.tsv > bench/apiwarn61.tsv

`--skip a,b` leaves cases out (their row says so): on the base, `single_str_path` iterates the
string's characters, so "/" is read as a directory and the whole disk is walked.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (verdicts read by hand on the base run: DEFECT = a user would call it a bug; ok = right already)
REVIEWED = {
    "dicts": "DEFECT: TypeError about os.PathLike for a list of dict records",
    "single_str_path": "DEFECT: a str is iterated as characters; '/' walks the whole disk",
    "single_Path": "DEFECT: a Path is not iterable: TypeError",
    "load_articles_one_str": "DEFECT: read character by character (an absolute path walks /)",
    "one_bad_dict": "DEFECT (same as dicts)",
    "dup_articles": "DEFECT: two Articles with one id fail the whole run (UsageError)",
    "dup_dict_ids": "DEFECT (same as dicts)",
    "empty_text_dict": "DEFECT (same as dicts)",
    "huge_text": "DEFECT (same as dicts); the same text as a file reads (badinput60)",
    "mixed_languages": "DEFECT: the language warning reaches no Report field",
    "non_utf8_file": "DEFECT: the decoding warning reaches no Report field",
    "bad_date": "DEFECT: the date warning reaches no Report field",
    "articles_and_path": "DEFECT: TypeError for a mix of Article and path",
    "wrong_type": "DEFECT: TypeError without naming the input",
    "empty_list": "ok: UsageError",
    "gzip_api": "DEFECT (minor): named, but as 'binary input'; gzip is not read (not claimed)",
    "batch_one_story_fails": "ok: the failing story carries its errors, the other is planned",
    "batch_storyId": "DEFECT: 'storyId' is not a story key; the feed is re-clustered",
    "batch_cluster_id": "DEFECT: 'cluster_id' is not a story key; the feed is re-clustered",
    "batch_results_wrapper": "DEFECT: ingest reads {results: [...]}, batch loses its story ids",
    "batch_data_wrapper": "DEFECT: ingest reads {data: [...]}, batch loses its story ids",
    "batch_articles_wrapper": "ok: {articles: [...]} keeps its story ids",
    "batch_gzip": "DEFECT (minor): named, but 'not a directory ... or JSON Lines'",
}


def _records() -> list[dict[str, Any]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_bad_feeds import _records as records

    return records()


def _feed(records: list[Any]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def _report_line(report: Any) -> str:
    warnings = getattr(report, "warnings", None)
    shown = "no warnings field" if warnings is None else f"warnings {list(warnings)}"
    ids = [a.id for a in report.articles]
    fails = [f"{f.article}: {f.error}" for f in report.failures]
    return f"report: articles {ids}; failures {fails}; {shown}"


def _ids(articles: Any) -> str:
    return f"articles {[a.id for a in articles]}"


def _plan_line(plan: Any) -> str:
    stories = [f"{s.id}={len(s.articles)}" + ("!" if s.input_errors else "") for s in plan.stories]
    return f"plan: stories {stories}; clustered {plan.clustered}; errors {list(plan.input_errors)}"


def _cases(tmp: Path) -> dict[str, tuple[str, Callable[[], str]]]:
    from consensus import api
    from consensus.batching import plan_batch
    from consensus.ingest import load_articles

    recs = _records()
    harbor = recs[:3]
    feed = tmp / "feed.jsonl"
    feed.write_text(_feed(harbor), encoding="utf-8")

    def summ(inputs: Any) -> str:
        return _report_line(api.summarize(inputs, use_cache=False))

    def bad_dicts() -> list[dict[str, Any]]:
        return [harbor[0], {"id": "x", "title": "No body"}, *harbor[1:]]

    def dup_articles() -> list[Any]:
        arts = load_articles([feed])
        return [arts[0], arts[1], arts[1].model_copy(update={"text": arts[2].text})]

    def huge() -> list[dict[str, Any]]:
        big = {**harbor[2], "text": (harbor[2]["text"] + "\n\n") * 2500}
        return [harbor[0], harbor[1], big]

    def languages() -> list[dict[str, Any]]:
        other = {
            **harbor[2],
            "text": "Die Fähre Arlen Star ist am Dienstagmorgen vor dem Hafen von Velmora auf "
            "Grund gelaufen, teilte die Hafenbehörde mit. Alle 212 Passagiere wurden mit "
            "Rettungsbooten von Bord gebracht, niemand wurde verletzt. Kapitän Oda Renfrew "
            "sagte, das Wasser sei niedriger gewesen als auf den Karten angegeben.",
        }
        return [harbor[0], harbor[1], other]

    def latin1() -> list[Path]:
        path = tmp / "latin.jsonl"
        rows = [dict(r) for r in harbor]
        rows[0]["text"] = rows[0]["text"].replace("reporters", "réporters")
        path.write_bytes(_feed(rows).replace("\\u00e9", "é").encode("cp1252"))
        return [path]

    def bad_date() -> list[Path]:
        path = tmp / "date.jsonl"
        rows = [dict(r) for r in harbor]
        rows[1]["published"] = "sometime last week"
        path.write_text(_feed(rows), encoding="utf-8")
        return [path]

    def gz() -> Path:
        path = tmp / "feed.jsonl.gz"
        path.write_bytes(gzip.compress(_feed(recs).encode("utf-8")))
        return path

    def wrapped(key: str, story_key: str = "story") -> Path:
        rows = [{k if k != "story" else story_key: v for k, v in r.items()} for r in recs]
        path = tmp / f"wrap-{key}-{story_key}.json"
        body: Any = rows if key == "" else {key: rows, "status": "ok"}
        path.write_text(json.dumps(body), encoding="utf-8")
        return path

    def one_story_fails() -> Path:
        rows: list[Any] = [dict(r) for r in recs]
        for r in rows[3:]:
            r["text"] = ""
        path = tmp / "onefails.jsonl"
        path.write_text(_feed(rows), encoding="utf-8")
        return path

    return {
        "dicts": ("api", lambda: summ(harbor)),
        "single_str_path": ("api", lambda: summ(str(feed))),
        "single_Path": ("api", lambda: summ(feed)),
        "load_articles_one_str": ("api", lambda: _ids(load_articles("feed.jsonl"))),
        "one_bad_dict": ("api", lambda: summ(bad_dicts())),
        "dup_articles": ("api", lambda: summ(dup_articles())),
        "dup_dict_ids": (
            "api",
            lambda: summ([harbor[0], harbor[1], {**harbor[2], "id": "harbor-1"}]),
        ),
        "empty_text_dict": ("api", lambda: summ([*harbor, {**harbor[0], "id": "e", "text": ""}])),
        "huge_text": ("api", lambda: summ(huge())),
        "mixed_languages": ("api", lambda: summ(languages())),
        "non_utf8_file": ("api", lambda: summ(latin1())),
        "bad_date": ("api", lambda: summ(bad_date())),
        "articles_and_path": ("api", lambda: summ([load_articles([feed])[0], feed])),
        "wrong_type": ("api", lambda: summ([feed, 42])),
        "empty_list": ("api", lambda: summ([])),
        "gzip_api": ("api", lambda: summ([gz()])),
        "batch_one_story_fails": ("batch", lambda: _plan_line(plan_batch(one_story_fails()))),
        "batch_storyId": ("batch", lambda: _plan_line(plan_batch(wrapped("", "storyId")))),
        "batch_cluster_id": ("batch", lambda: _plan_line(plan_batch(wrapped("", "cluster_id")))),
        "batch_results_wrapper": ("batch", lambda: _plan_line(plan_batch(wrapped("results")))),
        "batch_data_wrapper": ("batch", lambda: _plan_line(plan_batch(wrapped("data")))),
        "batch_articles_wrapper": ("batch", lambda: _plan_line(plan_batch(wrapped("articles")))),
        "batch_gzip": ("batch", lambda: _plan_line(plan_batch(gz()))),
    }


def _run(code: str, only: set[str], skip: set[str]) -> None:
    sys.path.insert(0, str(Path(code).resolve()))
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # (`load_articles_one_str` names a relative path: on the base it is
        # read character by character, and "/" would walk the disk)
        for name, (where, call) in _cases(Path(tmp)).items():
            if only and name not in only:
                continue
            if name in skip:
                print(f"{name}\t{where}\tnot run (--skip)", flush=True)
                continue
            try:
                outcome = call()
            except Exception as exc:
                last = traceback.extract_tb(exc.__traceback__)[-1]
                where_raised = f"{Path(last.filename).name}:{last.lineno}"
                text = " ".join(str(exc).split())[:300]
                outcome = f"raises {type(exc).__name__} ({where_raised}): {text}"
            print(f"{name}\t{where}\t{outcome}", flush=True)


def _merge(before: str, after: str) -> None:
    def rows(path: str) -> dict[str, tuple[str, str]]:
        out = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            name, where, outcome = line.split("\t", 2)
            out[name] = (where, outcome)
        return out

    old, new = rows(before), rows(after)
    print("case\tpath\tbefore\tafter\tverdict (base)")
    for name, (where, outcome) in new.items():
        print(f"{name}\t{where}\t{old.get(name, ('', 'not run'))[1]}\t{outcome}\t{REVIEWED[name]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", default=".")
    parser.add_argument("--only", default="")
    parser.add_argument("--skip", default="")
    parser.add_argument("--merge", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.merge:
        _merge(*args.merge)
        return
    _run(
        args.code, set(filter(None, args.only.split(","))), set(filter(None, args.skip.split(",")))
    )


if __name__ == "__main__":
    main()
