"""Contested points no source disputes (issue 8, session 28, falsepoints28): a count told
by one place's local body set against another place's count, and two distances measured
from two reference points read as one figure. Short invented articles, built here."""

from __future__ import annotations

from report_checks import offline_report

from consensus.merge.figures import figures
from consensus.models import Report

SHARED = "Thousands marched through the centre of Varna on Sunday."


def _sides(report: Report) -> list[list[str]]:
    return [
        sorted(c.quote for p in point.positions for c in p.citations) for point in report.contested
    ]


def test_a_count_told_by_another_places_police_is_no_rival_of_the_capitals() -> None:
    capital = "Police said that 41 people had been arrested in Varna by late evening."
    local = "Brenton police, in the north of the country, said nine people were arrested."
    other = f"A smaller march was held in Brenton. {local} {SHARED}"
    sides = _sides(offline_report(f"{capital} {SHARED}", other, title="Protest"))
    assert not any(local in s for side in sides for s in side), sides


def test_two_counts_of_one_place_still_disputed() -> None:
    first = "Police said that 41 people had been arrested in Varna by late evening."
    second = "Varna police said 29 people were arrested by late evening."
    sides = _sides(offline_report(f"{first} {SHARED}", f"{second} {SHARED}", title="Protest"))
    assert any(second in side for side in sides), sides


CRASH = "The train left the rails near Holt on Monday."


def test_distances_from_two_reference_points_are_no_dispute() -> None:
    sensor = "A sensor at Carrow, about 15 miles to the west, had flagged a fault."
    town = "Holt lies on the river about 30 miles west of Dunmore."
    sides = _sides(offline_report(f"{CRASH} {sensor}", f"{CRASH} {town}", title="Derailment"))
    assert not any(town in side for side in sides), sides


def test_distances_from_one_reference_point_still_disputed() -> None:
    one = "Holt lies on the river about 30 miles west of Dunmore."
    other = "Holt sits about 45 miles west of Dunmore, on the river."
    sides = _sides(offline_report(f"{CRASH} {one}", f"{CRASH} {other}", title="Derailment"))
    assert any(other in side for side in sides), sides


def test_a_name_before_police_is_a_place_only_where_the_batch_names_it_so() -> None:
    from consensus.merge.figure_pairs import speakers_placed
    from consensus.merge.figures import figures

    said = "Riot police said 38 people were detained."
    placed = "Kessel police said six people were detained."
    texts = [said, placed, "A march was also held in Kessel."]
    figs = speakers_placed([figures(t) for t in texts], texts)
    assert [f.where for f in figs[0]] == [""]
    assert [f.where for f in figs[1]] == ["Kessel"]


# session 29 (falsepoints29): what a thing was built to hold, and a count summed over years
JAIL = "A riot broke out at the Denholm jail on Friday night."


def _riot_sides(*texts: str) -> list[list[str]]:
    return _sides(offline_report(*(f"{JAIL} {t}" for t in texts), title="Riot"))


def test_what_a_jail_was_built_for_is_no_rival_of_how_many_it_holds() -> None:
    duty = "The union said 30 guards had been on duty for about 1,200 inmates."
    holds = "Denholm holds about 1,200 inmates in buildings designed for 700."
    built = "The jail, built for 700 inmates, has been overcrowded for years, the ministry said."
    sides = _riot_sides(duty, holds, built)
    assert not any(built in side for side in sides), sides


DUTY = "The union said 30 guards had been on duty."


def test_a_count_summed_since_a_year_is_no_rival_of_a_count_of_the_night() -> None:
    lost = "The union said the jail had lost 85 guards since 2021."
    sides = _riot_sides(DUTY, DUTY, lost, lost)
    assert not any(lost in side for side in sides), sides
    other = "The union said 45 guards had been on duty."  # (two counts of the night)
    assert any(other in side for side in _riot_sides(DUTY, DUTY, other, other))


def test_a_span_since_a_year_and_a_limit_are_read() -> None:
    from consensus.merge.figures import figures

    (lost,) = figures("The jail had lost 85 guards since 2021.")
    (fronted,) = figures("Since 2019, the firm has cut 900 jobs.")
    (toll,) = figures("The storm has killed 38 people since Monday.")
    assert (lost.since, fronted.since, toll.since) == ("2021", "2019", "")
    # a rank ("its worst since") and an apposition's time are no span of the count
    (rank,) = figures("The party won 94 seats in its worst result since 1998.")
    seats = figures("Mr Dahl, mayor since 2013, won 41 votes.")
    assert rank.since == "" and [f.since for f in seats] == [""]
    (built,) = figures("The jail, built for 700 inmates, has long been overcrowded.")
    (held,) = figures("The jail held about 1,200 inmates on Friday.")
    assert built.built_for and not held.built_for


def test_one_persons_quoted_words_are_no_dispute_with_themselves() -> None:
    # a direct quotation and a reported statement carrying the same person's quoted words
    charge = "Harbour chairman Tom Hale accused the federation of favouring Albion on Saturday."
    quote = '"There is no bias in our sport, and there never was," she said.'
    told = 'the suggestion of bias was "insulting to every judge in our sport".'
    first = f"{charge} Federation president Anna Moss rejected the charge. {quote}"
    later = f"{charge} The federation dismissed that. President Anna Moss said Albion had "
    report = offline_report(first, first, f"{later}been fined twice, and that {told}")
    sides = _sides(report)
    # session 36 (nogold36): the later article's bare denial now cites its whole sentence of
    # reasons (`denial_reasons.reasons_after`), so both of her statements are on the
    # denial's side of the one point: read by position, never on two sides
    for point in report.contested:
        holds = [
            (any(quote in c.quote for c in p.citations), any(told in c.quote for c in p.citations))
            for p in point.positions
        ]
        assert not any(q for q, _ in holds) or not any(
            t for k, (_, t) in enumerate(holds) if not holds[k][0]
        ), sides
    assert len(sides) == 1, sides  # (the charge and its rebuttal stay one point)


def test_a_determiner_opening_the_sentence_is_no_teller_place() -> None:
    # session 64 (released64): "The police said ..." named its teller's place "the", so a
    # count it told was set apart from the same count told by "Varna police"
    assert figures("The police said 29 people were arrested.")[0].told_by == frozenset()
    assert figures("The council said it had 600 tonnes left.")[0].told_by == frozenset()
    assert figures("The Varna police said 29 were arrested.")[0].told_by == {"varna"}
    first = "The police said 29 people were arrested by late evening."
    second = "Varna police said 41 people were arrested by late evening."
    sides = _sides(offline_report(f"{first} {SHARED}", f"{second} {SHARED}", title="Protest"))
    assert any(first in side for side in sides) and any(second in side for side in sides), sides
