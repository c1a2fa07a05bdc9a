"""A denial and a plain negation of one thing joined across polarity (link rule 2): one
voice, no other voice named, or a voice named by its kind ("police", "officials"), which
speaks for no party; two named people's words stay two claims."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.voices import one_voice_denial as _one_voice_denial
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(denier: str) -> Report:
    texts = [
        f"{denier} denied reports of a hostage-taking at the town hall. Schools were closed.",
        'Jane Roe said: "There is no hostage-taking at the town hall." Flags flew at half mast.',
    ]
    articles = tuple(
        Article(id=k, title="Siege", outlet=k, text=t) for k, t in zip("ab", texts, strict=True)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def _hostage_items(report: Report) -> list[tuple[list[str], tuple[str, ...]]]:
    return [
        (sorted({c.article for c in i.citations}), i.speakers)
        for i in report.agreed
        if any("hostage" in c.quote for c in i.citations)
    ]


def test_a_denial_by_a_speaker_named_by_its_kind_agrees_with_a_named_negation() -> None:
    items = _hostage_items(_report("Police"))
    assert [arts for arts, _ in items] == [["a", "b"]], items
    # the item is said by both voices, not by the named one alone
    assert {s.casefold() for s in items[0][1]} == {"police", "jane roe"}, items


def test_two_named_people_stay_two_claims() -> None:
    assert _hostage_items(_report("Tom Hale")) == []


def test_the_one_voice_test_reads_a_speaker_named_by_its_kind() -> None:
    from consensus.merge.features import _build_features
    from consensus.merge.score import negation

    articles = (
        Article(id="a", text="Local officials denied reports of a hostage-taking."),
        Article(id="b", text='Jane Roe said: "There is no hostage-taking."'),
        Article(id="c", text="Tom Hale denied reports of a hostage-taking."),
    )
    claims = [(a.id, k, c) for a in articles for k, c in enumerate(extract_offline(a).claims)]
    feats = {f.article: f for f in _build_features(claims)}
    negated = negation(feats["b"])
    assert _one_voice_denial(feats["a"], feats["b"], negated)
    assert not _one_voice_denial(feats["c"], feats["b"], negated)
