"""A lone CR, U+2028 and U+2029 (pasted from word processors): the command line and the language
server put every finding at the same place.

Lines end at `\\n`, `\\r\\n` and `\\r` alone, for both (as the editors' protocol counts them);
U+2028 and U+2029 are characters of their line there, but the plain-text reader breaks entries
at them, so entry 3 below starts after a U+2029 in the middle of line 2.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")


from tests.lsp.test_server import open_document, utf16

TEXT = (
    "1. Okafor CU, Becker F. Thermal runaway. J Electrochem Soc. 2021 Noc;168(11):110532.\r"
    "2. Petrova AV. Interatomic potentials\u2028for solid electrolytes. Phys Rev Mater. 2023 Jun"
    " 31;7(6):065401.\u20293. Lind K. Lattice strain. Phys Rev B. 2016 Jum;93:1450-1436.\r\n"
    "5. Varga P. Thin films. Phys Rev B. 2016 Feb;93:1450-60.\n"
)
LINES = re.split(r"\r\n|\r|\n", TEXT)


def command_line(path: Path) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "refslint", path.name, "--format", "json", "--offline"],
        cwd=path.parent,  # the folder's refslint.toml, as the server reads it
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)


@pytest.mark.asyncio
async def test_the_command_line_and_the_server_agree_on_every_position(client, folder):
    path = folder / "references.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    cli = command_line(path)
    found = {(d["code"], d["line"], d["column"]) for d in cli}
    assert ("RL204", 1, LINES[0].index("Noc") + 1) in found  # line 1 ends at a lone CR
    assert ("RL203", 2, LINES[1].index("31;") + 1) in found  # after a U+2028, still line 2
    assert ("RL204", 2, LINES[1].index("Jum") + 1) in found  # entry 3, after a U+2029
    assert ("RL502", 2, LINES[1].index("1450-1436") + 1) in found
    (gap,) = [d["message"] for d in cli if d["code"] == "RL101"]
    assert gap == "number 4 is missing: the list jumps from 3 to 5"  # the U+2029 started entry 3
    assert ("RL101", 3, 1) in found

    params = await open_document(client, path, TEXT)
    server = {
        (str(d.code), d.range.start.line, d.range.start.character) for d in params.diagnostics
    }
    expected = {
        (d["code"], d["line"] - 1, utf16(LINES[d["line"] - 1][: d["column"] - 1])) for d in cli
    }
    assert server == expected
