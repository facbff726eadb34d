"""Styles no judged list prints yet, read as their manuals set them out (every entry written here):
GOST 7.1 / 7.0.5 and DSTU 8302 in Cyrillic and Latin letters, ČSN ISO 690, DIN 1505, the Harvard
of British universities with its title in single quotes, APA in Turkish, Indonesian, Dutch,
Italian, Croatian and Hungarian (the word for `and` between the last two names), and access notes
in the languages' own words. Each correct list draws no finding from the existing rules; each
faulty copy draws exactly the faults planted in it."""

from __future__ import annotations

import datetime as dt

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse


def _text(field) -> str | None:
    return None if field is None else field.text


@pytest.mark.parametrize(
    ("entry", "kind", "authors", "fields"),
    [
        (
            "Иванов И. И., Петров П. П. Заглавие статьи о памяти // Вопросы психологии. 2019. "
            "Т. 5, № 2. С. 10–20.",
            Kind.ARTICLE,
            [("Иванов", "ИИ"), ("Петров", "ПП")],
            {
                "title": "Заглавие статьи о памяти",
                "container": "Вопросы психологии",
                "volume": "5",
                "issue": "2",
                "pages": "10–20",
                "year": 2019,
            },
        ),
        (  # DSTU 8302, a Ukrainian journal
            "Іваненко І. І. Назва статті // Український журнал. 2020. Т. 12, № 3. С. 5–15.",
            Kind.ARTICLE,
            [("Іваненко", "ІІ")],
            {"container": "Український журнал", "volume": "12", "issue": "3", "year": 2020},
        ),
        (  # four authors and more: `[и др.]`; an issue without a volume; a link and its date
            "Иванов И. И., Петров П. П. [и др.] Заглавие статьи // Вопросы психологии. 2019. "
            "№ 2. С. 10–20. URL: https://example.org/a (дата обращения: 12.03.2020).",
            Kind.ARTICLE,
            [("Иванов", "ИИ"), ("Петров", "ПП")],
            {
                "container": "Вопросы психологии",
                "volume": None,
                "issue": "2",
                "accessed": dt.date(2020, 3, 12),
            },
        ),
        (  # a book with its statement of responsibility and edition
            "Иванов И. И. Теория вероятностей : учебник / И. И. Иванов. 2-е изд., перераб. "
            "М. : Наука, 2018. 320 с. ISBN 978-5-02-012345-6.",
            Kind.BOOK,
            [("Иванов", "ИИ")],
            {
                "title": "Теория вероятностей : учебник",
                "place": "М",
                "publisher": "Наука",
                "year": 2018,
            },
        ),
        (
            "Шевченко Т. Г. Назва книги. Київ : Наукова думка, 2019. 210 с.",
            Kind.BOOK,
            [("Шевченко", "ТГ")],
            {"title": "Назва книги", "place": "Київ", "publisher": "Наукова думка"},
        ),
        (  # a chapter: the book after `//`, its editors after ` / `
            "Сидоров А. В. Глава о методах // Сборник трудов / под ред. И. И. Иванова. СПб. : "
            "Питер, 2017. С. 45–67.",
            Kind.CHAPTER,
            [("Сидоров", "АВ")],
            {
                "title": "Глава о методах",
                "container": "Сборник трудов",
                "publisher": "Питер",
                "pages": "45–67",
                "year": 2017,
            },
        ),
        (  # GOST in Latin letters
            "Ivanov I. I., Petrov P. P. Title of the paper // Voprosy Psikhologii. 2019. Vol. 5, "
            "no. 2. P. 10–20. DOI: 10.1000/abc",
            Kind.ARTICLE,
            [("Ivanov", "II"), ("Petrov", "PP")],
            {"container": "Voprosy Psikhologii", "volume": "5", "issue": "2", "pages": "10–20"},
        ),
        (  # the English version's tail after commas
            "Ivanov I.I., Petrov P.P. Title of the paper. Voprosy Psikhologii, 2019, vol. 5, "
            "no. 2, pp. 10–20.",
            Kind.ARTICLE,
            [("Ivanov", "II"), ("Petrov", "PP")],
            {"container": "Voprosy Psikhologii", "volume": "5", "year": 2019},
        ),
        (  # Cite Them Right's Harvard
            "Smith, J. (2019) 'Title of paper', Journal of Things, 5(2), pp. 10–20.",
            Kind.ARTICLE,
            [("Smith", "J")],
            {
                "title": "Title of paper",
                "container": "Journal of Things",
                "volume": "5",
                "issue": "2",
                "pages": "10–20",
                "year": 2019,
            },
        ),
        (
            "Brown, A. and Green, C. (2016) ‘Memory at work’, Journal of Applied Things, 12, "
            "pp. 301–315. doi: 10.1000/abc.",
            Kind.ARTICLE,
            [("Brown", "A"), ("Green", "C")],
            {"title": "Memory at work", "container": "Journal of Applied Things", "volume": "12"},
        ),
        (
            "Smith, J. (2017) 'Title of chapter', in Brown, A. (ed.) Book title. Oxford: "
            "Blackwell, pp. 45–67.",
            Kind.CHAPTER,
            [("Smith", "J")],
            {
                "title": "Title of chapter",
                "container": "Book title",
                "place": "Oxford",
                "publisher": "Blackwell",
                "pages": "45–67",
                "year": 2017,
            },
        ),
        (  # Turkish APA: `ve`
            "Yılmaz, A. ve Demir, B. (2019). Makalenin başlığı. Psikoloji Dergisi, 5(2), 10–20.",
            Kind.ARTICLE,
            [("Yılmaz", "A"), ("Demir", "B")],
            {"container": "Psikoloji Dergisi", "volume": "5", "year": 2019},
        ),
        (  # Indonesian APA: `dan`
            "Santoso, B. dan Wijaya, C. (2019). Judul artikel. Jurnal Psikologi, 5(2), 10–20.",
            Kind.ARTICLE,
            [("Santoso", "B"), ("Wijaya", "C")],
            {"title": "Judul artikel", "container": "Jurnal Psikologi"},
        ),
        (  # Dutch: `en` before a particle
            "Jansen, P., en de Vries, K. (2019). Titel van het artikel. Tijdschrift voor "
            "Psychologie, 5(2), 10–20.",
            Kind.ARTICLE,
            [("Jansen", "P"), ("de Vries", "K")],
            {"container": "Tijdschrift voor Psychologie"},
        ),
        (  # Italian `e`, Croatian `i`, Hungarian `és`, German `und`
            "Rossi, M., e Bianchi, G. (2019). Titolo dell'articolo. Rivista di Psicologia, 5(2), "
            "10–20.",
            Kind.ARTICLE,
            [("Rossi", "M"), ("Bianchi", "G")],
            {"container": "Rivista di Psicologia"},
        ),
        (
            "Horvat, A. i Kovač, B. (2019). Naslov članka. Časopis za psihologiju, 5(2), 10–20.",
            Kind.ARTICLE,
            [("Horvat", "A"), ("Kovač", "B")],
            {"container": "Časopis za psihologiju"},
        ),
        (
            "Kovács, A. és Nagy, B. (2019). A cikk címe. Magyar Pszichológiai Szemle, 5(2), 10–20.",
            Kind.ARTICLE,
            [("Kovács", "A"), ("Nagy", "B")],
            {"container": "Magyar Pszichológiai Szemle"},
        ),
        (
            "Müller, H. und Schmidt, K. (2019). Titel der Studie. Zeitschrift für Psychologie, "
            "5(2), 10–20.",
            Kind.ARTICLE,
            [("Müller", "H"), ("Schmidt", "K")],
            {"container": "Zeitschrift für Psychologie"},
        ),
        (  # ČSN ISO 690: the names after the first with the given names first
            "NOVÁK, Jan, Petr DVOŘÁK a Karel ČERNÝ. Název článku. Časopis pro vědu. 2019, "
            "roč. 5, č. 2, s. 10–20.",
            Kind.ARTICLE,
            [("NOVÁK", "J"), ("DVOŘÁK", "P"), ("ČERNÝ", "K")],
            {"title": "Název článku", "container": "Časopis pro vědu", "volume": "5"},
        ),
        (
            "SMITH, John and Mary JONES. Title of the paper. Journal of Things. 2019, 5(2), 10–20.",
            Kind.ARTICLE,
            [("SMITH", "J"), ("JONES", "M")],
            {"container": "Journal of Things", "issue": "2"},
        ),
        (  # a web page `[online]`, its year, `[cit. ...]`
            "NOVÁK, Jan. Název stránky [online]. 2019 [cit. 2020-03-12]. Dostupné z: "
            "https://example.cz/a",
            Kind.WEBPAGE,
            [("NOVÁK", "J")],
            {"title": "Název stránky", "year": 2019, "accessed": dt.date(2020, 3, 12)},
        ),
        (
            "MÜLLER, Hans. Ein Artikel. Zeitschrift für Dinge [online]. 2018, 7(2), 101–110 "
            "[cit. 2020-01-05]. Dostupné z: https://doi.org/10.1000/xyz",
            Kind.ARTICLE,
            [("MÜLLER", "H")],
            {"container": "Zeitschrift für Dinge", "accessed": dt.date(2020, 1, 5)},
        ),
        (  # DIN 1505: names set off by semicolons and closed by a colon; the volume before the year
            "Müller, H. ; Schmidt, K.: Titel der Studie. In: Zeitschrift für Psychologie 5 "
            "(2019), Nr. 2, S. 10–20",
            Kind.ARTICLE,
            [("Müller", "H"), ("Schmidt", "K")],
            {
                "title": "Titel der Studie",
                "container": "Zeitschrift für Psychologie",
                "volume": "5",
                "issue": "2",
                "pages": "10–20",
                "year": 2019,
            },
        ),
        (
            "MÜLLER, Hans ; SCHMIDT, Karl ; WEBER, Lena u. a.: Titel. In: Zeitschrift 12 (2020), "
            "S. 1–9",
            Kind.ARTICLE,
            [("MÜLLER", "H"), ("SCHMIDT", "K"), ("WEBER", "L")],
            {"container": "Zeitschrift", "volume": "12", "issue": None, "pages": "1–9"},
        ),
        (
            "Müller, Hans: Das Buch der Dinge. 2. Aufl. Berlin ; Heidelberg : Springer, 2018. – "
            "ISBN 978-3-540-12345-6",
            Kind.BOOK,
            [("Müller", "H")],
            {
                "title": "Das Buch der Dinge",
                "edition": "2. Aufl",
                "publisher": "Springer",
                "year": 2018,
            },
        ),
        (
            "Müller, H.: Ein Kapitel. In: Schmidt, K. (Hrsg.): Handbuch der Dinge. Berlin : "
            "Springer, 2018, S. 45–67",
            Kind.CHAPTER,
            [("Müller", "H")],
            {
                "title": "Ein Kapitel",
                "container": "Handbuch der Dinge",
                "place": "Berlin",
                "pages": "45–67",
                "year": 2018,
            },
        ),
        (  # Copernicus' colon after the names keeps its own reading
            "Smith, J.: Title of the paper, Atmos. Chem. Phys., 21, 233–243, 2016.",
            Kind.ARTICLE,
            [("Smith", "J")],
            {"title": "Title of the paper", "container": "Atmos. Chem. Phys.", "volume": "21"},
        ),
        (  # a translator in the list's language: Turkish `Çev.`
            "Yılmaz, A. (2018). Kitabın adı (B. Demir, Çev.). Ankara: Nobel.",
            Kind.BOOK,
            [("Yılmaz", "A")],
            {"title": "Kitabın adı", "place": "Ankara", "publisher": "Nobel", "year": 2018},
        ),
        (  # Indonesian APA's chapter: `Dalam`, `hlm.`
            "Santoso, B. (2017). Judul bab. Dalam C. Wijaya (Ed.), Judul buku (hlm. 45–67). "
            "Jakarta: Gramedia.",
            Kind.CHAPTER,
            [("Santoso", "B")],
            {
                "title": "Judul bab",
                "container": "Judul buku",
                "pages": "45–67",
                "publisher": "Gramedia",
            },
        ),
    ],
)
def test_entry_is_read_field_by_field(entry, kind, authors, fields):
    ref = parse(entry)
    assert ref.kind is kind
    assert names(ref.authors) == authors
    for name, value in fields.items():
        if name == "year":
            assert ref.date is not None and ref.date.year == value
        elif name == "accessed":
            assert ref.accessed is not None
            assert (ref.accessed.year, ref.accessed.month, ref.accessed.day) == (
                value.year,
                value.month,
                value.day,
            )
        else:
            got = getattr(ref, name)
            assert (got if got is None else got.text) == value, name


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        (
            "Официальный сайт Росстата [Электронный ресурс]. URL: https://rosstat.gov.ru/ "
            "(дата обращения: 12.03.2020).",
            (2020, 3, 12),
        ),
        (
            "Офіційний сайт [Електронний ресурс]. URL: https://example.ua/ (дата звернення: "
            "05.11.2021).",
            (2021, 11, 5),
        ),
        (
            "Jansen, P. (2020). Titel van de pagina. Geraadpleegd op 12 maart 2020, van "
            "https://example.org/a",
            (2020, 3, 12),
        ),
        (
            "Jansen, P. (2020). Titel van de pagina. Geraadpleegd op 3 mei 2020, van "
            "https://example.org/a",
            (2020, 5, 3),
        ),
        (
            "Santoso, B. (2018). Judul halaman. Diakses pada 12 Maret 2020, dari "
            "https://example.org/a",
            (2020, 3, 12),
        ),
        (
            "Müller, H.: Titel der Seite. 2018. URL https://example.org/a, abgerufen am 12.03.2020",
            (2020, 3, 12),
        ),
        (
            "Rossi, M. (2019). Titolo della pagina. https://example.org/a (consultato il 12 "
            "marzo 2020)",
            (2020, 3, 12),
        ),
    ],
)
def test_access_note_in_the_lists_language_is_read(entry, date):
    accessed = parse(entry).accessed
    assert accessed is not None
    assert (accessed.year, accessed.month, accessed.day) == date


