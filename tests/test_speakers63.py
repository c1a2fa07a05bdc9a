"""Speakers given to the wrong voice (session 63, speakers63): "the trust said" after
"<Name>, the trust's regional director" is the trust (a word the description writes as an
owner says whom the person works for, not what they are); "the union's regional officer,
<Name>" after an inverted "said", with the union's name written with an owner's mark, speaks
for that union; a function word opening a paragraph ("There is ...") is no body a bare
"the ministry" stands for. Each case has a twin the change must leave alone. Every name is
made up."""

from __future__ import annotations

from test_speakers47 import _speakers

from consensus.merge.body_names import paragraph_subject
from consensus.merge.speakers import Speakers

_TRUST = (
    "The Harlow Vale Canal Trust took over the waterway in 2012.\n\n"
    '"It is simply not true that we ignored residents," said Tomas Brekke, the trust\'s '
    'regional director of operations. "We take every report seriously."\n\n'
    'The trust also dismissed the claims. "No sluice was opened," the trust said.\n'
)


def test_the_kind_an_officer_works_for_is_the_body_not_the_officer() -> None:
    assert _speakers(_TRUST, "No sluice") == ["Harlow Vale Canal Trust"]
    assert _speakers(_TRUST, "also dismissed") == ["Harlow Vale Canal Trust"]


def test_the_role_an_officer_holds_is_still_the_officer() -> None:
    # the twin: "the engineer" is what the description says he is
    text = _TRUST.replace("director of operations", "engineer").replace(
        'The trust also dismissed the claims. "No sluice was opened," the trust said.',
        '"No sluice was opened," the engineer said.',
    )
    assert _speakers(text, "No sluice") == ["Tomas Brekke"]


def test_the_kind_of_no_named_body_names_no_one() -> None:
    # no "<Name> Trust" written: "the trust" is no officer, and no body is made up
    text = _TRUST.replace("The Harlow Vale Canal Trust took over the waterway in 2012.\n\n", "")
    assert _speakers(text, "No sluice") == [None]


_UNION = (
    "The Coastal Drivers' Union said on Wednesday that the driver had worked 14 hours.\n\n"
    '"He was sent out again when he should have been in bed," said the union\'s regional '
    "officer, Mara Quist.\n"
)


def test_an_inverted_officer_of_an_owner_marked_union_speaks_for_it() -> None:
    sp = Speakers({"mara quist": [_UNION], "coastal drivers union": [_UNION]})
    assert sp.compatible("mara quist", "coastal drivers union")


def test_an_officer_of_another_kind_does_not_speak_for_the_union() -> None:
    # the twin: "the council's regional officer" is no voice of the union written before
    text = _UNION.replace("the union's", "the council's")
    sp = Speakers({"mara quist": [text], "coastal drivers union": [text]})
    assert not sp.compatible("mara quist", "coastal drivers union")


def test_a_function_word_opening_a_paragraph_is_no_subject() -> None:
    text = "There is also disagreement over the date. The ministry said the meeting was routine.\n"
    at = text.index("The ministry")
    assert paragraph_subject(text, at, {"There": "there"}) is None


def test_a_body_opening_a_paragraph_is_still_its_subject() -> None:
    # the twin: a body's name opening the paragraph with its verb
    text = "Varne Water denied that. The company said the pipes were sound.\n"
    at = text.index("The company")
    assert paragraph_subject(text, at, {"Varne Water": "varne water"}) == (
        "Varne Water",
        "varne water",
    )
