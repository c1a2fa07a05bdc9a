"""A bare denial ("Norvale rejected that account.") is answered by its party's next
sentence, however a reader knows that sentence is the denier's: a description of the
party ("the leasing company said ...") or a pronoun after a short opening phrase ("In a
statement on Sunday it said ..."): `consensus.merge.described_deniers`, read by
`denial_reasons.reason_after` (session 57, baredenial57). And a bare denial whose reasons
are a side of another point makes no point of its own, unless what it answers charges its
party (`consensus.merge.answered_elsewhere`). Invented sentences."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from report_checks import offline_report

from consensus.merge.answered_elsewhere import without_answered_elsewhere
from consensus.merge.described_deniers import pronoun_voice
from consensus.models import Polarity, Report


def _sides(report: Report) -> list[list[str]]:
    """Each point's sides, as the quotes each one cites joined."""
    return [
        [" | ".join(c.quote for c in p.citations) for p in c.positions] for c in report.contested
    ]


def test_a_description_of_the_denier_gives_its_reasons() -> None:
    report = offline_report(
        'Chief executive Arne Holm said the jets had been taken "in the middle of the night, '
        'without a word of warning".\n\nNorvale rejected that account. In a statement, the '
        "leasing company said Tarnby Air had been given 30 days' written notice, which "
        "expired on Sunday.",
        "The leasing firm Norvale took back six of Tarnby Air's planes on Monday, the airline "
        "said.\n\nTarnby Air has 14 planes.",
        title="Planes repossessed",
    )
    denials = [s for p in _sides(report) for s in p if "rejected that account" in s]
    assert denials and all("30 days' written notice" in s for s in denials), _sides(report)


def test_a_pronoun_after_an_opening_phrase_is_the_denier() -> None:
    assert pronoun_voice("In a statement on Sunday it said its control room called at 1:35")
    assert pronoun_voice("It says the operator cut back on roof bolts")
    # a pronoun further into the sentence is the object of another voice, no denier's
    assert not pronoun_voice("The rescue service said it was alerted at 2:05 p.m.")


def _feat(
    pos: int, article: str, start: int, quote: str, speaker: str, denies: bool = False
) -> Any:
    polarity = Polarity.denies if denies else Polarity.asserts
    span = SimpleNamespace(start=start, end=start + len(quote), quote=quote)
    return SimpleNamespace(
        pos=pos,
        index=pos,
        article=article,
        speaker=speaker,
        claim=SimpleNamespace(statement=quote, polarity=polarity, evidence=(span,)),
        citations=(span,),
    )


def _lift(before: str) -> tuple[list[Any], dict[int, int], list[tuple[int, int, str, str]]]:
    """One article: an account, the claim `before` the bare denial, the denial and the
    denier's reasons; another article's account the reasons clash with. Points: the claim
    before against the denial (the denial's binding), the reasons against the other
    account."""
    texts = [
        ("Vera Lind said the rescuers were alerted late.", "vera lind"),
        (before, "vera lind"),
        ("The operator disputes that account.", "operator"),
        ("The operator said its control room called the rescuers at 1:35 p.m.", "operator"),
    ]
    feats, at = [], 0
    for k, (quote, who) in enumerate(texts):
        feats.append(_feat(k, "a1", at, quote, who, denies=k == 2))
        at += len(quote) + 1
    feats.append(_feat(4, "a2", 0, "Rescuers were called at 2:05 p.m., police said.", "police"))
    point_of = {1: 1, 2: 1, 3: 3, 4: 3}
    links = [(1, 2, "conflict", "polarity: asserts vs denies"), (3, 4, "conflict", "time")]
    return feats, point_of, links


def test_a_bare_denial_whose_reasons_make_a_point_makes_none() -> None:
    feats, point_of, links = _lift("“We lost that hour,” said Vera Lind.")
    groups = [[f] for f in feats]
    group_of = {k: k for k in range(len(feats))}
    out = without_answered_elsewhere(point_of, links, groups, feats, group_of)
    assert out == {3: 3, 4: 3}, out  # (the remark is an item again, no side of a point)


def test_a_bare_denial_of_a_charge_of_its_party_keeps_its_point() -> None:
    # the claim it answers charges its party ("accused the operator of"): the charge and its
    # answer, what a reader reads
    feats, point_of, links = _lift("Vera Lind accused the operator of a long delay.")
    groups = [[f] for f in feats]
    group_of = {k: k for k in range(len(feats))}
    out = without_answered_elsewhere(point_of, links, groups, feats, group_of)
    assert out == point_of, out
