"""Session 56 (released56): what six newly released blind clusters showed, in invented text.

- A title in apposition before a speaker's name is no clause (consensus/offline/claims.py
  `_speaker_last`): in "The depot puts the cost at 40 million crowns; the regional auditor,
  Jo Varsk, says 55 million." the second clause opens on its speaker, so the first clause
  of the sentence is the outlet's, not hers. "A, B, Jo Varsk said C" (a clause before the
  comma) still gives her A.
- A person named before the body she works for (consensus/offline/speakers.py
  `_person_of_body`): "Tom Reyes of Ostley Police said" was read as a body "X of Y" (a
  body's word after "of"), and "Group Manager Tilda Varga of the Ostley Fire and Rescue
  Service said" as nobody (an "and" inside the body's name).
- A name whose own phrase goes on to "its" is a body (consensus/offline/names.py
  `_drop_body_names`): "Carrick, in its filings, argued" tells that "Carrick Northway" is
  no person, so the "She" after "..., but Carrick carried on selling" is the attorney
  general, not the firm.
"""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _speakers(text: str) -> list[tuple[str | None, str]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [(c.speaker, c.statement) for c in extract_offline(article).claims]


def _speaker_of(got: list[tuple[str | None, str]], words: str) -> str | None:
    hits = [speaker for speaker, statement in got if words in statement]
    assert len(hits) == 1, got
    return hits[0]


def test_a_clause_before_an_apposed_speaker_is_not_hers() -> None:
    text = (
        "The tram depot at Kell Lane was closed on Monday. The depot puts the repair cost "
        "at 40 million crowns; the regional auditor, Jo Varsk, says 55 million."
    )
    got = _speakers(text)
    assert _speaker_of(got, "40 million crowns") is None
    assert _speaker_of(got, "55 million") == "Jo Varsk"


def test_a_clause_before_a_trailing_speaker_is_still_hers() -> None:
    text = (
        "The tram depot at Kell Lane was closed on Monday. The depot will reopen in May, "
        "but the night service will stop, Jo Varsk said on Monday at the depot."
    )
    got = _speakers(text)
    assert _speaker_of(got, "reopen in May") == "Jo Varsk"


def test_a_person_of_a_body_with_and_in_its_name_speaks() -> None:
    text = (
        "A grass fire destroyed two barns near Ostley on Saturday. Group Manager Tilda "
        "Varga of the Ostley Fire and Rescue Service said investigators had found the "
        "point of origin near a gate."
    )
    speaker = _speaker_of(_speakers(text), "point of origin")
    assert speaker is not None and speaker.endswith("Tilda Varga")


def test_a_known_person_of_a_police_force_is_no_body() -> None:
    text = (
        "Inspector Tom Reyes closed the bridge at Ostley on Saturday night. Tom Reyes of "
        "Ostley Police said officers would keep the bridge shut until Monday."
    )
    assert _speaker_of(_speakers(text), "keep the bridge shut") == "Tom Reyes"


def test_a_body_named_x_of_y_stays_a_body() -> None:
    text = (
        "A grass fire destroyed two barns near Ostley on Saturday. The University of "
        "Eastport said its field station had lost three sheds."
    )
    assert _speaker_of(_speakers(text), "field station") == "University of Eastport"


def test_a_name_whose_phrase_goes_on_to_its_takes_no_she() -> None:
    text = (
        "Regulators said on Monday that Carrick Northway had agreed to pay a fine of $2m "
        "over heaters sold in Ostley. The state's account: Attorney General Jo Varsk says "
        "managers knew of the fault in May, but Carrick "
        'carried on selling until July. She describes the sales as "a business decision". '
        "Carrick, in its filings, argued that the fine was too high."
    )
    assert _statement_with(text, "business decision").startswith("Jo Varsk")


def test_a_person_the_text_gives_she_still_takes_it() -> None:
    text = (
        "A fine of $2m was agreed over heaters sold in Ostley. Ada Pell, in her own "
        "report, said managers knew of the fault in May. "
        'She describes the sales as "a business decision".'
    )
    assert _statement_with(text, "business decision").startswith("Ada Pell")


def _statement_with(text: str, words: str) -> str:
    got = [statement for _speaker, statement in _speakers(text) if words in statement]
    assert len(got) == 1, got
    return got[0]
