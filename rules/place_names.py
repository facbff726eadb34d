"""A place of publication in another language's form, or misspelt, in an English list (RL525).

English lists give the places of publication their English names (`Geneva, Switzerland`, not
`Genf, Schweiz`), and copy editors fix a misspelt city (`Strassbourg`). The tables below are the
places where works are most often published and the forms other languages give them; a
misspelling is a word one letter away (one added, dropped, changed or two swapped) from one of
the longer names, which no other place of the table is.
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
    Span,
    list_rule,
    pattern,
)

from .spelling import english_words, reads_as_english

# other languages' forms of places -> the English name
FOREIGN_FORMS = {
    "Genf": "Geneva",
    "Genève": "Geneva",
    "Ginevra": "Geneva",
    "Genebra": "Geneva",
    "Ginebra": "Geneva",
    "Schweiz": "Switzerland",
    "Suisse": "Switzerland",
    "Svizzera": "Switzerland",
    "Suíça": "Switzerland",
    "Suiza": "Switzerland",
    "Wien": "Vienna",
    "Viena": "Vienna",
    "München": "Munich",
    "Munique": "Munich",
    "Köln": "Cologne",
    "Deutschland": "Germany",
    "Alemanha": "Germany",
    "Allemagne": "Germany",
    "Österreich": "Austria",
    "Frankreich": "France",
    "Londres": "London",
    "Londra": "London",
    "Nova York": "New York",
    "Nova Iorque": "New York",
    "Nueva York": "New York",
    "Berlim": "Berlin",
    "Milano": "Milan",
    "Firenze": "Florence",
    "Napoli": "Naples",
    "Venezia": "Venice",
    "Torino": "Turin",
    "Praha": "Prague",
    "Prag": "Prague",
    "Warszawa": "Warsaw",
    "Warschau": "Warsaw",
    "Moskva": "Moscow",
    "Moskau": "Moscow",
    "Bruxelles": "Brussels",
    "Bruxelas": "Brussels",
    "Den Haag": "The Hague",
    "København": "Copenhagen",
    "Lisboa": "Lisbon",
    "Sevilla": "Seville",
}
# English names of places where works are often published, long enough that one letter away
# from one of them is a slip, not another place (none is one letter from another town that
# publishes: not `Stanford`, for Stamford's, nor `Arlington`, for Darlington's)
PLACES = (
    "Strasbourg",
    "Amsterdam",
    "Cambridge",
    "Washington",
    "Philadelphia",
    "Baltimore",
    "Chichester",
    "Heidelberg",
    "Dordrecht",
    "Singapore",
    "Stuttgart",
    "Copenhagen",
    "Brussels",
    "Lausanne",
    "Abingdon",
    "Weinheim",
    "Edinburgh",
    "Princeton",
    "Bethesda",
    "Stockholm",
    "Barcelona",
    "Melbourne",
    "Switzerland",
    "Netherlands",
    "Australia",
    "Hillsdale",
    "Potchefstroom",
    "Johannesburg",
    "Stellenbosch",
    "Pretoria",
    "Bloemfontein",
    "Rotterdam",
    "Groningen",
    "Wageningen",
    "Brisbane",
    "Adelaide",
    "Auckland",
    "Wellington",
    "Canberra",
    "Vancouver",
    "Bangalore",
    "Hyderabad",
    "Shanghai",
    "Guangzhou",
    "Sunderland",
    "Wallingford",
    "Minneapolis",
    "Cleveland",
    "Nashville",
    "Champaign",
    "Pasadena",
    "Sacramento",
    "Honolulu",
    "Rockville",
)
MIN_TITLES = 5  # titles a list needs before its language is told
ENGLISH_SHARE = 2 / 3  # an English list may cite a few works in German or French
OTHER_SHARE = 0.1
# the words of another language's apparatus
_OTHER_APPARATUS = pattern(
    r"(?i)\b(?:Dispon[ií]vel|Disponible|Acesso|Acessado|Consultado|citado|editores|organizadores"
    r"|Hrsg|Zugriff|consult[ée]|Aufl|Verf[üu]gbar|abgerufen)\b|\(orgs?\.\)"
)
# the elements of the place stretch: between colons, commas and semicolons, one to three words
_ELEMENT = pattern(
    r"(?:(?<=^)|(?<=[:;,.]))\s*(?P<words>[^\W\d_][\w’'-]*(?:\s[^\W\d_][\w’'-]*){0,2})"
    r"\s*(?=[:;,.]|$)"
)
_WORD = pattern(r"[^\W\d_]+")
# what follows a journal's name or an author's surname, not a place: a volume that is no year
# (`Ann. Naturhist. Mus. Wien, 111B`) or initials (`Sambridge, M.`)
_NOT_PLACE_AFTER = pattern(r"\s*,\s*(?:[A-Z]\.|(?!(?:1[5-9]|20)\d\d\b)\d)")
_STRETCH_END = pattern(r"(?:1[5-9]|20)\d\d|https?://|\bAvailable\b|\[|\(")


def one_letter_apart(word: str, name: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped (case-blind)."""
    a, b = word.lower(), name.lower()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def _stretch(ref: Reference) -> Span | None:
    """Where the place stands: the place read, or the words after the title up to the year."""
    if ref.place is not None:
        return ref.place.span
    if ref.problem is not None or ref.container is not None or ref.kind is Kind.ARTICLE:
        return None
    if ref.title is not None:
        start = ref.title.span.end
    elif ref.kind is Kind.UNKNOWN and ref.date is not None:
        start = max(ref.date.span.end, ref.body_start)  # untyped: all after the names and year
    else:
        return None
    end_at = _STRETCH_END.search(ref.text, start)
    end = end_at.start() if end_at is not None else len(ref.text)
    return Span(start, end) if end > start else None


