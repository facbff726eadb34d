"""`--output FILE`: a report written whole or not at all.

A report is built in memory and then written to a temporary file beside FILE, which replaces FILE
in one `os.replace`: a reader (a CI step, a browser reloading the page) never sees half a report,
and a failed run leaves an older report in place rather than a truncated one.
"""

from __future__ import annotations

import os
from pathlib import Path

from refslint.atomic import replace_file


class OutputError(Exception):
    """The report could not be written; the message names the file and the reason."""


def write_report(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` atomically, creating it or replacing what was there."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a folder; --output needs a file name")
    try:
        replace_file(target, data, prefix=f".{target.name}.", mode=0o666 & ~_umask())
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None


def _umask() -> int:
    """The process's umask (read by setting it and putting it back: there is no getter)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
