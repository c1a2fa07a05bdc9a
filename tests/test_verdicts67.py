"""Session 67 (verdicts67), on invented text: a verdict of falsity given with a verb of
judging ("called that 'simply untrue'", "branded the report misleading", "described the
figure as 'wildly inflated'") is its subject's word and a denial (`consensus.offline.judging`,
data/judging.toml); a verdict beside a figure its claim states leaves the claim that figure's
(`kinds.denies`: the figure point tells the clash); and the reasons a denial gives never move
what it answers onto a request told just before it (`reason_answers`: "the party has asked
a court to order a recount" is no accusation)."""

from __future__ import annotations

import pytest
from test_negated_complement import _two_outlets
from test_reason_answers import _denied_quotes
from test_speakers66 import _claims, _one

from consensus.models import Polarity
from consensus.offline.judging import FALSE_VERDICT, VERDICT_SPAN
from consensus.offline.kinds import denies

_BEFORE = "Residents say more than 90 homes were flooded.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The trust\'s spokeswoman, Ada Lune, called that "simply untrue".', "Ada Lune"),
        ("Opposition leader Tam Ruse branded the report misleading.", "Tam Ruse"),
        ("Harlow Council dismissed the residents' claim as wildly inflated.", "Harlow Council"),
        ('Tam Ruse described the estimate as "grossly exaggerated".', "Tam Ruse"),
        ("Tam Ruse called the residents' figures a fantasy.", "Tam Ruse"),
    ],
)
def test_a_verdict_of_falsity_is_its_subjects_denial(sentence: str, speaker: str) -> None:
    claim = _one(_BEFORE + sentence, sentence.split()[-1].strip('".'))
    assert claim.speaker == speaker
    assert claim.kind == "denial"
    assert claim.polarity == Polarity.denies


@pytest.mark.parametrize(
    "sentence",
    [
        # a verdict that says nothing is false, or a call made: no denial
        'Mayor Ann Holt called the fire "a dark day for our city".',
        "Northvale said it had called the council within an hour.",
        "Tam Ruse described the flood as the worst in living memory.",
    ],
)
def test_other_verdicts_and_calls_are_no_denial(sentence: str) -> None:
    assert all(c.kind != "denial" for c in _claims(_BEFORE + sentence))


def test_the_verdict_span_holds_verb_object_and_verdict() -> None:
    text = 'The board says the toll is 12 and calls the higher figure "simply wrong" today.'
    m = FALSE_VERDICT.search(text)
    assert m is not None and m.group() == "calls"
    span = VERDICT_SPAN.match(text, m.start())
    assert span is not None and span.group() == 'calls the higher figure "simply wrong'


@pytest.mark.parametrize(
    "body",
    [
        'The agency says the fee is at most 15 marks and calls the 40-mark figure "a myth".',
        'Rell called the figure "wildly inflated" and said the fee was at most 15 marks.',
    ],
)
def test_a_verdict_beside_a_figure_leaves_the_claim_that_figures(body: str) -> None:
    assert not denies(body)
    claim = _one("Shopkeepers say the fee will rise by 40 marks.\n\n" + body, "15 marks")
    assert claim.kind != "denial"
    assert claim.polarity == Polarity.asserts


def test_a_verdict_on_a_figure_without_a_figure_beside_it_is_a_denial() -> None:
    # the figure named inside the verdict's own object is what is judged, not a side
    assert denies('The agency calls the 40-mark figure "scaremongering".')
    assert denies("The agency called that figure invented.")


_ACCUSER = (
    "Opposition leader Mira Dovel says crates at three depots sat unsealed overnight, and "
    "her party has asked a court to order a recount there. "
    "The inspection board's chairman, Olaf Brenn, has called the accusation baseless, "
    "saying every crate was sealed and signed by observers from all parties."
)
_OTHER = "The inspection board counted 41,000 crates at the three depots."


def test_reasons_never_move_a_denial_onto_a_request() -> None:
    # (a guard on invented text; the move itself shows in a batch whose word weights favour
    # the request, as blind_recallvote's: tests/test_denial_joins.py fails there without it)
    quotes = " ".join(
        _denied_quotes(_two_outlets(_ACCUSER, _OTHER), denial="called the accusation baseless")
    )
    assert "order a recount" not in quotes, quotes
    assert "sat unsealed overnight" in quotes, quotes


@pytest.mark.parametrize(
    ("sentence", "points_back"),
    [
        ("The ministry branded the report misleading.", True),
        ('The firm described the figures as "wildly inflated".', True),
        # a participle verdict after a denial that names what it denies itself
        ('Orla Venn denied a newspaper report that she quit, calling it "a fabrication".', False),
        ("The union walked out of the talks, branding the report nonsense.", False),
    ],
)
def test_only_a_finite_verdict_points_back_at_an_earlier_claim(
    sentence: str, points_back: bool
) -> None:
    from consensus.merge.answers import _BACK_REFERENCE

    assert bool(_BACK_REFERENCE.search(sentence)) is points_back
