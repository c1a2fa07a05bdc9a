"""Bad-input sweep: mutate real inputs and drive each through `summarize`, `batch` and the API.

    PYTHONPATH=. .venv/bin/python bench/badinput60.py [--only a,b] [--code DIR] > OUT.tsv

`--code DIR` runs another tree's package (an export of the base commit: `git archive
44e8a0af consensus | tar -x -C DIR`), so the same sweep gives the before and after rows.

Every case writes its inputs into a scratch directory, runs the real CLI in a subprocess
(offline extractor, --no-cache) and/or the Python API in-process, and prints one TSV row per
(case, entry point): exit code, the stderr lines that are not progress, and an automatic
verdict. The automatic verdict flags: a traceback, exit 0 after an `error:`/`failed:` line,
an error line that does not name the input, an error of more than one line, and (batch) good
stories missing from index.json. The `verdict` column says `ok` or `DEFECT: <why>`.

Inputs: the shortest dev cluster as a JSON Lines feed (story "a") plus a second dev cluster
(story "b") for `batch`; the seeds directory for directory cases. Mutations hit story "a"'s
second record (or the whole file for encodings).
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CODE = ROOT  # the tree whose `consensus` package runs (--code: e.g. an export of the base)
PY = str(ROOT / ".venv" / "bin" / "python")
DEV = ROOT / "tests" / "data" / "dev"
SEEDS = ROOT / "seeds"
STORY_A = "american_airlines_g_league"
STORY_B = "broadcom_qualcomm_bid"


def records(name: str, story: str) -> list[dict[str, Any]]:
    with (DEV / name / "articles.jsonl").open(encoding="utf-8") as f:
        return [{**json.loads(line), "story": story} for line in f if line.strip()]


def dump(recs: list[Any]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# --- mutations of the feed: list of records -> file bytes ---------------------------------

Mut = Callable[[list[dict[str, Any]]], bytes]


def field(key: str, value: Any) -> Mut:
    def mut(recs: list[dict[str, Any]]) -> bytes:
        recs[1] = {**recs[1], key: value}
        return dump(recs).encode("utf-8")

    return mut


def drop(key: str) -> Mut:
    def mut(recs: list[dict[str, Any]]) -> bytes:
        recs[1] = {k: v for k, v in recs[1].items() if k != key}
        return dump(recs).encode("utf-8")

    return mut


def line_text(make: Callable[[str], str]) -> Mut:
    def mut(recs: list[dict[str, Any]]) -> bytes:
        lines = dump(recs).splitlines(keepends=True)
        lines[1] = make(lines[1].rstrip("\n")) + "\n"
        return "".join(lines).encode("utf-8")

    return mut


def whole(make: Callable[[str], bytes]) -> Mut:
    return lambda recs: make(dump(recs))


def dup_id(recs: list[dict[str, Any]]) -> bytes:
    recs[1] = {**recs[1], "id": recs[0]["id"]}
    return dump(recs).encode("utf-8")


def truncated_tail(recs: list[dict[str, Any]]) -> bytes:
    text = dump(recs)
    return text[: len(text) - 400].encode("utf-8")  # the crawl died inside the last record


def nul_byte(recs: list[dict[str, Any]]) -> bytes:
    lines = dump(recs).encode("utf-8").splitlines(keepends=True)
    lines[1] = lines[1][:200] + b"\x00" + lines[1][200:]
    return b"".join(lines)


def latin1_line(recs: list[dict[str, Any]]) -> bytes:
    lines = dump(recs).splitlines(keepends=True)
    out = [ln.encode("utf-8") for ln in lines]
    out[1] = lines[1].replace("the", "thé", 3).encode("latin-1", errors="replace")
    return b"".join(out)


def latin1_file(recs: list[dict[str, Any]]) -> bytes:
    return dump(recs).replace("the", "thé").encode("latin-1", errors="replace")


def huge(recs: list[dict[str, Any]]) -> bytes:
    text = recs[1]["text"]
    recs[1] = {**recs[1], "text": (text + "\n\n") * (5_000_000 // (len(text) + 2) + 1)}
    return dump(recs).encode("utf-8")


def as_list_bad_element(recs: list[dict[str, Any]]) -> bytes:
    return json.dumps([recs[0], "oops", *recs[2:]]).encode("utf-8")


FEED_CASES: dict[str, Mut] = {
    "good feed": lambda recs: dump(recs).encode("utf-8"),
    "truncated JSONL line": line_text(lambda ln: ln[: len(ln) // 2]),
    "truncated last record (no newline)": truncated_tail,
    "line is a JSON array": line_text(lambda ln: "[" + ln + "]"),
    "line is a JSON string": line_text(lambda ln: json.dumps("just text")),
    "line is a number": line_text(lambda ln: "42"),
    "line is null": line_text(lambda ln: "null"),
    "missing text": drop("text"),
    "empty text": field("text", ""),
    "text null": field("text", None),
    "text number": field("text", 12345),
    "text list of numbers": field("text", [1, 2, 3]),
    "text dict": field("text", {"p": "x"}),
    "missing title": drop("title"),
    "empty title": field("title", ""),
    "title number": field("title", 7),
    "title null": field("title", None),
    "title list": field("title", ["a", "b"]),
    "outlet number": field("outlet", 3),
    "outlet dict": field("outlet", {"name": 5}),
    "url number": field("url", 99),
    "url not a url": field("url", "not a url at all"),
    "published number": field("published", 17),
    "published null": field("published", None),
    "published unparseable": field("published", "sometime last week"),
    "published impossible date": field("published", "2016-13-45"),
    "published huge epoch": field("published", 1e30),
    "published negative epoch": field("published", -5),
    "published list": field("published", ["2016"]),
    "id null": field("id", None),
    "id dict": field("id", {"a": 1}),
    "id bool": field("id", True),
    "id float": field("id", 1.5),
    "id with slash": field("id", "../../etc/x"),
    "id empty": field("id", ""),
    "duplicate article ids": dup_id,
    "story id number": field("story", 5),
    "story id null": field("story", None),
    "story id with slash": field("story", "../up"),
    "story id empty": field("story", ""),
    "BOM": whole(lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    "UTF-16 LE with BOM": whole(lambda t: t.encode("utf-16")),
    "UTF-16 BE without BOM": whole(lambda t: t.encode("utf-16-be")),
    "Latin-1 bytes in one line": latin1_line,
    "Latin-1 whole file": latin1_file,
    "CRLF": whole(lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    "NUL byte in one line": nul_byte,
    "escaped NUL in text": field("text", "Before the NUL \u0000 after it. " * 20),
    "5 MB single article": huge,
    "text only HTML tags": field("text", "<div><p></p><span><br/></span></div>" * 20),
    "text only whitespace": field("text", " \n\t \n " * 50),
    "text control characters": field("text", "\x01\x02\x03\x1b[31m" * 200),
    "empty file": lambda recs: b"",
    "only blank lines": lambda recs: b"\n\n  \n",
    "JSON list with a bad element": as_list_bad_element,
}


# --- running -------------------------------------------------------------------------------


def run(args: list[str], cwd: Path, stdin: bytes | None = None) -> tuple[int, str, str]:
    env = {**os.environ, "CONSENSUS_CACHE_DIR": str(cwd / "cache"), "PYTHONPATH": str(CODE)}
    env.pop("CONSENSUS_MODEL", None)
    proc = subprocess.run(
        [PY, "-m", "consensus", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=900,
    )
    return (
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def judge(code: int, stderr: str, *, named: str, failed_expected: bool) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    if "Traceback" in stderr:
        return "DEFECT: traceback"
    bad = [ln for ln in lines if ln.startswith(("error:", "failed:"))]
    if failed_expected and code == 0:
        return "DEFECT: exit 0 on failure"
    if bad and code == 0:
        return "DEFECT: exit 0 after an error line"
    if failed_expected and not bad:
        return "DEFECT: no error line"
    for ln in bad:
        if named not in ln and "<stdin>" not in ln:
            return f"DEFECT: error does not name the input ({named})"
    odd = [ln for ln in lines if not ln.startswith(("error:", "failed:", "warning:", "wrote "))]
    odd = [
        ln
        for ln in odd
        if not (" inputs extracted" in ln or ln.startswith("brief:") or " in the brief" in ln)
    ]
    if odd:
        return "DEFECT: extra stderr lines: " + " | ".join(odd)[:200]
    return "ok"


def row(case: str, entry: str, code: int, stderr: str, verdict: str) -> None:
    said = " | ".join(
        ln for ln in stderr.splitlines() if ln.startswith(("error:", "failed:", "warning:"))
    )
    said = re.sub(r"/\S*?badinput60-[^/\s]+", "TMP", said.replace("\t", " "))[:300] or "-"
    print(f"{case}\t{entry}\texit {code}: {said}\t{verdict}", flush=True)


def feed_case(name: str, mut: Mut, tmp: Path, entries: set[str]) -> None:
    recs = records(STORY_A, "a") + records(STORY_B, "b")
    data = mut(recs)
    feed = tmp / "feed.jsonl"
    feed.write_bytes(data)
    failed = name not in GOOD_CASES
    if "summarize" in entries:
        code, out, err = run(["summarize", str(feed), "--no-cache", "-f", "json"], tmp)
        verdict = judge(code, err, named=str(feed), failed_expected=failed)
        if verdict == "ok" and code in (0, 1) and out.strip():
            rep = json.loads(out)
            cited = {
                c["article"]
                for k in ("agreed", "single_source")
                for it in rep[k]
                for c in it["citations"]
            }
            if len(cited) < 5:
                verdict = f"DEFECT: only {len(cited)} articles cited"
        row(name, "summarize", code, err, verdict)
    if "batch" in entries:
        out_dir = tmp / "brief"
        code, _, err = run(["batch", str(feed), "-o", str(out_dir), "--no-cache"], tmp)
        verdict = judge(code, err, named=str(feed), failed_expected=failed)
        index = out_dir / "index.json"
        if verdict == "ok" and data.strip() and code in (0, 1):
            if not index.exists():
                verdict = "DEFECT: no index.json"
            else:
                stories = {s["id"]: s["status"] for s in json.loads(index.read_text())["stories"]}
                if stories.get("b") not in ("done", "ok", "brief", "single_origin") and not any(
                    st != "failed" for st in stories.values()
                ):
                    verdict = f"DEFECT: good story lost: {stories}"
        row(name, "batch", code, err, verdict)
    if "api" in entries:
        api_case(name, feed, failed)


def api_case(name: str, path: Path, failed: bool) -> None:
    import consensus
    from consensus.errors import ConsensusError

    try:
        report = consensus.summarize([path], use_cache=False)
    except ConsensusError as exc:
        msg = str(exc)
        verdict = "ok" if failed and str(path) in msg and "\n" not in msg else "DEFECT: " + msg
        row(name, "api", 0, f"error: {type(exc).__name__}: {msg}", verdict)
        return
    except Exception as exc:  # the sweep records what escapes
        row(name, "api", 0, f"error: {type(exc).__name__}: {exc}", "DEFECT: not a ConsensusError")
        return
    notes = " | ".join(f.error for f in report.failures) or "-"
    if failed and not report.failures:
        verdict = "DEFECT: no failure recorded"
    elif any(str(path) not in f.error for f in report.failures):
        verdict = "DEFECT: failure does not name the input"
    else:
        verdict = "ok"
    row(name, "api", 0, f"failed: {notes}" if report.failures else "", verdict)


GOOD_CASES = {
    "good feed",
    "missing title",
    "empty title",
    "title number",
    "title null",
    "title list",
    "outlet number",
    "outlet dict",
    "url number",
    "url not a url",
    "published number",
    "published null",
    "published unparseable",
    "published impossible date",
    "published huge epoch",
    "published negative epoch",
    "published list",
    "id null",
    "id dict",
    "id bool",
    "id float",
    "id with slash",
    "id empty",
    "duplicate article ids",
    "story id number",
    "story id null",
    "story id with slash",
    "story id empty",
    "BOM",
    "UTF-16 LE with BOM",
    "UTF-16 BE without BOM",
    "Latin-1 bytes in one line",
    "Latin-1 whole file",
    "CRLF",
    "escaped NUL in text",
    "5 MB single article",
}


# --- directory and path cases ----------------------------------------------------------------


def seeds_copy(tmp: Path) -> Path:
    d = tmp / "seeds"
    d.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        (d / p.name).write_bytes(p.read_bytes())
    return d


def path_cases(tmp: Path, only: set[str] | None) -> None:
    def want(name: str) -> bool:
        return only is None or name in only

    if want("mixed good and bad files"):
        d = seeds_copy(tmp)
        (d / "empty.txt").write_bytes(b"")
        (d / "binary.txt").write_bytes(bytes(range(256)) * 10)
        (d / "blank.md").write_text("   \n\n ")
        (d / "broken.json").write_text('{"text": "cut')
        code, _, err = run(["summarize", str(d), "--no-cache", "-o", str(tmp / "r.md")], tmp)
        v = judge(code, err, named=str(d), failed_expected=True)
        if not (tmp / "r.md").exists():
            v = "DEFECT: report of the good files not written"
        row("mixed good and bad files", "summarize", code, err, v)
    if want("missing path"):
        code, _, err = run(["summarize", str(tmp / "nope.txt"), "--no-cache"], tmp)
        row(
            "missing path",
            "summarize",
            code,
            err,
            judge(code, err, named=str(tmp / "nope.txt"), failed_expected=True),
        )
        code, _, err = run(["batch", str(tmp / "nope"), "-o", str(tmp / "o"), "--no-cache"], tmp)
        row(
            "missing path",
            "batch",
            code,
            err,
            judge(code, err, named=str(tmp / "nope"), failed_expected=True),
        )
        api_case("missing path", tmp / "nope.txt", True)
    if want("missing path among good"):
        code, _, err = run(
            ["summarize", str(SEEDS), str(tmp / "nope.txt"), "--no-cache", "-o", str(tmp / "m.md")],
            tmp,
        )
        v = judge(code, err, named=str(tmp / "nope.txt"), failed_expected=True)
        row("missing path among good", "summarize", code, err, v)
    if want("out path is a directory"):
        (tmp / "outdir").mkdir()
        code, _, err = run(["summarize", str(SEEDS), "--no-cache", "-o", str(tmp / "outdir")], tmp)
        row(
            "out path is a directory",
            "summarize",
            code,
            err,
            judge(code, err, named=str(tmp / "outdir"), failed_expected=True),
        )
    if want("outlets path is a directory"):
        code, _, err = run(
            ["summarize", str(SEEDS), "--no-cache", "--outlets", str(tmp / "outdir2")], tmp
        )
        (tmp / "outdir2").mkdir(exist_ok=True)
        code, _, err = run(
            ["summarize", str(SEEDS), "--no-cache", "--outlets", str(tmp / "outdir2")], tmp
        )
        row(
            "outlets path is a directory",
            "summarize",
            code,
            err,
            judge(code, err, named=str(tmp / "outdir2"), failed_expected=True),
        )
    if want("batch out is a file"):
        (tmp / "afile").write_text("x")
        code, _, err = run(["batch", str(SEEDS), "-o", str(tmp / "afile"), "--no-cache"], tmp)
        row(
            "batch out is a file",
            "batch",
            code,
            err,
            judge(code, err, named=str(tmp / "afile"), failed_expected=True),
        )
    if want("batch input is a plain text file"):
        code, _, err = run(
            ["batch", str(SEEDS / "000_73d2cbd8472e204d.txt"), "-o", str(tmp / "o2"), "--no-cache"],
            tmp,
        )
        row(
            "batch input is a plain text file",
            "batch",
            code,
            err,
            judge(code, err, named="000_73d2cbd8472e204d.txt", failed_expected=True),
        )
    if want("batch story folder all bad"):
        root = tmp / "stories"
        good = root / "good"
        good.mkdir(parents=True)
        for p in sorted(SEEDS.glob("*.txt")):
            (good / p.name).write_bytes(p.read_bytes())
        bad = root / "bad"
        bad.mkdir()
        (bad / "a.txt").write_bytes(b"")
        (bad / "b.json").write_text("[1, 2")
        out = tmp / "o3"
        code, _, err = run(["batch", str(root), "-o", str(out), "--no-cache"], tmp)
        v = judge(code, err, named=str(bad), failed_expected=True)
        if v == "ok":
            idx = json.loads((out / "index.json").read_text())
            st = {s["id"]: s["status"] for s in idx["stories"]}
            if st.get("good") == "failed" or "good" not in st:
                v = f"DEFECT: good story lost {st}"
        row("batch story folder all bad", "batch", code, err, v)
    if want("stdin empty"):
        code, _, err = run(["summarize", "-", "--no-cache"], tmp, stdin=b"")
        row(
            "stdin empty",
            "summarize",
            code,
            err,
            judge(code, err, named="<stdin>", failed_expected=True),
        )
        code, _, err = run(["batch", "-", "-o", str(tmp / "o4"), "--no-cache"], tmp, stdin=b"")
        row(
            "stdin empty",
            "batch",
            code,
            err,
            judge(code, err, named="<stdin>", failed_expected=True),
        )
    if want("stdin UTF-16 feed"):
        data = dump(records(STORY_A, "a") + records(STORY_B, "b")).encode("utf-16")
        code, _, err = run(["batch", "-", "-o", str(tmp / "o5"), "--no-cache"], tmp, stdin=data)
        row(
            "stdin UTF-16 feed",
            "batch",
            code,
            err,
            judge(code, err, named="<stdin>", failed_expected=False),
        )
    if want("stdin Latin-1 feed"):
        data = latin1_file(records(STORY_A, "a"))
        code, _, err = run(["summarize", "-", "--no-cache", "-f", "json"], tmp, stdin=data)
        row(
            "stdin Latin-1 feed",
            "summarize",
            code,
            err,
            judge(code, err, named="<stdin>", failed_expected=False),
        )


# Verdicts read by hand on the base rows, where the automatic judge cannot see the defect
# (a message in Python's terms, a field dropped without a word, story ids lost): case -> why.
WARNED_PER_RECORD = "DEFECT: a file-wide warning: once per record (summarize), never (batch)"
REVIEWED = {
    "line is a JSON string": "DEFECT: message in Python type names (str), not JSON's",
    "line is a number": "DEFECT: message in Python type names (int), not JSON's",
    "line is null": "DEFECT: message in Python type names (NoneType), not JSON's",
    "line is a JSON array": "DEFECT: message in Python type names (list), not JSON's",
    "empty text": "DEFECT: an empty text field is reported as no text field",
    "text number": "DEFECT: a text field of the wrong type is reported as no text field",
    "text dict": "DEFECT: a text field of the wrong type is reported as no text field",
    "title number": "DEFECT: field dropped without a warning",
    "title list": "DEFECT: field dropped without a warning",
    "url number": "DEFECT: field dropped without a warning",
    "published unparseable": "DEFECT: date dropped without a warning (article silently undated)",
    "published impossible date": "DEFECT: date dropped without a warning",
    "published huge epoch": "DEFECT: date dropped without a warning",
    "published negative epoch": "DEFECT: date dropped without a warning",
    "published list": "DEFECT: date dropped without a warning",
    "NUL byte in one line": "DEFECT: one record's NUL byte rejects the whole feed (others lost)",
    "JSON list with a bad element": "DEFECT: a JSON array saved as .jsonl is lost whole",
    "Latin-1 whole file": WARNED_PER_RECORD,
    "Latin-1 bytes in one line": WARNED_PER_RECORD,
    "UTF-16 BE without BOM": WARNED_PER_RECORD,
}
REVIEWED_BATCH = {
    "UTF-16 LE with BOM": "DEFECT: story ids lost (stories re-clustered as story-<hash>)",
    "UTF-16 BE without BOM": "DEFECT: story ids lost (stories re-clustered as story-<hash>)",
    "stdin UTF-16 feed": "DEFECT: read as UTF-8: '-: no stories found', the feed lost",
    "batch story folder all bad": "DEFECT: a failed story names only its first bad article",
}


def merge(before: Path, after: Path) -> None:
    """The committed table: base rows with reviewed verdicts, and the fixed tree's row."""
    later = {}
    for line in after.read_text(encoding="utf-8").splitlines()[1:]:
        case, entry, said, _ = line.split("\t")
        later[(case, entry)] = said
    print("case\tentry point\twhat happened (base 44e8a0af)\tverdict\tafter the fixes")
    rows = [ln for ln in before.read_text(encoding="utf-8").splitlines() if ln.count("\t") == 3]
    for line in rows[1:]:
        case, entry, said, verdict = line.split("\t")
        if entry == "batch" and case in REVIEWED_BATCH:
            verdict = REVIEWED_BATCH[case]
        elif case in REVIEWED and verdict == "ok":
            verdict = REVIEWED[case]
            if entry == "api" and ("warning" in verdict):  # Report has no warnings channel
                verdict = "ok (API: Report has no warnings; Article.warnings carries them)"
        now = later.pop((case, entry), "not re-run (no change expected)")
        print(f"{case}\t{entry}\t{said}\t{verdict}\t{now}")
    for (case, entry), now in later.items():  # the base sweep did not reach these in time
        verdict = REVIEWED_BATCH.get(case, "") if entry == "batch" else ""
        verdict = verdict or REVIEWED.get(case, "see after")
        print(f"{case}\t{entry}\tbase row not run (ingest probe: see verdict)\t{verdict}\t{now}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--entries", default="summarize,batch,api")
    ap.add_argument("--code", default=str(ROOT), help="directory holding the consensus package")
    ap.add_argument("--merge", nargs=2, metavar=("BEFORE", "AFTER"), help="print the table")
    a = ap.parse_args()
    if a.merge:
        merge(Path(a.merge[0]), Path(a.merge[1]))
        return
    global CODE
    CODE = Path(a.code).resolve()
    sys.path.insert(0, str(CODE))
    only = set(a.only.split(",")) if a.only else None
    entries = set(a.entries.split(","))
    print("case\tentry point\twhat happened\tverdict")
    for name, mut in FEED_CASES.items():
        if only is not None and name not in only:
            continue
        with tempfile.TemporaryDirectory(prefix="badinput60-") as t:
            feed_case(name, mut, Path(t), entries)
    with tempfile.TemporaryDirectory(prefix="badinput60-") as t:
        path_cases(Path(t), only)


if __name__ == "__main__":
    sys.exit(main())
