"""LaTeX manuscripts: `thebibliography` entries and the `\\cite` commands that point at them.

Each `\\bibitem` is one entry, numbered by its position as LaTeX numbers it. Commands, accents,
dashes and ties are decoded the way LaTeX would print them, `%` comments are dropped (a comment
may hold a `refslint: disable` directive), and each decoded character maps back to where its
source begins in the file.
"""

from __future__ import annotations

import re
import unicodedata

from refslint import patterns
from refslint.model import Citation, Entry
from refslint.sources import line_starts
from refslint.sources.document import Document, Mapped, attach, directive, has_words, locate

BIBLIOGRAPHY = patterns.compile(
    r"\\begin\s*\{thebibliography\}(?:\s*\{[^{}]*\})?(?P<body>.*?)(?:\\end\s*\{thebibliography\}|\Z)",
    re.S,
)
BIBITEM = patterns.compile(r"\\bibitem\s*(?:\[[^\]]*\])?\s*\{(?P<key>[^{}]*)\}")
DOCUMENT = patterns.compile(r"\\begin\s*\{document\}(?P<body>.*?)(?:\\end\s*\{document\}|\Z)", re.S)
CITE = patterns.compile(
    r"\\(?:[Cc]ite[a-zA-Z]*|[Pp]arencite|[Tt]extcite|[Aa]utocite|[Ff]ootcite|supercite)\*?"
    r"(?:\s*\[[^\]]*\]){0,2}\s*\{(?P<keys>[^{}]*)\}"
)
COMMAND_WITH_ARGUMENTS = patterns.compile(r"\\[A-Za-z@]+\*?(?:\s*\[[^\]]*\])*(?:\s*\{[^{}]*\})*")

ACCENTS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "H": "\u030b", "c": "\u0327", "v": "\u030c", "u": "\u0306", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331", "t": "\u0361",
}  # fmt: skip
LETTERS = {
    "oe": "œ", "OE": "Œ", "ae": "æ", "AE": "Æ", "aa": "å", "AA": "Å", "ss": "ß",
    "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
}  # fmt: skip
NAMED = {
    "textendash": "–", "textemdash": "—", "ldots": "...", "dots": "...",
    "textquoteright": "’", "textquoteleft": "‘", "textquotedblleft": "“",
    "textquotedblright": "”", "textasciitilde": "~", "textunderscore": "_", "textbackslash": "\\",
    "S": "§", "P": "¶", "copyright": "©", "pounds": "£", "textregistered": "®",
}  # fmt: skip
SILENT = (
    "newblock|em|it|bf|sc|rm|sf|tt|sl|up|itshape|bfseries|scshape|upshape|mdseries|normalfont"
    "|relax|protect|null|unskip|urlprefix"
)
_BASE = r"(?:\\[ij](?![A-Za-z])|[A-Za-z])"
DECODE = patterns.compile(
    rf"\\(?:url|path)\s*\{{(?P<url>[^{{}}]*)\}}"
    rf"|\\doi\s*\{{(?P<doi>[^{{}}]*)\}}"
    rf"|\\href\s*\{{(?P<href>[^{{}}]*)\}}\s*\{{(?P<htext>(?:[^{{}}]|\{{[^{{}}]*\}})*)\}}"
    rf"|(?P<bare>(?:https?|ftp)://[^\s{{}}\\]+)"
    rf"|\\(?P<acc>[\"'`^~=.])\s*(?:\{{\s*(?P<b1>{_BASE})\s*\}}|(?P<b2>{_BASE}))"
    rf"|\\(?P<acc2>[Hcvukrdbt])(?![A-Za-z])(?:\s*\{{\s*(?P<b3>{_BASE})\s*\}}|\s+(?P<b4>[A-Za-z]))"
    rf"|\\(?P<letter>{'|'.join(sorted(LETTERS, key=len, reverse=True))})(?![A-Za-z])\s*"
    rf"|\\(?P<named>{'|'.join(sorted(NAMED, key=len, reverse=True))})(?![A-Za-z])\s*"
    rf"|\\(?:{SILENT})(?![A-Za-z])\s*"
    rf"|\\(?:bibinfo|bibfield)\s*\{{[^{{}}]*\}}"  # the field's name, not its text
    r"|(?P<emdash>---)|(?P<endash>--)"
    r"|\\(?P<escaped>[&%$#_{}])"
    r"|(?P<space>~|\\\\(?:\[[^\]]*\])?|\\[ ,;:>])"
    r"|(?P<quote>``|'')"
    r"|\\[A-Za-z@]+\*?\s*"
    r"|\\[!/]|[{}$]"
)
SPACES = patterns.compile(r"\s+")


def decode(source: Mapped) -> Mapped:
    """LaTeX markup decoded to the text it prints, each character still mapped to the file."""
    decoded = source.sub(DECODE, _decode)
    return decoded.sub(SPACES, lambda m, match: Mapped.put(" ", m.offsets[match.start()]))


