"""English apparatus in a list whose apparatus is German, French or Spanish (RL863).

A list printed in German writes its editors `Hrsg.` or `hg. von`, joins its last two names by
`und` and quotes titles `„…“`; in French, `dir.`, `éd.`, `et`, `s. d.` and `« … »`; in Spanish,
`y`, `En:`, `Trad.`, `s/f` and `Accesible desde`. An entry that says `edited by`, `(Editor)`,
`with`, `and` or `n.d.` there (or `eds.` in German and French, `In` before a book in Spanish,
where `Ed.` is Spanish too) was pasted from an English source. The list's language is learnt
from all its apparatus: at least `MIN_ENTRIES` entries marked in one language, twice as many as
are marked in English or in either other. Access notes in another language are RL807's, months
RL812's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

MIN_ENTRIES = 3
GERMAN, FRENCH, SPANISH = "German", "French", "Spanish"

# the apparatus of each language, anywhere in the entry (each alternative's first letter looked
# ahead for first, which spares `re` trying them all at every character)
_SIGNS = {
    GERMAN: pattern(
        r"„|\b(?=[hHoZaAB])(?:(?:hrsg|hg)\.\s?v(?:on|\.)|(?:Hrsg|Hg)\.|herausgegeben von\b"
        r"|o\.\s?[DJO]\.|Zugriff am\b|abgerufen am\b|Aufl\.|Bd\.\s)"
    ),
    SPANISH: pattern(
        r"\b(?=[ARDTtEsn])(?:Accesible desde\b|Recuperado de\b|Disponible en\b|Trad\.|En:\s"
        r"|[Tt]esis (?:doctoral|de (?:doctorado|grado|maestría|licenciatura))\b|s/f\b|núm\.)"
    ),
    FRENCH: pattern(
        r"«|\b(?=[dsécTt])(?:dir\.|éds?\.|s\.\s?d\.|consulté le\b|Traduction par\b|trad\.\s)"
    ),
}
# English apparatus: an editor's role or a contributor's, the undated mark, `and` beside an
# initial (access notes are RL807's); `Ed.` is Spanish too, `In` German and French
_ENGLISH = pattern(
    r"(?=[e(na])(?:\bedited by\b|\([Ee]ditors?\)|\(with(?=\s)|\bn\.\s?d\.(?=\s|$)"
    r"|(?<=\b[A-Z]\.\s)and(?=\s)|(?<=\s)and(?=\s[A-Z]\.\s))"
)
_ONLY = {
    GERMAN: pattern(r"(?=[(e])(?:\([Ee]ds?\.\)|(?<=[.,]\s)eds?\.(?=\s|,|$))"),
    SPANISH: pattern(r"(?<=[.,]\s)In(?=\s)"),
}
_ONLY[FRENCH] = _ONLY[GERMAN]
_ACCESSED = pattern(r"\b[Aa]ccessed\b")
# the names that open an entry end at the year, at a stop that is no initial's, or
# where a title's quotation mark or a parenthesis opens
_NAMES_END = pattern(
    r"\b(?:1[5-9]|20)\d\d[a-z]?\b|\bn\.\s?d\.|\bo\.\s?[DJ]\.|\bs\.\s?d\."
    r"|(?<!\b[A-Z])\.\s|:\s|[„“\"«(]"
)
_JOINS = {
    GERMAN: pattern(r"\sund\s"),
    FRENCH: pattern(r"\set\s(?!al\b)"),
    SPANISH: pattern(r"\sy\s"),
}
_AND = pattern(r"(?<=\s)and(?=\s)")


def _names_end(ref: Reference) -> int:
    found = _NAMES_END.search(ref.text, ref.body_start)
    return found.start() if found is not None else ref.body_start


def _english(ref: Reference, lang: str) -> list[re.Match[str]]:
    """The entry's English apparatus words: roles, `n.d.`, `and` between the opening names."""
    text, start = ref.text, ref.body_start
    found = {m.start(): m for m in _ENGLISH.finditer(text, start)}
    found |= {m.start(): m for m in _ONLY[lang].finditer(text, start)}
    found |= {m.start(): m for m in _AND.finditer(text, start, _names_end(ref))}
    return [found[at] for at in sorted(found)]


def _marked(ref: Reference) -> set[str]:
    """The languages other than English the entry's apparatus is written in."""
    text, start = ref.text, ref.body_start
    langs = {lang for lang, signs in _SIGNS.items() if signs.search(text, start)}
    if " und " in text or " et " in text or " y " in text:
        end = _names_end(ref)
        langs |= {lang for lang, join in _JOINS.items() if join.search(text, start, end)}
    return langs


@list_rule(
    code="RL863",
    name="english-apparatus",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="English apparatus (`edited by`, `and`, `In`, `n.d.`) in a German, French or Spanish"
    " list",
)
def english_apparatus(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns the language of the list's apparatus from its editors' roles (`Hrsg.`, `hg. von`,
    `dir.`, `éd.`, `Trad.`), the word joining its names (`und`, `et`, `y`), undated marks (`o. D.`,
    `s. d.`, `s/f`), access notes, quotation marks (`„…“`, `« … »`) and volume and edition words
    (`Bd.`, `Aufl.`, `núm.`). In a list whose apparatus is German, French or Spanish (at least
    three entries, twice as many as those with English apparatus), flags an editor's role, an
    undated mark, a `with` before a contributor, the `and` between names or a Spanish list's `In`
    before a book written in English.

    ## Why is this bad?
    A list speaks one language in its apparatus, whatever language its titles are in; `edited by`
    or `eds.` in a German list, `and` or `n.d.` in a French one, `In` in a Spanish one, was pasted
    from an English source and left.

    ## Example
        1. Dumont, Stefan und Anna Meier. 2020. Kommentieren. Berlin: De Gruyter.
        2. Karge, Henrik, Hrsg. 2014. Gesammelte Schriften. Hildesheim: Olms.
        3. Piel, Friedrich, ed. 1977. Der Stil. Mittenwald: Mäander.
        4. Sahle, Patrick und Georg Vogeler. 2013. Digitale Editionsformen. Norderstedt: BoD.

    Use instead:
        1. Dumont, Stefan und Anna Meier. 2020. Kommentieren. Berlin: De Gruyter.
        2. Karge, Henrik, Hrsg. 2014. Gesammelte Schriften. Hildesheim: Olms.
        3. Piel, Friedrich, Hrsg. 1977. Der Stil. Mittenwald: Mäander.
        4. Sahle, Patrick und Georg Vogeler. 2013. Digitale Editionsformen. Norderstedt: BoD.
    """
    marked = [_marked(ref) for ref in refs]
    counts = {name: sum(name in m for m in marked) for name in _SIGNS}
    lang = max(counts, key=counts.__getitem__)
    mine = counts.pop(lang)
    if mine < MIN_ENTRIES:
        return  # (most lists: English apparatus is not looked for)
    other = max(counts.values())
    english = [_english(ref, lang) for ref in refs]
    marked_english = sum(
        1
        for ref, words in zip(refs, english, strict=True)
        if words or _ACCESSED.search(ref.text, ref.body_start)
    )
    if mine < 2 * marked_english or mine < 2 * other:
        return
    for ref, words in zip(refs, english, strict=True):
        for m in words:
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"`{m.group()}` is English where the list's apparatus is {lang} "
                f"({mine} of its {len(refs)} entries write it so)",
                ref=ref,
            )
