"""The hand-written word tables the merge stage reads: stop and speech words,
synonyms and phrases, entity and token aliases, affiliations, titles, predicates.

Tables only: nothing here computes features (features.py does).
"""

from __future__ import annotations

import re

_STOP = frozenset(
    """a an the and or but if of to in on at by for from with without as into onto over
    under about after before since during than then that this these those there here it its
    is are was were be been being am has have had having do does did will would shall should
    can could may might must not no nor so such too very just also only own same other
    another any all both each few more most some their them they he she his her him we our
    us you your i me my who whom whose which what when where why how while until up down
    out off again further once s t ve ll re d m so far largely currently already still
    further""".split()
)

# Verbs of saying: attribution, not content.
_SPEECH = frozenset(
    """say said says saying state stated states told tell tells note noted notes add added
    adding adds emphasize emphasized emphasise emphasised emphasizes emphasises stress
    stressed stresses explain explained explains announce announced announces claim claimed
    claims write wrote written writes according report reported reports reporting respond
    responded responds remark remarked mention mentioned mentions point pointed points
    describe described describes insist insisted reiterate reiterated acknowledge
    acknowledged acknowledges believe believes believed warn warned warns speaking spoke
    speak revealed reveal""".split()
)

# word forms -> concept. Entries are matched after lower-casing (and for single words,
# also after stemming), so list the forms that stem differently.
_SYNONYMS: dict[str, list[str]] = {
    "encircle": (
        "surround surrounded surrounding surrounds encircle encircled encircling "
        "encirclement encircles trapped"
    ).split(),
    "retake": (
        "liberate liberated liberating liberation recapture recaptured recapturing retake "
        "retaken retook retaking reclaim reclaimed reclaiming regain regained regaining "
        "wrest wrested wresting"
    ).split(),
    "spare": "spare spared sparing preserve preserved preserving save saved".split(),
    "life": "life lives".split(),
    "massacre": "massacre massacres slaughter bloodbath".split(),
    "dignified": "dignified decent dignity humane".split(),
    "treatment": "treatment treat treated treating".split(),
    "troop": (
        "troop troops soldier soldiers force forces unit units servicemen serviceman "
        "army armies military fighters personnel"  # "military/service personnel"
    ).split(),
    "surrender": "surrender surrendered surrendering surrenders".split(),
    "guarantee": "guarantee guaranteed guarantees guaranteeing ensure assure".split(),
    "ceasefire": "ceasefire ceasefires truce truces".split(),
    "appeal": (
        "urge urged urges urging ask asked asks request requested requests call called "
        "calls appeal appealed appeals plea pleas demand demanded demands"
    ).split(),
    "deny": (
        "deny denied denies denying denial dismiss dismissed dismisses reject rejected "
        "rejects refute refuted rebut rebutted rebuff rebuffed dispute disputed contradict "
        "contradicted "
        # calling a report disinformation rejects what it says
        "disinformation misinformation"
    ).split(),
    "incursion": "incursion incursions offensive invasion operation".split(),
    "launch": "launch launched launches begin began begun start started starts".split(),
    "capture": "capture captured capturing seize seized seizing occupy occupied".split(),
    "territory": "territory territories land lands ground".split(),
    "support": "support supports supported backs backed endorse endorsed".split(),
    "sympathetic": "sympathetic sympathy understanding understood understand".split(),
    "crime": "crime crimes atrocity atrocities".split(),
    "halt": "halt halted stop stopped".split(),
    "discussion": "discussion discussions talks talk conversation conversations".split(),
    "percent": "percent % pct".split(),
    # "casualties" also counts the wounded; for aligning tolls and denials of them it is the
    # same slot as the dead.
    "kill": "kill killed die died death deaths dead casualty casualties".split(),
}

# Multi-word expressions, rewritten before tokenising (lower-case text). A trigger (or one
# of a tuple of triggers) is a substring every match contains: the regex runs only then.
_PHRASES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = tuple(
    ((trigger,) if isinstance(trigger, str) else trigger, re.compile(pattern), repl)
    for trigger, pattern, repl in (
        ("down", r"\blay(?:s|ing)? down (?:their |its |his )?(?:arms|weapons)\b", " surrender "),
        ("down", r"\blaid down (?:their |its |his )?(?:arms|weapons)\b", " surrender "),
        ("back", r"\b(?:take|takes|taken|took|taking) back\b", " retake "),
        ("cease-", r"\bcease-fire", " ceasefire"),
        (("event", "case"), r"\bin (?:the )?(?:event|case) (?:of|that)\b", " if "),
        ("per cent", r"\bper cent\b", " percent "),
        ("world war", r"\bworld war (?:ii|2|two)\b", " world_war_ii "),
        ("loss", r"\bloss(?:es)? of (?:human )?li(?:fe|ves)\b", " deaths "),
    )
)

_PHRASE_HINT = re.compile("|".join(re.escape(t) for triggers, _, _ in _PHRASES for t in triggers))

