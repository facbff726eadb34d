"""What a DOI's own characters say about the work: volume, issue, first page, article number,
year, and whether it names a preprint, a chapter or a meeting abstract.

Most DOI suffixes are opaque, but some publishers build theirs from the citation itself. Each
family below reads only what its publisher's DOI form documents:

- MDPI (`10.3390/nu7010646`): the journal's code, the volume, a two-digit issue and the article
  number of four digits or more (the first page before the journal numbered its articles):
  Nutrients 2015;7(1):646-658, Cells 13(23):1976 for cells13231976.
- Copernicus (`10.5194/acp-12-345-2012`): journal, volume, first page and year, joined by
  hyphens (Atmos Chem Phys 12, 345-360, 2012); the journals publish each paper in the volume of
  its year.
- APS (`10.1103/PhysRevLett.77.3865`): journal, volume and the first page or article number
  (Phys Rev Lett 77, 3865; Phys Rev B 98, 045123).
- IOP before 2012 (`10.1088/0953-8984/14/11/302`): the journal's ISSN, volume, issue and first
  page or article number (J Phys Condens Matter 14(11), 302; J Phys Conf Ser 1234, 012001); in
  back issues a zero-led number of three figures, the article's place in the issue (`5/1/007`).
- The BMJ before 2008 (`10.1136/bmj.324.7337.573`): volume, issue and first page; since then
  the e-locator (`bmj.m1234`, BMJ 2020;368:m1234).
- SICI DOIs (`10.1002/(SICI)1097-0258(19990215)18:3<335::AID-SIM336>3.0.CO;2-Z`): the Serial
  Item and Contribution Identifier standard (ANSI/NISO Z39.56) writes the ISSN, the cover date,
  `volume:issue` and, after `<`, the first page.
- Nature Publishing Group's monthly journals from about 1998 to 2008 (`10.1038/nbt0102-87`): the
  journal's code, the issue's month and year (`0102`, January 2002) and, after the hyphen, the
  first page (Nat Biotechnol 2002;20(1):87-90).
- The article-number families of numbered_journals (PLOS, eLife, Frontiers, Hindawi, Cell
  Press, BMJ's open journals, EMBO, Wiley's e-locators, SAGE), each documented there.
- DOIs that carry the year they were registered (Frontiers `fimmu.2020.01234`, Springer Nature
  `s12889-020-09123-4`, Elsevier `j.cell.2019.01.001`, BMJ's `bmjopen-2017-015823`, Wiley's
  `adma.201904567` and AGU's `2004GL021450`, the year the manuscript was received): a work
  cannot be published before its DOI was registered, but may be published a year or more after
  (an article online in December, in an issue years later), so only an earlier printed year
  contradicts it.

Elsevier's PII DOIs (`10.1016/S0140-6736(20)30183-5`) are left out: the year in parentheses is
the year the item was registered, and back issues were given PIIs with later years, so it says
nothing certain about the printed year; the five digits after it are no page.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from refslint.api import pattern

from . import numbered_journals


class Encoded(NamedTuple):
    """What a DOI says. `volumes` holds the volumes a suffix may encode where its digits can be
    split more than one way (MDPI's, read with the printed volume); `registered` is the year the
    DOI was registered, which the printed year cannot precede."""

    family: str
    volumes: tuple[str, ...] = ()
    issue: str | None = None
    first: str | None = None  # first page or article number
    year: int | None = None  # the publication year itself
    registered: int | None = None
    # whether `first` is the first page of a page range too; MDPI's number is the first page
    # in some journals' paged years (Nutrients 2015;7(1):646-658) but not in others' (Curr
    # Issues Mol Biol 2024;46:8945-57 for cimb46080528), so only a lone number is compared
    ranges: bool = True


# MDPI: letters, then volume + two-digit issue + article number of four digits or more.
# Proceedings series (`proceedings2019013001`, `engproc2023059001`) put a year first: left out.
_MDPI = pattern(r"10\.3390/(?P<j>[a-z]+)(?P<n>\d{7,})", re.I)
# MDPI's journals publish at most 24 issues a year (semimonthly: Int J Mol Sci, Sensors,
# Molecules, Sustainability), which leaves one way to split most suffixes
_MDPI_ISSUES = 24
_YEAR_FIRST = pattern(r"(?:19|20)\d\d")
_COPERNICUS = pattern(r"10\.5194/[a-z]+-(?P<v>\d{1,3})-(?P<p>\d{1,6})-(?P<y>(?:19|20)\d\d)", re.I)
_APS = pattern(r"10\.1103/(?:PhysRev[A-Za-z]*|RevModPhys)\.(?P<v>\d+)\.(?P<p>\d+)")
_IOP = pattern(r"10\.1088/\d{4}-\d{3}[\dX]/(?P<v>\d+)/(?P<i>\d+)/(?P<p>[A-Z]?\d+)")
_IOP_SEQUENCE = pattern(r"0\d\d")
_BMJ_OLD = pattern(r"10\.1136/bmj\.(?P<v>\d{3})\.(?P<i>\d{4})\.(?P<p>\d+)", re.I)
_BMJ = pattern(r"10\.1136/bmj\.(?P<n>[a-z]\d{2,5})", re.I)
_NPG = pattern(r"10\.1038/[a-z]{2,6}(?:0[1-9]|1[0-2])(?P<yy>\d\d)-(?P<p>[a-z]?\d+)$", re.I)
_SICI = pattern(
    r"\(SICI\)\d{4}-\d{3}[\dX]\((?P<y>(?:1[89]|20)\d\d)\d*\)(?P<v>\d+):(?P<i>[\d/]+)<(?P<p>\d+)::",
    re.I,
)
# DOIs carrying the year they were registered
_REGISTERED = (
    pattern(r"10\.3389/f[a-z]+\.(?P<y>(?:19|20)\d\d)\.\d{5,7}", re.I),
    pattern(r"10\.(?:1007|1186|1038)/s\d{5}-(?P<yyy>0[0-9]\d)-", re.I),
    # `j.cell.2019.01.001` and, since about 2015, `j.jclepro.2019.118123`
    pattern(r"10\.1016/j\.[a-z]+\.(?P<y>(?:19|20)\d\d)\.(?:\d\d\.\d{3}|\d{6})$", re.I),
    pattern(r"10\.1136/[a-z]+-(?P<y>(?:19|20)\d\d)-\d{6}", re.I),
    # Wiley's manuscript numbers, the year they were received and five digits
    # (`adma.201904567`, `anie.202004240`)
    pattern(r"10\.1002/[a-z]+\.(?P<y>(?:19|20)\d\d)\d{5}$", re.I),
    # AGU's, the year the manuscript was received, the journal's two letters and six digits
    # (`10.1029/2004GL021450`, `10.1002/2014GL061038`)
    pattern(r"10\.(?:1029|1002)/(?P<y>(?:19|20)\d\d)[A-Z]{2}\d{6}$"),
)
_CREATION_NAMES = ("Frontiers", "Springer Nature", "Elsevier", "BMJ", "Wiley", "AGU")


def _mdpi(match: re.Match[str], volume: str | None) -> Encoded | None:
    if match["j"].lower() in {"proceedings", "books"} or match["j"].lower().endswith("proc"):
        return None
    digits = match["n"]
    if _YEAR_FIRST.match(digits) and volume != digits[:2]:
        return None  # a proceedings series's year first (Med Sci Forum's msf2022002001)
    splits = [
        (digits[:k], digits[k : k + 2], digits[k + 2 :])
        for k in range(1, len(digits) - 5)
        if digits[0] != "0" and 1 <= int(digits[k : k + 2]) <= _MDPI_ISSUES
    ]
    if not splits:
        return None
    volumes = tuple(v for v, _, _ in splits)
    chosen = [s for s in splits if s[0] == volume]
    if not chosen:
        return Encoded("MDPI", volumes)
    _, issue, number = chosen[0]
    return Encoded("MDPI", volumes, str(int(issue)), str(int(number)), ranges=False)


def _registered(doi: str) -> tuple[str, int] | None:
    for name, found in zip(_CREATION_NAMES, _REGISTERED, strict=True):
        if m := found.match(doi):
            year = m.groupdict().get("y") or f"2{m['yyy']}"
            return name, int(year)
    return None


# the registrant prefixes of every family above: any other DOI says nothing, and is passed over
# before the entry's volume and pages are read
_REGISTRANTS = (
    "3390", "5194", "1103", "1088", "1136", "1371", "7554", "3389",
    "1155", "1038", "1016", "15252", "1002", "1177", "1007", "1186",
)  # fmt: skip
PREFIXES = tuple(f"10.{n}/" for n in _REGISTRANTS)


def may_encode(doi: str) -> bool:
    return doi.startswith(PREFIXES) or "(SICI)" in doi.upper()


def read(doi: str, year: int | None, volume: str | None) -> Encoded | None:
    """What `doi` says of the work, read with the printed year and volume where its form needs
    them (PLOS's leading zeros, MDPI's split of volume and issue); None where it says nothing."""
    registered = _registered(doi)
    since = registered[1] if registered else None
    if m := _MDPI.match(doi):
        return _mdpi(m, volume)
    if m := _COPERNICUS.match(doi):
        return Encoded("Copernicus", (str(int(m["v"])),), None, m["p"], int(m["y"]))
    if m := _APS.match(doi):
        return Encoded("APS", (m["v"],), None, m["p"])
    if m := _IOP.match(doi):
        # (`/5/1/007`: a number of three figures led by a zero is the article's place in its
        # issue, as IOP numbered its back issues (Eur J Phys 5(1), 25-32), not its first page)
        first = None if _IOP_SEQUENCE.fullmatch(m["p"]) else m["p"]
        return Encoded("IOP", (m["v"],), str(int(m["i"])), first)
    if m := _BMJ_OLD.match(doi):
        return Encoded("BMJ", (m["v"],), str(int(m["i"])), m["p"])
    if m := _BMJ.match(doi):
        return Encoded("BMJ", first=m["n"])
    if m := _NPG.match(doi):
        yy = int(m["yy"])
        return Encoded("Nature", (), None, m["p"], (1900 if yy >= 90 else 2000) + yy)
    if m := _SICI.search(doi):
        issue = m["i"] if m["i"].isdigit() else None
        return Encoded("SICI", (m["v"],), issue, m["p"], int(m["y"]))
    told = numbered_journals.from_doi(doi, year, volume)
    if told is not None and told.number is not None and told.family != "MDPI":
        family = registered[0] if registered else told.family
        return Encoded(family, first=told.number, registered=since)
    if registered is not None:
        return Encoded(registered[0], registered=since)
    return None


# --- DOIs of another kind of work -----------------------------------------------------------

# Preprint servers' DOIs, each in the form its server issues (bioRxiv and medRxiv share 10.1101
# with Cold Spring Harbor's journals, whose suffixes start with letters: `gr.`, `gad.`)
PREPRINTS = (
    ("bioRxiv or medRxiv", pattern(r"10\.1101/(?:\d{6}|20\d\d\.\d\d\.\d\d\.\d+)(?:v\d+)?$")),
    ("Research Square", pattern(r"10\.21203/rs\.\d+\.rs-\d+", re.I)),
    ("Preprints.org", pattern(r"10\.20944/preprints\d+", re.I)),
    ("SSRN", pattern(r"10\.2139/ssrn\.\d+", re.I)),
    ("OSF Preprints", pattern(r"10\.3(?:1219|1234|1235|5542|1222|2942)/osf\.io/", re.I)),
    ("ChemRxiv", pattern(r"10\.26434/chemrxiv", re.I)),
    ("arXiv", pattern(r"10\.48550/arxiv\.", re.I)),
    ("Authorea", pattern(r"10\.22541/au\.", re.I)),
    ("ESS Open Archive", pattern(r"10\.1002/essoar\.", re.I)),
    ("EGUsphere", pattern(r"10\.5194/egusphere-", re.I)),
    # a Copernicus journal's discussion paper: journal, year and number (`hess-2019-123`), where
    # the final paper has journal, volume, first page and year (`hess-24-1234-2020`)
    ("Copernicus discussion paper", pattern(r"10\.5194/[a-z]+-(?:19|20)\d\d-\d+$", re.I)),
    ("TechRxiv", pattern(r"10\.36227/techrxiv\.", re.I)),
    ("SciELO Preprints", pattern(r"10\.1590/scielopreprints\.", re.I)),
)
# words by which an entry says it cites the preprint too
SERVER_WORDS = pattern(
    r"preprint|biorxiv|medrxiv|research\s?square|ssrn|osf|psyarxiv|socarxiv|chemrxiv|arxiv"
    r"|authorea|essoar|egusphere|techrxiv|scielo\s?preprints|preprints\.org|working\s?paper"
    r"|discuss|corr\b|in\s?review",
    re.I,
)


def preprint_server(doi: str) -> str | None:
    for name, form in PREPRINTS:
        if form.match(doi):
            return name
    return None


# A chapter's DOI: Wiley's `.ch2`, Springer's ISBN and `_7`, Oxford Scholarship's `.003.0004`
# (a book there ends `.001.0001`)
CHAPTER = pattern(
    r"10\.\d{4,9}/(?:\S+\.ch\d+|978-?\d[\d-]+_\d+|\S+\.003\.\d{4})$",
    re.I,
)
# A meeting abstract's DOI: AACR's (`10.1158/1538-7445.AM2022-5589`, `.SABCS19-GS1-01`: the
# meeting's letters run into its year) and ASCO's (`10.1200/JCO.2020.38.15_suppl.4000`); the
# abstract's number ends each
ABSTRACT = pattern(
    r"10\.1158/\d{4}-\d{3}[\dX]\.[a-z]+\d{2,4}-(?:[a-z0-9]+-)*?(?P<n>[a-z]*\d+)$"
    r"|10\.1200/jco\.\d{4}\.\d+\.\d+_suppl\.(?P<m>[a-z]*\d+)$",
    re.I,
)
# A journal article's DOI: the families above, Wiley's journal codes (`pam.4050050217`,
# `sim.1186`; its books start with an ISBN), Springer Nature's `s`-numbers, Elsevier's `j.`
JOURNAL_ARTICLE = pattern(
    r"10\.1002/[a-z]+\.\d{4,}$|10\.(?:1007|1186|1038)/s\d{5}-\d{3}-|10\.1016/j\.[a-z]+\.\d{4}\."
    r"|10\.1371/journal\.|10\.3389/f[a-z]+\.\d{4}\.|10\.1103/PhysRev|\(SICI\)",
    re.I,
)
