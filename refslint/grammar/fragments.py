"""Regular-expression fragments shared by several terminals of `entry.lark`.

Kept here so each idea (what a year, a month or a dash is) is written once. Every fragment is
linear to match: lookaheads are bounded and no quantified group can match the same text two ways.
"""

from refslint import patterns

# Each class of characters that mixes Latin-1 and later ones in more than two runs is written
# with `patterns.either`, which `re` compiles in microseconds instead of a fifth of a millisecond.
DASH = patterns.either(r"\-\u00ad", r"\u2010-\u2015\u2212") + "+"
# Any year from 1000 to 2199: a mistyped "1019" or "2109" is still read as a year, so the date
# rules can say it is implausible instead of the grammar failing on it.
# Never right after a page label: in `vol. 55, no. 4, pp. 1572–1582, 2012` (IEEE) the first page
# and the last are not a range of years; the year comes last.
# A name's last initial `P.` is no page label: `Pristas P. 2017. Title` (ASM's year after the names)
_AFTER_PAGE_LABEL = (
    r"(?<!\b[Pp]p\.\s)(?<!\b[Pp]p\.)(?<!\bp\.\s)(?<!\b[Pp]\.)"
    r"(?:(?<=[^\W\d_][\s\-]P\.\s)|(?<!\bP\.\s))"
)
YEAR = _AFTER_PAGE_LABEL + r"(?:1\d|2[01])\d\d"
# A month word: a real month's first three letters and whatever follows them ("Sept", "Septmber"),
# or a season. Which of these is a real month is the transformer's and the rules' business; a short
# pattern here keeps the lexer quick to build (every scanner that reads free text compiles it).
# A word followed by a comma and an initial is a name, not a month (`Martin, J.;`, `Marino, R.A.`);
# one followed by a number, a comma and a number too short for a year is a journal's name, its
# volume and its page (`Quim. Nova 23, 664 (2000)`), not a month and its day; one followed by a
# number joined to a word in lower case by a hyphen opens a title (`Novel 45-kilodalton protein`).
MONTH_NAME = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}|Spring|Summer|Autumn|Fall"
    r"|Winter)\.?(?![A-Za-z])(?!\s*,\s*[A-Z](?:\.|[A-Z]{0,5}(?:[\s,;]|$)))"
    r"(?!\s*\d{1,2}\s*,\s*\d{1,3}(?!\d))(?!\s*\d+[\-\u2010][a-z])"
)
# German months written out, as a day with its period precedes them (`14. September 2024`); not
# `März`, which no month terminal reads
GERMAN_MONTH = (
    r"(?:Januar|Februar|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?!\w)"
)
# A capitalised word where a month would stand (so "Noc" and "Septmber" are read, then flagged).
# Portuguese and Spanish print their months in lower case (`2019 maio 7`, `3 mar. 2020`, `2013
# abr;`): those words are read as months too, in lower case only where a month is named.
# (and Dutch and Indonesian: `3 mei 2020`, `12 maart 2020`, `okt.`, `des.`)
LOWER_MONTH = (
    r"(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez|ene|feb|may|dic|mei|okt|des|maart)"
    r"[a-zç]{0,7}\.?(?![^\W\d_])"
)
MONTH_LIKE = rf"(?:[A-Z][a-z]{{2,9}}\.?|{LOWER_MONTH})"

# What may follow a complete date: the volume, pages, a bracket, the end, a second date.
DATE_FOLLOW = (
    r"\s*[;:(\[\],.)]|\s*$"
    rf"|\s*{DASH}\s*(?:{YEAR}|\d{{1,2}}(?!\d))"
    rf"|\s+{YEAR}(?:[;:.\s]|$)"
    r"|\s+[Pp]p\.\s*\d"  # `1987 pp. 169–187`: the pages of a chapter after its year
)
_DAYS = rf"\d{{1,2}}(?:\s*{DASH}\s*(?:{MONTH_LIKE}\s+)?\d{{1,2}})?(?!\d)"


def _ymd(named: bool) -> str:
    """ "2020", "2019 Oct 24", "2020 Noc 09-19", "2006 Jan-Feb", "2020 Nov 30-Dec 2": one token, as
    the lexer would otherwise need a state (and a scanner to build) after each of its words."""

    def group(name: str, pattern: str) -> str:
        return f"(?P<{name}>{pattern})" if named else f"(?:{pattern})"

    year = group("year", rf"c?{YEAR}[a-z]?")
    month = group("month", rf"{MONTH_LIKE}(?:\s*{DASH}\s*{MONTH_LIKE})?")
    return rf"{year}(?:\s+{month}(?:\s+{group('days', _DAYS)})?)?(?={DATE_FOLLOW})"


# The terminals carry the groups `transform.py` reads: it splits a token with the pattern the
# lexer compiled for it (`scanner.lexed`), not with a copy compiled in every process.
YMD = YMD_PARTS = _ymd(named=True)

# APA's pages in parentheses after a book, up to the first page: `(pp. 97`, and with the edition
# or volume before them, `(2nd ed., pp. 97`, `(Vol. 2, pp. 97`
# (`(s. 17–36)`, `(wydanie 5., s. 34–36)`: Polish marks pages `s.`, strona; Turkish `s.` and
# `ss.`, Indonesian `hlm.`, halaman)
PAREN_PAGES_OPEN = r"\(\s*(?:[^(),\[\]]{1,30},\s*)?(?:pp?|s|ss|hlm)\.\s*"

