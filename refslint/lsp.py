"""The language server (`refslint lsp`): diagnostics as you type, fixes as code actions.

It lints through one `Session` for its lifetime, as the command line lints its files, and keeps
each diagnostic's fix in `Diagnostic.data`, so a code action needs no second lint. Positions are
converted once, at the edge (`_Lines`, over `lines.LineIndex`): refslint counts 1-based lines and
code-point columns, the editor 0-based lines and, unless it negotiated otherwise, UTF-16 units.

Registry lookups never hold up a lint: each lint reads the lookup cache only, as `--offline` does,
and publishes at once; references the cache cannot answer are then looked up on a background
thread, and when the answers are in the cache the document is linted again, as it is by then, so
an edit made meanwhile is never overwritten by findings for older text. Each lookup key is asked
for once a session (a failure is not retried on every keystroke).

The stdio stream is read by `lsp_io`, with a cap on each message; documents come from the editor's
text, and a file on disk is read only when it is a regular file within `MAX_FILE_BYTES`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import stat
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from refslint import __version__
from refslint.diagnostics import Applicability, Located, LocatedEdit, Severity
from refslint.lines import NEWLINE, LineIndex
from refslint.model import Reference
from refslint.notes import Note
from refslint.session import Session, SessionError

if TYPE_CHECKING:
    from refslint.lookup.settings import LookupSettings

MAX_FILE_BYTES = 16 * 1024 * 1024  # read from disk only for a document the editor has not opened
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
LintError = SessionError  # a document that cannot be linted as configured


class _Lines:
    """refslint's lines and columns (`LineIndex`) as LSP positions, in the units the editor
    negotiated (UTF-16 by default), counted by pygls's position codec."""

    def __init__(self, text: str, doc: TextDocument):
        self.index = LineIndex(text)
        self.codec = doc.position_codec

    def content(self, index: int) -> str:
        """The 0-based line `index`'s text without its ending."""
        return self.index.content(index + 1)

    def position(self, line: int, column: int) -> types.Position:
        """refslint's 1-based line and code-point column as an LSP position (past a line's
        end: its end)."""
        return self.at_offset(self.index.clamped_offset(line, column))

    def at_offset(self, offset: int) -> types.Position:
        """An offset into the text as an LSP position."""
        line, units = self.index.units_before(offset, self.codec.client_num_units)
        return types.Position(line=line, character=units)

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        return types.Range(
            start=self.position(line, column), end=self.position(end_line, end_column)
        )


