"""Session 61 (released61): an officer the article gives to a body speaks for it.

- "The Ardley Watermen's Society said the count was far higher. Its secretary, Tom Vane,
  said ...": the body is written with an owner's mark the speaker index's name drops
  ("ardley watermen society"), and when the body speaks in another article only, the nearest
  name the index finds in this text is a shorter one inside it ("Ardley", a place that
  speaks too). The whole capitalised name written there is the owner
  (consensus/merge/owned_titles.py `_written_whole`), so the secretary speaks for the society
  as another outlet names it ("Ardley Watermen").
- "Its project manager, Ina Holt, said ...": "manager" is a title of an owned description
  (consensus/merge/speakers.py `_OWNED_TITLE_WORDS`), so the contractor's manager speaks
  for the contractor; "manager" alone still names no body's voice.
- "making false claims to insurers": claims made to or for someone are payment claims, an
  offence charged, not a claim called false (consensus/offline/kinds.py `_DENIAL`; it
  read the sentence as a denial and set two outlets' one count against each other).
- "<Outlet> FM News - on air, online and on the <Outlet> FM app." closing a page: the
  outlet's name without its last word of the medium ("<Outlet> FM") is the page too, not
  an actor the story names (consensus/page_cues.py `_outlet_pattern`).
"""

from __future__ import annotations

from consensus.merge.speakers import Speakers
from consensus.nonclaims import non_claim_spans
from consensus.offline.kinds import denies

_CLUB = (
    "The Ardley Watermen's Society said the true figure was far higher. Its secretary, "
    "Tom Vane, said members had counted 900 fish. Ardley said the beach would reopen."
)
_CONTRACTOR = (
    "The contractor, Norcrest Marine, rejects any suggestion that it is responsible. Its "
    "project manager, Ina Holt, said sensors had shown the water inside its limits."
)


def test_the_whole_body_name_past_a_shorter_speaker_inside_it() -> None:
    index = Speakers(
        {
            "tom vane": [_CLUB],
            "ardley": [_CLUB],
            "ardley watermen": ["Ardley Watermen say they were promised a halt."],
        }
    )
    assert index.compatible("tom vane", "ardley watermen")


def test_the_whole_name_is_no_other_body() -> None:
    index = Speakers(
        {
            "tom vane": [_CLUB],
            "ardley": [_CLUB],
            "ardley harbour board": ["The Ardley Harbour Board said work had stopped."],
        }
    )
    assert not index.compatible("tom vane", "ardley harbour board")


def test_its_project_manager_speaks_for_the_body() -> None:
    index = Speakers(
        {
            "ina holt": [_CONTRACTOR],
            "norcrest marine": [_CONTRACTOR, "Norcrest Marine said its monitoring was sound."],
        }
    )
    assert index.compatible("ina holt", "norcrest marine")


def test_a_manager_of_no_owner_speaks_for_no_body() -> None:
    text = "A former manager, Ina Holt, said sensors had failed twice."
    index = Speakers(
        {"ina holt": [text], "norcrest marine": ["Norcrest Marine said it was sound."]}
    )
    assert not index.compatible("ina holt", "norcrest marine")


# "false claims" made to or for someone are payment claims (an offence charged), not a
# claim called false: consensus/offline/kinds.py `_DENIAL`


def test_false_claims_to_a_payer_deny_nothing() -> None:
    assert not denies(
        "The board brought nine counts against the firm of making false claims to "
        "pension funds between March and May."
    )
    assert not denies("The agent was charged with false claims for travel expenses.")


def test_calling_reports_false_claims_still_denies() -> None:
    assert denies("The ministry said the reports were false claims.")
    assert denies("The mayor dismissed what she called false claims about the budget.")


# the outlet's name without a last word of the medium is the page ("Dunmore FM" of
# "Dunmore FM News"): consensus/page_cues.py `_outlet_pattern`

_BODY = (
    "A passenger ferry ran aground off Tarn Point on Tuesday, and all 80 people on board "
    "were taken off safely. The skipper told Dunmore FM the engine had failed.\n\n"
    "The operator said the ship would be towed to port on Wednesday.\n\n"
)


def _covered(text: str, line: str) -> bool:
    spans = non_claim_spans(
        text, title="Ferry runs aground off Tarn Point", outlet="Dunmore FM News"
    )
    start = text.index(line)
    return any(a <= start and start + len(line) <= b for a, b in spans)


def test_a_closing_tagline_naming_the_short_outlet_is_the_page() -> None:
    last = "Dunmore FM News - on air, online and on the Dunmore FM app."
    assert _covered(_BODY + last + "\n", last)


def test_news_naming_the_short_outlet_stays_news() -> None:
    text = _BODY + "The coastguard told Dunmore FM two crew had been treated in hospital.\n"
    assert not _covered(text, "The coastguard told Dunmore FM two crew")
