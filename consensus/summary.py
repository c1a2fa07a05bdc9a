"""Report + articles -> the same Report with salience, a one-screen summary and a timeline.

Runs after the merge (api.build_report); it never changes a verdict, an item or a citation,
it only adds the optional fields `Item.salience`, `ContestedItem.salience`, `Report.summary`
and `Report.timeline`. PURE: no I/O beyond reading its own weight table once, no clock, no
randomness, no litellm.

Salience is a sum of named parts, each a value in 0..1 times a weight from
`consensus/data/salience.toml` (the parts and their weights are in the JSON, so a reader
sees why an item ranks where it does):

  origins     independent origins that state it / the most any item has
  lede        1 - (offset of its earliest citation / its article's length)
  title       share of its content words that appear in the articles' titles
  entities    how often its names recur in the other items (relative to the most recurrent)
  figure      1 when the statement carries a figure or a date
  kind        from the [kind] table: events and quantities above quotes and opinion
  speaker     1 when a speaker is named, or the outlet itself reports an event or figure
  background  subtracted: explanatory or non-checkable sentences (definitions, asides in
              parentheses, questions, first/second person in the outlet's own voice)

Order everywhere: score descending, then item id ascending.

Summary: the best agreed items (key points), each contested point in one line with its
sides and who holds them, and single-source claims only when salient, a few per outlet and
a few in all, so that the summary fits one screen whatever the number of articles. Every
line carries the citations it rests on (one per reporting article).

Timeline: the items whose claims carry a resolved date (`Claim.time.date`), one entry per
item, at the day most of its origins give (the other days its quotes give are kept beside
it), in date order (ties: salience, then id). A day after publication (a schedule) and a day
the item's own words rule out ("in August 2024") are not its date. `resolved` is true when
the time expression does not spell out a year: the day was worked out from publication.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from consensus.merge.clock import clock_times
from consensus.merge.figures import SCALES, Figure, figures
from consensus.merge.measure_points import MEASURE_NAMES
from consensus.merge.written_figures import bound_start, count_state, in_line
from consensus.models import (
    Article,
    Citation,
    ClaimKind,
    ClaimSet,
    ContestedItem,
    DisputedFigure,
    DisputedSlot,
    Item,
    Report,
    ReportArticle,
    Salience,
    SaliencePart,
    Summary,
    SummaryLine,
    Timing,
    UpdateBy,
)
from consensus.summary_background import standing_description
from consensus.summary_timeline import timeline

__all__ = [
    "Weights",
    "add_summary",
    "article_labels",
    "contested_line",
    "figure_when",
    "load_weights",
    "shorten",
    "side_when",
    "slot_label",
    "source_name",
    "update_note",
]

PARTS = ("origins", "lede", "title", "entities", "figure", "kind", "speaker", "background")


@dataclass(frozen=True)
class Weights:
    """The salience weights and summary limits of `consensus/data/salience.toml`."""

    weights: Mapping[str, float]
    kind: Mapping[str, float]
    limits: Mapping[str, float]

    def limit(self, name: str) -> int:
        return int(self.limits[name])


@functools.cache
def load_weights() -> Weights:
    raw = tomllib.loads(
        resources.files("consensus").joinpath("data/salience.toml").read_text(encoding="utf-8")
    )
    return Weights(
        weights={k: float(raw["weights"][k]) for k in PARTS},
        kind={k: float(v) for k, v in raw["kind"].items()},
        limits={k: float(v) for k, v in raw["summary"].items()},
    )


# --- Text features -------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP = frozenset(
    """a about after again against all also an and any are as at be because been before being
    between both but by can could did do does during each few for from further had has have
    having he her here hers him his how i if in into is it its just more most no nor not now of
    off on once only or other our out over own said same says she should so some such than that
    the their them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your told according
    after new one two three four five six seven eight nine ten""".split()
)
_FIGURE = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
    r"dozens|hundreds|thousands|millions|billions)\b"
)
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
_BACKGROUND = re.compile(
    r"\b(?:as the name (?:suggests|implies|infers)|is the opposite of|refers to|"
    r"is defined as|is a term for|for example|for instance|in other words|is known as|"
    r"generally speaking|by definition)\b",
    re.IGNORECASE,
)
_PERSONAL = re.compile(r"\b(?:we|us|our|you|your|I|me|my)\b", re.IGNORECASE)
# a short statement of who or where someone is, as an age or a base ("Jane Roe is 34.",
# "Lumatek is based in Oslo."): a description beside the news, never its lead
_NAME_WORD = r"[A-Z][\w'’.&-]*\s+"
_DESCRIPTION = re.compile(
    rf"(?!The\s)(?:(?:{_NAME_WORD}){{2,4}}is \d{{1,3}}"  # an age: a name of two words or more
    rf"|(?:{_NAME_WORD}){{1,4}}is based in [^,;:]{{1,40}})\.?"
)
_YEAR = re.compile(r"\b\d{4}\b")


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def _content_words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


def _names(text: str) -> set[str]:
    """Capitalised words that are not sentence starters or stop words: a cheap entity set."""
    out = set()
    for m in _WORD.finditer(text):
        word = m.group()
        if not word[0].isupper() or word.lower() in _STOP or len(word) < 3:
            continue
        out.add(_stem(word))
    return out


def is_background(statement: str, speakers: Sequence[str], kind: ClaimKind) -> bool:
    """Explanatory or non-checkable: a definition, an aside in parentheses, a question, a
    short statement of someone's age or base, a standing description unquoted (a tenure, a
    founding, a headcount: `summary_background`), or first/second person in the outlet's
    own voice (not inside a quotation)."""
    text = " ".join(statement.split())
    if text.startswith("(") and text.rstrip(".").endswith(")"):
        return True
    if text.endswith("?"):
        return True
    if _BACKGROUND.search(text) or _DESCRIPTION.fullmatch(text):
        return True
    if not _QUOTE_MARK.search(text) and standing_description(text):
        return True  # "Sorrel has led the country since 2014": beside the news
    own_voice = not speakers and kind not in (ClaimKind.direct_quote,)
    return own_voice and not _QUOTE_MARK.search(text) and bool(_PERSONAL.search(text))


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"


# --- Salience --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    """What salience reads of an item or a contested point."""

    id: str
    text: str
    kind: ClaimKind
    speakers: tuple[str, ...]
    origins: int
    citations: tuple[Citation, ...]


def _units(report: Report) -> list[_Unit]:
    units = [
        _Unit(it.id, it.statement, it.kind, it.speakers, it.origins, it.citations)
        for it in (*report.agreed, *report.single_source)
    ]
    for c in report.contested:
        units.append(
            _Unit(
                c.id,
                " ".join([c.topic, *(p.statement for p in c.positions)]),
                ClaimKind.event,
                tuple(dict.fromkeys(s for p in c.positions for s in p.speakers)),
                sum(p.origins for p in c.positions),
                tuple(q for p in c.positions for q in p.citations),
            )
        )
    return units


class _Scorer:
    def __init__(self, units: Sequence[_Unit], articles: Sequence[Article], w: Weights) -> None:
        self.w = w
        self.length = {a.id: max(1, len(a.text)) for a in articles}
        self.title_words: set[str] = set()
        for a in articles:
            self.title_words |= _content_words(a.title or "")
        # the most origins an item has (a contested point's unit sums its sides, which may
        # count one origin twice: it is capped at 1 below, not the scale)
        self.max_origins = max([u.origins for u in units if not u.id.startswith("c-")] + [1])
        self.names = {u.id: _names(u.text) for u in units}
        self.df: Counter[str] = Counter()
        for names in self.names.values():
            self.df.update(names)
        self.max_df = max([n - 1 for n in self.df.values()] + [1])

    def score(self, u: _Unit) -> Salience:
        w = self.w
        firsts = [c.start / self.length.get(c.article, max(1, c.end)) for c in u.citations]
        lede = 1.0 - min(1.0, min(firsts, default=1.0))
        words = _content_words(u.text)
        title = len(words & self.title_words) / min(len(words), 6) if words else 0.0
        names = self.names[u.id]
        recur = max((self.df[n] - 1 for n in names), default=0)
        named = bool(u.speakers) or (u.kind in (ClaimKind.event, ClaimKind.quantity))
        values = {
            "origins": min(1.0, u.origins / self.max_origins),
            "lede": lede,
            "title": min(1.0, title),
            "entities": min(1.0, recur / self.max_df),
            "figure": 1.0 if _FIGURE.search(u.text) or figures(u.text) else 0.0,
            "kind": w.kind.get(u.kind.value, 0.5),
            "speaker": 1.0 if named else 0.0,
            "background": 1.0 if is_background(u.text, u.speakers, u.kind) else 0.0,
        }
        parts = []
        for name in PARTS:
            sign = -1.0 if name == "background" else 1.0
            value = round(values[name], 4)
            parts.append(
                SaliencePart(
                    name=name,
                    value=value,
                    weight=w.weights[name],
                    points=round(sign * value * w.weights[name], 4),
                )
            )
        return Salience(score=round(sum(p.points for p in parts), 4), parts=tuple(parts))


def _rank_key(score: float, item_id: str) -> tuple[float, str]:
    return (-score, item_id)


# --- Summary lines ---------------------------------------------------------------------------


def article_labels(ids: Sequence[str]) -> dict[str, str]:
    """Short labels for article ids: the part before the first "_" ("001" for
    "001_cdb68502ee157b74") when those parts are unique, else the full ids."""
    heads = [i.split("_", 1)[0] for i in ids]
    if all(heads) and len(set(heads)) == len(heads):
        return dict(zip(ids, heads, strict=True))
    return {i: i for i in ids}


def source_name(article: ReportArticle, label: str) -> str:
    """What a summary line calls an article's source: the outlet table's name, else the
    article's outlet, else its title (quoted, shortened), else its short label."""
    if article.outlet_info is not None:
        return article.outlet_info.name
    if article.outlet:
        return article.outlet
    if article.title and article.title.strip():
        return f"“{shorten(article.title, _TITLE_CHARS)}”"
    return label


