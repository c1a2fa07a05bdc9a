"""The attribution a cut claim lost, given back where the report shows it: "19 flights had
been diverted." -> "The airport said 19 flights had been diverted."

A claim cut out of a longer sentence (by the extractor, or by the merger's clause cutter:
`merge/clause_cuts.bare_content_cuts`, "that" and "and" cuts) keeps the writer's words of the
clause and loses the words that told who said it. Shown alone, the clause reads as the
report's own fact. A display stage after the merge (as `body_articles`, `its_owners`): only
the statement the report shows changes (an agreed or single-source item's, a contested
point's side's), never an id, a citation or a verdict, and the merger, the verdicts and every
check read the claims as extracted.

A statement that is the exact words of one of its citations (its first letter's case and a
final stop aside) with a finite form a reader sees (`_finite`: an auxiliary, a past; not a
noun phrase cut at "and", "Freight sailings carrying medicines") is read against that
citation's sentence in its article:

* the sentence opens on an attribution that ends where the quote begins ("The airport said
  ", "Police said on Friday that ", "According to the airport, "): a subject of at most
  `MAX_WHO_WORDS` words with no word that opens a clause of its own, a verb of saying
  (`offline.names._VERBS`), at most `MAX_AFTER_VERB` words after it (its time, its listener)
  and an optional "that" -> the sentence from its start to the quote's end, verbatim ("The
  airport said 19 flights had been diverted.");
* an attribution after a comma follows the quote directly, or ends the quote's sentence or
  its clause (a comma after it) when the quote opens that sentence ("Nobody was hurt and no
  aircraft was damaged, the airport said."; "At least seven people were killed ..., police
  said, and the driver ..."), with no other verb of saying or quotation mark between -> the
  statement and that attribution ("Nobody was hurt, the airport said.").

An apposition the merger kept as a clause part and an item shows alone ("Dresk's mayor, Jan
Roe."; `merge/clause_cuts.apposition_spans`), which tells who someone is, is shown as that
fact: "Jan Roe is Dresk's mayor." (`apposition_shown`).

Session 73 (report73): the speaker of either frame may hold an apposition ("Jo Marsh, the
council's leader, said ..."; each part a bare speaker); a tail speaker that ends a list of
names joined with commas is given back whole ("..., the Retail, Distribution and Bookselling
Union said.", never "Distribution and Bookselling Union said"); and a quote after a rumour's
frame ("after rumours spread that", "amid reports that", "it was alleged that";
`consensus/data/report_frames.toml`) is shown with it, never as a bare fact (`_rumour_framed`:
"Rumours spread that the dam had cracked.", "There were reports that ...").

A subject pronoun as the attribution's subject ("She said ...") is shown as the item's one
speaker, and the statement is left as it is when the item has no one speaker. A statement
that tells who says it already (a verb of saying in it) is left as it is. Grammar and closed
classes only: nothing of one story. Pure.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources

from consensus.clause_citations import led_citation
from consensus.its_owners import restated
from consensus.merge.clause_cuts import _FINITE, apposition_name
from consensus.models import Article, Citation, Item, Position, Report
from consensus.offline.names import _VERBS
from consensus.sentence_starts import SENTENCE_END

__all__ = ["said_frames", "with_frame"]

MAX_WHO_WORDS = 6  # "A spokesperson for the regional council": longer is a clause of its own
MAX_AFTER_VERB = 4  # "said on Friday", "told a local radio station"
MAX_APPOSITION_WORDS = 8  # "Jo Marsh, a spokeswoman for the regional water authority, said"
_W = r"[^\s,;:“”\"]+"  # one word, no punctuation that parts clauses
_SAYING = re.compile(rf"(?<![\w’'-])(?:{_VERBS})(?![\w’'-])")
# "The airport said ", "Police said on Friday that ", "She told reporters "
_WHO = rf"{_W}(?:[ \t]+{_W}){{0,{MAX_WHO_WORDS - 1}}}?"
# a speaker with an apposition: "Jo Marsh, the council's leader," / "The council's leader, Jo
# Marsh,"
_APPOSED = rf"{_WHO},[ \t]+{_W}(?:[ \t]+{_W}){{0,{MAX_APPOSITION_WORDS - 1}}}?,"
_LEAD_FRAME = re.compile(
    rf"(?P<who>{_APPOSED}|{_WHO})[ \t]+(?P<verb>{_VERBS})"
    rf"(?:[ \t]+{_W}){{0,{MAX_AFTER_VERB}}}?(?:,?[ \t]+that)?[ \t]*"
)
_ACCORDING = re.compile(
    rf"According[ \t]+to[ \t]+{_W}(?:[ \t]+{_W}){{0,{MAX_WHO_WORDS - 1}}},[ \t]*"
)
# ", the airport said." after the quote's clause: the sentence's end or a comma after it
_TAIL_FRAME = re.compile(
    rf",[ \t]+(?P<frame>(?P<who>{_APPOSED}|{_WHO})"
    rf"[ \t]+(?P<verb>{_VERBS})"
    rf"(?:[ \t]+{_W}){{0,{MAX_AFTER_VERB}}}?|according[ \t]+to[ \t]+{_W}"
    rf"(?:[ \t]+{_W}){{0,{MAX_WHO_WORDS - 1}}}?)(?=[ \t]*(?:[,;.!?]|\Z))"
)
# words that open a clause of their own: a subject holding one is no bare speaker
_CLAUSE_WORDS = frozenset(
    """but which who whom whose that when where while if because although after
    before since until as so than then is are was were has have had be been will would can
    could may might should must do does did""".split()
)
_PRONOUNS = frozenset("he she they it we i".split())
_QUOTE_MARKS = frozenset('"“”')
_DETERMINER_OPENING = frozenset("its the a an his her their our".split())
# a denial after a comma is no attribution ("..., a charge the union rejected")
_DENYING = re.compile(r"\b(?:reject|deny|denie|dismiss|disput|refut)\w*\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]+(?:[’'.,-][^\W_]+)*")  # (as `clause_cuts._WORD`)


def _words(key: str) -> str:
    """One list of `consensus/data/report_frames.toml` as a regex alternation."""
    return "|".join(re.escape(w) for w in FRAME_WORDS[key])


FRAME_WORDS: dict[str, list[str]] = tomllib.loads(
    resources.files("consensus").joinpath("data/report_frames.toml").read_text(encoding="utf-8")
)
MAX_RUMOUR_WORDS = 4  # "rumours spread on social media that", "reports in the local press that"
# "(after) rumours spread that ", "(amid) unconfirmed reports that ": a rumour's frame ending
# the lead
_RUMOUR_LEAD = re.compile(
    rf"(?:(?<=[\s,])|^)(?:(?!(?:{_words('rumour_openers')})\b)(?P<adj>[a-z][\w-]*)[ \t]+)?"
    rf"(?P<noun>(?i:{_words('rumour_nouns')}))"
    rf"(?P<rest>(?:[ \t]+{_W}){{0,{MAX_RUMOUR_WORDS}}}?)[ \t]+that[ \t]*$"
)
# "it was alleged that ", "It is rumoured that "
_PASSIVE_RUMOUR = re.compile(
    r"(?:(?<=[\s,])|^)[Ii]t[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+(?:widely[ \t]+)?"
    rf"(?:{_words('rumour_participles')})[ \t]+that[ \t]*$"
)
_RUMOUR_OPENERS = frozenset(FRAME_WORDS["rumour_openers"])
_ARTICLES = frozenset("the a an these those this that such".split())
_POSSESSIVES = frozenset("its his her their our my your".split())
_MASS_NOUNS = frozenset("speculation word hearsay gossip".split())


def _rumour_framed(c: Citation, text: str) -> str | None:
    """A quote after a rumour's frame, shown with it: "after rumours spread that the dam had
    cracked" -> "Rumours spread that the dam had cracked."; "amid reports that ..." -> "There
    were reports that ..."; "it was alleged that ..." -> "It was alleged that ..."; None when
    the frame is a verb's object ("The firm denied claims that ...": `_lead_framed`)."""
    lead = led_citation(c, text).lead
    if not lead or any(ch in _QUOTE_MARKS for ch in lead):
        return None
    m = _PASSIVE_RUMOUR.search(lead)
    if m is not None:
        return _stop("It" + lead[m.start() + 2 :] + c.quote)
    m = _RUMOUR_LEAD.search(lead)
    if m is None:
        return None
    before = lead[: m.start()].rstrip()
    last = before.split()[-1].lower() if before.split() else ""
    if before and not before.endswith(",") and last not in _RUMOUR_OPENERS:
        return None  # (an object of a verb: "denied claims that", "The union said reports")
    rest = m.group("rest")
    adj = m.group("adj") or ""
    if adj.lower() in _POSSESSIVES or re.search(r"\b(?:and|or|but|nor)\b", rest):
        return None  # ("stood by its report and that ...": a body's own report, two clauses)
    if _SAYING.search(rest) is None and not _finite(rest):
        adj = "" if adj.lower() in _ARTICLES else adj
        noun = m.group("noun")
        be = "was" if noun.lower() in _MASS_NOUNS or not noun.lower().endswith("s") else "were"
        framed = f"There {be} {adj + ' ' if adj else ''}{lead[m.start('noun') :]}"
    else:
        framed = lead[m.start() :]
        framed = framed[:1].upper() + framed[1:]
    return _stop(framed + c.quote)


