"""A member writing two values of one slot sides with its own when the other is told as
another party's or an earlier figure (consensus/merge/figure_rivals_told.py); invented
text."""

from __future__ import annotations

import pytest

from consensus.merge.disputes import inner_disputes
from consensus.merge.figure_rivals_told import own_value, told_as_other, told_rivals
from consensus.merge.figures import figures
from consensus.models import Citation
from tests.test_merge_figures import _members


def _own(text: str) -> float | None:
    return own_value(text, figures(text))


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("The firm said 11 crates were damaged, fewer than the 14 crates listed by the "
         "inspectors.", 11),
        ("Riders made nearly 1.5 million trips a day, more than the operator's figure of "
         "1.1 million.", 1_500_000),
        ("The shelter count has risen to 47, the agency says, up from 34 on Tuesday.", 47),
        ("The motion passed with 30 votes, rather than the 31 votes read out by the clerk.", 30),
        # a party's verb of telling it, after a time: the earlier figure
        ("The levy on the mill was cut to 6,500 florins, hours after the guild announced it "
         "as 8,500 florins.", 6_500),
        ("The ferry firm now counts 212 stranded riders, a day after it put them at 150.", 212),
        ("The board raised its count of lost doses to 1,400, hours after saying 1,150 doses "
         "had been thrown away.", 1_400),
    ],
)  # fmt: skip
def test_the_other_value_told_as_another_partys_or_earlier(text: str, own: float) -> None:
    assert _own(text) == own


@pytest.mark.parametrize(
    "text",
    [
        # no pronoun of the thing told, or no verb of telling: not an earlier figure
        "The levy was cut to 6,500 florins, hours after the guild announced 40 new posts.",
        "The levy was cut to 6,500 florins, a day after the guild paid it at 8,500 florins.",
    ],
)
def test_no_verb_telling_it_leaves_no_earlier_figure(text: str) -> None:
    assert _own(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The survey found 1,200 of around 3,400 clinics with no stock.",  # a part, its whole
        "The zoo cut its keepers from four keepers to two in May.",  # a move's start
        "The party slumped to 94 seats from 162.",  # a move's start, no teller or time
        "The plan cost 640 million crowns, far above the 410 million crowns set aside.",
        "Police said more than 180 people were held and 20 people were freed.",
    ],
)
def test_no_teller_or_time_leaves_no_own_value(text: str) -> None:
    assert _own(text) is None


def test_a_bound_is_no_opener() -> None:
    text = "Police arrested more than 180 people, the mayor said."
    assert not told_as_other(text, figures(text)[0])


def test_a_member_contrasting_a_rivals_figure_sides_with_its_own() -> None:
    group = _members(
        ("o1", "The inspectors ordered the firm to recall 14 crates of the syrup on Monday."),
        ("o2", "The firm said 11 crates of the syrup were affected, fewer than the 14 crates "
               "listed by the inspectors."),
    )  # fmt: skip
    ((sides, _texts),) = inner_disputes(group)
    assert [[m.origin for m in side] for side in sides] == [["o2"], ["o1"]]


def test_a_member_writing_a_move_keeps_the_slot_out() -> None:
    group = _members(
        ("o1", "The zoo has two keepers on night duty, the union said."),
        ("o2", "The zoo cut its night duty from four keepers to two keepers in May."),
        ("o3", "The zoo said four keepers were on night duty."),
    )
    assert inner_disputes(group) == []


def test_a_told_rival_meets_its_value_in_other_words() -> None:
    # (the crowd and the tickets sold are one slot by o1's own words alone)
    group = _members(
        ("o1", "Police put the crowd at about 60,000, against the 42,000 tickets the "
               "promoter says it sold."),
        ("o2", "The promoter said it had sold 42,000 tickets for the show."),
    )  # fmt: skip
    ((sides, texts),) = inner_disputes(group)
    assert [[m.origin for m in side] for side in sides] == [["o2"], ["o1"]]
    assert texts[0][1:] == ("60,000", "42,000")


def _rivals(*said: tuple[str, str]) -> list[object]:
    texts = [t for _o, t in said]
    return list(told_rivals(texts, [o for o, _t in said], [figures(t) for t in texts]))


@pytest.mark.parametrize(
    ("own", "other"),
    [
        # a budget set against a cost: no teller
        ("The plan cost 640 million crowns, far above the 410 million crowns set aside.",
         "The ministry set aside 410 million crowns for the plan."),
        # a move's start: no teller, no time
        ("The party slumped to 94 seats from 162 in the vote.",
         "The party had 162 seats in the last parliament."),
        # a part and its whole
        ("The survey found 1,200 of around 3,400 clinics with no stock, the guild said.",
         "There are 3,400 clinics in the country."),
    ],
)  # fmt: skip
def test_no_told_rival(own: str, other: str) -> None:
    assert _rivals(("o1", own), ("o2", other)) == []


def test_a_figure_cut_hours_after_it_was_announced_rivals_the_announced_one() -> None:
    # (the other outlets give the announced levy; one gives the cut and the announced one)
    said = (
        ("o1", "The guild fined the mill 8,500 florins on Tuesday."),
        ("o2", "The mill was fined 8,500 florins by the guild."),
        ("o3", "The levy on the mill was cut to 6,500 florins, hours after the guild "
               "announced it as 8,500 florins."),
    )  # fmt: skip
    ((sides, _clash, _reads),) = _rivals(*said)
    assert sides == [[2], [0, 1]]


