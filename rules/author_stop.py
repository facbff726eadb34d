"""Names that run into the title with no stop between (RL589).

Lists that set initials-first names off with a comma (RSC, APS, AIP) lose the comma after the
last name (`D. Sasselov The Life of Super-Earths`); that is read from the entry's text, as the
grammar then reads no names at all.

A list that ends its names with a period (`Berman H.M. The Nucleic ...`, `Smith, J. Title.`)
loses that period in two ways: the last initial is printed without it (`Berman H.M The
Nucleic`, `Le Mercier P ViralZone`), or a group author is set before the title with nothing
between (`UniProt Consortium UniProt: the ...`). The grammar then reads the rest of the names as
the title's first words, or the whole group as the title. Both are found here from what it read:
the list's own stop after the names, and the title's first words. So is a lone name whose
initials lost their period (`Hemenway D Monitoring and ...`), which the grammar reads as the
title's first words.
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
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

from .spelling import english_words
from .style.conventions import Convention, convention
from .title_capitals import genera, name_words

PERIOD, OTHER = "a period after the names", "another mark"

# --- the list's stop after the names -------------------------------------------------------------

_STOP = pattern(r"\.(?:\"|[”’]{1})?\s+$")


def _stop_form(ref: Reference) -> str | None:
    """How the entry ends its names before the title: PERIOD or OTHER; None where it has no
    personal names followed by a title."""
    people = [a for a in ref.authors if not a.is_group]
    if not people or ref.title is None or ref.authors_span is None:
        return None
    start, title = ref.authors[-1].span.start, ref.title.span.start
    if title <= start:
        return None
    # a year between the names and the title (`Smith J (2020) Title`, APA's `Smith, J. (2020).`)
    if any(start < d.span.start < title for d in ref.dates):
        return OTHER
    if ref.et_al is not None and start < ref.et_al.span.start < title:
        # `Smith J, et al. Title`: the stop is the one after `et al.`
        return PERIOD if _STOP.search(ref.text[ref.et_al.span.start : title]) else OTHER
    gap = ref.text[ref.authors[-1].span.end : title]
    if gap == "." and len(ref.title.text.split(None, 1)[0]) > 1:
        return PERIOD  # its space lost (`Kwon YW.The`, RL537's), not an initial's (`H.M The`)
    if "," in gap or not _STOP.search(ref.text[start:title]):
        return OTHER
    return PERIOD


def _learnt(refs: Sequence[Reference]) -> Convention | None:
    found = convention([f for ref in refs if (f := _stop_form(ref)) is not None])
    return found if found is not None and found.form == PERIOD else None


# --- personal names run into the title -----------------------------------------------------------

_NAME_WORD = r"[^\W\d_][\w'’\-]*"
# a name the list goes on with after the comma: `Tompa P.`, `Tosatto S.C.E.`, `Consortium
# P.E.D.`, or initials left standing alone (`L. G.`)
_MORE = rf"(?:(?:{_NAME_WORD}\s+){{1,3}}(?:[A-Z]\.-?){{1,5}}|(?:[A-Z]\.\s?){{1,4}})"
# the last name, its last initial without the period (or compact initials, `Wijaya SY`), and a
# title's word after it
_RUN_ON = pattern(
    rf"(?:{_MORE},\s+){{0,12}}(?P<last>(?:{_NAME_WORD}\s+){{1,3}}(?:(?:[A-Z]\.-?){{0,4}}[A-Z]|[A-Z]{{2,3}}))"
    r"(?=\s+[\"“‘]?[^\W_])"
)
# the last initial, left without its period, read as the title's first word (`H.M The`)
_LEFT_INITIAL = pattern(r"(?:[A-Z]\.)*[A-Z](?=\s+[\"“‘]?[A-Z0-9])")


def _run_on_name(ref: Reference) -> tuple[int, str] | None:
    """Where the period belongs (its offset) and the words around it, when the names run into
    the title: the title read starts with the last names after a comma, or with the last initial
    right after the one before it (`H.M`)."""
    people = [a for a in ref.authors if not a.is_group]
    if not people or ref.title is None or ref.et_al is not None:
        return None
    last, title = people[-1], ref.title
    if last is not ref.authors[-1] or title.span.start < last.span.end:
        return None
    gap = ref.text[last.span.end : title.span.start]
    # (read in the entry's text, not the title's: the grammar may have ended the title at a
    # period of the names it holds, `L. G., Tompa P.`)
    if gap.strip() == ",":
        found = _RUN_ON.match(ref.text, title.span.start)
        if found is None:
            return None
        at, shown_from = found.end("last"), found.start("last")
    elif gap == "." and ref.text[last.span.end - 1].isupper():
        found = _LEFT_INITIAL.match(ref.text, title.span.start)
        if found is None:
            return None
        at, shown_from = found.end(), last.span.start
    else:
        return None
    word = re.match(r"\s*\S+", ref.text[at:])
    shown_to = at + (word.end() if word else 0)
    return at, ref.text[shown_from:shown_to]


# --- one name run into the title, read as the title's first words -------------------------------

# a surname, compact initials without a period, and a capitalised title word (`Hemenway D
# Monitoring and ...`); the grammar reads no names and takes all three for the title
_SINGLE = pattern(
    r"(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\s+(?P<initials>[A-Z]{1,3})"
    r"(?=\s+[A-Z][a-z]+\b[^.:;,]*?\s\S)"
)
# endings of biochemistry's and medicine's words that head a title with a letter after them
# (`Apolipoprotein E Genotype`, `Cyclin D Expression`, `Serogroup B Meningococcal`), which no
# word list holds
_TERM_ENDING = pattern(
    r".*(?:in|ase|ein|itis|osis|emia|aemia|virus|coccus|ella|ide|ine|ogen|group|type|coccal)"
)


_GREEK = frozenset(
    [
        *("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"),
        *("kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau"),
        *("upsilon", "phi", "chi", "psi", "omega"),
    ]
)


def _surname_like(word: str) -> bool:
    """Whether `word` reads as a surname and not a title's word: English knows it only as a name
    (`Nathan`, `Smith`), or not at all (`Hemenway`) and it has no ending of a scientific term;
    never a genus (`Haemophilus B`) or a Greek letter's name (`Delta`)."""
    low = word.lower()
    if low in _GREEK or low in genera():
        return False
    if low in name_words():
        return True
    return english_words().get(low, 0) == 0 and _TERM_ENDING.fullmatch(low) is None


