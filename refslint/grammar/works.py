"""Kinds of work told by their marks: theses, reports, standards, patents, software and data sets.

Every style names these kinds in words of their own once the title is read: Citing Medicine's
`[dissertation]`, APA's `[Doctoral dissertation, University]`, `(Version 2.1) [Computer software]`
and `[Data set]`, IEEE's `Ph.D. dissertation`, `Tech. Rep. 123` and `U.S. Patent 5,123,456`, a
standard's `ISO 9001:2015`. The readers of each style find the title, the university or body,
the date; here the kind is named from those marks, so that a rule can ask of a thesis its
university and of a patent its number. Only an entry read as no journal article, chapter,
proceedings paper or preprint is looked at: a journal article about a thesis stays an article.
A mark counts outside the title (`A case report`, `Patent law` are titles), except a
description in square brackets, which no title prints.
"""

from __future__ import annotations

import re

from refslint import patterns
from refslint.model import Field, Kind, Span

# the kinds a mark may refine: what the readers could not tell, a book, a site's page
_REFINED = frozenset((Kind.UNKNOWN, Kind.BOOK, Kind.WEBPAGE))
_LINK = patterns.compile(r"(?i)https?://\S+|\bdoi\s*:?\s*10\.\S+|\b10\.\d{4,9}/\S+|\bwww\.\S+")

_BRACKETED_THESIS = patterns.compile(
    r"\[\s*(?:(?:Doctoral|Master['’]?s|PhD|Ph\.\s?D\.|Bachelor['’]?s|Honou?rs|Undergraduate)\s+)?"
    r"(?:dissertation|thesis)\b",
    re.IGNORECASE,
)
_THESIS = patterns.compile(
    r"(?:\b(?:Ph\.?\s?D|M\.?\s?Sc|M\.?\s?Phil|D\.?\s?Phil|Ed\.?\s?D|M\.?\s?A|M\.?\s?S|M\.?\s?Eng)\.?"
    r"|\b(?:Doctoral|Doctorate|Master['’]?s?|Bachelor['’]?s?|Honou?rs|Diploma|Habilitation"
    r"|Undergraduate|Senior|Unpublished|Doctor(?:al)?\s+of\s+Philosophy))"
    r"\s+(?:dissertation|thesis|diss\.)"
    r"|\bTh[èe]se\s+de\s+doctorat\b|\b(?:Tese|Disserta[çc][ãa]o|Tesis)\s*[\[(]\s*"
    r"(?:Doutorado|Mestrado|Doctorado|Maestr[íi]a|Livre-doc[êe]ncia)"
    r"|(?:^|[.,]\s+)(?:Dissertation|Thesis|Diss\.)\s*(?=[,.(]|$)",
    re.IGNORECASE,
)
_SOFTWARE = patterns.compile(
    r"\[\s*(?:computer\s+(?:software|program|programme|code)|software|source\s+code"
    r"|mobile\s+app(?:lication)?|app|R\s+package|Python\s+package)\s*(?:[,;][^\]]*)?\]",
    re.IGNORECASE,
)
_DATASET = patterns.compile(
    r"\[\s*(?:data\s*set|dataset|data|data\s+file|database)\s*(?:[,;][^\]]*)?\]", re.IGNORECASE
)
# Dryad's and PANGAEA's DOIs name data alone
_DATA_DOI = patterns.compile(r"^10\.(?:5061/dryad|1594/pangaea)\.", re.IGNORECASE)
_PATENT = patterns.compile(
    r"\b[Pp]atent(?:\s+(?:[Nn]o\.?|[Nn]umber|[Aa]pplication))?\s*:?\s*(?:[A-Z]{2}\s?)?\d[\d,.\s/]{3,}"
    r"|\b[Pp]atent\s+(?:[A-Z]{2}\s?)?\d|\binventors?\s*[;.]"
    r"|\b(?:U\.\s?S\.|US|United\s+States|European|Japanese|German|Chinese|British|Canadian)"
    r"\s+[Pp]atent\b(?=\s*(?:[Nn]o\.?|[Aa]pplication|[,.;:]|$))",
)
# a standard's designation: its body, its number and the year of its edition
_STANDARD = patterns.compile(
    r"\b(?:(?:ISO|IEC|EN|BS|DIN|ASTM|ANSI|NF|NBR|JIS|CSA|AS|NZS|UNE|GOST|GB(?:/T)?|IEEE|ITU-T|SAE)"
    r"(?:[/ ](?:ISO|IEC|EN|NZS|IEEE|TR|TS))*\s+(?:Std\.?\s+)?[A-Z]?\s?\d+(?:[.\-]\d+)*"
    r"(?::\s?|-)(?:1[89]|20)\d\d\b|(?:IEEE|ANSI)\s+Std\.?\s+[A-Z]?\d)"
)
_REPORT = patterns.compile(
    r"\bTech(?:nical)?\.?\s*[Rr]ep(?:\.|ort\b)|\bTechnical\s+[Rr]eport\b|\bTech\.\s*Memo\."
    r"|\b(?:Report|Rep\.|Research\s+Report)\s+(?:[Nn]o\.?|[Nn]umber|[Ss]eries)\s*:?\s*[\w\-]"
    r"|\b(?:Working|Discussion|Occasional|White)\s+[Pp]aper(?:\s+(?:[Nn]o\.?|[Ss]eries))?\s*\d"
)


