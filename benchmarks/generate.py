"""Write a realistic numbered reference list of any length, the same list for the same seed.

Every name, title and journal is assembled here from invented syllables and word lists, so the list
looks like a real bibliography (compact and Citing Medicine journal entries, arXiv preprints with
access dates, web pages, book chapters, conference papers, particles and diacritics in names)
without quoting anyone's. About one entry in fifty carries a fault a copy editor would catch: a
month that is not a month, an impossible day, an article number cut from a DOI, a future year; a few
numbers are skipped or repeated, and many access dates are stale, as in real lists.

    .venv/bin/python benchmarks/generate.py -n 20000 -o /tmp/refs.txt
"""

from __future__ import annotations

import argparse
import calendar
import random
import re
import sys
from pathlib import Path

ONSETS = ["b", "br", "ch", "d", "f", "g", "h", "j", "k", "kr", "l", "m", "n", "p", "r", "s", "sh",
          "st", "t", "tr", "v", "w", "z", "zh", ""]  # fmt: skip
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ie", "ei", "au"]
CODAS = ["", "", "n", "r", "l", "s", "k", "m", "nd", "rt", "lk", "sz", "ch", "st"]
# one name in six carries a letter from outside ASCII, as in an international author list
ACCENTED = {"a": "áåã", "e": "éë", "i": "í", "o": "öøő", "u": "üú", "n": "ñń", "l": "ł", "r": "ř",
            "c": "ç", "s": "š", "z": "ž"}  # fmt: skip
PARTICLES = ["van", "van der", "de", "de la", "von", "da", "di", "dos", "ter", "le"]

ADJECTIVES = ["Adaptive", "Scalable", "Robust", "Hierarchical", "Stochastic", "Sparse", "Latent",
              "Coupled", "Quantitative", "Longitudinal", "Multiscale", "Self-supervised",
              "Anisotropic", "Reversible", "High-throughput", "Interpretable"]  # fmt: skip
NOUNS = ["inference", "transport", "relaxation", "segmentation", "screening", "assembly",
         "degradation", "signalling", "calibration", "diffusion", "remodelling", "folding",
         "oscillation", "coarsening", "uptake", "partitioning"]  # fmt: skip
OBJECTS = ["lattice defects", "cell membranes", "porous electrodes", "river sediments",
           "protein complexes", "thin films", "soil microbiomes", "neural circuits",
           "ion channels", "polymer blends", "coastal wetlands", "catalytic surfaces"]  # fmt: skip
SETTINGS = ["a cohort study", "a randomised trial", "first-principles calculations",
            "machine learning", "in situ microscopy", "a field survey", "numerical simulation",
            "a meta-analysis"]  # fmt: skip
J_HEADS = ["J", "Int J", "Ann", "Rev", "Trans", "Lett", "Adv", "Front", "Curr Opin"]
J_FIELDS = ["Quant", "Appl", "Comput", "Exp", "Theor", "Clin", "Environ", "Struct", "Mol"]
J_TOPICS = ["Vortic", "Lumin", "Sedim", "Catal", "Morphog", "Tribol", "Cryst", "Membr", "Neurodyn"]
SITES = ["Open Lattice Archive", "Sediment Atlas", "Membrane Data Commons", "Catalyst Registry",
         "Polymer Property Hub", "Wetland Monitoring Network"]  # fmt: skip
PUBLISHERS = ["Halden Press", "Norwick Academic", "Ferran & Lowe", "Blue Heron Books"]
CITIES = ["Lisbon", "Utrecht", "Kraków", "Montréal", "Osaka", "Porto Alegre", "Tartu", "Dunedin"]
COUNTRIES = ["Portugal", "Netherlands", "Poland", "Canada", "Japan", "Brazil", "Estonia", "NZ"]
GROUPS = ["Consortium for Sediment Dynamics", "Working Group on Membrane Standards",
          "Lattice Defects Collaboration"]  # fmt: skip
MONTHS = [calendar.month_abbr[m] for m in range(1, 13)]
ACCESS_DATE = re.compile(r"(\[accessed on \d{4}) \w{3} \d{1,2}\]")
COMPACT_TAIL = re.compile(r" (\d{4});\d+:([^;:]+)\.$")
WRAP_AT = 92  # where a wrapped entry breaks, as in a list pasted from a two-column PDF


