"""A claim its sentence's head sets in another occurrence ("In a separate incident ...", "A
smaller landslide ...", "In 2019, ...") joins no claim of the story's event that shares none
of its names or years, and a group of such claims is no side of today's figure point, unless
the other side retells that occurrence (`occurrences`, `background_groups`)."""

from __future__ import annotations

import datetime as dt

import pytest

from consensus.merge.background_groups import background_group
from consensus.merge.features import _build_features, _Feat
from consensus.merge.occurrences import read_occurrences, scopes_apart
from consensus.merge.score import _Edge
from consensus.models import Article, Citation, Claim, ClaimKind, Evidence, ExtractionResult

DAY = dt.date(2026, 7, 20)


def _feats(text: str, *statements: str, published: dt.date = DAY) -> list[_Feat]:
    """One claim per statement, each cited where it stands in `text` (article "a")."""
    entries = []
    for k, statement in enumerate(statements):
        start = text.index(statement)
        claim = Claim(
            statement=statement,
            kind=ClaimKind.reported_statement,
            subject="it",
            evidence=(Evidence(quote=statement, start=start, end=start + len(statement)),),
        )
        entries.append(("a", k, claim))
    feats = _build_features(entries)
    for f in feats:
        ev = f.claim.evidence[0]
        f.citations = (Citation(article="a", quote=ev.quote, start=ev.start, end=ev.end),)
    read_occurrences(feats, {"a": text}, {"a": published})
    return feats


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("In a separate incident on Saturday night, 11 fans were injured at a stadium.", "other"),
        ("A smaller landslide destroyed two houses in a nearby village, killing two.", "other"),
        ("The volcano's last major eruption forced about 2,000 people to leave.", "other"),
        ("Earlier in the week, rival Cendra Pay priced its listing at $18.", "other"),
        ("Orvassa last erupted in 1981, when about 2,000 people were evacuated.", "other:1981"),
        ("In 2019, officers shot and killed a driver on the same avenue.", "other:2019"),
        # a cue at the tail scopes a phrase, not the claim
        ("Turnout was 63.8 percent, down from 66.2 percent at the last election in 2022.", ""),
        # a year a year back may be the story's own run-up; a report's "that" is no anaphor
        ("In 2025, the company first offered $38 a share for the group.", ""),
        ("Officials said that 40 people were hurt in the crush.", ""),
        ("Another 40 people were taken to hospital on Sunday.", ""),
        # an earlier word or step of the story itself
        ("An earlier estimate put the toll at 12, officials said.", ""),
        ("The company's previous offer of $70 a share was rejected.", ""),
    ],
)
def test_a_sentence_head_names_the_occurrence_it_tells(sentence: str, scope: str) -> None:
    (feat,) = _feats(sentence, sentence)
    assert feat.scope == scope


def test_a_sentence_pointing_back_takes_the_occurrence_before_it() -> None:
    first = "In 1981, the volcano's last major eruption buried a village."
    _, after = _feats(f"{first} Eleven people died in that eruption.", first,
                      "Eleven people died in that eruption.")  # fmt: skip
    assert after.scope == "other:1981"
    assert "eleven" not in after.scope_marks  # (a sentence's first word is no name)


def test_the_story_and_another_occurrence_are_apart_unless_a_mark_is_shared() -> None:
    text = (
        "Karel Dusek said 11 of the injured were in a critical condition. In a separate "
        "incident, 11 fans were injured at the Rosen Stadium in Darnholm."
    )
    own, other = _feats(
        text,
        "Karel Dusek said 11 of the injured were in a critical condition.",
        "In a separate incident, 11 fans were injured at the Rosen Stadium in Darnholm.",
    )
    # (the marks of the other occurrence: the names its article uses nowhere else)
    assert other.scope == "other" and other.scope_marks == {"rosen", "stadium", "darnholm"}
    (retold,) = _feats(*["In Darnholm, a barrier collapse left 11 fans hurt."] * 2)
    assert retold.scope == "" and retold.scope_marks == {"darnholm"}
    assert scopes_apart(own, other)
    assert not scopes_apart(retold, other)
    assert not scopes_apart(own, retold)


def test_two_other_occurrences_are_apart_only_in_two_years() -> None:
    text = (
        "In 2019, a bank collapsed with $1.8 billion. In 2022, a bank was sold with $900 million."
    )
    a, b = _feats(text, "In 2019, a bank collapsed with $1.8 billion.",
                  "In 2022, a bank was sold with $900 million.")  # fmt: skip
    assert (a.scope, b.scope) == ("other:2019", "other:2022")
    assert scopes_apart(a, b)
    b.scope = "other"
    assert not scopes_apart(a, b)


def test_a_group_telling_another_occurrence_is_no_side_of_todays_figure() -> None:
    text = (
        "At least nine people were killed in the village. A smaller landslide in another "
        "province, near Pelt, killed two people."
    )
    today, other = _feats(
        text,
        "At least nine people were killed in the village.",
        "A smaller landslide in another province, near Pelt, killed two people.",
    )
    edge = _Edge(0.6, 0, 1, "quantity kill: nine vs two")
    assert background_group([[today], [other]], [today, other], edge, 0, 1) == 1
    # ... but an outlet that retells it disputes its figure ("In Pelt, three people died")
    (retold,) = _feats(*["In Pelt, three people died."] * 2)
    retold_edge = _Edge(0.6, 0, 1, "quantity die: three vs two")
    assert background_group([[retold], [other]], [retold, other], retold_edge, 0, 1) is None


# Through the offline pipeline: a made-up crush with a separate stadium incident

_CRUSH = [
    "A crush at the Harbour Lights music festival in Tellsburg killed nine people on Saturday "
    "night, the fire service said. Karel Dusek, the fire chief, said 11 of the injured were in "
    "a critical condition.",
    "Nine people died in a crush at the Harbour Lights festival in Tellsburg on Saturday night. "
    "In a separate incident on Saturday night, 11 fans were injured when a barrier collapsed at "
    "the Rosen Stadium in Darnholm.",
    "Nine people were killed in a crush at the Harbour Lights festival in Tellsburg. In "
    "Darnholm, a barrier collapse at a cup match the same night left 11 fans hurt.",
]


def test_another_incidents_count_joins_its_retelling_not_the_storys() -> None:
    from consensus.api import build_report
    from consensus.offline import extract_offline

    articles = tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(_CRUSH)
    )
    report = build_report(
        ExtractionResult(articles=articles, claim_sets=tuple(extract_offline(a) for a in articles))
    )
    quoted = [{c.quote for c in it.citations} for it in report.agreed]
    other = next(q for q in quoted if any("separate incident" in x for x in q))
    assert any("Darnholm, a barrier collapse" in x for x in other)  # (its retelling)
    assert not any("critical condition" in x for q in quoted for x in q)  # (the story's own)


def test_the_year_a_head_names_always_marks_its_occurrence() -> None:
    # (the article names 2019 elsewhere too, so the year is no name of that sentence alone)
    text = "The trial opened on Monday. In 2019, Roe shot a clerk. The case dates from 2019."
    _, dated, _ = _feats(text, "The trial opened on Monday.", "In 2019, Roe shot a clerk.",
                         "The case dates from 2019.")  # fmt: skip
    assert dated.scope == "other:2019" and "2019" in dated.scope_marks
    (retold,) = _feats(*["The clerk was shot in 2019, prosecutors said."] * 2)
    assert retold.scope_marks == {"2019"}
    assert not scopes_apart(dated, retold)
