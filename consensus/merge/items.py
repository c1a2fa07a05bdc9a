"""Building blocks of report items: the grounding check (step 1), exact-copy folding
(step 0), claim origins (step 4), content-hash ids, medoid statements, citations,
speakers and hedges of a group.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz, utils

from consensus.merge.clusters import _display
from consensus.merge.features import _Feat
from consensus.merge.lexicon import _DETERMINERS, _SPEECH
from consensus.merge.score import _text_sim_matrix
from consensus.merge.speakers import compatible, full_name
from consensus.merge.voices import told_by_two_pair
from consensus.models import Article, Citation, ClaimKind, ContestedItem, Item, OriginGroup

# token_set_ratio at which a statement holds another's words ("X said: “…”" and "…")
SAME_WORDS = 90


class OriginsLike(Protocol):
    """What merge needs of `consensus.origins.Origins`."""

    @property
    def groups(self) -> tuple[OriginGroup, ...]: ...

    def origin_of(self, article_id: str) -> str: ...

    def origin_of_span(self, article_id: str, start: int, end: int) -> str: ...


def _ground(article: Article, quote: str, start: int, end: int) -> tuple[int, int] | None:
    text = article.text
    if text[start:end] == quote:
        return start, end
    found = text.find(quote)
    if found >= 0:
        return found, found + len(quote)
    try:
        from consensus.grounding import ground_quote
    except ImportError:  # pragma: no cover - grounding ships with the package
        return None
    return ground_quote(text, quote)


def _fold_copies(articles: Iterable[Article], origins: OriginsLike) -> dict[str, str]:
    """Article id -> its representative, for articles whose text another article of the
    same origin repeats exactly (only those: the map is empty without copies). The
    representative is the smallest id."""
    first: dict[tuple[str, str], str] = {}
    rep_of: dict[str, str] = {}
    for a in sorted(articles, key=lambda a: a.id):
        rep = first.setdefault((a.text, origins.origin_of(a.id)), a.id)
        if rep != a.id:
            rep_of[a.id] = rep_of[rep] = rep
    return rep_of


def _claim_origin(origins: OriginsLike, article: str, cites: Sequence[Citation]) -> str:
    own = origins.origin_of(article)
    span_origins = sorted({origins.origin_of_span(article, c.start, c.end) for c in cites})
    if not span_origins or own in span_origins:
        return own
    return span_origins[0]


def _digest(cites: Iterable[Citation], salt: str = "") -> str:
    keys = sorted({f"{c.article}:{c.start}:{c.end}" for c in cites})
    if salt:
        keys.append(salt)
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:10]


def _unique_ids(
    agreed: list[Item], contested: list[ContestedItem], single: list[Item]
) -> tuple[list[Item], list[ContestedItem], list[Item]]:
    """Two items can cite exactly the same spans (two claims drawn from one sentence).
    Every item sharing such an id gets the digest of its citations plus its statement (a
    point: its topic); items that still share one (the same statement: claims differing
    only in kind, speaker, hedges ...) get the digest of their citations plus their whole
    content (the item's JSON without the id); items equal in everything but the id
    (duplicate claims of one article) are then numbered in list order (which one gets
    which number cannot show, as they are equal)."""
    items: list[Item | ContestedItem] = [*agreed, *contested, *single]
    ids = [x.id for x in items]
    if len(set(ids)) == len(ids):
        return agreed, contested, single

    def cites_of(x: Item | ContestedItem) -> list[Citation]:
        if isinstance(x, Item):
            return list(x.citations)
        return [c for p in x.positions for c in p.citations]

    def short(x: Item | ContestedItem) -> str:
        return x.statement if isinstance(x, Item) else x.topic

    for stage in ("short", "content"):
        counts = Counter(ids)
        for k, x in enumerate(items):
            if counts[ids[k]] > 1:
                salt = short(x) if stage == "short" else x.model_dump_json(exclude={"id"})
                ids[k] = x.id[:2] + _digest(cites_of(x), salt)
        if len(set(ids)) == len(ids):
            break
    else:
        seen: Counter[str] = Counter()
        counts = Counter(ids)
        for k, x in enumerate(items):
            if counts[ids[k]] > 1:
                seen[ids[k]] += 1
                content = f"{x.model_dump_json(exclude={'id'})}\n#{seen[ids[k]]}"
                ids[k] = x.id[:2] + _digest(cites_of(x), content)
    fixed = [
        x if x.id == i else x.model_copy(update={"id": i}) for x, i in zip(items, ids, strict=True)
    ]
    n_a, n_c = len(agreed), len(contested)
    return (
        [x for x in fixed[:n_a] if isinstance(x, Item)],
        [x for x in fixed[n_a : n_a + n_c] if isinstance(x, ContestedItem)],
        [x for x in fixed[n_a + n_c :] if isinstance(x, Item)],
    )


# A statement opening with a pronoun leaves the reader asking who or what it is.
# the small words inside an organisation's name ("Institute for Budget Studies")
_NAME_LINKS = frozenset("of for and the on in at to de du la le von van der".split())
_POSSESSIVE = re.compile(r"[’']s$")
_PRONOUN_OPENING = re.compile(r"(?:It|He|She|They|This|These|Those)\b")
# ... and so does one that names what it answers only by pointing back ("Marant rejected
# that charge on Wednesday.", "Police have called that allegation false.")
_POINTS_BACK = re.compile(
    r"\b(?:that|this|these|those)\s+(?:charges?|claims?|allegations?|accusations?|"
    r"suggestions?|reports?|accounts?|assertions?|criticism|view)\b(?!\s+(?:that|of|about)\b)"
)


# ... and so does a clause cut from a sentence, opening in lower case ("up from the 6
# million it cited earlier in the week": a one-sentence update's told clause, `update_sides`)
_CLAUSE_OPENING = re.compile(r"[a-z]")


def _medoid(members: Sequence[_Feat]) -> _Feat:
    """The member most like the others (summed text similarity), one whose statement
    opens with a pronoun or in lower case (a clause), or names what it answers only by
    pointing back, only when every member's does."""
    if len(members) == 1:
        return members[0]
    named = [
        f
        for f in members
        if not _PRONOUN_OPENING.match(f.claim.statement)
        and not _CLAUSE_OPENING.match(f.claim.statement)
        and not _POINTS_BACK.search(f.claim.statement)
    ]
    if named and len(named) < len(members):
        return _medoid(named)
    sample = sorted(members, key=lambda f: (len(f.claim.statement), f.claim.statement, f.pos))
    if len(sample) == 2:
        # Both sums are the one similarity (the scorers are symmetric), so the tie-break
        # decides: the first in sample order.
        return sample[0]
    sample = sample[:40]
    best: tuple[float, int, str, int] | None = None
    chosen = sample[0]
    sims = _text_sim_matrix([f.snorm for f in sample])
    for k, f in enumerate(sample):
        total = sum(sims[k][:k] + sims[k][k + 1 :])  # summed in sample order, as before
        key = (-round(total, 6), len(f.claim.statement), f.claim.statement, f.pos)
        if best is None or key < best:
            best, chosen = key, f
    return chosen


class Medoids:
    """`medoid` (`_medoid`) remembered per member list, for one merge: a list read again
    (the same claims in the same order) gives the member found the first time. Each list
    is held with its medoid, so no member's id is reused while the memo lives."""

    def __init__(self, medoid: Callable[[Sequence[_Feat]], _Feat]) -> None:
        self._medoid = medoid
        self._memo: dict[tuple[int, ...], tuple[tuple[_Feat, ...], _Feat]] = {}

    def __call__(self, members: Sequence[_Feat]) -> _Feat:
        key = tuple(map(id, members))
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = (tuple(members), self._medoid(members))
        return got[1]


def _citations(members: Iterable[_Feat]) -> tuple[Citation, ...]:
    seen: dict[tuple[str, int, int], Citation] = {}
    for f in members:
        for c in f.citations:
            seen.setdefault((c.article, c.start, c.end), c)
    return tuple(seen[k] for k in sorted(seen))


def _as_written(name: str, texts: Iterable[str]) -> str:
    """`name` with each word the claims never write as shown cased as they do write it
    ("Un Security Council" -> "UN Security Council", "Mcdonald" -> "McDonald"); a word they
    write as shown stays ("Russia" beside an emphatic "RUSSIA")."""
    return _Casing(texts).apply(name)


class _Casing:
    """How a group's texts write their words, applied to every name shown. A text is read
    (`_Written`) only when a word asked about stands in it: a group's names are a few words
    of its many statements."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = list(texts)
        self._folded_texts: list[str] | None = None
        self._read: dict[int, _Written] = {}

    def _with(self, word: str) -> Iterator[_Written]:
        """The texts (read, in order) where `word` stands as written."""
        for k, text in enumerate(self.texts):
            if word in text:
                yield self._read.get(k) or self._read.setdefault(k, _Written(text))

    def _with_folded(self, folded: str) -> Iterator[_Written]:
        """The texts (read, in order) where `folded` stands case folded."""
        if self._folded_texts is None:
            self._folded_texts = [t.casefold() for t in self.texts]
        for k, text in enumerate(self._folded_texts):
            if folded in text:
                yield self._read.get(k) or self._read.setdefault(k, _Written(self.texts[k]))

    def _seen(self, word: str) -> bool:
        return any(word in w.seen for w in self._with(word))

    def _inner(self, word: str) -> bool:
        return any(word in w.inner for w in self._with(word))

    def common(self, word: str) -> bool:
        """Whether `word` is no name here: written in lower case, and never capitalised
        inside a sentence ("family", "spokesman"; not "Police" beside "the Police Service")."""
        low = word.lower()
        return (
            word[1:] == word[1:].lower()
            and self._seen(low)
            and not any(self._inner(w) for w in {word, low.capitalize()} if w != low)
        )

    def apply(self, name: str) -> str:
        out = []
        for at, word in enumerate(name.split(" ")):
            out.append("-".join(self._part(p, at > 0) for p in word.split("-")))
        return " ".join(out)

    def _part(self, p: str, inner: bool) -> str:
        if self._seen(p):
            return p
        folded = p.casefold()
        shown = (w.written[folded] for w in self._with_folded(folded) if folded in w.written)
        written = next(shown, None)
        if written is not None:
            return written
        if inner and p.lower() in _NAME_LINKS and self._seen(p.lower()):
            return p.lower()  # "Institute for Budget Studies", "Bank of England"
        owners = (w.owners[folded] for w in self._with_folded(folded) if folded in w.owners)
        owner = next(owners, None)
        if owner is not None and not any(folded in w.folded for w in self._with_folded(folded)):
            # the articles write it only as an owner: "County Coroner's Office"
            return owner if owner[:1].isupper() == p[:1].isupper() else p + owner[len(p) :]
        return p


class _Written:
    """How one text writes its words (`_Casing` reads a group's texts one by one)."""

    __slots__ = ("folded", "inner", "owners", "seen", "written")

    def __init__(self, text: str) -> None:
        self.seen: set[str] = set()
        self.written: dict[str, str] = {}
        self.owners: dict[str, str] = {}  # "coroner" -> "Coroner's" (written only possessive)
        self.folded: set[str] = set()  # every word written, case folded
        self.inner: set[str] = set()  # words written as shown inside a sentence
        opens = True  # the next word opens a sentence (a capital there says nothing)
        for raw in text.replace("-", " ").split():
            word = raw.strip(".,;:!?()[]“”\"'’‘")
            if not opens and raw[:1] not in '“"':  # (a quotation opens a sentence too)
                self.inner.add(word)
            opens = raw.rstrip("”\"'’)]").endswith((".", "!", "?", ":"))
            self.seen.add(word)
            self.folded.add(word.casefold())
            if word[1:] != word[1:].lower():  # "UN", "NATO", "McCain": casing carries meaning
                self.written.setdefault(word.casefold(), word)
            bare = _POSSESSIVE.sub("", word)
            if bare != word:
                self.owners.setdefault(bare.casefold(), word)


def _speaker_names(members: Iterable[_Feat], rep: _Feat | None = None) -> tuple[str, ...]:
    """Who an item or a side is "said by": only speakers that say what it shows.

    A member counts with its own claim's speaker (the extractor's attribution; a subject
    the merger reads as a speaker, "US spy satellites appear …", only links claims). The
    shown statement is `rep`'s (by default the medoid's).

    * It has a speaker (its own, or its subject's: "Brightco shareholders argued …" is
      not Acme's): the members whose speakers are compatible with it (the same
      speaker written otherwise, or one speaking for the other) or who state its very
      words (two outlets crediting one quotation to two people: both are listed); when
      it or a member reports an event fact (`_Feat.reports`: "aid groups said clinics ran
      short"), also the members that state it ("according to Doctors Without Borders,
      clinics ...": `_Feat.event`); and the members of the other polarity (a denial and
      a negation joined as one voice, or with a speaker named by its kind: "Roe said:
      'There is no hostage-taking'" / "police denied rumours of a hostage-taking" are
      said by both: link rule 2).
    * It is an outlet's own voice: the members' speakers, when they agree and
      come from more than half of the item's origins; else (or when the statement says
      who says it, "According to …") only those who state the shown words with a speaker
      added ("Roe said “We take pride …”" beside the bare quotation) or are named in it
      ("the newspaper Morning Ledger claimed …").

    Otherwise the outlets that report it ("reported by") say more than a name would, and
    a wrong name is worse than none ("said by London Fire Brigade: At least five people
    are dead" where the Brigade's quote gave an injury count). Names keep the articles'
    case ("UN Security Council", not the folded key), and a name whose words another
    listed name holds is left out ("Putin" beside "Vladimir Putin").
    """
    members = list(members)
    voiced = [f for f in members if f.speaker and f.claim.speaker]
    if not voiced:
        return ()
    rep = rep or _medoid(members)
    if rep.speaker:  # its own or its subject's ("Brightco shareholders argued …")
        # the same words credited to someone else by another outlet: both are listed (the
        # outlets disagree on who said it, and the item shows that); the shown statement's
        # own subject speaks it too ("The ministry called the figures guesswork" beside
        # its minister's words: both are listed)
        said = [
            f
            for f in voiced
            if compatible(rep.speaker, f.speaker)
            or _holds_words(f, rep)
            or _one_fact(rep, f)
            or f.claim.polarity != rep.claim.polarity
        ]
        said = _with_rep(said, rep)
    else:
        if _names_a_source(rep) or 2 * len({f.origin for f in voiced}) <= len(
            {f.origin for f in members}
        ):
            shown = rep.claim.statement.casefold()
            named = [f for f in voiced if _display(f.speaker).casefold() in shown]
            # ... and whoever speaks for one it names ("Acme denied it" beside Acme's
            # director's words, `compatible`: the articles' own appositives)
            voiced = [
                f
                for f in voiced
                if _holds_words(f, rep)
                or any(f is g for g in named)
                or any(compatible(f.speaker, g.speaker) for g in named)
            ]
        keys = {f.speaker for f in voiced}
        said = voiced if all(compatible(a, b) for a in keys for b in keys) else []
    if not said:
        return ()
    casing = _Casing(t for f in members for t in (f.claim.speaker or "", f.claim.statement) if t)
    names = sorted({_written(f, casing) for f in said})
    return tuple(
        n
        for n in names
        if not any(
            m != n and (_words(n) < _words(m) or (_words(n) == _words(m) and m < n)) for m in names
        )
    )


def _with_rep(said: list[_Feat], rep: _Feat) -> list[_Feat]:
    """The members `said` lists, and the shown one when its speaker is its subject's ("The
    ministry called …": `_Feat.speaker`, read from its opening) and one listed speaks for
    it (`compatible`: its minister); a subject no listed voice speaks for ("The hospital
    disputes …", a verb read into the name) is left to them."""
    if any(f is rep for f in said) or not any(compatible(rep.speaker, f.speaker) for f in said):
        return said
    return [*said, rep]


def _one_fact(rep: _Feat, f: _Feat) -> bool:
    """Two members that state one event fact, one of them from a speaker that reports it
    (`_Feat.reports`), or both in the outlet's words with the same numbers (or none;
    `voices.told_by_two`): both speakers are its sources."""
    if (rep.reports or f.reports) and rep.event and f.event:
        return True
    return told_by_two_pair(rep, f) and _numbers(rep) == _numbers(f)


# the numbers a statement writes ("86%", "1,140", "March 12"): two sources of one fact told
# in the outlet's words give the same ones, or none
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers(f: _Feat) -> frozenset[str]:
    return frozenset(_NUMBER.findall(f.claim.statement))


# speech verbs the merge lexicon leaves out (it links claims; this only reads a statement)
_MORE_SPEECH = frozenset("argue argued argues arguing urged urges denied denies confirmed".split())


def _names_a_source(f: _Feat) -> bool:
    """Whether the statement opens by saying who says it ("Brightco shareholders argued …",
    "According to Reuters, …") though the extractor named no speaker."""
    words = re.findall(r"[^\W\d_]+", f.claim.statement.casefold())[:8]
    return any(w in _SPEECH or w in _MORE_SPEECH for w in words)


def _holds_words(f: _Feat, rep: _Feat) -> bool:
    """Whether f's statement holds the words of rep's, its speaker's name aside ("Roe
    said: “We take pride …”" and "We take pride …"; "Ms Shah added: “…”" and "Mr Vance
    wrote: “…”")."""
    return fuzz.token_set_ratio(_unnamed(f), _unnamed(rep)) >= SAME_WORDS


def _unnamed(f: _Feat) -> str:
    name, text = f.claim.speaker, f.claim.statement
    return utils.default_process(text.replace(name, " ") if name else text)


def _words(name: str) -> set[str]:
    """The words of a shown name, its determiner and accents aside ("her family" is "the
    family"; "Renée Dubois" is "Renee Dubois", one name shown once)."""
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch)
    )
    return set(plain.split()) - _DETERMINERS


