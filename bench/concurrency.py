"""Concurrency of the LLM path on the wire, then the same run from cache.

    python bench/concurrency.py [--articles 50] [--concurrency 16] [--latency 1.0]

1. 50 articles through litellm's real HTTP client against the loopback OpenAI-compatible server
   (tests/loopback_server.py) with 1 s injected latency per request, at concurrency 16. Prints the
   extraction wall time vs the ideal ceil(50/16) x 1 s (target <= 1.25x).
2. The same articles again through the `consensus extract` CLI in a fresh process on the filled
   cache: 0 requests, and the whole process wall time (target <= 1 s).

The server (its own process) answers with the hand-annotated reference claims of seed 004 (not
model output): each article is seed 004 plus a unique closing line, with an id that contains the
seed's, so the quotes ground in every article and every article has its own cache key.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PYTHON, ROOT

sys.path.insert(0, str(ROOT))
SEED_FILE = "004_ac2ca82ab765c95e.txt"
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency", type=float, default=1.0)
    args = parser.parse_args()

    from consensus.cache import ClaimCache
    from consensus.extract import aextract_claims
    from consensus.ingest import load_articles

    seed = load_articles([ROOT / "seeds" / SEED_FILE])[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        jsonl = tmpdir / "articles.jsonl"
        with jsonl.open("w", encoding="utf-8") as fh:
            for i in range(args.articles + 1):  # the extra one warms up, untimed
                text = seed.text + f"\n\nThis is bulletin number {i} of the benchmark run."
                record = {"id": f"{seed.id}-bench-{i:03d}", "title": "Bench", "text": text}
                fh.write(json.dumps(record) + "\n")
        warmup, *articles = load_articles([jsonl])
        jsonl.write_text("".join(jsonl.read_text().splitlines(keepends=True)[1:]))
        cache_dir = tmpdir / "cache"

        # The server runs in its own process, as a real one would: no GIL shared with us.
        server = subprocess.Popen(
            [
                PYTHON,
                str(ROOT / "tests/loopback_server.py"),
                "--port",
                "0",
                "--latency",
                str(args.latency),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            base_url = server.stdout.readline().strip()
            with ClaimCache(cache_dir) as cache:
                options = {
                    "model": "openai/bench",
                    "api_base": base_url,
                    "concurrency": args.concurrency,
                    "cache": cache,
                }
                # pays litellm/instructor/openai imports and connection set-up once
                asyncio.run(aextract_claims([warmup], **options))  # type: ignore[arg-type]
                before = _requests(base_url)
                start = time.perf_counter()
                result = asyncio.run(aextract_claims(articles, **options))  # type: ignore[arg-type]
                wall = time.perf_counter() - start
                first_requests = _requests(base_url) - before
            assert not result.failures, result.failures

            ideal = math.ceil(args.articles / args.concurrency) * args.latency
            print(
                f"articles            {args.articles} at concurrency {args.concurrency}, "
                f"{args.latency:.1f} s latency per request"
            )
            print(f"requests            {first_requests}")
            print(f"wall time           {wall:6.2f} s   ideal {ideal:.2f} s")
            ratio = wall / ideal
            print(
                f"ratio               {ratio:6.2f}x  (target <= 1.25x: "
                f"{'ok' if ratio <= 1.25 else 'MISSED'})"
            )

            env = {**os.environ, "CONSENSUS_CACHE_DIR": str(cache_dir)}
            cli = [
                str(ROOT / ".venv/bin/consensus"),
                "extract",
                str(jsonl),
                "--model",
                "openai/bench",
                "--api-base",
                base_url,
                "--format",
                "json",
            ]
            before = _requests(base_url)
            start = time.perf_counter()
            proc = subprocess.run(cli, env=env, capture_output=True, text=True, check=False)
            cached_wall = time.perf_counter() - start
            again = _requests(base_url) - before
        finally:
            server.terminate()
            server.wait(10)
        if proc.returncode != 0:
            print(proc.stderr)
            sys.exit(1)
        print(
            f"cached re-run       {again} requests, whole process {cached_wall:.2f} s  "
            f"(target 0 requests and <= 1 s: "
            f"{'ok' if again == 0 and cached_wall <= 1.0 else 'MISSED'})"
        )
        print(f"                    {proc.stderr.strip().splitlines()[-1]}")


def _requests(base_url: str) -> int:
    """Completion requests the server has answered so far (its /stats endpoint)."""
    import urllib.request

    with urllib.request.urlopen(base_url.rsplit("/v1", 1)[0] + "/stats", timeout=10) as resp:
        return int(json.load(resp)["requests"])


if __name__ == "__main__":
    main()
