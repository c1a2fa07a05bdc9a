"""Personal names with a lower-case particle before the surname: "Abu Karim al-Hasani",
"Ursula von der Leyen", "Charles de Gaulle", "Rafael van Dijk".

The name learner (`names.py`) takes capitalised words only, so such a name speaks as its
first words ("Abu Karim"), which another outlet spells otherwise, or not at all. A
speaker phrase that is capitalised words, a particle and a capitalised surname is read as
one person's name. The particles are those of Arabic, Dutch, German, French, Italian and
Spanish names; a particle between capitalised words is never a word of a body's name
("Bank of England" has "of", which is no particle here).
"""

from __future__ import annotations

import re

from consensus.offline.names import _TOKEN

__all__ = ["PARTICLE_NAME", "particle_name"]

_PARTICLES = r"(?:al|el|ad|ash|as|bin|ibn|van|von|de|del|della|da|di|du|dos|le|la)"
# the pattern, for speaker regexes: "Abu Karim al-Hasani", "Greta van der Berg"
PARTICLE_NAME = (
    rf"{_TOKEN}(?:\s+{_TOKEN}){{0,2}}\s+{_PARTICLES}(?:-|\s+(?:(?:der|den|la|los)\s+)?)"
    r"[A-Z][a-z][\w’'-]*"
)
_FULL = re.compile(PARTICLE_NAME)


def particle_name(np: str) -> bool:
    """Whether a speaker phrase is a personal name with a particle before its surname."""
    return _FULL.fullmatch(np.strip()) is not None
