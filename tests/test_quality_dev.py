"""Quality on the six annotated real dev clusters (tests/data/dev), as bench/quality.py
measures it: the figures reached are guarded here so a change that loses them fails.

Thresholds are the figures measured when this test was written, rounded down a little:
they are floors that a better merger raises, not targets (issue 8's targets are printed by
bench/quality.py next to the measured figures).
"""

from __future__ import annotations

import itertools
import sys
from functools import cache
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import shared_reports  # noqa: E402  (tests/ is on sys.path: rootdir conftest)
from quality import score_cluster, story_pairs  # noqa: E402
from quality_lib import (  # noqa: E402
    DEV,
    ClusterScore,
    events,
    load_expectations,
    pair_prf,
    score_report,
)
from report_checks import side_quotes  # noqa: E402

from consensus.ingest import load_articles  # noqa: E402
from consensus.merge.figures import figures  # noqa: E402
from consensus.models import Report  # noqa: E402
from consensus.render import render_markdown  # noqa: E402


@cache
def scores() -> tuple[ClusterScore, ...]:
    return tuple(_score(e) for e in events())


def _score(event: str) -> ClusterScore:
    """bench/quality.py's `score_cluster`, on the session's shared report of the cluster
    (its `run_cluster` is `summarize` of the cluster: test_bench_scores_the_shared_report)."""
    articles = load_articles([str(DEV / event / "articles.jsonl")])
    report = report_of(event)
    return score_report(event, load_expectations(event), articles, report, render_markdown(report))


def report_of(event: str) -> Report:
    """The report of one dev cluster (`summarize`), made once per session."""
    return shared_reports.report(event)


def total(field: str) -> int:
    return sum(getattr(s, field) for s in scores())


def test_bench_scores_the_shared_report() -> None:
    # the floors below read the shared reports: bench/quality.py's own run of a cluster
    # must score the same (its smallest cluster, to keep the suite's time)
    event = min(events(), key=lambda e: (DEV / e / "articles.jsonl").stat().st_size)
    assert score_cluster(event) == _score(event)


def test_every_dev_cluster_is_annotated() -> None:
    assert len(events()) == 6
    for s in scores():
        assert s.agreed_total >= 10, s.event
        assert s.anchors_missing <= 2, (s.event, s.anchors_missing)


def test_agreed_recall_floor() -> None:
    found, expected = total("agreed_found"), total("agreed_total")
    # (0.65 at 188/287; 196/287 since offline-18's "when"/"after" clauses and offline-20;
    # 198/287 in session 7: one speaker written two ways, "a half million"; one of slack;
    # 195/287 in session 11: a named party's denial opposes only claims naming it, so
    # China's denial meets the reports of Chinese ships selling oil, whose five agreed facts
    # now sit on the accusation's side of that dispute; 199/287 in session 12: a reported
    # pronoun carried to its second verb phrase, a second clause whose subject holds a
    # relative clause, a relative clause after a name; one of slack; 200/287 in session 13:
    # "Oslo-based X" is a claim of its own, "X is based in Oslo", that another outlet's
    # sentence agrees with); 207/287 in session 15: a denied or denying group that two
    # origins attribute to a speaker is agreed too, its rule naming the point (madeup15):
    # China's five facts of the Chosun Ilbo report and the tweet that followed it, again,
    # and one more denial; 206 after speakers15's two counts of two acts: Mazar's
    # "killed-were-civilians" was credited only by the wrong join of "wounding scores" with
    # "killing six"; 209 in session 16 (links16): one person's statement in two forms,
    # "terrorist" / "terror", is no two remarks; a denial by a speaker named by its kind
    # and another voice's plain negation of the same thing are one agreed item; "Dec" of
    # "on Dec. 22" is no entity; 212 in session 17 (recall17): a clause of a long quote
    # backs another outlet's item that states it, `merge/clause_backing.py`; speakers17's
    # "The 76-year-old said" is the person the story follows, whose words two origins give:
    # 213); 215 in session 18 (recall18): two origins that each state a fact only in a
    # clause of a longer sentence agree on it, `merge/clause_agreement.py` (the resolution
    # adopted in September, the March shareholder meeting, the "best and final" offer: 216);
    # 217 in session 19: a member its group holds by too few links moves to the group it
    # links to best, `merge/moves.py`
    # 215 in session 19 (learn19, the link column `value_shared`; held out 214 -> 215): China
    # oil's "30 times since October" reports join one side of the denial point, and the fact
    # that Trump's tweet followed them is read inside that dispute; Broadcom's "Apple
    # withholds fees" is stated by one origin's item only (the bid items regroup)
    # 216 in session 31 (agree31): `value_shared` keeps the value of a figure read with both
    # a place and an owner (one referent, was taken for two): Broadcom +1
    # 217 in session 32 (lead): a period on a verb of telling dates the report, not the act
    # (`merge/telling.py`): Broadcom's EU approval "last month" / "this month said they had
    # approved" agree (its gold also lists them as a timing dispute, now missed: 24 -> 23)
    # session 34 (agree34): 217/286, a gold fix, not a gain: American Airlines' "train all
    # 120,000 employees" fact rested on AP and ABC's word-for-word copy of AP's paragraph (one
    # origin), so it left the agreed gold (its notes say why)
    # session 42 (devagree42): 218 (a lead opening a quotation of several sentences keeps
    # its phrase facts: Croydon's "Nearby resident Hannah Collier, 23, said: “… . …”")
    # session 55 (dev55): 217: a wire's dateline without its place ("(Wire) - ") is no
    # content, so Broadcom's wire lede is cut at its participle clause into a whole claim
    # that joins the offer's agreed group; its "best and final" was agreed only as a clause
    # of the longer sentence beside another origin's clause (`clause_agreement`), now gone
    # session 72: 220 (devagreed72: a clause's word in another form of its root is shared,
    # "nationally" / "national"; roles72: a spokesman's role beside his name is a fact)
    assert found >= 220, (found, expected)
    # no cluster is left behind
    for s in scores():
        assert s.agreed_found / s.agreed_total >= 0.2, (s.event, s.agreed_missed)


