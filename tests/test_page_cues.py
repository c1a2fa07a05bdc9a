"""Page furniture read by converging cues (consensus.page_cues), over an invented corpus.

tests/data/furniture/s33/ holds seven made-up articles (a wire, a broadcaster's live blog, a
local paper, a magazine carrying a press release, a radio sports desk), each line labelled
furniture or news in a sidecar ``.labels.tsv``. Articles 01-04 were written before the
furniture code was read; 05 after the first fix, to see how far the cues carry. Among the
news lines are sentences that look like furniture ("The photographer on board ... was
treated", "Subscribers to the operator's service will be refunded", a quote about a
newsletter) and must stay claims. 06 (a newsletter) was measured as written, then fixed;
07 (a radio bulletin's sign-on and sign-off around news that says "news", session 34) was
written by the lead before its fix, after blind_portblockade's radio bulletin leaked both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.ingest import parse_text
from consensus.models import Article
from consensus.nonclaims import non_claim_spans
from consensus.offline import extract_offline
from consensus.page_cues import page_cue_spans

DATA = Path(__file__).resolve().parent / "data" / "furniture" / "s33"
LABELS = sorted(DATA.glob("*.labels.tsv"))


def _rows(path: Path) -> list[tuple[str, str]]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        kind, _, text = raw.partition("\t")
        assert kind in ("furniture", "news"), raw
        rows.append((kind, text))
    return rows


def leaked_and_lost(article: Article, labels: Path) -> tuple[list[str], list[str]]:
    """The sidecar's furniture lines some claim cites, and its news lines none cites."""
    spans = [(ev.start, ev.end) for c in extract_offline(article).claims for ev in c.evidence]
    leaked, lost, at = [], [], 0
    for kind, text in _rows(labels):
        found = article.text.find(text, at)
        quoted = found >= 0 and any(s < found + len(text) and e > found for s, e in spans)
        if found >= 0:
            at = found + len(text)
        if kind == "furniture" and quoted:
            leaked.append(text)
        elif kind == "news" and not quoted:
            lost.append(text)
    return leaked, lost


def test_the_corpus_is_broad() -> None:
    kinds = [kind for path in LABELS for kind, _ in _rows(path)]
    assert len(LABELS) >= 6
    assert kinds.count("furniture") >= 55 and kinds.count("news") >= 35


@pytest.mark.parametrize("labels", LABELS, ids=[p.name.split(".")[0] for p in LABELS])
def test_each_furniture_line_makes_no_claim_and_each_news_line_does(labels: Path) -> None:
    raw = labels.with_name(labels.name.replace(".labels.tsv", ".txt")).read_text(encoding="utf-8")
    article = parse_text(raw, id=labels.stem)
    assert article.outlet and article.title  # the header is read: the cues use both
    leaked, lost = leaked_and_lost(article, labels)
    assert not leaked, f"furniture that became a claim: {leaked}"
    assert not lost, f"news that made no claim: {lost}"


LEAD = "The county council voted on Tuesday to close the bridge for repairs, its leader said."


def _cue_covers(line: str, *, outlet: str | None = "Vale Courier", before: str = "") -> bool:
    text = f"{LEAD}\n\n{before}{line}\n\nThe work will take six weeks.\n\nBy Ann Vell"
    at = text.index(line)
    spans = page_cue_spans(text, title="Council closes bridge", outlet=outlet)
    return any(s < at + len(line) and e > at for s, e in spans)


@pytest.mark.parametrize(
    "line",
    [
        # an imperative of a reader's act naming the outlet and the medium
        "Follow Vale Courier on every platform for the latest.",
        # the outlet's readers, the outlet's "our", the medium
        "Vale Courier subscribers get our weekly roads briefing.",
        # the page about itself, then the medium, no event word
        "This explainer is free to read.",
        # a page of the print edition
        "Full results and tables on page 12.",
        # a clock time's stops do not end the sentence before its medium word
        "Watch Vale Courier at 6 p.m. for the latest on the bridge.",
        # the news trade, the medium, no event word
        "The regional reporting service is paid for by the public broadcaster.",
        # the reader addressed, a number to text
        "Listeners can text their views to 84321.",
        # the outlet's own publisher named: the page's making, no event word
        "Vale Courier is published by the Dunmere Cooperative Press.",
        # a paid tier of the outlet offered to the reader
        "Join Vale Courier Premium for maps of every county road.",
        # the outlet describing itself (a compound in -ed is no past act)
        "Vale Courier is an independent, reader-funded newspaper.",
        # the outlet as the subject of "is": what the medium is
        "The Vale Courier is a member of the Independent Press Standards Organisation.",
        # the outlet on the platforms of the medium
        "Vale Courier is on Instagram, TikTok and YouTube.",
        # a fronted purpose, then an imperative taking a web address whose words are the page's
        "For more stories like this, visit valecourier.example/bridge.",
    ],
)
def test_converging_cues_find_furniture_in_new_wordings(line: str) -> None:
    assert _cue_covers(line)


