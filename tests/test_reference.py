"""The hand-annotated reference extractions (tests/reference/*.json) stay valid.

They stand in for a language model in the end-to-end tests, so a bad edit (a quote that is
no longer verbatim, a field the schema rejects) must fail CI here, not deep in a merger test.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

_CHECKER = Path(__file__).resolve().parent / "reference" / "check_reference.py"


def _load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_reference", _CHECKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checker = _load_checker()
FILES = checker.reference_files()


def test_every_seed_has_a_reference() -> None:
    seeds = sorted(p.stem for p in checker.SEEDS_DIR.glob("*.txt"))
    assert [p.stem for p in FILES] == seeds


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_reference_file_is_valid_and_quotes_are_verbatim(path: Path) -> None:
    assert checker.check_file(path) == []
