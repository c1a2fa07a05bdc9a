"""Known wrong or missed points of session 10 (issue 8), each fixed in general terms. Each
test failed on main before its fix."""

from __future__ import annotations

import shared_reports  # tests/ is on sys.path (rootdir conftest)
from test_defects10 import _pair_report
from test_madeup_clusters import _agreed_with, _contested_with

from consensus.merge.figures import figures
from consensus.models import Article, Report
from consensus.offline import extract_offline


def _statements(text: str) -> list[str]:
    article = Article(id="a", title="Crash", outlet="Daily", text=text)
    return [c.statement for c in extract_offline(article).claims]


def test_a_quotation_closed_in_another_style_gets_no_stray_marks() -> None:
    # opened with a curly mark, closed with a straight one: the statement closes it once,
    # and its citation stays the article's exact words
    text = (
        "Jane Roe, the chief constable, confirmed there had been deaths. "
        'She said: “Sadly we can say there has been some loss of life."\n'
        "The road stayed closed on Tuesday."
    )
    article = Article(id="a", title="Crash", outlet="Daily", text=text)
    claims = extract_offline(article).claims
    said = [c for c in claims if "Sadly" in c.statement]
    assert [c.statement for c in said] == [
        "Jane Roe said: “Sadly we can say there has been some loss of life.”"
    ]
    assert all(text[e.start : e.end] == e.quote for c in said for e in c.evidence)


def test_what_one_witness_saw_from_where_they_were_is_no_side_of_a_total() -> None:
    total = "There were eight fire engines and four rescue units at the scene."
    seen = (
        "“Visibly from where I was about two fire engines, two to three ambulances, several "
        "police cars and then more arrived,” she said."
    )
    assert [f.some for f in figures(seen) if f.noun == "fire"] == [True]
    assert not _pair_report(total, seen).contested
    could = "“From where I was I could see about two fire engines at the scene,” she said."
    assert not _pair_report(total, could).contested
    # the same count with no witness's vantage is still a side
    told = seen.replace("Visibly from where I was about", "There were about")
    assert _pair_report(total, told).contested


def test_two_counts_that_open_their_clauses_are_no_one_fact() -> None:
    # "Two voted for a smaller rise" / "three of the nine rate-setters dissented": two
    # counts of one group (or two groups), never one agreed fact
    assert not _agreed_with("ratehike", "two voted for a smaller rise")
    assert not _agreed_with("ratehike", "Three of the nine rate-setters dissented")
    two = "Two voted for a smaller rise of half a point, the bank said in a statement."
    three = "According to the bank, three of the nine rate-setters dissented, preferring a rise."
    assert not _pair_report(two, three).agreed
    # the same count of the same thing is still one fact
    assert _pair_report(two, two.replace("the bank said", "the central bank said")).agreed


def test_a_count_of_people_and_of_a_kind_of_people_killed_are_one_toll() -> None:
    people = (
        "At least 14 people, most of them women and children, were killed when a school "
        "was bombed overnight, a health official said."
    )
    kind = "An air strike on the school overnight killed 12 civilians, including seven children."
    points = _pair_report(people, kind).contested
    assert [sorted(f.text for s in c.slots for f in s.figures) for c in points] == [
        ["12", "at least 14"]
    ]
    # some of the dead are no toll: "among those killed", "including ..."
    among = "More than 10 children were among those killed when a school was bombed overnight."
    assert not _pair_report(people, among).contested
    # a kind the batch tells as a part of the toll: no toll of its own
    toll = "At least 84 people were killed when a truck hit a crowd on the promenade."
    ten = "The truck killed 12 children when it hit a crowd on the promenade, police said."
    assert _pair_report(toll, ten).contested
    with_part = toll + " The dead included several children, officials said."
    assert not _pair_report(with_part, ten).contested
    # another verb: another count ("12 civilians were injured")
    hurt = "An air strike on the school overnight injured 12 civilians, including seven children."
    assert not _pair_report(people, hurt).contested


def test_the_toll_told_as_people_and_as_civilians_is_one_slot_of_its_point() -> None:
    # "at least two people" (four outlets) beside "at least four" / "at least six
    # civilians": one slot of the toll point, apart from a doctor's count of dead bodies
    report = _cluster_report("mazar_consulate_attack")
    slots = [(s.slot, sorted(f.text for f in s.figures)) for c in report.contested for s in c.slots]
    toll = [s for s in slots if "at least four" in s[1]]
    assert toll == [("killed", ["at least four", "at least six", "at least two"])]
    # ... and "some 30 civilians ... killed in the incident" (the earlier strikes) no side
    assert not [s for s in slots if "some 30" in s[1]]


def _cluster_report(event: str) -> Report:
    return shared_reports.report(event)


def test_a_denial_that_goes_on_with_its_own_account_meets_what_it_rejects() -> None:
    # what a denial rejects, without the account it gives after "saying ...", is compared
    # by its vector too: it was never embedded, so such denials opposed nothing
    assert _contested_with("typhoon", "accused the weather service", "rejected criticism")
    from consensus.merge.compare import texts_to_embed

    denial = "The ministry denied that the plan would raise debt, saying cuts pay for it."
    assert "the plan would raise debt" in texts_to_embed([denial])


def test_two_sides_accounts_of_what_one_act_hit_are_a_point() -> None:
    # the army: a weapons depot; the town council and the UN: a school
    assert _contested_with("airstrike", "struck a weapons depot", "strike hit a primary school")
    assert _contested_with("airstrike", "rebel weapons depot", "the strike hit a school")
    army = "The army said its jets had struck a weapons depot used by rebel fighters on Monday."
    mayor = "The strike on Monday hit a primary school, the mayor, Jane Roe, said."
    rules = [c.rule for c in _pair_report(army, mayor).contested]
    assert len(rules) == 1 and "weapons depot vs primary school" in rules[0], rules


def test_accounts_of_what_an_act_hit_need_two_named_sides_and_one_thing_each() -> None:
    army = "The army said its jets had struck a weapons depot used by rebel fighters on Monday."
    # no speaker on one side: who tells it apart is unknown
    plain = "The strike on Monday hit a primary school."
    assert not _pair_report(army, plain).contested
    # one speaker, two things: it may have hit both
    same = "The army said its jets had struck a primary school on Monday."
    assert not _pair_report(army, same).contested
    # a statement naming both: the act may have hit both
    both = (
        "The strike on Monday hit a primary school, the mayor, Jane Roe, said. Jets struck a "
        "weapons depot and a primary school on Monday, the mayor said."
    )
    assert not _pair_report(army, both).contested
