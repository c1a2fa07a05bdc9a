"""A figure whose sentence names no place counts where its article is framed (dateline,
headline, first paragraph): two papers framed by two places give no dispute of a
place-less count (consensus.merge.article_places; issue 8, session 17). Also: two clock
times of an act told at two named places, and a record's earlier event ("the last
hurricane to make landfall ... in 2009")."""

from __future__ import annotations

from report_checks import offline_report

from consensus.merge.article_places import frame_places, frames_apart, frames_in_scope, placed_apart
from consensus.merge.periods import tells_earlier_event
from consensus.models import Article, Report

SHELTERS = (
    "About {n} people had been moved to shelters in schools before the storm arrived, the "
    "interior ministry said.\n\nKora weakened as it moved inland."
)
LESTIA = (
    "VARNO, Lestia (Wire One) — Storm Kora struck Lestia's southern coast on Monday, tearing "
    "roofs from homes.\n\n" + SHELTERS.format(n="40,000")
)
DOMBRIA = (
    "PELLA — Storm Kora reached Dombria's eastern coast on Tuesday, flooding the harbour.\n\n"
    + SHELTERS.format(n="6,000")
)
LESTIA_AGAIN = (
    "ARNE — Hundreds of families in Lestia spent Tuesday clearing mud from their houses.\n\n"
    + SHELTERS.format(n="6,000")
)


def _contested(report: Report) -> list[list[str]]:
    return [[c.quote for p in point.positions for c in p.citations] for point in report.contested]


def test_the_frame_of_an_article() -> None:
    article = Article(id="a", title="Kora hits north coast, two dead near Pella", text=DOMBRIA)
    assert frame_places(article) == {"pella", "dombria"}
    byline = Article(id="b", text="By Ana Roe, Staff Writer\n\nStorm Kora hit Lestia's coast.")
    assert frame_places(byline) == {"lestia"}
    # days and months after a preposition are no places
    assert frame_places(Article(id="c", text="Kora struck on Monday in March.")) == frozenset()


def test_two_papers_framed_by_other_places_give_no_dispute_of_a_placeless_count() -> None:
    assert not _contested(offline_report(LESTIA, DOMBRIA))
    # framed by one place, the two counts still dispute one slot
    assert _contested(offline_report(LESTIA, LESTIA_AGAIN))


def test_a_frame_the_other_article_names_is_not_apart() -> None:
    # a report framed by a street is still framed by the town the other names
    street = Article(id="a", text="ARNE — A tram overturned near Lenton on Monday.")
    town = Article(id="b", text="CROSS — A tram overturned in Arne on Monday, near Lenton.")
    other = Article(id="c", text="LUND — A tram overturned in Lund on Monday.")
    with frames_in_scope([street, town, other]):
        assert not frames_apart("a", "b")
        assert frames_apart("a", "c")
    assert not frames_apart("a", "c")  # (out of scope: no frames)


def test_an_act_told_at_two_places() -> None:
    assert placed_apart(
        "The storm made landfall near Varno at 2:15 a.m.",
        "The storm made landfall on Dombria's coast near Pella at 3:40 p.m.",
    )
    assert not placed_apart(
        "The storm made landfall near Varno at 2:15 a.m.",
        "The storm made landfall near Varno at 4 a.m.",
    )
    assert not placed_apart("The storm made landfall at 2:15 a.m.", "It hit Varno at 4 a.m.")


def test_the_last_one_to_do_it_is_an_earlier_event() -> None:
    assert tells_earlier_event(
        "The last hurricane to make landfall in Lestia at that strength, Hurricane Orla in "
        "2009, killed 87 people."
    )
    assert not tells_earlier_event("The last of the miners reached the surface at 4:20.")
