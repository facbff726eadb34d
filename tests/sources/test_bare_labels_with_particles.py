"""A list numbered with bare numbers (`1 Lemos DR.`) whose entry opens with a family name's
lower-case particle (`1 de Oliveira Andrade R.`, as einstein (São Paulo) prints its list) is still
a list; running text with a number before a lower-case word is not."""

from __future__ import annotations

from refslint.sources.plaintext import read_entries

EINSTEIN = (
    "1 de Oliveira Andrade R. Covid-19 is causing the collapse of Brazil's national health "
    "service. BMJ. 2020;370:m3032.\n"
    "2 Lemos DR, D'Angelo SM, Farias LA, et al. Health system collapse 45 days after the "
    "detection of COVID-19 in Ceará. Rev Soc Bras Med Trop. 2020;53:e20200354.\n"
    "3 van der Berg J, dos Santos M. A title. J Clin Med. 2020;9(6):1668.\n"
    "4 da Silva A. Another title. Sci Rep. 2021;11(1):15173.\n"
)


def test_a_bare_number_before_a_name_particle_labels_an_entry():
    entries = read_entries(EINSTEIN)
    assert [e.number for e in entries] == [1, 2, 3, 4]
    assert entries[0].text.startswith("1 de Oliveira Andrade R.")
    assert entries[0].text[entries[0].label_end :].lstrip().startswith("de Oliveira")


def test_a_number_before_a_lower_case_word_is_still_no_label():
    # "1 de acordo com" (no capital after the particle) and a wrapped "3 de" stay text
    text = "1 de acordo com a norma, os itens.\n2 Lemos DR. A title. BMJ. 2020;1:2.\n"
    assert read_entries(text) == []
    wrapped = EINSTEIN.replace("\n2 Lemos", "\n2 de julho Lemos")
    assert [e.number for e in read_entries(wrapped)] == [1, 3, 4]
