"""A figure in "pounds": a sum of money (sterling, as "£") or a weight, read by the shape of
its statement, for `consensus.merge.figures`. Pure.

"spend 14.2 million pounds a year less", "14.2 million pounds ($18.6 million)", "a fine of
500 pounds", "a 7,500-pound grant" are sums, one amount with "£14.2m"; "a 300-pound bear",
"weighed 12 pounds", "18 kg (about 40 pounds)" are weights. A sum is told by a scale word
on the number ("million", "bn"), a rate right after ("pounds a year"), a conversion in
brackets into another currency, a currency sign or a word of money in the statement (spend,
cost, fee, fine, budget, grant, paid, worth, ...); a word of weight ("weighed", "heavy", a
metric weight) tells a weight whatever else the statement says, and so does "pounds of"
with no word of money ("1.2 million pounds of waste"). Nothing tells a sum: a weight, as
before."""

from __future__ import annotations

import re

__all__ = ["pounds_money"]

# "pounds" or "pound" right after the number ("14.2 million pounds", "a 7,500-pound grant")
_POUNDS = re.compile(r"[\s-]?pounds?\b", re.IGNORECASE)
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# a rate of money right after: "750,000 pounds a year", "100 pounds per household"
_RATE = re.compile(
    r"\s+(?:a|an|per|each)\s+(?:year|month|week|day|hour|head|household|person|player)\b",
    re.IGNORECASE,
)
# another currency in brackets right after: "14.2 million pounds ($18.6 million)"
_CONVERTED = re.compile(
    r"\s*\(\s*(?:about|around|roughly|some|nearly|almost|over)?\s*(?:[$€¥]|US\$|\d[\d.,]*"
    r"\s*(?:million|billion|m|bn)?\s*(?:dollars|euros|yen)\b)",
    re.IGNORECASE,
)
_SIGN = re.compile(r"[$€£¥]")
# words of money: what is spent, paid, owed, priced, saved or raised
_MONEY = re.compile(
    r"\b(?:spend|spends|spending|spent|cost|costs|costing|costly|fee|fees|fine|fines|fined|"
    r"budget|budgets|grant|grants|pay|pays|paid|paying|payment|payments|payout|worth|price|"
    r"prices|priced|sale|sold|sell|selling|buy|bought|purchase|raised|raising|fund|funds|"
    r"funding|funded|fundraiser|save|saves|saved|saving|savings|valued|value|valuation|"
    r"insured|insurance|owed|owes|debt|debts|loan|loans|lent|compensation|damages|bill|bills|"
    r"credit|salary|salaries|wage|wages|bonus|profit|profits|loss|losses|revenue|revenues|"
    r"invest|invested|investment|donated|donation|donations|earn|earned|earns|earnings|"
    r"income|tax|taxes|subsidy|bid|bids|deal|contract|money|cash|rent|fare|fares|bribe|"
    r"sterling|settlement|reward|deficit|shortfall|overspend|cheque|refund|refunds)\b",
    re.IGNORECASE,
)
# words of weight: "weighed 12 pounds", "a heavy 40 pounds", "18 kg (about 40 pounds)"
_WEIGHT = re.compile(
    r"\b(?:weigh|weighs|weighed|weighing|weight|weights|heavy|heavier|heaviest|kg|kgs|"
    r"kilos?|kilograms?|ounces?|tons?|tonnes?|lbs?)\b",
    re.IGNORECASE,
)


def pounds_money(text: str, end: int, scaled: bool) -> bool:
    """Whether "pounds" (or "pound") right after a number ending at `end` is a sum of
    money: a word of money, another currency or a sign in the statement, a rate right after
    or a scale word on the number (`scaled`: "14.2 million pounds"); never with a word of
    weight in the statement, nor "pounds of" a thing with no word of money."""
    m = _POUNDS.match(text, end)
    if m is None or _WEIGHT.search(text):
        return False
    money = _MONEY.search(text) is not None or _SIGN.search(text) is not None
    if _OF.match(text, m.end()):
        return money  # "1.2 million pounds of waste": a weight
    return money or scaled or bool(_RATE.match(text, m.end()) or _CONVERTED.match(text, m.end()))
