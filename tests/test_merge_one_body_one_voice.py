"""Vetoes that kept one fact apart (session 24): a kind noun and the body its article is
about, a body "of" something and its director, a kind-titled spokesperson and the body the
article writes, a denial's own account ("denied it, saying that ..."). Each rule both ways:
the pair that is now one voice and a close pair that must stay two. Invented text only."""

from __future__ import annotations

from test_merge_kind_names import _speakers

from consensus.merge.body_salience import salient
from consensus.merge.denial_assertions import account_clause, denier, own_account
from consensus.merge.features import _build_features, _Feat
from consensus.merge.speakers import Speakers
from consensus.models import Claim, ClaimKind, Evidence, Polarity

# --- "the company": the one body the article is about -------------------------------

_ABOUT = (
    "Zentrik Mobility, the scooter maker, said on Monday it would close its Orwell plant.\n"
    "The update came from Holt Systems, a software supplier.\n"
    "Zentrik Mobility shares fell. Zentrik Mobility will pay its staff.\n"
)
_SAID = "The plant employs about 700 people, the company said."


def test_the_company_is_the_one_the_article_names_again_and_again() -> None:
    text = _ABOUT + _SAID + "\n"
    said = _speakers(
        {"a": text},
        [
            ("a", _ABOUT.splitlines()[0], "Zentrik Mobility"),
            ("a", "The update came from Holt Systems, a software supplier.", "Holt Systems"),
            ("a", _SAID, "company"),
        ],
    )
    assert said[_SAID] == "zentrik mobility"


def test_two_companies_named_alike_often_leave_the_company_unresolved() -> None:
    text = (
        "Zentrik Mobility, the scooter maker, agreed to buy Holt Systems, a software supplier.\n"
        "Holt Systems shares rose. Zentrik Mobility shares fell.\n"
        "Holt Systems will keep its name. Zentrik Mobility will pay cash.\n" + _SAID + "\n"
    )
    said = _speakers(
        {"a": text},
        [
            ("a", text.splitlines()[0], "Zentrik Mobility"),
            ("a", "Holt Systems will keep its name.", "Holt Systems"),
            ("a", _SAID, "company"),
        ],
    )
    assert said[_SAID] == "company"


def test_salient_counts_the_names_of_the_article() -> None:
    names = {"Acme Systems": "acme systems", "Acme": "acme", "Zeta": "zeta"}
    text = "Acme Systems said. Acme said. Acme added. Zeta supplied it."
    assert salient({"acme systems", "zeta"}, names, text) == "acme systems"
    assert salient({"acme systems", "zeta"}, names, text + " Zeta said. Zeta added.") is None
    assert salient({"acme systems"}, names, text) is None  # (one body: `_one_body`'s)


# --- "the union": a federation is a union ---------------------------------------------


def test_the_union_is_the_federation_its_article_names_but_never_a_company() -> None:
    lead = "The Orwell Rail Federation said 24,000 of its members had stopped work."
    said = "The offer was a cut in real terms, the union said."
    text = f"{lead}\n{said}\n"
    got = _speakers({"a": text}, [("a", lead, "Orwell Rail Federation"), ("a", said, "union")])
    assert got[said] == "orwell rail federation"
    other = "Orwell Rail Systems, the train maker, said it had cut 300 jobs."
    text = f"{other}\n{said}\n"
    got = _speakers({"a": text}, [("a", other, "Orwell Rail Systems"), ("a", said, "union")])
    assert got[said] == "union"


# --- "the institute of geology" and "Jan Roe, the institute's director" ----------------


def test_a_director_of_the_institute_speaks_for_the_institute_of_something() -> None:
    text = (
        "The Institute of Geology said 600 earthquakes had been recorded. "
        '"The data were clear," said Jan Roe, the institute\'s director.'
    )
    index = Speakers({"institute of geology": [text], "jan roe": [text]})
    assert index.compatible("jan roe", "institute of geology")
    other = (
        "The Institute of Geology said 600 earthquakes had been recorded. "
        '"The data were clear," said Jan Roe, the museum\'s director.'
    )
    index = Speakers({"institute of geology": [other], "jan roe": [other]})
    assert not index.compatible("jan roe", "institute of geology")


