"""`consensus batch` at daily-brief scale: 2,000 articles about 200 events, offline extractor.

    python bench/batch.py [--events 200] [--outlets 10] [--executor local|ray] [--keep DIR]

Synthesises a deterministic JSON Lines feed (no story ids, so the stories must be found by
clustering): each event has its own place, officials, organisation, figures and date (ten
days of news, ~20 events a day, sharing countries and event kinds, so clustering has to
tell similar stories apart). Outlet 0 is a wire service; outlets 1 and 2 run the wire text
(syndication: one origin), the others write their own versions from the same facts, with
different wording, order, emphasis and sometimes a disputed figure.

Then runs, each as a child process (`python -m consensus batch FEED --out DIR`), timed, peak
RSS read from os.wait4 (Ray workers are not children of the CLI: with --executor ray the
memory figure is the driver's only):
  1. cold: empty cache, empty DIR   (time, time per story, peak RSS)
  2. resume: the same command again (every story already done)
and checks the stories found against the events the feed was made from.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Targets for a 2,000-article day on one core of a shared 2-core machine.
TARGET_TOTAL_S = 120.0
TARGET_PER_STORY_S = 0.6
TARGET_PEAK_MB = 1024.0
TARGET_RESUME_S = 10.0

COUNTRIES = [
    "Portugal",
    "Kenya",
    "Japan",
    "Ecuador",
    "Norway",
    "Nigeria",
    "Chile",
    "Vietnam",
    "Morocco",
    "Poland",
    "Indonesia",
    "Peru",
    "Greece",
    "Turkey",
    "Canada",
    "India",
]
KINDS = [
    ("train derailment", "derailed", "the rail line"),
    ("factory fire", "broke out", "the industrial zone"),
    ("bridge collapse", "collapsed", "the river crossing"),
    ("ferry capsizing", "capsized", "the harbour"),
    ("mine collapse", "caved in", "the mine shaft"),
    ("landslide", "swept through", "the hillside villages"),
    ("flash flood", "swept through", "the low-lying districts"),
    ("gas explosion", "tore through", "the apartment block"),
    ("building collapse", "collapsed", "the market district"),
    ("chemical leak", "spread over", "the port area"),
]
OUTLETS = [
    "Reuters",
    "Daily Courier",
    "Metro Herald",
    "The Ledger",
    "Evening Standard Post",
    "Northern Observer",
    "Coastal Times",
    "The Chronicle",
    "Capital Report",
    "World Desk",
]
TITLES = ["Interior Minister", "Governor", "Mayor", "Emergency Services Chief", "Prime Minister"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SYL = [
    "ka",
    "lo",
    "ven",
    "dra",
    "mi",
    "sor",
    "tel",
    "an",
    "ru",
    "bel",
    "zi",
    "mor",
    "qua",
    "des",
    "nol",
    "ira",
    "pes",
    "thal",
    "gor",
    "vin",
    "sha",
    "ul",
    "ber",
    "cas",
    "fen",
    "tor",
    "lis",
    "mar",
    "quo",
    "ren",
    "sal",
    "tiv",
    "ob",
    "dun",
    "hel",
    "kir",
]
_used_names: set[str] = set()


def _name(rng: random.Random, parts: int, *, unique: bool = False) -> str:
    """A made-up proper name; `unique` ones are never used twice in the feed."""
    for attempt in range(1000):
        name = "".join(rng.choice(_SYL) for _ in range(parts + attempt // 50)).capitalize()
        if not unique or name not in _used_names:
            _used_names.add(name)
            return name
    raise RuntimeError("no unused name left")


def _event(e: int) -> dict[str, object]:
    rng = random.Random(f"event-{e}")
    kind, verb, area = KINDS[rng.randrange(len(KINDS))]
    dead = rng.randint(3, 120)
    day = dt.date(2024, 6, 1) + dt.timedelta(days=e % 10)
    return {
        "city": _name(rng, 2, unique=True) + rng.choice(["a", "o", "ia", "en", "ville", "burg"]),
        "country": rng.choice(COUNTRIES),
        "kind": kind,
        "verb": verb,
        "area": area,
        "official": f"{_name(rng, 2)} {_name(rng, 3, unique=True)}",
        "title": rng.choice(TITLES),
        "opposition": f"{_name(rng, 2)} {_name(rng, 3, unique=True)}",
        "org": f"{_name(rng, 2)} Red Cross",
        "company": f"{_name(rng, 2)} Holdings",
        "dead": dead,
        "dead_alt": dead + rng.randint(4, 30),
        "injured": rng.randint(10, 400),
        "evacuated": rng.randint(2, 90) * 100,
        "rescued": rng.randint(5, 60),
        "year": rng.randint(1985, 2019),
        "prev_dead": rng.randint(50, 500),
        "day": day,
        "weekday": WEEKDAYS[day.weekday()],
        "details": [_detail(rng) for _ in range(4)],
    }


FACILITIES = [
    "pumping station",
    "school",
    "hospital wing",
    "warehouse",
    "power substation",
    "bus depot",
    "water treatment plant",
    "grain silo",
    "fishing pier",
    "clinic",
    "police station",
    "textile mill",
    "cement works",
    "highway overpass",
    "stadium",
]
CONDITIONS = [
    "awaiting repairs",
    "closed for inspection",
    "flagged as unsafe",
    "operating beyond capacity",
    "scheduled for demolition",
    "recently renovated",
]
SOURCES = [
    "municipal records",
    "a local engineer",
    "the regional council",
    "a union leader",
    "state broadcaster",
    "a hospital spokesperson",
    "insurance assessors",
    "residents",
]
SUPPLIES = ["blankets", "drinking water", "generators", "tents", "medical kits", "food parcels"]


def _detail(rng: random.Random) -> str:
    """An event-specific fact: only the outlets covering that event report it."""
    n = rng.randint(2, 40)
    who = f"{_name(rng, 2)} {_name(rng, 2)}"
    facility = rng.choice(FACILITIES)
    return rng.choice(
        [
            f"The nearby {facility} had been {rng.choice(CONDITIONS)} for {n} years, "
            f"according to {rng.choice(SOURCES)}.",
            f"{who}, who lives near the {facility}, said she heard a loud noise shortly "
            f"before {rng.randint(1, 11)} a.m.",
            f"Trucks carrying {rng.choice(SUPPLIES)} and {rng.choice(SUPPLIES)} reached the "
            f"{facility} after a {n}-hour journey.",
            f"{who} of {rng.choice(SOURCES)} said {n} families were sheltering in the {facility}.",
        ]
    )


def _sentences(f: dict[str, object]) -> dict[str, list[str]]:
    """Every fact of an event, each in several wordings (the outlets pick different ones)."""
    return {
        "lead": [
            "At least {dead} people were killed and {injured} injured when a {kind} hit {city} "
            "on {weekday}, officials in {country} said.",
            "A {kind} in the {country} city of {city} killed {dead} people on {weekday}, "
            "in one of the worst disasters the region has seen in years.",
            "{title} {official} said on {weekday} that {dead} people had died after a {kind} "
            "in {city}, with {injured} more taken to hospital.",
        ],
        "scene": [
            "Witnesses said the {kind} {verb} without warning near {area} of {city}.",
            "Video shared by residents showed smoke and rubble near {area} as the {kind} {verb}.",
        ],
        "quote": [
            '"We are doing everything we can to reach those still trapped," {official} told '
            "reporters in {city}.",
            '"Every available team is on the ground in {city} tonight," {title} {official} '
            "said in a televised statement.",
        ],
        "inquiry": [
            "{official} said the government would open an inquiry into the causes of the {kind}.",
            "The government of {country} has ordered an investigation into the {kind}, "
            "{official} said.",
        ],
        "rescue": [
            "Rescue workers pulled {rescued} survivors from the debris by {weekday} evening, "
            "according to the {org}.",
            "The {org} said its volunteers had rescued {rescued} people and evacuated "
            "{evacuated} residents from around {area}.",
        ],
        "evacuated": [
            "About {evacuated} residents were evacuated from {area}, the {org} said.",
        ],
        "company": [
            "{company}, which operates the site near {area}, said it was cooperating fully "
            "with the authorities in {city}.",
        ],
        "dispute": [
            "Local media in {city} put the death toll at {dead_alt}, higher than the official "
            "figure of {dead}.",
            "{opposition}, an opposition lawmaker, said at least {dead_alt} people had died and "
            "accused the government of hiding the true toll, which {official} denied.",
        ],
        "history": [
            "It was the deadliest {kind} in {country} since {year}, when {prev_dead} people died.",
        ],
        "detail": [str(d) for d in f["details"]],  # type: ignore[attr-defined]
        "opinion": [
            "Analysts said the disaster would put pressure on {official} ahead of elections "
            "next year.",
            "Critics said years of underinvestment around {area} had made a disaster like the "
            "{kind} in {city} only a matter of time.",
        ],
    }


def _fill(template: str, f: dict[str, object]) -> str:
    return template.format(**f)


def synthesize(events: int, outlets: int) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for e in range(events):
        f = _event(e)
        s = _sentences(f)
        day: dt.date = f["day"]  # type: ignore[assignment]
        wire_order = ["lead", "scene", "quote", "detail", "rescue", "inquiry", "company"]
        wire = [_fill(s[k][0], f) for k in wire_order]
        wire[0] = f"{str(f['city']).upper()} (Reuters) - " + wire[0]
        for o in range(outlets):
            rng = random.Random(f"article-{e}-{o}")
            if o == 0:
                paragraphs = wire
                title = _fill("{dead} killed in {kind} in {country}'s {city}", f)
            elif o in (1, 2):  # syndicated wire copy, sometimes cut short, with a house line
                paragraphs = wire[: rng.randint(4, len(wire))]
                paragraphs = [*paragraphs, f"Additional reporting by {OUTLETS[o]} staff."]
                title = _fill("{dead} killed in {kind} in {country}'s {city}", f)
            else:
                keys = [
                    "scene",
                    "quote",
                    "inquiry",
                    "rescue",
                    "evacuated",
                    "company",
                    "dispute",
                    "history",
                    "opinion",
                    "detail",
                    "detail",
                ]
                chosen = [k for k in keys if rng.random() < 0.6]
                rng.shuffle(chosen)
                paragraphs = [_fill(rng.choice(s["lead"]), f)]
                paragraphs += [_fill(rng.choice(s[k]), f) for k in chosen]
                title = _fill(
                    rng.choice(
                        [
                            "{kind} in {city} leaves {dead} dead",
                            "{city} {kind}: {official} promises inquiry",
                            "Death toll rises after {kind} in {city}, {country}",
                            "{country}: rescuers search for survivors of {city} {kind}",
                        ]
                    ),
                    f,
                )
                title = title[0].upper() + title[1:]
            published = day + dt.timedelta(days=1 if o >= 3 and rng.random() < 0.3 else 0)
            records.append(
                {
                    "id": f"e{e:03d}-{o:02d}",
                    "title": title,
                    "source": OUTLETS[o % len(OUTLETS)],
                    "published": published.isoformat(),
                    "text": "\n\n".join(paragraphs),
                }
            )
    random.Random("feed-order").shuffle(records)  # a feed is not sorted by story
    return records


def run_child(args: list[str]) -> tuple[float, float, int, str]:
    """Wall time (s), peak RSS of the child (MB), exit code, stderr."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return elapsed, usage.ru_maxrss / 1024, proc.returncode, stderr


