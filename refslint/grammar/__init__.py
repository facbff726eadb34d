"""Read one reference entry into a `Reference` with the Lark grammar in `entry.lark`.

The parser is built once per process (and kept in Lark's on-disk cache between processes, so a cold
run loads it instead of rebuilding the LALR tables).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from lark import Lark, UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from refslint import patterns
from refslint.grammar import acm, din1505, gost, iso690, roles, unsrt, works
from refslint.grammar.errors import describe
from refslint.grammar.fragments import FRAGMENTS, PARTICLE
from refslint.grammar.scanner import OneByOneContextualLexer
from refslint.grammar.transform import SOURCE, ToParts
from refslint.model import Entry, Field, ParseProblem, Reference, Span

GRAMMAR_DIR = Path(__file__).parent
GRAMMAR_FILE = GRAMMAR_DIR / "entry.lark"
MAX_ENTRY_LENGTH = 20_000  # characters; longer "entries" are runaway text, not references
_BOUNDARY = patterns.compile(r"[.?!;\]]\s+")


def grammar_text() -> str:
    text = GRAMMAR_FILE.read_text(encoding="utf-8")
    for key, fragment in FRAGMENTS.items():
        text = text.replace("{{" + key + "}}", fragment.replace("/", r"\/"))
    return text


def cache_folder() -> str | None:
    """refslint's cache folder (`REFSLINT_CACHE_DIR`, else the user's), made if need be; None
    when it cannot be written, and then nothing is kept."""
    folder = os.environ.get("REFSLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "refslint",
    )
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def _cache_path() -> str | bool:
    """Lark's parse-table cache in the user cache folder; in memory when that is not writable."""
    folder = cache_folder()
    return False if folder is None else os.path.join(folder, "grammar.lark-cache")


@functools.lru_cache(maxsize=1)
def parser() -> Lark:
    options = {
        "parser": "lalr",
        "lexer": "contextual",
        "start": ["start", "body"],
        "maybe_placeholders": False,
        "transformer": ToParts(),
        # each terminal compiled once, not once per parser state (`scanner`); not part of
        # the cached tables, so a cache written without it loads with it
        "_plugins": {"ContextualLexer": OneByOneContextualLexer},
    }
    cache = _cache_path()
    text = grammar_text()
    try:
        return Lark(text, cache=cache, **options)
    except (OSError, EOFError, ValueError):
        return Lark(text, **options)


def _parse(text: str, start: str):
    SOURCE.text = text
    return parser().parse(text, start=start)


def parse_entry(entry: Entry) -> Reference:
    """Parse an entry; an unreadable one still yields what could be recognised after the fault.

    An entry a source already read field by field (`Entry.reference`) is returned as it is."""
    if entry.reference is not None:
        return entry.reference
    text = entry.text
    label = None
    if entry.label_end:
        label = Field(text[: entry.label_end], Span(0, entry.label_end))
    body = " " * entry.label_end + text[entry.label_end :]
    if len(text) > MAX_ENTRY_LENGTH:
        problem = ParseProblem(
            entry.label_end,
            f"entry is {len(text):,} characters long; the limit is {MAX_ENTRY_LENGTH:,}",
        )
        return Reference(text, entry.index, entry.number, label, problem=problem)
    shaped = _by_shape(text, body, entry.label_end)
    if shaped is not None:
        fields: dict = {"text": text, "index": entry.index, "number": entry.number}
        fields.update(shaped, label=label)
        kind = works.kind_of_work(text, entry.label_end, fields)
        if kind is not None:
            fields["kind"] = kind
        return Reference(**fields)
    try:
        read = _without_page_count(text)  # (the same offsets: the entry's own text is kept)
        authors, parts = _parse_past_run_on_name(_without_page_count(body))
        fields = roles.build(read, entry.index, entry.number, label, authors, parts)
        kind = works.kind_of_work(read, entry.label_end, fields)
        if kind is not None:
            fields["kind"] = kind
        fields["text"] = text
        return Reference(**fields)
    except UnexpectedInput as error:
        problem = _problem(body, error)
    authors, parts = _recover(body, problem.offset)
    fields = roles.build(text, entry.index, entry.number, label, None, parts)
    keep = ("doi", "doi_marker", "arxiv", "urls", "accessed", "access_note", "access_wording")
    kept = {k: v for k, v in fields.items() if k in keep or k == "dates"}
    return Reference(text, entry.index, entry.number, label, problem=problem, **kept)


