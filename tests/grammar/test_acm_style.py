"""ACM's reference format read field by field: the names written out, given names first, the year
after them, then a proceedings paper, a journal article, a preprint, a book, a thesis, a report
or a chapter; entries of other styles with a year after the names keep their readings."""

from __future__ import annotations

import re
from functools import partial

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse
from tests.timing import assert_linear


def _text(field) -> str | None:
    return None if field is None else field.text


@pytest.mark.parametrize(
    ("entry", "kind", "families", "fields"),
    [
        (
            "Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. 2016. Deep residual learning"
            " for image recognition. In Proceedings of the IEEE Conference on Computer Vision and"
            " Pattern Recognition (CVPR). IEEE, 770–778. https://doi.org/10.1109/CVPR.2016.90",
            Kind.CONFERENCE,
            ["He", "Zhang", "Ren", "Sun"],
            {
                "title": "Deep residual learning for image recognition",
                "container": "Proceedings of the IEEE Conference on Computer Vision and Pattern"
                " Recognition (CVPR)",
                "publisher": "IEEE",
                "pages": "770–778",
                "doi": "10.1109/CVPR.2016.90",
            },
        ),
        (
            "Sam Anzaroot, Alexandre Passos, David Belanger, and Andrew McCallum. 2014. Learning"
            " soft linear constraints. In Proceedings of the 52nd Annual Meeting of the"
            " Association for Computational Linguistics (ACL '14). Association for Computational"
            " Linguistics, Baltimore, MD, 593–603.",
            Kind.CONFERENCE,
            ["Anzaroot", "Passos", "Belanger", "McCallum"],
            {
                "publisher": "Association for Computational Linguistics",
                "place": "Baltimore, MD",
                "pages": "593–603",
            },
        ),
        (
            "Jeffrey Dean and Sanjay Ghemawat. 2008. MapReduce: simplified data processing on"
            " large clusters. Commun. ACM 51, 1 (Jan. 2008), 107–113."
            " https://doi.org/10.1145/1327452.1327492",
            Kind.ARTICLE,
            ["Dean", "Ghemawat"],
            {
                "title": "MapReduce: simplified data processing on large clusters",
                "container": "Commun. ACM",
                "volume": "51",
                "issue": "1",
                "pages": "107–113",
            },
        ),
        (  # an article number and the count of pages
            "Sarah Cohen, Werner Nutt, and Yehoshua Sagiv. 2007. Deciding equivalences among"
            " conjunctive aggregate queries. J. ACM 54, 2, Article 5 (April 2007), 50 pages.",
            Kind.ARTICLE,
            ["Cohen", "Nutt", "Sagiv"],
            {"container": "J. ACM", "volume": "54", "issue": "2", "article_number": "5"},
        ),
        (
            "Yann LeCun, Yoshua Bengio, and Geoffrey Hinton. 2015. Deep learning. Nature 521,"
            " 7553 (May 2015), 436–444.",
            Kind.ARTICLE,
            ["LeCun", "Bengio", "Hinton"],
            {"title": "Deep learning", "container": "Nature", "pages": "436–444"},
        ),
        (
            "Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N."
            " Gomez, Łukasz Kaiser, and Illia Polosukhin. 2017. Attention is all you need."
            " arXiv:1706.03762. Retrieved from https://arxiv.org/abs/1706.03762",
            Kind.PREPRINT,
            ["Vaswani", "Shazeer", "Parmar", "Uszkoreit", "Jones", "Gomez", "Kaiser", "Polosukhin"],
            {"title": "Attention is all you need", "arxiv": "1706.03762"},
        ),
        (
            "Donald E. Knuth. 1997. The Art of Computer Programming, Volume 1: Fundamental"
            " Algorithms (3rd ed.). Addison Wesley Longman Publishing Co., Inc., Redwood City, CA.",
            Kind.BOOK,
            ["Knuth"],
            {
                "title": "The Art of Computer Programming, Volume 1: Fundamental Algorithms",
                "edition": "3rd ed.",
                "publisher": "Addison Wesley Longman Publishing Co., Inc",
                "place": "Redwood City, CA",
            },
        ),
        (
            "David A. Anisi. 2003. Optimal Motion Control of a Ground Vehicle. Master's thesis."
            " Royal Institute of Technology (KTH), Stockholm, Sweden.",
            Kind.THESIS,
            ["Anisi"],
            {
                "publisher": "Royal Institute of Technology (KTH)",
                "place": "Stockholm, Sweden",
            },
        ),
        (
            "Lars Bjørn and Kim Jensen. 2019. A study of caches. Technical Report TR-2019-12."
            " Aarhus University, Aarhus, Denmark.",
            Kind.REPORT,
            ["Bjørn", "Jensen"],
            {"title": "A study of caches", "publisher": "Aarhus University"},
        ),
        (
            "Sarah Smith. 2010. A chapter on caches. In Handbook of Caches, Ian Editor and Joe"
            " Doe (Eds.). Springer, Berlin, 51–80.",
            Kind.CHAPTER,
            ["Smith"],
            {"container": "Handbook of Caches", "publisher": "Springer", "pages": "51–80"},
        ),
    ],
)
def test_acm_entries_are_read_into_their_fields(entry, kind, families, fields):
    ref = parse(entry)
    assert ref.kind is kind
    assert [a.family for a in ref.authors] == families
    year = re.search(r"\. ((?:19|20)\d\d)\. ", entry)
    assert year is not None and ref.date is not None and ref.date.year == int(year[1])
    for name, value in fields.items():
        assert _text(getattr(ref, name)) == value, name