_TITLE_CHARS = 36


class _Names:
    """Source names for article ids (`source_name`)."""

    def __init__(self, report: Report) -> None:
        self.outlet: dict[str, str] = {}
        labels = article_labels([a.id for a in report.articles])
        for a in report.articles:
            self.outlet[a.id] = source_name(a, labels[a.id])
        self.order = {a.id: i for i, a in enumerate(report.articles)}
        self.published = {a.id: a.published for a in report.articles}

    def ordered(self, ids: Iterable[str]) -> list[str]:
        return sorted(set(ids), key=lambda a: (self.order.get(a, len(self.order)), a))

    def outlets(self, ids: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(self.outlet.get(a, a) for a in self.ordered(ids)))


def _one_per_article(citations: Sequence[Citation], names: _Names) -> tuple[Citation, ...]:
    first: dict[str, Citation] = {}
    for c in sorted(citations, key=lambda c: (c.article, c.start, c.end)):
        first.setdefault(c.article, c)
    return tuple(first[a] for a in names.ordered(first))


def _restates(words: set[str], others: Sequence[set[str]], share: float) -> bool:
    """Whether at least `share` of `words` are in one of `others`."""
    return bool(words) and any(len(words & o) >= share * len(words) for o in others)


def _first(values: Sequence[str], cap: int) -> str:
    return ", ".join(values[:cap]) + (f" +{len(values) - cap}" if len(values) > cap else "")


