"""An accusation with the accused side's denial in its tail (", a charge Vastia denies",
", which the government denies", ", something his family has denied") is two claims: the
accusation, asserted by its speaker, and the denial, by the denier (issue 8, session 11).
Before, the whole sentence was one claim that its accuser "denied"."""

from __future__ import annotations

import pytest
from test_denial_answers import _disputes
from test_denial_party import _report

from consensus.models import Article, Polarity
from consensus.offline import extract_offline


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(id="a", title="t", outlet="o", text=text)
    return [(c.polarity.value, c.speaker, c.statement) for c in extract_offline(article).claims]


def test_the_accusation_and_its_denial_are_two_claims() -> None:
    got = _claims("Norland accused Vastia of shelling border villages, a charge Vastia denies.")
    assert got == [
        ("asserts", "Norland", "Norland accused Vastia of shelling border villages"),
        ("denies", "Vastia", "Vastia denies the charge."),
    ]
    got = _claims("The opposition says the vote was rigged, which the government denies.")
    assert got[0][:2] == ("asserts", "opposition")
    assert got[1] == ("denies", "government", "The government denies it.")
    got = _claims("Critics say the firm hid losses, an allegation the company has denied.")
    assert got[1] == ("denies", "company", "The company has denied the allegation.")
    # a role with its name in commas, a time and a participle after the verb (session 16)
    got = _claims(
        "Ivo Korr accused the judges of acting like politicians, a charge the court's "
        "spokeswoman, Lena Varga, rejected on Thursday, saying the ruling rested on the law."
    )
    assert got[0] == (
        "asserts",
        "Ivo Korr",
        "Ivo Korr accused the judges of acting like politicians",
    )
    assert got[1] == (
        "denies",
        "Lena Varga",
        "The court's spokeswoman, Lena Varga, rejected the charge on Thursday, saying the "
        "ruling rested on the law.",
    )


def test_a_tail_that_is_no_denial_stays_whole() -> None:
    got = _claims("Norland accused Vastia of shelling villages, a charge Vastia investigated.")
    assert len(got) == 1 and got[0][0] == Polarity.asserts.value


def test_the_accusation_two_outlets_report_is_disputed_by_the_denial() -> None:
    report = _report(
        "Norland accused Vastia of shelling border villages on Monday, a charge Vastia "
        "denies. Vastia tested a missile in July.",
        "Norland said Vastia shelled border villages on Monday. Vastia tested a missile in July.",
    )
    disputes = _disputes(report)
    assert len(disputes) == 1, disputes
    accusation, denial = disputes[0]
    assert "Norland said Vastia shelled" in accusation and "Vastia denies" in denial


def test_a_tail_denies_the_claim_of_its_own_sentence_even_without_a_speaker() -> None:
    # "Minister Jan Holm blamed the union ..." reports no speech: it has no speaker, but the
    # tail that denies it is in its own sentence
    report = _report(
        "Minister Jan Holm blamed the union for the violence at the march, a charge the union "
        "rejected. Vastia tested a missile in July.",
        "Vastia tested a missile in July.",
    )
    disputes = _disputes(report)
    assert len(disputes) == 1 and "blamed the union" in disputes[0][0], disputes


@pytest.mark.xfail(
    strict=True,
    reason="Passed only while the photo-caption rule dropped 'Coast guards seized a tanker off "
    "the coast on Friday.' as a caption ('guard' + 'on Friday'); read as reporting (session 16, "
    "junk16: a caption verb that a past tense with an object follows is a noun), the outlet's "
    "own sentence is disputed by the ministry's dismissal, as 'Officers seized a tanker ...' "
    "already was on main: the merge rule this names does not exist.",
)
def test_a_denial_sentence_answers_no_claim_of_no_one_before_it() -> None:
    # the sentence before is no one's claim, and the denial is a sentence of its own
    report = _report(
        "Coast guards seized a tanker off the coast on Friday. At a briefing, a spokeswoman "
        "for the ministry dismissed the claim. Vastia tested a missile in July.",
        "Vastia tested a missile in July.",
    )
    assert not _disputes(report), _disputes(report)