def _finite(quote: str) -> bool:
    """Whether the quote holds a finite form a reader sees as one: a closed auxiliary or
    modal, an irregular past or an "-ed" form ("19 flights had been diverted", "the engine
    failed"); a noun phrase cut at "and" ("Freight sailings carrying medicines") is no
    clause to attribute."""
    for w in re.findall(r"[\w’'-]+", quote):
        low = w.lower()
        if w.islower() and (low in _FINITE or (w.isalpha() and low.endswith("ed"))):
            return True
    return False


def _finite_free(words: str) -> bool:
    """Whether the words after a frame's verb hold no finite form ("said on Monday"; not
    "said was overdue", a relative clause)."""
    return not _finite(words)


def _norm(text: str) -> str:
    text = text.strip().rstrip(".").rstrip()
    return text[:1].lower() + text[1:]


_JOINING = frozenset("and or of for at from in to on with by".split())


def _bare_who(who: str) -> bool:
    """Whether `who` is a speaker and no clause ("The airport", "Police", "She", "the police
    and coastguard"): no word that opens a clause, no verb form ("naming the group he"), no
    conjunction first ("and the audit"), and no second determiner but after a joining word
    ("a charge the union": a noun and a relative clause, not a speaker); a name and its
    apposition ("Jo Marsh, the council's leader,") when each part is one."""
    if "," in who:
        parts = [p for p in who.split(",") if p.strip()]
        return len(parts) == 2 and all(_bare_who(p) for p in parts)
    words = [w.strip("’'") for w in who.split()]
    if not words or words[0].lower() in _JOINING:
        return False
    for k, w in enumerate(words):
        low = w.lower()
        if low in _CLAUSE_WORDS or (
            w.islower() and (low in _FINITE or low.endswith(("ed", "ing")))
        ):
            return False
        if k and low in _DETERMINER_OPENING and words[k - 1].lower() not in _JOINING:
            return False
    return True


