"""Speed changes of session 18 that must not change an answer: each is checked against the
plain code it replaced, on random input."""

from __future__ import annotations

import random
import re
from sys import intern

from consensus.merge.claim_words import _READ, _word_parts
from consensus.merge.items import _NAME_LINKS, _Casing
from consensus.merge.lexicon import _STOP
from consensus.merge.slots import _stem

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"[’']s$")


class _PlainCasing(_Casing):
    """`items._Casing` as it read every text at once (before session 18)."""

    def __init__(self, texts: list[str]) -> None:  # (reads every text itself)
        self.seen: set[str] = set()
        self.written: dict[str, str] = {}
        self.owners: dict[str, str] = {}
        self.folded: set[str] = set()
        self.inner: set[str] = set()
        for text in texts:
            opens = True
            for raw in text.replace("-", " ").split():
                word = raw.strip(".,;:!?()[]“”\"'’‘")
                if not opens and raw[:1] not in '“"':
                    self.inner.add(word)
                opens = raw.rstrip("”\"'’)]").endswith((".", "!", "?", ":"))
                self.seen.add(word)
                self.folded.add(word.casefold())
                if word[1:] != word[1:].lower():
                    self.written.setdefault(word.casefold(), word)
                bare = _POSSESSIVE.sub("", word)
                if bare != word:
                    self.owners.setdefault(bare.casefold(), word)

    def common(self, word: str) -> bool:
        low = word.lower()
        return (
            word[1:] == word[1:].lower()
            and low in self.seen
            and not any(w in self.inner for w in {word, low.capitalize()} if w != low)
        )

    def _part(self, p: str, inner: bool) -> str:  # (`apply` is `_Casing`'s, word by word)
        if p in self.seen:
            return p
        if p.casefold() in self.written:
            return self.written[p.casefold()]
        if inner and p.lower() in self.seen and p.lower() in _NAME_LINKS:
            return p.lower()
        owner = self.owners.get(p.casefold())
        if owner is not None and p.casefold() not in self.folded:
            return owner if owner[:1].isupper() == p[:1].isupper() else p + owner[len(p) :]
        return p


_STEMS = ["police", "un", "mcdonald", "coroner", "family", "bank", "of", "england", "straße"]
_STEMS += ["nato", "spokesman", "the", "for", "ministry", "σοφία", "ΣΟΦΟΣ", "istanbul"]


def _spelling(rnd: random.Random, stem: str) -> str:
    form = rnd.choice([stem, stem.upper(), stem.capitalize(), stem[:2].upper() + stem[2:]])
    return form + rnd.choice(["", "", "'s", "’s", ".", ",", ":", "-led", ")"])


def _text(rnd: random.Random) -> str:
    words = [_spelling(rnd, rnd.choice(_STEMS)) for _ in range(rnd.randint(0, 12))]
    return rnd.choice(["", "“", "("]) + " ".join(words)


def test_casing_reads_texts_only_when_asked_and_answers_as_before() -> None:
    rnd = random.Random(18)
    for _ in range(3000):
        texts = [_text(rnd) for _ in range(rnd.randint(0, 6))]
        lazy, plain = _Casing(texts), _PlainCasing(texts)
        for _ in range(4):
            name = " ".join(
                _spelling(rnd, rnd.choice(_STEMS)).strip(".,:)") for _ in range(rnd.randint(1, 3))
            )
            assert lazy.apply(name) == plain.apply(name), (texts, name)
            for word in name.split(" "):
                assert lazy.common(word) == plain.common(word), (texts, word)


def test_casing_reads_no_text_without_the_word() -> None:
    casing = _Casing(["Police said the bank closed.", "A NATO spokesman said so."])
    assert casing.apply("Nato") == "NATO"
    assert sorted(casing._read) == [1]  # (the first text holds no "nato")


def _plain_word_parts(text: str) -> tuple[list[str], frozenset[str], list[str]]:
    words = _WORD.findall(text)
    low = [intern(w.casefold()) for w in words]
    content = [(w, c) for w, c in zip(words, low, strict=True) if len(w) > 2 and c not in _STOP]
    return low, frozenset(_stem(w) for w, _ in content), sorted({c for _, c in content})


def test_word_parts_read_each_word_once_and_answer_as_before() -> None:
    rnd = random.Random(7)
    for _ in range(2000):
        text = _text(rnd) + " " + " ".join(rnd.choice(["It", "was", "Roe's", "ab", "AND"]))
        assert _word_parts(text) == _plain_word_parts(text)
    low, _, _ = _word_parts("It: Police said")
    assert low[1] is intern("police")
    assert _READ["Police"] == ("police", _stem("Police"))
    assert _READ["It"] == ("it", None)  # (two letters: no content word)


def test_compatibility_is_compatible_with_the_index_looked_up_once() -> None:
    from consensus.merge.speakers import Speakers, compatibility, compatible, speakers_in_scope

    names = ["vladimir putin", "putin", "kremlin", "jane roe", "roe", None, "kestria"]
    texts = {"vladimir putin": ["Russian President Vladimir Putin said so."], "roe": ["Roe said."]}
    plain = compatibility()
    assert plain("putin", "jane roe") is False and plain("putin", None) is True
    with speakers_in_scope(Speakers(texts)):
        now = compatibility()
        pairs = [(a, b) for a in names for b in names]
        assert [now(a, b) for a, b in pairs] == [compatible(a, b) for a, b in pairs]
        assert now("vladimir putin", "putin") is True
    assert compatibility()("vladimir putin", "putin") is False  # (no index in scope)


def test_a_year_named_holds_19_or_20() -> None:
    """`periods._IN_YEAR` is searched only in texts that write "19" or "20": every match
    holds one (a year 19xx or 20xx), whatever the case of the words around it."""
    from consensus.merge.periods import _IN_YEAR

    rnd = random.Random(5)
    parts = ["in", "IN", "During", "throughout", " ", ", ", "when", "1987", "2031", "1899"]
    parts += ["2100", "19", "20", "-4", "/9", "x", "Ⅻ", "٢٠١٩"]
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(parts) + rnd.choice(["", " "]) for _ in range(rnd.randint(1, 9)))
        if _IN_YEAR.search(text):
            found += 1
            assert "19" in text or "20" in text, text
    assert found > 100  # (the texts do name years)


def test_a_relative_period_names_its_unit() -> None:
    """`periods._RELATIVE` is searched only in texts that write "week", "month" or "year" in
    any case (a Kelvin sign for the k too: the pattern ignores case as Unicode does)."""
    from consensus.merge.periods import _RELATIVE

    rnd = random.Random(6)
    parts = ["this", "THIS", "Last", "late last", "earlier this", " ", "  ", "\t", "week"]
    parts += ["WEEK", "wee\u212a", "Month", "years", "year", "ſ", "x"]
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(parts) + rnd.choice(["", " "]) for _ in range(rnd.randint(1, 6)))
        if _RELATIVE.search(text):
            found += 1
            low = text.lower()
            assert "week" in low or "month" in low or "year" in low, text
    assert found > 100
