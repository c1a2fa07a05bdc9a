"""consensus: what news sources agree on, contest, and say alone, with verbatim citations."""

from __future__ import annotations

__version__ = "0.1.0"
