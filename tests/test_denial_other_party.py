"""Denials of another party's assertion (issue 8, session 16, disputes16): a denial in one
article opposes another party's assertion in another article that states what it rejects,
by its words or in other words (link rule 2); the denial cues "it was 'simply false' that"
and "any suggestion that ... is simply wrong"; "the agency said" after a named public body;
and the subject of what a denial rejects stated by the claim it answers in its article."""

from __future__ import annotations

import datetime as dt

import pytest
from report_checks import offline_report, side_quotes
from test_denial_answers import _answered, _disputes
from test_madeup_clusters import _run
from test_offline_kinds import _one

from consensus.api import build_report
from consensus.merge.figures import figures
from consensus.models import Article, ExtractionResult, Polarity, Report
from consensus.offline import extract_offline

SHARED = (
    " The bridge over the Tamar opened in May. Rain is expected on Friday. The museum will "
    "close for repairs."
)
DENIAL = (
    "Regulator chair Ann Moss denied that the cabinet had put pressure on the regulator to act."
)
DEBT_DENIAL = "The treasury denied that the budget would raise public debt."


def _two(first: str, second: str) -> Report:
    return offline_report(first + SHARED, second + SHARED, title="Fees")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        (
            'A spokesman said it was "simply false" that the cabinet had asked for the move.',
            Polarity.denies,
        ),
        (
            '"Any suggestion that we ignored warnings is simply wrong," Harrow said.',
            Polarity.denies,
        ),
        ("A spokeswoman said the think tank's estimate was wrong.", Polarity.denies),
        # an opinion of an act, no report called wrong
        ("The opposition leader said it was wrong to raise fees.", Polarity.asserts),
    ],
)
def test_a_report_called_false_or_wrong_is_a_denial(sentence: str, polarity: Polarity) -> None:
    first = sentence.split()[1] if sentence.startswith('"') else sentence.split()[0]
    assert _one(sentence, first).polarity == polarity


def test_the_agency_is_the_public_body_named_just_before() -> None:
    text = (
        "Maker Brightway is recalling 1.2 million heaters, the U.S. Consumer Product Safety "
        "Commission said on Tuesday. The company has received 27 reports of fires, the agency "
        "said."
    )
    assert _one(text, "27 reports").speaker == "U.S. Consumer Product Safety Commission"
    # without a named public body, the agency is only an agency; a company is no agency
    assert _one("Heaters caused 27 fires, the agency said.", "27 fires").speaker == "agency"
    text = (
        "Brightway is recalling 1.2 million heaters, the Product Safety Commission said. "
        "It has received 27 reports of fires, the company said."
    )
    assert _one(text, "27 reports").speaker == "company"


def test_a_denial_opposes_another_partys_accusation_in_other_words() -> None:
    accusation = (
        "Opposition leader Tom Vale said the cabinet had pushed the regulator into the ruling to "
        "protect its own allies."
    )
    assert _answered(_two(accusation, DENIAL), "pushed the regulator", "put pressure"), _disputes(
        _two(accusation, DENIAL)
    )
    # the same words negated agree with the denial: no dispute
    negated = "Opposition leader Tom Vale said the cabinet had not pushed the regulator into it."
    assert not _disputes(_two(negated, DENIAL))


def test_a_partys_denial_opposes_an_attributed_assertion_by_its_words() -> None:
    attributed = (
        "According to the Fiscal Council, an independent watchdog, the budget will add about "
        "$2 billion to public debt next year."
    )
    assert _answered(_two(attributed, DEBT_DENIAL), "add about $2 billion", "raise public debt")
    # the outlet's own statement names no party the denier answers (session 11's rule)
    plain = "The budget will add about $2 billion to public debt next year."
    assert not _disputes(_two(plain, DEBT_DENIAL)), _disputes(_two(plain, DEBT_DENIAL))