def _english_list(refs: Sequence[Reference]) -> bool:
    """Most titles read as English, and the apparatus (`Disponível em`, `[citado`, `Hrsg.`)
    is in another language in hardly any entry: a list of another language cites many English
    titles, but writes its own words around them."""
    other = sum(1 for r in refs if _OTHER_APPARATUS.search(r.text))
    if other > OTHER_SHARE * len(refs):
        return False
    words = english_words()
    read = [reads_as_english(r.title.text, words) for r in refs if r.title is not None]
    told = [t for t in read if t is not None]
    return len(told) >= MIN_TITLES and told.count(True) >= ENGLISH_SHARE * len(told)


def _english_work(ref: Reference, place: int) -> bool:
    """Whether the work is cited in English: its words before the place (its title, and a book's
    title after `In:`; all the words after the names where the grammar read the names as the
    title) read so, or are too few to tell and have no word English lacks. A work cited in its
    own language may keep its title page's place (`Torino: Einaudi`, `Warszawa: PWN`), as library
    catalogues transcribe it."""
    start = ref.title.span.start if ref.title is not None else ref.body_start
    text = ref.text[start:place]
    words = english_words()
    english = reads_as_english(text, words)
    if english is not None:
        return english
    # too short to tell: English if its lower-case words are all English (`Mussolini il
    # rivoluzionario` is not), and a title of names alone (`Psychoneuroimmunology`) is
    lower = [w for w in _WORD.findall(text) if w.islower() and len(w) >= 3]
    return all(w in words for w in lower)


def _findings(ref: Reference) -> Iterator[Diagnostic]:
    stretch = _stretch(ref)
    if stretch is None:
        return
    guessed = ref.place is None
    piece = ref.text[stretch.start : stretch.end]
    for found in _ELEMENT.finditer(piece):
        words = found["words"]
        at = Span(stretch.start + found.start("words"), stretch.start + found.end("words"))
        if guessed and _NOT_PLACE_AFTER.match(ref.text, at.end):
            continue
        english = FOREIGN_FORMS.get(words)
        if english is not None:
            if not _english_work(ref, at.start):
                continue
            message = f"`{words}` is another language's name for {english}; write `{english}`"
            yield Diagnostic(at, message, ref=ref)
            continue
        if " " in words or words in PLACES:
            continue
        near = [name for name in PLACES if len(name) >= 8 and one_letter_apart(words, name)]
        if len(near) == 1:
            yield Diagnostic(at, f"place `{words}` is misspelt; write `{near[0]}`", ref=ref)


@list_rule(
    code="RL525",
    name="place-name-form",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A place of publication in another language's form, or misspelt, in an English list",
)
def place_name_form(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list whose titles are English, flags a place of publication written in another
    language's form (`Genf, Schweiz` for `Geneva, Switzerland`, `Wien` for `Vienna`) or misspelt
    by one letter (`Strassbourg`, `Amsterdan`).

    ## Why is this bad?
    English lists give places their English names, and a misspelt city is a slip a copy editor
    fixes; a reader or a library catalogue does not find `Genf`.

    ## Example
        1. Zheng Y, Yao Y. Composite lithium electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Wang C, Aykol M. Ionic conduction in solid electrolytes. ACS Nano. 2020;14:5510-9.
        3. Gao YC, Yao N. Reductive stability of the electrolyte. J Am Chem Soc. 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M. Battery research and the future. Chem Rev. 2022;122:10899-969.
        5. World Health Organization. Cannabidiol critical review report. Genf, Schweiz: World
           Health Organization; 2018.

    Use instead:
        1. Zheng Y, Yao Y. Composite lithium electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Wang C, Aykol M. Ionic conduction in solid electrolytes. ACS Nano. 2020;14:5510-9.
        3. Gao YC, Yao N. Reductive stability of the electrolyte. J Am Chem Soc. 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M. Battery research and the future. Chem Rev. 2022;122:10899-969.
        5. World Health Organization. Cannabidiol critical review report. Geneva, Switzerland:
           World Health Organization; 2018.

    ## Limitations
    Only the place read, or the words between the title and the year where the grammar read no
    place (in an entry it could not type, the words after the names and year), are looked at,
    and only whole elements between commas and colons (`Elsevier España` is a house's name);
    where the grammar read no place, not a word followed by a volume or by initials (`Ann.
    Naturhist. Mus. Wien, 111B`, `Sambridge, M.`: a journal's name, an author).
    A work cited in its own language (its words before the place, its title and any book's after
    `In:`, do not read as English, or are too few to tell and have a word English lacks) may
    keep the place its title page prints (`Torino: Einaudi`), as catalogues transcribe it; only
    a misspelling is flagged there. Lists whose titles are mostly in another language, or that
    have fewer than five titles to tell, are left alone: `Genebra` is right in a Portuguese
    list. The places known are a short table of those where works are most often published.
    """
    candidates = [d for ref in refs for d in _findings(ref)]
    if not candidates or not _english_list(refs):
        return
    yield from candidates
