"""Everything a rule plugin may import; the built-in rules use this module and nothing else.

The registry-lookup names (records and matching) load on first use, so that a run without lookups
does not pay for them.
"""

import importlib
from typing import TYPE_CHECKING

from refslint.diagnostics import (
    Applicability,
    Category,
    Diagnostic,
    Edit,
    Fix,
    RecordComparison,
    RecordField,
    Severity,
)
from refslint.journals import Journal
from refslint.journals import by_initials as journals_by_initials
from refslint.journals import cut_inside_subtitle as journals_cut_inside_subtitle
from refslint.journals import key as journal_key
from refslint.journals import lookup as journals_named
from refslint.journals import one_letter_apart as journal_one_letter_apart
from refslint.journals import one_letter_away as journals_one_letter_away
from refslint.journals import resembling as journals_resembling
from refslint.journals import shortened_form as journal_word_shortened_form
from refslint.journals import starts_longer_word as journal_word_starts_longer
from refslint.journals import title_word as journal_title_word
from refslint.journals import title_words_starting as journal_title_words_starting
from refslint.journals import usually_shortened as journal_word_usually_shortened
from refslint.journals import usually_whole as journal_word_usually_whole
from refslint.journals import with_one_word_more as journals_with_one_word_more
from refslint.memo import per_list
from refslint.model import (
    BOOKLIKE,
    MONTH_ABBR,
    MONTH_NAMES,
    MONTHS,
    OTHER_WORKS,
    UNTYPED,
    Author,
    Citation,
    Field,
    Kind,
    Location,
    Pages,
    PartialDate,
    Precision,
    Reference,
    Span,
    Suppression,
    days_in_month,
    year_after_names,
)
from refslint.patterns import Pattern
from refslint.patterns import compile as pattern
from refslint.rule import (
    Context,
    EtAl,
    HouseStyle,
    Lookups,
    OptionValue,
    Rule,
    list_rule,
    rule,
    run_rule,
    suppression_rule,
)
from refslint.slips import one_slip

if TYPE_CHECKING:  # for type checkers; at run time `__getattr__` below loads these
    from refslint.grammar import cache_folder
    from refslint.lookup.locators import page_span_for_number
    from refslint.lookup.match import compare as compare_with_record
    from refslint.lookup.match import fold, journal_named, title_similarity
    from refslint.lookup.records import Outcome as LookupOutcome
    from refslint.lookup.records import Record, Update
    from refslint.lookup.records import Status as LookupStatus
    from refslint.lookup.verdict import comparison as record_comparison

__all__ = [
    "BOOKLIKE",
    "MONTHS",
    "MONTH_ABBR",
    "MONTH_NAMES",
    "OTHER_WORKS",
    "UNTYPED",
    "Applicability",
    "Author",
    "Category",
    "Citation",
    "Context",
    "Diagnostic",
    "Edit",
    "EtAl",
    "Field",
    "Fix",
    "HouseStyle",
    "Journal",
    "Kind",
    "Location",
    "LookupOutcome",
    "LookupStatus",
    "Lookups",
    "OptionValue",
    "Pages",
    "PartialDate",
    "Pattern",
    "Precision",
    "Record",
    "RecordComparison",
    "RecordField",
    "Reference",
    "Rule",
    "Severity",
    "Span",
    "Suppression",
    "Update",
    "cache_folder",
    "compare_with_record",
    "days_in_month",
    "fold",
    "journal_key",
    "journal_named",
    "journal_one_letter_apart",
    "journal_title_word",
    "journal_title_words_starting",
    "journal_word_shortened_form",
    "journal_word_starts_longer",
    "journal_word_usually_shortened",
    "journal_word_usually_whole",
    "journals_by_initials",
    "journals_cut_inside_subtitle",
    "journals_named",
    "journals_one_letter_away",
    "journals_resembling",
    "journals_with_one_word_more",
    "list_rule",
    "one_slip",
    "page_span_for_number",
    "pattern",
    "per_list",
    "record_comparison",
    "rule",
    "run_rule",
    "suppression_rule",
    "title_similarity",
    "year_after_names",
]

_LOOKUP_NAMES = {  # name here: (module, name there)
    "cache_folder": ("refslint.grammar", "cache_folder"),  # where a rule may keep what it builds
    "LookupOutcome": ("refslint.lookup.records", "Outcome"),
    "LookupStatus": ("refslint.lookup.records", "Status"),
    "Record": ("refslint.lookup.records", "Record"),
    "Update": ("refslint.lookup.records", "Update"),
    "compare_with_record": ("refslint.lookup.match", "compare"),
    "fold": ("refslint.lookup.match", "fold"),
    "journal_named": ("refslint.lookup.match", "journal_named"),
    "title_similarity": ("refslint.lookup.match", "title_similarity"),
    "page_span_for_number": ("refslint.lookup.locators", "page_span_for_number"),
    "record_comparison": ("refslint.lookup.verdict", "comparison"),
}


def __getattr__(name: str) -> object:
    if name not in _LOOKUP_NAMES:
        raise AttributeError(f"module 'refslint.api' has no attribute {name!r}")
    module, there = _LOOKUP_NAMES[name]
    value = getattr(importlib.import_module(module), there)
    globals()[name] = value  # found directly next time
    return value
