"""The offline extractor on sentence shapes common in news the dev clusters barely have
(business, disasters, sport, health): who speaks when a body is named by a common noun,
a name with an appositive naming its owner, a dateline with a state, a participle whose
object is the subject itself, a quotation an attribution interrupts. Short made-up
sentences, one rule each."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.models import Article, Claim
from consensus.offline import extract_offline


def _claims(text: str) -> list[Claim]:
    article = Article(id="t", text=text, published=dt.date(2018, 5, 4))
    return list(extract_offline(article).claims)


def role_fact(c: Claim) -> bool:
    """A role read beside a name ("Jo Roe is the firm's spokesman.", offline/role_facts.py):
    a claim of its own that cites a part of its sentence and speaks for no one."""
    body = c.statement.removesuffix(".")
    return (
        c.speaker is None
        and " is " in body
        and not body.split(" is ", 1)[1][:1].isdigit()  # (an age: offline/phrases.py)
        and all(body not in e.quote for e in c.evidence)
        and all(body.split(" is ", 1)[0] in e.quote for e in c.evidence)  # (the name)
    )


def _one(text: str, fragment: str) -> Claim:
    found = [
        c
        for c in _claims(text)
        if any(fragment in e.quote for e in c.evidence) and not role_fact(c)
    ]
    assert len(found) == 1, [c.statement for c in _claims(text)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Flooding closed 40 roads in the valley, the transport department said.",
            "transport department",
        ),
        (
            "The regional water agency said the reservoir had reached its highest level.",
            "regional water agency",
        ),
        ("A chemical company denied that its plant had leaked into the river.", "chemical company"),
        ("Farm groups said the drought would cut the harvest by a third.", "Farm groups"),
        (
            "About 2,000 homes lost power, the county emergency office said on Tuesday.",
            "county emergency office",
        ),
    ],
)
def test_a_body_named_by_a_common_noun_speaks(sentence: str, speaker: str) -> None:
    claim = _one(f"The storm moved north overnight.\n{sentence}", sentence[:12])
    assert claim.speaker == speaker


def test_a_common_noun_body_takes_its_article_back_in_a_statement() -> None:
    text = "The ferry was built in 1998 and had passed an inspection in May, the operator said."
    statements = [c.statement for c in _claims(text)]
    assert "The operator said that the ferry was built in 1998" in statements
    assert all(c.speaker == "operator" for c in _claims(text))


def test_a_name_before_an_appositive_naming_its_owner() -> None:
    text = (
        "Sales fell in the spring.\n"
        "Maria Olsen, Brightwell's finance chief, said the company would cut costs."
    )
    assert _one(text, "Maria Olsen").speaker == "Maria Olsen"


def test_a_described_person_of_a_named_body() -> None:
    text = (
        "The shares fell sharply.\n"
        "Economist Lena Braun of Keller Partners said the slowdown would last a year."
    )
    claim = _one(text, "Lena Braun")
    assert claim.speaker == "Lena Braun"
    # a title alone is no person: "Deputy Chief Inspector of the Harbour Police"
    text = (
        "The port was closed.\n"
        "Sam Ortega, Deputy Chief Inspector of the Harbour Police, said divers were searching."
    )
    assert _one(text, "divers were searching").speaker != "Deputy Chief Inspector"


def test_according_to_a_name_and_its_description() -> None:
    text = "Bread prices rose 8 percent, according to the Baking Federation, a trade group."
    claim = _one(text, "Bread prices")
    assert claim.speaker == "Baking Federation"
    # a clause after "according to X," is content, not X's description
    text = "Later, according to The Harbour Times, the ferry left without its captain."
    assert "the ferry left without its captain" in _one(text, "ferry left").statement


def test_a_dateline_with_a_state_is_not_content() -> None:
    text = (
        "DENTON, Texas (Wire) - A tornado destroyed 60 homes on the edge of town, officials said."
    )
    (claim,) = _claims(text)
    assert claim.statement.startswith("A tornado destroyed 60 homes")
    assert claim.speaker == "officials"
    text = (
        "SALEM, Ore. (Wire) - Fire crews contained a blaze that burned 300 acres, officials said."
    )
    (claim,) = _claims(text)
    assert claim.statement.startswith("Fire crews contained")


def test_a_dateline_with_a_region_of_two_words_is_not_content() -> None:
    # offline-90: "SAN JUAN, Puerto Rico (Wire) -", a region of two or three words
    text = (
        "HOLM, Upper Vestria (MNA) — Floods cut the main road to the town on Monday,"
        " the regional police said."
    )
    (claim,) = _claims(text)
    assert claim.statement.startswith("Floods cut the main road")
    assert "HOLM" not in claim.statement and "MNA" not in claim.statement
    text = "CAPE VERRA, North Dalmor Province (Wire) - Two ferries collided, officials said."
    (claim,) = _claims(text)
    assert claim.statement.startswith("Two ferries collided")


def test_a_participle_whose_object_is_the_subject_keeps_the_sentence() -> None:
    text = "The storm dropped 40 inches of rain, making it the wettest on record."
    statements = [c.statement for c in _claims(text)]
    assert statements == [text]


def test_a_quotation_interrupted_by_its_attribution_stays_one() -> None:
    text = "“We lost everything,” Ana Ruiz said, “but we are alive.”"
    (claim,) = _claims(text)
    assert claim.speaker == "Ana Ruiz"
    assert "but we are alive" in claim.statement


def test_complained_that_is_speech() -> None:
    text = "The coach, whose team has lost four games in a row, complained that the pitch was wet."
    (claim,) = _claims(text.replace("The coach", "Dale Hughes"))
    assert claim.speaker == "Dale Hughes"


def test_a_relative_clause_with_a_thousands_figure_keeps_its_speaker() -> None:
    # the comma of "4,000" is no phrase boundary between the speaker and its verb
    text = "The bakery company, which employs 4,000 people, said sales fell in March."
    assert _one(text, "said sales fell").speaker == "bakery company"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A spokeswoman for the hospital said three patients were in a serious condition.",
            "hospital spokeswoman",
        ),
        ("In a statement, the club said the striker would miss six weeks.", "club"),
        ("The central bank said inflation would stay above its target.", "central bank"),
        ("“We have lost a son and a brother,” the family said in a statement.", "family"),
        (
            "Opposition lawmakers said the vote had been rigged in three districts.",
            "Opposition lawmakers",
        ),
    ],
)
def test_a_role_of_a_common_noun_body_and_more_bodies(sentence: str, speaker: str) -> None:
    assert _one(f"The season ended in May.\n{sentence}", sentence[:12]).speaker == speaker
