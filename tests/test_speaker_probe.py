"""Who says what, on invented articles written from how news names its sources (no event,
person or place of any cluster here): each statement that starts so carries this speaker.

A probe like tests/test_furniture_probe.py: the shapes are general ("X told <outlet> he hoped
to ...", "A spokeswoman for X, Jane Roe, said", "Asked whether ..., X said", "According to the
agency", a quantifier before "said", "the club" after a firm that is no club, a title kept
before a name when the attribution moves to the front).
"""

from __future__ import annotations

import pytest

from consensus.ingest import parse_text
from consensus.offline import extract_offline

ARTICLES = {
    "spill": (
        "A chemical spill from the Holberg Chemicals plant closed a stretch of the Vessa "
        "river near Tarnby on Saturday, officials said.\n\n"
        "“We are devastated by what has happened,” said Mayor Ingrid Falk.\n\n"
        "Ingrid Falk, who has led the town since 2019, said the river would stay closed "
        "until Monday.\n\n"
        "“The water is not safe to touch,” she said. “Keep children and pets away.”\n\n"
        "She added that the town's drinking water came from wells and was not affected.\n\n"
        "Holberg Chemicals said in a statement that a valve had failed during a routine "
        "transfer.\n\n"
        "A spokeswoman for Holberg, Maria Lind, said about 4,000 litres had leaked.\n\n"
        "According to a police spokesman, two workers were treated for fumes.\n\n"
        "Several residents said they had smelled solvent for days before the spill.\n\n"
        "Environment minister Karl Sund told the Tarnby Post that inspectors would visit "
        "the plant on Monday.\n\n"
        "The Nordic Herald reported that the plant had been fined in 2021.\n\n"
        "Holberg did not respond to a request for comment on the fine.\n\n"
        "Speaking to reporters, Sund said the company would pay for the clean-up.\n\n"
        "Asked whether the plant would reopen, Lind said no decision had been made.\n\n"
        "A source familiar with the inquiry said investigators were focusing on "
        "maintenance records.\n\n"
        "Fisheries officer Pia Strand, 52, who inspected the river on Sunday, said dead "
        "fish had been found over two kilometres.\n\n"
        "“It will take years,” Strand told a local radio station.\n\n"
        "Police chief Anders Holm said at a news conference that no crime was suspected.\n\n"
        "According to figures from the environment agency, the solvent level was 40 "
        "times the safe limit.\n\n"
        "The club said in a statement that Saturday's regatta was cancelled.\n\n"
    ),
    "strike": (
        "KELBY (Northern Wire) — Ferry services between Kelby and Orsa were halted on "
        "Monday as dock workers began a 48-hour strike over pay, the union said.\n\n"
        "The Harbour Workers' Union said 1,200 members had walked out.\n\n"
        "Union leader Tove Berg said talks had broken down on Friday.\n\n"
        '"We had no choice," Berg said. "The company has refused to move on pay for two years."\n\n'
        "Seaway Lines, which runs the route, called the strike unnecessary.\n\n"
        "The operator said it had offered a 4 percent rise.\n\n"
        "Its chief executive, Jonas Ek, said in an interview that the offer was fair.\n\n"
        "Ek told Northern Wire he hoped to resume talks this week.\n\n"
        "Transport minister Lena Moberg urged both sides to return to talks, her office said.\n\n"
        "Passengers stranded at the terminal described chaos.\n\n"
        '"Nobody told us anything," said Anna Roos, 34, who was travelling with two children.\n\n'
        "Her husband, Per Roos, said they had booked the crossing months ago.\n\n"
        "Police said the picket was peaceful.\n\n"
        "The strike is the first on the route since 2019, according to the union.\n\n"
        "Seaway shares fell 3 percent, according to exchange data.\n\n"
        "A Seaway spokesman declined to comment on the share price.\n\n"
        "Mr Ek, 58, has run the company since 2020.\n\n"
        "Analysts at Nordbank said the strike could cost the operator 2 million euros a day.\n\n"
    ),
    "quits": (
        "Housing minister Erik Lunde resigned on Tuesday after a newspaper revealed that "
        "his brother's firm had won three state contracts worth 14 million euros.\n\n"
        'In a letter to the prime minister, Lunde wrote that he had "done nothing wrong" '
        "but did not want to be a distraction.\n\n"
        "Prime Minister Sara Vik accepted the resignation and thanked him for his "
        "service, a government spokesman said.\n\n"
        "The opposition Green Party demanded an inquiry.\n\n"
        '"This is the tip of the iceberg," Green leader Omar Said told parliament.\n\n'
        "The firm, Lunde Bygg, denied any wrongdoing.\n\n"
        "Its director, Nils Lunde, said the contracts had been won in open tenders.\n\n"
        "According to the procurement agency, two of the three tenders had only one bidder.\n\n"
        "The agency's head, Karin Ask, told state broadcaster NRK on Wednesday that a "
        "review was under way.\n\n"
        "Critics have long accused the government of favouring insiders, which it denies.\n\n"
        "Lunde, 61, had been minister since 2022.\n\n"
        "He will be replaced by his deputy, Maja Holt, on an interim basis, the prime "
        "minister's office announced.\n\n"
    ),
    "market": (
        "A gunman opened fire at a market in Dorvik on Friday, killing four people, police "
        "said.\n\n"
        "The Northern Front, the militant group that claimed the attacks in Orsa, did not "
        "make any immediate claims for the shooting in Dorvik.\n\n"
        "The Northern Front, the group that claimed the attacks in Orsa, said on Sunday that "
        "it had carried out the shooting.\n\n"
        "Interior minister Tove Berg visited the scene on Saturday.\n\n"
        "Berg's spokeswoman said the minister would return on Monday.\n\n"
        "The gunman's brother said he had not seen him for a year.\n\n"
        "A spokesperson for the city council welcomed the arrest but said the market would "
        "stay shut.\n\n"
        "A spokesperson for the city council said the market would reopen next week.\n\n"
        "However, according to The Undefeated, the gunman had been known to police.\n\n"
        "According to the ministry, the victims were all local traders.\n\n"
    ),
}
EXPECTED = [
    ("spill", "Ingrid Falk said “We are devastated", "Ingrid Falk"),
    ("spill", "Ingrid Falk said the river would stay closed", "Ingrid Falk"),
    ("spill", "Ingrid Falk added that the town's drinking water came from wells", "Ingrid Falk"),
    ("spill", "Holberg Chemicals said in a statement that a valve had failed", "Holberg Chemicals"),
    ("spill", "A spokeswoman for Holberg, Maria Lind, said", "Maria Lind"),
    ("spill", "Several residents said they had smelled solvent", "residents"),
    ("spill", "Karl Sund told the Tarnby Post", "Karl Sund"),
    ("spill", "Nordic Herald reported", "Nordic Herald"),
    ("spill", "Speaking to reporters, Karl Sund said", "Karl Sund"),
    ("spill", "Asked whether the plant would reopen, Maria Lind said", "Maria Lind"),
    ("spill", "Pia Strand said “It will take years”", "Pia Strand"),
    ("spill", "Anders Holm said at a news conference", "Anders Holm"),
    ("spill", "The club said in a statement that Saturday's regatta was cancelled.", "club"),
    ("strike", "The Harbour Workers' Union said 1,200 members", "Harbour Workers Union"),
    ("strike", "Tove Berg said talks had broken down", "Tove Berg"),
    ("strike", 'Tove Berg said "We had no choice"', "Tove Berg"),
    ("strike", "Its chief executive, Jonas Ek, said in an interview", "Jonas Ek"),
    ("strike", "Jonas Ek told Northern Wire he hoped to resume talks", "Jonas Ek"),
    ("strike", 'Anna Roos said "Nobody told us anything"', "Anna Roos"),
    ("strike", "Her husband, Per Roos, said", "Per Roos"),
    ("strike", "Police said the picket was peaceful", "Police"),
    ("strike", "Nordbank analysts said the strike could cost", "Nordbank analysts"),
    ("quits", "In a letter to the prime minister, Erik Lunde wrote", "Erik Lunde"),
    (
        "quits",
        "The government spokesman said that Prime Minister Sara Vik accepted the resignation",
        "government spokesman",
    ),
    (
        "quits",
        '"This is the tip of the iceberg," Green leader Omar Said told parliament.',
        "Omar Said",
    ),
    ("quits", "The firm, Lunde Bygg, denied any wrongdoing.", "Lunde Bygg"),
    ("quits", "Its director, Nils Lunde, said", "Nils Lunde"),
    ("quits", "According to the procurement agency", "procurement agency"),
    ("quits", "The agency's head, Karin Ask, told", "Karin Ask"),
    # session 25: a subject's appositive or relative clause does not make its verb speech
    ("market", "The Northern Front, the militant group that claimed", None),
    # (session 48: the body the article describes keeps its "The" in the statement)
    ("market", "The Northern Front, the group that claimed the attacks in Orsa", "Northern Front"),
    # a role named by its owner's possessive speaks ("Berg's spokeswoman")
    ("market", "Berg's spokeswoman said", "Berg's spokeswoman"),
    ("market", "The gunman's brother said", "gunman's brother"),
    # a spokesperson for a body who acts, then says
    ("market", "A spokesperson for the city council welcomed", "city council spokesperson"),
    ("market", "A spokesperson for the city council said", "city council spokesperson"),
    # "according to" after a discourse word, an outlet's "The" kept
    ("market", "According to The Undefeated, the gunman", "The Undefeated"),
    ("market", "According to the ministry, the victims", "ministry"),
]


@pytest.mark.parametrize(("article", "start", "speaker"), EXPECTED)
def test_the_statement_carries_its_speaker(article: str, start: str, speaker: str | None) -> None:
    text = ARTICLES[article]
    claims = extract_offline(parse_text(text.strip(), id=article, title=article)).claims
    found = [c.speaker for c in claims if c.statement.startswith(start)]
    assert found, [c.statement for c in claims]
    assert all(sp == speaker for sp in found), found
