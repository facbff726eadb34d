"""Spacing and marks around the apparatus (RL596 spacing, RL597 a label twice, RL598 a wrong mark):
lists written here in Citing Medicine with and without `[Internet]`, ABNT, ACS, APA and IEEE, with
the brackets of chemistry, genes and citations where nothing may fire."""

from __future__ import annotations

from refslint.fixes import apply_edits

CODES = ["RL596", "RL597", "RL598"]

VANCOUVER_WEB = """\
1. Ministério da Saúde (BR). Caderneta da Criança[Internet]. Brasília: Ministério da Saúde; 2018[cited 2021 Jan 22]. Available from: https://bvsms.saude.gov.br/a.pdf
2. World Health Organization. Protecting breastfeeding [Internet]. Geneva: WHO; 2017 [cited 2020 Mar 25]. Available from: https://apps.who.int/iris/handle/10665/259386
3. Pinheiro JG, Martins G. Intestinal constipation. Rev Enferm UFPE [Internet]. 2019 [cited 2020 Feb 10];13(5):1520-9. Available from: https://pesquisa.bvsalud.org/a
4. Rodriguez C, Mathew S. Families as partners in care. Can J Crit Care Nurs [Internet]. 2016 [citado 2020 dez 23];27(2):42. Disponível em: https://web.example.org/b
5. Lima A. Saúde da família. Rev Bras Enferm [Internet]. 2020[citado 2021 jun 15];73(4):e20180812. Disponível em: https://www.scielo.br/c
"""


def _fixed(text: str, found) -> str:
    return apply_edits(text, [e for d in found for e in d.edits])


def test_a_note_run_into_the_word_or_year_before_it_is_flagged_and_spaced(lint):
    found = lint(VANCOUVER_WEB, select=CODES)
    assert [(d.entry, d.code, str(d.severity)) for d in found] == [
        (1, "RL596", "warning"),
        (1, "RL596", "warning"),
        (5, "RL596", "warning"),
    ]
    assert found[0].message.startswith("no space before `[Internet]` (`Criança[Internet]`)")
    fixed = _fixed(VANCOUVER_WEB, found)
    assert "Caderneta da Criança [Internet]. Brasília" in fixed
    assert "Saúde; 2018 [cited 2021 Jan 22]. Available" in fixed
    assert "2020 [citado 2021 jun 15];73(4)" in fixed
    assert lint(fixed, select=CODES) == []


def test_brackets_of_chemistry_genes_and_citations_are_left_alone(lint):
    text = """\
1. Smith AB, Jones C. Uptake of [3H]thymidine in IL-1[beta] stimulated cells. J Immunol. 1990;145(3):1001-9.
2. Li X, Chen Y. Luminescence of Ru(bpy)3[PF6]2 films as in ref[12]. Inorg Chem. 2011;50(4):1234-40.
3. Kim H. Benzo[a]pyrene adducts and poly[ADP-ribose] in lung. Carcinogenesis. 2015;36(2):200-8.
4. Ortiz A. Survey of 2D[Internet]-of-things devices: see https://example.org/a[Internet]b. Sensors. 2020;20(3):1-9.
"""
    found = lint(text, select=CODES)
    assert found == []  # nor a bracket in a link, nor an apparatus word inside a compound


