"""Check every dev cluster's expectations.json: ids, anchors verbatim in the article text.

Usage: python tests/data/dev/check_expectations.py [event ...]
Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def check(event_dir: Path) -> list[str]:
    texts = {}
    for line in (event_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            texts[rec["id"]] = rec["text"]
    path = event_dir / "expectations.json"
    if not path.exists():
        return [f"{event_dir.name}: no expectations.json"]
    return check_against(event_dir.name, texts, json.loads(path.read_text(encoding="utf-8")))


def check_against(name: str, texts: dict[str, str], exp: dict[str, Any]) -> list[str]:
    """Problems of one expectations.json against the article texts it annotates (id -> text);
    tests/data/annotated/check_annotated.py calls it with the texts the tool's ingest reads."""
    problems: list[str] = []
    arts = {art: _norm(text) for art, text in texts.items()}

    def anchor(where: str, art: str, text: str) -> None:
        if art not in arts:
            problems.append(f"{name}: {where}: unknown article {art!r}")
        elif _norm(text) not in arts[art]:
            problems.append(f"{name}: {where}: anchor not in {art}: {text!r}")
        elif len(text.split()) < 2:
            problems.append(f"{name}: {where}: anchor too short: {text!r}")

    groups = exp.get("same_origin", [])
    origin = {a: a for a in arts}
    for g in groups:
        for a in g:
            if a not in arts:
                problems.append(f"{name}: same_origin: unknown article {a!r}")
            origin[a] = g[0]
    ids = set()
    for fact in exp.get("agreed", []):
        if fact["id"] in ids:
            problems.append(f"{name}: duplicate id {fact['id']}")
        ids.add(fact["id"])
        for art, text in fact["anchors"].items():
            anchor(f"agreed {fact['id']}", art, text)
        if len({origin.get(a, a) for a in fact["anchors"]}) < 2:
            problems.append(f"{name}: agreed {fact['id']}: fewer than 2 origins")
    for point in exp.get("contested", []):
        if point["id"] in ids:
            problems.append(f"{name}: duplicate id {point['id']}")
        ids.add(point["id"])
        if len(point["sides"]) < 2:
            problems.append(f"{name}: contested {point['id']}: fewer than 2 sides")
        for side in point["sides"]:
            for art, text in [*side["anchors"].items(), *side.get("also", [])]:
                anchor(f"contested {point['id']} / {side['label']}", art, text)
    for pair in exp.get("distinct", []):
        for art, text in pair["anchors"]:
            anchor(f"distinct ({pair['why']})", art, text)
    for art, text in exp.get("non_claims", []):
        anchor("non_claims", art, text)
    for said in exp.get("speakers", []):
        anchor(f"speakers ({said['speaker']})", said["article"], said["anchor"])
        names = [said["speaker"]] if isinstance(said["speaker"], str) else said["speaker"]
        if not names or not all(isinstance(n, str) and n.strip() for n in names):
            problems.append(f"{name}: speakers: no name for {said['anchor']!r}")
    return problems


def main(argv: list[str]) -> int:
    events = argv or sorted(p.name for p in HERE.iterdir() if (p / "articles.jsonl").exists())
    problems = [p for e in events for p in check(HERE / e)]
    for p in problems:
        print(p)
    print(f"{len(events)} clusters checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
