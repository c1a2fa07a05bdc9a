"""Groups the merge made that hold two quotations attributed to two different named speakers
(both named, neither a news medium nor named by its kind, not one voice by
`features._speakers_compatible`): a quotation is its speaker's, so such a group may say two
people's claims are one. For each such pair of members: whether they cover one gold agreed
fact (`same`: an anchor of one fact each, two gold origins), a gold look-alike pair
(`distinct`), or neither (`-`), and whether the pair's own link was verbatim.

Usage: PYTHONPATH=. .venv/bin/python bench/quote_joins.py [--madeup] [name ...]
(training names only, never held-out ones)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import SHORT, print_tally, traced_report
from quality_lib import Locator, _overlaps, events, gold_cluster, madeup, tunable


def quotation(feat: object) -> bool:
    """A claim of quoted words: `direct_quote`, or a statement quoting a remark."""
    from consensus.merge.reporters import _QUOTED, _WORD, QUOTED_WORDS
    from consensus.models import ClaimKind

    claim = feat.claim  # type: ignore[attr-defined]
    if claim.kind == ClaimKind.direct_quote:
        return True
    return any(
        len(_WORD.findall(m.group(0))) >= QUOTED_WORDS for m in _QUOTED.finditer(claim.statement)
    )


def person(feat: object) -> str | None:
    from consensus.merge.reporters import named_by_kind

    s = feat.speaker  # type: ignore[attr-defined]
    if not s or feat.medium or named_by_kind(s):  # type: ignore[attr-defined]
        return None
    return str(s)


def census(event: str, tally: Counter[str]) -> None:
    from consensus.merge.features import _speakers_compatible
    from consensus.merge.link import VERBATIM_AT

    articles, exp = gold_cluster(event)
    _report, trace = traced_report(articles, None)
    loc = Locator({a.id: a for a in articles})
    feats = trace.feats

    def covers(m: int, anchors: list[list[str]]) -> bool:
        for a, t in anchors:
            sp = loc.span(a, t)
            if sp is not None and any(
                c.article == a and _overlaps(c, a, sp) for c in feats[m].citations
            ):
                return True
        return False

    facts = [list(f.get("anchors", {}).items()) for f in exp.get("agreed", [])]
    distinct = [p.get("anchors", []) for p in exp.get("distinct", [])]
    for members in trace.members:
        qs = [m for m in members if quotation(feats[m]) and person(feats[m])]
        for k, x in enumerate(qs):
            for y in qs[k + 1 :]:
                sx, sy = person(feats[x]), person(feats[y])
                if sx == sy or _speakers_compatible(sx, sy):
                    continue
                same = any(
                    any(covers(x, [a]) for a in f) and any(covers(y, [a]) for a in f) for f in facts
                )
                apart = any(
                    (covers(x, p[:1]) and covers(y, p[1:]))
                    or (covers(y, p[:1]) and covers(x, p[1:]))
                    for p in distinct
                )
                label = "same" if same and not apart else "distinct" if apart else "-"
                v = trace.prob.get((min(x, y), max(x, y)))
                one = feats[x].article == feats[y].article
                shape = (
                    "one article"
                    if one
                    else (
                        "verbatim"
                        if v is not None and v >= VERBATIM_AT
                        else "linked"
                        if v is not None
                        else "via group"
                    )
                )
                tally[f"{label} {shape}"] += 1
                print(f"== {event} [{label}, {shape}, group of {len(members)}]")
                for m, s in ((x, sx), (y, sy)):
                    f = feats[m]
                    print(f"    #{m} {f.article[:16]} ({s}) {f.claim.statement[:SHORT]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", nargs="*", help="training clusters (default: the dev events)")
    parser.add_argument("--madeup", action="store_true", help="every tunable made-up cluster")
    args = parser.parse_args(argv)
    chosen = tunable(madeup()) if args.madeup else (list(args.events) or list(events()))
    tally: Counter[str] = Counter()
    for name in chosen:
        census(name, tally)
    print_tally("pairs by gold label and shape:", tally)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
