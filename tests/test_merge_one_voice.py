"""An official and the body they speak for are one voice (speakers.compatible): a
spokesperson of a body speaks as the body, so whoever else speaks for the body (a rank, a
title by the body's head noun) is compatible with its spokesperson; two sides stay apart."""

from __future__ import annotations

from consensus.merge.speakers import Speakers


def test_a_ranked_officer_and_the_forces_spokesperson_are_one_voice() -> None:
    # "Deputy Chief Constable Jane Roe" speaks for the police; "a Harbour Police
    # spokesperson" speaks as the Harbour Police: one voice, not two named speakers
    texts = {
        "jane roe": ['Deputy Chief Constable Jane Roe said: "Two inquiries are open."'],
        "harbour police spokesperson": [
            "A Harbour Police spokesperson said two inquiries were open."
        ],
        "tom bale": ["Tom Bale, a passenger, said two inquiries were open."],
    }
    index = Speakers(texts)
    assert index.compatible("jane roe", "harbour police spokesperson")
    assert index.compatible("harbour police spokesperson", "jane roe")
    # a passenger speaks for nobody's force
    assert not index.compatible("tom bale", "harbour police spokesperson")


def test_a_bodys_leader_and_its_spokesman_are_one_voice_but_not_the_rivals() -> None:
    # "Union leader Rade Kovac" speaks for "the bakers' union", so for its spokesman too;
    # "Ruling Party leader Jane Roe" never for the opposition party's spokesman
    texts = {
        "rade kovac": ["Union leader Rade Kovac said the company had been warned."],
        "bakers' union spokesman": ["A bakers' union spokesman said it had warned them."],
        "jane roe": ["Ruling Party leader Jane Roe said the vote was fair."],
        "opposition party spokesman": ["An opposition party spokesman said it was rigged."],
    }
    index = Speakers(texts)
    assert index.compatible("rade kovac", "bakers' union spokesman")
    assert not index.compatible("jane roe", "opposition party spokesman")
    assert not index.compatible("rade kovac", "opposition party spokesman")


def test_an_officer_of_a_named_force_and_a_police_spokesperson_are_one_voice() -> None:
    # the officer's title names "Harbour Police"; "a police spokesperson" speaks as "police",
    # a body the officer's title names: one voice; a passenger is none of it
    texts = {
        "ann lee": ["Harbour Police Deputy Chief Constable Ann Lee said the road was shut."],
        "police spokesperson": ["A police spokesperson said the road was shut."],
        "tom bale": ["Tom Bale, a passenger, said the road was shut."],
    }
    index = Speakers(texts)
    assert index.compatible("ann lee", "police spokesperson")
    assert not index.compatible("tom bale", "police spokesperson")
