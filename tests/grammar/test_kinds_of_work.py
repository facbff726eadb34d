"""Theses, reports, standards, patents, software and data sets are kinds of their own, in every
style the grammar reads (IEEE, Citing Medicine, APA, Harvard, Chicago); a title that names such a
kind (`a case report`, `Patent law`) keeps its entry's kind, and so does a journal article or a
chapter whatever it is about."""

from __future__ import annotations

import pytest

from refslint.csl import to_csl
from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("entry", "kind", "title", "publisher"),
    [
        (  # Citing Medicine
            "Kim S. Modelling of coronary flow [dissertation]. Baltimore (MD): Johns Hopkins"
            " University; 2010.",
            Kind.THESIS,
            "Modelling of coronary flow",
            "Johns Hopkins University",
        ),
        (  # Citing Medicine, a master's thesis
            "Roberts CL. Speech in noise [master's thesis]. Auckland: University of Auckland; 2014.",
            Kind.THESIS,
            "Speech in noise",
            "University of Auckland",
        ),
        (  # IEEE
            'L. Chen, "Robust control of power converters," Ph.D. dissertation, Dept. Elect. Eng.,'
            " Stanford Univ., Stanford, CA, USA, 2019.",
            Kind.THESIS,
            "Robust control of power converters",
            "Stanford Univ.",
        ),
        (  # APA 7
            "Miller, A. (2018). Grief in young adults [Doctoral dissertation, University of"
            " Michigan]. ProQuest Dissertations and Theses Global.",
            Kind.THESIS,
            "Grief in young adults",
            "University of Michigan",
        ),
        (  # the Royal Society's Harvard
            "Thomas FC. 2015 Acute phase proteins in bovine mastitis. PhD thesis. University of"
            " Glasgow, Glasgow, UK.",
            Kind.THESIS,
            "Acute phase proteins in bovine mastitis",
            None,
        ),
        (  # Chicago's note form in a numbered list
            "12. A. A. Janjua, An Evaluation of Teaching Associates in Pelvic Examination (PhD"
            " diss., University of Birmingham, 2017).",
            Kind.THESIS,
            "An Evaluation of Teaching Associates in Pelvic Examination",
            "University of Birmingham",
        ),
        (  # IEEE
            'R. Jones, "A study of links," MIT Lincoln Lab., Lexington, MA, USA, Tech. Rep.'
            " TR-1, 2020.",
            Kind.REPORT,
            "A study of links",
            "MIT Lincoln Lab.",  # (the body before `Tech. Rep.` issued it)
        ),
        (  # Citing Medicine
            "Breiman L. Some infinity theory for predictor ensembles. Technical Report 579,"
            " Statistics Department UCB; 2000.",
            Kind.REPORT,
            "Some infinity theory for predictor ensembles",
            "Statistics Department UCB",
        ),
        (  # APA 7
            "Currie, J. (2008). Healthy, wealthy, and wise (Working Paper No. 13987). National"
            " Bureau of Economic Research.",
            Kind.REPORT,
            "Healthy, wealthy, and wise",
            "National Bureau of Economic Research",
        ),
        (  # IEEE
            'J. P. Wilkinson, "Nonlinear resonant circuit devices," U.S. Patent 3 624 125,'
            " Jul. 16, 1990.",
            Kind.PATENT,
            "Nonlinear resonant circuit devices",
            None,
        ),
        (  # a body's standard, its designation in the title
            "International Organization for Standardization. ISO 9001:2015. Quality management"
            " systems - Requirements. Geneva: ISO; 2015.",
            Kind.STANDARD,
            "ISO 9001:2015. Quality management systems - Requirements",
            "ISO",
        ),
        (  # IEEE's standard with no author
            "IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019, 2019.",
            Kind.STANDARD,
            "IEEE Standard for Floating-Point Arithmetic",
            None,
        ),
        (  # APA 7
            "Borenstein, M., Hedges, L., & Rothstein, H. (2014). Comprehensive meta-analysis"
            " (Version 3.0) [Computer software]. Biostat.",
            Kind.SOFTWARE,
            "Comprehensive meta-analysis",
            "Biostat",
        ),
        (  # Citing Medicine
            "Smith J. Stats package. Version 2.1 [computer program]. Oslo: Stats Inc; 2019.",
            Kind.SOFTWARE,
            "Stats package. Version 2.1",
            "Stats Inc",
        ),
        (  # APA 7
            "Hicks, S. (2019). Prairie vole counts [Data set]. Dryad."
            " https://doi.org/10.5061/dryad.abc123",
            Kind.DATASET,
            "Prairie vole counts",
            "Dryad",
        ),
    ],
)
def test_each_kind_is_read_as_its_own(entry, kind, title, publisher):
    ref = parse(entry, label_end=3 if entry.startswith("12.") else 0)
    assert ref.kind is kind
    assert ref.title is not None and ref.title.text == title
    assert (ref.publisher.text if ref.publisher is not None else None) == publisher


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        (  # a report's word in a title
            "Lee J, Park S. Spontaneous rupture of the spleen: a case report. J Med Case Rep."
            " 2019;13(1):45.",
            Kind.ARTICLE,
        ),
        (  # a thesis's word in a title, in a book
            "Hart T. The thesis of the dissertation. Oxford: Clarendon Press; 2011.",
            Kind.BOOK,
        ),
        (  # patents in a title, in a book
            "Boldrin M, Levine DK. Against patents and copyright. Cambridge: Cambridge University"
            " Press; 2008.",
            Kind.BOOK,
        ),
        (  # a book about a standard, written by people
            "Cianfrani CA, West JE. ISO 9001:2015 explained. Milwaukee (WI): ASQ Quality Press;"
            " 2015.",
            Kind.BOOK,
        ),
        (  # a journal article about software
            "Wickham H. Tidy data. J Stat Softw. 2014;59(10):1-23.",
            Kind.ARTICLE,
        ),
    ],
)
def test_a_title_naming_a_kind_keeps_the_entry_s_kind(entry, kind):
    assert parse(entry).kind is kind


def test_the_exports_name_each_kind() -> None:
    """CSL-JSON's own types, which BibTeX and RIS map in turn."""
    thesis = parse("Kim S. Modelling of coronary flow [dissertation]. Baltimore (MD): JHU; 2010.")
    patent = parse('J. Doe, "Widget," U.S. Patent 3 624 125, Jul. 16, 1990.')
    data = parse("Hicks, S. (2019). Vole counts [Data set]. Dryad.")
    assert [to_csl(ref)["type"] for ref in (thesis, patent, data)] == [
        "thesis",
        "patent",
        "dataset",
    ]