class Writer:
    """Draws every part of an entry from one seeded generator, so a seed names one list."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    # --- parts ----------------------------------------------------------------------------------

    def family(self) -> str:
        r = self.rng
        word = "".join(
            r.choice(ONSETS) + r.choice(VOWELS) + r.choice(CODAS) for _ in range(r.randint(1, 3))
        )
        if len(word) < 3:
            word += r.choice(["nd", "rk", "lm"])
        if r.random() < 0.17:
            at = r.choice([i for i, c in enumerate(word) if c in ACCENTED] or [0])
            word = word[:at] + r.choice(ACCENTED.get(word[at], word[at])) + word[at + 1 :]
        word = word[:1].upper() + word[1:]
        roll = r.random()
        if roll < 0.06:
            return f"{r.choice(PARTICLES)} {word}"
        if roll < 0.09:
            other = "".join(r.choice(ONSETS) + r.choice(VOWELS) for _ in range(2))
            return f"{word}-{other[:1].upper()}{other[1:]}"
        return word

    def initials(self) -> str:
        letters = "ABCDEFGHIJKLMNOPRSTVWYZ"
        return "".join(self.rng.choice(letters) for _ in range(self.rng.choice((1, 1, 2, 2, 3))))

    def authors(self) -> str:
        r = self.rng
        if r.random() < 0.02:
            return r.choice(GROUPS)
        count = r.choice((1, 2, 3, 4, 5, 6, 6, 7, 9))
        names = [f"{self.family()} {self.initials()}" for _ in range(min(count, 6))]
        if r.random() < 0.01:
            names[-1] += " Jr"
        if count > 6:
            return ", ".join(names[:3]) + ", et al"
        return ", ".join(names)

    def sentence(self) -> str:
        """A title as it stands in an entry: closed by a full stop unless it closes itself."""
        title = self.title()
        return title if title.endswith("?") else f"{title}."

    def title(self) -> str:
        r = self.rng
        forms = (
            f"{r.choice(ADJECTIVES)} {r.choice(NOUNS)} of {r.choice(OBJECTS)}",
            f"{r.choice(ADJECTIVES)} {r.choice(NOUNS)} in {r.choice(OBJECTS)}: "
            f"{r.choice(SETTINGS)}",
            f"On the {r.choice(NOUNS)} of {r.choice(OBJECTS)} studied by {r.choice(SETTINGS)}",
            f"Why does {r.choice(NOUNS)} limit {r.choice(OBJECTS)}?",
        )
        return r.choice(forms)

    def journal(self) -> str:
        r = self.rng
        return " ".join(
            [r.choice(J_HEADS), r.choice(J_FIELDS), r.choice(J_TOPICS)][: r.randint(2, 3)]
        )

    def year(self) -> int:
        return self.rng.randint(1985, 2025)

    def pages(self) -> str:
        """A range printed the Vancouver way, with repeated leading digits left off (8790-839)."""
        first = str(self.rng.randint(1, 12000))
        last = str(int(first) + self.rng.randint(1, 40))
        if len(first) == len(last):
            keep = next(i for i, (a, b) in enumerate(zip(first, last, strict=True)) if a != b)
            last = last[keep:]
        dash = "\u2013" if self.rng.random() < 0.05 else "-"
        return f"{first}{dash}{last}"

    def doi(self, year: int) -> str:
        r = self.rng
        prefix, topic = r.randint(1000, 99999), r.choice(J_TOPICS).lower()
        return f"10.{prefix}/{topic}.{year}.{r.randint(1, 99999):05d}"

    def day_month(self, year: int) -> tuple[int, int]:
        month = self.rng.randint(1, 12)
        return self.rng.randint(1, calendar.monthrange(year, month)[1]), month

    def access(self, published: int) -> tuple[int, int, int]:
        year = self.rng.randint(max(published, 2022), 2026)
        day, month = self.day_month(year)
        if year == 2026 and month > 10:
            month = 10
        return year, month, day

    # --- entry forms ----------------------------------------------------------------------------

    def compact_article(self) -> str:
        year = self.year()
        tail = self.pages() if self.rng.random() < 0.7 else str(self.rng.randint(1000, 999999))
        volume = self.rng.randint(1, 160)
        return f"{self.authors()}. {self.sentence()} {self.journal()} {year};{volume}:{tail}."

    def medicine_article(self) -> str:
        r = self.rng
        year = self.year()
        day, month = self.day_month(year)
        when = f"{year} {MONTHS[month - 1]}" + (f" {day}" if r.random() < 0.5 else "")
        volume, issue = r.randint(1, 160), r.randint(1, 12)
        text = f"{self.authors()}. {self.sentence()} {self.journal()}. {when};{volume}({issue}):"
        text += f"{self.pages()}."
        if r.random() < 0.6:
            text += f" doi:{self.doi(year)}."
        if r.random() < 0.4:
            text += f" PMID: {r.randint(10_000_000, 39_999_999)}."
        return text

    def preprint(self) -> str:
        r = self.rng
        year = r.randint(2016, 2025)
        day, month = self.day_month(year)
        ident = f"{year % 100:02d}{month:02d}.{r.randint(1, 19999):05d}"
        ay, am, ad = self.access(year)
        return (
            f"{self.authors()}. {self.sentence()} arXiv. [Preprint.] {MONTHS[month - 1]} {day}, "
            f"{year} [accessed on {ay} {MONTHS[am - 1]} {ad}]. "
            f"Available from: https://doi.org/10.48550/arXiv.{ident}."
        )

    def webpage(self) -> str:
        r = self.rng
        site = r.choice(SITES)
        slug = site.lower().replace(" ", "")
        ay, am, ad = self.access(2020)
        if r.random() < 0.5:
            when = f"{ad} {MONTHS[am - 1]} {ay}"
            return f"{site}. Available from: https://www.{slug}.org/. [Last accessed on {when}]."
        return (
            f"{site}. {self.title()} [Internet]. {r.choice(CITIES)}: {site}; {self.year()} "
            f"[cited {ay} {MONTHS[am - 1]} {ad}]. "
            f"Available from: https://{slug}.org/pages/{r.randint(1, 9999)}"
        )

    def chapter(self) -> str:
        r = self.rng
        editors = ", ".join(f"{self.family()} {self.initials()}" for _ in range(r.randint(1, 3)))
        edition = r.choice(["", "", "2nd ed. ", "3rd ed. "])
        first = r.randint(1, 600)
        return (
            f"{self.authors()}. {self.sentence()} In: {editors}, editors. {self.sentence()} "
            f"{edition}"
            f"{r.choice(CITIES)}: {r.choice(PUBLISHERS)}; {self.year()}. "
            f"p. {first}-{first + r.randint(5, 40)}."
        )

    def conference(self) -> str:
        r = self.rng
        year = self.year()
        day, month = self.day_month(year)
        day = min(day, 20)
        nth = r.randint(2, 40)
        suffix = "th" if 10 <= nth % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(nth % 10, "th")
        place = f"{r.choice(CITIES)}, {r.choice(COUNTRIES)}"
        topic = f"{r.choice(NOUNS).capitalize()} of {r.choice(OBJECTS).capitalize()}"
        return (
            f"{self.authors()}. {self.sentence()} In: Proceedings of the {nth}{suffix} "
            f"International Conference on {topic}; "
            f"{year} {MONTHS[month - 1]} {day}-{day + r.randint(1, 5)}; {place}. "
            f"{r.choice(PUBLISHERS)}; {year}. pp. {self.pages()}."
        )

    def entry(self) -> str:
        forms = (
            (self.compact_article, 45),
            (self.medicine_article, 25),
            (self.preprint, 12),
            (self.webpage, 5),
            (self.chapter, 7),
            (self.conference, 6),
        )
        (make,) = self.rng.choices([f for f, _ in forms], weights=[w for _, w in forms])
        return make()

    def fault(self, text: str) -> str:
        """Spoil one entry the way real lists get spoilt."""
        r = self.rng
        choice = r.randrange(4)
        if choice == 0:  # a typing slip in a month: "Mar" -> "Mra"
            month = next((m for m in MONTHS if f" {m} " in text), None)
            if month:
                return text.replace(f" {month} ", f" {month[0]}{month[2]}{month[1]} ", 1)
        if choice == 1:  # a day the month does not have
            spoilt = ACCESS_DATE.sub(r"\1 Feb 30]", text, count=1)
            if spoilt != text:
                return spoilt
        tail = COMPACT_TAIL.search(text)
        if tail and choice == 2:  # an "article number" that is really a piece of a DOI
            fragment = f"BF{r.choice(J_TOPICS).lower()}{r.randint(10**8, 10**9)}"
            return text[: tail.start(2)] + fragment + "."
        if tail:  # a year that has not happened yet
            return text[: tail.start(1)] + str(r.randint(2028, 2031)) + text[tail.end(1) :]
        return text


def generate(n: int = 20_000, seed: int = 124) -> str:
    """The whole list as text: a heading, then `n` entries, each on one line."""
    writer = Writer(seed)
    lines = ["REFERENCES"]
    number = 0
    for _ in range(n):
        roll = writer.rng.random()
        number += 2 if roll < 0.002 else 0 if roll < 0.004 and number else 1
        text = writer.entry()
        if writer.rng.random() < 0.02:
            text = writer.fault(text)
        lines.extend(
            _wrap(f"{number}. {text}") if writer.rng.random() < 0.1 else [f"{number}. {text}"]
        )
    return "\n".join(lines) + "\n"


def _wrap(text: str) -> list[str]:
    """Break a long entry once, never before a number (a source could read "2020. X" as a label)."""
    cut = text.rfind(" ", 0, WRAP_AT)
    while cut > 0 and text[cut + 1 : cut + 2].isdigit():
        cut = text.rfind(" ", 0, cut)
    if len(text) <= WRAP_AT or cut <= 0:
        return [text]
    return [text[:cut], "   " + text[cut + 1 :]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20_000, help="entries to write (default 20000)")
    parser.add_argument("--seed", type=int, default=124, help="the same seed writes the same list")
    parser.add_argument(
        "-o", "--output", type=Path, help="file to write (default: standard output)"
    )
    args = parser.parse_args(argv)
    text = generate(args.n, args.seed)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.n} entries to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
