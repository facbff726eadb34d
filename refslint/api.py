"""Everything a rule plugin may import; the built-in rules use this module and nothing else."""

from refslint.diagnostics import Applicability, Category, Diagnostic, Edit, Fix, Severity
from refslint.model import (
    MONTH_ABBR,
    MONTH_NAMES,
    MONTHS,
    Author,
    Field,
    Kind,
    Pages,
    PartialDate,
    Precision,
    Reference,
    Span,
    days_in_month,
)
from refslint.rule import Context, Rule, list_rule, rule

__all__ = [
    "MONTHS",
    "MONTH_ABBR",
    "MONTH_NAMES",
    "Applicability",
    "Author",
    "Category",
    "Context",
    "Diagnostic",
    "Edit",
    "Field",
    "Fix",
    "Kind",
    "Pages",
    "PartialDate",
    "Precision",
    "Reference",
    "Rule",
    "Severity",
    "Span",
    "days_in_month",
    "list_rule",
    "rule",
]