# a kind's mark read at the head of the publisher (`PhD diss., University of X`, `Technical Report
# 579, Statistics Department`): the university or body is what follows its comma
_MARK_HEAD = patterns.compile(
    r"^(?:[\w.’']+\s+){0,2}(?:diss\.|dissertation|thesis|[Rr]eport|[Rr]ep\.|[Pp]aper)"
    r"(?:\s+(?:[Nn]o\.?\s*)?[\w\-/.]*\d[\w\-/.]*)?\s*,\s*(?=\S)",
    re.IGNORECASE,
)


def _body_after_mark(out: dict) -> None:
    """The publisher without a kind's mark read at its head."""
    publisher: Field | None = out.get("publisher")
    if publisher is None:
        return
    head = _MARK_HEAD.match(publisher.text)
    if head is not None:
        span = Span(publisher.span.start + head.end(), publisher.span.end)
        out["publisher"] = Field(publisher.text[head.end() :], span)


# a word of one of the marks below, looked for first: most entries have none
_ANY_MARK = patterns.compile(
    r"(?i)th[eè]s[ei]s?|dissert|diss\.|tese|tesis|report|rep\.|memo\.|paper|patent|inventor|std"
    r"|\b(?:ISO|IEC|EN|BS|DIN|ASTM|ANSI|NF|NBR|JIS|CSA|AS|NZS|UNE|GOST|GB|IEEE|ITU|SAE)\b"
    r"|software|program|code\]|app\]|package|data|10\.(?:5061|1594)/"
)


def _blanked(text: str, start: int, title: Field | None) -> str:
    """The entry from `start` with its title and links blanked (offsets kept)."""
    out = " " * start + text[start:]
    if title is not None:
        out = out[: title.span.start] + " " * len(title.text) + out[title.span.end :]
    return _LINK.sub(lambda m: " " * len(m.group()), out)


def _personal(out: dict) -> bool:
    return any(not author.is_group for author in out.get("authors", ()))


def kind_of_work(text: str, start: int, out: dict) -> Kind | None:
    """The kind a mark names in an entry read into `out` (the fields for `Reference`, the body
    from `start`), or None where the entry keeps the kind it was read as; a thesis's or
    report's mark read into its publisher is taken out of it."""
    kind = _kind(text, start, out)
    if kind in (Kind.THESIS, Kind.REPORT):
        _body_after_mark(out)
    return kind


def _kind(text: str, start: int, out: dict) -> Kind | None:
    if out.get("kind", Kind.UNKNOWN) not in _REFINED or not _ANY_MARK.search(text, start):
        return None
    title = out.get("title")
    whole = _blanked(text, start, None)
    outside = _blanked(text, start, title)
    if _PATENT.search(outside):
        return Kind.PATENT
    standard = _STANDARD.search(whole)
    if standard is not None and (not _personal(out) or _STANDARD.search(outside)):
        return Kind.STANDARD
    if _BRACKETED_THESIS.search(whole) or _THESIS.search(outside):
        return Kind.THESIS
    if _SOFTWARE.search(whole):
        return Kind.SOFTWARE
    doi = out.get("doi")
    if _DATASET.search(whole) or (doi is not None and _DATA_DOI.match(doi.text)):
        return Kind.DATASET
    if _REPORT.search(outside):
        return Kind.REPORT
    return None
