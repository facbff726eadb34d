"""The engine: rules' spans placed in the file, identity stamped, crashes contained, order fixed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence

import pytest

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    list_rule,
    rule,
)
from refslint.diagnostics import Applicability
from refslint.engine import RuleCrash, lint_entries
from refslint.sources import line_starts
from refslint.sources.plaintext import read_entries

CTX = Context(today=dt.date(2026, 11, 26), path="refs.txt")


def word_rule(word: str, *, code: str = "ZZ001", fix_to: str | None = None):
    """An entry rule that flags every occurrence of `word` (and optionally offers a replacement)."""

    @rule(
        code=code,
        name=f"no-{word.lower()}",
        category=Category.FORMAT,
        severity=Severity.WARNING,
        summary=f"'{word}' is flagged",
    )
    def check(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
        start = ref.text.find(word)
        while start >= 0:
            span = Span(start, start + len(word))
            fix = Fix.safe(Edit(span, fix_to), message=f"Write {fix_to!r}") if fix_to else None
            yield Diagnostic(span, f"found {word!r}", fix=fix)
            start = ref.text.find(word, start + 1)

    return check


def run(text: str, *rules, failures: list[str] | None = None):
    return lint_entries(read_entries(text), rules, CTX, source_text=text, failures=failures)


def test_identity_is_stamped_from_the_rule():
    (found,) = run("1. Smith J. Alpha. 2020.\n", word_rule("Alpha"))
    assert (found.path, found.code, found.name, found.category, found.severity) == (
        "refs.txt",
        "ZZ001",
        "no-alpha",
        Category.FORMAT,
        Severity.WARNING,
    )
    assert found.message == "found 'Alpha'"
    assert found.entry == 1


def test_spans_in_wrapped_entries_land_on_their_own_line_and_column():
    text = "References\n1. Smith J. A title.\n    Lancet Alpha 2020;1:2.\n2. Doe K. Other. 2021.\n"
    (found,) = run(text, word_rule("Alpha"))
    # "    Lancet Alpha": Alpha starts at column 12 of line 3; end_column is exclusive
    assert (found.line, found.column, found.end_line, found.end_column) == (3, 12, 3, 17)


def test_a_span_across_the_line_break_ends_on_the_next_line():
    text = "1. Smith J. A long\n   title. Lancet 2020.\n"
    (found,) = run(text, word_rule("long title"))
    assert (found.line, found.column, found.end_line, found.end_column) == (1, 15, 2, 9)


def test_columns_count_code_points_not_bytes():
    text = "1. Jørgensen Ø, Müller K. 😀 Alpha. 2020.\n"
    (found,) = run(text, word_rule("Alpha"))
    assert found.column == text.index("Alpha") + 1


def test_no_span_points_at_the_label():
    @rule(
        code="ZZ002",
        name="whole-entry",
        category=Category.FORMAT,
        severity=Severity.ERROR,
        summary="s",
    )
    def whole(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
        yield Diagnostic(None, "about the whole entry")

    found = run("  12. Smith J. A.\n(13) Doe K. B.\n", whole)
    assert [(d.line, d.column, d.end_column, d.entry) for d in found] == [
        (1, 3, 6, 12),
        (2, 1, 5, 13),
    ]


def test_list_rules_see_every_reference_and_can_speak_for_one_or_for_the_file():
    seen: list[tuple[int, int, int]] = []

    @list_rule(
        code="ZZ003",
        name="list-level",
        category=Category.NUMBERING,
        severity=Severity.INFO,
        summary="s",
    )
    def whole_list(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
        seen.extend(r.index for r in refs)
        yield Diagnostic(None, "about the file")
        yield Diagnostic(Span(3, 8), "about the second", ref=refs[1])

    file_level, second = run("Bibliography\n1. Smith J. A.\n2. Doe K. B.\n", whole_list)
    assert seen == [1, 2]
    assert (file_level.line, file_level.column, file_level.entry) == (1, 1, None)
    assert (second.line, second.column, second.end_column, second.entry) == (3, 4, 9, 2)


def test_unnumbered_entries_are_named_by_position():
    (found,) = run("References\nSmith J. A.\nDoe K. Alpha.\n", word_rule("Alpha"))
    assert found.entry == 2


def test_results_are_sorted_by_line_column_and_code():
    text = "1. Beta Alpha.\n2. Alpha Beta.\n"
    found = run(text, word_rule("Beta", code="ZZ009"), word_rule("Alpha", code="ZZ001"))
    assert [(d.line, d.column, d.code) for d in found] == [
        (1, 4, "ZZ009"),
        (1, 9, "ZZ001"),
        (2, 4, "ZZ001"),
        (2, 10, "ZZ009"),
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_fix_edits_carry_positions_and_file_offsets(newline: str):
    text = newline.join(["\ufeffReferences", "1. Smith J. A title.", "   Lancet Alpha 2020.", ""])
    (found,) = run(text, word_rule("Alpha", fix_to="Beta"))
    (edit,) = found.edits
    assert found.fix_applicability is Applicability.SAFE
    assert found.fix_message == "Write 'Beta'"
    assert (edit.line, edit.column, edit.end_line, edit.end_column, edit.text) == (
        3,
        11,
        3,
        16,
        "Beta",
    )
    assert text[edit.start_offset : edit.end_offset] == "Alpha"
    assert found.as_json()["fix"] == {
        "applicability": "safe",
        "message": "Write 'Beta'",
        "edits": [{"line": 3, "column": 11, "end_line": 3, "end_column": 16, "text": "Beta"}],
    }


def test_line_starts_agree_with_the_reader_on_every_newline():
    text = "\ufeffa\r\nb\rc\nd"
    assert line_starts(text) == [1, 4, 6, 8]


def test_rule_options_come_from_settings():
    @dataclasses.dataclass(frozen=True)
    class Opts:
        word: str = "Alpha"

    @rule(
        code="ZZ004",
        name="configurable",
        category=Category.FORMAT,
        severity=Severity.ERROR,
        summary="s",
        options=Opts,
    )
    def configurable(ref: Reference, ctx: Context, opts: Opts) -> Iterator[Diagnostic]:
        if opts.word in ref.text:
            yield Diagnostic(None, f"has {opts.word}")

    entries = read_entries("1. Alpha.\n2. Gamma.\n")
    assert [d.entry for d in lint_entries(entries, [configurable], CTX)] == [1]
    assert [d.entry for d in lint_entries(entries, [configurable], CTX, {"word": "Gamma"})] == [2]


def test_a_crashing_rule_is_reported_and_the_others_still_run():
    @rule(
        code="ZZ005", name="broken", category=Category.FORMAT, severity=Severity.ERROR, summary="s"
    )
    def broken(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
        yield Diagnostic(None, "first")
        raise ZeroDivisionError("division by zero")

    failures: list[str] = []
    found = run("1. Alpha.\n2. Alpha.\n", broken, word_rule("Alpha"), failures=failures)
    assert [d.code for d in found] == ["ZZ001", "ZZ001"]
    assert failures == [
        "rule ZZ005 (broken) failed on entry 1 of refs.txt: ZeroDivisionError: division by zero"
    ]
    with pytest.raises(RuleCrash, match=r"rule ZZ005 \(broken\)"):
        run("1. Alpha.\n", broken, word_rule("Alpha"))


def test_suppressed_codes_of_an_entry_are_dropped():
    entries = read_entries("1. Alpha.\n2. Alpha.\n")
    entries[1] = dataclasses.replace(entries[1], suppressed=frozenset({"ZZ"}))
    found = lint_entries(entries, [word_rule("Alpha")], CTX)
    assert [d.entry for d in found] == [1]


def test_lint_helper_applies_selection(lint):
    text = "1. Smith J. A title. Lancet 2020;1:2.\n3. Doe K. Other title. BMJ 2021;2:3.\n"
    assert [d.code for d in lint(text, select="RL101")] == ["RL101"]
    assert [d.code for d in lint(text, select="RL1", ignore=["RL101"])] == []
    (gap,) = lint(text, select="RL101")
    assert (gap.path, gap.line, gap.column, gap.entry) == ("refs.txt", 2, 1, 3)


def test_lint_helper_validates_settings(lint):
    from refslint.config import ConfigError

    with pytest.raises(
        ConfigError, match=r"unknown key 'max-acess-age' \(did you mean 'max-access-age'\?\)"
    ):
        lint("1. A.\n", max_acess_age=3)


def test_a_lint_collects_young_objects_less_often_and_then_restores_the_callers_setting():
    import gc

    seen: list[tuple[int, int, int]] = []

    @rule(
        code="ZZ009",
        name="gc-probe",
        category=Category.FORMAT,
        severity=Severity.INFO,
        summary="records the collector's threshold",
    )
    def probe(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
        """Records the collector's thresholds in force while rules run."""
        seen.append(gc.get_threshold())
        yield from ()

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        lint_entries(read_entries("1. Smith J. A title. J Test. 2020;1:1.\n"), [probe], CTX)
        assert seen == [(50_000, 50, 100)] and gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(100_000, 10, 10)  # a caller's higher threshold is kept
        lint_entries(read_entries("1. Smith J. A title. J Test. 2020;1:1.\n"), [probe], CTX)
        assert seen[1] == (100_000, 50, 100) and gc.get_threshold() == (100_000, 10, 10)
    finally:
        gc.set_threshold(*before)
