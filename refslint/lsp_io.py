"""The language server's stdio transport: LSP framing read with limits, JSON-RPC errors answered.

pygls's own stdio loop trusts its input: a `Content-Length` it cannot parse is skipped silently
and the server waits for ever, a huge one is read into memory, and a body that is not JSON is
logged with a traceback and never answered. `refslint lsp` therefore reads the stream itself and
hands each decoded message to pygls through the protocol's public `structure_message` and
`handle_message`, writing through pygls's own `StdoutWriter`.

How the stream is read:

- A message is a header block (`Content-Length: N`, optionally `Content-Type: ...`, each line
  ending in CRLF or LF, at most `MAX_HEADER_LINES` lines of at most `MAX_HEADER_LINE` bytes), an
  empty line, and N bytes of UTF-8 JSON with N at most `MAX_MESSAGE_BYTES`.
- A header block the server cannot use (a length that is not a plain decimal number, negative or
  over the cap, no length at all, an over-long or malformed line) leaves no way to tell where the
  next message begins: the server logs one line and stops with exit status 2. So does the end of
  the input in the middle of a message.
- A body that is not JSON (a length that was too small cuts it short) is answered with a
  ParseError (-32700, id null). If the body holds the start of another message's header (the
  length was too large and the body ran into the next message), the bytes from that header on are
  read again as the next message.
- Bytes where a header should begin (what is left of a body cut short) are skipped up to the next
  `Content-Length:`, with one log line for each run of skipped bytes.
- A message whose bytes stop arriving for `STALL_SECONDS` once it has begun (a length too large,
  and the editor waits for the answer) is answered with a ParseError and dropped; what arrives
  later is skipped up to the next header.
- The end of the input between messages stops the server: status 0 after `shutdown`, else 1, as
  for `exit`. Requests after `shutdown` are answered with InvalidRequest (-32600), notifications
  other than `exit` are dropped.

Memory is bounded by the cap: the input is read in chunks by a thread of its own that can run at
most `QUEUED_CHUNKS` chunks ahead of the messages handled.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
from collections.abc import Callable
from typing import BinaryIO

from pygls.exceptions import JsonRpcException
from pygls.io_ import StdoutWriter
from pygls.protocol import JsonRPCProtocol

from refslint import patterns

MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # a reference list is kilobytes; an editor's file, megabytes
MAX_HEADER_LINE = 1024
MAX_HEADER_LINES = 16
STALL_SECONDS = 5.0  # a client writes a message in one go; a pause this long means a wrong length
CHUNK_BYTES = 64 * 1024
QUEUED_CHUNKS = 4

PARSE_ERROR = -32700
INVALID_REQUEST = -32600

_RESYNC = b"Content-Length:"
_HEADER_START = patterns.compile(r"(?i)content-(?:length|type):")
_HEADER = patterns.compile(r"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([^\r\n]*?)[ \t]*\r?\n")
_LENGTH = patterns.compile(r"[0-9]{1,20}")
_NEXT_HEADER = patterns.compile(r"Content-Length:[ \t]*[0-9]+\r?\n")

logger = logging.getLogger("refslint.lsp")


class FramingError(Exception):
    """The stream cannot be read as LSP messages any further."""


class _Stalled(Exception):
    """A message stopped arriving part-way; `partial` is what came of it."""

    def __init__(self, partial: bytes):
        super().__init__("stalled")
        self.partial = partial


class ByteInput:
    """A byte stream read in chunks on a thread, so that waits on the event loop can time out.

    The thread blocks when `QUEUED_CHUNKS` chunks wait unread: the input is never read further
    ahead than that, whatever the editor sends.
    """

    def __init__(self, read_chunk: Callable[[], bytes]):
        self._read_chunk = read_chunk
        self._queue: asyncio.Queue[bytes] = asyncio.Queue()
        self._room = threading.Semaphore(QUEUED_CHUNKS)  # chunks the thread may read ahead
        self._buffer = bytearray()
        self._eof = False
        self._loop = asyncio.get_running_loop()
        thread = threading.Thread(target=self._pump, name="refslint-lsp-input", daemon=True)
        thread.start()  # a daemon: a read blocked on an idle editor must not hold up the exit

    def _pump(self) -> None:
        while True:
            self._room.acquire()
            try:
                chunk = self._read_chunk()
            except (OSError, ValueError):  # closed under us: the same as the end of the input
                chunk = b""
            try:
                self._loop.call_soon_threadsafe(self._queue.put_nowait, chunk)
            except RuntimeError:  # the loop is closed: the server is exiting
                return
            if not chunk:
                return

    async def _fill(self, timeout: float | None = None) -> bool:
        """Append the next chunk to the buffer; False at the end of the input."""
        if self._eof:
            return False
        if timeout is None:
            chunk = await self._queue.get()
        else:
            chunk = await asyncio.wait_for(self._queue.get(), timeout)
        self._room.release()
        if not chunk:
            self._eof = True
            return False
        self._buffer += chunk
        return True

    async def peek(self, size: int) -> bytes:
        """Up to `size` bytes without consuming them (fewer only at the end of the input)."""
        while len(self._buffer) < size and await self._fill():
            pass
        return bytes(self._buffer[:size])

    def consume(self, size: int) -> None:
        del self._buffer[:size]

    def unread(self, data: bytes) -> None:
        """Put bytes back in front of the stream, to be read again."""
        self._buffer[:0] = data

    async def readline(self, limit: int, stall: float) -> bytes:
        """One line with its line end; without one only at the end of the input or past
        `limit` bytes (then the first `limit + 1` bytes, which the caller refuses)."""
        start = 0
        while True:
            end = self._buffer.find(b"\n", start)
            if end >= 0 and end < limit:
                return self._take(end + 1)
            if len(self._buffer) > limit:
                return self._take(limit + 1)
            start = len(self._buffer)
            if not await self._fill_or_stall(stall):
                return self._take(len(self._buffer))

    async def readexactly(self, size: int, stall: float) -> bytes:
        """`size` bytes; FramingError if the input ends first, `_Stalled` if it stops coming."""
        while len(self._buffer) < size:
            if not await self._fill_or_stall(stall):
                raise FramingError(
                    f"the input ended {len(self._buffer)} bytes into a body announced as "
                    f"{size} bytes"
                )
        return self._take(size)

    async def discard_until(self, marker: bytes) -> int:
        """Drop bytes up to the next `marker` (or to the end of the input); how many went."""
        dropped = 0
        while True:
            found = self._buffer.find(marker)
            if found >= 0:
                self.consume(found)
                return dropped + found
            keep = min(len(self._buffer), len(marker) - 1)  # the marker may straddle chunks
            dropped += len(self._buffer) - keep
            self.consume(len(self._buffer) - keep)
            if not await self._fill():
                dropped += len(self._buffer)
                self._buffer.clear()
                return dropped

    async def _fill_or_stall(self, stall: float) -> bool:
        try:
            return await self._fill(stall)
        except asyncio.TimeoutError:
            raise _Stalled(self._take(len(self._buffer))) from None

    def _take(self, size: int) -> bytes:
        """The first `size` bytes, copied once (a slice of a bytearray would be a second copy)."""
        if size >= len(self._buffer):
            data = bytes(self._buffer)
            self._buffer = bytearray()
            return data
        with memoryview(self._buffer) as view:
            data = bytes(view[:size])
        del self._buffer[:size]
        return data


class MessageReader:
    """LSP messages from a `ByteInput`, by the rules in this module's docstring."""

    def __init__(self, source: ByteInput, stall: float = STALL_SECONDS):
        self.source = source
        self.stall = stall

    async def read(self) -> bytes | None:
        """The next message's body; None at the end of the input between messages."""
        if not await self._skip_to_header():
            return None
        length: int | None = None
        for _ in range(MAX_HEADER_LINES):
            line = await self.source.readline(MAX_HEADER_LINE, self.stall)
            if len(line) > MAX_HEADER_LINE:
                raise FramingError(f"a header line longer than {MAX_HEADER_LINE} bytes")
            if not line.endswith(b"\n"):
                raise FramingError("the input ended inside a message header")
            if line in (b"\r\n", b"\n"):
                break
            text = line.decode("latin-1")
            match = _HEADER.fullmatch(text)
            if match is None:
                raise FramingError(f"a malformed header line {_shown(text)}")
            name, value = match.groups()
            if name.lower() == "content-length":
                announced = _length(value)
                if length is not None and announced != length:
                    raise FramingError("two different Content-Length headers")
                length = announced
        else:
            raise FramingError(f"a message header of more than {MAX_HEADER_LINES} lines")
        if length is None:
            raise FramingError("a message header without Content-Length")
        return await self.source.readexactly(length, self.stall)

    async def _skip_to_header(self) -> bool:
        """Skip blank lines and anything that is not a header; False at the end of the input."""
        skipped = 0
        try:
            while True:
                head = await self.source.peek(len(_RESYNC))
                if not head:
                    return False
                if head.startswith(b"\r\n") or head.startswith(b"\n"):
                    self.source.consume(2 if head.startswith(b"\r") else 1)
                elif _HEADER_START.match(head.decode("latin-1")):
                    return True
                else:
                    skipped += await self.source.discard_until(_RESYNC)
        finally:
            if skipped:
                logger.warning("skipped %d bytes that were not a message header", skipped)


