"""IEEE's numbered style read field by field: conference papers, chapters, books, theses, reports,
standards, patents, preprints and web pages, their titles without the quotation marks; and the
shapes of other styles that must keep their own reading."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


def _text(field):
    return None if field is None else field.text


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        (
            'K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image recognition,"'
            " in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), Las Vegas, NV, USA, Jun."
            " 2016, pp. 770–778.",
            Kind.CONFERENCE,
            {
                "title": "Deep residual learning for image recognition",
                "container": "Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR)",
                "place": "Las Vegas, NV, USA",
                "pages": "770–778",
                "date": "Jun. 2016",
            },
        ),
        (  # no place, the year alone
            "J. Long, E. Shelhamer, and T. Darrell, “Fully convolutional networks for semantic"
            " segmentation,” in Proc. IEEE Conf. Comput. Vis. Pattern Recognit., 2015,"
            " pp. 3431–3440.",
            Kind.CONFERENCE,
            {
                "title": "Fully convolutional networks for semantic segmentation",
                "container": "Proc. IEEE Conf. Comput. Vis. Pattern Recognit.",
                "place": None,
                "pages": "3431–3440",
                "date": "2015",
            },
        ),
        (  # the older order: proceedings with no `in`, the pages before the year
            'H. Shin and C. Hu, "Thin oxide damage by plasma etching," Proc. IEEE/IRPS,'
            " pp. 37-41, 1992.",
            Kind.CONFERENCE,
            {"title": "Thin oxide damage by plasma etching", "pages": "37-41", "date": "1992"},
        ),
        (
            'J. Smith, "Channel coding for wireless links," in Wireless Communications Handbook,'
            " A. Editor, Ed. New York, NY, USA: Springer, 2010, pp. 1–29.",
            Kind.CHAPTER,
            {
                "title": "Channel coding for wireless links",
                "container": "Wireless Communications Handbook",
                "place": "New York, NY, USA",
                "publisher": "Springer",
                "pages": "1–29",
                "date": "2010",
            },
        ),
        (
            "S. Haykin, Neural Networks and Learning Machines, 3rd ed. Upper Saddle River, NJ,"
            " USA: Pearson, 2009.",
            Kind.BOOK,
            {
                "title": "Neural Networks and Learning Machines",
                "edition": "3rd ed.",
                "place": "Upper Saddle River, NJ, USA",
                "publisher": "Pearson",
                "date": "2009",
            },
        ),
        (  # a place with periods inside
            "R. E. Blahut, Algebraic Codes for Data Transmission. Cambridge, U.K.: Cambridge Univ."
            " Press, 2003.",
            Kind.BOOK,
            {
                "title": "Algebraic Codes for Data Transmission",
                "place": "Cambridge, U.K.",
                "publisher": "Cambridge Univ. Press",
            },
        ),
        (
            'L. Chen, "Robust control of power converters," Ph.D. dissertation, Dept. Elect. Eng.,'
            " Stanford Univ., Stanford, CA, USA, 2019.",
            Kind.THESIS,
            {
                "title": "Robust control of power converters",
                "publisher": "Stanford Univ.",
                "place": "Stanford, CA, USA",
                "date": "2019",
            },
        ),
        (
            'P. Diament, "Wave transmission in plasmas," Columbia Univ., New York, NY, USA,'
            " Tech. Rep. TR-0123, 2020.",
            Kind.REPORT,
            {"title": "Wave transmission in plasmas", "date": "2020"},
        ),
        (
            'J. P. Wilkinson, "Nonlinear resonant circuit devices," U.S. Patent 3 624 125,'
            " Jul. 16, 1990.",
            Kind.PATENT,
            {"title": "Nonlinear resonant circuit devices", "date": "Jul. 16, 1990"},
        ),
        (
            'D. P. Kingma and J. Ba, "Adam: A method for stochastic optimization," 2014,'
            " arXiv:1412.6980.",
            Kind.PREPRINT,
            {
                "title": "Adam: A method for stochastic optimization",
                "container": "arXiv",
                "date": "2014",
            },
        ),
        (  # an organisation as the author, the access note after the link
            'The MathWorks, "MATLAB documentation," 2015. [Online]. Available:'
            " https://www.mathworks.com/help/matlab/ (accessed Dec. 1, 2026).",
            Kind.WEBPAGE,
            {"title": "MATLAB documentation", "date": "2015"},
        ),
        (  # IEEE's access note before the link, no date of its own
            'Python Software Foundation, "Python language reference, version 3.12." Accessed:'
            " Dec. 6, 2026. [Online]. Available: https://docs.python.org/3/reference/",
            Kind.WEBPAGE,
            {"title": "Python language reference, version 3.12", "date": None},
        ),
        (  # a journal article whose `pp.` was lost
            'Y. LeCun, Y. Bengio, and G. Hinton, "Deep learning," Nature, vol. 521, no. 7553,'
            " 436–444, May 2015.",
            Kind.ARTICLE,
            {"container": "Nature", "volume": "521", "issue": "7553", "pages": "436–444"},
        ),
        (  # and one whose `vol.` and `no.` were
            'M. Chen, "A study of routing," IEEE Trans. Commun., 68, 4, pp. 1–9, 2020.',
            Kind.ARTICLE,
            {
                "title": "A study of routing",
                "container": "IEEE Trans. Commun.",
                "volume": "68",
                "issue": "4",
                "pages": "1–9",
            },
        ),
    ],
)
def test_ieee_entries_are_read_into_their_fields(text, kind, fields):
    ref = parse(text)
    assert ref.kind == kind
    for name, value in fields.items():
        got = ref.date if name == "date" else getattr(ref, name)
        assert _text(got) == value, name


def test_a_standard_without_author_keeps_its_title_and_year():
    ref = parse("IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019, 2019.")
    assert ref.kind is Kind.STANDARD
    assert _text(ref.title) == "IEEE Standard for Floating-Point Arithmetic"
    assert ref.date is not None and ref.date.year == 2019


def test_the_month_of_a_conference_is_read_with_its_year():
    ref = parse(
        'A. Author, "A paper," in Proc. Int. Conf. Commun., Paris, France, Sept. 2017, pp. 1–6.'
    )
    assert ref.date is not None and (ref.date.year, ref.date.month) == (2017, 9)
    assert _text(ref.date.month_token) == "Sept."


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        (  # MDPI's book: the publisher before the place, which is no IEEE place
            "Sánchez, S.F.; Pérez, E. Pipe3D, A Pipeline: I. New Fitting of FIT3D; Cornell"
            " Unversity: Ithaca, NY, USA, 2015.",
            None,
            {"place": None},
        ),
        (  # MDPI's `Publisher: City, Country, Year`
            "Smith, J.; Doe, A. Power Electronics; Springer: Berlin, Germany, 2010.",
            None,
            {"place": None},
        ),
        (  # a journal's volume and pages after a colon: no place and publisher
            "M. Rachid and O. Alain. Stability of fractional transfer functions. Automatica,"
            " 47(11): 2462–2467, 2011.",
            None,
            {"place": None, "publisher": None},
        ),
        (  # a subtitle before a colon is no place
            "M. C. Ferris and J.-S. Pang. Complementarity and variational problems: State of the"
            " Art. SIAM Publications, 1997.",
            None,
            {"place": None},
        ),
        (  # APA's chapter stays a chapter, its book the container
            "Smith, J. (1996). Identity and alliances. In P. J. Katzenstein (Eds.), The culture of"
            " national security (pp. 400–447). New York: Columbia University Press, 1996.",
            Kind.CHAPTER,
            {"container": "The culture of national security"},
        ),
        (  # Citing Medicine's book keeps its reading
            "Haykin S. Neural networks. 3rd ed. Upper Saddle River (NJ): Pearson; 2009.",
            Kind.BOOK,
            {"publisher": "Pearson"},
        ),
        (  # Wiley's numbered Chicago, a quoted title and a year in parentheses
            "A. Writer, “A title,” Journal Name 96, no. 9 (2021): 1353–1365.",
            Kind.ARTICLE,
            {"container": "Journal Name", "volume": "96"},
        ),
    ],
)
def test_other_styles_keep_their_reading(text, kind, fields):
    ref = parse(text)
    if kind is not None:
        assert ref.kind == kind
    for name, value in fields.items():
        assert _text(getattr(ref, name)) == value, name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("S. Haykin, Adaptive Filter Theory. Cambridge, U.K., 2003.", "Cambridge, U.K."),
        (
            "S. Haykin, Adaptive Filter Theory, 4th ed. Upper Saddle River, NJ, USA, 2002.",
            "Upper Saddle River, NJ, USA",
        ),
        ("R. Gray, Entropy and Information Theory. New York, NY, 1990.", "New York, NY"),
        ("H. Meyr, Digital Receivers. Munich, Germany, 1997.", "Munich, Germany"),
    ],
)
def test_a_book_that_lost_its_publisher_is_a_book_with_its_place(text, place):
    ref = parse(text)
    assert ref.kind is Kind.BOOK and ref.publisher is None
    assert _text(ref.place) == place and ref.date is not None


@pytest.mark.parametrize(
    "text",
    [  # physics' `Publisher, Place, Year`: a house first, no place alone
        "A. Smith, Magnetism. Wiley, New York, 1990.",
        "A. Smith, Magnetism. Springer, Berlin, Germany, 1990.",
        "A. Smith, Magnetism. Academic Press, London, U.K., 1990.",
    ],
)
def test_a_house_before_its_place_is_no_place_alone(text):
    ref = parse(text)
    assert not (ref.kind is Kind.BOOK and ref.publisher is None)