def test_abnt_apa_acs_and_ieee_lists_are_left_alone(lint):
    abnt = """\
1. SILVA, A. B. Saúde da família. Revista de Saúde Pública, v. 12, n. 3, p. 1-9, 2020. Disponível em: https://www.scielo.br/a. Acesso em: 3 mar. 2021.
2. BRASIL. Ministério da Saúde. Caderneta da criança. Brasília: Ministério da Saúde, 2018. Disponível em: https://bvsms.saude.gov.br/b. Acesso em: 22 jan. 2021.
"""
    apa = """\
1. Ortiz, A., & Lund, B. (2020). Odours in water. Water Research, 12(3), 45–67. https://doi.org/10.1016/j.watres.2020.1
2. World Health Organization. (2017). Protecting breastfeeding [Fact sheet]. Retrieved from https://www.who.int/a
"""
    acs = """\
1. Okamoto, Y.; Kim, H. Luminescence of [Ru(bpy)3]2+ complexes. J. Am. Chem. Soc. 2016, 138, 1234-1240.
2. Li, X. Synthesis of [18F]fluorodeoxyglucose. Chem. Rev. 2019, 119, 5-9.
"""
    ieee = """\
[1] A. Lee and B. Kim, "Radar imaging," IEEE Trans. Geosci. Remote Sens., vol. 5, no. 2, pp. 11-19, 2001.
[2] C. Sato, "Sensor networks [Online]," in Proc. IEEE INFOCOM, 2010, pp. 1-9. [Online]. Available: https://ieeexplore.ieee.org/a
"""
    for text in (abnt, apa, acs, ieee):
        assert lint(text, select=CODES) == [], text


def test_no_space_after_the_medium_s_semicolon_is_flagged_but_not_after_the_access_note(lint):
    text = """\
1. Workshop on Virus Evolution [Internet];2021 Sep 5-10. Belo Horizonte: KU Leuven [cited 2022 Mar 15]. Available from: https://rega.kuleuven.be/a
2. Pinheiro JG. Constipation. Rev Enferm UFPE [Internet]. 2019 [cited 2020 Feb 10];13(5):1520-9. Available from: https://pesquisa.bvsalud.org/a
"""
    found = lint(text, select=CODES)
    assert [(d.entry, d.message) for d in found] == [
        (1, "no space after the semicolon in `[Internet];2021`")
    ]
    assert "[Internet]; 2021 Sep 5-10" in _fixed(text, found)


def test_a_spaced_period_after_the_tail_is_flagged_and_a_title_s_is_not_this_rule_s(lint):
    text = """\
1. Malta DC, Silva AG. Risk factors for chronic disease: telephone survey. PLoS One. 2014;9(9):e108044 . http://dx.doi.org/10.1371/journal.pone.0108044
2. Ren J, Wu J. Survey on anonymous communications. Comput Commun. 2010;33(4):420-31 .
3. Halls JJ. Photoconductive properties of conjugated polymers . Doctoral Thesis, University of Cambridge; 1997.
"""
    found = lint(text, select=CODES)
    assert [(d.entry, d.code) for d in found] == [(1, "RL596"), (2, "RL596")]
    assert found[0].message == (
        "space before the period after the tail (`2014;9(9):e108044 .`); "
        "expected `2014;9(9):e108044.`"
    )
    fixed = _fixed(text, found)
    assert "2014;9(9):e108044. http" in fixed and "2010;33(4):420-31.\n" in fixed


def test_a_label_printed_twice_is_flagged_in_any_language(lint):
    text = """\
1. Posit. RStudio [Internet]. Boston: Posit; c2022 [cited 2022 Aug 18]. Available from: Available from: https://www.rstudio.com/
2. Organização Pan-Americana da Saúde. COVID-19 [Internet]. Washington: OPAS; 2020 [citado 2022 Mar 15]. Disponível em: Disponível em: https://www.paho.org/pt
3. Rambaut A. Molecular Evolution [Internet]. Edinburgh: Rambaut A; c2007 [cited 2022 Aug 18]. Available from: https://tree.bio.ed.ac.uk/
4. SILVA, A. B. Saúde. Revista, v. 1, p. 1-9, 2020. Disponível em: disponível em: www.scielo.br/a. Acesso em: 3 mar. 2021.
"""
    found = lint(text, select=CODES)
    assert [(d.entry, d.code) for d in found] == [(1, "RL597"), (2, "RL597"), (4, "RL597")]
    assert found[1].message == "`Disponível em:` printed twice before the link"
    fixed = _fixed(text, found)
    assert "Available from: https://www.rstudio.com/" in fixed
    assert "Disponível em: https://www.paho.org/pt" in fixed
    assert lint(fixed, select=CODES) == []


