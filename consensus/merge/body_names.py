"""Which named body "the company", "the club" or "the court" stands for, article by article.

One outlet writes "Acme Systems said ...", another "the company said ...": the bare kind
noun (a `body_kinds` key in data/words.toml) speaks for the one body of that kind its OWN
article names, so the two speakers are one and the facts each reports can join.

A name is of a kind when the batch's text says so (a body's kind does not change from one
outlet to the next), through a word that describes that kind (the kind's `body_kinds`
list; a word ending in "maker" counts as "maker"):

* its appositive: "Acme Systems, the networking chip maker that ...", "Brightbank, a
  Norland lender,";
* the word right before or after it: "Chipmaker Acme announces ...", "the lender
  Brightbank", "Acme shares rose", "shares of Acme" (a company's shares or stock);
* its own name: "the Bank of Norland", "the Supreme Court" (a kind word its head noun).

A name is a candidate only as written capitalised ("Acme Systems", never the "network chip
supplier" an extractor took for a name). The kind noun of a claim then stands for the one
body of that kind among the names of its article's claims (a shorter form of one name is
the same body: "Acme" / "Acme Systems"; the longest is kept). Two bodies of that kind in
the article ("Acme ... rival chipmaker Zeta"), or none: the noun stays what it is. Only
the bodies written before the claim or in it count, since the noun points back to one
("..., the court said. His lawyer will go to the Supreme Court": not the Supreme Court; "...,
the company said. Last year Zeta, a rival firm, was fined": still Acme), and no unnamed
body of that kind may come before its name ("A Norland appeals court upheld ...";
never "an airline manager", where the kind noun qualifies another). Without the article
texts, the claims' quotes are read, and a claim of the article starting before the claim's
end must name the body.
Speakers15's rule (`kind_names`: a longer name ending with the noun, near the claim) goes
first; a noun of both lists ("ministry", "agency") falls back to this one.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from consensus.merge.lexicon import _BODY_KINDS, _STOP
from consensus.models import Claim
from consensus.offline.honorifics import honorific

__all__ = ["BODY_KINDS", "body_names", "kinds_of"]

BODY_KINDS: Mapping[str, frozenset[str]] = _BODY_KINDS
_MINOR = frozenset("of the and for in on at de la le al el du des von van &".split())
# what may follow the head of an appositive ("..., the chip maker that rode", "..., a lender,")
_APPOSITIVE_END = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|whose|who|with|in|of|based|headquartered|from|"
    r"for|behind|best|known)\b)"
)


def _describes(word: str, kind: str) -> bool:
    """`word` (lower case) describes a body of `kind` ("chipmaker" for "company"; a plural
    in a name: "Norland Airlines" is an airline)."""
    words = BODY_KINDS.get(kind, frozenset())
    if word not in words and word.endswith("s") and word[:-1] in words:
        word = word[:-1]
    return word in words or ("maker" in words and word.rstrip("s").endswith("maker"))


def _is_written_name(raw: str) -> bool:
    """A name as an extractor gives it, capitalised word by word ("Acme Systems", "Bank of
    Norland"), without digits."""
    words = raw.split()
    return (
        bool(words)
        and not any(ch.isdigit() for ch in raw)
        and all(w[:1].isupper() for w in words if w.casefold() not in _MINOR)
    )


# the word right before a name ("shares of Acme", "shares in Acme"; never "Bank of
# Norland": Norland's bank), the word right after it ("Acme shares", "Acme's stock") and
# the appositive after it
_BEFORE = re.compile(r"(?:\b(shares|stock)\s+(?:of|in)\s+|([^\W_]+)\s+)$", re.IGNORECASE)
_AFTER = re.compile(r"(?:['’]s)?\s+([^\W_]+)")
_APPOSITION = re.compile(
    r"(?:['’]s)?,\s+(?:a|an|the)\s+(?P<apposition>(?:[\w'’-]+\s+){0,3}[\w'’-]+?)" + _APPOSITIVE_END
)


def _is_name_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def kinds_of(raw: str, norm: str, texts: Sequence[str]) -> set[str]:
    """The `body_kinds` keys the texts (or the name itself) give the written name `raw`
    (normalised `norm`)."""
    described = _head_nouns(norm)
    for text in texts:
        at = text.find(raw)
        while at >= 0:
            end = at + len(raw)
            if (at == 0 or not _is_name_char(text[at - 1])) and (
                end == len(text) or not _is_name_char(text[end])
            ):
                before = _BEFORE.search(text, max(0, at - 40), at)
                if before:
                    described.append((before.group(1) or before.group(2)).casefold())
                following = _AFTER.match(text, end)
                if following:
                    described.append(following.group(1).casefold())
                after = _APPOSITION.match(text, end)
                if after:
                    described.append(after.group("apposition").split()[-1].casefold())
            at = text.find(raw, end)
    return {kind for kind in BODY_KINDS if any(_describes(w, kind) for w in described)}


def _head_nouns(norm: str) -> list[str]:
    """The head noun of a name, the word that says what it is: its last ("Norland
    Airlines", "Supreme Court"), or its first before "of" ("Bank of Norland"); never a word
    inside ("Airlines Needs Training", a headline taken for a name)."""
    words = norm.split()
    heads = words[-1:]
    if len(words) >= 3 and words[1] in ("of", "for"):
        heads.append(words[0])
    return heads


def _same_body(a: str, b: str) -> bool:
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def body_names(
    claims: Sequence[tuple[str, int, Claim]],
    normed: Mapping[str, str],
    texts: Mapping[str, str] | None = None,
    skip: Mapping[tuple[str, int], Mapping[str, str]] | None = None,
) -> dict[tuple[str, int], dict[str, str]]:
    """(article, index) -> {raw kind noun -> the normalised name of the one body of that
    kind its article names} (see the module docstring). `normed` maps every raw name of
    the claims to its normalised form; `texts` the article texts, when known (else the
    claims' quotes are read); `skip` the names another rule already resolved."""
    nouns = {raw for raw, n in normed.items() if _kind_of(n)}
    if not nouns:
        return {}
    # the written names of each article's claims, the articles that name each, and where
    # an article's claims first name each (without the texts: the claims' quotes)
    names_in: dict[str, dict[str, str]] = defaultdict(dict)  # article -> raw -> normalised
    arts_of: dict[str, set[str]] = defaultdict(set)  # raw name -> the articles naming it
    claimed_at: dict[tuple[str, str], int] = {}  # (article, raw) -> first claim start
    quotes: dict[str, list[str]] = defaultdict(list)
    for art, _, c in claims:
        start = min((e.start for e in c.evidence), default=0)
        for raw in (*c.entities, c.speaker or "", c.subject):
            n = normed.get(raw, "")
            if raw and n and n not in BODY_KINDS and _is_written_name(raw):
                names_in[art][raw] = n
                arts_of[raw].add(art)
                key = (art, raw)
                claimed_at[key] = min(claimed_at.get(key, start), start)
        if not texts:
            quotes[art].extend(e.quote for e in c.evidence)
    read = dict(texts) if texts else {art: "\n".join(q) for art, q in quotes.items()}
    kinds_memo: dict[str, set[str]] = {}
    named_at: dict[tuple[str, str], int] = {}  # (article, raw name) -> where it is first written
    first_at: dict[tuple[str, str], int] = {}  # (article, body) -> where any of its names is
    out: dict[tuple[str, int], dict[str, str]] = {}

    def first_named(art: str, body: str) -> int:
        got = first_at.get((art, body))
        if got is None:
            text = texts.get(art) if texts else None
            at = []
            for r, n in names_in[art].items():
                if _same_body(body, n):
                    if (art, r) not in named_at:
                        named_at[(art, r)] = (
                            text.find(r) if text is not None else claimed_at[(art, r)]
                        )
                    at.append(named_at[(art, r)])
            got = first_at[(art, body)] = min((p for p in at if p >= 0), default=1 << 62)
        return got

    for art, idx, c in claims:
        raws = {r for r in (c.speaker or "", c.subject, *c.entities) if r in nouns}
        done = (skip or {}).get((art, idx), {})
        if not raws - set(done) or not c.evidence:
            continue
        start = min(e.start for e in c.evidence)
        end = max(e.end for e in c.evidence)
        text = texts.get(art) if texts else None
        for raw in sorted(raws - set(done)):
            kind = _kind_of(normed[raw]) or ""
            # the bodies of that kind the article names before the claim ends (or in it): a
            # kind noun points back to one, never to a body named only after it ("... the
            # court said. His lawyer will go to the Supreme Court"), and a body named only
            # later makes no second one ("Last year Zeta, a rival firm, was fined" at the end)
            found = set()
            for name_raw, n in names_in.get(art, {}).items():
                if name_raw not in kinds_memo:
                    # a body's kind as any article naming it tells it; a person's name is of
                    # none ("Crane operator Jan Roe" is no company)
                    seen = [read[a] for a in sorted(arts_of[name_raw]) if a in read]
                    kinds = kinds_of(name_raw, n, seen)
                    if kinds and not kinds_of(name_raw, n, ()) and _a_person(name_raw, seen):
                        kinds = set()
                    kinds_memo[name_raw] = kinds
                if kind in kinds_memo[name_raw] and first_named(art, n) < end:
                    found.add(n)
            body = _one_body(found, set(names_in.get(art, {}).values()))
            if body is None and text is not None:
                # the subject that opens the claim's paragraph ("Varne Water denied that.
                # '...,' the company said"), a body no text gives a kind
                opener = paragraph_subject(text, start, names_in.get(art, {}))
                if opener is not None:
                    seen = [read[a] for a in sorted(arts_of[opener[0]]) if a in read]
                    body = _opener_body(opener, found, seen, names_in[art])
            if body is None:
                continue
            first = first_named(art, body)
            # and no unnamed one of that kind before its name ("A Norland appeals court
            # upheld ... the Supreme Court ... the court said"; "Quillbank ... 'The law gives
            # a bank 72 hours' ... the bank said" is Quillbank)
            if text is not None and _unnamed(kind).search(text, 0, min(first, start)):
                continue
            out.setdefault((art, idx), {})[raw] = body
    return out


@lru_cache(maxsize=64)
def _unnamed(kind: str) -> re.Pattern[str]:
    """A body of `kind` the text introduces without a name ("A Norland appeals court"),
    never a named one's appositive or a predicate ("Acme, a company that", "is a firm")."""
    return re.compile(
        r"(?<![,\w])(?<!\bis)(?<!\bwas)(?<!\bas)(?<!\bbe)\s*\b[Aa]n?\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?{re.escape(kind)}(?![\w-])"
        rf"(?!\s+(?:{'|'.join(sorted(_MODIFIED))})\b)"
    )


# nouns a kind noun modifies ("an airline manager", "a company spokesman"): the body stays
# named or unnamed as before, the phrase introduces a person or a thing
_MODIFIED = frozenset(
    """manager managers spokesman spokeswoman spokesperson official officials executive
    executives employee employees worker workers staff pilot pilots crew passenger
    passengers customer customers statement statements source sources boss owner owners
    chief head director president lawyer lawyers record records fee document documents
    filing report""".split()
)


def _one_body(found: set[str], names: set[str]) -> str | None:
    """The longest name of the article for the one body in `found` (its names one another's
    shorter forms), or None when `found` holds none or two bodies."""
    if not found:
        return None
    first = max(found, key=lambda n: (len(n), n))
    if not all(_same_body(first, n) for n in found):
        return None
    return max((n for n in names if _same_body(first, n)), key=lambda n: (len(n), n))


# the titles of a body's voice: "a company spokesman" speaks as the company
_VOICES = frozenset("spokesman spokeswoman spokesperson".split())


def _kind_of(norm: str) -> str | None:
    """The `body_kinds` key a normalised speaker names a body by: the kind noun itself
    ("company") or the kind noun of its voice ("company spokesman"); else None."""
    if norm in BODY_KINDS:
        return norm
    words = norm.split(" ")
    if len(words) == 2 and words[1] in _VOICES and words[0] in BODY_KINDS:
        return words[0]
    return None


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def paragraph_subject(text: str, start: int, names: Mapping[str, str]) -> tuple[str, str] | None:
    """The written name (raw, normalised) that opens the paragraph holding `start` as the
    subject of its first sentence, a verb in lower case after it ("Varne Water denied
    that."; "The Kestria Rail Company said ..."), when the claim at `start` comes after
    that first sentence's start; else None. The longest of `names` written there wins."""
    para = text.rfind("\n", 0, start) + 1
    lead = text[para:start]
    opener = re.match(r"(?:The\s+)?", lead)
    at = para + (opener.end() if opener else 0)
    best: tuple[str, str] | None = None
    for raw, norm in names.items():
        if raw.casefold() in _STOP:
            continue  # "There is also disagreement ...": a function word names no body
        end = at + len(raw)
        if end <= start and text.startswith(raw, at) and _VERB_AFTER.match(text, end):
            if best is None or len(raw) > len(best[0]):
                best = (raw, norm)
    if best is None or _SENTENCE_END.search(text, at, at + len(best[0])):
        return None
    return best


# a verb after the name that opens a paragraph: a lower-case word, no particle
_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|of|in|on|at|for|to|with|from|by|the|a|an)\b)[a-z]+\b")


