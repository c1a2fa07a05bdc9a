"""Furniture session 23's released blind clusters showed (session 30, cleanup30): a caption
whose last sentence is followed by a bracketed name alone, "(TVK 7 Brask)" (consensus/
nonclaims.py `_NAME_CREDIT_END`), and an author's bio in the article's tail with a second
role, "X is the Courier's safety editor and a former pilot." (consensus/furniture.py
`_TAIL_START`); and a source named by a trailing "according to X, who ..." (consensus/
offline/clause_attribution.py: the relative clause tells of the source, it names nobody)."""

from __future__ import annotations

from test_offline_prep_relatives import _statements

from consensus.nonclaims import non_claim_spans

_NEWS = "The engineer is still being held, his employer said on Monday.\n\n"


def test_a_caption_closed_by_a_bracketed_name() -> None:
    text = _NEWS + "Flowers have been left at the gates of the depot. (TVK 7 Brask)\n"
    found = _statements(text)
    assert not any("Flowers" in s for s in found), found
    assert len(found) == 1


def test_a_bracketed_stage_direction_or_aside_is_no_credit() -> None:
    # a transcript's "(APPLAUSE)" (no title-case word), an aside with small words, a quotation
    for line in (
        "We will rebuild the depot before the winter comes. (APPLAUSE)",
        "The depot will reopen in the spring. (Officials gave no date.)",
        "The depot will reopen in the spring, the council said. (see below)",
        '"We will rebuild the depot before the winter." (Mayor Ola Berg)',
    ):
        text = _NEWS + line + "\n"
        start = text.index(line)
        assert not any(s <= start < e for s, e in non_claim_spans(text)), line


def test_a_bio_with_a_second_role_in_the_tail() -> None:
    text = (
        _NEWS
        + "Mara Lind is the Courier's safety editor and a former ferry captain.\n\n"
        + "RELATED: Ferry safety rules compared\n"
    )
    found = _statements(text)
    assert not any("safety editor" in s for s in found), found
    assert len(found) == 1


def test_a_reporter_with_a_second_role_mid_article_is_news() -> None:
    text = (
        "Mara Lind is a reporter and a mother of two who was detained in Tessin on Friday.\n\n"
        + _NEWS
        + "The embassy has asked for consular access.\n"
    )
    assert any("mother of two" in s for s in _statements(text))


def test_according_to_a_source_then_a_relative_clause() -> None:
    # the relative clause after the source tells of the source: the source still speaks,
    # and the statement stays as written
    from consensus.models import Article
    from consensus.offline import extract_offline

    line = (
        "All three of the injured were night-shift workers, according to depot manager Ola "
        "Berg, who told reporters that the alarm had sounded at 2 a.m."
    )
    claims = extract_offline(Article(id="a", text=_NEWS + line + "\n")).claims
    claim = next(c for c in claims if "night-shift" in c.statement)
    assert claim.speaker == "Ola Berg", claim
    assert "who told reporters" in claim.statement, claim.statement
