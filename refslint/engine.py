"""Run rules over a list's entries and place what they find in the file.

The engine is the only place that knows both worlds: rules speak in spans of a reference's own
text, reporters speak in lines and columns of a file. It never prints and never touches files; the
command line, the language server and `lint_text` reach it through one `session.Session`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from refslint.collector import fewer_collections
from refslint.diagnostics import (
    Applicability,
    Category,
    Diagnostic,
    Located,
    LocatedEdit,
    Severity,
)
from refslint.grammar import parse_entry
from refslint.lines import LineIndex
from refslint.model import Entry, Field, Reference, Span, Suppression
from refslint.rule import Context, Kind, OptionValue, Rule

if TYPE_CHECKING:
    from refslint.notes import Note
    from refslint.sources.document import Document


class RuleCrash(Exception):
    """Rules raised; the message names each rule, its origin and the first entry it failed on."""

    def __init__(self, failures: Sequence[str]):
        super().__init__("; ".join(failures))
        self.failures = tuple(failures)


@fewer_collections()
def lint_entries(
    entries: Sequence[Entry],
    rules: Sequence[Rule],
    ctx: Context,
    settings: Mapping[str, OptionValue] | None = None,
    *,
    source_text: str | None = None,
    failures: list[str] | None = None,
    document: Document | None = None,
) -> list[Located]:
    """Parse every entry, run entry rules on each reference and list rules on the whole list.

    `document` (what `sources.read_document` found) brings the body text's citations, which
    citation rules read from `ctx.citations`, and the suppression comments: `disable-file` ones
    silence findings anywhere, and suppression rules then see the comments that silenced nothing.

    `settings` holds rule options by config key (default: `ctx.settings`). `source_text` is the
    decoded file the entries came from; with it, fix edits also carry file offsets for `--fix`.
    A rule that raises does not stop the others: its failure is appended to `failures`, or, when no
    list is given, raised as `RuleCrash` once every rule has run.

    It is `begin_entries` then `finish_entries`: a caller that waits on registry answers (a batch
    run) can do the first part before they arrive.
    """
    if any(rule.requires_lookup for rule in rules):  # every rule sees the service the run uses
        ctx = with_lookup(ctx)
    begun = begin_entries(entries, rules, ctx, settings, source_text=source_text, document=document)
    return finish_entries(
        begun,
        entries,
        rules,
        ctx,
        settings,
        source_text=source_text,
        failures=failures,
        document=document,
    )


@dataclass
class Begun:
    """A lint with its offline part done: every entry parsed, and every rule that needs no
    registry answer run. Plain data (it pickles), so another process may finish it."""

    refs: list[Reference]
    found: list[Located]  # what the offline rules found, suppressions applied
    crashed: dict[str, str]  # failures so far, by rule code (or `grammar:N`)
    used: set[tuple[int, str]]  # (which comment, which code) silenced something
    ran: tuple[str, ...]  # the codes of the rules run, for `finish_entries` to check


@fewer_collections()
def begin_entries(
    entries: Sequence[Entry],
    rules: Sequence[Rule],
    ctx: Context,
    settings: Mapping[str, OptionValue] | None = None,
    *,
    source_text: str | None = None,
    document: Document | None = None,
) -> Begun:
    """The part of `lint_entries` that needs no registry answer: parse every entry and run the
    entry and list rules without `requires_lookup`. Nothing is asked of the registries."""
    crashed: dict[str, str] = {}
    refs = [_parse(entry, ctx, crashed) for entry in entries]
    offline = [rule for rule in _checks(rules) if not rule.requires_lookup]
    begun = Begun(refs, [], crashed, set(), offline_codes(rules))
    scope = _Scope.of(entries, ctx, settings, source_text, document)
    _run_checks(offline, refs, scope, begun)
    return begun


@fewer_collections()
def finish_entries(
    begun: Begun,
    entries: Sequence[Entry],
    rules: Sequence[Rule],
    ctx: Context,
    settings: Mapping[str, OptionValue] | None = None,
    *,
    source_text: str | None = None,
    failures: list[str] | None = None,
    document: Document | None = None,
) -> list[Located]:
    """The rest of `lint_entries` once `begin_entries` has run (with the same entries, rules and
    context): fetch the answers, run the rules that need them, then the suppression rules (which
    see the comments no rule's finding used), and say what failed in the order the rules come."""
    refs = begun.refs
    if any(rule.requires_lookup for rule in rules):  # a run-level one needs the answers too
        ctx = _prepare_lookup(ctx, refs)
    scope = _Scope.of(entries, ctx, settings, source_text, document)
    _run_checks([rule for rule in _checks(rules) if rule.requires_lookup], refs, scope, begun)
    out, crashed, used = begun.found, begun.crashed, begun.used
    late = [rule for rule in rules if rule.kind is Kind.SUPPRESSION]
    suppressions = document.suppressions if document is not None else ()
    if late and suppressions:
        found = _lint_suppressions(
            late, _unused(suppressions, used), scope.ctx, scope.settings, crashed
        )
        out.extend(found)
    out.sort()
    if crashed:
        crashed = _in_rule_order(crashed, rules)
        if failures is None:
            raise RuleCrash(list(crashed.values()))
        failures.extend(crashed.values())
    return out


def offline_codes(rules: Sequence[Rule]) -> tuple[str, ...]:
    """The codes of the rules `begin_entries` runs of `rules`."""
    return tuple(rule.code for rule in _checks(rules) if not rule.requires_lookup)


def _checks(rules: Sequence[Rule]) -> list[Rule]:
    """The rules that check references: not the run-level ones (`lint_run`'s, after a run) nor
    the suppression ones (last, over what the others left)."""
    return [rule for rule in rules if rule.kind not in (Kind.RUN, Kind.SUPPRESSION)]


def _in_rule_order(crashed: dict[str, str], rules: Sequence[Rule]) -> dict[str, str]:
    """Failures as one pass over the rules would meet them: the grammar's first, then each rule's
    in the order the rules come, the suppression rules' last."""
    order = [key for key in crashed if key not in {rule.code for rule in rules}]
    order += [rule.code for rule in _checks(rules) if rule.code in crashed]
    order += [rule.code for rule in rules if rule.kind is Kind.SUPPRESSION and rule.code in crashed]
    return {key: crashed[key] for key in dict.fromkeys(order)}


@dataclass
class _Scope:
    """What every check of one lint shares: where entries are, how findings are placed and
    silenced, and the context the rules see."""

    ctx: Context
    settings: Mapping[str, OptionValue]
    by_index: dict[int, Entry]
    entries: Sequence[Entry]
    lines: LineIndex | None
    source_text: str | None
    suppressions: Sequence[Suppression]
    guard: Callable[[int, int, str], bool] | None

    @classmethod
    def of(
        cls,
        entries: Sequence[Entry],
        ctx: Context,
        settings: Mapping[str, OptionValue] | None,
        source_text: str | None,
        document: Document | None,
    ) -> _Scope:
        if document is not None and ctx.citations is None:
            ctx = dataclasses.replace(ctx, citations=document.citations)
        return cls(
            ctx=ctx,
            settings=ctx.settings if settings is None else settings,
            by_index={entry.index: entry for entry in entries},
            entries=entries,
            lines=LineIndex(source_text) if source_text is not None else None,
            source_text=source_text,
            suppressions=document.suppressions if document is not None else (),
            guard=document.edit_guard if document is not None else None,
        )


def _run_checks(
    rules: Sequence[Rule], refs: Sequence[Reference], scope: _Scope, begun: Begun
) -> None:
    """Run entry and list rules, adding what they find (placed, silenced where a comment says so)
    to `begun.found` and what raised to `begun.crashed`."""
    ctx, out, crashed, used = scope.ctx, begun.found, begun.crashed, begun.used
    suppressions, guard, source_text = scope.suppressions, scope.guard, scope.source_text
    for rule in rules:
        try:
            opts = rule.make_options(scope.settings)
        except (TypeError, ValueError) as exc:
            crashed.setdefault(rule.code, _crash_message(rule, None, ctx, exc))
            continue
        if rule.kind is Kind.LIST:
            subjects: Iterable[tuple[Entry | None, Reference | Sequence[Reference]]] = [
                (None, refs)
            ]
        else:
            subjects = zip(scope.entries, refs, strict=True)
        check, extra = rule.check, (() if rule.options is None else (opts,))  # `rule.run`, hoisted
        strict = rule.category is Category.LOOKUP and ctx.lookup is not None and ctx.lookup.strict
        for entry, subject in subjects:
            try:
                produced = check(subject, ctx, *extra)
                if not produced:  # a check that returned instead of yielding
                    continue
                found = list(produced)
            except Exception as exc:  # a plugin's bug must not end the run for everyone
                crashed.setdefault(rule.code, _crash_message(rule, entry, ctx, exc))
                continue
            for diagnostic in found:
                target = entry
                if diagnostic.ref is not None:
                    target = scope.by_index.get(diagnostic.ref.index, entry)
                if (suppressions or (target is not None and target.suppressed)) and _silenced(
                    rule.code, target, suppressions, used
                ):
                    continue
                located = _locate(diagnostic, rule, target, ctx.path, scope.lines)
                if located.edits and not _edits_fit(diagnostic, target, located, source_text):
                    located = _withheld(located, guard is not None)
                elif located.edits and guard is not None and not _guarded(located, guard):
                    located = _withheld(located, True)
                if strict:
                    located = dataclasses.replace(located, severity=Severity.ERROR)
                out.append(located)


@fewer_collections()
def lint_run(rules: Sequence[Rule], ctx: Context, failures: list[str]) -> list[Located]:
    """Run-level rules (`Kind.RUN`), once a run's files are linted: each speaks of the run as a
    whole, marked `run_level` (reporters give it no file position; `ctx.path` is kept only as the
    file the run started from). A rule that raises is appended to `failures`, as in
    `lint_entries`."""
    crashed: dict[str, str] = {}
    out: list[Located] = []
    for rule in rules:
        if rule.kind is not Kind.RUN:
            continue
        strict = rule.category is Category.LOOKUP and ctx.lookup is not None and ctx.lookup.strict
        try:
            found = list(rule.run_once(ctx, rule.make_options(ctx.settings)) or ())
        except Exception as exc:  # a plugin's bug must not end the run for everyone
            crashed.setdefault(rule.code, _crash_message(rule, None, ctx, exc))
            continue
        for diagnostic in found:
            located = _locate(diagnostic, rule, None, ctx.path, None)
            located = dataclasses.replace(located, run_level=True)
            if strict:
                located = dataclasses.replace(located, severity=Severity.ERROR)
            out.append(located)
    out.sort()
    failures.extend(crashed.values())
    return out


def lint_text(
    text: str,
    *,
    path: str = "<string>",
    today: dt.date | None = None,
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] | None = None,
    settings: Mapping[str, Any] | None = None,
    offline: bool = False,
    notes: list[Note] | None = None,
) -> list[Located]:
    """Lint a list given as a string with the installed rules: the shortest way to findings.

    `select`/`ignore` act like the command-line flags (codes or prefixes, a comma-separated string
    or a sequence); `settings` takes config keys as in `[tool.refslint]`, validated the same way.
    `offline` answers registry lookups from the cache only, as `--offline` does. It is a run of
    one file through a `Session`, as the command line makes one, run-level rules included; a rule
    that raises raises `RuleCrash` once every rule has run. Nothing is printed: what the lookups
    saw worth saying (a lookup cache set aside or unusable) is appended to `notes` when given.
    """
    from refslint import registry
    from refslint.session import Session, SessionError

    session = Session(
        selection=registry.Selection(
            select=registry.split_codes(select) if select is not None else None,
            ignore=registry.split_codes(ignore) if ignore is not None else (),
        ),
        settings=settings or {},
        today=today,
        offline=offline,
        note=notes.append if notes is not None else None,
    )
    try:
        linted = session.lint(path, text)
        closing = session.finish()
    except SessionError as exc:  # a library caller gets the error itself (`ConfigError`, ...)
        raise exc.cause from None
    finally:
        session.close()
    failures = [*linted.failures, *closing.failures]
    if failures:
        raise RuleCrash(failures)
    return sorted([*linted.results, *closing.results])


