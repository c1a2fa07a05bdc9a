"""Two first names before one surname ("Ruth and Owen Tallis") name two persons: "Mrs Tallis"
is then no longer the one Tallis the text wrote in full (consensus/offline/names.py,
`_SHARED_SURNAME`), in the article and across the batch (the merge's surname step sees both
full names)."""

from __future__ import annotations

from consensus.api import summarize
from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.names import _learn_names

COUPLE = (
    "Nina and Pavel Orsk, whose family has kept sheep above Tarrow for three generations, "
    "watched as inspectors closed the gate on Monday.\n\n"
    '"We have lost everything in a weekend," Mrs Orsk told the Ledger.\n\n'
    "The county said the flock would be tested again next week."
)


def test_the_first_name_before_and_takes_the_surname() -> None:
    names = _learn_names(COUPLE)
    assert {"Nina Orsk", "Pavel Orsk"} <= names.persons
    assert "Orsk" in names.shared


def test_a_place_pair_is_no_couple() -> None:
    # "Carr End" is never a person's surname the text uses again
    text = (
        "Two farms nearby, Lowfield and Carr End, are also being cleared as a precaution. "
        "Nina Orsk said the work would take a week."
    )
    assert "Lowfield End" not in _learn_names(text).persons


def test_mrs_orsk_is_not_shown_as_pavel() -> None:
    article = Article(id="01_ledger", title="Flock culled", outlet="Ledger", text=COUPLE)
    other = Article(
        id="02_post",
        title="Sheep cull",
        outlet="Post",
        text="Pavel Orsk said inspectors closed the farm gate above Tarrow on Monday morning.",
    )
    quoted = [c for c in extract_offline(article).claims if "lost everything" in c.statement]
    assert quoted and quoted[0].speaker and "Pavel" not in quoted[0].speaker
    report = summarize([article, other], use_cache=False)
    shown = [
        sp
        for it in [*report.agreed, *report.single_source]
        if any("lost everything" in c.quote for c in it.citations)
        for sp in it.speakers
    ]
    assert shown and not any("Pavel" in sp for sp in shown), shown
