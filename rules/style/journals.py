"""Journal names: one journal written two ways, and names not printed in the list's form or as
the standard abbreviation in the lists shipped with refslint (RL810, RL811).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Journal,
    Kind,
    Reference,
    Severity,
    Span,
    journal_key,
    journal_title_word,
    journal_title_words_starting,
    journal_word_shortened_form,
    journal_word_starts_longer,
    journal_word_usually_shortened,
    journal_word_usually_whole,
    journals_by_initials,
    journals_cut_inside_subtitle,
    journals_named,
    journals_resembling,
    journals_with_one_word_more,
    list_rule,
    pattern,
    per_list,
)

from ..spelling import english_words
from ..title_capitals import name_words as english_names
from .conventions import (
    MIN_ENTRIES,
    Convention,
    convention,
    deviations,
    holds_two_citations,
    style_form,
)
from .journal_cuts import cut_words, wrong_cut
from .journal_dots import odd_periods
from .journal_words import odd_words, standard_words

# (`Ser`: Scopus marks a series so, `J Bone Jt Surg Ser Am` for `J Bone Joint Surg Am`)
_SKIPPED_WORDS = {"and", "&", "the", "of", "in", "on", "for", "ser"}


@lru_cache(maxsize=4096)
def _journal_words(name: str) -> tuple[str, ...]:
    if name.isascii():  # nothing to decompose or strip
        plain = name.lower()
    else:
        plain = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return tuple(w for w in re.findall(r"[a-z0-9]+", plain) if w not in _SKIPPED_WORDS)


def _same_journal(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Word by word, each word equal to or a prefix (of at least three letters) of the other."""
    if a == b or len(a) != len(b) or len(a) < 2:
        return a == b and len(a) >= 1
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        short, long = sorted((x, y), key=len)
        if len(short) < 3 or not long.startswith(short) or short.isdigit():
            return False
    return True


