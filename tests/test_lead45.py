"""Session 45 (lead): general fixes found reading the tunable clusters, on invented text."""

from __future__ import annotations

import pytest


def _claims(body: str, outlet: str = "Harbour Times") -> list[tuple[str, str | None]]:
    from consensus.ingest import parse_text
    from consensus.offline import extract_offline

    text = f"Title: Novel pulled\nOutlet: {outlet}\n\n{body}"
    return [(c.statement, c.speaker) for c in extract_offline(parse_text(text, id="t")).claims]


_SETTING = (
    "Hallbrook Press, which published Mira Tolland's first novel in 2021, said on Monday it "
    "would appeal. The board's chair, Owen Brask, cited what he called explicit content.\n\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Tolland rejects that outright.",  # four words: no claim, but the story follows her
        "Tolland rejects it.",  # three words (the older rule)
    ],
)
def test_the_listener_of_a_speech_verb_is_not_its_speaker(opening: str) -> None:
    # "Speaking to The Page Trade, she said" (the outlet itself): the paper heard her;
    # "she" is the author the sentence before left speaking, never the paper nor the chair
    body = _SETTING + (
        f"{opening} Speaking to The Page Trade from Dunmere, she said: "
        '"There is nothing explicit in this book at all, and the board knows it."\n\n'
        "Brask, asked by The Page Trade whether he had read the novel, said he had not.\n\n"
        "The Page Trade's newsletter on school libraries comes out every Friday."
    )
    said = [(s, who) for s, who in _claims(body, "The Page Trade") if "nothing explicit" in s]
    assert said and all(who == "Mira Tolland" for _s, who in said), said


def test_a_four_word_sentence_on_someone_else_leaves_the_story_with_the_speaker() -> None:
    # the four-word sentence opens on no person: "she" is still the last person followed
    body = _SETTING.replace("Owen Brask", "Jana Brask").replace(" he ", " she ") + (
        "The vote was close. She said: "
        '"We acted on the advice of parents and teachers in every school of the district."'
    )
    said = [(s, who) for s, who in _claims(body) if "advice of parents" in s]
    assert said and all(who == "Jana Brask" for _s, who in said), said


def test_the_outlet_a_speaker_talks_to_is_not_the_speaker() -> None:
    # blind_bookban (training): "Whitlow rejects that outright. Speaking to The Page Trade
    # from Maplestead, she said: …" was shown as the outlet's words
    from pathlib import Path

    from consensus.ingest import load_articles
    from consensus.offline import extract_offline

    path = Path(__file__).parent / "data" / "madeup" / "blind_bookban" / "04_page_trade.txt"
    claims = extract_offline(load_articles([path])[0]).claims
    said = [c.speaker for c in claims if "no sex in this book" in c.statement]
    assert said == ["Dana Whitlow"]


@pytest.mark.parametrize(
    ("clause", "name", "heard"),
    [
        ("Speaking to The Page Trade from Dunmere, she said", "Page Trade", True),
        ("In an interview with the Harbour Times, he said", "Harbour Times", True),
        ("She told Radio Kelburn that", "Radio Kelburn", True),
        ("Asked about Owen Brask, she said", "Owen Brask", False),
        ("For Owen Brask, speaking is hard, she said", "Owen Brask", False),
    ],
)
def test_addressed_reads_the_listener_of_a_speech_verb(clause: str, name: str, heard: bool) -> None:
    from consensus.offline.listeners import addressed

    assert addressed(clause, clause.index(name)) is heard


def test_addressed_is_linear_on_a_long_token() -> None:
    from consensus.offline.listeners import addressed

    clause = "speaking to " * 20_000 + "x" * 200_000
    assert addressed(clause, len(clause) - 1) is False
