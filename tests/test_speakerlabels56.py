"""Session 56 (speakerlabels56): two speaker readings of the offline extractor, in
invented text.

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


def test_a_plural_noun_opening_a_body_s_name_stays_in_it() -> None:
    text = (
        "The rail line was shut. The passengers' group Rail Users Kestria said the gate "
        "had been left open."
    )
    assert _speaker_of(text, "left open") == "Rail Users Kestria"
