"""The language server (`refslint lsp`): diagnostics as you type, fixes as code actions.

It calls the engine in-process, exactly as the command line lints one file, and keeps each
diagnostic's fix in `Diagnostic.data`, so a code action needs no second lint. Positions are
converted once, at the edge (`_Lines`): refslint counts 1-based lines and code-point columns, the
editor 0-based lines and, unless it negotiated otherwise, UTF-16 units.

Registry lookups run as with `--offline`: the lookup rules see what the cache already holds (from
earlier command-line runs) and nothing else, so no keystroke ever waits on the network.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from refslint import __version__
from refslint.diagnostics import Applicability, Category, Located, LocatedEdit, Severity

DEBOUNCE_SECONDS = 0.3  # after the last keystroke; open and save lint at once
SOURCE = "refslint"
FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.refslint"
FIX_ALL_TITLE = "Fix all safe problems in this file"
CONFIG_NAMES = ("refslint.toml", ".refslint.toml", "pyproject.toml")
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_NEWLINE = re.compile(r"\r\n|\r|\n")


class LintError(Exception):
    """A document that cannot be linted as configured (bad config, broken plugin)."""


class _Configs:
    """The config for a document's folder, read again whenever the file's mtime or size changes."""

    def __init__(self) -> None:
        self._loaded: dict[Path, tuple[tuple[int, int], Any]] = {}

    def clear(self) -> None:
        self._loaded.clear()

    def for_path(self, path: Path, rules: Any) -> Any:
        from refslint import config

        try:
            found = config.find(path.parent if path.parent.is_dir() else Path.cwd())
            if found is None:
                return config.Config()
            stat = found.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
            cached = self._loaded.get(found)
            if cached is None or cached[0] != stamp:
                cached = (stamp, config.load(found, rules))
                self._loaded[found] = cached
            return cached[1]
        except (config.ConfigError, OSError) as exc:
            raise LintError(str(exc)) from None


class _Lines:
    """Lines as refslint counts them (split at CR, LF and CRLF only, as LSP does), measured in the
    units the editor negotiated (UTF-16 by default) by pygls's position codec."""

    def __init__(self, text: str, doc: TextDocument):
        self.text = text
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self.codec = doc.position_codec
        self.bom = 1 if text.startswith("\ufeff") else 0  # refslint's columns start after it

    def content(self, index: int) -> str:
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def position(self, line: int, column: int) -> types.Position:
        """refslint's 1-based line and code-point column as an LSP position."""
        index = min(max(line - 1, 0), len(self.starts) - 1)
        characters = max(column - 1, 0) + (self.bom if index == 0 else 0)
        return self._at(index, characters)

    def at_offset(self, offset: int) -> types.Position:
        """An offset into the text as an LSP position."""
        from bisect import bisect_right

        index = max(bisect_right(self.starts, offset) - 1, 0)
        return self._at(index, offset - self.starts[index])

    def _at(self, index: int, characters: int) -> types.Position:
        content = self.content(index)
        characters = min(characters, len(content))  # past the end: the line's end
        return types.Position(
            line=index, character=self.codec.client_num_units(content[:characters])
        )

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        return types.Range(
            start=self.position(line, column), end=self.position(end_line, end_column)
        )


@dataclass
class Linted:
    """The last lint of one open document: what was published, for hover and code actions."""

    version: int | None
    results: list[Located]
    diagnostics: list[types.Diagnostic]


class RefslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("refslint", __version__)
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.configs = _Configs()
        self.shown_error = ""

    # --- linting ----------------------------------------------------------------------------

    def lint_text(self, doc: TextDocument, text: str) -> list[Located]:
        """The engine's findings for `text` as the document at `doc`'s path would get them."""
        from refslint import registry
        from refslint.engine import lint_entries
        from refslint.rule import Context
        from refslint.sources import read_document

        path = _document_path(doc)
        try:
            rules = registry.load_rules()
        except registry.RegistryError as exc:
            raise LintError(str(exc)) from None
        cfg = self.configs.for_path(path, rules)
        chosen = registry.without(
            registry.select_rules(rules, [cfg.selection]), cfg.ignored_for(path)
        )
        name = str(path)
        ctx = Context(today=cfg.today or dt.date.today(), path=name, settings=cfg.options)
        if any(r.requires_lookup for r in chosen):
            # as `--offline`: answers from the cache only, so nothing ever waits on the network
            from refslint.lookup import LookupService, LookupSettings

            service = LookupService(LookupSettings.resolve(cfg.lookup, offline=True))
            ctx = dataclasses.replace(ctx, lookup=service)
        document = read_document(name, text)
        failures: list[str] = []
        results = lint_entries(
            document.entries, chosen, ctx, source_text=text, failures=failures, document=document
        )
        for failure in failures:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Warning, message=failure)
            )
        return results

    def publish(self, uri: str) -> None:
        """Lint the document as it is now and publish the result (or clear it on a bad config)."""
        self.pending.pop(uri, None)
        try:
            doc = self.workspace.get_text_document(uri)
        except Exception:  # closed meanwhile
            return
        text = doc.source
        try:
            results = self.lint_text(doc, text)
        except LintError as exc:
            results = []
            self._show_error(str(exc))
        else:
            self.shown_error = ""
        lines = _Lines(text, doc)
        diagnostics = [_diagnostic(d, lines) for d in results]
        self.linted[uri] = Linted(doc.version, results, diagnostics)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=doc.version, diagnostics=diagnostics)
        )

    def publish_later(self, uri: str) -> None:
        """Lint once typing pauses: each change restarts the wait."""
        self.cancel(uri)
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(DEBOUNCE_SECONDS, self.publish, uri)

    def cancel(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()

    def _show_error(self, message: str) -> None:
        """Say a configuration problem once, not on every keystroke."""
        if message != self.shown_error:
            self.shown_error = message
            self.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Error, message=f"refslint: {message}"
                )
            )


server = RefslintServer()


@server.feature(types.INITIALIZED)
def initialized(ls: RefslintServer, params: types.InitializedParams) -> None:
    """Ask the editor to report config file changes, where it can watch files for us."""
    workspace = ls.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    if not (watched and watched.dynamic_registration):
        return  # the mtime check in `_Configs` still picks changes up on the next lint
    watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]
    ls.client_register_capability(
        types.RegistrationParams(
            registrations=[
                types.Registration(
                    id="refslint-config-files",
                    method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers),
                )
            ]
        )
    )


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: RefslintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: RefslintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.publish_later(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: RefslintServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.cancel(params.text_document.uri)
    ls.publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: RefslintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.cancel(uri)
    ls.linted.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: RefslintServer, params: types.DidChangeWatchedFilesParams) -> None:
    """A config file changed: lint every open document again with what it now says."""
    if not any(change.uri.rsplit("/", 1)[-1] in CONFIG_NAMES for change in params.changes):
        return
    ls.configs.clear()
    for uri in list(ls.linted):
        ls.cancel(uri)
        ls.publish(uri)


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL], resolve_provider=False
    ),
)
def code_action(ls: RefslintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    doc = ls.workspace.get_text_document(uri)
    text = doc.source
    only = params.context.only
    actions: list[types.CodeAction] = []
    if _wanted(only, types.CodeActionKind.QuickFix):
        for diagnostic in params.context.diagnostics:
            action = _quick_fix(uri, doc, text, diagnostic)
            if action is not None:
                actions.append(action)
    if _wanted(only, FIX_ALL):
        action = _fix_all(ls, uri, doc, text)
        if action is not None:
            actions.append(action)
    return actions


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: RefslintServer, params: types.HoverParams) -> types.Hover | None:
    """Over a diagnostic, show its rule's documentation, as `--explain` prints it."""
    linted = ls.linted.get(params.text_document.uri)
    if linted is None:
        return None
    at = params.position
    for diagnostic in linted.diagnostics:
        if _contains(diagnostic.range, at):
            text = _explain(str(diagnostic.code))
            if text:
                return types.Hover(
                    contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                    range=diagnostic.range,
                )
    return None


def serve() -> int:
    """Run on stdin/stdout until the editor says `exit`."""
    logging.basicConfig(level=logging.WARNING, format="refslint lsp: %(message)s")
    server.start_io()
    return 0


# --- helpers ------------------------------------------------------------------------------------


def _document_path(doc: TextDocument) -> Path:
    path = Path(doc.path) if doc.path else Path.cwd() / (doc.filename or "untitled.txt")
    return path if path.is_absolute() else Path.cwd() / path


