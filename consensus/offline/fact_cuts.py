"""Where one sentence states two facts, each with its own figure: the shapes that used to keep
them in one claim (so a report cited both facts in one item and merged two look-alike facts).

`compound.py` cuts a compound sentence at "and"/"but"/"when"/"after"; it declines when
unsure. These predicates let it cut in three shapes it used to decline, each read from the
grammar of the sentence, never from one story's words:

* an appositive closing the first clause ("38,000 systems were installed last year, a
  record, and around 210,000 homes now have panels"): the clause before the appositive
  has its verb, so the clause after "and" may still be one of its own;
* a dash aside closing the first clause ("The animal was a metre long - the paper gives
  1.1 m - and carried feathers up to 8 centimetres long"): the aside is closed, so the
  verb phrase after "and" is the subject's next act;
* "after" with its own subject after a date ("acted under a notice issued on April 2,
  after engineers found cracks during a survey on April 14"): a date before "when" opens a
  relative clause ("since 1959, when ..."), a date before "after" does not.

Nothing here reads a quotation; the caller keeps its own guards (a verb of its own on each
side, enough words, no cut inside quotes).
"""

from __future__ import annotations

import re

# the dashes that open and close an aside: " - ", " – ", " — "
_DASH_ASIDE = re.compile(r"\s[-–—]\s")
# an appositive: a short noun phrase between commas, no verb ("a record", "the highest yet")
_APPOSITIVE = re.compile(r"\s*(?:an?|the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*")
# words that would make the appositive's segment a clause or a list item
_NOT_APPOSITIVE = frozenset("and or but is was are were has have had".split())


def closed_dash_aside(text: str, start: int, a: int) -> bool:
    """Whether text[start:a] ends with a dash that closes an aside opened by a dash in it
    ("The animal was a metre long - the paper gives 1.1 m -")."""
    tail = text[start:a].rstrip()
    if not tail.endswith(("-", "–", "—")):
        return False
    dashes = _DASH_ASIDE.findall(text[start:a] + " ")
    return len(dashes) >= 2 and len(dashes) % 2 == 0


def appositive_segment(text: str, start: int, a: int) -> bool:
    """Whether text[start:a] (the last comma-separated segment before "and") is a short
    noun phrase, an appositive after the clause ("a record")."""
    m = _APPOSITIVE.fullmatch(text, start, a)
    if m is None:
        return False
    return not any(w in _NOT_APPOSITIVE for w in text[start:a].lower().split())


def after_a_date(cut: str) -> bool:
    """Whether the subordinate cut (", after ") may follow a figure: "after" (not "when")."""
    return cut.strip(" ,").lower() == "after"
