"""The language server's fixtures: a paper folder with its config, and a client driving a real
`refslint lsp` process with lookups pointed away from the network and a cache in the folder."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")
pytest_asyncio = pytest.importorskip("pytest_asyncio")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

from tests.lookup.registry import pointing_at  # noqa: E402

TODAY = "2026-11-26"


def config_text(**extra: str) -> str:
    lines = [f'today = "{TODAY}"', *(f"{key} = {value}" for key, value in extra.items())]
    return "\n".join(lines) + "\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "paper").mkdir()
    (tmp_path / "paper" / "refslint.toml").write_text(config_text(), encoding="utf-8")
    return tmp_path / "paper"


async def start(
    folder: Path,
    pythonpath: Path | None = None,
    *,
    registry_url: str = "http://127.0.0.1:9",  # nothing listens there
    options: dict | None = None,
) -> LanguageClient:
    env = dict(os.environ)
    env.update(pointing_at(registry_url))
    env["REFSLINT_CACHE_DIR"] = str(folder.parent / "cache")
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pythonpath), env.get("PYTHONPATH")]))
    config = ClientServerConfig(
        server_command=[sys.executable, "-m", "refslint", "lsp"], server_env=env
    )
    client = await config.start()
    client.registrations = []
    client.registered = asyncio.Event()

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)
        client.registered.set()

    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=folder.as_uri(),
            initialization_options=options,
        )
    )
    return client


async def stop(client: LanguageClient) -> None:
    await client.shutdown_session()
    await client.stop()


@pytest_asyncio.fixture
async def client(folder: Path):
    client = await start(folder)
    yield client
    await stop(client)
