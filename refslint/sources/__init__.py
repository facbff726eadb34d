"""Reading files into entries: decoding, and the choice of reader by file type.

Text is kept exactly as decoded (newlines included), so offsets into it can later be edited in place
and written back in the file's own encoding.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from refslint.model import Entry

NEWLINE = re.compile(r"\r\n|\r|\n")
SUFFIXES = (".txt", ".md", ".tex")  # what a directory walk picks up


class SourceError(Exception):
    """A file that cannot be read as text; the message is one line fit for the user."""


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
        raise SourceError(f"{name}: binary file (NUL byte at offset {nul})")
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


MANUSCRIPT_SUFFIXES = {".md", ".markdown", ".tex"}


def read_entries(path: str | Path, text: str) -> list[Entry]:
    """Entries of `text`, read as its file type asks.

    Markdown and LaTeX are read as plain text for now, and only under a "References" heading, so
    that numbered steps in a README are never linted as a reference list.
    """
    from refslint.sources import plaintext

    manuscript = Path(path).suffix.lower() in MANUSCRIPT_SUFFIXES
    return plaintext.read_entries(text, require_heading=manuscript)


def line_starts(text: str) -> list[int]:
    """Offset where each line begins, with the line endings the readers use; a BOM is skipped."""
    return [1 if text.startswith("\ufeff") else 0, *(m.end() for m in NEWLINE.finditer(text))]
