"""Shared helpers for the benchmarks: run a child process, time it, read its peak memory."""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def run_timed(args: list[str], *, env: dict[str, str] | None = None, cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    subprocess.run(
        args,
        check=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def interleaved_medians(
    commands: dict[str, list[str]], repeats: int, env: dict[str, str] | None = None
) -> dict[str, float]:
    """Median wall time per command, runs interleaved so machine noise hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, args in commands.items():
            times[name].append(run_timed(args, env=env))
    return {name: statistics.median(ts) for name, ts in times.items()}


def child_peak_rss_mb() -> float:
    """Peak RSS of all waited-for children so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def big_story(size: int, seed: int = 7) -> str:
    """News-like paragraphs, ~`size` characters, deterministic, no copy of any seed."""
    rnd = random.Random(seed)
    people = ["Anna Petrenko", "Ivan Sokolov", "Maria Kovalenko", "Oleg Orlov", "Elena Markova"]
    verbs = ["said", "told reporters", "announced", "confirmed", "warned"]
    events = [
        "power lines were repaired",
        "schools reopened",
        "a bridge was closed",
        "evacuation buses left",
        "water supplies were restored",
    ]
    paragraphs, total, n = [], 0, 0
    while total < size:
        sentences = [
            f"{rnd.choice(people)} {rnd.choice(verbs)} on Tuesday that {rnd.randint(2, 900)} "
            f"homes in district {n % 97} were affected after {rnd.choice(events)}."
            for _ in range(rnd.randint(2, 4))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
        n += 1
    return "Regional authorities report on storm damage\n\n" + "\n\n".join(paragraphs)
