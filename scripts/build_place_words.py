"""Build `rules/place_words.txt`: the words of the place and language names RL575 knows that
English also writes in lower case (`turkey`, `china`, `central`, `united`).

    python scripts/build_place_words.py /usr/share/dict/american-english \
        /usr/share/dict/british-english

The word lists are SCOWL's (Debian's `wamerican` and `wbritish` packages; their terms are in
THIRD_PARTY_LICENSES). A word counts as English when a list has
it in lower case; a name a list only capitalises (`Pakistan`) is not one. A few given names that
are also places are added by hand: in a title they are as often a person.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules.proper_nouns import _WORD, _parts, raw_names  # noqa: E402

GIVEN_NAMES = ("jordan", "georgia", "victoria", "florence", "virginia", "israel", "chelsea")
HEADER = """\
# Words of the place and language names RL575 knows that English also writes in lower case.
# Built by scripts/build_place_words.py from SCOWL's English word lists (Debian wamerican and
# wbritish, 2020.12.07); see THIRD_PARTY_LICENSES. One word a line.
"""


def main(paths: list[str]) -> None:
    english: set[str] = set()
    for path in paths:
        for line in Path(path).read_text("utf-8").split():
            word = line.split("'")[0]
            if word and word.islower():
                english.add(word)
    words = {w.lower() for name, _ in raw_names() for part in _parts(name) for w in part}
    words |= {w.lower() for name, _ in raw_names() for w in _WORD.findall(name)}
    kept = sorted((words & english) | set(GIVEN_NAMES))
    out = ROOT / "rules" / "place_words.txt"
    out.write_text(HEADER + "\n".join(kept) + "\n", "utf-8")
    print(f"{len(kept)} words to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