@list_rule(
    code="RL810",
    name="journal-written-two-ways",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="One journal written two ways in one list",
    fixable=True,
)
def journal_two_ways(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Compares journal names after dropping case, dots, accents, small words and Scopus's series
    mark (`J Bone Jt Surg Ser Am`), and treating an abbreviation as the start of its word
    (`Theor` and `Theory`, `Phys` and `Physical`), and
    flags a journal printed in two forms. The rarer form is flagged; on a tie, the later entry.
    A journal printed with the qualifier PubMed's titles give it in parentheses in one entry and
    without it in another (`Sensors (Basel, Switzerland)`, `Sensors`) is written two ways too;
    on a tie the qualified form is the odd one out, unless another journal of the list carries
    a qualifier (the list copies PubMed's titles), where the bare one is, or the shipped lists
    know the qualified form (`Nature (London)`, APS's), where the later entry is. On a tie
    between a name and the same name with PubMed's subtitle after it (`Phys. Rev. B Condens.
    Matter`, `Phys. Rev. B`), the subtitled one is flagged where the shorter is itself a
    journal's standard form in the list's system. A name and the same name with a subtitle,
    each printed whole as the title of its own journal in the shipped lists (`Journal of
    Archaeological Science` and `Journal of Archaeological Science: Reports`), are two journals.
    A one-word journal the shipped lists know and the same word cut short with a period (`Nature`
    and `Nat.`) are one journal, unless the cut is a journal's name too (`Gene.` beside `Genes`).

    ## Why is this bad?
    A journal has one abbreviation; two forms mean at least one is wrong.

    ## Example
        1. Zhang Z, Chen M. Interpretable learning. Adv Theor Simul 2024;7:2400227.
        2. Dinic F, Voznyy O. Class balancing. Adv Theory Simul 2023;6:2300081.

    Use instead:
        1. Zhang Z, Chen M. Interpretable learning. Adv Theory Simul 2024;7:2400227.
        2. Dinic F, Voznyy O. Class balancing. Adv Theory Simul 2023;6:2300081.

    Where the journal abbreviation lists shipped with refslint (NLM and ISO 4, from JabRef's
    CC0 lists) know the journal, the message names its standard abbreviation, and the form that
    is not the standard one is flagged; where both are standard forms (NLM's `Ecol Modell`, ISO
    4's `Ecol Model`), the rarer is. Where they do not, a form that cuts a word ISO 4
    abbreviations keep whole (`Theor` for `Theory`) is the one flagged.

    ## Fix safety
    Unsafe: the journal's name is rewritten to the standard abbreviation, or to the list's more
    common form; check that both forms really name one journal.
    """
    printed, pairs = _written_two_ways(refs)
    for rare, common, cut, standard, dotted in _two_ways_flagged(refs, ctx, printed, pairs):
        numbers = [str(_number(r)) for r in printed[common]]
        where = f"entr{'y' if len(numbers) == 1 else 'ies'} {_some(numbers)}"
        said, target = _two_ways_reason(common, cut, standard, dotted)
        for ref in printed[rare]:
            assert ref.container is not None
            yield Diagnostic(
                ref.container.span,
                f"journal written `{rare}` here and `{common}` in {where}; {said}",
                fix=_journal_fix(ref, target),
                ref=ref,
            )


Flagged = tuple[str, str, "tuple[str, str] | None", "tuple[Journal, str] | None", bool]


def _two_ways_flagged(
    refs: Sequence[Reference],
    ctx: Context,
    printed: dict[str, list[Reference]],
    pairs: list[tuple[str, str]],
) -> Iterator[Flagged]:
    """For each journal written two ways: (the form flagged, the form kept, the word ISO 4 keeps
    whole that it cuts, the standard abbreviation, whether the list dots its abbreviations)."""
    reported: set[str] = set()
    dotted: bool | None = None
    for a, b in pairs:
        rare, common = _rarer_first(printed, a, b)
        if len(printed[a]) == len(printed[b]):
            rare, common = _odd_qualifier(printed, rare, common)
        if dotted is None:
            dotted = _list_is_dotted(refs, ctx, common)
        tie = len(printed[a]) == len(printed[b])
        qualified = bool(_QUALIFIER.search(a) or _QUALIFIER.search(b))  # `_odd_qualifier`'s
        short = _short_standard(a, b, dotted) if tie and not qualified else None
        if short is not None:
            rare, common = (b, a) if short[1] is a else (a, b)
            if rare not in reported:
                reported.add(rare)
                yield rare, common, None, (short[0], common), dotted
            continue
        standard = _standard(common, dotted) or _standard(rare, dotted)
        if _QUALIFIER.search(a) or _QUALIFIER.search(b):
            standard = None  # with and without PubMed's qualifier: the list's commoner form
        if standard is not None and _both_standard(rare, common, standard[0]):
            standard = None  # `Ecol Model` (ISO 4) and `Ecol Modell` (NLM): one way, the list's
        cut = None if standard else _cut_word(rare, common)
        if standard is not None and _as_printed(standard[1]) == _as_printed(rare) != _as_printed(
            common
        ):
            # the rarer form is the journal's own (its last period the entry's, any dash for the
            # standard's `--`: `LWT – Food Sci Technol`): flag the other
            rare, common = common, rare
        elif cut is not None and cut[0] == common:
            rare, common = common, rare  # the commoner form cuts a word ISO 4 keeps whole
        elif rare.lower() == common.lower() and _small_words(rare) < _small_words(common):
            rare, common = common, rare  # a main word lower-cased: the capitalised name is its own
        if rare in reported:
            continue
        reported.add(rare)
        yield rare, common, cut, standard, dotted


_DASHES = pattern(r"\s*(?:--|[\-\u2010-\u2015])\s*")
_MINOR = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"))


def _small_words(name: str) -> int:
    """How many of a journal name's main words open in lower case (`Information and software
    technology`: two)."""
    return sum(1 for w in name.split() if w[:1].islower() and w not in _MINOR)


def _as_printed(name: str) -> str:
    """A journal's name with its last period and its dashes' spacing and kind left aside."""
    return _DASHES.sub("-", name.rstrip(". "))


def _short_standard(a: str, b: str, dotted: bool) -> tuple[Journal, str] | None:
    """(the journal, the shorter name) where one of two names printed equally often is the other
    with a subtitle after it and the shorter is itself a journal's standard form in the list's
    system (`Phys. Rev. B`, beside PubMed's `Phys. Rev. B Condens. Matter`): the subtitle is a
    catalogue's, and the shorter name the one the list writes."""
    short, long = sorted((a, b), key=lambda n: len(_journal_words(n)))
    words = _journal_words(short)
    if len(_journal_words(long)) <= len(words) or _journal_words(long)[: len(words)] != words:
        return None
    k = journal_key(short)
    for journal in journals_named(short):
        if journal_key(journal.standard(dotted)) == k:
            return journal, short
    return None


def _odd_qualifier(printed: dict[str, list[Reference]], rare: str, common: str) -> tuple[str, str]:
    """(form flagged, form kept) for a journal printed once with PubMed's qualifier and once
    without (`Polymers (Basel)`, `Polymers`): the qualified one is the odd one out unless another
    journal of the list carries a qualifier too (a list that copies PubMed's titles)."""
    qualified = [n for n in (rare, common) if _QUALIFIER.search(n)]
    if len(qualified) != 1 or journals_named(qualified[0]):
        return rare, common  # (`Nature (London)`: a form the shipped lists know, APS's own)
    others = [n for n in printed if n not in (rare, common)]
    if any(_QUALIFIER.search(n) and not _EDITION.search(n) for n in others):
        bare = common if qualified[0] == rare else rare
        return bare, qualified[0]
    return qualified[0], common if qualified[0] == rare else rare


def _both_standard(a: str, b: str, journal: Journal) -> bool:
    """Whether two forms of a journal are each one of its standard forms, the one NLM's and the
    other ISO 4's: neither is wrong, the list has only to write one of them throughout."""
    return journal_key(a) != journal_key(b) and all(_another_standard(n, journal) for n in (a, b))


def _rarer_first(printed: dict[str, list[Reference]], a: str, b: str) -> tuple[str, str]:
    """(rarer form, commoner form) of two names of one journal; on a tie, the later one first."""
    count_a, count_b = len(printed[a]), len(printed[b])
    if count_a != count_b:
        return (a, b) if count_a < count_b else (b, a)
    first_a, first_b = printed[a][0].index, printed[b][0].index
    return (a, b) if first_a > first_b else (b, a)


def _two_ways_reason(
    common: str, cut: tuple[str, str] | None, standard: tuple[Journal, str] | None, dotted: bool
) -> tuple[str, str]:
    """(why one form is flagged, the form to write instead) for a journal written two ways."""
    if standard is not None:
        journal, target = standard
        said = f"the standard abbreviation of {journal.title} is `{target}`"
        return f"{said} ({journal.standard_source(dotted)})", target
    if cut is not None:
        return f"ISO 4 abbreviations keep `{cut[1]}` whole", common
    return "write one journal one way", common


@per_list  # RL810, RL811 and RL815 each ask
def _written_two_ways(
    refs: Sequence[Reference],
) -> tuple[dict[str, list[Reference]], list[tuple[str, str]]]:
    """Journal articles by printed journal name, and the pairs of names that are one journal."""
    printed: dict[str, list[Reference]] = {}
    for ref in refs:
        if ref.kind is Kind.ARTICLE and ref.container is not None:
            printed.setdefault(ref.container.text.strip(), []).append(ref)
    words = {name: _journal_words(name) for name in printed}
    # Names that can match share the first three letters of every word: compare within buckets,
    # so a list of thousands of journals is not compared pair by pair.
    buckets: dict[tuple[str, ...], list[str]] = {}
    for name, name_words in words.items():
        buckets.setdefault(tuple(w[:3] for w in name_words), []).append(name)
    pairs = [
        (a, b)
        for names in buckets.values()
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if _same_journal(words[a], words[b])
    ]
    pairs += _contracted_pairs(words, pairs)
    pairs += _subtitled_pairs(words, buckets)
    pairs += _qualified_pairs(words)
    pairs += _one_word_cut_pairs(words)
    return printed, pairs


def _one_word_cut_pairs(words: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """Pairs of one-word names where one is the other cut short with a period (`Nat.` and
    `Nature`): the shipped lists know the whole word as a journal and the cut as none (`Gene.`
    beside `Genes` is Gene, a journal of its own)."""
    whole = {name_words[0]: name for name, name_words in words.items() if len(name_words) == 1}
    pairs = []
    for name, name_words in words.items():
        if len(name_words) != 1 or not name.endswith(".") or len(name_words[0]) < 3:
            continue
        cut = name_words[0]
        for word, other in whole.items():
            if word == cut or not word.startswith(cut) or other.endswith("."):
                continue
            if journals_named(other) and not journals_named(name):
                pairs.append((other, name))
    return pairs


def _contracted_pairs(
    words: dict[str, tuple[str, ...]], found: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Pairs of names one word of which is the other's contracted, its first and last letters
    kept (`J Bone Jt Surg Am`, Scopus's, and `J Bone Joint Surg Am`), every other word the same
    or cut as `_same_journal` allows. Names are compared within buckets of their words' first
    letters, which a contraction keeps."""
    buckets: dict[tuple[str, ...], list[str]] = {}
    for name, name_words in words.items():
        buckets.setdefault(tuple(w[:1] for w in name_words), []).append(name)
    known = {frozenset(pair) for pair in found}
    return [
        (a, b)
        for names in buckets.values()
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if frozenset((a, b)) not in known and _contracted(words[a], words[b])
    ]


def _contracted(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Word by word the same, or cut as `_same_journal` allows, with at least one word the
    other's contraction (`jt`, `joint`): shorter, its first and last letters the word's, its
    letters in the word's order, no number; a contraction of two letters (`Jt`, `Dr`) of an
    English word printed whole that is no name, so that two cut words (`Psychol`, `Psychoanal`)
    never pair, nor two places (`LA`, `Loyola`; `Br`, `Baylor`)."""
    if len(a) != len(b) or len(a) < 3 or a == b:
        return False
    contracted = False
    for x, y in zip(a, b, strict=True):
        if x == y or _same_journal((x, "x"), (y, "x")):
            continue
        short, long = sorted((x, y), key=len)
        if not (2 <= len(short) < len(long)) or short.isdigit() or long.isdigit():
            return False
        if short[0] != long[0] or short[-1] != long[-1] or not _in_order(short, long):
            return False
        if len(short) != 2 or len(long) < 4 or long not in english_words():
            return False  # (`Psychol` and `Psychoanal`, two cut words, are two journals)
        if long in english_names():
            return False  # a name's two letters are as often another's (`LA`, `Loyola`)
        contracted = True
    return contracted


def _in_order(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


_QUALIFIER = pattern(r"\s*\([^()]+\)$")  # NLM's `(Basel, Switzerland)` after a title
# A qualifier naming another language's edition or medium names another journal (`An Pediatr
# (Engl Ed)`, `Rev Esp Cardiol (Engl Ed)`, `(Online)`), with an ISSN of its own.
_EDITION = pattern(r"\b(?:engl|english|esp|espa[nñ]ol|fr|online|print|internet)\b", re.IGNORECASE)


def _qualified_pairs(words: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """Pairs of names where one is the other with the qualifier PubMed's titles carry to tell
    journals of one name apart (`Sensors (Basel, Switzerland)` and `Sensors`, `BMJ (Clinical
    Research Ed.)` and `BMJ`): one journal, printed with it in one entry and without in another."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for name, name_words in words.items():
        by_words.setdefault(name_words, []).append(name)
    pairs = []
    for name in words:
        base = _QUALIFIER.sub("", name)
        if base != name and base and not _EDITION.search(name, len(base)):
            pairs += [(other, name) for other in by_words.get(_journal_words(base), ())]
    return pairs


def _subtitled_pairs(
    words: dict[str, tuple[str, ...]], buckets: dict[tuple[str, ...], list[str]]
) -> list[tuple[str, str]]:
    """Pairs of names where one is the other with its subtitle (`Tobacco Control: An
    International Journal` and `Tob Control`; `Phys Rev E Stat Nonlin Soft Matter Phys`, NLM's
    form of `Physical review. E, Statistical, nonlinear...`, and `Phys Rev E`). A name that only
    starts like another is not enough: `Eur J Cancer Prev` is not `Eur J Cancer`."""
    pairs = []
    for name, name_words in words.items():
        for size in range(2, len(name_words)):
            head = name_words[:size]
            for short in buckets.get(tuple(w[:3] for w in head), ()):
                if not _same_journal(words[short], head) or not _subtitle_after(name, size):
                    continue
                if not _two_titles(short, name):
                    pairs.append((short, name))
    return pairs


def _two_titles(short: str, long: str) -> bool:
    """Whether two names, one the other with a subtitle, are each printed whole as the title of
    its own journal in the shipped lists (`Journal of Archaeological Science` and `Journal of
    Archaeological Science: Reports`, two journals with ISSNs of their own)."""
    titles = []
    for name in (short, long):
        key = journal_key(name)
        title = next((j.title for j in journals_named(name) if journal_key(j.title) == key), None)
        if title is None:
            return False
        titles.append(title)
    return titles[0] != titles[1]


# What sets a subtitle off a title. Not a parenthesis: NLM's `(Oxford, England : 1990)`, `(Engl
# Ed)` tell apart journals of one name, and `An Pediatr (Engl Ed)` is not `An Pediatr (Barc)`.
_SUBTITLE = pattern(r"\s*[:,]|\s+(?:[-/]|[–—]{1})\s")


def _subtitle_after(name: str, size: int) -> bool:
    """Whether `name` sets a subtitle off after its first `size` words: in print (`Tobacco
    Control: An International Journal`), or in the title the shipped lists give it."""
    titles = [name, *(j.title for j in journals_named(name))]
    return any(
        len(_journal_words(_SUBTITLE.split(title, maxsplit=1)[0])) == size
        and _SUBTITLE.search(title) is not None
        for title in titles
    )


def _cut_word(a: str, b: str) -> tuple[str, str] | None:
    """(the form that cuts it, the word) where one of two forms of a journal shortens a word that
    ISO 4 abbreviations usually keep whole (`Theor` for `Theory`), and the other does not."""
    words_a, words_b = journal_key(a).split(), journal_key(b).split()
    if len(words_a) != len(words_b):
        return None
    found = None
    for x, y in zip(words_a, words_b, strict=True):
        if x == y:
            continue
        (short, short_form), (long, _) = sorted(((x, a), (y, b)), key=lambda w: len(w[0]))
        if not long.startswith(short) or not journal_word_usually_whole(long):
            return None
        if found is not None and found[0] != short_form:
            return None
        found = (short_form, long)
    return found


def _journal_fix(ref: Reference, name: str) -> Fix:
    """Print the journal as `name`, keeping the period that already follows it (`J Urol.`)."""
    assert ref.container is not None
    if name.endswith(".") and ref.text.startswith(".", ref.container.span.end):
        name = name[:-1]
    return Fix.unsafe(Edit(ref.container.span, name), message=f"Write `{name}`")


def _list_is_dotted(refs: Sequence[Reference], ctx: Context, example: str) -> bool:
    """Whether the list's journal abbreviations carry periods (its style, or most of them)."""
    pinned, _style_name = style_form(ctx, lambda s: s.journal)
    form = pinned or getattr(convention(_forms(refs)), "form", None)
    if form in ("dotted abbreviation", "undotted abbreviation"):
        return form == "dotted abbreviation"
    return "." in example


def _forms(refs: Sequence[Reference]) -> list[str]:
    return [form for ref in refs if (form := _journal_form(ref)) is not None]


def _standard(name: str, dotted: bool) -> tuple[Journal, str] | None:
    """The journal `name` stands for and its standard abbreviation, where the shipped lists know
    one journal and one standard form for it; None when `name` is that form or is unknown."""
    matches = journals_named(name) or journals_resembling(name)
    standards: dict[str, str] = {}
    last = _all_words(name)[-1:]
    for s in (s for j in matches if (s := j.standard(dotted))):
        k = journal_key(s)  # (`J. Magn. Reson.` before `J. Magn. Reson. A`, a section not printed)
        if k not in standards or _other_section(standards[k], last):
            standards[k] = s
    if len(standards) != 1:
        return None
    form = next(iter(standards.values()))
    found = [j for j in matches if j.standard(dotted) == form]
    # (NLM's own record first where the undotted form is NLM's: the ISO 4 record beside it would
    # take the form for ISO 4's with its periods removed, which NLM may cut otherwise)
    journal = next((j for j in found if j.nlm and not dotted), found[0])
    whole = journal_key(name) == journal_key(journal.title)  # the full title, every word whole
    section = _all_words(form)[-1:]
    # (`International Dairy Journal`'s `J` is its last word cut, no section letter)
    cut_last = whole and len(_all_words(form)) == len(_all_words(name))
    if section and len(section[0]) == 1 and _all_words(name)[-1:] != section and not cut_last:
        return None  # `Acta Physica Polonica` for `Acta Phys Pol A`: which section is not said
    if (dotted or not journal.nlm) and not whole:  # an ISO 4 form: trust it where it shortens
        printed, standard = journal_key(name).split(), journal_key(form).split()
        if len(printed) == len(standard) and any(
            p != s and journal_word_usually_shortened(s)
            for p, s in zip(printed, standard, strict=True)
        ):
            return None  # `Phys. Rev. Materials` keeps whole what ISO 4 shortens
    if not dotted and not journal.nlm and _cuts_whole_words(name, form, journal.title):
        return None  # `Biomark Res`: NLM's own form, which the shipped lists lack
    if not dotted and not journal.nlm and _keeps_rare_words_whole(name, form, journal.title):
        return None  # `Desalination Water Treat`: NLM's own form, which the shipped lists lack
    return journal, form


def _other_section(form: str, last: tuple[str, ...]) -> bool:
    """Whether a standard `form` ends on a section's letter the name, ending on `last`, does
    not print: another journal than the one without a section."""
    section = _all_words(form)[-1:]
    return bool(section) and len(section[0]) == 1 and section != last


# titles: a word fewer journals' titles hold is too seldom met for its cut to be a rule
_FEW_TITLES = 10


def _keeps_rare_words_whole(name: str, form: str, title: str) -> bool:
    """Whether the undotted `name` differs from an ISO 4 form with its periods removed (`form`)
    only by printing whole title words that form cuts and that few titles hold (`Desalination
    Water Treat` for `Desalin Water Treat`: five titles hold `Desalination`). NLM keeps words
    whole that ISO 4 cuts; where the lists lack the NLM form and the tables have met the word
    too seldom to know, the list's own form cannot be called wrong (`Proc Pakistan Acad Sci`
    can: 29 titles of 29 cut `Pakistan` to `Pak`)."""
    printed, standard = journal_key(name).split(), journal_key(form).split()
    if len(printed) != len(standard) or printed == standard:
        return False
    whole = set(_all_words(title))
    for p, s in zip(printed, standard, strict=True):
        if p == s:
            continue
        known = journal_title_word(p)
        if p not in whole or not p.startswith(s) or known is None:
            return False
        if known.titles >= _FEW_TITLES:
            return False
    return True


def _cuts_whole_words(name: str, form: str, title: str) -> bool:
    """Whether the undotted `name` differs from an ISO 4 form with its periods removed (`form`)
    only by cutting short words that form keeps whole (`Biomark Res` for `Biomarker Res`).
    ISO 4 keeps many words whole that NLM shortens; where the lists lack the NLM form, such a
    cut may be NLM's own and cannot be called wrong, unless the standard forms keep the word
    whole almost always and never cut it so (`Biol Contr`: 89 forms of 92 print `Control`)."""
    printed, standard = journal_key(name).split(), journal_key(form).split()
    if len(printed) != len(standard) or printed == standard:
        return False
    whole = set(_all_words(title))
    return all(
        p == s or (s in whole and len(p) >= _MIN_CUT and s.startswith(p) and not wrong_cut(p, s))
        for p, s in zip(printed, standard, strict=True)
    )


_MIN_CUT = 4  # letters a shortened title word keeps at least (`Biomark`, `Pharm`)


def _number(ref: Reference) -> int:
    return ref.number if ref.number is not None else ref.index


# Words seen only as abbreviations: before the last word of a journal they tell an undotted NLM name
# ("Eur Respir J.") from one that ISO prints the same way ("Vision Res.").
_ABBREVIATED = frozenset(
    {
        "acad",
        "adv",
        "am",
        "ann",
        "appl",
        "biochem",
        "biol",
        "biophys",
        "cardiol",
        "chem",
        "clin",
        "comput",
        "curr",
        "electrochem",
        "endocrinol",
        "eng",
        "engl",
        "environ",
        "epidemiol",
        "eur",
        "genet",
        "geophys",
        "immunol",
        "int",
        "lett",
        "mater",
        "mech",
        "med",
        "microbiol",
        "mol",
        "nat",
        "natl",
        "neurosci",
        "nutr",
        "oncol",
        "opin",
        "pediatr",
        "pharm",
        "phys",
        "proc",
        "psychiatr",
        "radiol",
        "res",
        "rev",
        "sci",
        "soc",
        "surg",
        "technol",
        "ther",
    }
)


def _a(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


# A meeting's proceedings read as a journal (`Proceedings of the Fifth Berkeley Symposium on
# ...`): no journal, so no journal form; its title is printed in full in any list.
_MEETING = pattern(r"\b(?:Symposium|Conference|Congress|Workshop|Meeting)\b")


def _journal_form(ref: Reference) -> str | None:
    if ref.kind is not Kind.ARTICLE or ref.container is None:
        return None
    if _MEETING.search(ref.container.text):
        return None
    period_after = ref.text.startswith(".", ref.container.span.end)
    return _name_form(ref.container.text.strip(), period_after)


# Words that name a journal, printed whole: a full title the shipped lists do not know is held to
# the list's abbreviations only with one (`Acta Agronomica Sinica`), not a series' or a house's
# name read as a journal's (`BP Bishop Museum 12: 1–85`)
_SERIAL = pattern(
    r"\b(?:Journal|Acta|Annals|Archives|Bulletin|Letters|Transactions|Reviews?|Revista"
    r"|Zeitschrift|Proceedings|Advances|Reports)\b"
)
_FULL_TITLE_WORD = pattern(r"\b(?:of|and|the|für|de)\b|\s&\s|^The\s")  # words an abbreviation drops
_DOTTED_WORD = pattern(r"([A-Za-z]+)\.(?:\s|$)")  # `Phys.`


def _dotted(name: str) -> bool:
    """Whether a period in `name` marks a shortened word (`Phys.`, `J.`), not the end of a whole
    word or acronym before a section: PubMed's full titles print `JACC. Cardiovascular imaging`
    and `Journal of physics. Condensed matter`, and a list of full titles copies them so."""
    for found in _DOTTED_WORD.finditer(name):
        word = found.group(1)
        if len(word) > 1 and word.isupper():
            continue  # an acronym: `JACC.`
        plain = word.lower()
        cut = len(word) == 1 or journal_word_shortened_form(plain) or plain in _ABBREVIATED
        whole = journal_word_usually_whole(plain) or journal_word_usually_shortened(plain)
        if whole and not cut:
            continue  # a whole title word: `physics.`, `Cardiovascular.`
        return True
    return False


def _known_form(name: str) -> str | None:
    """The form of a name the shipped lists know, where they leave no doubt: a journal's full
    title that its abbreviations shorten (`CA: a cancer journal for clinicians`, `Health
    Promotion Practice`), or its NLM abbreviation printed without the periods ISO 4 puts inside
    it (`Tob Control`, where ISO writes `Tob. Control`). None where the lists cannot tell."""
    journals = journals_named(name)
    if not journals:
        return None
    k, words = journal_key(name), _all_words(name)
    titled = [j for j in journals if _all_words(j.title) == words]  # `Drug Alcohol Review` is not
    shortened = [j for j in journals if j.nlm and journal_key(j.nlm) == k]
    if titled and not shortened and all(journal_key(j.undotted) != k for j in titled):
        return "full title"
    if shortened and not titled and "." not in name and all(_inner(j, name) for j in shortened):
        return "undotted abbreviation"
    return None


def _inner(journal: Journal, name: str) -> bool:
    """Whether the dotted form of the abbreviation `name` has periods inside it, not only at its
    end (`Tob. Control`, unlike `Vision Res.`): so that `name` printed without them is undotted.
    Told by the ISO 4 form where the lists have it, else by a shortened word before the last."""
    if journal.iso:
        return "." in journal.iso.rstrip(".")
    title = set(_all_words(journal.title))
    return any(word not in title for word in _words_of(" ".join(name.split()[:-1])))


def _all_words(name: str) -> tuple[str, ...]:
    """A name's words, small ones kept, without case, accents or a leading `The` (`&` is `and`)."""
    words = _words_of(name.replace("&", " and "))
    return words[1:] if words[:1] == ("the",) else words


def _words_of(name: str) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return tuple(re.findall(r"[a-z0-9]+", plain))


@lru_cache(maxsize=4096)
def _name_form(name: str, period_after: bool) -> str | None:
    """How a journal name is printed, given whether a period follows it; cached, as a list
    prints the same few journals over and over, and rules ask more than once.

    Told by the shipped lists where they know the name, else by its words: a shortened word
    (`Clin`, `J` before the last word) makes an abbreviation, even of a journal the lists do not
    know; words that abbreviations shorten, printed whole (`Quantitative Finance`, `Physics
    Reports`), make a full title. A name with neither (`Health Place`, `PLoS ONE`) is the same in
    every form, and is not measured."""
    words = name.split()
    if len(words) < 2:
        return None  # "Nature", "Science": the same in every form
    known = _known_form(name)
    if known is not None:
        return known
    if _FULL_TITLE_WORD.search(name):
        return "full title"
    if _dotted(name):
        return "dotted abbreviation"
    # capitalised words only (German `am` is no `Am`), outside parentheses (a series, `(NF)`)
    plain = [w.lower() for w in _CAPITALISED.findall(_PARENTHESISED.sub(" ", name))]
    cuts = [word for i, word in enumerate(plain) if _shortened(word, last=i == len(plain) - 1)]
    if len(cuts) == 1 and sum(1 for word in plain if _whole_but_cut(word)) >= 2:
        return None  # `Stanford Literary Lab Pamphlets`: `Lab` a word among whole ones
    if cuts:
        if period_after and not any(_shortened(word, last=False) for word in plain[:-1]):
            return None  # "Vision Res.", "Acta Mater.": ISO and NLM print these alike
        return "undotted abbreviation"
    if not any(journal_word_usually_shortened(word) for word in _words_of(name)):
        return None
    k = journal_key(name)
    for journal in journals_named(name):
        if journal_key(journal.undotted) == k:
            return None  # `Physica A`: its title is its abbreviation
        if journal_key(journal.title) == k and _all_words(journal.title) != _all_words(name):
            return None  # `Drug Alcohol Review`: the title without its `and`, not printed whole
    return "full title"


_CAPITALISED = pattern(r"\b[A-Z][^\W\d_]*")  # (`Económica` whole, not `Econ` before its accent)
_PARENTHESISED = pattern(r"\([^()]*\)")


def _whole_but_cut(word: str) -> bool:
    """Whether `word` is a title word printed whole that the standard forms shorten
    (`literary`, ISO 4's `lit.`): a name that keeps two of them is no abbreviation."""
    known = journal_title_word(word)
    return known is not None and known.shortenings > 0 and 2 * known.uses(word) < known.shortenings


def _shortened(word: str, last: bool) -> bool:
    """Whether a word of a name is a shortened title word; a letter last is a section (`B`)."""
    if len(word) == 1:
        return not last and word.isalpha()
    return word in _ABBREVIATED or journal_word_shortened_form(word) or _cut_stem(word)


def _cut_stem(word: str) -> bool:
    """A word no dictionary or journal title prints, that opens longer title words (`proteom`
    of `proteomics`): a title word cut short, which ISO 4's word list cuts at its stem."""
    return (
        len(word) >= _MIN_STEM
        and word not in english_words()
        and journal_title_word(word) is None
        and journal_word_starts_longer(word)
    )


_MIN_STEM = 5


@list_rule(
    code="RL811",
    name="journal-form-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal printed in another form than the list's, or not in its standard form",
    fixable=True,
)
def journal_form(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list prints journal names: undotted NLM abbreviations (`J Chem Phys`),
    dotted ISO 4 abbreviations (`Phys. Rev. B`) or full titles, and flags journals printed in
    another form. Single-word journals (`Nature`) are the same in every form and are left out.

    Where the list abbreviates, each journal is also looked up in the abbreviation lists shipped
    with refslint (NLM's, and ISO 4 lists from JabRef, CC0), and an abbreviation that is not the
    journal's standard one in the list's form is flagged: `Multiscale Model Sim` for
    `Multiscale Model Simul`, the Web of Science form `Sol Energ Mat Sol C` for
    `Sol Energy Mater Sol Cells`. Every standard form passes, with or without its periods: ISO
    4's `Ecol Model` in a list of NLM forms (NLM writes `Ecol Modell`), and a name whose every
    word is the title's word or a shortening the ISO 4 or NLM forms widely use (`Forest Ecol
    Manag`: NLM writes `Manage`, ISO 4 `Manag`). In an undotted list, a journal the lists do not
    know is still flagged where it shortens a word as the standards almost never do (`Off J
    Europ Union`: they write `Eur` for `European`), or prints whole a word no standard form
    keeps whole and nine in ten cut one way (`Proc Pakistan Acad Sci`: 29 of 29 write `Pak`);
    a dotted list's cuts (`Europ.`, `Canad.`) may be a system of its own (MathSciNet's) and are
    left alone. In either, a journal the
    lists do not know is flagged where it cuts short a word the list prints whole in its other
    journals and the standards keep whole (`Disaster Heal` among `Environ Health Perspect`:
    889 standard forms of 891 print `Health` whole), where the cut is no word of titles nor a
    common title word's standard cut; and so is one that is a known journal's standard form
    stopped inside its subtitle (`Prog. Nat. Sci. Mater.` for `Prog. Nat. Sci. Mater. Int.`,
    Progress in Natural Science: Materials International), where one journal alone fits. A
    spaced dash that the
    standard form does not have (`Biochim Biophys Acta - Mol Basis Dis`) is flagged too, and in
    a dotted list a cut word printed without its period (`Cell Oncol.` for `Cell. Oncol.`, or
    in NLM's form `J. Control Release` for `J. Control. Release`, or with the title's own words
    where the standard cuts them otherwise, `Phys. Earth Planet Inter.` of Physics of the Earth
    and Planetary Interiors, whose ISO 4 form is `Phys. Earth Planet. In.`; a contraction such
    as `Natl`, which British usage prints bare, is left alone; the last word's period only
    where no period follows the journal and the list closes four in five of its other journals
    with one: `Nat. Commun 5, 5277`). A name's word no dictionary or title prints, that opens
    longer title words, is read as a word cut at its stem (`Proteom` of `EuPA Open Proteom`,
    undotted in a dotted list). Where the
    lists know only a journal's ISO 4 form, an undotted name that cuts short a word that form
    keeps whole (`Biomark Res` for `Biomarker Res`) may be NLM's own, and passes.
    Where they know no NLM form of a journal, its full title without the small words NLM drops,
    one word of which ISO 4 cuts at most, may be NLM's own (`Stem Cell Reports`), and passes in
    an undotted list.
    Where the standard form keeps a word whole that ISO 4 lists usually shorten (a publisher's
    own `Phys. Rev. Materials`), it is not trusted to call a shorter form wrong. A dotted
    abbreviation that only cuts the title's words at other letters than the standard form
    (`J. Clean. Prod.` for `J. Cleaner Prod.`) is a variant, left to RL816's hint, unless it
    cuts a word by one letter alone (`Glob. Environ. Chang.`), which ISO 4 never does, or cuts
    it where the standard forms cut another word (`J. Magnet. Res.`: `Res.` is Research's), or
    prints its first word whole where the standard forms cut it (`Nature Commun.`), or cuts two
    words that nine in ten standard forms keep whole (`Autom. Rem. Contr.`). In a dotted list,
    a section's letter joined to its name by a hyphen (`J. R. Stat. Soc. Ser. B-Stat.
    Methodol.`, Web of Science's form) is flagged whether or not the lists know the
    journal: ISO 4 sets the letter apart (`Ser. B Stat. Methodol.`). So, in a dotted list, is a
    period after a word before the last that every standard form keeps whole and none cuts
    another word to (`J. Essent. Oil. Res.`; not `Bio.`, Biology's cut too), and none after a
    word no title prints whole that the standard forms cut another word to (`Rev. Bras
    Farmacogn.`, Brasileira's `Bras.`; not a contraction, `Natl`). A named
    style pins the form (`journal = "nlm"`).

    Where the list abbreviates, a full title the shipped lists do not know is flagged too, with
    no form to offer, where a word names it a journal (`Acta Agronomica Sinica`, `World Journal
    of ...`); a name without one may be a series' or a house's read as a journal's (`BP Bishop
    Museum 12: 1–85`), and is left alone.

    The form is learnt per entry, or failing that, where the list abbreviates, per journal: a
    journal cited twice in full does not outvote the form the list gives its other journals
    (a list of full titles that abbreviates its most cited journals mixes forms). Where the list
    abbreviates, a full title the shipped lists do not know is flagged, with no form to write,
    where a word names it a journal (`Acta Agronomica Sinica`) or two of its words or more are
    cut in the list's other journals as the standards cut them (`World Journal of Dairy & Food
    Sciences` beside `J Food Sci`); a full title the shipped lists know with one more word (a
    title the journal has taken since: `Telemedicine and e-Health`, Telemedicine Journal and
    E-Health) gets that journal's abbreviation (`Telemed J E Health`), and so does an acronym
    that is no journal's name and whose four letters or more begin the words of one title alone
    (`JMIR`, `J Med Internet Res`); a journal named by its acronym (`JAMA`, `BMJ`) is known and
    passes, and letters that begin two titles (`NEJM`) say nothing. A list that prints most
    journals, and five or more, in full, and its few abbreviations in no one system (`Sci Rep`
    and `Comp. Econ. Stud.`, pasted from two sources), is a list of full titles with strays.

    In a list of full titles, a known journal printed with the inner capitals of its name
    lowered (`PloS One` for `PLoS ONE`), or named by its acronym and printed as a word (`Bmj`
    for `BMJ`), is flagged too; a standard form as printed (NLM's `Neuroimage`) passes, and so
    does a name with main words in lower case (RL535's). So is a journal printed in an
    abbreviation ISO 4 and NLM share but for a period (`Food Microbiol.`), which the shipped
    lists know as an abbreviation alone: among full titles it is no title.

    ## Why is this bad?
    Styles prescribe one form; a dotted abbreviation among NLM ones was pasted from elsewhere,
    and an abbreviation of another system (Web of Science, a publisher's own) is not the one
    the style asks for.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. Nano Lett 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys. Rev. Lett. 2023;624:80-5.

    Use instead:
        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. Nano Lett 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.

    ## Fix safety
    Unsafe: the journal's name is replaced by its standard abbreviation from the shipped lists;
    check that the lists matched the right journal.
    """
    learnt = _learnt(refs, ctx)
    if learnt is None:
        return
    found, odd, pairs = learnt
    abbreviated = found.form in ("dotted abbreviation", "undotted abbreviation")
    dotted = found.form == "dotted abbreviation"
    for ref, form in odd:
        assert ref.container is not None
        name = ref.container.text.strip()
        standard = _standard(name, dotted) if abbreviated else None
        renamed = ""
        if form == "full title" and standard is None and abbreviated:
            standard = _one_standard(journals_with_one_word_more(name), dotted)
            renamed = f", the abbreviation of {_head(standard[0].title)}" if standard else ""
        if (
            form == "full title"
            and standard is None
            and not _SERIAL.search(name)
            and not _cut_elsewhere_in_list(name, refs)
        ):
            continue  # no abbreviation known, no word naming a journal: maybe a series
        if form == "full title" and not dotted and abbreviated and _maybe_nlm_own(name):
            continue  # `Stem Cell Reports`: NLM keeps some titles whole
        yield Diagnostic(
            ref.container.span,
            f"journal `{ref.container.text}` is printed as {_a(form)}; "
            f"{found.says(f'journals are printed as {found.form}s')}"
            + (f" (`{standard[1]}`{renamed})" if standard else ""),
            fix=_journal_fix(ref, standard[1]) if standard else None,
            ref=ref,
        )
    if abbreviated:
        for unlike in unlike_standard(refs, ctx):
            if not unlike.variant:
                yield unlike.diagnostic()
        yield from _unknown_learnt(refs, ctx)
        yield from _acronyms(refs, found, dotted)
        if dotted:
            yield from _section_hyphen(refs, {id(ref) for ref, _ in odd})
            told = {ref.container.text.strip() for ref, _ in odd if ref.container is not None}
            told |= {unlike.name for unlike in unlike_standard(refs, ctx)}
            told |= unknown_names_told(refs, ctx)
            for slip in odd_periods(refs, told):
                assert slip.ref.container is not None
                yield Diagnostic(
                    slip.ref.container.span,
                    f"journal `{slip.name}` {slip.said}; expected `{slip.fixed}` (ISO 4)",
                    fix=_journal_fix(slip.ref, slip.fixed),
                    ref=slip.ref,
                )
    else:
        two_ways = {name for pair in pairs for name in pair}
        yield from _capitals_lost_in_titles(refs, {id(ref) for ref, _ in odd}, two_ways)
        if found.form == "full title":
            yield from _abbreviated_among_titles(refs, found, two_ways)


# a section's letter joined by a hyphen to the first word of its name (`Ser. B-Stat. Methodol.`,
# `J. Phys. A-Math. Gen.`): Web of Science's form; ISO 4 sets the letter apart (`B Stat.`)
_SECTION_HYPHEN = pattern(r"(?<=\s)[A-Z]-[A-Z][a-z]+\.")


def _section_hyphen(refs: Sequence[Reference], said: set[int]) -> Iterator[Diagnostic]:
    """A dotted journal whose section letter is joined to its name by a hyphen."""
    for ref in refs:
        if ref.container is None or id(ref) in said:
            continue
        found = _SECTION_HYPHEN.search(ref.container.text)
        if found is None:
            continue
        at = ref.container.span.start + found.start()
        yield Diagnostic(
            Span(at, at + len(found.group())),
            f"`{found.group()}` joins the section's letter to its name with a hyphen, as Web of "
            f"Science abbreviates; ISO 4 sets them apart (`{found.group().replace('-', ' ')}`)",
            ref=ref,
        )


def _maybe_nlm_own(name: str) -> bool:
    """Whether a full title may be NLM's own abbreviation: the lists know the journal but not
    NLM's form of it, it has none of the small words NLM drops, and ISO 4 cuts one of its words
    at most (`Stem Cell Reports`)."""
    journals = journals_named(name)
    if not journals or any(j.nlm for j in journals):
        return False
    if _FULL_TITLE_WORD.search(name) or _SMALL_WORD.search(name):
        return False
    # one word cut in ISO 4's form at most (`Stem Cell Rep.`; not `Int. Dairy J.`)
    words = set(_all_words(name))
    return all(len(set(_words_of(j.iso)) - words) <= 1 for j in journals if j.iso)


_SMALL_WORD = pattern(r"\b(?:in|for|on|at|to|a|an|des|du|la|le|der|die|und|y|e|et)\b")


def _one_standard(journals: Sequence[Journal], dotted: bool) -> tuple[Journal, str] | None:
    """The one journal `journals` stand for (its rows agree on the title before any subtitle)
    and its standard abbreviation in the list's form (NLM's, where undotted and NLM has one);
    None where they are two journals or have no such form."""
    heads = {journal_key(_head(j.title)) for j in journals}
    if len(heads) != 1:
        return None
    own = [(j, f) for j in journals if (f := j.iso if dotted else j.nlm)]
    forms = own or [(j, f) for j in journals if (f := j.standard(dotted))]
    return forms[0] if len({journal_key(f) for _, f in forms}) == 1 else None


_TITLE_HEAD = pattern(r"\s?:\s")  # NLM's `Title : subtitle`, `Title: Subtitle`


def _head(title: str) -> str:
    """A title without its subtitle (NLM's `Telemedicine journal and e-health : the official
    journal of ...`)."""
    return _TITLE_HEAD.split(title, maxsplit=1)[0]


# A journal printed as capitals alone, an acronym (`JMIR`, `NEJM`); three letters begin too many
# titles by chance (`RSC`, a publisher's, would read as `Riv Stor Calabr`) to say which is meant
_ACRONYM = pattern(r"[A-Z]{4,7}")


def _acronyms(refs: Sequence[Reference], found: Convention, dotted: bool) -> Iterator[Diagnostic]:
    """Journals printed as an acronym that is no journal's name in the shipped lists, where the
    list abbreviates and the letters begin the words of one title alone (`JMIR`, Journal of
    Medical Internet Research): NLM and ISO 4 abbreviate the words, they never keep initials. A
    journal whose name is its acronym (`JAMA`, `BMJ`, `CMAJ`) is known, and passes; letters that
    begin two titles (`NEJM`: New England, and New Egyptian) say nothing."""
    seen: dict[str, tuple[Journal, str] | None] = {}
    for ref in refs:
        if ref.kind is not Kind.ARTICLE or ref.container is None:
            continue
        name = ref.container.text.strip().rstrip(".")
        if not _ACRONYM.fullmatch(name) or _MEETING.search(name):
            continue
        if name not in seen:
            known = journals_named(name)
            seen[name] = None if known else _one_standard(journals_by_initials(name), dotted)
        standard = seen[name]
        if standard is None:
            continue
        journal, form = standard
        yield Diagnostic(
            ref.container.span,
            f"journal `{name}` is printed as an acronym; "
            f"{found.says(f'journals are printed as {found.form}s')} "
            f"(`{form}`, the abbreviation of {_head(journal.title)})",
            fix=_journal_fix(ref, form),
            ref=ref,
        )


class Unlike(NamedTuple):
    """An abbreviated journal in the list's form that is not the shipped lists' standard one."""

    ref: Reference
    name: str
    journal: Journal
    form: str
    said: str
    source: str
    variant: bool  # every word cut where the standard form cuts it, only at another letter

    def diagnostic(self) -> Diagnostic:
        assert self.ref.container is not None
        return Diagnostic(
            self.ref.container.span,
            f"journal `{self.name}` {self.said}; expected `{self.form}` ({self.source})",
            fix=_journal_fix(self.ref, self.form),
            ref=self.ref,
        )


def _unknown_names(
    refs: Sequence[Reference], flagged: set[int], two_ways: set[str], dotted: bool
) -> list[Diagnostic]:
    """RL811's findings on journals the shipped lists do not know, each name told once: a word
    shortened as no standard does, a word cut that the list prints whole, a standard form
    stopped inside its subtitle."""
    found = list(_odd_words_of_unknown(refs, flagged, two_ways))
    told = two_ways | _names(found)
    found += _cut_where_whole(refs, flagged, told)
    return found + list(_stopped_in_subtitle(refs, flagged, told | _names(found), dotted))


def _names(found: Sequence[Diagnostic]) -> set[str]:
    return {d.ref.container.text.strip() for d in found if d.ref and d.ref.container}


def unknown_names_told(refs: Sequence[Reference], ctx: Context) -> set[str]:
    """The names of journals the shipped lists do not know that RL811 reports (RL815 leaves
    them to it); none where the list sets no abbreviated form."""
    return _names(_unknown_learnt(refs, ctx))


@per_list  # RL811 and RL815 each ask
def _unknown_learnt(refs: Sequence[Reference], ctx: Context) -> list[Diagnostic]:
    """`_unknown_names` where the list (or its style) abbreviates its journals; else none."""
    learnt = _learnt(refs, ctx)
    if learnt is None or learnt[0].form not in ("dotted abbreviation", "undotted abbreviation"):
        return []
    found, odd, pairs = learnt
    two_ways = {name for pair in pairs for name in pair}
    flagged = {id(ref) for ref, _ in odd}
    return _unknown_names(refs, flagged, two_ways, found.form == "dotted abbreviation")


@per_list  # RL811, RL815 and RL816 each ask (RL811 reports those that are no variant)
def unlike_standard(refs: Sequence[Reference], ctx: Context) -> list[Unlike]:
    """The abbreviated journals RL811 measures against the shipped lists, variants included,
    where the list (or its style) abbreviates; nothing where it sets no convention."""
    learnt = _learnt(refs, ctx)
    if learnt is None:
        return []
    found, odd, pairs = learnt
    if found.form not in ("dotted abbreviation", "undotted abbreviation"):
        return []
    two_ways = {name for pair in pairs for name in pair}
    flagged = {id(ref) for ref, _ in odd}
    return list(_not_standard(refs, flagged, found.form == "dotted abbreviation", two_ways))


@per_list  # RL811, RL815 and RL816 each ask
def _learnt(
    refs: Sequence[Reference], ctx: Context
) -> tuple[Convention, list[tuple[Reference, str]], list[tuple[str, str]]] | None:
    """The list's journal form, the entries printed otherwise, and the pairs of names RL810
    takes as one journal; None where too few journals, or no dominant form, set a convention."""
    pinned = style_form(ctx, lambda s: s.journal)
    named = [r for r in refs if r.kind is Kind.ARTICLE and r.container and " " in r.container.text]
    if pinned[0] is None and len(named) < MIN_ENTRIES:
        return None  # too few to set a convention: the journal table need not even be opened
    # a form RL810 reports as the other spelling of a journal in the list is told once, there
    printed, pairs = _written_two_ways(refs)
    other_spelling = {flagged[0] for flagged in _two_ways_flagged(refs, ctx, printed, pairs)}

    def measured(ref: Reference) -> str | None:
        if ref.container is not None and ref.container.text.strip() in other_spelling:
            return None
        return _journal_form(ref)

    found, odd = deviations(refs, measured, pinned)
    if found is None and pinned[0] is None:
        found, odd = _by_journal(refs, measured)
    if found is None and pinned[0] is None:
        found, odd = _strays_of_two_systems(refs, measured)
    return None if found is None else (found, odd, pairs)


_MIN_FULL = 5  # full titles a list needs before abbreviations of two systems are its strays


def _strays_of_two_systems(
    refs: Sequence[Reference], measured: Callable[[Reference], str | None]
) -> tuple[Convention | None, list[tuple[Reference, str]]]:
    """A list of full titles whose few abbreviations follow no one system, some dotted (`Comp.
    Econ. Stud.`) and some not (`Sci Rep`): pasted from several sources, not a habit; each
    abbreviation is flagged where most journals, and five or more, are printed in full."""
    entries = [
        (ref, form)
        for ref in refs
        if (form := measured(ref)) is not None and not holds_two_citations(ref)
    ]
    forms = [form for _, form in entries]
    full = forms.count("full title")
    systems = {"dotted abbreviation", "undotted abbreviation"}
    if full < _MIN_FULL or 2 * full <= len(forms) or not systems <= set(forms):
        return None, []
    found = Convention("full title", full, len(forms))
    return found, [(ref, form) for ref, form in entries if form != found.form]


def _by_journal(
    refs: Sequence[Reference], measured: Callable[[Reference], str | None]
) -> tuple[Convention | None, list[tuple[Reference, str]]]:
    """The list's journal form counted once per journal name, not per entry, where that form
    abbreviates: a journal cited twice in full is one journal, and does not outvote the form the
    list gives its other journals (four abbreviated, one in full twice, is a list that
    abbreviates). A list of full titles that abbreviates the journals it cites most (25 in full,
    6 abbreviated in 22 entries) mixes its forms, and is left alone."""
    forms: dict[str, str] = {}
    entries: list[tuple[Reference, str]] = []
    for ref in refs:
        if (form := measured(ref)) is None or holds_two_citations(ref):
            continue
        assert ref.container is not None
        forms.setdefault(ref.container.text.strip(), form)
        entries.append((ref, form))
    found = convention(list(forms.values()))
    if found is None or found.form == "full title":
        # a list of full titles that abbreviates the journals it cites most is a mixed list:
        # only an abbreviating one is held to its form this way, and only a full title its
        # system abbreviates is flagged there (`journal_form`)
        return None, []
    return found, [(ref, form) for ref, form in entries if form != found.form]


def _cut_elsewhere_in_list(name: str, refs: Sequence[Reference]) -> bool:
    """Whether a full title holds two words or more that the list's other journals print cut
    short as the standards cut them (`Journal` and `Sciences` of `World Journal of Dairy & Food
    Sciences`, where `J Food Sci` prints `J` and `Sci`): the list's own system abbreviates the
    journal, though the shipped lists do not know it. One word is too little to tell
    (`Journal of Lactic Studies` beside `J Bacteriol`)."""
    printed = {
        w
        for ref in refs
        if ref.container is not None and ref.container.text.strip() != name
        for w in _journal_words(ref.container.text)
    }
    words = _journal_words(name)
    if len(words) > _LONGEST_TITLE:
        return False  # a report's or a book's long title read as the journal, no journal's
    cut_here = 0
    for word in words:
        known = journal_title_word(word) if len(word) >= _MIN_CUT else None
        if known is not None and known.forms:
            cut = known.forms[0][0]
            cut_here += cut != word and cut in printed
    return cut_here >= _CUT_ELSEWHERE


_CUT_ELSEWHERE = 2  # words of a full title the list cuts in its other journals
_LONGEST_TITLE = 6  # words (small words aside) of the longest journal title read so


def _not_standard(
    refs: Sequence[Reference], flagged: set[int], dotted: bool, two_ways: set[str]
) -> Iterator[Unlike]:
    """Abbreviated journals in the list's form that are not the standard abbreviation the shipped
    lists give; entries already flagged, and journals RL810 reports as written two ways
    (`two_ways`, the names `_written_two_ways` paired), are not told twice."""
    seen: dict[str, tuple[Journal, str] | None] = {}
    for ref in refs:
        if ref.kind is not Kind.ARTICLE or ref.container is None or id(ref) in flagged:
            continue
        name = ref.container.text.strip()
        if len(name.split()) < 2 or name in two_ways or _journal_form(ref) == "full title":
            continue
        if name not in seen:
            seen[name] = _standard(name, dotted)
        standard = seen[name]
        if standard is None or journal_key(standard[1]) != journal_key(name):
            # NLM's form, its shortened words not all dotted (`J. Control Release`)
            own = _own_form_dotted(name) if dotted else None
            if own is not None:
                yield Unlike(ref, name, *own, False)
                continue
        if standard is None:
            continue
        journal, form = standard
        variant = False
        if journal_key(form) != journal_key(name):
            if _another_standard(name, journal):
                continue  # `Ecol Model`, ISO 4's form without its periods, in an NLM list
            said = f"is not the standard abbreviation of {journal.title}"
            variant = dotted and _cut_elsewhere(name, journal.title, form)
            if not variant and standard_words(name, journal.title, form):
                continue  # `Forest Ecol Manag`: each word as a standard shortens it
        elif not dotted and form == journal.nlm and (lost := _capitals_lost(name, form)):
            said = f"lowers the capitals of `{lost}` in the standard abbreviation"
        elif _SPACED_DASH.search(name) and not _SPACED_DASH.search(form):
            said = "sets a part off with a spaced dash, which the standard abbreviation does not"
        elif dotted and (bare := _periods_lost(name, form, journal.title)):
            said = f"leaves out the period of the shortened {_words_said(bare)}"
        elif dotted and _last_period_lost(ref, name, form) and _closing(refs, seen):
            said = f"leaves out the period of the shortened word `{name.split()[-1]}`"
        else:
            continue
        yield Unlike(ref, name, journal, form, said, journal.standard_source(dotted), variant)


def _last_period_lost(ref: Reference, name: str, form: str) -> bool:
    """Whether a dotted `name` ends on a shortened word without the period its standard `form`
    gives it, with none after it either (`Nat. Commun 5, 5277` for `Nat. Commun.`)."""
    assert ref.container is not None
    if "." not in name or ref.text.startswith(".", ref.container.span.end):
        return False
    last, wanted = name.split()[-1], form.split()[-1]
    return wanted.endswith(".") and last == wanted[:-1] and last.isalpha()


def _closing(refs: Sequence[Reference], seen: dict[str, tuple[Journal, str] | None]) -> bool:
    """Whether the list closes its journals' last shortened word with a period (`J. Proteome
    Res. 7`), four in five of at least three whose standard form ends so; a list may merge that
    period into the one after the journal, or leave it out throughout."""
    closed = lost = 0
    for ref in refs:
        if ref.container is None or "." not in (name := ref.container.text.strip()):
            continue
        if name not in seen:
            seen[name] = _standard(name, True)
        standard = seen[name]
        if standard is None or not standard[1].endswith("."):
            continue
        assert ref.container is not None
        if name.endswith(".") or ref.text.startswith(".", ref.container.span.end):
            closed += 1
        else:
            lost += 1
    return closed >= 3 and closed >= 4 * lost


_DOTTED_NLM = "NLM's form, with the periods the list gives its shortened words"
_DOTTED_TITLE = "the title's words, each shortened one with the period the list gives it"


def _own_form_dotted(name: str) -> tuple[Journal, str, str, str] | None:
    """(the journal, `name` with its periods, what is wrong, the form's source) where the
    dotted `name` is a standard form of a journal the lists know (NLM's, which ISO 4 does not
    share), or its title's words cut short, with a shortened word before the last printed
    without its period (`J. Control Release`, NLM's `J Control Release`, in a list that writes
    `J. Control. Release`; `Phys. Earth Planet Inter.`, where ISO 4 writes `Phys. Earth Planet.
    In.`)."""
    k = journal_key(name)
    for journal in journals_named(name):
        nlm = bool(journal.nlm) and journal_key(journal.nlm) == k
        if not nlm and not _title_cut(k, journal):
            continue
        words = name.split()
        dotted = " ".join(w if w.endswith(".") else f"{w}." for w in words[:-1])
        bare = _periods_lost(name, f"{dotted} {words[-1]}", journal.title)
        if bare:
            fixed = " ".join(f"{w}." if w in bare else w for w in words[:-1])
            said = f"leaves out the period of the shortened {_words_said(bare)}"
            return journal, f"{fixed} {words[-1]}", said, _DOTTED_NLM if nlm else _DOTTED_TITLE
    return None


def _title_cut(k: str, journal: Journal) -> bool:
    """Whether each word of the name keyed `k` is the word of the journal's title in its place,
    whole or cut short (`phys earth planet inter`, Physics of the Earth and Planetary
    Interiors): the journal's own words, however the standard form cuts them (ISO 4's
    `Phys. Earth Planet. In.`)."""
    printed, words = k.split(), journal_key(journal.title).split()
    return len(printed) == len(words) and all(
        w.startswith(p) for p, w in zip(printed, words, strict=True)
    )


def _periods_lost(name: str, form: str, title: str) -> list[str]:
    """The words of a dotted `name` printed without the period the ISO 4 `form` gives them, where
    each is a title word cut short (`Cell Oncol.` for `Cell. Oncol.`, Cellular Oncology). A
    contraction, which keeps the word's last letter (`Natl` for National), takes no period in
    British usage and is left alone; so is a name with no period at all (another form), and the
    last word, whose period a list may merge into the one that closes the journal."""
    if "." not in name:
        return []
    printed, standard = name.split(), form.split()
    if len(printed) != len(standard):
        return []
    whole = _all_words(title)
    bare = []
    # (the last word's period may be the one that ends the journal's element: not looked at)
    for p, s in zip(printed[:-1], standard[:-1], strict=True):
        if p.endswith(".") or not s.endswith(".") or p != s[:-1] or not p.isalpha():
            if p.rstrip(".") != s.rstrip("."):
                return []  # another word: not this fault
            continue
        cut = p.casefold()
        if not any(w.startswith(cut) and w != cut for w in whole):
            continue  # a contraction (`Natl`), or a word not found in the title
        bare.append(p)
    return bare


def _words_said(words: list[str]) -> str:
    return ("word " if len(words) == 1 else "words ") + ", ".join(f"`{w}`" for w in words)


# A dash between spaces (`Biochim. Biophys. Acta - Mol. Basis Dis.`): how a publisher's title
# sets off a section, not how an abbreviation does (`Biochim. Biophys. Acta, Mol. Basis Dis.`).
_SPACED_DASH = pattern(r"\s(?:-|[‐–—]{1})\s")


def _another_standard(name: str, journal: Journal) -> bool:
    """Whether `name` is another standard form of `journal` than the one the list's system asks
    for, with or without its periods: ISO 4's `Ecol. Model.` printed `Ecol Model` in a list of
    NLM abbreviations (NLM's is `Ecol Modell`), or NLM's form dotted. Many journals print ISO 4
    forms without periods; such a list follows a standard, and is not told to use another."""
    k = journal_key(name)
    return any(form and journal_key(form) == k for form in (journal.iso, journal.nlm))


def _odd_words_of_unknown(
    refs: Sequence[Reference], flagged: set[int], two_ways: set[str]
) -> Iterator[Diagnostic]:
    """Abbreviated journals the shipped lists do not know with a word shortened as no standard
    form shortens it (`Off J Europ Union`: the standards write `Eur` for `European`)."""
    for ref in refs:
        if ref.kind is not Kind.ARTICLE or ref.container is None or id(ref) in flagged:
            continue
        name = ref.container.text.strip()
        if name in two_ways or _journal_form(ref) != "undotted abbreviation":
            continue  # a dotted list's own cuts are ISO 4's way (`Europ.` is MathSciNet's)
        odd = odd_words(name)
        if not odd or journals_named(name) or journals_resembling(name):
            continue
        fixed = name
        for word in reversed(odd):
            fixed = fixed[: word.start] + word.expected + fixed[word.end :]
        said = " and ".join(
            f"prints `{w.printed}` whole"
            if w.printed.lower() == w.word
            else f"shortens `{w.word.capitalize()}` to `{w.printed}`"
            for w in odd
        )
        standard = ", ".join(f"`{w.expected}`" for w in odd)
        yield Diagnostic(
            ref.container.span,
            f"journal `{name}` {said}, where the standard abbreviations (NLM, ISO 4) "
            f"write {standard}; expected `{fixed}`",
            fix=_journal_fix(ref, fixed),
            ref=ref,
        )


def _cut_where_whole(
    refs: Sequence[Reference], flagged: set[int], told: set[str]
) -> Iterator[Diagnostic]:
    """Journals the shipped lists do not know with a word cut short that the list's other
    journals print whole and the standards keep whole (`Disaster Heal` among `Environ Health
    Perspect`): a reference manager's cut, not an abbreviation. Names in `told` are reported
    by another check."""
    for cut in cut_words(refs, flagged, told):
        assert cut.ref.container is not None
        name = cut.ref.container.text.strip()
        fixed = name[: cut.start] + cut.whole + name[cut.end :]
        where = (
            f"entr{'y' if len(cut.entries) == 1 else 'ies'} {_some(list(map(str, cut.entries)))}"
        )
        yield Diagnostic(
            cut.ref.container.span,
            f"journal `{name}` cuts `{cut.whole}` to `{cut.printed}`, which the list prints "
            f"whole ({where}) and the standard abbreviations keep whole; expected `{fixed}`",
            fix=_journal_fix(cut.ref, fixed),
            ref=cut.ref,
        )


def _stopped_in_subtitle(
    refs: Sequence[Reference], flagged: set[int], told: set[str], dotted: bool
) -> Iterator[Diagnostic]:
    """Journals the shipped lists do not know that are a known journal's standard abbreviation
    cut short inside its subtitle (`Prog. Nat. Sci. Mater.` for `Prog. Nat. Sci. Mater. Int.`,
    Progress in Natural Science: Materials International), where one journal alone fits."""
    seen: dict[str, tuple[Journal, str] | None] = {}
    for ref in refs:
        if ref.kind is not Kind.ARTICLE or ref.container is None or id(ref) in flagged:
            continue
        name = ref.container.text.strip()
        if name in told:
            continue
        if name not in seen:
            seen[name] = None
            if not journals_named(name) and not journals_resembling(name):
                prefix = f"{journal_key(name)} "
                forms = {
                    journal_key(form): (journal, form)
                    for journal, _ in journals_cut_inside_subtitle(name)
                    if journal_key(form := journal.standard(dotted)).startswith(prefix)
                }
                seen[name] = next(iter(forms.values())) if len(forms) == 1 else None
        if (found := seen[name]) is None:
            continue
        journal, form = found
        yield Diagnostic(
            ref.container.span,
            f"journal `{name}` stops inside the subtitle of {journal.title}; "
            f"expected `{form}` ({journal.standard_source(dotted)})",
            fix=_journal_fix(ref, form),
            ref=ref,
        )


_CUT_HYPHEN = re.compile(r"(?<=[^\W\d_]\.)[-\u2010](?=[^\W\d_])")


def _cut_elsewhere(name: str, title: str, form: str) -> bool:
    """Whether every word of the dotted abbreviation `name` is the word of `title` in its place,
    whole or cut short and marked by a period (`J. Clean. Prod.` of Journal of Cleaner
    Production): the same words in the same order, none dropped or added, only cut at another
    letter than the shipped form cuts them. Sources differ there (ISO 4's word list, publishers'
    own forms), so such a name is a variant, not another journal's name. A hyphen after a cut
    word joins two words cut each (`Bound.-Lay. Meteorol.` of Boundary-Layer Meteorology). A
    first word printed whole that the standard `form` cuts and ISO 4's forms usually cut, before
    cut words (`Nature Commun.` for `Nat. Commun.`), is no variant: the full title was begun and
    cut midway. (Words whole after cut ones are IEEE's own, `IEEE Trans. Wireless Commun.`.) A
    word cut that the standard form and ISO 4's forms keep whole (`Autom. Rem. Contr.` for
    `Autom. Remote Control`) is no variant either, where two words are so cut that nine in ten
    standard forms keep whole (one, `Tob. Contr.`, may be a variant).
    """
    printed = _CUT_HYPHEN.sub(" ", name).split()
    words = _journal_words(title)
    if len(printed) != len(words):
        return False
    kept = journal_key(form).split()
    whole_cut = 0
    for at, (token, word) in enumerate(zip(printed, words, strict=True)):
        cut = token.endswith(".")
        plain = _journal_words(token)
        if len(plain) != 1:
            return False
        if plain[0] != word and not (cut and word.startswith(plain[0])):
            return False
        if not at and not cut and word not in kept and journal_word_usually_shortened(word):
            return False  # `Nature` where the standard form and most others print `Nat.`
        if cut and len(word) == len(plain[0]) + 1:
            return False  # `Chang.` for `Change`: ISO 4 never cuts a word by one letter
        if cut and plain[0] != word and _another_words_cut(plain[0], word):
            return False  # `Res.` for `Resonance`: the standard forms' cut of `Research`
        if cut and plain[0] != word and word in kept and _kept_whole(word):
            whole_cut += 1  # `Contr.` for `Control`, which the standard forms keep whole
    return whole_cut < 2  # `Tob. Contr.` a variant; `Autom. Rem. Contr.` another system


_WHOLE_FORMS = 10  # standard forms that must print a word before their keeping it whole counts


def _kept_whole(word: str) -> bool:
    """Whether ten standard forms or more print `word`, and nine in ten of them keep it whole
    (`control`: 89 of 92); a word few forms print (`sustainability`, 4) says too little."""
    known = journal_title_word(word)
    if known is None or known.uses(word) < _WHOLE_FORMS:
        return False
    return 10 * known.uses(word) >= 9 * known.shortenings


_OTHER_WORDS_CUT = 10  # standard forms that cut another word so, for the cut to read as it


def _another_words_cut(cut: str, word: str) -> bool:
    """Whether `cut` is, in the standard forms, how another title word is cut (`res` of
    `research`, 1254 forms) and never how `word` is, the two parting right after the cut: the
    name reads as another journal's. Words that share more (`met` of `metals`, for
    `metalcasting`: both `metal`) may be cut at their common stem."""
    known = journal_title_word(word)
    if known is None or known.uses(cut):
        return False
    return any(
        other.forms[0][0] == cut
        and other.word[len(cut) : len(cut) + 1] != word[len(cut) : len(cut) + 1]
        and other.forms[0][1] >= _OTHER_WORDS_CUT
        for other in journal_title_words_starting(cut)
        if other.forms
    )


def _capitals_lost_in_titles(
    refs: Sequence[Reference], flagged: set[int], two_ways: set[str]
) -> Iterator[Diagnostic]:
    """Journals of a list of full titles that print a known journal's name, capitalised, with
    the inner capitals of one of its words lowered (`PloS One`, PLoS ONE): the journal's own
    spelling is lost whatever the form. A name with main words in lower case is RL535's."""
    seen: dict[str, tuple[Journal, str, str] | None] = {}
    for ref in refs:
        if ref.kind is not Kind.ARTICLE or ref.container is None or id(ref) in flagged:
            continue
        name = ref.container.text.strip().rstrip(".")
        if name in two_ways or _lower_main_word(name):
            continue
        if name not in seen:
            seen[name] = None
            journals = journals_named(name)
            if any(name in (j.title, j.nlm, j.iso) for j in journals):
                journals = ()  # a standard form as printed (NLM's `Neuroimage`, NeuroImage)
            for journal in journals:
                for form in (journal.title, journal.nlm):
                    if form and journal_key(form) == journal_key(name):
                        lost = _capitals_lost(name, form)
                        if lost and (_INNER.search(lost) or lost == form.strip()):
                            seen[name] = (journal, form, lost)
                            break
                if seen[name]:
                    break
        found = seen[name]
        if found is None:
            continue
        journal, form, lost = found
        yield Diagnostic(
            ref.container.span,
            f"journal `{name}` lowers the capitals of `{lost}` in the journal's name; "
            f"expected `{form}`",
            fix=_journal_fix(ref, form),
            ref=ref,
        )


def _abbreviated_among_titles(
    refs: Sequence[Reference], found: Convention, two_ways: set[str]
) -> Iterator[Diagnostic]:
    """Journals of a list of full titles printed in a standard abbreviation that ISO 4 and NLM
    share but for a period (`Food Microbiol.`, Food Microbiology), which the form measure leaves
    out as the same in either system: among full titles it is an abbreviation all the same."""
    for ref in refs:
        if ref.kind is not Kind.ARTICLE or ref.container is None or _journal_form(ref):
            continue
        name = ref.container.text.strip()
        if len(name.split()) < 2 or name in two_ways or _MEETING.search(name):
            continue
        if not _only_abbreviation(name):
            continue
        yield Diagnostic(
            ref.container.span,
            f"journal `{name}` is printed as an abbreviation; "
            f"{found.says(f'journals are printed as {found.form}s')}",
            ref=ref,
        )


@lru_cache(maxsize=4096)
def _only_abbreviation(name: str) -> bool:
    """Whether the shipped lists know `name` as a journal's ISO 4 or NLM abbreviation, never as
    a title, and it cuts a word of the title short (not `Physica A`, `Health Place`)."""
    k = journal_key(name)
    journals = journals_named(name)
    if not journals or any(journal_key(j.title) == k for j in journals):
        return False
    if not all(k in (journal_key(j.iso), journal_key(j.nlm)) for j in journals):
        return False
    return all(set(_all_words(name)) - set(_all_words(j.title)) for j in journals)


# A capital after a lower-case letter: a name's own inner capitals (`PLoS`, `mBio`, `BioMed`);
# a run of capitals opening a word (NLM's `IMAging`) is a catalogue's slip, not a spelling.
_INNER = pattern(r"[a-z][A-Z]")
_MINOR_WORDS = frozenset(["of", "and", "the", "in", "for", "on", "to", "at", "with", "from"])


def _lower_main_word(name: str) -> bool:
    """Whether a name prints a main word in lower case (`PloS one`): a sentence-case list's."""
    return any(
        w.isalpha() and w.islower() and len(w) >= 3 and w not in _MINOR_WORDS for w in name.split()
    )


_ACRONYM_NAME = pattern(r"[A-Z]{3,6}")


def _capitals_lost(name: str, form: str) -> str:
    """The word of the standard form `form` whose inner capitals `name` prints in lower case
    (`PloS` for NLM's `PLoS`), or "". Only mixed-case words count: a name in capitals (`PLoS
    ONE`, the journal's own) or in a list's lower case (`Rev bras`, RL535's) is another matter;
    but a journal named by its acronym alone and printed as a capitalised word (`Bmj` for `BMJ`,
    as citation exports print it) has lost its capitals too."""
    printed, standard = name.split(), form.split()
    if len(printed) != len(standard):
        return ""
    if len(printed) == 1 and _ACRONYM_NAME.fullmatch(form) and name == form.capitalize():
        return form  # `Bmj`, `Jama`: a journal named by its acronym, printed as a word
    for word, known in zip(printed, standard, strict=True):
        if word == known or word.lower() != known.lower():
            continue
        if known.isupper() or known.islower() or word[0] != known[0]:
            continue
        if any(k.isupper() and w.islower() for w, k in zip(word[1:], known[1:], strict=True)):
            return known
    return ""


def _some(numbers: list[str], shown: int = 5) -> str:
    """`3, 8, 12, 40, 41 and 212 others`: a message stays one line however long the list."""
    if len(numbers) <= shown + 1:
        return ", ".join(numbers)
    return f"{', '.join(numbers[:shown])} and {len(numbers) - shown} others"
