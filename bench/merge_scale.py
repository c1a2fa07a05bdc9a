"""How consensus.merge scales: synthetic claim sets of 10k and 100k claims, side by side.

    python bench/merge_scale.py            # 10k and 100k claims
    python bench/merge_scale.py --sizes 10000 50000 100000

The corpus: 5,000 articles in 500 events (10 articles per event). Each event has its own
people and places plus a few global entities (Russia, United States, ...) drawn with a
Zipf law, so the global ones appear everywhere, as in real news; each event has a pool of
propositions (speaker, predicate, content words, sometimes a quantity) whose popularity is
Zipf too, so a few are reported by most articles of the event and most by one. Articles
paraphrase what they report (synonyms from merge's own table, dropped and added words,
reported speech or the outlet's own voice) and a few deny a proposition. Everything comes
from one seeded random.Random, so every run builds the same corpus.

Each size runs in a fresh subprocess, so peak RSS (resource.getrusage ru_maxrss) is that
size's own; the merge time excludes building the corpus. Origins is a trivial stand-in
(each article its own origin): building origins for 5k articles is not what this measures.
Targets: <= 10 s and <= 2 GB at 100k claims, <= 12x the time for 10x the claims.

    python bench/merge_scale.py --against /tmp/base-tree   # side by side, one run

`--against TREE` measures each size with TREE's consensus package too (this script's corpus
and measurement, the package imported from TREE), alternating (TREE, this tree) size by
size, and prints both; the targets are read from this tree's rows. `merge cpu` is the
merge's process_time (steadier than the wall time on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(os.environ.get("MERGE_SCALE_TREE") or Path(__file__).resolve().parent.parent)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from consensus.models import (  # noqa: E402
    Article,
    Claim,
    ClaimKind,
    ClaimSet,
    Evidence,
    OriginGroup,
    Polarity,
    Quantity,
)

N_ARTICLES = 5000
N_EVENTS = 500
SEED = 20250314

GLOBAL_ENTITIES = [
    "Russia", "United States", "Ukraine", "China", "European Union", "NATO", "United Nations",
    "Germany", "France", "United Kingdom", "Iran", "Israel", "Turkey", "India", "Japan",
]  # fmt: skip
PREDICATES = [
    ("said", "announced"), ("surrounded", "encircled"), ("liberated", "retaken"),
    ("captured", "seized"), ("supports", "backs"), ("launched", "started"),
    ("halted", "stopped"), ("guaranteed", "ensured"), ("rejected", "dismissed"),
    ("approved", "passed"), ("signed", "agreed"), ("struck", "hit"), ("visited", "toured"),
    ("warned", "cautioned"), ("proposed", "suggested"), ("delayed", "postponed"),
]  # fmt: skip
UNITS = ["percent", "troop", "day", "sq km", "village", "dollar", "person"]
FILLER = ["also", "reportedly", "on Friday", "earlier", "again", "in a statement", "today"]
SYLLABLES = "ka lo mi ra ven tor sel pan dri gus hol mek nar pro sta vil bor cen dal fen".split()


def _word(rnd: random.Random) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3)))


def _name(rnd: random.Random) -> str:
    return f"{_word(rnd).title()} {_word(rnd).title()}"


@dataclass
class _Proposition:
    speaker: str | None
    subject: str
    entities: tuple[str, ...]
    predicate: tuple[str, str]
    words: tuple[str, ...]
    quantity: tuple[float, str] | None


def _zipf_pick(rnd: random.Random, items: list[_Proposition] | list[str], s: float = 1.1) -> int:
    weights = [1.0 / (k + 1) ** s for k in range(len(items))]
    return rnd.choices(range(len(items)), weights=weights)[0]


def build_corpus(n_claims: int, seed: int = SEED) -> tuple[list[Article], list[ClaimSet]]:
    """A deterministic synthetic corpus with `n_claims` claims over 5k articles."""
    rnd = random.Random(seed)
    vocab = sorted({_word(rnd) for _ in range(6000)})
    per_article = max(1, n_claims // N_ARTICLES)
    extra = n_claims - per_article * N_ARTICLES
    articles: list[Article] = []
    claim_sets: list[ClaimSet] = []
    art_no = 0
    for event in range(N_EVENTS):
        people = [_name(rnd) for _ in range(4)]
        places = [_word(rnd).title() + " region" for _ in range(2)]
        topic_words = rnd.sample(vocab, 60)
        props: list[_Proposition] = []
        for _ in range(max(30, per_article * 4)):
            ents = [rnd.choice(places)]
            if rnd.random() < 0.6:
                ents.append(GLOBAL_ENTITIES[_zipf_pick(rnd, GLOBAL_ENTITIES)])
            speaker = rnd.choice(people) if rnd.random() < 0.55 else None
            subject = rnd.choice(people + ents)
            words = tuple(rnd.sample(topic_words, 2) + rnd.sample(vocab, rnd.randint(2, 4)))
            qty = None
            if rnd.random() < 0.3:
                qty = (float(rnd.choice([5, 10, 12, 30, 40, 86, 100, 1300, 2000])),
                       rnd.choice(UNITS))  # fmt: skip
            props.append(
                _Proposition(speaker, subject, tuple(ents), rnd.choice(PREDICATES), words, qty)
            )
        for _ in range(N_ARTICLES // N_EVENTS):
            art_id = f"{event:03d}-{art_no:05d}"
            art_no += 1
            k = per_article + (1 if extra > 0 else 0)
            extra -= 1 if extra > 0 else 0
            sentences: list[str] = []
            claims: list[Claim] = []
            offset = 0
            for _ in range(k):
                p = props[_zipf_pick(rnd, props)]
                verb = p.predicate[rnd.random() < 0.4]
                words = [w for w in p.words if rnd.random() > 0.15]
                if rnd.random() < 0.3:
                    words.append(rnd.choice(vocab))
                denies = rnd.random() < 0.03
                body = f"{p.subject} {'did not ' if denies else ''}{verb} " + " ".join(words)
                if p.quantity:
                    value, unit = p.quantity
                    body += f" {value:g} {unit}"
                body += " in " + " and ".join(e for e in p.entities)
                if rnd.random() < 0.3:
                    body += " " + rnd.choice(FILLER)
                sentence = (f"{p.speaker} said {body}." if p.speaker else f"{body}.").replace(
                    "  ", " "
                )
                sentence = sentence[0].upper() + sentence[1:]
                start = offset
                sentences.append(sentence)
                offset += len(sentence) + 1
                claims.append(
                    Claim(
                        statement=sentence,
                        kind=ClaimKind.reported_statement if p.speaker else ClaimKind.event,
                        subject=p.subject,
                        entities=p.entities,
                        speaker=p.speaker,
                        polarity=Polarity.denies if denies else Polarity.asserts,
                        quantities=(
                            (
                                Quantity(
                                    text=f"{p.quantity[0]:g} {p.quantity[1]}",
                                    value=p.quantity[0],
                                    unit=p.quantity[1],
                                ),
                            )
                            if p.quantity
                            else ()
                        ),
                        evidence=(
                            Evidence(quote=sentence, start=start, end=start + len(sentence)),
                        ),
                    )
                )
            text = " ".join(sentences)
            articles.append(Article(id=art_id, text=text, outlet=f"outlet {art_no % 97}"))
            claim_sets.append(
                ClaimSet(
                    article=art_id,
                    extractor="synthetic",
                    extractor_version="1",
                    claims=tuple(claims),
                )
            )
    return articles, claim_sets


class OwnOrigins:
    """Each article is its own origin."""

    def __init__(self, articles: list[Article]) -> None:
        self._groups = tuple(
            OriginGroup(id=f"o-{a.id}", articles=(a.id,))
            for a in sorted(articles, key=lambda a: a.id)
        )

    @property
    def groups(self) -> tuple[OriginGroup, ...]:
        return self._groups

    def origin_of(self, article_id: str) -> str:
        return f"o-{article_id}"

    def origin_of_span(self, article_id: str, start: int, end: int) -> str:
        return f"o-{article_id}"


def _maxrss_mb() -> float:
    # ru_maxrss is KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_one(n_claims: int) -> dict[str, float]:
    from consensus.merge import merge

    t0 = time.perf_counter()
    articles, sets = build_corpus(n_claims)
    build_s = time.perf_counter() - t0
    from consensus.api import embed_for_merge

    t_embed = time.perf_counter()
    vectors = embed_for_merge(sets)  # offline vectors, computed before the merge (as summarize)
    embed_s = time.perf_counter() - t_embed
    rss_before = _maxrss_mb()
    t1, c1 = time.perf_counter(), time.process_time()
    report = merge(articles, sets, OwnOrigins(articles), vectors=vectors)
    merge_s, merge_cpu = time.perf_counter() - t1, time.process_time() - c1
    import consensus

    assert Path(consensus.__file__).resolve().is_relative_to(ROOT.resolve())
    return {
        "claims": float(sum(len(cs.claims) for cs in sets)),
        "articles": float(len(articles)),
        "build_s": round(build_s, 2),
        "embed_s": round(embed_s, 2),
        "merge_s": round(merge_s, 2),
        "merge_cpu": round(merge_cpu, 2),
        "rss_before_merge_mb": round(rss_before, 1),
        "peak_rss_mb": round(_maxrss_mb(), 1),
        "agreed": float(len(report.agreed)),
        "contested": float(len(report.contested)),
        "single": float(len(report.single_source)),
    }


def _measure(n: int, tree: Path | None) -> dict[str, float]:
    """One size in a fresh process, with `tree`'s consensus package (None: this tree's)."""
    env = dict(os.environ)
    if tree is not None:
        env["MERGE_SCALE_TREE"] = str(tree)
    out = subprocess.run(
        [sys.executable, __file__, "--one", str(n)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    row: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return row


def _growth(rows: list[dict[str, float]]) -> tuple[float, float]:
    small, big = rows[0], rows[-1]
    return big["merge_s"] / max(small["merge_s"], 1e-9), big["claims"] / small["claims"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--against", type=Path, help="another tree, measured side by side")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    trees: list[tuple[str, Path | None]] = [("this", None)]
    if args.against:
        trees = [("base", args.against.resolve()), ("this", None)]
    rows: dict[str, list[dict[str, float]]] = {label: [] for label, _ in trees}
    for n in args.sizes:
        for label, tree in trees:  # (alternating: the machine's load falls on both)
            rows[label].append(_measure(n, tree))
    print(f"{'tree':>8} {'claims':>8} {'build s':>8} {'embed s':>8} {'merge s':>8} "
          f"{'cpu s':>8} {'peak MB':>8} {'agreed':>7} {'contest':>7} {'single':>7}")  # fmt: skip
    for k in range(len(args.sizes)):
        for label, _ in trees:
            r = rows[label][k]
            print(
                f"{label:>8} {int(r['claims']):>8} {r['build_s']:>8.2f} {r['embed_s']:>8.2f} "
                f"{r['merge_s']:>8.2f} {r['merge_cpu']:>8.2f} {r['peak_rss_mb']:>8.0f} "
                f"{int(r['agreed']):>7} {int(r['contested']):>7} {int(r['single']):>7}"
            )
    ok = True
    mine = rows["this"]
    if len(mine) >= 2:
        for label, _ in trees:
            growth, size_ratio = _growth(rows[label])
            print(
                f"{label}: time growth {growth:.1f}x for {size_ratio:.0f}x claims (target <= 12x)"
            )
        growth, size_ratio = _growth(mine)
        ok &= growth <= 1.2 * size_ratio
    big = mine[-1]
    if big["claims"] >= 100_000:
        print(f"100k claims: {big['merge_s']:.2f} s (target <= 10 s), "
              f"peak {big['peak_rss_mb']:.0f} MB (target <= 2048 MB)")  # fmt: skip
        ok &= big["merge_s"] <= 10 and big["peak_rss_mb"] <= 2048
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
