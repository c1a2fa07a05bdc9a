"""A spokesperson named by title alone speaks for the one body the article lets speak
(consensus.merge.titled_voices, read through consensus.merge.speakers.Speakers)."""

from __future__ import annotations

from consensus.merge.speakers import Speakers
from consensus.merge.titled_voices import qualifier, short_forms, titled_only

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
    index = Speakers(_where(text))
    assert index.compatible("tomas weir", "transit agency")
    assert not index.compatible("tomas weir", "halvern freight")


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


def test_a_person_named_by_a_company_s_short_name_speaks_for_its_full_name() -> None:
    company = (
        "Children ate meals from the catering firm Halvern, which supplies the schools. "
        "Halvern Catering said its kitchen was clean. "
        "Halvern's managing director, Tomas Weir, rejected that."
    )
    where = {n: [company] for n in ("halvern", "halvern catering", "tomas weir")}
    assert Speakers(where).compatible("tomas weir", "halvern catering")
    # a place's short form makes no one the voice of the body named after it
    place = (
        "The Orsk Ambulance Service said 40 people were treated. Orsk Mayor Tomas Weir "
        "visited the scene. The ambulance service sent ten crews."
    )
    where = {n: [place] for n in ("orsk", "orsk ambulance service", "tomas weir")}
    assert not Speakers(where).compatible("tomas weir", "orsk ambulance service")


def test_short_forms_are_leading_words_before_common_nouns() -> None:
    named = frozenset({"halvern", "jan"})
    common = {"catering", "ambulance", "service"}.__contains__
    titles = frozenset({"prosecutor"})
    assert short_forms("halvern catering", named, titles, common) == [["halvern"]]
    assert short_forms("jan roe", named, titles, common) == []  # "roe": no common noun
    assert short_forms("halvern prosecutor", named, titles, common) == []


def test_a_district_attorney_is_one_of_the_prosecutors() -> None:
    texts = {
        "jan roe": ["Assistant District Attorney Jan Roe said the victim was walking away."],
        "prosecutors": ["Prosecutors said the victim was walking away."],
        "ana vell": ["Ana Vell, a defense attorney in the district, said he was attacked."],
    }
    index = Speakers(texts)
    assert index.compatible("jan roe", "prosecutors")
    assert not index.compatible("ana vell", "prosecutors")


def test_a_department_spokesman_speaks_for_the_department_of_the_article() -> None:
    text = (
        'The Orsk Police Department said two officers fired. "The weapon was recovered," '
        "Lt. Jan Roe, a department spokesman, said."
    )
    where = {n: [text] for n in ("orsk police department", "jan roe")}
    where["police"] = ["Police said the weapon was recovered."]
    index = Speakers(where)
    assert index.compatible("jan roe", "orsk police department")
    assert index.compatible("jan roe", "police")
