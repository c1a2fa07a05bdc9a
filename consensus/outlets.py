"""The outlet table: display name, owner, country and labels ("wire service", "state-funded")
for the outlets a report cites, shown to the reader beside each source.

The built-in table is `consensus/data/outlets.toml`; `--outlets FILE` (or `load_outlets(path)`)
replaces it. An article matches an entry by its URL's host (the entry's domain or a
subdomain of it) first, then by its outlet name (case-insensitive). Labels are for the
reader only: no verdict rule reads them, and `label_articles` changes nothing but
`ReportArticle.outlet_info`.

Never does network I/O; reads only the file it is given (or the packaged table).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from consensus.errors import InputError
from consensus.models import Article, OutletInfo, Report

__all__ = ["OutletTable", "default_outlets", "label_articles", "load_outlets"]


@dataclass(frozen=True)
class OutletTable:
    by_domain: Mapping[str, OutletInfo]
    by_name: Mapping[str, OutletInfo]

    def find(self, article: Article) -> OutletInfo | None:
        host = (urlsplit(article.url).hostname or "") if article.url else ""
        host = host.lower().removeprefix("www.")
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            host = host.partition(".")[2] if "." in host else ""
        name = (article.outlet or "").strip().casefold()
        found = self.by_name.get(name)
        if found is None and "." in name:  # an outlet given as a domain
            found = self.by_domain.get(name.removeprefix("www."))
        return found


def _parse(text: str, source: str) -> OutletTable:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(source, f"not a valid outlet table (TOML): {exc}") from None
    entries = raw.get("outlet", [])
    if not isinstance(entries, list):
        raise InputError(source, "an outlet table has [[outlet]] entries")
    by_domain: dict[str, OutletInfo] = {}
    by_name: dict[str, OutletInfo] = {}
    for n, entry in enumerate(entries, 1):
        where = f"[[outlet]] number {n}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise InputError(source, f"{where} needs a name")
        match = entry.get("match", [])
        labels = entry.get("labels", [])
        if not all(isinstance(m, str) for m in match) or not isinstance(match, list):
            raise InputError(source, f"{where} ({entry['name']}): match must be a list of strings")
        if not all(isinstance(x, str) for x in labels) or not isinstance(labels, list):
            raise InputError(source, f"{where} ({entry['name']}): labels must be a list of strings")
        unknown = set(entry) - {"name", "match", "owner", "country", "labels"}
        if unknown:
            raise InputError(source, f"{where} ({entry['name']}): unknown key {sorted(unknown)[0]}")
        info = OutletInfo(
            name=entry["name"],
            owner=entry.get("owner"),
            country=entry.get("country"),
            labels=tuple(labels),
        )
        for m in [entry["name"], *match]:
            key = m.strip().casefold()
            if "." in key and " " not in key:
                by_domain.setdefault(key.removeprefix("www."), info)
            else:
                by_name.setdefault(key, info)
    return OutletTable(by_domain=by_domain, by_name=by_name)


def load_outlets(path: str | Path) -> OutletTable:
    """Read an outlet table; an unreadable or malformed file is an InputError naming it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the outlet table: {exc}") from None
    return _parse(text, str(path))


@functools.cache
def default_outlets() -> OutletTable:
    table = resources.files("consensus").joinpath("data/outlets.toml")
    return _parse(table.read_text(encoding="utf-8"), "consensus/data/outlets.toml")


def label_articles(
    report: Report, articles: Sequence[Article], table: OutletTable | None = None
) -> Report:
    """`report` with each article's `outlet_info` from `table` (the built-in one by default)."""
    table = table or default_outlets()
    by_id = {a.id: a for a in articles}
    labelled = tuple(
        ra.model_copy(update={"outlet_info": table.find(by_id[ra.id]) if ra.id in by_id else None})
        for ra in report.articles
    )
    return report.model_copy(update={"articles": labelled})