def test_a_label_said_twice_in_a_title_is_no_label(lint):
    text = (
        "1. Ortiz A. Note: note: a study of repeated words. Water Res. 2020;12(3):45-67.\n"
        "2. Lee B. Abstract: Abstract: methods. In: Proceedings. 2019. p. 1-9.\n"
    )
    assert lint(text, select=CODES) == []


def test_a_period_between_an_undotted_journal_and_its_medium_is_flagged(lint):
    text = """\
1. Sousa R, Lourenço MT. Visits to the intensive care unit. Rev SBPH. [Internet]. 2017 [citado 2021 jun 15];20(1):5-16. Disponível em: http://pepsic.bvsalud.org/a
2. Gill MA. Making space for siblings. Pediatr Nurs [Internet]. 2020 [citado 2020 dez 18];46(1):48-51. Disponível em: https://www.proquest.com/b
3. Belo F, Scodeler K. A importância do brincar. Tempo Psicanal. [Internet]. 2013 [citado 2021 jun 17];45(1):91-101. Disponível em: http://pepsic.bvsalud.org/c
4. Zhao Q, Liu X. Hydrogen content. J. Chem. Phys. [Internet]. 2016 [cited 2020 Mar 3];145(4):50-7. Available from: https://pubs.aip.org/d
"""
    found = lint(text, select=CODES)
    assert [(d.entry, d.code) for d in found] == [(1, "RL598"), (3, "RL598")]
    assert found[0].message == (
        "period between the journal and its medium (`Rev SBPH. [Internet]`); "
        "Citing Medicine writes `Rev SBPH [Internet]`"
    )
    fixed = _fixed(text, found)
    assert "Rev SBPH [Internet]. 2017" in fixed and "Tempo Psicanal [Internet]. 2013" in fixed
    assert "J. Chem. Phys. [Internet]. 2016" in fixed  # its abbreviation's own period


def test_a_last_note_closed_by_an_opening_bracket_is_turned_round(lint):
    text = (
        "1. Atlas do Desenvolvimento Humano no Brasil. Ranking. Available from: "
        "http://www.atlasbrasil.org.br/ranking. [Accessed on Nov 09, 2020] [In Portuguese[.\n"
        "2. Atlas do Desenvolvimento Humano. Ranking [In Portuguese]. Available from: "
        "http://www.atlasbrasil.org.br/ranking.\n"
    )
    found = lint(text, select=CODES)
    assert [(d.entry, d.code) for d in found] == [(1, "RL598")]
    assert found[0].message == "note closed by `[` (`[In Portuguese[`); expected `[In Portuguese]`"
    assert "[In Portuguese]." in _fixed(text, found)


def test_a_page_suffix_split_off_and_a_database_supplement_are_flagged(lint):
    text = """\
1. Osorio JC, Ravetch JV. Anti-CD47 antibodies. Cancer Cell. 2023;41(12):2051–65. e6. doi:10.1016/j.ccell.2023.10.007
2. Giovanetti M, Faria NR. Zika virus in the Amazon. Cell Rep. 2020;30(7):2275-83.e7. doi: 10.1016/j.celrep.2020.01.085
3. Jazaeri AA, Zsiros E. Tumor infiltrating lymphocytes. J Clin Oncol. (2019) 37(15_suppl):2538.
4. Lee B. Cohort study. Ann Oncol. 2018;29(suppl_8):viii1-9.
5. Kim H. Abstracts. J Clin Oncol. 2019;37(15 Suppl):2538.
6. Ortiz A. Water quality. In: Hart A, editors. Water. London: Arnold; 2001. p. 11-19. e-book.
"""
    found = lint(text, select=CODES)
    assert [(d.entry, d.code) for d in found] == [(1, "RL596"), (3, "RL598"), (4, "RL598")]
    assert found[0].message == (
        "page range's suffix split off by a space (`2051–65. e6`); expected `2051–65.e6`"
    )
    assert found[1].message == (
        "supplement written in a database's form (`(15_suppl)`); expected `(15 Suppl)`"
    )
    fixed = _fixed(text, found)
    assert "2023;41(12):2051–65.e6. doi" in fixed
    assert "37(15 Suppl):2538." in fixed and "2018;29(Suppl 8):viii1-9." in fixed
    assert lint(fixed, select=CODES) == []


