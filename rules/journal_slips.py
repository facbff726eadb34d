"""Journal names that differ from the journal's own by a word or a mark (RL836, RL842, RL843): a
section in square brackets (`J. Geophys. Res. [Oceans]`), a title written out without the `and`
the journal's title prints (`Journal of Environmental Economics Management`), and PubMed's
acronym qualifier left on an abbreviation (`Trends Endocrinol. Metab.: TEM.`). The journal's own
title, from the lists shipped with refslint, is the evidence for the last two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Journal,
    Reference,
    Severity,
    Span,
    journal_key,
    journals_named,
    list_rule,
    pattern,
)

_WORD = re.compile(r"[^\W_][\w'’-]*|&")


def _words(name: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(name)]


def _is_form(name: str, journal: Journal) -> bool:
    """Whether `name` is the journal's standard abbreviation (which may drop its `and`)."""
    k = journal_key(name)
    return any(form and journal_key(form) == k for form in (journal.iso, journal.nlm))


_WRITTEN_OUT = frozenset(("of", "the", "in", "for", "on"))  # words no abbreviation keeps


def _written_out(name: str) -> bool:
    """Whether `name` is written out in full (it keeps a small word such as `of`) with no `and`
    or `&`: the only names whose `and` may have been lost."""
    printed = _words(name)
    return "and" not in printed and "&" not in printed and bool(_WRITTEN_OUT & set(printed))


def _and_lost(name: str, journals: Sequence[Journal]) -> tuple[str, str] | None:
    """(what was printed, what the title prints) where `name`, written out in full (it keeps a
    small word such as `of`), is a journal's title with its `and` dropped; None otherwise."""
    printed = _words(name)
    if any(_is_form(name, journal) for journal in journals):
        return None
    for journal in journals:
        title = _words(journal.title)
        if "and" not in title or len(printed) + 1 != len(title):
            continue
        at = title.index("and")
        if 0 < at < len(title) - 1 and title[:at] + title[at + 1 :] == printed:
            return f"{title[at - 1]} {title[at + 1]}", f"{title[at - 1]} and {title[at + 1]}"
    return None


