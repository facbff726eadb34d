"""Each lookup rule's documented examples, run against the local registry holding the records of
the works they cite: the `## Example` entry is flagged, the `Use instead:` entry is not.

Records are the recorded responses in `tests/data/api-responses`, or facts the issue states (entry 28 of the review list;
the work 10.1103/PhysRevLett.45.566 belongs to). RL410 and RL412 need a retraction notice and a
preprint-to-article relation that no recorded response or stated fact provides, so their examples
are not run here (see the skip reasons).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.lookup.registry import Registry, crossref_work
from tests.lookup.test_lookup import SREP, bcn_work
from tests.rules.test_docs import FAMILIES, RULES, blocks

TODAY = dt.date(2026, 11, 24)
PLOS = "crossref-work-journal-article-plosone-e33693.json"
UNSTATED = {
    "RL410": "no recorded response or stated fact gives a retraction notice for a cited work",
    "RL412": "no recorded response or stated fact links a preprint to its journal version",
}


def physrev_works() -> list[dict]:
    """The two Physical Review works of RL403's example, in the shape of a Crossref work."""
    return [
        crossref_work(
            SREP,
            DOI="10.1103/PhysRevLett.45.566",
            title=["Ground State of the Electron Gas by a Stochastic Method"],
            container_title=["Physical Review Letters"],
            short_container_title=["Phys. Rev. Lett."],
            volume="45",
            issue="7",
            page="566-569",
            article_number=None,
            author=[{"family": "Ceperley"}, {"family": "Alder"}],
            issued={"date-parts": [[1980, 8, 18]]},
            published_online=None,
            published=None,
        ),
        crossref_work(
            SREP,
            DOI="10.1103/PhysRevB.23.5048",
            title=[
                "Self-interaction correction to density-functional approximations for "
                "many-electron systems"
            ],
            container_title=["Physical Review B"],
            short_container_title=["Phys. Rev. B"],
            volume="23",
            issue="10",
            page="5048-5079",
            article_number=None,
            author=[{"family": "Perdew"}, {"family": "Zunger"}],
            issued={"date-parts": [[1981, 5, 15]]},
            published_online=None,
            published=None,
        ),
    ]


def serve(registry: Registry) -> None:
    registry.add_work(crossref_work(SREP))
    registry.add_work(crossref_work(PLOS))
    registry.add_work(bcn_work())
    for work in physrev_works():
        registry.add_work(work)
    registry.search(lambda q: "Tosatto" in q or "Nguyen" in q, [crossref_work(SREP)])
    registry.search(lambda q: True, [crossref_work(PLOS)])  # nothing like the query


LOOKUP_RULES = [r for r in RULES if r.requires_lookup]


def test_every_lookup_rule_is_covered():
    # RL417 lives beside its offline twin RL580
    assert {r.code for r in LOOKUP_RULES} == FAMILIES["refslint_rules.lookup"] | {"RL417"}


@pytest.mark.parametrize("rule", LOOKUP_RULES, ids=lambda r: r.code)
def test_example_is_flagged_and_use_instead_is_not_against_the_registry(rule, registry, lint):
    if rule.code in UNSTATED:
        pytest.skip(UNSTATED[rule.code])
    serve(registry)
    bad, good = blocks(rule.docs)
    if rule.code == "RL409":  # the note is about a registry that fails
        registry.faults.extend([("status", (500, {"Retry-After": "0"}))] * 4)
    flagged = lint(bad, today=TODAY, select=[rule.code], offline=False)
    assert rule.code in {d.code for d in flagged}
    registry.faults.clear()
    assert lint(good, today=TODAY, select=[rule.code], offline=False) == []
    # the advice is sound against the record: no lookup rule finds anything in it
    assert [
        (d.code, d.message) for d in lint(good, today=TODAY, select=["RL4"], offline=False)
    ] == []
