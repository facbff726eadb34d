"""ASM's numbered style puts the year after the names as a sentence of its own (`Surname AB,
Surname C. 2019. Title. Abbrev J 85:e02335-18. doi:10...`): read as a journal article with its
journal, volume and pages or article number, also when the last initial is `P.` (no page
label) or hyphenated (`van Pijkeren J-P.`)."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "pages", "number"),
    [
        (
            "Marteau P, Rambaud JC. 1993. Potential of using lactic acid bacteria for therapy. "
            "FEMS Microbiol Rev 12:207–220. doi:10.1111/j.1574-6976.1993.tb00019.x",
            "Potential of using lactic acid bacteria for therapy",
            "FEMS Microbiol Rev",
            "12",
            "207",
            None,
        ),
        (
            "Sabo R, Pristas P. 2017. Establishment of a strain. Benef Microbes 8:291–297. "
            "doi:10.3920/BM2016.0022",
            "Establishment of a strain",
            "Benef Microbes",
            "8",
            "291",
            None,
        ),
        (
            "Oh J-H, van Pijkeren J-P. 2014. CRISPR-Cas9-assisted recombineering. Nucleic Acids "
            "Res 42:e131. doi:10.1093/nar/gku623",
            "CRISPR-Cas9-assisted recombineering",
            "Nucleic Acids Res",
            "42",
            "e131",  # (one page, read as the other readers read it)
            None,
        ),
        (
            "Oh J-H, Marco ML. 2020. Secretion of recombinant interleukin-22. mSphere "
            "5:e00183-20. doi:10.1128/mSphere.00183-20",
            "Secretion of recombinant interleukin-22",
            "mSphere",
            "5",
            None,
            "e00183-20",
        ),
        (
            "Smith AB. 2011. Regulation of something. Proc Natl Acad Sci U S A 108 Suppl "
            "1:4623–4630. doi:10.1073/pnas.1005066107",
            "Regulation of something",
            "Proc Natl Acad Sci U S A",
            "108",
            "4623",
            None,
        ),
    ],
)
def test_an_asm_article_is_read(text, title, journal, volume, pages, number):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert (ref.pages.first if ref.pages else None) == pages
    assert (ref.article_number.text if ref.article_number else None) == number
    assert ref.date is not None and ref.date.year in (1993, 2017, 2014, 2020, 2011)


def test_an_asm_article_without_its_pages_is_reported(lint):
    entry = (
        "1. Smith AB, Jones C. 2020. A trial of something. Appl Environ Microbiol 86. "
        "doi:10.1128/AEM.01922-19\n"
    )
    found = lint(entry, select=["RL501"])
    assert [d.code for d in found] == ["RL501"]
    assert "no pages or article number" in found[0].message


def test_a_page_label_before_a_year_is_still_a_page():
    # GOST-like `P. 2017–2030`: a page range, not a year
    ref = parse("Ivanov II. Title. Zh Fiz. 2010;5. P. 2017–2030.")
    assert [d.year for d in ref.dates] == [2010]


def test_vancouver_and_iop_harvard_keep_their_readings():
    van = parse("Smith AB, Jones C. A trial. BMJ. 2019;85:335-42.")
    assert van.kind is Kind.ARTICLE and van.container is not None
    assert van.container.text == "BMJ" and van.volume is not None and van.volume.text == "85"
    iop = parse("Zhao Q, Qian Z and Liu X 2016 Influences of things J. Alloys Compd. 666 50–7")
    assert iop.date is not None and iop.date.year == 2016
    assert iop.volume is not None and iop.volume.text == "666"