class Transport:
    """The server's end of the stdio connection: reads, checks and dispatches messages."""

    def __init__(self, protocol: JsonRPCProtocol, writer: StdoutWriter, reader: MessageReader):
        self.protocol = protocol
        self.writer = writer
        self.reader = reader
        self.shut_down = False

    async def run(self) -> int:
        """Handle messages until `exit` or the end of the input; the exit status."""
        while True:
            try:
                body = await self.reader.read()
            except _Stalled as stalled:
                self._not_json(stalled.partial, "it stopped arriving part-way")
                continue
            except FramingError as exc:
                logger.error("cannot read the editor's messages: %s; stopping", exc)
                return 2
            if body is None:
                return 0 if self.shut_down else 1
            status = self._handle(body)
            if status is not None:
                return status

    def _handle(self, body: bytes) -> int | None:
        """Decode and dispatch one message; an exit status once the server is to stop."""
        try:
            data = json.loads(body.decode("utf-8"))
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            self._not_json(body, _first_line(exc))
            return None
        if not isinstance(data, dict):
            self._error(None, INVALID_REQUEST, "a message must be a JSON object")
            return None
        msg_id = data.get("id")
        if "id" in data and (not isinstance(msg_id, (int, str)) or isinstance(msg_id, bool)):
            self._error(None, INVALID_REQUEST, "a message id must be a number or a string")
            return None
        method = data.get("method")
        if "method" in data:
            valid = isinstance(method, str)
        else:  # a response to one of the server's requests
            valid = msg_id is not None and ("result" in data or "error" in data)
        if not valid or data.get("jsonrpc") != JsonRPCProtocol.VERSION:
            self._error(msg_id, INVALID_REQUEST, "not a JSON-RPC 2.0 message")
            return None
        if self.shut_down and method != "exit":
            if msg_id is not None and method is not None:
                self._error(msg_id, INVALID_REQUEST, "the server has been shut down")
            return None  # notifications and responses after shutdown are dropped
        try:
            message = self.protocol.structure_message(data)
        except JsonRpcException as exc:
            if msg_id is not None and method is not None:
                self._error(msg_id, exc.code, exc.message)
            return None
        try:
            self.protocol.handle_message(message)
        except SystemExit as exc:  # pygls's `exit` handler: 0 after `shutdown`, else 1
            return exc.code if isinstance(exc.code, int) else 1
        if method == "shutdown" and msg_id is not None:
            self.shut_down = True
        if method == "exit":
            return 0 if self.shut_down else 1
        return None

    def _not_json(self, body: bytes, reason: str) -> None:
        """ParseError for a body that is not a message, and a second look at what it holds."""
        logger.warning("a message that is not JSON (%d bytes): %s", len(body), reason)
        self._error(None, PARSE_ERROR, f"Parse error: {reason}")
        found = _NEXT_HEADER.search(body.decode("latin-1"), 1)
        if found is not None:  # the announced length ran into the next message: read it again
            self.reader.source.unread(body[found.start() :])

    def _error(self, msg_id: int | str | None, code: int, message: str) -> None:
        reply = {"jsonrpc": "2.0", "id": msg_id, "error": {"code": code, "message": message}}
        body = json.dumps(reply).encode("utf-8")
        self.writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


