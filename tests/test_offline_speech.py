"""Who speaks, on shapes the made-up sinking, verdict and tariff clusters
(tests/data/madeup/) brought up: a body named by "coast guard", a live blog's present
"tells", an order ("told 23 diplomats to leave") that is no speech, and a title written
with an initialism ("U.S. Attorney Grace Mellor"); and a count written in words ("Forty-seven
people were rescued"). Short made-up sentences, one rule each."""

from __future__ import annotations

import pytest
from test_offline_kinds import _claims, _one


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The boat capsized before dawn on Friday, the coast guard said.", "coast guard"),
        ("The coast guard rejected criticism that its boats had been slow.", "coast guard"),
        ("A spokesman for the coast guard said 47 people were rescued.", "coast guard spokesman"),
        ("The border guards said they had turned back 300 people.", "border guards"),
        ("The aid group Sea Rescue tells us that up to 100 people may have drowned.", "Sea Rescue"),
        (
            "The duties will start on July 6, a government official tells Daily Two.",
            "government official",
        ),
        (
            "Economists at Rowe Bank said the duties could cut growth by 0.2 points.",
            "Rowe Bank economists",
        ),
        ("Researchers from the Kell Institute said the risk fell.", "Kell Institute researchers"),
        ("The coast guard now says 24 people are confirmed dead.", "coast guard"),
        # a live blog's present tense
        ("The town has recorded 115F, the weather service confirms.", "weather service"),
        # a union named after its description, the first word capitalised by the sentence
        ("Hospital doctors' union KMV says at least 20 people have died.", "KMV"),
    ],
)
def test_who_speaks(sentence: str, speaker: str) -> None:
    assert _one(f"The storm passed on Thursday.\n{sentence}", sentence[:20]).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Dornia has told 23 diplomats from Kestia to go home by Sunday.",
        "Police told residents of the valley to stay indoors on Friday.",
    ],
)
def test_an_order_is_no_speech(sentence: str) -> None:
    assert _one(f"The row deepened on Monday.\n{sentence}", sentence[:20]).speaker is None


def test_telling_someone_something_is_still_speech() -> None:
    text = "The row deepened.\nPolice told reporters that the man was 31 and lived alone.\n"
    assert _one(text, "the man was 31").speaker == "Police"


def test_a_title_after_an_initialism_is_no_part_of_the_name() -> None:
    text = (
        "The jury returned its verdict on Thursday.\n"
        '"Today\'s verdict shows that no one is above the law," U.S. Attorney Grace Mellor said.\n'
        '"Public officials who sell their offices will be found and punished.\n'
        '"The people of the city deserve better," she said.\n'
    )
    assert _one(text, "above the law").speaker == "Grace Mellor"
    # the quotation over two paragraphs, closed by "she said": hers too
    assert _one(text, "Public officials").speaker == "Grace Mellor"
    assert _one(text, "deserve better").speaker == "Grace Mellor"


def test_and_that_keeps_its_speakers_words_when_the_speaker_is_unnamed() -> None:
    text = (
        "The duties were announced on Friday.\n"
        "Marvia's commerce ministry said the duties broke trade rules and that it would "
        "respond in kind.\n"
    )
    assert _one(text, "respond in kind").statement == (
        "Marvia's commerce ministry said that it would respond in kind."
    )
    # a speaker it names: inherited as before, the appositive left out
    text = (
        "The duties were announced on Friday.\n"
        "Ana Lind, the trade minister since 2015, said the duties broke trade rules and that "
        "Marvia would respond in kind.\n"
    )
    assert _one(text, "respond in kind").statement == (
        "Ana Lind said that Marvia would respond in kind."
    )


def test_what_a_speaker_says_runs_on_after_and_in_the_present_too() -> None:
    # "says it firmly opposes ... and will hit back": what Marvia says, not Marvia's act
    text = (
        "Trade talks broke down.\n"
        "Marvia says it firmly opposes the tariffs and will hit back with its own.\n"
    )
    claims = [c for c in _claims(text) if "hit back" in c.statement]
    assert [c.speaker for c in claims] == ["Marvia"]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Forty-seven people were rescued from the sea on Friday.", 47.0, "people"),
        ("Rescuers pulled twenty-three survivors from the water.", 23.0, "survivor"),
    ],
)
def test_a_count_in_hyphenated_words_is_a_quantity(sentence: str, value: float, unit: str) -> None:
    got = [(q.value, q.unit) for q in _one(f"The boat sank.\n{sentence}", sentence[:15]).quantities]
    assert got == [(value, unit)]


def test_a_single_number_word_is_no_quantity() -> None:
    assert not _one("The boat sank.\nTwo men were rescued on Friday.\n", "Two men").quantities


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the description first, the name after it, then the verb
        ('"We never gave up," one of the freed men, Jon Brask, told reporters.', "Jon Brask"),
        ('"It was cold," Jon Brask, one of the freed men, said.', "Jon Brask"),
        ('"It was a scene of chaos," a local councillor, Ada Merle, told Radio Six.', "Ada Merle"),
    ],
)
def test_a_quotation_closed_by_a_description_and_a_name_is_the_names(
    sentence: str, speaker: str
) -> None:
    assert _one(f"The men landed on Sunday.\n{sentence}", sentence[1:12]).speaker == speaker


def test_a_body_named_after_the_persons_age_is_who_speaks() -> None:
    # "Lee, 27, tested positive ..., the Integrity Board said": the board, and the person
    # opens what it says (no appositive run "Tom Hale, 52, a former minister, said")
    text = (
        "Sprinter Ann Lee was banned for four years on Wednesday.\n"
        "Lee, 27, tested positive in March, the Integrity Board said.\n"
        "Tom Hale, 52, a former sports minister, said the ban was fair.\n"
    )
    assert _one(text, "tested positive").speaker == "Integrity Board"
    assert _one(text, "the ban was fair").speaker == "Tom Hale"
