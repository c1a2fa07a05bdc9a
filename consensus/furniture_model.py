"""A learned furniture score: the sentences the furniture rules leave, weighed by words.

The rules of `consensus.nonclaims` and the modules it calls find page furniture by its
grammar; an outlet nobody here has read words its sign-up line, data credit or app prompt
in ways no rule has seen ("GrainFlow subscribers can download the full line-up from the
Data section", "Price data: <exchange>, settlement prices."). This module scores each
sentence the rules left with a logistic regression over its words and its shape, whose
weights `scripts/fit_furniture_weights.py` fits on labelled sentences (gold non-claims and
the sentences the rules find, against the gold facts, disputes and quotations of the
annotated clusters) and writes to `consensus/data/furniture_weights.json`; this module
only reads that file and adds weights up.

What it must never do: decide a sentence that reports someone's words or holds a quotation
(news, whatever its words), or learn an event's names: a capitalised word inside a
sentence is the token `<cap>`, digits `<num>`, and the fitting script keeps only features
seen in several clusters.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import re
from functools import cache, lru_cache
from importlib import resources

__all__ = ["furniture_score", "learned_furniture_spans", "merged_spans", "sentence_features"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,:]*|[@/:()|]")
# an e-mail or web address inside a whitespace-delimited chunk (each alternative opens on a
# literal, so no chunk is scanned twice)
_WEB_CHUNK = re.compile(r"https?://|www\.|\w@\w|\.(?:com|org|net|example)\b")
_LABEL = re.compile(r"^[A-Za-z][\w'’ -]{0,30}:\s")
_QUOTES = frozenset('"“”«»')
# a verb that reports someone's words: such a sentence is news, never scored (wider than
# `consensus.furniture.REPORTED`, which marks where furniture stops: here a denial or a
# confirmation in any case keeps the whole line out of the model's reach)
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|asked|urged|according\s+to|announced|reported|added|warned"
    r"|denied|insisted|claimed|stated|confirmed)\b",
    re.IGNORECASE,
)
_LENGTHS = ((4, "1-4"), (8, "5-8"), (15, "9-15"), (25, "16-25"))


def _tokens(sentence: str) -> list[str]:
    """Lower-cased words; a capitalised word past the first is `<cap>` (a name), digits
    `<num>`, a whitespace-delimited chunk holding an e-mail or web address `<web>`. Each
    pattern tries one chunk at a time from a literal, so a 200 KB token costs linear time."""
    out: list[str] = []
    for chunk in sentence.split():
        if _WEB_CHUNK.search(chunk):
            out.append("<web>")
            continue
        for m in _WORD.finditer(chunk):
            w = m.group()
            if w[0].isdigit():
                out.append("<num>")
            elif out and w[0].isupper():
                out.append("<cap>")
            else:
                out.append(w.lower().replace("’", "'"))
    return out


def sentence_features(sentence: str) -> list[str]:
    """The features of one sentence: its words (`w:`), word pairs (`b:`), first word
    (`first:`) and shape (`shape:`: a label before a colon, no closing stop, a closing
    bracket, its length)."""
    toks = _tokens(sentence)
    feats = [f"w:{t}" for t in toks]
    feats += [f"b:{a}_{b}" for a, b in itertools.pairwise(toks)]
    if toks:
        feats.append(f"first:{toks[0]}")
    stripped = sentence.rstrip()
    if _LABEL.match(sentence):
        feats.append("shape:label")
    if stripped and stripped[-1] not in ".!?\"”'’":
        feats.append("shape:no_stop")
    if stripped.endswith(")"):
        feats.append("shape:bracket_end")
    n = len(sentence.split())
    feats.append("shape:len_" + next((name for top, name in _LENGTHS if n <= top), "26+"))
    return sorted(set(feats))


@cache
def _model() -> tuple[dict[str, float], float, float]:
    """(feature weights, bias, threshold) from consensus/data/furniture_weights.json."""
    raw = json.loads(
        resources.files("consensus")
        .joinpath("data/furniture_weights.json")
        .read_text(encoding="utf-8")
    )
    return dict(raw["features"]), float(raw["bias"]), float(raw["threshold"])


# (a pure function of its sentence and the weights, loaded once: remembered, since copies
# and variants of one story repeat their sentences)
@lru_cache(maxsize=1 << 14)
def furniture_score(sentence: str) -> float:
    """The fitted probability that ``sentence`` is page furniture (0 for a sentence that
    reports someone's words or holds a quotation: those are never scored)."""
    if _speaks(sentence):
        return 0.0
    weights, bias, _ = _model()
    z = bias + sum(weights.get(f, 0.0) for f in sentence_features(sentence))
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def learned_furniture_spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) of each sentence of ``text`` (the offline extractor's split) that no
    span of ``found`` touches, whose line (paragraph) neither quotes nor reports anyone's
    words, and whose `furniture_score` reaches the fitted threshold. Linear in the text:
    each line is read once, the spans found are merged and searched by bisection."""
    from consensus.offline.sentences import sentence_spans  # nonclaims sits below offline

    _, _, threshold = _model()
    taken = merged_spans(found)
    starts = [s for s, _ in taken]
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    speaks: dict[int, bool] = {}
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        k = bisect.bisect_left(starts, end) - 1
        if k >= 0 and taken[k][1] > start:
            continue
        line = line_starts[bisect.bisect_right(line_starts, start) - 1]
        if line not in speaks:
            nl = text.find("\n", line)
            speaks[line] = _speaks(text[line : len(text) if nl < 0 else nl])
        if speaks[line]:
            continue  # its paragraph reports or quotes someone: a bio that goes on to news
        if furniture_score(text[start:end]) >= threshold:
            spans.append((start, end))
    return spans


def merged_spans(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` sorted, with overlapping or touching spans merged into one."""
    taken: list[tuple[int, int]] = []
    for s, e in sorted(found):
        if taken and s <= taken[-1][1]:
            taken[-1] = (taken[-1][0], max(taken[-1][1], e))
        else:
            taken.append((s, e))
    return taken


def _speaks(text: str) -> bool:
    """Whether ``text`` quotes or reports someone's words (never furniture)."""
    return bool(_QUOTES.intersection(text)) or _REPORTED.search(text) is not None
