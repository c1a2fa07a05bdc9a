"""Session 44 (released44): what six newly released blind clusters showed, in invented text.

- A post a live page shows as its own paragraph names its author before its words ("Harbour
  Residents (@HarbourRes): …"): its words are that author's, whatever the intro above it
  names or leaves out (consensus/ingest/spans.py `_post_author`), and the statement gives
  the words without repeating the header (consensus/offline/clause_statements.py).
- An intro ending in a colon that names no source, over paragraphs that open on no
  quotation mark ("Here is where things stand tonight:", "Summary of the day so far:"), gives
  the page's own words, not a quoted document of an unnamed author (consensus/ingest/
  spans.py `_quoted_spans`); "…, from the Kestrel News Agency:" names its source.
- "A spokesman said" right after a body named by its kind spoke ("The weather office
  rejected that.", "The city's building inspectorate says …") is that body's spokesman, as
  after a named body (consensus/offline/story_follow.py `body_kind`); never after a plural
  group ("Several residents rejected that.") or a document ("The report said …"); the
  same reading gives "…, it said" after "The regulator said …" to the regulator.
- "A harbour spokeswoman disputed that timing. '…,' she said": an unnamed spokesperson or
  official opening a sentence with a verb other than one of saying brings in someone new;
  the "she said" after it is theirs (consensus/offline/story_follow.py `opening_role`).
"""

from __future__ import annotations

import pytest
from test_speakers_unseen import speakers_of as _speakers

from consensus.ingest import parse_text
from consensus.offline import extract_offline

LEAD = "Officials met on Friday to discuss the state of the harbour wall in the town.\n\n"
POST = (
    "The residents group has posted this on its account:\n\n"
    "{header}200 people came out in the rain tonight to walk the harbour wall. "
    "Next stop: the council. #SaveTheHarbour\n"
    "May 3, 2027\n\n"
    "Police said about 80 people took part in the march on Tuesday evening in the town."
)


def _claims(body: str) -> list[tuple[str | None, str]]:
    article = parse_text(LEAD + body, id="probe", title="Probe")
    return [(c.speaker, c.statement) for c in extract_offline(article).claims]


def test_a_post_that_names_its_author_is_that_authors() -> None:
    claims = _claims(POST.format(header="Harbour Residents (@HarbourRes): "))
    post = [(s, t) for s, t in claims if "rain tonight" in t]
    assert post == [
        (
            "Harbour Residents",
            "Harbour Residents wrote: 200 people came out in the rain "
            "tonight to walk the harbour wall.",
        )
    ]


def test_a_paragraph_opening_on_a_name_without_a_handle_names_no_author() -> None:
    # near miss: "Name:" without "(@handle)" is no post header
    claims = _claims(POST.format(header="Harbour Residents: "))
    assert [s for s, t in claims if "rain tonight" in t] == [None]


SUMMARY = (
    "18:00 — {intro}\n\n"
    "{first}\n"
    "Police say about 80 people took part in the march on Tuesday.\n\n"
    "17:30 — More soon from the harbour as the wall stays shut."
)


def test_a_summary_under_an_intro_naming_no_source_is_the_pages_own() -> None:
    # a live page's summary: no unnamed author; each sentence keeps its own attribution
    body = SUMMARY.format(
        intro="Here is where things stand tonight:",
        first="The harbour wall stays closed for a third day after the storm.",
    )
    claims = dict((t, s) for s, t in _claims(body))
    assert claims["The harbour wall stays closed for a third day after the storm."] is None
    assert claims["Police say about 80 people took part in the march on Tuesday."] == "Police"


def test_a_quotation_under_an_intro_naming_no_source_is_still_quoted() -> None:
    # near miss: the paragraph opens on a quotation mark, so it is quoted material
    body = SUMMARY.format(
        intro="The board issued a short statement:",
        first="“We will keep the harbour wall closed until it is safe for everyone.”",
    )
    speakers = [s for s, t in _claims(body) if "until it is safe" in t]
    assert speakers == ["unnamed quoted source"]


SPOKESMAN = (
    "{subject} on Tuesday. A spokesman said the notice had gone out on Monday. "
    '"The risk was flagged two days early," he said.'
)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("The weather office rejected that", "weather office spokesman"),
        ("The town's building inspectorate denied it", "town's building inspectorate spokesman"),
        ("The ministry rejected that", "ministry spokesman"),
    ],
)
def test_a_spokesman_after_a_body_named_by_its_kind_is_its_spokesman(
    subject: str, expected: str
) -> None:
    body = LEAD + SPOKESMAN.format(subject=subject)
    assert _speakers(body, "The risk was flagged two days early") == [expected]


@pytest.mark.parametrize(
    "subject", ["Several residents rejected that", "The report said the notice was late"]
)
def test_a_spokesman_after_a_group_or_a_document_is_only_a_spokesman(subject: str) -> None:
    # near miss: a plural group or a document has no spokesman of its own
    body = LEAD + SPOKESMAN.format(subject=subject)
    assert _speakers(body, "The risk was flagged two days early") == ["spokesman"]


DISPUTED = (
    "Harbour chief Anna Berg said the pier would reopen on Friday after the repairs.\n\n"
    '{subject} disputed that timing. "We need two more weeks," she said.'
)


def test_she_after_an_unnamed_spokesperson_who_did_not_say_is_the_spokesperson() -> None:
    # "A <body> spokesperson disputed that account." brings in someone new with a verb
    # other than one of saying: the "she said" after it is theirs, not the last name's
    body = LEAD + DISPUTED.format(subject="A harbour spokeswoman")
    assert _speakers(body, "We need two more weeks") == ["harbour spokeswoman"]


def test_she_after_a_named_spokesperson_is_still_her() -> None:
    # near miss: the spokesperson has a name, so "she" is that name
    body = LEAD + DISPUTED.format(subject="A harbour spokeswoman, Tove Reed,")
    assert _speakers(body, "We need two more weeks") == ["Tove Reed"]


@pytest.mark.parametrize(("subject", "expected"), [("regulator", "regulator"), ("report", None)])
def test_it_said_after_a_body_named_by_its_kind_is_that_body(
    subject: str, expected: str | None
) -> None:
    # the same reading gives "it said" to the body that spoke just before ("The regulator
    # said …. …, it said"); near miss: a document that "said" is no body to follow
    body = LEAD + (
        f"The {subject} said three boats had been scrapped after the storm in March. "
        "The hulls could not be repaired, it said."
    )
    assert _speakers(body, "The hulls could not be repaired") == [expected]
