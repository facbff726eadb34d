"""RL873: a period after a title where the list sets every element off by a comma, in
Copernicus' form; Vancouver lists, mixed lists and unread entries where it keeps quiet."""

from __future__ import annotations

from refslint.api import Applicability
from refslint.fixes import apply_once

COMMAS = [
    "Best, M. J.: Soil temperature schemes, Agric. For. Meteorol., 114, 111–142, 2005.",
    "Gandin, L. S.: Quality control of observations, Mon. Weather Rev., 116, 1137–1156, 1988.",
    "Hu, Q. S.: A daily soil temperature dataset, J. Appl. Meteorol., 42, 1139–1156, 2003.",
    "Hu, Q. S.: Quality control for soil temperatures, J. Appl. Meteorol., 41, 607–619, 2002.",
    "Lachenbruch, A. H.: Changing climate, Science, 234, 689–696, 1986.",
    "de Jeu, R. A. M.: Global soil moisture patterns, Surv. Geophys., 29, 399–420, 2008.",
    "Bertrand, C.: Quality control of air temperature data, Adv. Sci. Res., 10, 1–5, 2013.",
    "Kulmala, M.: Nucleation of aerosol particles, Atmos. Chem. Phys., 12, 345–360, 2012.",
]
BOOK = "Hillel, D.: Environmental soil physics. Academic Press, London, 771 pp., 1998."
ARTICLE = "Smith, A.: Frost in the Alps. Hydrol. Earth Syst. Sci., 21, 1–9, 2017."


def _text(entries: list[str]) -> str:
    return "References\n" + "".join(f"{e}\n" for e in entries)


def test_a_period_after_a_title_among_commas(lint):
    text = _text([*COMMAS, BOOK])
    (finding,) = lint(text, select=["RL873"])
    assert finding.entry == 9
    assert "a period after the title; 8 of 9 entries set the title off by a comma" in (
        finding.message
    )
    fixed, applied, _ = apply_once(text, [finding], Applicability.SAFE)
    assert applied == 1 and "Environmental soil physics, Academic Press, London" in fixed


def test_an_entry_whose_kind_was_not_read_is_not_measured(lint):
    # the article's period hides its journal from the reader: its title may run on
    assert lint(_text([*COMMAS, ARTICLE]), select=["RL873"]) == []


def test_lists_without_the_comma_habit_pass(lint):
    assert lint(_text([*COMMAS, BOOK.replace("physics.", "physics,")]), select=["RL873"]) == []
    # too few entries to tell
    assert lint(_text([*COMMAS[:5], BOOK]), select=["RL873"]) == []
    # Vancouver closes its titles with periods
    vancouver = "".join(
        f"{n}. Ali MA, Abdalla AH. Fermentation of millet {n}. Food Chem 2003; 80: 51–4.\n"
        for n in range(1, 10)
    )
    assert lint(vancouver, select=["RL873"]) == []


def test_quoted_titles_are_not_measured(lint):
    # IEEE's `"Title," Journal`: the comma is the quotation's; its books close with a period
    quoted = [
        f'[{n}] A. Author, "Study number {n}," IEEE Access, vol. {n}, pp. 1–9, 2021.'
        for n in range(1, 10)
    ]
    book = "[10] R. E. Blahut, Algebraic Codes. Cambridge, U.K.: Cambridge Univ. Press, 2003."
    assert lint("References\n" + "\n".join([*quoted, book]) + "\n", select=["RL873"]) == []


def test_a_title_read_on_to_an_editors_initial_is_not_measured(lint):
    # `Title, In F. Loizides, eds.`: the period after `F` is the initial's, not the title's
    chapter = (
        "Kluyver, T.: Jupyter notebooks, In F. Loizides and B. Schmidt, eds., Positioning and"
        " Power, p. 87, IOS Press, https://jupyter.org, 2016."
    )
    assert lint(_text([*COMMAS, chapter]), select=["RL873"]) == []