def _named(who: str, speakers: Sequence[str]) -> str | None:
    """`who` as shown: a pronoun as the one speaker, else as written; None when a pronoun
    has no one speaker to name."""
    if who.lower() not in _PRONOUNS:
        return who
    if len(speakers) != 1 or not speakers[0].strip():
        return None
    return speakers[0].strip()


def _stop(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…", '."', ".”")) else text + "."


def _lead_framed(c: Citation, text: str, speakers: Sequence[str]) -> str | None:
    lead = led_citation(c, text).lead
    if not lead or any(ch in _QUOTE_MARKS for ch in lead):
        return None
    if _ACCORDING.fullmatch(lead):
        return _stop(lead[:1].upper() + lead[1:] + c.quote)
    m = _LEAD_FRAME.fullmatch(lead)
    if m is None or not _bare_who(m.group("who")):
        return None
    who = _named(m.group("who"), speakers)
    if who is None:
        return None
    return _stop(who[:1].upper() + who[1:] + lead[m.end("who") :] + c.quote)


_CAP_WORDS = r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2}"
# ", the Retail" / ", Smith, Jones" / ", a spokesman for Smith": the first names of a list
# joined with commas, right before the tail frame's speaker
_LIST_OPENING = re.compile(
    rf",[ \t]+(?P<head>(?:(?:the|The)[ \t]+|(?:[^,]*[ \t])?(?:for|of|at|from)[ \t]+)?"
    rf"{_CAP_WORDS}(?:,[ \t]+{_CAP_WORDS})*)$"
)


def _name_list_before(before: str, who: str | None) -> str | None:
    """The opening of a list of names joined with commas that a tail frame's speaker ends
    ("..., the Retail, | Distribution and Bookselling Union said", "..., Jo Roe, | Ali Khan
    and Mia Berg said"): the speaker joins capitalised names with "and" or "&", and the text
    from the clause's comma to it is capitalised names after commas (the first maybe after
    "the", or a role's "for", "of", "at", "from"); None else. Given back whole it is the
    article's words: the cut after its last comma names only some of them."""
    if who is None or not (who[:1].isupper() or who.startswith(("and ", "& "))):
        return None
    words = who.split()
    if not ({"and", "&"} & set(words)) or not words[-1][:1].isupper():
        return None
    if any(w[:1].islower() and w not in ("and", "of", "for", "the") for w in words):
        return None
    m = _LIST_OPENING.search(before.rstrip(","))
    if m is None or m.start() != 0 or not _bare_who(m.group("head")):
        return None
    return m.group("head")