def test_disputes_found_floor() -> None:
    # (14 when a round bound began to speak in its last digit; 15 since a figure point's
    # sides go by the figures their members print; 14 with offline-20's speakers: Mazar's
    # Kunduz toll was found inside the consulate's toll point, a mixed point that correct
    # speakers no longer assemble; 15 since an agreed group whose members give one slot
    # different figures makes a point of it: Croydon's rescue units; 16 since a negated
    # noun phrase or speech act is read: Nice's "no group has claimed responsibility" vs
    # "IS claimed responsibility"; 17 since a denial opposes only what it states: the
    # antitrust dismissal no longer takes Broadcom's EU-approval claim from its date point;
    # 22 (main had 19) since measures of one thing are compared across the batch: Nice's
    # truck weight, truck speed and city size, whose claims never link; 23 since "a score
    # of bullets" is a vague count: Nice's windshield, more than 40 bullets; 24 since link
    # rule 10 reads what an act was done with: Mazar's car vs truck)
    assert total("disputes_found") >= 22, [s.disputes_missed for s in scores()]


def test_few_contested_points_show_no_annotated_dispute() -> None:
    # a point no gold dispute confirms is a wrong dispute or one the annotator missed:
    # reading them (bench/quality.py -v) found most wrong, so their number is capped (8
    # until session 6; 6 since past-month figures and named parts dispute no whole; 3 in
    # session 7: denials oppose what they state, a figure point inside another's figures
    # folds into it, "a half million" is a figure; one of slack)
    assert total("points_unconfirmed") <= 4, [s.unconfirmed_items for s in scores()]


def test_few_agreed_items_join_different_gold_facts() -> None:
    # an agreed item whose origins cite different annotated facts and none in common is a
    # wrong agreement the gold shows (11 when this cap was set, 10 in session 5, 7 in
    # session 6, 6 in session 7, 5 in session 8, 4 in session 9: habitual statements join
    # no occasion; a lower link threshold of 0.2 makes 18; one of slack; 3 in session 15:
    # a quotation of someone's own words joins a statement naming no speaker only at
    # REPORTED_AT, and a party's side of a point is also agreed, which adds one; 2 in
    # session 19: a member its group holds by too few links moves, `merge/moves.py`)
    assert total("agreed_mixed") <= 3, [s.agreed_mixed_items for s in scores()]


