"""A clip labelled with a person's full name in an article that is no transcript (turns.py),
and bench/first_person.py's causes of first-person items with no speaker (invented texts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from consensus.models import Article, Citation
from consensus.offline import extract_offline

_SPEC = importlib.util.spec_from_file_location(
    "first_person", Path(__file__).resolve().parent.parent / "bench" / "first_person.py"
)
assert _SPEC is not None and _SPEC.loader is not None
first_person = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(first_person)  # (it puts bench/ on the path for its own imports)

LEAD = "Two walkers were found alive on the Skarva ridge on Monday.\n\n"
TAIL = "\n\nThe walkers left the Brekk hut on Saturday morning."


def _speakers(text: str) -> dict[str, str | None]:
    article = Article(id="a", text=text, outlet="Radio Holmvik")
    return {c.statement: c.speaker for c in extract_offline(article).claims}


def test_a_clip_labelled_with_a_named_persons_name_is_theirs() -> None:
    text = (
        LEAD
        + "Inspector Vera Lindqvist of the county police spoke to us an hour ago.\n\n"
        + "VERA LINDQVIST: We are very glad for two families today. The ridge gave us "
        "almost nothing to work with until Monday." + TAIL
    )
    found = _speakers(text)
    glad = [s for s in found if "very glad" in s]
    assert glad and all(found[s] == "Vera Lindqvist" for s in glad)
    # the label covers its own paragraph only: the narration after it is nobody's
    after = [s for s in found if "left the Brekk hut" in s]
    assert after and all(found[s] is None for s in after)


def test_a_label_the_article_names_nobody_by_stays_unattributed() -> None:
    # a name in capitals the running text never prints, and a furniture label
    text = (
        LEAD
        + "VERA LINDQVIST: We are very glad for two families today.\n\n"
        + "READ MORE: What we know about the ridge"
        + TAIL
    )
    found = _speakers(text)
    glad = [s for s in found if "very glad" in s]
    assert glad and all(found[s] is None for s in glad)
    assert all(speaker is None for speaker in found.values())


def _cause(text: str, quote: str, statement: str, voiced: list[tuple[int, int]]) -> str:
    start = text.index(quote)
    cite = Citation(article="a", quote=quote, start=start, end=start + len(quote))
    article = Article(id="a", text=text)
    return str(first_person.cause(article, statement, cite, False, voiced))


def test_census_causes() -> None:
    assert first_person.first_person("We will not give up.")
    assert not first_person.first_person("The US said the talks would go on.")
    # the outlet's own voice: the "we" stands outside any quotation
    text = "We have asked the ministry about the delivery time."
    assert _cause(text, text, text, []) == "narration"
    # a quotation whose speaker is named in the statement itself
    text = '"We were told to do more," said one fitter, who asked not to be named.'
    assert _cause(text, text, text, []) == "in-statement"
    # a sentence of a quotation whose other sentence has a speaker
    text = "'I sat down,' Ada Vance said. 'I did not say one word to anybody.'"
    quote = "I did not say one word to anybody."
    assert _cause(text, quote, quote, [(0, 12)]) == "named-near"
    assert _cause(text, quote, quote, []) == "unnamed"
    assert _cause(text, quote, quote, [(text.index(quote), len(text))]) == "dropped"


def test_single_quote_pattern_is_linear() -> None:
    text = "a" * 200_000
    assert not first_person.quoted(text, (0, len(text)), len(text) - 1)
