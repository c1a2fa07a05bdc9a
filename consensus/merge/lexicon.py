"""The hand-written word tables the merge stage reads, loaded once from the TOML files in
`consensus/merge/data/` (each file's header says what it holds; a user may extend them):

* words.toml     stop and speech words, titles, auxiliaries, negation, conditionals, filler,
                 time words, units of measure, number words, the words figures read
* concepts.toml  synonyms (concept -> word forms), predicates, reversals, wording concepts,
                 opposed acts of counts
* phrases.toml   multi-word rewrites applied before tokenising
* entities.toml  entity and token aliases, display names, states, affiliations, nationalities

Tables only: nothing here computes features (features.py does). A malformed file raises
ConfigError naming the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any

from consensus.errors import ConfigError

_DATA = resources.files("consensus.merge") / "data"


def _load(name: str) -> tuple[str, dict[str, Any]]:
    path = _DATA / name
    try:
        return f"consensus/merge/data/{name}", tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"consensus/merge/data/{name}: cannot be read as TOML: {exc}") from exc


def _strings(where: str, table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return value


def alternatives(name: str, key: str) -> str:
    """The regular expressions listed under `key` in data file `name`, joined as one
    alternation ("(?:a)|(?:b)"); each must compile on its own (a ConfigError names the file,
    the key and the entry)."""
    where, table = _load(name)
    parts = _strings(where, table, key)
    for p in parts:
        try:
            re.compile(p)
        except re.error as exc:
            raise ConfigError(f"{where}: '{key}' entry {p!r} is no pattern: {exc}") from exc
    return "|".join(f"(?:{p})" for p in parts)


def _words(where: str, table: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(_strings(where, table, key))


def _mapping(where: str, table: dict[str, Any], key: str) -> dict[str, str]:
    value = table.get(key)
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigError(f"{where}: [{key}] must be a table of strings")
    return dict(value)


def _lists(where: str, table: dict[str, Any], key: str) -> dict[str, list[str]]:
    value = table.get(key)
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [{key}] must be a table of lists of strings")
    return {k: _strings(where, value, k) for k in value}


def _ints(where: str, table: dict[str, Any], key: str) -> dict[str, int]:
    value = table.get(key)
    if not isinstance(value, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value.values()
    ):
        raise ConfigError(f"{where}: [{key}] must be a table of integers")
    return dict(value)


def _phrases(where: str, table: dict[str, Any]) -> list[tuple[tuple[str, ...], str, str]]:
    rows = table.get("phrase")
    if not isinstance(rows, list):
        raise ConfigError(f"{where}: [[phrase]] entries are missing")
    out = []
    for n, row in enumerate(rows, start=1):
        triggers = _strings(f"{where} phrase {n}", row, "triggers")
        pattern, repl = row.get("pattern"), row.get("replace")
        if not triggers or not isinstance(pattern, str) or not isinstance(repl, str):
            raise ConfigError(
                f"{where}: phrase {n} needs non-empty 'triggers', a 'pattern' and a 'replace'"
            )
        out.append((tuple(triggers), pattern, repl))
    return out


_where, _words_toml = _load("words.toml")
_STOP = _words(_where, _words_toml, "stop")
# Verbs of saying: attribution, not content.
_SPEECH = _words(_where, _words_toml, "speech")
_TITLES = _words(_where, _words_toml, "titles")
_GROUP_SPEAKERS = _words(_where, _words_toml, "group_speakers")
_BODY_KINDS = {k: frozenset(v) for k, v in _lists(_where, _words_toml, "body_kinds").items()}
_STANCE_WORDS = _words(_where, _words_toml, "stance_words")
_MEDIA_NOUNS = _words(_where, _words_toml, "media_nouns")
_MEDIA_FRAME_NOUNS = _words(_where, _words_toml, "media_frame_nouns")
_REPORT_NOUNS = _words(_where, _words_toml, "report_nouns")
PLURAL_REPORT_NOUNS = _words(_where, _words_toml, "plural_report_nouns")
DERIVATIONAL_SUFFIXES = _words(_where, _words_toml, "derivational_suffixes")
ADVERB_SUFFIXES = _words(_where, _words_toml, "adverb_suffixes")
_AUX = _words(_where, _words_toml, "aux")
_DETERMINERS = _words(_where, _words_toml, "determiners")
LABEL_NOUNS = _words(_where, _words_toml, "label_nouns")
_NAME_OPENERS = _words(_where, _words_toml, "name_openers")
_NOT_PERSON_WORDS = _words(_where, _words_toml, "not_person_words")
_AFTER_MODIFIER = _words(_where, _words_toml, "after_modifier")
_NEGATION = _words(_where, _words_toml, "negation")
_NEGATION_VOID = _words(_where, _words_toml, "negation_void")
_NEGATION_SKIP = _words(_where, _words_toml, "negation_skip")
_NEGATION_PHRASE_END = _words(_where, _words_toml, "negation_phrase_end")
_NEGATION_SUB = _words(_where, _words_toml, "negation_subordinate")
_NEGATION_SAME = _words(_where, _words_toml, "negation_equivalent")
_NEGATION_NOUN = _words(_where, _words_toml, "negation_of_noun")
_NEGATION_TOPIC = _words(_where, _words_toml, "negation_topic_before")
_NEGATION_LIGHT = _words(_where, _words_toml, "negation_light")
_NEGATION_LIGHT_BEFORE = _words(_where, _words_toml, "negation_light_before_noun")
_NEGATION_SPEECH = _words(_where, _words_toml, "negation_speech")
_NEGATION_SUB_NOT_BEFORE = _words(_where, _words_toml, "negation_subordinate_not_before")
_CONDITIONAL = _words(_where, _words_toml, "conditional")
_HABITUAL = _words(_where, _words_toml, "habitual")
_SKIP_ADVERB = _words(_where, _words_toml, "skip_adverb")
_FILLER = _words(_where, _words_toml, "filler")
_TIME_WORD_FORMS = tuple(_strings(_where, _words_toml, "time_words"))
_MEASURE_UNITS = _words(_where, _words_toml, "measure_units")
FIGURE_WHEN_WORDS = _words(_where, _words_toml, "figure_when_words")
FIGURE_HEDGE_WORDS = _words(_where, _words_toml, "figure_hedge_words")
FIGURE_GENERIC_NOUNS = _words(_where, _words_toml, "figure_generic_nouns")
FIGURE_PERIOD_WORDS = _words(_where, _words_toml, "figure_period_words")
FIGURE_REPEAT_NOUNS = _words(_where, _words_toml, "figure_repeat_nouns")
FIGURE_TERM_CHANGE_VERBS = _words(_where, _words_toml, "figure_term_change_verbs")
FIGURE_TERM_NOUNS = _words(_where, _words_toml, "figure_term_nouns")
FIGURE_TERM_LATE_WORDS = _words(_where, _words_toml, "figure_term_late_words")
FIGURE_TERM_VERBS = _words(_where, _words_toml, "figure_term_verbs")
START_DAY_CUES = _words(_where, _words_toml, "start_day_cues")
NOTICE_VERBS = _words(_where, _words_toml, "notice_verbs")
NOTICE_RECEIPT_WORDS = _words(_where, _words_toml, "notice_receipt_words")
ACCOUNT_ACT_VERBS = _words(_where, _words_toml, "account_act_verbs")
EARLIEST_CUES = _words(_where, _words_toml, "earliest_cues")
ACCOUNT_TARGET_NOUNS = _words(_where, _words_toml, "account_target_nouns")
ACCOUNT_IMPACT_VERBS = _words(_where, _words_toml, "account_impact_verbs")
ACCOUNT_LOAD_WORDS = _words(_where, _words_toml, "account_load_words")
ACCOUNT_GENERAL_THINGS = _words(_where, _words_toml, "account_general_things")
ACCOUNT_SAME_THINGS = tuple(
    frozenset(_strings(_where, {"g": g}, "g")) for g in _words_toml.get("account_same_things", [])
)
FIGURE_OTHER_SET_WORDS = _words(_where, _words_toml, "figure_other_set_words")
FIGURE_CHANGE_NOUNS = _words(_where, _words_toml, "figure_change_nouns")
FIGURE_TALLY_ACTS = _words(_where, _words_toml, "figure_tally_acts")
FIGURE_VOTE_ACTS = _words(_where, _words_toml, "figure_vote_acts")
FIGURE_PEOPLE_KINDS = _words(_where, _words_toml, "figure_people_kinds")
FIGURE_VANTAGE_CUES = tuple(_strings(_where, _words_toml, "figure_vantage_cues"))
FIGURE_INCLUSION_NOUNS = _words(_where, _words_toml, "figure_inclusion_nouns")
FIGURE_EARLIER_CUES = tuple(_strings(_where, _words_toml, "figure_earlier_cues"))
FIGURE_LATER_CUES = tuple(_strings(_where, _words_toml, "figure_later_cues"))
BOUND_TOLL_WORDS = _words(_where, _words_toml, "bound_toll_words")
FIGURE_COUNT_NOUNS = _words(_where, _words_toml, "figure_count_nouns")
FIGURE_CAPACITY_WORDS = _words(_where, _words_toml, "figure_capacity_words")
FIGURE_LOAD_WORDS = _words(_where, _words_toml, "figure_load_words")
FIGURE_PAYMENT_FORMS = _words(_where, _words_toml, "figure_payment_forms")
FIGURE_PAYMENT_PARTS = _words(_where, _words_toml, "figure_payment_parts")
FIGURE_COUNT_MODIFIERS = _words(_where, _words_toml, "figure_count_modifiers")
FIGURE_COUNT_CORRECTIVE = _words(_where, _words_toml, "figure_count_corrective")
FIGURE_COUNT_MEANINGS = _mapping(_where, _words_toml, "figure_count_meanings")
FIGURE_UNIT_FORMS = _mapping(_where, _words_toml, "figure_unit_forms")
FIGURE_CURRENCY_WORDS = _mapping(_where, _words_toml, "figure_currency_words")
# Sizes of a count, as orders of magnitude (for denial matching: "reports of hundreds killed"
# are not denied by, nor do they deny, "five killed").
_NUMBER_WORDS = _ints(_where, _words_toml, "number_words")

_where, _concepts_toml = _load("concepts.toml")
# word forms -> concept. Entries are matched after lower-casing (and for single words,
# also after stemming), so list the forms that stem differently.
_SYNONYMS = _lists(_where, _concepts_toml, "synonyms")
# Concepts that can be the main predicate of a statement (for denial matching and the
# lead-predicate check).
_PREDICATES = _words(_where, _concepts_toml, "predicates")
# Predicates that undo others (a user's "undo" -> ["undone"]; empty as shipped): two events.
_REVERSALS = _lists(_where, _concepts_toml, "reversals")
# Acts whose counts never clash ("convict" -> ["acquit"]), and each act's word forms.
OPPOSED_ACTS = _lists(_where, _concepts_toml, "opposed_acts")
ACT_FORMS = _lists(_where, _concepts_toml, "act_forms")
# Wording variants worth showing: concept -> label. Token aliases are reported too.
_WORDING_CONCEPTS = _words(_where, _concepts_toml, "wording_concepts")

_where, _irregular_toml = _load("irregular_verbs.toml")


def _irregular(where: str, table: dict[str, Any]) -> dict[str, str]:
    """Each listed form -> its base (`irregular_verbs`): lower-case words, no form under two
    bases (a ConfigError names the file and the entry)."""
    out: dict[str, str] = {}
    for base, forms in _lists(where, table, "irregular_verbs").items():
        for w in (base, *forms):
            if not w.isalpha() or not w.islower():
                raise ConfigError(f"{where}: [irregular_verbs] entry {w!r} is no lower-case word")
        for form in forms:
            if out.setdefault(form, base) != base:
                raise ConfigError(f"{where}: [irregular_verbs] form {form!r} is under two bases")
    return out


# An irregular verb's past forms -> its base ("sold" -> "sell"): a closed grammatical list.
IRREGULAR_BASE = _irregular(_where, _irregular_toml)

# Multi-word expressions, rewritten before tokenising (lower-case text). A trigger (or one
# of a tuple of triggers) is a substring every match contains: the regex runs only then.
_where, _phrases_toml = _load("phrases.toml")
_PHRASES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = tuple(
    (triggers, re.compile(pattern), repl)
    for triggers, pattern, repl in _phrases(_where, _phrases_toml)
)

_PHRASE_HINT = re.compile("|".join(re.escape(t) for triggers, _, _ in _PHRASES for t in triggers))

_where, _entities_toml = _load("entities.toml")
# Entity aliases (normalised name -> canonical normalised name).
_ENTITY_ALIASES = _mapping(_where, _entities_toml, "entity_aliases")
# Display names for canonical entities whose casing the text may not give us.
_DISPLAY = _mapping(_where, _entities_toml, "display")
# Token-level aliases inside statements and quotes.
_TOKEN_ALIASES = _mapping(_where, _entities_toml, "token_aliases")
_STATES = _words(_where, _entities_toml, "states")
# Officials and bodies -> the state they speak for (speaker compatibility).
_AFFILIATION = _mapping(_where, _entities_toml, "affiliation")
_NATIONALITY = _mapping(_where, _entities_toml, "nationality")
_WORDING_ALIAS_GROUPS = _mapping(_where, _entities_toml, "wording_alias_groups")
