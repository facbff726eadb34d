"""A title that opens with a year after `et al.` (`et al. 2019 ACC/AHA Guideline ...`) or ends
with one before its medium (`VIGITEL Brasil 2013 [Internet]. 2014.`) keeps that year: the work's
date is the one in the date position. IOP's bare year after the names (`Cho T T and Wu Y 2015
Title`, `Brandt H et al 2020 Title`) is still the date."""

from __future__ import annotations

import pytest

from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "title", "journal", "year"),
    [
        (  # Vancouver, a guideline named by its year
            "Arnett DK, Blumenthal RS, Albert MA, et al. 2019 ACC/AHA Guideline on the Primary "
            "Prevention of Cardiovascular Disease. Circulation. 2019; 140: e596-e646.",
            "2019 ACC/AHA Guideline on the Primary Prevention of Cardiovascular Disease",
            "Circulation",
            2019,
        ),
        (  # the guideline's year is not the volume's
            "Vahanian A, Praz F, et al. 2021 ESC/EACTS Guidelines for the management of "
            "valvular heart disease. Eur Heart J. 2022;43:561-632.",
            "2021 ESC/EACTS Guidelines for the management of valvular heart disease",
            "Eur Heart J",
            2022,
        ),
        (  # lower case after the year: an update's title
            "Smith TJ, Lyman GH, et al. 2006 update of recommendations for the use of white "
            "blood cell growth factors. J Clin Oncol. 2006;24:3187-205.",
            "2006 update of recommendations for the use of white blood cell growth factors",
            "J Clin Oncol",
            2006,
        ),
        (  # a novel virus named by its year, Citing Medicine on the Internet
            "Zhu N, Zhang D, et al. 2019 novel coronavirus in China. N Engl J Med [Internet]. "
            "2020 [cited 2021 Mar 2];382:727-33.",
            "2019 novel coronavirus in China",
            "N Engl J Med",
            2020,
        ),
    ],
)
def test_a_title_opening_with_a_year_after_et_al_keeps_it(text, title, journal, year):
    ref = parse(text)
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal
    assert ref.date is not None and ref.date.year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Brasil. Ministério da Saúde. VIGITEL Brasil 2013 [Internet]. 2014. 120 p. "
            "[citado em 2019 maio 21]. Disponível em: http://bvsms.saude.gov.br/vigitel_2013.pdf",
            2014,
        ),
        (
            "World Health Organization. World report 2015 [Internet]. Geneva: WHO; 2016 "
            "[cited 2020 Jan 3]. Available from: https://who.int/report",
            2016,
        ),
        (
            "Annual survey 2018 [online]. London: Office for National Statistics; 2019. "
            "Available from: https://ons.gov.uk/survey",
            2019,
        ),
    ],
)
def test_a_year_before_the_medium_is_the_titles(text, year):
    ref = parse(text)
    assert ref.date is not None and ref.date.year == year
    assert ref.medium is not None and ref.date.span.start > ref.medium.span.end


@pytest.mark.parametrize(
    ("text", "year", "title"),
    [
        (
            "Cho T T and Wu Y 2015 Influence of scandium on alloys J. Alloys Compd. 666 50-7",
            2015,
            "Influence of scandium on alloys",
        ),
        (
            "Brandt H et al 2020 Melt filtration of aluminium Light Met. 12 100-9",
            2020,
            "Melt filtration of aluminium",
        ),
    ],
)
def test_iop_year_after_the_names_is_still_the_date(text, year, title):
    ref = parse(text)
    assert ref.date is not None and ref.date.year == year
    assert ref.title is not None and ref.title.text.startswith(title)


@pytest.mark.parametrize(
    "text",
    [
        "Nakamura T et al. 2003 Milk of the giant panda. Compar. Biochem. Physiol. B 135, 439–448.",
        "Braceland M et al. 2013 The serum proteome of salmon. J. Proteomics 94, 423–436. "
        "(doi:10.1016/j.jprot.2013.10.016)",
        "Sela DA et al. 2008 The genome of Bifidobacterium infantis. Proc. Natl Acad. Sci. USA "
        "105, 18 964–18 969.",
    ],
)
def test_royal_society_year_after_et_al_is_the_date_when_no_other_follows(text):
    ref = parse(text)
    assert ref.date is not None and ref.date.year in (2003, 2013, 2008)
    assert ref.title is not None and not ref.title.text[:4].isdigit()
