"""A capital that speaks is its country's government (consensus/data/capitals.toml), and a
group that denies (or is denied) in a point that also disputes a figure keeps all its
members on sides (issue 8, session 11). With "Yerevan rejected the charge" read as
Armenia's, the made-up talks' three denials made one group; its members that print no
figure, and the accusations' likewise, had become two agreed items beside the point, so
"Bayramov said Armenian forces had shelled villages" and "Armenia denied the accusation"
were both agreed and no longer opposed. (Since session 15 each is agreed as a report that
names the point, and stays a side of it.)"""

from __future__ import annotations

from report_checks import made_up_report

from consensus.models import Article, Polarity
from consensus.offline import extract_offline


def _speakers(text: str) -> list[str | None]:
    article = Article(id="a", title="t", outlet="o", text=text)
    return [c.speaker for c in extract_offline(article).claims]


def test_a_capital_that_speaks_is_its_country() -> None:
    assert _speakers("Beijing has denied making illegal shipments.") == ["China"]
    assert _speakers("Tehran said the tanker had broken maritime rules.") == ["Iran"]
    # a place that is no capital, or a capital that is no speaker, stays as it is
    assert _speakers("Lyon said the tanker had broken maritime rules.") == ["Lyon"]


def test_the_denial_and_the_accusation_stay_sides_of_the_figure_point() -> None:
    report = made_up_report("talks")
    (point,) = [c for c in report.contested if any("killed" in s.slot for s in c.slots)]
    # since session 15 (madeup15) what two or more origins report a speaker said, the
    # accusation and the denial, is agreed too, but only as a report whose rule names the
    # point that opposes the two (never "no opposing claim")
    for item in report.agreed:
        quotes = " ".join(c.quote for c in item.citations)
        if "shelled villages" in quotes or "denied the accusation" in quotes:
            assert f"report it; the point {point.id} shows" in item.rule, item.rule
    denies = " ".join(
        c.quote for p in point.positions if p.polarity == Polarity.denies for c in p.citations
    )
    asserts = " ".join(
        c.quote for p in point.positions if p.polarity == Polarity.asserts for c in p.citations
    )
    assert "Armenia denied the accusation" in denies and "rejected the charge" in denies
    assert "shelled villages" in asserts and "killing three civilians" in asserts