def _by_shape(text: str, body: str, start: int) -> dict | None:
    """An entry in ACM's, ISO 690's, GOST's or DIN 1505's form read by its shape (`acm`,
    `iso690`, `gost`, `din1505`), with the links, identifiers and notes the grammar finds after
    the names."""
    fields = (
        acm.read(text, start)
        or iso690.read(text, start)
        or unsrt.read(text, start)
        or gost.read(text, start)
        or din1505.read(text, start)
    )
    if fields is None:
        return None
    after = fields["title"].span.start
    try:
        _, parts = _parse(" " * after + text[after:], "body")
    except UnexpectedInput as error:
        _, parts = _recover(body, _problem(body, error).offset)
    found = tuple(p.date for p in parts if p.date is not None)
    date = fields["date"]
    if date is None or any(d.span == date.span for d in found):
        fields["dates"] = found
    else:
        fields["dates"] = (date, *found)
    roles.identifiers(text, parts, fields)
    return fields


# a publisher's count of pages in brackets right after a page range (`964–988(25).`), as a
# search engine's record keeps it from the journal's host: read as spaces, offsets kept
_PAGE_COUNT = patterns.compile(r"(?<=\d[\-\u2013]\d)(\d*)\(\d{1,3}\)(?=[.,;]?(?:\s|$))")


def _without_page_count(body: str) -> str:
    return _PAGE_COUNT.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), body)


# a closing parenthesis after a year that none opened (`Nucleic Acids Res. 2023); 10.1093/...`)
STRAY_CLOSE = patterns.compile(r"(?<=\b(?:1\d|2[01])\d\d)\)(?=\s*[;:.,])")


def _parse_past_stray_close(body: str):
    """Parse `body`; where it fails on a stray `)` after a year, read it as if the mark were a
    space (the offsets stay), so that the entry is read and RL511 points at the mark."""
    try:
        return _parse(body, "start")
    except UnexpectedToken as error:
        at = getattr(error.token, "start_pos", None)
        if (
            at is None
            or not STRAY_CLOSE.match(body, at)
            or body.count("(", 0, at) > body.count(")", 0, at)
        ):
            raise
        try:
            return _parse(body[:at] + " " + body[at + 1 :], "start")
        except UnexpectedInput:
            raise error from None


# the last name of a compact author list run into the title with no stop (`Chan P, Wijaya SY
# Report on ...`): a surname, its initials and a capitalised word, right after a name's comma
RUN_ON_NAME = patterns.compile(
    r"(?<=[A-Z],\s)[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*)?\s+[A-Z]{1,3}\s+[A-Z][a-z]"
)


# a family name's particle after the initials, closed by a comma before the title (`Vries, M, de,
# Verslag der Redactie ...`): the comma ends the names
_PARTICLE_CLOSED = patterns.compile(rf"(?<=[A-Z]),\s+{PARTICLE},\s$")


# a sentence closed after the run-on name, with more of the entry after it: the title's end
_TITLE_CLOSED = patterns.compile(r"[.?!]\s+\S")


def _parse_past_run_on_name(body: str):
    """Parse `body`; where the author list fails on its last name run into the title, read the
    comma before that name as the stop that ends the names (the offsets stay), so that the entry
    is read, the names before the comma kept, and RL589 points at the missing stop; so too the
    comma after a particle that closes the names (`Vries, M, de, Verslag ...`)."""
    try:
        return _parse_past_stray_close(body)
    except UnexpectedToken as error:
        at = getattr(error.token, "start_pos", None)
        if (
            at is None
            or "NAME" not in error.expected
            or not (RUN_ON_NAME.match(body, at) or _PARTICLE_CLOSED.search(body, 0, at))
            or not _TITLE_CLOSED.search(body, at)
        ):
            raise  # (a title never closed, `Zhang Q Machine learning Angew Chem 2021 60`: unread)
        comma = body.rindex(",", 0, at)
        try:
            return _parse_past_stray_close(body[:comma] + "." + body[comma + 1 :])
        except UnexpectedInput:
            raise error from None


def _problem(text: str, error: UnexpectedInput) -> ParseProblem:
    if isinstance(error, UnexpectedToken) and error.token.type == "$END":
        offset = len(text.rstrip())
    elif isinstance(error, UnexpectedCharacters):
        offset = error.pos_in_stream or 0  # always set by the lexer; Lark types it optional
    else:
        token = getattr(error, "token", None)  # UnexpectedToken and UnexpectedEOF carry one
        offset = error.pos_in_stream or getattr(token, "start_pos", 0) or 0
    expected = getattr(error, "expected", None) or getattr(error, "allowed", None) or set()
    context = text[max(offset - 20, 0) : offset + 20].strip()
    return ParseProblem(offset, describe(text, offset, set(expected)), context)


def _recover(text: str, offset: int) -> tuple[None, list]:
    """Parse what follows the fault, segment by segment, to keep its dates and identifiers."""
    parts: list = []
    position = offset
    for _ in range(8):
        boundary = _BOUNDARY.search(text, position)
        if boundary is None:
            break
        start = boundary.end()
        try:
            _, found = _parse(" " * start + text[start:], "body")
        except UnexpectedInput as error:
            position = max(_problem(text, error).offset, start + 1)
            continue
        parts.extend(found)
        break
    return None, parts
