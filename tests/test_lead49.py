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
