"""A JSON array of diagnostics, each exactly `Located.as_json()` (the contract in DESIGN.md).

A run-level note (RL409) is a record of the same shape with `path`, the positions and `entry`
null: it belongs to no file, and a consumer that needs one skips it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from refslint.diagnostics import Located
from refslint.reporters import RunSummary


def report(results: Sequence[Located], run: RunSummary, out: TextIO) -> None:
    # escape non-ASCII only where the stream could not carry it: the output must stay valid JSON
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    json.dump([d.as_json() for d in results], out, indent=2, ensure_ascii=encoding != "utf8")
    out.write("\n")