@dataclass
class Lint:
    """One lint's findings, and what it left for the registries to answer."""

    results: list[Located]
    unanswered: dict[str, Reference] = field(default_factory=dict)
    settings: LookupSettings | None = None  # where to ask, when anything is to be asked


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
        self.heard: list[Note] = []  # notes from the session, lookup threads' too, to send
        self.heard_lock = threading.Lock()
        self.session = self.new_session()
        self.shown_error = ""
        self.asked: set[str] = set()  # lookup keys sent to the registries this session
        self.lookup_lock = threading.Lock()

    # --- linting ----------------------------------------------------------------------------

    def lint_text(self, doc: TextDocument, text: str) -> list[Located]:
        """The engine's findings for `text` as the document at `doc`'s path would get them."""
        return self.lint(doc, text).results

    def new_session(self, *, offline: bool = False) -> Session:
        """The server's session: lookups from the cache only while linting, configs read again
        when they change; `offline` when the editor asked for no network."""
        return Session(cache_only=True, watch_configs=True, offline=offline, note=self.hear)

    def hear(self, note: Note) -> None:
        """Keep a note from any thread; `tell` sends it from the event loop's."""
        with self.heard_lock:
            self.heard.append(note)

    def tell(self) -> None:
        """Send the notes heard as log messages (a warning as a warning)."""
        with self.heard_lock:
            notes, self.heard = self.heard, []
        for note in notes:
            kind = types.MessageType.Warning if note.level == "warning" else types.MessageType.Info
            self.window_log_message(types.LogMessageParams(type=kind, message=note.line()))

    def lint(self, doc: TextDocument, text: str) -> Lint:
        """Lint `text` with lookup answers from the cache only (never the network). A document
        no reader can take (XML that is not JATS, or is not well-formed while it is typed) has
        no findings; why is logged, not shown, as it changes with every keystroke."""
        from refslint.sources import SourceError

        try:
            linted = self.session.lint(str(_document_path(doc)), text)
        except SourceError as exc:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Info, message=f"refslint: {exc}")
            )
            return Lint([])
        finally:
            self.tell()
        for failure in linted.failures:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Warning, message=failure)
            )
        return Lint(linted.results, linted.unanswered, linted.lookup_settings)

    def publish(self, uri: str) -> None:
        """Lint the document as it is now and publish the result (or clear it on a bad config)."""
        self.pending.pop(uri, None)
        doc = _open_document(self, uri)
        if doc is None:  # closed meanwhile, or never opened: nothing is read from disk
            return
        text = doc.source
        try:
            lint = self.lint(doc, text)
        except LintError as exc:
            lint = Lint([])
            self._show_error(str(exc))
        else:
            self.shown_error = ""
        lines = _Lines(text, doc)
        diagnostics = [_diagnostic(d, lines, uri) for d in lint.results]
        self.linted[uri] = Linted(doc.version, lint.results, diagnostics)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=doc.version, diagnostics=diagnostics)
        )
        if lint.settings is not None and lint.unanswered:
            self.look_up(uri, lint.settings, lint.unanswered)

    def look_up(self, uri: str, settings: LookupSettings, wanted: dict[str, Reference]) -> None:
        """Ask the registries, on a thread of its own, for what no earlier lookup asked."""
        with self.lookup_lock:
            todo = [ref for key, ref in wanted.items() if key not in self.asked]
            self.asked.update(wanted)
        if not todo:
            return
        loop = asyncio.get_running_loop()
        thread = threading.Thread(
            target=self._fetch,
            args=(uri, settings, todo, loop),
            name="refslint-lookup",
            daemon=True,  # a registry that hangs must not keep the server from exiting
        )
        thread.start()

    def _fetch(
        self,
        uri: str,
        settings: LookupSettings,
        refs: list[Reference],
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        """On the lookup thread: fill the cache, then have the event loop lint again."""
        note: str | None = None
        try:
            note = self.session.look_up(settings, refs)
        except Exception as exc:  # a lookup bug must not take the server down
            note = f"registry lookup failed: {exc}"
        with contextlib.suppress(RuntimeError):  # the loop closed: the server is exiting
            loop.call_soon_threadsafe(self._looked_up, uri, note)

    def _looked_up(self, uri: str, note: str | None) -> None:
        """The answers are in the cache: lint the document as it is now, unless a lint is due."""
        self.tell()
        if note:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Info, message=f"refslint: {note}")
            )
        if uri in self.linted and uri not in self.pending:
            self.publish(uri)

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


@server.feature(types.INITIALIZE)
def initialize(ls: RefslintServer, params: types.InitializeParams) -> None:
    """`{"offline": true}` in the editor's initialization options: the lookup cache only."""
    options = params.initialization_options
    if isinstance(options, dict) and options.get("offline") is True:
        ls.session = ls.new_session(offline=True)