def _diagnostic(d: Located, lines: _Lines) -> types.Diagnostic:
    from refslint.reporters import rule_url

    return types.Diagnostic(
        range=lines.range(d.line, d.column, d.end_line, d.end_column),
        message=d.message,
        severity=SEVERITIES[d.severity],
        code=d.code,
        code_description=types.CodeDescription(href=rule_url(d.code)),
        source=SOURCE,
        data={"name": d.name, "fix": d.as_json()["fix"]},
    )


def _wanted(only: list[str] | None, kind: str) -> bool:
    """Whether a code action of `kind` answers a request limited to `only` (prefix match)."""
    return only is None or any(kind == k or kind.startswith(f"{k}.") for k in only)


def _quick_fix(
    uri: str, doc: TextDocument, text: str, diagnostic: types.Diagnostic
) -> types.CodeAction | None:
    """ "Fix: <message>" for a diagnostic whose fix may be applied (display-only ones are not)."""
    if diagnostic.source != SOURCE or not isinstance(diagnostic.data, dict):
        return None
    fix = diagnostic.data.get("fix")
    if not fix or fix.get("applicability") not in ("safe", "unsafe"):
        return None
    applicability = Applicability.SAFE if fix["applicability"] == "safe" else Applicability.UNSAFE
    from refslint.fixes import apply_once

    located = _from_fix(str(diagnostic.code), fix, applicability)
    new_text, applied, _ = apply_once(text, [located], Applicability.UNSAFE)
    if not applied or new_text == text:
        return None
    return types.CodeAction(
        title=f"Fix: {fix['message']}",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=applicability is Applicability.SAFE,
        edit=_whole_edit(uri, doc, text, new_text),
    )


def _fix_all(ls: RefslintServer, uri: str, doc: TextDocument, text: str) -> types.CodeAction | None:
    """Every safe fix in the file, in as many passes as `--fix` would take."""
    from refslint.fixes import fix_text, is_fixable

    linted = ls.linted.get(uri)
    if linted is None or not any(is_fixable(d, Applicability.SAFE) for d in linted.results):
        return None
    try:
        fixed = fix_text(text, lambda current: ls.lint_text(doc, current), Applicability.SAFE)
    except LintError:
        return None
    if fixed.text == text:
        return None
    return types.CodeAction(
        title=FIX_ALL_TITLE, kind=FIX_ALL, edit=_whole_edit(uri, doc, text, fixed.text)
    )


def _from_fix(code: str, fix: dict[str, Any], applicability: Applicability) -> Located:
    """The fix carried in `Diagnostic.data` (the JSON contract's shape) back as a `Located`."""
    edits = tuple(
        LocatedEdit(e["line"], e["column"], e["end_line"], e["end_column"], e["text"])
        for e in fix["edits"]
    )
    first = edits[0] if edits else LocatedEdit(1, 1, 1, 1, "")
    return Located(
        path="",
        line=first.line,
        column=first.column,
        code=code,
        end_line=first.end_line,
        end_column=first.end_column,
        entry=None,
        name="",
        category=Category.FORMAT,
        severity=Severity.INFO,
        message="",
        fix_applicability=applicability,
        fix_message=fix.get("message", ""),
        edits=edits,
    )


def _whole_edit(uri: str, doc: TextDocument, old: str, new: str) -> types.WorkspaceEdit:
    """One text edit covering only the part of the document that changed."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    if 0 < prefix < len(old) and old[prefix - 1] == "\r" and old[prefix] == "\n":
        prefix -= 1  # never split a CRLF: an LSP position cannot stand between its two halves
    end = len(old) - suffix
    if 0 < end < len(old) and old[end - 1] == "\r" and old[end] == "\n":
        end += 1
        suffix -= 1
    lines = _Lines(old, doc)
    edit = types.TextEdit(
        range=types.Range(start=lines.at_offset(prefix), end=lines.at_offset(end)),
        new_text=new[prefix : len(new) - suffix],
    )
    return types.WorkspaceEdit(changes={uri: [edit]})


def _contains(span: types.Range, at: types.Position) -> bool:
    start, end = span.start, span.end
    return (start.line, start.character) <= (at.line, at.character) <= (end.line, end.character)


def _explain(code: str) -> str:
    from refslint import registry
    from refslint.cli import explain_text
    from refslint.reporters.sarif import docs_markdown

    try:
        by_code = {r.code: r for r in registry.load_rules()}
    except registry.RegistryError:
        return ""
    found = by_code.get(code)
    if found is None:
        return ""
    title, rest = explain_text(found).split("\n", 1)
    return f"**{title}**\n\n{docs_markdown(rest)}"
