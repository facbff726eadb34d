"""Decide what each piece of an entry is: title, journal, proceedings, publisher, dates, ids.

The grammar tells text from dates and notes; the order of the pieces tells their roles. A journal
article is anchored by its "year;volume:pages" block, a chapter or conference paper by its "In:"
marker, a preprint by its server name or "[Preprint]", a book by its "Place: Publisher; year".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.fragments import DASH, LOCATION
from refslint.grammar.transform import AuthorList, Part, with_tail
from refslint.model import Author, Field, Kind, Pages, PartialDate, Span

PREPRINT_SERVERS = patterns.compile(
    r"^(?:arXiv|bioRxiv|medRxiv|ChemRxiv|SSRN|Research Square|Preprints|OSF Preprints|TechRxiv"
    r"|EarthArXiv|SocArXiv|PsyArXiv|engrXiv)\b",
    re.IGNORECASE,
)
CONFERENCE_WORDS = patterns.compile(
    r"proceed|proc\b|conference|symposium|workshop|congress|meeting|colloquium|summit", re.I
)
# (`doi.org/10...` without its scheme is a DOI link too, printed short)
DOI_IN_URL = patterns.compile(r"^(?:https?://)?(?:dx\.)?doi\.org/(10\..+)$", re.IGNORECASE)
ARXIV_IN_URL = patterns.compile(
    r"arxiv\.org/(?:abs|pdf|html)/([a-z\-]+(?:\.[A-Z]{2})?/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?", re.I
)
ARXIV_IN_DOI = patterns.compile(r"^10\.48550/arXiv\.(.+)$", re.IGNORECASE)
ACCESS_WORDING = patterns.compile(
    r"[\[(,]?\s*(?:updated[^;\]]*;\s*)?((?:(?:last|date)\s+)?"
    r"(?:accessed|access(?=\s*:)|cited|viewed|retrieved|consulted)(?:\s+on)?)",
    re.IGNORECASE,
)
# the label, and a resolver address written after it ("doi: http://dx.doi.org/10..."): both mark
# the DOI, which is what follows
DOI_LABEL = patterns.compile(
    r"^\(?(?:doi|DOI)\s*:?\s*(?:[Hh][Tt][Tt][Pp][Ss]?://(?:dx\.)?doi\.org/)?"
)
ARXIV_LABEL = patterns.compile(r"^arXiv\s*:\s*", re.IGNORECASE)
EDITION = patterns.compile(
    r"^\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\b|^(?:Rev|Revised)\s+ed\b", re.I
)
DASH_SPLIT = patterns.compile(rf"\s*{DASH}\s*")
PLAIN_PAGE = patterns.compile(r"^[A-Za-z]?\d{1,4}$")
PAGE_NUMBER = patterns.compile(r"^([A-Za-z]*)(\d+)$")
# The section of a journal split in series: `Physical review. A`, `Acta Crystallogr. D`.
SECTION = patterns.compile(
    r"^(?:[A-H](?:[,:]\s.*)?|Section [A-H]|Supplementum|Supplement)$"  # "D, Society & space"
)
# A lone part number ("II. Taxonomy."): the end of a title in parts, never a journal's word.
PART_NUMBER = patterns.compile(r"^(?:[IVX]{1,4}|Part\s+\w+)$")
# Abbreviated words that a journal name goes on after ("IEEE Trans. Pattern Analysis ...").
JOURNAL_WORDS = frozenset(
    [
        "J",
        "Jour",
        "Trans",
        "Proc",
        "Rev",
        "Int",
        "Conf",
        "Ann",
        "Bull",
        "Res",
        "Lett",
        "Soc",
        "Sci",
        "Acad",
        "Natl",
        "Am",
        "Eur",
        "Arch",
        "Adv",
    ]
)
# Journals whose name starts in lower case; any other lower-case word after a period goes on a
# name cut at an abbreviation ("IEEE Trans. on Knowledge and Data Eng").
LOWER_CASE_JOURNALS = frozenset(("npj", "ecancermedicalscience"))
# A volume and its pages with no date before them, at the end of a stretch of text.
DATELESS_TAIL = patterns.compile(
    rf"(?:^|(?<=\s))(?P<volume>[A-Z]{{0,2}}\d{{1,5}}[A-Za-z]?)\s*(?:\((?P<issue>[^()\s][^()]{{0,20}})\))?"
    rf"\s*:\s*(?P<locator>{LOCATION})$"
)
LOCATOR_AT_END = patterns.compile(rf":\s*(?P<locator>{LOCATION})$")
# A month alone before a volume whose year stands elsewhere (`(2010) Title. Cleve Clin J Med. Mar
# 77(3): 207–13.`): no word of the journal's
MONTH_BEFORE_VOLUME = patterns.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?$"
)
SUPPLEMENT = patterns.compile(r"\b(?:Suppl(?:ement)?|Pt|Part)\.?\s*\d+")
# a year standing as one: not the number of a name (`IS1500`, an insertion sequence's)
ANY_YEAR = patterns.compile(r"(?<!\w)(?:1[5-9]|20)\d\d(?!\d)")
# "1992; p. 457-472": pages marked after the year's semicolon, a journal's pages printed as a
# book's; a book has its place and publisher there ("London: Wiley; 1992. p. 457").
MARKED_AFTER_SEMI = patterns.compile(r"\s*;\s*pp?\.\s*[A-Za-z]{0,3}\d")
MEDIUM_WORDS = patterns.compile(r"internet|preprint|online|serial|database", re.IGNORECASE)
# The kinds of part `identifiers` reads; it passes over the rest (text, dates, separators).
_IDENTIFYING = frozenset(("doi", "url", "arxiv", "pmid", "access", "bracket"))
# IEEE's title in quotation marks, the comma that closes it inside or outside them.
QUOTED_TITLE = patterns.compile(r'[“"](?P<title>[^“”"]*[^“”",.\s])[,.]?\s*[”"][,.]?\s*')
# A proceedings' name cut by its abbreviation's period (`Proc. of ISMIR`)
_CUT_PROCEEDINGS = patterns.compile(r"^(?:Proc|Conf|Symp)$")
_BIBTEX_PAGES = patterns.compile(rf",\s*pages?\s+(?P<pages>\d+(?:\s*{DASH}\s*\d+)?)$")
# Parts that keep a segment from being (part of) the title.
_NOT_TITLE = frozenset(("pub", "in", "access", "url"))


def sub(text: str, span: Span) -> Field:
    return Field(text[span.start : span.end], span)


def sub_after(text: str, part: Part, label: patterns.Pattern) -> Field:
    """The part's text after its label ("doi: 10.1/x" -> "10.1/x"), with the span to match."""
    cut = label.match(part.text)
    start = part.start + (cut.end() if cut else 0)
    return Field(text[start : part.end], Span(start, part.end))


