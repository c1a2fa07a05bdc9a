"""A bare "the company" stands for the one body with a bare name that speaks in its own
article and that the text shows to be a body ("its") of no other kind
(consensus.merge.body_names `_bare_body`); invented text only."""

from __future__ import annotations

from test_merge_kind_names import _speakers

_LEAD = "Vesta Foods said its Tarnby plant would close next year."
_SAID = "The closure will cost 400 jobs, the company said."


def test_the_company_is_the_one_bare_named_body_that_speaks() -> None:
    text = f"{_LEAD}\n{_SAID}\n"
    said = _speakers({"a": text}, [("a", _LEAD, "Vesta Foods"), ("a", _SAID, "company")])
    assert said[_SAID] == "vesta foods"


def test_two_bare_named_bodies_leave_the_company_unresolved() -> None:
    other = "Orvane said its inspectors had found faults at the plant."
    text = f"{_LEAD}\n{other}\n{_SAID}\n"
    said = _speakers(
        {"a": text},
        [("a", _LEAD, "Vesta Foods"), ("a", other, "Orvane"), ("a", _SAID, "company")],
    )
    assert said[_SAID] == "company"


def test_a_name_never_followed_by_its_is_no_body() -> None:
    # "his": a person's name, not a company's
    lead = "Tom Varga said his Tarnby plant would close next year."
    text = f"{lead}\n{_SAID}\n"
    said = _speakers({"a": text}, [("a", lead, "Tom Varga"), ("a", _SAID, "company")])
    assert said[_SAID] == "company"


def test_a_body_an_appositive_describes_is_of_another_kind() -> None:
    # "a campaign group": the text gives it a kind, so "the company" is not it
    lead = "Clean Holm, a campaign group, said its members would protest."
    text = f"{lead}\n{_SAID}\n"
    said = _speakers({"a": text}, [("a", lead, "Clean Holm"), ("a", _SAID, "company")])
    assert said[_SAID] == "company"


def test_a_body_named_only_after_the_claim_is_not_the_company() -> None:
    text = f"{_SAID}\n{_LEAD}\n"
    said = _speakers({"a": text}, [("a", _SAID, "company"), ("a", _LEAD, "Vesta Foods")])
    assert said[_SAID] == "company"


def test_an_acronym_stays_unresolved() -> None:
    # an agency's or a union's short name as often as a firm's
    lead = "NWRA said its Tarnby plant would close next year."
    text = f"{lead}\n{_SAID}\n"
    said = _speakers({"a": text}, [("a", lead, "NWRA"), ("a", _SAID, "company")])
    assert said[_SAID] == "company"