# A medium note (`[Internet]`): a year just before it ends the title (`VIGITEL Brasil 2013
# [Internet]. 2014.`), not its date, which Citing Medicine prints after it
MEDIUM = r"\s*(?:[Ii]nternet|[Oo]nline|[Ss]erial\s+on\s+the\s+[Ii]nternet)\s*"

# GOST's page label in Cyrillic (`С.`, `Сс.` as reference managers print it)
GOST_PAGE = r"(?<!\w)С[сc]?"
# Where free text stops: before a year that starts a publication block, or a locator label.
# (not a "year" right after "12: ", which is a page: "Quant Finance 12: 1493."; nor one whose
# "pages" run on into lower-case words, a title's own year: "JASPAR 2024: 20th anniversary of")
TEXT_STOP = (
    rf"(?<!\d:\s){YEAR}[a-z]?(?:\s*;|\s*:\s*[A-Za-z]{{0,4}}\d(?!\w*\s+[a-z])|\s*\[(?!{MEDIUM}\])"
    r"|\s*[.,]?\s*$"
    r"|\s*,\s*[A-Za-z]{0,3}\d+[A-Za-z]?(?:\s*\([^()]{1,20}\))?\s*[,:]\s*[A-Za-z]{0,3}\d"
    rf"|\s+(?:{MONTH_NAME}|{LOWER_MONTH})(?:\s*{DASH}\s*{MONTH_LIKE})?\s*(?:\d|;|:|$))"
    rf"|{YEAR}[-/]\d\d[-/]\d\d(?!\d)"
    # (a chapter's year and its pages after the book: `Book, 1987 pp. 169–187.`)
    rf"|(?<=,\s){YEAR}\s+[Pp]p\.\s*\d"
    # (a month and the year closing the entry after the pages, BibTeX's `plainurl`: `Phys. Rev.
    # E, 83:046706, Apr 2011.`)
    rf"|(?<=\d,\s){MONTH_NAME}\s+{YEAR}(?=\.?\s*$|\.\s)"
    # (the Royal Society's DOI in parentheses too: `339. (doi:10.1644/x)`)
    r"|Available\s+(?:from|at|online)\b|\(?(?:doi|DOI)\s*:|https?://|PMID\b|arXiv\s*:"
    r"|\[\s*(?:last\s+)?(?:accessed|cited)"
    # APA's parenthesised pages after a book: `Title (pp. 97–102)`, `Title (2nd ed., pp. 3–9)`
    rf"|{PAREN_PAGES_OPEN}[A-Za-z]{{0,3}}\d"
    # (IEEE's closing `pp. 1572–1582, 2012.`: the pages are a locator, not words of the text)
    r"|(?<=,\s)[Vv]ol\.\s*[A-Za-z]{0,2}\d+[A-Za-z]?\s*,"  # IEEE's `, vol. 55, no. 4,`
    r"|pp\.\s*\d+\s*[\-\u2010-\u2015]\s*\d+\s*,\s*(?:1\d|2[01])\d\d\.?$"
    # (GOST's page label, `С. 10–20`, and its reference managers' `Сс.`: pages, never years)
    rf"|{GOST_PAGE}\.\s*\d"
)
# One character of free text: anything but space, brackets, ';', and sentence-ending punctuation
# (which may stand inside text only when no space follows: "LiNi0.8Co", "www.x.org", "protein.A").
# (`(?!X|\Z)` is `(?=[^X])`: a character follows, and it is not one of X)
_TEXT_GOES_ON = patterns.either(r"\s.?!\[\]\"»'", "”’")
# (and biblatex's month abbreviated inside the year's parentheses, `Commun. ACM 61.5 (Apr. 2018),`:
# its period ends no sentence)
_PAREN_MONTH = rf"\((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+{YEAR}[a-z]?\))"
TEXT_CHAR = rf"(?:{_PAREN_MONTH}|[^\s.?!;\[\]]|[.?!]+(?!{_TEXT_GOES_ON}|\Z))"
TEXT = rf"{TEXT_CHAR}(?:(?:\s+(?!{TEXT_STOP}))?{TEXT_CHAR})*"

