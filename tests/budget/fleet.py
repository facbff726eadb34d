"""Several `python -m refslint` processes against one local registry, and a real redis-server.

The registry (`tests/lookup/registry.py`) advertises 10 requests a second with 3 at a time and
answers 429 beyond that (`enforce`), so every request beyond the advertised limits is counted.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.lookup import review124
from tests.lookup.registry import Registry

ROOT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT = 240.0  # seconds any one process may take; a shared budget needs about 15
INSTALL = (
    "redis-server is not installed: the Redis tests need it "
    "(Debian/Ubuntu: apt-get install redis-server; or deselect them with -m 'not redis')"
)


@dataclass
class Result:
    status: int
    out: str
    err: str
    seconds: float


def environment(url: str, second: str, cache_dir: Path, cache_url: str = "") -> dict[str, str]:
    """Crossref and DataCite at `url`; OpenAlex and PubMed, whose documented limits are slower,
    at `second` (another host, as they are)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFSLINT_")}
    env.update(
        REFSLINT_CROSSREF_URL=url,
        REFSLINT_DATACITE_URL=url,
        REFSLINT_OPENALEX_URL=f"{second}/openalex",
        REFSLINT_PUBMED_URL=f"{second}/eutils",
        REFSLINT_CACHE_DIR=str(cache_dir),
        PYTHONPATH=str(ROOT),
    )
    if cache_url:
        env["REFSLINT_CACHE_URL"] = cache_url
    return env


def command() -> list[str]:
    return [sys.executable, "-m", "refslint", "--today", "2026-11-26", "--select", "RL4"]


def start(refs: Path, env: dict[str, str], out: Path) -> tuple[subprocess.Popen[bytes], float]:
    """One process linting `refs` as JSON; stdout and stderr go to files beside `out`."""
    args = [*command(), "--format", "json", refs.name]  # named alike in every output
    stdout = out.with_suffix(".out").open("wb")
    stderr = out.with_suffix(".err").open("wb")
    started = time.monotonic()
    process = subprocess.Popen(args, env=env, stdout=stdout, stderr=stderr, cwd=refs.parent)
    stdout.close()
    stderr.close()
    return process, started


def run_together(
    refs: Path, envs: Sequence[dict[str, str]], folder: Path, *, kill_one_after: float = 0.0
) -> list[Result | None]:
    """Start one process per environment at once and wait for each (None: the one killed)."""
    running = [start(refs, env, folder / f"run{n}") for n, env in enumerate(envs)]
    if kill_one_after:
        time.sleep(kill_one_after)
        victim = running[0][0]
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
    results: list[Result | None] = []
    for n, (process, started) in enumerate(running):
        try:
            status = process.wait(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
        if kill_one_after and n == 0:
            results.append(None)
            continue
        base = folder / f"run{n}"
        results.append(
            Result(
                status,
                base.with_suffix(".out").read_text(encoding="utf-8"),
                base.with_suffix(".err").read_text(encoding="utf-8"),
                time.monotonic() - started,
            )
        )
    return results


def serve_review_list(registry: Registry, second: Registry) -> None:
    registry.enforce = second.enforce = True
    review124.load(registry)


def copy_list(folder: Path) -> Path:
    refs = folder / "review-124.txt"
    refs.write_bytes(review124.LIST.read_bytes())
    return refs


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def redis_server() -> Iterator[str]:
    """A redis-server of its own on 127.0.0.1, keeping nothing on disk; its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError(INSTALL)
    folder = tempfile.mkdtemp(prefix="refslint-redis-")
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            folder,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ends = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if time.monotonic() > ends or process.poll() is not None:
                raise RuntimeError(f"redis-server did not start on port {port}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
