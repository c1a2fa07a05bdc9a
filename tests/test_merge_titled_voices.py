"""A spokesperson named by title alone speaks for the one body the article lets speak
(consensus.merge.titled_voices, read through consensus.merge.speakers.Speakers)."""

from __future__ import annotations

from consensus.merge.speakers import Speakers, _appositive, _whole_word_spans
from consensus.merge.titled_voices import qualifier, titled_bodies, titled_only

ONE_BODY = (
    "Halvern Freight, the rail operator, said the line would reopen. "
    '"The track was inspected last week," spokesman Tomas Weir said.'
)
TWO_BODIES = (
    "Halvern Freight, the rail operator, said the line would reopen. The Transit Agency, "
    'a state agency, said it would inspect it. "We are cooperating," spokesman Tomas Weir said.'
)
QUALIFIED = (
    "Halvern Freight, the rail operator, said the line would reopen. "
    '"They ignored the warning," opposition spokesman Tomas Weir said.'
)


def _where(text: str) -> dict[str, list[str]]:
    names = ["halvern freight", "tomas weir", "transit agency"]
    return {n: [text] for n in names if n in text.casefold()}


def test_a_spokesman_by_title_alone_speaks_for_the_one_body_of_the_article() -> None:
    index = Speakers(_where(ONE_BODY))
    assert index.compatible("tomas weir", "halvern freight")


def test_two_bodies_in_the_article_leave_the_spokesman_to_nobody() -> None:
    index = Speakers(_where(TWO_BODIES))
    assert not index.compatible("tomas weir", "halvern freight")
    assert not index.compatible("tomas weir", "transit agency")


def test_a_title_qualified_by_another_word_speaks_for_no_body_of_the_article() -> None:
    index = Speakers(_where(QUALIFIED))
    assert not index.compatible("tomas weir", "halvern freight")


def test_a_kind_noun_before_the_title_keeps_bodies_of_that_kind() -> None:
    text = (
        "Halvern Freight, the rail operator, said the line would reopen. The Transit Agency, "
        'a state agency, said it would inspect it. "We are cooperating," agency spokesman '
        "Tomas Weir said."
    )
    got = titled_bodies(_where(text), _appositive, _whole_word_spans)
    assert got == {"tomas weir": {"transit agency"}}


def test_titled_only_and_the_qualifier() -> None:
    assert titled_only(["spokeswoman"]) == frozenset()
    assert titled_only(["company", "spokesman"]) == frozenset({"company"})
    assert titled_only(["health", "spokesman"]) is None
    assert titled_only(["financial", "officer", "chief"]) is None  # an officer: not a voice
    text = "said health spokesman Jan Roe"
    assert qualifier(text, text.index("Jan")) == (False, None)
    text = '"No," said spokesman Jan Roe'
    assert qualifier(text, text.index("Jan")) == (True, None)
    text = "the agency's spokesman Jan Roe"
    assert qualifier(text, text.index("Jan")) == (True, "agency")
