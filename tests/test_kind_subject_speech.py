"""A body named by its kind that opens a clause of speech after a participle of saying
("The agriculture ministry stood by its number, saying ...") is the speaker, as a named
body is ("The Harbour Authority backed the plan, saying ..."); a thing that is no body or
group ("The report reached the minister, saying ...") is none."""

from __future__ import annotations

from consensus.ingest import parse_text
from consensus.offline import extract_offline

_LEAD = "Farmers in the eastern valleys expect the smallest wheat harvest in twenty years.\n\n"


def _speaker_of(sentence: str, words: str) -> str | None:
    article = parse_text(_LEAD + sentence, id="probe", title="Probe")
    claims = [c for c in extract_offline(article).claims if words in c.statement]
    assert claims, words
    return claims[0].speaker


def test_a_body_named_by_its_kind_speaks_its_participle_clause() -> None:
    sentence = (
        "The agriculture ministry stood by its estimate, saying it was based on yield "
        "surveys on 2,000 farms."
    )
    assert _speaker_of(sentence, "yield surveys") == "agriculture ministry"


def test_a_thing_opening_the_clause_is_no_speaker() -> None:
    sentence = (
        "The report reached the minister on Friday, saying the yield surveys covered 2,000 farms."
    )
    assert _speaker_of(sentence, "yield surveys") in (None, "")


def test_a_spokesman_after_a_body_named_by_its_kind_is_that_bodys() -> None:
    sentence = (
        "The agriculture ministry denied that the survey was flawed.\n\n"
        '"We will update the estimate in September," a spokesman said.'
    )
    assert _speaker_of(sentence, "update the estimate") == "agriculture ministry spokesman"


def test_a_spokesman_after_people_named_by_their_kind_is_no_ones_but_his_own() -> None:
    sentence = (
        "The residents denied that the survey was flawed.\n\n"
        '"We will update the estimate in September," a spokesman said.'
    )
    assert _speaker_of(sentence, "update the estimate") == "spokesman"


def test_a_role_and_name_before_where_they_spoke_is_the_person() -> None:
    sentence = (
        "20:15 - Harvest Bank chief executive Lina Varga on Radio North's Morning Hour: "
        '"The yield surveys cover 2,000 farms and they are reliable."'
    )
    assert _speaker_of(sentence, "yield surveys") == "Lina Varga"


def test_a_body_before_where_it_spoke_is_no_person() -> None:
    sentence = (
        "The ministry said on Radio North's Morning Hour that the yield surveys cover 2,000 farms."
    )
    assert _speaker_of(sentence, "yield surveys") != "Radio North"
