"""Speakers named after a quotation: before the verb that closes it ('"…," Jane Roe, a
spokeswoman for the ministry, told reporters': `TRAILING_ATTR`, read by
`speakers._trailing`) or after it ('"…," said foreign ministry spokeswoman Maria
Zakharova.', '"…," said one witness, who …', '"…," wrote on Twitter Jane Roe, mayor
of Tresk.': `INVERTED_ATTR`, which `clause_attribution.py` tries after a leading attribution
and before a trailing one). `speaker_resolution._resolve_np` reads the phrase either finds."""

from __future__ import annotations

import re

from consensus.offline.name_particles import PARTICLE_NAME
from consensus.offline.names import _TOKEN, _VERBS
from consensus.offline.people_kinds import PEOPLE_KINDS

__all__ = ["INVERTED_ATTR", "TRAILING_ATTR"]

# verbs of saying read only after a closing quotation mark, before the attribution's end
_QUOTE_ONLY_VERBS = (
    r"(?:went on|goes on|continued|continues|predicted|predicts|joked|jokes|pleaded|"
    r"concluded|agreed|agrees|observed|observes|complained|shouted|boasted|vowed|vows|"
    r"promised|promises|mused|fears|feared|warns|believes|reckons|reckoned|laughed|"
    r"recalls|admits|conceded|concedes|argues|explains|insists|notes|stresses|asked|asks)"
    r"(?=\s*(?:[.!,;]|$))"
)

TRAILING_ATTR = re.compile(
    # (six words: '"…," Chinese defense ministry spokesman Li Wenjun said')
    # ("…,' Jane Roe told": a quotation in single marks)
    rf"(?:,(?P<single>['’])?|(?P<double>[”\"]))\s*(?P<np>(?:[Tt]he\s+)?(?:[\w.’'-]+\s+){{0,5}}?[\w.’'-]+)"
    # "…,” Maria Zakharova, a spokeswoman for the Russian Foreign Ministry, told reporters"
    # ("…," Jo Vale, who chairs the board, said": a relative clause of the speaker)
    # ("…," one of the freed men, Jo Vale, told reporters": the name after the description)
    r"(?P<app>,\s+(?:[a-z][^,“”\"]{1,80}|\d{1,3}|"
    rf"(?P<name>{PARTICLE_NAME}|{_TOKEN}(?:\s+{_TOKEN}){{1,2}})),)?"
    rf"(?P<aux>(?:\s+(?:also|has|had|have|later|then|reportedly))*)\s+(?P<verb>{_VERBS}"
    # ('"…," he went on.', '"…," she predicted.': a verb that is speech only right after a
    # closing quotation mark, and only when it ends the attribution)
    rf"|(?(single){_QUOTE_ONLY_VERBS}|(?(double){_QUOTE_ONLY_VERBS}|(?!))))\b"
)

# '“…,” said foreign ministry spokeswoman Maria Zakharova.': the verb before the speaker.
INVERTED_ATTR = re.compile(
    # (never "told": '"…," told France Info' names the listener, not the speaker)
    rf"[,”\"]\s*(?P<verb>said|says|added|stressed|insisted|noted|tweeted|wrote|"
    r"replied|warned|declared|explained)"
    # '"…," wrote on Twitter Jane Roe': where the words were given first
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
