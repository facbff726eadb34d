"""Marks a Vancouver list prints (RL530-RL534, RL537): the comma before `et al.`, a family name's
particle in front of it, the semicolon and colon around the volume, `In:` before proceedings,
and one it never prints (a database's accession number). All are faults published lists carry
and a copy editor corrects."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    Author,
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    journals_named,
    list_rule,
    pattern,
    rule,
    year_after_names,
)

from .style.conventions import convention, vancouver

# A Vancouver name: family words, then capital initials (`Protopopescu C`, `Kwong JC`).
_VANCOUVER_NAME = pattern(r"^\S.*\s(?:[A-Z\u00c0-\u00de]|[\u0100-\u017f]{1}){1,6}$")
_YEAR = pattern(r"(?<![\w/.-])(?:1[5-9]|20)\d\d[a-z]?(?=\s*,)")
# After a year: `, 33(4): 420–431` (volume, optional issue, pages set off by a comma and spaces).
_COMMA_VOLUME = pattern(
    r"(?P<comma>\s*,\s*)(?P<volume>\d{1,5}[A-Za-z]?)(?P<issue>\s*\([^()]{1,20}\))?"
    r"(?P<colon>\s*:\s*)(?P<pages>[A-Za-z]{0,3}\d+(?:\s*[\-\u2010-\u2015]\s*[A-Za-z]{0,3}\d+)?)"
)
# A meeting's proceedings or a series of them, and the pages or volume a paper in them is found by.
_PROCEEDINGS = pattern(
    r"\b(?:Proceedings|Conference|Symposium|Workshop|Congress|Lecture\s+Notes)\b"
)
_PAPER_LOCATOR = pattern(r"\bpp?\.\s*\d|\bLecture\s+Notes\b.*\bVol(?:ume|\.)\s*\d")
# A journal's date as Vancouver prints it (`2017;`, `2017 Aug 1;`): the "proceedings" are a journal
# (Proceedings of the National Academy of Sciences).
_JOURNAL_DATE = pattern(r"\b(?:1[5-9]|20)\d\d[a-z]?(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?\s*;")
_IN_WORD = pattern(r"(?:^|[\s.])In[.:]?\s")
# Accession numbers a bibliographic database adds to its exports: PsycINFO (`2003-09633-012`),
# Web of Science (`WOS:000301234500012`), Scopus (`2-s2.0-84857438291`).
_ACCESSION = pattern(
    r"(?<![\w/.:-])(?:(?:19|20)\d\d-\d{5}-\d{3}|WOS:\d{15}|2-s2\.0-\d{8,11})(?![\w-])"
)
# A word, its period, and the next element with no space (`vulvar.Sichuan`, `neoplasia.M.Sc.`,
# `Rehabil.2013;`): a lower-case word before a capital, any word before a year; initials
# (`J.A.`), dotted abbreviations (`Phys.Rev.`) and chemical names (`LiNi0.8Co`) are left alone.
# An edition's number after a word and its period is one more (`Computations.3 a ed.`, `Title.2nd
# ed.`).
_RUN_TOGETHER = pattern(
    r"(?<![\w.])(?:[a-z][a-z]+(\.)(?=[A-Z][a-z]|[A-Z]\.)"
    r"|[A-Za-z][a-z]+(\.)(?=(?:1[5-9]|20)\d\d[;.,])"
    r"|[A-Za-z][a-z]{3,}(\.)"
    r"(?=\d{1,2}\s?(?:st|nd|rd|th|a|ª|º)?\.?\s(?:ed|edn|edition|edição|edición)\b))"
)
# A particle after the initials: `Silva MRF da` (the grammar reads it into the family name).
# A DOI in the text that the entry's fields missed (`396 DOI 10.1136/bjsm.2005.023150.`): its
# periods join the parts of one name, not two elements.
_DOI_TEXT = pattern(r"(?<![\w.])10\.\d{4,9}/\S+")
_TRAILING_PARTICLE = pattern(r"^(?P<family>.+?)\s+(?P<initials>\S+)\s+(?P<particle>[a-z]{2,5})$")
# A particle cut to its letter after dotted initials: `Aguiar, R. B. d.` (`de Aguiar, R. B.`)
_CUT_PARTICLE = pattern(
    r"^(?P<family>[^,]+),\s+(?P<initials>(?:[A-Z]\.\s?)+)\s*(?P<particle>[dv])\.?$"
)
# A particle run into the initials, as MEDLINE prints a given name's particle (`Barbosa Tde S` for
# Taís de Souza Barbosa, `Meneghim Mde C`): initials, the particle in lower case, more initials.
_RUN_IN_PARTICLE = pattern(
    r"^(?P<family>[^\W\d_][\w'’ -]*?)\s+(?P<before>[A-Z]{1,4})"
    r"(?P<particle>da|das|de|des|di|do|dos|du)\s+(?P<after>[A-Z]{1,4})$"
)
# An inverted name with dotted initials and a Dutch, German or Portuguese particle after them, as
# a reference manager inverts `Sven van der Burg` when it takes the particle for a given name's:
# `Burg, S. van der`, `Andrade, E. S. de`; a lone `der` or `den` is a particle whose `van` was
# read as an initial (`Bossche, J. V. den` for `Van den Bossche, J.`). The particles French alone
# has (`du`, `des`, `le`) invert by rules of their own (`Du Bellay, J.`) and are left alone.
_INVERTED_TRAILING = pattern(
    r"(?<![\w'’-])(?P<family>[A-Z][\w'’-]+),\s(?P<initials>[A-Z]\.(?:[\s-]?[A-Z]\.)*)\s"
    r"(?P<particle>(?:van|von|de|da|das|do|dos|ten|ter)(?:\s(?:der|den|de|het))?|der|den)"
    r"(?=[.,]|\s&)"
)
_PARTICLE_HINT = pattern(r"\.\s(?:van|von|d[aeo]|te)")
# the year in parentheses after the names, as APA and its kin print it: the names end there
_NAMES_END = pattern(r"\((?:1[5-9]|20)\d\d[a-z]?[,)]|\(n\.\s?d\.\)")
# an ampersand with no comma before it (`Kikkert, M. & van Hemert, M. J.`): not APA, whose names
# take the serial comma, but a house (IUCr's) that may keep the particle after the initials
_BARE_AMPERSAND = pattern(r"[^,\s]\s+&\s")
# One vowel before the particle may be a given name written out (`Ada`, `Ide`, `Udo`, `Edo`); a
# consonant or two capitals (`Tde`, `MRde`) are no name of any language.
_VOWELS = frozenset("AEIOUY")


# An inverted name set off by a comma, its initials dotted: `Liu, R.`, `Edelstein, A.D.`
_INVERTED_NAME = pattern(r"^[^\W\d_][^,]*,\s*(?:[A-Z]\.[\s\-\u2010]?){1,4}$")
COMMA, NO_COMMA = "a comma before `et al.`", "no comma before `et al.`"


@list_rule(
    code="RL530",
    name="et-al-no-comma",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No comma between the last name and `et al.`",
    fixable=True,
)
def et_al_no_comma(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags `et al.` run on from the last name without the comma before it (`Protopopescu C et
    al.`), in an author list of Vancouver names (family name, then initials). IOP's numbered
    Harvard, whose year stands bare after the names, prints no comma (`Brandt H et al 2020`),
    nor do author-year styles with the year in parentheses there (`Ricaldi JN et al. (2003)`).
    After inverted names set off by a comma (`Liu, R. et al.`), where styles differ, it is
    flagged only in a list that writes `Surname, I., et al.` in at least five entries and 80%
    of those with `et al.` after such a name.

    ## Why is this bad?
    Citing Medicine and the ICMJE form separate `et al.` from the names like one more name:
    `Protopopescu C, et al.`. Without the comma `et al.` reads as part of the last name.

    ## Example
        1. Barré T, Marcellin F, Protopopescu C et al. Hepatitis C virus cure. Liver Int.
           2020;40(4):811-21.

    Use instead:
        1. Barré T, Marcellin F, Protopopescu C, et al. Hepatitis C virus cure. Liver Int.
           2020;40(4):811-21.

    ## Fix safety
    Safe: a comma is put after the last name; no word changes.
    """
    inverted: list[tuple[Reference, Span, str]] = []
    for ref in refs:
        found = _run_on(ref)
        if found is None:
            continue
        span, form, vancouver_name = found
        if vancouver_name:
            if form == NO_COMMA:
                yield _no_comma(ref, span)
        else:
            inverted.append((ref, span, form))
    house = convention([form for *_, form in inverted])
    if house is None or house.form != COMMA:
        return
    for ref, span, form in inverted:
        if form == NO_COMMA:
            yield _no_comma(
                ref,
                span,
                house.says("entries with `et al.` after an inverted name put a comma before it"),
            )


