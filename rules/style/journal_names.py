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
    Journal,
    Kind,
    Reference,
    Severity,
    journal_key,
    journal_one_letter_apart,
    journal_title_word,
    journal_title_words_starting,
    journal_word_shortened_form,
    journals_named,
    journals_one_letter_away,
    journals_resembling,
    list_rule,
    pattern,
)
from refslint.slips import one_slip

from ..spelling import english_words
from .journal_words import standard_words
from .journals import (
    _MEETING,
    _journal_fix,
    _written_two_ways,
    unknown_names_told,
    unlike_standard,
)


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
    dropped or swapped (`Expert System with Applications`), or when it is another journal of the
    same list, one the lists know, with one word more or less (`J Pediatr Child Health Care`
    beside `J Pediatr Health Care`; a word more at the end of a name the list cites twice names
    a sibling journal, `J Allergy Clin Immunol Pract`), or when one of its words is nothing the
    titles in the lists begin with, no word nor shortening of any (`Gob` in `J Gob Health`), and
    is a word another journal of the list prints with one inner letter dropped or two letters
    swapped (`Glob`, in `Lancet Glob Health`), a word the standard forms know; or when, written
    out in full, it is the title of one journal the lists know but for one word given another
    ending (`European Journal of Operations Research` for `Operational`; `Technologies`,
    `Technology`), each form of the word sharing six letters at least and neither the other with
    an ending added (`Education`, `Educational` both name journals). Of the 21,191 titles of
    three words or more in the lists, the 5 pairs that differ so are all one journal's variant
    spellings (`Astrophysical Journal Supplement Series`, `Astrophysics Journal ...`).

    Known names are never flagged, however close to another (`J Biol` and `J Biol Chem`, `Phys
    Rev A` and `Phys Rev B`), nor a name a slip away from two different journals. The shipped
    lists have slips of their own: a known form one letter from the printed name is taken for
    the table's slip, not the print's, where its word is no English word and names no other
    journal while the printed word is English (`Flavour and Fragance Journal` in the ISO list,
    for `Fragrance`); and another ending is told only against a title the NLM catalogue carries
    (`Romanian Biotechnology Letters`, in the other lists alone, names the journal printed
    `Romanian Biotechnological Letters`).

    An abbreviation one letter from a journal's standard one is a slip only where the standard
    form cuts each word as the standards do and the printed one does not: a word cut at a letter
    no standard cuts it at (`Ann Inter Med` for `Ann Intern Med`, `Phys. Plasma` for `Phys.
    Plasmas`), or a letter changed inside it that makes no word or cut of titles (`J. Pathog.`
    is Journal of Pathogens, not `J Pathol`). British and American spellings (`Tumour`,
    `Tumor`; `Modell.`, `Model.`) are no slips. Where the list sets its journal form, RL811
    tells such a name and RL815 does not repeat it.

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
    told_elsewhere = {name for pair in _written_two_ways(refs)[1] for name in pair}
    # ... and one RL811 reports as not the standard abbreviation (`Ann Inter Med`) is told there
    told_elsewhere |= {u.name for u in unlike_standard(refs, ctx) if not u.variant}
    told_elsewhere |= unknown_names_told(refs, ctx)  # `Disaster Heal`, `Prog Nat Sci Mater`
    near = _near_index([other for other in printed if known[other]])
    words = _list_words(printed)
    for name, cited in printed.items():
        if known[name] or name in told_elsewhere:
            continue
        meant = (
            _meant(name, _candidates(name, near), printed)
            or _word_slip(name, words)
            or _other_ending(name)
        )
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
            if words[:-1] == other_words and len(printed.get(name, ())) >= 2:
                continue  # a sibling journal the list cites twice (`J Allergy Clin Immunol Pract`)
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
    abbreviated = _abbreviated(name)
    if abbreviated and found:
        return found[0] if len(found) == 1 else None  # `Manag.` and `Manage.`: both in use
    for journal, form in journals_one_letter_away(name):
        if abbreviated and not _slip_of_abbreviation(name, journal, form):
            continue
        if _table_slip(name, form):
            continue  # the table's own misspelling (`Flavour and Fragance Journal`)
        if journal_key(journal.title) not in covered:  # one journal, however many forms match
            covered.add(journal_key(journal.title))
            found.append((form, f"the known journal {journal.title} is one letter apart"))
    return found[0] if len(found) == 1 else None