def expand_pages(f: Field) -> Pages:
    return _pages(f, DASH_SPLIT.split(f.text, maxsplit=1))


def _pages(f: Field, parts: list[str]) -> Pages:
    """Pages from a field already split at its dash (at most one split)."""
    first = parts[0]
    if len(parts) == 1:
        return Pages(f.text, f.span, first)
    dash = f.text[len(first) : len(f.text) - len(parts[1])].strip()
    printed = parts[1]
    last = printed
    m1, m2 = PAGE_NUMBER.match(first), PAGE_NUMBER.match(printed)
    if m1 and m2 and (not m2[1] or m2[1] == m1[1]) and len(m2[2]) < len(m1[2]):
        last = m1[1] + m1[2][: len(m1[2]) - len(m2[2])] + m2[2]
    elif m1 and m2 and not m2[1]:
        last = m1[1] + m2[2]
    return Pages(f.text, f.span, first, last, printed, dash)


def _segments(parts: Sequence[Part]) -> list[list[Part]]:
    """The parts cut after each sentence end; a segment of nothing but separators is dropped."""
    segments: list[list[Part]] = []
    segment: list[Part] = []
    filled = False  # whether `segment` holds more than separators
    for part in parts:
        segment.append(part)
        if part.kind != "sep":
            filled = True
        else:
            if filled:
                segments.append(segment)
            segment, filled = [], False
    if filled:
        segments.append(segment)
    return segments


def _texts(segment: Sequence[Part]) -> list[Part]:
    return [p for p in segment if p.kind == "text"]


def _is_title_like(segment: Sequence[Part]) -> bool:
    """Some text, and no date block, "In:", access note or URL."""
    has_text = False
    for part in segment:
        if part.kind == "text":
            has_text = True
        elif part.kind in _NOT_TITLE:
            return False
    return has_text


# "and" in the languages of journal titles: the standard forms leave it out, so no piece of an
# abbreviation starts with it
_CONJUNCTIONS = frozenset({"and", "et", "und", "og", "och"})


def _abbreviation_piece(segment: Sequence[Part]) -> bool:
    """ "Phys", "Rev", "J Chem": a piece of a dotted ISO journal abbreviation, split at periods."""
    if len(segment) > 2 or segment[0].kind != "text":
        return False
    words = segment[0].text.split()
    if words and words[0].lower() in _CONJUNCTIONS:
        return False  # a plant's authority (`Boiss. Et Reut.`): no abbreviation starts so
    return 0 < len(words) <= 4 and all(
        (w[:1].isupper() and len(w) <= 12) or (len(w) <= 2 and w.isalpha() and w.islower())
        for w in words
    )  # "Interdiscip", and the particles of German and French abbreviations ("f.", "u.")


def _span_of(text: str, segments: Sequence[Sequence[Part]]) -> Field | None:
    """The text from the first to the last text part of some segments, keeping a closing ? or !."""
    pieces = [p for s in segments for p in s if p.kind in ("text", "bracket")]
    while pieces and pieces[-1].kind == "bracket":  # "[Internet]" is the medium, not the title
        pieces.pop()
    if not pieces:
        return None
    end = pieces[-1].end
    last_segment = segments[-1]
    if last_segment and last_segment[-1].kind == "sep" and last_segment[-1].text[:1] in "?!":
        end = last_segment[-1].end
    return sub(text, Span(pieces[0].start, end))


def _publisher(
    text: str, segment: Sequence[Part]
) -> tuple[Field | None, Field | None, Part | None]:
    """ "Place: Publisher; 2008" -> place, publisher, and the date part."""
    for i, part in enumerate(segment[:-2]):
        if part.kind == "text" and segment[i + 1].kind == "semi" and segment[i + 2].kind == "pub":
            colon = part.text.find(": ")
            if colon < 0:
                return None, part.field, segment[i + 2]
            place = sub(text, Span(part.start, part.start + colon))
            rest = part.start + colon + 2
            return place, sub(text, Span(rest, part.end)), segment[i + 2]
    return None, None, None


# a company's form after `Co.` (`Wiley-VCH Verlag GmbH & Co. KGaA`): the period is
# the abbreviation's, and the house's name goes on after it
_COMPANY_FORM = patterns.compile(
    r"^(?:KGaA|KG|Inc|Ltd|LLC|LLP|AG|GmbH|plc|PLC|S\.?A|Pvt\.?\s*Ltd)\.?$"
)
_COMPANY_CUT = patterns.compile(r"\bCo$")


def _company_publisher(
    text: str, segments: Sequence[Sequence[Part]], i: int, publisher: Field
) -> tuple[Field | None, Field] | None:
    """`Weinheim: Wiley-VCH Verlag GmbH & Co. KGaA; 2006`: the grammar stops the sentence at
    `Co.`, leaving `KGaA` for the whole publisher; the place and house before it are joined on."""
    if i == 0 or not _COMPANY_FORM.match(publisher.text):
        return None
    before = [p for p in segments[i - 1] if p.kind != "sep"]
    if len(before) != 1 or before[0].kind != "text" or not _COMPANY_CUT.search(before[0].text):
        return None
    piece = before[0]
    colon = piece.text.find(": ")
    if colon < 0:
        return None, sub(text, Span(piece.start, publisher.span.end))
    place = sub(text, Span(piece.start, piece.start + colon))
    return place, sub(text, Span(piece.start + colon + 2, publisher.span.end))


def _initials_publisher(
    text: str, segments: Sequence[Sequence[Part]], i: int, publisher: Field
) -> tuple[Field, Field, int] | None:
    """`New York: W. W. Norton; 1999`: the grammar stops a sentence at each initial of the
    house's name, leaving `Norton` for the whole publisher; the place and initials before it are
    joined on (the place, the publisher, and how many segments they took in)."""
    j = i - 1
    while j > 0 and [(p.kind, len(p.text)) for p in segments[j] if p.kind != "sep"] == [
        ("text", 1)
    ]:
        j -= 1
    texts = [p for p in segments[j] if p.kind != "sep"]
    if len(texts) != 1 or texts[0].kind != "text" or not _PLACE_INITIAL.search(texts[0].text):
        return None
    piece = texts[0]
    colon = piece.text.rfind(": ")
    place = sub(text, Span(piece.start, piece.start + colon))
    return place, sub(text, Span(piece.start + colon + 2, publisher.span.end)), i - j


