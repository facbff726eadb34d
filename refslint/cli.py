"""The `refslint` command: find files, pick rules and settings, lint, report, and say how it went.

Exit status: 0 nothing at warning or error severity, 1 at least one warning or error, 2 the run
itself failed. A failed run prints one `refslint: error: ...` line per cause, never a traceback.
Heavy modules (the grammar, reporters, json) load only when the command needs them.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from refslint import __version__

if TYPE_CHECKING:
    from refslint.diagnostics import Located
    from refslint.model import Entry, Reference
    from refslint.notes import Note
    from refslint.reporters import EntryLines
    from refslint.rule import Rule
    from refslint.session import Session

STDIN = "-"
STDIN_NAME = "<stdin>"  # as `session.STDIN_NAME`
SKIPPED_DIRS = {"node_modules", "__pycache__", "site-packages"}
DIFFERS = {"record-field-differs", "doi-other-work"}  # lookup findings that mean "differs"


class Failure(Exception):
    """The run cannot go on; the message is the text after `refslint: error: `."""


@dataclass
class Run:
    """What one run of the command gathered, for the report and the exit status."""

    results: list[Located] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0
    entries: int = 0
    fixed: int = 0  # fixes applied (--fix) or that would be (--diff)
    diffs: list[str] = field(default_factory=list)
    sources: list[tuple[str, str]] = field(default_factory=list)  # (name, text) for SHOWS_TEXT
    # each entry's lines of a Word or PDF file's text in `sources`, as its reader found them
    entry_lines: dict[str, tuple[EntryLines, ...]] = field(default_factory=dict)
    interrupted: bool = False  # Ctrl-C stopped a batch run: what was finished is reported


def run() -> NoReturn:
    """The installed `refslint` command (and `python -m refslint`): `main`, then exit with its
    status.

    Just before exiting, every object is moved out of the collector's reach (`gc.freeze`), while
    collections are still few (`fewer_collections`): otherwise the collection due once the usual
    thresholds are back, and the interpreter's last ones at exit, would walk all that is still
    alive (Lark's tables, the rules, the word list, the findings) only to find it alive, some
    20 ms of a run on a short list. The report is written and flushed by then, and the operating
    system takes the memory back whole. `main` alone, as tests and library callers use it,
    leaves the collector as it found it.
    """
    from refslint.collector import fewer_collections

    with fewer_collections():
        status = main()
        gc.freeze()
    sys.exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting, so tests can call it."""
    args = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    try:
        if args[:1] == ["parse"]:
            return _parse_command(args[1:])
        if args[:1] == ["lsp"]:
            return _lsp_command(args[1:])
        from refslint.collector import fewer_collections

        with fewer_collections():  # the imports of Lark, the grammar and the rules too
            return _lint_command(args)
    except Failure as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `refslint ... | head`: the reader left; stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # a bug in refslint or a plugin: one clear line, not a traceback
        if os.environ.get("REFSLINT_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set REFSLINT_DEBUG=1 for details)")
        return 2


def _lint_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refslint",
        description="Lint numbered reference lists: numbering, dates, access dates, identifiers.",
        epilog="Subcommands: 'refslint parse PATH...' prints what the grammar read. "
        "Exit status: 0 clean, 1 problems found, 2 the run failed.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or directories; - reads stdin"
    )
    parser.add_argument(
        "--format",
        default="text",
        choices=("text", "json", "sarif", "github", "html", "docx"),
        help="output format (default: text); docx writes a reviewed copy of a Word file, with one"
        " comment per finding, to --output",
    )
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help="write the report to FILE (replaced whole) instead of standard output",
    )
    parser.add_argument(
        "--today", type=_date_argument, metavar="YYYY-MM-DD", help="the date to measure from"
    )
    parser.add_argument("--offline", action="store_true", help="never use the network")
    parser.add_argument(
        "--refresh", action="store_true", help="ask the registries again, ignoring cached answers"
    )
    parser.add_argument(
        "--strict-lookup",
        action="store_true",
        help="a registry lookup that fails is an error, not a note",
    )
    for flag, what in (
        ("--select", "rules to run instead of the default set"),
        ("--ignore", "rules not to run"),
        ("--extend-select", "rules to run in addition"),
    ):
        parser.add_argument(
            flag, action="append", metavar="CODES", help=f"{what} (codes or prefixes)"
        )
    parser.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    parser.add_argument("--unsafe-fixes", action="store_true", help="also apply unsafe fixes")
    parser.add_argument("--diff", action="store_true", help="print fixes as a unified diff")
    parser.add_argument("--list-rules", action="store_true", help="print the rule table and exit")
    parser.add_argument("--explain", metavar="CODE", help="print one rule's documentation and exit")
    parser.add_argument("--config", type=Path, metavar="FILE", help="use this config file")
    parser.add_argument("--statistics", action="store_true", help="count problems per rule")
    parser.add_argument(
        "--jobs",
        "-j",
        metavar="N",
        help="lint files in N processes (0 or auto: one per CPU; default 1)",
    )
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when problems are found"
    )
    parser.add_argument("--version", action="version", version=f"refslint {__version__}")
    return parser


