"""Denials that point back ("Henrik Sol has denied the report", "said that claim was
simply not true", "rejected the criticism") answer the claim told just before them in
their article by another side (consensus.merge.answers; issue 8, session 11). Before,
such a denial opposed nothing, or a claim of another article that happened to name its
party."""

from __future__ import annotations

from report_checks import made_up_report
from test_denial_party import _report
from test_madeup_clusters import _run

from consensus.merge.answers import points_back
from consensus.models import Polarity, Report


def _disputes(report: Report) -> list[tuple[str, str]]:
    """(asserted side's quotes, denying side's quotes) of each two-sided polarity point."""
    out = []
    for point in report.contested:
        asserts = " ".join(
            c.quote for p in point.positions if p.polarity == Polarity.asserts for c in p.citations
        )
        denies = " ".join(
            c.quote for p in point.positions if p.polarity == Polarity.denies for c in p.citations
        )
        if asserts and denies:
            out.append((asserts, denies))
    return out


def _answered(report: Report, claim: str, denial: str) -> bool:
    return any(claim in a and denial in d for a, d in _disputes(report))


def test_what_points_back() -> None:
    assert points_back("Henrik Sol has denied the report.")
    assert points_back('A spokeswoman said that claim was "simply not true".')
    assert points_back("Delaney has denied all the charges.")
    assert points_back("The auditing firm rejected that account, saying it had warned him.")
    assert points_back("The company denied it.")
    assert points_back("The party called the accusations baseless.")
    assert points_back("Acme called it 'nonsense'.")
    # an explanation is a report too (blind_mine, session 17: the union's rejection of the
    # company's tremor was set against the union's own day of mourning)
    assert points_back("The Federation of Mine Workers rejects that explanation.")
    # "denied doing so": the act the sentence before accuses the denier of (blindI18: the
    # founder's denial was set against his age, "Arthur Pennick is 72", in another outlet)
    assert points_back("Mr Pennick has denied doing so.")
    assert points_back("He denies having done so, his lawyer said.")
    assert not points_back("The mayor denied doing so much damage to the budget.")
    # a denial that states what it rejects is rule 2's (it is matched by its words)
    assert not points_back("The company denied that it had known about the fault.")
    assert not points_back("Valdoria denied reports that it had agreed to drop its demand.")
    assert not points_back("China denied any of its ships were involved in oil sales.")


def test_a_denial_answers_the_accusation_before_it() -> None:
    recall = _run("recall")[1]
    assert _answered(recall, "complaints about the heaters", "simply not true")
    election = _run("election")[1]
    assert _answered(election, "the vote had been rigged", "rejected the claim")
    assert _answered(election, "ballots had been forged", "the claim was baseless")
    # the army's account of its strike, which the town council's head rejects
    assert _answered(_run("airstrike")[1], "secondary explosions", "rejected that account")


def test_the_accuseds_own_lawyer_is_skipped_and_the_prosecutors_answered() -> None:
    # "Prosecutors said he accepted more than $4 million in bribes ... Delaney's lawyer
    # said his client would appeal. Delaney has denied all the charges."
    court = made_up_report("court")
    assert _answered(court, "bribes", "denied all the charges")
    assert not any("would appeal" in a for a, _ in _disputes(court))


def test_a_denial_going_on_with_its_own_denial_answers_no_one_else() -> None:
    # "Ortell denied reports that the singer had taken an overdose. 'Those reports are
    # false,' Ortell said." follows a singer's tribute: the tribute is no side
    death = _run("death")[1]
    assert not any("miss her" in a for a, _ in _disputes(death))


def test_a_claim_about_the_report_is_not_the_report() -> None:
    report = _report(
        "Vastia tested a missile in July. The Norland Foreign Ministry refused to confirm the "
        "newspaper's report, saying the matter was under review. But Vastian officials "
        "disputed the news media reports.",
        "Vastia tested a missile in July.",
    )
    assert not _disputes(report), _disputes(report)


def test_a_report_noun_answers_the_claim_that_tells_its_act() -> None:
    # "Dornland expelled 23 Kestrian diplomats, accusing them of working as undeclared
    # intelligence officers." ... three sentences of the prime minister's ... "The Kestrian
    # foreign ministry called the accusations 'baseless'": the accusation, not her quote
    expulsion = _run("expulsion")[1]
    assert _answered(expulsion, "accusing them of working", "called the accusations")
    assert not _answered(expulsion, "abuse of diplomatic status", "called the accusations")


