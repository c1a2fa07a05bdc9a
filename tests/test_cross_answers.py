"""A party's denial in one article answers the accusation of it that another article tells
(`merge.cross_answers`); a denial of something else, a side's account of itself and a
party's plans are no such accusation."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from consensus.api import build_report
from consensus.merge.cross_answers import _STATES_REPORT, _party, _subjects, agreed_claims
from consensus.models import Article, ExtractionResult, Polarity, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    articles = tuple(
        Article(id=f"a{k}", title="Harbour crane", outlet=f"Outlet {k}", text=text)
        for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def _sides(report: Report) -> list[str]:
    return [
        " ".join(c.quote for c in p.citations) for item in report.contested for p in item.positions
    ]


def test_the_subject_of_a_told_act_is_the_accused() -> None:
    assert "brenvik" in _subjects("Auditors said Brenvik had hidden losses from investors.")
    assert "operator" in _subjects("Dockers said the operator had ignored the crane's faults.")
    assert "marlow" in _subjects("The union accused Marlow of cutting corners.")
    # a plan, a state, an addressee and a pronoun name no accused party
    assert not _subjects("Ada Vance said that Marlow would sue the paper.")
    assert not _subjects("Ada Vance said Marlow is a fine employer.")
    assert not _subjects("Ted Orr told the inquiry he acted alone.")


def test_the_party_of_a_denial_is_its_speaker_or_short_subject_without_role_words() -> None:
    statement = "The harbour operator's director categorically denied paying any bribes."
    denial = SimpleNamespace(speaker=None, claim=SimpleNamespace(statement=statement))
    party = _party(denial)  # type: ignore[arg-type]
    assert {"harbour", "operator"} <= set(party) and "director" not in party
    spoken = SimpleNamespace(speaker="nurses' union", claim=denial.claim)
    assert "union" in _party(spoken)  # type: ignore[arg-type]
    long = "A worker held for weeks near the harbour by the group that took her denied it."
    assert not _party(SimpleNamespace(speaker=None, claim=SimpleNamespace(statement=long)))  # type: ignore[arg-type]


def test_a_blanket_denial_answers_the_accusation_in_another_article() -> None:
    report = _report(
        "A crane collapsed at the Orlund harbour on Monday. Dockers said Brenvik Logistics "
        "had ignored repeated faults in the crane's brakes.",
        "The Orlund harbour was closed on Monday after a crane fell. Brenvik Logistics "
        "insisted it had done nothing wrong.",
    )
    sides = _sides(report)
    assert any("ignored repeated faults" in s for s in sides), sides
    assert any("nothing wrong" in s for s in sides), sides


def test_a_denial_in_its_own_words_answers_the_accusation_naming_its_party() -> None:
    report = _report(
        "A crane collapsed at the Orlund harbour on Monday. Inspectors said the operator "
        "had falsified the crane's maintenance logs.",
        "The Orlund harbour was closed on Monday after a crane fell. The operator denies "
        "ever tampering with any logs.",
    )
    sides = _sides(report)
    assert any("falsified" in s for s in sides), sides
    assert any("tampering" in s for s in sides), sides


def test_no_answer_to_another_accusation_or_from_the_partys_lawyer() -> None:
    # the denial rejects something else ("drinking" is none of the accusation's words)
    other = _report(
        "A crane collapsed at the Orlund harbour on Monday. Police said the crane driver "
        "had been using his phone at the time.",
        "The Orlund harbour was closed on Monday after a crane fell. The driver's lawyer "
        "denied that his client had been drinking.",
    )
    assert not other.contested, _sides(other)
    # a bare role ("the lawyer said") may speak for the party: no accusation of it
    lawyer = _report(
        "A crane collapsed at the Orlund harbour on Monday. The lawyer said Brenvik had "
        "always followed the rules.",
        "The Orlund harbour was closed on Monday after a crane fell. Brenvik Logistics "
        "insisted it had done nothing wrong.",
    )
    assert not lawyer.contested, _sides(lawyer)


def test_a_pointed_denial_answers_the_claim_stating_what_it_rejects() -> None:
    # the accused is not named as the subject: the rejected words must be stated
    report = _report(
        "A crane contract at the Orlund harbour was awarded on Monday. Two losing bidders "
        "said officials had rigged the tender in favour of Brenvik.",
        "The Orlund harbour signed its crane contract on Monday. A port spokeswoman rejected "
        "the allegation that the tender had been rigged.",
    )
    sides = _sides(report)
    assert any("rigged the tender" in s for s in sides), sides
    assert any("rejected the allegation" in s for s in sides), sides
    # one rejected word met ("tender") is not what the other side says
    other = _report(
        "A crane contract at the Orlund harbour was awarded on Monday. Two losing bidders "
        "said the tender had been too short for small firms.",
        "The Orlund harbour signed its crane contract on Monday. A port spokeswoman rejected "
        "the allegation that the tender had been rigged.",
    )
    assert not other.contested, _sides(other)


def test_a_report_noun_with_where_it_was_told_before_that_points_at_its_content() -> None:
    # "claims circulating online that ...": the words between the noun and "that" say
    # where the report was told, and what follows "that" is what the denial rejects
    report = _report(
        "A crane contract at the Orlund harbour was awarded on Monday. Two losing bidders "
        "said officials had rigged the tender in favour of Brenvik.",
        "The Orlund harbour signed its crane contract on Monday. A port spokeswoman rejected "
        "claims circulating online that the tender had been rigged.",
    )
    sides = _sides(report)
    assert any("rigged the tender" in s for s in sides), sides
    assert any("circulating online" in s for s in sides), sides
    # a verb of the report's own clause between: no report's content follows
    assert not _STATES_REPORT.search("said the claims were false and that nothing was hidden")


def test_a_report_called_false_is_a_denial_of_that_sides_claim_only() -> None:
    claims = extract_offline(
        Article(
            id="a",
            title="t",
            outlet="o",
            text="The operator's director called the union's report false.",
        )
    ).claims
    assert claims[0].polarity == Polarity.denies
    report = _report(
        "A crane collapsed at the Orlund harbour on Monday. The dockers' union said the "
        "operator had ignored the crane's faults.",
        "The Orlund harbour was closed on Monday after a crane fell. The operator's director "
        "called the union's report false.",
    )
    sides = _sides(report)
    assert any("ignored the crane" in s for s in sides), sides
    assert any("report false" in s for s in sides), sides
    # the union's report is no answer to what the police say
    police = _report(
        "A crane collapsed at the Orlund harbour on Monday. Police said the operator had "
        "ignored the crane's faults.",
        "The Orlund harbour was closed on Monday after a crane fell. The operator's director "
        "called the union's report false.",
    )
    assert not police.contested, _sides(police)


def test_no_answer_takes_a_member_from_what_two_origins_agree_on() -> None:
    report = _report(
        "A crane collapsed at the Orlund harbour on Monday. Dockers said Brenvik Logistics "
        "had ignored repeated faults in the crane's brakes.",
        "Two workers were hurt when a harbour crane in Orlund gave way on Monday. According "
        "to dockers, Brenvik Logistics had ignored repeated faults in the brakes of the crane "
        "for months.",
        "The Orlund harbour was closed on Monday after a crane fell. Brenvik Logistics "
        "insisted it had done nothing wrong.",
    )
    agreed = [i.statement for i in report.agreed]
    assert any("ignored repeated faults" in s for s in agreed), (agreed, _sides(report))


def test_agreed_claims_are_assertions_linked_across_two_origins() -> None:
    def feat(article: str, origin: str | None, polarity: Polarity) -> SimpleNamespace:
        return SimpleNamespace(
            article=article, origin=origin, claim=SimpleNamespace(polarity=polarity)
        )

    asserts, denies = Polarity.asserts, Polarity.denies
    feats = [
        feat("a1", None, asserts),  # 0
        feat("a2", None, asserts),  # 1: another article, its own origin
        feat("a1", None, asserts),  # 2: 0's article
        feat("a3", "wire", asserts),  # 3
        feat("a4", "wire", asserts),  # 4: 3's origin (a wire copy)
        feat("a5", None, denies),  # 5: a denial
        feat("a6", "a1", asserts),  # 6: origin named as 0's article
        feat("a7", None, asserts),  # 7
        feat("a8", None, asserts),  # 8: linked to 7 below the bar only
    ]
    pairs = [(0, 1), (0, 2), (3, 4), (1, 5), (0, 6), (7, 8), (4, 7)]
    p = np.array([0.9, 0.9, 0.9, 0.9, 0.9, 0.4, 0.5])
    assert agreed_claims(feats, pairs, p, 0.5) == {0, 1, 4, 7}  # type: ignore[arg-type]
    assert agreed_claims(feats, pairs, p, 0.95) == frozenset()  # type: ignore[arg-type]