def test_an_in_marker_run_into_what_it_introduces_is_flagged_and_spaced(lint):
    text = (
        "1. Y.A. Badamasi, em:Proceedings of the 11th International Conference on Electronics "
        "(Abuja, 2014), p. 1.\n"
        "2. Maia EB, Melo LL. O brinquedo terapêutico. In:Collet N, Toso BRGO, organizadores. "
        "Manual de enfermagem em pediatria. Goiânia: AB; 2020. p. 49-61.\n"
    )
    found = lint(text, select=["RL596"])
    assert [(d.entry, str(d.severity)) for d in found] == [(1, "warning"), (2, "warning")]
    assert found[0].message.startswith("no space after `em:` (`em:Proceedings`)")
    fixed = _fixed(text, found)
    assert "Badamasi, em: Proceedings of" in fixed and "terapêutico. In: Collet N" in fixed
    assert lint(fixed, select=["RL596"]) == []


def test_a_doped_crystal_or_a_link_is_no_in_marker(lint):
    text = (
        "1. Lee A, Kim B. Growth of In:ZnO and Er:YAG films. Thin Solid Films. 2017;636:164-9.\n"
        "2. Lee A. Optical gain, In:GaN wells. J Appl Phys. 2018;12:1-9.\n"
        "3. Wiki. Page. Available from: https://example.org/wiki/en:Main_Page\n"
        "4. Lee A. Title. In: Kim B, editor. Book. London: Arnold; 2001. p. 1-9.\n"
    )
    assert lint(text, select=["RL596"]) == []


def test_a_database_s_special_issue_label_left_in_the_issue(lint):
    text = (
        "References\n"
        "Monroe, B. L., & Quinn, K. M. (2008). Fightin’ words. Political Analysis, 16(4 SPEC. "
        "ISS.), 372–403. https://doi.org/10.1093/pan/mpn018\n"
        "Lee, B. (2010). Pore water. Water Res. 44 (2 SPEC ISS), 10-19.\n"
        "Kim, H. (2019). Abstracts of the special issue. Journal, 3(Spec Iss 2), 1–9.\n"
        "Ruiz, A. (2019). SPEC. ISS. as a title's words. Journal, 3(2), 1–9.\n"
    )
    found = lint(text, select=["RL598"])
    assert [d.entry for d in found] == [1, 2]
    assert found[0].message == (
        "a database's label of a special issue left in the issue (`(4 SPEC. ISS.)`); expected `(4)`"
    )
    fixed = _fixed(text, found)
    assert "Political Analysis, 16(4), 372–403." in fixed and "Water Res. 44 (2), 10-19" in fixed


def test_a_link_s_label_run_into_its_address_is_flagged_and_spaced(lint):
    text = (
        "References\n"
        "Rio Riande, G. (2018). Dónde está lo abierto. Presentaciones del III Congreso. "
        "Accesible desde:http://hdl.handle.net/2133/13836.\n"
        "Gil, A. (2019). Minimal computing. Accesible desde: https://go-dh.example.io/.\n"
        "Lima, A. (2020). Saúde da família. Disponível em:https://www.scielo.br/c.\n"
    )
    found = lint(text, select=CODES)
    assert [(d.entry, d.code) for d in found] == [(1, "RL596"), (3, "RL596")]
    assert found[0].message.startswith("no space after `Accesible desde:` before the address")
    fixed = _fixed(text, found)
    assert "Accesible desde: http://hdl" in fixed and "em: https://www.scielo" in fixed
    assert lint(fixed, select=CODES) == []
