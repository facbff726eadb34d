"""ABNT and APA lists: RL812 on a month cut by one letter alone where the list writes it whole
(`mai.` beside `maio`, `Jun.` beside `June`) and on a Portuguese month among English ones
(ABNT's issue months read: `abr./jun. 2017`), RL584 on ABNT's `v` without its period, RL817 on NLM's year qualifier after a full title
(`Social Science & Medicine (1982)`), RL520 on an ABNT web document without its year (ABNT's lists
are cited by author and year), and RL521 on an ABNT book whose publisher closes with the year and
no place. Entries written for these tests."""

from __future__ import annotations

import datetime as dt

from refslint.engine import lint_text

TODAY = dt.date(2024, 8, 1)

ABNT = """\
References
ALVES, M. Gêneros do discurso. Revista Letras, v. 20, n. 40, p. 147-162, 2010. Disponível em: https://a.org/1. Acesso em: 10 nov. 2021.
BRITO, L. Valoração e ideologia. Letra Magna, v. 3, n. 19, p. 1-18, 2016. Disponível em: https://b.org/2. Acesso em: 15 jul. 2020.
CASTRO, P. Notícias e gênero. Revista da Anpoll, v. 51, n. 2, p. 89-107, 2020. Disponível em: https://c.org/3. Acesso em: 10 maio 2022.
{entry}
"""


def _messages(text: str, code: str) -> list[str]:
    return [f.message for f in lint_text(text, select=[code], offline=True, today=TODAY)]


def test_a_month_cut_by_one_letter_beside_its_whole_word_is_flagged():
    entry = "DIAS, F. Constituição. Disponível em: https://d.org/4. Acesso em: 08 mai. 2020."
    found = _messages(ABNT.format(entry=entry), "RL812")
    assert found == [
        "`mai.` cuts the month by one letter alone; entry 3 writes it `maio`, which the styles "
        "that cut months keep whole"
    ]


def test_a_month_cut_by_more_letters_passes():
    entry = "DIAS, F. Constituição. Disponível em: https://d.org/4. Acesso em: 08 set. 2020."
    assert _messages(ABNT.format(entry=entry), "RL812") == []


def test_the_cut_alone_in_a_list_that_never_writes_the_month_whole_passes():
    text = (
        "1. Ali A. Title one. IEEE Trans. 2020;3:1-9. [accessed 2021 Jun. 4]\n"
        "2. Bo B. Title two. IEEE Trans. 2020;3:1-9. [accessed 2021 Jun. 5]\n"
        "3. Cy C. Title three. IEEE Trans. 2020;3:1-9. [accessed 2021 Jul. 6]\n"
    )
    assert not [m for m in _messages(text, "RL812") if "one letter" in m]


APA = """\
References
Ahn, J., & Berg, K. (2020). Masks and partisanship. Political Communication, 37(4), 1-20.
Bell, S. (2021). Campaign advertising online. Journal of Politics, 83(2), 40-59.
Cruz, T., & Diaz, M. (2019). Health messages in campaigns. Health Communication, 34(5), 500-512.
Dunn, P. (2022). Face masks and voters. American Journal of Political Science, 66(1), 119-147.
Evans, R. (2022). Wearing masks in public. Social Science & Medicine (1982), 298, 114836.
"""


def test_nlm_year_qualifier_after_a_full_title_is_flagged():
    found = _messages(APA, "RL817")
    assert found == [
        "journal `Social Science & Medicine (1982)` carries NLM's year qualifier `(1982)`; the "
        "list prints full titles, which have none"
    ]


def test_nlm_year_qualifier_in_a_list_of_nlm_abbreviations_passes():
    text = (
        "1. Kuo S, Ou HT. Medication supply chains. J Am Pharm Assoc (2003). 2021;61(1):e12-5.\n"
        "2. Lee A, Kim B. Pharmacy practice. Am J Health Syst Pharm. 2020;77(3):1-9.\n"
        "3. Park C. Drug shortages. J Manag Care Spec Pharm. 2019;25(2):10-19.\n"
        "4. Chen D. Vaccines. Ann Pharmacother. 2018;52(4):20-29.\n"
        "5. Wang E. Dosing. Clin Pharmacol Ther. 2017;101(5):30-39.\n"
    )
    assert _messages(text, "RL817") == []


def test_an_abnt_web_document_without_its_year_is_flagged():
    entry = "BRASIL. Constituição Federal. Disponível em: https://d.org/4. Acesso em: 29 jan. 2020."
    found = [f.code for f in lint_text(ABNT.format(entry=entry), select=["RL520"], offline=True)]
    assert found == ["RL520"]


def test_an_abnt_web_document_with_its_year_passes():
    entry = (
        "BRASIL. Constituição da República. Brasília: Senado, 1988. Disponível em: "
        "https://d.org/4. Acesso em: 29 jan. 2020."
    )
    assert lint_text(ABNT.format(entry=entry), select=["RL520"], offline=True) == []