def _one_group(authors: AuthorList) -> bool:
    """Whether the grammar read the names as one group author, not as an editor's."""
    return not authors.editors and len(authors.names) == 1 and authors.names[0].is_group


# a place, its colon and a house's first initial (`New York: W`), ending a sentence
_PLACE_INITIAL = patterns.compile(r"^[^:]+: [A-Z]$")


def build(
    text: str,
    index: int,
    number: int | None,
    label: Field | None,
    authors: AuthorList | None,
    parts: Sequence[Part],
) -> dict:
    """Everything the entry says, as keyword arguments for `Reference`."""
    out: dict = {"text": text, "index": index, "number": number, "label": label}
    if authors is not None and authors.editors:
        out["editors"] = authors.names
    elif authors is not None:
        out["authors"] = authors.names
        out["et_al"] = authors.et_al
        out["authors_span"] = authors.span
    parts = _page_read_as_year(text, parts)
    out["dates"] = tuple([p.date for p in parts if p.date is not None])
    year = authors.year if authors is not None else None
    lead = None  # the Royal Society's year opening the title's text, where it is the date
    identifiers(text, parts, out)
    if authors is not None and _one_group(authors):
        # (given names written out, `Niemeyer, Kyle E., Arfon M. Smith, and ...`, are no names
        # the grammar reads: where MLA's or Chicago's bibliography reads them, they are persons)
        from refslint.grammar import mla

        names = ("authors", "et_al", "authors_span")
        trial = {key: value for key, value in out.items() if key not in names}
        read = mla.read(text, parts, label.span.end if label else 0, trial)
        if read is not None:
            trial["title"], trial["kind"] = read
            return trial
    if authors is None:
        from refslint.grammar import authordate  # `Surname, Given. 1973. Title.`: Chicago's

        read = authordate.read(text, parts, label.span.end if label else 0, out)
        if read is None:
            from refslint.grammar import agps  # `World Bank, 2015, Poverty overview, viewed ...`

            read = agps.group(text, parts, label.span.end if label else 0, out)
        if read is None:
            from refslint.grammar import mla  # `Surname, Given. "Title." Journal, vol. 7, 2019.`

            read = mla.read(text, parts, label.span.end if label else 0, out)
        if read is not None:
            out["title"], out["kind"] = read
            return out
    if authors is not None and authors.bare_year and year is not None:
        from refslint.grammar import harvard  # read only for entries in IOP's numbered Harvard

        out["dates"] = (year, *out["dates"])
        out["date"] = year
        if text.startswith(",", year.span.end):
            from refslint.grammar import agps  # `Bulling, S., 2011, Title, Publisher, Place.`

            out["title"], out["kind"] = agps.read(text, parts, year.span.end, out)
            return out
        from refslint.grammar import asm  # `Pristas P. 2017. Title. Benef Microbes 8:291–297.`

        read = asm.article(text, parts, year.span.end, out, read_year=year)
        if read is None:
            from refslint.grammar import royalsoc  # `Nakamura T et al. 2003 Title. J. X 8, 1–9.`

            read = royalsoc.read(text, parts, year.span.end, out, read_year=year)
        if read is None:
            read = harvard.roles(text, parts, year.span.end, out)
        out["title"], out["kind"] = read
        return out
    if authors is not None and authors.names:
        from refslint.grammar import (
            ajtmh,  # `Surname AB, Surname C, 1994. Title. Abbrev J 58: 491–562.`
            asm,  # `Surname AB. 2019. Title. Abbrev J 85:e02335-18.`
            chicago,  # Wiley's numbered Chicago: `96, no. 9 (2021): 1–9`
            citethemright,  # `Surname, I. (2019) 'Title', Journal, 5(2), pp. 10–20.`
            copernicus,  # `Surname, I.: Title, Abbrev. J., 21, 233–243, 2016.`
            frontiers,  # `Abbrev J. (2010) 12(3):345–56`
            ieee,  # `“Title,” in Proc. Conf., City, Jun. 2016, pp. 1–9.`, `Book. City: Pub, 2009.`
            nature,  # `Abbrev. J. 21, 233–243 (2016).`
            physics,  # `I. Surname, Abbrev. J. 21, 233 (2016).`, with or without a title
            royalsoc,  # `Surname AB. 2009 Title. Abbrev. J. 90, 332–339.`
        )

        read = (
            chicago.article(text, parts, authors.span.end, out)
            or (copernicus.article(text, parts, authors.span.end, out) if year is None else None)
            or frontiers.article(text, parts, authors.span.end, out)
            or physics.article(text, parts, authors.span.end, out)
            or physics.titled_article(text, parts, authors.span.end, out)
            or nature.article(text, parts, authors.span.end, out)
            or asm.article(text, parts, authors.span.end, out)
            or (ajtmh.read(text, parts, year, out) if year is not None else None)
            or (royalsoc.read(text, parts, authors.span.end, out) if year is None else None)
            # Cambridge's `Surname AB & Surname C (2015) Title. Abbrev J 7, 83–96.`
            or (
                royalsoc.read(text, parts, authors.span.end, out, year, books=False)
                if year is not None
                else None
            )
            or (ieee.read(text, parts, authors.span.end, out) if year is None else None)
            or (citethemright.read(text, parts, authors.span.end, out, year) if year else None)
        )
        if read is not None:
            out["title"], out["kind"] = read
            return out
        if year is None:  # `Surname AB. 2015 Title. PhD thesis.`: the Royal Society's year
            lead = year = royalsoc.lead_year(text, parts, authors.span.end)
    elif authors is None and ")" in text:
        from refslint.grammar import chicago  # `World Health Organization, “Title,” J 12 (2020): 1`

        read = chicago.article(text, parts, label.span.end if label else 0, out, group_author=True)
        if read is not None:
            out["title"], out["kind"] = read
            return out
    if authors is None and ('"' in text or "“" in text or "Std" in text):
        from refslint.grammar import ieee  # `Org., “Title,” 2015. [Online].`, `Title, IEEE Std 754`

        read = ieee.read(text, parts, label.span.end if label else 0, out, group_author=True)
        if read is not None:
            out["title"], out["kind"] = read
            return out
    joined = _join_split_tails(text, parts)
    if len(joined) < len(parts) - 2:  # a volume taken for a year was joined to its tail
        kept = [p.date for p in joined if p.date is not None]
        out["dates"] = tuple(d for d in out["dates"] if any(d is k for k in kept))
    segments = _segments(joined)
    title_segments, kind = _roles(text, segments, out, year)
    links = out.get("urls", ())
    doi_links = all(DOI_IN_URL.match(u.text) for u in links)  # a book's DOI, not a web page's
    if (
        (kind is Kind.UNKNOWN or (kind is Kind.WEBPAGE and links and doi_links))
        and out.get("date") is None
        and authors is not None
        and authors.names
    ):
        from refslint.grammar import chicago  # `Title (Publisher, 2020), 21.`: nothing else read

        chicago_book = chicago.book(text, parts, authors.span.end, out)
        if chicago_book is not None:
            out["title"], out["kind"] = chicago_book
            return out
    if not out.get("editors"):  # "Lambda II. Edited by: Hendrix RW. Place: Publisher; 1983."
        out["editors"] = next((p.editors for p in parts if p.kind == "editors"), ())
    if year is not None:  # "Mantegna RN (1999) Title": the work's year, where no other is
        out["dates"] = (year, *out["dates"])
        if out.get("date") is None:
            out["date"] = year
    if title_segments and authors is None and len(title_segments) > 1 and kind != Kind.WEBPAGE:
        group = _span_of(text, title_segments[:1])
        if group is not None:
            out["authors"] = (Author(group.text, group.span, group.text, is_group=True),)
            out["authors_span"] = group.span
        title_segments = title_segments[1:]
    if title_segments:
        out["title"] = _span_of(text, title_segments)
        if lead is not None and out["title"] is not None:
            out["title"] = _after_year(text, out["title"], lead)
    if kind is Kind.ARTICLE and ", " in text:
        from refslint.grammar import rsc  # `Title, J. Abbrev., 2020, 12, 1–9.`

        rsc.split(text, out)
    elif kind is Kind.PREPRINT and authors is not None and authors.names:
        from refslint.grammar import rsc  # `Title, arXiv, 2023, preprint, arXiv.2412.16551`

        rsc.preprint(text, authors.span.end, out)
    if kind in (Kind.UNKNOWN, Kind.WEBPAGE) and out.get("title") and not out.get("container"):
        from refslint.grammar import abnt  # `Title. Journal, v. 20, n. 40, p. 147-162, 2010.`

        kind = abnt.article(text, out) or kind
    out["kind"] = kind
    return out


