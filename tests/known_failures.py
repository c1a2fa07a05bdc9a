"""Probe cases with the pipeline's known failures marked strict xfail (shared by the probes)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pytest


def marked(cases: Iterable[Any], reasons: Mapping[str, str]) -> list[Any]:
    """Each case (with an `id`) as a pytest parameter; one that `reasons` names fails as
    written and is marked xfail(strict=True) with its reason, so a fix must unmark it."""
    return [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=reasons[c.id]))
        if c.id in reasons
        else c
        for c in cases
    ]
