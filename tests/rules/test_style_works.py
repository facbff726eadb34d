"""House style learnt per kind of work: a journal article's DOI (`doi:10...`) is not measured
against a preprint's or web page's (`Available from: https://doi.org/...`), nor a preprint's
access note against a web page's (RL809, RL807)."""

from __future__ import annotations

from refslint_rules.style.conventions import (
    BOOKS,
    JOURNAL_ARTICLES,
    ONLINE,
    WORKS,
    deviations_by_work,
)

from refslint.api import Kind
from refslint.grammar import parse_entry
from refslint.sources.plaintext import read_entries

JOURNALS = ("Chem Soc Rev", "ACS Nano", "J Am Chem Soc", "Chem Rev", "Nature", "Chem Mater")


def article(n: int, doi: str = "doi:") -> str:
    journal = JOURNALS[n % len(JOURNALS)]
    return (
        f"Author{chr(65 + n % 26)} A, Second B. Study number {n}. {journal}. "
        f"2020;{40 + n}:{100 + n}-9. {doi}10.1000/art.{n}"
    )


PREPRINTS = [
    "Xie T, Fu X, Ganea OE. Crystal diffusion variational autoencoder. arXiv [Preprint]. 2022 "
    "[cited 2024 Oct 21]. Available from: https://doi.org/10.48550/arXiv.2110.06197",
    "Cao Z, Luo X, Lv J. Space group constrained generation. arXiv [Preprint]. 2024 "
    "[cited 2024 Oct 21]. Available from: https://doi.org/10.48550/arXiv.2403.15734",
    "Jain A, Persson KA. Materials Project database [Internet]. Zenodo; 2023 "
    "[cited 2024 Oct 21]. Available from: https://doi.org/10.5281/zenodo.1234567",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {entry}\n" for n, entry in enumerate(entries, 1))


def rl809(lint, text: str, **settings) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL809"], **settings)]


def test_a_citing_medicine_list_links_preprints_and_web_pages_without_a_finding(lint):
    # twelve journal articles print `doi:`; the three preprints and data sets give the link
    # after `Available from:`, as Citing Medicine does: one list, two kinds of work, no fault
    text = numbered([article(n) for n in range(12)] + PREPRINTS)
    assert rl809(lint, text) == []


def test_a_named_style_pins_the_doi_form_of_journal_articles_not_of_web_pages(lint):
    text = numbered([article(n) for n in range(3)] + PREPRINTS)
    assert rl809(lint, text, style="vancouver-nlm") == []
    text = numbered([article(0), article(1, "https://doi.org/"), *PREPRINTS])
    assert rl809(lint, text, style="vancouver-nlm") == [
        (2, "DOI printed as `https://doi.org/`; DOIs of journal articles are printed as `doi:` "
            "(style `vancouver-nlm`)")
    ]  # fmt: skip


def test_a_journal_article_is_still_measured_against_the_other_journal_articles(lint):
    text = numbered([*(article(n) for n in range(11)), article(11, "https://doi.org/"), *PREPRINTS])
    assert rl809(lint, text) == [
        (12, "DOI printed as `https://doi.org/`; 11 of 12 DOIs of journal articles are printed "
             "as `doi:`")
    ]  # fmt: skip
    # with journal articles alone, the message speaks of DOIs as before
    alone = numbered([*(article(n) for n in range(11)), article(11, "https://doi.org/")])
    assert rl809(lint, alone) == [
        (12, "DOI printed as `https://doi.org/`; 11 of 12 DOIs are printed as `doi:`")
    ]


def test_preprints_and_web_pages_learn_their_own_doi_form(lint):
    links = [
        f"Preprint P{n}, Other Q. Preprint study {n}. arXiv [Preprint]. 2023 [cited 2024 Oct 21]. "
        f"Available from: https://doi.org/10.48550/arXiv.2301.0{1000 + n}"
        for n in range(5)
    ]
    odd = (
        "Preprint Z, Other Q. The odd preprint. arXiv [Preprint]. 2023 [cited 2024 Oct 21]. "
        "Available from: doi:10.48550/arXiv.2301.09999"
    )
    text = numbered([*(article(n) for n in range(6)), *links, odd])
    assert rl809(lint, text) == [
        (12, "DOI printed as `doi:`; 5 of 6 DOIs of preprints and web pages are printed as "
             "`https://doi.org/`")
    ]  # fmt: skip


WEB = [
    f"Site {name} [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://{name}.org"
    for name in ("oqmd", "matbench", "materialsproject", "aflow", "nomad", "jarvis")
]
PREPRINT_NOTES = [
    f"Writer W{n}, Other Q. Preprint {n}. arXiv [Preprint]. 2023 [accessed on 2026 Oct 21]. "
    f"Available from: https://arxiv.org/abs/2301.0{1000 + n}"
    for n in range(2)
]


def test_access_notes_are_worded_per_kind_of_entry(lint):
    # web pages say `cited`, preprints `accessed on`: two kinds, each consistent
    text = numbered(WEB + PREPRINT_NOTES)
    assert lint(text, select=["RL807"]) == []
    # a web page worded like the preprints breaks the web pages' own convention
    odd = [*WEB[:5], WEB[5].replace("[cited", "[accessed on"), *PREPRINT_NOTES]
    (d,) = lint(numbered(odd), select=["RL807"])
    assert (d.entry, d.message) == (
        6,
        "access note says `accessed on`; 5 of 6 webpage entries' access notes say `cited`",
    )


def test_kinds_of_work_group_chapters_with_books_and_preprints_with_web_pages():
    assert WORKS[Kind.ARTICLE] == JOURNAL_ARTICLES
    assert WORKS[Kind.BOOK] == WORKS[Kind.CHAPTER] == WORKS[Kind.CONFERENCE] == BOOKS
    assert WORKS[Kind.PREPRINT] == WORKS[Kind.WEBPAGE] == ONLINE
    assert set(WORKS) == set(Kind)  # every kind the grammar gives belongs to one


def test_each_kind_of_work_sets_its_convention_only_with_enough_entries():
    refs = [
        parse_entry(e) for e in read_entries(numbered([article(n) for n in range(5)] + PREPRINTS))
    ]

    def form(ref):
        return None if ref.doi_marker is None else ref.doi_marker.text.strip()

    learnt = deviations_by_work(refs, form)
    # five journal articles set one; three preprints and web pages are too few to set theirs
    assert [(one.work, one.convention.form, one.convention.count, one.odd) for one in learnt] == [
        (JOURNAL_ARTICLES, "doi:", 5, [])
    ]
