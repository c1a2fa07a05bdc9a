"""Why agreed facts are missed or split: the claims that cover them and what kept them apart.

For each dev cluster (bench/quality.py's pipeline, shipped weights or --held-out), every gold
agreed fact the report misses (no agreed item cites it from two gold origins) and every split
fact (two items state it) is listed with, per gold origin, the claims whose citations cover
its anchors (article, claim position, the group it ended in, a short start of the statement),
and for the best cross-origin pairs of those claims: the link probability, the comparison
columns that moved it most (weight x value), and why the pair is no join:

- `no candidate`: blocking and the vector neighbours never compared it (followed by what
  the link model WOULD score the pair, compared directly: `would score p=0.123 at cosine
  0.28`; the tally's last line counts the facts whose best such pair would reach the threshold);
- `below threshold`: scored under the link model's threshold;
- `conflict: <reason>`: a conflict edge (a figure, date, time, negation or denial);
- `veto: <rule>`: linked but no edge (speakers, figure rules, dates, periods, rebuttals,
  roles, habits, questions: the link rules, see consensus/merge/link.py);
- `join refused: <why>`: a join edge whose two groups `clusters._may_join` kept apart
  (polarity, speakers, dates, periods, unscored sample, mean below the threshold, one
  voice, figure clash) or rule 7's two remarks;
- `joined, then split`: joined in the greedy pass, apart after `_split_bridges`;
- `same group`: one group (the fact is missed for another reason: origins, a point).

The tallies at the end count the facts by that status, and again by the rule behind it (a
veto's, a refusal's or a conflict's rule, the pair's names, figures and sample counts
dropped: `rule_of`), the census of bench/README "Session 45 (agree45)".

With `--joins` it lists instead every group join `clusters._may_join` refused in the
greedy pass (a claim or group linked at the threshold to another group): the reason, the
two groups as they stood (claim position, article, short start), the link probability of
each sampled member pair (`-` never scored, `=` one article: never compared), and what
the gold says of the join: `same fact <id>` (one gold agreed fact has anchors covered by
claims of both groups, of two gold origins; compound anchors count too), `distinct`
(a gold look-alike pair has one anchor in each group) or `-` (the gold is silent). The
tally counts refusals by reason, shape (`1+n`: a claim joining a group, `n+n`: two
groups) and gold label: how often the guard keeps one fact apart, and how often it keeps
look-alikes apart.

Prints only short starts of statements (the texts belong to their publishers).

Usage: .venv/bin/python bench/missed_links.py [--held-out] [--madeup] [--pairs N] [--joins]
       [name ...]

Names are dev events (the default: all six), annotated clusters outside the dev set or
made-up clusters; `--madeup` runs every made-up cluster with gold (tests/data/madeup_gold).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from quality_lib import (
    Locator,
    _overlaps,
    events,
    gold_cluster,
    gold_origin_map,
    madeup,
    score_report,
    tunable,
)

SHORT = 48  # characters of a statement printed
# a status's rule without its pair's particulars (names, figures, sample counts), for the
# tally by rule: "veto: speakers 'a' / 'b'" -> "veto: speakers"
_RULE_HEAD = re.compile(
    r"conflict: \w+|veto: (?:speakers|figures|periods)|join refused: (?:speakers|dates)"
)
_RULE_GROUPS = re.compile(r" \(groups [^)]*\)$")  # "sample mean 0.27 (groups 2+1)"
_RULE_MEAN = re.compile(r" -?\d+\.\d+$")  # "one voice mean 0.29"
_RULE_SCORED = re.compile(r"scored \d+/\d+")  # "sample scored 5/12"


def held_out_model(event: str) -> Any:
    """Link weights fitted without `event` (as bench/quality.py --held-out)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from fit_merge_weights import fit_without

    return fit_without(event)