def test_shown_statements_say_what_their_origins_cite() -> None:
    # what an editor reads: the agreed facts an item states in its own statement, and the
    # origins counted for such items that cite another fact (175 and 69 when this floor was
    # set, session 7; a statement chosen by link support instead of text similarity shows
    # fewer facts: bench/README.md, quality, session 7; 179 and 64 in session 8; 181 and 58
    # in session 10: two remarks of one person, and two counts that neither clash nor
    # agree, are no join; one of slack; 179 in session 11: the accusation China denies is
    # a dispute's side, no agreed item; 183 and 60 in session 15: a party's side of a
    # point told by >= 2 origins is also an agreed item, and China's seven-origin report
    # side counts two origins whose sentences hold the report among other things)
    # (185 and 59 after the own-words rule, session 15; 194 and 54 in session 23: a group's
    # item shows the member the most other origins link to, `statement_claims.py`; one of
    # slack each)
    assert total("shown_found") >= 193
    # 56 in session 20: a clause that only attributes, or whose teller is outside it,
    # backs no item (`clause_attribution.py`)
    # 56 in session 23 with clause views (`clause_views.py`): the crowd item now holds CNN's
    # "thousands of people started running" sentences, which state no gathering
    # 57 in session 51 (compound51): the clause bar at 0.6 counts NYT's "with tens of
    # thousands of people gathered at stadiums" (another occasion) for the crowd item
    # 58 in session 52 (dev52): "The Amaq News Agency acts as the group's news wire" (two
    # relative clauses agree); 03's clause sits just past its gold anchor for the fact
    # 59 in session 54 (disputes54): a party's stated side of a rebuttal stays agreed too
    # (`voiced_origins`); one such group keeps a member telling a habit of the party
    # (claims "within hours" of attacks) beside the claim its item shows
    # 63 in session 72 (roles72): a role item ("X is the airline's spokesman") counts the
    # origins of a speech that names the role beside its speaker, which the scorer reads as
    # stating that speech's fact without citing it
    # 64 in session 73 (devagreed73): a clause item shows the clause most members agree with,
    # so one item now shows the fact its gold names, and the member that joined it through a
    # look-alike clause counts as not citing it (shown statements 201 -> 202)
    assert total("origins_unshown") <= 64, [s.unshown_items for s in scores()]


def test_shown_statement_counts_only_origins_citing_its_fact() -> None:
    # one item of three origins whose statement is fact X: two origins cite X, the third
    # a sentence about Y (the compound-statement case: "zigzagged through a crowd gathered
    # to watch fireworks" shown for three sentences about the crowd)
    from quality_lib import _shown_statements

    from consensus.models import Citation, Item, Report

    text = {"a": "X happened here. Y too.", "b": "X happened, say b.", "c": "Y only."}

    def cite(art: str, quote: str) -> Citation:
        start = text[art].index(quote)
        return Citation(article=art, quote=quote, start=start, end=start + len(quote))

    cites = (cite("a", "X happened here."), cite("b", "X happened, say b."), cite("c", "Y only."))
    item = Item.model_construct(
        statement="X happened here.", sources=("a", "b", "c"), citations=cites
    )
    exp = {"agreed": [
        {"id": "x", "anchors": {"a": "X happened here.", "b": "X happened, say b."}},
        {"id": "y", "anchors": {"a": "Y too.", "c": "Y only."}},
    ]}  # fmt: skip

    def anchors_of(raw: dict[str, str]) -> dict[str, tuple[int, int]]:
        return {art: (text[art].index(q), text[art].index(q) + len(q)) for art, q in raw.items()}

    s = ClusterScore(event="t", agreed_total=2)
    gold = {"a": "a", "b": "b", "c": "c"}
    _shown_statements(s, exp, Report.model_construct(agreed=(item,)), anchors_of, gold)
    assert (s.shown_found, s.shown_judged, s.origins_unshown) == (1, 1, 1), s
    # shown as Y (the statement drawn from c's sentence): Y is stated by a and c, but the
    # item cites a's X sentence, not a's Y one: one origin backs the shown fact
    shown_y = item.model_copy(update={"statement": "Y only."})
    s = ClusterScore(event="t", agreed_total=2)
    _shown_statements(s, exp, Report.model_construct(agreed=(shown_y,)), anchors_of, gold)
    assert (s.shown_found, s.origins_unshown) == (0, 2), s


