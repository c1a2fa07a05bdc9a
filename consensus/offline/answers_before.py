"""A sentence that answers or qualifies the one before it: a denial that names what it
denies by a report noun only ("Armenia denied the accusation.") and a short hedge
("However, he did not provide evidence.") that qualifies the assertion before it."""

from __future__ import annotations

import re

from consensus.models import ClaimKind
from consensus.offline.drafts import _Draft

# A denial that names what it denies by a report noun only ("Armenia denied the
# accusation.", "Yerevan rejected the charge", "the ministry said the claim was completely
# false"): it answers the sentence before it.
_DENIES_A_REPORT = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses|"
    r"disputed|disputes|refuted|refutes)\s+(?:the|this|that|these|those|such)\s+"
    r"(?:[a-z]+\s+)?(?:accusations?|allegations?|charges?|claims?|reports?)\W*$"
    r"|\b(?:said|says|called)\s+(?:the|this|that|these|those|such)\s+"
    r"(?:accusations?|allegations?|charges?|claims?|reports?)\s+(?:(?:was|were|is|are)\s+)?"
    r"[\"“']?(?:(?:completely|totally|entirely|absolutely|utterly)\s+)?[\"“']?"
    r"(?:false|untrue|baseless|groundless|unfounded|fabricated|nonsense)\W*$",
    re.IGNORECASE,
)


_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]{3,}")


def _name_what_is_denied(denial: _Draft, before: list[_Draft]) -> None:
    """A denial that names what it denies by a report noun only states the sentence before
    it, which it answers, and cites it: "Armenia denied the accusation." after "Jeyhun
    Bayramov accused Armenia of shelling civilian areas overnight." reads "Armenia denied
    the accusation (Jeyhun Bayramov accused Armenia of shelling civilian areas
    overnight)." Not when the sentence before is a denial itself or a quotation's part."""
    m = _DENIES_A_REPORT.search(denial.statement)
    if m is None:
        return
    target = before[0]
    if target.inner or _DENIES_A_REPORT.search(target.statement):
        return
    # the sentence before must name the denier ("Armenian ministry" / "accused Armenia"):
    # else "the accusation" is some other one
    deniers = {w[:4].casefold() for w in _NAME_WORD.findall(denial.statement[: m.start()])}
    deniers -= {"the", "a", "an"}
    named = {w[:4].casefold() for w in _NAME_WORD.findall(target.statement)}
    if deniers and not deniers & named:
        return
    said = target.statement.rstrip(" .")
    denial.statement = f"{denial.statement.rstrip(' .')} ({said})."
    denial.extra.append((target.start, target.end))
    denial.kind = ClaimKind.denial  # ("said the claim was false" denies too)


# A statement that asks for something or predicts it is not what "he did not provide
# evidence" qualifies.
_NOT_AN_ASSERTION = re.compile(
    r"\b(?:urged?|urging|request(?:ed|s)?|asked?|appeal(?:ed|s)?|call(?:ed|s)? on|demand(?:ed|s)?|"
    r"would|could|might|may|should|will)\b",
    re.IGNORECASE,
)


def _hedge_target(drafts: list[_Draft]) -> list[_Draft]:
    """The draft a following hedge sentence qualifies: the first that asserts a state of
    affairs, else the first."""
    for d in drafts:
        if not _NOT_AN_ASSERTION.search(d.statement):
            return [d]
    return drafts[:1]
