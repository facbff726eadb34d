"""Names damaged on the way into the list: a given name split (RL571, `Zhou, W. hua` for `Zhou,
W.H.`), and a piece of the journal's name read as the last author (RL574, `..., and J. Med,` from
`Eur. J. Med. Chem.`).

A reference manager that takes a two-part given name (`Wei-hua`, `Wei Hua`) for an initial and a
word prints the first part as an initial and the second as a lower-case word after it. Only the
names before the entry's first date are read (the author list in every style that names the
authors first), and the words that rightly stand in lower case after initials are left alone:
particles printed after the given name (`Gogh, V. van`), editor words, `et al`.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    journal_word_shortened_form,
    journals_named,
    pattern,
    rule,
)

# `Surname, I. word` (or `I.J. word`), the word ending the name: a comma, `and` or the year
# in parentheses follows.
_SPLIT = pattern(
    r"(?<![\w.])((?!and\s)[^\W\d_](?:[\w'\-]|’{1})*(?:\s(?!and\s)[^\W\d_](?:[\w'\-]|’{1})*){0,2}),\s"
    r"((?:[A-Z]\.\s?-?){1,3})\s?([a-z]{2,})(?=\s*,|\s+(?:and|&)\s|\s*\(\s*(?:1\d|20)\d\d)"
)
_YEAR = pattern(r"(?<![\w/.])(?:1[6-9]|20)\d\d(?!\d)")
# what every `_SPLIT` match holds before the date: a comma, a space and an initial with its stop
_COMMA_INITIAL = pattern(r",\s[A-Z]\.")
# Lower-case words that rightly follow the initials: particles, editor and translator words,
# name suffixes.
_RIGHTLY_LOWER = frozenset(
    {
        "da",
        "das",
        "de",
        "del",
        "della",
        "dei",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "den",
        "la",
        "le",
        "ten",
        "ter",
        "van",
        "von",
        "zu",
        "zur",
        "y",
        "bin",
        "ibn",
        "al",
        "el",
        "ed",
        "eds",
        "edn",
        "edt",
        "hrsg",
        "hg",
        "red",
        "org",
        "orgs",
        "coord",
        "coords",
        "dir",
        "trans",
        "transl",
        "comp",
        "jr",
        "sr",
    }
)


@rule(
    code="RL571",
    name="given-name-split",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Part of a given name left as a lower-case word after the initial (`Zhou, W. hua`)",
)
def given_name_split(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author whose two-part given name was printed as an initial and a lower-case word
    (`Zhou, W. hua` for `Zhou, W.H.`), in the names before the entry's date; one finding per
    entry, naming the names.

    ## Why is this bad?
    The word reads as a name of its own: the author's initials are wrong, and readers (and
    programs) take `hua` for the next author.

    ## Example
        1. Xu, J., Zhou, W. hua and Liu, A. wen (2013) A target in cancer. PLoS One, 8, e56919.

    Use instead:
        1. Xu, J., Zhou, W.H. and Liu, A.W. (2013) A target in cancer. PLoS One, 8, e56919.
    """
    # (a split name may have cut the author list short, so that the year was not read as one)
    year = _YEAR.search(ref.text, ref.body_start)
    ends = [d.span.start for d in ref.dates] + ([year.start()] if year else [])
    if not ends:
        return
    end = min(ends)
    title = ref.title
    if ref.authors and title is not None and not title.text[:1].islower():
        # Vancouver's title before the year is no name (`hua, Liu` read as one is the names')
        end = min(end, max(title.span.start, ref.authors[-1].span.end))
    if not _COMMA_INITIAL.search(ref.text, ref.body_start, end):
        return  # most entries: no `Zhou, W.` before the date, so no name split after one
    split = [
        m
        for m in _SPLIT.finditer(ref.text, ref.body_start)
        if m.end() <= end and m[3] not in _RIGHTLY_LOWER
    ]
    if not split:
        return
    shown = ", ".join(f"`{m[0]}`" for m in split[:3])
    more = f" and {len(split) - 3} more" if len(split) > 3 else ""
    first = split[0]
    expected = f"{first[1]}, {first[2].strip()}{first[3][0].upper()}."
    yield Diagnostic(
        Span(first.start(), split[-1].end()),
        f"part of a given name left as a lower-case word after the initial ({shown}{more}); "
        f"expected its initial (`{expected}`)",
    )


# Where a journal's name may start and end in the text after the authors: quotes, commas,
# semicolons, and a period that ends a sentence.
_PIECES = pattern(r"[,;\"]|[“”]{1}|\.\s")


def _journal_piece(initial: str, family: str, name: str) -> str | None:
    """The standard abbreviation of journal `name` that holds `I. Family` as two of its words
    (`Eur. J. Med. Chem.` holds `J. Med`), or None."""
    for journal in journals_named(name):
        for form in (journal.iso, journal.nlm):
            words = form.replace(".", " ").split()
            if any(words[k : k + 2] == [initial, family] for k in range(len(words) - 1)):
                return form
    return None


@rule(
    code="RL574",
    name="journal-piece-as-author",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A piece of the journal's abbreviation printed as the last author (`and J. Med,`)",
)
def journal_piece_as_author(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a last author whose initial and name are two words of the standard abbreviation of the
    journal the entry names (`J. Med` of `Eur. J. Med. Chem.`, `J. Pharmacol` of `J. Pharmacol.
    Exp. Ther.`): a piece of the journal that a reference manager took for a person.

    ## Why is this bad?
    The entry names an author who does not exist, and a search by author finds nothing.

    ## Example
        1. J. Lee and J. Med, “Triazoles,” European Journal of Medicinal Chemistry, vol. 9,
           pp. 1–9, 2015.

    Use instead:
        1. J. Lee, “Triazoles,” European Journal of Medicinal Chemistry, vol. 9, pp. 1–9,
           2015.
    """
    if len(ref.authors) < 2 or ref.authors_span is None:
        return
    last = ref.authors[-1]
    initial = last.initials.replace(".", "")
    if last.is_group or len(initial) != 1 or not last.family.isalpha():
        return
    if not journal_word_shortened_form(last.family.lower()):
        return  # not a journal's word (`Med`, `Pharmacol`): the journal table is not opened
    for piece in _PIECES.split(ref.text[ref.authors_span.end :]):
        name = piece.strip()
        if len(name.split()) < 2:
            continue
        form = _journal_piece(initial, last.family, name)
        if form is not None:
            yield Diagnostic(
                last.span,
                f"author `{last.text}` is a piece of the journal's abbreviation (`{form}`), "
                "not a person; remove it",
            )
            return
