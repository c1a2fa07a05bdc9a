"""Broadcast and service furniture that session 66's blind clusters kept as claims (released73):
the page naming itself a transcript, a service line with no number, the programme's call to
its audience and a reporter's sign-off; the reporting beside each stays. Invented text."""

from __future__ import annotations

from consensus.models import Article
from consensus.nonclaims import non_claim_spans, overlaps_non_claim
from consensus.offline import extract_offline


def _dropped(text: str, sentence: str) -> bool:
    start = text.index(sentence)
    return overlaps_non_claim(non_claim_spans(text), start, start + len(sentence))


def _statements(text: str) -> list[str]:
    return [c.statement for c in extract_offline(Article(id="t", text=text)).claims]


def test_the_page_naming_itself_a_transcript_is_no_claim() -> None:
    text = (
        "This is a transcript of an item broadcast on Morning Drive on Monday 2 March.\n\n"
        "PRESENTER: The ferry to Kelby was cancelled again on Sunday, the operator said.\n\n"
        "Police said a transcript of the call showed the driver had been warned.\n"
    )
    assert _dropped(text, "This is a transcript of an item")
    assert not _dropped(text, "The ferry to Kelby was cancelled")
    assert not _dropped(text, "Police said a transcript of the call")


def test_a_service_line_without_a_number_is_no_claim() -> None:
    text = (
        "The council paid out 2 million pounds in claims for damaged cars last year.\n\n"
        "Report a fallen tree: use the council's online form or call its roads line.\n\n"
        "To report a power cut, call the network's free number.\n\n"
        "Report writers said the repairs would cost more than expected.\n"
    )
    assert _dropped(text, "Report a fallen tree")
    assert _dropped(text, "To report a power cut")
    assert not _dropped(text, "The council paid out")
    assert not _dropped(text, "Report writers said")


def test_a_call_to_the_audience_is_dropped_but_the_report_beside_it_stays() -> None:
    text = (
        "PRESENTER: Jo Dale reporting. The council told us it would appeal against the ruling."
        " And if you have a view on the ferry, text us on 81 200 or email the newsroom.\n\n"
        '"Call us on 0800 123 456 if you see anything," the inspector said.\n'
    )
    assert _dropped(text, "And if you have a view on the ferry")
    assert not _dropped(text, "The council told us it would appeal")
    assert not _dropped(text, "Call us on 0800")  # someone's words, in quotation marks
    assert any("appeal against the ruling" in s for s in _statements(text))
    assert not any("text us" in s for s in _statements(text))


def test_a_reporters_sign_off_ending_a_paragraph_is_no_claim() -> None:
    text = (
        "PRESENTER: A fire on the Kelby ferry has closed the crossing. Jo Dale reports.\n\n"
        "JO DALE: The ferry operator says the fire started in the engine room and the ferry"
        " will be back in service on Friday. Police say the fire was started deliberately.\n\n"
        "Police are still appealing for witnesses to the ferry fire. Jo Dale, Westshire"
        " Tonight, Kelby.\n\n"
        "Anna Roe, the harbour master, Kelby, said the quay was safe.\n"
    )
    assert _dropped(text, "Jo Dale, Westshire Tonight, Kelby.")
    assert not _dropped(text, "Police are still appealing")  # (its story's words)
    assert not _dropped(text, "Anna Roe, the harbour master")
    assert not any("Westshire Tonight" in s for s in _statements(text))
