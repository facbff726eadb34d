"""BibTeX's `unsrt` (and `plain`) style read by its shape: names written out, given names first,
the title's sentence, then the journal, proceedings, publisher or thesis, the year last."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse


def _text(field):
    return None if field is None else field.text


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        (
            "Robert Cloutier, Gerrit Muller, and Mary Bone. The concept of reference"
            " architectures. Systems Engineering, 13(1):14–27, 2010.",
            Kind.ARTICLE,
            {
                "title": "The concept of reference architectures",
                "container": "Systems Engineering",
                "volume": "13",
                "issue": "1",
                "pages": "14–27",
                "date": "2010",
            },
        ),
        (
            "Rick Kazman, Len Bass, Gregory Abowd, and Mike Webb. Saam: A method for analyzing"
            " software architectures. In Proceedings of 16th International Conference on"
            " Software Engineering, pages 81–90. IEEE, 1994.",
            Kind.CONFERENCE,
            {
                "title": "Saam: A method for analyzing software architectures",
                "container": "Proceedings of 16th International Conference on Software Engineering",
                "pages": "81–90",
                "publisher": "IEEE",
                "date": "1994",
            },
        ),
        (
            "George W Noblit and R Dwight Hare. Meta-ethnography: Synthesizing qualitative"
            " studies, volume 11. Sage Publications, 1988.",
            Kind.BOOK,
            {"publisher": "Sage Publications", "date": "1988", "container": None},
        ),
        (
            "Leonard Heilig and Stefan Voß. Managing cloud-based big data platforms. In Big data"
            " management, pages 29–45. Springer, 2017.",
            Kind.CHAPTER,
            {"container": "Big data management", "pages": "29–45", "publisher": "Springer"},
        ),
        (
            "Alan R Hevner and Sudha Ram. Design science in information systems research. MIS"
            " Quarterly, pages 75–105, 2004.",
            Kind.ARTICLE,
            {"container": "MIS Quarterly", "volume": None, "pages": "75–105"},
        ),
        (  # a proceedings' title with a period in it, no year
            "Rick Kazman and Mark Klein. The architecture tradeoff analysis method. In"
            " Proceedings. Fourth IEEE International Conference on Engineering of Complex"
            " Computer Systems, pages 68–78. IEEE.",
            Kind.CONFERENCE,
            {
                "container": "Proceedings. Fourth IEEE International Conference on Engineering"
                " of Complex Computer Systems",
                "pages": "68–78",
                "date": None,
            },
        ),
    ],
)
def test_each_kind_is_read(text, kind, fields):
    ref = parse(text)
    assert ref.kind is kind
    for name, value in fields.items():
        assert _text(getattr(ref, name)) == value, name


def test_the_names_are_persons_given_names_first():
    ref = parse(
        "George W Noblit, R Dwight Hare, and Jan van Leeuwen. A title of some length."
        " Journal of Things, 4(2):1–9, 2001."
    )
    assert names(ref.authors) == [("Noblit", "GW"), ("Hare", "RD"), ("van Leeuwen", "J")]
    assert not any(a.is_group for a in ref.authors)


def test_et_al_closes_the_names():
    ref = parse(
        "Dino Quintero, Frank N Lee, et al. IBM reference architecture. IBM Redbooks, 2019."
    )
    assert names(ref.authors) == [("Quintero", "D"), ("Lee", "FN")]
    assert ref.et_al is not None
    assert ref.kind is Kind.BOOK


@pytest.mark.parametrize(
    "text",
    [
        # a body's name, or one person alone: not this reading's to judge
        "Sigma Computing. Sigma survey on data. 2020.",
        "World Health Organization, United Nations Children's Fund. Report on water. 2019.",
        # the Vancouver family's names, initials after the surname
        "Bashari Rad B, Ataei P. Big data ecosystem. Int J Comput Sci. 2017;17(3):38.",
        # closed initials alone before the family names (`D.J. Bates`): no name is written out,
        # and the title's commas run on to the book (a labelled list's form, not unsrt's)
        "D.J. Bates, J.D. Hauenstein, and C.W. Wampler. Software for numerical algebraic"
        " geometry, in M.E. Stillman, editors, Software for Algebraic Geometry, pages 33-46,"
        " Springer-Verlag, 2008.",
    ],
)
def test_other_openings_are_left_to_the_other_readings(text):
    from refslint.grammar import unsrt

    assert unsrt.read(text, 0) is None


def test_names_written_out_in_a_vancouver_entry_are_not_unsrts():
    from refslint.grammar import unsrt

    assert (
        unsrt.read("Smith John, Doe Jane. A study of things. J Chem Phys 2018;148:241722.", 0)
        is None
    )


@pytest.mark.parametrize(
    ("text", "doi", "url"),
    [
        (
            "Andre Ahlbrecht, Volkher B Scholz, and Albert H Werner. Disordered quantum walks in"
            " one lattice dimension. Journal of Mathematical Physics, 52(10):102201, 2011."
            " doi:https://doi.org/10.1063/1.3643768.",
            "10.1063/1.3643768",
            None,
        ),
        (
            "Pablo Arnault and Fabrice Debbasch. Quantum walks and gravitational waves. Annals of"
            " Physics, 383:645 – 661, 2017. URL: http://www.example.org/science/article/pii/S1,"
            " doi:https://doi.org/10.1016/j.aop.2017.04.003.",
            "10.1016/j.aop.2017.04.003",
            "http://www.example.org/science/article/pii/S1",
        ),
    ],
)
def test_plainurl_s_links_after_the_year_are_read_as_links(text, doi, url):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.date is not None and ref.date.year in (2011, 2017)
    assert ref.container is not None and ref.container.text.endswith("Physics")
    assert ref.doi is not None and ref.doi.text == doi
    assert [u.text for u in ref.urls][:1] == ([url] if url else [])


def test_initials_without_periods_before_a_family_name_are_a_person_s():
    ref = parse(
        "C Cedzich, T Rybár, AH Werner, and RF Werner. Propagation of quantum walks in electric"
        " fields. Physical review letters, 111(16):160601, 2013."
    )
    assert names(ref.authors) == [
        ("Cedzich", "C"),
        ("Rybár", "T"),
        ("Werner", "AH"),
        ("Werner", "RF"),
    ]
    assert ref.title is not None and ref.title.text.startswith("Propagation of quantum walks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CM Chandrashekar, S. Banerjee, and R. Srikanth. Relationship between quantum walks"
            " and relativistic quantum mechanics. Physical Review A, 81(6):062340, 2010.",
            [("Chandrashekar", "CM"), ("Banerjee", "S"), ("Srikanth", "R")],
        ),
        (
            "G Molfetta, A. Pérez and F. Debbasch. Quantum walks as simulators. Journal of"
            " Computational Physics, 12(2):44–50, 2016.",
            [("Molfetta", "G"), ("Pérez", "A"), ("Debbasch", "F")],
        ),
    ],
)
def test_bare_initials_beside_dotted_ones_are_read_as_persons(text, expected):
    ref = parse(text)
    assert names(ref.authors) == expected
    assert ref.title is not None and ref.title.text.startswith(("Relationship", "Quantum walks"))


@pytest.mark.parametrize(
    "text",
    [
        # a title's words after the last name's comma, not a name
        "G. H. Golub and C. F. Van Loan, Matrix Computations. Johns Hopkins University Press,"
        " Baltimore, MD, 1996.",
        # a journal's words
        "S. M. George, Accounts Chem. Res. 53, 1151 (2020).",
    ],
)
def test_dotted_names_with_a_title_after_them_are_left_to_the_grammar(text):
    from refslint.grammar import unsrt

    assert unsrt.read(text, 0) is None


@pytest.mark.parametrize(
    ("text", "kind", "container", "pages"),
    [
        (  # a journal article without its volume: BibTeX's `pages` form, initials dotted
            "M. Aharon, M. Elad, and A.M. Bruckstein. K-SVD: An algorithm for designing"
            " dictionaries. IEEE Transactions on Signal Processing, pages 4311–4322, 2006.",
            Kind.ARTICLE,
            "IEEE Transactions on Signal Processing",
            "4311–4322",
        ),
        (  # one name alone, its initial dotted; a lower-cased journal's word
            "D. Ellis. Beat tracking by dynamic programming. IEEE transactions on Speech and"
            " Audio Processing, pages 51–60, 2007.",
            Kind.ARTICLE,
            "IEEE transactions on Speech and Audio Processing",
            "51–60",
        ),
        (  # a stray period after the name's whole last word, before `, pages`
            "C. Hsu and D. Wang. A tandem algorithm. IEEE Transactions on Audio, Speech, and"
            " Language Processing., pages 1482–1491, 2012.",
            Kind.ARTICLE,
            "IEEE Transactions on Audio, Speech, and Language Processing",
            "1482–1491",
        ),
        (  # `Proc.` names a meeting's proceedings
            "S. Araki and N. Duong. The 2010 signal separation evaluation campaign. In Proc. of"
            " LVA/ICA, pages 114–122, 2010.",
            Kind.CONFERENCE,
            "Proc. of LVA/ICA",
            "114–122",
        ),
    ],
)
def test_dotted_initials_are_read_where_bibtex_s_pages_mark_stands(text, kind, container, pages):
    ref = parse(f"[1] {text}", label_end=4)  # (a label before the first initial, as printed)
    assert ref.kind is kind
    assert _text(ref.container) == container
    assert _text(ref.pages) == pages
    assert ref.volume is None


@pytest.mark.parametrize(
    "text",
    [
        # no journal's word and no known journal: a book's or a meeting's title, maybe
        "S. Ewert and M. Müller. Score-informed separation. Multimodal music processing, pages"
        " 73–94, 2012.",
        # a period of its own closing the name before `, pages`
        "E. Vincent and C. Févotte. Performance measurement. IEEE Transactions on Audio, Speech,"
        " Language Process., pages 1462–1469, 2006.",
        # one name, not dotted: a body's, maybe
        "Arend Rensink. The simulator. IEEE Transactions on Software, pages 479–485, 2004.",
        # no `pages` mark: a labelled list's form
        "D. Lee and S. Seung. Learning the parts of objects. Nature, 401:788–791, 1999.",
    ],
)
def test_dotted_initials_are_left_alone_where_the_journal_is_unsure(text):
    from refslint.grammar import unsrt

    assert unsrt.read(f"[1] {text}", 4) is None
