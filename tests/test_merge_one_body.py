"""Two people the articles tie to one body are one side (`merge/one_body.py`, link rule 1)."""

from __future__ import annotations

from consensus.merge.speakers import Speakers


def _index(text: str, *names: str) -> Speakers:
    return Speakers({n: [text] for n in names})


def test_spokesman_and_chief_executive_of_the_one_company_are_one_side() -> None:
    text = (
        "Brightwell Motors, the carmaker, said it would recall 40,000 cars. "
        '"We did not know of this defect before July," chief executive Mara Olsen said. '
        '"The earlier tests concerned another fault," spokesman Tomas Rye said.'
    )
    index = _index(text, "mara olsen", "tomas rye", "brightwell motors")
    assert index.compatible("mara olsen", "tomas rye")
    # the officer is still not the company's voice on her own (measured: too ready)
    assert not index.compatible("mara olsen", "brightwell motors")


def test_minister_and_ministry_spokeswoman_of_one_named_ministry() -> None:
    text = (
        "The Foreign Ministry rejected the report. Foreign Minister Ana Reyes said no ransom "
        'was paid. "This government has never paid," ministry spokeswoman Ida Berg said.'
    )
    index = _index(text, "ana reyes", "ida berg", "foreign ministry")
    assert index.compatible("ida berg", "foreign ministry")
    assert index.compatible("ana reyes", "ida berg")


def test_two_companies_in_the_article_tie_no_officer() -> None:
    text = (
        "Brightwell Motors, the carmaker, and Dovan Steel, the steelmaker, traded blame. "
        '"We did not know," chief executive Mara Olsen said. '
        '"The tests concerned another fault," spokesman Tomas Rye said.'
    )
    index = _index(text, "mara olsen", "tomas rye", "brightwell motors", "dovan steel")
    assert not index.compatible("mara olsen", "tomas rye")


def test_a_country_or_a_title_ties_no_two_sides() -> None:
    text = (
        "Norlandic President Jan Roe said the vote was fair. Norlandic opposition leader "
        "Ann Cole said it was rigged. Norland said nothing more. His lawyer, Tom Bale, "
        "said he was innocent. Her lawyer, Eva Lund, said he was not."
    )
    index = _index(text, "jan roe", "ann cole", "norland", "tom bale", "eva lund", "lawyer")
    assert not index.compatible("jan roe", "ann cole")
    assert not index.compatible("tom bale", "eva lund")
