"""The language server against a broken client: raw bytes on a real `refslint lsp` process's
stdin, its replies, exit status and stderr read back. Every wait is bounded, so a server that
hangs fails the test instead of hanging it."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from refslint.lsp import MAX_FILE_BYTES
from refslint.lsp_io import MAX_HEADER_LINE, MAX_MESSAGE_BYTES, STALL_SECONDS
from tests.lookup.registry import pointing_at

WAIT = 10.0  # seconds; the longest any step may take before the test fails
PARSE_ERROR = -32700
INVALID_REQUEST = -32600
INVALID_PARAMS = -32602


def frame(body: bytes, length: int | None = None) -> bytes:
    announced = len(body) if length is None else length
    return b"Content-Length: %d\r\n\r\n" % announced + body


def message(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode("utf-8")


def request(msg_id: int, method: str, params: Any = None) -> bytes:
    payload: dict[str, Any] = {"jsonrpc": "2.0", "id": msg_id, "method": method}
    if params is not None:
        payload["params"] = params
    return message(payload)


def notification(method: str, params: Any = None) -> bytes:
    payload: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if params is not None:
        payload["params"] = params
    return message(payload)


INITIALIZE = request(1, "initialize", {"capabilities": {}, "processId": None})
SHUTDOWN = request(2, "shutdown")
EXIT = notification("exit")


class Server:
    """A `refslint lsp` process, fed raw bytes; its messages are parsed on a thread."""

    def __init__(self, folder: Path):
        env = dict(os.environ)
        env.update(pointing_at("http://127.0.0.1:9"))  # nothing listens there
        env["REFSLINT_CACHE_DIR"] = str(folder / "cache")
        env.pop("REFSLINT_DEBUG", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "refslint", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=folder,
            env=env,
        )
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._err: list[bytes] = []
        self._threads = [
            threading.Thread(target=self._read_messages, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read_messages(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                if line == b"\r\n":
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.messages.put(json.loads(out.read(length)))

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        self._err.append(self.proc.stderr.read())

    def send(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()

    def reply(self, timeout: float = WAIT) -> dict[str, Any]:
        """The next response (notifications such as log messages are passed over)."""
        while True:
            try:
                got = self.messages.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no reply within {timeout} s") from None
            assert got is not None, f"the server stopped: {self.stderr()!r}"
            if "method" not in got:
                return got

    def initialize(self) -> None:
        self.send(frame(INITIALIZE))
        assert "capabilities" in self.reply()["result"]
        self.send(frame(notification("initialized", {})))

    def wait(self, timeout: float = WAIT) -> int:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the server did not exit within {timeout} s") from None

    def stderr(self) -> str:
        """What the server wrote to stderr (once it has exited)."""
        self.wait()
        self._threads[1].join(WAIT)
        return b"".join(self._err).decode("utf-8", "replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(WAIT)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    started = Server(tmp_path)
    yield started
    started.stop()


def assert_clean(stderr: str) -> None:
    """No traceback: each line the server logged is one of its own one-line messages."""
    assert "Traceback" not in stderr
    for line in stderr.splitlines():
        assert line.startswith("refslint lsp: "), line


def assert_answers(server: Server, msg_id: int = 9) -> None:
    """The server still answers a valid request."""
    server.send(frame(request(msg_id, "shutdown")))
    got = server.reply()
    assert got["id"] == msg_id and got["result"] is None


def assert_stops(server: Server, status: int, says: str) -> None:
    assert server.wait() == status
    stderr = server.stderr()
    assert_clean(stderr)
    assert says in stderr


# --- exit and shutdown ----------------------------------------------------------------------


def test_exit_without_shutdown_exits_1(server: Server) -> None:
    server.initialize()
    server.send(frame(EXIT))
    assert server.wait() == 1
    assert_clean(server.stderr())


def test_exit_after_shutdown_exits_0(server: Server) -> None:
    server.initialize()
    server.send(frame(SHUTDOWN))
    assert server.reply() == {"jsonrpc": "2.0", "id": 2, "result": None}
    server.send(frame(EXIT))
    assert server.wait() == 0
    assert server.stderr() == ""


def test_a_request_after_shutdown_gets_invalid_request(server: Server) -> None:
    server.initialize()
    server.send(frame(SHUTDOWN))
    server.reply()
    hover = {"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}
    server.send(frame(request(3, "textDocument/hover", hover)))
    got = server.reply()
    assert got["id"] == 3 and got["error"]["code"] == INVALID_REQUEST
    server.send(frame(request(4, "shutdown")))  # a second shutdown is a request too
    got = server.reply()
    assert got["id"] == 4 and got["error"]["code"] == INVALID_REQUEST
    server.send(frame(EXIT))
    assert server.wait() == 0


@pytest.mark.parametrize(("shut_down", "status"), [(False, 1), (True, 0)])
def test_end_of_input_stops_the_server(server: Server, shut_down: bool, status: int) -> None:
    server.initialize()
    if shut_down:
        server.send(frame(SHUTDOWN))
        server.reply()
    server.close()
    assert server.wait() == status
    assert_clean(server.stderr())


# --- framing it cannot recover from: one line, exit status 2, never a wait -------------------


@pytest.mark.parametrize(
    "value",
    ["abc", "-5", "1e15", "", "12 34", str(10**15), str(MAX_MESSAGE_BYTES + 1), "9" * 40],
)
def test_an_unreadable_content_length_stops_the_server(server: Server, value: str) -> None:
    server.initialize()
    server.send(b"Content-Length: %s\r\n\r\n{" % value.encode())  # stdin stays open
    assert_stops(server, 2, "Content-Length")


def test_a_header_without_content_length_stops_the_server(server: Server) -> None:
    server.send(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}")
    assert_stops(server, 2, "without Content-Length")


def test_an_overlong_header_line_stops_the_server(server: Server) -> None:
    server.send(b"Content-Type: " + b"x" * MAX_HEADER_LINE)  # no line end, ever
    assert_stops(server, 2, f"longer than {MAX_HEADER_LINE} bytes")


def test_a_body_cut_short_by_the_end_of_input_stops_the_server(server: Server) -> None:
    server.initialize()
    body = request(5, "shutdown")
    server.send(frame(body[:10], length=len(body)))
    server.close()
    assert_stops(server, 2, "ended 10 bytes into a body announced as")


# --- bodies that are not messages: an error reply, and the server goes on ---------------------


def test_a_content_length_too_small_gets_a_parse_error_and_the_next_request_an_answer(
    server: Server,
) -> None:
    server.initialize()
    body = request(5, "textDocument/hover", {"textDocument": {"uri": "file:///x.md"}})
    server.send(frame(body, length=len(body) - 20) + frame(request(9, "shutdown")))
    got = server.reply()
    assert got["id"] is None and got["error"]["code"] == PARSE_ERROR
    got = server.reply()
    assert got == {"jsonrpc": "2.0", "id": 9, "result": None}
    server.send(frame(EXIT))
    assert server.wait() == 0
    stderr = server.stderr()
    assert_clean(stderr)
    assert "skipped 20 bytes that were not a message header" in stderr


def test_a_content_length_too_large_reads_the_next_message_again(server: Server) -> None:
    server.initialize()
    body = request(5, "textDocument/hover", {"textDocument": {"uri": "file:///x.md"}})
    server.send(frame(body, length=len(body) + 30) + frame(request(9, "shutdown")))
    got = server.reply()
    assert got["id"] is None and got["error"]["code"] == PARSE_ERROR
    got = server.reply()
    assert got == {"jsonrpc": "2.0", "id": 9, "result": None}
    server.send(frame(EXIT))
    assert server.wait() == 0
    assert_clean(server.stderr())


def test_a_content_length_too_large_and_a_waiting_client_get_a_parse_error(
    server: Server,
) -> None:
    server.initialize()
    body = request(5, "shutdown")
    server.send(frame(body, length=len(body) + 30))  # then nothing: the client waits
    got = server.reply(timeout=STALL_SECONDS + WAIT)
    assert got["id"] is None and got["error"]["code"] == PARSE_ERROR
    assert_answers(server)
    server.send(frame(EXIT))
    assert server.wait() == 0
    assert_clean(server.stderr())


@pytest.mark.parametrize("body", [b"{not json", b'{"jsonrpc": "2.0", "id": 5', b"\xff\xfe{}", b""])
def test_a_body_that_is_not_json_gets_a_parse_error(server: Server, body: bytes) -> None:
    server.send(frame(body))
    got = server.reply()
    assert got["id"] is None and got["error"]["code"] == PARSE_ERROR
    assert_answers(server)
    server.close()
    assert_clean(server.stderr())


def test_deeply_nested_json_gets_a_parse_error(server: Server) -> None:
    server.send(frame(b"[" * 200_000 + b"]" * 200_000))
    got = server.reply()
    assert got["id"] is None and got["error"]["code"] == PARSE_ERROR
    assert_answers(server)


@pytest.mark.parametrize(
    ("body", "msg_id"),
    [
        (b"[1, 2]", None),
        (b'"text"', None),
        (b'{"id": 4, "method": "shutdown"}', 4),  # no "jsonrpc"
        (b'{"jsonrpc": "1.0", "id": 4, "method": "shutdown"}', 4),
        (b'{"jsonrpc": "2.0", "id": 4, "method": 17}', 4),
        (b'{"jsonrpc": "2.0", "id": {"a": 1}, "method": "shutdown"}', None),
        (b'{"jsonrpc": "2.0", "id": true, "method": "shutdown"}', None),
    ],
)
def test_json_that_is_not_a_message_gets_invalid_request(
    server: Server, body: bytes, msg_id: int | None
) -> None:
    server.send(frame(body))
    got = server.reply()
    assert got["id"] == msg_id and got["error"]["code"] == INVALID_REQUEST
    assert_answers(server)
    server.close()
    assert_clean(server.stderr())


def test_bad_params_get_invalid_params_and_no_traceback(server: Server) -> None:
    server.initialize()
    server.send(frame(request(6, "textDocument/hover", {"textDocument": 5})))
    got = server.reply()
    assert got["id"] == 6 and got["error"]["code"] == INVALID_PARAMS
    server.send(frame(notification("textDocument/didOpen", {"textDocument": []})))
    assert_answers(server)
    server.close()
    assert_clean(server.stderr())


def test_a_request_that_fails_in_the_server_logs_one_line(server: Server) -> None:
    # before `initialize` there is no workspace: the handler raises
    params = {
        "textDocument": {"uri": "file:///x.md"},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": []},
    }
    server.send(frame(request(7, "textDocument/codeAction", params)))
    got = server.reply()
    assert got["id"] == 7 and "error" in got
    assert_answers(server)
    server.close()
    stderr = server.stderr()
    assert_clean(stderr)
    assert stderr.strip()


def test_bytes_before_a_header_are_skipped(server: Server) -> None:
    server.send(b"hello\r\n\r\n\n" + frame(INITIALIZE))
    assert "capabilities" in server.reply()["result"]
    assert_answers(server)
    server.close()
    stderr = server.stderr()
    assert_clean(stderr)
    assert "skipped 10 bytes that were not a message header" in stderr


def test_a_message_at_the_cap_is_read(server: Server) -> None:
    head = b'{"jsonrpc": "2.0", "method": "$/refslintPadding", "params": {"pad": "'
    tail = b'"}}'
    body = head + b"x" * (MAX_MESSAGE_BYTES - len(head) - len(tail)) + tail
    assert len(body) == MAX_MESSAGE_BYTES
    server.send(frame(body))
    assert_answers(server)
    server.send(frame(EXIT))
    assert server.wait() == 0


# --- documents the editor did not send: only regular files, up to the cap --------------------


def code_action(msg_id: int, uri: str) -> bytes:
    fix = {
        "applicability": "safe",
        "message": "Write 'The'",
        "edits": [{"line": 1, "column": 1, "end_line": 1, "end_column": 4, "text": "The"}],
    }
    span = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}}
    diagnostic = {
        "range": span,
        "message": "'Teh' is a typo",
        "source": "refslint",
        "code": "XT101",
        "data": {"name": "teh", "fix": fix},
    }
    params = {
        "textDocument": {"uri": uri},
        "range": span,
        "context": {"diagnostics": [diagnostic], "only": ["quickfix"]},
    }
    return request(msg_id, "textDocument/codeAction", params)


def test_a_code_action_for_a_closed_regular_file_reads_it(server: Server, tmp_path: Path) -> None:
    path = tmp_path / "refs.md"
    path.write_text("Teh list\n", encoding="utf-8")
    server.initialize()
    server.send(frame(code_action(8, path.as_uri())))
    (action,) = server.reply()["result"]
    assert action["title"] == "Fix: Write 'The'"
    (edit,) = action["edit"]["changes"][path.as_uri()]
    span = {"start": {"line": 0, "character": 1}, "end": {"line": 0, "character": 3}}
    assert edit == {"range": span, "newText": "he"}  # only what changed: "Teh" -> "The"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_code_action_for_dev_zero_reads_nothing(server: Server) -> None:
    server.initialize()
    server.send(frame(code_action(8, "file:///dev/zero")))
    assert server.reply() == {"jsonrpc": "2.0", "id": 8, "result": []}
    server.send(
        frame(notification("textDocument/didSave", {"textDocument": {"uri": "file:///dev/zero"}}))
    )
    assert_answers(server)
    server.send(frame(EXIT))
    assert server.wait() == 0
    assert_clean(server.stderr())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_code_action_for_a_named_pipe_does_not_wait_on_it(server: Server, tmp_path: Path) -> None:
    pipe = tmp_path / "refs.md"
    os.mkfifo(pipe)
    server.initialize()
    server.send(frame(code_action(8, pipe.as_uri())))
    assert server.reply() == {"jsonrpc": "2.0", "id": 8, "result": []}


def test_a_code_action_for_a_buffer_that_is_no_file_reads_nothing(
    server: Server, tmp_path: Path
) -> None:
    (tmp_path / "Untitled-1").write_text("Teh list\n", encoding="utf-8")  # in the server's cwd
    server.initialize()
    server.send(frame(code_action(8, "untitled:Untitled-1")))
    assert server.reply() == {"jsonrpc": "2.0", "id": 8, "result": []}


def test_a_code_action_for_a_file_over_the_cap_reads_nothing(
    server: Server, tmp_path: Path
) -> None:
    path = tmp_path / "refs.md"
    with path.open("wb") as file:
        file.write(b"Teh list\n")
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space taken
    server.initialize()
    server.send(frame(code_action(8, path.as_uri())))
    assert server.reply() == {"jsonrpc": "2.0", "id": 8, "result": []}
    path.write_text("Teh list\n", encoding="utf-8")  # the same file within the cap: read
    server.send(frame(code_action(9, path.as_uri())))
    assert len(server.reply()["result"]) == 1


def test_the_readme_states_the_limits_the_server_keeps() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Limits and a broken client.**", 1)[1].split("\n\n", 1)[0]
    section = " ".join(section.split())
    assert f"at most {MAX_MESSAGE_BYTES // 2**20} MiB" in section
    assert f"up to {MAX_MESSAGE_BYTES:,} bytes" in section
    assert f"over {MAX_HEADER_LINE:,} bytes" in section
    assert f"stops arriving for {STALL_SECONDS:g} s" in section
    assert f"at most {MAX_FILE_BYTES // 2**20} MiB" in section
