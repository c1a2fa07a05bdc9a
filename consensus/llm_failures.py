"""What a failed call or answer says: the exception chain's causes, a schema error naming
its field, and an error message cut to the lines that say what went wrong.

Moved verbatim from `consensus.llm`, which re-exports every name callers use.
"""

from __future__ import annotations

from pydantic import ValidationError


class _Refused(Exception):
    """An answer refused before parsing (too large); the article fails with this message."""


def _cause_of_type(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    """`exc` or the first exception of type `kind` in its cause/context chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _root_cause(exc: BaseException) -> BaseException:
    """The last exception of the cause/context chain: what actually went wrong."""
    seen = {id(exc)}
    while True:
        nxt = exc.__cause__ or exc.__context__
        if nxt is None or id(nxt) in seen:
            return exc
        seen.add(id(nxt))
        exc = nxt


def _validation_detail(cause: BaseException) -> str:
    """What failed in an answer, naming the field: 'claims.0.polarity: Input should be ...'."""
    if isinstance(cause, ValidationError):
        parts = []
        for error in cause.errors(include_url=False)[:3]:
            where = ".".join(str(p) for p in error.get("loc", ())) or "answer"
            parts.append(f"{where}: {error.get('msg', '')}")
        more = cause.error_count() - len(parts)
        return "schema error: " + "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")
    text = str(cause).strip()
    return f"{type(cause).__name__}: {text.splitlines()[0] if text else ''}"


# --- Prompt -----------------------------------------------------------------------------------


def _error_detail(text: str, limit: int = 240) -> str:
    """The lines of an error message that say what went wrong, joined into one line.

    The first line, plus the lines after any line that ends in ':' (a server's "1 validation
    error:" is followed by the line that says why), bounded to `limit` characters.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    kept = [lines[0]]
    for line in lines[1:]:
        if not kept[-1].endswith(":") or len(kept) >= 4:
            break
        kept.append(line)
    detail = " ".join(kept)
    return detail if len(detail) <= limit else detail[: limit - 3] + "..."
