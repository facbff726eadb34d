"""Reading files into entries: decoding, and the choice of reader by file type.

Text is kept exactly as decoded (newlines included), so offsets into it can later be edited in place
and written back in the file's own encoding.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from refslint.lines import NEWLINE, LineIndex
from refslint.model import Entry

if TYPE_CHECKING:
    from refslint.sources.document import Document

SUFFIXES = (".txt", ".md", ".tex")  # what a directory walk picks up
WORD_SUFFIX = ".docx"  # picked up too when the `word` extra (python-docx) is installed


class SourceError(Exception):
    """A file that cannot be read as text; the message is one line fit for the user."""


class SkippedFile(SourceError):
    """A file that holds no list a reader can lint: skipped with a note, not a failure, so a stray
    file among the linted ones does not fail the run by itself."""


class BinaryFile(SkippedFile):
    """A file that holds no text at all (it has a NUL byte)."""


MAX_FILE_BYTES = 20_000_000  # the most one file may hold: about 110,000 entries
MAX_FILE_SIZE = "20 MB"  # the same, as messages and the README say it


def read_file(path: str | Path) -> tuple[str, str, str]:
    """Decode a file: returns (text, encoding, newline); see `decode`."""
    return decode(read_bytes(path), str(path))


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, read with the care every source needs (a Word file is read this way).

    Only a regular file (or a symlink to one) is read, and only up to `MAX_FILE_BYTES`: a named
    pipe would wait for a writer for ever and a device such as `/dev/zero` never ends. The file is
    opened without waiting (a pipe opens at once) and checked through the open descriptor, so it
    cannot be swapped for something else between the check and the read.
    """
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        if Path(path).is_symlink():
            raise SourceError(
                f"{path}: broken symbolic link (points to {os.readlink(path)})"
            ) from None
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise SourceError(f"{path}: is a directory")
        if not stat.S_ISREG(mode):
            raise SourceError(f"{path}: not a regular file ({kind(mode)}); not read")
        data = _read_bounded(descriptor, name)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(descriptor)
    return data