@pytest.mark.parametrize(
    "line",
    [
        # a strong cue without the medium: reporting in the outlet's own voice
        "Our correspondent counted nine lorries waiting at the barrier.",
        # the medium without a strong cue
        "The closure was posted on the county website on Monday.",
        # the outlet's programme, but an actor the article names elsewhere
        "That plan was criticised on our programme by Ann Vell.",
        # someone else's subscribers (a number before the noun)
        "Drivers among the 3,000 subscribers to the toll app will get refunds.",
        # it leads into someone's words
        "Watch our report from the bridge. Engineers said the cracks were new.",
        # a count of things is the event's ("This ... found 40 ...")
        "This report was written by the roads office and found 40 cracked bridges.",
        # the readers did something: an event, not what the page offers them
        "Vale Courier readers complained to the press regulator about the coverage.",
        # a body's unquoted statement: "we" and a reader's verb name no medium
        "We have opened our own review, and we will share what we learn.",
        # a noun after the opening verb: not an imperative
        "Sign language interpreters stood beside the leader at the briefing.",
        # something else published, or a premium paid: the event's, no page cue
        "The bridge survey was published by the county on Monday.",
        "Drivers paid a premium for the detour through Dunmere.",
        # another newspaper's act in the story: no page of the outlet's
        "A family-owned newspaper in Dunmere printed the council's bridge plans.",
        # the outlet as the subject of "is", but in the story: its words are the event's
        "Vale Courier is one of three papers suing the council over the bridge closure.",
        # a body of the story on a platform: the medium without a strong cue
        "The county posted the bridge plans on Facebook and YouTube.",
    ],
)
def test_one_cue_or_an_event_actor_is_not_enough(line: str) -> None:
    assert not _cue_covers(line)


def test_the_outlet_name_is_a_cue_only_for_the_articles_own_outlet() -> None:
    line = "Catch Vale Courier tonight on the website."
    assert _cue_covers(line, outlet="Vale Courier")
    # a description in brackets after the outlet's name is no part of the name
    published = "Vale Courier is published by the Dunmere Cooperative Press."
    assert _cue_covers(published, outlet="Vale Courier (news for the county)")
    assert not _cue_covers(published, outlet="Harbour Post (news for the county)")
    assert not _cue_covers("Vale Courier journalists were turned away from the bridge.")


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Ria Holm and Tom Eld reported from Dunmere.", True),
        # the people named are the story's: a claim about them, not a credit
        ("Ann Vell and Tom Eld reported from Dunmere.", False),
        ("About Vale Bridges Ltd: the company maintains 40 bridges in the county.", True),
        # the page's makers: a page-making act, the page itself (or nothing) as subject
        ("Today's bulletin was written by Ria Holm and edited by Tom Eld.", True),
        ("Sponsored by Dunmere Quarries.", True),
        # no page act, or no page as the subject: news
        ("The closure was condemned by Ria Holm.", False),
        ("The letter was written by Ria Holm.", False),
        # a credit's verb, then someone's words: reporting
        ("Singer Ria Holm wrote on Twitter that the bridge was unsafe.", False),
    ],
)
def test_credits_name_people_the_story_never_mentions(line: str, furniture: bool) -> None:
    text = f"{LEAD}\n\nCouncillor Ann Vell chaired the vote.\n\n{line}"
    at = text.index(line)
    spans = page_cue_spans(text, title="Council closes bridge", outlet="Vale Courier")
    assert any(s <= at < e for s, e in spans) is furniture


def test_non_claim_spans_pass_title_and_outlet_to_the_cues() -> None:
    text = f"{LEAD}\n\nThe work will take six weeks.\n\nFollow Vale Courier for the latest."
    at = text.index("Follow")
    assert any(s <= at < e for s, e in non_claim_spans(text, outlet="Vale Courier"))


