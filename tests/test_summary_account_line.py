"""The summary line of a point of two accounts of one act says what is disputed: "What it was
done with: van (...) vs tractor (...)", not two cut statements. Invented minimal cases."""

from __future__ import annotations

from test_summary import _articles, _disputed, _report, _side

from consensus.summary import add_summary

_DONE_WITH = "contested: two sides' accounts of what one act was done with (tractor vs van)"
_HIT = "contested: two sides' accounts of what one act hit (primary school vs weapons depot)"


def _line(c):  # type: ignore[no-untyped-def]
    (line,) = add_summary(_report(contested=(c,)), _articles("a", "b")).summary.contested
    return line.text


def test_an_account_point_reads_each_sides_account() -> None:
    c = _disputed(
        _side("A van packed with fireworks was driven into the depot gate.", (), "a"),
        _side("Police said the attacker rammed a tractor into the gate.", ("Police",), "b"),
    ).model_copy(update={"rule": _DONE_WITH})
    assert _line(c) == "What it was done with: van (Outlet a) vs tractor (Police; Outlet b)"
    hit = _disputed(
        _side("The army said its jets struck a weapons depot.", ("Army",), "a"),
        _side("Residents said the jets hit a primary school.", ("Residents",), "b"),
    ).model_copy(update={"rule": _HIT})
    # session 63 (editor63): a role speaker reads with the article its texts write ("The army said")
    assert _line(hit) == (
        "What it hit: weapons depot (the army; Outlet a) vs primary school (Residents; Outlet b)"
    )


def test_a_side_naming_neither_or_both_accounts_keeps_the_statements() -> None:
    # a side that names both (or neither) cannot be put under one account
    both = _disputed(
        _side("A van packed with fireworks was driven into the depot gate.", (), "a"),
        _side("Witnesses saw a tractor and a van at the gate.", (), "b"),
    ).model_copy(update={"rule": _DONE_WITH})
    assert _line(both).startswith("Disputed: A van packed with fireworks")
    # a word inside another word is not the account ("vantage", "caravan")
    inside = _disputed(
        _side("A van packed with fireworks was driven into the depot gate.", (), "a"),
        _side("From his vantage point a caravan owner saw the crash.", (), "b"),
    ).model_copy(update={"rule": _DONE_WITH})
    assert _line(inside).startswith("Disputed: ")
    # another kind of point is read as before
    other = _disputed(
        _side("A van packed with fireworks was driven into the depot gate.", (), "a"),
        _side("Police said the attacker rammed a tractor into the gate.", ("Police",), "b"),
    )
    assert _line(other).startswith("Disputed: ")


def test_an_account_told_in_two_wordings_reads_its_shortest() -> None:
    rule = (
        "contested: two sides' accounts of what one act hit (primary school vs rebel weapons"
        " depot); two sides' accounts of what one act hit (school vs rebel weapons depot)"
    )
    c = _disputed(
        _side("An aid group said it had reports that the strike hit a school.", (), "a"),
        _side("The army said its jets struck a weapons depot of the rebels.", ("Army",), "b"),
    ).model_copy(update={"rule": rule})
    # session 63 (editor63): the role reads with the article its text writes
    assert _line(c) == "What it hit: school (Outlet a) vs rebel weapons depot (the army; Outlet b)"
