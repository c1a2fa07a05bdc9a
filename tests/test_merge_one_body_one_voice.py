"""Vetoes that kept one fact apart (session 24): a kind noun and the body its article is
about, a body "of" something and its director. Each rule both ways: the pair that is now
one voice and a close pair that must stay two. Invented text only."""

from __future__ import annotations

from test_merge_kind_names import _speakers

from consensus.merge.body_salience import salient
from consensus.merge.speakers import Speakers

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
