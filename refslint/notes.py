"""What a run saw that is worth saying but is no finding: a cache set aside or unusable, lookup
progress, a lookup table that differs between files.

The code that sees it (the lookup layer, the session) hands a `Note` to a callback and prints
nothing; each face decides: the command line prints `note.line()` on standard error, the language
server sends it as a log message, and a library caller finds it in `Session.notes` (or the
`notes` list it gave `engine.lint_text`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Level = Literal["note", "warning"]


@dataclass(frozen=True)
class Note:
    """One thing to say: `warning` when something was changed on the user's disk (a damaged
    cache moved aside), `note` otherwise."""

    text: str
    level: Level = "note"

    def line(self) -> str:
        """As the command line prints it: `refslint: note: ...`."""
        return f"refslint: {self.level}: {self.text}"


Notify = Callable[[Note], None]
# lookups done of lookups to do, while a list's lookups run (only for more than a few)
Progress = Callable[[int, int], None]


def ignore(note: Note) -> None:
    """A `Notify` for callers that want nothing said."""
