"""Build `rules/place_words.txt`, the words of the place and language names RL575 knows that
English also writes in lower case (`china`, `chad`, `central`, `united`), and
`rules/place_adjectives.txt`, the adjectives of its countries and regions (`Brazilian`, `Kenyan`).

    python scripts/build_place_words.py /usr/share/dict/american-english \
        /usr/share/dict/british-english /usr/share/dict/american-english-huge \
        /usr/share/dict/british-english-huge

The word lists are SCOWL's (Debian's `wamerican`, `wbritish`, `wamerican-huge` and
`wbritish-huge` packages; their terms are in THIRD_PARTY_LICENSES). A word counts as English when
a list has it in lower case; a name a list only capitalises (`Pakistan`) is not one. The standard
lists decide for every name; the huge ones, which also know rare senses (`english` the spin,
`brazil` the wood), decide for subdivisions named in one word alone, whose names are less known than
a lower-case term of art (`bursa`, `mara`, `volta`). A few given names that are also places are
added by hand: in a title they are as often a person. An adjective is a country's or region's
name with a regular ending (`-ian`, `-an`, `-n`, `-ese`, `-i`, `-ish`, a final vowel dropped
first or not) that the huge lists print capitalised and the standard ones never in lower case.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules.proper_nouns import _KINDS, _WORD, _parts, raw_names  # noqa: E402

GIVEN_NAMES = ("jordan", "georgia", "victoria", "florence", "virginia", "israel", "chelsea")
ENDINGS = ("ian", "an", "n", "ese", "i", "ish")
HEADER = """\
# Words of the place and language names RL575 knows that English also writes in lower case.
# Built by scripts/build_place_words.py from SCOWL's English word lists (Debian wamerican,
# wbritish and their -huge forms, 2020.12.07); see THIRD_PARTY_LICENSES. One word a line.
"""
ADJECTIVES_HEADER = """\
# Adjectives of the countries and regions RL575 knows, one a line, as English capitalises them.
# Built by scripts/build_place_words.py from SCOWL's English word lists (Debian wamerican,
# wbritish and their -huge forms, 2020.12.07); see THIRD_PARTY_LICENSES.
"""


def read(paths: list[str]) -> tuple[set[str], set[str]]:
    """The words the lists print in lower case, and those they print capitalised."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    for path in paths:
        for line in Path(path).read_text("utf-8").split():
            word = line.split("'")[0]
            if word and word.islower():
                lower.add(word)
            elif word[:1].isupper() and word[1:].islower():
                capitalised.add(word)
    return lower, capitalised


def subdivision_names() -> set[str]:
    """The subdivisions whose name is one word (`Bursa`, `Texas`), in lower case."""
    import pycountry

    return {
        part[0].lower()
        for s in pycountry.subdivisions
        if s.parent_code is None and s.type in _KINDS
        for part in _parts(s.name)
        if len(part) == 1
    }


def adjectives(capitalised: set[str], english: set[str]) -> list[str]:
    """The regular adjectives of the countries and regions that the lists capitalise only."""
    found = set()
    for name, whole in raw_names():
        if not whole or " " in name or "," in name or len(name) < 4:
            continue
        stems = {name, name[:-1]} if name[-1] in "aeiouy" else {name}
        for stem in stems:
            for ending in ENDINGS:
                word = stem + ending
                if word != name and word in capitalised and word.lower() not in english:
                    found.add(word)
    return sorted(found)


def main(paths: list[str]) -> None:
    standard, _ = read([p for p in paths if "huge" not in p])
    huge, capitalised = read([p for p in paths if "huge" in p])
    words = {w.lower() for name, _ in raw_names() for part in _parts(name) for w in part}
    words |= {w.lower() for name, _ in raw_names() for w in _WORD.findall(name)}
    kept = sorted((words & standard) | (subdivision_names() & huge) | set(GIVEN_NAMES))
    out = ROOT / "rules" / "place_words.txt"
    out.write_text(HEADER + "\n".join(kept) + "\n", "utf-8")
    print(f"{len(kept)} words to {out}")
    found = adjectives(capitalised, standard)
    out = ROOT / "rules" / "place_adjectives.txt"
    out.write_text(ADJECTIVES_HEADER + "\n".join(found) + "\n", "utf-8")
    print(f"{len(found)} adjectives to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
