"""A contrast told on one side only, "A, not B", rebuts another voice's statement of B in
the same frame ("shows steam from a cooling tower, not smoke" / "shows thick smoke")
(consensus.merge.contrast_frames; link rule 6 across two voices; issue 8, session 71).
Invented text."""

from __future__ import annotations

from test_crossed_contrasts import _feats, _report  # tests/ is on sys.path

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.contrast_frames import contrast_framed
from consensus.merge.voice_rebuttals import told_apart
from consensus.vectors import Vectors

SMOKE = (
    "Residents of Pellow filed complaints about the Norrin works on Monday. "
    "The Pellow Air Group said the footage shows thick smoke rising from the works at night.",
    "The Norrin works denied any breach on Monday. "
    "A Norrin spokesman said the footage shows steam from a cooling tower, not smoke.",
)


def _views(feats):  # type: ignore[no-untyped-def]
    return [
        ClaimView(article=f.article, statement=f.claim.statement, names=frozenset(), speaker=None)
        for f in feats
    ]


def _ctx(texts: tuple[str, ...]) -> PairContext:
    return PairContext(_views(_feats(texts)), Vectors.empty())


def _framed(said: str, other: str, negated: str) -> bool:
    return contrast_framed(_ctx((said, other)), said, other, negated)


def test_a_contrast_rebuts_its_second_term_stated_in_the_same_frame() -> None:
    said = "A Norrin spokesman said the footage shows steam from a cooling tower, not smoke."
    assert _framed(said, "The group said the footage shows thick smoke at night.", "smok")


def test_a_contrast_rebuts_nothing_named_in_another_frame() -> None:
    said = 'Clara Ivens said the attack was "an attack on patients, not on computers".'
    assert not _framed(said, "Ana Roe said the attack took down the computers.", "computer")


def test_only_the_contrasts_second_term_is_read() -> None:
    said = "A spokesman said the footage shows steam from a cooling tower, not smoke."
    assert not _framed(said, "The group said the footage shows steam rising.", "steam")
    assert not _framed("A spokesman said the footage shows no smoke.", "It shows smoke.", "smok")


def test_the_speakers_own_words_are_no_frame() -> None:
    said = "The smoke board said it saw steam, not smoke."
    assert not _framed(said, "Residents said the board hid smoke from them.", "smok")


def _told_apart(negating: str, stating: str, negated: str) -> bool:
    feats = _feats((negating, stating))
    (neg,) = [f for f in feats if f.article == "t0"]
    (said,) = [f for f in feats if f.article == "t1"]
    ctx = PairContext(_views(feats), Vectors.empty())
    return told_apart(ctx, neg, said, negated)


def test_the_two_voice_guards_still_hold_for_a_framed_contrast() -> None:
    said = "A Norrin spokesman said the footage shows steam from a cooling tower, not smoke."
    assert not _told_apart(said, "The group said the footage shows thick smoke.", "smok")
    assert _told_apart(said, "The group said the footage probably shows smoke.", "smok")


def test_a_one_sided_contrast_against_two_voices_makes_a_contested_point() -> None:
    report = _report(SMOKE)
    points = [c for c in report.contested if any("not smoke" in p.statement for p in c.positions)]
    assert len(points) == 1
    said = sorted(p.statement for p in points[0].positions)
    assert any("thick smoke" in s for s in said)


def test_a_framed_contrast_reads_no_object_of_its_elided_term() -> None:
    said = "Pia Lund said the crew was at the park for two days, not five as a rival claimed."
    assert not _told_apart(said, "Nora Quill says the crew spent five days at the park.", "fiv")


def test_a_contrast_rebuts_no_possibility() -> None:
    said = "The museum said the fossil shows a lizard, not a snake."
    assert _framed(said, "Hobbyists said the fossil shows a snake.", "snak")
    assert not _framed(said, "Experts say the fossil could show a lizard or a snake.", "snak")
