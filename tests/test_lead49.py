"""Session 49 (lead): a possessive "his"/"her" before a spokesman or lawyer belongs to the
person the clause has just named, not to the person the story follows."""

from consensus.ingest import parse_text
from consensus.offline import extract_offline


def _speakers(text: str) -> dict[str, str | None]:
    article = parse_text(text, id="lead49", title="Minister quits")
    return {c.statement: c.speaker for c in extract_offline(article).claims}


_STORY = (
    "Transport minister Tomas Berg resigned on Monday after reports that he billed the state "
    "for private trips.\n\n"
    'Berg said the reports were "false and malicious".\n\n'
)


def test_her_spokesman_after_another_named_person_is_not_the_followed_mans() -> None:
    line = "Prime Minister Eva Lind accepted the resignation, her spokesman said."
    got = _speakers(_STORY + line)
    said = [s for statement, s in got.items() if "accepted the resignation" in statement]
    assert said, got
    assert all(s is None or "Tomas Berg" not in s for s in said), got


def test_his_spokesman_with_no_one_else_named_is_the_followed_mans() -> None:
    got = _speakers(
        _STORY + "The ministry has declined to comment.\n\n"
        "His spokesman said Berg would repay every trip."
    )
    said = [s for statement, s in got.items() if "repay every trip" in statement]
    assert said == ["Tomas Berg's spokesman"], got


def _statements(sentence: str) -> list[str]:
    article = parse_text("A town was hit by a cyber attack.\n\n" + sentence, id="l49", title="t")
    return [c.statement for c in extract_offline(article).claims][1:]


def test_an_active_verb_with_its_own_object_takes_no_passive_auxiliary() -> None:
    # "was hit ... and paid its attackers": never "Fennick was paid its attackers"
    got = _statements("Nearby Orlen was hit by a similar attack and paid its attackers in full.")
    assert not any("was paid" in s for s in got), got
    assert any("paid its attackers" in s for s in got), got


def test_a_passive_verb_after_and_keeps_the_auxiliary() -> None:
    got = _statements("The driver was arrested at the scene and charged with dangerous driving.")
    assert "The driver was charged with dangerous driving." in got, got