def _opener_body(
    opener: tuple[str, str], found: set[str], seen: Sequence[str], names: Mapping[str, str]
) -> str | None:
    """The body a kind noun stands for when the (raw, normalised) name `opener` opens its
    paragraph as a subject (`paragraph_subject`): its longest name when the article names
    no body of that kind (`found` is empty) and the texts `seen` give it no kind at all (no
    appositive describes it; no person's name). Two bodies of the kind, one of them the
    opener, stay unresolved: choosing the opener there put a union's account and the
    company's denial on one side of a dispute on the training clusters (session 36)."""
    raw, norm = opener
    if found or kinds_of(raw, norm, seen) or _described(raw, seen) or _a_person(raw, seen):
        return None
    return max((n for n in names.values() if _same_body(norm, n)), key=lambda n: (len(n), n))


def _described(raw: str, texts: Sequence[str]) -> bool:
    """An appositive describes `raw` as some kind of thing ("the Clean River Alliance, a
    campaign group,"): a body described, by no kind noun of the claim's, is of another kind."""
    return any(
        _APPOSITION.match(text, m.end())
        for text in texts
        for m in re.finditer(rf"(?<![\w-]){re.escape(raw)}(?![\w-])", text)
    )


def _a_person(raw: str, texts: Sequence[str]) -> bool:
    """The texts show `raw` (a name of two words or more) is a person's: its last word
    written as a surname is, alone after a word in lower case ("said Roe"; a body is never
    called by the word that ends its name, "Water" or "Construction"; a sentence's first
    word says nothing, nor a word before another capitalised one, "Water Inspectorate") or
    after an honorific ("Dr Holt"), or an age after the name ("Jan Roe, 46,"). Only a name
    of two or three capitalised words is read ("Bank of Norland" never is)."""
    words = raw.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    aged = re.compile(rf"{re.escape(raw)},\s+\d")
    last = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])")
    for text in texts:
        if aged.search(text):
            return True
        for m in last.finditer(text):
            if _NEXT_CAPITAL.match(text, m.end()):
                continue  # the first word of another name ("Construction Workers' Union")
            prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
            if prev is None or prev.group(1)[-1] in ".!?":
                continue  # a sentence's first word: capitalised whatever it is ("Water can")
            if honorific(prev.group(1)) or not prev.group(1)[:1].isupper():
                return True
    return False


_NEXT_CAPITAL = re.compile(r"(?:['’]s?)?\s+[A-Z]")
_PREV_WORD = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
