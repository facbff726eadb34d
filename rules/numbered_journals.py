"""Journals known to number their articles, told by the DOI or by the journal's name.

A page span from 1 (`1–17`) in such a journal is the PDF's own page count, not a place in the
volume. Each entry below was established from what the journal prints: article numbers printed
beside the same DOI form in the judged lists of tests/data (their SOURCES.md name each list),
and the recorded Crossref and OpenAlex answers in tests/data/api-responses (`article-number`,
`page`, `biblio`). A family goes in only where every example agrees; a journal that printed
pages before it numbered its articles goes in with the first year seen numbered, and is left
alone before it (a page span then may be the volume's first article).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from refslint.api import Pattern, journals_named, pattern
from refslint.api import journal_key as key

Derive = Callable[[re.Match[str], int | None, str | None], str | None]


class Family(NamedTuple):
    """DOIs of one publisher's numbered journals; `number` reads the article number from the DOI
    (with the entry's year and volume where the DOI alone is not enough), or is None where the
    DOI says only that the journal numbers its articles."""

    name: str
    doi: Pattern  # compiled on first use, and only for a DOI with the prefix it starts with
    number: Derive | None = None
    since: int = 0  # the first year (the DOI's own where it has one, else the entry's)

    @property
    def prefix(self) -> str:
        """The registrant prefix every DOI of the family starts with (`10.1371/`)."""
        return self.doi.pattern.split("/", 1)[0].replace("\\", "") + "/"


def _year(match: re.Match[str], group: str, year: int | None) -> int | None:
    found = match.groupdict().get(group)
    return int(found) if found else year


def _plos(match: re.Match[str], year: int | None, volume: str | None) -> str | None:
    # PLOS prints every digit from 2015 on (e0130620, pone.0130620, 2015; e0190158, 2018) and
    # dropped the leading zeros before (e54970 for pone.0054970, 2013; e106384, 2014; e33693 and
    # e30 in the recorded answers for 2012 and 2006)
    if year is None:
        return None
    digits = match["n"]
    return "e" + (digits if year >= 2015 else digits.lstrip("0"))


def _mdpi(match: re.Match[str], year: int | None, volume: str | None) -> str | None:
    # volume, a two-digit issue, then the article number: cells13231976 is 13(23):1976,
    # ijerph181910061 is 18(19):10061, children11050608 is 11(5):608, fishes7010034 is 7(1):34
    digits = match["n"]
    if volume is None or not volume.isdigit() or not digits.startswith(volume):
        return None
    rest = digits[len(volume) + 2 :]
    return str(int(rest)) if rest.isdigit() and int(rest) > 0 else None


def _stripped(match: re.Match[str], year: int | None, volume: str | None) -> str | None:
    return str(int(match["n"]))


def _e(match: re.Match[str], year: int | None, volume: str | None) -> str | None:
    return "e" + match["n"]


def _whole(match: re.Match[str], year: int | None, volume: str | None) -> str | None:
    return match["n"]


def _sage(match: re.Match[str], year: int | None, volume: str | None) -> str | None:
    # SAGE's e-locator is the DOI's suffix: 1010428318799255 (Tumour Biol, 2018),
    # 1533033819831068 (Technol Cancer Res Treat, 2019), 25151355241305856 (Ther Adv Vaccines
    # Immunother, 2024), each its journal's ISSN, the year's last two digits and six more
    # (seven in 25151355241305856, Ther Adv Vaccines Immunother 2024, printed whole)
    first = _SAGE_SINCE.get(match["issn"])
    if first is None or 2000 + int(match["yy"]) < first:
        return None
    return match["n"]


_SAGE_SINCE = {"10104283": 2018, "15330338": 2019, "25151355": 2024}
_MDPI = "cancers|cells|children|en|fishes|ijerph|ijms|molecules|nu|s|vaccines|cimb"  # cimb: below

FAMILIES: tuple[Family, ...] = (
    # PLOS: e-numbers in every list of tests/data and in the recorded answers
    Family("PLOS", pattern(r"10\.1371/journal\.p[a-z]{3,4}\.(?P<n>\d{7})", re.I), _plos, 2006),
    # eLife: e01567 (Crossref's article-number), e07957 in the judged bioRxiv list
    Family("eLife", pattern(r"10\.7554/elife\.(?P<n>\d{5,6})(?:\.\d+)?", re.I), _e),
    # Frontiers: 608975 for fonc.2020.608975, 27 for fphar.2016.00027, 263 for fimmu.2015.00263
    Family(
        "Frontiers",
        pattern(r"10\.3389/f[a-z]+\.(?P<y>\d{4})\.(?P<n>\d{5,7})", re.I),
        _stripped,
    ),
    # Hindawi: Article ID 6503162 for 10.1155/2016/6503162; 2377886 for 10.1155/are/2377886;
    # `vol. 2008, Article ID 341684` for 10.1155/2008/341684 in published lists
    Family(
        "Hindawi",
        pattern(r"10\.1155/(?:(?P<y>(?:19|20)\d\d)|[a-z]+)/(?P<n>\d{6,7})", re.I),
        _whole,
        2007,
    ),
    # Scientific Reports before its s41598 DOIs: 16696 (Crossref), 1665, 4589, 24356
    Family("Scientific Reports", pattern(r"10\.1038/srep(?P<n>\d{5})", re.I), _stripped),
    # Cell Press open journals: the six digits after the year (iScience 109546, Cell Rep Med
    # 101229, Cell Rep 110111, Cell Rep Methods 100357, Cell Genomics 100814 in OpenAlex's
    # biblio) or `e` and five (Heliyon e07706); Cell Reports' older DOIs (`2016.12.063`) are paged
    Family(
        "Cell Press",
        pattern(
            r"10\.1016/j\.(?:isci|heliyon|xcrm|celrep|xgen|crmeth)\.(?P<y>\d{4})\."
            r"(?P<n>e\d{5}|\d{6})",
            re.I,
        ),
        _whole,
    ),
    # BMJ's open journals: e015823 for bmjopen-2017-015823, e010565 for jitc-2024-010565,
    # e000776 for esmoopen-2020-000776 (Crossref); JITC before 2020 was BMC's (10.1186)
    Family(
        "BMJ",
        pattern(r"10\.1136/(?:bmjopen|jitc|esmoopen)-(?P<y>\d{4})-(?P<n>\d{6})", re.I),
        _e,
        2017,
    ),
    # EMBO J's six-digit DOIs: e109823 for embj.2021109823, e104569 for embj.2020104569,
    # e100986 for embj.2018100986 (2019;38(15)); embj.201696003 (five digits, 2017) was printed
    # 36:3012–28
    Family("EMBO Press", pattern(r"10\.15252/embj\.(?P<y>\d{4})(?P<n>\d{6})", re.I), _e, 2018),
    # Wiley's e-locators, `e` and the year's last two digits and five more: BioEssays
    # e1900022 (2019), Small e2004240 (2020), Adv Mater e2103258 (2021)
    Family(
        "Wiley",
        pattern(r"10\.1002/(?:bies|smll|adma)\.(?P<y>20\d\d)(?P<n>\d{5})", re.I),
        lambda m, year, volume: f"e{m['y'][2:]}{m['n']}",
        2019,
    ),
    Family(
        "SAGE",
        pattern(r"10\.1177/(?P<n>(?P<issn>\d{7}[\dX])(?P<yy>\d\d)\d{6,7})(?!\d)", re.I),
        _sage,
    ),
    # MDPI, from 2016: volume, issue, article number. Int J Mol Sci printed pages in 2015
    # (16:15659–69) and numbers in 2016 (17(9):1534 for ijms17091534), as did Molecules (21(1):64
    # for molecules21010064), Nutrients (nu8040211, 8(4):211), Sensors (s16091466, 16, 1466) and
    # Energies (en9090741, 9, 741) in published lists; CIMB was paged until 2024 (46:8945–57 for
    # cimb46080528) and numbered in 2025 (47:190)
    Family("MDPI", pattern(rf"10\.3390/(?P<j>{_MDPI})(?P<n>\d{{5,}})", re.I), _mdpi, 2016),
    # BMC and SpringerOpen: article numbers throughout (Mol Cancer 23:270, BMC Cancer 23:1090,
    # J Transl Med 21:225 ...), none of them in the DOI
    Family("BMC", pattern(r"10\.1186/", re.I)),
    # Nature Portfolio's open journals: Sci Rep 12:8470, Nat Commun 15:1632, Signal Transduct
    # Target Ther 10:78, NPJ Precis Oncol 7:69, Cell Discov 10:93, Oncogenesis 7:14, Cell Death
    # Dis 2019;10(4):284; the older ncomms and cddis DOIs too (Nat Commun 7:12459, 8:14754; Cell
    # Death Dis 2014;5:e1561); the Communications journals' (Biology s42003, Chemistry s42004,
    # Physics s42005, Materials s43246, Earth & Environment s43247)
    Family(
        "Nature Portfolio",
        pattern(
            r"10\.1038/(?:s41598|s41467|s41419|s41392|s41698|s41421|s41389|ncomms|cddis"
            r"|s42003|s42004|s42005|s43246|s43247)",
            re.I,
        ),
    ),
)

_CIMB_SINCE = 2025
_PREFIXED = tuple((family, family.prefix) for family in FAMILIES)


class Told(NamedTuple):
    """What the DOI says: the family, and the article number where the DOI gives it."""

    family: str
    number: str | None


def from_doi(doi: str, year: int | None, volume: str | None) -> Told | None:
    """The family of `doi` if it numbers its articles in `year` (the DOI's own year first)."""
    for family, prefix in _PREFIXED:
        if not doi.startswith(prefix):
            continue
        match = family.doi.match(doi)
        if match is None:
            continue
        when = _year(match, "y", year)
        since = _CIMB_SINCE if match.groupdict().get("j", "").lower() == "cimb" else family.since
        if since and (when is None or when < since):
            return None
        if family.name == "SAGE" and _sage(match, when, volume) is None:
            return None
        number = family.number(match, when, volume) if family.number is not None else None
        return Told(family.name, number)
    return None


# Journals by name, with the first year each is known to number its articles (0: always). The
# names are compared as the shipped journal lists compare them, in every form those lists know
# (`Mol. Cancer`, `Mol Cancer`, `Molecular cancer`); a form the lists lack is written out.
NAMES: dict[str, int] = {
    "PLoS ONE": 2006,
    "PLoS Medicine|PLoS Med": 2006,
    "PLoS Genetics|PLoS Genet": 2006,
    "PLoS Pathogens|PLoS Pathog": 2006,
    "PLoS Computational Biology|PLoS Comput Biol": 2006,
    "PLoS Neglected Tropical Diseases|PLoS Negl Trop Dis": 2007,
    "eLife": 0,
    "Scientific Reports": 0,
    "Nature Communications": 0,
    # Nature Portfolio's Communications journals, article-numbered from their first volumes
    # (Commun Biol 1:1 in 2018; Commun Earth Environ 1:1 in 2020); `Commun Med` is left out,
    # as Communication & Medicine (paged) is abbreviated alike
    "Communications Biology|Commun Biol": 0,
    "Communications Chemistry|Commun Chem": 0,
    "Communications Physics|Commun Phys": 0,
    "Communications Materials|Commun Mater": 0,
    "Communications Earth & Environment|Communications Earth and Environment"
    "|Commun Earth Environ": 0,
    "Cell Death & Disease|Cell Death and Disease|Cell Death Dis": 0,
    "Signal Transduction and Targeted Therapy|Signal Transduct Target Ther": 0,
    "Molecular Cancer": 0,
    "Cell Division|Cell Div": 0,
    "Journal of Translational Medicine|J Transl Med": 0,
    "Journal of Hematology & Oncology|J Hematol Oncol": 0,
    "Biomarker Research|Biomark Res": 0,
    "Heliyon": 0,
    "iScience": 0,
    "Cell Reports Medicine|Cell Rep Med": 0,
    "Frontiers in Immunology": 0,
    "Frontiers in Oncology": 0,
    "Frontiers in Microbiology": 0,
    "Frontiers in Pharmacology": 0,
    "Frontiers in Endocrinology|Front Endocrinol (Lausanne)": 0,
    "Frontiers in Bioengineering and Biotechnology": 0,
    "Frontiers in Cell and Developmental Biology": 0,
    "Frontiers in Genetics": 0,
    "Frontiers in Psychology": 0,
    "Frontiers in Neuroscience": 0,
    "Frontiers in Public Health": 0,
    "Frontiers in Plant Science": 0,
    "International Journal of Molecular Sciences": 2016,
    "International Journal of Environmental Research and Public Health": 2016,
    "Molecules": 2016,
    "Cancers": 2016,
    "Cells": 2016,
    "Vaccines": 2016,
    "Nutrients": 2016,
    "Sensors": 2016,
    "Energies": 2016,
    "Technology in Cancer Research & Treatment": 2019,
}
BMC_PREFIX = "bmc "  # BioMed Central's journals, all article-numbered from their first volume


@cache
def _keys() -> dict[str, int]:
    found: dict[str, int] = {}
    for names, since in NAMES.items():
        for name in names.split("|"):
            found[key(name)] = since
            for journal in journals_named(name):
                found.setdefault(key(journal.title), since)
    return found


def by_name(printed: str, year: int | None) -> bool:
    """Whether the journal printed as `printed` numbers its articles in `year`."""
    own = key(printed)
    if not own:
        return False
    keys = _keys()
    candidates = [own, *(key(j.title) for j in journals_named(printed))]
    if any(k.startswith(BMC_PREFIX) for k in candidates):
        return True
    for k in candidates:
        since = keys.get(k)
        if since is not None:
            return not since or (year is not None and year >= since)
    return False
