"""A bare "the company", "the club", "the court" speaks for the one body of that kind its
own article names (consensus.merge.body_names); invented text only."""

from __future__ import annotations

from test_merge_kind_names import _claim, _speakers

from consensus.merge.body_names import body_names, kinds_of
from consensus.merge.features import _build_features
from consensus.merge.speakers import Speakers

_LEAD = "Zentrik Mobility, the scooter maker, said on Monday it would close its Orwell plant."
_SAID = "The plant employs about 700 people, the company said."


def test_the_company_is_the_scooter_maker_its_article_names() -> None:
    text = f"{_LEAD}\n{_SAID}\n"
    said = _speakers({"a": text}, [("a", _LEAD, "Zentrik Mobility"), ("a", _SAID, "company")])
    assert said[_SAID] == "zentrik mobility"


def test_the_company_and_the_name_of_another_outlet_are_one_speaker() -> None:
    # one outlet writes the name, the other "the company": the speakers are one, so their
    # claims may join (before: "zentrik mobility" / "company" were never compatible)
    texts = {
        "a": f"{_LEAD}\n{_SAID}\n",
        "b": "Chipmaker Zentrik Mobility will shut a plant.\n"
        "The plant has about 700 workers, Zentrik Mobility said.\n",
    }
    feats = _build_features(
        [
            ("a", 0, _claim(texts["a"], _LEAD, "Zentrik Mobility", "Zentrik Mobility")),
            ("a", 1, _claim(texts["a"], _SAID, "company", "company")),
            (
                "b",
                0,
                _claim(
                    texts["b"],
                    "Chipmaker Zentrik Mobility will shut a plant.",
                    None,
                    "Zentrik Mobility",
                ),
            ),
            (
                "b",
                1,
                _claim(
                    texts["b"],
                    "The plant has about 700 workers, Zentrik Mobility said.",
                    "Zentrik Mobility",
                    "Zentrik Mobility",
                ),
            ),
        ],
        texts,
    )
    by_statement = {f.claim.statement: f.speaker for f in feats}
    index = Speakers({"zentrik mobility": list(texts.values())})
    assert index.compatible(by_statement[_SAID], by_statement[texts["b"].splitlines()[1]])


def test_two_companies_in_the_article_leave_the_company_unresolved() -> None:
    text = f"{_LEAD}\nRival carmaker Holt Motors said it would hire some of the staff.\n{_SAID}\n"
    said = _speakers(
        {"a": text},
        [
            ("a", _LEAD, "Zentrik Mobility"),
            ("a", "Rival carmaker Holt Motors said it would hire some of the staff.",
             "Holt Motors"),
            ("a", _SAID, "company"),
        ],
    )  # fmt: skip
    assert said[_SAID] == "company"


def test_a_company_named_only_after_the_claim_is_no_second_antecedent() -> None:
    # a background line after the claim names another company: "the company" still points
    # back to the one named before it (session 32, agree32: before, the two companies left
    # it unresolved); the same company after a second one named before it stays unresolved
    later = "Last year Holt Motors, a rival carmaker, was fined for a similar closure."
    text = f"{_LEAD}\n{_SAID}\n{later}\n"
    claims = [
        ("a", _LEAD, "Zentrik Mobility"),
        ("a", _SAID, "company"),
        ("a", later, "Holt Motors"),
    ]
    assert _speakers({"a": text}, claims)[_SAID] == "zentrik mobility"
    first = f"{_LEAD}\n{later}\n{_SAID}\n"
    claims = [
        ("a", _LEAD, "Zentrik Mobility"),
        ("a", later, "Holt Motors"),
        ("a", _SAID, "company"),
    ]
    assert _speakers({"a": first}, claims)[_SAID] == "company"


def test_a_body_of_another_kind_is_no_company() -> None:
    # the article names a union and a person, no company: "the company" stays itself
    text = (
        "The Orwell Workers Union, which represents the staff, called a strike.\n"
        "Union leader Ada Brenn said the vote was clear.\n"
        f"{_SAID}\n"
    )
    said = _speakers(
        {"a": text},
        [
            ("a", "The Orwell Workers Union, which represents the staff, called a strike.",
             "Orwell Workers Union"),
            ("a", "Union leader Ada Brenn said the vote was clear.", "Ada Brenn"),
            ("a", _SAID, "company"),
        ],
    )  # fmt: skip
    assert said[_SAID] == "company"


