"""The noun-phrase shapes step 4 (`speakers`) reads a speaker from: a named office, a kin of a
name, a body in a place, a statement's issuer, a role of a group, "according to" and a dash
after a quotation. Patterns only (every one linear); the readings are in `speaker_resolution`
(and `clause_attribution`)."""

from __future__ import annotations

import re

from consensus.offline.names import _TOKEN

# a named place or body before a common-noun office: "the Harbour County coroner's office",
# "the Valley Water District's regulator" (not "Iraqi officials": the merge would no longer
# set their count against an unattributed one; nor a nationality's ministry, below)
_NAMED_OFFICE_NP = re.compile(
    rf"(?:[Tt]he\s+)?(?P<body>(?:{_TOKEN}\s+){{1,4}}(?:[a-z][\w’'-]*\s+){{0,3}}?"
    r"(?:office|department|ministry|commissioner|coroner|regulator|watchdog|union))"
)
# a named person's relative or lawyer: "Hocking's brother", "the Ortiz family's lawyer"
_KIN_OF_NAME_NP = re.compile(
    rf"(?:[Tt]he\s+)?(?P<np>{_TOKEN}(?:\s+{_TOKEN}){{0,2}}['’]s\s+(?:family['’]s\s+)?"
    r"(?:brother|sister|mother|father|son|daughter|wife|husband|widow|family|lawyers?|"
    r"attorneys?|office|spokes(?:man|woman|person)))"
)
# a body named by a place and common nouns: "the London ambulance service"
_PLACE_BODY_NP = re.compile(
    rf"(?:[Tt]he\s+)?(?P<body>(?:{_TOKEN}\s+){{1,3}}(?:[a-z][\w’'-]*\s+){{0,3}}?(?:service|"
    r"command|force|authority|council|board|commission|trust|hospital|agency|department))"
)
# "X issued a statement that said ...": X speaks
_ISSUED_STATEMENT = re.compile(
    r"(?P<np>[^,;]{2,80}?)\s+(?:issued|released|put out|posted)\s+an?\s+(?:\w+\s+)?statement"
    r"\s+(?:that|which)"
)
# a title of a place or body before a name: "Mayor of London Sadiq Khan"
_TITLE_OF_NAME = re.compile(
    rf"(?P<title>[A-Z][a-z]+)\s+of\s+(?:the\s+)?(?P<rest>{_TOKEN}(?:\s+{_TOKEN}){{2,5}})"
)
# a firm named with an ampersand: "Brandt & Co", "Smith & Jones"
_AMPERSAND_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,2}}\s+&\s+{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
)
# a medium named before its kind: "the Morning Ledger newspaper", "the Daily Post website"
# (not "the X news agency": an agency mostly relays others, "Citing officials, the X news
# agency reports")
_NAMED_MEDIUM = re.compile(
    rf"(?:[Tt]he\s+)?(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})\s+(?:newspaper|daily|tabloid|"
    r"magazine|website|broadcaster)"
)
# "the statement said" after "X said in a statement": the statement is X's
_BARE_STATEMENT = re.compile(r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:joint\s+|written\s+)?statement")
# a body named after a lower-case descriptor: "online lender Brightbank", "the carmaker
# Vanta Motors", "Swiss bank Halden"
_DESCRIBED_BODY_NP = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?(?:bank|lender|insurer|company|"
    r"firm|airline|carrier|operator|carmaker|automaker|maker|retailer|broadcaster|newspaper|"
    r"club|utility|chain|group|party|union|association|federation|regulator|watchdog)\s+"
    rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})"
)
# an organisation named "X of Y", "X for Y" or "X and Y": "the University of Eastport",
# "the Institute for Fiscal Research", "the Mine Safety and Health Administration" (an
# organisation word in it)
_ORG_OF_NP = re.compile(
    rf"(?:[Tt]he\s+)?(?P<org>(?P<head>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})\s+(?:of|for|and|&)\s+"
    rf"(?:the\s+)?{_TOKEN}(?:\s+{_TOKEN}){{0,3}})"
)
# a name after lower-case descriptors: "the nationalist Unity Party", "the opposition
# Labour Party"
_THE_ADJ_CAPS = re.compile(
    rf"[Tt]he\s+(?P<adj>(?:[a-z][\w-]*\s+){{1,2}})(?P<name>{_TOKEN}(?:\s+{_TOKEN})*)"
)
# a compound adjective before a name: "Oslo-based", "state-owned", "Texas-born"
_COMPOUND_ADJ = r"[\w’'.]+-(?:based|born|owned|listed|run|backed|led)"
_BASED = re.compile(rf"^{_COMPOUND_ADJ}\s+(?=[A-Z])")
# ... or before a body's kind after "the": "the Oslo-based company said" is "the company" (the
# body the text has just named), never a speaker called "Oslo-based company"
_THE_BASED = re.compile(rf"^([Tt]he\s+){_COMPOUND_ADJ}\s+(?=[a-z])")
# "a company statement said", "the ministry's statement said", "according to the bank's
# minutes": the document's author
_STATEMENT_OF = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+(?P<np>[^,;]{1,60}?)(?:['’]s)?|(?P<owner>[^,;]{1,60}?)['’]s)"
    r"\s+(?:statement|report|filing|minutes|figures|data|letter|release|records|website|"
    r"estimate)"
)
# "Officials at the Department of Labor", "experts from the World Health Organization"
_GROUP_AT = re.compile(
    r"(?P<group>[Oo]fficials|[Ee]xperts|[Rr]esearchers|[Ss]cientists|[Ii]nvestigators|"
    r"[Dd]octors|[Ss]ources)\s+(?:at|from|with|of|for|in)\s+(?:the\s+)?"
    rf"(?P<body>{_TOKEN}(?:\s+(?:(?:of|for|and|&)\s+)?{_TOKEN}){{0,5}})"
)
# "Prosecutors in Eastport", "the fire service in Eastport": a speaker, then where it is
_IN_PLACE = re.compile(rf"(?P<head>.+?)\s+in\s+{_TOKEN}(?:\s+{_TOKEN})?")
# "Sources close to the investigation", "a person familiar with the matter": unnamed sources
_CLOSE_TO = re.compile(
    r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]he)\s+)?(?P<head>[Ss]ources?|[Pp]eople|"
    r"[Pp]erson|[Oo]fficials?)\s+(?:close\s+to|familiar\s+with|briefed\s+on|with\s+knowledge\s+of)"
    r"\s+.{2,80}"
)
# "a statement from her family": the statement's author
_STATEMENT_FROM = re.compile(
    r"(?:an?\s+|the\s+)?(?:\w+\s+)?statement\s+(?:from|by|issued by)\s+(?P<np>.+)"
)
# an unnamed role holder of a body named by a common noun: "a spokesman for the regional
# government", "an official at the state health department"
_ROLE_OF_GROUP = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?P<role>spokesman|spokeswoman|spokesperson|official|officer)"
    r"\s+(?:for|from|of|at|with)\s+(?P<np>.+)"
)
# "analyst Lena Braun of Keller Partners": a person, then the body they work for (a
# body's name may join two words by "and": "of the Ostley Fire and Rescue Service")
_OF_BODY = re.compile(
    rf"(?P<head>.+?)\s+(?:of|at|from|with)\s+(?:the\s+)?{_TOKEN}"
    rf"(?:\s+(?:(?:of|for|and|&)\s+)?{_TOKEN})*"
)
# "Economists at Rowe Bank", "researchers from the Kell Institute": a named body's experts
_EXPERTS_AT = re.compile(
    r"(?P<group>[Ee]conomists|[Aa]nalysts|[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Dd]octors|"
    r"[Ll]awyers|[Ss]trategists|[Ee]ngineers)\s+(?:at|of|from|with)\s+(?:the\s+)?"
    rf"(?P<org>{_TOKEN}(?:\s+{_TOKEN}){{0,4}})"
)
# a definite role in lower case: "the judge", "the prosecutor", "the team leader"
_THE_LOWER_ROLE = re.compile(r"[Tt]he\s+((?:[a-z]+\s+){0,2}[a-z]+)")
_THE_CAPS = re.compile(rf"[Tt]he\s+({_TOKEN}(?:\s+{_TOKEN})*)")
_CAPS_NP = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN})*")
# an unnamed role holder of a named body: "a spokesperson from the British Transport
# Police", "a foreign ministry spokesman in Berlin"
_ROLE_OF = re.compile(
    r"(?:[Aa]n?|[Oo]ne)\s+(?P<pre>(?:[\w’'-]+\s+){0,3}?)(?P<role>spokesman|spokeswoman|"
    r"spokesperson|official|officer|minister|diplomat)"
    rf"(?:\s+(?:for|from|of|at|with)\s+(?:the\s+)?(?P<body>{_TOKEN}(?:\s+(?:of\s+|for\s+)?"
    rf"{_TOKEN}){{0,4}}))?(?:\s+in\s+{_TOKEN}(?:\s+{_TOKEN})?)?"
)
_ACCORDING = re.compile(r"(?:,\s*|(?<!\s)\s*)according to\s+(?:the\s+)?(?P<src>[^;:]+?)\s*[.:;]?$")
_RELATIVE = re.compile(r"(?:which|who|whom|whose)\s", re.IGNORECASE)
_IN_STATEMENT = re.compile(r"^In\s+an?\s+(?:[a-z]+\s+)?statement\s+(?=\S)")
_DASH_ATTR = re.compile(rf"[”\"…]\s*[–—-]\s*(?P<np>{_TOKEN}(?:\s+{_TOKEN})*)")