# a year in parentheses closing a stretch of text (`COAL Newsletter, (1985)`)
_CLOSING_PAREN_YEAR = patterns.compile(r"\(\s*(?:1[5-9]|20)\d\d\s*\)$")
FIRST_PLAUSIBLE_YEAR = 1500


def _page_read_as_year(text: str, parts: Sequence[Part]) -> Sequence[Part]:
    """`Newsletter, (1985), 1012.`: the journal, its year in parentheses and pages with no
    volume, whose pages the grammar took for a year (it reads years from 1000 on, so that a
    mistyped one is reported); given back as one stretch of text for the journal's reading."""
    for i, part in enumerate(parts[1:], 1):
        date, before = part.date, parts[i - 1]
        if part.kind != "pub" or date is None or date.year >= FIRST_PLAUSIBLE_YEAR:
            continue
        if part.volume or part.issue or part.locator or before.kind != "text":
            continue
        if text[before.end : part.start].strip() != "," or not _CLOSING_PAREN_YEAR.search(
            before.text
        ):
            continue
        joined = Part("text", before.start, date.span.end, text[before.start : date.span.end])
        return [*parts[: i - 1], joined, *parts[i + 1 :]]
    return parts


def _after_year(text: str, title: Field, year: PartialDate) -> Field | None:
    """The title without the year that opens it (`2015 Acute phase proteins`)."""
    if title.span.start != year.span.start:
        return title
    start = year.span.end
    while start < title.span.end and text[start].isspace():
        start += 1
    return sub(text, Span(start, title.span.end)) if start < title.span.end else None


def _join_split_tails(text: str, parts: Sequence[Part]) -> Sequence[Part]:
    """A bare year, perhaps its access note, then `;43:3133-7` or `;9423-8` as the last text of
    its sentence: the volume and pages of that year, as if printed `2014;43:3133-7`."""
    for i, part in enumerate(parts):
        if part.kind != "pub" or part.volume or part.issue or part.locator:
            continue
        j = i + 1 if i + 1 < len(parts) and parts[i + 1].kind == "access" else i
        if j == i + 1 and j + 2 < len(parts) and parts[j + 1].kind == "semi":
            # after the access note, a volume the lexer took for a year: two volumes bound as
            # one (`;1017–18:211–20`) or a volume named by its year (`;2010:1–8`)
            taken = _volume_as_year(parts[j + 2], parts[j + 3 : j + 4])
            if taken:
                end = parts[j + 1 + taken].end
                joined = with_tail(
                    part, text[parts[j + 1].start : end].rstrip(), parts[j + 1].start
                )
                if joined is not None:
                    after = parts[j + 2 + taken :]
                    return [*parts[:i], joined, *parts[i + 1 : j + 1], *after]
        kinds = [p.kind for p in parts[j + 1 : j + 4]]
        # (the stop before `Available from:` may be lost: `;2(1) Available from: 10.4172/...`)
        if kinds[:2] != ["semi", "text"] or kinds[2:3] not in (
            [],
            ["sep"],
            ["url"],
            ["doi"],
            ["available"],
        ):
            continue
        semi, printed = parts[j + 1], parts[j + 2]
        joined = with_tail(part, text[semi.start : printed.end].rstrip(), semi.start)
        if joined is not None:
            return [*parts[:i], joined, *parts[i + 1 : j + 1], *parts[j + 3 :]]
    return parts


def _volume_as_year(part: Part, following: Sequence[Part]) -> int:
    """How many parts a volume taken for a year spans (0 if it is none): the year no work has
    (`1017` of `;1017–18:211–20`) with the text after it, or a bare year with its pages and no
    volume (`;2010:1–8`, whose year the entry's date gave already)."""
    date = part.date
    if part.kind != "pub" or date is None or date.month is not None:
        return 0
    if part.volume or part.issue:
        return 0
    if part.locator is not None:
        return 1
    if date.year < FIRST_PLAUSIBLE_YEAR and [p.kind for p in following] == ["text"]:
        return 2
    return 0


