"""The bench scorer's faster readings (session 71, speed71) equal the plain ones they replace:
`quality_lib._ws_index` reads whitespace and case run by run, `_covered` and `_cites_any` pass
over citations of other articles before asking `_states`, `speaker_checks.words` and
`quality_lib._norm` are remembered. Invented text only."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import _cites_any, _covered, _norm, _states, _ws_index  # noqa: E402
from speaker_checks import words  # noqa: E402

from consensus.models import Citation  # noqa: E402


def _plain_ws_index(text: str) -> tuple[str, list[int]]:
    """The per-character reading `_ws_index` replaced."""
    out: list[str] = []
    pos: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            prev_space = True
            out.append(" ")
        else:
            prev_space = False
            out.append(ch.casefold() if len(ch.casefold()) == 1 else ch)
        pos.append(i)
    return "".join(out), pos


def test_whitespace_and_case_read_run_by_run_equal_the_plain_reading() -> None:
    text = "The  Mayor\u00a0of Straße said:\n\n  “İt was ﬁne,” ΣΟΦΙΑ wrote.\t\u2003Café\u0301 "
    assert _ws_index(text) == _plain_ws_index(text)
    norm, pos = _ws_index(text)
    assert norm.startswith("the mayor of straße said:")  # ß folds to two chars: kept
    assert pos[3] == 3 and pos[4] == 5  # a run of two spaces is one, at its first offset
    rnd = random.Random(71)
    alphabet = " \t\n\u00a0\u2003\u200bßΣσςİıﬁAaZz1.,\u0301é’"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert _ws_index(text) == _plain_ws_index(text), repr(text)


def _cite(article: str, start: int, end: int) -> Citation:
    return Citation(article=article, quote="x" * (end - start), start=start, end=end)


def test_covered_and_cites_any_equal_asking_every_citation() -> None:
    anchors = {"a": (10, 40), "b": (0, 20), "c": (50, 60)}
    cites = [_cite("b", 100, 120), _cite("a", 12, 38), _cite("c", 0, 5), _cite("b", 5, 15)]
    plain = {a for a, span in anchors.items() if any(_states(c, a, span, None) for c in cites)}
    assert _covered(cites, anchors) == plain == {"a", "b"}
    spans = list(anchors.items())
    for some in (cites, cites[:1], cites[2:3], []):
        assert _cites_any(some, spans) == any(
            _states(c, a, span, None) for a, span in spans for c in some
        )
    assert _cites_any(cites[1:2], spans) and not _cites_any(cites[2:3], spans)


def test_remembered_readings_give_the_same_words() -> None:
    assert words("The Mayor of Example Town's") == frozenset({"mayor", "example", "town"})
    assert words("The Mayor of Example Town's") is words("The Mayor of Example Town's")
    assert words("François Dupont") == frozenset({"francois", "dupont"})
    assert _norm("  Two\n  Lines ") == "two lines" == _norm("  Two\n  Lines ")
