"""Which step stops a missed agreed fact whose anchor sits inside a long claim.

`long_claims.py` (session 50) found most missed agreed facts have an anchor inside a claim
at least twice its length. The machinery for them: `merge/clause_cuts.py` cuts a long
quote into parts, `clause_backing.py` lets a part back another origin's item,
`clause_agreement.py` makes an item of two parts, `clause_views.py` joins a long claim by
its best clause. For each such missed fact this census names the first step that stopped
it, read from one traced merge (the parts, their link pass and the groups it made):

  other side unextracted  no claim of another origin covers that origin's anchor
  no part               no part of the long claim covers the anchor; the sub-reason is why
                        `clause_spans` made none there: quote under MIN_QUOTE_WORDS, no cut
                        (the anchor's segment is the whole quote), the cut falls inside the
                        anchor (segments each under half of it), or the segment it dropped
                        (other-time opener, no verb, under MIN_PART_WORDS, half a quotation)
  not compared          a part covers the anchor, but no part or claim covering another
                        origin's anchor was a candidate pair with it (blocking); the bin is
                        what the link model scores the best such pair compared unblocked
  under bar             compared, best probability under BACKING_AT (binned)
  link rule             scored at the bar but the link rules gave no join edge
  gate <name>           a join edge at the bar; the backing / agreement gate that refused
  backed                a part backed a group of the fact, the fact still uncounted (the
                        group is a side of a point, or the credit is only a part of anchor)

One fact counts once, at the furthest step any of its (long anchor, other origin) pairs
reached. Dev clusters and tunable made-up clusters only (HELD_OUT.txt is never read).

`--pairs` labels instead every join edge of the parts pass with a part at one end and two
origins, each end covering a gold agreed fact's anchor: one fact in common ("same"; "same,
missed" when the report misses it) or none ("other"), by score bin, for clause backing
(part and claim) and clause agreement (two parts): the data `clause_backing.BACKING_AT`
was re-fit on (session 51).

`--segments` (with `--show`) prints, for a fact with no part, the segment the cutter read
there (a few words of one article, to read why it was dropped).

`--shapes` (session 54) bands every such fact by the SHAPE of the piece of its long claim
that holds it (`shape_of`: the cutter's segment under the anchor, read by its grammar: an
apposition or role between commas, an age, a relative clause, a parenthesis, an "after" /
"when" clause, a list item, a prepositional phrase with or without a figure, a clause with
a verb, an attribution, the anchor over several segments or the whole quote) and prints
shape x step; with `--show` each fact's shape and its segment.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/compound_gates.py [--show [--segments]]
[--shapes] [--dev] [--pairs] [name ...]
(no names: every tunable made-up cluster; --dev: the dev clusters)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_claims import LONG
from missed_facts import missed_agreed
from missed_links import traced_report
from quality_lib import Locator, _overlaps, events, gold_cluster, gold_origin_map, madeup, tunable

# the steps, furthest last: a fact counts at the furthest one any of its pairs reached
ORDER = ("other side unextracted", "no part", "not compared", "under bar", "link rule", "gate")


def drop_reasons(quote: str) -> list[tuple[int, int, str]]:
    """Every segment `clause_cuts.clause_spans` reads in `quote`, with why it was dropped
    ("" when it is a part). Mirrors clause_spans step by step."""
    from consensus.merge import clause_cuts as cc

    if len(cc._WORD.findall(quote)) < cc.MIN_QUOTE_WORDS:
        return [(0, len(quote), "quote under MIN_QUOTE_WORDS")]
    quoted = cc._quoted(quote)
    bounds = [0]
    for m in cc._CUT.finditer(quote):
        if not quoted[m.start()] and not quoted[m.end() - 1]:
            bounds += [m.start(), m.end()]
    bounds.append(len(quote))
    out = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        lead = cc._LEAD.match(quote, a, b)
        if lead:
            a = lead.end()
        why = ""
        if cc._OTHER_TIME.match(quote, a, b):
            why = "other-time opener"
        while b > a and quote[b - 1] in " .":
            b -= 1
        words = cc._WORD.findall(quote[a:b])
        if not why and len(words) < cc.MIN_PART_WORDS:
            why = "segment under MIN_PART_WORDS"
        elif not why and not (
            cc._verb(words) or (lead is not None and cc._relative_verb(lead.group(0), words))
        ):
            why = "segment without a verb"
        elif not why and len(cc._QUOTE_MARKS.findall(quote[a:b])) % 2:
            why = "half a quotation"
        elif not why and (a, b) == (0, len(quote)):
            why = "no cut"
        out.append((a, b, why))
    return out


_SUBORDINATE = frozenset("when after before since until once as because while although if".split())
_PREPOSITIONS = frozenset(
    """in on at of for with from to by about over under into up down around near after
    before since during between against across among through per than""".split()
)


def shape_of(quote: str, anchor: tuple[int, int]) -> tuple[str, str]:
    """The shape of the piece of `quote` (a long claim's quote) that holds `anchor`
    (offsets in the quote), and that piece's words (module docstring, `--shapes`)."""
    from consensus.merge import clause_cuts as cc
    from consensus.merge.lexicon import _DETERMINERS, _SPEECH

    segs = drop_reasons(quote)
    if len(segs) == 1 and segs[0][2] == "quote under MIN_QUOTE_WORDS":
        return "short quote", quote
    hits = [(min(b, anchor[1]) - max(a, anchor[0]), a, b) for a, b, _ in segs]
    hits = [h for h in hits if h[0] > 0]
    if not hits:
        return "no segment", quote[anchor[0] : anchor[1]]
    if len(segs) == 1:
        return "whole quote (no cut)", quote
    _, a, b = max(hits)
    seg = quote[a:b]
    if sum(1 for h in hits if h[0] > 0.3 * (anchor[1] - anchor[0])) >= 2:
        return "several segments", quote[anchor[0] : anchor[1]]
    before = quote[:a]
    if before.count("(") > before.count(")"):
        return "parenthesis", seg
    prev_words = re.findall(r"[\w'’]+", quote[max(0, a - 40) : a])
    words = cc._WORD.findall(seg)
    if not words:
        return "empty", seg
    first = words[0].lower()
    prev = prev_words[-1].lower() if prev_words else ""
    if prev in ("which", "who", "whose", "whom", "where") or first in (
        "which",
        "who",
        "whose",
        "whom",
        "where",
    ):
        return "relative clause", seg
    if first in _SUBORDINATE or prev in _SUBORDINATE:
        return "after/when/because clause", seg
    verb = cc._verb(words)
    if verb:
        return "clause with a verb", seg
    if any(w.lower() in _SPEECH for w in words) or first == "according":
        return "attribution", seg
    after = quote[b : b + 2]
    if len(words) <= 2 and any(w[:1].isdigit() for w in words) and before.rstrip().endswith(","):
        return "age / short figure after a name", seg
    if prev in ("and", "or") or quote[b:].lstrip().startswith(("and ", "or ")):
        return "list item", seg
    if first in _PREPOSITIONS:
        if any(ch.isdigit() for ch in seg):
            return "prepositional phrase with a figure", seg
        return "prepositional phrase", seg
    name_before = bool(prev_words) and prev_words[-1][:1].isupper()
    if before.rstrip().endswith(",") and (
        first in _DETERMINERS or words[0].endswith(("'s", "’s")) or name_before
    ):
        kind = "apposition / role after a name" if name_before else "apposition / role"
        return kind + (" (closed by a comma)" if after.startswith(",") else ""), seg
    if any(ch.isdigit() for ch in seg):
        return "verbless piece with a figure", seg
    return "verbless piece, other", seg


def no_part_reason(text: str, start: int, end: int, anchor: tuple[int, int]) -> str:
    """Why no part of the claim quoting text[start:end] covers `anchor`."""
    return no_part_segment(text, start, end, anchor)[0]


def no_part_segment(
    text: str, start: int, end: int, anchor: tuple[int, int]
) -> tuple[str, tuple[int, int]]:
    """`no_part_reason` with the span (offsets in text) of the segment it read."""
    segs = drop_reasons(text[start:end])
    covering = []
    for a, b, why in segs:
        s, e = start + a, start + b
        inter = min(e, anchor[1]) - max(s, anchor[0])
        if inter > 0:
            covering.append((inter, s, e, why))
    if not covering:
        return "no segment", anchor
    inter, s, e, why = max(covering)
    if why:
        return why, (s, e)
    if inter < 0.5 * min(e - s, anchor[1] - anchor[0]):
        return "cut inside the anchor", (s, e)
    return "part dropped (quote not found)", (s, e)


class Capture:
    """What the merge made of the parts: all features, the part map, the pass's edges and
    probabilities, the groups, and what clause_backing / clause_agreement returned."""

    def __init__(self) -> None:
        self.all_feats: list[Any] = []
        self.parts: dict[tuple[str, int], tuple[str, int]] = {}
        self.pos_of: dict[tuple[str, int], int] = {}
        self.edges: list[Any] = []
        self.prob: dict[tuple[int, int], float] = {}
        self.ctx: Any = None
        self.group_of: dict[int, int] = {}
        self.groups: list[Any] = []
        self.contested: set[int] = set()
        self.backed: dict[int, list[Any]] = {}
        self.agreed: list[list[Any]] = []


def captured_report(articles: list[Any]) -> tuple[Any, Any, Capture]:
    """The traced report (missed_links) with the clause machinery's inputs captured."""
    import consensus.merge.verdicts as verdicts

    cap = Capture()
    real_link, real_view = verdicts.link_edges, verdicts.view_edges
    real_back, real_agree = verdicts.backing_step.clause_backing, verdicts.clause_agreement

    def link_edges(feats: Any, vectors: Any, model: Any = None) -> Any:
        out = real_link(feats, vectors, model)
        cap.edges, _pairs, cap.ctx, cap.prob = out
        return out

    def view_edges(all_feats: Any, parts: Any, pos_of: Any, *rest: Any) -> Any:
        cap.all_feats, cap.parts, cap.pos_of = list(all_feats), dict(parts), dict(pos_of)
        return real_view(all_feats, parts, pos_of, *rest)

    def clause_backing(*args: Any) -> Any:
        cap.group_of, cap.groups, cap.contested = dict(args[4]), list(args[5]), set(args[6])
        out = real_back(*args)
        cap.backed = dict(out)
        return out

    def clause_agreement(*args: Any) -> Any:
        out = real_agree(*args)
        cap.agreed = list(out)
        return out

    saved = [
        (verdicts, "link_edges", real_link),
        (verdicts, "view_edges", real_view),
        (verdicts.backing_step, "clause_backing", real_back),
        (verdicts, "clause_agreement", real_agree),
    ]
    verdicts.link_edges = link_edges
    verdicts.view_edges = view_edges
    verdicts.backing_step.clause_backing = clause_backing
    verdicts.clause_agreement = clause_agreement
    try:
        report, trace = traced_report(articles, None)
    finally:
        for module, name, real in saved:
            setattr(module, name, real)
    return report, trace, cap


def gate_of(cap: Capture, p: int, q: int, score: float) -> str:
    """Which clause_backing (q a claim) or clause_agreement (q a part) gate refuses the
    join edge p-q (p a part); "" when none of these is read to refuse."""
    from consensus.merge import clause_backing as cb
    from consensus.merge.clause_attribution import says_only_who

    feats = cap.all_feats
    part, other = feats[p], feats[q]
    okey = (other.article, other.index)
    if okey in cap.parts:
        if len(part.content & other.content) < 0.5 * min(len(part.content), len(other.content)):
            return "agreement: shared words"
        return "agreement: other gate"
    if not cb._says_the_clause(part, other) and not cb._short_inside(part, other, score):
        return "backing: shared words (SHARED_OF_CLAUSE / short inside)"
    if says_only_who(part):
        return "backing: says only who"
    g = cap.group_of.get(cap.pos_of.get(okey, -1))
    if g is None:
        return "backing: other in no group"
    if g in cap.contested:
        return "backing: other's group contested"
    host_key = cap.parts[(part.article, part.index)]
    if cap.group_of.get(cap.pos_of.get(host_key, -1)) == g:
        return "backing: host in the group already"
    at = {(f.article, f.index): f.pos for f in feats}
    host = feats[at[host_key]]
    if not cb._speakers_fit(part, host, cap.groups[g]):
        return "backing: speakers"
    held = cap.group_of.get(cap.pos_of.get(host_key, -1))
    if held is not None and len({f.origin for f in cap.groups[held]}) >= 2:
        if len(part.content & host.content) >= cb.MOST_OF_SENTENCE * len(host.content):
            return "backing: most of sentence (host agreed)"
    return "backing: figure clash or a better edge elsewhere"


def _bin(s: float) -> str:
    """A probability's bin as the census prints it."""
    for lo in (0.7, 0.5, 0.3):
        if s >= lo:
            return f">={lo}"
    return "<0.3"


def unblocked(cap: Capture, trace: Any, pairs: list[tuple[int, int]]) -> float:
    """The best link probability of `pairs` (positions of `cap.all_feats`) no blocking
    compared, from a fresh comparison context (as missed_links.unblocked_scores)."""
    from consensus.merge.compare import PairContext
    from consensus.merge.compared_pairs import lexical_scores, views
    from consensus.merge.link import link_model

    todo = sorted({(min(i, j), max(i, j)) for i, j in pairs})
    if not todo or trace.vectors is None:
        return 0.0
    ctx = PairContext(views(cap.all_feats), trace.vectors)
    x = ctx.features(todo, lexical_scores(cap.all_feats, todo))
    return float(max(link_model().prob(x).tolist()))


def pair_labels(event: str, tally: Counter[tuple[str, str, str]]) -> None:
    """Label every join edge of the parts pass that has a part at one end and ends of two
    origins, each covering a gold agreed fact's anchor: "same" (one fact), "same, missed"
    (one fact the report misses) or "other" (no fact in common); tallied by kind (backing:
    a part and a claim; agreement: two parts) and score bin."""
    articles, exp = gold_cluster(event)
    report, _trace, cap = captured_report(articles)
    if not cap.all_feats:
        return
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    missed = {f["id"] for f, _ in missed_agreed(exp, loc, gold, report)}
    facts: dict[int, set[str]] = {}
    for fact in exp.get("agreed", []):
        for a, t in fact["anchors"].items():
            sp = loc.span(a, t)
            if sp is None:
                continue
            for f in cap.all_feats:
                if f.article == a and any(_overlaps(c, a, sp) for c in f.citations):
                    facts.setdefault(f.pos, set()).add(fact["id"])
    feats = cap.all_feats
    for e in cap.edges:
        if e.conflict:
            continue
        pi, pj = (feats[e.i].article, feats[e.i].index), (feats[e.j].article, feats[e.j].index)
        n_parts = (pi in cap.parts) + (pj in cap.parts)
        if not n_parts or feats[e.i].origin == feats[e.j].origin:
            continue
        fi, fj = facts.get(e.i), facts.get(e.j)
        if not fi or not fj:
            continue
        kind = "agreement" if n_parts == 2 else "backing"
        common = fi & fj
        label = ("same, missed" if common & missed else "same") if common else "other"
        b = next(f"{lo:.1f}" for lo in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.0) if e.score >= lo)
        tally[(kind, b, label)] += 1


