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