def clustering_quality(out: Path) -> tuple[int, int, float, float]:
    """(stories found, stories that are exactly one event, pairwise precision, recall)."""
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    found: list[list[str]] = []
    for story in index["stories"]:
        if story["status"] == "failed":
            continue
        report = json.loads((out / story["reports"]["json"]).read_text(encoding="utf-8"))
        found.append([a["id"] for a in report["articles"]])
    event = {aid: aid.split("-")[0] for ids in found for aid in ids}
    truth = Counter(event.values())
    exact = sum(
        1 for ids in found if len({event[a] for a in ids}) == 1 and len(ids) == truth[event[ids[0]]]
    )
    same_pairs = sum(1 for ids in found for a, b in combinations(ids, 2) if event[a] == event[b])
    found_pairs = sum(len(ids) * (len(ids) - 1) // 2 for ids in found)
    true_pairs = sum(n * (n - 1) // 2 for n in truth.values())
    return len(found), exact, same_pairs / max(found_pairs, 1), same_pairs / max(true_pairs, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--outlets", type=int, default=10)
    parser.add_argument("--executor", choices=["local", "ray"], default="local")
    parser.add_argument("--keep", type=Path, help="Keep the feed and output in this directory.")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="consensus-bench-batch-"))
    work.mkdir(parents=True, exist_ok=True)
    feed, out, cache = work / "feed.jsonl", work / "out", work / "cache"
    for path in (out, cache):
        shutil.rmtree(path, ignore_errors=True)
    records = synthesize(args.events, args.outlets)
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "consensus",
        "batch",
        str(feed),
        "--out",
        str(out),
        "--cache-dir",
        str(cache),
        "--executor",
        args.executor,
    ]
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    os.environ.pop("CONSENSUS_MODEL", None)

    cold, peak, code, stderr = run_child(command)
    if code not in (0, 1):
        sys.exit(f"batch failed ({code}):\n{stderr}")
    resume, resume_peak, code2, stderr2 = run_child(command)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    counts = index["counts"]
    n_stories = counts["stories"]
    found, exact, precision, recall = clustering_quality(out)

    def ratio(value: float, target: float) -> str:
        verdict = "ok" if value <= target else "MISSED"
        return f"{value / target:5.2f}x of target {target:g} ({verdict})"

    print(
        f"command             consensus batch FEED --out DIR --cache-dir CACHE "
        f"--executor {args.executor}   (offline extractor, cold cache)"
    )
    print(
        f"feed                {len(records)} articles, {args.events} events x {args.outlets} "
        "outlets (2 of them syndicate the wire), no story ids"
    )
    print(
        f"stories             {n_stories} found: {counts['brief']} in the brief, "
        f"{counts['single_origin']} single-origin, {counts['failed']} failed"
    )
    print(
        f"clustering          {exact} of {args.events} events recovered exactly "
        f"({found} stories); pairwise precision {precision:.3f}, recall {recall:.3f}"
    )
    print(f"cold run            {cold:7.1f} s    {ratio(cold, TARGET_TOTAL_S)}")
    print(
        f"  per story         {cold / n_stories:7.3f} s    "
        f"{ratio(cold / n_stories, TARGET_PER_STORY_S)}"
    )
    print(f"  per article       {1000 * cold / len(records):7.1f} ms")
    print(f"  peak RSS (child)  {peak:7.0f} MB   {ratio(peak, TARGET_PEAK_MB)}")
    print(
        f"resume (all done)   {resume:7.1f} s    {ratio(resume, TARGET_RESUME_S)}; "
        f"peak {resume_peak:.0f} MB; exit {code2}"
    )
    summary = [line for line in stderr2.splitlines() if "skipped (already done)" in line]
    print(f"  its summary       {summary[0] if summary else '(none)'}")
    print(f"output              {work}" + ("" if args.keep else " (temporary)"))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
