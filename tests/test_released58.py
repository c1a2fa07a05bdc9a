"""Session 58 (released58): what session 51's six released blind clusters showed, in invented
text. Four of their eight contested points without gold were a denial set against a claim it
does not reject (consensus/merge/denial_strength.py, cross_answers.py, claim_words.py):

- a denial that states what it rejects at length ("rejected a union claim that the driver of
  its lorry that overturned ... had been at work for more than 14 hours") was read against
  another claim naming the denier that met two of its many words, at a low cosine (the
  named-denier branch): such a claim must now state a third of them (`DENY_SHARE`, and so for
  any long object at the usual likeness bar);
- a denied object cut before its complement ("rejected the group's account of") tells
  nothing it rejects, so it rejects no claim by likeness (`object_cut`);
- a relative clause that only says which thing the rejected claim is about ("its lorry that
  overturned on the ring road had been at work ...") is not what is rejected
  (`_without_relative`): the lorry's overturning is no side against the denial;
- ", telling members of parliament that ..." after a denial's object is the denier's own
  account, as ", saying ..." is (`claim_words.OWN_ACCOUNT`).
"""

from __future__ import annotations

from consensus.api import build_report
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    articles = tuple(
        Article(id=f"a{k}", title="Ring road spill", outlet=f"Outlet {k}", text=text)
        for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def test_a_long_denied_object_rejects_no_claim_meeting_few_of_its_words() -> None:
    report = _report(
        "The advice for families on the Elm Park estate to keep their windows shut has been "
        "lifted, a day after a Marlin Haulage lorry spilled diesel near the river bridge and "
        "three schools closed. Firefighters said the spill had been contained by noon.",
        "Marlin Haulage has rejected a union claim that the driver of its diesel lorry that "
        "overturned on the Kessel ring road on Tuesday had been at work for more than 14 "
        "hours without a break. Firefighters said the spill was contained by noon.",
    )
    sides = [p.statement for item in report.contested for p in item.positions]
    assert not any("windows shut" in s for s in sides), sides
    # (the denial stays a claim of its own article)
    statements = [i.statement for i in report.single_source]
    assert any("union claim" in s for s in statements), statements


def test_a_relative_clause_saying_which_thing_is_not_what_is_rejected() -> None:
    report = _report(
        "A lorry overturned on the Kessel ring road on Tuesday. Firefighters said the spill "
        "had been contained by noon.",
        "Marlin Tank Hire has rejected a union claim that the driver of its diesel lorry that "
        "overturned on the Kessel ring road had been at work for more than 14 hours without "
        "a break. Firefighters said the spill was contained by noon.",
    )
    sides = [p.statement for item in report.contested for p in item.positions]
    assert not any(s.startswith("A lorry overturned") for s in sides), sides


def test_a_denied_object_cut_before_its_complement_tells_nothing_rejected() -> None:
    from consensus.merge.denial_strength import object_cut

    assert object_cut("the group's account of")
    assert object_cut("the council's version of events about")
    assert not object_cut("the group's account of the meeting")
    assert not object_cut("reports that the lab had been shut")


def test_telling_after_a_denied_object_opens_the_deniers_own_account() -> None:
    from consensus.merge.answers import _without_own_account

    denied = (
        "Ann Vale's account of how she learned of her suspension, telling the committee "
        "that the presenter was warned face to face last Friday"
    )
    assert _without_own_account(denied) == "Ann Vale's account of how she learned of her suspension"
