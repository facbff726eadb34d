"""The language server, end to end: a real `refslint lsp` process driven over stdio by pytest-lsp."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")
pytest_asyncio = pytest.importorskip("pytest_asyncio")

from lsprotocol import types  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402

from tests.lsp.conftest import config_text, start, stop  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
# 𝛼 (U+1D6FC) is one code point but two UTF-16 units: columns after it differ by one
ASTRAL = "1. Okafor CU, Becker F. The 𝛼-phase in thermal runaway. J Electrochem Soc. 2021 Noc;168(11):110532.\n"
STALE = "2. Materials Data Consortium. Open battery database [Internet]. Berkeley (CA): MDC; 2019 [cited 2023 Mar 14]. Available from: https://example.org/battery\n"
GAP = "4. Petrova AV, Lindqvist E. Interatomic potentials for solid electrolytes. Phys Rev Mater. 2023 Jun 12;7(6):065401.\n"
TEXT = ASTRAL + STALE + GAP

# A plugin with a safe fix, installed for the server process only: the built-in fixes are unsafe.
PLUGIN = '''
from refslint.api import Category, Diagnostic, Edit, Fix, Severity, Span, rule

@rule(code="XT101", name="teh", category=Category.FORMAT, severity=Severity.WARNING,
      summary="'Teh' for 'The'", fixable=True)
def teh(ref, ctx):
    """## What it does
    Flags 'Teh'.
    """
    i = ref.text.find("Teh")
    if i >= 0:
        yield Diagnostic(Span(i, i + 3), "'Teh' is a typo", fix=Fix.safe(Edit(Span(i, i + 3), "The"), message="Write 'The'"))
'''


@pytest.fixture
def plugin_path(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "refslint_lsp_test_plugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "refslint_lsp_test_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: refslint-lsp-test-plugin\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text("[refslint.rules]\nteh = refslint_lsp_test_plugin\n")
    return site


@pytest_asyncio.fixture
async def plugin_client(folder: Path, plugin_path: Path):
    client = await start(folder, plugin_path)
    yield client
    await stop(client)


async def open_document(
    client: LanguageClient, path: Path, text: str
) -> types.PublishDiagnosticsParams:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="plaintext", version=1, text=text
            )
        )
    )
    return await published(client, uri)


async def published(client: LanguageClient, uri: str) -> types.PublishDiagnosticsParams:
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri:
            return params


async def published_after(
    client: LanguageClient, uri: str, version: int
) -> types.PublishDiagnosticsParams:
    """The first publication for a version after `version`: the lookups of the version opened may
    end, and publish once more, after a change is sent."""
    while True:
        params = await published(client, uri)
        if params.version is None or params.version > version:
            return params


def by_code(params: types.PublishDiagnosticsParams) -> dict[str, types.Diagnostic]:
    return {str(d.code): d for d in params.diagnostics}


def apply(text: str, edit: types.WorkspaceEdit, uri: str) -> str:
    """Apply a workspace edit's text edits for `uri` (UTF-16 positions) to `text`."""
    lines = text.splitlines(keepends=True)

    def offset(position: types.Position) -> int:
        line = lines[position.line] if position.line < len(lines) else ""
        units = 0
        chars = 0
        while units < position.character and chars < len(line):
            units += 2 if ord(line[chars]) > 0xFFFF else 1
            chars += 1
        return sum(len(x) for x in lines[: position.line]) + chars

    for change in sorted(
        edit.changes[uri], key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
    ):
        text = (
            text[: offset(change.range.start)] + change.new_text + text[offset(change.range.end) :]
        )
    return text


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# --- diagnostics --------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_open_publishes_codes_messages_and_utf16_ranges(client, folder):
    params = await open_document(client, folder / "references.txt", TEXT)
    found = by_code(params)
    assert set(found) == {"RL204", "RL301", "RL101"}
    assert params.version == 1

    month = found["RL204"]
    assert month.message == "'Noc' is not a month (2021 Noc); did you mean 'Nov'?"
    assert month.source == "refslint"
    assert month.severity == types.DiagnosticSeverity.Error
    assert month.code_description is None  # no homepage to link to; hover shows the docs
    assert month.data["fix"]["applicability"] == "unsafe"
    column = utf16(ASTRAL[: ASTRAL.index("Noc")])
    assert column == ASTRAL.index("Noc") + 1  # the astral character really counts twice
    assert month.range == types.Range(
        start=types.Position(line=0, character=column),
        end=types.Position(line=0, character=column + 3),
    )

    stale = found["RL301"]
    assert stale.severity == types.DiagnosticSeverity.Warning
    assert stale.message.startswith("accessed on 2023-03-14")
    assert stale.range.start.line == 1
    assert stale.range.start.character == STALE.index("2023 Mar 14")
    assert found["RL101"].range.start == types.Position(line=2, character=0)