@pytest.mark.parametrize(
    "entry",
    [
        "Yılmaz, A. (2019). Makale. Psikoloji Dergisi, 5(2), 10–20. Erişim adresi: "
        "https://example.org/a",
        "Santoso, B. (2019). Judul artikel. Jurnal Psikologi, 5(2), 10–20. Diakses dari "
        "https://example.org/a",
        "Jansen, P. (2019). Titel. Tijdschrift voor Dingen, 5(2), 10–20. Geraadpleegd van "
        "https://example.org/a",
    ],
)
def test_apas_retrieved_from_in_the_lists_language_leaves_an_article_its_journal(entry):
    ref = parse(entry)
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.volume is not None and ref.volume.text == "5"


def test_a_web_page_retrieved_in_turkish_has_no_publisher_of_those_words():
    ref = parse("Yılmaz, A. (2019). Sayfa başlığı. Erişim adresi: https://example.org/a")
    assert ref.kind is Kind.WEBPAGE and ref.publisher is None


def test_a_german_access_note_with_the_days_period_is_read():
    """`Zugriff am 13. Februar 2025`: the day's period before a month written out is read, and the
    entry with it (not rejected at `13.`)."""
    ref = parse("Müller, H. (2024). Titel. https://example.org/a. Zugriff am 13. Februar 2025.")
    assert ref.accessed is not None and ref.accessed.iso() == "2025-02-13" and ref.authors