def _parse_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refslint parse",
        description="Print what the grammar read from each entry: CSL-JSON, JSON with spans, "
        "or BibTeX and RIS for reference managers.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or directories; - reads stdin"
    )
    parser.add_argument(
        "--format", default="csl-json", choices=("csl-json", "json", "bibtex", "ris")
    )
    return parser


def _lint_command(argv: list[str]) -> int:
    args = _parse_args(_lint_parser(), argv)
    if isinstance(args, int):
        return args
    if args.fix and STDIN in args.paths:
        raise Failure("--fix cannot write back to standard input; use --diff to see the fixes")
    if args.statistics and args.format in ("sarif", "html", "docx"):
        raise Failure(
            f"--statistics prints text or JSON; it cannot be combined with --format {args.format}"
        )
    if args.format == "docx":
        _check_review(args)
    jobs = 1
    if args.jobs is not None:  # worker processes (`batch`) are loaded only when asked for
        from refslint import batch

        try:
            jobs = batch.parse_jobs(args.jobs)
        except batch.JobsError as exc:
            raise Failure(str(exc)) from None

    from refslint import registry
    from refslint.session import Session

    session = Session(
        selection=registry.Selection(
            select=_codes(args.select) if args.select else None,
            ignore=_codes(args.ignore),
            extend_select=_codes(args.extend_select),
        ),
        config=args.config,
        today=args.today,
        offline=args.offline,
        refresh=args.refresh,
        strict_lookup=args.strict_lookup,
        progress=_progress if args.format == "text" else None,
        note=_say,
    )
    try:
        return _lint_with(session, args, jobs)
    finally:
        # the lookup cache's files are closed here, not left to the interpreter's exit: `run`
        # freezes the collector, and a connection kept in a cycle would never be closed
        session.close()


