"""Citations an editor can check: a clause cited whole, not in pieces.

A claim whose sentence holds an aside is cited without it: "Norvell Foods, which also owns
bakeries, on Monday raised its offer ..." gives the claim "Norvell Foods on Monday raised its offer
..." and two evidence spans, "Norvell Foods" and "on Monday raised its offer ...". A predicate
whose subject the statement carries ("Tamsin Dairy, which ..., said it would review the offer.")
can be cited from its verb. The merger reads those spans as they are (what a claim says, where it
sits); the reader cannot check a bare subject and a bare predicate printed as two quotes, nor
a predicate without the subject its statement names. So, last, every citation list of the
report (items, sides, summary lines, timeline entries):

* shows a predicate whose item states its subject and it from the subject's start in the same
  sentence (`headed_citation`);
* shows a quote that still opens inside its sentence on a lowercase word ("said he had
  relied ...", "denied that any fault ...") from the sentence's start when a short lead
  (the subject, an aside, a reporting verb) comes before it, so that the excerpt names who
  says it (`sentence_citation`, session 59);
* shows two citations of one article that an aside alone parts, in one sentence, or that
  overlap, as ONE citation from the first's start to the second's end (`joined_citations`);
* gives every citation still opening inside its sentence the text before it in that sentence
  as its `lead` ("The board said" before "denied that any fault ..."), verbatim and
  contiguous, for display only: the renderers show it before the quote, the scorer and the
  merger read the span alone (`led_citation`, session 59).

Every citation stays verbatim (article.text[start:end]); the items' ids and statements stay
as merged. Pure and deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from consensus.models import Article, Citation, Report
from consensus.offline.sentences import dateline_end
from consensus.sentence_starts import SENTENCE_END, sentence_start

# what opens and closes an aside: a comma, a bracket or a dash ("X, who ..., said";
# "X (a ...) said"; "X — who ... — said")
_OPENS = ",(—–-"
_CLOSES = ",)—–-"
_MAX_ASIDE = 240  # characters: a longer gap is no aside of one clause
# a sentence ends inside the gap: a full stop, question or exclamation mark before a
# capital or a quote mark, or a line break
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s+[\"“‘']?[A-Z0-9]|\n")


def aside_between(text: str, end: int, start: int) -> bool:
    """Whether text[end:start] is an aside of one sentence: set off by commas, brackets or
    dashes, shorter than `_MAX_ASIDE` characters, with no sentence end in it and any quotation
    in it whole."""
    if not 0 <= end < start or start - end > _MAX_ASIDE:
        return False
    gap = text[end:start].strip()
    if len(gap) < 2 or gap[0] not in _OPENS or gap[-1] not in _CLOSES:
        return False
    # a quotation may stand in the aside whole ("which heads the “Open Rivers”
    # panel"), not open or close there
    balanced = gap.count('"') % 2 == 0 and gap.count("“") == gap.count("”")
    return balanced and _SENTENCE_END.search(gap) is None


def joined_citations(cites: Sequence[Citation], texts: Mapping[str, str]) -> tuple[Citation, ...]:
    """`cites` with each run of citations of one article parted only by asides, or
    overlapping, shown as one citation (at the place of the run's first), in the order given;
    the rest as they are."""
    if len(cites) < 2:
        return tuple(cites)
    out: list[Citation] = []
    for c in cites:
        text = texts.get(c.article)
        joined = False
        if text is not None:
            for k, kept in enumerate(out):
                if kept.article != c.article:
                    continue
                if kept.start < c.end and c.start < kept.end:
                    lo, hi = min(kept.start, c.start), max(kept.end, c.end)
                elif aside_between(text, kept.end, c.start):
                    lo, hi = kept.start, c.end
                elif aside_between(text, c.end, kept.start):
                    lo, hi = c.start, kept.end
                else:
                    continue
                out[k] = Citation(article=c.article, quote=text[lo:hi], start=lo, end=hi)
                joined = True
                break
        if not joined:
            out.append(c)
    # a citation the joined span now holds whole is shown once, in the joined one
    return tuple(
        c
        for i, c in enumerate(out)
        if not any(
            j != i and o.article == c.article and o.start <= c.start and c.end <= o.end and o != c
            for j, o in enumerate(out)
        )
        and c not in out[:i]
    )


_MAX_LEAD_WORDS = 8  # a subject longer than this is not looked for
_MAX_LEAD_REACH = 300  # characters before the citation searched for its subject
_CLOSING = " .!?\"”’'"


def _sentence_start(text: str, pos: int) -> int:
    start = max(0, pos - _MAX_LEAD_REACH)
    for m in SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    return start


# the subject's relative pronoun before a predicate of the relative clause ("Norvell Foods, which
# also is a baker, ..." for "Norvell Foods also is a baker")
_RELATIVE = re.compile(r",?\s*(?:which|who)\s+")


def _subject_only(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return (
        not gap.strip()
        or (gap[:1] in " ," and aside_between(text, end, start))
        or _RELATIVE.fullmatch(gap) is not None
    )


def headed_citation(c: Citation, statement: str, text: str) -> Citation:
    """`c` from its subject's start when it is a predicate cut from its subject ("said it
    would review the offer.") and the item's `statement` is that subject and that predicate
    ("Tamsin Dairy said it would review the offer."), the subject written just before it in the
    same sentence, or before an aside ("Tamsin Dairy, which ..., said it would ..."); else `c`
    (also when a clause of the subject's own stands between: "Tamsin Dairy confirmed ... and
    said ...")."""
    quote = c.quote
    if not quote[:1].islower():
        return c
    core, said = quote.rstrip(_CLOSING), statement.rstrip(_CLOSING)
    if not core or not said.endswith(core):
        return c
    lead = said[: len(said) - len(core)].strip()
    if not lead or not lead[:1].isupper() or len(lead.split()) > _MAX_LEAD_WORDS:
        return c
    start = _sentence_start(text, c.start)
    found = [
        m.start()
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(lead)}(?![\w’'-])", text[start : c.start])
    ]
    # only the subject (or the subject and an aside) before the predicate: a subject with a
    # clause of its own between ("X confirmed ... and said ...") would cite that clause too,
    # which the item does not state
    lo = next((start + k for k in found if _subject_only(text, start + k + len(lead), c.start)), -1)
    if lo < 0:
        return c
    return Citation(article=c.article, quote=text[lo : c.end], start=lo, end=c.end)


def _own_sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, or -1 when it starts further back than
    `_MAX_LEAD_REACH` characters (`sentence_starts.sentence_start` as session 59 read it: a
    title, an initial or a closed-class abbreviation ends no sentence), so that the spans
    `sentence_citation` shows, which the scorer reads, stay as they were."""
    return sentence_start(text, pos, _MAX_LEAD_REACH, article_decides=False)


_FIRST_WORD = re.compile(r"[\s\"“‘'(\[—–-]*(\w)")


# a conjunction or a relative pronoun (closed classes), a comma or a semicolon in the lead
# joins a clause or an aside of its own to it ("X, which runs the port, said"; "Tarn, a
# four-year-old tiger, got out"; "The board lists three, counting"): each a fact of its own
_JOINS = re.compile(
    r"(?i)(?:and|but|or|nor|yet|so|while|whereas|as|after|before|because|since|when|if|though"
    r"|although|until|unless|who|whom|whose|which|where)|.*[;,]"
)


def sentence_citation(c: Citation, text: str) -> Citation:
    """`c` from its sentence's start when it opens inside that sentence on a lowercase word
    (a predicate or a clause cut from the subject that says it: "denied that any fault was
    reported.") and at most `_MAX_LEAD_WORDS` words of the sentence come before it, so the
    excerpt names who says it; else `c` (a quote opening on a capital, a number or a
    sentence's first word; a longer lead; a sentence starting out of reach)."""
    first = _FIRST_WORD.match(c.quote)
    if first is None or not first.group(1).islower() or text[c.start : c.end] != c.quote:
        return c
    lo = _own_sentence_start(text, c.start)
    lead = text[lo : c.start].split() if lo >= 0 else []
    # a longer lead holds a clause of its own (another fact: "X has sent a team to Y and
    # has taken ..."); shown with it, the quote would cite that fact too
    if not lead or len(lead) > _MAX_LEAD_WORDS or any(_JOINS.fullmatch(w) for w in lead):
        return c
    lo += len(text[lo : c.start]) - len(text[lo : c.start].lstrip())
    return Citation(article=c.article, quote=text[lo : c.end], start=lo, end=c.end)


# characters searched back for the start of a cited quote's sentence: a longer "sentence"
# (a run-on list, a text without stops) gets no lead rather than a cut one
_MAX_SENTENCE_REACH = 1500


def led_citation(c: Citation, text: str) -> Citation:
    """`c` with its `lead`: the text of its sentence before it, from the sentence's start,
    verbatim and contiguous (text[c.start - len(lead):c.start] == lead), when the quote opens
    inside its sentence (a dateline opening the paragraph, "LONDON — ", is no part of it);
    else `c` with no lead (a quote opening its sentence, a sentence starting more than
    `_MAX_SENTENCE_REACH` characters back). A long lead is kept whole here and shown
    shortened by the renderers (`render.sentences.lead_pieces`). Display only: the span
    (start, end, quote) stays what the item cites."""
    if text[c.start : c.end] != c.quote:
        return c.model_copy(update={"lead": ""}) if c.lead else c
    lo = sentence_start(text, c.start, _MAX_SENTENCE_REACH)
    if lo >= 0 and (lo == 0 or text[lo - 1] == "\n"):
        lo = min(dateline_end(text, lo), c.start)  # a dateline is no part of the sentence
    before = text[lo : c.start] if lo >= 0 else ""
    lead = before[len(before) - len(before.lstrip()) :]
    # (an opening quote mark or a bracket alone is no lead: the quote opens its sentence)
    if not any(ch.isalnum() for ch in lead):
        lead = ""
    return c if lead == c.lead else c.model_copy(update={"lead": lead})


def readable_citations(report: Report, articles: Sequence[Article]) -> Report:
    """The report with every citation list headed (`headed_citation`, items and sides by
    their own statement; a summary line or timeline entry's citation as its item's), joined
    (`joined_citations`) and given its sentence's lead for display (`led_citation`)."""
    texts = {a.id: a.text for a in articles}
    headed: dict[str, dict[Citation, Citation]] = {}  # item or point id -> its citations

    def own(cites: tuple[Citation, ...], statement: str, owner: str) -> tuple[Citation, ...]:
        heads = []
        for c in cites:
            text = texts.get(c.article)
            heads.append(
                c if text is None else sentence_citation(headed_citation(c, statement, text), text)
            )
        joined = joined_citations(heads, texts)
        mine = headed.setdefault(owner, {})
        for c, h in zip(cites, heads, strict=True):
            whole = (
                j for j in joined if j.article == h.article and j.start <= h.start < h.end <= j.end
            )
            mine.setdefault(c, next(whole, h))
        return led(joined)

    def fix(cites: tuple[Citation, ...], owner: str) -> tuple[Citation, ...]:
        mine = headed.get(owner, {})
        return led(joined_citations([mine.get(c, c) for c in cites], texts))

    def led(cites: Sequence[Citation]) -> tuple[Citation, ...]:
        return tuple(
            c if (text := texts.get(c.article)) is None else led_citation(c, text) for c in cites
        )

    update: dict[str, object] = {
        "agreed": tuple(
            it.model_copy(update={"citations": own(it.citations, it.statement, it.id)})
            for it in report.agreed
        ),
        "single_source": tuple(
            it.model_copy(update={"citations": own(it.citations, it.statement, it.id)})
            for it in report.single_source
        ),
        "contested": tuple(
            ci.model_copy(
                update={
                    "positions": tuple(
                        p.model_copy(update={"citations": own(p.citations, p.statement, ci.id)})
                        for p in ci.positions
                    )
                }
            )
            for ci in report.contested
        ),
    }
    update["timeline"] = tuple(
        e.model_copy(update={"citations": fix(e.citations, e.item.partition("#")[0])})
        for e in report.timeline
    )
    if report.summary is not None:
        s = report.summary
        update["summary"] = s.model_copy(
            update={
                part: tuple(
                    line.model_copy(update={"citations": fix(line.citations, line.item)})
                    for line in getattr(s, part)
                )
                for part in ("key_points", "contested", "notable")
            }
        )
    return report.model_copy(update=update)