def _prepare_lookup(ctx: Context, refs: Sequence[Reference]) -> Context:
    """Give the rules a lookup service with every reference's answer fetched, so rules never wait
    on the network one at a time."""
    ctx = with_lookup(ctx)
    assert ctx.lookup is not None
    ctx.lookup.prefetch(refs, ctx.path)
    return ctx


def with_lookup(ctx: Context) -> Context:
    """`ctx` with a lookup service: the caller's, else one made from the environment."""
    if ctx.lookup is not None:
        return ctx
    from refslint.lookup import LookupService, LookupSettings

    return dataclasses.replace(ctx, lookup=LookupService(LookupSettings.resolve()))


def _parse(entry: Entry, ctx: Context, crashed: dict[str, str]) -> Reference:
    try:
        return parse_entry(entry)
    except Exception as exc:  # keep linting what can be linted; say where the grammar broke
        where = f"entry {_entry_number(entry)} of {ctx.path}"
        crashed.setdefault(
            f"grammar:{entry.index}", f"the grammar failed on {where}: {_describe(exc)}"
        )
        label = entry.text[: entry.label_end].strip()
        return Reference(
            text=entry.text,
            index=entry.index,
            number=entry.number,
            label=Field(label, Span(0, entry.label_end)) if entry.label_end else None,
        )