def test_a_denial_stating_what_it_rejects_answers_the_accusation_before_it() -> None:
    # a denial with words of its own is compared with other articles' claims; the
    # accusation its own article tells just before it was in no candidate pair (session 13)
    report = _report(
        "The raid on Morrow Hill killed nine farmers, local officials said. The Brenland army "
        "denied that any farmers had been killed, saying it had struck a rebel camp.",
        "Aid workers reached Morrow Hill on Tuesday.",
    )
    assert _answered(report, "killed nine farmers", "any farmers had been killed"), _disputes(
        report
    )
    # the denier's own words before it are not what it rejects
    assert not any("rebel camp" in a for a, _ in _disputes(report))


def test_a_denial_answers_no_claim_sharing_one_word_of_it() -> None:
    # "stolen" alone: the researcher's remark is not the accusation the bank denies
    report = _report(
        "The stolen files could be sold to fraudsters, analyst Rob Keane said. Calder Bank "
        "denied that any card numbers had been stolen.",
        "Calder Bank shares fell 4 percent on Monday.",
    )
    assert not _disputes(report), _disputes(report)
    # and the made-up strike: the army's denial answers the toll the wire gives before it
    airstrike = _run("airstrike")[1]
    assert _answered(airstrike, "killed 12 civilians", "denied that any civilians")


def test_a_report_noun_answers_no_claim_above_the_sentence_that_tells_its_act() -> None:
    # the sentence that tells the accusation also names a report noun ("a claim for which
    # he gave no evidence"), so its claim is not answered; the remark above it is no
    # accusation either (blind_election, session 16)
    report = _report(
        '"We will build new schools in every district," Mara Lind told supporters on Sunday. '
        "The mood was soured by Jon Tesk, whose party came fourth, who accused officials in "
        "Orvia of losing ballots, a claim for which he gave no evidence. The commission "
        "dismissed the accusation as baseless on Monday.",
        "Mara Lind's party won the most seats on Sunday.",
    )
    assert not _answered(report, "new schools", "dismissed the accusation"), _disputes(report)


def test_a_denial_answers_a_claim_told_as_their_claim_that() -> None:
    # "Guild officials repeated their claim that ...": a claim its sentence states, though
    # no speaker is read and a report noun is named (blind_strike, session 16); the
    # ministry's figure before it is not what the company denies
    report = _report(
        "The labour ministry said around 900 flights had been cancelled on Monday. Guild "
        "officials on Tuesday repeated their claim that Harlow Air had used agency pilots on "
        "at least four flights. Harlow Air again denied it, saying all flights had been "
        "flown by its own staff.",
        "Harlow Air shares fell 3 percent on Monday.",
    )
    assert _answered(report, "agency pilots", "again denied it"), _disputes(report)
    assert not _answered(report, "900 flights", "again denied it"), _disputes(report)


def test_a_rejected_explanation_answers_the_explanation_before_it() -> None:
    # blind_mine (session 17): "The Federation of Mine Workers rejects that explanation."
    # answers the company engineer's tremor account told just before it, never the union's
    # own day of mourning
    # (with quote_runs, the reported statement that opens the engineer's run of quotations)
    # session 23 (disputes23): an explanation is a told cause, so the rejection answers the
    # company's own sentence that tells it ("Redvale says a ... tremor ... set off the
    # fall"), not its engineer's remark after it; the union's "It says Redvale reduced the
    # number of roof bolts" is the denial's reasons (`denial_reasons`)
    # session 36 (nogold36): the rest of the union's sentence of reasons ("and that its
    # members reported cracked supports") is on its side too, so the side reads as the
    # union's statement ("It says Redvale reduced ..."): sides read by their quotes, not
    # their polarity
    mine = _run("blind_mine")[1]
    sides = [[" ".join(c.quote for c in p.citations) for p in c.positions] for c in mine.contested]
    rejecting = [
        (k, s) for s in sides for k, side in enumerate(s) if "rejects that explanation" in side
    ]
    assert rejecting, sides
    for k, s in rejecting:
        others = " ".join(side for j, side in enumerate(s) if j != k)
        assert "set off the fall" in others and "day of mourning" not in others, s
        assert "roof bolts" in s[k], s


def test_a_denial_after_another_sides_denial_answers_no_claim_above_it() -> None:
    # "X denies this" right after another side's claim the extractor gave as a denial (the
    # inquiry's finding): that one or none, never the spokesman's figure a paragraph up
    # (blind_studyretract, session 31: "denies any misconduct" against "17 was correct")
    report = _report(
        "The college said on Thursday that 12 papers were under review. A spokesman said the "
        'figure of 12 was "correct at this stage" and declined to comment further.\n\n'
        "The college's inquiry concluded that some of the trial's data had been fabricated. "
        "Tomas Rell denies this and says the problems were caused by an honest mistake.",
        "The college said its inquiry had found fabricated data in the trial. Tomas Rell has "
        "said the problems stemmed from an honest error and denies any misconduct.",
    )
    assert not any("correct at this stage" in a for a, _ in _disputes(report)), _disputes(report)
