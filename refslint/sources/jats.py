"""JATS XML: the `<ref>` elements of an `<article>` or a bare `<ref-list>`, with exact positions.

lxml checks that the file is well-formed XML and gives the structure; a scan of the file's own
text (`_Scan`) gives every element's offset, and the two are matched element by element (tag
and `sourceline`), so each character of an extracted text maps back to its offset in the file:
character data to itself, an entity (`&amp;`, `&#x2013;`) to its `&`, CDATA content to itself.

- `<mixed-citation>` (punctuation kept in the XML) is linted as text, by the grammar.
- `<element-citation>` (structured, no punctuation) is read field by field into a `Reference`
  (see `structured.py`); rules about punctuation and house style do not run on it.
- A `<ref>`'s `<label>` ("1", "1.", "[1]") is its number; refs without one are numbered by
  position. A ref holding both kinds of citation is read from its `<mixed-citation>`. Only the
  main article's list is read (not a `<sub-article>`'s).
- The body's `<xref ref-type="bibr">` marks are its citations, resolved by `rid`.
- `<!-- refslint: disable=... -->` comments work as in Markdown.

Fixes: an edit is applied only where its whole span is character data of one text node, with no
entity, comment or tag inside, and its new text needs no escaping; text is inserted at a text
node's edge only where that edge is not a field's tag. Other fixes are shown, not applied
(`Document.edit_guard`).
"""

from __future__ import annotations

import html.entities
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from refslint import patterns
from refslint.extras import needs_extra
from refslint.model import Citation, Entry
from refslint.sources import SkippedFile, SourceError, line_starts
from refslint.sources.document import MAX_RANGE, Document, Mapped, attach, directive, locate

MISSING_EXTRA = needs_extra("reading JATS XML", "jats")
CITATIONS = ("mixed-citation", "element-citation", "citation", "nlm-citation")
# inline formatting: its edges never separate words (`<italic>Escherichia</italic> coli`)
FORMATTING = frozenset(
    (
        "italic", "bold", "sup", "sub", "sc", "underline", "overline", "monospace", "roman",
        "sans-serif", "strike", "styled-content", "named-content", "inline-formula", "abbrev",
        "ruby", "fixed-case",
    )
)  # fmt: skip
# rules that read a citation's punctuation and house style: off for structured citations, whose
# punctuation is the publisher's renderer's (RL511-RL514 text faults, RL8xx house style)
STRUCTURED_SKIPS = frozenset(("RL511", "RL512", "RL513", "RL514", "RL8"))

TOKEN = patterns.compile(
    r"(?P<comment><!--.*?-->)"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|(?P<pi><\?.*?\?>)"
    r"|(?P<doctype><!DOCTYPE(?:[^\[>\"']|\"[^\"]*\"|'[^']*'|\[.*?\]\s*)*>)"
    r"|<(?P<close>/)?(?P<name>[^\s/>!?]+)"
    r"(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(?P<empty>/)?>"
    r"|(?P<text>[^<]+)",
    re.S,
)
ENTITY = patterns.compile(r"&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z_][\w.-]*));")
SPACES = patterns.compile(r"\s+")
LABEL = patterns.compile(r"\s*[\[(]?\s*(\d{1,6})\s*[\])]?\s*[.:]?\s*")
LEADING_LABEL = patterns.compile(r"[\[(]?(\d{1,6})[\])]?\.?(?=\s)")
XML_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
UNSAFE_IN_TEXT = ("<", "&", ">")
TAGS = patterns.compile(r"<[^>]*>")
JOINING = patterns.compile(r"[\s,;\-–—]*")
DASHES = patterns.compile(r"[\-–—]")
NESTED_ARTICLES = ("sub-article", "response")
# the order of an unnumbered (author-date) list says nothing of the order of citation
UNNUMBERED_SKIPS = frozenset(("RL703",))


class NotJats(SkippedFile):
    """Well-formed XML whose root is not a JATS article or reference list."""


@dataclass(frozen=True, slots=True)
class _Element:
    name: str  # local name, without a namespace prefix
    start: int  # offset of its start tag's `<`
    first: int  # index of its start tag's token
    last: int  # index of its end tag's token (== first for `<x/>`)