@pytest.mark.parametrize(
    "entry",
    [
        # a name with `y` inside it, Spanish style, stays one name
        "Ortega y Gasset, J. (1930). La rebelión de las masas. Madrid: Revista de Occidente.",
        # a lower-case word after `et` or `e` is no name
        "Smith, J. (2019). Title. Journal of Things, 5(2), 10–20.",
    ],
)
def test_conjunctions_join_names_only_before_a_name(entry):
    ref = parse(entry)
    assert ref.authors and ref.authors[0].family in ("Ortega y Gasset", "Smith")


GOST_RIGHT = """Список литературы

1. Иванов И. И., Петров П. П. Заглавие статьи о памяти // Вопросы психологии. 2019. Т. 5, № 2. С. 10–20.
2. Иванов И. И. Теория вероятностей. М. : Наука, 2018. 320 с.
3. Сидоров А. В. Глава о методах // Сборник трудов / под ред. И. И. Иванова. СПб. : Питер, 2017. С. 45–67.
4. Официальный сайт Росстата [Электронный ресурс]. URL: https://rosstat.gov.ru/ (дата обращения: 12.03.2020).
5. Іваненко І. І. Назва статті // Український журнал. 2020. Т. 12, № 3. С. 5–15.
6. Смирнова О. А., Кузнецов Д. В. Модели памяти // Психологический журнал. 2019. Т. 42, № 1. С. 33–41.
7. Ivanov I. I., Petrov P. P. Title of the paper // Voprosy Psikhologii. 2019. Vol. 5, no. 2. P. 10–20.
"""