def _written(f: _Feat, casing: _Casing) -> str:
    """The member's speaker as the articles write it ("UN Security Council", "Police").

    A speaker that is no name ("family", "police spokesman", "critics": words the texts
    write in lower case inside a sentence, never capitalised there) is shown as its quotes
    write it, with the determiner they put before it: "said by her family", "said by a
    FirstGroup spokesman", "said by the company" (not "Family", "FirstGroup Spokesman"). A
    speaker the quotes do not write as such ("ministry spokesman" read from "a spokesman
    for the ministry") is shown as a name."""
    shown = casing.apply(_display(full_name(f.speaker) if f.speaker else f.speaker))
    words = shown.split(" ")
    common = [casing.common(w) for w in words]
    if common[0]:
        phrase = " ".join(w.lower() if c else w for w, c in zip(words, common, strict=True))
        pattern = _written_pattern(phrase)
        for cite in f.citations:
            found = pattern.search(cite.quote)
            if found:
                return f"{found.group(1).lower()} {phrase}" if found.group(1) else phrase
    # a name keeps its capitals; the common words after its first are lower case, as
    # the texts write them ("FirstGroup spokesman", "Local officials")
    shown = " ".join(
        [words[0], *(w.lower() if c else w for w, c in zip(words[1:], common[1:], strict=True))]
    )
    return shown[:1].upper() + shown[1:]


