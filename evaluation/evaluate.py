"""How well the lookup verdict tells real references from invented and misattributed ones.

Builds seeded reference lists (`lists.py`) from the pool of real works (`data/pool.jsonl`),
serves the pool as a Crossref-shaped registry on 127.0.0.1 (`registry.py`), lints every list with
the lookup rules against it, and prints recall and precision per kind of entry.

    python evaluation/evaluate.py [--lists 55] [--seed 20261206] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lists  # noqa: E402
from registry import Index, Server  # noqa: E402

POOL = HERE / "data" / "pool.jsonl"
SEED = 20261206
CODES = ("RL402", "RL405", "RL413", "RL414")  # what the verdict is read from
SELECT = "RL4"  # by prefix, so that a version without some of these codes can be measured too
# the verdict each kind should get, as it is read from the findings
EXPECTED = {
    lists.REAL: "confirmed",
    lists.INVENTED: "no record",
    lists.OTHER_AUTHORS: "other authors",
    lists.WRONG_YEAR: "year differs",
    lists.WRONG_VOLUME: "volume differs",
}
ALARMS = ("no record", "other authors")  # what a real work must never be told


def load_pool(path: Path = POOL) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def verdict(findings: list[tuple[str, str]]) -> str:
    """What the findings of one entry say about it."""
    codes = {code for code, _ in findings}
    if "RL405" in codes:
        return "no record"
    if "RL413" in codes:
        return "other authors"
    differs = [m.split()[0] for code, m in findings if code == "RL402"]
    if "year" in differs:
        return "year differs"
    if "volume" in differs:
        return "volume differs"
    if differs:
        return "other field differs"
    if "RL414" in codes:
        return "undecided"
    return "confirmed"


@dataclass
class Result:
    verdicts: dict[str, Counter] = field(default_factory=dict)  # kind -> verdict -> count
    examples: list[tuple[str, str, str, list]] = field(default_factory=list)  # misses
    seconds: float = 0.0
    requests: int = 0

    def count(self, kind: str, said: str | None = None) -> int:
        found = self.verdicts.get(kind, Counter())
        return sum(found.values()) if said is None else found[said]

    def said(self, verdict: str) -> int:
        return sum(c[verdict] for c in self.verdicts.values())

    def recall(self, kind: str) -> float:
        return self.count(kind, EXPECTED[kind]) / max(1, self.count(kind))

    def precision(self, kind: str) -> float | None:
        """None when no entry got this kind's verdict."""
        said = self.said(EXPECTED[kind])
        return self.count(kind, EXPECTED[kind]) / said if said else None

    def flagged(self, kind: str) -> float:
        """Told it is no record or by other authors: a warning that it is not this work."""
        return sum(self.count(kind, a) for a in ALARMS) / max(1, self.count(kind))

    def table(self) -> str:
        rows = [
            "| kind | entries | right verdict | recall | precision | flagged as invented or "
            "misattributed | undecided |",
            "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
        ]
        for kind in lists.KINDS:
            precision = self.precision(kind)
            rows.append(
                f"| {kind} | {self.count(kind)} | {EXPECTED[kind]} | {self.recall(kind):.1%} "
                f"| {'-' if precision is None else f'{precision:.1%}'} "
                f"| {self.flagged(kind):.1%} | {self.count(kind, 'undecided')} |"
            )
        return "\n".join(rows)


def evaluate(number_of_lists: int, seed: int = SEED, pool: Path = POOL) -> Result:
    """Lint `number_of_lists` seeded lists of 40 against the pool's registry."""
    works = load_pool(pool)
    built = lists.build(works, number_of_lists, seed)
    result = Result()
    with Server(Index(works)) as server, tempfile.TemporaryDirectory() as cache:
        # this registry, and a cache of its own: every answer is asked for
        names = ("REFSLINT_CROSSREF_URL", "REFSLINT_DATACITE_URL", "REFSLINT_CACHE_DIR")
        saved = {name: os.environ.get(name) for name in names}
        os.environ["REFSLINT_CROSSREF_URL"] = server.url
        os.environ["REFSLINT_DATACITE_URL"] = server.url
        os.environ["REFSLINT_CACHE_DIR"] = cache
        from refslint.engine import lint_text

        started = time.perf_counter()
        try:
            for entries in built:
                found = lint_text(lists.text(entries), select=SELECT, offline=False)
                for number, entry in enumerate(entries, 1):
                    mine = [(d.code, d.message) for d in found if d.entry == number]
                    mine = [(code, message) for code, message in mine if code in CODES]
                    said = verdict(mine)
                    result.verdicts.setdefault(entry.kind, Counter())[said] += 1
                    if said != EXPECTED[entry.kind]:
                        result.examples.append((entry.kind, said, entry.text, mine))
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        result.seconds = time.perf_counter() - started
        result.requests = server.requests
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=int, default=55, help="lists of 40 entries (default 55)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--misses", type=int, default=0, help="print this many wrong verdicts")
    args = parser.parse_args(argv)
    result = evaluate(args.lists, args.seed)
    print(result.table())
    total = sum(result.count(k) for k in lists.KINDS)
    print(
        f"\n{args.lists} lists, {total} entries, seed {args.seed}: {result.seconds:.1f} s, "
        f"{result.requests} registry requests"
    )
    for kind, said, text, findings in result.examples[: args.misses]:
        print(f"\n[{kind} -> {said}] {text}")
        for code, message in findings:
            print(f"    {code} {message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
