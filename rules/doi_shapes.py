"""A DOI visibly damaged against its registrant's own pattern (RL844): Wiley's two series issue
their suffixes in shapes no other suffix of theirs takes, and no registrant issues a journal's
ISSN alone as an article's suffix, so a suffix out of shape is a DOI typed or copied wrong, seen
offline before any registry is asked.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import Category, Context, Diagnostic, Reference, Severity, pattern, rule

# Blackwell's journals (10.1111): `j.` and the ISSN with its hyphen, the year, the article's
# number (`tb` before an older one) and `.x` (`j.1539-6924.2007.00884.x`)
_BLACKWELL = pattern(r"10\.1111/j\.")
_BLACKWELL_WHOLE = pattern(r"10\.1111/j\.\d{4}-\d{3}[\dXx]\.\d{4}\.(?:tb)?\d+\.x")
# Wiley's journals (10.1002): the journal's code, a period and the number (`hyp.6847`); a code
# run into its number (`hyp6847`) is one no journal's DOI takes
_WILEY_RUN_IN = pattern(r"10\.1002/[a-z]{2,}\d{3,}")
# a suffix that is a journal's ISSN alone (`10.1016/S0033-3182`, `10.1016/0168-5597`): what is
# left of a PII-based DOI (`10.1016/S0033-3182(12)00045-6`) cut at its first parenthesis
_ISSN_ALONE = pattern(r"10\.\d{4,9}/S?\d{4}-\d{3}[\dXx]")


@rule(
    code="RL844",
    name="doi-out-of-shape",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="A DOI out of its registrant's shape (`10.1111/j.1539.6924.2007.00884`, "
    "`10.1002/hyp6847`) or cut to a journal's ISSN (`10.1016/S0033-3182`)",
)
def doi_out_of_shape(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a DOI of Blackwell's journals (`10.1111/j.`) that is not `j.`, the journal's ISSN with
    its hyphen, the year, the article's number and `.x` (`10.1111/j.1539.6924.2007.00884`, its
    hyphen turned into a period and its `.x` lost), and a DOI of Wiley's journals (`10.1002/`)
    whose journal code runs into its number with no period (`10.1002/hyp6847` for
    `10.1002/hyp.6847`). Both publishers issue these series in one shape only. Also flags a DOI
    whose suffix is a journal's ISSN and nothing more (`10.1016/S0033-3182`): Elsevier's older
    DOIs go on after the ISSN with the year and the item in parentheses
    (`10.1016/S0033-3182(12)00045-6`), and a copy that stopped at the parenthesis kept the
    journal's number alone, which names no article.

    ## Why is this bad?
    A damaged DOI resolves nowhere or to another work; the reader cannot follow it.

    ## Example
        1. Smith A, Jones B. Flood risk and its perception. Risk Anal. 2007;27:1-12.
           doi:10.1111/j.1539.6924.2007.00884

    Use instead:
        1. Smith A, Jones B. Flood risk and its perception. Risk Anal. 2007;27:1-12.
           doi:10.1111/j.1539-6924.2007.00884.x
    """
    doi = ref.doi
    if doi is None:
        return
    text = doi.text.rstrip(".,;)")
    if _BLACKWELL.match(text):
        if _BLACKWELL_WHOLE.fullmatch(text) is None:
            yield Diagnostic(
                doi.span,
                f"DOI `{text}` is out of Blackwell's shape (`10.1111/j.ISSN.year.number.x`): "
                "damaged in copying",
            )
    elif _WILEY_RUN_IN.fullmatch(text):
        yield Diagnostic(
            doi.span,
            f"DOI `{text}` runs the journal's code into its number; Wiley's DOIs put a period "
            "between them",
        )
    elif _ISSN_ALONE.fullmatch(text):
        yield Diagnostic(
            doi.span,
            f"DOI `{text}` ends with the journal's ISSN, which names no article: cut short, "
            "most often at the parenthesis of the year after it (`...-3182(12)00045-6`)",
        )
