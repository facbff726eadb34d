"""Elements a list's own style calls for that an entry leaves out (RL520-RL522).

The rules look at the whole list before they speak: a web page without a year is a fault only in
a list whose style dates its entries where Vancouver and author-date styles do (physics, IEEE and
ABNT lists often give a web page no year: a physics list is held to it where it dates another),
and a book without a place only where the list's books give one or its names are set out as
Citing Medicine sets them (APA 7 and MLA drop the place). A thesis set out as a book without its
mark gets a hint (RL522). `rules/format.py` exposes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    BOOKLIKE,
    UNTYPED,
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    Span,
    journals_named,
    list_rule,
    pattern,
)

from .publisher_names import NAMED_TWICE

# --- what marks a web document, and what dates it -------------------------------------------------

_ONLINE = pattern(
    r"\[\s*(?:Internet|online|En\s+l[ií]nea|on-?line)[^\]]*\]|\bAvailable\s*(?:from|at|online)?\s*:"
    r"|\bDispon[ií]ve(?:l|is)\b|\bDisponible\b|\bRetrieved\s+from\b|\bURL\b|\bOnline\b",
    re.I,
)
# a word one of `_ONLINE`'s forms holds, looked for first: most entries hold none
_ONLINE_WORDS = ("internet", "line", "availab", "dispon", "retrieved", "url")
_ADDRESS = pattern(r"<?(?:https?://|www\.)\S+", re.I)
# the access note: its wording, then the date it names (its year ends it)
_ACCESS_WORD = (
    r"(?:\bcited\b|\baccessed\b|\bacesso\b|\bacessado\b|\bconsultado\b|\bcitado\b"
    r"|\bretrieved\b|\bvisited\b|\bdownloaded\b|\babgerufen\b|\bzugegriffen\b"
    r"|\bconsult[ée]\b|\bacc[eè]s\b)"
)
_ACCESS_WORDING = pattern(_ACCESS_WORD, re.I)
_MONTH = (
    r"(?:jan|feb|fe[vb]|f[ée]v|m[aä]r|apr|abr|avr|ma[iy]|jun|jui|jul|aug|ago|ao[uû]|sep|set|oct"
    r"|out|okt|nov|de[cz]|d[ée]c|dic|ene|gen)[^\W\d]{0,7}\.?"
)
_ACCESS = pattern(
    _ACCESS_WORD + r"(?:\s+(?:on|em|en|el|le|am|in))?\s*:?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th|º)?\.?[\s./-]+)?(?:" + _MONTH + r",?[\s./-]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?[\s./-]+)?\d{4}\b",
    re.I,
)
# a year the work itself was published, copyrighted or updated in: 1500 to today's next year
_YEAR = pattern(r"(?<!\d)(?:[c©]\s?)?(1[5-9]\d\d|20\d\d)(?![\d])", re.I)
# "no date" printed: n.d., [date unknown], s.d., s/d, Spanish s/f and s.f. (sin fecha), sem
# data, o.J., b.r.
_NO_DATE = pattern(
    r"\bn\.\s?d\.|\(n\.?d\.?\)|\[\s*(?:date\s+unknown|no\s+date|n\.?d\.?|s\.?\s?[df]\.?|s/[df]"
    r"|sin\s+fecha|sem\s+data|undated)\s*\]|\bs\.\s?[df]\.|\bs/[df]\b|\bsem\s+data\b"
    r"|\bsin\s+fecha\b"
    r"|\bo\.\s?J\.|\bundated\b|\bdate\s+unknown\b"
    r"|[.,]\s+(?:to\s+appear|forthcoming|in\s+press)[.,]\s"  # not yet out: no year yet
    r"|(?-i:[(\[]\s*b\.\s?[rd]\.\s*[)\]])",  # Polish `(b.r.)`, `[b.d.]`: bez roku, bez daty
    re.I,
)


def _masked(ref: Reference) -> str:
    """The entry's text with its addresses and access notes blanked: years there do not date the
    work (a URL's path or an access date says nothing of when the page was published)."""
    chars = list(ref.text)
    spans = [u.span for u in ref.urls]
    note = ref.access_note
    if note is not None:  # from its wording on: "[updated 2021 Jan 8; cited ...]" keeps 2021
        wording = _ACCESS_WORDING.search(note.text)
        spans.append(Span(note.span.start + (wording.start() if wording else 0), note.span.end))
    spans += [Span(*m.span()) for m in _ADDRESS.finditer(ref.text)]
    if _ACCESS_WORDING.search(ref.text):
        spans += [Span(*m.span()) for m in _ACCESS.finditer(ref.text)]
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
    return "".join(chars)


def is_web_document(ref: Reference) -> bool:
    """An entry read at an address: a URL, `[Internet]`, `Available from:`, `Disponível em:`."""
    if ref.kind is Kind.ARTICLE and ref.container and (ref.volume or ref.pages):
        return False  # a journal article with a link: RL501 asks for its year
    if ref.urls:
        return True
    text = ref.text.lower()
    return any(word in text for word in _ONLINE_WORDS) and _ONLINE.search(ref.text) is not None


# what every form of `_NO_DATE` holds, looked for first (lower case, spaces and stops as printed)
_NO_DATE_HINTS = (
    "n.d",
    "n. d",
    "s.d",
    "s. d",
    "s/d",
    "s/f",
    "s.f",
    "s. f",
    "o.j",
    "o. j",
    "unknown",
    "no date",
    "fecha",
    "sem data",
    "undated",
    "nd]",
    "nd)",
    "b.r.",
    "b. r.",
    "b.d.",
    "b. d.",
    "appear",
    "forthcoming",
    "press",
)


def has_publication_date(ref: Reference, this_year: int) -> bool:
    """Any year the work was published, copyrighted or updated in, or a printed 'no date'."""
    text = _masked(ref)
    low = text.lower()
    if any(hint in low for hint in _NO_DATE_HINTS) and _NO_DATE.search(text):
        return True
    return any(int(m.group(1)) <= this_year + 1 for m in _YEAR.finditer(text))


# --- how the list dates its entries ---------------------------------------------------------------

_AFTER_AUTHORS = pattern(r"\W{0,3}")  # "Mantegna RN (1999)": only brackets or stops between
_VOLUME_AFTER = pattern(r"[^;:,(]{0,12}[;:]")  # "2018;6:e902", "2013 Mar;29(3)", "2018 Mar:200"
# ABNT's year after the article's marked numbers (`v. 20, n. 40, p. 147-162, 2010.`, `p. 381-400,
# abr./jun. 2017.`): its lists are cited by author and year, as author-date ones are
_ABNT_MARKS_BEFORE = pattern(
    r"\b[vnp]\.\s*[\w\-/]+\s*,\s*(?:[A-Za-z]{3,5}\.?(?:/[a-z]{3,5}\.?)?,?\s+)?$"
)
MIN_DATED = 3  # dated journal articles a list needs before its style is judged
DATED_SHARE = 0.6


AUTHOR_DATE, VANCOUVER, BRACKETED = "author-date", "vancouver", "bracketed"
# the year in brackets after the volume and pages, as the physics styles print it: `Anal. Chem.
# 88, 320 (2015).`, `Combinatorica, 4 (1984), 373-395.`
_BRACKETED_YEAR = pattern(r"\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)")


def _where_dated(ref: Reference) -> str:
    """Where a journal article's year stands: right after the authors (author-date) or after
    ABNT's marked numbers (cited by author and year too), before the volume after a semicolon
    (Vancouver), or elsewhere (at the end: physics, IEEE)."""
    date = ref.date
    if date is None:
        return ""
    end = ref.et_al.span.end if ref.et_al else ref.authors_span.end if ref.authors_span else None
    if (
        end is not None
        and end <= date.span.start
        and _AFTER_AUTHORS.fullmatch(ref.text[end : date.span.start])
    ):
        return AUTHOR_DATE
    if _ABNT_MARKS_BEFORE.search(ref.text, 0, date.span.start):
        return AUTHOR_DATE  # ABNT's: cited by author and year
    if _VOLUME_AFTER.match(ref.text, date.span.end):
        return VANCOUVER
    if ref.volume is not None and ref.volume.span.end <= date.span.start:
        around = ref.text[max(0, date.span.start - 2) : date.span.end + 2]
        return BRACKETED if _BRACKETED_YEAR.search(around) else ""
    return ""


def dating_style(refs: Sequence[Reference]) -> str:
    """`AUTHOR_DATE` or `VANCOUVER` when most of the list's dated journal articles put the year
    where those styles do, both of which date every work; `BRACKETED` when they put it in
    brackets after the volume, as the physics styles do; "" otherwise."""
    dated = [r for r in refs if r.kind is Kind.ARTICLE and r.date is not None]
    if len(dated) < MIN_DATED:
        return ""
    where = [_where_dated(r) for r in dated]
    for style in (AUTHOR_DATE, VANCOUVER, BRACKETED):
        if where.count(style) >= DATED_SHARE * len(dated):
            return style
    if where.count(AUTHOR_DATE) + where.count(VANCOUVER) >= DATED_SHARE * len(dated):
        return VANCOUVER
    return ""


_PARTS = pattern(r"[.?!](?:\s+|$)")


# a public body's own word: the keeper of a site named after it
_KEEPER = pattern(
    r"\b(?:Department|Ministry|Agency|Office|Bureau|Administration|Authority|Commission|Council"
    r"|Institute|Organi[sz]ation|Centers?|Centres?|Service|Survey)\b"
)
_MAIN_WORD = pattern(r"\b[^\W\d_]{4,}")


def _named_by_title_alone(ref: Reference) -> bool:
    """A page set out as one name before its address ("The Materials Project. Available from:"),
    or as the body that keeps it and the site's name in capitals ("Department for Environment,
    Food and Rural Affairs. UK AIR Air Information Resource [Internet]."): a site's or
    database's home page, which numbered styles often date by the day it was read."""
    online = [m.start() for m in (_ONLINE.search(ref.text), _ADDRESS.search(ref.text)) if m]
    before = ref.text[ref.body_start : min(online) if online else len(ref.text)]
    parts = [part.strip() for part in _PARTS.split(before.strip()) if len(part.strip()) > 1]
    if len(parts) == 2 and _KEEPER.search(parts[0]):
        return all(word[0].isupper() for word in _MAIN_WORD.findall(parts[1]))
    return len(parts) <= 1


# AMA's access note: `Accessed April 18, 2018.`, the month spelt out. AMA dates a page by its
# published or updated date only where the page gives one, and has no "no date" mark: a page
# without a date is cited with its access date alone, which is AMA's form, not a fault.
_AMA_ACCESSED = pattern(
    r"(?<![^\s.])Accessed\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+\d{1,2},\s+\d{4}\b"
)


def _title_span(ref: Reference) -> Span:
    if ref.title is not None:
        return ref.title.span
    return Span(ref.body_start, len(ref.text))


@list_rule(
    code="RL520",
    name="web-document-undated",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A web document gives no year of publication",
)
def web_document_undated(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list that dates its works as Vancouver and author-date styles do, flags a web document
    (a URL, `[Internet]`, `Available from:`, `Disponível em:`) that gives no year of publication,
    copyright or update, and no "no date" mark either (`[date unknown]`, `n.d.`, `[s.d.]`).

    ## Why is this bad?
    The date the page was read (`[cited ...]`, `Accessed ...`, `Acesso em: ...`) is not when it was
    written: a reader cannot tell which version is meant, nor how old the evidence is. The styles
    ask for the year, or say plainly that there is none.

    ## Example
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
        3. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
        4. WHO. Immunization agenda [Internet]. [cited 2026 Nov 3]. Available from: https://who.int/a

    Use instead:
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
        3. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
        4. WHO. Immunization agenda [Internet]. 2020 [cited 2026 Nov 3]. Available from: https://who.int/a

    ## Limitations
    Years in the address and in the access note do not count; any other year does, also one in
    the title ("Annual report 2015"), so a page is never flagged when it may be dated. A list
    whose journal articles carry the year in brackets after the volume (`Anal. Chem. 88, 320
    (2015).`, the physics styles) is checked only where it dates one of its web documents
    itself: those styles often give a page no year. Lists whose articles carry it elsewhere
    (IEEE's at the end), or that have fewer than three dated journal articles to tell their
    style by, are not checked; ABNT's year after its marked numbers (`v. 20, n. 40, p. 147-162,
    2010.`) is checked, as its lists cite by author and year. In a Vancouver list a page
    named by one name alone before its address ("The Materials Project. Available from: ...", a
    site's home page), or by the body that keeps it and the site's name with every main word
    capitalised ("Department for Environment. UK AIR Air Information Resource [Internet]."), is
    left alone; in an author-date list, where the year is what the text
    cites, it is not. A page with AMA's access note (`Accessed April 18, 2018.`) in a Vancouver
    list is left alone too: AMA gives a page's own date only where it has one, and no "no date"
    mark. Journal articles with a link are RL501's.
    """
    style = dating_style(refs)
    if not style:
        return
    web = [r for r in refs if r.problem is None and is_web_document(r)]
    undated = [r for r in web if not has_publication_date(r, ctx.today.year)]
    if style == BRACKETED and len(undated) == len(web):
        return  # the physics styles often date no web page: only the list's own dated ones say
    for ref in undated:
        # a site's home page; a physics name's initials are no title's end (`A. Heeger, Title`)
        home = style == VANCOUVER or (style == BRACKETED and not ref.authors)
        if home and _named_by_title_alone(ref):
            continue
        if style != AUTHOR_DATE and _AMA_ACCESSED.search(ref.text):
            continue  # AMA's page with no date of its own: its access date alone
        yield Diagnostic(
            _title_span(ref),
            "web document has no year of publication; give the year it was published or last "
            "updated (or `[date unknown]`, `n.d.`): the date it was read does not date it",
            ref=ref,
        )


# --- books without a place of publication ---------------------------------------------------------

# words that name a publishing house, in the languages the grammar reads
_PUBLISHER = pattern(
    r"\b(?:Press|Verlag|Verlage|Publishers?|Publishing|Publications|Sons|Books|Editora|Editorial"
    r"|[ÉE]ditions?|Edi[çc][õo]es|Ediciones|Edizioni|Wiley(?:-\w+)?|Springer(?:-Verlag)?|Elsevier"
    r"|Routledge|Macmillan|McGraw-Hill|Prentice[- ]Hall|Addison-Wesley|Saunders|Mosby|Lippincott"
    r"|Thieme|Karger|Blackwell|Pearson|Academic Press|CRC|Sage|SAGE|Taylor\s*&\s*Francis|Guanabara"
    r"|Artmed|Manole|Atheneu)\b"
)
PUBLISHING_HOUSE = _PUBLISHER  # for RL501's reading of a place as the publisher
# a city and its state's two capitals or its country (`Brasília, DF`, `Hamburg, Germany`): a
# place, no house's name (RL501 reads it as the publisher's place with the publisher lost)
_REGION = (
    r"(?:[A-Z]{2}|UK|USA"
    r"|Germany|France|Italy|Spain|Portugal|Japan|China|India|Canada|Australia|(?:The\s+)?Netherlands"
    r"|Switzerland|Sweden|Norway|Denmark|Finland|Belgium|Austria|Singapore|England|Scotland|Brazil"
    r"|Brasil|Russia|Israel|Korea|Poland|Nigeria|Kenya|Ghana|Egypt|South\s+Africa|Mexico|Argentina"
    r"|Chile|Pakistan|Bangladesh|Iran|Turkey|Greece|Ireland|New\s+Zealand|Malaysia|Thailand)"
)
_CITY = r"[A-ZÀ-Ý][^\W\d_]+(?:[ -](?:d[aeo]s?\s)?[A-ZÀ-Ý][^\W\d_]+){0,3}"
CITY_AND_REGION = pattern(_CITY + r",\s*" + _REGION)
# ... and a state and its country after the city (`Wayne, PA, USA`)
_CITY_STATE_COUNTRY = pattern(_CITY + r",\s*[A-Z]{2},\s*" + _REGION)
# what a publisher's name may hold: no digits, not too long
_NAME = pattern(r"[^\W\d][^\d;:()\[\]]{1,80}?")
_LAST_PART = pattern(r"(?:^|[.?!]\s+)(?P<name>[^.?!]*?(?:\s&\s[^.?!]*?)?)\s*\.?\s*$")
# court cases, statutes, reports, theses, software and data: no place is asked of these here
_NOT_A_BOOK = pattern(
    r"\sv\.?\s|\bU\.\s?S\.(?:C\.)?|\bS\.\s?Ct\.|\bF\.\s?(?:2d|3d|4th|Supp)|\bStat\.|§"
    r"|\bPub(?:lic)?\.?\s+L(?:aw)?\.?\s|\bAct\b|\bLei\b|\bDecreto\b|\bPortaria\b|\bResolu[çc][ãa]o\b"
    r"|\bReports?\b|\bTech\.\s*Rep\b|\bWorking\s+paper|\bThesis\b|\bDissertation|\bTese\b|\bDisserta[çc][ãa]o"
    r"|\bMonografia|\bdoctoral\b|\bPh\.?\s?D\b|\bmaster'?s\b|\bStandard\b|\bpatent\b"
    r"|\bsoftware\b|\bprogram(?:me)?\b|\bpackage\b|\bversion\b|\bstatistical\s+computing\b"
    r"|\bdata\s?(?:set|base)s?\b|\bDryad\b|\bZenodo\b|\bfigshare\b"
    r"|\[\s*(?:computer\s+)?(?:software|data|program|dataset)",
    re.I,
)
# a "publisher" that is a journal's, a newspaper's or a meeting's name: not a book's house
_SERIAL_OR_MEETING = pattern(
    r"\b(?:J|Journal|Rev|Revista|Acta|Ann|Annals|Bull|Bulletin|Proc|Proceedings|Trans|Lett"
    r"|Letters|Arch|Conference|Congress|Symposium|Workshop|Meeting|Times|Post|News|Daily|Gazette"
    r"|Herald|Tribune|Magazine|Newsletter)\b"
)
# a colon just before the publisher (its initials apart): a place the grammar did not take as one
_PLACE_BEFORE = pattern(r":\s*(?:[A-Z]\.\s*)*$")
_PLACE_AND_HOUSE = pattern(
    r"(?:^|[.?!]\s+)[^\W\d][^\d:;.?!()]{1,40}:\s*(?P<name>[^\W\d][^\d;:()\[\]]{1,80}?)"
    r"(?:[,;]\s*(?:1[5-9]|20)\d\d)?\s*\.?\s*$"
)
# the place after the publisher, as ASM and some sciences print it (`1st ed. Elsevier, Amsterdam.`,
# `ASM Press, Washington, DC.`): one to three capitalised words after the house's comma, perhaps a
# state or country after them; a company's legal form (`Wiley & Sons, Inc.`) is no place
_PLACE_AFTER = pattern(
    r",\s*(?!(?:Inc|Ltd|LLC|Co|Corp|Corporation|Company|GmbH|Limited|AG|SA|S\.A|BV|plc|KG|Pty)\b)"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:,\s*(?:[A-Z]{2,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?\.?\s*$"
)
_VANCOUVER_NAME = pattern(r"[^\W\d](?:[\w' -]|’{1})*\s[A-Z]{1,4}")
MIN_NAMES = 5
NAME_SHARE = 0.8


def _named_publisher(ref: Reference) -> Span | None:
    """An entry the grammar could not type that ends with a publisher's name alone
    ("... Title. Cambridge University Press."), or with the year in brackets after it as the
    physics styles print it (`Title. SIAM Publications, (2000).`) or after a comma as ABNT does
    (`Title. Springer, 2018.`): that name's span. A name
    printed twice (`SIAM Publications, SIAM`, RL568's) is taken once."""
    if ref.kind not in UNTYPED or ref.container or ref.volume or ref.pages:
        return None
    end = len(ref.text)
    if ref.text.rstrip(" .").endswith(")") and (year := _YEAR_CLOSING.search(ref.text)):
        end = year.start()
    elif (year := _YEAR_AFTER_COMMA.search(ref.text)) is not None:
        end = year.start()  # ABNT's `Title. Peking University Press, 2018.`, its place lost
    title = ref.title
    if title is not None and (house := _HOUSE_CLOSING_TITLE.search(title.text)) is not None:
        # `Title, McGraw-Hill.`: the house run into the title after a comma, nothing after it
        name = house.group("name")
        at = title.span.start + house.start("name")
        alone = not ref.text[title.span.end : end].strip(" .")
        if alone and _PUBLISHER.search(name) and not _GENERIC_HOUSE.fullmatch(name):
            return Span(at, at + len(name))
    found = _LAST_PART.search(ref.text, title.span.end if title else ref.body_start, end)
    if found is None:
        return None
    name = found.group("name").strip()
    start = found.start("name") + (len(found.group("name")) - len(found.group("name").lstrip()))
    if (twice := NAMED_TWICE.fullmatch(name)) is not None:
        name = name[: twice.start("again")]
    if not _NAME.fullmatch(name) or not _PUBLISHER.search(name):
        return None
    if _GENERIC_HOUSE.fullmatch(name):
        return None  # `Oxford Univ. Press`, cut at its abbreviation, or a name lost but its word
    return Span(start, start + len(name))


# a house's name closing a title after a comma (`The nature of human intelligence, McGraw-Hill`)
_HOUSE_CLOSING_TITLE = pattern(r",\s*(?P<name>[A-Z][^\d,.;:?!()\[\]]{1,60}?)\s*$")
# a publishing house's word alone, no house's name
_GENERIC_HOUSE = pattern(r"(?:Press|Publishers?|Publishing|Publications|Books)\.?")


# the year in brackets closing an entry, a comma perhaps before it (`SIAM, (2003).`)
_YEAR_CLOSING = pattern(r",?\s*\((?:1[5-9]|20)\d\d[a-z]?\)\.?\s*$")
# the year after a comma closing the entry, as ABNT's imprint ends (`Publisher, 2018.`)
_YEAR_AFTER_COMMA = pattern(r",\s*(?:1[5-9]|20)\d\d[a-z]?\.?\s*$")


# ACS's book after its title's semicolon: `Title; Publisher: Place, Year.` or, without its place,
# `Title; Publisher, Year.`; the publisher holds no digit and no mark of another element
_SEMICOLON_HOUSE = pattern(
    r";\s*(?P<name>[^\W\d][^\d;:()\[\]]{1,80}?)(?P<place>:\s*[^\W\d][^\d;:()\[\]]{1,60}?)?"
    r",\s*(?:1[5-9]|20)\d\d[a-z]?\.?\s*$"
)


_ABBREVIATED_WORD = pattern(r"\w\.(?:\s|$)")


def _semicolon_house(ref: Reference) -> re.Match[str] | None:
    """ACS's `Title; Publisher[: Place], Year.` ending an entry the grammar could not type, after
    its names (whose own semicolons come before)."""
    if ref.kind not in UNTYPED or ref.authors_span is None or ref.problem is not None:
        return None
    if ref.container or ref.volume or ref.pages or ref.urls or ref.doi:
        return None
    found = _SEMICOLON_HOUSE.search(ref.text, ref.authors_span.end)
    if found is None or _ABBREVIATED_WORD.search(found.group("name")):
        return None  # `J. Chem. Eng.`: an abbreviated journal's words, not a house
    return found


def _read_online(ref: Reference) -> bool:
    """A web document, not a book or chapter whose only link is its DOI's (`https://doi.org/...`):
    the DOI names the work, as printed, not a page."""
    if ref.doi is not None and ref.urls and all("doi.org/" in url.text for url in ref.urls):
        text = ref.text.lower()
        return any(word in text for word in _ONLINE_WORDS) and _ONLINE.search(ref.text) is not None
    return is_web_document(ref)


_DATA_WORD = pattern(r"(?i)data\s?(?:set|base)s?")


def _not_a_book(ref: Reference) -> bool:
    """A case, statute, report, thesis, software or data set by its words; a data set's word in
    a title (`Dataset Search`) names the subject of a book or chapter, not its kind."""
    title = ref.title.span if ref.title is not None else None
    for found in _NOT_A_BOOK.finditer(ref.text):
        in_title = title is not None and title.start <= found.start() < title.end
        if not (in_title and _DATA_WORD.fullmatch(found.group())):
            return True
    return False


def _house_named(ref: Reference) -> bool:
    """A place and a publisher read, the publisher a name: a journal whose abbreviation lost its
    last period (`Acad. Sci 5 (1): 17–60.`) is read as a place and a "publisher" of numbers."""
    house = ref.publisher
    return ref.place is not None and house is not None and any(c.isalpha() for c in house.text)


def _place_and_house(ref: Reference) -> bool:
    """A work read with its place and publisher, not online."""
    return _house_named(ref) and ref.problem is None and not _read_online(ref)


def _house_read_as_book(ref: Reference) -> Span | None:
    """A chapter whose publishing house, closing the entry, was read as its book: Chicago's `In
    Book, edited by A. Editor, 667–82. Series. Springer. https://doi.org/...`, where the book's
    title stands before its editors. The house's span."""
    book = ref.container
    if ref.kind is not Kind.CHAPTER or ref.publisher is not None or book is None:
        return None
    if not ref.editors or ref.pages is None or ref.pages.span.start > book.span.start:
        return None
    name = book.text.strip()
    if not _PUBLISHER.search(name) or not _NAME.fullmatch(name) or _GENERIC_HOUSE.fullmatch(name):
        return None
    links = [link.span.start for link in (*ref.urls, ref.doi) if link is not None]
    rest = ref.text[book.span.end : min(links, default=len(ref.text))]
    return book.span if not rest.strip(" .") else None


def _book_without_place(ref: Reference) -> tuple[Span, bool] | None:
    """Where a book's missing place belongs (its publisher), and whether the publisher is a
    recognisable publishing house; None when `ref` is not a book lacking its place."""
    if ref.problem is not None or ref.place is not None:
        return None
    found: tuple[Span, bool] | None = None
    if ref.kind in (*BOOKLIKE, Kind.CHAPTER) and ref.publisher is not None:
        name = ref.publisher.text
        if _GENERIC_HOUSE.fullmatch(name):
            return None  # `Oxford Univ. Press` read from its abbreviation's period on
        if _PLACE_BEFORE.search(ref.text, 0, ref.publisher.span.start):
            return None  # "New York: W. H. Freeman": the place is there, read as the title's
        house = bool(_PUBLISHER.search(name))
        if not _NAME.fullmatch(name.strip()):
            return None
        if not house and (
            CITY_AND_REGION.fullmatch(name.strip()) or _CITY_STATE_COUNTRY.fullmatch(name.strip())
        ):
            return None  # `Hamburg, Germany; 1996`: the place is there, the publisher is not
        if not house and (_SERIAL_OR_MEETING.search(name) or journals_named(name)):
            return None
        found = ref.publisher.span, house
    elif (read_as_book := _house_read_as_book(ref)) is not None:
        found = read_as_book, True
    elif (named := _named_publisher(ref)) is not None:
        found = named, True
    elif (acs := _semicolon_house(ref)) is not None and acs.group("place") is None:
        found = Span(acs.start("name"), acs.end("name")), bool(_PUBLISHER.search(acs["name"]))
    if found is None or _read_online(ref) or _not_a_book(ref):
        return None
    if _gives_place_after(ref.text[found[0].start : found[0].end]):
        return None
    if ref.doi is not None and ref.kind in UNTYPED:
        return None
    return found


def _gives_place_after(name: str) -> bool:
    """`Elsevier, Amsterdam`: a publishing house, then its place after a comma."""
    after = _PLACE_AFTER.search(name)
    if after is None or _PUBLISHER.search(after.group()):
        return False
    return bool(_PUBLISHER.search(name, 0, after.start()))


def _gives_place(ref: Reference) -> bool:
    """A book with its place: read so by the grammar, or ending `Place: Publishing House.`"""
    if _read_online(ref) or ref.problem is not None:
        return False
    if ref.kind in (*BOOKLIKE, Kind.CHAPTER):
        return _house_named(ref)
    if ref.kind not in UNTYPED or ref.container or ref.volume:
        return False
    acs = _semicolon_house(ref)
    if acs is not None and acs.group("place") is not None:
        return True
    end = _PLACE_AND_HOUSE.search(ref.text)
    return end is not None and bool(_PUBLISHER.search(end.group("name")))


def names_as_citing_medicine(refs: Sequence[Reference]) -> bool:
    """Most personal names are a family name and bare initials ("Anderberg MR"), as Citing
    Medicine and the ICMJE styles write them; those styles always give a book's place."""
    names = [a.text for r in refs for a in r.authors if not a.is_group]
    if len(names) < MIN_NAMES:
        return False
    vancouver = sum(bool(_VANCOUVER_NAME.fullmatch(n.strip())) for n in names)
    return vancouver >= NAME_SHARE * len(names)


@list_rule(
    code="RL521",
    name="book-without-place",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A book names its publisher but not the place of publication",
)
def book_without_place(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a book that names its publisher but not the place of publication, in a list whose style
    gives the place: most of its other books give one, or its names are set out as Citing
    Medicine sets them (`Anderberg MR`), whose books always give a place. The message asks for
    the place where the list's other books print it: before the publisher (`Place: Publisher`),
    or after it where most of them print it so (`Elsevier, Amsterdam`, as ASM does). ACS's
    books, which the grammar does not type, are read by their ending: `Title; Publisher: Place,
    Year.` gives the place, `Title; Publisher, Year.` does not.

    ## Why is this bad?
    Vancouver, Harvard, APA 6, IEEE and the physics styles set a book out as `Place: Publisher;
    Year`; without the place the entry is incomplete, and houses of one name in two countries
    cannot be told apart.

    ## Example
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
        3. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
        4. Anderberg MR. Cluster analysis for applications. Academic Press; 1973.

    Use instead:
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
        3. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
        4. Anderberg MR. Cluster analysis for applications. New York: Academic Press; 1973.

    ## Limitations
    An entry counts as a book when the grammar reads one (`Publisher; Year`) or when it ends with a
    publishing house's name (`Cambridge University Press.`, `John Wiley & Sons.`, `SAGE.`), also
    run into the title after a comma (`The nature of human intelligence, McGraw-Hill.`). A
    chapter in Chicago's form (`In Book, edited by A. Editor, 667–82. Series. Springer.`) is
    measured against the list's books, chapters and proceedings papers (`In Proceedings ..., 1–9.
    New York: ACM.`), which give their book's place as a chapter does; a book's DOI link does not
    make it a web document, nor a title's word (`Dataset Search`) a data set. Court cases,
    statutes, reports, theses, software, data sets and web documents are left alone, and so are
    lists whose books mostly give no place and whose names are not in Citing Medicine's form
    (APA 7 and MLA drop the place). A list set in APA 7 (its years as APA prints them,
    `(2019).` after the names, and most of its DOIs as `https://doi.org/` links) is never asked
    for places, whatever some of its books print, nor is a list in AMA's 11th edition (AMA's
    `Accessed May 3, 2020`, `In: Moe M, ed.` or `Springer; 2015:1-20` in two entries, and none
    of Citing Medicine's `[cited ...]`, `Available from:`, `editors.`), which names people as
    Citing Medicine does but gives no place, unless its books mostly give one. A book whose
    "publisher" is a place the list's other books give (`5a ed. Brasília; 2012.`: the publisher
    is what is missing) or a city with its state or country (`Wayne, PA, USA; 2013.`), or whose
    place stands before the publisher with a semicolon for the colon (`São Paulo; Martins
    Fontes;`), is left alone. Whatever the list's other books do, a book whose publisher the
    list prints elsewhere after its place (`Berlin, Boston: De Gruyter Saur`) is asked for it.
    """
    if apa_seventh(refs):
        return  # APA 7 drops the place: a book that gives one is the odd one out
    places = sum(_gives_place(r) for r in refs)
    missing = [(r, found) for r in refs if (found := _book_without_place(r)) is not None]
    if missing:
        known = {" ".join(r.place.text.split()) for r in refs if r.place is not None}
        missing = [(r, found) for r, found in missing if not _place_known(r, found[0], known)]
    by_books = places >= 1 and places >= len(missing)
    # a chapter is measured against the list's chapters and proceedings papers too, which give
    # their book's place as a chapter does (`In Proceedings ..., 1–9. New York: ACM.`)
    parts = places + sum(r.kind is Kind.CONFERENCE and _place_and_house(r) for r in refs)
    by_parts = parts >= 1 and parts >= len(missing)
    by_style = names_as_citing_medicine(refs) and not ama_eleventh(refs)
    housed = _houses_with_places(refs)
    if not (by_books or by_parts or by_style or housed):
        return
    after = _place_after_publisher(refs)
    for ref, (span, _house) in missing:
        house = ref.text[span.start : span.end]
        placed = housed.get(" ".join(house.split()))
        if placed is None and not (by_books or by_style or (by_parts and ref.kind is Kind.CHAPTER)):
            continue
        where, example = ("after", f"{house}, Place") if after else ("before", f"Place: {house}")
        if _semicolon_house(ref) is not None:  # ACS's `Publisher: Place, Year`
            where, example = "after", f"{house}: Place"
        message = f"give the city {where} the publisher (`{example}`)"
        if placed is not None:
            message = f"the list's other entries print this publisher with its place (`{placed}`)"
        yield Diagnostic(span, f"book has no place of publication; {message}", ref=ref)


# APA's year: in brackets right after the names, a period after it (`Lee, A., & Kim, B. (2019).`,
# `(2020, May 3).`); Harvard's has none after the bracket (`Lee, A. (2019) Title`)
_APA_YEAR = pattern(r"\s*\(\s*(?:1[5-9]|20)\d\d[a-z]?(?:,\s*[^()]{1,20})?\s*\)\.")
_APA7_DOI = pattern(r"(?i)https?://doi\.org/")


def apa_seventh(refs: Sequence[Reference]) -> bool:
    """Whether the list is set in APA 7, which gives a book no place: most dated entries print
    the year as APA does, and its DOIs are links (`https://doi.org/...`), APA 7's form where APA 6
    wrote `doi:` or `http://dx.doi.org/`."""
    dated = [r for r in refs if r.date is not None and r.authors_span is not None]
    if len(dated) < MIN_DATED:
        return False
    apa = sum(
        bool(_APA_YEAR.match(r.text, r.authors_span.end))
        for r in dated
        if r.authors_span is not None
    )
    if apa < DATED_SHARE * len(dated):
        return False
    markers = [r.doi_marker.text for r in refs if r.doi_marker is not None]
    return bool(markers) and sum(bool(_APA7_DOI.match(m)) for m in markers) > len(markers) / 2


# AMA's own marks: a chapter's editors `ed.`/`eds.` after the names, a chapter's pages after the
# year's colon (`Springer; 2015:1-20`), and the access note `Accessed May 3, 2020`
_AMA_EDITORS = pattern(r"\bIn:\s[^.;]{2,200}?,\s(?:ed|eds)\.\s")
_AMA_CHAPTER_PAGES = pattern(r";\s?(?:1[5-9]|20)\d\d:\s?[A-Za-z]?\d+[-–]\d+\.?\s*$")
# Citing Medicine's own: `[cited ...]`, `Available from:`, a chapter's `editor(s).`
_CITING_MEDICINE_MARKS = pattern(r"\[cited\b|\bAvailable\s+from:|,\s(?:editors?)\.\s")
MIN_AMA_MARKS = 2


def ama_eleventh(refs: Sequence[Reference]) -> bool:
    """Whether the list is set in AMA's 11th edition, which names its books in Citing Medicine's
    way (`Smith A`) but gives no place (`Springer; 2015.`): AMA's marks in two entries at least
    (`Accessed May 3, 2020`, `In: Moe M, ed.`, `Springer; 2015:1-20`) and none of Citing
    Medicine's own (`[cited ...]`, `Available from:`, `editors.`)."""
    marks = 0
    for ref in refs:
        text = ref.text
        if _CITING_MEDICINE_MARKS.search(text):
            return False
        marks += bool(
            _AMA_ACCESSED.search(text)
            or _AMA_EDITORS.search(text)
            or _AMA_CHAPTER_PAGES.search(text)
        )
    return marks >= MIN_AMA_MARKS


def _place_known(ref: Reference, publisher: Span, known: set[str]) -> bool:
    """Whether the book's place is there after all, by the places the list's other books give:
    the "publisher" read is one of them (`5a ed. Brasília; 2012.`: the publisher is what is
    missing), or one of them stands before it with a semicolon for the colon (`São Paulo;
    Martins Fontes; 1994.`, another fault)."""
    if not known:
        return False
    if " ".join(ref.text[publisher.start : publisher.end].split()) in known:
        return True
    before = ref.text[: publisher.start].rstrip()
    if not before.endswith(";"):
        return False
    words = before[:-1].rstrip()
    return any(words.endswith(place) and not words[: -len(place)][-1:].isalnum() for place in known)


def _houses_with_places(refs: Sequence[Reference]) -> dict[str, str]:
    """The publishing houses the list's books, chapters and papers print after their place
    (`Berlin, Boston: De Gruyter Saur`), by name: a book of one of them without its place has
    lost it, whatever the list's other books do."""
    housed: dict[str, str] = {}
    for ref in refs:
        place, house = ref.place, ref.publisher
        if ref.kind not in (*BOOKLIKE, Kind.CHAPTER, Kind.CONFERENCE) or ref.problem is not None:
            continue
        if place is None or house is None or place.span.end > house.span.start:
            continue
        if not _PLACE_BEFORE.search(ref.text, 0, house.span.start):
            continue  # (`Place: House`, the colon the house's own)
        name = " ".join(house.text.split())
        if _PUBLISHER.search(name) or _NAME.fullmatch(name):
            housed.setdefault(name, f"{' '.join(place.text.split())}: {name}")
    return housed


def _place_after_publisher(refs: Sequence[Reference]) -> bool:
    """Whether the list's books mostly print the place after the publisher (`Elsevier,
    Amsterdam.`, as ASM does) rather than before it (`Amsterdam: Elsevier;`)."""
    before = after = 0
    for ref in refs:
        if is_web_document(ref) or ref.problem is not None:
            continue
        publisher, place = ref.publisher, ref.place
        if ref.kind in (*BOOKLIKE, Kind.CHAPTER) and publisher is not None:
            if place is not None:
                before += place.span.start < publisher.span.start
                after += place.span.start > publisher.span.start
            else:
                after += _gives_place_after(publisher.text)
        elif (named := _named_publisher(ref)) is not None:
            after += _gives_place_after(ref.text[named.start : named.end])
        elif _gives_place(ref):
            before += 1
    return after > before


# --- a thesis set out as a book -------------------------------------------------------------------

# a university or college itself, not its press or publishing house
_UNIVERSITY = pattern(
    r"\b(?:University|Universit[éàa]|Universidade|Universidad|Universit[äa]t|Universiteit|College"
    r"|Institute\s+of\s+Technology|Escola|Faculdade|Faculty)\b",
    re.I,
)
_THESIS_MARK = pattern(
    r"\b(?:thesis|theses|dissertation|disserta[çc][ãa]o|tese|tesis|th[èe]se|doctoral|doctorate"
    r"|doutorado|mestrado|Ph\.?\s?D|M\.?\s?Sc|master'?s|habilitation|monografia|TCC|m[ée]moire"
    r"|memoria|tesi|proefschrift|(?:Projekt|Diplom|Master|Bachelor|Magister|Haus|Abschluss)arbeit)\b",
    re.I,
)
# a body a university hosts, or teaching it issues, named with it: not the university itself
# (`Indiana University Linguistics Club`, `Center for Connected Learning ..., Northwestern
# University`, `Publications de l'Institut de Préhistoire de l'Université de Bordeaux`, a course's
# text)
_UNIT = pattern(
    r"\b(?:Club|Cent(?:er|re)|Centro|Institut[eo]?|Laborator(?:y|ies|ium|ire|io)|Publications?"
    r"|Series|S[ée]rie|Working\s+Papers?|cours|course|lecture)\b",
    re.I,
)


# a university's name closing the entry, before any address (IOP's `Paik C-H 1993 Title
# University of Illinois at Urbana-Champaign (https://...)`): one to eight words after it
_UNIVERSITY_LAST = pattern(
    r"\b(?:University|Universit[éàa]|Universidade|Universidad|Universit[äa]t|Universiteit)\b"
    r"(?:\s+(?:of|at|de|do|da|di|für|van)\b)?(?:[\s,-]+[^\W\d_][\w'’-]*){0,8}[\s,.]*$"
)
_ADDRESS_LAST = pattern(r"[\s(<]*(?:https?://|www\.)\S*[\s)>.]*$", re.I)


def _university_last(ref: Reference) -> Span | None:
    """The university named last in an entry read as neither book nor journal article: the
    only source it gives, with a link or nothing after it (IOP's thesis that lost `PhD thesis`)."""
    if ref.kind not in (*UNTYPED, Kind.WEBPAGE) or ref.problem is not None:
        return None
    if ref.container or ref.volume or ref.pages or ref.publisher or ref.doi or ref.access_note:
        return None
    end = len(ref.text)
    address = _ADDRESS_LAST.search(ref.text, ref.body_start)
    if address is not None:
        end = address.start()
    found = _UNIVERSITY_LAST.search(ref.text, ref.body_start, end)
    if found is None or _PUBLISHER.search(found.group()):
        return None
    return Span(found.start(), found.start() + len(found.group().rstrip(" ,.")))


def _thesis_publisher(ref: Reference) -> Span | None:
    """Where a book read as a thesis names its university: the publisher read, or the
    university named last in an entry of no other kind."""
    publisher = ref.publisher
    if ref.kind is Kind.BOOK and publisher is not None and ref.problem is None:
        if _UNIVERSITY.search(publisher.text) and not _PUBLISHER.search(publisher.text):
            return publisher.span
        return None
    return _university_last(ref)


def _reads_as_thesis(ref: Reference) -> bool:
    """One person's work published by a university, not its press, with no thesis mark."""
    if _thesis_publisher(ref) is None:
        return False
    people = [a for a in ref.authors if not a.is_group]
    if len(people) != 1 or len(ref.authors) != 1 or ref.et_al or ref.editors or ref.edition:
        return False
    if _THESIS_MARK.search(ref.text) or _NOT_A_BOOK.search(ref.text):
        return False
    return not _hosted_body(ref)


def _hosted_body(ref: Reference) -> bool:
    """Whether the university is named with a body it hosts or a course it teaches: the entry,
    from its title to the university's name, holds such a word."""
    span = _thesis_publisher(ref)
    if span is None:
        return False
    start = ref.title.span.start if ref.title is not None else ref.body_start
    return bool(_UNIT.search(ref.text, min(start, span.start), span.end))


@list_rule(
    code="RL522",
    name="thesis-unmarked",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="One author's work published by a university, not its press: an unmarked thesis?",
)
def thesis_unmarked(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Points at a book by one author whose publisher is a university itself, not its press
    (`Baltimore, MD: University of Maryland; 2001.`), and that carries no thesis mark
    (`[dissertation]`, `[master's thesis]`, `Tese [Doutorado]`): set out so, it is most often a
    thesis whose mark was lost. A hint, to be checked against the work.

    ## Why is this bad?
    Citing Medicine, APA and ABNT mark a thesis after its title, and a reader looks for it in a
    university's repository, not in a bookshop. Without the mark it passes for a book.

    ## Example
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Schmitt CL. Decision heuristics. Baltimore, MD: University of Maryland; 2001.

    Use instead:
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Schmitt CL. Decision heuristics [dissertation]. Baltimore: University of Maryland; 2001.

    ## Limitations
    Only entries the grammar reads as books are looked at, and entries of no other kind that name
    a university last, before any link (`Paik C-H 1993 Pitting corrosion University of Illinois
    at Urbana-Champaign (https://...)`, a thesis in IOP's form); works of more than one author,
    edited or in an edition, reports and works published by a university press are left alone, as
    are works marked in another language (`Mémoire`, `Projektarbeit`, `tesi`) and works of a body
    the university hosts or of a course it teaches (`Indiana University Linguistics Club`,
    `Center for Connected Learning ..., Northwestern University`, `Publications de l'Institut ...
    de l'Université de Bordeaux`, `Texte rédigé pour le cours ...`). Some
    universities publish books of one author themselves: the finding is an `info` hint.
    """
    for ref in refs:
        if _reads_as_thesis(ref) and (span := _thesis_publisher(ref)) is not None:
            name = ref.text[span.start : span.end]
            yield Diagnostic(
                span,
                f"one author's work published by `{name}`, not its press, reads as a "
                "thesis: if it is one, mark it after the title (`[dissertation]`, `[master's "
                "thesis]`)",
                ref=ref,
            )
