"""Registry lookups in the editor: the real server process against a real local HTTP registry.

A lint never waits for the registry: the cache answers at once, and what it cannot answer is
looked up in the background and published when it arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")

from lsprotocol import types

from refslint.cli import main
from tests.lookup.registry import Registry, Server, crossref_work, pointing_at
from tests.lsp.conftest import config_text, start, stop
from tests.lsp.test_server import by_code, open_document, published

ALIGNN = "10.1038/s41524-021-00585-0"
ALIGNN_TITLE = "Atomistic line graph neural network for improved materials property predictions"


def alignn_work() -> dict:
    """The ALIGNN record (article number 185), in the shape of a recorded Crossref work."""
    return crossref_work(
        "crossref-work-journal-article-srep-article-number-16696.json",
        DOI=ALIGNN,
        title=[ALIGNN_TITLE],
        container_title=["npj Computational Materials"],
        short_container_title=["npj Comput Mater"],
        volume="7",
        issue="1",
        article_number="185",
        author=[{"given": "Kamal", "family": "Choudhary", "sequence": "first"}],
        issued={"date-parts": [[2021, 11, 15]]},
        published_online={"date-parts": [[2021, 11, 15]]},
    )


ENTRY = f"1. Choudhary K, DeCost B. {ALIGNN_TITLE}. npj Comput Mater. 2021;7:585. doi:{ALIGNN}\n"
LATENCY = 0.8  # seconds the registry takes to answer: longer than any lint


@pytest.fixture
def registry():
    with Server(Registry()) as running:
        running.add_work(alignn_work())
        yield running


async def no_more_publishing(client, uri: str, seconds: float = 0.4) -> None:
    with pytest.raises(asyncio.TimeoutError):  # builtin TimeoutError only from Python 3.11
        await asyncio.wait_for(published(client, uri), timeout=seconds)


@pytest.mark.asyncio
async def test_lookup_findings_arrive_after_the_first_diagnostics(folder, registry):
    registry.latency = LATENCY
    client = await start(folder, registry_url=registry.url)
    try:
        path = folder / "references.txt"
        first = await open_document(client, path, ENTRY)
        first_at = time.monotonic()
        assert "RL402" not in by_code(first)
        update = await published(client, path.as_uri())
        assert update.version == 1
        finding = by_code(update)["RL402"]
        assert finding.message.startswith("article number 585 differs from the record")
        assert finding.range.start == types.Position(line=0, character=ENTRY.index("585"))
        assert registry.paths() == [f"/works/{ALIGNN}"]
        answered = registry.hits[0].finished
        assert 0 < first_at < answered  # published before the registry had answered
        await no_more_publishing(client, path.as_uri())  # the answer is not asked for again
        assert len(registry.hits) == 1
    finally:
        await stop(client)


@pytest.mark.asyncio
async def test_a_document_changed_during_the_lookup_gets_the_newer_lint(folder, registry):
    registry.latency = LATENCY
    client = await start(folder, registry_url=registry.url)
    try:
        path = folder / "references.txt"
        uri = path.as_uri()
        await open_document(client, path, ENTRY)
        changed = "\n" + ENTRY.replace("2021;", "2021 Noc;")  # one line lower, and a bad month
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=changed)],
            )
        )
        typed = await published(client, uri)
        assert typed.version == 2
        assert "RL204" in by_code(typed) and "RL402" not in by_code(typed)
        update = await published(client, uri)
        assert update.version == 2  # linted again as the document now is, not as it was
        found = by_code(update)
        assert "RL204" in found
        assert found["RL402"].range.start == types.Position(
            line=1, character=changed.split("\n")[1].index("585")
        )
        assert len(registry.hits) == 1  # the same reference is not asked for twice
    finally:
        await stop(client)


@pytest.mark.asyncio
async def test_cached_answers_are_in_the_first_diagnostics(folder, registry, monkeypatch, capsys):
    path = folder / "references.txt"
    path.write_text(ENTRY, encoding="utf-8")
    for variable, value in pointing_at(registry.url).items():
        monkeypatch.setenv(variable, value)
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(folder.parent / "cache"))  # the server's
    assert main(["--select", "RL402", str(path)]) == 1  # a command-line run fills the cache
    assert "RL402" in capsys.readouterr().out
    asked = len(registry.hits)
    client = await start(folder, registry_url=registry.url)
    try:
        assert "RL402" in by_code(await open_document(client, path, ENTRY))
        await no_more_publishing(client, path.as_uri())
        assert len(registry.hits) == asked
    finally:
        await stop(client)


@pytest.mark.asyncio
async def test_offline_in_the_initialization_options_never_asks(folder, registry):
    client = await start(folder, registry_url=registry.url, options={"offline": True})
    try:
        path = folder / "references.txt"
        assert "RL402" not in by_code(await open_document(client, path, ENTRY))
        await no_more_publishing(client, path.as_uri())
        assert registry.hits == []
    finally:
        await stop(client)


@pytest.mark.asyncio
async def test_offline_in_the_config_never_asks(folder, registry):
    (folder / "refslint.toml").write_text(
        config_text() + "\n[lookup]\noffline = true\n", encoding="utf-8"
    )
    client = await start(folder, registry_url=registry.url)
    try:
        path = folder / "references.txt"
        params = await open_document(client, path, ENTRY)
        assert "RL402" not in by_code(params)
        assert client.messages == []  # the key is valid
        await no_more_publishing(client, path.as_uri())
        assert registry.hits == []
    finally:
        await stop(client)


def test_offline_in_the_config_keeps_the_command_line_off_the_network(
    tmp_path: Path, registry, monkeypatch, capsys
):
    for variable, value in pointing_at(registry.url).items():
        monkeypatch.setenv(variable, value)
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "refslint.toml").write_text("[lookup]\noffline = true\n", encoding="utf-8")
    path = tmp_path / "references.txt"
    path.write_text(ENTRY, encoding="utf-8")
    main(["--select", "RL402", str(path)])
    assert "RL402" not in capsys.readouterr().out
    assert registry.hits == []


@pytest.mark.asyncio
async def test_a_damaged_cache_is_said_as_a_log_message(folder, registry):
    # the lookup layer prints nothing: the server hears its note and sends it to the editor
    cache = folder.parent / "cache"
    cache.mkdir(exist_ok=True)
    store = cache / "answers.sqlite"
    store.write_bytes(b"this is not a database at all\n" * 200)
    client = await start(folder, registry_url=registry.url)
    try:
        await open_document(client, folder / "references.txt", ENTRY)
        warnings = [
            m
            for m in client.log_messages
            if m.type == types.MessageType.Warning and "lookup cache" in m.message
        ]
        assert [m.message.split(" (")[0] for m in warnings] == [
            f"refslint: warning: the lookup cache {store} was unreadable"
        ]
        assert warnings[0].message.endswith("and started a new one")
    finally:
        await stop(client)


@pytest.mark.asyncio
async def test_the_could_not_verify_note_goes_to_the_log_not_to_line_one_of_each_file(folder):
    """The run-level note (RL409) speaks of the lookup, not of a file: with the registries
    unreachable, no open document gets it on its first line; the editor's log says it."""
    client = await start(folder)  # the registries point at a closed port
    try:
        published_params = []
        for name in ("a.txt", "b.txt"):
            path = folder / name
            published_params.append(await open_document(client, path, ENTRY))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
            "could not verify" in m.message for m in client.log_messages
        ):
            await asyncio.sleep(0.05)
        notes = [m for m in client.log_messages if "could not verify" in m.message]
        assert notes, [m.message for m in client.log_messages]
        assert all(m.type == types.MessageType.Info for m in notes)
        for name in ("a.txt", "b.txt"):  # the lint after the lookup, too
            with contextlib.suppress(asyncio.TimeoutError):
                published_params.append(
                    await asyncio.wait_for(published(client, (folder / name).as_uri()), 2)
                )
        for params in published_params:
            assert "RL409" not in by_code(params)
            assert all(str(d.code) != "RL409" for d in params.diagnostics)
        assert not client.messages  # a lookup that failed is no pop-up on every keystroke
    finally:
        await stop(client)


