"""Readies a process whose children will lint (`refslint --jobs` workers): loads the rules,
builds the grammar's parser and compiles its lexer's expressions by reading a sample list. Each
worker forked afterwards (from the run itself on Linux, else from the fork server that imports
this module) starts with all of that done, instead of spending its first half second on it.

Whatever fails here is left for a worker to meet and report as one process would: the run's own
process has already loaded the same rules without error.
"""

from __future__ import annotations

import contextlib

SAMPLE = (
    "References\n"
    "1. Smith J, van der Berg K, et al. A title: with a subtitle. J Chem Phys. 2020 Nov 9;"
    "12(3):1-5. doi:10.1063/5.0000001. PMID: 12345678.\n"
    "2. Open Data Portal. Data sets [Internet]. 2021 [cited 2024 Oct 21]. Available from: "
    "https://example.org/data\n"
    "3. Jones K. A book. 2nd ed. London: A Press; 2019. p. 12-9.\n"
)


def ready() -> None:
    from refslint.grammar import parse_entry
    from refslint.registry import load_rules
    from refslint.sources.plaintext import read_entries

    load_rules()
    for entry in read_entries(SAMPLE):
        parse_entry(entry)


with contextlib.suppress(Exception):
    ready()
