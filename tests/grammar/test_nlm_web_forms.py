"""Citing Medicine's forms for journals on the web, journals without volumes and preprints, as
people write them and as the NLM style prints them (issue 14; read back in tests/exports)."""

from refslint.model import Kind
from tests.grammar.reading import parse


def test_a_journal_on_the_web_keeps_its_volume_and_pages_after_the_access_date():
    text = (
        "Yang W, Zhang H. Anion doping of cathode material. Rare Metal Mat Eng [Internet]. "
        "2014 [cited 2024 Oct 22];43(5):3133-7. Available from: http://www.rmme.ac.cn/a/1"
    )
    ref = parse(text)
    assert ref.kind == Kind.ARTICLE and ref.container.text == "Rare Metal Mat Eng"
    assert (ref.volume.text, ref.issue.text) == ("43", "5")
    assert (ref.pages.first, ref.pages.last) == ("3133", "3137")
    assert text[ref.volume.span.start : ref.volume.span.end] == "43"
    assert text[ref.pages.span.start : ref.pages.span.end] == "3133-7"
    assert (ref.accessed.year, ref.accessed.month, ref.accessed.day) == (2024, 10, 22)
    assert ref.title.text == "Anion doping of cathode material"


def test_a_journal_without_volume_keeps_its_pages_after_a_semicolon():
    ref = parse("Zhao X, Liu Y. Origin of selective production. J Am Chem Soc. 2021;9423-8.")
    assert ref.kind == Kind.ARTICLE and ref.container.text == "J Am Chem Soc"
    assert ref.volume is None and (ref.pages.first, ref.pages.last) == ("9423", "9428")


def test_a_number_after_a_semicolon_that_is_no_page_range_stays_text():
    ref = parse("Zhao X. A report. London: Office; 2021; 12 copies.")
    assert ref.pages is None and ref.volume is None


def test_the_nlm_preprint_form_reads_title_server_and_date():
    ref = parse(
        "Vaswani A, Shazeer N. Attention is all you need [Preprint] [Internet]. arXiv; 2017 Jun 12 "
        "[cited 2026 Jan 9]. Available from: https://doi.org/10.48550/arXiv.1706.03762"
    )
    assert ref.kind == Kind.PREPRINT
    assert ref.title.text == "Attention is all you need"
    assert ref.container.text == "arXiv"
    assert (ref.date.year, ref.date.month, ref.date.day) == (2017, 6, 12)


def test_a_preprint_label_after_the_title_with_nothing_after_it_keeps_the_title():
    ref = parse("Smith J. Title here [Preprint].")
    assert ref.kind == Kind.PREPRINT and ref.title.text == "Title here"


def test_a_server_before_the_preprint_label_stays_the_server():
    ref = parse("Vaswani A. Attention is all you need. arXiv [Preprint]. 2017 Jun 12.")
    assert ref.title.text == "Attention is all you need" and ref.container.text == "arXiv"
