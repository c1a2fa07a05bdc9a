"""Session 64's shortcuts of the merger give what the plain code they replace gives.

Each keeps `bench/merge_scale.py`'s report byte for byte (bench/README, "Session 64
(speed64)"); these checks compare each with the plain computation:

* `speakers._titled_holders`: a word no title opens on is skipped before the titles of two
  and three words from it are built;
* `clusters._align` reads `voices.told_alone` once per claim for the told-by-two test of
  its join edges (`told_by_two_pair` is it of both claims);
* `items.Medoids`: `verdicts._merge` computes a group's medoid once per member list
  (`_align` reads it for the statement an item shows, the item reads it again).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from consensus.merge.speakers import _capitalised, _is_word_char, _titled_holders

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)

_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _plain_titled_holders(names: Sequence[str], texts: Mapping[str, Sequence[str]]) -> dict:
    """`_titled_holders` as it was before session 64 (every word read as a title's first)."""
    roles_by_title: dict[str, list[str]] = defaultdict(list)
    for role in names:
        if 2 <= len(role.split()) <= 3 and role.replace(" ", "").isalpha():
            roles_by_title[_capitalised(role)].append(role)
    if not roles_by_title:
        return {}
    persons: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p in names:
        if 2 <= len(p.split()) <= 3:
            persons[len(_capitalised(p))][_capitalised(p)].append(p)
    held: dict[str, set[str]] = defaultdict(set)
    for text in sorted({t for ts in texts.values() for t in ts}):
        words = [(m.start(), m.end()) for m in _LETTER_WORD.finditer(text)]
        for i, (start, _) in enumerate(words):
            if start and _is_word_char(text[start - 1]):
                continue
            for j in range(i + 1, min(i + 3, len(words))):
                if text[words[j - 1][1] : words[j][0]] != " ":
                    break
                end = words[j][1]
                title = text[start:end]
                if title not in roles_by_title or text[end : end + 1] != " ":
                    continue
                after = text[end + 1 : end + 60]
                for length, by_form in persons.items():
                    if length > len(after):
                        continue
                    for p in by_form.get(after[:length], ()):
                        if not _is_word_char(after[len(p) : len(p) + 1] or " "):
                            held[title].add(p)
    out: dict[str, str] = {}
    for title, roles in roles_by_title.items():
        for role in roles:
            holders = held.get(title, set()) - {role}
            if len(holders) == 1:
                out[role] = next(iter(holders))
    return out


NAMES = [
    "first minister", "harbour master", "chief fire officer", "vela marr", "ton bex",
    "first", "lora  quen", "minister",
]  # fmt: skip
PIECES = [
    "First", "Minister", "Harbour", "Master", "Chief", "Fire", "Officer", "Vela", "Marr",
    "Ton", "Bex", "Lora", "Quen", " ", " ", " ", "  ", ",", ".", "x", "2", "_", "é", "said",
]  # fmt: skip


@SETTINGS
@given(
    st.lists(st.lists(st.sampled_from(PIECES), max_size=30), min_size=1, max_size=3),
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=6),
)
def test_titled_holders_is_the_plain_reader(texts: list[list[str]], names: list[str]) -> None:
    written = ["".join(t) for t in texts]
    by_name = {n: written for n in dict.fromkeys(names)}
    got = _titled_holders(sorted(by_name), by_name)
    assert got == _plain_titled_holders(sorted(by_name), by_name)


def test_titled_holders_reads_a_title_before_its_holder() -> None:
    texts = ["Harbour Master Vela Marr said the quay would reopen.", "The harbour master spoke."]
    by_name = {n: texts for n in ("harbour master", "vela marr")}
    assert _titled_holders(sorted(by_name), by_name) == {"harbour master": "vela marr"}
    # a title read in the middle of a word is none ("xHarbour Master Vela Marr")
    texts = ["xHarbour Master Vela Marr said so."]
    by_name = {n: texts for n in ("harbour master", "vela marr")}
    assert _titled_holders(sorted(by_name), by_name) == {}


def test_told_alone_is_the_pair_test_of_each_claim() -> None:
    from consensus.merge.features import _build_features
    from consensus.merge.voices import told_alone, told_by_two_pair
    from consensus.models import Claim, ClaimKind, Evidence, Polarity

    statements = [
        ("Crews rescued 14 people by boat, fire chief Ada Lenk said.", "ada lenk"),
        ("Crews rescued 14 people by boat, Mayor Ott Pim said.", "ott pim"),
        ('The talks were "constructive", Ott Pim said.', "ott pim"),
        ("Crews had not rescued anyone, Ada Lenk said.", "ada lenk"),
        ("Crews rescued 14 people by boat.", None),
    ]
    entries = []
    texts = {}
    for k, (s, who) in enumerate(statements):
        art = f"a{k}"
        texts[art] = s
        claim = Claim(
            statement=s,
            kind=ClaimKind.reported_statement if who else ClaimKind.event,
            subject="crews",
            polarity=Polarity.asserts,
            speaker=who,
            evidence=(Evidence(quote=s, start=0, end=len(s)),),
        )
        entries.append((art, 0, claim))
    feats = _build_features(entries, texts)
    for a in feats:
        for b in feats:
            assert told_by_two_pair(a, b) == (told_alone(a) and told_alone(b))
    assert any(told_alone(f) for f in feats)


def test_medoids_reads_each_member_list_once() -> None:
    """`items.Medoids` gives `_medoid`'s member, computed once per member list."""
    from consensus.merge.features import _build_features
    from consensus.merge.items import Medoids, _medoid
    from consensus.models import Claim, ClaimKind, Evidence

    said = [
        "The Varnel ferry ran aground near Ostry on Tuesday.",
        "A Varnel ferry ran aground off Ostry on Tuesday with 40 aboard.",
        "The ferry ran aground near Ostry.",
    ]
    entries = [
        (
            f"a{k}",
            0,
            Claim(
                statement=s,
                kind=ClaimKind.event,
                subject="ferry",
                evidence=(Evidence(quote=s, start=0, end=len(s)),),
            ),
        )
        for k, s in enumerate(said)
    ]
    feats = _build_features(entries, {f"a{k}": s for k, s in enumerate(said)})
    calls: list[int] = []

    def counted(members):  # type: ignore[no-untyped-def]
        calls.append(len(members))
        return _medoid(members)

    medoid = Medoids(counted)
    assert medoid(list(feats)) is _medoid(feats)
    assert medoid(list(feats)) is _medoid(feats)  # (a new list of the same claims)
    assert medoid(feats[:2]) is _medoid(feats[:2])
    assert medoid(feats[::-1]) is _medoid(feats[::-1])  # (another order: read afresh)
    assert calls == [3, 2, 3]
