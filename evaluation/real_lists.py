"""How refslint does on published reference lists, judged entry by entry by hand.

    python evaluation/real_lists.py            # the per-list table for the README
    python evaluation/real_lists.py --entries  # and every miss and false alarm, entry by entry
    python evaluation/real_lists.py --unseen   # the held-out lists no rule is tuned on
    python evaluation/real_lists.py --lists DIR  # any folder of lists and judgements

The lists and their judgements are in `tests/data/real-lists/` (sources and licences in its
SOURCES.md); the held-out ones, judged before refslint was run on them, in
`tests/data/unseen-lists/`. Each list is linted offline, without registry lookups, with "today" set
to the day the article was published: what its authors would have seen. Then, per list:

- recall: judged faults that a finding of one of the fault's codes, on that entry, reports; faults
  no rule covers count as missed (`reach` is the recall over the faults some rule covers);
- false alarms per 100 entries: warning or error findings on an entry judged `ok`, or of a code
  none of the entry's judged faults names (info findings are hints and not counted);
- rejected: entries judged readable that the grammar could not read (`RL001`) or that the list
  reader never found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT / "tests" / "data" / "real-lists"
UNSEEN = ROOT / "tests" / "data" / "unseen-lists"

PARSE = "RL001"
_CODES = re.compile(r"RL\d{3}(?:\|RL\d{3})*")


@dataclass(frozen=True)
class Fault:
    """One judged fault: the codes that report it (none where no rule covers it) and its words."""

    codes: frozenset[str]
    text: str

    @classmethod
    def read(cls, text: str) -> Fault:
        first, _, rest = text.partition(" ")
        if _CODES.fullmatch(first):
            return cls(frozenset(first.split("|")), rest)
        return cls(frozenset(), text)


@dataclass(frozen=True)
class Judged:
    """A published list and its judgement: entry number -> faults (empty: nothing to fix)."""

    name: str
    text: str
    published: dt.date
    entries: dict[int, tuple[Fault, ...]]

    @property
    def faults(self) -> int:
        return sum(len(f) for f in self.entries.values())


@dataclass(frozen=True)
class Finding:
    entry: int | None
    code: str
    severity: str
    message: str


@dataclass
class Result:
    """What refslint found on one judged list, scored against the judgement."""

    judged: Judged
    findings: list[Finding]
    read: set[int]  # entry numbers the list reader found
    found: list[tuple[int, Fault]] = field(default_factory=list)
    missed: list[tuple[int, Fault]] = field(default_factory=list)
    alarms: list[Finding] = field(default_factory=list)
    rejected: list[int] = field(default_factory=list)

    @property
    def entries(self) -> int:
        return len(self.judged.entries)

    @property
    def recall(self) -> float:
        total = len(self.found) + len(self.missed)
        return len(self.found) / total if total else 1.0

    @property
    def reach(self) -> float:
        """Recall over the faults some rule covers."""
        covered = [f for _, f in self.missed if f.codes]
        total = len(self.found) + len(covered)
        return len(self.found) / total if total else 1.0

    @property
    def alarms_per_100(self) -> float:
        return 100 * len(self.alarms) / self.entries


def load(name: str, folder: Path = LISTS) -> Judged:
    """`name.txt` and its judgement `name.yaml`."""
    doc = yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))
    entries = {
        int(number): () if value == "ok" else tuple(Fault.read(v) for v in value)
        for number, value in doc["entries"].items()
    }
    published = doc["published"]
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    text = (folder / doc["list"]).read_text(encoding="utf-8")
    return Judged(name, text, published, entries)


def names(folder: Path = LISTS) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.yaml"))


def lookup_codes() -> tuple[str, ...]:
    """The rules that registries answer (`requires_lookup`): an offline evaluation leaves them
    out, so a user's cache of earlier lookups cannot change the figures."""
    from refslint.registry import load_rules

    return tuple(rule.code for rule in load_rules() if rule.requires_lookup)