def serve(protocol: JsonRPCProtocol, stdin: BinaryIO, stdout: BinaryIO) -> int:
    """Serve `protocol` on the two streams until `exit` or the end of the input; the exit status
    (2 when the input could not be read as messages)."""
    writer = StdoutWriter(stdout)
    protocol.set_writer(writer)
    read_chunk = _chunk_reader(stdin)

    async def main() -> int:
        reader = MessageReader(ByteInput(read_chunk))
        return await Transport(protocol, writer, reader).run()

    try:
        return asyncio.run(main())
    except BrokenPipeError:
        logger.error("the editor closed the connection; stopping")
        return 2


class OneLineFormatter(logging.Formatter):
    """Each log record as one line, an exception as its type and first line: bad input from the
    editor must not fill its log with tracebacks (`REFSLINT_DEBUG=1` keeps them)."""

    def format(self, record: logging.LogRecord) -> str:
        lines = record.getMessage().splitlines()
        text = lines[0] if lines else ""
        if record.exc_info and record.exc_info[1] is not None:
            text = f"{text}: {type(record.exc_info[1]).__name__}: {_first_line(record.exc_info[1])}"
        return f"refslint lsp: {text}"


def configure_logging() -> None:
    """Warnings and errors to stderr, one line each."""
    handler = logging.StreamHandler()
    if os.environ.get("REFSLINT_DEBUG"):
        handler.setFormatter(logging.Formatter("refslint lsp: %(message)s"))
    else:
        handler.setFormatter(OneLineFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)