# Author names, Vancouver style: family name words (particles, hyphens, apostrophes, diacritics),
# then up to six capital initials (Brazilian and Portuguese names carry five or six: `Silva MCFAB`)
# and an optional suffix. A letter may carry combining accents: text pasted in decomposed form
# (NFD, `Mu\u0308ller`) keeps its offsets, so the accent is read where it stands, not normalised.
COMBINING = r"[\u0300-\u036f]*"
_LETTER = rf"[^\W\d_]{COMBINING}"
# A hyphen may be a soft hyphen or U+2010 next to the ASCII one (`Aleshko-\u00ad\u2010Ozhevskii`).
_APOSTROPHE = patterns.either("'`´", "’′")  # (`M′bark`: a prime for it, read so a rule can tell)
_HYPHEN = patterns.either(r"\-\u00ad", r"\u2010\u2011")
# A letter, an apostrophe before a letter, or one to three hyphens before one (each of the three
# begins with a character the others cannot, so one optional mark reads as three alternatives)
_WORD = rf"{_LETTER}(?:(?:{_APOSTROPHE}|{_HYPHEN}{{1,3}})?{_LETTER})*"
# A family name whose apostrophe picked up a space (`Dell’ Agnolo CM`): read, so that a rule can
# say where the space stands
_SPACED_APOSTROPHE = rf"(?:{_APOSTROPHE}(?=\s[A-Z]))?"
# One initial; NLM writes some transliterated Cyrillic initials as two letters ("Iu", "Zh").
# Capitals of Latin-1 and Latin Extended-A (`İ`, `Ł`, `Ş`): Turkish, Polish, Czech initials.
_CAPITAL = patterns.either(r"A-Z\u00c0-\u00de", r"\u0100-\u017f")
INITIAL = rf"(?:Iu|Ia|Yu|Ya|Zh|Kh|Ch|Sh|Ts|{_CAPITAL}{COMBINING})"
MAX_INITIALS = 6
# (a given name's particle cut to its letter between two initials, `Pereira JdA` for `J. de A.`:
# read, so that a rule can say the initials are damaged)
_INITIALS = rf"{INITIAL}(?:(?:[-.]|d(?=[A-Z]))?{INITIAL}){{0,{MAX_INITIALS - 1}}}"
# (`No` and `Neto`: PubMed's Portuguese `Neto` after the initials, `Morais OL No`, like `Jr`)
_SUFFIX = r"(?:Jr|Sr|II|III|IV|2nd|3rd|No|Neto)(?:\.(?=\s*,))?"
# the suffix's period before ACS's comma, the suffix read as the family name's last word (`Faro
# Jr., A. C.;`)
_SUFFIX_DOT = r"(?:(?<=\sJr|\sSr)\.)?"
# A family name's particle moved after the initials (`Silva MRF da`, `Sousa DT de`), as some
# Brazilian and Portuguese lists print it: read, so that a rule can say where it belongs.
PARTICLE = r"(?:da|das|de|do|dos|du|del|della|di|van|von|der|den)"
# A particle cut to its first letter after dotted initials (`Aguiar, R. B. d.` for `de Aguiar`)
# (or written out, as biblatex prints a `von` part after the initials: `Boisberranger, J. du,`)
_CUT_PARTICLE = rf"(?:\.\s[dv](?=\.)|\.\s{PARTICLE}(?=,\s))?"
CUT_PARTICLE = r"[dv]\.?"
# The word that marks names as editors, in the languages lists are written in: English, Portuguese,
# Spanish (`editores`, `organizadores`, `coord.`), German (`Hrsg.`, `Hg.`), French (`éditeurs`,
# `éd.`), Italian (`a cura di`), Dutch, Polish and Scandinavian (`red.`); bare or in parentheses
# (`(org.)`, `(Hrsg.)`). Lower case where a family name could be the same word (`Red A`, `Ed B`).
_EDITOR_WORD = (
    r"(?:editors?|editor(?:a|as|es)|eds?|Eds?|Editors?|éditeurs?|éditrices?|éds?|Hrsg|Hg|Herausgeber"
    r"|a\s+cura\s+di|red|orgs?|organizador(?:a|as|es)?|coords?|coordenador(?:a|as|es)?"
    r"|coordinador(?:a|as|es)?|compilador(?:a|as|es)?|dir)(?![\w])"
)
# In parentheses a second role may follow the editor's, joined by a word (`(ed. y anot.)`,
# `(Ed. y Trad.)`, `(ed. and trans.)`).
_PAREN_ROLE = rf"\(\s*{_EDITOR_WORD}\.?(?:\s+(?:y|e|et|und|and|&)\s+[^\W\d_]{{2,12}}\.?)?\s*\)"
# `dir`, `org` and `coord` alone are too short to trust outside parentheses or before a period
# (which stays the SEP that ends the editors' segment).
EDITOR_WORD = (
    rf"{_PAREN_ROLE}"
    r"|(?:editors?|editor(?:a|as|es)|eds?|éditeurs?|éditrices?|éds?|Herausgeber|a\s+cura\s+di"
    r"|organizador(?:a|as|es)?|coordenador(?:a|as|es)?|coordinador(?:a|as|es)?"
    r"|compilador(?:a|as|es)?)(?![\w])"
    r"|(?:Hrsg|Hg|red|orgs?|coords?)(?=\.(?:\s|$))"
)
# Initials before a family name, a two-part given name hyphenated with `-` or U+2010 (`H.‐G.`)
# (and a run of stray marks among them, `C. .-.-. J. Kuo`: read, so that RL511 can say so)
FIRST_INITIALS = (
    rf"(?:{_CAPITAL}\.(?:[-\u2010]\s?{_CAPITAL}\.)?\s?(?:[.\-\u2010]{{2,8}}\s(?=[A-Z]))?){{1,3}}"
)
# IOP's numbered Harvard (`Zhao Q and Liu X 2016 Influences of ... J. Alloys Compd. 666 50–7`): the
# year stands bare between the names and the title. Only where a title word follows (no month,
# number or punctuation), so a Vancouver date after a group or `et al` still reads as a date.
_OPENING = patterns.either("(\"'", "“‘")
# After `et al.` with its period (which IOP never prints) the year opens a Vancouver title only
# where the entry's date comes later (`et al. 2019 ACC/AHA Guideline on ... Circulation. 2019;`,
# `2020 [cited`, `Publisher; 2019.`); the Royal Society prints `Nakamura T et al. 2003 Title.
# J. Abbrev. 135, 439–448.`, where the year after `et al.` is the date and no other follows.
_LATER_DATE = (
    r"\d{4}[a-z]?[\s\S]*?(?<![\w./-])(?:1\d|2[01])\d\d[a-z]?"
    r"(?:\s*[;\[]|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\.?\s*$)"
)
NAMES_YEAR = (
    rf"(?:(?<!\bal\.\s)(?<!\bal\.)|(?!{_LATER_DATE}))"
    rf"{YEAR}[a-z]?(?=\s+(?!{MONTH_NAME}\s*(?:\d|[;:,.]|$))[^\W\d_]|\s+{_OPENING}[^\W\d_])"
)
# The Harvard of Australian government style (AGPS) and many South African and Australian journals:
# `Bulling, S., 2011, Poverty causes ...` and `Allison, E.H. & Horemans, B., 2006, ‘Putting ...’`:
# the year between commas, after a name closed by its comma, and a title word or quote after it
NAMES_YEAR_COMMA = rf"(?<=,\s){YEAR}[a-z]?,(?=\s+{_OPENING}?[^\W\d_])"
# APA's date after the names: the year, or the year and the day of a dated work (`(2021, June
# 17)`, `(2020, March)`: news, posts, pages that change)
# (a conference's days too: `(2021, April 8–12)`; and APA's `(n.d.)`, a work with no date)
# (and Polish APA's day before the month's genitive, `(2002, 24 maja)`)
POLISH_MONTH = (
    r"(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia)(?!\w)"
)
AUTHOR_DATE = (
    rf"\(\s*(?:{YEAR}[a-z]?(?:,\s*(?:{MONTH_NAME}(?:\s+\d{{1,2}}(?:\s*{DASH}\s*\d{{1,2}})?(?!\d))?"
    rf"|\d{{1,2}}\s+{POLISH_MONTH}))?"
    r"|n\.\s?d\.)\s*\)"
)
# `and` in the list's language before the last name: French `et` (`Barbier, J.M. et Durand, M.`,
# never `et al`), German `und`, Turkish `ve`, Indonesian `dan`, Dutch `en`, Spanish `y`,
# Scandinavian `og` and `och`, Hungarian `és`, Italian `e`, Croatian `i`; a name's capital
# follows, perhaps after its particle (`en de Vries, K.`)
_FRENCH_AND = (
    r"(?:et|und|ve|dan|en|y|og|och|és|e|i)"
    r"(?=\s+(?:(?:de|van|von|der|den|ter|ten|da|di|du|la|le)\s+)?[^\W\d_a-z])"
)
_NAME_END = (
    rf"(?=\s*[,.;:]|\s+(?:(?:et\.?\s*al|and)\b|&|{_FRENCH_AND})|\s*$|\s*\(\s*{_EDITOR_WORD}"
    rf"|\s*{AUTHOR_DATE}"  # the year after the names: "Mantegna RN (1999)"
    rf"|\s+{NAMES_YEAR}"  # the bare year after the names, IOP's numbered Harvard: "Cho T T 2015 "
    rf"|\s+e\s+{FIRST_INITIALS})"  # Portuguese `e` before the last name, initials first
)
_GROUP_CHAR = patterns.either(r"\w&'\-", "’")
# A study group named last among the authors (`..., Moraes JC, Grupo ICV 2020.`): its word first,
# then up to five words, up to the period that ends the author list.
_GROUP = (
    r"(?:Grupo|Group|Consortium|Consórcio|Consorcio|Collaborative|Rede)"
    r"\s+[^\W\d_][\w&-]*(?:\s+[\w&-]+){0,4}(?=\.(?:\s|$))"
    # the group the named authors wrote for, last (`Labrique A, for the WHO mHealth Technical
    # Evidence Review Group.`, `on behalf of the ... Investigators.`)
    rf"|(?:for|on\s+behalf\s+of)\s+the\s+[^\W\d_]{_GROUP_CHAR}*(?:\s+{_GROUP_CHAR}+){{0,12}}(?=\.(?:\s|$))"
)
# Initials with periods, spaced or not, hyphenated in two-part given names (`S.F.`, `J. A.`,
# `S.-Y.`): up to four, the last one's period left out of the pattern.
_DOTTED_INITIALS = rf"{INITIAL}(?:\.\s?[-\u2010]?\s?{INITIAL}){{0,3}}"
# `Lord R. K.`, `Kim J.‐W.`, `Tudor Car L.`: family name words, then dotted initials (each with
# its period), no comma between (up to three family words, so that a title's words are not taken)
_SPACED_INITIALS_NAME = (
    rf"{_WORD}(?:\s+(?!and\s){_WORD}){{0,2}}\s+{INITIAL}\.(?:\s?[-\u2010]?\s?{INITIAL}\.){{0,3}}"
)
# A country's initials opening a body's name, not a person's (`U.S. Census Bureau. (n.d.).`,
# `U.S. Department of Education`, `U.K. Office for National Statistics`): read so before APA's
# year only (Vancouver's `U.S. General Accounting Office. Title.` keeps its reading)
_COUNTRY_BODY = (
    r"(?:U\.\s?S\.(?:\s?A\.)?|U\.\s?K\.|U\.\s?N\.)(?=\s+(?:Department|Census|Bureau|Food|Agency"
    r"|Office|Environmental|National|General|Government|Geological|Preventive|Public|Army|Navy"
    r"|Air|Senate|House|Congress|Securities|Energy|Centers|Institute|Fish|Forest|Small|Social"
    r"|Commission|Copyright|Patent|Ministry|Council|Secretary|Surgeon)\b)"
)
# A family name in capitals, one to three words (ABNT's and ISO 690's `ACOSTA PEREIRA`)
_CAPS_FAMILY = rf"{_CAPITAL}{{2,}}(?:[\s\-]{_CAPITAL}{{2,}}){{0,2}}"
# One contributor's name that is no family name and initials (see NAME): after a name's comma
# (or APA's ellipsis), before another name's comma; the list closes with `(Year).` in APA's way
_LONE_WORD = r"[^\W_][\w\-]*"
_APA_YEAR_AHEAD = rf"[^()]{{0,1500}}?\(\s*(?:{YEAR}[a-z]?|n\.\s?d\.)[^()]{{0,20}}\)\."
_LONE_NAME = (
    rf"(?<=,\s|…\s)(?!(?:Jr|Sr)\b)(?:{_LONE_WORD}(?:\s+(?!and\s){_LONE_WORD})?|{INITIAL}\.)"
    rf"(?=\s*,\s+(?:&\s|…|[^\W\d_]){_APA_YEAR_AHEAD})"
    rf"|(?<=…\s){_LONE_WORD}(?=\.\s*\(\s*(?:{YEAR}[a-z]?|n\.\s?d\.)[^()]{{0,20}}\)\.)"
)
# Vancouver's contributor known by one name only (`Balasubramanian S, Rajeswari, Sailakshmi,
# Shivbalan S.`): a capitalised word alone after a name's comma, and a name of family and
# initials ahead before the list ends, so that a title's first words are never taken
_VANCOUVER_LONE_NAME = (
    rf"(?<=\w,\s)(?!(?:Jr|Sr|and|et)\b){_CAPITAL}[a-z]{{2,}}"
    rf"(?=,\s+(?:{_CAPITAL}[a-z]{{2,}},\s+){{0,3}}{_WORD}\s+{_INITIALS}(?:\s*,\s|\.\s|\s+et\s+al\b))"
)
# A given name written out before the initials of a name given first (`Michel H. Devoret`)
# (only before another name given first: `and Goldschlag D. Anonymous Connections and Onion
# Routing` is a Vancouver name and a title)
_GIVEN_FIRST = (
    rf"{_CAPITAL}[a-z]+\s+{FIRST_INITIALS}{_WORD}(?:\s+{_WORD})?"
    rf"(?=\s*,\s*{FIRST_INITIALS}[^\W\d_]|\s+(?:and|&)\s+{FIRST_INITIALS}[^\W\d_])"
)
# A name token carries the comma that follows it: one token per author instead of two keeps the
# parser fast on long author lists. `transform.py` leaves the comma out of the author's span.
NAME = (
    r"(?:"
    # a name after `and` with its given name written out before its initials, another name
    # after it (`and Michel H. Devoret and R. J. Schoelkopf`): read, so that the rules can see it
    rf"(?<=\band\s){_GIVEN_FIRST}"
    # Lord R. K., Kim J.‐W. and (family name first, dotted initials, no comma between: the
    # numbered style of Wiley's veterinary journals); before the Vancouver form, which would stop
    # at the first initial
    rf"|{_SPACED_INITIALS_NAME}(?=\s*,|\s+(?:and|&)\s)"
    # Obilana AO., Ali MaM. & (Vancouver's compact initials with a period after them, or with a
    # letter of them in lower case: damage, read as the name it is so that a rule can say so)
    rf"|{_WORD}(?:\s+(?!and\s){_WORD})*\s+{INITIAL}(?:[a-z]?{INITIAL}){{0,{MAX_INITIALS - 1}}}\."
    r"(?=\s*,\s*[^\W\d_]|\s+(?:and|&)\s)"
    # Smith AB, van Dam HJJ, Mason EO Jr / Mason EO, Jr.
    # (`and` is never a word of the name: `Rao B and Jayaram V 2002` is two names; nor is a family
    # name in capitals whose dotted initials follow its comma, ABNT's `TEN BRINK, T.`, where the
    # second word would read as Vancouver's initials)
    rf"|(?!{_CAPS_FAMILY},\s+{_DOTTED_INITIALS}\.)"
    rf"{_WORD}{_SPACED_APOSTROPHE}(?:\s+(?!and\s){_WORD})*\s+{_INITIALS}(?:,?\s+{_SUFFIX})?"
    rf"(?:\s+{PARTICLE})?{_NAME_END}"
    # Sánchez, S.F.; / Smith, J. A., & (MDPI, ACS and APA: family name, comma, dotted initials);
    # the last one's period is left to end the author list; the period before `and`, `&`, `et al`
    # or the year is the name's (`Can, T. and Erson-Bensan, A.E. (2015)`, Nature's `Smith, J. A. &
    # Jones, B.` and `Smith, J. A. et al.`); a particle cut to its letter after the initials,
    # `Aguiar, R. B. d.`, is read too (RL531)
    rf"|{_WORD}(?:\s+{_WORD})*(?:{_SUFFIX_DOT}|,\s+(?:Jr|Sr)\.(?=,\s+{INITIAL}\.)),\s+{_DOTTED_INITIALS}(?:\.?,\s+{_SUFFIX}|\s+{_SUFFIX})?{_CUT_PARTICLE}"
    rf"(?:\.?(?=\s*;)\s*;|(?<=[a-z])(?=,\s)|\.(?=\s*,|\s+(?:and|&|{_FRENCH_AND})\s|\s+et\.?\s*al\b"
    rf"|\s*{AUTHOR_DATE}|\s*{_PAREN_ROLE}|:\s)|(?=\.\s|\.$|\s*\(|\s+(?:and|&)\s))"
    # Looger, LL (a comma inside the name: read it, the house-style rules can flag it), and
    # a particle after its own comma (`Vries, M, de,` for `de Vries`)
    rf"|{_WORD}(?:\s+{_WORD})*,\s+{_INITIALS}(?:,\s+{PARTICLE}(?=[,.]\s))?(?=\s*[,.;:]\s)"
    # L. Piponniau, H.‐G. Janssen, J.-F. Liégeois (initials first; `et al` is none of the name)
    # (and the last name's initial without its period, `and K Georg.`: read, so that RL805 can say)
    rf"|(?!{_COUNTRY_BODY}[^.()]{{0,120}}\.\s*\(\s*(?:\d{{4}}|n\.\s?d\.))"
    # (and the last name's initials closed up without their first period, `and JC. Brown.`)
    rf"(?:{FIRST_INITIALS}|(?<=\band\s){_CAPITAL}\s(?={_WORD}\.\s)"
    rf"|(?<=\band\s){_CAPITAL}{{2}}\.\s(?={_WORD}\.\s)){_WORD}(?:\s+(?!(?:e|and)\s|et\.?\s*al\b){_WORD})*{_NAME_END}"
    # Grupo ICV 2020. (a study group closing the list of names; kept whole as a group author)
    rf"|{_GROUP}"
    # `...; BRACHT BRANHAM. Title`: a family name in capitals closing an ABNT list without its
    # initials (or a body's name, `BRASIL; MINISTÉRIO DA SAÚDE.`), kept whole
    rf"|(?<=;\s){_CAPS_FAMILY}(?=\.\s)"
    # APA's contributor known by one name only, as software archives list them (`Michał`,
    # `shikharsg`, `pyup io`), a lone initial (`A.`) or a name given name first (`Dirk Tiede`):
    # only between names, with APA's year in parentheses ahead
    rf"|{_LONE_NAME}"
    rf"|{_VANCOUVER_LONE_NAME}"
    r")(?:\s*,)?"
)
# APA's group author, its year after it in parentheses (`World Health Organization. (2021).`,
# `National Academies of Sciences, Engineering, and Medicine. (2019).`): capitalised words and the
# small words between them, no period inside, then `. (Year).`. A person's name is NAME's, tried
# first; this reads the organisation that would otherwise be taken for the title.
_GROUP_WORD = patterns.either(r"\w&'\-", "’")
GROUP_YEAR_AUTHOR = (
    rf"(?:{_COUNTRY_BODY}|[A-Z]{_GROUP_WORD}*)(?:,?\s+(?:[A-Z]{_GROUP_WORD}*|of|for|and|the|on|in|&|de|du|des|la|le"
    rf"|der|für)){{0,14}}(?=\.\s*\(\s*(?:{YEAR}[a-z]?(?:,\s*[A-Z][a-z]{{2,8}}\.?(?:\s+\d{{1,2}})?)?"
    r"|n\.\s?d\.)\s*\)\.)"
)
# The group after a person and APA's `&` (`Sahle, P., & Institut für Dokumentologie und Editorik
# (2014).`), its period before the year perhaps lost: the same words, read only after the `&`
# (which the group's terminal takes: a name's `&` would wait for another name), with no comma and
# a small word among them (`für`, `of`), so that a person's name (`& Smith, J. (2021).`) is not one
_GROUP_SMALL = r"(?:of|for|and|und|the|on|in|de|du|des|la|le|der|die|für|zur|zum)"
GROUP_AFTER_AND = (
    rf"(?=[^(),]{{0,120}}?\s{_GROUP_SMALL}\s)"
    rf"[A-Z]{_GROUP_WORD}+(?:\s+(?:[A-Z]{_GROUP_WORD}+|{_GROUP_SMALL})){{1,14}}"
    rf"(?=\.?\s*\(\s*{YEAR}[a-z]?\s*\)\.)"
)
# ACS's list without titles (`Shen, J.; Okamoto, Y.; Chem. Rev. 2016, 116, 1094.`): the last name
# keeps the semicolon the other names carry and the journal follows it. Read only where no further
# name follows (family words, a comma, an initial) and a year with its comma (`2016, 116`) comes
# before the next semicolon, so that a name's semicolon before `et al` or another name stays NAME's.
_ACS_NAME_AHEAD = rf"{_WORD}(?:\s+{_WORD})*{_SUFFIX_DOT},\s+{INITIAL}(?![^\W\d_])"
NAME_SEMI_LAST = (
    rf"{_WORD}(?:\s+{_WORD})*{_SUFFIX_DOT},\s+{_DOTTED_INITIALS}(?:,?\s+{_SUFFIX})?\.?\s*;"
    rf"(?=\s*(?!{_ACS_NAME_AHEAD}|et\.?\s*al\b)[^\W\d_][^;\[\]]{{0,200}}?\s{YEAR}[a-z]?\s*,)"
)
# `et al` after the last name listed: that name is not the last (`K. McNew, et al., “Title”`)
_ET_AL_AHEAD = r"et\.?\s*al\b"
# The last name of a list run into a chapter's `In:` without the period that closes the names
# (`Smith AB, Lee C In: Moe M, ed.`; a group's last word after `and`, `Sciences E, and Medicine
# In:`): read, the names kept, so that the rules can see them
NAME_BEFORE_IN = (
    rf"(?:(?:and|&)\s+)?(?:{_WORD}(?:\s+(?!and\s){_WORD})*\s+{_INITIALS}"
    rf"|(?<=,\s)(?:and|&)\s+{_WORD}(?:\s+{_WORD}){{0,2}})"
    r"(?=\s+In:\s)"
)
# Physics style: initials first, the last name followed by a comma and the title or journal
# (`C. Kittel, Quantum Theory of Solids (Wiley, New York, 1963)`, `... e A.J. Heeger, Phys. Rev.`),
# with the `and` (`e` in Portuguese) before it. Only where no further name follows the comma.
NAME_LAST = (
    # (family name first, `and Krishna R., “Title”`: Wiley's veterinary journals)
    # (nor before a Vancouver name, `Odhav B., Jideani VA. Title`: the names go on)
    rf"(?:(?:and|&)\s+)?{_SPACED_INITIALS_NAME},"
    rf"(?=\s+(?!(?:and\s+|&\s*)?{_SPACED_INITIALS_NAME}|{_ET_AL_AHEAD}"
    rf"|{_WORD}(?:\s+{_WORD}){{0,2}}\s+{_INITIALS}\.?(?:\s*[,&]|\.\s+[A-Z])))"
    rf"|(?:(?:and|e|&)\s+)?{FIRST_INITIALS}{_WORD}(?:\s+{_WORD}){{0,2}},"
    # (a name next is initials, family words, then a comma, the `and`, or the period that ends
    # the names, `J. Ou. A review`; `J. Chem. Phys.` is none: an abbreviation follows its period;
    # nor `J. Phys. 12, 34`, `Z. Naturforsch. A 12,`, `J. Physiol. (London) 12`: a volume and
    # its comma, a section or a place follow it, never a title)
    rf"(?=\s+(?!{_ET_AL_AHEAD}|and\s+{_GIVEN_FIRST}|(?:and\s+|e\s+|&\s*)?{FIRST_INITIALS}{_WORD}(?:\s+{_WORD}){{0,2}}"
    r"(?:\s*,|\s+(?:and|e|&)\s|\.(?!\s*(?:[A-Z][a-z]*\.|(?:[A-Z]\s+)?\d+[A-Za-z]?\s*,"
    r"|\([A-Z][a-z]+\)\s*\d)))))"
)
# BMC's chapter, `In Lambda II. Edited by: Hendrix RW, ...`: the book's title (capitalised, after
# the sentence that ends the chapter's) and then `Edited by` with a name after it, the only sign
# that this `In` starts the book and not a title's words. The editors' word and names: `EDITED_BY`.
# (a name's first words and an initial ahead, not the whole name pattern: these terminals stand
# wherever free text may, and every lexer state that reads free text compiles them)
_EDITOR_AHEAD = rf"{_WORD}(?:\s+{_WORD}){{0,3}},?\s+{_INITIALS}(?![^\W\d_])"
EDITED_BY = rf"[Ee]dited\s+by\s*:?\s*(?={_EDITOR_AHEAD})"
IN_BOOK = rf"(?<=[.?!]\s)In(?=\s+[A-Z][^\[\];]{{0,300}}?[.?!]\s+{EDITED_BY})"
# (`In Brown A (eds.) Book`: the editor word in parentheses after the last name, no comma)
NAME_START = rf"{_WORD}(?:\s+{_WORD})*\s+{_INITIALS}\s*(?:[,;]|\(\s*{_EDITOR_WORD})"
# `In` before a book or proceedings whose pages close in parentheses, within its sentence (`In
# 2019 IEEE International Conference ... (ICRA) (pp. 1120–1126)`, `In A. Brown & B. White (Eds.),
# Book title (pp. 97–102)`): APA's form, which numbered lists borrow. Not past another sentence
# that starts with `In`: a chapter's own title may (`In Vivo Imaging. In A. Brown (Ed.), ...`).
PAGES_AHEAD = (
    rf"\s+[A-Z\d](?:(?![.?!]\s+In\s)[^\[\];]){{0,300}}?{PAREN_PAGES_OPEN}[A-Za-z]{{0,3}}\d"
)