def _run_on(ref: Reference) -> tuple[Span, str, bool] | None:
    """Where the last name ends before `et al.`, whether a comma stands between, and whether
    the name is a Vancouver one; None where neither kind of name comes before it."""
    et_al, authors = ref.et_al, ref.authors
    if et_al is None or not authors:
        return None
    last = authors[-1]
    if last.is_group or last.span.end > et_al.span.start:
        return None
    gap = ref.text[last.span.end : et_al.span.start].strip()
    form = NO_COMMA if not gap else COMMA if gap == "," else None
    if form is None:
        return None  # anything else between
    if _VANCOUVER_NAME.match(last.text):
        if year_after_names(ref, parenthesized=True):
            return None  # `Brandt H et al 2020`, `Ricaldi JN et al. (2003)`: author-year, no comma
        return Span(last.span.start, last.span.end), form, True
    if _INVERTED_NAME.match(last.text):
        return Span(last.span.start, last.span.end), form, False
    return None


def _no_comma(ref: Reference, name: Span, why: str = "") -> Diagnostic:
    et_al = ref.et_al
    assert et_al is not None
    printed = ref.text[name.start : name.end]
    return Diagnostic(
        Span(name.start, et_al.span.end),
        f"no comma before `{et_al.text}`; expected `{printed}, {et_al.text}`"
        + (f" ({why})" if why else ""),
        fix=Fix.safe(Edit(Span(name.end, et_al.span.start), ", "), message="Add the comma"),
        ref=ref,
    )