@server.feature(types.INITIALIZED)
def initialized(ls: RefslintServer, params: types.InitializedParams) -> None:
    """Ask the editor to report config file changes, where it can watch files for us."""
    workspace = ls.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    if not (watched and watched.dynamic_registration):
        return  # the session's check of each config's mtime still picks changes up
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
    ls.session.clear_configs()
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
    doc = _document_for(ls, uri)
    if doc is None:
        return []
    text = doc.source
    only = params.context.only
    actions: list[types.CodeAction] = []
    if _wanted(only, types.CodeActionKind.QuickFix):
        for diagnostic in params.context.diagnostics:
            action = _quick_fix(uri, doc, text, diagnostic)
            if action is not None:
                actions.append(action)
        spans: list[tuple[int, int]] | None = None
        for diagnostic in params.context.diagnostics:
            if diagnostic.source != SOURCE or not diagnostic.code:
                continue
            if spans is None:
                spans = _entry_lines(doc, text)
            action = _disable_for_entry(uri, doc, text, diagnostic, spans)
            if action is not None:
                actions.append(action)
    if _wanted(only, FIX_ALL):
        action = _fix_all(ls, uri, doc, text)
        if action is not None:
            actions.append(action)
    return actions


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: RefslintServer, params: types.HoverParams) -> types.Hover | None:
    """Over a diagnostic, show its rule's documentation, as `--explain` prints it, after the
    registry record a lookup finding compared the entry with."""
    linted = ls.linted.get(params.text_document.uri)
    if linted is None:
        return None
    at = params.position
    for diagnostic in linted.diagnostics:
        if _contains(diagnostic.range, at):
            text = _explain(str(diagnostic.code))
            data = diagnostic.data
            record = data.get("record") if isinstance(data, dict) else None
            if isinstance(record, dict):
                text = _record_markdown(record) + ("\n---\n\n" + text if text else "")
            if text:
                return types.Hover(
                    contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                    range=diagnostic.range,
                )
    return None


def serve() -> int:
    """Run on stdin/stdout until the editor says `exit` (`lsp_io` reads the stream, with limits);
    the exit status."""
    from refslint import lsp_io

    lsp_io.configure_logging()
    try:
        return lsp_io.serve(server.protocol, sys.stdin.buffer, sys.stdout.buffer)
    except KeyboardInterrupt:
        return 130
    finally:
        server.shutdown()


# --- helpers ------------------------------------------------------------------------------------


def _open_document(ls: RefslintServer, uri: str) -> TextDocument | None:
    """The document as the editor sent it, or None if it has not opened it."""
    doc = ls.workspace.get_text_document(uri)  # made lazily: reads nothing yet
    return doc if any(doc is d for d in ls.workspace.text_documents.values()) else None


def _document_for(ls: RefslintServer, uri: str) -> TextDocument | None:
    """The editor's text of the document; for one it has not opened, the file's text if it is a
    regular file of at most `MAX_FILE_BYTES` in UTF-8; otherwise None. pygls would read any path
    named to it in full, `/dev/zero` until memory ran out."""
    doc = _open_document(ls, uri)
    if doc is not None:
        return doc
    if not uri.startswith("file:"):  # an editor's buffer that is no file ("untitled:")
        return None
    path = ls.workspace.get_text_document(uri).path
    text = _read_regular(path, MAX_FILE_BYTES) if path else None
    if text is None:
        return None
    return TextDocument(uri, source=text, position_codec=ls.workspace.position_codec)


