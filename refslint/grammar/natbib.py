"""Journal articles in the form BibTeX's `plainnat` and `plain` styles print, which natbib
lists and R Journal lists keep: `Title. Journal of Finance, 47(2):577–605, 1992.`, the volume,
the issue in parentheses and the pages after a colon (a volume alone in a journal's name
too: `Journal of Banking and Finance, 125, 2021.`), then the month as a number and the year
(`10(2):74–83, 7 2012.`); an `ISSN` note, the DOI and the address may follow.
"""

from __future__ import annotations

from refslint import patterns
from refslint.grammar.apa import _JOURNAL_NAME, _locator, _piece, _year_at
from refslint.grammar.fragments import YEAR
from refslint.grammar.transform import Part

# `Journal of Finance, 47(2):577–605,` and `Journal, 10(2):74–83, 7 2012`: the journal holds a
# letter and no digit, the issue is short, the pages a range or one page
_TAIL = patterns.compile(
    r"^(?P<journal>(?=[^\d]*[^\W\d_])[^\d:;()]+?)\s*,\s*(?P<volume>\d{1,5})"
    r"(?:\((?P<issue>[^()\s]{1,9})\))?(?::(?P<locator>[A-Za-z]?\d+(?:\s*[\-\u2013]\s*[A-Za-z]?\d+)?))?"
    rf"(?:\s*,(?:\s*(?:[01]?\d\s+)?(?P<year>{YEAR})[a-z]?)?)?$"
)
# what may follow the article's sentence: the catalogue's `ISSN` and the `URL` word before a link
_NOTE = patterns.compile(r"^(?:ISSN\s+[\dXx\-]{8,9}|URL)$")
_AFTER = frozenset(("sep", "doi", "url", "arxiv"))


def article(text: str, segments: list[list[Part]], out: dict) -> list[list[Part]] | None:
    """Fill `out` for `Title. Journal, 47(2):577–605, 1992.`; the title's segments, or None
    where no sentence reads so."""
    from refslint.grammar.roles import _is_title_like

    for at in range(len(segments) - 1, 0, -1):
        body = [p for p in segments[at] if p.kind != "sep"]
        if body and body[0].kind == "text" and _TAIL.match(body[0].text):
            break
        if any(
            p.kind not in _AFTER and not (p.kind == "text" and _NOTE.match(p.text)) for p in body
        ):
            return None
    else:
        return None
    part, rest = body[0], body[1:]
    found = _TAIL.match(part.text)
    assert found is not None
    if not found.group("locator") and (
        found.group("year") or not _JOURNAL_NAME.search(found.group("journal"))
    ):
        # `Series, 4151, 2006`: a volume alone is a journal's only in a journal's name; and
        # APA's `Journal, 4(43), 1686` has its page, not its year, after the comma
        return None
    date = None
    if found.group("year"):
        if rest:
            return None
        date = _year_at(_piece(text, part, found, "year"))
    elif len(rest) != 1 or rest[0].kind != "pub" or rest[0].date is None or rest[0].volume:
        return None
    else:
        date = rest[0].date
    titles = [s for s in segments[:at] if _is_title_like(s)]
    if not titles:
        return None
    out["container"] = _piece(text, part, found, "journal")
    out["volume"] = _piece(text, part, found, "volume")
    out["issue"] = _piece(text, part, found, "issue") if found.group("issue") else None
    if found.group("locator"):
        _locator(_piece(text, part, found, "locator"), out)
    out["date"] = date
    if date not in out.get("dates", ()):
        out["dates"] = (date, *out.get("dates", ()))
    return titles