def _decode(source: Mapped, match: re.Match[str]) -> Mapped:
    at = source.offsets[match.start()]
    group = match.group
    if group("url") is not None:
        return source.group(match, "url")
    if group("doi") is not None:
        before = source.text[max(0, match.start() - 8) : match.start()]
        prefix = Mapped() if re.search(r"doi:?\s*$", before, re.I) else Mapped.put("doi:", at)
        return prefix + source.group(match, "doi")
    if group("href") is not None:
        text = decode(source.group(match, "htext")).strip()
        url = source.group(match, "href")
        if not text.text:
            return url
        if text.text in url.text:
            return text
        return text + Mapped.put(" ", at) + url
    if group("bare") is not None:
        return source.group(match, "bare")
    mark = group("acc") or group("acc2")
    if mark is not None:
        base = group("b1") or group("b2") or group("b3") or group("b4")
        base = base.lstrip("\\")
        return Mapped.put(unicodedata.normalize("NFC", base + ACCENTS[mark]), at)
    if group("letter") is not None:
        return Mapped.put(LETTERS[group("letter")], at)
    if group("named") is not None:
        return Mapped.put(NAMED[group("named")], at)
    if group("emdash") is not None:
        return Mapped.put("—", at)
    if group("endash") is not None:
        return Mapped.put("–", at)
    if group("escaped") is not None:
        return source.group(match, "escaped")
    if group("space") is not None:
        return Mapped.put(" ", at)
    if group("quote") is not None:
        return Mapped.put('"', at)
    return Mapped()


def read_document(text: str) -> Document:
    starts = line_starts(text)
    hidden = bytearray(len(text))
    pending = []
    for start, end in _comments(text):
        found = directive(text[start:end], starts, start, end)
        if found is not None:
            pending.append((start, found[0]))
        # like TeX: the comment takes its line ending and the next line's indent with it
        stop = end
        if text.startswith("\r\n", stop):
            stop += 2
        elif stop < len(text) and text[stop] in "\r\n":
            stop += 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        hidden[start:stop] = b"\x01" * (stop - start)
    source = _visible(text, hidden)

    bibliography = BIBLIOGRAPHY.search(source.text)
    if bibliography is None:  # a list typed as text under a "References" heading, as before
        from refslint.sources import plaintext

        return Document(plaintext.read_entries(text, require_heading=True))
    inside = bibliography.span("body")
    items = list(BIBITEM.finditer(source.text, *inside))
    entries: list[Entry] = []
    keys: dict[str, int] = {}
    for index, item in enumerate(items, start=1):
        end = items[index].start() if index < len(items) else inside[1]
        cleaned = decode(source[item.end() : end]).strip()
        entries.append(
            Entry(
                text=cleaned.text,
                positions=cleaned.positions(starts),
                index=index,
                number=index,
            )
        )
        keys.setdefault(item.group("key").strip(), index)
    entries, suppressions = attach(
        entries, pending, [source.offsets[item.start()] for item in items]
    )
    citations = _citations(source, bibliography.span(), keys, starts) if entries else None
    return Document(entries, citations, suppressions)


# A `%` begins a comment unless a backslash escapes it (`\%`); a backslash escapes exactly one
# character, so `\\%` is a line break and then a comment. One scan reads both tokens in order.
COMMENT_OR_ESCAPE = patterns.compile(r"%[^\r\n]*|\\[^\r\n]")


def _comments(text: str) -> list[tuple[int, int]]:
    """[start, end) of each `%` comment, up to (not including) its line ending.

    One pass: each escape and each comment is read once, so a line of many `\\%` costs its length,
    not its length squared.
    """
    if "%" not in text:
        return []
    return [
        match.span() for match in COMMENT_OR_ESCAPE.finditer(text) if match.group().startswith("%")
    ]


def _visible(text: str, hidden: bytearray) -> Mapped:
    """The text without its hidden stretches (comments), each kept character mapped."""
    out = Mapped()
    start = 1 if text.startswith("\ufeff") else 0
    while start < len(text):
        stop = hidden.find(1, start)
        if stop < 0:
            stop = len(text)
        if stop > start:
            out.extend(Mapped.of(text, start, stop))
        start = hidden.find(0, stop)
        if start < 0:
            break
    return out


def _citations(
    source: Mapped, bibliography: tuple[int, int], keys: dict[str, int], starts: list[int]
) -> tuple[Citation, ...] | None:
    document = DOCUMENT.search(source.text)
    if document is not None:
        regions = [(document.start("body"), bibliography[0]), (bibliography[1], document.end())]
    else:
        regions = [(0, bibliography[0]), (bibliography[1], len(source.text))]
    found: list[Citation] = []
    has_body = False
    group = 0
    for begin, end in regions:
        if end <= begin:
            continue
        body = source.text[begin:end]
        has_body = has_body or has_words(COMMAND_WITH_ARGUMENTS.sub(" ", body))
        for cite in CITE.finditer(body):
            group += 1
            base = begin + cite.start("keys")
            for key in re.finditer(r"[^,\s]+", cite.group("keys")):
                first = source.offsets[base + key.start()]
                last = source.offsets[base + key.end() - 1]
                where = locate(starts, first, last + 1)
                found.append(Citation(key.group(), keys.get(key.group()), where, group))
    return tuple(found) if has_body else None