@dataclass
class Trace:
    """What one merge did, captured from inside `_align`."""

    feats: list[Any] = field(default_factory=list)
    members: list[list[int]] = field(default_factory=list)
    edges: list[Any] = field(default_factory=list)
    prob: dict[tuple[int, int], float] = field(default_factory=dict)
    ctx: Any = None
    refusals: dict[tuple[int, int], str] = field(default_factory=dict)
    # the refused group joins in pass order: (edge, members, members, reason), once each
    group_refusals: list[tuple[tuple[int, int], tuple[int, ...], tuple[int, ...], str]] = field(
        default_factory=list
    )
    joined: set[tuple[int, int]] = field(default_factory=set)
    remarks: set[tuple[int, int]] = field(default_factory=set)
    pairs: list[tuple[int, int]] = field(default_factory=list)
    x: Any = None
    vectors: Any = None
    speakers: Any = None  # the batch's speaker index (`speakers.Speakers`) the merge used
    memo: dict[str, Any] = field(default_factory=dict)  # (`_other_rule`'s batch readings)
    _rows: dict[tuple[int, int], int] | None = None

    def row_of(self) -> dict[tuple[int, int], int]:
        if self._rows is None:
            self._rows = {q: r for r, q in enumerate(self.pairs)}
        return self._rows


def _refusal(
    ci: Any,
    cj: Any,
    sim: Any,
    ctx: Any,
    verbatim: bool,
    join_at: float,
    ov: bool,
    rep: bool = False,
    told: bool = False,
    unscored: Any = None,
    apart: Any = None,
) -> str:
    """The first of `clusters._may_join`'s checks that fails (the same order; `unscored`, the
    re-scored sample of `sample_scores.py`, only re-asks a failed link test, so it names no
    other check; `apart`, `_may_join`'s per-claim index of `ctx.never_together`, is read here
    from `ctx.never_together` itself)."""
    from consensus.merge.clusters import _heard, _named_alike, _one_voice, _speakers_compatible
    from consensus.merge.periods import periods_clash
    from consensus.merge.quoters import quoters_apart
    from consensus.merge.tunables import LINK_AT_ONE_VOICE, MAX_LINK_SAMPLE

    if ci.polarity != cj.polarity and not ov:
        return "polarity"
    facts = (rep and ci.facts and cj.facts) or ov
    si, sj = _heard(ci, facts), _heard(cj, facts)
    sources = told and ci.facts and cj.facts  # (two sources of event facts: `told_by_two`)
    if (
        not verbatim
        and not sources
        and not (len(si) == 1 and si == sj)
        and not all(_speakers_compatible(s, t) for s in si for t in sj)
    ):
        bad = sorted(f"{s}~{t}" for s in si for t in sj if not _speakers_compatible(s, t))
        return "speakers " + ", ".join(bad[:2])
    if (ci.dates or cj.dates) and len(ci.dates | cj.dates) > 1:
        return "dates " + "/".join(sorted(ci.dates | cj.dates))
    if any(periods_clash(a, b) for a in ci.periods for b in cj.periods):
        return "periods"
    if ci.quoters and cj.quoters and quoters_apart(ci.quoters, cj.quoters):
        return "two persons' quotations"
    if ctx.never_together and any(
        (min(x, y), max(x, y)) in ctx.never_together for x in ci.members for y in cj.members
    ):
        return "one thing of two owners"
    if len(ci.members) > 1 or len(cj.members) > 1:
        a, b = ci.members[:MAX_LINK_SAMPLE], cj.members[:MAX_LINK_SAMPLE]
        cached = [sim.get((x, y) if x < y else (y, x)) for x in a for y in b]
        got = [v for v in cached if v is not None]
        sizes = f"(groups {len(ci.members)}+{len(cj.members)})"
        if 2 * len(got) < len(cached):
            return f"sample scored {len(got)}/{len(cached)} {sizes}"
        mean = sum(got) / len(got)
        if mean < join_at:
            return f"sample mean {mean:.2f} {sizes}"
        hi, hj = _heard(ci), _heard(cj)
        if mean < LINK_AT_ONE_VOICE and _one_voice(hi | hj) and _named_alike(hi, hj):
            return f"one voice mean {mean:.2f}"
        if any(c and not s for s, c in (ctx.figure_relation(x, y) for x in a for y in b)):
            return "sample figure clash"
    return ""