def _read_regular(path: str, limit: int) -> str | None:
    """The UTF-8 text of a regular file of at most `limit` bytes, else None. Opened without
    blocking (a FIFO with no writer would wait for ever) and checked on the open descriptor."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        try:
            data = file.read(limit + 1)  # the file may have grown since
        except OSError:
            return None
    if len(data) > limit:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


XML_LANGUAGES = ("xml", "jats")  # language ids of documents read as JATS whatever their name


def _document_path(doc: TextDocument) -> Path:
    """The path a document is linted as; a document the editor calls XML (an unsaved buffer,
    a file with another suffix) is read as JATS, as an `.xml` file is."""
    path = Path(doc.path) if doc.path else Path.cwd() / (doc.filename or "untitled.txt")
    if doc.language_id in XML_LANGUAGES and path.suffix.lower() != ".xml":
        path = path.with_name(path.name + ".xml")
    return path if path.is_absolute() else Path.cwd() / path


def _diagnostic(d: Located, lines: _Lines, uri: str) -> types.Diagnostic:
    """The finding as the editor shows it. A lookup finding's registry record rides along: in
    `data` (the JSON record, for a client that reads it), as related information (one line an
    editor lists under the message: the record and its differing fields), and in the hover."""
    where = lines.range(d.line, d.column, d.end_line, d.end_column)
    data: dict[str, object] = {"name": d.name, "fix": d.as_json()["fix"]}
    related = None
    if d.record is not None:
        data["record"] = d.record.as_json()
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(uri=uri, range=where), message=d.record.summary()
            )
        ]
    return types.Diagnostic(
        range=where,
        message=d.message,
        severity=SEVERITIES[d.severity],
        code=d.code,
        source=SOURCE,
        data=data,
        related_information=related,
    )


def _record_markdown(record: dict[str, object]) -> str:
    """A diagnostic's record (its JSON form, from `data`) as a Markdown table for the hover: the
    entry beside the record field by field, the differing fields in bold."""

    def cell(text: object) -> str:
        shown = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
        return shown or "—"

    fields = record.get("fields")
    rows = []
    for f in fields if isinstance(fields, list) else []:
        mark = "**" if f.get("differs") else ""
        name = f"{mark}{cell(f.get('name', ''))}{mark}"
        rows.append(f"| {name} | {cell(f.get('printed', ''))} | {cell(f.get('recorded', ''))} |")
    doi = str(record.get("doi", ""))
    head = f"The entry beside the {cell(record.get('source', ''))} record of `{doi}`"
    table = ["| field | entry | record |", "| --- | --- | --- |", *rows]
    return "\n".join([head + " (differing fields in bold):", "", *table, ""])


def _wanted(only: Sequence[str] | None, kind: str) -> bool:
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
    from refslint.fixes import apply_edits

    try:
        edits = [
            LocatedEdit(e["line"], e["column"], e["end_line"], e["end_column"], e["text"])
            for e in fix["edits"]
        ]
    except (KeyError, TypeError):  # not a fix this server sent
        return None
    new_text = apply_edits(text, edits)
    if new_text is None or new_text == text:
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


def _entry_lines(doc: TextDocument, text: str) -> list[tuple[int, int]]:
    """The first and last line (0-based) of each entry of the document's list."""
    from refslint.sources import SourceError, read_document

    try:
        entries = read_document(str(_document_path(doc)), text).entries
    except SourceError:
        return []
    spans = []
    for entry in entries:
        first = entry.positions.position(0).line
        last = entry.positions.end_position(len(entry.text)).line
        spans.append((first - 1, last - 1))
    return spans


def _suppression_comment(path: Path, code: str) -> str:
    """A `disable` comment in the syntax the document's reader looks for (`sources/document.py`)."""
    from refslint.sources import JATS_SUFFIXES, LATEX_SUFFIXES, MARKDOWN_SUFFIXES

    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES or suffix in JATS_SUFFIXES:
        return f"<!-- refslint: disable={code} -->"
    if suffix in LATEX_SUFFIXES:
        return f"% refslint: disable={code}"
    return f"# refslint: disable={code}"


def _disable_for_entry(
    uri: str,
    doc: TextDocument,
    text: str,
    diagnostic: types.Diagnostic,
    spans: list[tuple[int, int]],
) -> types.CodeAction | None:
    """ "Disable RL204 for this entry": a suppression comment on a line of its own above the
    entry the diagnostic lies in (none for one in the body text, which no comment can reach)."""
    at = diagnostic.range.start.line
    first = next((start for start, end in spans if start <= at <= end), None)
    if first is None:
        return None
    lines = _Lines(text, doc)
    content = lines.content(first)
    indent = content[: len(content) - len(content.lstrip(" \t"))]
    newline = m.group() if (m := NEWLINE.search(text)) else "\n"
    code = str(diagnostic.code)
    comment = _suppression_comment(_document_path(doc), code)
    start = lines.position(first + 1, 1)  # after a byte order mark, if the file has one
    edit = types.TextEdit(
        range=types.Range(start=start, end=start), new_text=f"{indent}{comment}{newline}"
    )
    return types.CodeAction(
        title=f"Disable {code} for this entry",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=types.WorkspaceEdit(changes={uri: [edit]}),
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
    from refslint.explain import explain_markdown

    try:
        by_code = {r.code: r for r in server.session.rules}
    except SessionError:
        return ""
    found = by_code.get(code)
    return "" if found is None else explain_markdown(found)