_LONG_WORD = pattern(r"[^\W\d_]{4,}")
_SENTENCE_SHOWN = 5  # titles long enough to show their case: fewer show no habit


def _sentence_case(refs: Sequence[Reference]) -> bool:
    """Whether the list prints its titles in sentence case: most titles' longer words after the
    first in lower case. There a capitalised word after a letter (`Nathan R Regulation of ...`)
    opens a title; in title case it may go on one (`Serogroup B Meningococcal Disease`)."""
    shown = sentence = 0
    for ref in refs:
        if ref.title is None or not ref.authors:
            continue
        words = _LONG_WORD.findall(ref.title.text)[1:]
        if len(words) < 3:
            continue
        shown += 1
        sentence += sum(w[0].isupper() for w in words) < 0.4 * len(words)
    return shown >= _SENTENCE_SHOWN and sentence >= 0.6 * shown


def _run_on_single(ref: Reference) -> tuple[int, str] | None:
    """Where the period after a lone name's initials belongs and the words around it, when the
    entry has no names read and its title opens with a surname and initials (`Nathan R
    Regulation of ...`)."""
    if ref.authors or ref.title is None or ref.title.span.start > ref.body_start + 2:
        return None
    found = _SINGLE.match(ref.title.text)
    if found is None or not _surname_like(found["name"]):
        return None
    at = ref.title.span.start + found.end("initials")
    word = re.match(r"\s*\S+", ref.text[at:])
    return at, ref.text[ref.title.span.start : at + (word.end() if word else 0)]


# --- a group author run into the title -----------------------------------------------------------

# A group's head word, which ends its name (`UniProt Consortium`, `RDF Group Members`,
# `CNCB-NGDC Members and Partners`); one or two, joined by `and`. A title's words may be common
# nouns such as `Group` or `Network` (`Social Network Analysis`); `Consortium` and the words for
# people (`Investigators`, `Collaborators`) rarely are.
_STRONG = r"[Cc]onsortium|[Cc]onsortia|Investigators|Collaborators"
_WEAK = r"Group|Groups|Members|Partners|Collaboration|Network|Committee|Team"
_HEAD = rf"(?:{_STRONG}|{_WEAK})"
# the group's own words before it: capitalised words or ones with a capital inside (`wwPDB`),
# and the small words a name may hold (`of`, `and`, `for`), and a year (`Global Burden of Disease
# 2021 Forecasting Collaborators`)
_GROUP_WORD = r"(?:[^\W\d_]*[A-Z](?:[\w'&/\-]|’{1})*|of|and|for|on|the|&|(?:19|20)\d\d)"
_GROUP_RUN_ON = pattern(
    rf"(?P<group>(?:{_GROUP_WORD}\s+){{0,8}}?[^\W\d_]*[A-Z](?:[\w'&/\-]|’{1})*"
    rf"\s+(?P<heads>{_HEAD}(?:\s+(?:and\s+|&\s+)?{_HEAD})?))"
    # the title's first word, capitalised, and more of the title after it
    r"(?=\s+(?:\"|[“‘]{1})?(?P<next>[A-Z0-9][^\s:,.;]*)[^\s]*\s+\S)"
)
_STRONG_HEAD = pattern(rf"(?:{_STRONG})\b")
# a title's first word that no title runs on with after a common noun: an article, or a name
# with a capital inside (`UniProt`, `EMDB`, `wwPDB`)
_TITLE_START = pattern(r"(?:The|A|An)|[^\W\d_]*[a-z][^\W\d_]*[A-Z][\w-]*|[A-Z]{2,}[\w-]*")


