"""Spacing and marks around Citing Medicine's apparatus (RL596-RL598): the bracketed notes
(`[Internet]`, `[cited 2020 Mar 3]`, `[citado ...]`, `[In Portuguese]`), the label before the
link (`Available from:`, `Disponível em:`) and the location that ends a journal's tail.

Every check is anchored on an apparatus word or on the tail's own numbers, never on bracketed text
in general: chemistry, gene and citation brackets (`[3H]thymidine`, `Ru(bpy)3[PF6]2`,
`IL-1[beta]`, `ref[12]`) hold none of those words and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

# What a bracketed note of the apparatus opens with: the medium (`[Internet]`, `[serial on the
# Internet]`, `[periódico na internet]`, `[CD-ROM]`), the access or update note in English,
# Portuguese or Spanish, or the note on the work's language (`[In Portuguese]`, `[em português]`).
_NOTE_WORDS = (
    r"(?:Internet|Online|On-line|serial|peri[oó]dico|monograph|homepage|database|CD-?ROM|DVD"
    r"|Preprint|(?:last\s+)?(?:cited|accessed|updated|viewed|retrieved)"
    r"|citad[oa]|acessad[oa]|acesso|consultad[oa]|accedido|atualizad[oa]|actualizad[oa]"
    r"|In\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\]|Em\s+[a-zç]+\]|en\s+[a-zñ]+\])"
)
# A note run into the word or year before it: `Saúde[Internet]`, `2017[cited 2020 Mar 3]`. A
# note right after another (`[s.d.][cited ...]`) or after an opening mark is no run-on.
# The bracket comes first and the mark before it is looked at behind it, so that `re` scans for
# the bracket alone (a lookbehind first is tried at every character).
_RUN_INTO = pattern(r"\[(?<=(?:[^\W_]|[.)])\[)(?i:" + _NOTE_WORDS + r")")
# What may follow a note's closing bracket: a space, a mark, or the end of the entry.
# a link's label run into its address: `Accesible desde:http://...`, `Available from:https://`
_LABEL_RUN_ON = pattern(
    r"(?i)\b(?:available\s+(?:from|at)|accesible\s+desde|disponible\s+en|disponível\s+em"
    r"|retrieved\s+from|recuperado\s+de)\s*:(?=https?://|www\.)"
)
_ENDS_NOTE = pattern(r"[\s.,;:]|$")
# The medium, then a semicolon and the next element with no space (`[Internet];2021 Sep 5-10`).
# After the access note (`2019 [cited 2020 Feb 10];13(5):1520-9`) the volume follows the
# semicolon with no space, as after a year: that is Citing Medicine's own form.
_MEDIUM_SEMICOLON = pattern(
    r"\[(?i:Internet|Online|serial on the Internet|peri[oó]dico na internet|CD-?ROM)\](;)(?=\S)"
)
# A journal's tail closed by a spaced period: `2014;9(9):e108044 .`, `2010;33:420-31 .`
_SPACED_TAIL_PERIOD = pattern(
    r"(?<![\w/.])(?:1[5-9]|20)\d\d[a-z]?(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;\s*[A-Za-z]?\d+"
    r"(?:\s*\([^()]{1,20}\))?(?::\s*[A-Za-z]{0,3}\d[\w\-\u2010-\u2015]*)?"
    r"(?P<space>[ \t]+)\.(?=\s|$)"
)


# The `In:` of a chapter or a proceedings paper run into what follows it (`em:Proceedings`,
# `In:Collet N`): after an element's comma or period, and before a word in lower case after its
# capital, so that a doped crystal (`In:ZnO`, `Er:YAG`) is no marker.
_MARKER_RUN_ON = pattern(r"(?P<marker>(?:In|in|Em|em|En|en|Dans|dans):)(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")
# what stands before the marker: an element's comma or period and a space (looked at after the
# marker is found, so that `re` scans for the marker's letters alone)
_BEFORE_MARKER = pattern(r"[.,]\s")

# A page range's suffix split off by a space (`2051–65. e6` for Cell's `2051–65.e6`).
_SPLIT_SUFFIX = pattern(
    r"(?<=[:\s])\d+[\-\u2010-\u2015]\d+\.(?P<space>[ \t]+)e\d{1,2}(?=[.;,]?(?:\s|$))"
)

# What `_SPLIT_SUFFIX` cannot match without, found by a scan for the period alone.
_SUFFIX_SPACE = pattern(r"\.[ \t]+e\d")


def _in_links(ref: Reference, at: int) -> bool:
    """Whether `at` is inside the entry's DOI or a link (a link's word as printed, too: the
    grammar ends a link at a bracket)."""
    if any(f.span.start <= at < f.span.end for f in (ref.doi, *ref.urls) if f is not None):
        return True
    word = ref.text[ref.text.rfind(" ", 0, at) + 1 : at]
    return "://" in word or word.startswith("www.")


@rule(
    code="RL596",
    name="apparatus-spacing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No space before a bracketed note (`2017[cited ...]`), or a space lost or added "
    "around the apparatus (`[Internet];2021`, `In:Title`, `e108044 .`, `2051-65. e6`)",
    fixable=True,
)
def apparatus_spacing(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a bracketed note of the apparatus run into the word or year before it
    (`Saúde[Internet]`, `2017[cited 2020 Mar 3]`, `2019[citado 2020 dez 23]`), a semicolon after
    the medium with no space after it (`[Internet];2021 Sep 5-10`), the `In:` of a chapter or a
    proceedings paper run into what it introduces (`In:Collet N`, `em:Proceedings`, after an
    element's comma or period; a doped crystal such as `In:ZnO` is no marker), and a space
    before the period that closes a journal's tail (`2014;9(9):e108044 .`) or inside a page
    range's suffix (`2051-65. e6` for `2051-65.e6`), and a link's label run into its address
    (`Available from:https://`, `Accesible desde:http://`). Only notes that open with an apparatus
    word count (the medium, `cited`, `accessed`, `citado`, `In Portuguese`...): brackets in
    chemical, gene and citation names (`[3H]thymidine`, `IL-1[beta]`, `ref[12]`) are left alone.

    ## Why is this bad?
    Citing Medicine sets the medium and the access note off by a space (`Title [Internet].`,
    `2017 [cited 2020 Mar 3].`); run into the word before it the note reads as part of the title
    or the year. The space after a semicolon and the period hard against the tail are lost or
    added in a paste, and a reader or a reference manager may split the entry there.

    ## Example
        1. Ministério da Saúde (BR). Caderneta da Criança[Internet]. Brasília: Ministério da
           Saúde; 2018[cited 2026 Oct 22]. Available from: https://bvsms.saude.gov.br/a.pdf

    Use instead:
        1. Ministério da Saúde (BR). Caderneta da Criança [Internet]. Brasília: Ministério da
           Saúde; 2018 [cited 2026 Oct 22]. Available from: https://bvsms.saude.gov.br/a.pdf

    ## Fix safety
    Safe: only a space is put in or taken out.
    """
    text = ref.text
    for m in _RUN_INTO.finditer(text, ref.body_start):
        at = m.start()
        if _in_links(ref, at):
            continue
        close = text.find("]", at)
        if not 0 <= close - at <= 60 or not _ENDS_NOTE.match(text, close + 1):
            continue  # no note: `2D[Internet]-of-things`, or a bracket never closed
        note = text[at : close + 1]
        word = text.rfind(" ", 0, at) + 1
        yield Diagnostic(
            Span(word, at + len(note)),
            f"no space before `{note}` (`{text[word:at]}{note}`); Citing Medicine sets a "
            "bracketed note off by a space",
            fix=Fix.safe(Edit(Span(at, at), " "), message="Put a space before the note"),
        )
    for m in _MEDIUM_SEMICOLON.finditer(text, ref.body_start):
        at = m.end(1)
        yield Diagnostic(
            Span(m.start(), at + 1),
            f"no space after the semicolon in `{text[m.start() : at + 4]}`",
            fix=Fix.safe(Edit(Span(at, at), " "), message="Put a space after the semicolon"),
        )
    for m in _MARKER_RUN_ON.finditer(text, ref.body_start) if ":" in text else ():
        begin = m.start()
        if not _BEFORE_MARKER.fullmatch(text, begin - 2, begin) or _in_links(ref, begin):
            continue
        at = m.end("marker")
        stop = text.find(" ", at)
        printed = text[m.start() : stop if stop >= 0 else len(text)]
        yield Diagnostic(
            Span(m.start(), at),
            f"no space after `{m['marker']}` (`{printed}`); a space sets the marker off from "
            "what it introduces",
            fix=Fix.safe(Edit(Span(at, at), " "), message=f"Put a space after `{m['marker']}`"),
        )
    for m in _LABEL_RUN_ON.finditer(text, ref.body_start) if ":" in text else ():
        at = m.end()
        yield Diagnostic(
            Span(m.start(), at),
            f"no space after `{m.group()}` before the address; a space sets the label off "
            "from the link",
            fix=Fix.safe(Edit(Span(at, at), " "), message=f"Put a space after `{m.group()}`"),
        )
    for m in _SPLIT_SUFFIX.finditer(text, ref.body_start) if _SUFFIX_SPACE.search(text) else ():
        if _in_links(ref, m.start()):
            continue
        space = Span(*m.span("space"))
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"page range's suffix split off by a space (`{m.group()}`); expected "
            f"`{text[m.start() : space.start]}{text[space.end : m.end()]}`",
            fix=Fix.safe(Edit(space, ""), message="Remove the space"),
        )
    if ref.kind is Kind.ARTICLE and (" ." in text or "\t." in text):
        for m in _SPACED_TAIL_PERIOD.finditer(text, ref.body_start):
            if _in_links(ref, m.start()):
                continue
            space = Span(*m.span("space"))
            word = text.rfind(" ", 0, space.start) + 1
            printed = text[word : m.end()]
            yield Diagnostic(
                Span(word, m.end()),
                f"space before the period after the tail (`{printed}`); expected "
                f"`{text[word : space.start]}.`",
                fix=Fix.safe(Edit(space, ""), message="Remove the space"),
            )


