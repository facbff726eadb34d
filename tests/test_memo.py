"""`per_list`: an answer is worked out once per list and arguments, and never given for another."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Sequence

from refslint.api import Context, Reference, per_list
from refslint.grammar import parse_entry
from refslint.sources.plaintext import read_entries


def _refs(text: str) -> list[Reference]:
    return [parse_entry(entry) for entry in read_entries(text)]


LIST = "1. Smith J. A title. Nature. 2020;1:1-2.\n2. Jones K. Another title. Science. 2019;3:4-5.\n"


def test_a_second_rule_gets_the_first_ones_answer() -> None:
    asked: list[int] = []

    @per_list
    def journals(refs: Sequence[Reference]) -> list[str]:
        asked.append(len(refs))
        return [r.container.text for r in refs if r.container]

    refs = _refs(LIST)
    first = journals(refs)
    assert journals(list(refs)) is first  # another list holding the very entries
    assert asked == [2]
    assert first == ["Nature", "Science"]


def test_another_list_or_argument_is_worked_out_again() -> None:
    asked: list[tuple[int, str]] = []

    @per_list
    def count(refs: Sequence[Reference], ctx: Context) -> int:
        asked.append((len(refs), ctx.path))
        return len(refs)

    refs = _refs(LIST)
    ctx = Context(today=dt.date(2026, 12, 7), path="a.txt")
    other = dataclasses.replace(ctx, path="b.txt")
    assert count(refs, ctx) == 2
    assert count(refs, other) == 2  # an equal context is another argument: asked again
    assert count(refs[:1], ctx) == 1  # a shorter list
    assert count(_refs(LIST), ctx) == 2  # equal entries, but not the same ones
    assert count(refs, ctx) == 2  # the first list again: the last list was let go
    assert asked == [(2, "a.txt"), (2, "b.txt"), (1, "a.txt"), (2, "a.txt"), (2, "a.txt")]


def test_threads_linting_two_lists_keep_their_own_answers() -> None:
    @per_list
    def first_title(refs: Sequence[Reference]) -> str:
        return refs[0].title.text if refs[0].title else ""

    lists = [_refs(LIST), _refs(LIST.replace("A title", "Quite another"))]
    wrong: list[str] = []

    def ask(refs: list[Reference]) -> None:
        want = refs[0].title.text if refs[0].title else ""
        for _ in range(2000):
            if first_title(refs) != want:
                wrong.append(want)

    threads = [threading.Thread(target=ask, args=(refs,)) for refs in lists]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
