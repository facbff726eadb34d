"""Regular-expression fragments shared by several terminals of `entry.lark`.

Kept here so each idea (what a year, a month or a dash is) is written once. Every fragment is
linear to match: lookaheads are bounded and no quantified group can match the same text two ways.
"""

DASH = r"[\-\u00ad\u2010-\u2015\u2212]+"
# Any year from 1000 to 2199: a mistyped "1019" or "2109" is still read as a year, so the date
# rules can say it is implausible instead of the grammar failing on it.
YEAR = r"(?:1\d|2[01])\d\d"
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|Spring|Summer|Autumn|Fall|Winter)\.?(?![A-Za-z])"
)
# A capitalised word where a month would stand (so "Noc" and "Septmber" are read, then flagged).
MONTH_LIKE = r"[A-Z][a-z]{2,9}\.?"

# What may follow a year that belongs to a date: the volume, pages, a month, a bracket, the end.
YEAR_FOLLOW = (
    r"\s*[;:(\[\],.)]|\s*$"
    rf"|\s+{MONTH_LIKE}(?:\s*{DASH}\s*{MONTH_LIKE})?(?:\s*\d|\s*[;:\],]|\s+{YEAR})"
    rf"|\s*{DASH}\s*(?:{YEAR}|\d{{1,2}}(?!\d))"
    rf"|\s+{YEAR}(?:[;:.\s]|$)"
)

# Where free text stops: before a year that starts a publication block, or a locator label.
TEXT_STOP = (
    rf"{YEAR}[a-z]?(?:\s*;|\s*:\s*[A-Za-z]{{0,4}}\d|\s*\[|\s*[.,]?\s*$"
    rf"|\s+{MONTH_NAME}(?:\s*{DASH}\s*{MONTH_LIKE})?\s*(?:\d|;|:|$))"
    rf"|{YEAR}[-/]\d\d[-/]\d\d(?!\d)"
    r"|Available\s+(?:from|at|online)\b|(?:doi|DOI)\s*:|https?://|PMID\b|arXiv\s*:"
    r"|\[\s*(?:last\s+)?(?:accessed|cited)"
)
# One character of free text: anything but space, brackets, ';', and sentence-ending punctuation
# (which may stand inside text only when no space follows: "LiNi0.8Co", "www.x.org", "protein.A").
TEXT_CHAR = r"(?:[^\s.?!;\[\]]|[.?!]+(?=[^\s.?!\[\]\"”’»']))"
TEXT = rf"{TEXT_CHAR}(?:(?:\s+(?!{TEXT_STOP}))?{TEXT_CHAR})*"

# Author names, Vancouver style: family name words (particles, hyphens, apostrophes, diacritics),
# then up to four capital initials and an optional suffix.
_WORD = r"[^\W\d_](?:[^\W\d_]|['’`´][^\W\d_]|-[^\W\d_])*"
# One initial; NLM writes some transliterated Cyrillic initials as two letters ("Iu", "Zh").
_INITIAL = r"(?:Iu|Ia|Yu|Ya|Zh|Kh|Ch|Sh|Ts|[A-Z\u00c0-\u00de])"
_INITIALS = rf"{_INITIAL}(?:[-.]?{_INITIAL}){{0,3}}"
_SUFFIX = r"(?:Jr|Sr|II|III|IV|2nd|3rd)(?:\.(?=\s*,))?"
_NAME_END = r"(?=\s*[,.;:]|\s+(?:et\.?\s*al|and|&)\b|\s*$)"
# A name token carries the comma that follows it: one token per author instead of two keeps the
# parser fast on long author lists. `transform.py` leaves the comma out of the author's span.
NAME = (
    r"(?:"
    # Smith AB, van Dam HJJ, Mason EO Jr / Mason EO, Jr.
    rf"{_WORD}(?:\s+{_WORD})*\s+{_INITIALS}(?:,?\s+{_SUFFIX})?{_NAME_END}"
    # Looger, LL (a comma inside the name: read it, the house-style rules can flag it)
    rf"|{_WORD}(?:\s+{_WORD})*,\s+{_INITIALS}(?=\s*[,.;:]\s)"
    # L. Piponniau (initials first)
    rf"|(?:[A-Z]\.\s?){{1,3}}{_WORD}(?:\s+{_WORD})*{_NAME_END}"
    r")(?:\s*,)?"
)
NAME_START = rf"{_WORD}(?:\s+{_WORD})*\s+{_INITIALS}\s*[,;]"

# A page, page range or article number: "8790-839", "e1558", "S12-20", "12-23.e1",
# "BFnpjcompumats201628".
_LOC_ONE = r"[A-Za-z]{0,3}\d+\w*(?:\.\w+)*"
# More than one dash ("s41570-018-0121") is an article number, decided in `roles.py`.
LOCATION = rf"(?:pp?\.\s*)?(?:{_LOC_ONE}(?:\s*{DASH}\s*{_LOC_ONE})*|[A-Za-z]+\d\w*(?:-\w+)*)"

FRAGMENTS = {
    "DASH": DASH,
    "YEAR": YEAR,
    "YEAR_FOLLOW": YEAR_FOLLOW,
    "MONTH_NAME": MONTH_NAME,
    "TEXT": TEXT,
    "NAME": NAME,
    "NAME_START": NAME_START,
    "LOCATION": LOCATION,
}
