"""Pydantic schemas shared by every stage: Article, Evidence, Claim, ClaimSet.

Every model is frozen and forbids extra fields. Field descriptions are written for the
language model as much as for people: the LLM extractor sends this schema as the
contract of its answer, so a description change is a prompt change (record it in
CHANGELOG.md; it changes cache keys and cassettes).

This module must never import litellm/instructor or do I/O.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaMode, JsonSchemaValue
from pydantic_core import CoreSchema

SCHEMA_VERSION = "1"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A half-open character range of an article's cleaned text."""

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    kind: str = Field(
        default="embedded",
        description="What the span is: 'embedded' marks material quoted from another "
        "source (a social-media post, a quoted document), not the outlet's own voice.",
    )
    author: str | None = Field(
        default=None, description="Who wrote the embedded material, when it says so."
    )


class Article(_Frozen):
    """One news article after ingest: cleaned text plus the metadata we could find."""

    id: str = Field(description="Stable id: file stem, record id, or a short content hash.")
    title: str | None = Field(default=None, description="Headline, when the input has one.")
    outlet: str | None = Field(default=None, description="Publisher, when known.")
    published: dt.date | None = Field(default=None, description="Publication date.")
    url: str | None = Field(default=None, description="Canonical URL, when known.")
    text: str = Field(description="Cleaned body text; every evidence offset indexes it.")
    embedded: tuple[Span, ...] = Field(
        default=(), description="Spans of embedded material (posts, quoted documents)."
    )
    language: str | None = Field(default=None, description="Detected language code.")
    warnings: tuple[str, ...] = Field(
        default=(), description="Problems noticed while reading the input."
    )
    source: str | None = Field(default=None, description="Where it was read from.")

    def in_embedded(self, start: int, end: int) -> Span | None:
        """Return the embedded span that contains [start, end), if any."""
        for span in self.embedded:
            if span.start <= start and end <= span.end:
                return span
        return None


class ClaimKind(StrEnum):
    event = "event"
    reported_statement = "reported_statement"
    quantity = "quantity"
    direct_quote = "direct_quote"
    opinion = "opinion"
    denial = "denial"


class Polarity(StrEnum):
    asserts = "asserts"
    denies = "denies"


class Quantity(_Frozen):
    text: str = Field(description="As written, e.g. 'over 86%'.")
    value: float | None = Field(default=None, description="e.g. 86 for '86%'.")
    unit: str | None = Field(
        default=None, description="Singular, lower case: 'percent', 'day', 'sq km'."
    )


class TimeRef(_Frozen):
    text: str = Field(description="As written, e.g. 'Wednesday evening'.")
    date: dt.date | None = Field(
        default=None, description="The one day it names, resolved against publication."
    )


class Evidence(_Frozen):
    quote: str = Field(
        description="A verbatim passage of the article that supports the claim, copied "
        "character for character (at least a few words; no ellipses, no paraphrase)."
    )
    start: int = Field(ge=0, description="Offset of the quote in the article text.")
    end: int = Field(ge=0, description="End offset: article.text[start:end] == quote.")

    @model_validator(mode="after")
    def _span_matches_quote(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError("evidence end - start must equal len(quote)")
        return self


_Statement = Annotated[
    str,
    Field(
        min_length=3,
        description="One self-contained, checkable proposition; pronouns and titles resolved "
        "to names; reported speech keeps its attribution ('Vladimir Putin said ...').",
    ),
]


class ClaimBody(_Frozen):
    """The fields of a claim that do not depend on where its evidence sits."""

    statement: _Statement
    kind: ClaimKind = Field(
        description="direct_quote: quoted words with a speaker; reported_statement: "
        "paraphrased speech; denial: someone rejects a claim; quantity: a figure is the "
        "point; opinion: analysis or prediction; event: anything else."
    )
    subject: str = Field(description="Main actor or topic, as a name.")
    entities: tuple[str, ...] = Field(
        default=(),
        description="Key named people, places and organisations.",
    )
    speaker: str | None = Field(
        default=None,
        description="Who asserts it; null for the outlet's own voice.",
    )
    polarity: Polarity = Field(
        default=Polarity.asserts,
        description="'denies' when the claim says something is not so or is rejected.",
    )
    hedges: tuple[str, ...] = Field(
        default=(),
        description="Hedges as written: 'allegedly', 'without providing evidence'.",
    )
    quantities: tuple[Quantity, ...] = Field(default=())
    time: TimeRef | None = Field(default=None, description="When it happened.")


class Claim(ClaimBody):
    """A typed claim, grounded in one or more verbatim quotes of its article."""

    evidence: tuple[Evidence, ...] = Field(
        min_length=1, description="Verbatim quotes of the article that ground the claim."
    )


class Usage(_Frozen):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            requests=self.requests + other.requests,
            cost_usd=round(self.cost_usd + other.cost_usd, 10),
        )


