"""A quotation of a named speaker's own words joins a statement that names no speaker only when
the two link well (link rule 1, issue 8, session 15): "Sue Patel said: 'I heard a noise at
around 6am'" is the witness's own account, not one fact with "the tram came off the tracks
at around 6am" because both give the time."""

from __future__ import annotations

from report_checks import offline_report

from consensus.merge.voices import first_person, own_words
from consensus.models import Report


def _report(*texts: str) -> Report:
    return offline_report(*texts, title="Tram")


SHARED = "The tram operator said services would stay suspended on Thursday."


def test_a_witness_quote_is_no_agreement_with_a_plain_statement_of_the_time() -> None:
    report = _report(
        f"It came off the tracks in a tunnel near Sandilands tram station at around 6am. {SHARED}",
        f'Sue Patel said: "I heard a loud bang near Sandilands at around 6am." {SHARED}',
    )
    for it in report.agreed:
        quotes = " ".join(c.quote for c in it.citations)
        assert not ("I heard a loud bang" in quotes and "came off the tracks" in quotes), it
    # (the two link at ~0.45: above the fitted threshold, under `REPORTED_AT`)
    assert [it.statement for it in report.agreed] == [SHARED]


def test_first_person_inside_a_quotation_only() -> None:
    assert first_person('Jane Roe said: "I heard a noise at around 6am"')
    assert first_person("He said: “We ran for our lives.”")
    assert not first_person("I think the tram came off the tracks, said Jane Roe")  # no quote
    assert not first_person('The mayor called it "a terrible day for the city"')


def test_a_quoted_remark_is_no_agreement_with_a_plain_statement_sharing_a_word() -> None:
    # the two link at ~0.30: above the fitted threshold, under `REPORTED_AT`
    report = _report(
        "Lumatek also committed to other steps to close the transaction, including selling "
        f"overlapping businesses. {SHARED}",
        f'Jane Roe said: "The overlap is very limited in this transaction." {SHARED}',
    )
    assert [it.statement for it in report.agreed] == [SHARED]


def test_own_words_are_a_first_person_or_a_long_quotation() -> None:
    assert own_words('Jane Roe said: "The overlap is very limited in this transaction."')
    assert own_words('Jane Roe said: "I agree."')
    assert not own_words('Jane Roe called it "a fair deal"')  # three words, no "I"
    assert not own_words("Jane Roe said the overlap was very limited in the transaction.")


def _pair_kept_apart(quote: str, plain: str, *named: str) -> bool:
    """`voices.own_words_alone` of a named speaker's quotation (article a, speaker Marta
    Kolb) and a plain statement of article b naming `named`."""
    import numpy as np
    from test_merge_kind_names import _claim

    from consensus.merge.features import _build_features
    from consensus.merge.voices import own_words_alone

    feats = _build_features(
        [
            ("a", 0, _claim(quote, quote, "Marta Kolb", "Marta Kolb")),
            ("b", 0, _claim(plain, plain, None, *named)),
        ],
        {"a": quote, "b": plain},
    )
    return bool(own_words_alone(feats, np.asarray([0]), np.asarray([1]))[0])


def test_own_words_and_a_statement_about_the_speaker_link_at_the_plain_threshold() -> None:
    """Session 40 (agree40): the plain statement names the speaker ("Marta Kolb climbed out"
    or "Kolb climbed out"): it is about that person, one fact with their own account, so the
    pair is read at the link threshold, as two statements of one speaker are."""
    quote = 'Marta Kolb said: "I climbed out through the passenger window."'
    assert not _pair_kept_apart(quote, "Marta Kolb climbed out of the van.", "Marta Kolb")
    assert not _pair_kept_apart(quote, "Kolb climbed out of the van.", "Kolb")
    # near misses: a statement naming no one, or only the body the speaker works for, or
    # another person of the same family name's first name, keeps rule 1's higher bar
    assert _pair_kept_apart(quote, "The driver climbed out of the van.")
    assert _pair_kept_apart(quote, "The van belonged to Halvern Freight.", "Halvern Freight")
    assert _pair_kept_apart(quote, "Jonas Berg climbed out of the van.", "Jonas Berg")
