"""End-to-end CLI: what a user types, what they see, and what must never happen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consensus.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENSUS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CONSENSUS_MODEL", raising=False)
    monkeypatch.delenv("CONSENSUS_API_BASE", raising=False)


def _run_python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_help_does_not_import_litellm_or_pydantic() -> None:
    code = (
        "import sys\n"
        "from consensus.cli import app\n"
        "from typer.testing import CliRunner\n"
        "r = CliRunner().invoke(app, ['--help'])\n"
        "assert r.exit_code == 0 and 'summarize' in r.output, r.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('litellm', 'instructor')))\n"
    )
    proc = _run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_extract_text_prints_claims_for_every_seed() -> None:
    result = runner.invoke(app, ["extract", str(SEEDS)])
    assert result.exit_code == 0, result.output
    for seed in sorted(SEEDS.iterdir()):
        assert f"== {seed.stem}" in result.stdout
    assert "claims by offline" in result.stdout
    assert "5 of 5 inputs extracted" in result.stderr


def test_extract_json_contract_and_exact_offsets() -> None:
    result = runner.invoke(app, ["extract", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"articles", "claim_sets"}
    texts = {a["id"]: a["text"] for a in data["articles"]}
    assert set(data["articles"][0]) >= {"id", "title", "outlet", "published", "text"}
    assert len(data["claim_sets"]) == 5
    for cs in data["claim_sets"]:
        assert set(cs) >= {"article", "extractor", "model", "prompt_hash", "usage", "claims"}
        for claim in cs["claims"]:
            for ev in claim["evidence"]:
                assert texts[cs["article"]][ev["start"] : ev["end"]] == ev["quote"]


def test_extract_jsonl_one_claim_per_line() -> None:
    result = runner.invoke(app, ["extract", str(SEEDS / "004_ac2ca82ab765c95e.txt"), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= 5
    assert {r["article"] for r in rows} == {"004_ac2ca82ab765c95e"}


def test_bad_input_is_named_in_one_line_and_the_rest_still_runs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["extract", str(SEEDS), str(empty), str(missing)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any(str(empty) in line for line in errors)
    assert any(str(missing) in line for line in errors)
    assert result.stdout.count("\n== ") + result.stdout.startswith("== ") == 5


def test_extract_and_summarize_json_list_input_errors_alike(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "nope.txt"
    args = [str(SEEDS / "000_73d2cbd8472e204d.txt"), str(empty), str(missing), "-f", "json"]
    listed = {}
    for command in ("extract", "summarize"):
        result = runner.invoke(app, [command, *args])
        assert result.exit_code == 1, result.stderr
        failures = json.loads(result.stdout)["failures"]
        listed[command] = sorted((f["article"], f["error"], f["kind"]) for f in failures)
    assert [a for a, _, _ in listed["extract"]] == sorted([str(empty), str(missing)])
    assert {k for _, _, k in listed["extract"]} == {"input"}
    assert listed["extract"] == listed["summarize"]


def test_disk_full_on_out_is_one_error_no_temp_file_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    real_write_text = Path.write_text

    def half_then_full(self: Path, data: str, *args: object, **kwargs: object) -> int:
        if self.parent == tmp_path / "out":  # the report only; the cache keeps working
            real_write_text(self, data[: len(data) // 2], encoding="utf-8")
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write_text(self, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", half_then_full)
    for command in ("extract", "summarize"):
        target = tmp_path / "out" / f"{command}.json"
        result = runner.invoke(app, [command, str(SEEDS), "-f", "json", "-o", str(target)])
        assert result.exit_code == 1, result.stderr
        errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
        assert errors == [f"error: cannot write {target}: No space left on device"]
        assert "Traceback" not in result.stderr and "5 of 5 inputs extracted" in result.stderr
        assert list((tmp_path / "out").iterdir()) == []  # no report, no .tmp left behind


def test_stdout_write_failure_is_an_error_and_exit_1(tmp_path: Path) -> None:
    env = {**os.environ, "CONSENSUS_CACHE_DIR": str(tmp_path / "cache")}
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "consensus", "extract", str(SEEDS), "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
        )
    assert proc.returncode == 1, proc.stderr
    assert "error: cannot write to stdout: No space left on device" in proc.stderr.splitlines()
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


def test_nothing_readable_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    result = runner.invoke(app, ["extract", str(tmp_path / "sub")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert str(tmp_path / "sub") in result.stderr


def test_stdin_dash() -> None:
    text = (SEEDS / "004_ac2ca82ab765c95e.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", "-", "-f", "json"], input=text)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["claim_sets"]) == 1 and len(data["claim_sets"][0]["claims"]) >= 5


def test_cache_info_and_clear(tmp_path: Path) -> None:
    cache_dir = tmp_path / "c2"
    assert runner.invoke(app, ["extract", str(SEEDS), "--cache-dir", str(cache_dir)]).exit_code == 0
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache_dir)])
    assert "entries:   5" in info.stdout
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache_dir)])
    assert "removed 5 entries" in cleared.stdout


def test_api_base_without_model_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(SEEDS), "--api-base", "http://127.0.0.1:9/v1"])
    assert result.exit_code == 2
    assert "--model" in result.stderr


def test_schema_commands() -> None:
    claims = runner.invoke(app, ["schema", "claims"])
    assert claims.exit_code == 0
    assert "quotes" in json.loads(claims.stdout)["$defs"]["ClaimDraft"]["properties"]


def test_public_api_exports_exactly_all() -> None:
    import consensus

    assert set(consensus.__all__) == set(consensus._EXPORTS) | {"__version__"}
    for name in consensus.__all__:
        assert getattr(consensus, name) is not None, name
    assert {"load_articles", "extract_claims", "aextract_claims", "summarize", "batch"} <= set(
        consensus.__all__
    )
    # no export may shadow a submodule once it has been accessed
    import importlib
    import pkgutil

    submodules = {m.name for m in pkgutil.iter_modules(consensus.__path__)} - {"__main__"}
    assert not submodules & set(consensus.__all__)
    for name in submodules:
        assert importlib.import_module(f"consensus.{name}").__name__ == f"consensus.{name}"
    with pytest.raises(AttributeError):
        consensus.no_such_thing  # noqa: B018


def test_a_failing_summary_step_costs_only_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # a bug in a presentation step (summary, timeline) must not lose the merged report
    import consensus.summary

    def broken(*_args: object, **_kwargs: object) -> object:
        raise TypeError("unsupported operand")

    monkeypatch.setattr(consensus.summary, "add_summary", broken)
    out = tmp_path / "report.json"
    result = runner.invoke(
        app, ["summarize", str(SEEDS), "-f", "json", "-o", str(out), "--no-cache"]
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(out.read_text())
    assert report["agreed"] and report["summary"] is None
    assert any("summary and timeline left out" in r.getMessage() for r in caplog.records)
