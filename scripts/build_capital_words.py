"""Build `rules/capital_words.txt`, the words that SCOWL's word lists print only with capitals
inside them: acronyms (`NASDAQ`, `NYSE`, `IEEE`) and names written in mixed case (`PyTorch`,
`WordPress`). RL576 reads a title's `nasdaq` or `Pytorch` as such a name with its capitals lost.

    python scripts/build_capital_words.py /usr/share/dict/american-english \
        /usr/share/dict/british-english /usr/share/dict/american-english-huge \
        /usr/share/dict/british-english-huge

The word lists are SCOWL's (Debian's `wamerican`, `wbritish`, `wamerican-huge` and
`wbritish-huge` packages; their terms are in THIRD_PARTY_LICENSES). A word is kept when it has
three letters or more, no list prints it in lower case, and the English word-frequency list RL550
reads does not know it as a frequent word: `AIDS` (`aids`) and `SAP` (`sap`) are left out, and so
are surnames with a capital inside (`McDonald`, `DeLillo`), which styles write in several ways.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules.spelling import FREQUENT, english_words  # noqa: E402

MIN_LENGTH = 3
_SURNAME = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z]")
HEADER = """\
# Words that SCOWL's word lists print only with capitals inside them (`NASDAQ`, `PyTorch`).
# Built by scripts/build_capital_words.py from SCOWL's English word lists (Debian wamerican,
# wbritish and their -huge forms, 2020.12.07), less surnames and frequent English words; see
# THIRD_PARTY_LICENSES. One word a line, as the lists print it.
"""


def capitals(paths: list[str]) -> list[str]:
    """The words with two capitals or more, or a capital after a lower-case letter, that no list
    prints in lower case."""
    words: set[str] = set()
    for path in paths:
        words.update(Path(path).read_text("utf-8").split())
    lower = {w for w in words if w.islower()}
    frequent = english_words()
    kept = []
    for word in words:
        if not word.isalpha() or len(word) < MIN_LENGTH or word.lower() in lower:
            continue
        if sum(c.isupper() for c in word) < 2 and not (word[0].islower() and word != word.lower()):
            continue
        if _SURNAME.match(word) or frequent.get(word.lower(), 0) >= FREQUENT:
            continue
        kept.append(word)
    return sorted(kept, key=lambda w: (w.lower(), w))


def main(paths: list[str]) -> None:
    kept = capitals(paths)
    out = ROOT / "rules" / "capital_words.txt"
    out.write_text(HEADER + "\n".join(kept) + "\n", "utf-8")
    print(f"{len(kept)} words to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
