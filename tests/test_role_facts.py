"""A person's role beside their name as a claim of its own (consensus/offline/role_facts.py,
session 72): the three shapes, what is no role, and how the merger treats the claims (two
outlets' roles of one person agree in other words; a role one origin states prints no
single-source line). Made-up sentences only."""

from __future__ import annotations

import pytest
from test_offline_kinds import _claims
from test_offline_phrases import _report

from consensus.merge.nested import _phrase


def _roles(text: str) -> list[tuple[str, list[str]]]:
    return [
        (c.statement, [e.quote for e in c.evidence])
        for c in _claims(text)
        if c.speaker is None and " is " in c.statement and c.statement.endswith(".")
    ]


@pytest.mark.parametrize(
    ("text", "statement", "quote"),
    [
        (  # after the name, between commas
            "Tomas Vell, the guild's general secretary, said members would vote in May.",
            "Tomas Vell is the guild's general secretary.",
            "Tomas Vell, the guild's general secretary",
        ),
        (  # after a trailing "said", with an "of" phrase, at the sentence's end
            "Members will vote in May, said Tomas Vell, general secretary of the Ferry Guild.",
            "Tomas Vell is general secretary of the Ferry Guild.",
            "Tomas Vell, general secretary of the Ferry Guild",
        ),
        (  # before the name, set off by commas: the sentence's "The" is written lower case
            "The guild's general secretary, Tomas Vell, said the offer was an insult.",
            "Tomas Vell is the guild's general secretary.",
            "The guild's general secretary, Tomas Vell",
        ),
        (  # an owner's name opening the sentence keeps its capital
            "Lumatek's chief executive, Mira Lund, said the yard would close.",
            "Mira Lund is Lumatek's chief executive.",
            "Lumatek's chief executive, Mira Lund",
        ),
        (  # an owner's pronoun stays as the text writes it
            "Mira Lund, its people director, said the firm was disappointed.",
            "Mira Lund is its people director.",
            "Mira Lund, its people director",
        ),
        (  # a title straight before the name, after a stop word
            "The offer was rejected by guild organiser Tomas Vell on Friday.",
            "Tomas Vell is guild organiser.",
            "guild organiser Tomas Vell",
        ),
        (  # a title after a verb's past form: the verb and its subject are no part of it
            "The prime minister dismissed transport minister Ola Brenn on Friday.",
            "Ola Brenn is transport minister.",
            "transport minister Ola Brenn",
        ),
        (  # a title opening the sentence
            "Chief executive Mira Lund said the yard would stay open.",
            "Mira Lund is chief executive.",
            "Chief executive Mira Lund",
        ),
    ],
)
def test_a_role_beside_a_name_is_a_claim_of_its_own(text: str, statement: str, quote: str) -> None:
    roles = _roles(text)
    assert (statement, [quote]) in roles, roles
    if " said " in text:  # the sentence's own claim keeps its speaker reading
        assert any(c.speaker in ("Tomas Vell", "Mira Lund") for c in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # an apposition with a verb states no post
        "Tomas Vell, who was sacked as director, said he would appeal.",
        # a head that needs a phrase after it ("head of ...") is other words alone
        "He was hit on the head, Tomas Vell said.",
        # words inside a quotation are the speaker's
        'The mayor said: "Our friend Tomas Vell, the guild\'s secretary, is a hero."',
        # a body's description is no person's role
        "Lumatek, the largest maker of ferry engines, said it would cut 200 jobs.",
        # a plural names a group
        "Tomas Vell and Mira Lund, the guild's organisers, said members would vote.",
    ],
)
def test_no_role_claim_where_the_shape_does_not_hold(text: str) -> None:
    assert _roles(text) == []


def test_a_role_in_other_words_agrees_across_outlets() -> None:
    report = _report(
        "Ferry staff voted to strike on Monday, said Tomas Vell, general secretary of the "
        "Ferry Guild. The vote was the first in 20 years.",
        "The guild's general secretary, Tomas Vell, called the vote historic. Ferry staff "
        "will walk out for two days next month.",
    )
    roles = [it for it in report.agreed if it.statement.startswith("Tomas Vell is ")]
    assert len(roles) == 1 and roles[0].sources == ("a0", "a1")


def test_a_role_one_origin_states_prints_no_single_source_line() -> None:
    report = _report(
        "Ferry staff voted to strike on Monday, said Tomas Vell, general secretary of the "
        "Ferry Guild and a former deckhand.",
        "The ferry Nordlys ran aground off the island of Kestra on Sunday night.",
    )
    statements = [it.statement for it in (*report.agreed, *report.single_source)]
    assert not [s for s in statements if s.startswith("Tomas Vell is ")], statements
    assert any("voted to strike" in s for s in statements)  # the sentence prints whole


def test_a_name_and_its_long_apposition_is_a_phrase() -> None:
    # a role's phrase runs past eight words; its comma marks it (merge/nested.py)
    assert _phrase("Tomas Vell, general secretary of the Harbour and Ferry Workers Union")
    assert not _phrase("Tomas Vell general secretary of the Harbour and Ferry Workers Union")


def test_a_post_word_ending_in_ing_keeps_a_role_a_phrase() -> None:
    # "managing" names a post, not an act (consensus/data/role_words.toml `participles`)
    assert _phrase("Its managing director, Tomas Vell")
    assert not _phrase("Tomas Vell, describing the yard")


def test_a_denial_after_a_role_answers_the_sentence_not_the_role() -> None:
    # the role in the speaker's apposition is no claim the next sentence's denial rejects
    report = _report(
        'The guild said the crane had not been checked for a year. "It was a disaster '
        "waiting to happen,\" said the guild's regional officer, Tomas Vell. Mira Lund, "
        'its managing director, denied that. "That claim is simply untrue," she said.',
        "The crane collapsed at the yard on Monday. Mira Lund, the yard's managing "
        "director, said it had been checked in May.",
    )
    for point in report.contested:
        for position in point.positions:
            assert " is the guild's regional officer" not in position.statement
            assert " is its managing director" not in position.statement


def test_two_peoples_roles_in_the_same_words_never_agree() -> None:
    # one person's post is never another's, however alike the words (merge/link.py rule 0)
    report = _report(
        "The ministry denied the report on Monday. Ministry spokesman Tomas Vell said "
        "the ships had never been in the strait.",
        "The report was denied. Tomas Vell, a ministry spokesman, said no ship had entered "
        "the strait.",
        "Officials said they had no information. A foreign ministry spokesman, Mira Lund, "
        "said the ships were not registered there.",
    )
    for item in report.agreed:
        if item.statement.startswith(("Tomas Vell is ", "Mira Lund is ")):
            assert item.sources == ("a0", "a1"), (item.statement, item.sources)
