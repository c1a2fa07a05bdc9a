"""Session 45 (released45): what six newly released blind clusters showed, in invented text.

- "The library has explained the delay. A spokeswoman said …": a body named by its kind
  (now also a university, college, school, museum or library) that a sentence with no
  speaker opens on as its subject brings its spokeswoman in, as a body that spoke does
  (consensus/offline/story_follow.py `body_subject`); so does a sentence too short to be
  a claim ("The college disputes that."). A plural group or a document does not, and the
  reading gives no "it says" to the body (that moved merges, see bench/README).
- "Tallis will not need it. '…,' he said": a person the article has quoted by one word
  (a surname it never gives in full, so no person its names teach)
  opening a sentence that reports no speech is the person the next "he" is about, not the
  last speaker (consensus/offline/narrative_persons.py `narrative_person`, `spoken`).
"""

from __future__ import annotations

import time

from consensus.ingest import parse_text
from consensus.offline import extract_offline
from consensus.offline.story_follow import body_subject

LEAD = "Officials met on Friday to discuss the state of the old harbour wall.\n\n"


def _claims(body: str) -> list[tuple[str | None, str]]:
    article = parse_text(LEAD + body, id="probe", title="Probe")
    return [(c.speaker, c.statement) for c in extract_offline(article).claims]


def _speaker_of(body: str, words: str) -> list[str | None]:
    return [s for s, t in _claims(body) if words in t]


def test_a_spokeswoman_after_a_body_that_acted_is_its_spokeswoman() -> None:
    body = (
        "The library has explained the new opening hours. A spokeswoman said the reading "
        "room would reopen on Monday after the heating was repaired."
    )
    assert _speaker_of(body, "reading room") == ["library spokeswoman"]


def test_a_short_sentence_on_a_body_brings_its_spokeswoman_in() -> None:
    body = (
        "The college disputes that. A spokeswoman told the Courier that two porters had "
        "been on duty at the gate all night."
    )
    assert _speaker_of(body, "two porters") == ["college spokeswoman"]


def test_a_plural_group_or_a_document_brings_no_spokeswoman_in() -> None:
    # near misses: residents are no body; a report speaks for no one
    for opening in ("The residents have explained their worries.", "The report has long pages."):
        body = f"{opening} A spokeswoman said the reading room would reopen on Monday morning."
        assert _speaker_of(body, "reading room") == ["spokeswoman"]


def test_body_subject_reads_only_a_subject_before_its_verb() -> None:
    assert body_subject("The museum has explained the new timetable.") == "museum"
    assert body_subject("The university disputes that.") == "university"
    assert body_subject("The city's building inspectorate says so.") == (
        "city's building inspectorate"
    )
    assert body_subject("The museum's director retired in May.") is None
    assert body_subject("The students marched to the town hall.") is None


def test_body_subject_is_linear_on_one_long_token() -> None:
    text = "The " + "a" * 200_000
    start = time.perf_counter()
    assert body_subject(text) is None
    assert body_subject("The museum " + "b" * 200_000) is None
    assert time.perf_counter() - start < 1.0


QUOTED = (
    '"I called the vet. I did everything right," Tallis, 52, told the Herald on Tuesday, '
    "standing by the empty barn.\n\n"
    "The union's chairman, Pavel Brandt, called the claim insulting. "
    '"Not one sheep came onto this farm from outside," said Brandt.\n\n'
)


def test_a_quoted_person_opening_a_sentence_is_the_next_he() -> None:
    body = QUOTED + (
        'Vaccination starts on Wednesday. Tallis will not need it. "I have nothing left to '
        'vaccinate on the farm," he said.'
    )
    assert _speaker_of(body, "nothing left") == ["Tallis"]


def test_a_name_nobody_quoted_leaves_the_last_speaker() -> None:
    # near miss: a one-word name the article never quoted is no one the "he" is about
    body = QUOTED + (
        'Vaccination starts on Wednesday. Marlow will not need it. "I have nothing left to '
        'vaccinate on the farm," he said.'
    )
    assert _speaker_of(body, "nothing left") == ["Pavel Brandt"]


LIVE = (
    "Live updates on the harbour wall closure. {note}\n\n"
    "10:05 - Engineers said the wall had moved four centimetres since Monday night.\n\n"
    "{tail}"
)


def _statements(body: str) -> list[str]:
    return [t for _s, t in _claims(body)]


def test_a_live_pages_clock_note_and_access_line_are_no_claims() -> None:
    body = LIVE.format(
        note="All times local; latest entries first.",
        tail="The Harbour Ledger is free to read for members of the sailing club.",
    )
    said = _statements(body)
    assert not any("All times" in t or "free to read" in t for t in said)
    assert any("four centimetres" in t for t in said)


def test_following_the_days_events_is_page_talk() -> None:
    body = LIVE.format(
        note="Follow the day's events as residents march against the closure of the wall.",
        tail="",
    )
    assert not any("day's events" in t for t in _statements(body))


def test_times_that_are_no_clock_note_stay_claims() -> None:
    # near misses: "All times are ..." about something else; reading that is not free
    body = LIVE.format(
        note="All times are hard for the fishermen who use the harbour, the mayor said.",
        tail="The mayor said the inspection report is free of charge for residents to read.",
    )
    said = _statements(body)
    assert any("hard for the fishermen" in t for t in said)
    assert any("free of charge" in t for t in said)


def test_the_page_talk_patterns_are_linear_on_one_long_token() -> None:
    from consensus.nonclaims import _PAGE_ITSELF, _PAGE_THINGS

    start = time.perf_counter()
    for text in ("All times " + "A" * 200_000, "is free to " + "r" * 200_000, "day's" * 40_000):
        _PAGE_ITSELF.search(text)
        _PAGE_THINGS.search(text)
    assert time.perf_counter() - start < 1.0
