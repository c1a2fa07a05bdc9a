"""Read the mixed agreed items of dev clusters by hand (session 54, alignread54).

A mixed agreed item (bench/quality_lib.py `agreed_mixed`) is an agreed item whose origins cite
gold facts but no fact is cited by two of its origins: the merger joined statements of
different facts. This prints, for each such item, every citation with its article, gold origin
and the gold facts (or dispute sides) it states, so a reader can say what tells the joined
facts apart.

    PYTHONPATH=. .venv/bin/python bench/mixed_read.py EVENT [EVENT ...]

Dev clusters only (tests/data/dev): never point it at a held-out cluster.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fact_parts import fact_words
from quality import run_cluster
from quality_lib import (
    Anchors,
    Locator,
    _covered,
    _fact_anchors,
    gold_origin_map,
    load_expectations,
)

from consensus.models import Article, Report


def fact_list(exp: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(id, fact) for every agreed fact and dispute side, sides named `point/k`."""
    out = [(str(f["id"]), f) for f in exp.get("agreed", [])]
    for p in exp.get("contested", []):
        out += [(f"{p['id']}/{k}", side) for k, side in enumerate(p["sides"])]
    return out


def gold_facts(
    articles: Sequence[Article], exp: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str], Locator, list[tuple[str, dict[str, tuple[int, int]]]]]:
    """What a reader of `exp` against `articles` needs: the gold origin of each article, the
    article texts, the anchor locator and (id, anchors) of every fact and dispute side."""
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    texts = {a.id: a.text for a in articles}

    def anchors_of(raw: dict[str, str], label: str | None = None) -> dict[str, tuple[int, int]]:
        out = {a: sp for a, t in raw.items() if (sp := loc.span(a, t)) is not None}
        return out if label is None else Anchors(out, fact_words(label, raw.values()), texts)

    facts = [(fid, _fact_anchors(anchors_of, f)) for fid, f in fact_list(exp)]
    return gold_origin_map(exp, by_id), texts, loc, facts


def mixed_items(event: str) -> list[str]:
    """The mixed agreed items of `event`, each as printable lines."""
    articles, report, _ = run_cluster(event)
    assert isinstance(report, Report)
    return mixed_lines(event, articles, report, load_expectations(event))


def mixed_lines(
    event: str, articles: Sequence[Article], report: Report, exp: dict[str, Any]
) -> list[str]:
    """The mixed agreed items of `report` against the gold `exp`, each as printable lines."""
    gold, texts, _, facts = gold_facts(articles, exp)
    lines: list[str] = []
    for it in report.agreed:
        per_fact = [{gold[a] for a in _covered(it.citations, anchors)} for _, anchors in facts]
        if any(len(o) >= 2 for o in per_fact) or len(set().union(*per_fact)) < 2:
            continue
        lines.append(f"[{event}] {it.statement}")
        for c in it.citations:
            states = [fid for fid, anchors in facts if _covered([c], anchors)]
            quote = texts[c.article][c.start : c.end].replace("\n", " ")
            lines.append(f"    {c.article} (origin {gold[c.article]}) -> {states or '-'}")
            lines.append(f"        {quote[:220]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("events", nargs="+")
    args = ap.parse_args(argv)
    for event in args.events:
        for line in mixed_items(event):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
