"""A denial answers the accusation told just before it in its article in other words
(consensus.merge.answers.answered_in_other_words; issue 8, session 15): fewer than two of
its words are the accusation's, but the accusation states its subject or an object, and
by word vectors most of the rest."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report
from test_madeup_clusters import _run

from consensus.merge.answers import _held_words

SHARED = " The bridge over the Tamar opened in May."
ACCUSATION = "Councillor Ivo Brandt said the mayor had hidden the cost overruns from voters."
DENIAL = "A city hall spokeswoman denied that the mayor had concealed any expenses."


def _two(text: str) -> object:
    return _report(text + SHARED, SHARED.strip())


def test_the_subject_and_objects_of_what_is_denied() -> None:
    held = _held_words("that the witness had been offered any deal in exchange for his testimony")
    assert held == ["deal", "exchange", "testimony", "witness"]
    # the verb is not what the denial is about; names are no rejected words
    assert _held_words("any card numbers had been stolen") == ["card", "numbers"]
    assert _held_words("that the bank had been slow to react") == ["bank"]
    assert _held_words("Lindqvist had known of the allegations") == []


def test_a_denial_in_other_words_answers_its_accuser() -> None:
    report = _two(f"{ACCUSATION} {DENIAL}")
    assert _answered(report, "hidden the cost overruns", "concealed any expenses"), _disputes(
        report
    )


def test_a_third_speaker_between_them_is_the_nearest_side() -> None:
    # the denial follows another speaker's words: the accusation is not the nearest side
    report = _two(f"{ACCUSATION} Mary Holt, a resident, said the bridge was too narrow. {DENIAL}")
    assert not _answered(report, "hidden the cost overruns", "concealed any expenses")


def test_a_verb_in_common_is_not_what_is_denied() -> None:
    # "stolen" is the verb of what the bank denies, not its subject: no answer (the
    # session 13 case, now also by the paraphrase rule)
    report = _two(
        "The stolen files could be sold to fraudsters, analyst Rob Keane said. Calder Bank "
        "denied that any card numbers had been stolen."
    )
    assert not _disputes(report), _disputes(report)


def test_the_made_up_denials_in_other_words() -> None:
    # "the testimony of a builder who had been promised leniency" / "the witness had been
    # offered any deal in exchange for his testimony"
    assert _answered(_run("verdict")[1], "promised leniency", "offered any deal")
    # "the bank had waited too long to report the attack" / "had been slow to react"
    assert _answered(_run("breach")[1], "waited too long", "slow to react")


def test_an_outlets_statement_answered_by_a_partys_denial() -> None:
    # the outlet's own statement (no speaker) against a party's denial: most of the
    # denial stated (`OUTLET_COVER`)
    report = _two(
        "The ferry's steering gear failed twice last month. Baltline denied that the ferry "
        "had any steering faults."
    )
    assert _answered(report, "steering gear failed", "any steering faults"), _disputes(report)
    # "Investigators are considering bad weather, human error and technical failure as
    # possible causes." / "Polar Air ... denied that it had any technical problems."
    assert _answered(_run("planecrash")[1], "technical failure", "any technical problems")


def test_an_outlets_statement_sharing_little_of_the_denial_is_no_answer() -> None:
    # "Water flooded the lower galleries of the mine on Monday after a pump failed,
    # officials said. The company denied that it had ignored warnings about the pump."
    # (the warnings are the union's, in the other articles)
    rescue = _run("rescue")[1]
    assert not _answered(rescue, "a pump failed", "ignored warnings")
    report = _two(
        "Water flooded the tunnel after a pump failed. The builder denied that it had "
        "ignored warnings about the pump."
    )
    assert not _disputes(report), _disputes(report)


def _rebutted(report: object, negated: str, other: str) -> bool:
    return any(
        any(negated in c.quote for p in point.positions for c in p.citations)
        and any(other in c.quote for p in point.positions for c in p.citations)
        for point in report.contested  # type: ignore[attr-defined]
    )


def test_two_sides_joined_by_but_one_negated_is_a_rebuttal() -> None:
    report = _two(
        "Residents said the council had not consulted them about the new road, but Mayor "
        "Ann Roe said the council had consulted every household."
    )
    assert _rebutted(report, "had not consulted them", "consulted every household")
    # a pronoun object that points back at the clause before
    report = _two(
        "Critics said the surveyors had not measured the river depth, but engineer Tom Weil "
        "said the team had done so."
    )
    assert _rebutted(report, "had not measured", "had done so")
    # "Critics said the researchers had not taken account of smoking, but Santos said the
    # results had been adjusted for it."
    assert _rebutted(_run("study")[1], "not taken account of smoking", "adjusted for it")


def test_but_without_a_rebuttal() -> None:
    # one speaker's two remarks; two remarks of two things; neither negated
    for text in (
        "Mayor Ann Roe said the council had not consulted residents, but Roe said it would.",
        "Residents said the road was not safe, but Mayor Ann Roe said taxes would fall soon.",
        "Residents said the road was busy, but Mayor Ann Roe said the road was busy at noon.",
    ):
        report = _two(text)
        assert not report.contested, (text, report.contested)  # type: ignore[attr-defined]


def test_a_name_answers_the_title_another_article_gives_it() -> None:
    # "Prime Minister Eva Lindqvist" in one article; "the prime minister had been aware"
    # and "denied that Lindqvist had been aware of the matter" in another: the subject in
    # common by its title (the object, "the matter", is no word of the accusation's)
    titled = "Prime Minister Eva Lindqvist accepted the resignation."
    denial = "A spokesman, Jon Ekdahl, denied that Lindqvist had been aware of the matter."
    report = _report(
        f"{titled}{SHARED}",
        f"Mats Berg said the prime minister had been aware of the payments. {denial}{SHARED}",
    )
    assert _answered(report, "prime minister had been aware", "Lindqvist had been"), _disputes(
        report
    )
    # another title is another person
    report = _report(
        f"{titled}{SHARED}",
        f"Mats Berg said the finance minister had been aware of the payments. {denial}{SHARED}",
    )
    assert not _answered(report, "finance minister had been aware", "Lindqvist had been")
    assert _answered(_run("resignation")[1], "the prime minister had known", "Lindqvist")
