"""A group author printed as if it were a person (RL539, RL540).

Bibliographic databases and reference managers that expect `Family Initials` cut a group's
last word to an initial (`Alzheimer's Disease Neuroimaging I.` for `... Initiative`) or move it
to the front (`Consortium GTEx.` for `GTEx Consortium.`). Both are read here from the name alone
and the list's own words, never from a list of known groups.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
    Author,
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
    rule,
)

from .reading import ORGANISATION

_WORD = pattern(r"[^\W\d_](?:[\w'-]|’{1})*")
_LONG = 4  # letters: shorter capitalised words are particles (`De`, `Dos`, `Van`) or initials
# An English group's head noun, which its name puts last and an inverted name first (`Consortium
# GTEx`, `Group TS`). Not `Grupo`, `Consórcio`, `Comité`: Portuguese, Spanish and French put the
# head first (`Grupo ICV`), and that order is right.
_HEAD = pattern(
    r"Consortium|Collaboration|Collaborators|Collaborative|Committee|Group|Initiative"
    r"|Investigators|Program|Programme|Project|Network|Alliance|Society|Partnership"
)


def _capitalised(words: Sequence[str]) -> list[str]:
    return [w for w in words if len(w) >= _LONG and w[0].isupper()]


def _lowercase_words(refs: Sequence[Reference]) -> set[str]:
    """Every word the list prints in lower case: its common nouns, which names are not."""
    return {
        m.group().casefold()
        for ref in refs
        for m in _WORD.finditer(ref.text)
        if m.group().islower()
    }


# what may follow an organisation's word stem: `Institute`, `Collaborative`, `Groups`; not the
# rest of a surname that starts like one (`Boardman`, `Teamsters`, `Panella`)
_ENDINGS = frozenset({"", "s", "e", "es", "al", "ion", "ions", "ive", "ives", "ors"})


def _is_organisation(word: str) -> bool:
    found = ORGANISATION.match(word)
    return found is not None and word[found.end() :].casefold() in _ENDINGS


@list_rule(
    code="RL539",
    name="group-author-cut-short",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A group author's last word cut to an initial, as if a person's (`Neuroimaging I.`)",
)
def group_author_cut_short(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author printed as a family name of three or more capitalised words and a single
    initial, where the words are an organisation's (`Working`, `Group`, `Committee`) or common
    nouns the list prints in lower case elsewhere (`disease`, `neuroimaging`): a group's name
    whose last word was cut to its initial. Also flags a group author whose parts are each an
    organisation's and whose last part is a word and an initial (`World Health Organization,
    Western Pacific Regional Office, Manila P.`): a place, or the group's last word, printed as
    a person's name.

    ## Why is this bad?
    The group's name is lost: `Alzheimer's Disease Neuroimaging I.` is the `Alzheimer's
    Disease Neuroimaging Initiative`, and no index finds it under a person named `I.`.

    ## Example
        1. Biomarkers Definitions Working G. Biomarkers and surrogate endpoints: preferred
           definitions and conceptual framework. Clin Pharmacol Ther. 2001;69(3):89-95.

    Use instead:
        1. Biomarkers Definitions Working Group. Biomarkers and surrogate endpoints: preferred
           definitions and conceptual framework. Clin Pharmacol Ther. 2001;69(3):89-95.

    A group after personal names follows them after a semicolon, as Citing Medicine writes it:
    `Zhang D, Shen D; Alzheimer's Disease Neuroimaging Initiative.`

    ## Limitations
    Silent on two-word family names (`Santos Silva I`, `García Márquez G`) and where fewer
    than two of the words are common nouns of the list, unless one names an organisation.
    """
    common: set[str] | None = None
    for ref in refs:
        for author in ref.authors:
            if author.is_group:
                found = _person_after_group(author)
                if found is not None:
                    yield Diagnostic(
                        found,
                        _PERSON_AFTER.format(author.text[found.start - author.span.start :]),
                        ref=ref,
                    )
                continue
            if len(author.initials) != 1:
                continue
            words = _capitalised(author.family.split())
            if len(words) < 3:
                continue
            if common is None:
                common = _lowercase_words(refs)
            seen = [w for w in words if w.casefold() in common]
            if not any(map(_is_organisation, words)) and len(seen) < 2:
                continue
            yield Diagnostic(
                author.span,
                f"`{author.text}` reads as a group's name with its last word cut to the "
                f"initial `{author.initials}`, as a person's would be; write the group's name "
                "in full",
                ref=ref,
            )


