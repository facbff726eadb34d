"""The three faces lint through one session: for one file and one config, the command line, the
language server and the `lint_text` helper the rule tests use find the very same diagnostics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")

from refslint.cli import main
from refslint.engine import lint_text
from refslint.lines import LineIndex
from tests.lsp.conftest import TODAY, start, stop
from tests.lsp.test_server import open_document, utf16

# CRLF endings, an astral character (two UTF-16 units), a bad month with an unsafe fix, a stale
# access date, a numbering gap and a suppression comment that silences nothing.
TEXT = (
    "# refslint: disable=RL205\r\n"
    "1. Okafor CU, Becker F. The 𝛼-phase in thermal runaway. J Electrochem Soc. 2021 Noc;"
    "168(11):110532.\r\n"
    "2. Materials Data Consortium. Open battery database [Internet]. Berkeley (CA): MDC; 2019 "
    "[cited 2023 Mar 14]. Available from: https://example.org/battery\r\n"
    "4. Petrova AV, Lindqvist E. Interatomic potentials for solid electrolytes. Phys Rev Mater. "
    "2023 Jun 12;7(6):065401.\r\n"
)
SETTINGS = {"today": TODAY, "extend-select": ["RL002"], "max-access-age": 400}
CONFIG = f'today = "{TODAY}"\nextend-select = ["RL002"]\nmax-access-age = 400\n'


def comparable(found: list[dict]) -> list[tuple]:
    return sorted(
        (
            d["code"],
            d["line"],
            d["column"],
            d["end_line"],
            d["end_column"],
            d["message"],
            json.dumps(d["fix"], sort_keys=True),
        )
        for d in found
    )


@pytest.mark.asyncio
async def test_the_command_line_the_server_and_the_helper_find_the_same(
    tmp_path: Path, monkeypatch, capsys
):
    folder = tmp_path / "paper"
    folder.mkdir()
    (folder / "refslint.toml").write_text(CONFIG, encoding="utf-8")
    path = folder / "references.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))  # the server's cache too

    assert main(["--offline", "--format", "json", str(path)]) == 1
    from_cli = comparable(json.loads(capsys.readouterr().out))
    helper = lint_text(TEXT, path=str(path), settings=SETTINGS, offline=True)
    from_helper = comparable([d.as_json() for d in helper])

    client = await start(folder, options={"offline": True})
    try:
        published = await open_document(client, path, TEXT)
    finally:
        await stop(client)
    path.write_bytes(TEXT.encode("utf-8"))  # as the command line read it

    codes = {row[0] for row in from_cli}
    assert {"RL204", "RL301", "RL101"} <= codes, from_cli  # something to agree on
    assert "RL002" in codes, from_cli  # an opt-in rule, chosen by the config
    assert from_helper == from_cli

    lines = LineIndex(TEXT)

    def lsp_position(line: int, column: int) -> tuple[int, int]:
        return line - 1, utf16(lines.content(line)[: column - 1])

    expected = sorted(
        (row[0], *lsp_position(row[1], row[2]), *lsp_position(row[3], row[4]), row[5], row[6])
        for row in from_cli
    )
    from_server = sorted(
        (
            str(d.code),
            d.range.start.line,
            d.range.start.character,
            d.range.end.line,
            d.range.end.character,
            d.message,
            json.dumps(d.data["fix"], sort_keys=True),
        )
        for d in published.diagnostics
    )
    assert from_server == expected