def test_a_told_rival_of_the_same_origin_is_no_side() -> None:
    own = (
        "Police put the crowd at about 60,000, against the 42,000 tickets the promoter "
        "says it sold."
    )
    assert _rivals(("o1", own), ("o1", "The promoter said it sold 42,000 tickets.")) == []
    assert _rivals(("o1", own), ("o2", "The promoter said it sold 42,000 tickets.")) != []


def test_a_member_giving_both_values_in_other_words_is_no_side() -> None:
    # (o2 gives 23 vessels and 14: the update again, no rival of o1's 23 ships)
    assert (
        _rivals(
            ("o1", "There were 23 ships waiting on Wednesday, up from 14 on Monday."),
            ("o2", "The port said 23 vessels were at anchor, against 14 on Monday evening."),
        )
        == []
    )
    assert (
        _rivals(
            ("o1", "There were 23 ships waiting on Wednesday, up from 14 on Monday."),
            ("o2", "The port said 14 ships were waiting on Monday evening."),
        )
        != []
    )


def _cited(*said: tuple[str, str]) -> list[object]:
    group = _members(*said)
    for f in group:
        text = f.claim.statement
        f.citations = (Citation(article=f.article, quote=text, start=0, end=len(text)),)
    ((sides, _texts),) = inner_disputes(group)
    return [[[c.quote for c in m.citations] for m in side] for side in sides]


def test_a_point_of_told_rivals_cites_only_the_clause_of_each_slot() -> None:
    # (not the day or the mould of the lede sentence, nor the rival the writer tells)
    assert _cited(
        ("o1", "On Monday, the inspectors ordered the firm to recall 14 crates of the syrup, "
               "which may carry mould."),
        ("o2", "The firm said 11 crates of the syrup were affected, fewer than the 14 crates "
               "listed by the inspectors."),
    ) == [
        [["The firm said 11 crates of the syrup were affected"]],
        [["the inspectors ordered the firm to recall 14 crates of the syrup"]],
    ]  # fmt: skip


def test_a_clause_of_a_few_words_cites_the_whole_statement() -> None:
    # (no comma: the writer's clause ends where its told rival's opener starts; "At 1.8
    # kg" is too short a clause to show alone)
    text = "The stone weighs 1.2 kg rather than the 1.8 kg reported on Monday."
    other = "At 1.8 kg, the museum said, it is the largest."
    assert _cited(("o1", text), ("o2", other)) == [[["The stone weighs 1.2 kg"]], [[other]]]


def test_a_point_with_no_writer_of_both_values_cites_whole_statements() -> None:
    # (the near miss: an inner point of two members giving one value each is unchanged)
    one = "On Monday, the inspectors said 14 crates of the syrup were affected, in a letter."
    two = "On Monday, the firm said 11 crates of the syrup were affected, in a statement."
    assert _cited(("o1", one), ("o2", two)) == [[[two]], [[one]]]


def test_a_told_rival_in_other_words_cites_the_writers_own_clause() -> None:
    own = (
        "Police put the crowd at about 60,000, against the 42,000 tickets the promoter says "
        "it sold."
    )
    other = "The promoter said it had sold 42,000 tickets for the show, a record for the hall."
    assert _cited(("o1", own), ("o2", other)) == [
        [["The promoter said it had sold 42,000 tickets for the show"]],
        [["Police put the crowd at about 60,000"]],
    ]


def test_two_bases_are_two_measures_not_told_rivals() -> None:
    # (a 41% premium to one base, a 32% premium to another: no own value, no rival)
    text = (
        "The filing puts the bid at a 41% premium to the average price over 30 days, a "
        "higher figure than the 32% premium to Friday's close cited by the firms."
    )
    assert _own(text) is None
    same = (
        "The filing puts the bid at a 41% premium to Friday's close, a higher figure than "
        "the 32% premium to Friday's close cited by the firms."
    )
    assert _own(same) == 41


def test_a_clause_ends_before_a_subordinate_one() -> None:
    # (the contaminant is another fact of the lede sentence: "after ..." is left out)
    assert _cited(
        ("o1", "The firm is recalling 14 crates of the syrup after tests found mould in it, "
               "the inspectors said."),
        ("o2", "The firm said 11 crates of the syrup were affected, fewer than the 14 crates "
               "listed by the inspectors."),
    ) == [
        [["The firm said 11 crates of the syrup were affected"]],
        [["The firm is recalling 14 crates of the syrup"]],
    ]  # fmt: skip


def test_a_reworded_statement_cites_the_clause_of_its_quote() -> None:
    quote = (
        "The Garden Guild, which has about 3,000 members, said its members counted more "
        "than 900 hedgehogs, against the council's figure of 620 hedgehogs."
    )
    group = _members(
        ("o1", "The Garden Guild said its members counted more than 900 hedgehogs, against "
               "the council's figure of 620 hedgehogs."),
        ("o2", "The council said 620 hedgehogs were counted in the park, the lowest yet."),
    )  # fmt: skip
    group[0].citations = (Citation(article="a0", quote=quote, start=0, end=len(quote)),)
    text = group[1].claim.statement
    group[1].citations = (Citation(article="a1", quote=text, start=0, end=len(text)),)
    ((sides, _texts),) = inner_disputes(group)
    assert [[c.quote for m in side for c in m.citations] for side in sides] == [
        ["The council said 620 hedgehogs were counted in the park"],
        ["said its members counted more than 900 hedgehogs"],
    ]