def traced_report(articles: list[Any], held_out: str | None) -> tuple[Any, Trace]:
    """The report of `articles` as bench/quality.py builds it, and the merge's trace."""
    import consensus.merge.clusters as clusters
    import consensus.merge.link as link
    import consensus.merge.verdicts as verdicts
    from consensus.api import build_report
    from consensus.merge.link import weights_in_scope
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    trace = Trace()
    real_align, real_edges, real_matrix = (
        verdicts._align,
        clusters.link_edges,
        link.comparison_matrix,
    )
    real_may, real_remarks = clusters._may_join, clusters.remarks_apart
    real_split = clusters._split_bridges
    at = [0]  # the next edge of `trace.edges` that may reach the join test

    def comparison_matrix(feats: Any, vectors: Any) -> Any:
        out = real_matrix(feats, vectors)
        trace.pairs, trace.x, trace.vectors = out[1], out[2], vectors
        return out

    def link_edges(feats: Any, vectors: Any, model: Any = None) -> Any:
        out = real_edges(feats, vectors, model)
        trace.edges, _pairs, trace.ctx, trace.prob = out
        return out

    def edge_of(ci: Any, cj: Any) -> tuple[int, int] | None:
        # `_align` (refusals not remembered) asks `_may_join` once for every join edge, in
        # order, whose claims are in two groups; the edges skipped are within one group
        a, b = set(ci.members), set(cj.members)
        while at[0] < len(trace.edges):
            e = trace.edges[at[0]]
            at[0] += 1
            if e.conflict and not e.conflict.startswith("join"):
                continue
            if (e.i in a and e.j in b) or (e.i in b and e.j in a):
                return (min(e.i, e.j), max(e.i, e.j))
        return None

    def may_join(
        ci: Any,
        cj: Any,
        sim: Any,
        ctx: Any,
        verbatim: bool,
        join_at: float,
        ov: bool = False,
        *rest: Any,
    ) -> bool:
        edge = edge_of(ci, cj)
        ok = real_may(ci, cj, sim, ctx, verbatim, join_at, ov, *rest)
        if edge is not None and not ok:
            why = _refusal(ci, cj, sim, ctx, verbatim, join_at, ov, *rest)
            trace.refusals.setdefault(edge, why)
            if len(ci.members) > 1 or len(cj.members) > 1:
                groups = (tuple(ci.members), tuple(cj.members))
                if not any(r[1:3] == groups for r in trace.group_refusals):
                    trace.group_refusals.append((edge, *groups, why))
        return ok

    def remarks_apart(feats: Any, ctx: Any) -> Any:
        test = real_remarks(feats, ctx)

        def apart(i: int, j: int) -> bool:
            got = test(i, j)
            if got:
                trace.remarks.add((min(i, j), max(i, j)))
            return got

        return apart

    def split_bridges(feats: Any, cl: Any, parent: Any, sim: Any, join_at: float) -> Any:
        for c in cl.values():
            for i, j, _s in c.joins:
                trace.joined.add((min(i, j), max(i, j)))
        return real_split(feats, cl, parent, sim, join_at)

    real_scope = verdicts.speakers_in_scope

    def speakers_in_scope(index: Any) -> Any:
        trace.speakers = index
        return real_scope(index)

    def align(feats: Any, vectors: Any = None, **kw: Any) -> Any:
        trace.feats = list(feats)
        result = real_align(feats, vectors, remember_refusals=False, views=kw.get("views"))
        trace.members = result[0]
        return result

    patches = [
        (verdicts, "_align", align),
        (clusters, "link_edges", link_edges),
        (link, "comparison_matrix", comparison_matrix),
        (clusters, "_may_join", may_join),
        (clusters, "remarks_apart", remarks_apart),
        (clusters, "_split_bridges", split_bridges),
        (verdicts, "speakers_in_scope", speakers_in_scope),
    ]
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    for module, name, hook in patches:
        setattr(module, name, hook)
    try:
        extraction = ExtractionResult(
            articles=tuple(articles), claim_sets=tuple(extract_offline(a) for a in articles)
        )
        if held_out:
            with weights_in_scope(held_out_model(held_out)):
                report = build_report(extraction)
        else:
            report = build_report(extraction)
    finally:
        for module, name, real in saved:
            setattr(module, name, real)
    return report, trace