def _read_bounded(descriptor: int, name: str) -> bytes:
    """At most `MAX_FILE_BYTES`; a file that holds more (or grew past it) is refused whole."""
    size = os.fstat(descriptor).st_size
    if size > MAX_FILE_BYTES:
        raise SourceError(too_large(name, size))
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(descriptor, max(size - total, 0) + 65_536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_FILE_BYTES:
            raise SourceError(too_large(name, None))


def read_limited(stream: BinaryIO, name: str) -> bytes:
    """A stream's bytes (standard input), refused past `MAX_FILE_BYTES` as a file would be."""
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise SourceError(too_large(name, None))
    return data


def too_large(name: str, size: int | None) -> str:
    held = f"{size / 1_000_000:.1f} MB, " if size is not None else ""
    return f"{name}: {held}over the {MAX_FILE_SIZE} limit for one file; not read"


def kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    for test, words in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return words
    return "not a file"


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


def write_file(path: str | Path, text: str, encoding: str, *, original: str | None = None) -> None:
    """Replace a file's text atomically, in the encoding it was read with.

    The text goes to a temporary file `.NAME.refslint-XXXX.tmp` in the same folder, which then
    replaces the original in one `os.replace`: a crash, a kill or a full disk leaves the old file
    whole, never half written (a kill may leave the temporary file, never in the file's place).
    A symlink is followed: the file it points to is replaced and the link stays a link. The
    original's permission bits, extended attributes (ACLs among them) and, where allowed, owner
    are kept; an attribute that cannot be copied leaves the file unchanged.

    A file with more than one hard link is refused: the rename would give this name the new
    text while the other names kept the old one, silently splitting what was one file.

    A file with no write permission is refused, even for a user who could replace it anyway: the
    user marked it read-only. With `original` (the text as read), the file is read again just
    before the rename and left alone if it no longer holds that text: another program changed it
    while the fixes were computed, and its version wins.
    """
    original_data = encode(original, encoding) if original is not None else None
    write_bytes(path, encode(text, encoding), original=original_data)


def write_bytes(path: str | Path, data: bytes, *, original: bytes | None = None) -> None:
    """Replace a file's bytes atomically, with every safeguard `write_file` describes (a Word
    file's fixes are written this way); with `original`, only if the file still holds it."""
    name = str(path)
    link = Path(path)
    try:
        target = link.resolve(strict=True)  # through a symlink: replace the file, keep the link
        status = target.stat()
    except FileNotFoundError:
        if link.is_symlink():
            raise SourceError(
                f"{name}: broken symbolic link (points to {os.readlink(link)})"
            ) from None
        raise SourceError(f"{name}: removed after it was read; not written") from None
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise SourceError(f"{name}: cannot write: {_reason(exc)}") from None
    if not stat.S_ISREG(status.st_mode):
        raise SourceError(f"{name}: not a regular file; not written")
    mode = stat.S_IMODE(status.st_mode)
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise SourceError(f"{name}: read-only; not written")
    if status.st_nlink > 1:
        raise SourceError(
            f"{name}: has {status.st_nlink} hard links, and fixing it would leave the other names"
            " with the old text; not written (--diff shows the fixes)"
        )
    from refslint.atomic import replace_file  # only `--fix` needs it: kept out of lint start-up

    def ready(temporary: str) -> None:
        _copy_attributes(target, temporary, name)
        if (status.st_uid, status.st_gid) != (os.geteuid(), os.getegid()):
            with contextlib.suppress(OSError):  # only root may give a file away
                os.chown(temporary, status.st_uid, status.st_gid)
        if original is not None and target.read_bytes() != original:
            raise SourceError(
                f"{name}: changed on disk after it was read; not written (run refslint again)"
            )

    prefix = f".{target.name}.{TEMPORARY_MARK}"
    try:
        replace_file(target, data, prefix=prefix, mode=mode, ready=ready)
    except OSError as exc:
        raise SourceError(f"{name}: cannot write: {_reason(exc)}; the file is unchanged") from None
    _sync_folder(target.parent)


def _copy_attributes(source: Path, destination: str, name: str) -> None:
    """Give the replacement the original's extended attributes, or refuse to replace it."""
    if not hasattr(os, "listxattr"):  # only Linux has them through `os`
        return
    try:
        names = os.listxattr(source)
    except OSError:  # a file system without extended attributes: nothing to keep
        return
    for attribute in names:
        try:
            value = os.getxattr(source, attribute)
            with contextlib.suppress(OSError):
                if os.getxattr(destination, attribute) == value:
                    continue  # given already (a security label the system sets on every file)
            os.setxattr(destination, attribute, value)
        except OSError as exc:
            raise SourceError(
                f"{name}: cannot keep its extended attribute {attribute}: {_reason(exc)};"
                " the file is unchanged"
            ) from None


TEMPORARY_MARK = "refslint-"  # in the name of a fix's temporary file, so a leftover is recognised
_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return f"{exc.strerror} (disk full or file size limit reached)"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some systems cannot open a folder, which costs only that."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


MARKDOWN_SUFFIXES = {".md", ".markdown"}
LATEX_SUFFIXES = {".tex"}
JATS_SUFFIXES = {".xml"}


def read_entries(path: str | Path, text: str) -> list[Entry]:
    """Entries of `text`, read as its file type asks (see `read_document`)."""
    return read_document(path, text).entries


def read_document(path: str | Path, text: str) -> Document:
    """Entries, citations and suppression comments of `text`, read as its file type asks.

    Markdown (`.md`, `.markdown`), LaTeX (`.tex`) and JATS XML (`.xml`) have readers of their
    own; anything else is plain text. The JATS reader raises `SkippedFile` for XML that is not
    JATS and `SourceError` for XML that does not parse (or when its extra is not installed).
    """
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from refslint.sources import markdown

        return markdown.read_document(text)
    if suffix in LATEX_SUFFIXES:
        from refslint.sources import latex

        return latex.read_document(text)
    if suffix in JATS_SUFFIXES:
        from refslint.sources import jats

        return jats.read_document(text, str(path))
    from refslint.sources import plaintext

    return plaintext.read_document(text)


def line_starts(text: str) -> list[int]:
    """Offset where each line begins, with the line endings the readers use; a BOM is skipped."""
    return LineIndex(text).starts
