"""Session 73 (roles73): role facts roles72 missed (consensus/offline/role_facts.py). A role
in the attribution after a direct quote ("“…,” said Jane Roe, the guild's general secretary.")
is held, and the quote cites its attribution then; a title or honorific before a name ("Dr.",
"Cllr", "Sgt"); "director general"; a title in capitals shown in lower case ("council
leader"); a dotted nation's initialism before a title ("U.S. President") gives no fact; a
role's "its" is named as the body the sentence before names, or dropped when unsure
(consensus/its_owners.py). Made-up sentences only."""

from __future__ import annotations

import pytest
from test_offline_kinds import _claims
from test_offline_phrases import _report
from test_role_facts import _roles

_REJECTED = "The guild rejected the offer on Monday. "


_QUOTED = _REJECTED + '"The offer is an insult. We will not accept a cut of this size," said '


def test_a_role_after_a_direct_quote_is_held_and_the_quote_cites_it() -> None:
    # the last sentence of a quotation cites only its own words: the role lay in no span
    text = _QUOTED + "Tomas Vell, the guild's general secretary."
    roles = _roles(text)
    quoted = ["Tomas Vell, the guild's general secretary"]
    assert ("Tomas Vell is the guild's general secretary.", quoted) in roles, roles
    quote = next(c for c in _claims(text) if "We will not accept" in c.statement)
    # its citation runs on to the role (a lead's rule, mirrored)
    assert quote.evidence[0].quote.endswith("said Tomas Vell, the guild's general secretary")


def test_a_quote_without_a_role_after_it_cites_only_its_words() -> None:
    text = _QUOTED + "Tomas Vell."
    quote = next(c for c in _claims(text) if "We will not accept" in c.statement)
    assert quote.evidence[0].quote == "We will not accept a cut of this size", quote.evidence


def test_a_role_after_a_quote_agrees_across_outlets_and_prints_no_single_line() -> None:
    report = _report(
        _QUOTED + "Tomas Vell, the guild's general secretary.",
        "Ferry staff will strike next month. The guild's general secretary, Tomas Vell, "
        "called the offer an insult.",
        'The ferry Nordlys ran aground off Kestra. "It was a hard night. Nobody was hurt," said '
        "Mira Lund, the yard's managing director.",
    )
    agreed = [it for it in report.agreed if it.statement.startswith("Tomas Vell is ")]
    assert [it.sources for it in agreed] == [("a0", "a1")], report.agreed
    single = [it.statement for it in report.single_source]
    assert not [s for s in single if s.startswith("Mira Lund is ")], single


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (  # an honorific with a full stop, in a title before the name
            "The clinic found the error, said Larkspur medical director Dr. Alma Rees.",
            "Alma Rees is Larkspur medical director.",
        ),
        (  # a rank the name reader does not take as a person's
            "Sgt Ray Colby, the force's press officer, said two men were held.",
            "Ray Colby is the force's press officer.",
        ),
        (  # a post closed by "general"
            "The fine is the largest yet, said agency director general Marit Aasvik.",
            "Marit Aasvik is agency director general.",
        ),
        (  # a hyphenated one
            "The fine is the largest yet, said the agency's director-general, Marit Aasvik.",
            "Marit Aasvik is the agency's director-general.",
        ),
        (  # a body's number in the "of" phrase
            "Drivers will strike, said Dana Orr, president of Transit Workers Local 1142.",
            "Dana Orr is president of Transit Workers Local 1142.",
        ),
        (  # a title in capitals mid-sentence is shown in lower case
            "Fees will rise in April, said Council leader Jo Marsden.",
            "Jo Marsden is council leader.",
        ),
        (  # ... and opening the sentence
            "Health Secretary Ana Ruhl said waiting lists would fall.",
            "Ana Ruhl is health secretary.",
        ),
        (  # a body's name before the title keeps its capitals
            "Fares will rise, Metro General Manager Ray Vossen said.",
            "Ray Vossen is Metro general manager.",
        ),
        (  # a park's name before a lower-case post
            "The ride was shut, Lakeview Park spokeswoman Dana Whitby said.",
            "Dana Whitby is Lakeview Park spokeswoman.",
        ),
    ],
)
def test_roles_the_first_reading_missed(text: str, statement: str) -> None:
    assert statement in [s for s, _q in _roles(text)], _roles(text)


def test_a_title_after_general_is_no_part_of_the_name() -> None:
    # "General Manager Ray Vossen said": the speaker is Ray Vossen, not "Manager Ray Vossen"
    claims = _claims("Fares will rise, General Manager Ray Vossen said.")
    assert any(c.speaker == "Ray Vossen" for c in claims), [c.speaker for c in claims]


def test_a_dotted_nation_before_a_title_gives_no_role() -> None:
    # "U.S. President Tom Bairden" is a known figure's title: no "Tom Bairden is President."
    assert _roles("Talks were held in Geneva, U.S. President Tom Bairden said.") == []


def test_its_in_a_role_names_the_body_the_sentence_before_opens_on() -> None:
    report = _report(
        "The Harbour Authority closed the east channel on Monday. Its director, Ana Lindqvist, "
        "said the work would take a month.",
        "The Harbour Authority shut the east channel to barges on Monday. Its director, Ana "
        "Lindqvist, told reporters the repairs were overdue.",
    )
    roles = [it.statement for it in report.agreed if it.statement.startswith("Ana Lindqvist is")]
    assert roles == ["Ana Lindqvist is the Harbour Authority's director."], report.agreed
    # the citation still quotes the text as written
    item = next(it for it in report.agreed if it.statement == roles[0])
    assert all(c.quote.startswith("Its director") for c in item.citations)


def test_its_in_a_role_is_dropped_when_no_body_is_named_before() -> None:
    report = _report(
        "Barges were stuck on Monday. Its director, Ana Lindqvist, said the work would take "
        "a month.",
        "Barges waited for hours on Monday. Its director, Ana Lindqvist, told reporters the "
        "repairs were overdue.",
    )
    roles = [it.statement for it in report.agreed if it.statement.startswith("Ana Lindqvist is")]
    assert roles == ["Ana Lindqvist is director."], report.agreed