class _Scan:
    """The file's tokens (tags, text, CDATA, comments) and its elements in document order."""

    def __init__(self, text: str):
        self.text = text
        self._slot: list[int] = []  # index in `elements` of each open element, innermost last
        self.kinds: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.names: list[str] = []
        self.elements: list[_Element] = []
        self.comments: list[tuple[int, int]] = []
        open_: list[tuple[str, int, int]] = []  # (name, start offset, token index)
        kinds, spans, names, elements, slots = (
            self.kinds,
            self.spans,
            self.names,
            self.elements,
            self._slot,
        )
        position = 1 if text.startswith("\ufeff") else 0
        for match in TOKEN.finditer(text, position):
            begin, finish = match.span()
            if begin != position:
                raise ValueError(f"unexpected text at offset {position}")
            position = finish
            index = len(kinds)
            local = ""
            if text[begin] != "<":
                kind = "text"
            elif text.startswith("<!--", begin):
                kind = "comment"
                self.comments.append((begin, finish))
            elif text.startswith("<![CDATA[", begin):
                kind = "cdata"
            elif text[begin + 1] in "?!":
                kind = "other"  # a processing instruction, the XML declaration, the doctype
            else:
                name = match.group("name")
                local = name.rpartition(":")[2]
                if text[begin + 1] == "/":
                    kind = "end"
                    if not open_ or open_[-1][0] != local:
                        raise ValueError(f"unbalanced </{name}> at offset {begin}")
                    opened, start, first = open_.pop()
                    elements[slots.pop()] = _Element(opened, start, first, index)
                else:
                    kind = "start"
                    if text[finish - 2] == "/":
                        elements.append(_Element(local, begin, index, index))
                    else:
                        open_.append((local, begin, index))
                        slots.append(len(elements))
                        elements.append(_Element(local, begin, index, -1))
            kinds.append(kind)
            spans.append((begin, finish))
            names.append(local)
        if position != len(text) or open_:
            raise ValueError("the scan did not reach the end of the document")


# A stretch of plain character data [start, end) and whether text may be inserted at its start
# and at its end: not where that would put it inside a field it only touches (a period added
# after `<pub-id>10.1/x</pub-id>` must not become part of the DOI).
Stretch = tuple[int, int, bool, bool]


@dataclass
class _Reading:
    """What reading one element's text found: the text, mapped, and its plain stretches."""

    text: Mapped
    plain: list[Stretch]


def _decode_text(
    source: str,
    start: int,
    end: int,
    plain: list[Stretch],
    open_start: bool = True,
    open_end: bool = True,
) -> Mapped:
    """Character data [start, end) with its entities decoded, each character mapped."""
    out = Mapped()
    position = start
    for match in ENTITY.finditer(source, start, end):
        if match.start() > position:
            out.extend(Mapped.of(source, position, match.start()))
            plain.append((position, match.start(), open_start or position > start, True))
        out.extend(_entity(source, match))
        position = match.end()
    if end > position:
        out.extend(Mapped.of(source, position, end))
        plain.append((position, end, open_start or position > start, open_end))
    return out


def _entity(source: str, match: re.Match[str]) -> Mapped:
    hexadecimal, decimal, name = match.groups()
    at = match.start()
    try:
        if hexadecimal is not None:
            return Mapped.put(chr(int(hexadecimal, 16)), at)
        if decimal is not None:
            return Mapped.put(chr(int(decimal)), at)
    except (ValueError, OverflowError):
        return Mapped.of(source, match.start(), match.end())
    value = XML_ENTITIES.get(name) or html.entities.html5.get(f"{name};")
    if value is None:  # declared in a DTD that is not read: kept as printed
        return Mapped.of(source, match.start(), match.end())
    return Mapped.put(value, at)