def _listed_tail(
    c: Citation, after: str, m: re.Match[str], head: str, speakers: Sequence[str]
) -> str | None:
    """The statement and a tail frame whose speaker is a list of names, whole."""
    if any(ch in _QUOTE_MARKS for ch in after[: m.end()]) or _SAYING.search(after, 0, m.start()):
        return None
    frame = m.group("frame").rstrip(" .!?")
    told = frame[m.end("verb") - m.start("frame") :] if m.group("verb") else ""
    if _DENYING.search(frame) or not _finite_free(told):
        return None
    quote = c.quote.rstrip(" .,;:")
    return quote[:1].upper() + quote[1:] + ", " + head + ", " + frame + "."


def _tail_framed(c: Citation, text: str, speakers: Sequence[str]) -> str | None:
    end = SENTENCE_END.search(text, max(c.start, c.end - 2))  # (the quote's own stop)
    after = text[c.end : end.start() + 1 if end else len(text)].rstrip()
    m = _TAIL_FRAME.search(after)
    if m is None or (m.group("who") is not None and not _bare_who(m.group("who"))):
        return None
    listed = _name_list_before(after[: m.start()], m.group("who")) if m.start() else None
    if listed is not None:
        return _listed_tail(c, after, m, listed, speakers)
    if m.start() and led_citation(c, text).lead:
        return None  # (the quote opens inside its sentence, and words part it from the frame)
    if any(ch in _QUOTE_MARKS for ch in after[: m.end()]):
        return None
    if m.start() and _SAYING.search(after, 0, m.start()):
        return None  # (another attribution between: whose is the quote, unsure)
    frame = m.group("frame").rstrip(" .!?")
    told = frame[m.end("verb") - m.start("frame") :] if m.group("verb") else ""
    if _DENYING.search(frame) or not _finite_free(told):
        return None  # ("..., a charge the union rejected"; "..., a plan analysts said was due")
    if m.group("who") is not None:
        who = _named(m.group("who"), speakers)
        if who is None:
            return None
        frame = who + frame[len(m.group("who")) :] if who != m.group("who") else frame
    quote = c.quote.rstrip(" .,;:")
    return quote[:1].upper() + quote[1:] + ", " + frame + "."


def apposition_shown(quote: str) -> str | None:
    """An apposition part shown as the fact it states ("Dresk's mayor, Jan Roe" -> "Jan Roe
    is Dresk's mayor."; "Jan Roe, a spokesman for the agency" -> "Jan Roe is a spokesman
    for the agency."; `clause_cuts.apposition_name`); None for any other clause."""
    name = apposition_name(quote)
    if name is None or len(name.split()) < 2:
        return None  # (one word: "Pandas, politics and the price of a loan" is a headline)
    left, _comma, right = quote.partition(", ")
    role = right if " ".join(_WORDS.findall(left)) == name else left
    who = left if role is right else right
    first, _, rest = role.partition(" ")
    if first.lower() in _DETERMINER_OPENING:
        role = f"{first.lower()} {rest}".rstrip()
    return f"{who.strip()} is {role.strip().rstrip('.')}."


def with_frame(one: Item | Position, texts: Mapping[str, str]) -> str:
    """The statement of `one` as shown: with the attribution its cited sentence gives it, or
    an apposition as the fact it states (module doc), else as merged."""
    statement = one.statement
    if _SAYING.search(statement) or statement.lower().startswith("according to"):
        return statement  # it tells who says it already
    for c in one.citations:
        text = texts.get(c.article)
        if text is None or text[c.start : c.end] != c.quote or _norm(c.quote) != _norm(statement):
            continue
        if not _finite(c.quote):
            shown = apposition_shown(c.quote)
        else:
            shown = (
                _rumour_framed(c, text)
                or _lead_framed(c, text, one.speakers)
                or _tail_framed(c, text, one.speakers)
            )
        if shown is not None:
            return shown
    return statement


def said_frames(report: Report, articles: Sequence[Article]) -> Report:
    """The report with each shown statement that is a cut claim given its attribution
    (module doc); ids, citations and verdicts as merged. The same object when nothing
    changes."""
    texts = {a.id: a.text for a in articles}
    return restated(report, lambda one: with_frame(one, texts))
