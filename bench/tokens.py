"""Prompt tokens per article on the wire, against the article's own tokens and a naive prompt.

    python bench/tokens.py

Extracts the five seeds through litellm against the loopback server (answers are the
hand-annotated references, not model output), reads the request bodies the server received,
and counts their tokens (messages plus the schema in `response_format`) with litellm's
offline tokenizer (tiktoken's bundled files). Prints, per article: prompt tokens, the
article's own tokens, the overhead (target: prompt <= article + 1,000), and, for the whole
set, the total against one naive prompt that asks a model to summarise all articles at once.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys

from _common import ROOT

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

TOKEN_MODEL = "gpt-4o-mini"
OVERHEAD_TARGET = 1000
NAIVE_INSTRUCTION = (
    "Here are several news articles about the same event. Summarise what they agree on, "
    "what they disagree on, and what only one of them says, citing the articles.\n\n"
)


def main() -> None:
    import litellm
    from loopback_server import LoopbackServer

    from consensus.extract import aextract_claims
    from consensus.ingest import load_articles

    def tokens(text: str) -> int:
        return int(litellm.token_counter(model=TOKEN_MODEL, text=text))

    articles = load_articles([ROOT / "seeds"])
    with LoopbackServer() as server:
        result = asyncio.run(
            aextract_claims(articles, model="openai/tokens", api_base=server.base_url)
        )
        bodies = [r.body for r in server.requests if r.method == "POST" and r.body]
    assert not result.failures, result.failures

    header = f"{'article':24} {'prompt':>7} {'article':>8} {'overhead':>9}"
    print(f"{header}  target <= +{OVERHEAD_TARGET}")
    total_prompt = 0
    worst = 0
    for article in articles:
        body = next(b for b in bodies if article.id in json.dumps(b, ensure_ascii=False))
        prompt = int(litellm.token_counter(model=TOKEN_MODEL, messages=body["messages"]))
        # the schema travels in response_format (json_schema mode) or tools: count it too
        for extra in ("response_format", "tools"):
            if body.get(extra):
                prompt += tokens(json.dumps(body[extra], separators=(",", ":")))
        own = tokens(article.text)
        total_prompt += prompt
        worst = max(worst, prompt - own)
        print(
            f"{article.id:24} {prompt:7d} {own:8d} {prompt - own:+9d}  "
            f"{'ok' if prompt - own <= OVERHEAD_TARGET else 'MISSED'}"
        )
    naive = tokens(NAIVE_INSTRUCTION + "\n\n---\n\n".join(a.text for a in articles))
    print(
        f"worst overhead      {worst:+d} tokens per article "
        f"({'ok' if worst <= OVERHEAD_TARGET else 'MISSED'})"
    )
    print(f"all five requests   {total_prompt} prompt tokens")
    print(f"naive single prompt {naive} prompt tokens (one call over all articles)")
    print(
        f"ratio               {total_prompt / naive:.2f}x the naive prompt: the price of "
        f"per-article calls that can be cached, retried and grounded one article at a time"
    )


if __name__ == "__main__":
    main()