# Entity aliases (normalised name -> canonical normalised name).
_ENTITY_ALIASES: dict[str, str] = {
    "kiev": "kyiv",
    "zelenskyy": "volodymyr zelensky",
    "zelensky": "volodymyr zelensky",
    "zelenskiy": "volodymyr zelensky",
    "vladimir zelensky": "volodymyr zelensky",
    "volodymyr zelenskyy": "volodymyr zelensky",
    "volodymyr zelenskiy": "volodymyr zelensky",
    "kursk": "kursk region",
    # transliterations of one Syrian city / province
    "deir al-zor": "deir ez-zor",
    "deir al-zour": "deir ez-zor",
    "deir az-zour": "deir ez-zor",
    "deir az-zor": "deir ez-zor",
    "deir el-zor": "deir ez-zor",
    "deir ez-zour": "deir ez-zor",
    "deir ezzor": "deir ez-zor",
    "deir al-zor province": "deir ez-zor",
    "us-led coalition": "coalition",
    "u.s.-led coalition": "coalition",
    "coalition forces": "coalition",
    "kursk area": "kursk region",
    "kursk oblast": "kursk region",
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "america": "united states",
    "washington": "united states",
    "united states of america": "united states",
    "moscow": "russia",
    "kremlin": "russia",
    "the kremlin": "russia",
    "russian federation": "russia",
    "russian military": "russian forces",
    "russian army": "russian forces",
    "russian troops": "russian forces",
    "ukrainian military": "ukrainian forces",
    "ukrainian army": "ukrainian forces",
    "ukrainian troops": "ukrainian forces",
    "ukraine's general staff": "ukrainian general staff",
    "general staff of ukraine": "ukrainian general staff",
    "general staff of the armed forces of ukraine": "ukrainian general staff",
    "russia's general staff": "russian general staff",
    "trump": "donald trump",
    "putin": "vladimir putin",
}

# Display names for canonical entities whose casing the text may not give us.
_DISPLAY: dict[str, str] = {
    "kyiv": "Kyiv",
    "volodymyr zelensky": "Volodymyr Zelensky",
    "kursk region": "Kursk region",
    "united states": "United States",
    "russia": "Russia",
    "ukraine": "Ukraine",
    "russian forces": "Russian forces",
    "ukrainian forces": "Ukrainian forces",
    "donald trump": "Donald Trump",
    "vladimir putin": "Vladimir Putin",
}

# Token-level aliases inside statements and quotes.
_TOKEN_ALIASES: dict[str, str] = {
    "kiev": "kyiv",
    "ukraine": "ukraine",
    "russia": "russia",
    "zelenskyy": "zelensky",
    "zelenskiy": "zelensky",
    "moscow": "russia",
    "kremlin": "russia",
    "russian": "russia",
    "russians": "russia",
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "washington": "united_states",
    "america": "united_states",
    "american": "united_states",
    "usa": "united_states",
    # transliterations: Deir al-Zor / al-Zour / az-Zour / ez-Zor are one place
    "zour": "zor",
    "zur": "zor",
    "az": "al",
    "ez": "al",
    "el": "al",
}

_STATES = frozenset({"russia", "ukraine", "united states"})
# Officials and bodies -> the state they speak for (speaker compatibility).
_AFFILIATION: dict[str, str] = {
    "vladimir putin": "russia",
    "valery gerasimov": "russia",
    "russian general staff": "russia",
    "russian defense ministry": "russia",
    "russian defence ministry": "russia",
    "russian forces": "russia",
    "dmitry peskov": "russia",
    "sergei lavrov": "russia",
    "yuri ushakov": "russia",
    "maria zakharova": "russia",
    "donald trump": "united states",
    "steve witkoff": "united states",
    "marco rubio": "united states",
    "mike waltz": "united states",
    "volodymyr zelensky": "ukraine",
    "oleksandr syrskyi": "ukraine",
    "ukrainian general staff": "ukraine",
    "ukrainian forces": "ukraine",
    "andriy sybiha": "ukraine",
}
_NATIONALITY = {
    "russian": "russia",
    "ukrainian": "ukraine",
    "us": "united states",
    "american": "united states",
    "u.s.": "united states",
}

_TITLES = frozenset(
    """president general gen gen. commander-in-chief commander chief mr mr. mrs mrs. ms ms.
    dr dr. prime minister leader envoy head former foreign defense defence sen senator
    spokesman spokeswoman spokesperson""".split()
)

# Concepts that can be the main predicate of a statement (for denial matching and the
# lead-predicate check).
_PREDICATES = frozenset(
    {
        "encircle",
        "retake",
        "spare",
        "guarantee",
        "surrender",
        "capture",
        "launch",
        "halt",
        "support",
        "kill",
        "withdraw",
        "cross",
        "commit",
        "accept",
        "delay",
        "invade",
        "attack",
        "advance",
        "agree",
        "sign",
        "violate",
        "strike",
        "shell",
        "destroy",
        "free",
    }
)
_AUX = frozenset(
    "is are was were be been being has have had remain remains remained get got become "
    "became".split()
)
_AFTER_MODIFIER = frozenset(
    "in by on at near within for from during after since as across inside of into around "
    "under with and".split()
)
_NEGATION = frozenset("not never no neither nor".split())
_CONDITIONAL = frozenset("if would could unless whether should might".split())
_SKIP_ADVERB = frozenset("not never already largely completely fully still allegedly".split())

# Wording variants worth showing: concept -> label. Token aliases are reported too.
_WORDING_CONCEPTS = frozenset(
    {
        "encircle",
        "retake",
        "spare",
        "dignified",
        "massacre",
        "troop",
        "ceasefire",
        "capture",
        "incursion",
        "sympathetic",
    }
)
_WORDING_ALIAS_GROUPS: dict[str, str] = {
    "kiev": "kyiv",
    "kyiv": "kyiv",
    "zelenskyy": "zelensky",
    "zelensky": "zelensky",
    "zelenskiy": "zelensky",
}