def _holders(speakers: Sequence[str], sources: Sequence[str], names: _Names, note: str = "") -> str:
    """'City prosecutor, Mayor +1; Outlet A, Outlet B +2': who says it; who reports it;
    and a note on when (`_when`: "later", "earlier")."""
    said = _first(list(dict.fromkeys(speakers)), 2)
    outlets = _first(names.outlets(sources), 2)
    return "; ".join(x for x in (said, outlets, note) if x)


def _timing_note(timing: Timing | None, cue: str) -> str:
    """'earlier, "initially"', 'later, "rose to"', 'later' (by publication): when a side or
    a figure stands against the others, as its point's fields say."""
    if timing is None:
        return ""
    return f'{timing.value}, "{cue}"' if cue and cue != timing.value else timing.value


def _when(c: ContestedItem, names: _Names) -> dict[int, str]:
    """Notes on a point's sides by when (`Position.timing`, `timing_cue`): 'earlier,
    "initially"', 'later' ..."""
    del names  # the point's sides carry their own timing
    return {
        i: note for i, p in enumerate(c.positions) if (note := _timing_note(p.timing, p.timing_cue))
    }


def side_when(c: ContestedItem, i: int) -> str:
    """When side `i` of a point was given: its publication days when the sides were first
    published on different days, and its timing ('14 Jul-5 Aug; later')."""
    p = c.positions[i]
    firsts = {q.first_published for q in c.positions}
    days = "" if len(firsts) < 2 else _day_span(p.first_published, p.last_published)
    return "; ".join(x for x in (days, _timing_note(p.timing, p.timing_cue)) if x)


def _note(notes: dict[int, str], sides: Iterable[int]) -> str:
    return next((notes[i] for i in sides if i in notes), "")


def _day_span(lo: dt.date | None, hi: dt.date | None) -> str:
    """'14 Jul', '14-15 Jul', '30 Jun-2 Jul', '30 Dec 2016-2 Jan 2017'; '' without dates."""
    if lo is None or hi is None:
        return ""
    if lo == hi:
        return f"{lo.day} {lo:%b}"
    if lo.year != hi.year:
        return f"{lo.day} {lo:%b %Y}-{hi.day} {hi:%b %Y}"
    if lo.month != hi.month:
        return f"{lo.day} {lo:%b}-{hi.day} {hi:%b}"
    return f"{lo.day}-{hi.day} {hi:%b}"