def test_few_facts_are_split_over_two_items() -> None:
    # a gold fact two agreed items or contested points state, each from >= 2 gold origins:
    # the editor reads it twice (37 when this figure was set in session 11, 35 on main at
    # 1c0f555, 33 since a news
    # medium named as the source is no party: "according to Sky News, authorities arrested
    # the driver" joined the seven-origin arrest item; half of them are by design, an
    # agreed item beside the point that disputes its figure; one of slack; 35 in session 13:
    # the age item "X is 30" cites "X, 30" inside the anchor of "X, 30, was a passenger",
    # so the age and the passenger fact count as one fact stated twice; 39 in session 15:
    # six facts of reports that a party denies are agreed beside the denial point, by
    # design, as an agreed figure beside its figure point: madeup15; 37 after the own-words
    # rule and speakers15, one of slack; 40 in session 16, blindB16: "31-year-old Mohamed
    # Lahouaiej Bouhlel" / "..., a 31-year-old dual national" are an age claim each, agreed
    # by two origins beside the items of the driver's name and of his age and nationality,
    # as session 13's "X is 30"; the age by "N-year-old" disputes a blind cluster's 29 / 28;
    # 41 in session 25, account25: Mazar's car vs truck point, by design: "a suicide bomber"
    # is stated by the agreed truck item and by the point's car side; 34 in session 43,
    # split43: a figure point's side that an agreed item quotes in full quotes one origin,
    # `merge.quoted_once`: Broadcom's $121 billion and Qualcomm's NXP purchase, Croydon's
    # seven dead (two facts) and five trapped, Mazar's two dead and 1,000 troops)
    # 33, session 47 (titles47): "Martin Bamford, 30" no longer states the passenger fact
    # 34 in session 72 (roles72): a spokesman's role is a fact of its own item and is also
    # stated by the item of what he said beside it, by design
    assert total("split_facts") <= 34, [s.split_fact_items for s in scores()]


def test_a_fact_two_items_state_is_counted_split() -> None:
    # one fact (x) stated by four origins: an agreed item cites it from a and b, another
    # from c and d; a third item cites only one origin's sentence holding it (a compound:
    # not a statement of x). Fact y is one item: not split. A contested point's positions
    # together are one item.
    from quality_lib import _split_facts

    from consensus.models import Citation, ContestedItem, Item, Position, Report

    text = {
        "a": "X happened here. Y too.",
        "b": "X happened, b says.",
        "c": "X happened, c says.",
        "d": "X happened, d says. Y also.",
        "e": "X happened and Z.",
    }

    def cite(art: str, quote: str) -> Citation:
        start = text[art].index(quote)
        return Citation(article=art, quote=quote, start=start, end=start + len(quote))

    def item(*cites: Citation) -> Item:
        return Item.model_construct(statement=cites[0].quote, citations=cites)

    exp = {"agreed": [
        {"id": "x", "anchors": {a: "X happened" for a in "abcde"}},
        {"id": "y", "anchors": {"a": "Y too.", "d": "Y also."}},
    ]}  # fmt: skip
    gold = {a: a for a in text}

    def anchors_of(raw: dict[str, str]) -> dict[str, tuple[int, int]]:
        return {art: (text[art].index(q), text[art].index(q) + len(q)) for art, q in raw.items()}

    first = item(cite("a", "X happened here."), cite("b", "X happened, b says."))
    second = item(cite("c", "X happened, c says."), cite("d", "X happened, d says."))
    compound = item(cite("e", "X happened and Z."), cite("a", "Y too."), cite("d", "Y also."))

    def split(report: Report) -> tuple[int, int]:
        s = ClusterScore(event="t")
        _split_facts(s, exp, report, anchors_of, gold)
        return s.split_facts, s.split_agreed

    assert split(Report.model_construct(agreed=(first, second, compound), contested=())) == (1, 1)
    assert split(Report.model_construct(agreed=(first, compound), contested=())) == (0, 0)
    # the same fact once as agreed and once as a point's sides
    sides = tuple(
        Position.model_construct(statement=c.quote, citations=(c,)) for c in second.citations
    )
    point = ContestedItem.model_construct(topic="x?", positions=sides)
    assert split(Report.model_construct(agreed=(first,), contested=(point,))) == (1, 0)
    # b a copy of a: the first item states x from one origin only
    s = ClusterScore(event="t")
    copies = {**gold, "b": "a"}
    _split_facts(s, exp, Report.model_construct(agreed=(first, second)), anchors_of, copies)
    assert s.split_facts == 0, s.split_fact_items


