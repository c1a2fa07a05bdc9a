"""Session 56 (speakerlabels56): three speaker readings of the offline extractor, in
invented text.

- A label before a colon is no part of the speaker's phrase (consensus/offline/speakers.py
  `_leading`): "The state's account: Attorney General Jo Varsk says ..." is hers.
- A spokesperson of a body named in lower case speaks for it
  (consensus/offline/role_bodies.py): "a spokesman of the county police said".
- A capitalised job title made of nouns the article writes in lower case elsewhere is no
  part of the name (consensus/offline/name_titles.py): "Group Manager Tilda Varga said",
  when the text also writes "the group manager".
"""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline

_LEAD = "A grass fire destroyed two barns near Ostley on Saturday. "


def _speaker_of(text: str, words: str) -> str | None:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=_LEAD + text)
    hits = [c.speaker for c in extract_offline(article).claims if words in c.statement]
    assert len(hits) == 1, hits
    return hits[0]


def test_a_label_before_a_colon_is_not_the_speaker() -> None:
    text = "The state's account: Attorney General Jo Varsk says managers knew of the fault."
    assert _speaker_of(text, "knew of the fault") == "Jo Varsk"


def test_a_colon_after_a_clause_keeps_an_unnamed_role_unattributed() -> None:
    text = "The council has a plan: the mayor says the road will reopen in May."
    assert _speaker_of(text, "reopen in May") is None


def test_a_spokesman_of_a_lower_case_body_speaks_for_it() -> None:
    text = "A spokesman of the county police said the gate had been left open."
    assert _speaker_of(text, "left open") == "county police spokesman"


def test_a_lower_case_body_alone_still_speaks_not() -> None:
    text = "The county police said the gate had been left open."
    assert _speaker_of(text, "left open") is None


def test_a_title_the_text_writes_in_lower_case_is_no_name_part() -> None:
    text = (
        "Group Manager Tilda Varga said the gate had been left open. The group manager "
        "was at the scene until noon."
    )
    assert _speaker_of(text, "left open") == "Tilda Varga"


def test_capitals_the_text_never_writes_in_lower_case_stay_in_the_name() -> None:
    text = "Harbour Master Tom Reyes said the gate had been left open."
    assert _speaker_of(text, "left open") == "Harbour Master Tom Reyes"