@lru_cache(maxsize=512)
def _written_pattern(phrase: str) -> re.Pattern[str]:
    """`phrase` as a quote writes it, with the determiner before it (compiled once a phrase:
    `_written` asks it of every group's members)."""
    return re.compile(
        rf"(?<![\w-])(?:({'|'.join(sorted(_DETERMINERS))})\s+)?{re.escape(phrase)}(?![\w-])",
        re.IGNORECASE,
    )


def _hedges(members: Iterable[_Feat]) -> tuple[str, ...]:
    return tuple(sorted({h for f in members for h in f.claim.hedges}))


def _kind(members: Sequence[_Feat], rep: _Feat) -> ClaimKind:
    if len(members) == 1:  # (rep is the one member)
        return rep.claim.kind
    counts = Counter(f.claim.kind for f in members)
    top = max(counts.values())
    if counts[rep.claim.kind] == top:
        return rep.claim.kind
    return sorted(k for k, n in counts.items() if n == top)[0]


def renamed_points(agreed: list[Item], renamed: dict[str, str]) -> list[Item]:
    """The agreed items with the contested points they name (`Item.points` and their rule)
    under the ids `_unique_ids` gave those points (two points citing the same spans)."""
    moved = {old: new for old, new in renamed.items() if old != new}
    if not moved:
        return agreed
    out = []
    for it in agreed:
        if not set(it.points) & moved.keys():
            out.append(it)
            continue
        rule = it.rule
        for old, new in moved.items():
            rule = rule.replace(old, new)
        points = tuple(moved.get(p, p) for p in it.points)
        out.append(it.model_copy(update={"points": points, "rule": rule}))
    return out
