"""A reporting clause before ", but <reporting verb> ...": the speaker is the subject of both.

"Freight operators said on Wednesday that the ruling had spared them losses, but warned that
the dispute was far from over": the clause before ", but" is subordinate only through its
"that" complement, so `carried_leads.carry_subject` would leave the second clause without a
subject ("Warned that the dispute ..."). When the clause before opens with a subject, a
reporting verb, at most a few words of time or place and "that", and the clause after opens
with a reporting verb of its own, the speaker of the first is the subject of the second.
Any other verb after ", but" keeps the old rule (the subject of "..., but was still
standing" may be the reported clause's, not the speaker's).

Only the grammar is read: a closed list of reporting verbs.
"""

from __future__ import annotations

import re

__all__ = ["reported_then_reporting"]

_REPORTING = (
    r"said|says|told|added|warned|cautioned|insisted|acknowledged|admitted|noted|stressed|"
    r"argued|claimed|conceded|complained|announced|confirmed|denied|maintained|predicted|"
    r"urged|wrote|stated|explained|suggested|agreed|countered|replied|signalled|signaled"
)
_AGENT_SAID_THAT = re.compile(
    rf"[A-Z][^,;:\"“”]{{0,80}}?\s(?:{_REPORTING})(?:\s+[\w’'-]+){{0,4}}?\s+that\s",
)
_REPORTING_VERB = re.compile(rf"(?:{_REPORTING})\Z")


def reported_then_reporting(left: str, verb: str) -> bool:
    """`left` is "X said (on Wednesday) that ..." and `verb` (the first word after ", but")
    is a reporting verb: the speaker X is the subject of both."""
    return bool(_REPORTING_VERB.match(verb.lower()) and _AGENT_SAID_THAT.match(left))
