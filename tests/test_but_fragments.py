"""Session 37 (precision37): a clause cut off at ", but" that has no subject of its own and
none to carry (a bare verb and its object, "but receive nothing for ..."; an absolute phrase,
"but with her lead cut to 40") leaves its sentence whole instead of standing as a broken
statement ("Receive nothing for ...", "With her lead cut ..."); and a sentence adverb of time
before a leading speaker ("Later Mrs X said") is no part of the speaker's name."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.but_fragments import opens_a_fragment


def _claims(text: str) -> list[tuple[str | None, str]]:
    article = Article(id="a", title="t", outlet="o", text=text)
    return [(c.speaker, c.statement) for c in extract_offline(article).claims]


def test_a_bare_verb_after_but_keeps_the_sentence_whole() -> None:
    text = (
        "Growers are paid in full for orchards felled on council orders, but get nothing for "
        "trees that were already dead."
    )
    statements = [s for _, s in _claims(text)]
    assert statements == [text]
    assert not any(s.startswith("Get nothing") for s in statements)


def test_an_absolute_with_phrase_after_but_keeps_the_sentence_whole() -> None:
    text = (
        "The ruling party held the district after a second count confirmed its candidate, "
        "but with her margin cut from 150 votes to 40."
    )
    statements = [s for _, s in _claims(text)]
    assert not any(s.startswith("With her margin") for s in statements)
    assert any(s.endswith("but with her margin cut from 150 votes to 40.") for s in statements)


def test_a_clause_with_its_own_subject_after_but_is_still_cut() -> None:
    got = _claims("Rents rose sharply in the spring, but tenants say the service has improved.")
    assert got[0] == (None, "Rents rose sharply in the spring")
    assert got[1][1] == "Tenants say the service has improved."


@pytest.mark.parametrize(
    ("clause", "fragment"),
    [
        ("receive nothing for the birds", True),
        ("lose their homes in the flood", True),
        ("still want the money back", True),
        ("with her lead cut to 87", True),
        ("with prices rising, the bank held rates", False),
        ("tenants say the service improved", False),
        ("the board voted against it", False),
        ("they want the money back", False),
        ("many residents have left", False),
        ("Officials said the road was shut", False),
        ("was released without charge", False),
        ("by the time it landed the wind had dropped", False),
        ("only the board can decide", False),
        ("half the staff stayed home", False),
        ("quickly the mood changed", False),
    ],
)
def test_what_opens_a_fragment(clause: str, fragment: bool) -> None:
    text = f"The plan was approved in May, but {clause}"
    assert opens_a_fragment(text, len(text) - len(clause), len(text)) is fragment
    # only a clause cut at ", but": after "; " the clause is left as it was
    text = f"The plan was approved in May; {clause}"
    assert not opens_a_fragment(text, len(text) - len(clause), len(text))


def test_a_phrase_after_a_semicolon_is_still_cut() -> None:
    text = (
        "On Monday morning its winds were near 70 mph; by the time it reached the islands, "
        "forecasters measured winds of 120 mph."
    )
    statements = [s for _, s in _claims(text)]
    assert statements[0] == "On Monday morning its winds were near 70 mph"


def test_a_time_adverb_is_no_part_of_a_leading_speaker() -> None:
    got = _claims(
        "The council met on Monday. Later Mrs Dunmore said the ferry would run again in June. "
        "Yesterday Piet Ansel said the fares would rise."
    )
    speakers = [s for s, _ in got if s is not None]
    assert "Mrs Dunmore" in speakers or "Dunmore" in speakers
    assert "Piet Ansel" in speakers
    assert not any(s.startswith(("Later", "Yesterday")) for s in speakers)


def test_an_age_before_a_leading_speaker_is_no_part_of_the_name() -> None:
    got = _claims(
        "The test paper leaked on Tuesday. Outside St Aldric's School this afternoon, "
        '16-year-old Lena Marsh told the station she felt cheated. "I revised for weeks and '
        'now I must sit it again," she said.'
    )
    speakers = [s for s, _ in got]
    assert speakers[1] == "Lena Marsh"
    assert speakers[-1] == "Lena Marsh"
    assert not any(s is not None and s.startswith(("St ", "16")) for s in speakers)
