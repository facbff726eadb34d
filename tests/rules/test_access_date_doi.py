"""RL304 and a DOI: a work a DOI names is one fixed version, not web content that changes, so it
needs no access date, whatever kind the grammar gives it and however the DOI is written; a web
page or a work known only by its URL still does."""

from __future__ import annotations

import pytest


def _codes(found) -> list[tuple[str, int | None]]:
    return [(d.code, d.entry) for d in found]


@pytest.mark.parametrize(
    "entry",
    [
        # a DOI link where the grammar sees a web page (an APA proceedings paper)
        "Lee K, Park J. Grasping in clutter. In 2019 IEEE International Conference on Robotics "
        "and Automation (ICRA) (pp. 1120–1126). 2019. https://doi.org/10.1109/ICRA.2019.8793001",
        # a dataset's page with its DOI, labelled
        "Ortiz M. Soil cores of the Pampas [Internet]. Zenodo; 2022. doi: 10.5281/zenodo.1234567",
        # a report read on line, its DOI a resolver link without the scheme
        "World Bank. Water in the balance [Internet]. 2021. Available from: "
        "doi.org/10.1596/978-1-4648-0001-2",
        # a page of a work with a DOI, `DOI:` in capitals
        "Sato H. Lecture notes on sieves. Online notes. 2020. DOI: 10.1000/notes.42. "
        "https://example.org/sieves",
    ],
)
def test_a_work_with_a_doi_needs_no_access_date(lint, entry):
    assert lint(f"1. {entry}\n", select=["RL304"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        "MatBench. Available from: https://matbench.org/.",
        "World Health Organization. Hepatitis B fact sheet [Internet]. 2023. Available from: "
        "https://www.who.int/news-room/fact-sheets/detail/hepatitis-b",
        # known only by its URL (no DOI, volume, pages or publisher)
        "Sato H. Lecture notes on sieves. 2020. https://example.org/sieves",
        # a link that only looks like a DOI's (a site's path, not the resolver)
        "Example Org. Page about 10.1000 things. https://example.org/doi/about",
    ],
)
def test_a_web_page_without_a_doi_still_needs_one(lint, entry):
    assert _codes(lint(f"1. {entry}\n", select=["RL304"])) == [("RL304", 1)]


def test_a_web_page_with_an_access_date_and_a_doi_stays_quiet_as_before(lint):
    entry = (
        "1. Ortiz M. Soil cores [Internet]. 2022 [cited 2026 Oct 2]. "
        "Available from: https://doi.org/10.5281/zenodo.1234567\n"
    )
    assert lint(entry, select=["RL304"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        "Floor SN. 2017. tripseq-analysis. Github. 3e823ab. https://github.com/sfloor/tripseq",
        "Mittleman B. 2021. Comparative APA Analysis. Github. Afc57f4. "
        "https://github.com/bmittleman/Comparative_APA",
        "Mittleman B. 2021. tripseq-analysis. Software Heritage. "
        "swh:1:rev:3e823abcca5b8c1e5e89dd9bd4c49e8673b3e957. https://archive.softwareheritage.org/x",
    ],
)
def test_software_pinned_to_a_commit_needs_no_access_date(lint, entry):
    assert lint(f"1. {entry}\n", select=["RL304"]) == []


def test_software_without_its_commit_still_needs_one(lint):
    for entry in [
        "Floor SN. 2017. tripseq-analysis. Github. https://github.com/sfloor/tripseq",
        "Floor SN. 2017. tripseq-analysis. Github. 1234567. https://github.com/sfloor/tripseq",
    ]:
        assert _codes(lint(f"1. {entry}\n", select=["RL304"])) == [("RL304", 1)]


def test_a_package_release_names_a_fixed_version_as_a_doi_does(lint):
    entries = [
        "D. Celik and M. Tinic. InfoTrad: Calculates the probability of informed trading, 2017. "
        "URL https://cran.r-project.org/package=InfoTrad. R package version 1.2.",
        "A. Recktenwald. pinbasic: Fast estimation of the probability of informed trading, "
        "2018. URL https://cran.r-project.org/package=pinbasic. R package version 1.2.2.",
        # the same package with no release named is still asked its date
        "D. Vaughan. furrr: Apply mapping functions in parallel, 2022. "
        "https://github.com/DavisVaughan/furrr.",
    ]
    text = "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))
    assert [d.entry for d in lint(text, select=["RL304"])] == [3]


@pytest.mark.parametrize(
    "entry",
    [
        "Pollard T, Peru G. Introduction to neural networks (Version 0.1.0). "
        "https://github.com/carpentries-incubator/neural-python",
        "TEI Consortium. RomaJS. Version 1.3.3. n.d. GPL-3.0. https://github.com/TEIC/romajs.",
        "Bostroem A, Bekolay T (eds). Programming with Python. In GitHub. "
        "https://github.com/swcarpentry/python-novice-inflammation, 10.5281/zenodo.57492",
    ],
)
def test_a_release_or_a_bare_doi_names_a_fixed_version(lint, entry):
    assert lint(f"1. {entry}\n", select=["RL304"]) == []


def test_a_version_without_its_number_or_a_doi_in_the_link_still_needs_one(lint):
    for entry in [
        "TEI Consortium. RomaJS. Latest version. https://github.com/TEIC/romajs.",
        "TEI Consortium. RomaJS. Version 2. https://github.com/TEIC/romajs.",
        "Smith J. Data page. https://example.org/files/10.5281/page",
        # a release on the project's own site: the link shows only the latest
        "Stein WA. Sage Mathematics Software (Version 5.12). 2013. http://www.sagemath.org.",
    ]:
        assert _codes(lint(f"1. {entry}\n", select=["RL304"])) == [("RL304", 1)]


def test_a_short_doi_link_names_a_fixed_version_too(lint):
    entry = "1. Sato H. Lecture notes on sieves. Online notes. 2020. https://doi.org/10/gbrb4b\n"
    assert lint(entry, select=["RL304"]) == []


CHICAGO = [
    "Tilly, Charles, and Sidney Tarrow. Contentious Politics. Oxford: Oxford University Press, 2015.",
    "Granovetter, Mark S. “The Strength of Weak Ties.” American Journal of Sociology 78, no. 6 "
    "(1973): 1360–80.",
    "Ortiz, Maria. “Open Data Notes,” n.d. https://example.org/open-data.",
    "Lange, Martin. “Royalties in Practice,” n.d. https://example.org/royalties.",
    "Weber, Anna. “Repositories Compared,” n.d. https://example.org/repositories.",
    "Hall, Stuart. Representation. London: Sage, 1997.",
    "Jackson, Heather. Marginalia. New Haven: Yale University Press, 2001.",
]


def test_a_humanities_list_that_dates_none_of_its_pages_asks_none(lint):
    text = "References\n" + "".join(f"{e}\n" for e in CHICAGO)
    assert lint(text, select=["RL304"]) == []
    # where one page gives the date it was read, the list dates its pages: the others are asked
    dated = [*CHICAGO[:4], CHICAGO[4].replace("n.d. ", "n.d. Accessed May 3, 2024. "), *CHICAGO[5:]]
    text = "References\n" + "".join(f"{e}\n" for e in dated)
    assert _codes(lint(text, select=["RL304"])) == [("RL304", 3), ("RL304", 4)]