def test_given_names_become_initials() -> None:
    ref = parse("Aidan N. Gomez and Jan van Leeuwen. 2017. A title. arXiv:1706.03762.")
    assert [(a.family, a.initials) for a in ref.authors] == [("Gomez", "AN"), ("van Leeuwen", "J")]


@pytest.mark.parametrize(
    ("entry", "kind"),
    [  # a year after the names in other styles: their own readers
        (
            "Pristas P. 2017. Bacteriocins of ruminal bacteria. Benef Microbes 8:291–297.",
            Kind.ARTICLE,
        ),
        (
            "Granovetter, Mark S. 1973. The strength of weak ties. American Journal of Sociology"
            " 78 (6): 1360–80.",
            Kind.ARTICLE,
        ),
        (  # Chicago's quoted title
            "Boycott Autism Speaks. 2016. “People react to a change.” https://example.org/x.",
            Kind.WEBPAGE,
        ),
    ],
)
def test_other_styles_keep_their_readings(entry, kind):
    ref = parse(entry)
    assert ref.kind is kind
    assert ref.authors and ref.authors[0].family in (
        "Pristas",
        "Granovetter",
        "Boycott Autism Speaks",
    )


def _read(text: str) -> None:
    from refslint.grammar import parse_entry
    from refslint.model import Entry, PositionMap

    parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1))


def test_reading_the_new_forms_grows_linearly_with_the_entry():
    """Long runs of what the ACM and ISO 690 readers and the kinds' marks look for (names, periods
    with no year after them, capitals and commas, marks' words): twice the text costs about twice
    the time, not four times."""
    shapes = [
        lambda n: "Jan Smith, " * n + "and Jo Doe. 2016. Title. In Proceedings of X. ACM, 1–2.",
        lambda n: "Jan Smith. " + "Title. " * n + "2016. In Proceedings of X. ACM, 1–2.",
        lambda n: "NOVÁK, Jan, " * n + "SMITH, John. Title. Journal. 2019, vol. 1, pp. 1–2.",
        lambda n: "Smith J. Title. " + "Praha: Academia, " * n + "2015.",
        lambda n: "Smith J. Title. " + "Tech. Rep. thesis patent " * n + "2015.",
    ]
    for make in shapes:
        small, large = make(300), make(600)
        assert_linear(
            partial(_read, small), partial(_read, large), bound=3, runs=5, what=small[:30]
        )
