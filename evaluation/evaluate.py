"""How well the lookup verdict tells real references from invented and misattributed ones.

Builds seeded reference lists (`lists.py`) from the pool of real works (`data/pool.jsonl`),
serves the pool as Crossref, OpenAlex and PubMed on 127.0.0.1, each holding its own share of it
(`registry.py`, `answers.py`), lints every list with the lookup rules against them through one
lookup service (as one run over many files does), and prints recall and precision per kind of
entry, the requests each registry answered, and the time against what their limits allow.

    python evaluation/evaluate.py [--lists 60] [--seed 20261206] [--misses N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import socket
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lists  # noqa: E402
from answers import CROSSREF, OPENALEX, PUBMED  # noqa: E402
from registry import Pool, Registries  # noqa: E402

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
UNVERIFIED = "not verified"  # the lookup could not be made: the findings say nothing
# requests a second each registry allows: Crossref as the evaluation's Crossref advertises
# (x-rate-limit-limit 10 per 1s), OpenAlex and PubMed (without an API key) as they document
RATES = {CROSSREF: 10.0, OPENALEX: 10.0, PUBMED: 3.0}
ASKED = "crossref,datacite,openalex,pubmed"  # REFSLINT_REGISTRIES: every one
BUDGET = 3_600.0  # seconds the run's lookups may take (`lookup.budget`): 2,400 searches at
# Crossref's 10 a second take 240 s, and the default budget of 60 s would leave most unverified


def load_pool(path: Path = POOL) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def verdict(findings: list[tuple[str, str]], status: str = "found") -> str:
    """What the findings of one entry say about it, given its lookup's status.

    An entry whose lookup failed or was not made has no lookup findings: that is silence, not a
    confirmation, whatever the findings would read as.
    """
    if status in ("failed", "offline"):
        return UNVERIFIED
    if status == "skipped":
        return "not looked up"
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
    requests: Counter = field(default_factory=Counter)  # registry -> requests it answered
    held: dict[str, int] = field(default_factory=dict)  # registry -> works of the pool it holds
    confirmed_by: Counter = field(default_factory=Counter)  # registry whose record confirmed a
    # real work: OpenAlex or PubMed only when Crossref's candidates were not the work

    @property
    def allowed_seconds(self) -> float:
        """The least time these requests take within every registry's limits: the busiest one's
        requests at its rate (the registries are asked side by side)."""
        return max((self.requests[name] / rate for name, rate in RATES.items()), default=0.0)

    @property
    def over_limits(self) -> float:
        """Seconds taken against `allowed_seconds`: 1.0 is the limits' own pace."""
        return self.seconds / self.allowed_seconds if self.allowed_seconds else 0.0

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
            "misattributed | undecided | not verified |",
            "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for kind in lists.KINDS:
            precision = self.precision(kind)
            rows.append(
                f"| {kind} | {self.count(kind)} | {EXPECTED[kind]} | {self.recall(kind):.1%} "
                f"| {'-' if precision is None else f'{precision:.1%}'} "
                f"| {self.flagged(kind):.1%} | {self.count(kind, 'undecided')} "
                f"| {self.count(kind, UNVERIFIED)} |"
            )
        return "\n".join(rows)

    def registries(self) -> str:
        rows = [
            "| registry | works of the pool held | requests | allowed a second "
            "| least seconds | real works confirmed by its record |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, rate in RATES.items():
            rows.append(
                f"| {name} | {self.held.get(name, 0)} | {self.requests[name]} | {rate:g} "
                f"| {self.requests[name] / rate:.1f} | {self.confirmed_by[name]} |"
            )
        return "\n".join(rows)


def nowhere() -> str:
    """An address on 127.0.0.1 where nothing listens: a registry that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def evaluate(
    number_of_lists: int,
    seed: int = SEED,
    pool: Path = POOL,
    down: tuple[str, ...] = (),
    registries: str = ASKED,
) -> Result:
    """Lint `number_of_lists` seeded lists of 40 against the pool's registries, cold; those named
    in `down` are given an address where nothing answers; only `registries` are asked."""
    from refslint import config, registry
    from refslint.engine import lint_entries
    from refslint.grammar import parse_entry
    from refslint.lookup import LookupService, LookupSettings
    from refslint.rule import Context
    from refslint.sources import read_document

    works = load_pool(pool)
    built = lists.build(works, number_of_lists, seed)
    rules = registry.load_rules()
    cfg = config.from_mapping({}, rules, source="settings")
    chosen = registry.select_rules(rules, [cfg.selection, registry.Selection(select=(SELECT,))])
    result = Result()
    held = Pool(works, seed)
    result.held = {name: len(ids) for name, ids in held.held.items()}
    with Registries(held) as served, tempfile.TemporaryDirectory() as cache:
        # these registries, every one of them, and a cache of its own: every answer is asked for
        urls = {name: nowhere() if name in down else url for name, url in served.urls.items()}
        environ = {
            "REFSLINT_CROSSREF_URL": urls[CROSSREF],
            "REFSLINT_DATACITE_URL": urls["DataCite"],
            "REFSLINT_OPENALEX_URL": urls[OPENALEX],
            "REFSLINT_PUBMED_URL": urls[PUBMED],
            "REFSLINT_REGISTRIES": registries,
            "REFSLINT_CACHE_DIR": cache,
        }
        # the whole evaluation is one run; its lookups need more than the default minute
        table = {**cfg.lookup, "budget": BUDGET}
        service = LookupService(LookupSettings.resolve(table, environ=environ))
        today = dt.date.today()
        started = time.perf_counter()
        try:
            for number, entries in enumerate(built, 1):
                path = f"list-{number:03}.txt"
                text = lists.text(entries)
                document = read_document(path, text)
                ctx = Context(
                    today=today, path=path, settings=cfg.options, lookup=service, style=cfg.style
                )
                found = lint_entries(
                    document.entries, chosen, ctx, source_text=text, document=document
                )
                for parsed, entry in zip(document.entries, entries, strict=True):
                    outcome = service.outcome(parse_entry(parsed), path)
                    mine = [(d.code, d.message) for d in found if d.entry == parsed.index]
                    mine = [(code, message) for code, message in mine if code in CODES]
                    said = verdict(mine, outcome.status.value)
                    result.verdicts.setdefault(entry.kind, Counter())[said] += 1
                    if said != EXPECTED[entry.kind]:
                        result.examples.append((entry.kind, said, entry.text, mine))
                    elif entry.kind == lists.REAL and outcome.record is not None:
                        result.confirmed_by[outcome.record.source] += 1
            result.seconds = time.perf_counter() - started
        finally:
            service.close()
        result.requests = Counter(served.requests)
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=int, default=60, help="lists of 40 entries (default 60)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--registries", default=ASKED, help=f"the registries refslint asks (default {ASKED})"
    )
    parser.add_argument("--misses", type=int, default=0, help="print this many wrong verdicts")
    args = parser.parse_args(argv)
    result = evaluate(args.lists, args.seed, registries=args.registries)
    print(result.table())
    total = sum(result.count(k) for k in lists.KINDS)
    print()
    print(result.registries())
    print(
        f"\n{args.lists} lists, {total} entries, seed {args.seed}: {result.seconds:.1f} s cold, "
        f"{sum(result.requests.values())} registry requests; the registries' limits allow "
        f"{result.allowed_seconds:.1f} s for them ({result.over_limits:.2f}x)"
    )
    for kind, said, text, findings in result.examples[: args.misses]:
        print(f"\n[{kind} -> {said}] {text}")
        for code, message in findings:
            print(f"    {code} {message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