class ClaimSet(_Frozen):
    """Every claim one extractor found in one article, with what it cost."""

    article: str = Field(description="Article id.")
    extractor: str = Field(description="'offline' or 'llm'.")
    extractor_version: str
    model: str | None = None
    prompt_hash: str | None = None
    usage: Usage = Usage()
    claims: tuple[Claim, ...] = ()
    dropped: int = Field(default=0, description="Claims discarded because a quote failed.")
    warnings: tuple[str, ...] = ()


class ArticleFailure(_Frozen):
    """An article whose extraction failed; the run goes on without it."""

    article: str
    error: str
    kind: str = "error"
    usage: Usage = Field(
        default_factory=lambda: Usage(), description="What the failed attempts cost."
    )

    def line(self) -> str:
        """'<article>: <problem>', the article named once (`error` holds the problem only)."""
        return f"{self.article}: {self.error}"


class ExtractionResult(_Frozen):
    """What one extraction run produced: claim sets, failures and total usage."""

    articles: tuple[Article, ...]
    claim_sets: tuple[ClaimSet, ...]
    failures: tuple[ArticleFailure, ...] = ()
    cached: tuple[str, ...] = Field(
        default=(), description="Ids of articles whose claim sets came from the cache."
    )

    @property
    def usage(self) -> Usage:
        """What the claim sets cost when they were made (cached ones included)."""
        total = Usage()
        for cs in self.claim_sets:
            total = total + cs.usage
        return total

    @property
    def run_usage(self) -> Usage:
        """What this run spent: failed attempts count, cached claim sets cost nothing now."""
        total = Usage()
        for cs in self.claim_sets:
            if cs.article not in self.cached:
                total = total + cs.usage
        for failure in self.failures:
            total = total + failure.usage
        return total


# --- What the LLM returns ------------------------------------------------------------------
# The model cannot count characters, so it gives verbatim quotes and the validator in llm.py
# finds their offsets. A draft becomes a Claim only once every quote is found in the article.


