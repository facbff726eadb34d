"""Fixtures: the review list served by two local registries that refuse what is beyond their
advertised limits, the one-process figures to compare with, and a real redis-server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.budget import fleet
from tests.lookup.registry import Registry, Server


@dataclass
class Served:
    main: Registry  # Crossref and DataCite
    second: Registry  # OpenAlex and PubMed
    refs: Path
    folder: Path

    def env(self, cache: str, cache_url: str = "") -> dict[str, str]:
        return fleet.environment(self.main.url, self.second.url, self.folder / cache, cache_url)

    @property
    def hits(self) -> list:
        return self.main.hits + self.second.hits

    def refused(self) -> int:
        return sum(hit.refused for hit in self.hits)


@pytest.fixture
def served(tmp_path) -> Iterator[Served]:
    with Server(Registry()) as main, Server(Registry()) as second:
        fleet.serve_review_list(main, second)
        yield Served(main, second, fleet.copy_list(tmp_path), tmp_path)


@pytest.fixture(scope="module")
def alone(tmp_path_factory) -> fleet.Result:
    """One process alone on the review list: the requests and seconds a shared budget matches."""
    folder = tmp_path_factory.mktemp("alone")
    with Server(Registry()) as main, Server(Registry()) as second:
        fleet.serve_review_list(main, second)
        refs = fleet.copy_list(folder)
        env = fleet.environment(main.url, second.url, folder / "cache")
        [result] = fleet.run_together(refs, [env], folder)
        assert result is not None
        result.requests = len(main.hits) + len(second.hits)  # type: ignore[attr-defined]
    return result


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    if shutil.which("redis-server") is None:
        pytest.fail(fleet.INSTALL, pytrace=False)
    with fleet.redis_server() as url:
        yield url
