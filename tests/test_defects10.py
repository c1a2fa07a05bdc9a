"""Known wrong points of session 9 (issue 8), each fixed in general terms: an extension
by a term, an open question beside a negative finding, a denial beside its speaker's own
negation, two start days of one thing, counts of other sets, requests and of things two
acts do. Each test failed on main before its fix."""

from __future__ import annotations

from test_madeup_clusters import _run

from consensus.api import build_report
from consensus.merge.figures import figures
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def test_an_extension_by_a_term_is_disputed_and_is_no_duration_of_a_state() -> None:
    # "extended by 15 years" / "extends a gas supply deal by ten years": "by" a time after
    # a verb that changes a term gives the term (it had no figure at all)
    points = [
        sorted(f.text for f in s.figures) for c in _run("summit")[1].contested for s in c.slots
    ]
    assert points == [["15 years", "ten years"]]
    extended = figures("The measure would be extended by three months, he said.")
    lasted = figures("France has been in a state of emergency for eight months now.")
    assert [(f.value, f.unit, f.change) for f in extended] == [(3.0, "month", True)]
    assert [(f.value, f.unit, f.change) for f in lasted] == [(8.0, "month", False)]
    # "by" a time after no verb that changes a term is no change of a term; the time is
    # the length of what follows its "of" (a term of the talks since session 17, as "16
    # weeks of pay"), never an extension of the rules
    agreed = figures("The rules were agreed by four years of talks.")
    assert [(f.value, f.unit, f.change, f.measures) for f in agreed] == [
        (4.0, "year", False, ("talks",))
    ]


def test_an_open_question_and_a_negative_finding_are_two_facts() -> None:
    # "investigating whether the shooting was an act of terrorism" / "there was no evidence
    # so far of a link to terrorism": neither one item nor a dispute
    report = _run("shooting")[1]
    cited = [(i.id, i.citations) for i in [*report.agreed, *report.single_source]]
    cited += [(c.id, p.citations) for c in report.contested for p in c.positions]
    holding = [
        item
        for item, citations in cited
        for quotes in [" ".join(c.quote for c in citations)]
        if "investigating whether" in quotes or "no evidence so far" in quotes
    ]
    assert len(holding) == 2 and all(h.startswith("s-") for h in holding), holding


def _bid_report(second_speaker: str) -> Report:
    texts = [
        "Acme made a $20 billion offer for Brightco on Monday. Jane Roe, Acme's chief "
        "executive, also dismissed Brightco's repeated concerns about antitrust issues.",
        f'Acme offered $20 billion for Brightco on Monday. {second_speaker} said: "There is '
        'no antitrust issue."',
    ]
    articles = tuple(
        Article(id=k, title="Acme bid", outlet=k, text=t) for k, t in zip("ab", texts, strict=True)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def test_a_denial_and_its_speakers_own_negation_are_one_agreed_item() -> None:
    # "X dismissed the concerns about antitrust issues" / "X said: 'There is no antitrust
    # issue.'": one thing said by one voice, whatever polarity each outlet gave it
    def joined(report: Report) -> list[list[str]]:
        return [
            sorted(c.article for c in i.citations)
            for i in report.agreed
            if any("antitrust" in c.quote for c in i.citations)
        ]

    assert joined(_bid_report("Jane Roe")) == [["a", "b"]]
    assert joined(_bid_report("Tom Hale")) == []  # another voice: two claims


def test_two_start_days_of_one_thing_are_disputed_however_worded() -> None:
    # "will fall to 19 percent from April 1" / "The tax cut takes effect on July 1": worded
    # too differently to link, one thing's start day all the same
    rules = [c.rule for c in _run("budget")[1].contested]
    assert [r for r in rules if "April 1 vs July 1" in r], rules


def test_start_days_of_two_things_are_no_dispute() -> None:
    texts = [
        "The fuel duty freeze will apply from April 1, the ministry said.",
        "Higher pensions take effect on July 1, according to budget documents.",
    ]
    articles = tuple(
        Article(id=k, title="Budget", outlet=k, text=t) for k, t in zip("ab", texts, strict=True)
    )
    sets = tuple(extract_offline(a) for a in articles)
    assert not build_report(ExtractionResult(articles=articles, claim_sets=sets)).contested


def test_a_count_of_other_things_or_a_request_is_no_side_of_a_count() -> None:
    # "six other ships that ... are violating sanctions" counts another set than "four
    # ships"; "asked the council to blacklist 10 ships" is a request, not what was done
    other = figures("The newspaper said six other ships are registered abroad.")
    assert [(f.value, f.some) for f in other] == [(6.0, True)]
    asked = figures("Washington has asked the council to blacklist 10 ships, Reuters reported.")
    assert [(f.value, f.expected) for f in asked] == [(10.0, True)]
    # ... never "two more than last year"
    assert [f.some for f in figures("The fire destroyed 12 homes, two more than last year.")] == [
        False,
        False,
    ]


def _pair_report(first: str, second: str) -> Report:
    articles = tuple(
        Article(id=k, title="Ships", outlet=k, text=t)
        for k, t in zip("ab", (first, second), strict=True)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def test_counts_of_things_two_acts_do_are_no_dispute() -> None:
    # "seized two ships" / "denied port access to four ships": two sets of ships
    seized = "Coast guard officials have seized two ships suspected of smuggling fuel."
    banned = "The council denied port access to four ships suspected of smuggling fuel."
    assert not _pair_report(seized, banned).contested
    # one act, two figures: still a dispute
    assert _pair_report(seized, seized.replace("two", "four")).contested
