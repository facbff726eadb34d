"""A file's new bytes, written whole or not at all: the one atomic write of reports and fixes.

The bytes go to a temporary file in the target's folder, which then replaces the target in one
`os.replace`: a reader never sees half a file, and a crash, a kill or a full disk leaves the old
file whole (a kill may leave the temporary file, never in the file's place).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path


def replace_file(
    target: Path,
    data: bytes,
    *,
    prefix: str,
    mode: int,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Replace `target` with `data` through a temporary file `PREFIXXXXX.tmp` beside it, given
    permission bits `mode`; `ready(temporary)` runs just before the rename, and may refuse it by
    raising. Any failure removes the temporary file and leaves `target` as it was; an `OSError`
    is raised for the caller to word."""
    import tempfile  # only writing needs it: kept out of every lint run's start-up

    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        if ready is not None:
            ready(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