# APA's editors before the book, initials first and the editor word in parentheses with a comma
# after it (`In A. Brown & B. White (Eds.), Book title.`): a chapter even without its pages.
APA_EDITORS_AHEAD = (
    rf"\s+{FIRST_INITIALS}[^\W\d_][^\[\];()]{{0,300}}?\(\s*{_EDITOR_WORD}\.?\s*\)\s*,"
)

# A page, page range or article number: "8790-839", "e1558", "S12-20", "12-23.e1",
# "BFnpjcompumats201628".
_LOC_ONE = r"[A-Za-z]{0,3}\d+\w*(?:\.\w+)*"
# More than one dash ("s41570-018-0121") is an article number, decided in `roles.py`.
# Front matter is numbered in Roman numerals ("xxi-xxiv"), one case throughout.
ROMAN = r"(?:[ivxlcdm]{1,8}|[IVXLCDM]{1,8})"
_ROMAN_RANGE = rf"{ROMAN}(?:\s*{DASH}\s*{ROMAN})?(?![\w])"
LOCATION = (
    rf"(?:pp?\.\s*)?(?:{_ROMAN_RANGE}|{_LOC_ONE}(?:\s*{DASH}\s*{_LOC_ONE})*"
    rf"|[A-Za-z]+\d\w*(?:-\w+)*)"
)

