"""Build `refslint/journals/abbreviations.tsv` from JabRef's journal abbreviation lists (CC0).

    python scripts/build_journals.py /path/to/jabref-abbrv

Only lists whose provenance allows shipping them are read (see THIRD_PARTY_LICENSES): the NLM
lists (`entrez`, `medicus`) give the undotted MEDLINE form, the ISO 4 lists give the dotted form,
and two lists of known variants (Web of Science style and IEEE style) only help recognise a journal
printed in a non-standard form. MathSciNet, UBC and AEA lists are left out: their upstream terms are
not known.

The output is one line per lookup key, sorted, so the loader can bisect it without parsing:
`shape<TAB>key<TAB>full title<TAB>ISO abbreviation<TAB>NLM abbreviation<TAB>flags`, where a key
is a normalised form (see `refslint.journals.key`) of the title or of any abbreviation of it, its
shape is the first character of each of its words (so the names one printed name may abbreviate
differently sort together), and `flags` is `v` on lines whose key is only a known variant. Beside
it, `abbreviations.idx` has the shape and key of the first line in each block of the table, so a
lookup reads about a block instead of the whole table.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from refslint.journals import BLOCK, LONGEST, key, shape

NLM_LISTS = ("entrez", "medicus")
ISO_LISTS = ("general", "acs", "lifescience", "geology_physics", "mechanical")  # by priority
VARIANT_LISTS = ("geology_physics_variations", "ieee")
OUTPUT = Path(__file__).resolve().parents[1] / "refslint" / "journals" / "abbreviations.tsv"
INDEX = OUTPUT.with_suffix(".idx")
WORDS = OUTPUT.with_name("abbreviated-words.txt")
WHOLE_WORDS = OUTPUT.with_name("whole-words.txt")
SHORT_FORMS = OUTPUT.with_name("abbreviation-words.txt")
TITLE_WORDS = OUTPUT.with_name("title-words.tsv")
MIN_EVIDENCE = 3  # journals that must abbreviate a word before it counts as one ISO 4 shortens


def _rows(folder: Path, name: str):
    path = folder / f"journal_abbreviations_{name}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) >= 2 and row[0].strip() and row[1].strip():
                yield " ".join(row[0].split()), " ".join(row[1].split())


def build(folder: Path, *, whole_titles: bool = True) -> list[str]:
    """The table's lines. With `whole_titles`, a journal the ISO 4 lists print whole (`Soft
    Matter`, `ACS Nano`: no word of its title is one ISO 4 shortens) and no list abbreviates is
    kept, its title its ISO form; the word tables are learnt without them, as before."""
    # journals by normalised title: [title, iso, nlm, variants]
    journals: dict[str, list] = {}
    whole: set[str] = set()  # keys of titles an ISO 4 list prints unchanged

    def journal(title: str) -> list:
        return journals.setdefault(key(title), [title, "", "", set()])

    for name in NLM_LISTS:
        for title, abbreviation in _rows(folder, name):
            record = journal(title)
            record[2] = record[2] or abbreviation
    for name in ISO_LISTS:
        for title, abbreviation in _rows(folder, name):
            record = journal(title)
            if key(abbreviation) == key(title):
                whole.add(key(title))
            if "." not in abbreviation and " " in abbreviation:
                record[3].add(abbreviation)  # an undotted form in a dotted list: not ISO
            elif not record[1]:
                record[1] = abbreviation
            else:
                record[3].add(abbreviation)
    for name in VARIANT_LISTS:
        for title, abbreviation in _rows(folder, name):
            if key(title) in journals:
                journal(title)[3].add(abbreviation)

    lines: set[str] = set()
    for title_key, (title, iso, nlm, variants) in journals.items():
        if not (iso or nlm) and whole_titles and title_key in whole:
            iso = title
            variants = {v for v in variants if key(v) != title_key}
        if not (iso or nlm) or "\t" in title + iso + nlm:
            continue
        row = f"{title}\t{iso}\t{nlm}"
        standard = {key(form) for form in (iso, nlm) if form}
        for k in standard | {title_key}:
            if k:
                lines.add(f"{shape(k)}\t{k}\t{row}\t")
        for variant in variants:
            k = key(variant)
            if k and k not in standard and k != title_key:
                lines.add(f"{shape(k)}\t{k}\t{row}\tv")
    return sorted(lines)


def abbreviated_words(lines: list[str], *, shortened: bool = True) -> list[str]:
    """Title words that the ISO 4 forms in the table usually shorten (`materials` to `mater`), or
    with `shortened=False` usually keep whole (`theory`, `energy`).

    A standard form that keeps a usually shortened word whole (`Phys. Rev. Materials`, the
    publisher's own form) is not trusted to call a shorter printed form wrong; a printed form that
    cuts a usually whole word (`Adv Theor Simul`) is the wrong one of two.
    """
    seen: dict[str, Counter] = defaultdict(Counter)
    for line in lines:
        _shape, line_key, title, iso, _nlm, flags = line.split("\t")
        if flags or not iso or line_key != key(title):
            continue
        full, short = line_key.split(), key(iso).split()
        if len(full) != len(short):
            continue
        for word, abbreviation in zip(full, short, strict=True):
            if word.isalpha() and word.startswith(abbreviation):
                seen[word][abbreviation != word] += 1
    return sorted(
        word
        for word, counts in seen.items()
        if counts[shortened] >= MIN_EVIDENCE and counts[shortened] > counts[not shortened]
    )


def abbreviation_words(lines: list[str]) -> list[str]:
    """Shortened forms of title words (`clin`, `oncol`, `rehabil`) that the ISO 4 and NLM forms
    in the table use at least `MIN_EVIDENCE` times and titles print whole far more rarely: a
    name holding one is an abbreviation, even where the table does not know the journal.
    """
    shortened: Counter = Counter()
    whole: Counter = Counter()
    for line in lines:
        _shape, line_key, title, iso, nlm, flags = line.split("\t")
        if flags or line_key != key(title):
            continue
        full = line_key.split()
        whole.update(full)
        for form in {key(iso), key(nlm)} - {""}:
            short = form.split()
            if len(short) != len(full):
                continue
            for word, abbreviation in zip(full, short, strict=True):
                if word.isalpha() and word != abbreviation and word.startswith(abbreviation):
                    shortened[abbreviation] += len(abbreviation) >= 2
    return sorted(
        word
        for word, count in shortened.items()
        if count >= MIN_EVIDENCE and count > 4 * whole[word]
    )


def title_words(lines: list[str]) -> list[str]:
    """Every word of the table's titles, with the number of titles that print it and how the ISO
    4 and NLM forms shorten it, each shortening with its count: `word<TAB>titles<TAB>form:count
    form:count...` (a form is the word itself where it is kept whole), sorted by word.

    With it a rule can tell a standard shortening of a title word (`manag` and `manage` of
    `management`, both in wide use) from one the standards seldom or never use (`europ` of
    `european`, 2 in 290), even in the name of a journal the table does not know.
    """
    titles: Counter = Counter()
    forms: dict[str, Counter] = defaultdict(Counter)
    for line in lines:
        _shape, line_key, title, iso, nlm, flags = line.split("\t")
        if flags or line_key != key(title):
            continue
        full = line_key.split()
        titles.update(word for word in set(full) if word.isalpha())
        for form in (iso, nlm):
            short = key(form).split()
            if not form or len(short) != len(full):
                continue
            for word, abbreviation in zip(full, short, strict=True):
                if word.isalpha() and word.startswith(abbreviation):
                    forms[word][abbreviation] += 1
    rows = []
    for word in sorted(titles):
        counted = sorted(forms[word].items(), key=lambda item: (-item[1], item[0]))
        rows.append(f"{word}\t{titles[word]}\t{' '.join(f'{f}:{n}' for f, n in counted)}")
    return rows


def heads(table: bytes) -> list[bytes]:
    """The shape and key (and the tab after it) of the first line starting at or after each
    multiple of `BLOCK` bytes: what `refslint.journals` bisects to find the block to read."""
    found = []
    for offset in range(0, len(table), BLOCK):
        start = table.find(b"\n", offset - 1) + 1 if offset else 0
        if start < len(table):
            found.append(table[start : table.index(b"\t", table.index(b"\t", start) + 1) + 1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the folder holding JabRef's CSV lists")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    lines = build(args.folder)
    learnt = build(args.folder, whole_titles=False)  # the word tables, as they were learnt
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if max(map(len, data.split(b"\n"))) >= LONGEST:
        raise SystemExit(f"a line is {LONGEST} bytes or longer: raise LONGEST in the loader")
    args.output.write_bytes(data)
    args.output.with_suffix(INDEX.suffix).write_bytes(b"\n".join(heads(data)) + b"\n")
    words = abbreviated_words(learnt)
    args.output.with_name(WORDS.name).write_text("\n".join(words) + "\n", encoding="utf-8")
    whole = abbreviated_words(learnt, shortened=False)
    args.output.with_name(WHOLE_WORDS.name).write_text("\n".join(whole) + "\n", encoding="utf-8")
    short = abbreviation_words(learnt)
    args.output.with_name(SHORT_FORMS.name).write_text("\n".join(short) + "\n", encoding="utf-8")
    rows = title_words(learnt)
    args.output.with_name(TITLE_WORDS.name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(lines)} keys, {len(data)} bytes, {len(words)} shortened words")


if __name__ == "__main__":
    main()