def test_copies_are_not_counted_twice() -> None:
    precision, recall = pair_prf(total("origin_tp"), total("origin_fp"), total("origin_fn"))
    assert precision == 1.0 and recall >= 0.9
    assert total("copy_inflated") == 0, [s.copy_inflated_items for s in scores()]


def test_captions_and_credits_stay_out() -> None:
    assert total("non_claims") == 0, [s.non_claim_items for s in scores()]


def test_speakers_are_names() -> None:
    # 0 by the shape check alone (a speaker that is no name) since session 1; 17 in session
    # 17 (speakers17) when the column also counts the items the gold speaker annotations
    # find wrong (16 quotations: "Lawyer Harjit" six times, a quote of one witness given to
    # the woman quoted before him, items that join two speakers' words ...); 11 with
    # offline-85 (a description opening the sentence is no part of the name: "Lawyer
    # Harjit" is Harjit Sarang); 10 once "she" has named a person, a later "he" is never her
    # 6 in session 21 (speakers21, offline-120): a bare quotation after a narrative sentence
    # naming someone new ("X works at a restaurant ...") is theirs, not the last speaker's
    # 5 with offline-123 (speakers22): a trailing appositive with no article, people named
    # by their kind ("An American witness said"), speech a clause's subject introduces
    # 4 with offline-124 (voice22): quotations whose paragraph breaks the crawl lost
    # 2 in session 35 (lead, offline-212): '"…," one of the French fighters says, according
    # to SITE' is a French fighter's, never SITE's (a member of a group the story names)
    assert total("wrong_speaker") <= 2, [s.wrong_speaker_items for s in scores()]


def test_quotations_show_their_speaker() -> None:
    # gold speakers (the "speakers" of expectations.json, 303 quotations an item cites):
    # 221 shown with the right speaker, 16 with a wrong one, 66 with none when measured
    # (speakers17); 227 and 10 with offline-85 ("Lawyer Harjit" six times); 233 right with a
    # quotation left open after an aside ("X, who …, told …: “…") going on with X's words;
    # 9 wrong once "she" has named a person, a later "he" is never her; 234 right once "A
    # spokesman added" is the spokesman of the body that spoke just before; 235 with "The
    # 76-year-old said"; 236 with "X issued a statement saying, “…”"; 239 right, 7 wrong
    # with a name after the verb closing a quotation ('"…," said the group's director, X');
    # 244 once a quotation run after "X said ..." with nobody named in it is X's; 254
    # right, 6 wrong with offline-120 (speakers21): a first name or full name a narrative
    # sentence opens on is the next "he", "known only as X", "The student described ..."
    # after "X, an American student ..."; 255 with "In an emotional speech he said: ..."
    # 272 right, 5 wrong with offline-123 (speakers22): people quoted by an indefinite
    # description ("An American witness said", "A man who gave his name as X"), a quotation
    # after a colon or words after "saying" are the clause subject's, a quotation after a
    # speaker's sentence cut into clauses, "X, former mayor of Y, tweeted", particle names;
    # 273 with "X called on Y to ..."; 278 right, 4 wrong with offline-124 (voice22):
    # quotations whose paragraph breaks the crawl lost, once an officer and the spokesperson
    # of the body he speaks for are one voice in the merge; 277 in session 23: croydon's
    # "taken to hospital" item shows "Over 50 people were taken to hospital" (three origins
    # link to it, two to the BTP spokesman's "A number of people ...": statement_claims.py),
    # a sentence the extractor gives no speaker; 276 with clause views: Paul Delane's
    # "thousands of people started running" joins the crowd item, which shows another's words;
    # 277 with offline-159 (editor26): a role speaker fronted keeps its article ("The Nato
    # spokesman said that ...") and the item's statement is one with its speaker
    right = sum(s.speakers.gold_right for s in scores())
    wrong = sum(s.speakers.gold_wrong for s in scores())
    # 279 / 2 in session 35 (lead, offline-212): the French fighter's two quotations
    # session 38 (precision38): 278 (Nice: an annotated statement cited one item fewer, none
    # wrong: its speaker's tweet, now named right, no longer joins it; wrong still 2)
    assert right >= 278 and wrong <= 2, [s.speakers.wrong_items for s in scores()]