class Jats:
    """One parsed JATS file: lxml's tree and the scan's offsets, matched element by element."""

    def __init__(self, text: str, name: str):
        try:
            from lxml import etree
        except ImportError:
            raise SourceError(f"{name}: {MISSING_EXTRA}") from None
        self.etree = etree
        self.text = text
        self.starts = line_starts(text)
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=False,
            encoding="utf-8",
        )
        body = text.removeprefix("\ufeff")
        try:
            self.root = etree.fromstring(body.encode("utf-8"), parser)
        except etree.XMLSyntaxError as exc:
            raise SourceError(f"{name}: not well-formed XML: {_syntax(exc)}") from None
        if self.root is None:
            raise SourceError(f"{name}: not well-formed XML: no root element")
        root = etree.QName(self.root).localname
        if not _is_jats(self.root, root, etree):
            raise NotJats(f"{name}: XML, but not JATS (its root element is <{root}>)")
        try:
            scan = _Scan(text)
        except ValueError as exc:
            raise SourceError(f"{name}: XML the reader cannot follow: {exc}") from None
        self.scan = scan
        self.index: dict[Any, _Element] = {}
        elements = [e for e in self.root.iter() if isinstance(e.tag, str)]
        found = [e for e in scan.elements if e.start >= _root_start(scan)]
        if len(elements) != len(found):
            raise SourceError(
                f"{name}: XML the reader cannot follow ({len(elements)} elements parsed, "
                f"{len(found)} found)"
            )
        for element, mine in zip(elements, found, strict=True):
            # libxml2 counts a start tag written over several lines at one of them
            line = bisect_right(self.starts, mine.start)
            last = bisect_right(self.starts, scan.spans[mine.first][1] - 1)
            if etree.QName(element).localname != mine.name or not (
                line <= (element.sourceline or 0) <= last
            ):
                raise SourceError(
                    f"{name}: XML the reader cannot follow (at <{mine.name}>, line {line})"
                )
            self.index[element] = mine

    @staticmethod
    def local(element: Any) -> str:
        """An element's name without its namespace (`{ns}name` or `name`)."""
        return str(element.tag).rpartition("}")[2]

    def children(self, element: Any, *names: str) -> list[Any]:
        return [c for c in element if isinstance(c.tag, str) and c.tag.rpartition("}")[2] in names]

    def child(self, element: Any, *names: str) -> Any | None:
        found = self.children(element, *names)
        return found[0] if found else None

    def descendants(self, element: Any, *names: str) -> Iterator[Any]:
        for found in element.iter():
            if isinstance(found.tag, str) and found.tag.rpartition("}")[2] in names:
                yield found

    def read(self, element: Any, separate: bool = True) -> _Reading:
        """The text of `element`, markup removed, each character mapped to the file; with
        `separate`, adjacent fields (`</surname><given-names>`) get a space between them."""
        mine = self.index[element]
        scan, source = self.scan, self.text
        out = Mapped()
        plain: list[Stretch] = []
        boundary = False
        for token in range(mine.first + 1, mine.last):
            kind = scan.kinds[token]
            start, end = scan.spans[token]
            if kind == "text":
                before = token - 1 == mine.first or not self._field_tag(token - 1)
                after = token + 1 == mine.last or not self._field_tag(token + 1)
                out.extend(_decode_text(source, start, end, plain, before, after))
                boundary = False
            elif kind == "cdata":
                out.extend(Mapped.of(source, start + 9, end - 3))
                boundary = False
            elif kind in ("start", "end") and scan.names[token] not in FORMATTING:
                if kind == "end":
                    boundary = True
                elif boundary and separate and out.text and not out.text[-1].isspace():
                    out.extend(Mapped.put(" ", start + 1))
                    boundary = False
        return _Reading(out, plain)

    def _field_tag(self, token: int) -> bool:
        """Whether a token is a tag of an element other than inline formatting."""
        scan = self.scan
        return scan.kinds[token] in ("start", "end") and scan.names[token] not in FORMATTING

    def clean(self, element: Any) -> _Reading:
        """`read`, with runs of white space as one space and none at either end."""
        found = self.read(element)
        text = found.text.sub(SPACES, lambda m, match: Mapped.put(" ", m.offsets[match.start()]))
        return _Reading(text.strip(), found.plain)

    def attribute(self, element: Any, name: str) -> Mapped | None:
        """An attribute's value (`xlink:href`), entities decoded, mapped into its start tag."""
        mine = self.index[element]
        start, end = self.scan.spans[mine.first]
        tag = self.text[start:end]
        match = re.search(rf"\s{re.escape(name)}\s*=\s*([\"'])(.*?)\1", tag, re.S)
        if match is None:
            return None
        return _decode_text(self.text, start + match.start(2), start + match.end(2), [])

    def tag_point(self, element: Any) -> int:
        """An offset inside `element`'s start tag (its name): where text the reader supplies
        (a separator) is placed, so no edit can ever land there."""
        return self.index[element].start + 1


