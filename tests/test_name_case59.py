"""A name the offline extractor lower-cases (its article writes it only at sentence starts)
gets its case back from the cluster's other articles before the merge; a common word that
the cluster writes lower-case somewhere stays lower-case."""

from __future__ import annotations

from consensus.api import build_report
from consensus.models import Article, ExtractionResult
from consensus.name_case import recase_names
from consensus.offline.claims import extract_offline

_A = Article(
    id="a",
    text="Norvane pumped 300,000 barrels a day over its quota, according to Delmar Research. "
    "Authorities were not told, according to the ministry.",
)
_B = Article(
    id="b",
    text="Analysts said Norvane pumped 300,000 barrels a day more than agreed. The cartel "
    "will meet on Monday to discuss Norvane and its output, and authorities will attend.",
)


def _statements(sets: tuple[object, ...] | list[object]) -> list[str]:
    return [c.statement for cs in sets for c in cs.claims]  # type: ignore[attr-defined]


def test_the_extractor_alone_lower_cases_the_name() -> None:
    # the premise: one article cannot tell the name from a common word
    assert any(
        s.startswith("According to Delmar Research, norvane")
        for s in _statements([extract_offline(_A)])
    )


def test_the_cluster_gives_the_name_its_case_back() -> None:
    sets = (extract_offline(_A), extract_offline(_B))
    mended = _statements(recase_names((_A, _B), sets))
    assert any(s.startswith("According to Delmar Research, Norvane pumped") for s in mended)
    assert not any("norvane" in s for s in mended)


def test_a_word_the_cluster_writes_lower_case_keeps_it() -> None:
    sets = (extract_offline(_A), extract_offline(_B))
    before = [s for s in _statements(sets) if "authorities" in s]
    assert before  # "According to the ministry, authorities were not told"
    assert [s for s in _statements(recase_names((_A, _B), sets)) if "authorities" in s] == before


def test_the_report_shows_no_lower_cased_name() -> None:
    # the other article names it mid-sentence but does not state the claim: the report's
    # single-source line is the lower-casing article's own statement
    other = Article(
        id="c",
        text="The cartel will meet on Monday to discuss Norvane and its output. Authorities "
        "in two ports said tankers were waiting.",
    )
    sets = (extract_offline(_A), extract_offline(other))
    report = build_report(ExtractionResult(articles=(_A, other), claim_sets=sets))
    assert "According to Delmar Research, Norvane pumped" in report.model_dump_json()
    assert "norvane" not in report.model_dump_json()


def test_an_unchanged_claim_set_is_the_same_object() -> None:
    sets = (extract_offline(_B),)
    assert recase_names((_A, _B), sets)[0] is sets[0]
