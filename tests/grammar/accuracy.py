"""Field agreement between the grammar and AnyStyle's hand-labelled Vancouver-family citations.

Shared by the accuracy test and anyone who wants the full table: `python -m tests.grammar.accuracy`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from refslint.grammar import parse_entry
from refslint.model import Entry, PositionMap, Reference
from tests.data import ANYSTYLE_VANCOUVER as CORPUS

FIELDS = ("author", "title", "journal", "year", "volume", "pages")
LABEL = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.(?=\S)|\d{1,4}\.?\s)\s*")
# Labels AnyStyle got wrong, by corpus line (1-based) and field, with the reason.
WRONG_LABELS: dict[tuple[int, str], str] = {
    (68, "pages"): "AnyStyle's pages label keeps 'Suppl' from the issue",
    (169, "pages"): "AnyStyle's pages label keeps 'Suppl' from the issue",
    (187, "pages"): "AnyStyle's pages label keeps the '[CrossRef]' link text",
    (203, "pages"): "AnyStyle's pages label starts with the volume",
    (221, "pages"): "AnyStyle's pages label keeps the '[CrossRef]' link text",
    (253, "pages"): "AnyStyle's pages label keeps the 'quiz CE1-4' note after the pages",
    (275, "pages"): "AnyStyle's pages label starts with the volume",
    (278, "pages"): "AnyStyle's pages label starts with the volume",
    (132, "author"): "AnyStyle's author label keeps the '(2005)' that follows the list",
    (179, "author"): "AnyStyle's author label reads 'de' as a name of its own",
    (180, "author"): "AnyStyle's author label stops after the first author",
    (186, "author"): "AnyStyle's author label drops the last author's initials 'CR'",
    (188, "author"): "AnyStyle's author label starts at the fourth author",
    (200, "author"): "AnyStyle's author label stops after the second author",
    (203, "author"): "AnyStyle's author label stops before the last author",
    (211, "author"): "AnyStyle's author label stops after the fourth author",
    (214, "author"): "AnyStyle's author label stops before the last author",
    (220, "author"): "AnyStyle's author label drops the last author's initials 'AT'",
    (222, "author"): "AnyStyle's author label stops before the last two authors",
    (229, "author"): "AnyStyle's author label runs on into the title ('Care')",
    (231, "author"): "AnyStyle's author label starts at the fifth author",
    (236, "author"): "AnyStyle's author label runs on into the title",
    (
        239,
        "author",
    ): "AnyStyle's author label cuts the group author 'Isis-Diab, collaborative group' short",
    (251, "author"): "AnyStyle's author label drops the last author's initials 'MG'",
    (257, "author"): "AnyStyle's author label stops before the last author",
    (265, "author"): "AnyStyle's author label stops after ten of 22 authors",
    (176, "title"): "AnyStyle's title label stops before the title's second sentence",
    (180, "title"): "AnyStyle's title label starts with the previous author",
    (183, "title"): "AnyStyle's title label stops in the middle of the title",
    (190, "title"): "AnyStyle's title label starts with 'et al'",
    (200, "title"): "AnyStyle's title label starts with two authors",
    (203, "title"): "AnyStyle's title label starts with an author",
    (206, "title"): "AnyStyle's title label runs on into the journal",
    (207, "title"): "AnyStyle's title label runs on into the journal",
    (210, "title"): "AnyStyle's title label stops before 'at week 4'",
    (211, "title"): "AnyStyle's title label starts with three authors",
    (214, "title"): "AnyStyle's title label starts with an author",
    (220, "title"): "AnyStyle's title label starts with the author's initials",
    (222, "title"): "AnyStyle's title label starts with two authors",
    (223, "title"): "AnyStyle's title label runs on into the journal ('Am')",
    (227, "title"): "AnyStyle's title label stops before the journal's subtitle",
    (229, "title"): "AnyStyle's title label drops the first word ('Care')",
    (239, "title"): "AnyStyle's title label starts with part of the group author",
    (244, "title"): "AnyStyle's title label stops before the title's last words",
    (245, "title"): "AnyStyle's title label stops in the middle of the title",
    (247, "title"): "AnyStyle's title label runs on into the journal",
    (251, "title"): "AnyStyle's title label starts with an author's initials",
    (253, "title"): "AnyStyle's title label stops in the middle of the title",
    (254, "title"): "AnyStyle's title label runs on into the journal",
    (257, "title"): "AnyStyle's title label starts with an author",
    (260, "title"): "AnyStyle's title label runs on into the journal",
    (262, "title"): "AnyStyle's title label drops the abstract number 'P397' that the entry prints",
    (265, "title"): "AnyStyle's title label is a piece of the author list",
    (54, "journal"): "AnyStyle's journal label keeps the month",
    (55, "journal"): "AnyStyle's journal label keeps the month",
    (75, "journal"): "AnyStyle's journal label keeps the month",
    (91, "journal"): "AnyStyle's journal label keeps the month",
    (93, "journal"): "AnyStyle's journal label keeps the month",
    (176, "journal"): "AnyStyle's journal label starts inside the title",
    (183, "journal"): "AnyStyle's journal label starts inside the title",
    (196, "journal"): "AnyStyle's journal label drops the last word ('avancés')",
    (223, "journal"): "AnyStyle's journal label drops the first word ('Am')",
    (227, "journal"): "AnyStyle's journal label drops 'Leukemia' and keeps the subtitle only",
    (237, "journal"): "AnyStyle's journal label keeps the year",
    (
        243,
        "journal",
    ): "AnyStyle's journal label drops 'Read Mass', part of the NLM abbreviation 'Work Read Mass'",
    (244, "journal"): "AnyStyle's journal label starts inside the title",
    (253, "journal"): "AnyStyle's journal label starts inside the title",
    (254, "journal"): "AnyStyle's journal label drops 'Leukemia'",
    (
        260,
        "journal",
    ): "AnyStyle's journal label drops 'Qual Life Res', the start of the ISO abbreviation",
}


def norm(text: str) -> str:
    text = re.sub(r"\[[^\]]*\]", "", text)
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if ch.isalnum())


def label_value(name: str, text: str) -> str:
    if name == "year":
        found = re.search(r"(?:1[5-9]|20)\d\d", text)
        return found[0] if found else ""
    if name == "volume":
        text = text.rsplit(";", 1)[-1]  # some labels keep the date before the volume
        found = re.search(r"[A-Za-z]?\d+[A-Za-z]?", text)
        return found[0].lower() if found else ""
    if name == "pages":
        return norm(re.sub(r"^\W+|\W+$", "", text))
    if name == "author":  # some labels keep the citation number or "et al", some do not
        return re.sub(r"etal$", "", norm(LABEL.sub("", text)))
    return norm(text)


def parsed_value(name: str, ref: Reference) -> str:
    if name == "author":
        if not ref.authors_span:
            return ""
        return re.sub(r"etal$", "", norm(ref.text[ref.authors_span.start : ref.authors_span.end]))
    if name == "title":
        return norm(ref.title.text) if ref.title else ""
    if name == "journal":
        return norm(ref.container.text) if ref.container else ""
    if name == "year":
        return str(ref.date.year) if ref.date else ""
    if name == "volume":
        return ref.volume.text.lower() if ref.volume else ""
    if name == "pages":
        if ref.pages:
            return norm(ref.pages.text)
        return norm(ref.article_number.text) if ref.article_number else ""
    raise KeyError(name)


@dataclass
class Report:
    total: int = 0
    read: int = 0
    labelled: Counter = field(default_factory=Counter)
    agreed: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)

    def share_read(self) -> float:
        return self.read / self.total

    def agreement(self, name: str) -> float:
        return self.agreed[name] / self.labelled[name]


def entry_for(text: str, index: int) -> Entry:
    found = LABEL.match(text)
    end = found.end() if found else 0
    label_end = len(text[:end].rstrip()) if found else 0
    return Entry(text, PositionMap((0,), (1,), (1,)), index, None, label_end)


def evaluate() -> Report:
    report = Report()
    for line_no, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        item = json.loads(line)
        ref = parse_entry(entry_for(item["text"], line_no))
        report.total += 1
        report.read += ref.problem is None
        labels: dict[str, str] = {}
        for tag, text in item["segments"]:
            tag = "journal" if tag == "container-title" else tag
            tag = "year" if tag == "date" else tag
            if tag in FIELDS and tag not in labels:
                labels[tag] = text
        for name, text in labels.items():
            if (line_no, name) in WRONG_LABELS:
                continue
            want = label_value(name, text)
            if not want:
                continue
            report.labelled[name] += 1
            got = parsed_value(name, ref)
            if got == want:
                report.agreed[name] += 1
            else:
                report.misses.append((line_no, name, want, got, item["text"]))
    return report


if __name__ == "__main__":
    result = evaluate()
    print(
        f"read without a parse diagnostic: {result.read}/{result.total} ({result.share_read():.1%})"
    )
    for name in FIELDS:
        print(
            f"{name:8} {result.agreed[name]:4}/{result.labelled[name]:<4} {result.agreement(name):.1%}"
        )
    for miss in result.misses:
        print(*miss, sep="\n    ", end="\n")