def _locate(
    diagnostic: Diagnostic, rule: Rule, entry: Entry | None, path: str, lines: LineIndex | None
) -> Located:
    fix = diagnostic.fix if entry is not None else None  # edits need an entry to be placed
    if diagnostic.at is not None:  # outside any entry: a citation or a comment
        at = diagnostic.at
        line, column, end_line, end_column = at.line, at.column, at.end_line, at.end_column
        number = _entry_number(entry) if entry is not None else None
        fix = None
    elif entry is None:  # about the whole list: point at the top of the file
        line, column, end_line, end_column, number = 1, 1, 1, 1, None
    else:
        span = diagnostic.span if diagnostic.span is not None else _label_span(entry)
        line, column, end_line, end_column = _place(entry, span)
        number = _entry_number(entry)
    edits: tuple[LocatedEdit, ...] = ()
    if fix is not None and entry is not None:
        edits = tuple(_locate_edit(entry, e.span, e.text, lines) for e in fix.edits)
    return Located(
        path=path,
        line=line,
        column=column,
        code=rule.code,
        end_line=end_line,
        end_column=end_column,
        entry=number,
        name=rule.name,
        category=rule.category,
        severity=rule.severity,
        message=diagnostic.message,
        fix_applicability=fix.applicability if fix is not None else None,
        fix_message=fix.message if fix is not None else "",
        edits=edits,
        record=diagnostic.record,
    )


