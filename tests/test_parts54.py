"""Session 54 (parts54): an apposition, a name and the role phrase a comma sets beside it
("Jan Roe, the agency's chief executive, said ..."; "the agency's chief executive, Jan Roe,
said ..."), is a clause part of its long claim (`clause_cuts.apposition_spans`), quoted as
the writer wrote it; an age, a date, a list after "and" and a clause with its own verb are
none. Invented sentences only."""

from __future__ import annotations

from consensus.merge.clause_backing import apposition_hosts, role_told_in_host
from consensus.merge.clause_cuts import apposition_name, clause_claims, clause_spans, names_the_same
from consensus.merge.clause_subjects import subject_for
from consensus.merge.features import _build_features, _Feat
from consensus.models import Claim, ClaimKind, Evidence


def _parts(quote: str) -> list[str]:
    return [quote[a:b] for a, b in clause_spans(quote)]


def test_name_then_role_is_a_part() -> None:
    quote = (
        "Jan Roe, the agency's chief executive, said the depot would close by March "
        "and that 40 drivers would lose their jobs."
    )
    assert "Jan Roe, the agency's chief executive" in _parts(quote)


def test_role_then_name_is_a_part() -> None:
    quote = (
        "The union's general secretary, Marcus Delaney, said the strike would go ahead "
        "on Monday unless the offer improved."
    )
    assert "The union's general secretary, Marcus Delaney" in _parts(quote)


def test_name_after_a_verb_of_saying_with_a_title() -> None:
    quote = (
        "The strike will go ahead on Monday unless the offer improves, said Dr. Ruth "
        "Ekwall, the agency's area manager."
    )
    assert _parts(quote) == [
        "The strike will go ahead on Monday unless the offer improves",
        "Dr. Ruth Ekwall, the agency's area manager",
    ]


def test_place_and_role_without_a_determiner() -> None:
    quote = (
        "Most evacuees were taken to schools and sports halls in Brellin, the provincial "
        "capital, officials said on Sunday night."
    )
    assert "Brellin, the provincial capital" in _parts(quote)
    quote = (
        "The plan was opposed by Tomas Fell, president of the drivers' union, who said "
        "it would cost jobs at the depot."
    )
    assert "Tomas Fell, president of the drivers' union" in _parts(quote)


def test_age_date_list_and_clause_are_no_apposition() -> None:
    # an age: a figure, no role phrase
    quote = "The skipper, Dana Vell, 51, told reporters the boat sank after it hit a reef."
    assert not any("Vell, 51" in p for p in _parts(quote))
    # a weekday before the comma is no name
    quote = "On Monday, the company's chief executive, told staff the plant would close soon."
    assert not any(p.startswith("Monday") for p in _parts(quote))
    # a list: the role phrase after "and" is another item, not what the name is
    quote = "Delegates from Harwick, Lenby, and the northern towns met the minister on Friday."
    assert not any("Lenby, " in p for p in _parts(quote))
    # a segment with a verb of its own stays a clause, not joined to the name
    quote = "Councillors met Ana Lusk, the mayor told reporters, and agreed a new budget plan."
    assert "Ana Lusk, the mayor told reporters" not in _parts(quote)


def test_apposition_part_keeps_its_words_and_subject() -> None:
    quote = (
        "Jan Roe, the agency's chief executive, said the depot would close by March "
        "and that 40 drivers would lose their jobs."
    )
    claim = Claim(
        statement="The depot will close by March.",
        kind=ClaimKind.event,
        subject="the depot",
        entities=("Jan Roe",),
        speaker="Jan Roe",
        evidence=(Evidence(quote=quote, start=100, end=100 + len(quote)),),
    )
    parts = clause_claims(claim)
    part = next(p for p in parts if p.evidence[0].quote.startswith("Jan Roe"))
    assert part.statement == "Jan Roe, the agency's chief executive."
    assert part.evidence[0].start == 100
    assert quote[: len(part.evidence[0].quote)] == part.evidence[0].quote
    assert part.entities == ("Jan Roe",)
    assert subject_for(part, claim) == ""  # a subject of its own: no other is given


def test_an_apposition_cut_half_way_by_and_is_none() -> None:
    quote = (
        "The march was called by Lesk Alive, a coalition of farmers' and fishermen's "
        "groups, which says the dam will drain the river."
    )
    assert not any(p.startswith("Lesk Alive, ") for p in _parts(quote))


def _claim(quote: str) -> Claim:
    return Claim(
        statement=quote,
        kind=ClaimKind.event,
        subject="it",
        evidence=(Evidence(quote=quote, start=0, end=len(quote)),),
    )


def test_an_apposition_backs_only_a_claim_naming_the_same_one() -> None:
    assert apposition_name("Jan Roe, the agency's chief executive") == "Jan Roe"
    assert apposition_name("the agency's chief executive, Jan Roe") == "Jan Roe"
    assert apposition_name("said the depot would close by March") is None
    part = _claim("Velm's ambassador to Tarrow, Ola Brenn")
    assert names_the_same(part, _claim("Ola Brenn is Velm's ambassador to Tarrow."))
    assert not names_the_same(part, _claim("Velm summoned Tarrow's ambassador on Friday."))
    clause = _claim("summoned Tarrow's ambassador on Friday")
    assert names_the_same(clause, _claim("Velm summoned the ambassador."))  # (no apposition)


def _feats_of(quotes: dict[str, str]) -> tuple[list[_Feat], dict[tuple[str, int], tuple[str, int]]]:
    """Each article's long sentence (index 0) and its parts (1, 2, ...), as features."""
    entries: list[tuple[str, int, Claim]] = []
    parts: dict[tuple[str, int], tuple[str, int]] = {}
    for art, quote in quotes.items():
        whole = _claim(quote)
        entries.append((art, 0, whole))
        for k, part in enumerate(clause_claims(whole), start=1):
            entries.append((art, k, part))
            parts[(art, k)] = (art, 0)
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    return feats, parts


def test_an_apposition_its_agreed_sentence_states_is_no_second_item() -> None:
    quotes = {
        "a0": "Ola Brenn, the port's harbour master, said the quay would reopen on Friday.",
        "a1": "The port's harbour master, Ola Brenn, said the quay would reopen on Friday.",
        "a2": "The port's harbour master, Kai Lund, said the quay would reopen on Friday.",
    }
    feats, parts = _feats_of(quotes)
    named = apposition_hosts(feats, parts)
    assert named[("a0", 0)] == {"Ola Brenn"} and named[("a2", 0)] == {"Kai Lund"}
    hosts = {f.article: f for f in feats if f.index == 0}
    part = next(f for f in feats if f.article == "a0" and (f.article, f.index) in parts)
    assert apposition_name(part.claim.evidence[0].quote) == "Ola Brenn"
    # a0's sentence is agreed with a1's, which names Ola Brenn in an apposition too
    assert role_told_in_host(part, named, [hosts["a0"], hosts["a1"]])
    # ... not with a2's, whose apposition names another
    assert not role_told_in_host(part, named, [hosts["a0"], hosts["a2"]])