# IEEE's volume and issue, labelled and set off by commas before the pages and the year
# (`Journal, vol. 55, no. 4, pp. 1572–1582, 2012.`). Only after a comma and with a comma after
# it, so a book's `vol. 124.` or a title's `No. 5` stays text.
_LABEL_DASH = patterns.either(r"\-/", r"\u2010-\u2015")
_LABELLED = rf"[A-Za-z]{{0,2}}\d+[A-Za-z]?(?:\s*{_LABEL_DASH}\s*\d+)?"
VOLUME_ISSUE = (
    rf"(?<=,\s)[Vv]ol\.\s*(?P<volume>{_LABELLED})"
    rf"(?:\s*,\s*(?:[Nn]o|[Ii]ss)\.\s*(?P<issue>{_LABELLED}))?"
    # the article number of a journal that numbers its articles: `Art. no. 123456`
    r"(?:\s*,\s*Art(?:icle)?\.?\s*(?:[Nn]o\.|[Nn]umber|ID)\s*(?P<article>[A-Za-z]?\d[\w.]*\w))?"
    r"(?=\s*,)"
)

# What hangs on a publication date: ";49", "(7779)", "Suppl 2", ":8790-839", in that order, any
# present. One token: these always stand together, and one token is cheaper than four.
_VOLUME = (
    # (two volumes bound as one, before their pages: `2016;1017–18:211–20`)
    rf"(?:[A-Za-z]{{0,3}}\d+[A-Za-z]?(?:{DASH}\d+(?=:))?|[IVXLC]+)"
    r"(?=\s*[(:.,;\[]|\s*$|\s+(?:Suppl|Pt|Part|Spec|No)\b)"
)
_ISSUE = r"\(\s*[^()\s][^()]{0,40}\)"
_SUPPL = r"(?:Suppl(?:ement)?|Pt|Part|Spec\s+No|Spec\s+Iss)\.?\s*[A-Za-z0-9]{0,6}"


