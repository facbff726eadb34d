"""Journal names in the list's own case (RL535): a name in lower case among capitalised ones."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    journal_word_shortened_form,
    journal_word_starts_longer,
    journals_named,
    list_rule,
    pattern,
)

from .spelling import english_words, is_word
from .style.conventions import deviations

# Words a capitalised name still prints in lower case, in the languages the lists are written in.
_MINOR = frozenset(
    [
        "of",
        "and",
        "the",
        "in",
        "for",
        "on",
        "to",
        "at",
        "with",
        "from",
        "a",
        "an",
        "its",  # (`Linear Algebra and its Applications`, `Topology and its Applications`)
        "de",
        "da",
        "do",
        "dos",
        "das",
        "e",
        "y",
        "et",
        "la",
        "le",
        "les",
        "des",
        "del",
        "della",
        "di",
        "en",
        "em",
        "na",
        "no",
        "und",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "aus",
        "zur",
        "für",
        "och",
    ]
)
_WORD = pattern(r"[^\W\d_](?:[\w'-]|’{1})*")
CAPITALISED, LOWER = "every main word capitalised", "main words in lower case"


# a qualifier in brackets closing the name, as NLM's catalogue prints it in sentence case
# (`BMJ (Clinical research ed)`, `Nutrition (Burbank, Los Angeles County, Calif.)`)
_QUALIFIER = pattern(r"\s*\([^()]*\)\W*$")


# the second half of a bilingual name after its slash (`Canadian Journal of Economics/Revue
# canadienne d'économique`): two words at least, the first capitalised, in that language's case
_OTHER_HALF = pattern(r"(?<=\w)\s?/\s?(?=[A-Z]\w*\s+\w).*$")


def _lower_words(name: str) -> list[str]:
    """Main words printed all in lower case; a short lower-case brand first (`npj`) is the
    journal's own spelling, and a subtitle after a colon (`Counselling and Psychotherapy
    Research: Linking research with practice`), the other language's half of a bilingual name
    after its slash (`/Revue canadienne de linguistique`) or a catalogue's qualifier in brackets
    (`BMJ (Clinical research ed)`) is the journal's own wording, often in sentence case."""
    name = _OTHER_HALF.sub("", _QUALIFIER.sub("", name))
    words = _WORD.findall(name.split(": ", 1)[0])
    if words and len(words[0]) <= 4 and words[0].islower():
        words = words[1:]
    return [w for w in words if w.islower() and len(w) >= 3 and w not in _MINOR]


# Words a name needs, with no issue, pages or article number after it, to read as the series or
# "contribution of" line of a report rather than a journal: journal names this long
# (`Proceedings of the National Academy of Sciences of the United States of America`) come
# with the issue or pages of an article.
SERIES_WORDS = 10


def reads_as_series(ref: Reference) -> bool:
    """Whether what was read as the journal is a report's series or "contribution of" line
    (`Contribution of working group I to the Fourth Assessment Report of the ...`): as long as a
    sentence, and followed by no issue, pages or article number. Such a line is in sentence case
    in any list, so its case says nothing about how the list prints journals."""
    if ref.container is None or ref.issue or ref.pages or ref.article_number:
        return False
    return len(_WORD.findall(ref.container.text)) >= SERIES_WORDS


def _own_language(name: str) -> bool:
    """Whether a name is written out in another language (`Rossiyskiy psihiatricheskiy zhurnal`):
    none of its main words an English word or a shortening of ISO 4 or NLM (`bras`, `enferm`).
    Such a name keeps its own language's sentence case."""
    words = english_words()
    return all(
        not is_word(w, words)
        and not journal_word_shortened_form(w)
        and not journal_word_starts_longer(w)
        for w in (w.lower() for w in _WORD.findall(name))
        if len(w) >= 3 and w not in _MINOR
    )


# German's own words (`für`, `und`, `über`) or letters (`ä`, `ß`) anywhere in a name, subtitle too
_GERMAN = pattern(r"(?i)\b(?:für|und|über|zur|zum|dem|vom|beim)\b|[äöüß]")


def _german(name: str) -> bool:
    """Whether a name is written in German (`Bibliothek aktuell: Informationsblatt für die
    Mitarbeiter`), which capitalises its nouns alone: a word in lower case is an adjective or
    verb, as German writes it."""
    return _GERMAN.search(name) is not None


# a serial's volume or year after its name (`Advances in Neural Information Processing Systems
# 32`), and its closing marks
_SERIAL_NUMBER = pattern(r"[\s.,;]+(?:vol\.?\s*)?\d{1,4}\W*$|\W+$", re.I)


def known_serial(name: str) -> bool:
    """Whether `name`, its volume or year after it set aside, is a serial the shipped tables
    know (`Advances in neural information processing systems. 2019`): a name of two words or
    more, for one word (`Nature`) names books too."""
    name = _SERIAL_NUMBER.sub("", name).strip()
    return len(name.split()) > 1 and bool(journals_named(name))


def _serial(ref: Reference) -> bool:
    """A journal article, or a paper after `In` in a serial the shipped tables know, read as a
    book's chapter: a serial's name, in the case the list gives its journals."""
    if ref.kind is Kind.ARTICLE:
        return True
    if ref.kind not in (Kind.CHAPTER, Kind.CONFERENCE) or ref.container is None or ref.editors:
        return False
    return known_serial(ref.container.text)