def _first_line_covered(line: str) -> bool:
    text = f"{line}\n\n{LEAD}\n\nThe work will take six weeks."
    spans = page_cue_spans(text, title="Council closes bridge", outlet="Vale Courier")
    return any(s < len(line) and e > 0 for s, e in spans)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # the page's own label, verbless, naming the event it covers
        ("Live updates on the Dunmere bridge closure.", True),
        ("Full coverage of the county council's bridge vote.", True),
        ("The latest on the bridge repairs in Dunmere.", True),
        # a verb makes it a sentence of the news
        ("Coverage of the bridge vote was cut short by a power failure.", False),
        ("Updates on the repairs will follow from the county engineer.", False),
        ("Reports of cracks in the bridge reached the council in March.", False),
        # a medium noun as the subject, its verb unknown to the verb lists
        ("The story of the bridge spread quickly across the county.", False),
    ],
)
def test_a_pages_own_label_on_its_first_line_is_furniture(line: str, furniture: bool) -> None:
    assert _first_line_covered(line) is furniture


def test_a_label_below_the_first_line_is_left_to_the_other_cues() -> None:
    text = f"{LEAD}\n\nLive updates on the Dunmere bridge closure.\n\nThe work will take weeks."
    at = text.index("Live")
    spans = page_cue_spans(text, title="Council closes bridge", outlet="Vale Courier")
    assert not any(s < at + 10 and e > at for s, e in spans)


def test_a_broadcasts_sign_on_with_its_clock_time_holds_no_word_of_the_event() -> None:
    # "o'clock" is a word of the clock, not an event word "clock" shared with a lede that
    # tells of a clock tower
    line = "This is Vale Radio, the news at six o'clock, read by Ann Vell."
    lede = "The clock tower on the town hall was damaged by the storm, the council said."
    text = f"{line}\n\n{lede}\n\nRepairs will take six weeks."
    spans = page_cue_spans(text, title="Storm damages clock tower", outlet="Vale Radio")
    assert any(s == 0 for s, _ in spans)


def _body(tail: str, middle: str = "") -> str:
    news = [
        "Engineers found three cracks in the main span last month.",
        "The diversion adds about ten minutes to the school run.",
        middle,
        "Traders in the market square said trade had already fallen.",
        "The council will review the closure in the spring.",
        "Repairs are expected to cost about 2 million crowns.",
    ]
    return "\n\n".join([LEAD, *[n for n in news if n], tail])


@pytest.mark.parametrize(
    "line", ["Watch KRT Tonight at 9 p.m.", "Listen to KRT Drive from 4 p.m. on weekdays."]
)
def test_an_imperative_of_the_medium_ends_the_page_as_furniture(line: str) -> None:
    # the verb is the reader's use of the medium ("watch", "listen"): with no medium word
    # after it, the last line of the page is still a call to the reader
    text = _body(line)
    at = text.index(line)
    spans = page_cue_spans(text, title="Council closes bridge", outlet="KRT News")
    assert any(s <= at < e for s, e in spans)


def test_an_imperative_of_the_medium_in_the_body_stays_news() -> None:
    # in the middle of the story the same shape may be advice the story reports
    line = "Follow the river path north to reach the ferry."
    text = _body("The bridge is expected to reopen in May.", middle=line)
    at = text.index(line)
    spans = page_cue_spans(text, title="Council closes bridge", outlet="KRT News")
    assert not any(s <= at < e for s, e in spans)


def test_a_programmes_own_name_in_words_of_the_medium_names_no_actor() -> None:
    # "Evening Report" is the page's programme: that the body says it again does not make
    # it someone the story names; a named person in the same place does
    line = "This is an edited transcript of Vale Radio's Evening Report, broadcast at 6 p.m."
    tail = "You have been listening to the Evening Report."
    text = f"{line}\n\n{LEAD}\n\nThe work will take six weeks.\n\n{tail}"
    title = "Evening Report: council closes bridge (transcript)"
    spans = page_cue_spans(text, title=title, outlet="Vale Radio")
    assert any(s <= 0 < e for s, e in spans)
    named = "This is an edited transcript of Vale Radio's interview with Ann Vell."
    text = f"{named}\n\n{LEAD}\n\nAnn Vell chaired the vote."
    spans = page_cue_spans(text, title=title, outlet="Vale Radio")
    assert not any(s <= 0 < e for s, e in spans)