def _lint_with(session: Session, args: argparse.Namespace, jobs: int) -> int:
    with _failing_on_setup():
        rules = session.rules
        if args.list_rules:
            _print_rule_table(rules)
            return 0
        if args.explain:
            _explain(args.explain, rules)
            return 0
        if not args.paths:
            raise Failure(
                "no paths given: name files or directories to lint, or - for standard input"
            )
        session.check_selection()
        if args.config is not None:
            session.config_for(STDIN_NAME)  # a missing --config file stops the run first
        # read every config before linting, so a bad one stops the run before any output
        files = [file for file in _expand(args.paths)]
        for file in files:
            session.config_for(_name(file))

    run = Run()
    with _failing_on_setup():
        if jobs > 1 and len(files) > 1:
            from refslint import batch

            batch.lint_files(files, session, run, args, jobs)
        else:
            for file in files:
                _lint_file(file, session, run, args)
        closing = session.finish()
        run.results.extend(closing.results)
        run.errors.extend(closing.failures)

    from refslint import reporters
    from refslint.diagnostics import Applicability

    if args.diff:
        status = _report_diff(run)
        return 130 if run.interrupted else status
    summary = reporters.RunSummary.counting_fixes(
        run.results,
        Applicability.applied(args.unsafe_fixes),
        files=run.files,
        entries=run.entries,
        errors=len(run.errors),
        fixed=run.fixed,
    )
    import dataclasses

    summary = dataclasses.replace(
        summary,
        rules=tuple(session.rules_run()),
        sources=tuple(
            reporters.Source(name, text, run.entry_lines.get(name)) for name, text in run.sources
        ),
    )
    for (
        message
    ) in run.errors:  # before the report, so the summary's "see above" holds on a terminal
        _error(message)
    sys.stderr.flush()
    if args.format == "docx":
        return _write_review(args, run, summary)
    out: TextIO = io.StringIO() if args.output is not None else sys.stdout
    if args.statistics:
        reporters.report_statistics(run.results, summary, out, args.format)
    else:
        reporters.get(args.format)(run.results, summary, out)
        if args.format == "text" and session.lookup is not None and args.output is None:
            _print_lookup_summary(run, session.lookup)
    # asked of `args.output`, not of `out`: a caller may have made stdout a StringIO too
    if args.output is not None and isinstance(out, io.StringIO):
        _write_output(args.output, out.getvalue())
    sys.stdout.flush()
    if run.interrupted:
        return 130
    if run.errors:
        return 2
    if args.exit_zero:
        return 0
    from refslint.diagnostics import Severity

    if run.fixed:  # pre-commit's convention: a hook that changed a file fails
        return 1
    return 1 if any(d.severity >= Severity.WARNING for d in run.results) else 0


def _write_output(path: Path, report: str | bytes) -> None:
    from refslint.output import OutputError, write_report

    data = report.encode("utf-8") if isinstance(report, str) else report
    try:
        write_report(path, data)
    except OutputError as exc:
        raise Failure(str(exc)) from None


def _check_review(args: argparse.Namespace) -> None:
    """`--format docx` annotates one Word file into a copy: say what is missing before linting."""
    if args.output is None:
        raise Failure(
            "--format docx writes a reviewed copy of the Word file: name it with --output FILE.docx"
        )
    if args.fix or args.diff:
        raise Failure("--format docx cannot be combined with --fix or --diff; run them one by one")
    words = [p for p in args.paths if p != STDIN and Path(p).suffix.lower() == ".docx"]
    if len(args.paths) != 1 or len(words) != 1:
        raise Failure("--format docx reviews one Word file: name exactly one .docx file")
    with contextlib.suppress(OSError):
        if Path(words[0]).resolve() == args.output.resolve():
            raise Failure(
                f"{args.output}: is the file being reviewed; the reviewed copy needs another name"
            )


def _write_review(args: argparse.Namespace, run: Run, summary: Any) -> int:
    """`--format docx`: the Word file copied with one comment per finding, and the summary on
    standard error (standard output stays empty: the report is the copy)."""
    from refslint.reporters import summary_line
    from refslint.reporters.docx import review
    from refslint.sources import SourceError

    if run.errors:  # said already; a copy of a document that could not be linted helps no one
        return 2
    try:
        data = review(args.paths[0], run.results)
    except SourceError as exc:
        raise Failure(str(exc)) from None
    _write_output(args.output, data)
    print(f"Wrote {args.output} with {len(run.results)} comments.", file=sys.stderr)
    print(summary_line(len(run.results), summary), file=sys.stderr)
    if args.exit_zero:
        return 0
    from refslint.diagnostics import Severity

    return 1 if any(d.severity >= Severity.WARNING for d in run.results) else 0


def _report_diff(run: Run) -> int:
    """`--diff`: the fixes as a unified diff on stdout, a count on stderr; 1 if anything would
    change, as ruff does."""
    for diff in run.diffs:
        sys.stdout.write(diff)
    sys.stdout.flush()
    for message in run.errors:
        _error(message)
    from refslint.reporters import plural

    if run.fixed:
        print(f"Would fix {plural(run.fixed, 'problem')}.", file=sys.stderr)
    else:
        print("No fixes to apply.", file=sys.stderr)
    if run.errors:
        return 2
    return 1 if run.diffs else 0