def _case(ref: Reference) -> str | None:
    if ref.container is None or not _serial(ref):
        return None
    if len(_WORD.findall(ref.container.text)) < 2:
        return None  # one word says nothing about a case convention
    if reads_as_series(ref):
        return None
    return LOWER if _lower_words(ref.container.text) else CAPITALISED


@list_rule(
    code="RL535",
    name="journal-case-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal name with main words in lower case where the list capitalises them",
)
def journal_case(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list capitalises every main word of its journal names (`Journal of
    Vegetation Science`, `Rev Bras Epidemiol`) and flags a name whose main words are in lower
    case (`Journal of vegetation science`, `Rev bras epidemiol`). Minor words (`of`, `and`, `de`,
    `für`...), a short lower-case brand first (`npj`), a subtitle after a colon, the second half
    of a bilingual name after its slash (`.../Revue canadienne d’économique`) and NLM's
    qualifier in brackets (`BMJ (Clinical research ed)`) do not count.
    A list that prints its journals in sentence case, as NLM's catalogue does, is its own
    convention and passes. A report's series line read as a journal (ten words or more, with no
    issue, pages or article number after it: `Contribution of working group I to the Fourth
    Assessment Report...`) is no journal name, and is neither measured nor flagged. A name
    written out in another language (`Rossiyskiy psihiatricheskiy zhurnal`: no English word and
    no standard shortening among its words) keeps that language's sentence case: it is
    measured, never flagged; so is a name in German (`Bibliothek aktuell: Informationsblatt
    für ...`, a German word or letter in it), which capitalises its nouns alone. A serial the
    shipped tables know that the grammar read as a book after `In` (`In: Advances in neural
    information processing systems. 2019, pp. 5753–5763.`) is measured and flagged with the
    journals. A list that settles no case but capitalises more than half its journal names has a
    name in lower case flagged where the shipped tables give the journal's own title with every
    main word capitalised (`IEEE Transactions on communications`): the list's lean and the
    journal's title agree.

    ## Why is this bad?
    One list, one case: a name in lower case among capitalised ones is pasted from another
    source, and an abbreviation in lower case is not the standard one.

    ## Example
        1. Weber L. Title one. Journal of Ecology. 2001;1:1-2.
        2. Weber L. Title two. Oecologia. 2002;2:3-4.
        3. Weber L. Title three. Ecological Entomology. 2003;3:5-6.
        4. Weber L. Title four. Biological Conservation. 2004;4:7-8.
        5. Weber L. Title five. Insect Conservation and Diversity. 2005;5:9-10.
        6. Weber L. Title six. Journal of vegetation science. 2006;6:11-2.

    Use instead:
        1. Weber L. Title one. Journal of Ecology. 2001;1:1-2.
        2. Weber L. Title two. Oecologia. 2002;2:3-4.
        3. Weber L. Title three. Ecological Entomology. 2003;3:5-6.
        4. Weber L. Title four. Biological Conservation. 2004;4:7-8.
        5. Weber L. Title five. Insect Conservation and Diversity. 2005;5:9-10.
        6. Weber L. Title six. Journal of Vegetation Science. 2006;6:11-2.
    """
    convention, odd = deviations(refs, _case)
    if convention is None:
        yield from _against_own_titles(refs)
        return
    if convention.form != CAPITALISED:
        return
    for ref, _ in odd:
        assert ref.container is not None
        if _own_language(ref.container.text) or _german(ref.container.text):
            continue  # a name written out in another language: its case is that language's
        words = ", ".join(f"`{w}`" for w in _lower_words(ref.container.text))
        yield Diagnostic(
            ref.container.span,
            f"journal `{ref.container.text}` has main words in lower case ({words}); "
            f"{convention.says('journal names capitalise every main word')}",
            ref=ref,
        )


def _own_title(name: str) -> str | None:
    """The title the shipped tables give the journal `name` names, where it is the same words
    with every main word capitalised (`IEEE Transactions on Communications` for `IEEE
    Transactions on communications`); None for a name they do not know or print in lower case."""
    name = name.rstrip(". ")
    titles = {j.title for j in journals_named(name) if j.title.lower() == name.lower()}
    if len(titles) != 1:
        return None
    (title,) = titles
    return title if not _lower_words(title) else None


def _against_own_titles(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """In a list that has settled no case but capitalises more of its journal names than not,
    names in lower case whose journal capitalises its own title: the list's lean and the
    journal's own name agree on the case the name is missing."""
    forms = [(ref, form) for ref in refs if (form := _case(ref)) is not None]
    capitalised = sum(form == CAPITALISED for _, form in forms)
    if 2 * capitalised <= len(forms):
        return
    for ref, form in forms:
        assert ref.container is not None
        title = _own_title(ref.container.text) if form == LOWER else None
        if title is None:
            continue
        words = ", ".join(f"`{w}`" for w in _lower_words(ref.container.text))
        yield Diagnostic(
            ref.container.span,
            f"journal `{ref.container.text}` has main words in lower case ({words}); the journal "
            f"is `{title}`, and {capitalised} of {len(forms)} journal names capitalise every "
            "main word",
            ref=ref,
        )