@list_rule(
    code="RL842",
    name="journal-and-lost",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal written out in full without the `and` of its title",
)
def journal_and_lost(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal written out in full (it keeps a small word such as `of` or `the`, which no
    abbreviation keeps) that is a known journal's title but for its `and`, dropped (`Journal of
    Environmental Economics Management`). The journal's title comes from the lists shipped with
    refslint (NLM and ISO 4); a standard abbreviation, which drops `and` (`Gut Liver`, `J
    Environ Econ Manag`), is left alone, and so is `&` for `and` (the lists print both as `and`,
    `Agriculture, Ecosystems & Environment` among them, so they are no evidence of which is the
    journal's own).

    ## Why is this bad?
    A journal's name is printed as the journal prints it; a lost `and` joins two of its fields
    into one, and a search for the name misses it.

    ## Example
        1. Smith A, Jones B (2001) Valuing clean air. Journal of Environmental Economics
           Management 41: 12-30.

    Use instead:
        1. Smith A, Jones B (2001) Valuing clean air. Journal of Environmental Economics and
           Management 41: 12-30.
    """
    for ref in refs:
        container = ref.container
        if container is None or not _written_out(container.text):
            continue  # the table is read only for a name written out with no `and`
        journals = journals_named(container.text)
        lost = _and_lost(container.text, journals) if journals else None
        if lost is not None:
            printed, wanted = lost
            yield Diagnostic(
                container.span,
                f"journal `{container.text}` lost its `and` (`{printed}`); "
                f"its title prints `{wanted}`",
                ref=ref,
            )


# --- RL843: PubMed's acronym qualifier left on a journal's abbreviation ---------------------------

_QUALIFIED = pattern(r"(?P<name>.*?[^\s:])\s?:\s?(?P<acronym>[A-Z]{2,8})\.?")
_SMALL = frozenset(("of", "and", "the", "in", "for", "on", "&", "a", "an"))


def _initials(name: str) -> str:
    return "".join(w[0] for w in _words(name) if w not in _SMALL).upper()


@list_rule(
    code="RL843",
    name="journal-acronym-qualifier",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="PubMed's acronym qualifier left on a journal's abbreviation (`Trends Endocrinol. "
    "Metab.: TEM.`)",
    fixable=True,
)
def journal_acronym_qualifier(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal printed as its standard abbreviation (ISO 4 or NLM, from the lists shipped
    with refslint) followed by a colon and the acronym of its words (`Trends Endocrinol. Metab.:
    TEM.`, `Scand Cardiovasc J: SCJ`). PubMed's full titles carry such an acronym as a qualifier
    (`Trends in endocrinology and metabolism: TEM`); a list that prints those full titles keeps
    it as its house form and is left alone.

    ## Why is this bad?
    The acronym belongs to PubMed's record, not to the journal's name; its abbreviation never
    carries it, and a copy editor removes it.

    ## Example
        1. Goodman CA. The role of mTORC1 in regulating protein synthesis and skeletal muscle
           mass. Trends Endocrinol. Metab.: TEM. 2012; 23(4):165-74.

    Use instead:
        1. Goodman CA. The role of mTORC1 in regulating protein synthesis and skeletal muscle
           mass. Trends Endocrinol. Metab. 2012; 23(4):165-74.

    ## Fix safety
    Safe: the colon and the acronym are removed, the abbreviation kept as printed.
    """
    for ref in refs:
        container = ref.container
        if container is None or ":" not in container.text:
            continue
        m = _QUALIFIED.fullmatch(container.text)
        if m is None or _initials(m.group("name")) != m.group("acronym"):
            continue
        name = m.group("name")
        if not any(_is_form(name, j) for j in journals_named(name)):
            continue  # PubMed's full title, or no journal the lists know
        start = container.span.start + m.end("name")
        end = container.span.start + m.end("acronym")
        cut = end + 1 if ref.text[end : end + 1] == "." and name.endswith(".") else end
        yield Diagnostic(
            Span(start, end),
            f"PubMed's acronym qualifier (`{ref.text[start:end].strip()}`) left on the journal "
            f"`{name}`; expected `{name}`",
            fix=Fix.safe(Edit(Span(start, cut), ""), message=f"Write `{name}`"),
            ref=ref,
        )


# --- RL836: a part of a journal's name in square brackets -----------------------------------------

# a word or two in square brackets after the name's first word (`J. Geophys. Res. [Oceans]`)
_BRACKETED = pattern(r"(?<=\S)\s+\[(?P<part>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?)\]")


@list_rule(
    code="RL836",
    name="journal-part-in-brackets",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal's section or word in square brackets (`J. Geophys. Res. [Oceans]`)",
    fixable=True,
)
def journal_part_in_brackets(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a word or two of a journal's name in square brackets (`J. Geophys. Res. [Oceans]`,
    `Journal of Geophysical Research [Atmospheres]`). No standard form of a name brackets a part
    of it: a section is printed as a word of the name (`J. Geophys. Res. Oceans`), NLM's
    qualifier goes in parentheses (`Materials (Basel)`), and a medium (`[Internet]`) is read
    apart from the name.

    ## Why is this bad?
    The brackets come from a catalogue's record (some print a section so), not from the journal;
    a copy editor prints the section as part of the name.

    ## Example
        1. W. Weijer et al., Stability of the Atlantic overturning circulation. J. Geophys. Res.
           [Oceans] 124, 5336–5375 (2019).

    Use instead:
        1. W. Weijer et al., Stability of the Atlantic overturning circulation. J. Geophys. Res.
           Oceans 124, 5336–5375 (2019).

    ## Fix safety
    Unsafe: the brackets are removed and the words kept; read the journal's own form first.
    """
    for ref in refs:
        container = ref.container
        if container is None or "[" not in container.text:
            continue
        for m in _BRACKETED.finditer(container.text):
            start = container.span.start + m.start()
            end = container.span.start + m.end()
            wanted = container.text[: m.start()] + " " + m.group("part") + container.text[m.end() :]
            yield Diagnostic(
                Span(start, end),
                f"journal `{container.text}` prints `{m.group('part')}` in square brackets; "
                f"expected `{wanted}`",
                fix=Fix.unsafe(
                    Edit(Span(start, end), " " + m.group("part")), message=f"Write `{wanted}`"
                ),
                ref=ref,
            )