# What a point's (or a slot's) `update` says, after its figures or sides.
_UPDATE_NOTE = {
    UpdateBy.words: "likely an update",
    UpdateBy.rise: "figures rose over time: likely updates",
    UpdateBy.publication: "possibly an update",
}


def update_note(update: UpdateBy | None) -> str:
    """' — likely an update' (what a point's or a slot's `update` says); '' for none."""
    return f" — {_UPDATE_NOTE[update]}" if update is not None else ""


def figure_when(slot: DisputedSlot, fig: DisputedFigure, days: bool = True) -> str:
    """When a slot's figure was given: its publication days when the slot's figures were
    first published on different days, or read as an update and printed over different
    days (else the days tell nothing), and its timing ('14-15 Jul; later, "now"')."""
    spans = {(f.first_published, f.last_published) for f in slot.figures}
    firsts = {lo for lo, _ in spans}
    shown = days and (len(firsts) > 1 or (slot.update is not None and len(spans) > 1))
    told = _day_span(fig.first_published, fig.last_published) if shown else ""
    # a cue the figure's own text shows ("five initially trapped") is not said twice
    cue = "" if fig.timing_cue.casefold() in fig.text.casefold() else fig.timing_cue
    return "; ".join(x for x in (told, _timing_note(fig.timing, cue)) if x)


# A topic of a few words is already a label ("Death toll"), not a sentence.
_LABEL_WORDS = 5
# Sides a dispute line shows: figures are short, clauses ("five people are dead") longer.
_FIGURE_SIDES = 4
_CLAUSE_SIDES = 3


@dataclass(frozen=True)
class _Side:
    """The figure a contested side holds against the others, as written, and its slot."""

    value: str  # "at least 84"
    clause: str  # "at least seven people were killed": on to its nearest slot word
    slot: tuple[str, ...]
    key: tuple[float, str, str]  # value, unit, bound: sides with one key share an entry


_SLOT_AHEAD = 6  # words after a figure searched for its slot word


def _value_text(statement: str, f: Figure) -> tuple[str, str]:
    """('at least 84', 'at least 84 people were killed'): the figure with the bound written
    before it and its counted noun; and the same run on to its nearest slot word ahead."""
    start, end = bound_start(statement, f), f.start + len(f.text)
    if f.noun:
        words = f"{f.noun} {f.head}".split() if f.head and f.head != f.noun else [f.noun]
        m = re.match(r"\s+" + r"\s+".join(map(re.escape, words)) + r"\b", statement[end:])
        if m is not None:
            end += m.end()
    value = " ".join(statement[start:end].split())
    clause = value
    ahead = re.match(rf"(?:\s+[\w’'-]+){{1,{_SLOT_AHEAD}}}", statement[end:])
    if ahead is not None and f.slot:
        words = ahead.group().split()
        for k, word in enumerate(words):
            if word.lower().startswith(f.slot[0]):
                if count_state(word):  # "were killed", "are dead": what the figure counts
                    clause = " ".join([value, *words[: k + 1]])
                break
    return in_line(value, f), in_line(clause, f)


def _sides(c: ContestedItem) -> list[_Side] | None:
    """For each side, a figure some other side does not hold, the one sharing most slot words
    with the others' such figures; None when some side has none (a dispute in words)."""
    figs = [figures(p.statement) for p in c.positions]

    def key(f: Figure) -> tuple[float, str]:
        return (f.value, f.unit)

    keys = [{key(f) for f in fs} for fs in figs]
    disputed = [
        [f for f in fs if any(key(f) not in keys[j] for j in range(len(figs)) if j != i)]
        for i, fs in enumerate(figs)
    ]
    if not all(disputed):
        return None
    out = []
    for i, fs in enumerate(disputed):
        rest = {w for j, gs in enumerate(disputed) if j != i for g in gs for w in g.slot[:3]}
        best = max(fs, key=lambda f: (len(set(f.slot[:3]) & rest), -f.start))
        value, clause = _value_text(c.positions[i].statement, best)
        out.append(_Side(value, clause, best.slot, (best.value, best.unit, best.bound)))
    return out


def _full_word(stem: str, statements: Sequence[str]) -> str:
    """A slot word as the statements write it: the stem itself, else its shortest completion."""
    found = {
        m.group().lower()
        for text in statements
        for m in re.finditer(rf"\b{re.escape(stem)}[a-z]*", text, re.IGNORECASE)
    }
    return min(found, key=lambda w: (len(w), w)) if found else stem