def test_a_right_gost_list_draws_nothing_but_its_access_dates_age():
    found = [(d.entry, d.code) for d in _lint(GOST_RIGHT, today=dt.date(2020, 4, 1))]
    assert found == []


def test_a_faulty_gost_list_draws_exactly_its_faults():
    faulty = (
        GOST_RIGHT.replace("С. 10–20.\n2.", "С. 10-20.\n2.")  # a hyphen among en dashes
        .replace("Наука, 2018. 320", "Наука, 2018. 2018. 320")  # the year twice
        .replace("журнал. 2020", "журнал.. 2020")  # a doubled period
    )
    found = sorted((d.entry, d.code) for d in _lint(faulty, today=dt.date(2022, 4, 1)))
    assert found == [(1, "RL804"), (2, "RL506"), (4, "RL301"), (5, "RL511")]


HARVARD_RIGHT = """Reference list

Brown, A. and Green, C. (2016) 'Memory in the workplace', Journal of Applied Things, 12(4), pp. 301–315.
Jones, M. (2018) Title of the book. 2nd edn. London: Routledge.
Smith, J. (2017) 'Title of chapter', in Brown, A. (ed.) Book title. Oxford: Blackwell, pp. 45–67.
Smith, J. (2019) 'Title of paper', Journal of Things, 5(2), pp. 10–20.
White, K. (2020) 'Another paper', Journal of Things, 7(1), pp. 1–9.
Young, L. (2021) 'A third paper', Journal of Things, 8(3), pp. 11–19.
"""


