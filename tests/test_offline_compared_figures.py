"""A clause's figure and a second figure set against it in a phrase after a comma ("38
micrograms, almost twice the limit of 20"; "a 41% premium, a higher figure than the 32%
premium") are two claims, each citing its own span, so the two facts never share one claim
(consensus/offline/compound.py, `_COMPARED_CUT`)."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _claims(text: str) -> list[tuple[str, list[str]]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [
        (c.statement, [text[e.start : e.end] for e in c.evidence])
        for c in extract_offline(article).claims
    ]


def test_a_figure_set_against_the_clause_figure_is_its_own_claim() -> None:
    text = (
        "Inspectors found 46 milligrams of lead per kilo in the soil of the playground, "
        "almost twice the legal limit of 25 milligrams for parks."
    )
    got = _claims(text)
    assert len(got) == 2, got
    assert got[0][0].endswith("in the soil of the playground"), got
    assert "25 milligrams" in got[1][0] and "46" not in got[1][0], got
    for _statement, quotes in got:  # every citation is the article's own text
        assert all(q in text for q in quotes), got
    got = _claims(
        "The bid values the brewer at a 28% premium to its average price over the last month, "
        "a higher figure than the 19% premium to Tuesday's close."
    )
    assert len(got) == 2 and "19%" not in got[0][0] and "19%" in got[1][0], got
    got = _claims(
        "The council will spend 4 million euros on new buses this year, on top of 2 million "
        "euros for the new depot."
    )
    assert len(got) == 2 and "2 million" in got[1][0] and "4 million" not in got[1][0], got


def test_a_comparison_word_in_another_sense_leaves_the_claim_whole() -> None:
    # "against" as opposition, a "than" with no comma before it, a tail with its own verb,
    # and a tail with no figure: one claim each
    for text in (
        "Hundreds of drivers protested against the 5 percent rise in fares outside the "
        "ministry on Monday.",
        "Turnout reached 61 percent, higher than anyone in the party had expected.",
        "The museum drew 40,000 visitors in May, more than twice the number it had in 2020.",
        "Shares rose 4 percent on Monday, twice the rise that analysts forecast for the week.",
    ):
        got = _claims(text)
        assert [s for s, _ in got] == [text], got