# A DOI printed bare, without its label (`2023; 10.1093/nar/gkad1088`): not a volume "10"
BARE_DOI = r"(?<![\w/.])10\.\d{4,9}/[^\s\[\]]*[^\s\[\].,;]"
_NOT_DOI = r"(?!10\.\d{4,9}/)"


def _tail(named: bool) -> str:
    """Four shapes: ";vol(issue) Suppl:loc", "(issue):loc", ":loc", ", vol(issue), loc". Group
    names carry the shape's letter, since a regular expression cannot use one name twice."""

    def group(name: str, pattern: str) -> str:
        return f"(?P<{name}>{pattern})" if named else f"(?:{pattern})"

    def rest(shape: str) -> str:
        issue, suppl = group(f"issue_{shape}", _ISSUE), group(f"suppl_{shape}", _SUPPL)
        locator = group(f"locator_{shape}", LOCATION)
        # (a supplement may be printed again as the issue: "38 Suppl 1(Suppl 1):e00125421")
        return rf"(?:\s*{issue})?(?:\s*{suppl}(?:\s*{_ISSUE})?)?(?:\s*:\s*{locator})?"

    issue_b = group("issue_b", _ISSUE)
    return (
        rf"(?:;\s*{_NOT_DOI}{group('volume_a', _VOLUME)}{rest('a')}"
        rf"|{issue_b}(?:\s*{group('suppl_b', _SUPPL)})?(?:\s*:\s*{group('locator_b', LOCATION)})?"
        rf"|:\s*{group('locator_c', LOCATION)}"
        # `2014, 563, A49` (MDPI, ACS), `2006, 4:577-587` (BMC): volume and locator after commas
        rf"|,\s*{_NOT_DOI}{group('volume_d', _VOLUME)}(?:\s*{group('issue_d', _ISSUE)})?"
        rf"\s*[,:]\s*{group('locator_d', LOCATION)}(?![\w(])"
        ")"
    )


