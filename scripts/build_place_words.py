"""Build `rules/place_words.txt`, the words of the place and language names RL575 knows that
English also writes in lower case (`turkey`, `china`, `central`, `united`), and
`rules/place_adjectives.txt`, the adjectives of its countries and regions (`Brazilian`, `Kenyan`).

    python scripts/build_place_words.py /usr/share/dict/american-english \
        /usr/share/dict/british-english

The word lists are SCOWL's (Debian's `wamerican` and `wbritish` packages; their terms are in
THIRD_PARTY_LICENSES). A word counts as English when a list has
it in lower case; a name a list only capitalises (`Pakistan`) is not one. A few given names that
are also places are added by hand: in a title they are as often a person. An adjective is a
country's or region's name with a regular ending (`-ian`, `-an`, `-n`, `-ese`, `-i`, `-ish`, a
final vowel dropped first or not) that the lists print only capitalised.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules.proper_nouns import _WORD, _parts, raw_names  # noqa: E402

GIVEN_NAMES = ("jordan", "georgia", "victoria", "florence", "virginia", "israel", "chelsea")
ADJECTIVES_HEADER = """\
# Adjectives of the countries and regions RL575 knows, one a line, as English capitalises them.
# Built by scripts/build_place_words.py from SCOWL's English word lists (Debian wamerican and
# wbritish, 2020.12.07); see THIRD_PARTY_LICENSES.
"""
ENDINGS = ("ian", "an", "n", "ese", "i", "ish")
HEADER = """\
# Words of the place and language names RL575 knows that English also writes in lower case.
# Built by scripts/build_place_words.py from SCOWL's English word lists (Debian wamerican and
# wbritish, 2020.12.07); see THIRD_PARTY_LICENSES. One word a line.
"""


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
    english: set[str] = set()
    capitalised: set[str] = set()
    for path in paths:
        for line in Path(path).read_text("utf-8").split():
            word = line.split("'")[0]
            if word and word.islower():
                english.add(word)
            elif word[:1].isupper() and word[1:].islower():
                capitalised.add(word)
    words = {w.lower() for name, _ in raw_names() for part in _parts(name) for w in part}
    words |= {w.lower() for name, _ in raw_names() for w in _WORD.findall(name)}
    kept = sorted((words & english) | set(GIVEN_NAMES))
    out = ROOT / "rules" / "place_words.txt"
    out.write_text(HEADER + "\n".join(kept) + "\n", "utf-8")
    print(f"{len(kept)} words to {out}")
    found = adjectives(capitalised, english)
    out = ROOT / "rules" / "place_adjectives.txt"
    out.write_text(ADJECTIVES_HEADER + "\n".join(found) + "\n", "utf-8")
    print(f"{len(found)} adjectives to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
