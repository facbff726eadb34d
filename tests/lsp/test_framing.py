"""LSP framing as `lsp_io` reads it, whatever sizes the bytes arrive in: a header split between
reads, or the `Content-Length:` the reader looks for to find its feet again, is still found."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

pytest.importorskip("pygls")

from refslint.lsp_io import ByteInput, FramingError, MessageReader

A = b'{"jsonrpc": "2.0", "id": 1, "method": "shutdown"}'
B = b'{"jsonrpc": "2.0", "method": "exit"}'


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def chunks(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]
    while True:
        yield b""  # the end of the input, as often as it is asked for


def bodies(data: bytes, size: int) -> list[bytes]:
    """Every message body read from `data` arriving `size` bytes at a time."""
    source = chunks(data, size)

    async def read_all() -> list[bytes]:
        reader = MessageReader(ByteInput(lambda: next(source)), stall=5.0)
        found = []
        while (body := await reader.read()) is not None:
            found.append(body)
        return found

    return asyncio.run(read_all())


@pytest.mark.parametrize("size", [1, 2, 3, 7, 14, 15, 16, 64, 4096])
def test_messages_are_read_whatever_the_read_sizes(size: int) -> None:
    stream = (
        b"leftover of a cut body"  # skipped
        + b"Content-Lengthy Content-Le"  # near misses: skipped too
        + frame(A)
        + b"\r\n\n"  # blank lines between messages
        + b"content-type: application/vscode-jsonrpc; charset=utf-8\r\n"
        + b"content-length:%d\n\n" % len(B)  # any case, LF line ends, no space
        + B
        + b"}}]"  # skipped up to the end of the input
    )
    assert bodies(stream, size) == [A, B]


@pytest.mark.parametrize("size", [1, 5, 4096])
def test_the_end_of_input_inside_a_body_is_a_framing_error(size: int) -> None:
    cut = len(A) - 10
    with pytest.raises(FramingError, match=f"ended 10 bytes into a body announced as {len(A)}"):
        bodies(frame(A)[:-cut], size)


def test_an_empty_input_has_no_messages() -> None:
    assert bodies(b"", 1) == []
