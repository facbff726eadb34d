"""How a rule declares itself: `@rule` for one reference, `@list_rule` for the whole list.

A rule is data plus one check function. The engine stamps code, category and severity onto what the
check yields, so a check only says where and what.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from refslint import patterns
from refslint.diagnostics import Category, Diagnostic, Severity
from refslint.model import Citation, Reference, Suppression

if TYPE_CHECKING:
    from refslint.lookup.records import Outcome

CODE_PATTERN = patterns.compile(r"^[A-Z]{1,4}[0-9]{3}$")
DOC_SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "Use instead")


class Kind(str, Enum):
    ENTRY = "entry"
    LIST = "list"
    SUPPRESSION = "suppression"  # runs last, over the suppression comments that went unused
    RUN = "run"  # speaks for a whole run: once, after every file, with no references


class Lookups(Protocol):
    """What a rule and the engine may ask of the registries (`refslint.lookup.LookupService` is
    one): the answers were fetched before any rule runs, so asking costs nothing."""

    @property
    def strict(self) -> bool:
        """Whether "could not verify" is an error (`--strict-lookup`)."""
        ...

    def prefetch(self, refs: Sequence[Reference], path: str = "") -> None:
        """Fetch a list's answers together, within the registries' limits."""
        ...

    def outcome(self, ref: Reference, path: str = "") -> Outcome:
        """The registry's answer for `ref` in the list at `path`."""
        ...

    def failure_note(self) -> str | None:
        """How many entries could not be verified and why, or None."""
        ...


class EtAl(Protocol):
    """A house style's author-list rule: every author up to `up_to`, else the first `listed`
    and "et al."."""

    @property
    def up_to(self) -> int: ...

    @property
    def listed(self) -> int: ...

    def describe(self) -> str:
        """ "all authors up to 6, else 3 and et al.", for messages."""
        ...


class HouseStyle(Protocol):
    """The house style a config pins (`style = "vancouver-nlm"`, or a `.toml` file of its own;
    `refslint.styles.Style` is one), as the style rules read it.

    Each attribute is one convention, in the form the rules compare entries with; None where the
    style leaves that convention to be learnt from the list itself (the form most entries share).
    """

    @property
    def name(self) -> str:
        """The style's name, quoted in messages: "(style `vancouver-nlm`)"."""
        ...

    @property
    def description(self) -> str: ...

    @property
    def in_marker(self) -> str | None:
        """Before a book's editors: "In:", "In." or "In"."""
        ...

    @property
    def page_marker(self) -> str | None:
        """Before pages: "p." or "pp."."""
        ...

    @property
    def page_range(self) -> str | None:
        """ "abbreviated" (123-9) or "full" (123-129)."""
        ...

    @property
    def dash(self) -> str | None:
        """The range dash itself: "-" or "–"."""
        ...

    @property
    def initials(self) -> str | None:
        """ "without periods" (Smith JA) or "with periods" (Smith J.A.)."""
        ...

    @property
    def et_al(self) -> EtAl | None: ...

    @property
    def access_wording(self) -> Mapping[str, str]:
        """How an access date is introduced, by entry kind ("other" for the rest)."""
        ...

    @property
    def terminal_period(self) -> bool | None:
        """Whether an entry ends with a period."""
        ...

    @property
    def doi_link(self) -> str | None:
        """How a DOI is written: "https://doi.org/" or "doi:"."""
        ...

    @property
    def preprint_link(self) -> str | None:
        """ "doi": a preprint is linked by its DOI."""
        ...

    @property
    def journal(self) -> str | None:
        """ "undotted abbreviation", "dotted abbreviation" or "full title"."""
        ...

    def wording_for(self, kind: str) -> str | None:
        """The access wording for an entry kind ("article", "webpage", ...), or None."""
        ...


# A rule option's value as the config validated it (a TOML value, a list made a tuple): rules
# with `options=` get them as their dataclass, so few read these directly.
OptionValue = object