def _place(entry: Entry, span: Span) -> tuple[int, int, int, int]:
    size = len(entry.text)
    start = min(max(span.start, 0), size)
    end = min(max(span.end, start), size)
    begin = entry.positions.position(start)
    finish = entry.positions.end_position(end) if end > start else begin
    return begin.line, begin.column, finish.line, finish.column


def _locate_edit(entry: Entry, span: Span, text: str, lines: LineIndex | None) -> LocatedEdit:
    line, column, end_line, end_column = _place(entry, span)
    start_offset = end_offset = -1
    if lines is not None:
        start_offset = lines.offset(line, column)
        end_offset = lines.offset(end_line, end_column)
    return LocatedEdit(line, column, end_line, end_column, text, start_offset, end_offset)


def _label_span(entry: Entry) -> Span:
    if entry.label_end:
        return Span(0, entry.label_end)
    return Span(0, min(1, len(entry.text)))


def _entry_number(entry: Entry) -> int:
    return entry.number if entry.number is not None else entry.index


def _suppressed(code: str, entry: Entry) -> bool:
    return any(code.startswith(prefix) for prefix in entry.suppressed)


def _edits_fit(
    diagnostic: Diagnostic, entry: Entry | None, located: Located, source_text: str | None
) -> bool:
    """Whether each edit covers, in the file, the very text it covers in the entry (up to the
    spaces that join wrapped lines). Where markup stands in between (`--` printed as an en dash,
    `{\\"o}` as an ö), an edit of the cleaned text cannot be applied to the file as it is."""
    if source_text is None or entry is None or diagnostic.fix is None:
        return True
    for edit, placed in zip(diagnostic.fix.edits, located.edits, strict=True):
        if placed.start_offset < 0:
            return True
        in_file = source_text[placed.start_offset : placed.end_offset]
        in_entry = entry.text[edit.span.start : edit.span.end]
        if in_file.split() != in_entry.split():
            return False
    return True


