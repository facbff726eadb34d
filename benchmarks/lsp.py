"""How soon the language server underlines problems: time to first diagnostics on the 124-entry review.

    .venv/bin/python benchmarks/lsp.py
    .venv/bin/python benchmarks/lsp.py --runs 9

An editor starts `refslint lsp` once and then lints on every pause in typing, so two figures matter:
- **cold**: from starting the process to the first `publishDiagnostics` for a document opened right
  after `initialize` (what a user waits for when opening the first file);
- **warm**: from `didSave` to `publishDiagnostics` in a running server (one lint, no debounce), and
  from the last `didChange` to `publishDiagnostics` (the same lint plus the 300 ms debounce).
Each cold run is a new process; the warm figures are medians over `--runs` saves and changes in one
process. The cache folder is a temporary one, so no lookup answers are reused, and the server is
started offline: registry lookups run in the background after the first diagnostics and would only
add a second publication per document, not delay the first.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from measure import REPO, table
from pygls.lsp.client import LanguageClient

CORPUS = REPO.parent / "shared" / "corpus" / "review-124.txt"


class Client(LanguageClient):
    def __init__(self) -> None:
        super().__init__("refslint-benchmark", "1")
        self.published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: types.PublishDiagnosticsParams) -> None:
            self.published.put_nowait(params)


async def session(
    text: str, uri: str, runs: int, env: dict[str, str]
) -> tuple[float, list, list, int]:
    """(cold seconds, warm save seconds, warm change seconds, diagnostics) for one process."""
    client = Client()
    start = time.perf_counter()
    await client.start_io(sys.executable, "-m", "refslint", "lsp", env=env)
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            initialization_options={"offline": True},  # no background lookups: the lint alone
        )
    )
    client.initialized(types.InitializedParams())
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="plaintext", version=1, text=text
            )
        )
    )
    first = await client.published.get()
    cold = time.perf_counter() - start

    saves, changes = [], []
    for version in range(2, runs + 2):
        began = time.perf_counter()
        client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        await client.published.get()
        saves.append(time.perf_counter() - began)

        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangeWholeDocument(text=text + " " * version)
                ],
            )
        )
        began = time.perf_counter()
        await client.published.get()
        changes.append(time.perf_counter() - began)

    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return cold, saves, changes, len(first.diagnostics)


async def main_async(runs: int) -> None:
    text = CORPUS.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review-124.txt"
        path.write_text(text, encoding="utf-8")
        (Path(folder) / "refslint.toml").write_text('today = "2026-11-26"\n', encoding="utf-8")
        env = dict(os.environ, REFSLINT_CACHE_DIR=str(Path(folder) / "cache"))
        colds, saves, changes = [], [], []
        found = 0
        await session(
            text, path.as_uri(), 1, env
        )  # fills Lark's grammar cache, as a first use would
        for _ in range(runs):
            cold, save, change, found = await session(text, path.as_uri(), runs, env)
            colds.append(cold)
            saves.extend(save)
            changes.extend(change)

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f})"

    print(f"review-124: {len(text.splitlines())} lines, {found} diagnostics, {runs} processes\n")
    print(
        table(
            ["measure", "median"],
            [
                ["cold: process start to first diagnostics", ms(colds)],
                ["warm: didSave to diagnostics", ms(saves)],
                ["warm: last didChange to diagnostics (300 ms debounce)", ms(changes)],
            ],
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="processes, and saves per process")
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"{CORPUS} is missing: the shared corpus is needed", file=sys.stderr)
        return 0
    asyncio.run(main_async(args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