# `World Health Organization, Western Pacific Regional Office, Manila P.`: a group's parts,
# then a last part printed as a person's (one capitalised word and one initial)
_LAST_PART = pattern(r",\s*(?P<word>[^\W\d_][^\W\d_'’-]+)\s+[A-Z]\.?$")
_PERSON_AFTER = (
    "`{}` ends a group author as a person's name, a word and an initial: a place or the group's "
    "last word cut to its initial, as reference managers print a group; write it in full"
)


def _person_after_group(author: Author) -> Span | None:
    """Where a group author read as one ends in a part printed as a person's name, every part
    before it an organisation's (`World Health Organization, Western Pacific Regional Office`);
    None where it does not."""
    found = _LAST_PART.search(author.text)
    if found is None or not found["word"][0].isupper() or not found["word"][1:].islower():
        return None
    parts = author.text[: found.start()].split(",")
    if not all(any(map(_is_organisation, _WORD.findall(part))) for part in parts):
        return None
    start = author.span.start + found.start("word")
    return Span(start, author.span.start + len(author.text.rstrip()))


# `Consortium GTEx`, `Organization WH`: the head noun first, then one word that is no
# organisation's (a body's nouns no surname is, besides the group's)
_INVERTED = pattern(
    rf"(?P<head>{_HEAD.pattern}|Organi[sz]ation|Association|Foundation|Agency)\s+(?P<name>[^\W_](?:[\w&'-]|’{1})*|(?P<dotted>(?:[A-Z]\.\s?){{1,6}}))"
)


# A group's name inverted in a `Family, Given` list, its words read as the given names:
# - cut to initials, the little and lower-case words kept after them, then the year
#   (`Technology, S. U. of. (n.d.)`, `team, J. development. (2016)`)
_INITIALS_THEN_WORDS = pattern(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]+,\s(?:[A-Z]\.\s?)+(?P<words>[a-z]+(?:\s[a-z]+)*)\.)"
    r"(?=\s+\()"
)
# - written out with a little word inside, opening the entry
#   (`Union, Publications Office of the European.`)
_WORDS_WITH_OF = pattern(
    r"(?P<name>[A-Z][\w'’-]+,\s(?:[A-Z][\w'’-]+\s)+(?:of|the|for)\s(?:(?:of|the|for|and|[A-Z][\w'’-]+)\s)*"
    r"[A-Z][\w'’-]+)\."
)
# - a group's head noun as the given name (`Jupyter, Project,`)
_HEAD_AS_GIVEN = pattern(rf"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+,\s(?:{_HEAD.pattern}))(?=[,.])")
# - an acronym doubled as a person's name (`ISO Iso`)
_DOUBLED = pattern(r"(?P<name>(?P<acronym>[A-Z]{2,})\s(?P<word>[A-Z][a-z]+))")
# a particle that follows the initials in `Family, Given` (`Beethoven, L. van`)
_TRAILING_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "das", "do", "dos", "du", "di", "del", "della"}
    | {"la", "le", "ter", "ten", "zu", "y", "e", "af", "et", "al"}
)


