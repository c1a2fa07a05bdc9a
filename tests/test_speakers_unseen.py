"""Who said each quotation, on invented news text the speaker rules were not written from.

tests/data/speakers/unseen.txt, unseen2.txt and unseen3.txt were written before the speaker
code was read (session 32), in the ways news text introduces and carries over a speaker:
the name after the verb, a role before the name, a pronoun carried across paragraphs, two
speakers answering each other, "she said" after a man spoke, "the mayor said" with no named
holder, a spokesperson for a body, a quotation inside a quotation, a paragraph opening on a
quotation with its speaker a sentence later, a statement read out, a post. Each quotation
is annotated with who said it, or "-" when the text names no one. A claim quoting it may
show a right speaker or none; a wrong speaker is worse than none.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from consensus.ingest import parse_text
from consensus.offline import extract_offline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from speaker_checks import names_one  # noqa: E402

DATA = ROOT / "tests" / "data" / "speakers"
FILES = ("unseen.txt", "unseen2.txt", "unseen3.txt", "unseen4.txt", "unseen5.txt", "unseen6.txt")
# texts of unseen5.txt (session 34, speakers34: six house styles, written before the code
# was read) whose one wrong quotation no rule reads yet: nested reported speech and a
# broadcast transcript's speaker labels (strict: a fix that reads them must drop the mark)
KNOWN_WRONG = {
    "unseen5-trade": "words a reported speaker quotes ('the bidder had told him \"…\"') "
    "go to the one reporting them",
    "unseen5-transcript": "a presenter's 'the college says …' goes to the presenter's label",
    # session 41 (speakers41): unseen6.txt, the same nested shape twice ('X had told
    # investigators that Y once said to him: "…"', 'X said his manager had told him that
    # "…"'), and "the company announced" after the sentence's own named firm stays "company"
    "unseen6-court": "words a reported speaker quotes go to the one reporting them",
    "unseen6-factory": "nested reporting; 'the company' for the sentence's own named firm",
}


@dataclass
class Quotation:
    anchor: str
    names: tuple[str, ...]  # empty: no one may be named


@dataclass
class SpeakerText:
    id: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)


def load(path: Path) -> list[SpeakerText]:
    texts: list[SpeakerText] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("=== "):
            name, _, title = raw[4:].partition(" | ")
            texts.append(SpeakerText(id=f"{path.stem}-{name.strip()}", title=title.strip()))
        elif raw.startswith("@ "):
            anchor, sep, names = raw[2:].partition(" => ")
            assert sep, raw
            accepted = () if names.strip() == "-" else tuple(n.strip() for n in names.split("|"))
            texts[-1].quotations.append(Quotation(anchor.strip(), accepted))
        else:
            texts[-1].paragraphs.append(raw)
    return texts


TEXTS = [t for name in FILES for t in load(DATA / name)]


@dataclass
class Judged:
    right: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # "anchor: shown speaker (accepted)"
    none: list[str] = field(default_factory=list)


def judge(text: SpeakerText) -> Judged:
    """Every claim quoting an annotated quotation, judged by the speaker it shows."""
    article = parse_text("\n\n".join(text.paragraphs), id=text.id, title=text.title)
    claims = extract_offline(article).claims
    out = Judged()
    for q in text.quotations:
        at = article.text.find(q.anchor)
        assert at >= 0, f"anchor not in the cleaned text: {q.anchor}"
        end = at + len(q.anchor)
        shown = [
            c.speaker
            for c in claims
            if any(ev.start < end and ev.end > at for ev in c.evidence)
            if c.speaker
        ]
        bad = [s for s in shown if not any(names_one(s, n) for n in q.names)]
        if bad:
            out.wrong.append(f"{q.anchor}: {bad[0]} ({' | '.join(q.names) or '-'})")
        elif shown:
            out.right.append(q.anchor)
        else:
            out.none.append(q.anchor)
    return out


def test_the_unseen_corpora_are_broad() -> None:
    quotations = [q for t in TEXTS for q in t.quotations]
    assert len(quotations) >= 240
    assert sum(1 for q in quotations if not q.names) >= 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(reason=KNOWN_WRONG[t.id], strict=True))
        if t.id in KNOWN_WRONG
        else t
        for t in TEXTS
    ],
    ids=[t.id for t in TEXTS],
)
def test_no_unseen_quotation_goes_to_the_wrong_speaker(text: SpeakerText) -> None:
    judged = judge(text)
    assert not judged.wrong, judged.wrong


def test_most_unseen_quotations_get_their_speaker() -> None:
    # session 32 (speakers32), the four corpora (188 quotations): 136 right, 8 wrong, 44
    # none on main 9286e81b; 143, 0, 45 after (unseen4.txt, written after the fixes: 35, 0,
    # 11 as written)
    # session 34 (speakers34): unseen5.txt (58 quotations, six house styles) as written:
    # 36 right, 5 wrong, 17 none (3 of the wrong were labels too strict: an unnamed
    # "source" and "the companies" are what the text gives); 39, 2, 17 after the fixes;
    # the other four 143, 0, 45 before and after
    # session 41 (speakers41): unseen6.txt (85 quotations, written before the code was
    # read) as written: 62 right, 3 wrong, 20 none; 66, 3, 16 after the fixes (verbs of
    # saying read only after a closing quotation mark; "the health institute" and
    # "health chiefs" speak)
    judged = [judge(t) for t in TEXTS]
    right = sum(len(j.right) for j in judged)
    wrong = sum(len(j.wrong) for j in judged)
    assert right >= 248 and wrong <= 5


def speakers_of(body: str, anchor: str) -> list[str | None]:
    """The speakers of the claims quoting `anchor` in an invented article."""
    article = parse_text(body, id="probe", title="Probe")
    at = article.text.index(anchor)
    end = at + len(anchor)
    return [
        c.speaker
        for c in extract_offline(article).claims
        if any(ev.start < end and ev.end > at for ev in c.evidence)
    ]


MAN_THEN_SHE = (
    '"We will not give in," said Rosa Lind, a nurse for 20 years.\n\n'
    "On the picket line, organiser Tom Hale said 300 staff had joined the strike. "
    '"The turnout shows the anger," he said.\n\n'
    '"The wards are full every night{tail}," {who} said. "We are exhausted and nobody listens."'
)


@pytest.mark.parametrize("tail", ["", " and the corridors are lined with trolleys"])
@pytest.mark.parametrize(("who", "expected"), [("she", {None}), ("he", {"Tom Hale"})])
def test_a_pronoun_that_does_not_fit_the_last_speaker_takes_no_speaker(
    who: str, expected: set[str | None], tail: str
) -> None:
    # "she said" after a man spoke is someone else: never the man, by carry-over or not,
    # nor the bare quotation after it
    body = MAN_THEN_SHE.format(who=who, tail=tail)
    assert set(speakers_of(body, "The wards are full every night")) <= expected
    assert set(speakers_of(body, "We are exhausted and nobody listens")) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # a new person named after the quotation that opens the paragraph: not the last voice
        ("Those were the first words of Ana Ruiz as she left the boat.", {None}),
        # nobody new: the quotation goes on with the last speaker
        ("The crew handed out blankets.", {"Piet Mol"}),
    ],
)
def test_a_paragraph_opening_on_a_quotation_before_a_new_name(
    after: str, expected: set[str | None]
) -> None:
    body = (
        "A ferry ran aground on Saturday with 200 people on board.\n\n"
        'Passenger Piet Mol said the deck tilted. "People were screaming," he said.\n\n'
        f'"I thought we were going to sink." {after}'
    )
    assert set(speakers_of(body, "I thought we were going to sink")) == expected


def test_a_subject_pronoun_keeps_the_person_the_story_follows() -> None:
    # "She has lived on Mill Lane ... and says": she, not the street, says it
    body = (
        "About 300 homes were flooded on Sunday.\n\n"
        '"The water came up through the floor," said Gwen Pryce, 67.\n\n'
        "She has lived on Mill Lane for forty years and says she has never seen anything "
        "like it."
    )
    assert set(speakers_of(body, "never seen anything like it")) == {"Gwen Pryce"}


@pytest.mark.parametrize(
    ("first", "later", "expected"),
    [
        ("Graham Pell", "Mr Pell", "Graham Pell"),
        ("Lena Marsh", "Dr Marsh", "Lena Marsh"),
        # no full name with that surname: the polite name is all the text gives
        ("Graham Pell", "Mr Voss", "Mr Voss"),
    ],
)
def test_an_honorific_and_surname_is_the_full_name_the_text_gave(
    first: str, later: str, expected: str
) -> None:
    body = (
        f"The firm's chief executive, {first}, said both incidents had been investigated.\n\n"
        f'"We will cooperate fully with any inquiry," {later} said.'
    )
    assert speakers_of(body, "We will cooperate fully") == [expected]


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # one company spoke: "the company" is it, whoever spoke since
        ("", "Velmont"),
        # two companies spoke: "the company" could be either, and stays a company
        ("Rival carmaker Brandor said it had seen no such fault in its own cars.\n\n", "company"),
    ],
)
def test_the_company_is_the_one_named_company_that_spoke(between: str, expected: str) -> None:
    body = (
        "Velmont is recalling 80,000 cars because of a brake fault.\n\n"
        "In a letter to owners, Velmont said a seal may degrade over time.\n\n"
        f"{between}A spokeswoman for the Federal Transport Authority said it was in close "
        "contact with the manufacturer.\n\n"
        '"A recall of this size is manageable," said analyst Oliver Grant.\n\n'
        "The company said it did not expect the recall to affect its profit forecast."
    )
    assert speakers_of(body, "did not expect the recall") == [expected]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("the judge", {"Miriam Okafor"}),
        # a role the text gave nobody stays unattributed, not the last speaker
        ("the usher", {None}),
    ],
)
def test_a_definite_role_is_the_one_person_the_text_gave_it(
    role: str, expected: set[str | None]
) -> None:
    body = (
        "A builder was jailed for three years on Friday.\n\n"
        'Judge Miriam Okafor said he had ignored "repeated warnings".\n\n'
        'Defending, Sarah Whitlock said her client was "genuinely remorseful".\n\n'
        f'"You put profit before the life of a young man," {role} told him.'
    )
    assert set(speakers_of(body, "You put profit before")) == expected


@pytest.mark.parametrize("who", ["Pensioner Radu Ilic", "Radu Ilic"])
def test_a_relative_clause_leaves_the_he_after_it_to_the_one_it_describes(who: str) -> None:
    # the aside ("who waited …") is no new voice: the "he said" after it is still Ilic's,
    # now that an unread "he" no longer falls back on the last speaker
    body = (
        'Officials said the strike had ended. "The backlog will take weeks," said Sabine '
        "Kortmann, who runs the passport office.\n\n"
        f"{who}, who waited four hours for a new passport in Lenvik last month, said he was "
        'relieved. "I just hope they sort out the backlog now," he said.'
    )
    shown = speakers_of(body, "I just hope they sort out the backlog now")
    assert shown and all(s is not None and s.endswith("Radu Ilic") for s in shown)


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        # the text writes the name before "Bank": the bank's short name, whose spokesperson
        ("Carrick Northway Bank", "Carrick Northway spokesperson"),
        # a person's name before no organisation word: the spokesperson stays unqualified
        ("Carrick Northway, 58,", "spokesperson"),
    ],
)
def test_a_name_written_before_an_organisation_word_is_that_body(full: str, expected: str) -> None:
    body = (
        f"{full} was fined £38m on Tuesday for failing to stop money laundering.\n\n"
        "Carrick Northway said it did not comment on individual employees. "
        '"We reject any claim that warnings were ignored," a spokesperson said, adding that '
        "the matter had been reported to the regulator."
    )
    assert set(speakers_of(body, "We reject any claim")) == {expected}
    assert set(speakers_of(body, "the matter had been reported")) <= {expected, None}


@pytest.mark.parametrize("place", ["Los Angeles", "Port Elba"])
def test_a_name_after_a_place_preposition_is_no_new_voice(place: str) -> None:
    # "… has died at her home in Los Angeles, her family said": the place is no stranger
    # speaking, so the "She" after it is still the singer (whose name the statement takes)
    body = (
        f"Lena Marsh, the soul singer whose 1979 hit topped charts around the world, has died "
        f"at her home in {place}, her family said on Sunday. She was 68.\n\n"
        f"The {place} County coroner's office said it was investigating."
    )
    article = parse_text(body, id="probe", title="Probe")
    at = article.text.index("She was 68")
    statements = [
        c.statement
        for c in extract_offline(article).claims
        if any(ev.start <= at < ev.end for ev in c.evidence)
    ]
    assert statements and all(s.startswith("Lena Marsh") for s in statements), statements


def test_a_posts_credit_after_a_quotation_is_no_new_voice() -> None:
    # the name after the dash credits who posted the clip: the quotation stays Crouch's
    body = (
        "Kristen Crouch, visiting from Dallas for a wedding, fled with her friends.\n\n"
        '"I heard two pops and then everyone was running," Crouch told a local station.\n\n'
        "She said she saw dozens of police cars.\n\n"
        '"It is really sad to be marked safe twice in one week." Dallas woman speaks '
        "— Jeff Paul (@jeff_example) July 15, 2016"
    )
    assert set(speakers_of(body, "It is really sad to be marked safe")) == {"Kristen Crouch"}


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        # a company the story named last is no "she"
        ("Varrow Labs", {None}),
        ("Ostrel Pharma", {None}),
        # a person named last is
        ("Greta Varrow", {"Greta Varrow"}),
    ],
)
def test_she_is_never_the_company_the_story_named_last(
    company: str, expected: set[str | None]
) -> None:
    body = (
        "The price of the drug rose fivefold on Monday.\n\n"
        f"The maker's only rival, {company}, left the market two years ago.\n\n"
        'Callers rang in all morning. "It used to cost nine pounds," she said.'
    )
    assert set(speakers_of(body, "It used to cost nine pounds")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name "from" a place or a body before the verb is the speaker
        ("Elsa from Vessin told us her son needs two inhalers a month.", "Elsa"),
        ("Elsa Marn from the Vessin clinic said her son needs two inhalers a month.", "Elsa Marn"),
        # a word that names no one "from" somewhere is no speaker
        ("Reports from Vessin said her son needs two inhalers a month.", None),
    ],
)
def test_a_name_from_a_place_before_the_verb_speaks(sentence: str, expected: str | None) -> None:
    body = (
        "The price of the inhaler rose fivefold on Monday, the maker confirmed in a "
        f"statement.\n\n{sentence}"
    )
    assert speakers_of(body, "her son needs") == [expected]


PAD = "Officials in the capital said on Tuesday that the inquiry would continue for weeks.\n\n"


@pytest.mark.parametrize(
    ("said", "pronoun", "expected"),
    [
        # the mother speaks: the "she" after her is hers, never the son her words named
        ("his mother said", "she", {"mother"}),
        # a "he" cannot be the mother, nor the son who died
        ("his mother said", "he", {None}),
        # a name speaks: as before, the "she" is hers
        ("Rosa Lind said", "she", {"Rosa Lind"}),
    ],
)
def test_a_speaker_described_by_a_gendered_noun_is_who_the_pronoun_after_is(
    said: str, pronoun: str, expected: set[str | None]
) -> None:
    body = (
        f'{PAD}Karl Lind was killed in the crash, {said}. "Nobody has apologised," {pronoun} added.'
    )
    assert set(speakers_of(body, "Nobody has apologised")) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # the bride speaks to the paper: her "she said" is never the paper's, nor the
        # spokeswoman's named before her
        ("The bride, who grew up in Kessby,", {None}),
        ("The bride", {None}),
        # a name in apposition: the description is hers
        ("Elena Varga, the bride,", {"Elena Varga"}),
    ],
)
def test_the_she_after_a_described_speaker_is_not_the_last_named_woman(
    subject: str, expected: set[str | None]
) -> None:
    body = (
        f"{PAD}Elena Varga and Tomas Reddick married at a hotel on Saturday.\n\n"
        "A hospital spokeswoman, Mia Roe, said ten patients were stable.\n\n"
        f"{subject} told the Gazette that the real number was far higher. "
        '"We have heard from well over 90 people," she said.'
    )
    # the paper is the outlet itself ("told the Gazette": the Kessby Gazette)
    article = parse_text(body, id="probe", title="Probe", outlet="Kessby Gazette")
    at = article.text.index("We have heard from well over 90")
    shown = {
        c.speaker
        for c in extract_offline(article).claims
        if any(ev.start <= at < ev.end for ev in c.evidence)
    }
    assert shown == expected


def test_a_reported_clause_opening_on_that_keeps_one_that() -> None:
    # "…, but that the bidder had told him …": the statement given the speaker before it
    # reads "Lauk said that the bidder …", never "said that that"
    body = (
        f"{PAD}Lauk said a rival bidder had approached him last year, but that the bidder had "
        'told him "we only want the trucks, not the people".'
    )
    article = parse_text(body, id="probe", title="Probe")
    statements = [c.statement for c in extract_offline(article).claims]
    assert any("said that the bidder had told him" in s for s in statements), statements
    assert not any("that that" in s for s in statements), statements
