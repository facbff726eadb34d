"""Regular expressions written in refslint's source and its rules, compiled by `re`.

`compile` (or `refslint.api.pattern` in a rule) is the one call site for a pattern written in the
source, so a rule does not need to know how patterns are kept: each distinct pattern is compiled
once per process and shared. Nothing is kept between processes; `re` compiles what refslint needs
in a few milliseconds, and Lark keeps its own parse tables on disk (`refslint.grammar`).
"""

from __future__ import annotations

import functools
import re


@functools.cache
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, once per process for each (pattern, flags): `re`'s own cache holds only
    a few hundred patterns and is shared with every other library in the process."""
    return re.compile(pattern, flags)