WITHHELD = " (shown, not applied: in XML this edit would touch markup or an entity)"


def _withheld(located: Located, show: bool) -> Located:
    """A fix that cannot be applied to the file as it is: dropped, or, where the source guards
    its edits (XML), kept as display-only so the finding still says what the fix would be."""
    if not show:
        return dataclasses.replace(located, fix_applicability=None, fix_message="", edits=())
    return dataclasses.replace(
        located,
        fix_applicability=Applicability.DISPLAY_ONLY,
        fix_message=located.fix_message + WITHHELD,
    )


def _guarded(located: Located, guard: Callable[[int, int, str], bool]) -> bool:
    """Whether the source allows every edit of the fix (see `Document.edit_guard`)."""
    return all(
        e.start_offset >= 0 and guard(e.start_offset, e.end_offset, e.text) for e in located.edits
    )


def _silenced(
    code: str,
    entry: Entry | None,
    suppressions: Sequence[Suppression],
    used: set[tuple[int, str]],
) -> bool:
    """Whether a comment silences `code` here; every comment that does is marked used."""
    hit = False
    for number, comment in enumerate(suppressions):
        applies = comment.file_wide or (entry is not None and comment.entry == entry.index)
        if applies and comment.covers(code):
            used.add((number, code))
            hit = True
    return hit or (entry is not None and _suppressed(code, entry))


def _unused(suppressions: Sequence[Suppression], used: set[tuple[int, str]]) -> list[Suppression]:
    """Comments that silenced nothing, each keeping only the codes that went unused (a comment
    naming no codes is unused only if it silenced nothing at all)."""
    unused: list[Suppression] = []
    for number, comment in enumerate(suppressions):
        codes = [code for n, code in used if n == number]
        if not comment.codes:
            if not codes:
                unused.append(comment)
            continue
        idle = tuple(p for p in comment.codes if not any(c.startswith(p) for c in codes))
        if idle:
            unused.append(dataclasses.replace(comment, codes=idle))
    return unused


def _lint_suppressions(
    rules: Sequence[Rule],
    unused: list[Suppression],
    ctx: Context,
    settings: Mapping[str, Any],
    crashed: dict[str, str],
) -> list[Located]:
    out: list[Located] = []
    if not unused:
        return out
    for rule in rules:
        try:
            found = list(rule.run(unused, ctx, rule.make_options(settings)))
        except Exception as exc:  # a plugin's bug must not end the run for everyone
            crashed.setdefault(rule.code, _crash_message(rule, None, ctx, exc))
            continue
        out.extend(_locate(diagnostic, rule, None, ctx.path, None) for diagnostic in found)
    return out


def _crash_message(rule: Rule, entry: Entry | None, ctx: Context, exc: BaseException) -> str:
    origin = f" from {rule.origin}" if rule.origin else ""
    where = f"entry {_entry_number(entry)} of {ctx.path}" if entry is not None else ctx.path
    return f"rule {rule.code} ({rule.name}){origin} failed on {where}: {_describe(exc)}"


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