def _syntax(exc: Any) -> str:
    """lxml's message, once (its text repeats the line and column)."""
    message = str(exc.msg if getattr(exc, "msg", None) else exc)
    message = re.sub(r",? line \d+, column \d+.*$", "", message).strip()
    line, column = getattr(exc, "lineno", None), getattr(exc, "offset", None)
    where = f"line {line}, column {column}: " if line else ""
    return f"{where}{message}"


def _root_start(scan: _Scan) -> int:
    return scan.elements[0].start if scan.elements else 0


def _is_jats(root: Any, name: str, etree: Any) -> bool:
    """A JATS (or NLM) article, a PMC article set, or a bare reference list.

    A DocBook `<article>` has a namespace of its own (5.x) or no `<front>`/`<back>` (4.x)."""
    namespace = etree.QName(root).namespace
    if namespace and "jats" not in namespace and "nlm" not in namespace:
        return False
    if name == "ref-list":
        return True
    if name == "pmc-articleset":
        return any(etree.QName(c).localname == "article" for c in root if isinstance(c.tag, str))
    if name != "article":
        return False
    if root.get("dtd-version") or root.get("article-type"):
        return True
    children = {etree.QName(c).localname for c in root if isinstance(c.tag, str)}
    return bool(children & {"front", "back"})


# --- reading a file ------------------------------------------------------------------------------


def read_document(text: str, name: str = "<xml>") -> Document:
    """Every `<ref>` of the file as an entry, in document order."""
    from refslint.sources import structured

    jats = Jats(text, name)
    entries: list[Entry] = []
    plain: list[Stretch] = []
    ref_starts: list[int] = []
    ids: dict[str, int] = {}  # a ref's `id`, which citations name, to its entry's number
    for ref in _refs(jats):
        citation = _citation(jats, ref)
        if citation is None:
            continue
        index = len(entries) + 1
        label = jats.child(ref, "label")
        label_text = jats.clean(label) if label is not None else None
        number = _number(label_text.text.text) if label_text is not None else None
        if jats.local(citation) == "element-citation":
            entry = structured.entry(jats, citation, label_text, number, index, plain)
            entry = replace(entry, suppressed=entry.suppressed | STRUCTURED_SKIPS)
        else:
            body = jats.clean(citation)
            plain.extend(body.plain)
            if label_text is not None:
                plain.extend(label_text.plain)
            entry = _mixed(jats, citation, body.text, label_text, number, index)
        entries.append(entry)
        if ref.get("id"):
            ids.setdefault(ref.get("id"), entry.number if entry.number is not None else index)
        first = entry.positions.position(0)  # a comment just above the entry's text is its own
        ref_starts.append(min(jats.starts[first.line - 1] + first.column - 1, len(text)))
    numbered = any(entry.number is not None for entry in entries)
    if not numbered:  # an author-date list (eLife's): its order is not the order of citation
        entries = [replace(e, suppressed=e.suppressed | UNNUMBERED_SKIPS) for e in entries]
    citations = _citations(jats, ids)
    pending = []
    for start, end in jats.scan.comments:
        found = directive(text[start:end], jats.starts, start, end)
        if found is not None:
            pending.append((start, found[0]))
    entries, suppressions = attach(entries, pending, ref_starts)
    return Document(entries, citations, suppressions, edit_guard=_Guard(plain))


def _refs(jats: Jats) -> Iterator[Any]:
    """The `<ref>`s of the article's own list: of the first article of a PMC article set, and
    not of a `<sub-article>` or `<response>` (a translation or a review report has its own)."""
    yield from _own(jats, "ref")