def _run_on_group(ref: Reference) -> tuple[int, str] | None:
    """Where the stop after a group author belongs and the group's words, when the entry has no
    names read and its title starts with a group's name and another capitalised word."""
    if ref.authors or ref.title is None or ref.title.span.start > ref.body_start + 2:
        return None
    title = ref.title.text
    if title.isupper():
        return None  # a title in capitals: every word looks like an acronym
    found = _GROUP_RUN_ON.match(title)
    if found is None:
        return None
    heads = found["heads"]
    # (two heads joined by `and`, `Members and Partners`, name a group, not a title's thing)
    strong = _STRONG_HEAD.match(heads) is not None or len(heads.split()) > 2
    if not strong and _TITLE_START.fullmatch(found["next"]) is None:
        return None
    return ref.title.span.start + found.end("group"), found["group"]


# a group read as a person, the title's first word taken for its initial (`R Core Team R: A
# language ...`): the head word, a capital alone and the colon that ends the names
_HEAD_WORD = pattern(_HEAD)
_GROUP_AS_PERSON = pattern(rf"(?P<group>.*\s(?:{_HEAD}))\s+[A-Z]\s*:")


def _group_read_as_person(ref: Reference) -> tuple[int, str] | None:
    """Where the stop after a group author belongs and the group's words, when the grammar read
    the group as the last person and the title's first word, a capital alone, as its initial."""
    if not ref.authors or ref.title is None:
        return None
    last = ref.authors[-1]
    words = last.family.split()
    if last.is_group or len(last.initials) != 1 or len(words) < 2:
        return None
    if _HEAD_WORD.fullmatch(words[-1]) is None:
        return None
    found = _GROUP_AS_PERSON.match(ref.text, last.span.start, min(len(ref.text), last.span.end + 3))
    if found is None or found.end() <= last.span.end - 1:
        return None
    return found.end("group"), found["group"]


# --- names set off by a comma, the last one run into what follows ------------------------------

COMMA = "a comma after the names"
# initials first, as RSC, APS and AIP print names: `D.`, `K. S.`, `J.-P.`, `Ch.`
_INITIALS = pattern(r"(?:[A-Z][a-z]?\.[\s\-\u2010]*){1,4}")
# where a name ends: a comma, or `and` in any language before the next name's initials
_NAME_END = pattern(r",|\s+(?:and|&|e|y|et|und|en|i|och|og|és)\s+(?=[A-Z][a-z]?\.)|\s+et\s+al\b")
_SURNAME_PARTICLE = pattern(
    r"al|bin|da|das|de|del|della|der|di|do|dos|du|el|ibn|la|le|ten|ter|van|von|y|zu"
)
# a title's small words, which no surname holds capitalised
_TITLE_WORD = pattern(r"A|An|And|At|By|For|From|In|Of|On|The|To|With")
_SURNAME_WORDS = 4  # words: more are a title's (`da Silva Santos Neto` has four)
_DOTTED = frozenset({"Jr.", "Sr.", "St."})


def _surname_word(word: str) -> bool:
    """Whether `word` may be a surname's: capitalised or a particle, no title's small word, no
    colon, digit or closing period (`Smith.` ends the names)."""
    if ":" in word or _TITLE_WORD.fullmatch(word) or any(c.isdigit() for c in word):
        return False
    if word.endswith(".") and word not in _DOTTED:
        return False
    return word[0].isupper() or _SURNAME_PARTICLE.fullmatch(word) is not None


