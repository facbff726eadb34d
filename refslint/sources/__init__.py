"""Reading files into entries: decoding, and the choice of reader by file type.

Text is kept exactly as decoded (newlines included), so offsets into it can later be edited in place
and written back in the file's own encoding.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from refslint.model import Entry

if TYPE_CHECKING:
    from refslint.sources.document import Document

NEWLINE = re.compile(r"\r\n|\r|\n")
SUFFIXES = (".txt", ".md", ".tex")  # what a directory walk picks up


class SourceError(Exception):
    """A file that cannot be read as text; the message is one line fit for the user."""


class BinaryFile(SourceError):
    """A file that holds no text at all (it has a NUL byte): skipped with a note, not a failure,
    so a stray image or archive among the linted files does not fail the run by itself."""


def read_file(path: str | Path) -> tuple[str, str, str]:
    """Decode a file: returns (text, encoding, newline); see `decode`."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(data, str(path))


def decode(data: bytes, name: str) -> tuple[str, str, str]:
    """Bytes to (text, encoding, newline).

    A BOM decides the encoding (UTF-8, UTF-16 LE/BE; for UTF-16 the BOM is not part of the name,
    so a writer adds it back); anything else must be strict UTF-8. `newline` is the first line
    ending seen, `\\n` when there is none.
    """
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[len(codecs.BOM_UTF8) :]
    elif data.startswith(codecs.BOM_UTF16_LE):
        encoding, body = "utf-16-le", data[2:]
    elif data.startswith(codecs.BOM_UTF16_BE):
        encoding, body = "utf-16-be", data[2:]
    else:
        encoding, body = "utf-8", data
    nul = data.find(b"\x00") if encoding.startswith("utf-8") else -1
    if nul >= 0:
        raise BinaryFile(f"{name}: binary file (NUL byte at offset {nul})")
    codec = encoding.removesuffix("-sig")
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        offset = exc.start + len(data) - len(body)
        bad = body[exc.start : exc.start + 1].hex()
        raise SourceError(
            f"{name}: not {codec.upper()} text: cannot decode byte 0x{bad} at offset {offset}"
        ) from None
    found = NEWLINE.search(text)
    return text, encoding, found.group() if found else "\n"


def encode(text: str, encoding: str) -> bytes:
    """The bytes `decode` read `text` from: UTF-16 gets its BOM back, `utf-8-sig` keeps its own."""
    if encoding == "utf-16-le":
        return codecs.BOM_UTF16_LE + text.encode(encoding)
    if encoding == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode(encoding)
    return text.encode(encoding)


def write_file(path: str | Path, text: str, encoding: str) -> None:
    """Replace a file's text atomically, in the encoding it was read with.

    The text goes to a temporary file in the same folder, which then replaces the original in one
    `os.replace`: a crash or a full disk leaves the old file whole, never half written. The
    original's permission bits are kept, and a symlink keeps pointing at the fixed file.
    """
    import os
    import tempfile

    target = Path(path).resolve()  # through a symlink: replace the file, keep the link
    data = encode(text, encoding)
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = None
    handle, temporary = tempfile.mkstemp(
        dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise SourceError(f"{path}: cannot write: {exc.strerror or exc}") from None
        raise


MARKDOWN_SUFFIXES = {".md", ".markdown"}
LATEX_SUFFIXES = {".tex"}


def read_entries(path: str | Path, text: str) -> list[Entry]:
    """Entries of `text`, read as its file type asks (see `read_document`)."""
    return read_document(path, text).entries


def read_document(path: str | Path, text: str) -> Document:
    """Entries, citations and suppression comments of `text`, read as its file type asks.

    Markdown (`.md`, `.markdown`) and LaTeX (`.tex`) have readers of their own; anything else is
    plain text.
    """
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from refslint.sources import markdown

        return markdown.read_document(text)
    if suffix in LATEX_SUFFIXES:
        from refslint.sources import latex

        return latex.read_document(text)
    from refslint.sources import plaintext

    return plaintext.read_document(text)


def line_starts(text: str) -> list[int]:
    """Offset where each line begins, with the line endings the readers use; a BOM is skipped."""
    return [1 if text.startswith("\ufeff") else 0, *(m.end() for m in NEWLINE.finditer(text))]