def identifiers(text: str, parts: Sequence[Part], out: dict) -> None:
    """The identifiers, links and notes among `parts`, into `out`."""
    urls: list[Field] = []
    notes: list[Field] = []
    for part in parts:
        if part.kind not in _IDENTIFYING:
            continue
        if part.kind == "doi" and "doi" not in out:
            out["doi"] = sub_after(text, part, DOI_LABEL)
            if part.text.startswith("("):  # `(doi:10.1/x)`: the parentheses are none of it
                out["doi"] = sub(text, Span(out["doi"].span.start, part.end - 1))
            out["doi_marker"] = sub(text, Span(part.start, out["doi"].span.start))
        elif part.kind == "url":
            urls.append(part.field)
            doi = DOI_IN_URL.match(part.text)
            if doi and "doi" not in out:
                start = part.start + doi.start(1)
                out["doi"] = sub(text, Span(start, part.end))
                out["doi_marker"] = sub(text, Span(part.start, start))
            arxiv = ARXIV_IN_URL.search(part.text)
            if arxiv and "arxiv" not in out:
                start = part.start + arxiv.start(1)
                out["arxiv"] = sub(text, Span(start, start + len(arxiv[1])))
        elif part.kind == "arxiv" and "arxiv" not in out:
            out["arxiv"] = sub_after(text, part, ARXIV_LABEL)
        elif part.kind == "pmid":
            out["pmid"] = part.field
        elif part.kind == "access" and part.date is not None:
            out["accessed"] = part.date
            out["access_note"] = part.field
            wording = ACCESS_WORDING.match(part.text)
            out["access_wording"] = " ".join(wording[1].split()) if wording else ""
        elif part.kind == "bracket":
            if MEDIUM_WORDS.search(part.text):
                out.setdefault("medium", part.field)
            else:
                notes.append(part.field)
    if "doi" in out and "arxiv" not in out:
        arxiv = ARXIV_IN_DOI.match(out["doi"].text)
        if arxiv:
            start = out["doi"].span.start + arxiv.start(1)
            out["arxiv"] = sub(text, Span(start, out["doi"].span.end))
    out["urls"] = tuple(urls)
    out["notes"] = tuple(notes)


def _dateless_article(
    text: str, segments: list[list[Part]], out: dict, year: PartialDate | None = None
) -> list | None:
    """ "Nature. 33(2):4-5.": a journal's volume and pages with no year before them. Read as a
    journal article without its year (which RL501 reports) rather than as a title and some text;
    the guess is noted in `guess`. None when no segment ends in such a tail."""
    for at in range(len(segments) - 1, 0, -1):
        texts = _texts(segments[at])
        if not texts:
            continue
        last = texts[-1]
        found = DATELESS_TAIL.search(last.text)
        if found is None:
            continue
        tail = Span(last.start + found.start(), last.start + found.end())
        before = text[: tail.start]
        if year is not None:  # "Mantegna RN (1999) Title. Eur Phys J B 11: 193": the year is there
            before = before[: year.span.start] + " " * len(year.text) + before[year.span.end :]
        # identifiers after the tail are no year (`doi: 10.1016/j.eswa.2010.06.026`)
        after = [p for s in segments for p in s if p.start >= tail.end]
        stop = min((p.start for p in after if p.kind in _IDENTIFYING), default=len(text))
        if ANY_YEAR.search(before) or ANY_YEAR.search(text, tail.end, stop):
            return None  # a year stands somewhere ("(2003)", ", 2010,"): another style, not none
        base = last.start
        out["volume"] = sub(text, Span(base + found.start("volume"), base + found.end("volume")))
        if found["issue"] is not None:
            out["issue"] = sub(text, Span(base + found.start("issue"), base + found.end("issue")))
        _locator(text, base, found, out)
        journal_at = at
        head = last.text[: found.start()].rstrip(" ,")
        # "Nature 33:4-5", "Nat. Commun., 5:5274"
        if found.start() > 0 and not MONTH_BEFORE_VOLUME.match(head):
            journal = Span(last.start, last.start + len(head))
            journal_at, first = _abbreviated_from(text, segments, at, last, journal)
            journal = Span(first.start, journal.end)
        elif len(texts) > 1:  # "Nature; 33:4-5"
            journal = Span(texts[0].start, texts[-2].end)
        else:
            journal_at = at - 1
            journal_texts = _texts(segments[journal_at])
            if not journal_texts:
                return None
            journal = Span(journal_texts[0].start, journal_texts[-1].end)
        out["container"] = sub(text, journal)
        out["date"] = year
        if year is None:
            out["guess"] = (
                f"read as a journal article with no year: `{out['container'].text}` then volume"
                f" and pages `{found.group().strip()}`"
            )
        return [s for s in segments[:journal_at] if _is_title_like(s)]
    return None


def _journal_without_volume(text: str, segments: list[list[Part]], out: dict) -> list | None:
    """ "Title. Lancet; 2001.", "Title. Nature. 2001.": a journal the shipped lists know, then a
    year with no volume or pages. It could be read as a book whose publisher is the journal; it
    is read as a journal article that lost its volume and pages (which RL501 reports), and the
    guess is noted in `guess`. None when the text before the year is not a known journal."""
    for at in range(1, len(segments)):
        segment = segments[at]
        texts = _texts(segment)
        if len(texts) != 1 or segment[0] is not texts[0] or ": " in texts[0].text:
            continue  # a place before the name: "London: Lancet; 2001" is a book
        rest = [p for p in segment[1:] if p.kind not in ("semi", "sep")]
        date = rest[0] if rest and rest[0].kind == "pub" else None
        if date is None and not rest and at + 1 < len(segments):
            following = segments[at + 1]
            date = following[0] if following[0].kind == "pub" else None
        if date is None or date.date is None:
            continue
        if _numbers_after(text, segments, date):
            return None  # "2010, 33(4): 420-31", "2005;(1):CD001497": printed another way
        from refslint.journals import lookup  # read only for entries like these

        if not lookup(texts[0].text) and not MARKED_AFTER_SEMI.match(text, date.end):
            return None
        out["container"], out["date"] = texts[0].field, date.date
        missing = "volume" if _locator_after(text, segments, date, out) else "volume or pages"
        out["guess"] = (
            f"read as a journal article with no {missing}: `{texts[0].text}` is a journal,"
            " not a book's publisher"
        )
        return [s for s in segments[:at] if _is_title_like(s)]
    return None


