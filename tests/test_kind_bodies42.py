"""Session 42 (bodies42): a kind noun speaker ("the company", "union officials") speaks for
the one named body of its kind in the batch (`consensus.merge.kind_bodies`). Invented text."""

from __future__ import annotations

from consensus.merge.kind_bodies import kind_head, of_kind, one_body
from consensus.merge.speakers import Speakers

_GENERIC = "The company said it acted within minutes. Later the company said gas was back."
_OPERATOR = "The operator, Velto Gas Grid, closed the valves on either side of the rupture."
_SHORT = "Velto said the leak was found at 9 p.m. and reported at once."
_UNION = "Union officials say 400 members voted for the walkout, and the union said more would."
_FEDERATION = "The Dock Porters Federation, the largest port union, said 400 members voted."


def test_company_speaks_for_the_one_operator_named_elsewhere() -> None:
    sp = Speakers({"company": [_GENERIC], "velto": [_SHORT], "velto gas grid": [_OPERATOR]})
    assert sp.compatible("company", "velto gas grid")
    assert sp.compatible("company", "velto")  # (the short form of the one body)


def test_union_officials_speak_for_the_one_union() -> None:
    sp = Speakers({"union officials": [_UNION], "dock porters federation": [_FEDERATION]})
    assert sp.compatible("union officials", "dock porters federation")


def test_two_companies_of_the_kind_keep_the_noun_apart() -> None:
    rival = "The contractor, Norvik Pipes, said it had laid the line in 2019."
    sp = Speakers(
        {
            "company": [_GENERIC],
            "velto gas grid": [_OPERATOR],
            "norvik pipes": [rival],
        }
    )
    assert not sp.compatible("company", "velto gas grid")
    assert not sp.compatible("company", "norvik pipes")


def test_two_unions_keep_union_officials_apart() -> None:
    other = "The Crane Drivers Union said its members would not cross picket lines."
    sp = Speakers(
        {
            "union officials": [_UNION],
            "dock porters federation": [_FEDERATION],
            "crane drivers union": [other],
        }
    )
    assert not sp.compatible("union officials", "dock porters federation")


def test_a_body_of_another_kind_is_no_company() -> None:
    regulator = "The Gas Safety Authority, the national regulator, said it was told at 9:40 p.m."
    sp = Speakers({"company": [_GENERIC], "gas safety authority": [regulator]})
    assert not sp.compatible("company", "gas safety authority")


def test_kind_head_reads_only_lower_case_kind_nouns() -> None:
    def common(w: str) -> bool:
        return w in {"union", "officials", "club", "spokesman", "company"}

    def lower(_: str) -> bool:
        return True

    assert kind_head("union officials", common, lower) == "union"
    assert kind_head("club spokesman", common, lower) == "club"
    assert kind_head("velto", common, lower) is None  # never written in lower case
    assert kind_head("spokesman", common, lower) is None  # a title alone names no kind
    assert kind_head("company", common, lambda _: False) is None  # written as a name


def test_of_kind_and_one_body() -> None:
    assert of_kind("velto gas grid", "Velto Gas Grid", "company", [_OPERATOR])
    assert not of_kind("velto gas grid", "Velto Gas Grid", "union", [_OPERATOR])
    assert of_kind("crane drivers union", "Crane Drivers Union", "union", [])
    assert one_body(["velto", "velto gas grid"])
    assert not one_body(["velto gas grid", "norvik pipes"])