# A capitalised word of a journal's name, letters alone (`Glob`, `Health`), not inside a hyphenated
# word nor an acronym
_NAME_WORD = pattern(r"(?<![\w-])[A-Z][a-z]{2,}(?![\w-])")


def _list_words(printed: dict[str, list[Reference]]) -> dict[str, dict[str, list[int]]]:
    """Each capitalised word of the list's journal names, lower case -> name -> its entries."""
    words: dict[str, dict[str, list[int]]] = {}
    for name, cited in printed.items():
        for word in _NAME_WORD.findall(name):
            words.setdefault(word.lower(), {}).setdefault(name, []).extend(map(_number, cited))
    return words


def _word_slip(name: str, words: dict[str, dict[str, list[int]]]) -> tuple[str, str] | None:
    """(the name mended, why) where a word of `name` is nothing the table's titles begin with,
    no word nor shortening of any (`Gob`), and is a word another journal of the list prints
    (`Glob`, in `Lancet Glob Health`) with one inner letter dropped or two letters swapped,
    that word being one the standard forms know; one such word alone."""
    for match in _NAME_WORD.finditer(name):
        word = match.group()
        plain = word.lower()
        if journal_title_words_starting(plain) or journal_word_shortened_form(plain):
            continue  # a word of titles, or the start of one: perhaps a cut
        meant = [
            other
            for other, names in words.items()
            if _inner_slip(plain, other) and _standard_word(other) and name not in names
        ]
        if len(meant) != 1:
            continue
        other = meant[0]
        where, entries = next(iter(words[other].items()))
        printed_other = next(w for w in _NAME_WORD.findall(where) if w.lower() == other)
        fixed = name[: match.start()] + printed_other + name[match.end() :]
        cited = ", ".join(map(str, sorted(set(entries))[:3]))
        one = len(set(entries)) == 1
        said = f"entr{'y' if one else 'ies'} {cited} print{'s' if one else ''}"
        return fixed, (
            f"`{word}` is no word or shortening of the journal titles the lists know, and "
            f"{said} `{printed_other}` (`{where}`), one letter apart"
        )
    return None


# Endings that make another form of one word (`Operations`, `Operational`; `Physics`,
# `Physical`; `Technologies`, `Technology`): a title word given another ending is the same word.
# A word and the word with an ending added (`Education`, `Educational`; `Economic`, `Economics`)
# are left alone: journals are named both ways (`Journal of Education Policy`, `Educational
# Policy`), and a plural one letter away is the one-letter check's
_ENDINGS = frozenset(
    ["s", "es", "al", "als", "ic", "ics", "ical", "ion", "ions", "ional", "y", "ies"]
)
MIN_STEM = 6  # letters two forms of one word share before their endings
_ANY_WORD = pattern(r"[^\W\d_]+")


def _other_ending(name: str) -> tuple[str, str] | None:
    """(the name mended, why) where `name`, written out in full, is the title of one journal the
    lists know but for one word given another ending (`European Journal of Operations Research`,
    European Journal of Operational Research). Only titles the NLM catalogue carries are
    weighed: the other lists gather titles from many sources, and a title they alone carry may
    itself hold the other ending (`Romanian Biotechnology Letters`, for the journal printed
    `Romanian Biotechnological Letters`)."""
    if _abbreviated(name):
        return None
    words = journal_key(name).split()
    if len(words) < 3:
        return None
    found: dict[str, tuple[str, str]] = {}
    for journal in journals_resembling(name):
        known = journal_key(journal.title).split()
        if not journal.nlm or len(known) != len(words):  # see `_other_ending`'s docstring
            continue
        differ = [(p, t) for p, t in zip(words, known, strict=True) if p != t]
        if len(differ) == 1 and _same_word(*differ[0]):
            found[" ".join(known)] = (journal.title, differ[0][1])
    if len(found) != 1:
        return None
    title, word = next(iter(found.values()))
    printed = next(
        (m for m in _ANY_WORD.finditer(name) if _same_word(m.group().lower(), word)), None
    )
    if printed is None:
        return None  # the word printed with accents or marks the key drops: not told here
    whole = word.capitalize() if printed.group()[0].isupper() else word
    fixed = name[: printed.start()] + whole + name[printed.end() :]
    return fixed, f"the known journal {title} writes `{whole}`, the word with another ending"


