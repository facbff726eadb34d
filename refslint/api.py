"""Everything a rule plugin may import; the built-in rules use this module and nothing else."""

from refslint.diagnostics import Applicability, Category, Diagnostic, Edit, Fix, Severity
from refslint.model import (
    MONTHS,
    Author,
    Field,
    Kind,
    Pages,
    PartialDate,
    Precision,
    Reference,
    Span,
)
from refslint.rule import Context, Rule, list_rule, rule

__all__ = [
    "MONTHS",
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
    "list_rule",
    "rule",
]
