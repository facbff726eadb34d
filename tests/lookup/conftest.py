"""The `registry` fixture: a local Crossref and DataCite on 127.0.0.1, with its own cache."""

from __future__ import annotations

import pytest

from tests.lookup.registry import Registry, Server


@pytest.fixture
def registry(tmp_path, monkeypatch):
    with Server(Registry()) as running:
        monkeypatch.setenv("REFSLINT_CROSSREF_URL", running.url)
        monkeypatch.setenv("REFSLINT_DATACITE_URL", running.url)
        monkeypatch.setenv("REFSLINT_OPENALEX_URL", f"{running.url}/openalex")
        monkeypatch.setenv("REFSLINT_PUBMED_URL", f"{running.url}/eutils")
        monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
        yield running