def _veto(trace: Trace, i: int, j: int, threshold: float) -> str:
    """Why a pair scored at or over the threshold has no edge (the link rules' checks)."""
    from consensus.merge.claim_reads import _habitual
    from consensus.merge.speakers import speakers_in_scope
    from consensus.merge.tunables import REPORTED_AT
    from consensus.merge.voices import compatible_speakers, reported
    from consensus.models import Polarity

    fi, fj = trace.feats[i], trace.feats[j]
    if (fi.claim.polarity == Polarity.denies) != (fj.claim.polarity == Polarity.denies):
        return "polarity (no denial edge)"
    pair = np.asarray([i]), np.asarray([j])
    # read under the batch's speaker index, as the merge did (out of its scope, two names
    # are compatible only when equal)
    with speakers_in_scope(trace.speakers) if trace.speakers else nullcontext():
        heard = compatible_speakers(trace.feats, *pair)[0]
    ok = heard or (reported(trace.feats, *pair)[0] and trace.prob.get((i, j), 0) >= REPORTED_AT)
    if not ok and trace.prob.get((i, j), 0) < 0.95:
        return f"speakers {fi.speaker!r} / {fj.speaker!r}"
    fsame, clash = trace.ctx.figure_relation(i, j)
    if clash and not fsame:
        return f"figures {clash}"
    if fi.past != fj.past:
        return "past event"
    if fi.date and fj.date and fi.date != fj.date:
        return f"dates {fi.date}/{fj.date}"
    hab = _habitual(trace.feats)
    if hab[i] != hab[j]:
        return "habitual"
    if fi.period and fj.period:
        return f"periods {fi.period}/{fj.period}"
    return _other_rule(trace, i, j)


def _other_rule(trace: Trace, i: int, j: int) -> str:
    """Which of the remaining link rules (0, 1, 3's counts, 6, 7, 8, 9) keeps a pair scored
    at or over the threshold from a join edge: each rule's own test, read in the order
    `link.link_edges` applies them (the first that holds; a census, not the merge)."""
    from consensus.merge.claim_reads import _asks, _counts_apart, counts_of_two_acts
    from consensus.merge.codes import pairs_among
    from consensus.merge.denial_strength import _Negations
    from consensus.merge.features import REVERSED_LEADS
    from consensus.merge.figure_states import other_states
    from consensus.merge.link import _Roles
    from consensus.merge.occurrences import occurrences_apart
    from consensus.merge.quote_pairs import quotes_apart
    from consensus.merge.substitutions import Substitutions
    from consensus.merge.tunables import REPORTED_AT
    from consensus.merge.voices import own_words_alone

    feats, ctx = trace.feats, trace.ctx
    p = trace.prob.get((i, j), 0.0)
    pi, pj = np.asarray([i]), np.asarray([j])
    memo = trace.memo
    if "negations" not in memo:
        memo["negations"] = _Negations(feats)
        memo["asks"] = _asks(feats)
        memo["apart"] = Substitutions(feats)
        memo["roles"] = _Roles(feats, ctx.stems)
    negations, asks, apart = memo["negations"], memo["asks"], memo["apart"]
    hinted = negations.hinted
    if (asks[i] and hinted[j] and not asks[j]) or (asks[j] and hinted[i] and not asks[i]):
        return "rule 9: an open question and a negative finding"
    if apart.swapped(i, j):
        return "rule 0: another name in the same place"
    if (i, j) in ctx.never_together:
        return "rule 0/8: owners, offsets or occasions apart"
    if pairs_among([f.lead for f in feats], pi, pj, REVERSED_LEADS)[0]:
        return "rule 0: a predicate and the one that undoes it"
    if own_words_alone(feats, pi, pj)[0] and p < REPORTED_AT:
        return "rule 1: a quotation and a statement with no speaker"
    if ctx.figs[i] and ctx.figs[j]:
        fsame, _clash = ctx.figure_relation(i, j)
        if not fsame and (
            ctx.other_places(i, j) or ctx.other_owners(i, j) or other_states(ctx, i, j)
        ):
            return "rule 3: figures of two places, owners or states"
        if not fsame and _counts_apart(
            ctx.figs[i], ctx.figs[j], fi_text(feats, i), fi_text(feats, j)
        ):
            return "rule 3: two counts that neither clash nor agree"
        if not fsame and counts_of_two_acts(ctx.figs[i], ctx.figs[j], feats[i], feats[j]):
            return "rule 3: counts of two acts"
    if occurrences_apart(feats, pi, pj)[0]:
        return "rule 8: another occurrence"
    if hinted[i] != hinted[j]:
        return "rule 6: a negation against the statement unnegated"
    if memo["roles"].two_facts(i, j):
        return "rule 7: one person, two facts (a role / what they said)"
    if quotes_apart(feats[i], feats[j], p):
        return "rule 7: one speaker's two remarks (quote_pairs)"
    return "other (none of the rules read here: 6's one stance, party rebuttals, answers)"