@rule(
    code="RL531",
    name="name-particle-after-initials",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A family name's particle printed after the initials",
    fixable=True,
)
def name_particle_after_initials(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author whose family name's particle (`da`, `de`, `dos`, `van`, `von`...) is printed
    after the initials (`Silva MRF da`, or in an author-date list with the year in parentheses
    after the names, `Burg, S. van der` and `Bossche, J. V. den`, its `van` read as an initial)
    instead of before the family name, or cut to its first letter there (`Aguiar, R. B. d.`:
    which particle it was is not said, so no fix is offered), or a given name's particle run
    into the initials as MEDLINE prints it (`Barbosa Tde S` for `Barbosa TS`).

    ## Why is this bad?
    A Vancouver name is the family name, then the initials. A particle after the initials is a
    reference manager's inversion of `Maria R. F. da Silva` gone wrong: it reads as one more
    initial word, and the name no longer sorts or matches the author's other papers.

    ## Example
        1. Lima SAV, Silva MRF da, Braga JPR. Access to primary care. Physis. 2015;25(2):631-55.

    Use instead:
        1. Lima SAV, da Silva MRF, Braga JPR. Access to primary care. Physis. 2015;25(2):631-55.

    ## Fix safety
    Unsafe: some names keep the particle after the family name instead (`Silva MRF da` may be
    indexed as `Silva MRF`); check the author's own form.

    ## Limitations
    A particle run in after a single vowel (`Husman Ade R`) may be a given name written out
    (`Ide`, `Udo`, `Ada`): it is flagged, with no fix, only after a one-word surname where the
    entry's other names give initials alone (a given name written out among them is out of form
    too); it is left alone in an entry of one author or of names written out, and after a
    surname of two words (`Guedes Neto Ede P`), which MEDLINE prints so for Portuguese names.
    After dotted initials, particles French alone has (`du`, `des`, `le`) are left alone, as are
    surnames in capitals (ABNT's `SILVA, J. da`) and entries whose ampersand takes no comma
    before it (IUCr's `Wilde, A. H. de, Kikkert, M. & van Hemert, M. J.`), houses that keep the
    particle there; a French `de` so printed (`Tocqueville, A. de`) is flagged with the rest.
    """
    yield from _inverted_trailing(ref)
    for author in ref.authors:
        if author.is_group or " " not in author.family:
            continue  # the grammar puts a trailing particle in front: `da Silva`
        cut = _CUT_PARTICLE.match(author.text)
        if cut is not None:
            letter, family = cut.group("particle"), cut.group("family")
            yield Diagnostic(
                author.span,
                f"name particle cut to `{letter}.` after the initials in `{author.text}`; "
                f"expected the particle written out before the family name "
                f"(`{'de' if letter == 'd' else 'van'} {family}, {cut.group('initials').strip()}`"
                " or the like)",
            )
            continue
        run_in = _RUN_IN_PARTICLE.match(author.text)
        if run_in is not None and len(run_in["before"]) == 1 and run_in["before"] in _VOWELS:
            # `Husman Ade R` among `Braks M`: out of form; `Guedes Neto Ede P`, a surname of two
            # words, is a Portuguese name in MEDLINE's own form
            if " " not in run_in["family"].strip() and _initials_beside(ref, author):
                yield Diagnostic(
                    author.span,
                    f"`{run_in['before']}{run_in['particle']}` in `{author.text}` reads as an "
                    f"initial and the particle `{run_in['particle']}` run together, or a given "
                    "name written out where the entry's other names give initials; write the "
                    "particle before the family name it belongs to, or the initial",
                )
            continue
        if run_in is not None:
            wanted = f"{run_in['family']} {run_in['before']}{run_in['after']}"
            yield Diagnostic(
                author.span,
                f"name particle `{run_in['particle']}` run into the initials in `{author.text}`; "
                f"expected `{wanted}`, as Vancouver gives a given name's particle no initial",
                fix=Fix.unsafe(Edit(author.span, wanted), message=f"Write `{wanted}`"),
            )
            continue
        found = _TRAILING_PARTICLE.match(author.text)
        if found is None or found.group("particle") + " " + found.group("family") != author.family:
            continue
        wanted = f"{found.group('particle')} {found.group('family')} {found.group('initials')}"
        yield Diagnostic(
            author.span,
            f"name particle `{found.group('particle')}` after the initials in `{author.text}`; "
            f"expected `{wanted}`",
            fix=Fix.unsafe(Edit(author.span, wanted), message=f"Write `{wanted}`"),
        )


def _inverted_trailing(ref: Reference) -> Iterator[Diagnostic]:
    """A particle after dotted initials in the names before a year in parentheses (APA's
    `Surname, I. (2020).`): searched in the text, as the grammar may take it for the title."""
    if "." not in ref.text or _PARTICLE_HINT.search(ref.text) is None:
        return  # most entries: no particle after an initial's period
    end = _NAMES_END.search(ref.text, ref.body_start)
    if end is None or _BARE_AMPERSAND.search(ref.text, ref.body_start, end.start()):
        return
    for m in _INVERTED_TRAILING.finditer(ref.text, ref.body_start, end.start()):
        family, initials, particle = m["family"], m["initials"], m["particle"]
        if family.isupper():
            continue  # ABNT's `SILVA, J. da`: its own form for a Portuguese particle
        if particle in ("der", "den"):
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"`{particle}` after the initials in `{m.group()}` is what is left of a family "
                f"name's particle (`van {particle}`, its first word read as an initial); write "
                "the particle before the family name",
            )
            continue
        wanted = f"{particle} {family}, {initials}"
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"name particle `{particle}` after the initials in `{m.group()}`; expected "
            f"`{wanted}`, the particle before the family name",
            fix=Fix.unsafe(Edit(Span(m.start(), m.end()), wanted), message=f"Write `{wanted}`"),
        )


def _initials_beside(ref: Reference, author: Author) -> bool:
    """Whether the entry's other personal names, one at least, are all a family name and
    initials (`Braks M`): a written-out given name is then as wrong as a run-in particle."""
    others = [a for a in ref.authors if a is not author and not a.is_group]
    return bool(others) and all(_INITIALS_ONLY.fullmatch(a.text) for a in others)


# one surname word (its particles before it) and capital initials: `Braks M`, `van Dijk JA`; not
# `Hansen Ole J`, which may be a given name written out as much as a surname of two words
_INITIALS_ONLY = pattern(r"(?:[a-z]{1,4}\s+)*[^\W\d_][\w'’-]*\s+[A-Z]{1,4}")


# Vancouver's own unit (`2010;33(4):420-31`), counted to learn whether the list writes it.
_SEMICOLON_VOLUME = pattern(
    r"(?<![\w/.-])(?:1[5-9]|20)\d\d[a-z]?(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?;\s*\d"
)
COMPACT = "compact"  # `Nat Rev Microbiol 2006, 4:577-587`: BMC's house style
SPACED = "spaced"  # `Computer Communications. 2010, 33(4): 420–431`


def _comma_volume(ref: Reference) -> tuple[re.Match[str], re.Match[str], str] | None:
    """The year and the comma-set volume and pages after it, and which comma form they take:
    compact (no space at the colon, nothing but a space before the year) or spaced."""
    # searched in the text: the grammar reads `Journal, 2010, 33(4)` as one stretch of text
    for year in _YEAR.finditer(ref.text):
        found = _COMMA_VOLUME.match(ref.text, year.end())
        if found is None:
            continue
        before = ref.text[: year.start()].rstrip(" ")
        set_off = before.endswith((",", ".")) or found.group("colon") != ":"
        return year, found, SPACED if set_off else COMPACT
    return None


def _unit_form(ref: Reference, comma: tuple[object, object, str] | None) -> str | None:
    """The entry's unit form, given its `_comma_volume` (found once for both uses)."""
    if comma is not None:
        return comma[2]
    return "semicolon" if _SEMICOLON_VOLUME.search(ref.text) else None


@list_rule(
    code="RL532",
    name="volume-after-comma",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Year, volume and pages set off by a comma and spaces (`2010, 33(4): 420-31`)",
    fixable=True,
)
def volume_after_comma(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a year followed by a comma, then the volume, issue and pages with spaces between them
    (`Computer Communications. 2010, 33(4): 420-31`), and the compact comma form
    (`Nat Rev Microbiol 2006, 4:577-587`) where the list does not write every journal that way.

    ## Why is this bad?
    Vancouver writes the year, volume, issue and pages as one unit with a semicolon and a colon
    and no spaces (`2010;33(4):420-31`). The comma form is another house style's, and in a
    Vancouver list it reads as a list of separate numbers. A list that keeps the compact form
    throughout (BioMed Central's house style) is left alone: that is its convention.

    ## Example
        1. Ren J, Wu J. Survey on anonymous communications. Comput Commun. 2010, 33(4): 420-31.

    Use instead:
        1. Ren J, Wu J. Survey on anonymous communications. Comput Commun. 2010;33(4):420-31.

    ## Limitations
    A list set throughout in the spaced form (China's GB/T 7714 writes `2010, 33(4): 420-431`)
    is flagged entry by entry: turn RL532 off for such a list.

    ## Fix safety
    Safe: only the marks between the numbers change.
    """
    commas = [_comma_volume(ref) for ref in refs]
    forms = [_unit_form(ref, comma) for ref, comma in zip(refs, commas, strict=True)]
    house = convention([form for form in forms if form is not None])
    for ref, comma in zip(refs, commas, strict=True):
        if comma is None:
            continue
        year, found, form = comma
        if form == COMPACT and house is not None and house.form == COMPACT:
            continue
        start, stop = year.start(), found.end()
        issue = (found.group("issue") or "").strip()
        wanted = f"{year.group()};{found.group('volume')}{issue}:{found.group('pages')}"
        yield Diagnostic(
            Span(start, stop),
            f"year, volume and pages set out as `{ref.text[start:stop]}`; "
            f"Vancouver writes `{wanted}`",
            fix=Fix.safe(Edit(Span(start, stop), wanted), message=f"Write `{wanted}`"),
            ref=ref,
        )


@list_rule(
    code="RL533",
    name="proceedings-without-in",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A paper in proceedings set out without `In:` before the proceedings",
)
def proceedings_without_in(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a paper in a meeting's proceedings, or in a series such as Lecture Notes in Computer
    Science, located by its pages (`pp. 47-53`) or the series volume, with no `In:` before the
    proceedings' title. In any style, where the list's other papers in proceedings (two at
    least, and no fewer than those without) print `In` before theirs, a paper whose title is
    followed at once by a meeting's proceedings and its pages, as a journal and its pages are
    (`Proceedings of the 13th International Joint Conference on Artificial Intelligence 2:
    1022–27`, `2023 International Conference on Future Energy Solutions (FES), 1–6.`), is
    flagged too; a journal or serial the shipped lists know (`Proceedings of the IEEE`,
    `Advances in Neural Information Processing Systems 23: ...`) is not, nor a name with a
    volume and an issue (`Proceedings of the National Academy of Sciences 115 (11): ...`, a
    journal's), though `In` before such a serial counts among the list's papers that print it.

    ## Why is this bad?
    Vancouver sets a conference paper out like a book chapter: the paper, then `In:`, the
    editors, the proceedings' title, the meeting's date and place, the publisher and the pages.
    Without `In:` the proceedings' title reads as the paper's journal, and the reader looks for a
    journal issue that does not exist.

    ## Example
        1. Shamir A. Identity-based cryptosystems. Advances in Cryptology, Lecture Notes in
           Computer Science Volume 196, 1985, pp. 47-53.

    Use instead:
        1. Shamir A. Identity-based cryptosystems. In: Blakley GR, Chaum D, editors. Advances in
           Cryptology. Berlin: Springer; 1985. p. 47-53. (Lecture Notes in Computer Science;
           vol. 196).
    """
    flagged = set()
    for ref in refs:
        if (vancouver_form := _vancouver_without_in(ref)) is not None:
            flagged.add(ref.index)
            yield vancouver_form
    with_in = sum(1 for ref in refs if _proceedings_after_in(ref))
    bare = [(ref, m) for ref in refs if (m := _proceedings_as_journal(ref)) is not None]
    if with_in < 2 or with_in < len(bare):
        return
    for ref, found in bare:
        if ref.index in flagged:
            continue
        name = found["name"].strip()
        yield Diagnostic(
            Span(found.start("name"), found.start("name") + len(name)),
            f"a paper in proceedings set out as a journal article (`{name}`), without the `In` "
            f"that {with_in} of the list's other papers in proceedings print before theirs",
            ref=ref,
        )


def _vancouver_without_in(ref: Reference) -> Diagnostic | None:
    if ref.in_marker is not None or ref.kind is Kind.CHAPTER or _IN_WORD.search(ref.text):
        return None
    if ref.kind is Kind.ARTICLE and ref.issue is not None:
        return None  # a journal's issue: `Proceedings of the IEEE, vol. 75, no. 2` is a journal
    start = ref.title.span.end if ref.title is not None else ref.body_start
    rest = ref.text[start:]
    where = _PROCEEDINGS.search(rest)
    if where is None or not _PAPER_LOCATOR.search(rest) or _JOURNAL_DATE.search(rest):
        return None
    at = start + where.start()
    return Diagnostic(
        Span(at, at + len(where.group())),
        "a paper in proceedings without `In:` before the proceedings' title; Vancouver writes "
        "`In: Editors, editors. Proceedings title; date; place. Place: Publisher; year. p. 1-2`",
        ref=ref,
    )


# A meeting's or a series' proceedings by their words (`Proceedings`, `Symposium`, `Lecture Notes`)
_MEETING = pattern(
    r"\b(?:Proceedings|Proc\.|Conference|Symposium|Workshop|Congress|Colloqu\w*|Lecture\s+Notes)"
    r"(?!\s+Series)\b"
)
# After the title: the proceedings' name, then the pages as a journal's (`, 717–24`, ` 2: 1022–27`,
# ` 20 (1): 178–85`, ` 171: 173–88`), closing its sentence
_AS_JOURNAL = pattern(
    r"[\s.,”\"’]*(?P<name>[A-Z0-9][^.;]*?[^\s,;:])"
    r"(?:,\s*|\s+\d{1,4}(?P<issue>\s*\([^()]{1,8}\))?\s*:\s*)"
    r"\d{1,6}\s*[\-\u2010-\u2015]\s*\d{1,6}\s*(?:[.]|$)"
)
# `In` before a meeting's word, no period between (`In Proceedings of the 9th ...`, `In 2019 IEEE
# Data Science Workshop`), looked for back from the word, which few entries hold
_IN_BEFORE = pattern(r"[\s.,”\"’][Ii]n:?\s+[^.]{0,120}$")


def _proceedings_after_in(ref: Reference) -> bool:
    """Whether the entry prints `In` before a meeting's proceedings after its title, or before
    a serial of proceedings the shipped lists know (`In Advances in Neural Information
    Processing Systems 32 (pp. 8024–8035)`)."""
    start = ref.title.span.end if ref.title is not None else ref.body_start
    for word in _MEETING.finditer(ref.text, start):
        if _IN_BEFORE.search(ref.text, max(start - 1, word.start() - 130), word.start()):
            return True
    container = ref.container
    if ref.in_marker is None or container is None:
        return False
    return bool(journals_named(_VOLUME_CLOSING.sub("", container.text.strip())))


def _proceedings_as_journal(ref: Reference) -> re.Match[str] | None:
    """The proceedings' name and pages set out as a journal's after the title, no `In` before."""
    if ref.title is None or ref.in_marker is not None or _IN_WORD.search(ref.text):
        return None
    if _MEETING.search(ref.text, ref.title.span.end) is None:
        return None  # (most entries: no meeting named, nothing to match)
    found = _AS_JOURNAL.match(ref.text, ref.title.span.end)
    if found is None or found["issue"] or not _MEETING.search(found["name"]):
        return None  # a volume and its issue (`115 (11): 2600–2606`) are a journal's
    name = found["name"].strip()
    head = _VOLUME_CLOSING.sub("", name.split(":")[0])  # `Advances in ... Systems 23: 24th ...`
    return None if journals_named(name) or journals_named(head) else found


_VOLUME_CLOSING = pattern(r"\s+\d{1,4}$")


# a bare record number where the address stands (`Available from: 7987511.`): a reference
# manager's export put the database's number (PubMed's, here) in the link's field
_NUMBER_AS_ADDRESS = pattern(
    r"\b(?:Available\s+(?:from|at)|Retrieved\s+from|URL)\s*:?\s*(?P<number>\d{5,9})\s*\.?\s*$",
    re.IGNORECASE,
)
_TAIL = 40  # characters: `Available from: 123456789.` and the spaces around it
# PubMed's identifier, which Citing Medicine prints and other styles leave out
_PMID = pattern(r"(?<![\w/.:-])PMID:?\s*\d{1,9}(?![\w-])", re.IGNORECASE)
MIN_LIST = 10  # entries a list needs before its lone PMID tells a leftover


@list_rule(
    code="RL534",
    name="database-number-left",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A bibliographic database's accession number left in the entry",
    fixable=True,
)
def database_number_left(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an accession number that a bibliographic database adds to the records it exports:
    PsycINFO's (`2003-09633-012`), Web of Science's (`WOS:000301234500012`), Scopus's
    (`2-s2.0-84857438291`), outside the entry's DOI and links. A PubMed identifier (`PMID:
    30173522`) is one too where it is the only one in a list of ten entries or more that is
    not set out in Vancouver: Citing Medicine prints PMIDs, other styles do not. A bare record
    number printed where the address stands (`Available from: 7987511.`) is flagged too.

    ## Why is this bad?
    The number identifies the database's record, not the work: no reader can use it, and it
    is left over from a reference manager's import.

    ## Example
        1. Landrine H, Klonoff EA. Validity of assessments of youth access to tobacco. Am J
           Public Health. 2003;93(11):1883-6. doi: 10.2105/AJPH.93.11.1883 2003-09633-012.

    Use instead:
        1. Landrine H, Klonoff EA. Validity of assessments of youth access to tobacco. Am J
           Public Health. 2003;93(11):1883-6. doi: 10.2105/AJPH.93.11.1883.

    ## Fix safety
    Unsafe: the number and the space before it are removed; check that it is no report number
    of the work itself.
    """
    for ref in refs:
        yield from _accession_numbers(ref)
        yield from _number_as_address(ref)
    pmids = [(ref, m) for ref in refs for m in _PMID.finditer(ref.text, ref.body_start)]
    if len(pmids) != 1 or len(refs) < MIN_LIST or vancouver(refs):
        return
    ref, m = pmids[0]
    yield _removal(ref, m, "is PubMed's identifier, which no other entry of the list gives")


def _accession_numbers(ref: Reference) -> Iterator[Diagnostic]:
    kept = [f.span for f in (ref.doi, *ref.urls) if f is not None]
    for found in _ACCESSION.finditer(ref.text):
        if any(span.start <= found.start() < span.end for span in kept):
            continue
        yield _removal(ref, found, "is a database's accession number")


def _number_as_address(ref: Reference) -> Iterator[Diagnostic]:
    if not ref.text.rstrip(" .")[-1:].isdigit():
        return  # most entries: no number at the end, where the address stands
    # (the label and number close the entry: only its last characters are searched)
    found = _NUMBER_AS_ADDRESS.search(ref.text, max(ref.body_start, len(ref.text) - _TAIL))
    if found is not None:
        yield Diagnostic(
            Span(found.start("number"), found.end("number")),
            f"`{found['number']}` stands where the address does: a database's record number "
            "(PubMed's, by its length), which no reader can follow; give the work's DOI or "
            "address, or nothing",
            ref=ref,
        )


def _removal(ref: Reference, found: re.Match[str], what: str) -> Diagnostic:
    """The finding on a number left in the entry, with the fix that removes it and the mark
    that set it off (`, PMID: 1`, ` 2003-09633-012`)."""
    start = found.start()
    while start > 0 and ref.text[start - 1] in " ,;":
        start -= 1
    return Diagnostic(
        Span(found.start(), found.end()),
        f"`{found.group()}` {what}, of no use to a reader; remove it",
        fix=Fix.unsafe(Edit(Span(start, found.end()), ""), message="Remove the number"),
        ref=ref,
    )


def _names_run_into_title(ref: Reference) -> Iterator[Diagnostic]:
    """The authors' closing period run into the title the grammar read after it (`Kwon
    YW.The Key`, `Meissner A.DNA methylation`): initials before a capital, which the pattern of
    words leaves alone (`J.A.`)."""
    names, title = ref.authors_span, ref.title
    if names is None or title is None or not ref.authors or ref.authors[-1].is_group:
        return
    at = names.end
    if ref.text[at : at + 1] != "." or title.span.start != at + 1:
        return
    if not ref.authors[-1].text.rstrip(".")[-1:].isupper():
        return  # initials close the names (a surname run on is another slip)
    end = at + 1
    while end < len(ref.text) and not ref.text[end].isspace():
        end += 1
    if end - at < 3 and any("." in a.text for a in ref.authors):
        return  # among dotted initials, a lone letter after the period is one (`Berman H.M The`)
    yield Diagnostic(
        Span(ref.authors[-1].span.start, end),
        f"no space after the period in `{ref.text[ref.authors[-1].span.start : end]}`",
        fix=Fix.safe(Edit(Span(at + 1, at + 1), " "), message="Put a space after the period"),
    )


@rule(
    code="RL537",
    name="no-space-after-period",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Two elements run together at a period with no space (`vulvar.Sichuan`)",
    fixable=True,
)
def no_space_after_period(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a period that ends a word and runs straight into the next element: a capitalised word
    (`vulvar.Sichuan`), an abbreviation (`neoplasia.M.Sc.`), a year (`Rehabil.2013;`) or an
    edition's number (`Matrix Computations.3 a ed.`), outside the entry's DOI and links (and
    outside any DOI in its text, read or not).

    ## Why is this bad?
    The space after an element's period is lost in a paste or an edit; the two elements read as
    one word, and the entry's title, journal or year can no longer be told apart.

    ## Example
        1. Wang L. Clinical analysis of vulvar.Sichuan Med J. 2013;34(4):533-4.

    Use instead:
        1. Wang L. Clinical analysis of vulvar. Sichuan Med J. 2013;34(4):533-4.

    So is the authors' closing period run into the title (`Kwon YW.The Key`), where the
    grammar read the names and the title apart.

    ## Fix safety
    Safe: a space is put after the period.
    """
    yield from _names_run_into_title(ref)
    kept: list[Span] | None = None  # where identifiers stand, found once a period is run on
    for found in _RUN_TOGETHER.finditer(ref.text, ref.body_start):
        if kept is None:
            kept = [f.span for f in (ref.doi, *ref.urls) if f is not None]
            kept += [Span(m.start(), m.end()) for m in _DOI_TEXT.finditer(ref.text)]
        at = found.end()
        if any(span.start <= at <= span.end for span in kept):
            continue
        word_end = at
        while word_end < len(ref.text) and not ref.text[word_end].isspace():
            word_end += 1
        yield Diagnostic(
            Span(found.start(), word_end),
            f"no space after the period in `{ref.text[found.start() : word_end]}`",
            fix=Fix.safe(Edit(Span(at, at), " "), message="Put a space after the period"),
        )