def test_distinct_propositions_are_rarely_merged() -> None:
    # 5 since offline-5: the 2004 rail crash sentence ("... since 2004, when seven people
    # were killed near Ufton Nervet") already sat in the tram toll item; the Guardian's own
    # toll clause now joins that item too (rightly), so the pair is counted. 6 since the
    # sides of a figure point show every member printing a disputed figure: Mazar's
    # "another 1,000 troops came from partner countries" sat hidden in the group of
    # "Germany has nearly 1,000 troops" and now shows on that side (disputes +1). 7 since
    # "a half million barrels" reads as 500,000: China's NYT sentence (the December
    # resolution, per year) joins RT's 500,000 barrels (September's, for three months),
    # which no period rule tells apart, where before its four million barrels of crude made
    # a wrong figure point against RT's refined petrol (no-gold points -1, agreed +1). 5 in
    # session 9: the 2004 crash's "seven killed" no longer joins the tram toll (a year a
    # "when" clause places an event in is a past period); one of slack.
    assert total("distinct_merged") <= 6


@pytest.mark.slow
def test_stories_are_recovered_from_one_shuffled_feed() -> None:
    precision, recall, _n = story_pairs(events())
    assert precision >= 0.95 and recall >= 0.9


def test_a_quote_holding_two_remarks_does_not_make_them_one_item() -> None:
    # one outlet quotes both of a tweet's sentences in one claim ("Caught RED HANDED ...
    # There will never be a friendly solution ..."); the others quote each alone. The
    # compound used to chain both into one item of six origins stated by the compound;
    # each remark is an item of its own, and no agreed item counts the other's origins.
    report = report_of("china_oil_north_korea")
    red = [it for it in report.agreed if "RED HANDED" in it.statement]
    friendly = [it for it in report.agreed if "friendly solution" in it.statement]
    assert len(red) == 1 and len(friendly) == 1, [it.statement for it in report.agreed]
    assert "friendly" not in red[0].statement and red[0].origins >= 5
    assert friendly[0].origins >= 4
    # (the compound itself goes with one of them)
    assert sum("friendly" in c.quote for c in red[0].citations) <= 1, red[0].citations
    assert not any("RED HANDED" in c.quote for c in friendly[0].citations)
    # and "a number of people have been taken to hospital with injuries" no longer makes
    # "more than 50 injured" and "more than 50 taken to hospital" one item
    croydon = report_of("croydon_tram_crash")
    for it in croydon.agreed:
        quotes = [c.quote for c in it.citations]
        assert not (
            any("were taken to hospital after" in q for q in quotes)
            and any("were injured in the accident" in q for q in quotes)
        ), it.statement


def test_a_side_of_a_figure_point_counts_only_who_prints_a_figure() -> None:
    # "at least 84 killed" (4 origins) vs "nearly 80" vs "scores": a side lists the
    # outlets that give ITS figure, not those whose claim of the same event ("a truck
    # plowed into the crowd") joined the group; a side whose statements print no figure
    # at all (a vague count the extractor read) is left as it is
    wrong = []
    for event in events():
        report = report_of(event)
        for point in report.contested:
            if "conflicting quantities" not in point.rule or "polarity" in point.rule:
                continue
            for side in point.positions:
                # (a side an agreed item quotes in full is quoted there: `quoted_once`)
                quotes = side_quotes(report, point, side)
                printing = {c.article for c in quotes if figures(c.quote)}
                if printing and printing != set(side.sources):
                    wrong.append((event, side.statement[:60], set(side.sources) - printing))
    assert not wrong, wrong


def test_an_agreed_event_whose_figures_are_disputed_is_stated_without_them() -> None:
    # Nice: the seven-origin item was stated "At least 60 people were killed ...", which
    # only two of its origins say and its own point disputes; when more origins state the
    # event without a figure than with one, one of those statements speaks for the item
    wrong = []
    for event in events():
        for item in report_of(event).agreed:
            if "contested in" not in item.rule or not figures(item.statement):
                continue
            plain = {c.article for c in item.citations if not figures(c.quote)}
            printing = {c.article for c in item.citations if figures(c.quote)}
            # (articles and quotes, not origins and statements: a margin of two to one)
            if len(plain) >= 3 and len(plain) > 2 * len(printing):
                wrong.append((event, item.statement[:70], sorted(plain), sorted(printing)))
    assert not wrong, wrong


