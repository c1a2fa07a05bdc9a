"""The speaker named after the verb that closes a quotation: '"…," said foreign ministry
spokeswoman Maria Zakharova.', '"…," said one witness, who …', '"…," wrote on Twitter
Christian Estrosi, mayor of Nice.' (`claims.py` tries it after a leading attribution and
before a trailing one; `speakers._resolve_np` reads the phrase it finds)."""

from __future__ import annotations

import re

from consensus.offline.names import _TOKEN
from consensus.offline.people_kinds import PEOPLE_KINDS

__all__ = ["INVERTED_ATTR"]

# '“…,” said foreign ministry spokeswoman Maria Zakharova.': the verb before the speaker.
INVERTED_ATTR = re.compile(
    # (never "told": '"…," told France Info' names the listener, not the speaker)
    rf"[,”\"]\s*(?P<verb>said|says|added|stressed|insisted|noted|tweeted|wrote|"
    r"replied|warned|declared|explained)"
    # '"…," wrote on Twitter Christian Estrosi': where the words were given first
    r"(?:\s+(?:on|in|via)\s+(?:Twitter|Facebook|Instagram|Telegram|social\s+media|"
    r"an?\s+(?:statement|tweet|post|interview)))?\s+"
    rf"(?P<np>(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+){{0,5}}?{_TOKEN}(?:\s+{_TOKEN}){{0,2}}"
    # '"…," tweeted the US president.': a role without a name
    r"|(?:the|a|an)\s+(?:[\w.’'-]+\s+){0,3}?(?:president|leader|prime minister|minister|"
    r"envoy|spokesman|spokeswoman|spokesperson|chancellor|commander|head|chief|official|"
    r"lawyer|attorney)"
    # '"…," said one witness, who …': an unnamed person of the story
    r"|(?:the|a|an|one|another)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:witness|eyewitness|resident|"
    rf"survivor|{PEOPLE_KINDS}))"
    # '"…," said the spokeswoman, Mei Lanfang.': the role's name after it
    rf"(?:,\s+(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{1,2}})(?=\s*[.!,]?\s*$|,))?"
    # '"…," said Jane Roe, whose husband was among the trapped men.'
    # ('…, who has worked at the plant in Dayton, Ohio, for 22 years.'), or an appositive
    # ('"…," said Ana Ruiz, the head of the local council.')
    # ('"…," said Nina Falk, chief economist at Nordbank.': a role without an article,
    # one phrase up to the sentence's end)
    # ('"…," said Ana Mirek, 41, who …': the age first; '"…," said Pavel Strand, speaking
    # to reporters at …', '… standing outside his shop': where the words were said; not a
    # second act of speech, '…, adding that …')
    r"(?:,\s+\d{1,3}(?=,|\s*[.!]?$))?"
    r"(?:,\s+(?:(?:who|whose|the|a|an)\s+(?:[^;“”\"]|[“\"][^;“”\"]{1,80}[”\"]){1,160}?"
    r"|(?!(?:adding|saying|noting|insisting|arguing|warning|explaining|stressing|claiming|"
    r"telling|asking|urging|calling|denying|accusing)\b)[a-z]{3,}ing\s+[^;“”\"]{1,160}?"
    r"|[a-z][a-z-]+(?<!ing)\s+[^;,“”\"]{1,100}?))?\s*[.!]?$"
)
# 'According to Zakharova, reports of …': a source named before the content.
