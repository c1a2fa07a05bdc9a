"""Speakers the offline extractor got wrong or lost (session 49, speakers49): a body whose
name ends on its kind is "the <kind>" after it ("the Ostra Revenue Service ... the service
said"); a weekday opening a sentence opens no name ("On Saturday Ingrid Voll said"); an
owner's spokesman ("Arne Holm's spokesman") takes no "the" in a statement written for it;
"his spokesman" is the spokesman of the man the story follows; "a company spokesman" of a
body named by one word shows the one longer name the article opens with it; in the merger,
an acronym of a body's name without the country before it ("TSB" / "Calvera Transport
Safety Board"). Each case has its twin the change must leave alone. Every name is made up."""

from __future__ import annotations

from test_speakers47 import _speakers


def test_a_body_named_by_its_own_head_noun_is_that_body() -> None:
    text = (
        "The Ostra Revenue Service said on Monday that 30,000 households had been underpaid.\n\n"
        "The missing money would be paid by December 18, the service said.\n"
    )
    assert _speakers(text, "December 18") == ["Ostra Revenue Service"]


def test_a_kind_the_last_body_is_not_named_by_stays_a_kind() -> None:
    # "Harbour Police" does not end on "service": the kind keeps its own words
    text = (
        "Harbour Police said on Monday that 30 people had been questioned.\n\n"
        "The missing money would be paid by December 18, the service said.\n"
    )
    assert _speakers(text, "December 18") != ["Harbour Police"]


_WEEKDAY = (
    "On {day}Ingrid Voll, the plant's chief executive, had said most homes would be warm by "
    "Sunday evening.\n\n"
    "The Heating Workers' Union says the reserve boiler was out of action. Voll denied this. "
    '"The reserve boiler was fired up on Saturday morning," she said.\n'
)


def test_a_weekday_opens_no_name_so_her_surname_is_followed() -> None:
    text = _WEEKDAY.format(day="Saturday ")
    assert _speakers(text, "fired up") == ["Ingrid Voll"]


def test_a_name_without_a_weekday_is_followed_as_before() -> None:
    text = _WEEKDAY.format(day="")
    assert _speakers(text, "fired up") == ["Ingrid Voll"]


def test_an_owners_spokesman_takes_no_article_in_a_rewritten_statement() -> None:
    text = (
        "The housing minister faced calls to resign on Tuesday.\n\n"
        "Arne Holm's spokesman said the prime minister had full confidence in the minister "
        "and would wait for the review.\n"
    )
    assert _speakers(text, "wait for the review") == ["Arne Holm's spokesman"]
    statement = next(s for s in _statements(text) if "wait for the review" in s)
    assert statement.startswith("Arne Holm's spokesman said")


def test_a_named_bodys_spokesman_keeps_his_article() -> None:
    text = (
        "The talks ended on Tuesday.\n\n"
        "A Nato spokesman said the alliance had full confidence in the envoy "
        "and would wait for the review.\n"
    )
    statement = next(s for s in _statements(text) if "wait for the review" in s)
    assert statement.startswith("The Nato spokesman said")


def test_his_spokesman_speaks_for_the_man_the_story_follows() -> None:
    text = (
        "Prime Minister Arne Holm has kept his distance. His spokesman has said only that "
        "Holm retains confidence in the minister and awaits the review.\n"
    )
    assert _speakers(text, "retains confidence") == ["Arne Holm's spokesman"]


def test_his_spokesman_after_a_woman_is_no_one_named() -> None:
    text = (
        'Prime Minister Anna Holm spoke on Monday. "I will wait for the review," she said. '
        "His spokesman has said only that the minister awaits the review.\n"
    )
    assert "Anna Holm's spokesman" not in _speakers(text, "awaits the review")


_SATELLITE = (
    "The satellite is owned by {owner}, which sells imagery to farmers.\n\n"
    'Orbivane rejected the account. "We informed the regulator promptly and we have the '
    'letters to show it," a company spokesman said.\n'
)


def test_a_kind_spokesman_of_a_short_name_shows_the_full_name() -> None:
    text = _SATELLITE.format(owner="Orbivane Systems")
    assert _speakers(text, "informed the regulator") == ["Orbivane Systems spokesman"]


def test_a_short_name_two_longer_names_open_stays_short() -> None:
    text = _SATELLITE.format(owner="Orbivane Systems and Orbivane Labs")
    assert _speakers(text, "informed the regulator") == ["Orbivane spokesman"]


def _compatible(a: str, b: str) -> bool:
    from consensus.merge.speakers import Speakers

    texts = [f"The {a.upper()} said so. The {b.title()} said so."]
    return Speakers({a: texts, b: texts}).compatible(a, b)


def test_an_acronym_of_a_body_without_its_country() -> None:
    assert _compatible("tsb", "calvera transport safety board")


def test_an_acronym_of_another_body_is_no_match() -> None:
    assert not _compatible("csb", "calvera transport safety board")
    assert not _compatible("tsb", "calvera safety board")
    assert _compatible("ctsb", "calvera transport safety board")


def _statements(text: str) -> list[str]:
    from consensus.models import Article
    from consensus.offline import extract_offline

    cs = extract_offline(Article(id="a1", title="Test", outlet="The Test Post", text=text))
    return [c.statement for c in cs.claims]