def _locator_after(text: str, segments: list[list[Part]], date: Part, out: dict) -> bool:
    """The pages or article number after a colon that ends the text after the date
    ("2020;Suppl 2(Suppl 2):e00222919"), kept in `out`; whether there was one."""
    after = [p for s in segments for p in s if p.start >= date.end and p.kind == "text"]
    found = LOCATOR_AT_END.search(after[0].text) if after else None
    if found is None:
        return "pages" in out
    _locator(text, after[0].start, found, out)
    return True


def _locator(text: str, base: int, found: re.Match[str], out: dict) -> None:
    """The `locator` group of `found` (matched at offset `base`) kept in `out`: pages when it is a
    range or one plain page, else an article number."""
    locator = sub(text, Span(base + found.start("locator"), base + found.end("locator")))
    pieces = DASH_SPLIT.split(locator.text)
    if len(pieces) == 2 or (len(pieces) == 1 and PLAIN_PAGE.match(locator.text)):
        out["pages"] = _pages(locator, pieces)
    else:
        out["article_number"] = locator


def _numbers_after(text: str, segments: list[list[Part]], date: Part) -> bool:
    """Whether a number follows the date before the entry's identifiers and notes: a volume or
    pages the tail did not take."""
    after = [p for s in segments for p in s if p.start >= date.end]
    stop = min((p.start for p in after if p.kind in _IDENTIFYING), default=len(text))
    printed = " ".join(p.text for p in after if p.start < stop and p.kind in ("text", "semi"))
    # marked pages ("1971; p. 177-200"), a supplement ("Suppl 2") and the pages after a colon
    # are no volume
    return any(c.isdigit() for c in LOCATOR_AT_END.sub("", SUPPLEMENT.sub("", printed)))


def _first_date(segments: Sequence[Sequence[Part]]) -> PartialDate | None:
    for segment in segments:
        for part in segment:
            if part.kind == "pub" and part.date is not None:
                return part.date
    return None


def _roles(
    text: str, segments: list[list[Part]], out: dict, year: PartialDate | None = None
) -> tuple[list[list[Part]], Kind]:
    """Fill container, date, volume, pages... in `out`; return the title's segments and the kind."""
    in_at = tail_at = server_at = None  # where the "In:" marker, the date tail, the server stand
    labelled_at = None  # where IEEE's `vol. 55, no. 4` stands
    for i, segment in enumerate(segments):
        first_text = None
        for part in segment:
            kind = part.kind
            if kind == "text":
                first_text = first_text or part
            elif kind == "pub":
                if tail_at is None and (part.volume or part.issue or part.locator):
                    tail_at = i
            elif kind == "in":
                in_at = i if in_at is None else in_at
            elif kind == "volume":
                labelled_at = i if labelled_at is None else labelled_at
            elif kind == "bracket":
                if server_at is None and "preprint" in part.text.lower():
                    # "Title [Preprint]. medRxiv; 2020" (NLM's form): the server comes next
                    after_title = first_text and not PREPRINT_SERVERS.match(first_text.text)
                    server_at = i + 1 if after_title else i
            elif kind == "pages":
                out["pages"] = expand_pages(part.field)
                out["page_marker"] = part.marker
        if server_at is None and first_text and PREPRINT_SERVERS.match(first_text.text):
            server_at = i
    if in_at is not None and (tail_at is None or in_at < tail_at):
        from refslint.grammar import biblatex  # `In: Journal 9.8 (1997), pp. 1–9.`

        biblatex_kind = biblatex.read_in(text, segments, in_at, out)
        return segments[:in_at], biblatex_kind or _in_roles(text, segments, in_at, out)
    if tail_at is not None:
        return _article_roles(text, segments, tail_at, out), Kind.ARTICLE
    if labelled_at is not None:
        return _labelled_roles(text, segments, labelled_at, out), Kind.ARTICLE
    if server_at is None and ", " in text:
        from refslint.grammar import natbib  # `Title. Journal, 47(2):577–605, 1992.`

        titles = natbib.article(text, segments, out)
        if titles is not None:
            return titles, Kind.ARTICLE
    if server_at is None and ", " in text:
        from refslint.grammar import apa  # `Title. Journal Name, 63(2), 1–29. https://doi.org/...`

        titles = apa.article(text, segments, out, year)
        if titles is not None:
            return titles, Kind.ARTICLE
    if server_at is not None or "arxiv" in out:
        return _preprint_roles(text, segments, server_at, out), Kind.PREPRINT
    if "print" in text or "publication" in text:
        from refslint.grammar import apa  # `Journal. 2025. Online ahead of print. doi...`

        titles = apa.ahead_of_print(text, segments, out)
        if titles is not None:
            return titles, Kind.ARTICLE
    if year is not None or "n.d." in text or "n. d." in text:
        from refslint.grammar import apabook  # `Kahneman, D. (2011). Title. Publisher.`

        read = apabook.read(text, segments, out, year)
        if read is not None:
            return read
    if not out["dates"]:
        titles = _dateless_article(text, segments, out, year)
        if titles is not None:
            return titles, Kind.ARTICLE
    elif not out.get("urls") and "medium" not in out:
        titles = _journal_without_volume(text, segments, out)
        if titles is not None:
            return titles, Kind.ARTICLE
    for i, segment in enumerate(segments):
        place, publisher, date_part = _publisher(text, segment)
        if publisher is not None and i > 0:
            if place is None and (company := _company_publisher(text, segments, i, publisher)):
                place, publisher = company
                segments = segments[: i - 1] + segments[i:]
                i -= 1
            elif place is None and (named := _initials_publisher(text, segments, i, publisher)):
                place, publisher, taken = named
                segments = segments[: i - taken] + segments[i:]
                i -= taken
            elif place is not None and _abbreviation_piece(segments[i - 1]):
                start = segments[i - 1][0].start  # "St. Louis", "Ft. Worth"
                if len(segments[i - 1][0].text) <= 3:
                    place = sub(text, Span(start, place.span.end))
                    segments = segments[: i - 1] + segments[i:]
                    i -= 1
            out["place"], out["publisher"] = place, publisher
            out["date"] = date_part.date if date_part else None
            titles = [s for s in segments[:i] if _is_title_like(s)]
            edition = [s for s in titles if EDITION.match(_texts(s)[0].text)]
            if edition:
                out["edition"] = _texts(edition[0])[0].field
                titles = [s for s in titles if s is not edition[0]]
            is_web = out.get("urls") or "medium" in out
            return titles, Kind.WEBPAGE if is_web else Kind.BOOK
    if ":" in text:
        book = _book_after(text, segments, out)
        if book is not None:
            return book
    titles = []
    for segment in segments:
        if not _is_title_like(segment):
            break
        titles.append(segment)
    out["date"] = _first_date(segments)
    if out.get("urls") or "medium" in out:
        return titles[:1], Kind.WEBPAGE
    return titles[:1], Kind.UNKNOWN