@pytest.mark.asyncio
async def test_a_change_updates_the_diagnostics(client, folder):
    path = folder / "references.txt"
    await open_document(client, path, TEXT)
    column = utf16(ASTRAL[: ASTRAL.index("Noc")])
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=0, character=column),
                        end=types.Position(line=0, character=column + 3),
                    ),
                    text="Nov",
                )
            ],
        )
    )
    params = await published_after(client, path.as_uri(), 1)
    assert params.version == 2
    assert set(by_code(params)) == {"RL301", "RL101"}


@pytest.mark.asyncio
async def test_a_burst_of_changes_is_linted_once(client, folder):
    path = folder / "references.txt"
    await open_document(client, path, TEXT)
    for version in range(2, 7):
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=path.as_uri(), version=version
                ),
                content_changes=[
                    types.TextDocumentContentChangeWholeDocument(text=TEXT + " " * version)
                ],
            )
        )
    params = await published_after(client, path.as_uri(), 1)
    assert params.version == 6  # the changes before the pause were never linted on their own


@pytest.mark.asyncio
async def test_a_byte_order_mark_counts_as_a_character_for_the_editor(client, folder):
    text = "\ufeff" + ASTRAL
    month = by_code(await open_document(client, folder / "references.txt", text))["RL204"]
    assert month.range.start == types.Position(line=0, character=utf16(text[: text.index("Noc")]))


@pytest.mark.asyncio
async def test_a_markdown_manuscript_points_into_the_file(client, folder):
    text = "# Results\n\nAs shown before.\n\n## References\n\n" + ASTRAL
    params = await open_document(client, folder / "paper.md", text)
    month = by_code(params)["RL204"]
    assert month.range.start == types.Position(
        line=6, character=utf16(ASTRAL[: ASTRAL.index("Noc")])
    )


# --- code actions -------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_quick_fix_from_an_unsafe_fix_and_no_fix_all_without_safe_fixes(client, folder):
    path = folder / "references.txt"
    month = by_code(await open_document(client, path, TEXT))["RL204"]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=month.range,
            context=types.CodeActionContext(diagnostics=[month]),
        )
    )
    assert [a.title for a in actions] == [
        "Fix: Replace 'Noc' with 'Nov'",
        "Disable RL204 for this entry",
    ]
    action = actions[0]
    assert action.kind == types.CodeActionKind.QuickFix
    assert not action.is_preferred  # unsafe: offered, not preferred
    (edit,) = action.edit.changes[path.as_uri()]
    # only what changes, inside the month, in UTF-16 units: 'Noc' -> 'Nov' rewrites one letter
    assert edit.range == types.Range(
        start=types.Position(line=0, character=month.range.end.character - 1),
        end=month.range.end,
    )
    assert edit.new_text == "v"
    assert apply(TEXT, action.edit, path.as_uri()) == TEXT.replace("Noc", "Nov")