# A label before the link printed twice: `Available from: Available from:`, `Disponível em:
# Disponível em:`; any one to three words and a colon written twice in a row count.
_TWICE = pattern(
    r"(?<![^\W\d_])(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:)(?P<again>[ \t]*(?P=label))"
    r"(?=[ \t]*(?:<?(?:https?://|ftp://|www\.|doi\.org/|10\.\d)))",
    re.IGNORECASE,
)

# The colon and link every doubled label ends in: a scan for the colon alone rules most entries
# out before `_TWICE` tries a label at every word.
_LINK_AFTER_COLON = pattern(r":[ \t]*<?(?:https?://|ftp://|www\.|doi\.org/|10\.\d)", re.IGNORECASE)


@rule(
    code="RL597",
    name="label-printed-twice",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="The label before a link printed twice (`Available from: Available from:`)",
    fixable=True,
)
def label_printed_twice(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the words that introduce a link or a DOI printed twice in a row (`Available from:
    Available from:`, `Disponível em: Disponível em:`, `Retrieved from: Retrieved from:`).

    ## Why is this bad?
    A reference manager's template added the label to an entry that already had it; the doubled
    words are plainly a slip, and a copy editor deletes one.

    ## Example
        1. Posit. RStudio [Internet]. Boston: Posit; c2022 [cited 2026 Oct 18]. Available from:
           Available from: https://www.rstudio.com/

    Use instead:
        1. Posit. RStudio [Internet]. Boston: Posit; c2022 [cited 2026 Oct 18]. Available from:
           https://www.rstudio.com/

    ## Fix safety
    Safe: the second copy of the label is removed.
    """
    if not _LINK_AFTER_COLON.search(ref.text, ref.body_start):
        return
    for m in _TWICE.finditer(ref.text, ref.body_start):
        label = " ".join(m.group("label").split())
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{label}` printed twice before the link",
            fix=Fix.safe(Edit(Span(*m.span("again")), ""), message="Remove the second label"),
        )


# A period between a journal and its medium: `Rev SBPH. [Internet]. 2017`.
_PERIOD_BEFORE_MEDIUM = pattern(r"(\.)\s*\[(?i:Internet|Online|serial on the Internet)\]")
# A supplement in a database's form: ASCO's `37(15_suppl)`, Oxford's `(suppl_8)`.
_DATABASE_SUPPLEMENT = pattern(r"\((?:(?P<issue>\d+)_suppl|suppl_(?P<number>\d+))\)", re.I)
# Scopus's label of a special issue left in the issue: `16(4 SPEC. ISS.)`, `(2 SPEC ISS)`
_DATABASE_SPECIAL_ISSUE = pattern(r"\((?P<issue>\d{1,4})\s+SPEC\.?\s?ISS\.?\)")
# A last note whose closing bracket was printed as an opening one: `[In Portuguese[.`
_TURNED_BRACKET = pattern(r"\[[^\[\]]{1,60}(\[)(?=[.\s]*$)")


@rule(
    code="RL598",
    name="apparatus-mark-wrong",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A wrong mark in the apparatus: a period between a journal and `[Internet]`, a "
    "note closed by `[`, a database's `(15_suppl)`",
    fixable=True,
)
def apparatus_mark_wrong(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a period between an undotted journal abbreviation and its medium (`Rev SBPH.
    [Internet].`), and a last note whose closing bracket was printed as an opening one
    (`[In Portuguese[.`), and a supplement written in a database's form (`37(15_suppl)`, for
    Citing Medicine's `37(15 Suppl)`), or a special issue's label that Scopus's exports leave in
    the issue (`16(4 SPEC. ISS.)`, for `16(4)`). A journal printed with dotted abbreviations
    (`J. Chem. Phys. [Internet]`) keeps its own last period.

    ## Why is this bad?
    Citing Medicine puts the medium straight after the journal, within its element: `Rev SBPH
    [Internet]. 2017`. The period before it splits the journal from its medium and reads as the
    end of the element. A bracket turned round leaves the note open to the end of the entry.

    ## Example
        1. Sousa R, Lourenço MTC. Visits to the intensive care unit. Rev SBPH. [Internet]. 2017
           [cited 2026 Oct 15];20(1):5-16. Available from: http://pepsic.bvsalud.org/a

    Use instead:
        1. Sousa R, Lourenço MTC. Visits to the intensive care unit. Rev SBPH [Internet]. 2017
           [cited 2026 Oct 15];20(1):5-16. Available from: http://pepsic.bvsalud.org/a

    ## Fix safety
    Safe: the period is removed, or the bracket turned round.
    """
    text = ref.text
    journal = ref.container
    if ref.kind is Kind.ARTICLE and journal is not None and "." not in journal.text.strip(". "):
        m = _PERIOD_BEFORE_MEDIUM.match(text, journal.span.end)
        if m is None and text[journal.span.end - 1 : journal.span.end] == ".":
            m = _PERIOD_BEFORE_MEDIUM.match(text, journal.span.end - 1)
        if m is not None:
            bracket = m.start() + m.group().index("[")
            medium = text[bracket : m.end()]
            printed = text[journal.span.start : m.end()]
            yield Diagnostic(
                Span(journal.span.start, m.end()),
                f"period between the journal and its medium (`{printed}`); Citing Medicine "
                f"writes `{journal.text.rstrip('. ')} {medium}`",
                fix=Fix.safe(Edit(Span(m.start(1), bracket), " "), message="Remove the period"),
            )
    for m in _DATABASE_SUPPLEMENT.finditer(text, ref.body_start):
        if _in_links(ref, m.start()):
            continue
        wanted = f"({m['issue']} Suppl)" if m["issue"] else f"(Suppl {m['number']})"
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"supplement written in a database's form (`{m.group()}`); expected `{wanted}`",
            fix=Fix.safe(Edit(Span(m.start(), m.end()), wanted), message=f"Write `{wanted}`"),
        )
    if "SPEC" in text:
        for m in _DATABASE_SPECIAL_ISSUE.finditer(text, ref.body_start):
            if _in_links(ref, m.start()):
                continue
            wanted = f"({m['issue']})"
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"a database's label of a special issue left in the issue (`{m.group()}`); "
                f"expected `{wanted}`",
                fix=Fix.safe(Edit(Span(m.start(), m.end()), wanted), message=f"Write `{wanted}`"),
            )
    turned = _TURNED_BRACKET.search(text, ref.body_start)
    if turned is not None:
        at = turned.start(1)
        yield Diagnostic(
            Span(turned.start(), at + 1),
            f"note closed by `[` (`{turned.group()}`); expected `{turned.group()[:-1]}]`",
            fix=Fix.safe(Edit(Span(at, at + 1), "]"), message="Close the note with `]`"),
        )
