"""What a registry's headers say about its limits, read defensively.

Registries advertise `x-rate-limit-limit` requests per `x-rate-limit-interval` and
`x-concurrency-limit` at a time (NCBI: `X-RateLimit-Limit` a second). Both the in-process gate
(`http.py`) and the gate shared between processes (`budget.py`) learn from them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

MAX_RETRY_AFTER = 60.0
RATE_MARGIN = 1.05  # keep each interval 5% longer than the limit allows: just under the rate
MAX_CONCURRENCY = 16  # more than any registry advertises; a larger figure is not believed
MAX_RATE = 1000.0  # requests a second, likewise


def advertised(headers: Mapping[str, str]) -> tuple[float | None, int | None]:
    """Seconds between request starts (margin included) and requests at a time, each None
    when the headers do not say it in a form anyone can keep to."""
    limit = number(headers.get("x-rate-limit-limit") or headers.get("x-ratelimit-limit"))
    interval = seconds(headers.get("x-rate-limit-interval") or headers.get("x-ratelimit-interval"))
    if limit and not interval and "x-ratelimit-limit" in headers:
        interval = 1.0  # NCBI's X-RateLimit-Limit counts requests a second
    spacing = None
    if limit and interval:
        spacing = min(interval / min(limit, MAX_RATE * interval), MAX_RETRY_AFTER) * RATE_MARGIN
    concurrency = number(headers.get("x-concurrency-limit"))
    at_once = max(1, min(int(concurrency), MAX_CONCURRENCY)) if concurrency else None
    return spacing, at_once


def number(value: str | None) -> float | None:
    """A positive, finite number from a header, or None: `inf`, `nan`, `-1` and `1e999` are not
    limits anyone can keep to."""
    try:
        found = float(str(value).split(",")[0].strip()[:32])
    except ValueError:
        return None
    return found if math.isfinite(found) and found > 0 else None


def seconds(value: str | None) -> float | None:
    if not value:
        return None
    text = str(value).split(",")[0].strip().lower()
    for suffix, scale in (("ms", 0.001), ("s", 1.0), ("m", 60.0), ("h", 3600.0)):
        if text.endswith(suffix):
            found = number(text[: -len(suffix)])
            return found * scale if found else None
    return number(text)
