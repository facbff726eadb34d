"""The "Disable CODE for this entry" code action, applied and linted again by the real server."""

from __future__ import annotations

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")

from lsprotocol import types

from tests.lsp.conftest import config_text
from tests.lsp.test_server import (
    apply,
    by_code,
    open_document,
    published_after,
)

GOOD = (
    "Petrova AV, Lindqvist E. Interatomic potentials for solid electrolytes. "
    "Phys Rev Mater. 2023 Jun 12;7(6):065401."
)
# wrapped: the bad month is on the entry's second line, the comment goes above its first
BAD = "Okafor CU, Becker F. The thermal runaway of cells. J Electrochem\n   Soc. 2021 Noc;168(11):110532."

PLAIN = f"1. {GOOD}\n2. {BAD}\n"
MARKDOWN = f"# Results\n\nAs shown [1], [2].\n\n## References\n\n1. {GOOD}\n2. {BAD}\n"
LATEX = (
    "\\begin{thebibliography}{9}\n"
    f"\\bibitem{{petrova}} {GOOD}\n"
    f"\\bibitem{{okafor}} {BAD}\n"
    "\\end{thebibliography}\n"
)
CASES = [
    ("references.txt", PLAIN, "2. Okafor", "# refslint: disable=RL204\n"),
    ("paper.md", MARKDOWN, "2. Okafor", "<!-- refslint: disable=RL204 -->\n"),
    ("paper.tex", LATEX, "\\bibitem{okafor}", "% refslint: disable=RL204\n"),
]


async def code_actions(client, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(
                diagnostics=[diagnostic], only=[types.CodeActionKind.QuickFix]
            ),
        )
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(("name", "text", "entry_start", "comment"), CASES)
async def test_disabling_for_the_entry_silences_the_finding(
    client, folder, name, text, entry_start, comment
):
    # RL002 reports a suppression that silences nothing: the inserted one must be used
    (folder / "refslint.toml").write_text(
        config_text(**{"extend-select": '["RL002"]'}), encoding="utf-8"
    )
    path = folder / name
    uri = path.as_uri()
    before = by_code(await open_document(client, path, text))
    month = before["RL204"]
    assert month.range.start.line == text.splitlines().index("   Soc. 2021 Noc;168(11):110532.")

    actions = await code_actions(client, uri, month)
    (disable,) = [a for a in actions if a.title == "Disable RL204 for this entry"]
    assert disable.kind == types.CodeActionKind.QuickFix
    assert list(disable.diagnostics) == [month]
    changed = apply(text, disable.edit, uri)
    assert changed == text.replace(entry_start, comment + entry_start, 1)

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=changed)],
        )
    )
    after = await published_after(client, uri, 1)
    assert after.version == 2
    assert set(by_code(after)) == set(before) - {"RL204"}


@pytest.mark.asyncio
async def test_no_disable_action_outside_the_list(client, folder):
    path = folder / "paper.md"
    text = MARKDOWN.replace("[1], [2]", "[1], [2], [7]")
    missing = by_code(await open_document(client, path, text))["RL701"]  # a citation in the text
    actions = await code_actions(client, path.as_uri(), missing)
    assert [a.title for a in actions if a.title.startswith("Disable")] == []