def _lint_file(file: str, session: Session, run: Run, args: argparse.Namespace) -> None:
    from refslint.sources import BinaryFile, SkippedFile, SourceError

    name = _name(file)
    if file != STDIN and Path(file).suffix.lower() == ".docx":
        _lint_word_file(file, session, run, args)
        return
    if file != STDIN and Path(file).suffix.lower() == ".pdf":
        _lint_pdf_file(file, session, run, args)
        return
    try:
        text, encoding = _read_keeping_encoding(file)
    except BinaryFile as exc:
        _note(f"{exc}: skipped")
        return
    except SourceError as exc:
        run.errors.append(str(exc))
        return
    failures: dict[str, None] = {}  # ordered, and a rule failing on every pass is said once
    counted: list[int] = [0]

    def lint(current: str) -> list[Located]:
        linted = session.lint(name, current)
        counted[0] = linted.entries
        failures.update(dict.fromkeys(linted.failures))
        return linted.results

    try:  # a reader that finds no list it can lint (XML that is not JATS) says so here
        outcome = _lint_or_fix(file, name, text, encoding, lint, run, args)
    except SkippedFile as exc:
        _note(f"{exc}: skipped")
        return
    except SourceError as exc:
        run.errors.append(str(exc))
        return
    if outcome is None:
        return
    results, linted_text = outcome
    run.errors.extend(failures)
    run.results.extend(results)
    from refslint.reporters import SHOWS_TEXT

    if args.format in SHOWS_TEXT:  # the report shows the list as the findings' positions count it
        run.sources.append((name, linted_text))
    run.files += 1
    run.entries += counted[0]
    if not counted[0] and Path(file).suffix.lower() not in _MANUSCRIPTS:
        from refslint.sources.plaintext import looks_like_unnumbered_list

        if looks_like_unnumbered_list(linted_text):
            _note(
                f"{name}: these lines read like an unnumbered reference list; such a list is "
                'read under a "References" or "Bibliography" heading: add one above it'
            )


# Readers whose lists stand under their own headings or markup (Markdown, LaTeX, JATS, HTML)
_MANUSCRIPTS = frozenset((".md", ".markdown", ".tex", ".xml", ".html", ".htm"))


def _lint_or_fix(
    file: str,
    name: str,
    text: str,
    encoding: str,
    lint: Callable[[str], list[Located]],
    run: Run,
    args: argparse.Namespace,
) -> tuple[list[Located], str] | None:
    """The findings for one file's text and the text they were found in, after `--fix` or
    `--diff` if asked; None when fixing could not write the file (said in `run.errors`)."""
    from refslint.sources import SourceError

    if args.fix or args.diff:
        from refslint.diagnostics import Applicability
        from refslint.fixes import fix_text, unified_diff

        fixed = fix_text(text, lint, Applicability.applied(args.unsafe_fixes))
        results, linted_text = fixed.results, fixed.text
        if fixed.text != text:
            if args.diff:
                run.diffs.append(unified_diff(name, text, fixed.text))
            else:
                try:
                    from refslint.sources import write_file

                    write_file(file, fixed.text, encoding, original=text)
                except SourceError as exc:
                    run.errors.append(str(exc))
                    return None
            run.fixed += fixed.fixed
    else:
        results, linted_text = lint(text), text
    return results, linted_text


