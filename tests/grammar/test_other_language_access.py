"""Access notes in Portuguese and Spanish (`[citado 2020 dez 23]`, `[citado em 2019 maio 7]`,
`[atualizado ...; citado ...]`, `Acesso em: 3 mar. 2020`, `Consultado el`) are read as access
dates, with their lower-case months, so that RL304 does not call the date missing; a Vancouver
date with a lower-case month (`2013 abr;47(2):100-10`) keeps its volume and pages."""

from __future__ import annotations

import datetime as dt

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Rodriguez C, Mathew S. Time to change. Can J Crit Care Nurs [Internet]. 2016 "
            "[citado 2020 dez 23];27(2):42. Disponível em: https://web.example.org/a",
            "2020-12-23",
        ),
        (
            "Centers for Disease Control and Prevention. National diabetes statistics report "
            "[Internet]. 2014 [citado em 2019 maio 7]. Disponível em: https://www.cdc.gov/a.pdf",
            "2019-05-07",
        ),
        (
            "Brasil. Ministério da Saúde. Guia de vigilância [Internet]. 2020 [atualizado 2022 mar "
            "10; citado 2022 mar 15]. Disponível em: https://bvsms.saude.gov.br/a.pdf",
            "2022-03-15",
        ),
        (
            "Brasil. Ministério da Saúde. Guia de vigilância. Brasília: Ministério da Saúde; 2020. "
            "Disponível em: https://bvsms.saude.gov.br/a.pdf. Acesso em: 3 mar. 2020.",
            "2020-03-03",
        ),
        (
            "Brasil. Ministério da Saúde. Guia de vigilância. Brasília: Ministério da Saúde; 2020. "
            "Disponível em: https://bvsms.saude.gov.br/a.pdf. Acessado em 3 out 2020.",
            "2020-10-03",
        ),
        (
            "Ministerio de Sanidad. Guía de vacunación [Internet]. Madrid; 2020 [consultado 2021 "
            "ene 12]. Disponible en: https://www.sanidad.gob.es/a.pdf",
            "2021-01-12",
        ),
    ],
)
def test_a_portuguese_or_spanish_access_note_is_an_access_date(text, iso):
    ref = parse(text)
    assert ref.accessed is not None and ref.accessed.iso() == iso


def test_the_journal_before_a_medium_set_off_by_periods_is_the_journal():
    ref = parse(
        "Belo F, Scodeler K. A importância do brincar. Tempo Psicanal. [Internet]. 2013 [citado "
        "2021 jun 17];45(1):91-101. Disponível em: http://pepsic.bvsalud.org/a"
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text == "A importância do brincar"
    assert ref.container is not None and ref.container.text == "Tempo Psicanal"


def test_a_lower_case_month_in_a_vancouver_date_keeps_its_volume_and_pages():
    ref = parse("Silva A, Souza B. Título do artigo. Rev Saude Publica. 2013 abr;47(2):100-10.")
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == "Rev Saude Publica"
    assert ref.date is not None and (ref.date.year, ref.date.month) == (2013, 4)
    assert ref.volume is not None and ref.volume.text == "47"


def test_english_notes_and_words_that_only_look_like_months_keep_their_readings():
    ref = parse(
        "OQMD [Internet]. 2023 [cited 2024 Oct 21]. Available from: https://oqmd.org",
    )
    assert ref.accessed is not None and ref.accessed.iso() == "2024-10-21"
    assert ref.access_wording == "cited"
    ref = parse("Smith J. Top 10 cities 2020 and beyond. Lancet. 2020;1:2-3.")
    assert ref.title is not None and ref.title.text == "Top 10 cities 2020 and beyond"
    assert ref.date is not None and ref.date.month is None


PORTUGUESE_LIST = """\
1. Rodriguez C, Mathew S. Time to change. Can J Crit Care Nurs [Internet]. 2016 [citado 2020 dez 23];27(2):42. Disponível em: https://web.example.org/a
2. Centers for Disease Control and Prevention. National diabetes statistics report [Internet]. 2014 [citado em 2019 maio 7]. Disponível em: https://www.cdc.gov/a.pdf
3. Brasil. Ministério da Saúde. Guia de vigilância [Internet]. 2020 [atualizado 2022 mar 10; citado 2022 mar 15]. Disponível em: https://bvsms.saude.gov.br/a.pdf
4. Silva A, Souza B. Título do artigo. Rev Saude Publica. 2013 abr;47(2):100-10.
"""


def test_a_portuguese_vancouver_list_has_its_access_dates(lint):
    found = lint(PORTUGUESE_LIST, today=dt.date(2023, 1, 10), max_access_age=3650)
    assert [(d.entry, d.code) for d in found if d.code in ("RL304", "RL001", "RL501")] == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Neuber, Frederike. 2022–. „jeanpaultoday.“ GitHub. https://github.com/x/y."
            " Zugriff am 10. September 2024.",
            "2024-09-10",
        ),
        (
            "Bernauer, Markus. 2018. „Zur Geschichte.“ Jean Paul digital."
            " https://www.example.de/start.html Zugriff am 14. September 2024.",
            "2024-09-14",
        ),
        (
            "Bernauer, Markus. 2018. „Zur Geschichte.“ Jean Paul digital."
            " https://www.example.de/start.html. Zugriff am 13. Februar 2025.",
            "2025-02-13",
        ),
    ],
)
def test_a_german_access_day_with_its_period_is_read(text, iso):
    ref = parse(text)
    assert ref.accessed is not None and ref.accessed.iso() == iso


def test_a_german_month_no_terminal_reads_leaves_the_note_as_it_was():
    ref = parse(
        "Bernauer, Markus. 2018. „Zur Geschichte.“ Jean Paul digital."
        " https://www.example.de/start.html. Zugriff am 3. März 2025."
    )
    assert ref.accessed is None