def _name_read(words: Sequence[str]) -> str:
    """What the words after a name's initials are: a surname (`NAME`), a surname closed by a
    period (`OTHER`, the names end so), or a surname run into more words (`RUN`)."""
    kept = 0
    while kept < len(words) and _surname_word(words[kept]):
        kept += 1
    if kept == len(words) and kept <= _SURNAME_WORDS:
        return NAME
    closed = words[kept] if kept < len(words) else ""
    if closed.endswith(".") and closed[:1].isupper() and _surname_word(closed[:-1]):
        return OTHER
    if closed in ("and", "&"):
        return ""  # `A. Smith and the LIGO Collaboration`: a group after the names
    return RUN if kept else ""


NAME, RUN = "name", "run"
_AND = pattern(r"(?:and|&|e|y|et|und|en|i|och|og|és)\s")


def _comma_names(ref: Reference) -> tuple[str, tuple[int, str] | None] | None:
    """How an entry that opens with initials-first names ends them: (COMMA, None) set off by a
    comma, (OTHER, None) by a period, or (RUN, (offset, words)) where its last name runs into
    what follows with no mark (`D. Sasselov The Life of ...`); None for other entries."""
    text = ref.text
    at = len(text) - len(text[ref.body_start :].lstrip())
    after_comma = False  # the name read follows a comma alone: it may be a journal (`J. Phys.`)
    while True:
        initials = _INITIALS.match(text, at)
        if initials is None:
            return None
        end = _NAME_END.search(text, initials.end())
        stop = end.start() if end is not None else len(text)
        name = text[initials.end() : stop]
        words = name.split("(", 1)[0].split()  # `(unpublished)`, `(private communication)`
        read = _name_read(words) if words else ""
        if read == NAME and "(" in name:
            return OTHER, None  # `J. Smith (2010) Title`, `W. Slattery (unpublished)`
        if read != NAME:
            if after_comma:
                return COMMA, None  # `..., J. Phys. Chem. C 123`: the names ended at the comma
            if read == OTHER:
                return OTHER, None
            if read == RUN:  # `Sasselov The`, `Eriksson Block CUR:`
                return RUN, (initials.end() + len(words[0]), name.strip())
            return None
        if end is None or end.group().strip().startswith("et"):
            return None
        if end.group() != ",":  # `and` before the next name's initials
            at, after_comma = end.end(), False
            continue
        rest = text[end.end() :].lstrip()
        after_and = _AND.match(rest) is not None
        if after_and:
            rest = rest.split(" ", 1)[1].lstrip()
        at = len(text) - len(rest)
        if _INITIALS.match(text, at) is None:
            return COMMA, None
        after_comma = not after_and