def _compact(node: object) -> object:
    """Drop what a model does not need to read (titles, defaults, class docstrings,
    additionalProperties: extra keys fail validation and are re-asked anyway) and write
    `X | None` as a type list: the schema is sent with every request, paid per article."""
    if isinstance(node, list):
        return [_compact(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: _compact(v)
        for k, v in node.items()
        if k not in ("title", "default", "additionalProperties")  # extra keys fail validation
    }
    if "properties" in out:
        out.pop("description", None)  # a class docstring, written for developers
    options = out.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
        other = next(o for o in options if o != {"type": "null"})
        if isinstance(other, dict) and set(other) == {"type"} and isinstance(other["type"], str):
            del out["anyOf"]
            out["type"] = [other["type"], "null"]
    return out


_WIRE_SCHEMAS: dict[tuple[object, ...], str] = {}


class WireJsonSchema(GenerateJsonSchema):
    """JSON Schema of the LLM answer as the model reads it (see `_compact`)."""

    def generate(self, schema: CoreSchema, mode: JsonSchemaMode = "validation") -> JsonSchemaValue:
        return _compact(super().generate(schema, mode))  # type: ignore[return-value]


class ClaimDraft(ClaimBody):
    """One claim as the language model states it, grounded in verbatim quotes."""

    quotes: tuple[str, ...] = Field(
        min_length=1,
        description="Passages copied character for character from the article.",
    )


class ClaimDrafts(_Frozen):
    """All the checkable claims of one article."""

    @classmethod
    def model_json_schema(  # type: ignore[override]
        cls,
        by_alias: bool = True,
        ref_template: str = "#/$defs/{model}",
        schema_generator: type[GenerateJsonSchema] = WireJsonSchema,
        mode: JsonSchemaMode = "validation",
        **kwargs: object,
    ) -> dict[str, object]:
        # The compact form is the one documented (`consensus schema claims`) and sent.
        args = (by_alias, ref_template, schema_generator, mode)
        if kwargs or args != (True, "#/$defs/{model}", WireJsonSchema, "validation"):
            return super().model_json_schema(*args, **kwargs)  # type: ignore[arg-type]
        # instructor asks for it on every request, on a fresh subclass each time; generating
        # it costs ~8 ms of CPU. Subclasses that keep the name, docstring and fields (the
        # validator subclass in llm.py, instructor's wrappers) have the same schema.
        key = (cls.__name__, cls.__doc__, tuple(cls.model_fields))
        cached = _WIRE_SCHEMAS.get(key)
        if cached is None:
            cached = _WIRE_SCHEMAS[key] = json.dumps(super().model_json_schema(*args))
        return json.loads(cached)  # type: ignore[no-any-return]

    claims: tuple[ClaimDraft, ...] = Field(
        description="Every distinct claim of the article, each grounded in quotes."
    )


# --- The consensus report (merger output) ------------------------------------------------


class Verdict(StrEnum):
    agreed = "agreed"
    contested = "contested"
    single_source = "single_source"


class Citation(_Frozen):
    """A verbatim quote of one article: article.text[start:end] == quote.

    `lead` is for display only: the words of the quote's sentence before it, verbatim and
    contiguous (article.text[start - len(lead):start] == lead), so that an excerpt cut inside
    its sentence ("denied that any fault was reported") is shown with who says it; empty when
    the quote opens its sentence or the sentence starts far before it. What the item cites (and
    every check reads) is start/end/quote alone."""

    article: str
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    lead: str = Field(
        default="",
        description="Display only: the text of the quote's sentence just before the quote, "
        "verbatim (article.text[start - len(lead):start] == lead); empty when none is shown.",
    )


class OriginGroup(_Frozen):
    """Articles that share one origin (copies, syndication), and why we think so."""

    id: str
    articles: tuple[str, ...]
    reasons: tuple[str, ...] = ()


class OutletInfo(_Frozen):
    """What the outlet table (consensus/data/outlets.toml or --outlets) says about an outlet.

    Shown beside the source for the reader; never read by any verdict rule."""

    name: str = Field(description="Display name.")
    owner: str | None = None
    country: str | None = None
    labels: tuple[str, ...] = Field(
        default=(), description="e.g. 'wire service', 'state-funded', 'public broadcaster'."
    )


class ReportArticle(_Frozen):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    origin: str = Field(description="Id of the article's origin group.")
    outlet_info: OutletInfo | None = Field(
        default=None, description="The outlet table's entry for this article, when it has one."
    )


class SaliencePart(_Frozen):
    """One piece of evidence for an item's salience: its value and what it adds."""

    name: str = Field(
        description="origins, lede, title, entities, figure, kind, speaker or background."
    )
    value: float = Field(description="The measured value, from 0 to 1.")
    weight: float = Field(description="Its weight (consensus/data/salience.toml).")
    points: float = Field(description="value x weight: what it adds to the score.")


class Salience(_Frozen):
    """How much an item matters to an editor: a sum of weighted parts (higher first)."""

    score: float
    parts: tuple[SaliencePart, ...] = ()


class Item(_Frozen):
    """One proposition with its verdict: agreed or single-source."""

    id: str = Field(description="Content-derived id, stable across runs and input order.")
    statement: str
    kind: ClaimKind
    speakers: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(description="Article ids that state it.")
    origins: int = Field(ge=0, description="Number of independent origins that state it.")
    rule: str = Field(description="The rule that produced the verdict, in words.")
    hedges: tuple[str, ...] = ()
    features: tuple[str, ...] = Field(
        default=(), description="The alignment features that joined its claims."
    )
    citations: tuple[Citation, ...]
    points: tuple[str, ...] = Field(
        default=(),
        description=(
            "Ids of the contested points this agreed item is also part of: a figure or date "
            "point whose figures its origins give differently, a rebuttal it states, or a "
            "dispute between parties of which it is one party's side (its rule says which)."
        ),
    )
    salience: Salience | None = Field(
        default=None, description="Set after the merge by consensus.summary."
    )


class Timing(StrEnum):
    """Where a side (or a figure) of a contested point stands in time against the others."""

    earlier = "earlier"
    later = "later"


class UpdateBy(StrEnum):
    """Why the sides of a point (or a slot) read as one thing updated over time rather
    than a disagreement of one moment."""

    words = "words"  # a side's own words place its figure ("initially", "still", "rose to")
    rise = "rise"  # the count's figures, ordered by first publication, only rise
    publication = "publication"  # one side was first published after every other


_TIMING = Field(
    default=None,
    description="'earlier' or 'later' when its own words place it against the other sides "
    "(`timing_cue`), or, without such words, 'later' when it was first published after "
    "every other side of a point that may be updated; null when neither.",
)
_TIMING_CUE = Field(
    default="",
    description="The words that place it in time, as written ('initially', 'still', 'rose "
    "to', 'had earlier said'); '' when `timing` comes from publication dates, or is null.",
)
_FIRST = Field(default=None, description="First publication date of its sources.")
_LAST = Field(default=None, description="Last publication date of its sources.")


class Position(_Frozen):
    """One side of a contested point."""

    statement: str
    polarity: Polarity = Polarity.asserts
    speakers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    origins: int = 0
    hedges: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    first_published: dt.date | None = _FIRST
    last_published: dt.date | None = _LAST
    timing: Timing | None = _TIMING
    timing_cue: str = _TIMING_CUE


class DisputedFigure(_Frozen):
    """A figure some sides of a contested point give for one disputed slot."""

    text: str = Field(description="The figure as the sides write it ('at least seven').")
    positions: tuple[int, ...] = Field(
        min_length=1, description="The sides that give it: indexes into `positions` (0 is A)."
    )
    first_published: dt.date | None = _FIRST
    last_published: dt.date | None = _LAST
    timing: Timing | None = _TIMING
    timing_cue: str = _TIMING_CUE


class DisputedSlot(_Frozen):
    """One counted thing the sides of a figure point give different figures for."""

    slot: str = Field(
        description="What the figures count, as written ('killed', 'rescue units'); '' when "
        "no figure of it names what it counts."
    )
    figures: tuple[DisputedFigure, ...] = Field(min_length=2)
    update: UpdateBy | None = Field(
        default=None,
        description="Why its figures read as one count updated over time rather than a "
        "disagreement ('words', 'rise', 'publication': `UpdateBy`); null when nothing says so.",
    )


class ContestedItem(_Frozen):
    id: str
    topic: str
    rule: str
    positions: tuple[Position, ...] = Field(min_length=2)
    slots: tuple[DisputedSlot, ...] = Field(
        default=(),
        description="For a figure point, each disputed slot with the figures the sides give "
        "for it (a point can dispute how many were killed and how many were injured); "
        "empty for a dispute in words.",
    )
    update: UpdateBy | None = Field(
        default=None,
        description="Why the point reads as something updated over time rather than a "
        "disagreement of one moment: 'words' and 'rise' make it likely, 'publication' "
        "possible (`UpdateBy`; for a figure point, its slots' strongest); null when nothing "
        "says so.",
    )
    salience: Salience | None = Field(
        default=None, description="Set after the merge by consensus.summary."
    )

    @model_validator(mode="after")
    def _slots_name_sides(self) -> ContestedItem:
        for slot in self.slots:
            for fig in slot.figures:
                if any(not 0 <= i < len(self.positions) for i in fig.positions):
                    raise ValueError(
                        f"slot {slot.slot!r}: figure {fig.text!r} names a side the point does "
                        f"not have (positions {list(fig.positions)}, {len(self.positions)} sides)"
                    )
        return self


class SummaryLine(_Frozen):
    """One line of the summary an editor reads first; every line is cited."""

    item: str = Field(description="Id of the item (agreed, contested or single-source) it sums up.")
    text: str = Field(description="The line, as prose.")
    sources: tuple[str, ...] = Field(description="Article ids behind the line.")
    citations: tuple[Citation, ...] = Field(min_length=1)


class Summary(_Frozen):
    """The report's first screen: ranked key points, disputes and notable lone claims."""

    key_points: tuple[SummaryLine, ...] = Field(
        default=(), description="The most salient agreed items, best first."
    )
    contested: tuple[SummaryLine, ...] = Field(
        default=(), description="Each contested point in one line, its sides and who holds them."
    )
    notable: tuple[SummaryLine, ...] = Field(
        default=(), description="Salient single-source claims, at most a few per outlet."
    )
    more: dict[str, int] = Field(
        default_factory=dict,
        description="How many items of each verdict the summary leaves to the full report.",
    )


class TimelineEntry(_Frozen):
    """A dated item: when it happened, as written and as a day."""

    date: dt.date
    text: str = Field(description="The time expression as written ('Wednesday evening').")
    resolved: bool = Field(
        description="True when the day was worked out from the article's publication date "
        "(a weekday, 'yesterday', a date without its year), not written in full."
    )
    item: str = Field(description="Id of the item it dates.")
    statement: str
    sources: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = Field(min_length=1)
    other_dates: tuple[dt.date, ...] = Field(
        default=(),
        description="Other days the item's quotes give: an item is listed once, at the day "
        "most of its origins give.",
    )


class Report(_Frozen):
    """The consensus report; `consensus schema` prints its JSON Schema."""

    schema_version: str = SCHEMA_VERSION
    articles: tuple[ReportArticle, ...]
    origins: tuple[OriginGroup, ...] = ()
    agreed: tuple[Item, ...] = ()
    contested: tuple[ContestedItem, ...] = ()
    single_source: tuple[Item, ...] = ()
    coverage: dict[str, object] = Field(
        default_factory=dict,
        description="Outlets x items matrix, per-outlet omissions of agreed items, and "
        "distinctive wording for the same thing.",
    )
    failures: tuple[ArticleFailure, ...] = ()
    warnings: tuple[str, ...] = Field(
        default=(),
        description="Problems noticed while building the report that lost no article: an "
        "input's date that does not parse, a renamed duplicate id, bytes decoded by guess, a "
        "cache that could not be opened, a presentation step left out. One line each, "
        "naming the input; the CLI prints the same lines on stderr. Absent when empty.",
    )
    summary: Summary | None = Field(
        default=None, description="The first screen: key points, disputes, notable claims."
    )
    timeline: tuple[TimelineEntry, ...] = Field(
        default=(), description="Dated items in date order (ties: salience, then id)."
    )
