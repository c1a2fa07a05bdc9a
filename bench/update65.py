"""Census of update sentences (one sentence telling an old and a new value of one slot: "19
spectators had been treated, up from the 14 it reported", "420, not the 350 given in the
papers", "initially said 58 ... corrected that figure to 71") in the tunable made-up clusters,
and of the gold update disputes (`kind: update`) they bridge.

Static by default (reads texts and gold only, a second): each sentence of a tunable cluster
whose figures `figure_rivals_told.told_pair` reads as (own, told) with the told one an earlier
value (`told_earlier` here: no rival's figure set against its own), with the gold dispute
whose anchors it touches and that dispute's kind. With --score, each gold update
dispute's fate in the report too (found or missed, a mixed side; `bench/quality.py`
scoring: minutes).

    PYTHONPATH=.:bench .venv/bin/python bench/update65.py > bench/update65.tsv
    PYTHONPATH=.:bench .venv/bin/python bench/update65.py --score [cluster ...]
"""

from __future__ import annotations

import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor

from quality_lib import MADEUP_GOLD, ROOT, madeup, tunable

from consensus.merge.figure_rivals_told import told_as_other, told_pair
from consensus.merge.figures import Figure, figures

MADEUP = ROOT / "tests" / "data" / "madeup"
# an opener of a rival's figure set against the sentence's own ("fewer than the 14 listed by
# the agency", "the operator's figure of"): no earlier value of one slot
_RIVAL = re.compile(
    r"\b(?:than|against|instead\s+of|above|below|short\s+of)\s+(?:the|an?|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}$|['’]s?\s+(?:own\s+)?(?:figure|estimate|count)\s+of\s+$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?=\s|$)|$)")


def told_earlier(statement: str, fig: Figure) -> bool:
    """`told_as_other`, but no rival's figure (`_RIVAL`): an earlier value of the slot."""
    before = statement[max(0, fig.start - 40) : fig.start]
    return told_as_other(statement, fig) and not _RIVAL.search(before)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _gold_of(exp: dict, art: str, sentence: str) -> tuple[str, str]:  # type: ignore[type-arg]
    """(gold id, kind) of the contested point one of whose anchors in `art` overlaps the
    sentence; ('', '') for none."""
    s = _norm(sentence)
    for d in exp.get("contested", []):
        for side in d.get("sides", []):
            texts = [t for a, t in side.get("anchors", {}).items() if a == art]
            texts += [t for a, t in side.get("also", []) if a == art]
            if any(_norm(t) in s or s in _norm(t) for t in texts):
                return d["id"], d.get("kind", "")
    return "", ""


def static_rows(name: str) -> list[str]:
    exp = json.loads((MADEUP_GOLD / name / "expectations.json").read_text())
    out = []
    for path in sorted((MADEUP / name).glob("*.txt")):
        for m in _SENTENCE.finditer(path.read_text()):
            sentence = " ".join(m.group(0).split())
            fs = figures(sentence)
            pair = told_pair(sentence, fs)
            told = [f for f in fs if told_as_other(sentence, f)]
            if not told:
                continue
            shape = (
                "update"
                if pair and told_earlier(sentence, pair[1])
                else ("rival" if pair else "told, no pair")
            )
            gid, kind = _gold_of(exp, path.stem, sentence)
            out.append("\t".join([name, path.stem, shape, gid, kind, sentence[:200]]))
    return out


def _scored(name: str) -> list[str]:
    from quality import score_madeup

    exp = json.loads((MADEUP_GOLD / name / "expectations.json").read_text())
    updates = [d for d in exp.get("contested", []) if d.get("kind") == "update"]
    if not updates:
        return []
    s = score_madeup(name)
    mixed = {m.split(":", 1)[0] for m in s.sides_mixed_items}
    return [
        "\t".join(
            [
                name,
                d["id"],
                "missed" if d["id"] in s.disputes_missed else "found",
                "mixed" if d["id"] in mixed else "",
            ]
        )
        for d in updates
    ]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    names = args or tunable(madeup())
    if "--score" in sys.argv:
        print("cluster\tgold id\tfound\tmixed side")
        with ProcessPoolExecutor(2) as ex:
            for rows in ex.map(_scored, names, chunksize=4):
                print(*rows, sep="\n") if rows else None
        return
    print("cluster\tarticle\tshape\tgold id\tgold kind\tsentence")
    for name in names:
        for r in static_rows(name):
            print(r)


if __name__ == "__main__":
    main()
