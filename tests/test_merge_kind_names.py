"""A speaker named only by its kind ("officials", "the group", "investigators") takes a
longer name of its article only where the text supports it (consensus.merge.kind_names)."""

from __future__ import annotations

import pytest

from consensus.merge.features import _build_features
from consensus.merge.kind_names import NEAR, is_kind_word, kind_names
from consensus.models import Claim, ClaimKind, Evidence

_FILLER = "The harbour was quiet for most of the week and trade went on as before. " * 16


def _claim(text: str, quote: str, speaker: str | None, *entities: str) -> Claim:
    at = text.index(quote)
    return Claim(
        statement=quote,
        kind=ClaimKind.event,
        subject=speaker or "ship",
        speaker=speaker,
        entities=entities,
        evidence=(Evidence(quote=quote, start=at, end=at + len(quote)),),
    )


def _speakers(
    texts: dict[str, str], claims: list[tuple[str, str, str | None]]
) -> dict[str, str | None]:
    """statement -> the effective speaker, each claim (article, quote, speaker) of `texts`."""
    entries = [
        (art, k, _claim(texts[art], quote, speaker, *([speaker] if speaker else [])))
        for k, (art, quote, speaker) in enumerate(claims)
    ]
    return {f.claim.statement: f.speaker for f in _build_features(entries, texts)}


def test_officials_far_from_the_longer_name_stay_officials() -> None:
    # the one "Kestrian officials" of the article are 1,000 characters and paragraphs away,
    # and the sentence's own qualifier is another country's: the outlet's own "officials"
    text = (
        "The tanker Sea Lark remains in Norlandic custody, officials said Friday.\n"
        f"{_FILLER}\n{_FILLER}\n"
        "But Kestrian officials disputed the report at a briefing.\n"
    )
    assert len(_FILLER) > NEAR
    said = _speakers(
        {"a": text},
        [
            ("a", "The tanker Sea Lark remains in Norlandic custody, officials said Friday.",
             "officials"),
            ("a", "But Kestrian officials disputed the report at a briefing.",
             "Kestrian officials"),
        ],
    )  # fmt: skip
    assert said["The tanker Sea Lark remains in Norlandic custody, officials said Friday."] is None
    assert said["But Kestrian officials disputed the report at a briefing."] == "kestrian officials"


def test_the_sentences_own_qualifier_names_the_officials() -> None:
    # "in Norlandic custody, officials said": the Norlandic officials the article names,
    # however far away, never the Kestrian ones
    text = (
        "Norlandic officials boarded the tanker in November.\n"
        f"{_FILLER}\n"
        "The tanker remains in Norlandic custody, officials said Friday.\n"
        "Kestrian officials disputed the report.\n"
    )
    said = _speakers(
        {"a": text},
        [
            ("a", "Norlandic officials boarded the tanker in November.", "Norlandic officials"),
            ("a", "The tanker remains in Norlandic custody, officials said Friday.", "officials"),
            ("a", "Kestrian officials disputed the report.", "Kestrian officials"),
        ],
    )
    assert said["The tanker remains in Norlandic custody, officials said Friday."] == (
        "norlandic officials"
    )


def test_officials_in_the_paragraph_after_their_longer_name_take_it() -> None:
    text = (
        "Fire officials said the blaze had spread to 4,000 acres overnight.\n"
        "Officials said a vehicle had started it on Tuesday.\n"
    )
    said = _speakers(
        {"a": text},
        [
            ("a", "Fire officials said the blaze had spread to 4,000 acres overnight.",
             "Fire officials"),
            ("a", "Officials said a vehicle had started it on Tuesday.", "officials"),
        ],
    )  # fmt: skip
    assert said["Officials said a vehicle had started it on Tuesday."] == "fire officials"


_GROUPS = (
    "The call was made in a speech, according to a translation by the Eastwatch "
    "Monitoring Group.\n"
    "None of the earlier attacks used a lorry, analysts said.\n"
    "Lorries carry most freight, according to the Haulage Federation, an industry group. "
    "They move 900 million tons a year, the group says.\n"
)
_MONITOR = (
    "The call was made in a speech, according to a translation by the Eastwatch Monitoring Group."
)
_SAYS = "They move 900 million tons a year, the group says."


@pytest.mark.parametrize(
    ("federation_named", "expected"),
    [
        # no claim names the industry group: "the group", never the monitoring group two
        # paragraphs up
        (False, "group"),
        # a claim names it: the name its paragraph describes as "an industry group"
        (True, "haulage federation"),
    ],
)
def test_the_group_is_the_one_its_paragraph_describes(
    federation_named: bool, expected: str
) -> None:
    claims: list[tuple[str, str, str | None]] = [
        ("a", _MONITOR, "Eastwatch Monitoring Group"),
        ("a", _SAYS, "the group"),
    ]
    if federation_named:
        claims.append(
            ("a", "Lorries carry most freight, according to the Haulage Federation",
             "Haulage Federation")
        )  # fmt: skip
    assert _speakers({"a": _GROUPS}, claims)[_SAYS] == expected


def test_a_kind_word_never_takes_another_articles_name() -> None:
    # "Investigators said" in one outlet are not the "rail safety investigators" another
    # outlet mentions (a kind noun is no surname the batch's full name stands for)
    texts = {
        "a": "Investigators said the tram was going too fast.\n",
        "b": "Rail safety investigators are on their way to the scene.\n",
    }
    said = _speakers(
        texts,
        [
            ("a", "Investigators said the tram was going too fast.", "Investigators"),
            ("b", "Rail safety investigators are on their way to the scene.",
             "Rail safety investigators"),
        ],
    )  # fmt: skip
    assert said["Investigators said the tram was going too fast."] == "investigators"


def test_kind_words_and_no_pronouns() -> None:
    assert is_kind_word("officials") and is_kind_word("group") and is_kind_word("ministry")
    assert not is_kind_word("it") and not is_kind_word("they")
    assert not is_kind_word("okafor") and not is_kind_word("local officials")


def test_a_longer_name_with_a_word_the_extractor_left_before_it() -> None:
    # "As French officials concluded ..." gives the name "As French officials": the
    # officials of the next sentence are the French officials, not "as french officials"
    text = "As Norlandic officials concluded it was an attack, the officials warned residents.\n"
    claims = [
        ("a", 0, _claim(text, "As Norlandic officials concluded it was an attack",
                        None, "As Norlandic officials")),
        ("a", 1, _claim(text, "the officials warned residents", "officials", "officials")),
    ]  # fmt: skip
    normed = {"As Norlandic officials": "as norlandic officials", "officials": "officials"}
    assert kind_names(claims, normed, {"a": text}) == {
        ("a", 1): {"officials": "norlandic officials"}
    }


def test_a_place_before_the_speaker_of_said_is_no_appositive() -> None:
    # "... the refinery at Varnholt, the coastguard said": the coastguard says it, and
    # Varnholt (a place a claim names) is not the coastguard's name
    text = (
        "The tanker struck a reef while sailing to the refinery at Varnholt, the coastguard "
        "said in a statement. All 19 crew members were lifted off, the coastguard said.\n"
    )
    lead = "The tanker struck a reef while sailing to the refinery at Varnholt"
    crew = "All 19 crew members were lifted off, the coastguard said."
    said = _speakers(
        {"a": text},
        [("a", lead, "Varnholt"), ("a", crew, "the coastguard")],
    )
    assert said[crew] == "coastguard"