def _inverted_in_text(ref: Reference) -> Iterator[Span]:
    """Groups inverted as persons in a `Family, Given` list, read in the text before the title
    (the grammar may have taken them for persons, a group, or nothing)."""
    text = ref.text
    end = ref.title.span.start if ref.title is not None and ref.title.span.start > 0 else 0
    end = max(end, ref.authors_span.end if ref.authors_span is not None else 0)
    end = min(len(text), end + 30) if end else min(len(text), 200)
    for m in _INITIALS_THEN_WORDS.finditer(text, 0, end):
        if not set(m["words"].split()) <= _TRAILING_PARTICLES:
            yield Span(*m.span("name"))
    opening = _WORDS_WITH_OF.match(text, _label_end(text))
    if opening is not None:
        yield Span(*opening.span("name"))
    for m in _HEAD_AS_GIVEN.finditer(text, 0, end):
        yield Span(*m.span("name"))
    starts = [a.span.start for a in ref.authors] or [_label_end(text)]
    for start in starts:  # at the entry's start where the grammar read no names
        doubled = _DOUBLED.match(text, start)
        if (
            doubled is not None
            and doubled["acronym"].casefold() == doubled["word"].casefold()
            and text.startswith((".", ",", " ("), doubled.end())
        ):
            yield Span(*doubled.span("name"))


_LABEL = pattern(r"\s*(?:\[[^\]]{1,12}\]|\d{1,4}[.)])?\s*")


def _label_end(text: str) -> int:
    found = _LABEL.match(text)
    return found.end() if found is not None else 0


@rule(
    code="RL540",
    name="group-author-inverted",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A group author inverted as if a person's name (`Consortium GTEx`)",
    fixable=True,
)
def group_author_inverted(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author of two words whose first is a group's head noun (`Consortium`, `Group`,
    `Committee`, `Initiative`, `Investigators`, `Program`, `Project`, `Network`, and a body's
    nouns no surname is: `Organization`, `Association`, `Foundation`, `Agency`) and whose
    second is a name, or its initials (`Consortium P.E.D.`, `Program PCCS`): a group's name
    turned round as a person's is, family word first.

    In a `Family, Given` list, also a group whose first words were taken for a person's given
    names, read in the text before the title: cut to initials with its little words kept
    (`Technology, S. U. of. (n.d.)`; not a particle, `Beethoven, L. van`), written out with a
    little word inside at the entry's start (`Union, Publications Office of the European.`),
    its head noun as the given name (`Jupyter, Project,`), or an acronym doubled as a name
    (`ISO Iso.`).

    ## Why is this bad?
    No group calls itself `Consortium GTEx`; an index files it under `Consortium` and the
    reader has to guess the name.

    ## Example
        1. Consortium GTEx. The genotype-tissue expression (GTEx) project. Nat Genet.
           2013;45(6):580-5.

    Use instead:
        1. GTEx Consortium. The genotype-tissue expression (GTEx) project. Nat Genet.
           2013;45(6):580-5.

    ## Fix safety
    Unsafe: the two words are swapped, which is right for an inverted name; a group whose
    name does begin with its head noun is rare but would be changed too.
    """
    for author in ref.authors:
        found = _INVERTED.fullmatch(author.text)
        if found is None or _is_organisation(found["name"]) or found["name"].islower():
            continue
        # `Group P`, `Consortium P.E.D.`: turned round and cut to initials
        if len(found["name"]) == 1 or found["dotted"]:
            cut = "initials" if found["dotted"] else "an initial"
            yield Diagnostic(
                author.span,
                f"`{author.text}` reads as a group's name inverted as a person's and cut to "
                f"{cut}; write the group's name in full",
            )
            continue
        turned = f"{found['name']} {found['head']}"
        # `Program PCCS`: an acronym, or the initials of the words before the head noun
        cut = f", or `{found['name']}` the initials of its words" if found["name"].isupper() else ""
        yield Diagnostic(
            author.span,
            f"`{author.text}` reads as a group's name inverted as a person's; "
            f"the group is `{turned}`{cut}",
            fix=Fix.unsafe(Edit(author.span, turned), message=f"Write `{turned}`"),
        )
    for span in _inverted_in_text(ref):
        printed = ref.text[span.start : span.end]
        yield Diagnostic(
            span,
            f"`{printed}` reads as a group's name inverted as a person's, its words taken for "
            "given names; write the group's name in its own order",
        )