def test_the_claim_a_denial_answers_in_its_article_states_its_subject() -> None:
    # the regulator and the fees are the regulator chair's words, but not the cabinet
    # (`answers.denied_before`)
    text = (
        "Regulator chair Ann Moss said fees were rising too fast for the regulator to wait. "
        "The treasury denied that the cabinet had leaned on the regulator over fees."
    )
    assert not _disputes(offline_report(text + SHARED, SHARED.strip())), _disputes(
        offline_report(text + SHARED, SHARED.strip())
    )
    # the accusation that names the cabinet is answered
    text = (
        "Opposition leader Tom Vale said the cabinet had leaned on the regulator over fees. "
        "The treasury denied that the cabinet had leaned on the regulator over fees."
    )
    assert _disputes(offline_report(text + SHARED, SHARED.strip()))


def test_the_made_up_disputes_found() -> None:
    ratehike = _run("ratehike")[1]
    assert _answered(ratehike, "pushed the bank", "put pressure on the bank")
    budget = _run("budget")[1]
    assert _answered(budget, "add about $2 billion to public debt", "raise public debt")
    assert _in_one_point(_run("recall")[1], "11 fires", "nine fires")
    # the transport secretary's "simply wrong" is his department's denial, not an assertion
    # it denies (made-up bridge)
    bridge = _run("bridge")[1]
    assert _answered(bridge, "warned the state", "ignored warnings about the bridge")
    assert not _answered(bridge, "simply wrong", "ignored warnings about the bridge")


def test_an_amount_added_is_no_speech_and_a_preposition_no_counted_noun() -> None:
    report = _two("The budget will add about $2 billion to public debt next year.", DEBT_DENIAL)
    assert not _disputes(report)
    (fig,) = [f for f in figures("Shares fell 3% amid a broad market sell-off.") if f.unit == "%"]
    assert fig.noun == "" and fig.counted == ""


def test_a_light_verb_is_no_slot_word() -> None:
    # "took part in the march" counts the march, as "had marched" does (made-up protest's
    # police 45,000 against the organisers' 150,000)
    (fig,) = figures("Police said 45,000 people took part in the march.")
    assert fig.slot[:1] == ("march",), fig.slot
    assert _in_one_point(_run("protest")[1], "45,000 people took part", "150,000 had marched")


def _in_one_point(report: Report, one: str, other: str) -> bool:
    return any(
        any(one in c.quote for p in point.positions for c in side_quotes(report, point, p))
        and any(other in c.quote for p in point.positions for c in side_quotes(report, point, p))
        for point in report.contested
    )


@pytest.mark.parametrize(
    ("assertion", "denial"),
    [
        (
            "Witness Ana Ruiz said officers had fired rubber bullets at the crowd.",
            "Police denied that officers had fired tear gas at the crowd.",
        ),
        (
            "Doctor Lena Ohm said the hospital had run out of beds on Monday.",
            "The health ministry denied that the hospital had run short of medicine.",
        ),
    ],
)
def test_a_verb_in_common_done_to_another_thing_is_no_accusation(
    assertion: str, denial: str
) -> None:
    # the subject and the verb in common, but another object: another claim, though the
    # two share most words (cosine 0.61) or cover them (0.58): `answers.acts_on_another_thing`
    assert not _disputes(_two(assertion, denial)), _disputes(_two(assertion, denial))


def test_a_denial_of_the_act_in_another_place_opposes_nothing() -> None:
    # another name in the same place (rule 0, `substitutions.Substitutions`), read for a
    # denial too: the company is named in the assertion, but its cuts there are others
    assertion = "Union leader Ray Cole said the company had cut 300 jobs in Ohio."
    denial = "The company denied that it had cut 500 jobs in Texas."
    assert not _disputes(_two(assertion, denial)), _disputes(_two(assertion, denial))


def _dated(*texts: str) -> Report:
    articles = tuple(
        Article(id=f"a{k}", outlet=f"Outlet {k}", text=t + SHARED, published=dt.date(2018, 3, 21))
        for k, t in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def test_a_denial_of_the_act_in_another_period_opposes_nothing() -> None:
    # "last year" and "this month": two periods that cannot overlap (`periods_clash`)
    accusation = "Analyst Jo Kim said the bank had cut rates twice last year."
    assert not _disputes(_dated(accusation, "The bank denied that it would cut rates this month."))
    # ... while one period is one claim
    accusation = "Analyst Jo Kim said the bank had cut rates this month."
    assert _disputes(_dated(accusation, "The bank denied that it had cut rates this month."))