@pytest.mark.asyncio
async def test_a_lookup_finding_shows_its_record_in_data_related_information_and_hover(
    folder, registry
):
    client = await start(folder, registry_url=registry.url)
    try:
        path = folder / "references.txt"
        await open_document(client, path, ENTRY)
        finding = by_code(await published(client, path.as_uri()))["RL402"]
        record = finding.data["record"]
        assert record["source"] == "Crossref" and record["doi"] == ALIGNN
        differing = {f["name"]: f["recorded"] for f in record["fields"] if f["differs"]}
        assert differing == {"page": "185"}
        (related,) = finding.related_information
        assert related.location.uri == path.as_uri() and related.location.range == finding.range
        assert related.message == (
            f"record: title '{ALIGNN_TITLE}' (2015/2021) by Choudhary K, "
            f"doi:{ALIGNN} (Crossref); differs: page 185 (entry 585)"
        )
        hover = await client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
                position=finding.range.start,
            )
        )
        text = hover.contents.value
        assert text.startswith(f"The entry beside the Crossref record of `{ALIGNN}`")
        assert "| **page** | 585 | 185 |" in text
        assert "| volume | 7 | 7 |" in text  # agreeing fields are listed, not bold
        assert "**RL402 record-field-differs" in text.split("\n---\n")[1]  # then the rule's docs
    finally:
        await stop(client)
