"""Two outlets count one thing in other words (consensus.merge.figure_compounds,
compare.PairContext; issue 8, session 23): a noun before the counted noun that the batch
uses as a noun names a kind ("police officers" / "officers"), no part, and counted nouns
near in the word vectors are one thing when the two figures tell one act ("households" /
"homes"); a part ("12 children among the 84 dead", "13 successful launches") and a
subset adjective ("off-duty officers") stay apart. Invented text."""

from __future__ import annotations

from test_merge_timed_acts import _report

from consensus.merge.figure_compounds import acts_meet, compound_words, modifier
from consensus.merge.figure_pairs import other_kind
from consensus.merge.figures import Figure, figures


def _one(text: str) -> Figure:
    (f,) = figures(text)
    return f


def _kinds(*statements: str) -> frozenset[str]:
    return compound_words(statements, [figures(s) for s in statements])


def test_a_noun_the_batch_uses_alone_names_a_kind() -> None:
    police = _one("Fourteen police officers were hurt in the clashes.")
    bare = _one("Officials said 19 officers had been injured.")
    assert modifier(police) == "police" and modifier(bare) == ""
    kinds = _kinds("Police said the march was peaceful.", "Fourteen police officers were hurt.")
    assert kinds == {"police"}
    assert other_kind(police, bare)  # (no batch: read as a part, as before)
    assert not other_kind(police, bare, kinds)
    # a word used only before nouns, or a participle used alone, is no kind
    assert _kinds("Three off-duty officers were hurt.", "The injured were taken away.") == set()
    assert _kinds("Five armed men seized her.", "The men were armed.") == set()


def test_the_batch_writing_the_bare_noun_with_one_value_makes_a_kind() -> None:
    assert _kinds("Pupils at three primary schools fell ill.", "Three schools closed.") == {
        "primary"
    }
    assert _kinds("Pupils at three primary schools fell ill.", "Four schools closed.") == set()


def test_acts_meet() -> None:
    hurt = _one("Fourteen police officers were hurt.")
    injured = _one("Officials said 19 officers had been injured.")
    trapped = _one("Nineteen miners were trapped underground.")
    killed = _one("Three miners were killed.")

    def meet(x: str, y: str) -> bool:
        return {x, y} == {"hurt", "injured"} or x == y

    assert acts_meet(hurt, injured, meet)
    assert not acts_meet(trapped, killed, meet)


_MARCH = "Police said the march through the capital turned violent on Saturday. "
_NINETEEN = _MARCH + "Officials said 19 officers had been injured in the clashes with protesters."


def _rules(*texts: str) -> str:
    """The rules of the contested points of a report of `texts`, joined."""
    return " | ".join(p.rule for p in _report(*texts).contested)


def test_police_officers_and_officers_dispute() -> None:
    rules = _rules(_MARCH + "Fourteen police officers were hurt in the clashes.", _NINETEEN)
    assert "14" in rules or "Fourteen" in rules, rules
    assert "19" in rules, rules


def test_off_duty_officers_stay_a_part() -> None:
    rules = _rules(_MARCH + "Three off-duty officers were hurt in the clashes.", _NINETEEN)
    assert "19" not in rules, rules


def test_children_among_the_dead_stay_a_part() -> None:
    report = _report(
        "The bus plunged into the gorge on Monday. Twelve children were among the 84 dead.",
        "The bus plunged into the gorge on Monday. Police said 84 people were killed.",
    )
    assert not any("12" in p.rule or "Twelve" in p.rule for p in report.contested)


def test_households_and_homes_without_power_dispute() -> None:
    rules = _rules(
        "The storm hit the coast on Sunday. "
        "The utility said 1,200,000 households were left without power.",
        "The storm hit the coast on Sunday. "
        "The ministry said about 900,000 homes were left without power.",
    )
    assert "900,000" in rules, rules
