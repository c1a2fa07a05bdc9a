"""Census of report items an editor reads wrong: no-one speakers, provenance lines, empty turns.

For every agreed, contested (each side) and single-source item of the report on each cluster
(default: as `bench/statements.py`: the dev clusters, seeds and cluster2, the older made-up
clusters and the TRAINING blind clusters, never the held-out ones), counts per table:

* quantifier speakers: an item whose speaker is only a quantifier or a pronoun-like word
  ("several", "many", "some", "both", "others", "all", "most", "few", "neither", "each");
* quantifier statements: a statement whose subject is such a word before a reporting verb
  ("Several said that ...", "Many told reporters ...");
* provenance: a statement about where the article itself appeared or who wrote it ("This
  report first appeared in ...", "Originally published ...", "Reporting by ...; editing by");
* empty turns: a statement that only announces an account or a list without content ("Here
  is what we know.", "Residents gave a very different account.").

Session 25 (editor25) adds, per table:

* name day: a timeline entry dated by "Today"/"Tonight" ending a name ("told Morvania
  Today");
* any-such weekday: a timeline entry dated by "every Wednesday", "on a normal Wednesday";
* dateline: an item's statement opening with a dateline ("WEXBRIDGE (NBN 7) — ...");
* background notable: a summary's notable line that is a standing description (a tenure
  "has led the country since 2014", a founding "founded X in 2014", a headcount "employs
  about 2,300 people", an age reached "turned 26 last month");
* mute dispute line: a summary line of an account point (what one act hit / was done with)
  that says "Disputed:" and two statements instead of the accounts;
* thanks / ungiven kind: a statement that is a guest thanked ("X with Y, thank you.") or an
  account announced by its kind ("The regulator gave a different timeline.");
* timeline twice: one statement listed twice in the timeline;
* point dated by another side: a contested point's timeline entry whose statement is not
  that of a side holding the quotes that date it.

Session 27 (editor27) adds, per table:

* no final stop: a statement shown (as `consensus/render/sentences.shown` renders it)
  without a final full stop, "!", "?" or "…": read as cut off;
* pronoun opening: a statement shown opening with a personal pronoun or possessive ("It would
  withdraw ...", "Their bus careered ...", "Its leader, X, said ...") that the report never
  resolves.

Session 58 (editor58) adds, per table:

* possessive date: a timeline entry whose day comes from a date its quotes give only in the
  possessive ("arrested two men over Sunday's theft", "an inquiry into Monday night's
  strike"), which dates the thing it modifies, not what the statement reports; one whose
  statement opens with that possessive ("Sunday's theft was ...") or whose possessive follows
  "in", "at", "during" ("fell 5% in Tuesday's session") is not counted.

Session 59 (editor59) adds, per table:

* cut quote: a citation of an item or a side (as the report shows it, after
  `consensus/clause_citations.readable_citations`) whose quote opens on a lowercase word
  ("said he had relied ...", "denied that any fault ...", "raising 4 million"): an excerpt
  cut from the subject that says it. Counted per citation of each item; without the article
  text a sentence that itself opens lowercase is counted too.
* (leadin59) cut quote, led: a cut quote the report shows after its sentence's lead
  (`Citation.lead`, `consensus/clause_citations.led_citation`): an excerpt that names who
  says it; "cut quote" minus this is what an editor still reads cut.

Session 60 (editor60) adds, per table:

* clash key: a figure clash of a contested point's rule ("conflicting quantities for one slot
  (injur: 50 vs 40)") named by a key that is no disputed slot's name (a stem, the noun the
  figures qualify), as merged; "clash key, shown": the same in the rule the report shows
  (`consensus/render/rules.shown_rule`, which names a clash by the slot holding its figures).

Session 61 (editor61) adds, per table:

* stem key: a key of a figure clash or of a negation ("(negated: responsibl)") in a contested
  point's rule that no statement of the point (topic, sides) writes as a word and that is no
  disputed slot's name, as merged;
  "stem key, shown": the same in the rule the report shows (`shown_rule` with the report's
  names: a stem is shown as the word it opens, `consensus/slot_case.whole_key`);
* name slot: a disputed slot whose name holds a word the report writes as a name
  (`consensus/slot_case.report_names`: "northwind shares"); before session 61 a label run on
  after a semicolon, the side lines and the rule showed it lower-cased; "name slot, lower in
  md": the slot's name as merged (lower-case) found in the Markdown report outside the JSON.

Session 61 (editor61b) adds, per table:

* money slot: a disputed slot named by a currency's name ("euros": a sum in a currency word,
  `merge/lexicon.FIGURE_CURRENCY_WORDS`); "money as count in md": "how many <currency>" in
  the Markdown report (before editor61b every such slot read "How many euros: ...");
* speaker recased: a shown speaker label the display stage `consensus/speaker_case.py` gave
  back the case its cited articles write it in ("Northwind components" -> "Northwind
  Components"), counted as build_report runs it (-v prints each).

With -v each hit is printed with its cluster and table.

Usage: .venv/bin/python bench/editor_defects.py [-v] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import cluster_report, default_names

import consensus.speaker_case as speaker_case_module
from consensus.merge.lexicon import FIGURE_CURRENCY_WORDS
from consensus.models import Article, Report, TimelineEntry
from consensus.render import render_markdown
from consensus.render.rules import shown_rule
from consensus.render.sentences import ends_sentence, shown
from consensus.slot_case import cased, report_names

QUANTIFIERS = frozenset(
    "several many some both others all most few neither each none either".split()
)
_QUANT_STATEMENT = re.compile(
    r"^(?:Several|Many|Some|Both|Others|All|Most|Few|Neither|Each|None|Either)[ \t]+"
    r"(?:(?:also|later|had|have|has|would|could)[ \t]+)?"
    r"(?:said|say|says|told|tell|added|described|recalled|insisted|claimed|agreed|argued)\b"
)
_PROVENANCE = re.compile(
    r"\b(?:first|originally)[ \t]+(?:appeared|published|ran|aired|posted)\b"
    r"|\bappeared[ \t]+(?:first[ \t]+)?in[ \t]+print\b|\bprint[ \t]+edition\b"
    r"|\b(?:republished|reprinted)\b|\bin[ \t]+partnership[ \t]+with\b"
    r"|\b(?:Reporting|Writing)[ \t]+by\b.*\b[Ee]diting[ \t]+by\b",
    re.IGNORECASE,
)
# a whole statement that announces content or an account without giving it
_EMPTY_TURN = re.compile(
    r"(?:(?:And|So|Now|But|Then)[ \t]+)?(?:Here(?:['’]s|[ \t]+is|[ \t]+are)[ \t]+[^.:;,]{1,60}"
    r"|What[ \t]+we[ \t]+know[^.:;,]{0,40}"
    r"|there(?:['’]s|[ \t]+is|[ \t]+are)[ \t]+the[ \t][^.:;,]{1,40}"
    r"|[^.:;,]{1,60}[ \t](?:gave|given|give|told|tell|offered|painted)[ \t]+(?:a[ \t]+|an[ \t]+)?"
    r"(?:[a-z]+ly[ \t]+)?(?:different|differing|conflicting|contrasting|contradictory|opposing)"
    r"[ \t]+(?:accounts?|stor(?:y|ies)|versions?|pictures?|narratives?))[.:!]?",
    re.IGNORECASE,
)


# (session 25) the report's other parts
_NAME_DAY = re.compile(r"[A-Z][\w.&'’-]*[ \t]+(?:Today|Tonight)\b")
_ANY_WEEKDAY = re.compile(
    r"\b(?:every|each|any|an?[ \t]+(?:normal|typical|usual|ordinary|average|regular))[ \t]+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+)*[ \t]*\([^)]{1,40}\)[ \t]*[—–-]")
_STANDING = re.compile(
    r"\b(?:has|had)[ \t]+(?:led|run|managed|headed|chaired)\b.*\b(?:since[ \t]+(?:19|20)\d\d"
    r"|for[ \t]+\w+[ \t]+years)|\bfounded\b.*\bin[ \t]+(?:19|20)\d\d"
    r"|\bemploys[ \t]+(?:about[ \t]+|some[ \t]+|nearly[ \t]+)?[\d,]+[ \t]+(?:people|staff|workers)"
    r"|\bturned[ \t]+\d+[ \t]+last\b"
)
_THANKS_OR_KIND = re.compile(
    r".{0,80},[ \t]*(?:thank[ \t]+you|thanks)(?:[ \t]+(?:very|so)[ \t]+much)?[.!]?"
    r"|[^,;:]{0,60}[ \t]gave[ \t]+(?:a[ \t]+)?(?:\w+[ \t]+)?(?:different|differing|conflicting)"
    r"[ \t]+(?:timelines?|figures?|estimates?|counts?|explanations?)[.!]?",
    re.IGNORECASE,
)

# (session 58) a date written in the possessive
_POSSESSIVE = "['’]s\\b"
_HOSTING = r"\b(?:in|at|during|throughout|amid)\s+$"


def possessive_date(entry: TimelineEntry) -> bool:
    """Whether every quote of a timeline entry that holds its date expression holds it only in
    the possessive, and the statement does not open with that possessive."""
    when = re.escape(entry.text)
    if re.match(rf"\W*{when}{_POSSESSIVE}", entry.statement, re.IGNORECASE):
        return False
    quotes = [c.quote for c in entry.citations if re.search(when, c.quote, re.IGNORECASE)]
    return bool(quotes) and all(
        all(
            re.match(_POSSESSIVE, q[m.end() :]) is not None
            and re.search(_HOSTING, q[: m.start()]) is None
            for m in re.finditer(when, q, re.IGNORECASE)
        )
        for q in quotes
    )


# (session 59) a quote cut from its sentence's subject: its first word is lowercase
_CUT_QUOTE = re.compile(r"[\s\"“‘'(\[—–-]*[a-z]")


def cut_quotes(report: Report) -> list[tuple[str, str, str]]:
    """(table, quote, lead) of every citation of an item or a side that opens on a lowercase
    word."""
    cites = [("agreed", c) for i in report.agreed for c in i.citations]
    cites += [("single", c) for i in report.single_source for c in i.citations]
    cites += [
        ("contested", c) for ci in report.contested for p in ci.positions for c in p.citations
    ]
    return [(table, c.quote, c.lead) for table, c in cites if _CUT_QUOTE.match(c.quote)]


# (session 60) a figure clash of a rule and its key
_CLASH_KEY = re.compile(
    r"conflicting quantities for one slot(?: inside one agreed group)? \(([^:()]+):"
)


def clash_keys(report: Report) -> tuple[int, int]:
    """(clashes keyed by no slot's name in the merged rules, the same in the shown rules)."""
    merged = shown = 0
    for c in report.contested:
        names = {s.slot for s in c.slots}
        merged += sum(k not in names for k in _CLASH_KEY.findall(c.rule))
        shown += sum(k not in names for k in _CLASH_KEY.findall(shown_rule(c)))
    return merged, shown


# (session 61) a negation rule's key
_NEGATED_KEY = re.compile(r"one side negates what the other states \(negated: ([^()]+)\)")


def _is_word(key: str, texts: list[str]) -> bool:
    return any(
        re.search(rf"(?<![\w'’]){re.escape(key)}(?![\w'’])", t, re.IGNORECASE) for t in texts
    )


def stem_keys(report: Report) -> tuple[int, int]:
    """(clash and negation keys no statement of their point writes as a word, in the merged
    rules; the same in the shown rules)."""
    case = report_names(report)
    merged = shown = 0
    for c in report.contested:
        texts = [c.topic, *(p.statement for p in c.positions)]
        slots = {s.slot.casefold() for s in c.slots}  # (a slot's name is no stem)
        for rule, n in ((c.rule, 0), (shown_rule(c, case), 1)):
            keys = [*_CLASH_KEY.findall(rule), *_NEGATED_KEY.findall(rule)]
            bad = sum(not _is_word(k, texts) and k.casefold() not in slots for k in keys)
            merged, shown = (merged + bad, shown) if n == 0 else (merged, shown + bad)
    return merged, shown


def name_slots(report: Report) -> tuple[int, int]:
    """(disputed slots whose name holds a name the report writes, those slots' merged names
    found in the Markdown report)."""
    case = report_names(report)
    slots = {s.slot for c in report.contested for s in c.slots if cased(s.slot, case) != s.slot}
    if not slots:
        return 0, 0
    md = render_markdown(report)
    return len(slots), sum(
        len(re.findall(rf"(?<![\w']){re.escape(s)}(?![\w'])", md)) for s in slots
    )


def money_slots(report: Report) -> tuple[int, int]:
    """(disputed slots named by a currency's name, "how many <currency>" in the Markdown)."""
    money = [
        s
        for c in report.contested
        for s in c.slots
        if s.slot.split()[-1:] and (s.slot.split()[-1].casefold() in FIGURE_CURRENCY_WORDS)
    ]
    if not money:
        return 0, 0
    md = render_markdown(report)
    words = "|".join(map(re.escape, FIGURE_CURRENCY_WORDS))
    return len(money), len(re.findall(rf"\bhow many (?:{words})\b", md, re.IGNORECASE))


_RECASED: list[tuple[str, str]] = []  # (label held, label shown) of the cluster in hand


def _counting_speaker_case(report: Report, articles: Sequence[Article]) -> Report:
    out = speaker_case_module.speaker_case_of(report, articles)
    for old, new in zip(_speakers(report), _speakers(out), strict=True):
        _RECASED.extend((a, b) for a, b in zip(old, new, strict=True) if a != b)
    return out


def _speakers(report: Report) -> list[tuple[str, ...]]:
    every = (*report.agreed, *report.single_source)
    return [i.speakers for i in every] + [p.speakers for c in report.contested for p in c.positions]


# (session 27) a statement shown opening on a pronoun nothing resolves
_PRONOUN_OPENING = re.compile(r"(?:It|Its|He|His|She|Her|They|Their|Them)\b")


def report_parts(report: Report) -> list[tuple[str, str]]:
    """(check, text) of the summary lines and timeline entries a session-25 check flags."""
    found: list[tuple[str, str]] = []
    for e in report.timeline:
        if possessive_date(e):
            found.append(("possessive date", e.statement))
        if e.text in ("Today", "Tonight") and _NAME_DAY.search(e.statement):
            found.append(("name day", e.statement))
        m = _ANY_WEEKDAY.search(e.statement)
        if m and e.text.split()[0].lower() in m.group().lower():
            found.append(("any-such weekday", e.statement))
    sides = {c.id: c.positions for c in report.contested}
    seen: set[str] = set()
    for e in report.timeline:
        if e.statement in seen:
            found.append(("timeline twice", e.statement))
        seen.add(e.statement)
        cites = {(q.article, q.start) for q in e.citations}
        if e.item in sides and not any(
            p.statement == e.statement and cites <= {(q.article, q.start) for q in p.citations}
            for p in sides[e.item]
        ):
            found.append(("point dated by another side", e.statement))
    if report.summary is not None:
        text = {i.id: i.statement for i in (*report.agreed, *report.single_source)}
        for line in report.summary.notable:
            if _STANDING.search(text.get(line.item, line.text)):
                found.append(("background notable", line.text))
        rules = {c.id: c.rule for c in report.contested}
        for line in report.summary.contested:
            if "accounts of what one act" in rules.get(line.item, "") and line.text.startswith(
                "Disputed:"
            ):
                found.append(("mute dispute line", line.text))
    return found


def items(report: Report) -> list[tuple[str, str, tuple[str, ...], str]]:
    """(table, statement, speakers, statement as shown) of every item the report prints."""
    out = [("agreed", i.statement, i.speakers, shown(i)) for i in report.agreed]
    out += [("single", i.statement, i.speakers, shown(i)) for i in report.single_source]
    for c in report.contested:
        out += [("contested", p.statement, p.speakers, shown(p)) for p in c.positions]
    return out


def census(
    names: list[str], verbose: bool, dump: list[str] | None = None
) -> dict[str, Counter[str]]:
    tables: dict[str, Counter[str]] = {}
    # count the speaker labels the display stage recases as build_report runs it
    if not hasattr(speaker_case_module, "speaker_case_of"):
        speaker_case_module.speaker_case_of = speaker_case_module.speaker_case  # type: ignore[attr-defined]
        speaker_case_module.speaker_case = _counting_speaker_case  # type: ignore[assignment]
    for name in names:
        _RECASED.clear()
        table, report = cluster_report(name)
        count = tables.setdefault(table, Counter())
        for kind, text, speakers, as_shown in items(report):
            count["items"] += 1
            found = []
            if any(s.casefold() in QUANTIFIERS for s in speakers):
                found.append("quantifier speaker")
            if _QUANT_STATEMENT.search(text):
                found.append("quantifier statement")
            if _PROVENANCE.search(text):
                found.append("provenance")
            if _EMPTY_TURN.fullmatch(text.strip()):
                found.append("empty turn")
            if _DATELINE.search(text):
                found.append("dateline")
            if _THANKS_OR_KIND.fullmatch(text.strip()):
                found.append("thanks / ungiven kind")
            if not ends_sentence(as_shown):
                found.append("no final stop")
            if _PRONOUN_OPENING.match(as_shown):
                found.append("pronoun opening")
            count.update(found)
            if dump is not None:
                dump.append(f"{name}\t{kind}\t{'|'.join(speakers)}\t{text}")
            if verbose and found:
                print(f"[{name} {kind}] {','.join(found)} speakers={speakers}\n  S: {text}\n")
        for kind, quote, lead in cut_quotes(report):
            count["cut quote"] += 1
            count["cut quote, led"] += bool(lead.strip())
            if verbose:
                print(f"[{name} {kind}] cut quote\n  L: {lead}\n  Q: {quote}\n")
        merged, shown_keys = clash_keys(report)
        count["clash key"] += merged
        count["clash key, shown"] += shown_keys
        stems, stems_shown = stem_keys(report)
        count["stem key"] += stems
        count["stem key, shown"] += stems_shown
        slots, lower = name_slots(report)
        count["name slot"] += slots
        count["name slot, lower in md"] += lower
        money, as_count = money_slots(report)
        count["money slot"] += money
        count["money as count in md"] += as_count
        count["speaker recased"] += len(_RECASED)
        if verbose:
            for old, new in _RECASED:
                print(f"[{name}] speaker recased\n  {old!r} -> {new!r}\n")
        count["timeline entries"] += len(report.timeline)
        for check, text in report_parts(report):
            count[check] += 1
            if verbose:
                print(f"[{name}] {check}\n  S: {text}\n")
    return tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--dump", help="write every item (cluster, table, speakers, statement)")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    dump: list[str] | None = [] if args.dump else None
    tables = census(args.names or default_names(), args.verbose, dump)
    if args.dump and dump is not None:
        Path(args.dump).write_text("\n".join(dump) + "\n", encoding="utf-8")
    for checks in (
        ("quantifier speaker", "quantifier statement", "provenance", "empty turn"),
        ("name day", "any-such weekday", "dateline", "background notable"),
        ("mute dispute line", "thanks / ungiven kind", "timeline twice"),
        ("point dated by another side", "no final stop", "pronoun opening"),
        ("possessive date", "cut quote", "cut quote, led"),
        ("clash key", "clash key, shown", "timeline entries"),
        ("stem key", "stem key, shown", "name slot", "name slot, lower in md"),
        ("money slot", "money as count in md", "speaker recased"),
    ):
        print(f"{'table':<18} {'items':>6} " + " ".join(f"{c:>21}" for c in checks))
        for table, count in tables.items():
            print(f"{table:<18} {count['items']:>6} " + " ".join(f"{count[c]:>21}" for c in checks))


if __name__ == "__main__":
    main()