BOOKS = """\
References
KOTZ, D. M. Social structures of accumulation. Cambridge: Cambridge University Press, 1994.
MALM, A. Fossil capital. New York: Verso, 2016.
SOUZA, R. A China de Mao a Xi Jinping. Salvador: EDUFBA, 2023.
{entry}
"""


def test_an_abnt_book_whose_publisher_closes_with_the_year_and_no_place_is_flagged():
    entry = "XU, D.; LIU, Y. Understanding overcapacity. Peking University Press, 2018."
    found = [
        f.message for f in lint_text(BOOKS.format(entry=entry), select=["RL521"], offline=True)
    ]
    assert found == [
        "book has no place of publication; give the city before the publisher "
        "(`Place: Peking University Press`)"
    ]


def test_an_abnt_book_with_its_place_passes():
    entry = "XU, D.; LIU, Y. Understanding overcapacity. Beijing: Peking University Press, 2018."
    assert lint_text(BOOKS.format(entry=entry), select=["RL521"], offline=True) == []


VOLUMES = """\
References
ALVES, M. Gêneros do discurso. Revista Letras, v. 20, n. 40, p. 147-162, 2010.
BRITO, L. Valoração e ideologia. Letra Magna, v. 3, n. 19, p. 1-18, 2016.
CASTRO, P. Notícias e gênero. Revista da Anpoll, v. 51, n. 2, p. 89-107, 2020.
DIAS, F. Gênero e história. Educação e Realidade, v. 20, n. 2, p. 101-132, 1995.
{entry}
"""


def test_abnt_volume_mark_without_its_period_is_flagged():
    entry = "SCOTT, J. Gênero. Educação e Realidade, v 2, n. 20, p. 145-155, 1995."
    found = [
        f.message for f in lint_text(VOLUMES.format(entry=entry), select=["RL584"], offline=True)
    ]
    assert found == ["`v` without its period; 4 of 5 entries with `v` write `v.`"]


def test_abnt_volume_mark_with_its_period_passes():
    entry = "SCOTT, J. Gênero. Educação e Realidade, v. 2, n. 20, p. 145-155, 1995."
    assert lint_text(VOLUMES.format(entry=entry), select=["RL584"], offline=True) == []


def test_a_place_then_the_year_before_a_translation_note_lacks_its_publisher():
    text = (
        "References\nSADE, D. A. F. La nouvelle Justine. Hollande: 1797 (Trad. cast. personal).\n"
    )
    found = [f.message for f in lint_text(text, select=["RL501"], offline=True)]
    assert len(found) == 1 and found[0].startswith("the place `Hollande:` is followed by the year")


ENGLISH_MONTHS = """\
References
NBS. Annual report 2012. Apr. 29, 2015. Available at: https://a.org/1. Last access: Jan. 14, 2024.
NBS. Annual report 2013. Apr. 28, 2017. Available at: https://a.org/2. Last access: Jan. 14, 2024.
NBS. Annual report 2014. Apr. 29, 2019. Available at: https://a.org/3. Last access: Jan. 14, 2024.
NBS. Annual report 2016. Aug. 30, 2021. Available at: https://a.org/4. Last access: Jan. 14, 2024.
NBS. Annual report 2018. Dec. 28, 2023. Available at: https://a.org/5. Last access: Jan. 14, 2024.
{entry}
"""


def test_a_portuguese_month_among_english_ones_is_flagged():
    entry = (
        "CINTRA, M. A. M. China em transformação. Revista de Economia Política, v. 37, n. 2, "
        "p. 381-400, abr./jun. 2017."
    )
    text = ENGLISH_MONTHS.format(entry=entry)
    found = [f.message for f in lint_text(text, select=["RL812"], offline=True)]
    assert found == [
        "`abr.` is a Portuguese or Spanish month, where 5 of the list's 6 month words are English"
    ]


def test_months_both_languages_write_pass():
    entry = (
        "CINTRA, M. A. M. China em transformação. Revista de Economia Política, v. 37, n. 2, "
        "p. 381-400, jan./jun. 2017."
    )
    text = ENGLISH_MONTHS.format(entry=entry)
    assert lint_text(text, select=["RL812"], offline=True) == []


def test_a_reprint_edition_after_an_ordinal_is_no_place_without_its_publisher():
    text = (
        "References\nSemper, Gottfried. 1860. Der Stil. Frankfurt am Main: Verlag für Kunst "
        "(2. Auflage: 1878, München: Bruckmann).\n"
        "SEMPER, G. Der Stil. Geneva: 1860 (2. Auflage: 1878, München: Bruckmann).\n"
    )
    found = [(f.entry, f.message) for f in lint_text(text, select=["RL501"], offline=True)]
    assert [entry for entry, _ in found] == [2]
    assert "`Geneva:`" in found[0][1]
