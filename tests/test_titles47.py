"""Session 47 (titles47): a citation that covers only a part of a gold anchor states the fact
only when the part holds what the fact says (bench/fact_parts.py, used by
bench/quality_lib.score_report for agreed facts). Invented clusters, invented words."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

from fact_parts import fact_words, part_states  # noqa: E402
from quality_lib import ClusterScore, score_report  # noqa: E402

from consensus.models import (  # noqa: E402
    Article,
    Citation,
    ClaimKind,
    Item,
    Report,
    ReportArticle,
)

TEXTS = {
    "a": "Orla Venstrup, 46, died at the scene. The council closed the depot on Friday.",
    "b": "The operator, Orla Venstrup, 46, was killed when the gantry fell. Work stopped.",
}


def _score(cited: dict[str, str], fact: dict[str, Any]) -> ClusterScore:
    """An agreed item citing `cited` (article -> quote), scored against one gold fact."""
    arts = [Article(id=k, text=v) for k, v in TEXTS.items()]

    def cite(art: str, quote: str) -> Citation:
        start = TEXTS[art].index(quote)
        return Citation(article=art, quote=quote, start=start, end=start + len(quote))

    item = Item.model_construct(
        statement="s",
        kind=ClaimKind.event,
        sources=tuple(cited),
        citations=tuple(cite(a, q) for a, q in cited.items()),
    )
    refs = tuple(ReportArticle(id=a.id, origin=a.id) for a in arts)
    report = Report.model_construct(articles=refs, agreed=(item,), contested=(), single_source=())
    return score_report("t", {"agreed": [fact]}, arts, report)


KILLED = {
    "id": "operator-killed",
    "label": "The operator, Orla Venstrup, 46, was killed",
    "anchors": {
        "a": "Orla Venstrup, 46, died at the scene",
        "b": "The operator, Orla Venstrup, 46, was killed when the gantry fell",
    },
}


def test_a_name_and_age_inside_the_anchor_do_not_state_the_death() -> None:
    # "Orla Venstrup is 46." cites the name and the age inside both anchors: the old
    # scoring (overlap of half the shorter span) credited it with the death
    s = _score({"a": "Orla Venstrup, 46", "b": "Orla Venstrup, 46"}, KILLED)
    assert s.agreed_found == 0, s.agreed_missed


def test_the_sentences_still_state_the_death() -> None:
    s = _score(
        {
            "a": "Orla Venstrup, 46, died at the scene.",
            "b": "The operator, Orla Venstrup, 46, was killed when the gantry fell.",
        },
        KILLED,
    )
    assert s.agreed_found == 1


def test_a_clause_inside_a_long_anchor_states_its_fact() -> None:
    fact = {
        "id": "depot-closed",
        "label": "The depot was closed because of the gantry collapse",
        "anchors": {
            "a": "The council closed the depot on Friday",
            "b": "was killed when the gantry fell. Work stopped",
        },
    }
    s = _score({"a": "The council closed the depot", "b": "when the gantry fell"}, fact)
    assert s.agreed_found == 1
    # ... and a clause holding none of the fact's words does not
    s = _score({"a": "The council closed the depot", "b": "Work stopped."}, fact)
    assert s.agreed_found == 0


def test_a_role_phrase_states_the_role_not_what_the_person_did() -> None:
    words = fact_words(
        "Harbour chief Teodor Quill calls both sides to talks",
        ["Harbour chief Teodor Quill said he would call both sides to talks"],
    )
    assert not part_states("Harbour chief Teodor Quill", words)
    role = fact_words(
        "Teodor Quill is the port board's harbour chief",
        ["Harbour chief Teodor Quill told us the berths were empty"],
    )
    assert part_states("Harbour chief Teodor Quill", role)


def test_a_figure_fact_told_by_a_name_and_age() -> None:
    # "The keeper was 54": the age phrase holds half of its words ("keeper", "54")
    words = fact_words("The keeper was 54", ["Anselm Brodd, 54, a father of two"])
    assert part_states("Anselm Brodd, 54", words)
    assert not part_states("Anselm Brodd", words)


def test_stems_match_verb_forms_but_not_other_words() -> None:
    words = fact_words("The ministry denies any climbdown", ["x"])
    assert part_states("it denied a climbdown", words)
    assert not part_states("Labour Minister Erno Vask", fact_words("The ministry acts", ["x"]))


def test_part_credits_refuses_held_out_clusters() -> None:
    import pytest
    from part_credits import main
    from quality_lib import held_out

    names = held_out()
    if not names:
        pytest.skip("no held-out cluster listed")
    with pytest.raises(SystemExit, match="held out"):
        main([names[0]])