def test_the_court_named_after_the_claim_or_an_unnamed_court_before_it() -> None:
    # "A Norland appeals court upheld ... the court said ... the Supreme Court": the court
    # that speaks is the unnamed appeals court, never the Supreme Court a lawyer names later
    ruling = "A Norland appeals court on Monday upheld the conviction of Ivo Brask."
    court = "Brask will be sentenced on July 5, the court said."
    lawyer = "His lawyer, Lena Sorr, said they would take the case to the Supreme Court."
    text = f"{ruling}\n{court}\n{lawyer}\n"
    claims = [
        ("a", 0, _claim(text, ruling, None, "Ivo Brask")),
        ("a", 1, _claim(text, court, "court", "court")),
        ("a", 2, _claim(text, lawyer, "Lena Sorr", "Lena Sorr", "Supreme Court")),
    ]
    normed = {
        "Ivo Brask": "ivo brask",
        "court": "court",
        "Lena Sorr": "lena sorr",
        "Supreme Court": "supreme court",
    }
    assert body_names(claims, normed, {"a": text}) == {}
    # the Supreme Court written before the claim, and no unnamed court: it speaks
    text2 = f"The Supreme Court on Monday upheld the conviction of Ivo Brask.\n{court}\n"
    claims2 = [
        ("a", 0, _claim(text2, "The Supreme Court on Monday upheld the conviction of Ivo Brask.",
                        None, "Supreme Court", "Ivo Brask")),
        ("a", 1, _claim(text2, court, "court", "court")),
    ]  # fmt: skip
    assert body_names(claims2, normed, {"a": text2}) == {("a", 1): {"court": "supreme court"}}


def test_what_makes_a_name_a_body_of_a_kind() -> None:
    texts = [
        "Brightbank, a Norland lender, said it would cut fees. An airline manager "
        "apologised. Shares of Acme Holdings rose."
    ]
    assert {"bank", "lender", "company"} <= kinds_of("Brightbank", "brightbank", texts)
    assert "company" in kinds_of("Acme Holdings", "acme holdings", texts)
    assert "airline" in kinds_of("Norland Airlines", "norland airlines", [])
    assert "bank" in kinds_of("Bank of Norland", "bank of norland", [])
    # a kind word inside a name is no head noun ("Airlines Needs Training": a headline)
    assert not kinds_of("Airlines Needs Training", "airlines needs training", [])
    assert not kinds_of("Ada Brenn", "ada brenn", texts)


def test_without_the_article_texts_the_claims_quotes_tell_the_kind() -> None:
    text = f"{_LEAD}\n{_SAID}\n"
    entries = [
        ("a", 0, _claim(text, _LEAD, "Zentrik Mobility", "Zentrik Mobility")),
        ("a", 1, _claim(text, _SAID, "company", "company")),
    ]
    said = {f.claim.statement: f.speaker for f in _build_features(entries)}
    assert said[_SAID] == "zentrik mobility"
    # the name only in a claim after it: no antecedent
    shifted = [
        ("a", 0, _claim(f"{_SAID}\n{_LEAD}\n", _SAID, "company", "company")),
        ("a", 1, _claim(f"{_SAID}\n{_LEAD}\n", _LEAD, "Zentrik Mobility", "Zentrik Mobility")),
    ]
    said = {f.claim.statement: f.speaker for f in _build_features(shifted)}
    assert said[_SAID] == "company"


def test_a_companys_shares_tell_its_kind_and_a_bank_of_a_country_is_no_bank() -> None:
    assert "company" in kinds_of("Zeta", "zeta", ["Zeta shares fell 3 percent."])
    assert "company" in kinds_of("Zeta", "zeta", ["Shares of Zeta fell 3 percent."])
    # "Shares in Zeta" (blindI18: the shipowner was no company, so "the company said" went
    # to the bank whose analysts the paragraph before quoted)
    assert "company" in kinds_of("Zeta", "zeta", ["Shares in Zeta fell 7.4 per cent."])
    assert not kinds_of("Zeta", "zeta", ["Investors in Zeta were told to wait."])
    assert not kinds_of("Norland", "norland", ["The Bank of Norland raised rates."])


def test_a_buyer_whose_shares_trade_makes_two_companies() -> None:
    # "Brightwater, which bought parcel carrier Tidewell Couriers ..., the company said":
    # the buyer is a company too (its stock fell), so "the company" stays unresolved
    # (before: the one body a word described, the carrier it bought)
    deal = "Brightwater stock fell 3.2 percent."
    said = (
        "Brightwater, which bought parcel carrier Tidewell Couriers in 2024, will finance "
        "the deal with new debt, the company said."
    )
    text = f"{deal}\n{said}\n"
    claims = [
        ("a", 0, _claim(text, deal, None, "Brightwater")),
        ("a", 1, _claim(text, said, "company", "company", "Brightwater", "Tidewell Couriers")),
    ]
    normed = {
        "Brightwater": "brightwater",
        "company": "company",
        "Tidewell Couriers": "tidewell couriers",
    }
    assert body_names(claims, normed, {"a": text}) == {}