@list_rule(
    code="RL589",
    name="names-run-into-title",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No stop between the names and the title (`Berman H.M The`), or a group author "
    "run into it",
    fixable=True,
)
def names_run_into_title(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list that ends its names with a period before the title, flags an entry whose names
    run into the title: the last initial printed without its period (`Berman H.M The Nucleic`,
    `Le Mercier P ViralZone`), or a group author with nothing between it and the title
    (`UniProt Consortium UniProt: the ...`, `Gene Ontology Consortium The Gene ...`).

    ## Why is this bad?
    Nothing shows where the names end: readers and programs take the last name for the title's
    first words, or the group's name for the title, and the work is not found by either.

    ## Example
        1. Lawson C.L., Berman H.M., Chen L. The Nucleic Acid Knowledgebase. Nucleic Acids Res.
           2023; 51:D1–D9.
        2. Sayers E.W., Beck J., Bolton E.E. Database resources of the NCBI. Nucleic Acids Res.
           2023; 51:D29–D38.
        3. Arita M., Karsch-Mizrachi I., Cochrane G. The international nucleotide sequence
           database collaboration. Nucleic Acids Res. 2021; 49:D121–D124.
        4. Yuan D., Ahamed A., Burgin J. The European Nucleotide Archive in 2023. Nucleic Acids
           Res. 2023; 51:D47–D53.
        5. Narayanan B., Westbrook J., Berman H.M The Nucleic Acid Database: new features.
           Nucleic Acids Res. 2014; 42:D114–D122.
        6. UniProt Consortium UniProt: the Universal Protein Knowledgebase in 2023. Nucleic
           Acids Res. 2023; 51:D523–D531.

    Use instead:
        1. Lawson C.L., Berman H.M., Chen L. The Nucleic Acid Knowledgebase. Nucleic Acids Res.
           2023; 51:D1–D9.
        2. Sayers E.W., Beck J., Bolton E.E. Database resources of the NCBI. Nucleic Acids Res.
           2023; 51:D29–D38.
        3. Arita M., Karsch-Mizrachi I., Cochrane G. The international nucleotide sequence
           database collaboration. Nucleic Acids Res. 2021; 49:D121–D124.
        4. Yuan D., Ahamed A., Burgin J. The European Nucleotide Archive in 2023. Nucleic Acids
           Res. 2023; 51:D47–D53.
        5. Narayanan B., Westbrook J., Berman H.M. The Nucleic Acid Database: new features.
           Nucleic Acids Res. 2014; 42:D114–D122.
        6. UniProt Consortium. UniProt: the Universal Protein Knowledgebase in 2023. Nucleic
           Acids Res. 2023; 51:D523–D531.

    ## Limitations
    Silent in lists that set the names off otherwise (IEEE's `A. Smith, "Title,"`, a year
    after the names: `Smith J (2020) Title`), where fewer than five entries show the stop, and
    after `et al.`. A group is recognised only by its head word among the first words of an
    entry with no names read, followed by a capitalised word: `Consortium`, `Investigators`,
    `Collaborators`, or two heads joined by `and` (`Members and Partners`); a head that is also
    a title's common noun (`Group`, `Members`, `Network`, `Committee`, `Team`) only before `The`,
    `A`, `An` or a name with capitals inside (`UniProt`, `EMDB`), so that `Social Network
    Analysis` stays a title; or a group the grammar read as a person, the title's first word,
    a capital alone before a colon, taken for its initial (`R Core Team R: A language ...`). A
    group after personal names is not looked for.

    An entry with no names read whose title opens with a surname and compact initials and a
    capitalised word (`Nathan R Regulation of ...`) is a lone name run into the title only in a
    list that prints its titles in sentence case, where the would-be surname is no English
    word, or one English also writes as a name (`Nathan`), and is no genus, Greek letter's name
    or word with an ending of a scientific term: `Vitamin D Supplementation`, `Hepatitis B
    Virus`, `Apolipoprotein E Genotype`, `Haemophilus B Vaccines` stay titles.

    In a list that sets initials-first names off with a comma (RSC's `A. Smith and B. Jones,
    Title`, APS's and AIP's `A. Smith, B. Jones, and C. Lee, J. Abbrev.`: five entries at least,
    four in five), it flags a last name run into the title or the work with no comma (`D.
    Sasselov The Life of Super-Earths`, `B. Eriksson Block CUR: Decomposing ...`): a surname
    is read as up to four capitalised words or particles, so a title's small word (`The`, `of`),
    a colon or a fifth word ends it. No fix is offered there: where the surname ends is not
    always plain.

    ## Fix safety
    Safe where an initial lost its period: the period is put back. Unsafe after a group: the
    group's name is taken to end at its head word, which a name such as `Partners Healthcare`
    does not.
    """
    yield from _comma_runs(refs)
    found = _learnt(refs)
    if found is None:
        return
    says = found.says("entries end the names with a period before the title")
    sentence: bool | None = None  # read when a lone name is first met
    for ref in refs:
        name = _run_on_name(ref)
        if name is None and (single := _run_on_single(ref)) is not None:
            if sentence is None:
                sentence = _sentence_case(refs)
            name = single if sentence else None
        if name is not None:
            at, words = name
            yield Diagnostic(
                Span(at - 1, at),
                f"no stop between the names and the title (`{words}`): the last initial has "
                f"no period; {says}",
                fix=Fix.safe(Edit(Span(at, at), "."), message="Put the period after the initial"),
                ref=ref,
            )
            continue
        group = _run_on_group(ref) or _group_read_as_person(ref)
        if group is not None:
            at, words = group
            yield Diagnostic(
                Span(at - len(words), at),
                f"no stop between the group author `{words}` and the title; {says}",
                fix=Fix.unsafe(Edit(Span(at, at), "."), message="End the group with a period"),
                ref=ref,
            )


def _comma_runs(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """In a list that sets its initials-first names off with a comma, the entries whose last
    name runs into the title or the work with no mark."""
    read = [(ref, _comma_names(ref)) for ref in refs]
    learnt = convention([got[0] for _, got in read if got is not None and got[0] != RUN])
    if learnt is None or learnt.form != COMMA:
        return
    says = learnt.says("entries set their names off with a comma")
    for ref, got in read:
        if got is None or got[1] is None:
            continue
        at, words = got[1]
        shown = words if len(words) <= 40 else words[:40] + "…"
        yield Diagnostic(
            Span(at - 1, at),
            f"no comma between the last name and what follows (`{shown}`); {says}",
            ref=ref,
        )