def lint(judged: Judged) -> tuple[list[Finding], set[int]]:
    """Every finding refslint makes on the list offline, and the entry numbers it read."""
    from refslint.engine import lint_text
    from refslint.sources.plaintext import read_entries

    located = lint_text(
        judged.text,
        path=f"{judged.name}.txt",
        today=judged.published,
        ignore=lookup_codes(),
        offline=True,
    )
    findings = [Finding(d.entry, d.code, str(d.severity), d.message) for d in located]
    read = {e.number if e.number is not None else e.index for e in read_entries(judged.text)}
    return findings, read


def score(judged: Judged, findings: Sequence[Finding], read: set[int]) -> Result:
    result = Result(judged, list(findings), read)
    by_entry: dict[int | None, list[Finding]] = {}
    for finding in findings:
        by_entry.setdefault(finding.entry, []).append(finding)
    for number, faults in judged.entries.items():
        codes = {f.code for f in by_entry.get(number, [])}
        for fault in faults:
            (result.found if fault.codes & codes else result.missed).append((number, fault))
        unreadable = any(PARSE in f.codes for f in faults)
        if not unreadable and (number not in read or PARSE in codes):
            result.rejected.append(number)
    for finding in findings:
        if finding.severity == "info":
            continue
        judged_codes = set().union(*(f.codes for f in judged.entries.get(finding.entry or 0, ())))
        if finding.code not in judged_codes:
            result.alarms.append(finding)
    return result


def evaluate(selected: Iterable[str] | None = None, folder: Path = LISTS) -> list[Result]:
    results = []
    for name in selected or names(folder):
        judged = load(name, folder)
        findings, read = lint(judged)
        results.append(score(judged, findings, read))
    return results


def _share(part: int, whole: int, empty: float = 1.0) -> float:
    """`part / whole`; `empty` for nothing out of nothing (a clean list misses no fault)."""
    return part / whole if whole else empty


def table(results: Sequence[Result]) -> str:
    """The README table: one row per list, then the totals."""
    rows = [
        "| list | entries | judged faults | found | recall | recall (rule exists) "
        "| false alarms /100 | readable rejected |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        rows.append(
            f"| {r.judged.name} | {r.entries} | {r.judged.faults} | {len(r.found)} "
            f"| {r.recall:.2f} | {r.reach:.2f} | {r.alarms_per_100:.1f} | {len(r.rejected)} |"
        )
    entries = sum(r.entries for r in results)
    faults = sum(r.judged.faults for r in results)
    found = sum(len(r.found) for r in results)
    covered = found + sum(1 for r in results for _, f in r.missed if f.codes)
    alarms = sum(len(r.alarms) for r in results)
    rejected = sum(len(r.rejected) for r in results)
    rows.append(
        f"| **all {len(results)} lists** | {entries} | {faults} | {found} "
        f"| {_share(found, faults):.2f} | {_share(found, covered):.2f} "
        f"| {100 * _share(alarms, entries, 0.0):.1f} "
        f"| {rejected} |"
    )
    return "\n".join(rows)


def details(results: Sequence[Result]) -> str:
    out = []
    for r in results:
        out.append(f"## {r.judged.name}")
        for number, fault in r.missed:
            codes = "|".join(sorted(fault.codes)) or "no rule"
            out.append(f"  missed  {number:>3} [{codes}] {fault.text}")
        for f in r.alarms:
            out.append(f"  alarm   {f.entry!s:>3} {f.code} {f.severity}: {f.message}")
        if r.rejected:
            out.append(f"  rejected readable entries: {', '.join(map(str, r.rejected))}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", action="store_true", help="list every miss and false alarm")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--unseen", action="store_true", help=f"the held-out lists ({UNSEEN.relative_to(ROOT)})"
    )
    which.add_argument("--lists", type=Path, metavar="DIR", help="a folder of lists and judgements")
    args = parser.parse_args(argv)
    folder = UNSEEN if args.unseen else args.lists or LISTS
    if not folder.is_dir() or not names(folder):
        parser.error(f"no judged lists (NAME.yaml beside NAME.txt) in {folder}")
    results = evaluate(folder=folder)
    print(table(results))
    if args.entries:
        print()
        print(details(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