def _lint_word_file(file: str, session: Session, run: Run, args: argparse.Namespace) -> None:
    """A Word file: linted through the text its paragraphs stand for; `--fix` edits its runs
    where their formatting is kept and says what it withheld (see `docxfix`)."""
    from refslint.diagnostics import Applicability
    from refslint.docxfix import describe_withheld, fix_word, mark_withheld
    from refslint.sources import SourceError
    from refslint.sources.docx import WordSource

    try:
        source = WordSource.read(file)
    except SourceError as exc:
        run.errors.append(str(exc))
        return
    failures: dict[str, None] = {}
    minimum = Applicability.applied(args.unsafe_fixes)

    def lint(current: WordSource) -> list[Located]:
        linted = session.lint(file, current.text, current.found)
        failures.update(dict.fromkeys(linted.failures))
        return linted.results

    if args.fix or args.diff:
        from refslint.fixes import unified_diff

        fixed = fix_word(source, lint, minimum)
        results, after = fixed.results, fixed.source
        if fixed.withheld:
            _note(describe_withheld(file, fixed.withheld))
        if fixed.fixed:
            if args.diff:  # the paragraphs' text, one line each: a Word file has no other diff
                run.diffs.append(unified_diff(file, source.text, after.text))
            else:
                try:
                    from refslint.sources import write_bytes

                    write_bytes(file, after.save(), original=source.data)
                except SourceError as exc:
                    run.errors.append(str(exc))
                    return
            run.fixed += fixed.fixed
    else:
        after = source
        results = mark_withheld(source, lint(source), minimum)[0]
    run.errors.extend(failures)
    run.results.extend(after.place(results))
    from refslint.reporters import SHOWS_TEXT, entry_lines

    if args.format in SHOWS_TEXT:  # the paragraphs' own text, as the findings' positions count it
        run.sources.append((file, "\n".join(p.text for p in after.paragraphs)))
        run.entry_lines[file] = entry_lines(after.found.entries)  # Word's numbers
    run.files += 1
    run.entries += len(after.found.entries)


def _lint_pdf_file(file: str, session: Session, run: Run, args: argparse.Namespace) -> None:
    """A PDF: linted through the text its printed lines stand for, and never written; `--fix`
    and `--diff` say that its fixes are not applied."""
    from refslint.diagnostics import Applicability
    from refslint.fixes import is_fixable
    from refslint.sources import SourceError
    from refslint.sources.pdf import PdfSource

    try:
        source = PdfSource.read(file)
    except SourceError as exc:
        run.errors.append(str(exc))
        return
    linted = session.lint(file, source.text, source.found)
    if args.fix or args.diff:
        minimum = Applicability.applied(args.unsafe_fixes)
        fixable = sum(1 for found in linted.results if is_fixable(found, minimum))
        if fixable:
            from refslint.reporters import plural

            _note(f"{file}: a PDF is read only: {plural(fixable, 'fix', 'fixes')} not applied")
    run.errors.extend(dict.fromkeys(linted.failures))
    run.results.extend(source.place(linted.results))
    from refslint.reporters import SHOWS_TEXT, entry_lines

    if args.format in SHOWS_TEXT:  # the printed lines, as the findings' positions count them
        run.sources.append((file, source.text))
        run.entry_lines[file] = entry_lines(source.found.entries)
    run.files += 1
    run.entries += len(source.found.entries)


def _lsp_command(argv: list[str]) -> int:
    """`refslint lsp`: the language server on stdin/stdout, if its optional dependency is there."""
    parser = argparse.ArgumentParser(
        prog="refslint lsp",
        description="Run the language server on standard input and output (for editors).",
    )
    args = _parse_args(parser, argv)
    if isinstance(args, int):
        return args
    import importlib.util

    if importlib.util.find_spec("pygls") is None:
        from refslint.extras import needs_extra

        raise Failure(needs_extra("the language server", "lsp"))
    from refslint.lsp import serve

    return serve()