def _what(c: ContestedItem, sides: Sequence[_Side]) -> str | None:
    """What the sides dispute: a topic that is already a label ("Death toll"), else the
    counted thing most sides' figures are next to ("How many killed", "Critical condition");
    None when the sides count different things."""
    topic = " ".join(c.topic.split()).rstrip(" .:;,")
    if len(topic.split()) <= _LABEL_WORDS:
        return topic
    counts = Counter(w for side in sides for w in set(side.slot[:2]))
    shared = {w for w, n in counts.items() if 2 * n > len(sides)}
    if not shared:
        return None
    statements = [p.statement for p in c.positions]
    first = next(side.slot[:2] for side in sides if shared & set(side.slot[:2]))
    words = [_full_word(w, statements) for w in first if w in shared]
    if words[0].endswith("ed") and count_state(words[0]):  # killed, injured, trapped, died
        return "How many " + words[0]
    phrase = " ".join(words)
    if len(words) > 1 and not any(phrase in t.lower() for t in statements):
        return None  # two shared words read as a phrase only where written together
    if len(words) == 1:
        # one word beside the figures that is no participle ("fell", "share", "fire") may
        # be a verb or a word the figures do not count: no label ("Fell: $235.77 vs 1.5
        # percent" read as nonsense)
        return None
    return phrase[:1].upper() + phrase[1:]


def _counts(side: _Side, word: str) -> bool:
    return any(word.startswith(w) for w in side.slot[:2])


# A figure point's line shows at most this many slots, and figures per slot.
_SLOTS_SHOWN = 2
_SLOT_FIGURES = (_FIGURE_SIDES, 3)  # ... for one slot; for each of two
_MONEY_OR_SHARE = re.compile(r"[$€£¥%]|\bper ?cent\b|\bpercent\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")  # "88th": named by its noun ("Minute")


def slot_label(slot: DisputedSlot) -> str:
    """What a disputed slot counts, as a label: 'How many killed', 'How many rescue units';
    an amount or a share is named by what it is the amount of ('Offer'); 'Figures' when
    the slot names nothing (`DisputedSlot.slot`)."""
    return _slot_label(slot) or "Figures"


def _slot_label(slot: DisputedSlot) -> str:
    if not slot.slot:
        return ""
    if slot.slot in SCALES or slot.slot == "term" or slot.slot.split()[-1] in MEASURE_NAMES:
        # (a measure is named by what it measures: "Crane weight", "Speed")
        return slot.slot[:1].upper() + slot.slot[1:]
    if any(_MONEY_OR_SHARE.search(f.text) or _ORDINAL.search(f.text) for f in slot.figures):
        return slot.slot[:1].upper() + slot.slot[1:]
    return "How many " + slot.slot


_DENIAL_CHARS = 80  # a denying side's statement in a slot line, cut at a word boundary


# A slot line longer than this many line lengths drops its figures' days (their timing stays).
_DAYS_LINES = 3


def _slot_line(c: ContestedItem, names: _Names, chars: int = 0) -> str | None:
    """`_slot_line_of` with each figure's days, unless that runs past `_DAYS_LINES` lines of
    `chars`: then without them (two slots of three figures each, with days, ran to 503
    characters)."""
    line = _slot_line_of(c, names, days=True)
    if line is not None and chars and len(line) > _DAYS_LINES * chars:
        return _slot_line_of(c, names, days=False)
    return line


def _slot_line_of(c: ContestedItem, names: _Names, days: bool, bare: bool = False) -> str | None:
    """A figure point slot by slot, one clause per counted thing: 'How many killed: at least
    seven (...) vs at least five (...); how many injured: more than 50 (...) vs at least 40
    (...)', so figures of different things are never read as alternatives. The slots with
    most origins first, up to `_SLOTS_SHOWN`, each with up to `_SLOT_FIGURES` figures (most
    origins first); the sides no clause shows are counted. None when the point has no slot,
    or no shown slot names what it counts (the line then shows the sides' statements); a
    slot naming nothing beside named ones reads 'Figures'. `bare`: without who holds what
    and without the count of unshown sides (a heading: `disputed_question`)."""
    slots = c.slots[:_SLOTS_SHOWN]
    labels = [_slot_label(slot) for slot in slots]
    if not any(labels) or (len(slots) == 1 and not all(labels)):
        return None
    # a slot that names nothing beside named ones is still a slot of its own figures
    labels = [label or "Figures" for label in labels]
    clauses: list[str] = []
    seen: set[int] = set()
    for n, (slot, label) in enumerate(zip(slots, labels, strict=True)):
        parts = []
        for fig in slot.figures[: _SLOT_FIGURES[len(slots) > 1]]:
            sides = [c.positions[i] for i in fig.positions if i < len(c.positions)]
            seen.update(fig.positions)
            speakers = [s for p in sides for s in p.speakers]
            sources = [a for p in sides for a in p.sources]
            who = _holders(speakers, sources, names, figure_when(slot, fig, days))
            parts.append(fig.text if bare else f"{fig.text} ({who})")
        head = label if n == 0 else label[:1].lower() + label[1:]
        note = "" if bare else update_note(slot.update)
        clauses.append(f"{head}: " + " vs ".join(parts) + note)
    # a side that denies is never left to the count: the line says who denies what
    for i, p in enumerate(c.positions):
        if i not in seen and p.polarity.value == "denies":
            seen.add(i)
            said = shorten(p.statement, _DENIAL_CHARS).rstrip(".")
            who = "" if bare else f" ({_holders(p.speakers, p.sources, names)})"
            clauses.append(f"denied: {said}{who}")
    unseen = len(c.positions) - len(seen & set(range(len(c.positions))))
    rest = f" (+{unseen} more side{'s' if unseen > 1 else ''})" if unseen > 0 and not bare else ""
    return "; ".join(clauses) + rest


