"""Speakers given to the wrong voice (session 63, speakers63): "the union's regional
officer, <Name>" after an inverted "said", with the union's name written with an owner's
mark, speaks for that union; a function word opening a paragraph ("There is ...") is no
body a bare "the ministry" stands for. Each case has a twin the change must leave alone.
Every name is made up."""

from __future__ import annotations

from consensus.merge.body_names import paragraph_subject
from consensus.merge.speakers import Speakers

_UNION = (
    "The Coastal Drivers' Union said on Wednesday that the driver had worked 14 hours.\n\n"
    '"He was sent out again when he should have been in bed," said the union\'s regional '
    "officer, Mara Quist.\n"
)


def test_an_inverted_officer_of_an_owner_marked_union_speaks_for_it() -> None:
    sp = Speakers({"mara quist": [_UNION], "coastal drivers union": [_UNION]})
    assert sp.compatible("mara quist", "coastal drivers union")


def test_an_inverted_officer_of_a_plainly_written_union_speaks_for_it() -> None:
    # no owner's mark in the union's name: the inverted "said" alone hid the description
    text = _UNION.replace("Coastal Drivers' Union", "Coastal Rail Union")
    sp = Speakers({"mara quist": [text], "coastal rail union": [text]})
    assert sp.compatible("mara quist", "coastal rail union")


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
