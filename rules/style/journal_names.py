"""Journal names misspelt (RL815): a name no shipped list knows, a slip away from one they know.

Only a name the abbreviation lists do not know is looked at: `J Biol` and `J Biol Chem`, `Phys
Rev A` and `Phys Rev B`, `Ann Med` and `Ann Intern Med` are all real journals, and a known name is
never called another's misspelling. Even then the lists are incomplete (many real journals are
missing from them), so the name must be a slip of one letter in a long word from a journal they
know, or the name of another journal of the same list with one word more or less.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    journal_key,
    journal_one_letter_apart,
    journal_word_shortened_form,
    journals_named,
    journals_one_letter_away,
    list_rule,
)

from .journals import _MEETING, _journal_fix, _written_two_ways


@list_rule(
    code="RL815",
    name="journal-name-misspelt",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal name no list knows, a slip away from a journal that is known",
    fixable=True,
)
def journal_misspelt(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Looks up each journal name in the abbreviation lists shipped with refslint (NLM and ISO 4,
    from JabRef's CC0 lists). A name they do not know is flagged when it is a known journal's
    name (title or standard abbreviation) with one letter of one long word changed, added,
    dropped or swapped (`Expert System with Applications`), or when it is another journal of
    the same list, one the lists know, with one word more or less (`J Pediatr Child Health
    Care` beside `J Pediatr Health Care`).

    Known names are never flagged, however close to another (`J Biol` and `J Biol Chem`, `Phys
    Rev A` and `Phys Rev B`), nor a name a slip away from two different journals.

    ## Why is this bad?
    A misspelt journal cannot be found in catalogues and tells a reader the wrong journal.

    ## Example
        1. Nanda S. Clustering stock data. Expert System with Applications. 2010;37:8793-8.
        2. Tola V, Lillo F. Cluster analysis for portfolios. J Econ Dyn Control. 2008;32:235-58.

    Use instead:
        1. Nanda S. Clustering stock data. Expert Systems with Applications. 2010;37:8793-8.
        2. Tola V, Lillo F. Cluster analysis for portfolios. J Econ Dyn Control. 2008;32:235-58.

    ## Fix safety
    Unsafe: the name is replaced by the known journal's; check that it is the journal meant.
    """
    printed: dict[str, list[Reference]] = {}
    for ref in refs:
        if ref.kind is Kind.ARTICLE and ref.container is not None:
            name = ref.container.text.strip()
            if len(journal_key(name).split()) >= 2 and not _MEETING.search(name):
                printed.setdefault(name, []).append(ref)
    if len(printed) < 2:
        return  # one journal has no other to be mistaken for: the table need not be opened
    known = {name: bool(journals_named(name)) for name in printed}
    # a name RL810 reports as another's spelling (`BMC Infec Dis`) is told there alone
    two_ways = {name for pair in _written_two_ways(refs)[1] for name in pair}
    near = _near_index([other for other in printed if known[other]])
    for name, cited in printed.items():
        if known[name] or name in two_ways:
            continue
        meant = _meant(name, _candidates(name, near), printed)
        if meant is None:
            continue
        target, why = meant
        for ref in cited:
            assert ref.container is not None
            yield Diagnostic(
                ref.container.span,
                f"journal `{name}` is no journal the shipped lists know; {why}: write `{target}`",
                fix=_journal_fix(ref, target),
                ref=ref,
            )


def _meant(
    name: str, known: list[str], printed: dict[str, list[Reference]]
) -> tuple[str, str] | None:
    """(the name meant, why) for a name no list knows, where one journal alone is a slip away:
    another journal of the list, or failing that a journal of the shipped lists."""
    words = journal_key(name).split()
    found: list[tuple[str, str]] = []
    covered: set[str] = set()  # titles of the journals the list's own names stand for
    for other in known:
        other_words = journal_key(other).split()
        if _one_word_apart(words, other_words):
            apart = "one word"
        elif journal_one_letter_apart(words, other_words):
            apart = "one letter"
        else:
            continue
        numbers = [str(_number(r)) for r in printed[other]]
        where = f"entr{'y' if len(numbers) == 1 else 'ies'} {', '.join(numbers[:3])}"
        found.append(
            (other, f"{where} {'has' if len(numbers) == 1 else 'have'} `{other}`, {apart} apart")
        )
        covered.update(journal_key(j.title) for j in journals_named(other))
    if _abbreviated(name):
        return found[0] if len(found) == 1 else None  # `Manag.` and `Manage.`: both in use
    for journal, form in journals_one_letter_away(name):
        if journal_key(journal.title) not in covered:  # one journal, however many forms match
            covered.add(journal_key(journal.title))
            found.append((form, f"the known journal {journal.title} is one letter apart"))
    return found[0] if len(found) == 1 else None


def _abbreviated(name: str) -> bool:
    """Whether a name is printed abbreviated: abbreviations of one word differ by a letter from
    list to list (`Manag.`, `Manage.`), so one letter from a known form is no slip there."""
    return any(
        word.endswith(".") or journal_word_shortened_form(word.lower()) for word in name.split()
    )


def _shape(words: list[str]) -> str:
    return "".join(word[0] for word in words)


def _near_index(known: list[str]) -> dict[str, list[str]]:
    """Known names filed under their shape (each word's first letter) and under the shape they
    have with one word fewer: a name one letter or one word from another shares one of them, so
    a list of thousands of journals is not compared pair by pair."""
    index: dict[str, list[str]] = {}
    for other in known:
        words = journal_key(other).split()
        index.setdefault(_shape(words), []).append(other)
        for i in range(2, len(words)):
            index.setdefault(_shape(words[:i] + words[i + 1 :]), []).append(other)
    return index


def _candidates(name: str, near: dict[str, list[str]]) -> list[str]:
    """The known names that may be one letter or one word from `name`."""
    words = journal_key(name).split()
    shapes = [_shape(words)] + [_shape(words[:i] + words[i + 1 :]) for i in range(2, len(words))]
    return list(dict.fromkeys(other for shape in shapes for other in near.get(shape, ())))


def _one_word_apart(a: list[str], b: list[str]) -> bool:
    """Whether one name is the other with one word more, anywhere but first (`J Pediatr Child
    Health Care` and `J Pediatr Health Care`), both of at least three words."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or len(short) < 3:
        return False
    # the word after the first often names a place or society, and so another journal (`Rev
    # Paul Pediatr`, not `Rev Pediatr`): one more word counts only further on
    return any(long[:i] + long[i + 1 :] == short for i in range(2, len(long)))


def _number(ref: Reference) -> int:
    return ref.number if ref.number is not None else ref.index