TAIL = TAIL_PARTS = _tail(named=True)  # named groups, as `YMD`'s: the lexer's pattern splits it


# The punctuation that ends a stretch of free text, when a space or the end follows it.
_CLOSING_QUOTE = patterns.either("\"»'", "”’")
CLOSING = rf"(?:[.?!]+{_CLOSING_QUOTE}?(?=\s|$))?"
SENTENCE_END = patterns.compile(rf"[.?!]+{_CLOSING_QUOTE}?$")

FRAGMENTS = {
    "DASH": DASH,
    "YEAR": YEAR,
    "DATE_FOLLOW": DATE_FOLLOW,
    "YMD": YMD,
    "MONTH_NAME": MONTH_NAME,
    "LOWER_MONTH": LOWER_MONTH,
    "TEXT": TEXT,
    "CLOSING": CLOSING,
    "NAME": NAME,
    "GERMAN_MONTH": GERMAN_MONTH,
    "NAME_START": NAME_START,
    "PAGES_AHEAD": PAGES_AHEAD,
    "APA_EDITORS_AHEAD": APA_EDITORS_AHEAD,
    "PAREN_PAGES_OPEN": PAREN_PAGES_OPEN,
    "NAME_LAST": NAME_LAST,
    "NAME_BEFORE_IN": NAME_BEFORE_IN,
    "FRENCH_AND": _FRENCH_AND,
    "NAME_SEMI_LAST": NAME_SEMI_LAST,
    "IN_BOOK": IN_BOOK,
    "EDITED_BY": EDITED_BY,
    "NAMES_YEAR": NAMES_YEAR,
    "NAMES_YEAR_COMMA": NAMES_YEAR_COMMA,
    "GROUP_YEAR_AUTHOR": GROUP_YEAR_AUTHOR,
    "GROUP_AFTER_AND": GROUP_AFTER_AND,
    "GOST_PAGE": GOST_PAGE,
    "AUTHOR_DATE": AUTHOR_DATE,
    "EDITOR_WORD": EDITOR_WORD,
    "LOCATION": LOCATION,
    "ROMAN": ROMAN,
    "TAIL": TAIL,
    "BARE_DOI": BARE_DOI,
    "VOLUME_ISSUE": VOLUME_ISSUE.replace("?P<volume>", "?:")
    .replace("?P<issue>", "?:")
    .replace("?P<article>", "?:"),
}