def _book_after(
    text: str, segments: list[list[Part]], out: dict
) -> tuple[list[list[Part]], Kind] | None:
    """`Title. 5th edn. McGraw-Hill: New York. 2017.`: a book whose publisher and place stand
    after the title with the year after them (`apa.book`); its title's segments and kind."""
    from refslint.grammar import apa

    found = apa.book(text, segments)
    if found is None:
        return None
    out["place"], out["publisher"] = found.place, found.publisher
    out["date"] = found.date.date if found.date is not None else None
    titles = [s for s in segments[: found.at] if _is_title_like(s)]
    edition = [s for s in titles if EDITION.match(_texts(s)[0].text)]
    if edition:
        out["edition"] = _texts(edition[0])[0].field
        titles = [s for s in titles if s is not edition[0]]
    links = out.get("urls", ())
    is_web = "medium" in out or not all(DOI_IN_URL.match(u.text) for u in links)
    return titles, Kind.WEBPAGE if is_web else Kind.BOOK


def _article_roles(text: str, segments: list[list[Part]], at: int, out: dict) -> list[list[Part]]:
    segment = segments[at]
    pub_index = next(
        i for i, p in enumerate(segment) if p.kind == "pub" and (p.volume or p.issue or p.locator)
    )
    pub = segment[pub_index]
    out["date"], out["volume"], out["issue"] = pub.date, pub.volume, pub.issue
    out["supplement"] = pub.supplement
    if pub.locator is not None:
        value = pub.locator
        pieces = DASH_SPLIT.split(value.text)
        if len(pieces) == 2 or (len(pieces) == 1 and PLAIN_PAGE.match(value.text)):
            out["pages"] = _pages(value, pieces)  # one dash, or a plain page number
        else:
            out["article_number"] = value
    journal_parts = _texts(segment[:pub_index])
    if journal_parts and any(p.kind == "pub" for p in segment[:pub_index]):
        journal_parts = []  # "Journal. 2010/06/01 2010;3:285": the text is before the first date
    journal_at = at
    if not journal_parts and at > 0:
        journal_at = at - 1
        journal_parts = _texts(segments[journal_at])
        if "medium" not in out:
            medium = [p for p in segments[journal_at] if p.kind == "bracket"]
            if medium:
                out["medium"] = medium[0].field
        alone = segments[journal_at]
        if not journal_parts and journal_at > 1 and alone and alone[0].kind == "bracket":
            journal_at -= 1  # `Rev SBPH. [Internet]. 2017`: the medium set off by periods
            journal_parts = _texts(segments[journal_at])
    if journal_parts:
        end = journal_parts[-1].end
        abbreviated = len(journal_parts[-1].text.split()) <= 3
        start = journal_parts[0].start
        while journal_at > 1:  # a title must stay before the journal
            before = segments[journal_at - 1]
            if _part_number(before):
                break  # a title's part number is no piece of a journal's name
            if _part_number(segments[journal_at - 2]) and len(before[0].text.split()[-1]) > 4:
                break  # "... Tacamahaca. II. Taxonomy. Canad. J. Bot.", but "IV. Svensk Bot."
            piece = _abbreviation_piece(before)
            if not (
                (piece and (abbreviated or before[0].text.split()[-1] in JOURNAL_WORDS))
                or _journal_head(text, before, text[start:end])
            ):
                break
            journal_at -= 1
            start = before[0].start
        if journal_at == 1 and _untitled_journal(text, segments[0], Span(start, end), pub):
            journal_at, start = 0, segments[0][0].start
        out["container"] = sub(text, Span(start, end))
    return [s for s in segments[:journal_at] if _is_title_like(s)]


# The last word of an abbreviated journal's first piece: cut before a vowel (`Chem`, `Technol`)
_CUT_WORD = patterns.compile(r"[A-Z]|[A-Z][A-Za-z]{0,7}[^aeiouyAEIOUY\W\d]")


def _untitled_journal(text: str, first: Sequence[Part], journal: Span, pub: Part) -> bool:
    """Whether the one piece left for a title is the journal's first abbreviated word instead
    (ACS's list without titles: `Shen, J.; Okamoto, Y.; Chem. Rev. 2016, 116, 1094.`): the
    volume and page set off by commas after the year, the piece ended by its period, and the
    whole a journal the shipped lists know or, after the names' semicolon, the piece a word cut
    as abbreviations are (`Food Technol. Biotechnol.`)."""
    if pub.date is None or not text[pub.date.span.end : pub.end].lstrip().startswith(","):
        return False  # (a Vancouver `2016;116:1094` keeps a one-word title)
    if len(first) != 2 or first[0].kind != "text" or first[1].text.strip() != ".":
        return False
    if not _abbreviation_piece(first):
        return False
    head = first[0].text
    from refslint.journals import lookup  # the table is read only for entries like these

    if lookup(f"{head}. {text[journal.start : journal.end]}"):
        return True
    if not text[: first[0].start].rstrip().endswith(";"):
        return False  # (a title may follow the names' period: `Jones, K. Cancer. Lancet`)
    words = head.split()
    return len(words) <= 2 and all(_CUT_WORD.fullmatch(w) for w in words)


def _labelled_roles(text: str, segments: list[list[Part]], at: int, out: dict) -> list[list[Part]]:
    """IEEE's article, `“Title,” Journal, vol. 55, no. 4, pp. 1572–1582, 2012.`: the volume and
    issue labelled, the year last, the title in quotation marks and the journal between."""
    labelled = next(p for p in segments[at] if p.kind == "volume")
    out["volume"], out["issue"] = labelled.volume, labelled.issue
    if labelled.locator is not None:  # `Art. no. 123456`
        out["article_number"] = labelled.locator
    later = [p.date for s in segments[at:] for p in s if p.kind == "pub" and p.start > labelled.end]
    out["date"] = later[0] if later and later[0] else _first_date(segments)
    start = segments[0][0].start
    quoted = None
    for found in QUOTED_TITLE.finditer(text, start, labelled.start):
        quoted = found
    # (text before the quotation marks is the author list the grammar could not read)
    if quoted is not None and text[start : quoted.start()].rstrip()[-1:] in ("", ","):
        out["title"] = sub(text, Span(*quoted.span("title")))
        journal = text[quoted.end() : labelled.start].rstrip(" ,")
        if journal:
            out["container"] = sub(text, Span(quoted.end(), quoted.end() + len(journal)))
        return []
    journal_at = at
    journal_parts = _texts([p for p in segments[at] if p.end <= labelled.start])
    if not journal_parts and at > 0:
        journal_at = at - 1
        journal_parts = _texts(segments[journal_at])
    if journal_parts:
        first, last = journal_parts[0], journal_parts[-1]
        end = first.start + len(text[first.start : last.end].rstrip(" ,"))
        journal_at, first = _abbreviated_from(
            text, segments, journal_at, first, Span(first.start, end)
        )
        out["container"] = sub(text, Span(first.start, end))
    return [s for s in segments[:journal_at] if _is_title_like(s)]


