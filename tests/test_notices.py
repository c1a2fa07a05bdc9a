"""A notice given to a party against that party's own denial of any is a dispute
(`merge.notices`, link rule 11); a notice to another party, the party telling of itself, a
condition, and one article's two statements are not."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.notices import denies_notice, gives_notice, notice_edges, party_words
from consensus.merge.score import _Edge
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _articles(*texts: str) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"a{k}", title="Pipe burst", outlet=f"Outlet {k}", text=text)
        for k, text in enumerate(texts)
    )


def _report(*texts: str) -> Report:
    articles = _articles(*texts)
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def _feats(*texts: str) -> list[_Feat]:
    articles = _articles(*texts)
    rows = [(a.id, k, c) for a in articles for k, c in enumerate(extract_offline(a).claims)]
    feats = _build_features(rows, {a.id: a.text for a in articles})
    for f in feats:  # (origins are set by the merge; one article, one origin here)
        object.__setattr__(f, "origin", f.article)
    return feats


def _one(text: str) -> _Feat:
    return _feats(text)[-1]


def _set_against(report: Report, one: str, two: str) -> bool:
    for item in report.contested:
        sides = [" ".join(c.quote for c in p.citations) for p in item.positions]
        ones = {k for k, s in enumerate(sides) if one in s}
        twos = {k for k, s in enumerate(sides) if two in s}
        if ones and twos and len(ones | twos) > 1:
            return True
    return False


def test_party_words_drop_roles() -> None:
    assert party_words("halden harbour spokesperson") == {"halden", "harbour"}
    assert party_words("council") == {"council"}
    assert party_words(None) == frozenset()


def test_a_notice_is_given_to_the_verbs_addressee() -> None:
    council = frozenset({"council"})
    assert gives_notice(_one("Mira Tolk said she had phoned the council in March."), council)
    assert gives_notice(
        _one("Residents say they warned both the school and the district council for weeks."),
        council,
    )
    assert gives_notice(_one("Mira Tolk said the council was informed in writing."), council)
    # "told" tells its next words: reporters, not the council
    assert not gives_notice(
        _one("Mira Tolk told reporters the council had been slow to act."), council
    )
    # a negated notice gives none
    assert not gives_notice(_one("Mira Tolk said she never rang the council."), council)
    assert not gives_notice(_one("Mira Tolk said she had phoned the harbour office."), council)


def test_a_named_party_denies_notice() -> None:
    assert denies_notice(_one("The council said it had no record of any complaint.")) == "record"
    assert denies_notice(_one("The ministry says it received no such letter.")) == "letter"
    assert denies_notice(_one("The ministry says it received none.")) == "received"
    assert denies_notice(_one("Norvik Water denied that it had been told.")) == "told"
    # no speaker, no party; a negation of something else; a condition
    assert not denies_notice(_one("There was no record of any complaint."))
    assert not denies_notice(_one("The council said no homes were at risk."))
    assert not denies_notice(
        _one("The council said that if it received no complaint, it would not act.")
    )


def test_edges_cross_two_origins_only() -> None:
    feats = _feats(
        "Mira Tolk said she had phoned the council in March about the crack.",
        "The council said it had no record of any complaint about the crack.",
    )
    edges = notice_edges(feats, 0.2, [])
    assert [(feats[e.i].article, feats[e.j].article) for e in edges] == [("a0", "a1")]
    assert edges[0].conflict == "negation: not record"
    one = _feats(
        "Mira Tolk said she had phoned the council in March about the crack. The council "
        "said it had no record of any complaint about the crack."
    )
    assert notice_edges(one, 0.2, []) == []
    # a denial another reading set against something already is left as it is
    assert notice_edges(feats, 0.2, [_Edge(0.5, edges[0].j, 99, "negation: not x")]) == []


def test_a_notice_and_its_denial_make_one_contested_point() -> None:
    report = _report(
        "A water main burst under Keller Street on Monday, flooding six homes. Mira Tolk, "
        "who lives on the street, said she had phoned the council in March about a leak.",
        "A water main burst under Keller Street on Monday. The council said it had no "
        "record of any complaint before the burst.",
    )
    assert _set_against(report, "phoned the council", "no record of any complaint")


def test_the_party_telling_of_itself_is_no_other_side() -> None:
    report = _report(
        "A water main burst under Keller Street on Monday. The council said it had warned "
        "the council's own engineers in March.",
        "A water main burst under Keller Street on Monday. The council said it had no "
        "record of any complaint before the burst.",
    )
    assert not _set_against(report, "warned", "no record of any complaint")
