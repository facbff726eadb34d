"""Reference lists for the evaluation: real works written with realistic variation, invented
works, real titles under other authors, and real works with a wrong year or volume.

Every entry is written in the Vancouver style and remembers its kind (the truth to score against).
Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

REAL = "real"
INVENTED = "invented"
OTHER_AUTHORS = "other authors"
WRONG_YEAR = "wrong year"
WRONG_VOLUME = "wrong volume"
KINDS = (REAL, INVENTED, OTHER_AUTHORS, WRONG_YEAR, WRONG_VOLUME)
# entries of each kind in one list of 40
MIX = {REAL: 24, INVENTED: 6, OTHER_AUTHORS: 4, WRONG_YEAR: 3, WRONG_VOLUME: 3}
SUBTITLE = re.compile(r"^(.{20,}?)\s*[:?]\s+\S")


@dataclass(frozen=True)
class Entry:
    kind: str
    text: str  # without its number
    work: str  # the pool work it is, or (invented) the works it borrows from
    variation: str = ""


def _typo(title: str, rng: random.Random) -> str:
    words = title.split()
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return title
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    how = rng.choice(("swap", "drop", "double"))
    if how == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif how == "drop":
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _authors(authors: list[dict[str, str]], et_al: bool = False) -> str:
    names = [f"{a['family']} {a['initials']}".strip() for a in authors]
    if et_al and len(names) > 3:
        return ", ".join(names[:3]) + ", et al"
    return ", ".join(names)


def write(
    work: dict[str, Any],
    *,
    title: str | None = None,
    authors: list[dict[str, str]] | None = None,
    journal: str | None = None,
    year: int | None = None,
    volume: str | None = None,
    et_al: bool = False,
) -> str:
    """A Vancouver entry for `work`, with any field given in place of the work's own."""
    title = (title or work["title"]).rstrip(".")
    end = "" if title[-1] in "?!" else "."
    issue = f"({work['issue']})" if work.get("issue") else ""
    pages = work["first_page"] + (f"-{work['last_page']}" if work.get("last_page") else "")
    return (
        f"{_authors(authors or work['authors'], et_al)}. {title}{end} "
        f"{journal or work['journal']}. {year or work['year']};{volume or work['volume']}"
        f"{issue}:{pages}."
    )


def real(work: dict[str, Any], rng: random.Random) -> Entry:
    """The work as people cite it: a typo, a dropped subtitle, et al., an abbreviated journal."""
    options = ["typo"]
    if SUBTITLE.match(work["title"]):
        options.append("subtitle")
    if len(work["authors"]) > 3:
        options.append("et al.")
    if work.get("journal_short") and work["journal_short"] != work["journal"]:
        options.append("abbreviated journal")
    chosen = rng.sample(options, k=min(len(options), rng.choice((1, 1, 2))))
    title = work["title"]
    if "subtitle" in chosen:
        title = SUBTITLE.match(title).group(1)  # type: ignore[union-attr]
    if "typo" in chosen:
        title = _typo(title, rng)
    journal = work["journal_short"] if "abbreviated journal" in chosen else None
    text = write(work, title=title, journal=journal, et_al="et al." in chosen)
    return Entry(REAL, text, work["id"], ", ".join(sorted(chosen)))


def _shared_family(a: list[dict[str, str]], b: list[dict[str, str]]) -> bool:
    return bool({x["family"].lower() for x in a} & {y["family"].lower() for y in b})


def invented(works: list[dict[str, Any]], rng: random.Random) -> Entry:
    """Half of one real title and half of another, real names, a real journal."""
    first, second, names, venue = rng.sample(works, 4)
    a, b = first["title"].rstrip(".?!").split(), second["title"].rstrip(".?!").split()
    title = " ".join(a[: max(2, len(a) // 2)] + b[len(b) // 2 :])
    fake = {
        **venue,
        "first_page": str(rng.randrange(1, 900)),
        "last_page": "",
        "issue": str(rng.randrange(1, 12)),
    }
    text = write(
        fake,
        title=title,
        authors=names["authors"][: rng.randrange(1, 5)],
        year=rng.randrange(1990, 2024),
        volume=str(rng.randrange(1, 120)),
    )
    return Entry(INVENTED, text, f"{first['id']}+{second['id']}")


def other_authors(work: dict[str, Any], works: list[dict[str, Any]], rng: random.Random) -> Entry:
    """The real title (and journal, year, volume, pages) under someone else's names."""
    while True:
        donor = rng.choice(works)
        if donor["id"] != work["id"] and not _shared_family(donor["authors"], work["authors"]):
            break
    text = write(work, authors=donor["authors"][:4])
    return Entry(OTHER_AUTHORS, text, work["id"])


def wrong_field(work: dict[str, Any], kind: str, rng: random.Random) -> Entry:
    """The real work with its year 3 to 5 years off, or another volume."""
    if kind == WRONG_YEAR:
        shift = rng.choice((-5, -4, -3, 3, 4, 5))
        year = work["year"] + shift if work["year"] + shift <= 2025 else work["year"] - abs(shift)
        return Entry(kind, write(work, year=year), work["id"], f"{work['year']} -> {year}")
    volume = int(work["volume"])
    other = volume + rng.choice((-3, -2, -1, 1, 2, 3, 10))
    other = other if other >= 1 else volume + 1
    return Entry(kind, write(work, volume=str(other)), work["id"], f"{volume} -> {other}")


def build(works: list[dict[str, Any]], lists: int, seed: int) -> list[list[Entry]]:
    """`lists` lists of 40 entries in MIX proportions, shuffled; each real work used once."""
    rng = random.Random(seed)
    order = list(works)
    rng.shuffle(order)
    per_list = sum(n for kind, n in MIX.items() if kind != INVENTED)
    if per_list * lists > len(order):
        raise ValueError(f"the pool has {len(order)} works: too few for {lists} lists")
    out = []
    for number in range(lists):
        chosen = iter(order[number * per_list : (number + 1) * per_list])
        entries = [real(next(chosen), rng) for _ in range(MIX[REAL])]
        entries += [invented(works, rng) for _ in range(MIX[INVENTED])]
        entries += [other_authors(next(chosen), works, rng) for _ in range(MIX[OTHER_AUTHORS])]
        for kind in (WRONG_YEAR, WRONG_VOLUME):
            entries += [wrong_field(next(chosen), kind, rng) for _ in range(MIX[kind])]
        rng.shuffle(entries)
        out.append(entries)
    return out


def text(entries: list[Entry]) -> str:
    return "".join(f"{n}. {entry.text}\n" for n, entry in enumerate(entries, 1))
