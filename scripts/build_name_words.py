"""Build `rules/name_words.txt`, the English words that SCOWL's word lists also print
capitalised, as a name (`Mercury`, `Reading`, `Black`, `Bayesian`, `Hodgkin`): RL587 never
calls such a word's capital a slip.

    python scripts/build_name_words.py /usr/share/dict/american-english \
        /usr/share/dict/british-english /usr/share/dict/american-english-huge \
        /usr/share/dict/british-english-huge

The word lists are SCOWL's (Debian's `wamerican`, `wbritish`, `wamerican-huge` and
`wbritish-huge` packages; their terms are in THIRD_PARTY_LICENSES). A word is kept when a list
prints it capitalised (its possessive aside) and the English word-frequency list RL550 reads
knows it in lower case: a name no dictionary knows in lower case is never evidence anyway.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules.spelling import english_words  # noqa: E402

MIN_LENGTH = 4  # RL587 reads no shorter word
HEADER = """\
# English words that SCOWL's word lists also print capitalised, as a name (`Mercury`, `Black`).
# Built by scripts/build_name_words.py from SCOWL's English word lists (Debian wamerican,
# wbritish and their -huge forms, 2020.12.07), less the words the English frequency list lacks;
# see THIRD_PARTY_LICENSES. One word a line, in lower case.
"""


def capitalised(paths: list[str]) -> set[str]:
    """The words the lists print capitalised, in lower case."""
    found: set[str] = set()
    for path in paths:
        for word in Path(path).read_text("utf-8").split():
            if not word.endswith("'s") and word[:1].isupper() and word[1:].islower():
                found.add(word.lower())
    return found


def main(paths: list[str]) -> None:
    words = english_words()
    kept = sorted(w for w in capitalised(paths) if len(w) >= MIN_LENGTH and w in words)
    out = ROOT / "rules" / "name_words.txt"
    out.write_text(HEADER + "\n".join(kept) + "\n", "utf-8")
    print(f"{len(kept)} words to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