# --- "ministry spokesman Jan Roe": the ministry the article writes ---------------------


def test_a_ministry_spokesman_speaks_for_the_ministry_his_article_writes_before_him() -> None:
    text = (
        "Norland's foreign ministry protested. The interior ministry called that false. "
        '"Officers were there within minutes," ministry spokesman Jan Roe said.'
    )
    elsewhere = "The foreign ministry said documents were stolen."
    index = Speakers(
        {
            "jan roe": [text],
            "interior ministry": [text],
            "foreign ministry": [text, elsewhere],
        }
    )
    assert index.compatible("jan roe", "interior ministry")
    assert not index.compatible("jan roe", "foreign ministry")


def test_two_ministries_his_article_does_not_write_leave_the_spokesman_to_none() -> None:
    text = '"Officers were there within minutes," ministry spokesman Jan Roe said.'
    index = Speakers(
        {
            "jan roe": [text],
            "interior ministry": ["The interior ministry called that false."],
            "foreign ministry": ["The foreign ministry said documents were stolen."],
        }
    )
    assert not index.compatible("jan roe", "interior ministry")
    assert not index.compatible("jan roe", "foreign ministry")


# --- "X denied it, saying that Y": Y in X's voice -------------------------------------


def _one(statement: str, speaker: str | None, polarity: Polarity) -> Claim:
    return Claim(
        statement=statement,
        kind=ClaimKind.denial if polarity == Polarity.denies else ClaimKind.reported_statement,
        subject=speaker or "it",
        speaker=speaker,
        entities=(speaker,) if speaker else (),
        polarity=polarity,
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )


_DENIAL = (
    "Acme has denied the accusation, saying that every one of its 1.9 million customers "
    "had made a payment in the last three months."
)


def _feats(*claims: Claim) -> list[_Feat]:
    entries = [(f"a{k}", 0, c) for k, c in enumerate(claims)]
    by = {f.claim.statement: f for f in _build_features(entries, None)}
    return [by[c.statement] for c in claims]


def test_a_denials_own_account_is_its_voices_assertion() -> None:
    assert account_clause(_DENIAL) == (
        "every one of its 1.9 million customers had made a payment in the last three months"
    )
    assert account_clause("Acme denied the accusation.") is None
    d, a = _feats(
        _one(_DENIAL, "Acme", Polarity.denies),
        _one(
            "Acme said all of its 1.9 million customers had made at least one payment.",
            "Acme",
            Polarity.asserts,
        ),
    )
    assert own_account(d, a)


def test_another_voice_or_another_remark_is_no_account_of_the_denial() -> None:
    d, other, remark, accuser = _feats(
        _one(_DENIAL, "Acme", Polarity.denies),
        _one(
            "Zeta said all of its 1.9 million customers had made a payment.",
            "Zeta",
            Polarity.asserts,
        ),
        _one("Acme said it would cut 300 jobs next year.", "Acme", Polarity.asserts),
        _one(
            "Few of its 1.9 million customers had made a payment in the last three months.",
            None,
            Polarity.asserts,
        ),
    )
    assert not own_account(d, other)  # another company's voice
    assert not own_account(d, remark)  # the same voice, another matter
    assert not own_account(d, accuser)  # no voice named: maybe the accuser's


def test_the_denier_is_the_subject_of_the_opening_denial_verb() -> None:
    assert denier("The police deny it, saying officers used only pepper spray.") == "police"
    assert denier("Ruth Anselm has denied this, saying the gate was open.") == "ruth anselm"
    assert denier("The ministry on Thursday rejected the report.") == "ministry"
    assert denier("It denied that.") is None
    assert denier("Officers said the gate was open.") is None