def _print_lookup_summary(run: Run, lookup: Any) -> None:
    """ "Checked 124 entries against Crossref, DataCite, OpenAlex and PubMed: 118 confirmed,
    5 differ, ..."."""
    from refslint.lookup import Status
    from refslint.reporters import plural

    tally = lookup.tally
    if not tally.checked:
        return
    counts = dict.fromkeys(Status, 0)
    for _path, _index, status in tally.checked:
        counts[status] += 1
    found = counts[Status.FOUND]
    differ = min(len({(d.path, d.entry) for d in run.results if d.name in DIFFERS}), found)
    parts = [f"{found - differ} confirmed", f"{differ} differ"]
    parts.append(f"{counts[Status.NOT_FOUND]} not found")
    if counts[Status.OTHER_AUTHORS]:
        parts.append(f"{counts[Status.OTHER_AUTHORS]} by other authors")
    if counts[Status.UNCERTAIN]:
        parts.append(f"{counts[Status.UNCERTAIN]} undecided")
    unverified = counts[Status.FAILED] + counts[Status.OFFLINE]
    if unverified:
        parts.append(f"{unverified} not verified")
    print(  # on stderr: stdout keeps its contract, diagnostics then one summary line
        f"Checked {plural(len(tally.checked), 'entry', 'entries')} against {lookup.asked}: "
        f"{', '.join(parts)} "
        f"({tally.seconds:.1f} s, {tally.from_cache} from cache).",
        file=sys.stderr,
    )


def _parse_command(argv: list[str]) -> int:
    args = _parse_args(_parse_parser(), argv)
    if isinstance(args, int):
        return args
    import importlib.util

    if importlib.util.find_spec("refslint.csl") is None:
        raise Failure("refslint parse is not available yet (refslint.csl is missing)")
    import json

    from refslint import csl
    from refslint.grammar import parse_entry
    from refslint.sources import SkippedFile, SourceError, read_entries

    parsed: list[tuple[Reference, Entry]] = []
    failed = False
    for file in _expand(args.paths):
        name = STDIN_NAME if file == STDIN else file
        try:
            if file != STDIN and Path(file).suffix.lower() in (".docx", ".pdf"):
                from refslint.sources.docx import WordSource
                from refslint.sources.pdf import PdfSource

                reader = WordSource if file.lower().endswith(".docx") else PdfSource
                entries = reader.read(file).found.entries
            else:
                entries = read_entries(name, _read(file))
        except SkippedFile as exc:
            _note(f"{exc}: skipped")
            continue
        except SourceError as exc:
            _error(str(exc))
            failed = True
            continue
        parsed.extend((parse_entry(entry), entry) for entry in entries)
    if args.format in ("bibtex", "ris"):
        from refslint import exports

        write = exports.to_bibtex if args.format == "bibtex" else exports.to_ris
        try:
            sys.stdout.write(write(ref for ref, _ in parsed))
        except ImportError:
            from refslint.extras import needs_extra

            raise Failure(needs_extra(f"--format {args.format}", "export")) from None
        return 2 if failed else 0
    if args.format == "csl-json":  # one bibliography: ids stay unique across files
        items = csl.to_csl_list(ref for ref, _ in parsed)
    else:
        items = [csl.to_span_json(ref, entry) for ref, entry in parsed]
    json.dump(items, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 2 if failed else 0


def _expand(paths: Sequence[str]) -> Iterator[str]:
    """Files to lint, in the order given; directories are walked (sorted) for list files."""
    from refslint.sources import SUFFIXES, WORD_SUFFIX

    missing = [p for p in paths if p != STDIN and not os.path.exists(p)]
    if missing:
        raise Failure(
            "; ".join(
                f"{p}: broken symbolic link"
                if os.path.islink(p)
                else f"{p}: no such file or directory"
                for p in missing
            )
        )
    seen: set[str] = set()
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            found = [path]
        else:
            found = _without_unreadable_word(path, list(_walk(path, (*SUFFIXES, WORD_SUFFIX))))
            if not found:
                raise Failure(
                    f"{path}: no {', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]} files to lint"
                )
        for file in found:
            if file not in seen:
                seen.add(file)
                yield file


def _without_unreadable_word(root: str, found: list[str]) -> list[str]:
    """A walk lints Word files when the `word` extra is installed; without it, they are left
    out with a note, so a folder of notes and drafts does not fail for want of an extra."""
    from refslint.sources import WORD_SUFFIX
    from refslint.sources.docx import EXTRA, available

    word = [file for file in found if file.lower().endswith(WORD_SUFFIX)]
    if not word or available():
        return found
    from refslint.reporters import plural

    _note(f"{root}: {plural(len(word), '.docx file')} not linted: {EXTRA}")
    return [file for file in found if file not in word]


def _walk(root: str, suffixes: Sequence[str]) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in SKIPPED_DIRS
            and not os.path.exists(os.path.join(folder, d, "pyvenv.cfg"))  # a virtual environment
        )
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(tuple(suffixes)):
                path = os.path.join(folder, name)
                if _regular_or_unreadable(path):
                    yield path