def test_an_earlier_events_toll_is_no_side_of_todays() -> None:
    # Mazar: the Telegraph writes the Kunduz strikes' toll "this month ... left 32 civilians
    # dead" without "earlier"; its item also holds "earlier this month that left up to 32",
    # so the 32 is that earlier event's and no side against the bombing's "at least two"
    for point in report_of("mazar_consulate_attack").contested:
        quotes = [" ".join(c.quote for c in side.citations) for side in point.positions]
        strike = [q for q in quotes if "32 civilians" in q]
        today = [q for q in quotes if "At least two people have died" in q]
        assert not (strike and today), point.rule


def test_two_sides_of_a_figure_point_never_give_the_same_figures() -> None:
    # Mazar: "nearly 1,000 troops" and "roughly 1,000 service members" were two sides
    # against "about 850 soldiers" (the slot's word differed); Nice: "Cazeneuve said 80
    # were killed" sat in the side of "77 died" (one group held both statements)
    import re

    wrong = []
    for event in events():
        for point in report_of(event).contested:
            if "conflicting quantities" not in point.rule or "polarity" in point.rule:
                continue
            named = {
                text
                for pair in re.findall(r"\(\w+: ([^()]+?) vs ([^()]+?)\)", point.rule)
                for text in pair
            }
            given = [
                frozenset(
                    fig.text
                    for c in side.citations
                    for fig in figures(c.quote)
                    if fig.text in named
                )
                for side in point.positions
            ]
            given = [g for g in given if g]
            if len(set(given)) < len(given):
                wrong.append((event, point.topic[:60], given))
    assert not wrong, wrong


def test_one_count_is_one_point() -> None:
    # Nice: "at least 84 now lay dead" vs "nearly 80 killed" was a point of its own beside
    # the death-toll point that gives 84 and 80 among its figures; a figure point whose
    # figures for a counted thing are all figures of another point's same count is that
    # point's dispute
    wrong = []
    for event in events():
        counts = [
            (
                point.topic[:50],
                slot.slot,
                {f.value for fig in slot.figures for f in figures(fig.text)},
            )
            for point in report_of(event).contested
            for slot in point.slots
            if slot.slot
        ]
        for (topic, name, values), (other, name2, values2) in itertools.permutations(counts, 2):
            if topic != other and name == name2 and len(values) >= 2 and values <= values2:
                wrong.append((event, name, topic, other))
    assert not wrong, wrong


def test_a_clause_of_a_long_sentence_backs_another_outlets_item() -> None:
    # Croydon: one outlet's "people were screaming" is a clause of a longer sentence; its
    # clause, cited exactly, counts that outlet for the item of the others' sentences
    report = report_of("croydon_tram_crash")
    backed = [it for it in report.agreed if any("a clause of" in f for f in it.features)]
    assert backed, [it.statement for it in report.agreed]
    for it in backed:
        for f in it.features:
            if "a clause of" not in f:
                continue
            article = f.split("a clause of ", 1)[1].split()[0]
            cites = [c for c in it.citations if c.article == article]
            assert cites, (it.statement, f)
    # ... but the father's "said people were screaming for help" (a clause that opens on
    # its verb of saying: its teller is outside it) no longer counts The Express for Ms
    # Okesola's words (session 20, `clause_attribution.teller_outside`); the Mail's "he
    # said people were screaming" still backs the item of Martin Bamford's account
    # (session 32, speakers32: her "People were screaming" and "People were crying" now
    # share one item under the second's statement, both outlets naming her "Kudirat
    # Okesola" where the Mail's "Ms Okesola" was another speaker: the item citing it)
    okesola = [
        it for it in report.agreed if any("People were screaming" in c.quote for c in it.citations)
    ]
    assert okesola and all("05_express" not in it.sources for it in okesola), okesola
    assert any("Bamford" in it.statement and it.origins >= 3 for it in backed), backed