def _own(jats: Jats, name: str) -> Iterator[Any]:
    """The main article's `name` elements, in document order."""
    scope = jats.root
    if jats.local(scope) == "pmc-articleset":
        scope = jats.child(scope, "article")
    for found in jats.descendants(scope, name):
        if not any(jats.local(a) in NESTED_ARTICLES for a in found.iterancestors()):
            yield found


def _citations(jats: Jats, ids: dict[str, int]) -> tuple[Citation, ...] | None:
    """The body's `<xref ref-type="bibr" rid="...">` citations, in document order; None when
    the file has none (a bare list, or an article whose citations are not marked up).

    Citations joined only by commas, semicolons and spaces are one group (`[2, 3]`); two joined
    by a dash are a range, and cite the numbers between them too (`<xref>1</xref>–<xref>4</xref>`).
    """
    xrefs = [x for x in _own(jats, "xref") if x.get("ref-type") == "bibr"]
    if not xrefs:
        return None
    found: list[Citation] = []
    group = 0
    previous: tuple[int, int | None] | None = None  # (end offset, number) of the last xref
    for xref in xrefs:
        mine = jats.index[xref]
        start, end = mine.start, jats.scan.spans[mine.last][1]
        between = ""
        if previous is not None and start >= previous[0]:
            between = html.unescape(TAGS.sub("", jats.text[previous[0] : start]))
        joined = previous is not None and JOINING.fullmatch(between) is not None
        if not joined:
            group += 1
        where = locate(jats.starts, start, end)
        number: int | None = None
        for rid in (xref.get("rid") or "").split():
            number = ids.get(rid)
            low = previous[1] if joined and previous is not None else None
            ranged = DASHES.search(between) and low is not None and number is not None
            if ranged and low is not None and number is not None and 0 < number - low <= MAX_RANGE:
                found.extend(Citation(str(n), n, where, group) for n in range(low + 1, number))
            found.append(Citation(rid, number, where, group))
        previous = (end, number)
    return tuple(found)


def _citation(jats: Jats, ref: Any) -> Any | None:
    """The citation a `<ref>` is read from: its first `<mixed-citation>` (or the older
    `<citation>`), else its first `<element-citation>`."""
    found = list(jats.descendants(ref, *CITATIONS))
    for element in found:
        if jats.local(element) != "element-citation":
            return element
    return found[0] if found else None


def _number(label: str) -> int | None:
    match = LABEL.fullmatch(label)
    return int(match.group(1)) if match else None


def _mixed(
    jats: Jats,
    citation: Any,
    body: Mapped,
    label: _Reading | None,
    number: int | None,
    index: int,
) -> Entry:
    """A `<mixed-citation>` as an entry: its label, a space, its text, unless the text itself
    begins with the number (as SciELO prints it, "1. Smith J ...")."""
    leading = LEADING_LABEL.match(body.text)
    if leading is not None and (number is None or int(leading.group(1)) == number):
        text, label_end = body, leading.end()
        number = int(leading.group(1))
    elif label is not None and label.text.text:
        text = label.text + Mapped.put(" ", jats.tag_point(citation)) + body
        label_end = len(label.text)
    else:
        text, label_end = body, 0
    return Entry(
        text=text.text,
        positions=text.positions(jats.starts),
        index=index,
        number=number,
        label_end=label_end,
    )


class _Guard:
    """`Document.edit_guard` for XML: an edit must lie within one stretch of plain character
    data (no tag, comment, CDATA or entity inside), and its text must need no escaping; an
    insertion at a stretch's edge only where that edge does not touch a field's tag."""

    def __init__(self, plain: list[Stretch]):
        self.plain = sorted(plain)
        self.begins = [start for start, *_ in self.plain]

    def __call__(self, start: int, end: int, text: str) -> bool:
        if any(mark in text for mark in UNSAFE_IN_TEXT):
            return False
        at = bisect_right(self.begins, start) - 1
        if at < 0:
            return False
        low, high, open_start, open_end = self.plain[at]
        if not low <= start <= end <= high:
            return False
        if start == end == low:
            return open_start
        if start == end == high:
            return open_end
        return True
