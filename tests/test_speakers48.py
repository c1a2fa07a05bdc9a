"""Speakers the offline extractor got wrong or lost (session 48, speakers48): "<Body>'s
<Person> said" is the person's (not a name of both run together), and so is the "she said"
after it; a name the text describes as a body ("Dunmere Water, the regional
utility,") is no person, so "a company spokesman" after it is its spokesman; nor is a name
the text writes only after "in" ("in Ashwick and Upper Tolby"); "Quellmark denied it." makes
"the company said" after it Quellmark's. Each case has its twin the change must leave alone.
Every name is made up."""

from __future__ import annotations

from test_speakers47 import _speakers


def test_an_owners_person_speaks_and_her_pronoun_follows_her() -> None:
    text = (
        "Brackley Foods makes biscuits in Tarnow.\n\n"
        "Brackley Foods's Ilse Marwen said the firm would publish its figures this week. "
        '"If the inspectors are so sure, they can come and look at our ovens," she said.\n'
    )
    assert _speakers(text, "publish its figures") == ["Ilse Marwen"]
    assert _speakers(text, "look at our ovens") == ["Ilse Marwen"]


def test_an_owners_place_is_no_person() -> None:
    # the owned name is no person: the run of both names stays as it was
    text = (
        "Eastmoor Rovers were fined on Monday.\n\n"
        "Eastmoor's Riverside Stadium said it would stay open for the cup tie on Friday.\n"
    )
    assert _speakers(text, "stay open") == ["Eastmoor Riverside Stadium"]


def test_a_titled_person_after_an_owners_title_is_unchanged() -> None:
    text = (
        "The Ostra Trust runs the canal.\n\n"
        "The Ostra Trust's director, Tomas Vell, said the lock had failed. "
        '"Nobody opened any sluice," he said.\n'
    )
    assert _speakers(text, "lock had failed") == ["Tomas Vell"]
    assert _speakers(text, "opened any sluice") == ["Tomas Vell"]


_LEAK = (
    "Residents blamed a water main that Dunmere Water runs under Orrin Lane.\n\n"
    "{who}, {what}, said it had received no report of a leak on Orrin Lane. "
    '"Our records show no complaint and no repair request for that street," a company '
    "spokesman said.\n"
)


def test_a_name_described_as_a_utility_is_the_company_its_spokesman_speaks_for() -> None:
    text = _LEAK.format(who="Dunmere Water", what="the regional utility")
    assert _speakers(text, "no report of a leak") == ["Dunmere Water"]
    assert _speakers(text, "Our records show") == ["Dunmere Water spokesman"]


def test_a_person_described_by_a_company_title_stays_a_person() -> None:
    # "a company director" is a person's title: the spokesman keeps his description
    text = _LEAK.format(who="Ann Lestor", what="a company director")
    assert _speakers(text, "no report of a leak") == ["Ann Lestor"]
    assert _speakers(text, "Our records show") == ["company spokesman"]


def test_a_person_described_by_an_owners_title_stays_a_person() -> None:
    text = (
        "Residents blamed a water main under Orrin Lane.\n\n"
        "Tam Wester, the group's founder, said nobody had reported a leak on Orrin Lane. "
        '"We checked every street twice this week," he said.\n'
    )
    assert _speakers(text, "checked every street") == ["Tam Wester"]


_BRANCHES = (
    'Cllr Brandish rejected the charge. "We did not ignore the consultation," she said. '
    "{middle}\n\n{lead} voted against the closures. "
    '"If the county will not keep it open, the town will have to," he said.\n'
)


def test_a_name_written_only_after_in_is_a_place_no_he() -> None:
    text = _BRANCHES.format(
        middle="Two branches, in Ashwick and Upper Tolby, have been taken off the list.",
        lead="The county councillor, Liberal Democrat Oren Dalby,",
    )
    # no speaker is better than a village: "Upper Tolby" never says "he"
    assert _speakers(text, "town will have to") == [None]


def test_a_person_once_written_after_in_is_still_a_person() -> None:
    text = _BRANCHES.format(
        middle="Residents said they had lost faith in Oren Dalby.", lead="Oren Dalby"
    )
    assert _speakers(text, "town will have to") == ["Oren Dalby"]


_DENIED = (
    "The listing came two days after Greyhound Research accused Quellmark of inflating its "
    "customer count. According to Greyhound, four in ten accounts were dormant.{more}\n\n"
    '{who} denied it. "Every customer we report processed a payment in the past 90 days," '
    "the company said in a statement.\n"
)


def test_a_bare_name_that_denies_is_the_company_speaking_next() -> None:
    text = _DENIED.format(more="", who="Quellmark")
    assert _speakers(text, "Every customer") == ["Quellmark"]


def test_a_person_that_denies_is_no_company() -> None:
    text = _DENIED.format(
        more=" Ada Marsh, who founded Quellmark, said she was angry.", who="Marsh"
    )
    assert _speakers(text, "Every customer") == ["company"]
