"""Canonical JSON of a Report and its schema, and `defuse_bidi`, the guard every format uses."""

from __future__ import annotations

import json
import re

from consensus.models import Report

# Bidirectional embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069): one in a
# quote or title would reverse how the rest of its line displays, so no output
# carries them raw. JSON escapes them (\u202e: same string once parsed, offsets stay exact);
# Markdown, HTML and text show them as a visible ⟨U+202E⟩.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def defuse_bidi(text: str, *, json_text: bool = False) -> str:
    """`text` with every bidi control escaped (in JSON text) or made visible (elsewhere)."""
    if json_text:
        return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _BIDI.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def _canonical_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def render_json(report: Report) -> str:
    """The Report as canonical JSON: sorted keys, indent 2, UTF-8 text, trailing newline.

    `Report.model_validate_json(render_json(r)) == r` holds whenever `r.coverage` holds
    only JSON values (lists, not tuples).
    """
    data = report.model_dump(mode="json")
    if not data["warnings"]:  # (added in session 61: a report without any stays as it was)
        del data["warnings"]
    return defuse_bidi(_canonical_json(data), json_text=True)


def report_json_schema() -> str:
    """The JSON Schema (draft 2020-12) of Report, canonical JSON like `render_json`."""
    schema = Report.model_json_schema(mode="serialization")
    return _canonical_json({"$schema": "https://json-schema.org/draft/2020-12/schema", **schema})