@dataclass(frozen=True)
class Context:
    """What a check may know beyond the references: the date to measure from, the file's path,
    the rule options by config key, the pinned house style, and the registries' answers.

    `style` is the config's house style (`style = ...`), or None where the list's own
    conventions are learnt from it. `lookup` is the registry lookup service (a `Lookups`) when a
    chosen rule declared `requires_lookup`; rules ask it with `ctx.lookup.outcome(ref, ctx.path)`.
    """

    today: dt.date
    path: str = "<stdin>"
    settings: Mapping[str, OptionValue] = field(default_factory=dict)  # by dashed config key
    lookup: Lookups | None = None
    style: HouseStyle | None = None
    # citations in the file's body text, in order; None where the file has no body text
    citations: tuple[Citation, ...] | None = None


@dataclass(frozen=True)
class Rule:
    """A rule as the registry keeps it: what it declared, its documentation and its check."""

    code: str
    name: str
    category: Category
    severity: Severity
    summary: str
    docs: str
    check: Callable[..., Iterator[Diagnostic]]
    kind: Kind = Kind.ENTRY
    options: type | None = None
    default_enabled: bool = True
    fixable: bool = False
    requires_lookup: bool = False  # the engine prepares `ctx.lookup` before it runs
    origin: str = ""  # the distribution and entry point that brought it, for error messages

    def option_keys(self) -> dict[str, dataclasses.Field]:
        """Config keys (dashed) this rule reads, with the dataclass field behind each."""
        if self.options is None:
            return {}
        return {f.name.replace("_", "-"): f for f in dataclasses.fields(self.options)}

    def make_options(self, settings: Mapping[str, OptionValue]) -> object | None:
        """The rule's options dataclass, from the config keys it declares (None without one)."""
        if self.options is None:
            return None
        values = {f.name: settings[key] for key, f in self.option_keys().items() if key in settings}
        return self.options(**values)

    def run(
        self,
        subject: Reference | Sequence[Reference] | Sequence[Suppression],
        ctx: Context,
        opts: object | None,
    ) -> Iterator[Diagnostic]:
        if self.options is None:
            return self.check(subject, ctx)
        return self.check(subject, ctx, opts)

    def run_once(self, ctx: Context, opts: object | None) -> Iterator[Diagnostic]:
        """A run-level rule's check: `check(ctx[, opts])`."""
        if self.options is None:
            return self.check(ctx)
        return self.check(ctx, opts)


def _make(kind: Kind):
    def decorator_factory(
        *,
        code: str,
        name: str,
        category: Category,
        severity: Severity,
        summary: str,
        options: type | None = None,
        default_enabled: bool = True,
        fixable: bool = False,
        requires_lookup: bool = False,
    ) -> Callable[[Callable[..., Iterator[Diagnostic]]], Rule]:
        def decorate(fn: Callable[..., Iterator[Diagnostic]]) -> Rule:
            return Rule(
                code=code,
                name=name,
                category=category,
                severity=severity,
                summary=summary,
                docs=inspect.cleandoc(fn.__doc__ or ""),
                check=fn,
                kind=kind,
                options=options,
                default_enabled=default_enabled,
                fixable=fixable,
                requires_lookup=requires_lookup,
            )

        return decorate

    return decorator_factory


rule = _make(Kind.ENTRY)
rule.__doc__ = "Declare an entry rule: `check(ref, ctx[, opts]) -> Iterator[Diagnostic]`."
list_rule = _make(Kind.LIST)
list_rule.__doc__ = "Declare a list rule: `check(refs, ctx[, opts]) -> Iterator[Diagnostic]`."
suppression_rule = _make(Kind.SUPPRESSION)
suppression_rule.__doc__ = (
    "Declare a rule about suppression comments that silenced nothing: "
    "`check(unused, ctx[, opts]) -> Iterator[Diagnostic]`, each `Suppression` with its idle codes."
)
run_rule = _make(Kind.RUN)
run_rule.__doc__ = (
    "Declare a rule about a whole run, checked once after every file: "
    "`check(ctx[, opts]) -> Iterator[Diagnostic]`; `ctx.path` is the first file it may speak of."
)
