"""Metadata read from an article: its outlet (URL domain, house signature, e-mail domain,
wire marker) and its language. The outlet tables live here."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

# --- Outlet tables ------------------------------------------------------------------------

_DOMAIN_OUTLETS: Mapping[str, str] = {
    # registered domain -> outlet name; subdomains match too (edition.cnn.com -> CNN)
    "rt.com": "RT",
    "rttv.ru": "RT",
    "zerohedge.com": "ZeroHedge",
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "afp.com": "AFP",
    "bloomberg.com": "Bloomberg",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "npr.org": "NPR",
    "politico.com": "Politico",
    "politico.eu": "Politico",
    "axios.com": "Axios",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "DW",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "dailymail.co.uk": "Daily Mail",
    "express.co.uk": "Daily Express",
    "thesun.co.uk": "The Sun",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "sputnikglobe.com": "Sputnik",
    "sputniknews.com": "Sputnik",
    "themoscowtimes.com": "The Moscow Times",
    "meduza.io": "Meduza",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "pravda.com.ua": "Ukrainska Pravda",
    "ukrinform.net": "Ukrinform",
    "news.am": "News.am",
    "armenpress.am": "Armenpress",
}


_HOUSE_SIGNATURES: Mapping[str, str] = {
    # a line that is exactly this name is the site's house byline
    "Tyler Durden": "ZeroHedge",
}


_WIRE_MARKERS: Mapping[str, str] = {
    # "(Reuters)" in the lead paragraph: the wire agency that wrote the story
    "Reuters": "Reuters",
    "AP": "AP",
    "AFP": "AFP",
    "Bloomberg": "Bloomberg",
    "UPI": "UPI",
    "dpa": "dpa",
    "DPA": "dpa",
    "TASS": "TASS",
    "Interfax": "Interfax",
    "Xinhua": "Xinhua",
    "ANI": "ANI",
    "PTI": "PTI",
    "IANS": "IANS",
}


# --- Language ------------------------------------------------------------------------------

_STOPWORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to a in that is was for on with as by at from it he his has have be are"
        " were said this will not but which an or its their they after who had been would"
        " she her we our than also".split()
    ),
    "fr": frozenset(
        "le la les de des du et est un une que qui dans pour pas sur au aux ce il elle ne se"
        " par avec plus sont été a son sa ses".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den dem des von mit sich auf für im dass wird"
        " auch als bei nach hat sind wurde".split()
    ),
    "es": frozenset(
        "el la los las de del y que en un una por con para es se no su al lo como más pero"
        " sus fue ha".split()
    ),
    "ru": frozenset(
        "и в не на что с по как это он к из за от то но она его был для уже так также о же"
        " бы при".split()
    ),
    "uk": frozenset(
        "і в не на що з по як це він до із за від та але вона його був для вже також й є"
        " через".split()
    ),
}


_STOPWORD_LANGS: Mapping[str, tuple[str, ...]] = {
    word: tuple(lang for lang, stop in _STOPWORDS.items() if word in stop)
    for word in set().union(*_STOPWORDS.values())
}


_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")


_LETTER_WORD = re.compile(r"[^\W\d_]+")


_EMAIL = re.compile(r"\b[\w.+-]{1,64}@(?P<domain>[\w-]+(?:\.[\w-]+)+)")


def _first(record: Mapping[str, Any], keys: Sequence[str]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _outlet_value(value: Any) -> str | None:
    """An outlet field: a name, a domain, or a NewsAPI-style {"id", "name"} object."""
    if isinstance(value, dict):
        value = _first(value, ("name", "title", "domain", "id"))
    if not isinstance(value, str) or not value.strip():
        return None
    name: str = value.strip()
    if " " not in name and "." in name:  # a domain or URL, e.g. "www.rt.com"
        return _outlet_from_url(name)
    return name


def _str_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _outlet_from_url(url: str) -> str | None:
    """Outlet for a URL or bare domain: from `_DOMAIN_OUTLETS`, else the host name."""
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    host = host.lower().removeprefix("www.")
    parts = host.split(".")
    for k in range(len(parts) - 1):
        name = _DOMAIN_OUTLETS.get(".".join(parts[k:]))
        if name is not None:
            return name
    return host


def _outlet_from_text(raw: str) -> str | None:
    """House signature line, then contact e-mail domain, then a wire marker in the lead."""
    for signature, outlet in _HOUSE_SIGNATURES.items():
        if re.search(rf"^[ \t]*{re.escape(signature)}[ \t]*\r?$", raw, re.MULTILINE):
            return outlet
    for match in _EMAIL.finditer(raw):
        parts = match.group("domain").lower().split(".")
        for k in range(len(parts) - 1):
            name = _DOMAIN_OUTLETS.get(".".join(parts[k:]))
            if name is not None:
                return name
    wire = re.search(r"\((" + "|".join(map(re.escape, _WIRE_MARKERS)) + r")\)", raw[:1500])
    return _WIRE_MARKERS[wire.group(1)] if wire else None


# Han ideographs, kana, Hangul syllables and Thai: scripts named by their characters, not words.
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana: Japanese even among Han characters
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)


def _script_language(sample: str) -> str | None:
    """A language told by its script when most letters are CJK, Hangul or Thai."""
    counts = {lang: len(pattern.findall(sample)) for lang, pattern in _SCRIPTS}
    if not any(counts.values()):
        return None  # no such letter: the share below is 0 (counting letters costs more)
    letters = sum(map(str.isalpha, sample))
    if not letters or sum(counts.values()) < 0.5 * letters:
        return None
    if counts["ja"] >= 0.1 * (counts["ja"] + counts["zh"]) and counts["ja"]:
        return "ja"
    return max(("zh", "ko", "th"), key=lambda lang: counts[lang])


def _language(text: str) -> str:
    """'en', a code from `_STOPWORDS`, a script's language (zh, ja, ko, th), or 'und'."""
    sample = text[:2000]
    script = _script_language(sample)
    if script is not None:
        return script
    words = _LETTER_WORD.findall(sample.lower())
    if len(words) < 5:
        return "und"
    hits = dict.fromkeys(_STOPWORDS, 0)
    for word in words:
        for lang in _STOPWORD_LANGS.get(word, ()):
            hits[lang] += 1
    best = max(hits, key=lambda lang: hits[lang])  # ties: the first in `_STOPWORDS`
    if hits[best] < 0.12 * len(words):
        return "und"
    if best in ("ru", "uk"):
        return "uk" if _UK_LETTERS.search(sample) else "ru"
    return best