def test_a_right_harvard_list_draws_nothing():
    assert _lint(HARVARD_RIGHT) == []


def test_a_faulty_harvard_list_draws_exactly_its_faults():
    faulty = HARVARD_RIGHT.replace("pp. 10–20", "pp. 10-20").replace("edn. London", "edn.. London")
    found = sorted((d.entry, d.code) for d in _lint(faulty))
    assert found == [(2, "RL511"), (4, "RL804")]


DIN_RIGHT = """Literatur

1. Müller, H. ; Schmidt, K.: Titel der Studie. In: Zeitschrift für Psychologie 5 (2019), Nr. 2, S. 10–20
2. Müller, Hans: Das Buch der Dinge. 2. Aufl. Berlin : Springer, 2018
3. Müller, H.: Ein Kapitel. In: Schmidt, K. (Hrsg.): Handbuch der Dinge. Berlin : Springer, 2018, S. 45–67
4. Weber, L. ; Wolf, M.: Noch eine Studie. In: Zeitschrift für Psychologie 7 (2021), Nr. 1, S. 33–41
5. Becker, A.: Eine dritte Studie. In: Zeitschrift für Psychologie 8 (2022), Nr. 4, S. 5–15
6. Fischer, E. ; Koch, B.: Die vierte Studie. In: Psychologische Rundschau 70 (2019), Nr. 3, S. 201–210
"""


def test_a_right_din_list_draws_nothing():
    assert _lint(DIN_RIGHT) == []


def test_a_faulty_din_list_draws_exactly_its_faults():
    faulty = DIN_RIGHT.replace("S. 33–41", "S. 33-41").replace(
        "Springer, 2018\n", "Springer,, 2018\n"
    )
    found = sorted((d.entry, d.code) for d in _lint(faulty))
    assert found == [(2, "RL511"), (4, "RL804")]


def _lint(text: str, today: dt.date = dt.date(2026, 1, 1)):
    from refslint.engine import lint_text

    return lint_text(text, path="refs.txt", today=today, offline=True)
