"""A list in the Royal Society's style, read whole: no date faults from its journals' volumes and
pages (`J. Anim. Ecol. 82, 1254–1264` is no `Ecol. 82, 1254`), no run-together periods in its
DOIs in parentheses, no rejected entries; RL802 asks no Vancouver `p.` of its chapters' `pp.`
and RL813 takes `et al.`'s period for the one the others print after their names."""

from __future__ import annotations

ROYAL_SOCIETY = [
    "Lang P. 2009 Colostrum and milk in eutherians. J. Mammal. 90, 332–339. (doi:10.1644/08-a.1)",
    "Quinn RL, Ames TJ. 2013 The composition of milks. J. Anim. Ecol. 82, 1254–1264. "
    "(doi:10.1111/1365-2656.12095)",
    "Kerr KM, Lane DM. 1992 Maternal investment in seals. Can. J. Zool. 70, 1953–1964. "
    "(doi:10.1139/z92-265)",
    "Ward TM, Bell WD. 2004 Lactation strategies. Mar. Mamm. Sci. 20, 86–114. "
    "(doi:10.1111/j.1748-7692.2004.tb01142.x)",
    "Dane H, Wood S. 2012 Proteomics of a parasite cell line. J. Proteomics 75, 1463–1471. "
    "(doi:10.1016/j.jprot.2011.11.018)",
    "Moss T et al. 2004 Nomenclature of the milk proteins. J. Dairy Sci. 87, 1641–1674. "
    "(doi:10.3168/jds.S0022-0302(04)73319-6)",
    "Lee IK, Mont RJ. 2006 Diseases of captive bears. In Bears in captivity (eds DE Wild, "
    "A Zhang), pp. 377–409. Cambridge, UK: Cambridge University Press.",
    "Hu L, Wu Q. 2011 Gut microbiome of pandas. Proc. Natl Acad. Sci. USA 108, 17 714–17 719. "
    "(doi:10.1073/pnas.1017956108)",
]


def _lint(lint, entries, **options):
    text = "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))
    return lint(text, **options)


def test_a_royal_society_list_has_no_reading_faults(lint):
    found = _lint(lint, ROYAL_SOCIETY, select=["RL001", "RL202", "RL203", "RL204", "RL537"])
    assert [(d.entry, d.code) for d in found] == []


def test_no_vancouver_page_marker_asked_of_its_chapters(lint):
    assert _lint(lint, ROYAL_SOCIETY, select="RL802") == []


def test_a_vancouver_list_is_still_asked_for_p(lint):
    vancouver = [
        "Gil J, Dahl GE. Message passing. In: Proceedings of the 34th Conference on Machine "
        "Learning; Sydney, Australia. 2017. pp. 1263-72.",
        "Lo A, Ng B. Plastic debris. Mar Pollut Bull. 2020;150:110-8.",
    ]
    assert [d.entry for d in _lint(lint, vancouver, select="RL802")] == [1]


def test_et_al_period_stands_for_the_names_period(lint):
    assert _lint(lint, ROYAL_SOCIETY, select="RL813") == []


def test_a_year_after_a_name_without_its_period_is_still_flagged(lint):
    odd = "Pike C 2003 Placental transport. Vaccine 21, 3365–3369. (doi:10.1016/s0264-410x(03)1)"
    found = _lint(lint, [*ROYAL_SOCIETY, odd], select="RL813")
    assert [d.entry for d in found] == [len(ROYAL_SOCIETY) + 1]