@pytest.mark.asyncio
async def test_fix_all_applies_safe_fixes_only(plugin_client, folder):
    path = folder / "references.txt"
    text = TEXT.replace("The 𝛼-phase", "Teh 𝛼-phase")
    found = by_code(await open_document(plugin_client, path, text))
    assert {"XT101", "RL204"} <= set(found)
    actions = await plugin_client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=types.Range(
                start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)
            ),
            context=types.CodeActionContext(diagnostics=[], only=["source.fixAll.refslint"]),
        )
    )
    (action,) = actions
    assert action.title == "Fix all safe problems in this file"
    assert action.kind == "source.fixAll.refslint"
    fixed = apply(text, action.edit, path.as_uri())
    assert fixed == text.replace("Teh", "The")  # 'Noc' stays: its fix is unsafe

    quick = await plugin_client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=found["XT101"].range,
            context=types.CodeActionContext(
                diagnostics=[found["XT101"]], only=[types.CodeActionKind.QuickFix]
            ),
        )
    )
    assert [(a.title, a.is_preferred) for a in quick] == [
        ("Fix: Write 'The'", True),
        ("Disable XT101 for this entry", None),
    ]


# --- hover --------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_hover_on_a_diagnostic_shows_the_rule_documentation(client, folder):
    path = folder / "references.txt"
    month = by_code(await open_document(client, path, TEXT))["RL204"]
    inside = types.Position(line=0, character=month.range.start.character + 1)
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=inside
        )
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    text = hover.contents.value
    assert text.startswith(
        "**RL204 month-invalid: A word where the month should be is not a month**"
    )
    assert "## What it does" in text and "## Fix safety" in text
    assert hover.range == month.range

    nowhere = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            position=types.Position(line=0, character=3),
        )
    )
    assert nowhere is None


# --- configuration ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_config_changes_are_picked_up(client, folder):
    await asyncio.wait_for(client.registered.wait(), timeout=30)  # sent once initialized
    (registration,) = client.registrations
    assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    globs = [w["globPattern"] for w in registration.register_options["watchers"]]
    assert globs == ["**/refslint.toml", "**/.refslint.toml", "**/pyproject.toml"]
    path = folder / "references.txt"
    assert "RL301" in by_code(await open_document(client, path, TEXT))

    config = folder / "refslint.toml"
    config.write_text(config_text(ignore='["RL301"]'), encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    assert set(by_code(await published(client, path.as_uri()))) == {"RL204", "RL101"}

    # an editor that does not watch files: the next lint sees the new mtime and size
    config.write_text(config_text(ignore='["RL2"]'), encoding="utf-8")
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri())
        )
    )
    assert set(by_code(await published(client, path.as_uri()))) == {"RL301", "RL101"}


@pytest.mark.asyncio
async def test_a_bad_config_is_shown_once_and_clears_the_diagnostics(client, folder):
    (folder / "refslint.toml").write_text("max-acess-age = 30\n", encoding="utf-8")
    path = folder / "references.txt"
    params = await open_document(client, path, TEXT)
    assert list(params.diagnostics) == []
    (message,) = client.messages
    assert message.type == types.MessageType.Error
    assert "unknown key 'max-acess-age'" in message.message
    assert "did you mean 'max-access-age'" in message.message


@pytest.mark.asyncio
async def test_close_clears_and_shutdown_exits_cleanly(folder):
    client = await start(folder)
    path = folder / "references.txt"
    await open_document(client, path, TEXT)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri())
        )
    )
    assert list((await published(client, path.as_uri())).diagnostics) == []
    await client.shutdown_session()
    assert client._server.returncode == 0
    await client.stop()


# --- without the optional dependency ------------------------------------------------------------


def test_without_pygls_the_command_says_which_extra_to_install():
    code = (
        "import importlib.util, sys\n"
        "real = importlib.util.find_spec\n"
        "importlib.util.find_spec = lambda name, *a: None if name == 'pygls' else real(name, *a)\n"
        "from refslint.cli import main\n"
        "sys.exit(main(['lsp']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "refslint: error: the language server needs the 'lsp' extra: pip install 'refslint[lsp]'\n"
    )
