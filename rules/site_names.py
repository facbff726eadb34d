"""A web service's name printed in another case than its own (RL868): `Github` for `GitHub`,
`Biorxiv` for `bioRxiv`, `Youtube` for `YouTube`.

These names keep their capitals inside the word, or a lower-case first letter, in every style and
in titles set in sentence case alike: each is the service's own spelling, as its site prints it.
A case lost or added is a title-casing or sentence-casing tool's, or a typist's. Links and
identifiers, whose text is an address, are never read.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

# the services' own spellings (each from its site): code hosts, preprint servers, literature
# and sequence databases, video and social sites a reference list cites
_NAMES = (
    "GitHub", "GitLab", "SourceForge", "PubMed", "PubChem", "GenBank", "ScienceDirect", "SciELO",
    "ResearchGate", "bioRxiv", "medRxiv", "arXiv", "ChemRxiv", "PsyArXiv", "SocArXiv",
    "YouTube", "LinkedIn", "WordPress", "SlideShare",
)  # fmt: skip
_BY_KEY = {name.lower(): name for name in _NAMES}
# one of the names in any case, a whole word: not part of an address or an identifier
# (`github.io`, `arxiv:2101.00001`, `pubmed_id`)
_NAME = pattern(r"(?<![\w./@:#=?&%~-])(?i:" + "|".join(_BY_KEY) + r")(?![\w/@-]|[.:][^\W_])")


def _misprinted(printed: str, name: str) -> bool:
    """Whether `printed` is the name in another case that no style gives it: capitalised alone
    (`Github`) or in lower case (`github`); in capitals (`GITHUB`) it is a title set in
    capitals."""
    return printed != name and not printed.isupper()


@rule(
    code="RL868",
    name="site-name-case",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A web service's name in another case than its own (`Github` for `GitHub`)",
    fixable=True,
)
def site_name_case(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the name of a web service printed in another case than the service's own spelling,
    outside links and identifiers: code hosts (`Github` for `GitHub`, `Gitlab`, `Sourceforge`),
    preprint servers (`Biorxiv` for `bioRxiv`, `Medrxiv`, `Arxiv`, `Chemrxiv`), literature and
    sequence databases (`Pubmed` for `PubMed`, `Pubchem`, `Genbank`, `Sciencedirect`, `Scielo`,
    `Researchgate`) and video and social sites (`Youtube`, `Linkedin`, `Wordpress`,
    `Slideshare`). A name in capitals (`GITHUB`, in a title set in capitals) and a name inside
    an address or identifier (`github.io`, `arxiv:2101.00001`) are left alone.

    ## Why is this bad?
    Each name keeps its inner capitals, or its lower-case first letter, in every style and in a
    title set in sentence case: a tool that cased the title, or a typist, changed it, and a copy
    editor restores the service's spelling.

    ## Example
        1. Kim S, Chen J, Cheng T. Pubchem in 2021: new data content and improved web
           interfaces. Nucleic Acids Res. 2021;49:D1388-95.

    Use instead:
        1. Kim S, Chen J, Cheng T. PubChem in 2021: new data content and improved web
           interfaces. Nucleic Acids Res. 2021;49:D1388-95.

    ## Fix safety
    Safe: the service's own spelling replaces the printed one.
    """
    lowered = ref.text.lower()
    if not any(key in lowered for key in _BY_KEY):
        return  # most entries: the pattern could only fail
    kept = [f.span for f in (ref.doi, *ref.urls, ref.pmid, ref.arxiv) if f is not None]
    for m in _NAME.finditer(ref.text, ref.body_start):
        printed, name = m.group(), _BY_KEY[m.group().lower()]
        if not _misprinted(printed, name) or any(s.start <= m.start() < s.end for s in kept):
            continue
        span = Span(m.start(), m.end())
        yield Diagnostic(
            span,
            f"`{printed}` is the service's name in another case; write `{name}`",
            fix=Fix.safe(Edit(span, name), message=f"Write `{name}`"),
        )
