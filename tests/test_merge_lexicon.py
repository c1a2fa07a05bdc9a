"""The merger's word tables are data files (consensus/merge/data/*.toml): each documents
itself in a header, loads into the tables the code reads, and a malformed entry is
reported with its file and key."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from consensus.errors import ConfigError
from consensus.merge import lexicon

DATA = resources.files("consensus.merge") / "data"
FILES = ("words.toml", "concepts.toml", "phrases.toml", "entities.toml")


@pytest.mark.parametrize("name", FILES)
def test_data_file_has_a_header_and_parses(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.startswith("# "), f"{name} must open with a header comment"
    assert "extend" in text.split("\n\n", 1)[0], f"{name}'s header must say it can be extended"
    assert tomllib.loads(text)


def test_tables_load_as_the_code_reads_them() -> None:
    assert "the" in lexicon._STOP and "said" in lexicon._SPEECH
    assert isinstance(lexicon._STOP, frozenset)
    # a synonym form listed in the file maps to its concept in the order written there
    concepts = tomllib.loads((DATA / "concepts.toml").read_text(encoding="utf-8"))["synonyms"]
    assert list(lexicon._SYNONYMS) == list(concepts)
    phrases = tomllib.loads((DATA / "phrases.toml").read_text(encoding="utf-8"))["phrase"]
    assert [p.pattern for _, p, _ in lexicon._PHRASES] == [row["pattern"] for row in phrases]
    assert lexicon._PHRASE_HINT.search("laid down their arms")
    assert all(isinstance(v, int) for v in lexicon._NUMBER_WORDS.values())


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: lexicon._words("x.toml", {"stop": ["a", 1]}, "stop"), "x.toml: 'stop'"),
        (lambda: lexicon._words("x.toml", {}, "stop"), "x.toml: 'stop'"),
        (lambda: lexicon._mapping("x.toml", {"display": {"a": 1}}, "display"), "[display]"),
        (lambda: lexicon._lists("x.toml", {"synonyms": {"k": "v"}}, "synonyms"), "'k'"),
        (lambda: lexicon._ints("x.toml", {"n": {"ten": "1"}}, "n"), "x.toml: [n]"),
        (lambda: lexicon._phrases("x.toml", {"phrase": [{"triggers": []}]}), "phrase 1"),
        (lambda: lexicon._load("missing.toml"), "consensus/merge/data/missing.toml"),
        (lambda: lexicon.alternatives("missing.toml", "tells"), "data/missing.toml"),
    ],
)
def test_malformed_table_names_file_and_key(call: object, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        call()  # type: ignore[operator]
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_a_pattern_list_names_the_entry_that_does_not_compile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = {"tells": ["said", "claim(?:s|ed"]}
    monkeypatch.setattr(lexicon, "_load", lambda name: (f"consensus/merge/data/{name}", table))
    with pytest.raises(ConfigError) as info:
        lexicon.alternatives("x.toml", "tells")
    assert "x.toml: 'tells' entry 'claim(?:s|ed'" in str(info.value)
    assert "\n" not in str(info.value)
    table["tells"] = ["said", "claim(?:s|ed)"]
    assert lexicon.alternatives("x.toml", "tells") == "(?:said)|(?:claim(?:s|ed))"