def _table_slip(name: str, form: str) -> bool:
    """Whether a known form one letter from `name` is the table's own slip: the word where
    they differ is an English word as printed and, as the table has it, a word of this title
    alone and no English word (`Fragrance`, printed; `Flavour and Fragance Journal`); a cut
    (`Radiol`) is no title's word, and `Eur. Radio.` stays a slip."""
    printed, known = journal_key(name).split(), journal_key(form).split()
    if len(printed) != len(known):
        return False
    differ = [(p, k) for p, k in zip(printed, known, strict=True) if p != k]
    if len(differ) != 1:
        return False
    word, table_word = differ[0]
    words = english_words()
    in_titles = journal_title_word(table_word)
    # a word of this title alone, not a cut of the standard forms (`Radiol`), which no title has
    return (
        word in words
        and table_word not in words
        and in_titles is not None
        and in_titles.titles <= 1
    )


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one word with other endings (`operations`, `operational`)."""
    if a == b or not (a.isalpha() and b.isalpha()):
        return False
    # the letters they share, to the shorter's end where one starts the other (`environment-al`)
    stem = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return stem >= MIN_STEM and a[stem:] in _ENDINGS and b[stem:] in _ENDINGS


def _inner_slip(printed: str, word: str) -> bool:
    """Whether `printed` is `word` with one letter dropped inside it (not its last, which would
    make a cut), or with two neighbouring letters swapped."""
    if len(word) == len(printed) + 1:
        return any(word[:i] + word[i + 1 :] == printed for i in range(1, len(word) - 1))
    return len(word) == len(printed) and one_slip(printed, word) and sorted(word) == sorted(printed)


def _standard_word(word: str) -> bool:
    """Whether the standard forms print `word` (lower case): a title word, or a shortening."""
    known = journal_title_word(word)
    if known is not None and (known.titles >= 2 or known.uses(word)):
        return True
    return any(w.uses(word) for w in journal_title_words_starting(word))


def _slip_of_abbreviation(name: str, journal: Journal, form: str) -> bool:
    """Whether the abbreviated `name`, one letter from the journal's standard abbreviation
    `form`, is a slip rather than another standard's cut: `form` cuts each title word as the
    standards do, `name` does not (`Ann Inter Med`: `Inter` is no cut they make of `Internal`;
    `Manag` and `Manage` both are)."""
    if form not in (journal.nlm, journal.iso):
        return False
    if not standard_words(form, journal.title) or standard_words(name, journal.title):
        return False
    printed, standard = journal_key(name).split(), journal_key(form).split()
    title = journal_key(journal.title).split()
    for p, f in zip(printed, standard, strict=True):
        if p == f:
            continue
        if _spelling_variant(p, f):
            return False  # `Anesth` and `Anaesth`: American and British spellings
        cut = [w for w in title if w.startswith(p)]
        if cut:  # the title's word cut at another letter: a slip unless some standard cuts so
            return not any(_used_cut(p, w) for w in cut)
        # another letter inside: a slip unless the word is another title word or a cut in use
        # (`J. Pathog.` is Journal of Pathogens, not `J Pathol`)
        return not any(w.word == p or w.uses(p) for w in journal_title_words_starting(p))
    return False


# British and American spellings of one word: `anaesth` and `anesth`, `tumour` and `tumor`,
# `modell` and `model`
_VARIANTS = (("ae", "e"), ("oe", "e"), ("our", "or"), ("ll", "l"))


def _spelling_variant(a: str, b: str) -> bool:
    """Whether two words differ only as British and American spellings do."""
    return any(x.replace(v, w) == y.replace(v, w) for v, w in _VARIANTS for x, y in ((a, b),))


def _used_cut(printed: str, word: str) -> bool:
    known = journal_title_word(word)
    return known is not None and known.uses(printed) > 0


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