def fi_text(feats: Sequence[Any], k: int) -> str:
    return str(feats[k].claim.statement)


def pair_status(trace: Trace, i: int, j: int, threshold: float) -> str:
    i, j = min(i, j), max(i, j)
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    if group.get(i) == group.get(j):
        return "same group"
    for e in trace.edges:
        if (
            (min(e.i, e.j), max(e.i, e.j)) == (i, j)
            and e.conflict
            and not e.conflict.startswith("join")
        ):
            return f"conflict: {e.conflict}"
    p = trace.prob.get((i, j))
    if p is None:
        return "no candidate"
    if (i, j) in trace.joined:
        return "joined, then split"
    if (i, j) in trace.remarks:
        return "join refused: two remarks (rule 7)"
    if (i, j) in trace.refusals:
        return f"join refused: {trace.refusals[(i, j)]}"
    if p < threshold:
        return "below threshold"
    has_edge = any((min(e.i, e.j), max(e.i, e.j)) == (i, j) for e in trace.edges)
    if has_edge:
        return "join edge, groups apart (already joined elsewhere?)"
    return "veto: " + _veto(trace, i, j, threshold)


def unblocked_scores(
    trace: Trace, pairs: Sequence[tuple[int, int]], model: Any
) -> dict[tuple[int, int], tuple[float, float]]:
    """What the link model would score pairs the merge never compared (no candidate): the
    probability and the statement cosine of each, from a fresh comparison context."""
    from consensus.merge.compare import PairContext
    from consensus.merge.compared_pairs import lexical_scores, views

    todo = sorted({(min(i, j), max(i, j)) for i, j in pairs})
    if not todo or trace.vectors is None:
        return {}
    ctx = PairContext(views(trace.feats), trace.vectors)
    x = ctx.features(todo, lexical_scores(trace.feats, todo))
    probs = model.prob(x).tolist()
    cosines = np.asarray(ctx.cosines(todo), dtype=np.float64).tolist()
    return {q: (p, c) for q, p, c in zip(todo, probs, cosines, strict=True)}


def top_columns(trace: Trace, i: int, j: int, model: Any) -> str:
    """The comparison columns that moved the pair's log-odds most (weight x value)."""
    from consensus.merge.compare import COMPARISONS

    row = trace.row_of().get((min(i, j), max(i, j)))
    if row is None:
        return ""
    names = tuple(model.names)  # (a model fitted before a column was added reads fewer)
    assert names == COMPARISONS[: len(names)]
    x = trace.x[row][: len(names)]
    w = np.asarray(model.weights)
    parts = sorted(zip(w * x, names, x, strict=True), key=lambda t: -abs(t[0]))
    return " ".join(f"{name}={v:.2f}({c:+.1f})" for c, name, v in parts[:5] if c)


