"""A figure set against the clause's own in a phrase after a comma opening with "against",
"up from", "down from" or "compared with" is its own claim only with a lead that makes it a
sentence (consensus/offline/compared_leads.py): a noun before "of" names it ("The average
was 210 millimetres"). The claim cites the tail's own words; when no lead can be built (a
bare figure, "up from four on Sunday", is an earlier value the merger reads in its
sentence) the sentence stays one claim."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _claims(text: str) -> list[tuple[str, list[str]]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [
        (c.statement, [text[e.start : e.end] for e in c.evidence])
        for c in extract_offline(article).claims
    ]


def _two(text: str) -> tuple[str, str, list[str]]:
    got = _claims(text)
    assert len(got) == 2, got
    for _statement, quotes in got:  # every citation is the article's own text
        assert all(q in text for q in quotes), got
    return got[0][0], got[1][0], got[1][1]


def test_a_noun_before_of_names_the_compared_figure() -> None:
    host, tail, quotes = _two(
        "Only 41 millimetres of rain fell on the plateau over the summer, against an "
        "average of 190 millimetres."
    )
    assert "190" not in host and tail == "The average was 190 millimetres.", tail
    assert quotes == ["against an average of 190 millimetres."]
    _host, tail, _q = _two(
        "The agency now puts the damage at 3.1 million crowns, up from its first estimate of "
        "1.4 million crowns."
    )
    assert tail == "Its first estimate was 1.4 million crowns.", tail


def test_no_lead_leaves_the_sentence_whole() -> None:
    for text in (
        # a bare figure: an earlier value, read by the merger in its sentence
        "Eleven hikers are now in hospital, up from four on Sunday.",
        "Attendance was 72 percent, down from 79 percent at the last count.",
        # "against" in another sense: no figure after "of"
        "The board said it had closed 12 branches, against the advice of its own auditors.",
        # the host is no plain clause (a speaker in commas before the tail)
        "Nine boats were still missing, the harbour master said, down from 15 on Monday.",
        # the tail goes on with more facts after its comma
        "The bank set the rate at 8.5 percent, up from 7 percent, and cut its forecast.",
        # the tail's figure has a unit the host's last number has not
        "Trains ran 3 hours 40 minutes late on average, up from 2 hours 5 minutes in May.",
        # no figure to set it against
        "Sales rose to 30 units, up from the lows of last winter.",
    ):
        got = _claims(text)
        cut = ("against", "up from", "down from")
        assert not any(q.startswith(cut) for _s, quotes in got for q in quotes), got
