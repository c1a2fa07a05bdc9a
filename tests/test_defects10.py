"""Known wrong points and speakers of session 9 (issue 8), each fixed in general terms: a
name joined by an ampersand speaks, ... Each test failed before its fix."""

from __future__ import annotations

from test_madeup_clusters import _run

from consensus.models import Article, Claim
from consensus.offline import extract_offline


def _claims(text: str) -> list[Claim]:
    return list(extract_offline(Article(id="t", title="T", outlet="O", text=text)).claims)


def test_a_name_joined_by_an_ampersand_speaks_also_as_an_appositive() -> None:
    # "The auditing firm, Brandt & Co, rejected ...": the appositive name after a common
    # noun subject is the speaker (the ampersand had cut the name in two)
    claims = _run("appeal")[0]
    rejected = [c for c in claims if "rejected that account" in c.statement]
    assert [c.speaker for c in rejected] == ["Brandt & Co"]
    said = _claims("Halden & Sons said it had raised concerns with the board.")
    assert [c.speaker for c in said] == ["Halden & Sons"]