_TIMES_CLASH = re.compile(r"conflicting times for one event \((?P<a>[^()]+?) vs (?P<b>[^()]+?)\)")


def _time_line(c: ContestedItem, names: _Names, bare: bool = False) -> str | None:
    """A point of clock times alone, time by time: 'When: around 11pm (...) vs around
    11:30pm (...)'. Each side shows the one time of the point's conflicts it prints; None
    when the point has figures too, or a side prints none or several of them."""
    if c.slots:
        return None
    clashed = {
        t.strip().casefold() for m in _TIMES_CLASH.finditer(c.rule) for t in m.group("a", "b")
    }
    if not clashed:
        return None
    by_time: dict[str, list[int]] = {}
    for i, p in enumerate(c.positions):
        held = [t for t in clock_times(p.statement) if t.text.casefold() in clashed]
        if len({t.minutes for t in held}) != 1:
            return None
        shown = ("around " if held[0].rough else "") + held[0].text
        by_time.setdefault(shown, []).append(i)
    if len(by_time) < 2:
        return None
    return "When: " + _grouped(c, by_time, names, bare)


def _grouped(
    c: ContestedItem, groups: dict[str, list[int]], names: _Names, bare: bool = False
) -> str:
    """'<shown> (<holders>) vs <shown> (<holders>)', the groups of sides in the order of
    their first side, with the point's update note; `bare`: the shown values alone."""
    parts = []
    notes = _when(c, names)
    for shown, idx in sorted(groups.items(), key=lambda kv: kv[1][0]):
        speakers = [s for i in idx for s in c.positions[i].speakers]
        sources = [a for i in idx for a in c.positions[i].sources]
        parts.append(
            shown if bare else f"{shown} ({_holders(speakers, sources, names, _note(notes, idx))})"
        )
    return " vs ".join(parts) + ("" if bare else update_note(c.update))


_ACCOUNTS_CLASH = re.compile(
    r"two sides' accounts of what one act (?P<slot>hit|was done with) "
    r"\((?P<a>[^()]+?) vs (?P<b>[^()]+?)\)"
)
_ACCOUNT_HEADS = {"hit": "What it hit", "was done with": "What it was done with"}


def _account_line(c: ContestedItem, names: _Names, bare: bool = False) -> str | None:
    """A point of two accounts of one act, account by account: 'What it was done with: car
    (...) vs truck (...)': the accounts the rule gives, each side under the one whose head
    word its statement names (the shortest wording of a head: "school" beside "primary
    school"). None when a side names no account or two, or the point has figures too."""
    found = list(_ACCOUNTS_CLASH.finditer(c.rule))
    if not found or c.slots or len({m.group("slot") for m in found}) != 1:
        return None
    told: dict[str, str] = {}  # head word -> its shortest wording
    for m in found:
        for t in m.group("a", "b"):
            head = t.split()[-1]
            told[head] = min(told.get(head, t), t, key=len)
    by_told: dict[str, list[int]] = {}
    for i, p in enumerate(c.positions):
        held = [h for h in told if re.search(rf"\b{re.escape(h)}(?:s|es)?\b", p.statement, re.I)]
        if len(held) != 1:
            return None
        by_told.setdefault(told[held[0]], []).append(i)
    if len(by_told) < 2:
        return None
    return f"{_ACCOUNT_HEADS[found[0].group('slot')]}: " + _grouped(c, by_told, names, bare)


def _contested_line(c: ContestedItem, names: _Names, chars: int) -> str:
    """`_contested_line_of` for the summary (a line with who holds what is never None)."""
    return _contested_line_of(c, names, chars) or c.topic


