"""Offline identifier rules (RL401, RL406-RL408): DOIs, arXiv identifiers, article numbers."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from refslint_rules import identifiers

from refslint.api import Kind
from tests.rules.refbuild import TODAY, messages, pages, ref, run

ARTICLE = "1. Zhao X. Peroxide production. J Am Chem Soc 2021;143:9423-8. doi:{doi}"


def with_doi(doi: str):
    text = ARTICLE.format(doi=doi)
    return ref(text, kind=Kind.ARTICLE, doi=doi, doi_marker="doi:")


# RL401 doi-malformed


@pytest.mark.parametrize(
    ("doi", "problem"),
    [
        (
            "10.1021jacs.0c01234",
            "there is no '/' between the prefix 10.1021 and the suffix; expected 10.NNNN/suffix "
            "(did you mean '10.1021/jacs.0c01234'?)",
        ),
        ("10.1038/", "nothing follows the '/'; expected 10.NNNN/suffix"),
        (
            "11.1038/abc",
            "it does not start with '10.' and a registrant number; expected 10.NNNN/suffix",
        ),
        (
            "10.12/abc",
            "the registrant number after '10.' should have 4 to 9 digits; expected 10.NNNN/suffix",
        ),
        ("10.1038/nature 12373", "it contains a space; expected 10.NNNN/suffix"),
        (
            "10.10380123",
            "there is no '/' between the prefix 10.10380123 and the suffix; "
            "expected 10.NNNN/suffix",
        ),
    ],
)
def test_malformed_dois(doi, problem):
    reference = with_doi(doi)
    (found,) = run(identifiers.doi_malformed, reference)
    assert found.message == f"DOI '{doi}' is malformed: {problem}"
    assert found.span == reference.doi.span


@pytest.mark.parametrize(
    "doi",
    [
        "10.1038/s41570-018-0121",
        "10.1000.10/123",
        "10.48550/arXiv.2401.00096",
        "10.1002/(SICI)1097",
    ],
)
def test_well_formed_dois(doi):
    assert run(identifiers.doi_malformed, with_doi(doi)) == []


def test_doi_label_with_nothing_after_it():
    text = "1. Zhao X. Peroxide production. J Am Chem Soc 2021;143:9423-8. doi:"
    assert messages(identifiers.doi_malformed, ref(text, doi_marker="doi:")) == [
        "'doi:' is not followed by a DOI; expected 10.NNNN/suffix"
    ]


def test_malformed_doi_through_the_engine(lint):
    text = (
        ARTICLE.format(doi="10.1021jacs.1c03025")
        + "\n"
        + ARTICLE.format(doi=" 10.1038/").replace("1. ", "2. ", 1)
        + "\n"
    )
    lines = text.splitlines()
    found = lint(text, today=TODAY, select=["RL401"])
    assert [(d.entry, lines[d.line - 1][d.column - 1 : d.end_column - 1]) for d in found] == [
        (1, "10.1021jacs.1c03025"),
        (2, "10.1038/"),
    ]
    assert lint(ARTICLE.format(doi="10.1021/jacs.1c03025") + "\n", select=["RL401"]) == []


# RL406 arxiv-id-malformed


def preprint(identifier: str):
    text = f"1. Batatia I. A foundation model. arXiv [Preprint]. 2024 Mar 1. arXiv:{identifier}."
    return ref(text, kind=Kind.PREPRINT, arxiv=identifier)


@pytest.mark.parametrize(
    ("identifier", "problem"),
    [
        ("2401.0096", "since January 2015 the number after the dot has 5 digits, not 4"),
        ("1412.12345", "before 2015 the number after the dot has 4 digits, not 5"),
        ("1713.01234", "'13' is not a month (the first four digits are YYMM)"),
        ("0612.1234", "identifiers of the form YYMM.NNNNN begin in April 2007 (0704)"),
        ("2712.00001", "it would be issued in Dec 2027, after today"),
        ("hep-th/9913001", "'13' is not a month (the digits after '/' start with YYMM)"),
        ("hep-th/0801001", "identifiers of the form archive/YYMMNNN run from 1991 to March 2007"),
        ("hep-th/990100", "the number after YYMM has 3 digits, not 2"),
        (
            "24-01-00096",
            "expected YYMM.NNNNN (as in 2401.00096) or archive/YYMMNNN (as in hep-th/9901001)",
        ),
    ],
)
def test_malformed_arxiv_identifiers(identifier, problem):
    reference = preprint(identifier)
    (found,) = run(identifiers.arxiv_id_malformed, reference)
    assert found.message == f"arXiv identifier '{identifier}' is malformed: {problem}"
    assert found.span == reference.arxiv.span


@pytest.mark.parametrize(
    "identifier",
    [
        "2401.00096",
        "2401.00096v2",
        "0704.0001",
        "1412.1234",
        "1501.00001",
        "math.AG/0601001",
        "hep-th/9901001v3",
        "2611.00001",
    ],
)
def test_well_formed_arxiv_identifiers(identifier):
    assert run(identifiers.arxiv_id_malformed, preprint(identifier)) == []


def test_identifiers_inside_arxiv_dois_and_links_are_checked_once_each():
    text = (
        "1. Batatia I. A foundation model. arXiv [Preprint]. 2024 Mar 1. "
        "Available from: https://doi.org/10.48550/arXiv.2401.0096."
    )
    doi = "10.48550/arXiv.2401.0096"
    reference = ref(
        text, kind=Kind.PREPRINT, doi=doi, arxiv="2401.0096", urls=["https://doi.org/" + doi]
    )
    (found,) = run(identifiers.arxiv_id_malformed, reference)
    assert found.span == reference.arxiv.span
    link_only = dataclasses.replace(reference, arxiv=None, doi=None)
    (found,) = run(identifiers.arxiv_id_malformed, link_only)
    assert text[found.span.start : found.span.end] == "2401.0096"


def test_malformed_arxiv_through_the_engine(lint):
    text = "1. Batatia I. A foundation model. arXiv [Preprint]. 2024 Mar 1. arXiv:2401.0096.\n"
    found = lint(text, today=TODAY, select=["RL406"])
    assert [(d.code, text[d.column - 1 : d.end_column - 1]) for d in found] == [
        ("RL406", "2401.0096")
    ]
    assert lint(text.replace("0096", "00096"), today=TODAY, select=["RL406"]) == []


# RL407 article-number-doi-fragment


def numbered_article(number: str, doi: str | None = None):
    text = f"19. Ward L. Machine learning. npj Comput Mater 2016;2:{number}."
    if doi:
        text += f" doi:{doi}"
    return ref(text, kind=Kind.ARTICLE, article_number=number, **({"doi": doi} if doi else {}))


@pytest.mark.parametrize(
    ("number", "what"),
    [
        ("BFnpjcompumats201628", "'BF' and the DOI suffix npjcompumats.2016.28 run together"),
        ("BFnpjcompumats201510", "'BF' and the DOI suffix npjcompumats.2015.10 run together"),
        ("BFs415700180121", "'BF' and the DOI suffix s41570-018-0121 run together"),
        ("BFs415240180081z", "'BF' and the DOI suffix s41524-018-0081-z run together"),
        ("BFs4146701803215", "a DOI suffix with its punctuation removed"),
        ("BFnenergy2016141", "'BF' and the DOI suffix nenergy.2016.141 run together"),
        ("BF01234567", "the DOI suffix BF01234567"),
        ("s41570-018-0121", "the DOI suffix s41570-018-0121"),
        ("npjcompumats.2016.28", "the DOI suffix npjcompumats.2016.28"),
    ],
)
def test_doi_fragments_printed_as_article_numbers(number, what):
    reference = numbered_article(number)
    (found,) = run(identifiers.article_number_doi_fragment, reference)
    assert found.message == (
        f"article number '{number}' is {what}, not an article number; "
        "check the record for the real article number"
    )
    assert found.span == reference.article_number.span


def test_the_entrys_own_doi_suffix_without_punctuation():
    reference = numbered_article("jjpowsour2020228123", doi="10.1016/j.jpowsour.2020.228123")
    assert messages(identifiers.article_number_doi_fragment, reference) == [
        "article number 'jjpowsour2020228123' is the DOI suffix j.jpowsour.2020.228123, "
        "not an article number; check the record for the real article number"
    ]


@pytest.mark.parametrize(
    ("number", "doi"),
    [
        ("16028", None),
        ("e1558", None),
        ("eadi3245", None),
        ("eabc20012", None),
        ("093007", "10.1088/1367-2630/acf123"),
        ("085142", "10.1103/PhysRevB.93.085142"),
        ("e01567", "10.7554/eLife.01567"),
        ("BFG1", None),
        ("S12", None),
    ],
)
def test_real_article_numbers_pass(number, doi):
    assert run(identifiers.article_number_doi_fragment, numbered_article(number, doi)) == []


def test_a_single_page_holding_the_fragment_is_checked_too():
    text = "1. Ward L. Machine learning. npj Comput Mater 2016;2:BFnpjcompumats201628."
    reference = ref(text, kind=Kind.ARTICLE, pages=pages(text, "BFnpjcompumats201628"))
    assert len(run(identifiers.article_number_doi_fragment, reference)) == 1
    ranged = ref(
        text.replace(":BF", ":1-BF"),
        pages=pages(text.replace(":BF", ":1-BF"), "1-BFnpjcompumats201628"),
    )
    assert run(identifiers.article_number_doi_fragment, ranged) == []


def test_a_suffix_read_as_a_page_range_is_still_one_suffix(lint):
    text = "1. Zunger A. Inverse design. Nat Rev Chem 2018;2:s41570-018-0121.\n"
    found = lint(text, today=TODAY, select=["RL407"])
    assert [text[d.column - 1 : d.end_column - 1] for d in found] == ["s41570-018-0121"]
    assert lint(text.replace("s41570-018-0121", "1-14"), today=TODAY, select=["RL407"]) == []


def test_corpus_entries_through_the_engine(lint):
    text = (
        "19. Ward L, Agrawal A, Choudhary A, Wolverton C. A general-purpose machine learning "
        "framework for predicting properties of inorganic materials. npj Comput Mater "
        "2016;2:BFnpjcompumats201628.\n"
        "28. Chen W, Schmidt JN, Yan D, Vohra YK, Chen C. Machine learning and evolutionary "
        "prediction of superhard B-C-N compounds. npj Comput Mater 2021;7:585.\n"
        "123. Zunger A. Inverse design in search of materials with target functionalities. "
        "Nat Rev Chem 2018;2:BFs415700180121.\n"
    )
    found = lint(text, today=TODAY, select=["RL407"])
    assert [
        (d.entry, text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1]) for d in found
    ] == [
        (19, "BFnpjcompumats201628"),
        (123, "BFs415700180121"),
    ]


# RL408 doi-repeated


def entry(number: int | None, doi: str | None, index: int):
    label = f"{number}. " if number is not None else ""
    text = f"{label}Xie T. Crystal graphs. Phys Rev Lett 2018;120:145301. doi:{doi or 'none'}"
    built = ref(text, kind=Kind.ARTICLE, index=index, **({"doi": doi} if doi else {}))
    return built if number is not None else dataclasses.replace(built, number=None, label=None)


def test_repeated_doi_is_reported_at_each_later_entry_ignoring_case():
    refs = [
        entry(1, "10.1103/PhysRevLett.120.145301", 1),
        entry(2, "10.1038/s41570-018-0121", 2),
        entry(3, "10.1103/physrevlett.120.145301", 3),
        entry(4, "10.1103/PHYSREVLETT.120.145301", 4),
    ]
    found = run(identifiers.doi_repeated, refs)
    assert [(d.ref.number, d.span) for d in found] == [(3, refs[2].doi.span), (4, refs[3].doi.span)]
    assert found[0].message == (
        "DOI 10.1103/physrevlett.120.145301 is also on entry 1; each work should be listed once"
    )


def test_unnumbered_lists_name_the_position():
    refs = [entry(None, "10.1038/abc", 1), entry(None, "10.1038/ABC", 2)]
    assert messages(identifiers.doi_repeated, refs) == [
        "DOI 10.1038/ABC is also on an earlier entry (the 1st in the list); "
        "each work should be listed once"
    ]


def test_distinct_missing_and_malformed_dois_are_not_repeats():
    refs = [entry(1, "10.1038/abc", 1), entry(2, "10.1038/abd", 2), entry(3, None, 3)]
    refs += [entry(4, "10.1038/", 4), entry(5, "10.1038/", 5)]
    assert run(identifiers.doi_repeated, refs) == []


def test_repeated_doi_through_the_engine(lint):
    cited = "Xie T. Crystal graphs. Phys Rev Lett 2018;120:145301. doi:10.1103/"
    text = (
        f"1. {cited}PhysRevLett.120.145301\n"
        "2. Drautz R. Clusters. Phys Rev B 2019;99:014104. doi:10.1103/PhysRevB.99.014104\n"
        f"3. {cited}physrevlett.120.145301\n"
    )
    found = lint(text, today=dt.date(2026, 11, 24), select=["RL408"])
    assert [(d.code, d.entry, d.line) for d in found] == [("RL408", 3, 3)]


RESOLVER_AFTER_LABEL = (
    "1. Smith J, Jones K. A study of things. Lancet. 2010;375(9):100-9. "
    "doi: http://dx.doi.org/10.1016/S0140-6736(10)60001-1\n"
) + "".join(
    f"{n}. Grey A, Red B. A study number {n}. Lancet. 2013;378(1):1{n}-9. "
    f"doi:10.1016/S0140-6736(13)6000{n}-4\n"
    for n in range(2, 8)
)


def test_a_resolver_address_after_the_label_is_a_doi_printed_another_way(lint, tmp_path):
    found = lint(RESOLVER_AFTER_LABEL, select=["RL401", "RL809"])
    assert [(d.code, d.message) for d in found] == [
        ("RL809", "DOI printed as `doi: http://dx.doi.org/`; 6 of 7 DOIs are printed as `doi:`")
    ]
    assert str(found[0].fix_applicability) == "safe"
    from refslint.cli import main

    path = tmp_path / "refs.txt"
    path.write_text(RESOLVER_AFTER_LABEL, encoding="utf-8")
    assert main([str(path), "--select", "RL809", "--fix"]) == 1  # found (and fixed)
    fixed = path.read_text(encoding="utf-8")
    assert fixed.startswith(
        "1. Smith J, Jones K. A study of things. Lancet. 2010;375(9):100-9. doi:10.1016/"
    )
    assert main([str(path), "--select", "RL809", "--fix"]) == 0
    assert path.read_text(encoding="utf-8") == fixed  # a second --fix changes nothing


@pytest.mark.parametrize(
    "text",
    [
        "1. P. de Vries, S. L. Weber, The Atlantic freshwater budget. Geophys. Res. Lett. 32, "
        "2004GL021450 (2005).\n",
        "1. Smith J, Lee K. Ocean heat uptake. Geophys Res Lett. 2005;32:2004GL021450.\n",
    ],
)
def test_agus_doi_suffix_printed_as_the_article_number(lint, text):
    found = lint(text, today=TODAY, select=["RL407"])
    assert [text[d.column - 1 : d.end_column - 1] for d in found] == ["2004GL021450"]


@pytest.mark.parametrize(
    "number",
    ["e2020GL089000", "L09702", "C03012", "2005"],
)
def test_agus_own_article_numbers_pass(lint, number):
    text = f"1. Smith J, Lee K. Ocean heat uptake. Geophys Res Lett. 2020;47:{number}.\n"
    assert lint(text, today=TODAY, select=["RL407"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        "7. T. Mitchell et al. “Never-Ending Learning.” In: Commun. ACM 61.5 (2018), pp. 103–115. "
        "DOI: 10.1145/3191513. URL: https://doi.org/10.1145/3191513.",
        "7. Bengtsson H. Futures in R. R J. 2021;13(2):208-27. doi:10.32614/RJ-2021-048. "
        "Available from: https://doi.org/10.32614/rj-2021-048",
    ],
)
def test_a_doi_printed_twice_in_one_entry(lint, entry):
    text = "1. Smith AB. Alloys. J Met. 2001;12:1-9. doi:10.1000/abc.1\n" + entry + "\n"
    (d,) = lint(text, select=["RL408"])
    assert d.code == "RL408" and d.message.endswith("is printed twice in this entry; give it once")
    assert d.line == 2


def test_two_different_dois_in_one_entry_are_silent(lint):
    text = (
        "1. Smith AB. Alloys. J Met. 2001;12:1-9. doi:10.1000/abc.1. Erratum: "
        "doi:10.1000/abc.12\n"
        "2. Jones C. Data for alloys. Zenodo. 2001. doi:10.5281/zenodo.1. Article: "
        "https://doi.org/10.1000/abc.2\n"
    )
    assert lint(text, select=["RL408"]) == []


_ARTICLES_WITH_DOIS = (
    "1. Smith AB. A study of things. J Chem Phys. 2018;148:241722. doi: 10.1063/1.5019779.\n"
    "2. Jones CD. Another study. J Chem Phys. 2017;147:1-9. doi: 10.1063/1.4996567.\n"
    "3. Brown EF. More things. Phys Rev B. 2016;94:1-9. doi: 10.1103/PhysRevB.94.024305.\n"
    "4. White GH. Things again. Phys Rev B. 2015;92:1-9. doi: 10.1103/PhysRevB.92.094306.\n"
    "5. Green IJ. Last things. Nature. 2014;505:1-9. doi: 10.1038/nature12345.\n"
)


def test_an_entry_of_no_known_kind_is_held_to_the_whole_lists_doi_form(lint):
    """RL809: one entry of no kind refslint knows cannot set a form of its own; the list's
    journal articles print `doi: 10...`, so its resolver address after `doi:` is flagged."""
    odd = "6. Black KL. Working notes, Saarland Library, 2019. doi: http://dx.doi.org/10.1/x.\n"
    found = lint(_ARTICLES_WITH_DOIS + odd, select=["RL809"])
    assert [(d.entry, d.message) for d in found] == [
        (6, "DOI printed as `doi: http://dx.doi.org/`; 5 of 6 DOIs are printed as `doi:`")
    ]
    same = "6. Black KL. Working notes, Saarland Library, 2019. doi: 10.1/x.\n"
    assert lint(_ARTICLES_WITH_DOIS + same, select=["RL809"]) == []