def test_a_dispute_side_is_shown_by_an_also_sentence() -> None:
    # gold: a's denial anchored on its first sentence, also stated two sentences down; the
    # report's point cites the later sentence: found only through the side's "also" entry
    from quality_lib import score_report

    from consensus.models import Article, Citation, ContestedItem, Position, Report, ReportArticle

    arts = [
        Article(id="a", text="The firm denied it. Other news. It said the claim was false."),
        Article(id="b", text="Inspectors said the firm hid the losses."),
    ]

    def cite(art: Article, quote: str) -> Citation:
        start = art.text.index(quote)
        return Citation(article=art.id, quote=quote, start=start, end=start + len(quote))

    point = ContestedItem.model_construct(
        topic="Did the firm hide the losses?",
        positions=(
            Position.model_construct(
                statement="The claim was false.",
                citations=(cite(arts[0], "It said the claim was false."),),
            ),
            Position.model_construct(
                statement="The firm hid the losses.",
                citations=(cite(arts[1], "the firm hid the losses"),),
            ),
        ),
    )
    refs = tuple(ReportArticle(id=a.id, origin=a.id) for a in arts)
    report = Report.model_construct(articles=refs, agreed=(), contested=(point,), single_source=())
    side = {"label": "denied", "anchors": {"a": "The firm denied it."}}
    exp = {"contested": [{"id": "d", "sides": [
        side, {"label": "hid", "anchors": {"b": "the firm hid the losses"}},
    ]}]}  # fmt: skip
    assert score_report("t", exp, arts, report).disputes_found == 0
    side["also"] = [["a", "It said the claim was false."]]
    assert score_report("t", exp, arts, report).disputes_found == 1


def test_few_positions_cite_two_sides_of_one_dispute() -> None:
    # a side of a contested point citing two gold sides of one dispute reads as one account
    # although it holds both (2 when measured in session 25, sides25: Mazar's truck side
    # holds the Guardian's car sentence, a group joined before the dispute step, and the
    # Kunduz toll side a group of two tolls, "up to 32" and "more than 30")
    assert total("sides_mixed") <= 2, [s.sides_mixed_items for s in scores()]


def _sides_report(sides: list[list[str]]) -> tuple[ClusterScore, list[str]]:
    """A tiny invented cluster: article a accuses, article b denies and tells its own
    account; one contested point whose positions cite the sentences of `sides`."""
    from quality_lib import score_report

    from consensus.models import Article, Citation, ContestedItem, Position, Report

    text = {
        "a": "The firm inflated its count. Shares fell.",
        "b": "The firm denied it. Every customer paid, it said.",
    }
    arts = [Article(id=k, text=v) for k, v in text.items()]

    def cite(quote: str) -> Citation:
        art = next(k for k, v in text.items() if quote in v)
        start = text[art].index(quote)
        return Citation(article=art, quote=quote, start=start, end=start + len(quote))

    positions = tuple(
        Position.model_construct(
            statement=quotes[0], citations=tuple(cite(q) for q in quotes), sources=()
        )
        for quotes in sides
    )
    point = ContestedItem.model_construct(id="c-1", topic="t", rule="r", positions=positions)
    exp = {"contested": [{"id": "inflated", "sides": [
        {"label": "inflated", "anchors": {"a": "The firm inflated its count."}},
        {"label": "false", "anchors": {"b": "The firm denied it."},
         "also": [["b", "Every customer paid, it said."]]},
    ]}]}  # fmt: skip
    report = Report.model_construct(articles=(), agreed=(), contested=(point,), single_source=())
    s = score_report("t", exp, arts, report)
    return s, s.sides_mixed_items


def test_a_position_citing_two_gold_sides_is_a_mixed_side() -> None:
    # the accusation and the accused's own account on one side, against the bare denial:
    # the dispute is found (two positions, two gold sides) and one side is mixed
    s, items = _sides_report(
        [["The firm inflated its count.", "Every customer paid, it said."], ["The firm denied it."]]
    )
    assert (s.disputes_found, s.sides_mixed, s.sides_mixed_found) == (1, 1, 1), s
    assert items == ["inflated: The firm inflated its count."]
    # the account (an "also" sentence of the denial's side) on the denial's side: no mixed side
    s, items = _sides_report(
        [["The firm inflated its count."], ["The firm denied it.", "Every customer paid, it said."]]
    )
    assert (s.disputes_found, s.sides_mixed, s.sides_mixed_found, items) == (1, 0, 0, []), s
    # one position holding both, and a side of neither: mixed, but no dispute found
    s, _ = _sides_report(
        [["The firm inflated its count.", "The firm denied it."], ["Shares fell."]]
    )
    assert (s.disputes_found, s.sides_mixed, s.sides_mixed_found) == (0, 1, 0), s
