"""Parse errors in a copy editor's words: where the grammar stopped, and what it expected there."""

from __future__ import annotations

EXPECTED_WORDS = {
    "NAME": "an author name such as 'Smith AB'",
    "ETAL": "'et al'",
    "SEP": "a period",
    "COMMA": "a comma",
    "SEMI": "a semicolon",
    "COLON": "a colon",
    "YEAR": "a year",
    "DAYS": "a day",
    "MONTH": "a month",
    "ACCESS_CLOSE": "a closing ']'",
    "EDITORS": "'editors'",
    "PAGES": "a page range",
    "TEXT": "text",
    "$END": "the end of the entry",
}


def describe(text: str, offset: int, expected: set[str]) -> str:
    """ "cannot read '[' here; expected a closing ']'" style message."""
    found = text[offset : offset + 1]
    if not found.strip():
        what = "the entry ends too early"
    else:
        word = text[offset:].split(None, 1)[0][:30]
        what = f"cannot read '{word}' here"
    wanted = sorted({EXPECTED_WORDS[t] for t in expected if t in EXPECTED_WORDS})
    if "an author name such as 'Smith AB'" in wanted:
        return f"{what}: the author list expects names like 'Smith AB', separated by commas"
    if wanted:
        return f"{what}; expected {' or '.join(wanted[:4])}"
    return what
