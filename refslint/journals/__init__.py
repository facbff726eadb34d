"""Journal titles and their standard abbreviations (NLM and ISO 4), from JabRef's CC0 lists.

The table (`abbreviations.tsv`, built by `scripts/build_journals.py`) is read the first time a
rule asks about a journal, never at import: a run whose rules do not need it does not pay for it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SMALL_WORDS = frozenset({"and", "the", "of", "in", "on", "for", "a", "an"})


def key(name: str) -> str:
    """A journal name as compared: no case, accents, punctuation or small words."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return " ".join(w for w in re.findall(r"[a-z0-9]+", plain) if w not in _SMALL_WORDS)


@dataclass(frozen=True)
class Journal:
    """One journal: its full title and its abbreviations ("" where no shipped list has one)."""

    title: str
    iso: str  # dotted ISO 4 form, `J. Chem. Phys.`
    nlm: str  # undotted NLM (MEDLINE) form, `J Chem Phys`; "" when NLM's list lacks the journal

    @property
    def undotted(self) -> str:
        """The undotted form: NLM's own where known, else the ISO form without periods."""
        if self.nlm:
            return self.nlm
        return " ".join(re.sub(r"[.,:;]", " ", self.iso).split())

    def standard(self, dotted: bool) -> str:
        return self.iso if dotted else self.undotted

    def standard_source(self, dotted: bool) -> str:
        if dotted:
            return "ISO 4"
        return "NLM" if self.nlm else "ISO 4, periods removed"


def usually_shortened(word: str) -> bool:
    """Whether ISO 4 forms in the table usually shorten this title word (`materials`, `physics`).

    A standard form that keeps such a word whole (`Phys. Rev. Materials`, a publisher's own form
    copied into a list) cannot be trusted to call a shorter printed form (`Phys Rev Mater`) wrong.
    """
    from refslint.journals import table

    return word in table.SHORTENED


def usually_whole(word: str) -> bool:
    """Whether ISO 4 forms in the table usually keep this title word whole (`theory`, `energy`)."""
    from refslint.journals import table

    return word in table.WHOLE


def lookup(name: str) -> tuple[Journal, ...]:
    """The journals whose title or any known abbreviation is `name` (compared as `key` does)."""
    from refslint.journals import table

    return table.exact(key(name))


def resembling(name: str) -> tuple[Journal, ...]:
    """Journals whose title or abbreviation `name` abbreviates differently (`Multiscale Model
    Sim` for `Multiscale Model Simul`): word by word, one word the start of the other."""
    from refslint.journals import table

    return table.resembling(key(name))