def _chunk_reader(stream: BinaryIO) -> Callable[[], bytes]:
    """What is available of `stream`, up to a chunk, read from its file descriptor where it has
    one (a buffered read on a daemon thread can block the interpreter's exit on its lock)."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        read1 = getattr(stream, "read1", stream.read)
        return lambda: read1(CHUNK_BYTES)
    return lambda: os.read(fd, CHUNK_BYTES)


def _length(value: str) -> int:
    """A Content-Length value as a byte count; FramingError if it is none, or over the cap."""
    if _LENGTH.fullmatch(value) is None:
        raise FramingError(f"Content-Length {_shown(value)} is not a number of bytes")
    length = int(value)
    if length > MAX_MESSAGE_BYTES:
        raise FramingError(
            f"Content-Length {length} is over the limit of {MAX_MESSAGE_BYTES} bytes "
            f"({MAX_MESSAGE_BYTES // (1024 * 1024)} MiB)"
        )
    return length


def _shown(text: str) -> str:
    """Part of what the editor sent, quoted for a log line: short, one line."""
    text = text.rstrip("\r\n")
    return repr(text if len(text) <= 40 else text[:40] + "...")


def _first_line(exc: BaseException) -> str:
    lines = str(exc).splitlines()
    return lines[0] if lines else type(exc).__name__
