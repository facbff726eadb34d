"""A journal article linked to a database's copy where the list gives its articles' DOIs (RL809):
`https://www.jstor.org/stable/23646782` printed where the DOI link stands in every other article;
and a work linked to its publisher's page whose address holds its DOI
(`https://www.degruyter.com/document/doi/10.1515/9783110769043-025/pdf`) where the list links
DOIs by their resolver.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from refslint.api import Diagnostic, Field, Kind, Reference, pattern

from .conventions import DOMINANCE, MIN_ENTRIES

# Databases and archives that hold copies of published articles: their pages need the reader's
# subscription or session, or are one copy among many, and stand in for the article's own DOI
_DATABASE = pattern(
    r"(?i)^https?://(?:[\w-]+\.)*(?:jstor\.org/stable|ebscohost\.com|proquest\.com"
    r"|researchgate\.net|academia\.edu|semanticscholar\.org|scholar\.google\.[a-z.]+)/"
)
# Words that introduce a link as a page read online (`Available from:`, `Disponível em:`,
# `Retrieved from`): Citing Medicine's form for an article read online, which such a page may take
_READ_ONLINE = pattern(
    r"(?i)\b(?:available|dispon[ií]vel|disponible|retrieved|accessed|url)\b[^.;]{0,20}$"
)
_LOOK_BACK = 40  # characters before the link where its words can stand


def _database_page(ref: Reference) -> Field | None:
    """The database page a journal article with no DOI is linked to in the DOI's place."""
    if ref.kind is not Kind.ARTICLE or ref.doi is not None or ref.access_note is not None:
        return None
    for url in ref.urls:
        before = ref.text[max(ref.body_start, url.span.start - _LOOK_BACK) : url.span.start]
        if _DATABASE.match(url.text) and not _READ_ONLINE.search(before):
            return url
    return None


def database_pages(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Journal articles linked to a database's page, where at least five of the list's journal
    articles and four in five of those with a DOI or such a page give the DOI."""
    pages = [(ref, url) for ref in refs if (url := _database_page(ref)) is not None]
    if not pages:
        return
    with_doi = sum(1 for ref in refs if ref.kind is Kind.ARTICLE and ref.doi is not None)
    total = with_doi + len(pages)
    if with_doi < MIN_ENTRIES or with_doi < DOMINANCE * total:
        return
    for ref, url in pages:
        yield Diagnostic(
            url.span,
            f"journal article linked to a database's page (`{url.text}`), not by its DOI; "
            f"{with_doi} of {total} journal articles with a link give their DOI",
            ref=ref,
        )


# A publisher's page whose address holds the work's DOI (`degruyter.com/document/doi/10.1515/x/pdf`,
# `tandfonline.com/doi/full/10.1080/x`): not a resolver's
_PUBLISHER_DOI_PAGE = pattern(
    r"(?i)^https?://(?![\w.]*doi\.org/)[^/\s]+/(?:[\w-]+/){0,2}doi/(?:(?:abs|full|pdf|epdf)/)?"
    r"(?P<doi>10\.\d{4,9}/[^\s?#]+?)(?:/(?:pdf|html|full|abstract))?/?$"
)
_RESOLVER_LINK = pattern(r"(?i)(?:https?://)?(?:dx\.)?doi\.org/$")


def publisher_doi_pages(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Works linked to a publisher's page that holds their DOI, where at least five of the
    list's DOIs, and four in five of those and such pages, are printed as resolver links."""
    pages = [
        (ref, url, m)
        for ref in refs
        if ref.doi is None
        for url in ref.urls
        if (m := _PUBLISHER_DOI_PAGE.match(url.text)) is not None
    ]
    if not pages:
        return
    links = Counter(
        ref.doi_marker.text.strip().lower()
        for ref in refs
        if ref.doi is not None
        and ref.doi_marker is not None
        and _RESOLVER_LINK.search(ref.doi_marker.text.strip())
    )
    if not links:
        return
    resolver, count = links.most_common(1)[0]
    if count < MIN_ENTRIES or count < DOMINANCE * (count + len(pages)):
        return
    for ref, url, m in pages:
        doi = re.sub(r"/$", "", m["doi"])
        yield Diagnostic(
            url.span,
            f"linked to the publisher's page (`{url.text}`), not by its DOI; {count} of the "
            f"list's DOIs are linked `{resolver}...` (`{resolver}{doi}`)",
            ref=ref,
        )
