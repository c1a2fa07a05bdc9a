"""Prompt files under prompts/: loaded by name, rendered strictly, versioned by their sha256.

A prompt's version is the sha256 of its text, so editing a prompt changes every cache key
and makes a stale cassette fail loudly (the request body no longer matches).
Never import litellm here.
"""

from __future__ import annotations

import functools
import hashlib
import string
from dataclasses import dataclass
from pathlib import Path

from consensus.errors import PromptError

PROMPT_DIR = Path(__file__).resolve().parent.parent / "prompts"


@dataclass(frozen=True)
class Prompt:
    name: str
    text: str

    @functools.cached_property
    def hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def render(self, **variables: str) -> str:
        """Substitute $name placeholders; a missing or unused variable is an error."""
        template = string.Template(self.text)
        wanted = {
            m.group("named") or m.group("braced")
            for m in template.pattern.finditer(self.text)
            if m.group("named") or m.group("braced")
        }
        missing = wanted - variables.keys()
        if missing:
            raise PromptError(f"prompt {self.name}: missing variable(s) {sorted(missing)}")
        extra = variables.keys() - wanted
        if extra:
            raise PromptError(f"prompt {self.name}: unknown variable(s) {sorted(extra)}")
        return template.substitute(variables)


def _prompt_dir() -> Path:
    if PROMPT_DIR.is_dir():
        return PROMPT_DIR
    # installed as a wheel: prompts are shipped inside the package
    return Path(__file__).resolve().parent / "prompts"


def load_prompt(name: str) -> Prompt:
    path = _prompt_dir() / f"{name}.md"
    try:
        stat = path.stat()
        return _read_prompt(name, str(path), stat.st_mtime_ns, stat.st_size)
    except OSError as exc:
        raise PromptError(f"prompt {name}: cannot read {path}: {exc.strerror}") from exc


@functools.lru_cache(maxsize=32)
def _read_prompt(name: str, path: str, mtime_ns: int, size: int) -> Prompt:
    # Every article of a run loads the same prompt; an edited file has a new mtime or size.
    return Prompt(name=name, text=Path(path).read_text(encoding="utf-8"))
