"""Who an item is "said by" (consensus.merge.items._speaker_names): only speakers of the
members that say what the item shows, written as the articles write them."""

from __future__ import annotations

from dataclasses import replace

from consensus.merge.features import _build_features, _Feat
from consensus.merge.items import _speaker_names
from consensus.merge.speakers import Speakers, speakers_in_scope
from consensus.models import Claim, ClaimKind, Evidence


def _feats(*members: tuple[str, str, str | None]) -> list[_Feat]:
    """(origin, statement, speaker) -> features, each member its own article."""
    claims = [
        (
            f"a{i}",
            0,
            Claim(
                statement=statement,
                kind=ClaimKind.reported_statement if speaker else ClaimKind.event,
                subject=speaker or "people",
                speaker=speaker,
                evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
            ),
        )
        for i, (_origin, statement, speaker) in enumerate(members)
    ]
    feats = _build_features(claims)
    origin_of = {f"a{i}": origin for i, (origin, _s, _sp) in enumerate(members)}
    return [replace(f, origin=origin_of[f.article]) for f in feats]


def _said_by(feats: list[_Feat]) -> tuple[str, ...]:
    index = Speakers({f.speaker: [f.claim.statement] for f in feats if f.speaker})
    with speakers_in_scope(index):
        return _speaker_names(feats)


def test_a_speaker_of_another_fact_is_not_said_by_of_an_outlet_statement() -> None:
    # Croydon: "said by London Fire Brigade: At least five people are dead" where the
    # Brigade's quote (the same origin twice) gave an injury count
    lfb = "London Fire Brigade"
    feats = _feats(
        ("o1", "At least five people are dead after the tram overturned.", None),
        ("o2", f"The {lfb} said at least 40 people were injured.", lfb),
        ("o2", f"{lfb} said the tram overturned on a sharp bend.", lfb),
    )
    assert _said_by(feats) == ()


def test_the_same_words_with_a_speaker_added_are_that_speakers() -> None:
    # "We take pride …" beside "Freed said: “We take pride …”": the bare quotation is his
    words = "We take pride in bringing people together on every flight we run."
    feats = _feats(
        ("o1", words, None),
        ("o2", f"Joshua Freed said: “{words}”", "Joshua Freed"),
        ("o2", f"Freed said: “{words}”", "Freed"),
    )
    assert _said_by(feats) == ("Joshua Freed",)


def test_a_named_statement_lists_only_compatible_speakers() -> None:
    # "said by Valery Gerasimov, Vladimir Putin" beside Gerasimov's figure: Putin said
    # something else
    general, president = "Valery Gerasimov", "Vladimir Putin"
    feats = _feats(
        ("o1", f"According to {general}, the forces had retaken 86% of the area.", general),
        ("o2", f"{general} said the forces had retaken 86% of the area.", general),
        ("o3", f"{president} said the units left in the area were encircled.", president),
    )
    assert _said_by(feats) == ("Valery Gerasimov",)


def test_a_speaker_is_written_as_the_articles_write_it() -> None:
    # the folded key was displayed "Un Security Council", "Sputnik (@sputnikint)"
    council = _feats(
        ("o1", "The UN Security Council denied port access to four ships.", "UN Security Council"),
        ("o2", "UN Security Council denied port access to four ships.", "UN Security Council"),
    )
    assert _said_by(council) == ("UN Security Council",)


def test_a_statement_that_names_its_source_is_not_said_by_another() -> None:
    # Bloomberg: "NXP shareholders have piled into the stock, arguing Qualcomm's $110-a-share
    # offer must be improved" shown "said by Broadcom" (two outlets' Broadcom on the $110)
    firm = "Acme Corp"
    feats = _feats(
        ("o1", "Shareholders argued the $110-a-share offer must be improved.", None),
        ("o2", f"{firm} said it would withdraw if the $110 a share offer was raised.", firm),
        ("o3", f"{firm} said its offer was premised on the $110 per share terms.", firm),
    )
    rep = next(f for f in feats if f.claim.speaker is None)
    index = Speakers({f.speaker: [f.claim.statement] for f in feats if f.speaker})
    with speakers_in_scope(index):
        assert _speaker_names(feats, rep) == ()
        # without the source named, two origins of three agreeing on one speaker show it
        plain = replace(rep, claim=rep.claim.model_copy(update={"statement": "$110 a share."}))
        assert _speaker_names([plain, *feats[1:]], plain) == (firm,)