def _regular_or_unreadable(path: str) -> bool:
    """A walk lints regular files (through symlinks) only: a named pipe or a device named `*.txt`
    would hang the run or never end, so it is skipped with a note. A path `stat` cannot follow (a
    broken link, a loop) is kept, for reading to say what is wrong with it."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True
    if stat.S_ISREG(mode):
        return True
    from refslint.sources import kind

    _note(f"{path}: not a regular file ({kind(mode)}): skipped")
    return False


def _name(file: str) -> str:
    """The name a file goes by in findings: `<stdin>` for standard input."""
    return STDIN_NAME if file == STDIN else file


@contextlib.contextmanager
def _failing_on_setup() -> Iterator[None]:
    """A config, selector, lookup table or plugin that cannot be used fails the run."""
    from refslint.session import SessionError

    try:
        yield
    except SessionError as exc:
        raise Failure(str(exc)) from None


def _read(file: str) -> str:
    return _read_keeping_encoding(file)[0]


def _read_keeping_encoding(file: str) -> tuple[str, str]:
    """(text, encoding): what `--fix` needs to write the file back as it was."""
    from refslint.sources import decode, read_file, read_limited

    if file == STDIN:
        data = read_limited(sys.stdin.buffer, STDIN_NAME) if sys.stdin is not None else b""
        return decode(data, STDIN_NAME)[:2]
    return read_file(file)[:2]


def _print_rule_table(rules: Sequence[Rule]) -> None:
    rows = [("code", "name", "category", "severity", "fixable", "summary")]
    for r in rules:
        summary = r.summary if r.default_enabled else f"{r.summary} (off by default)"
        rows.append(
            (
                r.code,
                r.name,
                str(r.category),
                str(r.severity),
                "yes" if r.fixable else "no",
                summary,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[5]]))


def _explain(code: str, rules: Sequence[Rule]) -> None:
    by_code = {r.code: r for r in rules}
    found = by_code.get(code.strip().upper())
    if found is None:
        from refslint.registry import did_you_mean

        raise Failure(f"unknown rule code {code!r}{did_you_mean(code.strip().upper(), by_code)}")
    from refslint.explain import explain_text

    print(explain_text(found))


def _codes(values: Sequence[str] | None) -> tuple[str, ...]:
    from refslint.registry import split_codes

    return tuple(code for value in values or () for code in split_codes(value))


def _date_argument(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {value!r}") from None


def _parse_args(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | int:
    """argparse without its exits: usage errors return 2, --help and --version return 0."""
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)


def _error(message: str) -> None:
    sys.stdout.flush()
    print(f"refslint: error: {message}", file=sys.stderr)


def _note(message: str) -> None:
    """Something the user should know that does not fail the run (a binary file skipped)."""
    print(f"refslint: note: {message}", file=sys.stderr)


def _say(note: Note) -> None:
    """What the session and its lookups saw worth saying (a cache set aside), on stderr."""
    print(note.line(), file=sys.stderr)


def _progress(done: int, total: int) -> None:
    """How far a list's lookups are, on one line of a terminal's stderr, cleared at the end."""
    if not sys.stderr.isatty():
        return
    sys.stderr.write(f"\rLooking up references: {done}/{total}")
    if done >= total:
        sys.stderr.write("\r" + " " * 40 + "\r")
    sys.stderr.flush()


def _tolerant_output() -> None:
    """A message with a character the terminal cannot show must not crash the run."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


if __name__ == "__main__":
    raise SystemExit(main())