def _contested_line_of(
    c: ContestedItem, names: _Names, chars: int, bare: bool = False
) -> str | None:
    """'What: X (who) vs Y (who)'. When every side holds a figure some other side does not,
    the line shows those figures as written ("at least 84"), up to four sides, after what
    they count ("How many killed"), or each run on to its own slot word when the sides count
    different things ("Figures: at least seven people were killed (...) vs more than 50 people
    have been injured (...)"); sides with the same figure share one entry. A point with
    `slots` reads one clause per slot (`_slot_line`). Otherwise, or when nothing says what
    the figures count (no label, no clause: "Fell: $235.77 vs 1.5 percent" said nothing),
    the two sides with most origins (ties in report order), each cut at a word boundary to
    half the line, a denial marked, and the others counted. `bare` (`disputed_question`):
    without who holds what, and None for a line of the sides' statements."""
    if bare:
        by_slot = _slot_line_of(c, names, False, bare) or _time_line(c, names, bare)
        by_slot = by_slot or _account_line(c, names, bare)
    else:
        by_slot = _slot_line(c, names, chars) or _time_line(c, names) or _account_line(c, names)
    if by_slot is not None:
        return by_slot
    order = sorted(range(len(c.positions)), key=lambda i: (-c.positions[i].origins, i))
    notes = _when(c, names)
    sides = _sides(c)
    if sides is not None and _what(c, sides) is None:
        if c.slots or all(side.clause == side.value for side in sides):
            sides = None  # nothing says what the figures count: the statements say it
    if sides is not None:
        shown = sorted(order[:_FIGURE_SIDES])
        what = _what(c, [sides[i] for i in shown])
        if what is None:  # clauses are longer: fewer of them
            shown = sorted(order[:_CLAUSE_SIDES])
        head = what or "Figures"
        # the head counts one thing: a side counting another shows its clause
        topic_label = len(c.topic.split()) <= _LABEL_WORDS
        word = None if topic_label else (what.split()[-1].lower() if what else "")
        by_key: dict[tuple[float, str, str], list[int]] = {}
        for i in shown:
            by_key.setdefault(sides[i].key, []).append(i)
        parts = []
        for idx in by_key.values():
            side = sides[idx[0]]
            # a side counting what the head names shows its figure; another, its clause
            value = side.value if word is None or _counts(side, word) else side.clause
            speakers = [s for i in idx for s in c.positions[i].speakers]
            sources = [a for i in idx for a in c.positions[i].sources]
            who = _holders(speakers, sources, names, _note(notes, idx))
            parts.append(value if bare else f"{value} ({who})")
    elif bare:
        return None
    else:
        shown = sorted(order[:2])
        per_side = max(50, chars // 2)
        parts = []
        for i in shown:
            p = c.positions[i]
            said = shorten(p.statement, per_side).rstrip(".")
            if p.polarity.value == "denies":
                said = "denied: " + said
            parts.append(f"{said} ({_holders(p.speakers, p.sources, names, _note(notes, [i]))})")
        head = "Disputed"
    more = len(c.positions) - len(shown)
    if bare:
        return f"{head}: " + " vs ".join(parts)
    rest = f" (+{more} more side{'s' if more > 1 else ''})" if more else ""
    return f"{head}: " + " vs ".join(parts) + rest + update_note(c.update)


def disputed_question(c: ContestedItem, report: Report) -> str | None:
    """What a point disputes, as its summary line reads it without who holds what ("How many
    killed: at least seven vs at least five", "When: around 11pm vs around 11:30pm", "What it
    was done with: car vs truck"); None for a point of sides' statements."""
    return _contested_line_of(c, _Names(report), 0, bare=True)


def contested_line(c: ContestedItem, report: Report, weights: Weights | None = None) -> str:
    """A contested point of `report` in one line, as the report's summary reads it ("How many
    killed: at least seven (...) vs at least five (...); how many trapped: ..."): the line
    `report.summary` holds for the point, else the same kind of line built from the point
    (a report without a summary, or a point the summary left out)."""
    if report.summary is not None:
        for line in report.summary.contested:
            if line.item == c.id:
                return line.text
    w = weights or load_weights()
    return _contested_line(c, _Names(report), w.limit("line_chars"))


def _disputed_figures(c: ContestedItem) -> list[tuple[tuple[float, str], frozenset[str]]]:
    """The figures the sides of a contested point hold against each other, each with the
    slot words it counts."""
    sides = _sides(c)
    if sides is None:
        return []
    return [((side.key[0], side.key[1]), frozenset(side.slot[:2])) for side in sides]


def _figure_disputed(
    statement: str, held: Sequence[tuple[tuple[float, str], frozenset[str]]]
) -> bool:
    """Whether a statement states a figure a summary dispute holds for the same slot ("at
    least 60 people were killed" beside "How many killed: at least 84 vs at least 60"), or
    counts the very thing disputed in words ("a truck killed dozens")."""
    slots = {w for _k, words in held for w in words}
    for f in figures(statement):
        mine = set(f.slot[:2])
        if any((f.value, f.unit) == k and mine & words for k, words in held):
            return True
        if f.vague and mine & slots:
            return True
    if _VAGUE_COUNT.search(statement):  # "a truck killed dozens": no figure to read
        counted = Counter(w for _k, words in held for w in words)
        shared = {w[:8] for w, n in counted.items() if n > 1}  # what two sides count
        return bool(shared & {_stem(w)[:8] for w in _WORD.findall(statement.lower())})
    return False


_VAGUE_COUNT = re.compile(r"\b(?:dozens|scores|hundreds|thousands)\b", re.IGNORECASE)


def _summary(report: Report, w: Weights, names: _Names) -> Summary:
    chars = w.limit("line_chars")

    def score(x: Item | ContestedItem) -> float:
        return x.salience.score if x.salience else 0.0

    contested = sorted(report.contested, key=lambda c: _rank_key(score(c), c.id))
    disputes = []
    held: list[tuple[tuple[float, str], frozenset[str]]] = []  # disputed figures, slot words
    shown_points: list[ContestedItem] = []
    for c in contested[: w.limit("contested")]:
        cites = tuple(q for p in c.positions for q in p.citations)
        if not cites:
            continue
        shown_points.append(c)
        disputes.append(
            SummaryLine(
                item=c.id,
                text=_contested_line(c, names, chars),
                sources=tuple(names.ordered(s for p in c.positions for s in p.sources)),
                citations=_one_per_article(cites, names),
            )
        )
        held += _disputed_figures(c)
    agreed = sorted(report.agreed, key=lambda it: _rank_key(score(it), it.id))
    # a side of a dispute shown above that is also agreed (the outlets agree on what a party
    # says) is not shown twice
    in_disputes = {
        (q.article, q.start, q.end) for c in shown_points for p in c.positions for q in p.citations
    }
    chosen = [
        it
        for it in agreed
        if it.citations
        and not _figure_disputed(it.statement, held)
        and not all((q.article, q.start, q.end) in in_disputes for q in it.citations)
    ][: w.limit("key_points")]
    key = [
        SummaryLine(
            item=it.id,
            text=shorten(it.statement, chars),
            sources=tuple(names.ordered(it.sources)),
            citations=_one_per_article(it.citations, names),
        )
        for it in chosen
    ]
    per_outlet: Counter[str] = Counter()
    notable: list[SummaryLine] = []
    shown = [_content_words(it.statement) for it in chosen]
    for it in sorted(report.single_source, key=lambda it: _rank_key(score(it), it.id)):
        if len(notable) >= w.limit("notable_total") or score(it) < w.limits["notable_min_score"]:
            break
        outlet = ", ".join(names.outlets(it.sources))
        if per_outlet[outlet] >= w.limit("notable_per_outlet") or not it.citations:
            continue
        if _restates(_content_words(it.statement), shown, w.limits["notable_overlap"]):
            continue  # one outlet's wording of a key point is not news of its own
        per_outlet[outlet] += 1
        notable.append(
            SummaryLine(
                item=it.id,
                text=shorten(it.statement, chars),
                sources=tuple(names.ordered(it.sources)),
                citations=_one_per_article(it.citations, names),
            )
        )
    more = {
        "agreed": len(report.agreed) - len(key),
        "contested": len(report.contested) - len(disputes),
        "single_source": len(report.single_source) - len(notable),
    }
    return Summary(
        key_points=tuple(key), contested=tuple(disputes), notable=tuple(notable), more=more
    )


# --- Entry point -----------------------------------------------------------------------------


def add_summary(
    report: Report,
    articles: Sequence[Article],
    claim_sets: Sequence[ClaimSet] = (),
    weights: Weights | None = None,
) -> Report:
    """`report` with salience on every item, `summary` and `timeline` filled in."""
    w = weights or load_weights()
    scorer = _Scorer(_units(report), articles, w)
    by_id = {u.id: scorer.score(u) for u in _units(report)}
    scored = report.model_copy(
        update={
            "agreed": tuple(
                it.model_copy(update={"salience": by_id[it.id]}) for it in report.agreed
            ),
            "single_source": tuple(
                it.model_copy(update={"salience": by_id[it.id]}) for it in report.single_source
            ),
            "contested": tuple(
                c.model_copy(update={"salience": by_id[c.id]}) for c in report.contested
            ),
        }
    )
    names = _Names(scored)
    return scored.model_copy(
        update={
            "summary": _summary(scored, w, names),
            "timeline": timeline(scored, claim_sets, {a.id: a.published for a in articles}),
        }
    )