# (moved from speakers.py, session 59: the shapes of an age, a kin, a role and a body)
# "The 76-year-old", "the 30-year-old mother", "the 34-year-old carpenter from Sankt Orlen":
# a person described by their age (a noun or two, where they are from), never the place
_AGED = re.compile(
    r"[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z][a-z-]+){0,2}"
    r"(?:\s+(?:from|of)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"
)
# "His spokesman", "her lawyers": someone speaking for the person "his" or "her" names
_KIN_OF_PRONOUN_NP = re.compile(
    r"(?:[Hh]is|[Hh]er)\s+(?P<kin>lawyers?|attorneys?|office|spokes(?:man|woman|person))"
)
_ROLE_NP = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)((?:[\w.’'-]+\s+){0,3}?)"
    r"(president|President|leader|Leader|prime minister|minister|envoy|spokesman|spokeswoman|"
    r"spokesperson|chancellor|commander|head|chief|official|mayor|governor|premier|senator|"
    r"coach|captain|director)"
)
_ROLE_NAME_NP = re.compile(
    r"(?:[Tt]he\s+)?(?:[\w.’'-]{1,40}\s+){0,4}?(?:leader|president|envoy|aide|minister|spokesman|"
    r"spokeswoman|spokesperson|chief|commander|head)\s+"
    rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
)
# "Harbor assistant coach Dan Lowe": any lower-case description, then a person's
# full name (a person the article's names teach)
_DESCRIBED_NAME_NP = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"(?P<role>(?:[a-z][a-z-]+\s+){1,3})"
    rf"(?P<name>{_TOKEN}\s+{_TOKEN}(?:\s+{_TOKEN})?)"
)
_BODY_NP = re.compile(
    rf"[Tt]he\s+((?:{_TOKEN}\s+)*(?:ministry|Ministry|government|military|army|embassy|agency|"
    r"police|authorities|prosecutors?|spokes(?:man|woman|person)|company|statement))"
)
# A body or group named by a common noun, with up to four words before it: "the health
# ministry", "fire officials", "the county sheriff's office", "a utility company", "aid groups"
_GROUP_NP = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|"
    r"[Ss]everal|[Oo]ther)\s+)?"
    r"(?P<body>(?:[a-z][\w’'-]*\s+){0,4}?(?:ministry|department|commissioner|coroner|watchdog|"
    r"office|agency|government|authorities|officials|company|companies|firms?|airline|carrier|"
    r"operator|utility|groups?|committee|council|commission|regulator|union|prosecutors|"
    r"investigators|body|board|court|service|bank|club|team|league|federation|association|"
    r"party|hospital|embassy|university|broadcaster|newspaper|family|lawyers?|attorneys?|"
    r"panel|jury|judges|spokes(?:man|woman|person)|aides?|advisers?|"
    r"brother|sister|mother|father|son|daughter|wife|husband|widow|neighbou?rs?|"
    r"relatives|residents?|witness(?:es)?|eyewitness(?:es)?|survivors?|leaders|lawmakers|analysts|experts|economists|doctors|"
    r"rescuers|activists|organi[sz]ers|researchers|scientists|sources|diplomats|passengers|"
    r"mediators|negotiators|opposition|agent|publicist|representative|guards?|coastguard|"
    # "the national health institute said", "health chiefs warned" (bare "police" costs
    # agreed items on the tunable clusters: session 41, bench/README)
    r"firefighters|paramedics|institute|charity|foundation|tribunal|inspectorate|"
    r"authority|chiefs))"
)
