"""Check the hand-annotated reference extractions in tests/reference/*.json.

Each file is what an excellent careful annotator would extract from one seed article; the
loopback test server serves it in place of a language model. This script checks, for every
file, that:

* it has the keys ``_provenance``, ``article`` and ``claims``, and ``article`` names a seed;
* ``claims`` validates as `consensus.models.ClaimDrafts`;
* every quote is an exact substring of the seed text (read as UTF-8, less a leading
  " date YYYY-MM-DD " prefix) and, when
  ``consensus.ingest`` exists, of the cleaned text ``load_articles`` makes of it (so no quote
  leans on boilerplate or on 001's " date 2025-03-15 " prefix);
* every hedge, quantity text and time text appears verbatim in the article;
* no statement occurs twice.

Run it with ``python tests/reference/check_reference.py``; tests/test_reference.py runs the
same checks under pytest. It exits non-zero when a check fails.
"""

from __future__ import annotations

import collections
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

REFERENCE_DIR = Path(__file__).resolve().parent
ROOT = REFERENCE_DIR.parent.parent
SEEDS_DIR = ROOT / "seeds"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from consensus.models import ClaimDrafts  # noqa: E402

REQUIRED_KEYS = {"_provenance", "article", "claims"}
# 001 begins with " date 2025-03-15 "; that prefix is metadata, not article text.
DATE_PREFIX = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2} ")


def reference_files() -> list[Path]:
    return sorted(REFERENCE_DIR.glob("*.json"))


def seed_text(article: str) -> str:
    return (SEEDS_DIR / f"{article}.txt").read_text(encoding="utf-8")


def ingested_text(article: str) -> str | None:
    """The cleaned text consensus.ingest makes of the seed, or None if ingest isn't there."""
    try:
        ingest = importlib.import_module("consensus.ingest")
    except ModuleNotFoundError as exc:
        if exc.name in ("consensus.ingest",):
            return None
        raise
    articles = ingest.load_articles([str(SEEDS_DIR / f"{article}.txt")])
    return str(articles[0].text)


def check_file(path: Path, *, use_ingest: bool = True) -> list[str]:
    """Return a list of problems with one reference file (empty when it is good)."""
    problems: list[str] = []
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if set(data) != REQUIRED_KEYS:
        problems.append(f"keys are {sorted(data)}, expected {sorted(REQUIRED_KEYS)}")
    article = data.get("article")
    if article != path.stem:
        problems.append(f"article {article!r} does not match the file name {path.stem!r}")
    if not (SEEDS_DIR / f"{path.stem}.txt").is_file():
        return [*problems, f"no seed seeds/{path.stem}.txt"]
    if "NOT the output of any language model" not in str(data.get("_provenance", "")):
        problems.append("_provenance must say it is not language-model output")

    drafts = ClaimDrafts.model_validate({"claims": data.get("claims", [])})
    raw = seed_text(path.stem)
    prefix = DATE_PREFIX.match(raw)
    texts = {"seed": raw[prefix.end() :] if prefix else raw}
    if use_ingest:
        cleaned = ingested_text(path.stem)
        if cleaned is not None:
            texts["ingest"] = cleaned

    seen: set[str] = set()
    for i, claim in enumerate(drafts.claims):
        where = f"claim {i} ({claim.statement[:50]!r})"
        if claim.statement in seen:
            problems.append(f"{where}: duplicate statement")
        seen.add(claim.statement)
        for quote in claim.quotes:
            for name, text in texts.items():
                if quote not in text:
                    problems.append(f"{where}: quote not in {name} text: {quote!r}")
        verbatim = [("hedge", h) for h in claim.hedges]
        verbatim += [("quantity", q.text) for q in claim.quantities]
        if claim.time is not None:
            verbatim.append(("time", claim.time.text))
        for what, words in verbatim:
            if words not in raw:
                problems.append(f"{where}: {what} {words!r} is not in the article")
    return problems


def summary(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    claims = data["claims"]
    kinds = collections.Counter(c["kind"] for c in claims)
    quotes = sum(len(c["quotes"]) for c in claims)
    denies = sum(1 for c in claims if c.get("polarity") == "denies")
    kinds_text = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    return f"{path.stem}: {len(claims)} claims, {quotes} quotes, {denies} denies ({kinds_text})"


def main() -> int:
    files = reference_files()
    if not files:
        print("no reference files found", file=sys.stderr)
        return 1
    failed = 0
    total = 0
    for path in files:
        problems = check_file(path)
        print(summary(path))
        total += len(json.loads(path.read_text(encoding="utf-8"))["claims"])
        for problem in problems:
            print(f"  FAIL {problem}")
        failed += bool(problems)
    checked = "seed text" + (" and ingest text" if ingested_text(files[0].stem) else "")
    print(
        f"{len(files)} files, {total} claims, quotes checked against {checked}; "
        f"{failed} file(s) with problems"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
