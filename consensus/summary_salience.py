"""Salience: a sum of named parts, each a value in 0..1 times a weight from
`consensus/data/salience.toml` (the parts are listed in `consensus.summary`'s docstring).

Moved verbatim from `consensus.summary`, which re-exports `PARTS`, `Weights` and
`load_weights`. PURE: no I/O beyond reading the weight table once.
"""

from __future__ import annotations

import functools
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from consensus.merge.figures import figures
from consensus.models import Article, Citation, ClaimKind, Report, Salience, SaliencePart
from consensus.summary_text import _FIGURE, _content_words, _names, is_background

PARTS = ("origins", "lede", "title", "entities", "figure", "kind", "speaker", "background")


@dataclass(frozen=True)
class Weights:
    """The salience weights and summary limits of `consensus/data/salience.toml`."""

    weights: Mapping[str, float]
    kind: Mapping[str, float]
    limits: Mapping[str, float]

    def limit(self, name: str) -> int:
        return int(self.limits[name])


@functools.cache
def load_weights() -> Weights:
    raw = tomllib.loads(
        resources.files("consensus").joinpath("data/salience.toml").read_text(encoding="utf-8")
    )
    return Weights(
        weights={k: float(raw["weights"][k]) for k in PARTS},
        kind={k: float(v) for k, v in raw["kind"].items()},
        limits={k: float(v) for k, v in raw["summary"].items()},
    )


# --- Salience --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    """What salience reads of an item or a contested point."""

    id: str
    text: str
    kind: ClaimKind
    speakers: tuple[str, ...]
    origins: int
    citations: tuple[Citation, ...]


def _units(report: Report) -> list[_Unit]:
    units = [
        _Unit(it.id, it.statement, it.kind, it.speakers, it.origins, it.citations)
        for it in (*report.agreed, *report.single_source)
    ]
    for c in report.contested:
        units.append(
            _Unit(
                c.id,
                " ".join([c.topic, *(p.statement for p in c.positions)]),
                ClaimKind.event,
                tuple(dict.fromkeys(s for p in c.positions for s in p.speakers)),
                sum(p.origins for p in c.positions),
                tuple(q for p in c.positions for q in p.citations),
            )
        )
    return units


class _Scorer:
    def __init__(self, units: Sequence[_Unit], articles: Sequence[Article], w: Weights) -> None:
        self.w = w
        self.length = {a.id: max(1, len(a.text)) for a in articles}
        self.title_words: set[str] = set()
        for a in articles:
            self.title_words |= _content_words(a.title or "")
        # the most origins an item has (a contested point's unit sums its sides, which may
        # count one origin twice: it is capped at 1 below, not the scale)
        self.max_origins = max([u.origins for u in units if not u.id.startswith("c-")] + [1])
        self.names = {u.id: _names(u.text) for u in units}
        self.df: Counter[str] = Counter()
        for names in self.names.values():
            self.df.update(names)
        self.max_df = max([n - 1 for n in self.df.values()] + [1])

    def score(self, u: _Unit) -> Salience:
        w = self.w
        firsts = [c.start / self.length.get(c.article, max(1, c.end)) for c in u.citations]
        lede = 1.0 - min(1.0, min(firsts, default=1.0))
        words = _content_words(u.text)
        title = len(words & self.title_words) / min(len(words), 6) if words else 0.0
        names = self.names[u.id]
        recur = max((self.df[n] - 1 for n in names), default=0)
        named = bool(u.speakers) or (u.kind in (ClaimKind.event, ClaimKind.quantity))
        values = {
            "origins": min(1.0, u.origins / self.max_origins),
            "lede": lede,
            "title": min(1.0, title),
            "entities": min(1.0, recur / self.max_df),
            "figure": 1.0 if _FIGURE.search(u.text) or figures(u.text) else 0.0,
            "kind": w.kind.get(u.kind.value, 0.5),
            "speaker": 1.0 if named else 0.0,
            "background": 1.0 if is_background(u.text, u.speakers, u.kind) else 0.0,
        }
        parts = []
        for name in PARTS:
            sign = -1.0 if name == "background" else 1.0
            value = round(values[name], 4)
            parts.append(
                SaliencePart(
                    name=name,
                    value=value,
                    weight=w.weights[name],
                    points=round(sign * value * w.weights[name], 4),
                )
            )
        return Salience(score=round(sum(p.points for p in parts), 4), parts=tuple(parts))


def _rank_key(score: float, item_id: str) -> tuple[float, str]:
    return (-score, item_id)