def census(
    event: str,
    tally: Counter[str],
    show: bool,
    segments: bool = False,
    shapes: Counter[tuple[str, str]] | None = None,
) -> None:
    articles, exp = gold_cluster(event)
    report, trace, cap = captured_report(articles)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    feats = cap.all_feats or trace.feats
    if not cap.all_feats:
        return
    is_part = {f.pos for f in feats if (f.article, f.index) in cap.parts}
    scores: dict[tuple[int, int], float] = dict(cap.prob)
    edge_at = {(min(e.i, e.j), max(e.i, e.j)): e.score for e in cap.edges if not e.conflict}

    def covers(a: str, sp: tuple[int, int]) -> list[Any]:
        return [
            f
            for f in feats
            if f.article == a and any(_overlaps(c, a, sp) for c in f.citations if c.article == a)
        ]

    for fact, anchors in missed_agreed(exp, loc, gold, report):
        cov = {a: covers(a, sp) for a, sp in anchors.items()}
        long_at: list[tuple[str, Any]] = []  # (article, the long claim)
        for a, sp in anchors.items():
            for f in cov[a]:
                if f.pos in is_part:
                    continue
                c = next(c for c in f.citations if c.article == a and _overlaps(c, a, sp))
                if sp[1] - sp[0] < LONG * (c.end - c.start):
                    long_at.append((a, f))
                    break
        if not long_at:
            continue
        best = (-1, "")
        for a, host in long_at:
            sp = anchors[a]
            others = [b for b in anchors if gold[b] != gold[a]]
            if not any(cov[b] for b in others):
                best = max(best, (0, "other side unextracted"))
                continue
            mine = [f for f in cov[a] if f.pos in is_part]
            if not mine:
                c = next(c for c in host.citations if c.article == a and _overlaps(c, a, sp))
                why, (s0, e0) = no_part_segment(by_id[a].text, c.start, c.end, sp)
                best = max(best, (1, f"no part: {why}"))
                if show and segments:
                    seg = " ".join(by_id[a].text[s0:e0].split())
                    print(f"  [{event}] {fact['id']:10} segment ({why}): {seg}")
                continue
            theirs = [f for b in others for f in cov[b]]
            top: tuple[float, int, int] | None = None
            for p in mine:
                for q in theirs:
                    k = (min(p.pos, q.pos), max(p.pos, q.pos))
                    if k in scores and (top is None or scores[k] > top[0]):
                        top = (scores[k], p.pos, q.pos)
            if top is None:
                would = unblocked(cap, trace, [(p.pos, q.pos) for p in mine for q in theirs])
                best = max(best, (2, f"not compared (would score {_bin(would)})"))
                continue
            from consensus.merge.clause_backing import BACKING_AT

            s, p, q = top
            # the best join edge at the bar among the pairs
            edged = [
                (edge_at[k], pp.pos, qq.pos)
                for pp in mine
                for qq in theirs
                if (k := (min(pp.pos, qq.pos), max(pp.pos, qq.pos))) in edge_at
                and edge_at[k] >= BACKING_AT
            ]
            if not edged:
                if s < BACKING_AT:
                    best = max(best, (3, f"under bar {_bin(s)}"))
                else:
                    best = max(best, (4, "link rule"))
                continue
            es, ep, eq = max(edged)
            backed_parts = {f.pos for fs in cap.backed.values() for f, _ in fs}
            agreed_parts = {f.pos for ms in cap.agreed for f in ms}
            if ep in backed_parts or ep in agreed_parts:
                best = max(best, (6, "backed or agreed, still uncounted"))
                continue
            best = max(best, (5, "gate " + gate_of(cap, ep, eq, es)))
        if best[0] < 0:
            continue
        tally[best[1]] += 1
        if shapes is not None:
            a, host = long_at[0]
            c = next(c for c in host.citations if c.article == a and _overlaps(c, a, anchors[a]))
            sp = (max(0, anchors[a][0] - c.start), min(c.end, anchors[a][1]) - c.start)
            shape, piece = shape_of(by_id[a].text[c.start : c.end], sp)
            step = best[1].split(" (")[0].split(":")[0]
            shapes[(shape, step)] += 1
            if show:
                print(f"  [{event}] {fact['id']:10} shape {shape}: {' '.join(piece.split())}")
        if show:
            print(f"  [{event}] {fact['id']:10} {best[1]}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--show", action="store_true", help="print each fact's step")
    ap.add_argument("--dev", action="store_true", help="the dev clusters")
    ap.add_argument("--pairs", action="store_true", help="label the part edges by gold")
    ap.add_argument(
        "--segments", action="store_true", help="with --show: the segment of a fact with no part"
    )
    ap.add_argument("--shapes", action="store_true", help="band the facts by the piece's shape")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    shapes: Counter[tuple[str, str]] | None = Counter() if args.shapes else None
    names = args.events or (events() if args.dev else tunable(madeup()))
    if args.pairs:
        labels: Counter[tuple[str, str, str]] = Counter()
        for event in tunable(names):
            pair_labels(event, labels)
        for kind in ("backing", "agreement"):
            for b in sorted({k[1] for k in labels if k[0] == kind}, reverse=True):
                row = {lab: labels[(kind, b, lab)] for lab in ("same, missed", "same", "other")}
                print(f"{kind:9} >={b}: " + ", ".join(f"{k} {v}" for k, v in row.items()))
        return 0
    for event in tunable(names):
        census(event, tally, args.show, args.segments, shapes)
    total = sum(tally.values())
    print(f"missed agreed facts with an anchor inside a long claim: {total}")
    for step, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:5}  {step}")
    if shapes:
        by_shape: Counter[str] = Counter()
        for (shape, _), n in shapes.items():
            by_shape[shape] += n
        print("shapes of the piece that holds the fact (step: count):")
        for shape, n in by_shape.most_common():
            steps = sorted(
                ((k[1], v) for k, v in shapes.items() if k[0] == shape), key=lambda t: -t[1]
            )
            print(f"  {n:5}  {shape}: " + ", ".join(f"{st} {v}" for st, v in steps))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