def covering(trace: Trace, anchors: dict[str, tuple[int, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for f in trace.feats:
        for c in f.citations:
            if c.article in anchors and _overlaps(c, c.article, anchors[c.article]):
                out.setdefault(c.article, []).append(f.pos)
                break
    return out


def rule_of(status: str) -> str:
    """A pair status's rule, its particulars dropped ("join refused: sample scored 5/12
    (groups 3+5)" -> "join refused: sample scored k/n"; "conflict: quantity offer: ..." ->
    "conflict: quantity")."""
    head = _RULE_HEAD.match(status)
    if head:
        return head.group(0)
    rule = _RULE_MEAN.sub("", _RULE_GROUPS.sub("", status))
    return _RULE_SCORED.sub("scored k/n", rule)


def diagnose(
    event: str,
    held_out: bool,
    n_pairs: int,
    tally: Counter[str],
    unblocked: Counter[str] | None = None,
    rules: Counter[str] | None = None,
    record: dict[str, tuple[str, float, float]] | None = None,
) -> None:
    """Prints each missed or split fact of `event` with its covering claims and best pairs;
    tallies their statuses; with `record`, records each MISSED fact's status, the probability
    of its best pair (what it would score when never compared) and the threshold."""
    from consensus.merge.link import join_link_model

    unblocked = Counter() if unblocked is None else unblocked
    rules = Counter() if rules is None else rules
    articles, exp = gold_cluster(event)
    report, trace = traced_report(articles, event if held_out else None)
    if held_out:
        model = held_out_model(event)
    else:
        model = join_link_model()  # (what the join reads: the trace's probabilities)
    threshold = model.threshold  # type: ignore[attr-defined]
    score = score_report(event, exp, articles, report)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    missed = {m.split(" ")[0] for m in score.agreed_missed}
    split = {m.split(":")[0] for m in score.split_fact_items}
    group = {m: g for g, ms in enumerate(trace.members) for m in ms}
    print(f"== {event}: {len(missed)} missed, {len(split)} split (threshold {threshold:.3f})")
    for fact in exp["agreed"]:
        fid = fact["id"]
        if fid not in missed and fid not in split:
            continue
        anchors = {a: sp for a, t in fact["anchors"].items() if (sp := loc.span(a, t))}
        if len({gold[a] for a in anchors}) < 2:
            continue
        kind = "MISSED" if fid in missed else "SPLIT"
        print(f"  {kind} {fid}")
        cov = covering(trace, anchors)
        for a in sorted(anchors):
            claims = cov.get(a, [])
            shown = "; ".join(
                f"#{m} g{group.get(m)} {trace.feats[m].claim.statement[:SHORT]!r}" for m in claims
            )
            print(f"    {a} [{gold[a]}]: {shown or '(no claim)'}")
        pairs = []
        arts = sorted(cov)
        for x, a in enumerate(arts):
            for b in arts[x + 1 :]:
                if gold[a] == gold[b]:
                    continue
                for i in cov[a]:
                    for j in cov[b]:
                        q = (min(i, j), max(i, j))
                        if kind == "SPLIT" and group.get(i) == group.get(j):
                            continue  # (a split fact: what keeps its groups apart)
                        pairs.append((trace.prob.get(q, -1.0), q))
        pairs.sort(reverse=True)
        statuses = []
        unscored = [q for p, q in pairs if p < 0]
        would = unblocked_scores(trace, unscored, model)
        for p, (i, j) in pairs[:n_pairs]:
            st = pair_status(trace, i, j, threshold)
            statuses.append(st)
            extra = ""
            if (i, j) in would:
                extra = " (would score p={:.3f} at cosine {:.2f})".format(*would[(i, j)])
            print(f"      #{i}-#{j} p={p:.3f} {st}{extra}  [{top_columns(trace, i, j, model)}]")
        if not pairs:
            st = "no claim pair"
        elif any(s == "same group" for s in statuses):
            st = "same group"
        else:
            st = pair_status(trace, *pairs[0][1], threshold)
        if record is not None and kind == "MISSED":
            top = -1.0 if not pairs else pairs[0][0]
            if pairs and top < 0:  # (none compared: the best the model would score)
                top = max((v[0] for v in would.values()), default=-1.0)
            record[fid] = (st, top, threshold)
        tally[f"{kind} {st.split(':')[0].split(' (')[0]}"] += 1
        rules[f"{kind} {rule_of(st)}"] += 1
        if st == "no candidate":
            best = max(would.values(), default=(0.0, 0.0))[0]
            over = "at or over" if best >= threshold else "under"
            unblocked[f"{kind} no candidate: best pair would score {over} the threshold"] += 1


def _gold_label(
    trace: Trace,
    exp: dict[str, Any],
    loc: Locator,
    gold: dict[str, str],
    a: tuple[int, ...],
    b: tuple[int, ...],
) -> str:
    """What the gold says of joining groups `a` and `b` (see the module docstring)."""

    def claims(article: str, text: str) -> set[int]:
        span = loc.span(article, text)
        return set() if span is None else set(covering(trace, {article: span}).get(article, []))

    in_a, in_b = set(a), set(b)
    out = []
    for fact in exp.get("agreed", []):
        hits = {art: claims(art, text) for art, text in fact["anchors"].items()}
        oa = {gold[art] for art, cs in hits.items() if cs & in_a}
        ob = {gold[art] for art, cs in hits.items() if cs & in_b}
        if oa and ob and len(oa | ob) >= 2:
            out.append(f"same fact {fact['id']}")
            break
    for pair in exp.get("distinct", []):
        (xa, xt), (ya, yt) = pair["anchors"]
        cx, cy = claims(xa, xt), claims(ya, yt)
        if (cx & in_a and cy & in_b) or (cx & in_b and cy & in_a):
            out.append("distinct")
            break
    return " + ".join(out) or "-"


def joins(event: str, held_out: bool, tally: Counter[str]) -> None:
    """The refused group joins of one cluster (`--joins`)."""
    from consensus.merge.tunables import MAX_LINK_SAMPLE

    articles, exp = gold_cluster(event)
    _report, trace = traced_report(articles, event if held_out else None)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    feats = trace.feats
    print(f"== {event}: {len(trace.group_refusals)} group joins refused")
    for (i, j), a, b, why in trace.group_refusals:
        label = _gold_label(trace, exp, loc, gold, a, b)
        shape = "1+n" if min(len(a), len(b)) == 1 else "n+n"
        p = trace.prob.get((i, j), -1.0)
        print(f"  #{i}-#{j} p={p:.3f} refused: {why} [{shape}] gold: {label}")
        for tag, side in (("A", a), ("B", b)):
            for m in side[:6]:
                f = feats[m]
                print(f"    {tag} #{m} {f.article[:16]} {f.claim.statement[:SHORT]!r}")
            if len(side) > 6:
                print(f"    {tag} ... {len(side) - 6} more")
        sample_b = b[:MAX_LINK_SAMPLE]
        print("      sampled " + " ".join(f"#{y:>5}" for y in sample_b))
        for x in a[:MAX_LINK_SAMPLE]:
            row = []
            for y in sample_b:
                got = trace.prob.get((min(x, y), max(x, y)))
                same = feats[x].article == feats[y].article
                row.append("    =" if same else "    -" if got is None else f"{got:5.2f}")
            print(f"      #{x:>5} " + " ".join(row))
        reason = why.split(" (")[0].split(" 0.")[0]
        reason = "sample scored" if reason.startswith("sample scored") else reason
        reason = "speakers" if reason.startswith("speakers") else reason
        reason = "dates" if reason.startswith("dates") else reason
        kind = " + ".join(k.split(" ")[0] for k in label.split(" + "))
        tally[f"{reason} [{shape}] gold: {kind.replace('same', 'same fact')}"] += 1


def print_tally(title: str, tally: Mapping[str, int]) -> None:
    """A census's title, then its causes, the most frequent first."""
    print(title)
    for k, v in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:4d}  {k}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--madeup", action="store_true", help="every made-up cluster with gold")
    ap.add_argument("--pairs", type=int, default=3, help="cross-origin pairs shown per fact")
    ap.add_argument("--joins", action="store_true", help="the refused group joins instead")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    unblocked: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for event in args.events or (tunable(madeup()) if args.madeup else events()):
        if args.joins:
            joins(event, args.held_out, tally)
        else:
            diagnose(event, args.held_out, args.pairs, tally, unblocked, rules)
    if args.joins:
        print_tally("== refused group joins by reason, shape and what the gold says of them", tally)
        return 0
    print_tally("== what kept the best pair of each fact apart", tally)
    print_tally("== the facts never compared (no candidate), scored directly", unblocked)
    print_tally("== ... by rule (vetoes, refusals and conflicts by the rule that kept them)", rules)
    return 0


if __name__ == "__main__":
    sys.exit(main())