def _abbreviated_from(
    text: str, segments: list[list[Part]], at: int, first: Part, journal: Span
) -> tuple[int, Part]:
    """Where a journal name read in segment `at` really starts: back over the pieces of an
    abbreviation cut at its periods (`IEEE Trans. Comput.`, `Nat. Commun.`), a title staying
    before it. The segment and the first part of the name."""
    abbreviated = len(text[journal.start : journal.end].split()) <= 3
    while at > 1:
        before = segments[at - 1]
        piece = _abbreviation_piece(before)
        if not (piece and (abbreviated or before[0].text.split()[-1] in JOURNAL_WORDS)):
            break
        at -= 1
        first = before[0]
    return at, first


def _part_number(segment: Sequence[Part]) -> bool:
    return segment[0].kind == "text" and PART_NUMBER.match(segment[0].text) is not None


def _journal_head(text: str, before: Sequence[Part], journal: str) -> bool:
    """Whether the segment `before` is the first part of a journal name with a period inside:
    `Physical review. A`, `Acta Crystallogr. D` (a section letter after it), or the two read
    together as a journal the shipped lists know (`American journal of physiology. Regulatory,
    integrative and comparative physiology`)."""
    if len(before) != 2 or before[0].kind != "text" or before[1].text != ".":
        return False  # one stretch of text ended by a period, not a "?" or a date
    if SECTION.match(journal):
        return True
    first = journal.split(None, 1)[0]
    if first.isalpha() and first.islower() and first not in LOWER_CASE_JOURNALS:
        return True  # a name does not start in lower case after a sentence's period
    head = before[0].text
    if len(head.split()) > 8 or len(journal.split()) > 8:
        return False  # a title, or more than one journal name holds
    from refslint.journals import lookup  # the table is read only for entries like these

    return bool(lookup(f"{head}. {journal}"))


def _preprint_roles(
    text: str, segments: list[list[Part]], at: int | None, out: dict
) -> list[list[Part]]:
    if at is not None and at < len(segments) and _texts(segments[at]):
        server = _texts(segments[at])[0]
        if PREPRINT_SERVERS.match(server.text):
            out["container"] = server.field
    out["date"] = _first_date(segments[at:] if at is not None else segments)
    before = segments[:at] if at is not None else segments[:1]
    return [s for s in before if _is_title_like(s)]


def _in_roles(text: str, segments: list[list[Part]], at: int, out: dict) -> Kind:
    segment = segments[at]
    marker_index = next(i for i, p in enumerate(segment) if p.kind == "in")
    marker = segment[marker_index]
    out["in_marker"] = marker.marker
    # (BMC names them after the book's title: "In Lambda II. Edited by: Hendrix RW, ...")
    out["editors"] = marker.editors or next(
        (p.editors for s in segments[at:] for p in s if p.kind == "editors"), ()
    )
    rest = segment[marker_index + 1 :]
    after = segments[at + 1 :]
    if not _texts(rest):  # (APA's `In A. Brown (Eds.), Book` names the book in the same sentence)
        container_segment = after[0] if after else []
        after = after[1:]
    else:
        container_segment = rest
    container = _texts(container_segment)[:1]
    if container:
        out["container"] = container[0].field
        # (`In Proc. of ISMIR, 2014.`: the abbreviation's period ends no sentence, the name goes on)
        going_on = (
            _texts(after[0])[:1] if after and _CUT_PROCEEDINGS.search(container[0].text) else []
        )
        if going_on and going_on[0] is after[0][0] and going_on[0].text[:3] in ("of ", "on "):
            end = going_on[0].start + len(going_on[0].text.rstrip(" ,"))
            pages = _BIBTEX_PAGES.search(text, going_on[0].start, end)
            if pages is not None:  # (BibTeX's `Proc. of ACM, pages 282–289, 2003`)
                out["pages"] = expand_pages(sub(text, Span(*pages.span("pages"))))
                end = pages.start()
            out["container"] = sub(text, Span(container[0].start, end))
            container_segment, after = [*container_segment, *after[0]], after[1:]
    event = [p.date for p in container_segment if p.kind == "pub" and p.date]
    is_conference = bool(container and CONFERENCE_WORDS.search(container[0].text))
    for j, segment_after in reversed(list(enumerate(after))):
        place, publisher, date_part = _publisher(text, segment_after)
        if publisher is not None:
            if place is None and (company := _company_publisher(text, after, j, publisher)):
                place, publisher = company
            elif place is None and (named := _initials_publisher(text, after, j, publisher)):
                place, publisher, _ = named
            out["place"], out["publisher"] = place, publisher
            out["date"] = date_part.date if date_part else None
            if date_part is not None and date_part.locator and not date_part.volume:
                out.setdefault("pages", expand_pages(date_part.locator))  # BMC: "; 1983:21-51"
            break
    else:
        dates = [p.date for s in after for p in s if p.kind == "pub" and p.date]
        out["date"] = dates[0] if dates else (event[0] if event else None)
        if after:
            from refslint.grammar import apa  # `Book (pp. 97–102). Springer: Cham. 2021.`

            apa_pages = any(p.kind == "pages" and p.marker is None for p in container_segment)
            apa_pages = apa_pages or apa.editors_in_parentheses(text, marker)
            found = apa.publisher_after(text, after, apa_pages)
            if found is not None:
                out["place"], out["publisher"] = found.place, found.publisher
                if found.date is not None:
                    out["date"] = found.date.date
            else:
                from refslint.grammar import abnt  # `Place: Publisher, Year. p.211-362.`

                abnt.imprint(text, after[0][0].start, out)
    return Kind.CONFERENCE if is_conference or event else Kind.CHAPTER
